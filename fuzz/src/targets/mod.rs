//! One target per parser: each draws an input, runs the parser and checks what must hold of
//! its answer (beyond not panicking: it parses back, it is deterministic, it re-validates).

mod codes;
mod forms;
mod values;

use crate::gen::Gen;
use crate::report::Report;

pub struct Target {
    pub name: &'static str,
    pub run: fn(&mut Gen, &mut Report),
}

pub const TARGETS: &[Target] = &[
    Target { name: "codice_fiscale", run: codes::codice_fiscale },
    Target { name: "notice_number", run: codes::notice_number },
    Target { name: "pagopa_qr", run: codes::payment_qr },
    Target { name: "organisation_fiscal_code", run: codes::organisation_fiscal_code },
    Target { name: "school_code", run: codes::school_code },
    Target { name: "amount", run: values::amount },
    Target { name: "date", run: values::date },
    Target { name: "search_text", run: values::search_text },
    Target { name: "directory_query", run: values::directory_query },
    Target { name: "names", run: values::names },
    Target { name: "registration", run: forms::registration },
    Target { name: "birthplace_search", run: forms::birthplace_search },
];
