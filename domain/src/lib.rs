//! The domain core: plain Rust types that cannot hold bad values.
//! No Leptos, axum or sqlx in here, so it compiles into both the server and the browser bundle
//! and its tests run fast.

pub mod birthplace;
pub mod cart;
pub mod codice_fiscale;
pub mod directory;
pub mod geography;
pub mod money;
pub mod notice_number;
pub mod office;
pub mod organisation_fiscal_code;
pub mod pagopa_qr;
pub mod payment_event;
pub mod payment_state;
pub mod person;
pub mod poste_datamatrix;
pub mod psp;
pub mod reconciliation;
pub mod refund;
pub mod registration;
pub mod roster;
pub mod school_code;
pub mod school_kind;
pub mod school_year;
pub mod text;
pub mod voluntary;
pub mod voluntary_item;

pub use directory::{DirectoryQuery, DirectorySearch, Field, FieldError, Problem};
pub use money::Cents;
pub use notice_number::{NoticeNumber, SegregationCode};
pub use office::{ActivationCode, EventCategory, EventState, StaffRole};
pub use organisation_fiscal_code::OrganisationFiscalCode;
pub use pagopa_qr::PaymentQr;
pub use payment_state::{NoticeState, PaymentState, ProviderKind};
pub use poste_datamatrix::{PostalAccount, PosteDataMatrix};
pub use psp::PaymentMethod;
pub use school_code::SchoolCode;
pub use school_kind::SchoolKind;
pub use school_year::SchoolYear;
