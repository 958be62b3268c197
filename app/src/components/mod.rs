pub mod icon;
pub mod layout;
