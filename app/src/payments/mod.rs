//! Payments beyond the database (server only): the providers a payment goes through, the
//! signed notifications they send, settling outcomes, and the reconciliation job.

pub mod reconcile;
pub mod sandbox;
pub mod settle;
pub mod signature;
