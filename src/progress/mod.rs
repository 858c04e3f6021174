//! PURE: the learner's progress, its statistics, its stored and exported forms, and merging.
//!
//! Nothing here touches the browser; `src/storage.rs` moves these values in and out
//! of localStorage, and `cargo test` exercises everything here natively.

mod cards;
mod codec;
mod history;
mod merge;
mod operations;
mod reminder;
mod share;
mod state;
mod stats;

pub use cards::{parse_review_key, review_key, CardEntry, ReviewEntry};
pub use codec::{
    decode, decode_import, encode, encode_export, DecodeError, Decoded, EXPORT_FORMAT,
    MAX_IMPORT_BYTES, SCHEMA,
};
pub use history::{
    activity, burnup, calendar, Burnup, BurnupRow, Calendar, DayActivity, CALENDAR_WEEKS,
};
pub use merge::{merge, merge_maps};
pub use operations::{merge_import, replace, reset_all, reset_plan, undo};
pub use reminder::{backup_reminder_due, REMINDER_INTERVAL_MS};
pub use share::{
    decode_share, encode_share, import_share, share_summary, shared_progress, ShareError,
    MAX_SHARE_LEN,
};
pub use state::*;
pub use stats::{current_stage, plan_stats, stage_stats, Stats};
