//! The fixed texts of every language (generated from `locales/` by the build script).

use super::*;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));
