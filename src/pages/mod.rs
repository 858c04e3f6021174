//! One file per route.

pub mod all_topics;
pub mod compare;
pub mod data;
pub mod home;
pub mod not_found;
pub mod outlook;
pub mod settings;
pub mod shared;
pub mod stage;
pub mod topic;

use crate::content::Weeks;

/// "3–4 weeks", "1 week", or a note that the source gives no duration.
pub fn weeks_text(weeks: Option<Weeks>) -> String {
    match weeks {
        None => "Duration not given".to_owned(),
        Some(Weeks { min: 1, max: 1 }) => "1 week".to_owned(),
        Some(Weeks { min, max }) if min == max => format!("{min} weeks"),
        Some(Weeks { min, max }) => format!("{min}–{max} weeks"),
    }
}

/// "1 topic" or "N topics".
pub fn topics_text(n: usize) -> String {
    if n == 1 {
        "1 topic".to_owned()
    } else {
        format!("{n} topics")
    }
}
