//! Reusable views.

pub mod check_item;
pub mod dialogs;
pub mod header;
pub mod notices;
pub mod page_heading;
pub mod progress_bar;
pub mod status_control;
pub mod study_controls;
