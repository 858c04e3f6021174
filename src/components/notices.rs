//! Notices about storage and imports, announced to screen readers.

use leptos::prelude::*;

use crate::app::{use_ctx, NoticeAction};
use crate::storage;
use crate::web;

/// The list of open notices.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || ctx.notices.get()
                key=|n| n.id
                children=move |notice| {
                    let id = notice.id;
                    let has_backup = notice.action == NoticeAction::Backup;
                    let is_update = notice.action == NoticeAction::Update;
                    view! {
                        <div class="notice" data-notice=id>
                            <p>{notice.text.clone()}</p>
                            <div class="notice-actions">
                                {has_backup.then(|| view! {
                                    <button type="button" class="button" on:click=move |_| {
                                        if let Some(raw) = storage::backup() {
                                            if let Err(e) = web::download("unreadable-progress.txt", "text/plain", &raw) {
                                                ctx.notify(e, NoticeAction::None);
                                            }
                                        }
                                    }>"Download the unreadable data"</button>
                                    <button type="button" class="button subtle" on:click=move |_| {
                                        storage::discard_backup();
                                        ctx.notices.update(|list| list.retain(|n| n.id != id));
                                    }>"Delete it"</button>
                                })}
                                {is_update.then(|| view! {
                                    <button type="button" class="button primary" id="reload-update" on:click=move |_| web::apply_update()>
                                        "Reload now"
                                    </button>
                                })}
                                <button type="button" class="button subtle" on:click=move |_| {
                                    ctx.notices.update(|list| list.retain(|n| n.id != id));
                                }>"Dismiss"</button>
                            </div>
                        </div>
                    }
                }
            />
        </div>
    }
}
