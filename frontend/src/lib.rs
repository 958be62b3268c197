//! The browser bundle: it only wakes the islands of server-rendered pages.

pub use app::hydrate;
