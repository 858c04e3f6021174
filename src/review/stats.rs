//! Review statistics: retention, what comes due soon, and streaks of review days.

use std::collections::BTreeSet;

use crate::date::{streaks, Date};
use crate::progress::{Millis, Progress, DAY_MS};

/// The window retention is measured over, in days.
pub const RETENTION_WINDOW_DAYS: u64 = 30;

/// What the review page reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReviewStats {
    /// Reviews in the last [`RETENTION_WINDOW_DAYS`] days.
    pub recent_reviews: usize,
    /// Share of those rated Good or Easy, in whole percent; `None` without reviews.
    pub retention_percent: Option<u32>,
    /// Started cards due within the next 7 days (overdue ones included).
    pub due_next_7_days: usize,
    /// Consecutive days with a review, up to today (or yesterday, when today has none yet).
    pub current_streak: u32,
    /// The longest run of consecutive review days.
    pub longest_streak: u32,
}

/// The review statistics at `now`; `day_of` gives the learner's local date of a moment.
pub fn review_stats(
    progress: &Progress,
    now: Millis,
    day_of: impl Fn(Millis) -> Date,
) -> ReviewStats {
    let since = now.saturating_sub(RETENTION_WINDOW_DAYS * DAY_MS);
    let recent: Vec<bool> = progress
        .review_log()
        .filter(|(at, _, _)| *at > since && *at <= now)
        .map(|(_, _, rating)| rating.is_success())
        .collect();
    let good = recent.iter().filter(|ok| **ok).count();
    let retention_percent =
        (!recent.is_empty()).then(|| ((good * 200 + recent.len()) / (recent.len() * 2)) as u32);
    let due_next_7_days = progress
        .cards
        .values()
        .filter(|c| c.is_started() && c.due <= now + 7 * DAY_MS)
        .count();
    let days: BTreeSet<Date> = progress.review_log().map(|(at, _, _)| day_of(at)).collect();
    let (current_streak, longest_streak) = streaks(&days, day_of(now));
    ReviewStats {
        recent_reviews: recent.len(),
        retention_percent,
        due_next_7_days,
        current_streak,
        longest_streak,
    }
}
