pub mod find_school_button;
pub mod icon;
pub mod layout;
