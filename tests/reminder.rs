//! The backup reminder: due when progress changed since an export older than 14 days.

use backend_roadmap::progress::{
    backup_reminder_due, Progress, Status, DAY_MS as DAY, REMINDER_INTERVAL_MS,
};

fn with_done_topic(at: u64) -> Progress {
    let mut p = Progress::default();
    p.set_status("http", Status::Done, at);
    p
}

#[test]
fn nothing_recorded_means_nothing_to_back_up() {
    assert!(!backup_reminder_due(&Progress::default(), 100 * DAY));
}

#[test]
fn never_exported_progress_is_due() {
    assert!(backup_reminder_due(&with_done_topic(DAY), 2 * DAY));
}

#[test]
fn a_recent_export_or_dismissal_keeps_it_quiet_for_fourteen_days() {
    let mut p = with_done_topic(DAY);
    p.settings.last_export = Some(DAY / 2);
    assert!(!backup_reminder_due(&p, DAY / 2 + REMINDER_INTERVAL_MS - 1));
    assert!(backup_reminder_due(&p, DAY / 2 + REMINDER_INTERVAL_MS));
    p.settings.reminder_dismissed = Some(20 * DAY);
    assert!(!backup_reminder_due(&p, 33 * DAY));
    assert!(backup_reminder_due(&p, 34 * DAY));
}

#[test]
fn an_old_export_with_no_change_since_is_not_due() {
    let mut p = with_done_topic(DAY);
    p.settings.last_export = Some(2 * DAY);
    assert!(!backup_reminder_due(&p, 60 * DAY));
}
