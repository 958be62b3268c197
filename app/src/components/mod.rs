pub mod captcha;
pub mod find_school_button;
pub mod form;
pub mod guard;
pub mod icon;
pub mod layout;
pub mod notices;
