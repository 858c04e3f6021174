//! When to remind the learner to export a backup of their progress.

use super::state::{Millis, Progress, DAY_MS};

/// Fourteen days: how old the last export may grow, and how long a dismissal lasts.
pub const REMINDER_INTERVAL_MS: Millis = 14 * DAY_MS;

/// Whether to remind the learner to export: progress has changed since the last
/// export, that export (if any) is older than [`REMINDER_INTERVAL_MS`], and the
/// reminder was not dismissed within that interval.
pub fn backup_reminder_due(progress: &Progress, now: Millis) -> bool {
    let settings = &progress.settings;
    let recent =
        |at: Option<Millis>| at.is_some_and(|at| now.saturating_sub(at) < REMINDER_INTERVAL_MS);
    let has_records = !progress.topics.is_empty() || !progress.checks.is_empty();
    let changed_since_export = settings
        .last_export
        .is_none_or(|exported| last_record_change(progress) > exported);
    has_records
        && changed_since_export
        && !recent(settings.last_export)
        && !recent(settings.reminder_dismissed)
}

/// The newest stamp on a status, note or tick (settings do not count: choosing a
/// theme is nothing to back up).
fn last_record_change(progress: &Progress) -> Millis {
    let topics = progress.topics.values().map(|e| e.at);
    let checks = progress.checks.values().map(|c| c.at);
    topics.chain(checks).max().unwrap_or(0)
}
