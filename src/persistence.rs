//! Keeping progress: saving every change, merging other tabs' changes, asking
//! for durable storage, and the export that backs it all up. The wiring between
//! the context (the only writer of progress) and `storage` (the only code that
//! touches the browser's storage).

use leptos::prelude::*;

use crate::app::Ctx;
use crate::progress::{self, Counts};
use crate::storage::{self, StorageIssue};
use crate::web;

/// Saves every change of progress, and tells the learner about `issue` (met at
/// load) and anything that goes wrong later. Saving stops for good when storage
/// cannot be written, or when a save would destroy unreadable text that could
/// not be set aside. Once something is recorded and saved, asks the browser
/// (once per visit) to keep this site's storage through storage pressure.
pub fn save_changes(ctx: Ctx, issue: Option<StorageIssue>) {
    // Plain values, not signals: nothing renders them, and the effect below is
    // their only reader and writer.
    let saving = StoredValue::new(!issue.as_ref().is_some_and(StorageIssue::stops_saving));
    let asked_durable = StoredValue::new(false);
    if let Some(issue) = issue {
        ctx.notify_storage(&issue);
    }
    // Effects run once per batch of updates, which coalesces bursts into one write.
    Effect::new(move |_| {
        let (text, has_records) = ctx.with_progress(|p| {
            let has_records = !p.topics.is_empty() || !p.checks.is_empty();
            (progress::encode(p), has_records)
        });
        if !saving.get_value() {
            return;
        }
        match storage::save(&text) {
            Ok(()) if has_records && !asked_durable.get_value() => {
                asked_durable.set_value(true);
                leptos::task::spawn_local(async {
                    let _ = storage::request_persistence().await;
                });
            }
            Ok(()) => {}
            Err(issue) => {
                saving.set_value(!issue.stops_saving());
                // Telling the learner is the one signal write here: the
                // failure is only known once the write has been tried.
                ctx.notify_storage(&issue);
            }
        }
    });
}

/// Merges, entry by entry, what another tab stores.
pub fn sync_tabs(ctx: Ctx) {
    web::on_window(leptos::ev::storage, move |ev| {
        if let Some(theirs) = storage::other_tab_progress(&ev) {
            ctx.merge_from_other_tab(&theirs);
        }
    });
}

/// Downloads progress as an export file and records when, which quiets the
/// backup reminder. Returns what was exported.
pub fn export_now(ctx: Ctx) -> Result<Counts, String> {
    let text = ctx.with_progress_untracked(|p| {
        progress::encode_export(p, env!("CARGO_PKG_VERSION"), &web::now_iso())
    });
    let name = format!("backend-roadmap-progress-{}.json", web::today_iso());
    web::download(&name, "application/json", &text)?;
    ctx.update(|p, now| p.update_settings(now, |s| s.last_export = Some(now)));
    Ok(ctx.with_progress_untracked(|p| p.counts()))
}

/// Whether to show the backup reminder. It is decided when the app starts and
/// again after an export or a dismissal, but not on every change: the learner's
/// first tick of a visit should not raise a banner.
pub fn backup_reminder_due(ctx: Ctx) -> Memo<bool> {
    let quieted = Memo::new(move |_| {
        ctx.with_progress(|p| (p.settings.last_export, p.settings.reminder_dismissed))
    });
    Memo::new(move |_| {
        let _ = quieted.get();
        ctx.with_progress_untracked(|p| progress::backup_reminder_due(p, web::now_ms()))
    })
}

/// Quiets the backup reminder for its interval.
pub fn dismiss_backup_reminder(ctx: Ctx) {
    ctx.update(|p, now| p.update_settings(now, |s| s.reminder_dismissed = Some(now)));
}
