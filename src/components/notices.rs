//! Notices about storage, updates and backups, announced to screen readers.

use leptos::prelude::*;

use crate::app::{use_ctx, Notice, NoticeAction};
use crate::persistence;
use crate::progress::{DAY_MS, REMINDER_INTERVAL_MS};
use crate::storage;
use crate::web;

/// The open notices, and the backup reminder when it is due.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    let reminder_due = persistence::backup_reminder_due(ctx);
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || ctx.notices.get() key=|n| n.id children=NoticeView />
            <Show when=move || reminder_due.get()>
                <BackupReminder />
            </Show>
        </div>
    }
}

/// One notice with its actions.
#[allow(non_snake_case)]
fn NoticeView(notice: Notice) -> impl IntoView {
    let ctx = use_ctx();
    let id = notice.id;
    let actions = match notice.action {
        NoticeAction::None => None,
        NoticeAction::Backup => Some(
            view! {
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let saved = storage::unreadable_text()
                            .ok_or_else(|| "The unreadable data is no longer stored.".to_owned())
                            .and_then(|raw| web::download(
                                "unreadable-progress.txt",
                                "text/plain",
                                &raw,
                            ));
                        if let Err(e) = saved {
                            ctx.notify(e, NoticeAction::None);
                        }
                    }
                >
                    "Download the unreadable data"
                </button>
                <a class="button subtle" href=web::href("/data#backups-title")>
                    "Manage backups"
                </a>
            }
            .into_any(),
        ),
        NoticeAction::Update => Some(
            view! {
                <button
                    type="button"
                    class="button primary"
                    id="reload-update"
                    on:click=move |_| web::apply_update()
                >
                    "Reload now"
                </button>
            }
            .into_any(),
        ),
    };
    view! {
        <div class="notice" data-notice=id>
            <p>{notice.text}</p>
            <div class="notice-actions">
                {actions}
                <button type="button" class="button subtle" on:click=move |_| ctx.dismiss(id)>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}

/// Reminds the learner to export a backup; dismissing it keeps it quiet for
/// [`REMINDER_INTERVAL_MS`].
#[component]
fn BackupReminder() -> impl IntoView {
    let ctx = use_ctx();
    let failed = RwSignal::new(None::<String>);
    let later = format!("Remind me in {} days", REMINDER_INTERVAL_MS / DAY_MS);
    view! {
        <div class="notice" id="backup-reminder">
            <p>
                "Your progress lives only in this browser, which may clear it. Keep a copy: export a backup file."
            </p>
            {move || failed.get().map(|e| view! { <p class="message error">{e}</p> })}
            <div class="notice-actions">
                <button
                    type="button"
                    class="button primary"
                    on:click=move |_| {
                        if let Err(e) = persistence::export_now(ctx) {
                            failed.set(Some(e));
                        }
                    }
                >
                    "Export a backup"
                </button>
                <button
                    type="button"
                    class="button subtle"
                    on:click=move |_| persistence::dismiss_backup_reminder(ctx)
                >
                    {later}
                </button>
            </div>
        </div>
    }
}
