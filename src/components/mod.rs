//! Reusable views.

pub mod check_item;
pub mod dialogs;
pub mod flashcard;
pub mod header;
pub mod missing;
pub mod notices;
pub mod page_heading;
pub mod plan_views;
pub mod progress_bar;
pub mod schedule;
pub mod search;
pub mod shortcuts;
pub mod status_control;
pub mod study_controls;
pub mod topic_row;
pub mod wide_table;
