//! Islands: the only components shipped to the browser. Contexts do not cross into them, so
//! each takes what it needs (the language, the first data) as serialisable props.

pub mod auto_submit;
pub mod directory_search;
pub mod form_checks;
pub mod pay_bar;
pub mod payment_watcher;
pub mod qr_scanner;
