//! Your data: export, import (merge or replace), share, reset with undo,
//! backups kept in storage, and whether storage is durable.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::{use_ctx, Ctx, NoticeAction};
use crate::components::page_heading::PageHeading;
use crate::persistence;
use crate::progress::{self, Decoded, Progress, MAX_IMPORT_BYTES};
use crate::storage;
use crate::web;

/// The result of the learner's last action on this page.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// It worked; says what happened.
    Done(String),
    /// It did not; says why and what was kept.
    Failed(String),
}

/// What the page's cards share: the last outcome and what undo would revert.
#[derive(Clone, Copy)]
struct PageState {
    outcome: RwSignal<Option<Outcome>>,
    /// The states just before and just after the last reset or import.
    undo: RwSignal<Option<(Progress, Progress)>>,
}

impl PageState {
    fn done(&self, text: String) {
        self.outcome.set(Some(Outcome::Done(text)));
    }

    fn failed(&self, text: String) {
        self.outcome.set(Some(Outcome::Failed(text)));
    }
}

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    let ctx = use_ctx();
    let state = PageState {
        outcome: RwSignal::new(None),
        undo: RwSignal::new(None),
    };
    let undo_last = move |_| {
        if let Some((before, after)) = state.undo.get_untracked() {
            ctx.apply(|current, now| progress::undo(current, &before, &after, now));
            state.undo.set(None);
            state.done("Undone: your progress is back as it was.".to_owned());
        }
    };
    view! {
        <section class="page data">
            <PageHeading text="Your data".to_owned() />
            <p class="lede">
                "Everything you record lives only in this browser. Export it to keep a copy or to move it to another browser."
            </p>
            <p class="muted">
                {move || format!("Stored now: {}.", ctx.with_progress(|p| p.counts()))}
            </p>
            <p class="muted" id="review-counts">
                {move || {
                    let total: usize = ctx.catalog.topics().iter().map(|t| t.questions.len()).sum();
                    let counts = ctx.with_progress(|p| p.counts());
                    let reviews = if counts.reviews == 1 { "review" } else { "reviews" };
                    format!(
                        "Self-check: {total} questions in the catalog, {} reviewed at least once, {} {reviews} in total.",
                        counts.cards,
                        counts.reviews,
                    )
                }}
            </p>
            <div class="data-message" role="status" aria-live="polite">
                {move || {
                    state
                        .outcome
                        .get()
                        .map(|outcome| match outcome {
                            Outcome::Done(text) => {
                                view! {
                                    <p class="message ok" id="data-message">
                                        {text}
                                    </p>
                                }
                            }
                            Outcome::Failed(text) => {
                                view! {
                                    <p class="message error" id="data-message">
                                        {text}
                                    </p>
                                }
                            }
                        })
                }}
                <Show when=move || state.undo.get().is_some()>
                    <button type="button" class="button" id="undo" on:click=undo_last>
                        "Undo"
                    </button>
                </Show>
            </div>
            <ExportCard state=state />
            <ImportCard state=state />
            <ShareCard />
            <ResetCard state=state />
            <StorageCard />
        </section>
    }
}

/// Export, with when the last one was made.
#[component]
fn ExportCard(state: PageState) -> impl IntoView {
    let ctx = use_ctx();
    let export = move |_| match persistence::export_now(ctx) {
        Ok(counts) => state.done(format!("Exported {counts}.")),
        Err(e) => state.failed(e),
    };
    let last_export = move || {
        ctx.with_progress(|p| p.settings.last_export).map_or_else(
            || "You have not exported yet.".to_owned(),
            |at| format!("Last export: {}.", web::local_date(at)),
        )
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Export"</h2>
            <p>"Download your statuses, notes, ticks and settings as a JSON file."</p>
            <p class="muted" id="last-export">
                {last_export}
            </p>
            <button type="button" class="button primary" id="export" on:click=export>
                "Export progress"
            </button>
        </section>
    }
}

/// A file that was read and is waiting for the learner to choose merge or replace.
#[derive(Clone)]
struct PendingImport {
    name: String,
    decoded: Decoded,
}

/// How an import combines with what is stored.
#[derive(Clone, Copy, PartialEq)]
enum ImportMode {
    Merge,
    Replace,
}

/// Import: read a file, show what it holds, then merge or replace.
#[component]
fn ImportCard(state: PageState) -> impl IntoView {
    let ctx = use_ctx();
    let pending = RwSignal::new(None::<PendingImport>);
    let on_file = move |ev: leptos::ev::Event| read_import(event_target(&ev), state, pending);
    let apply = move |mode: ImportMode| {
        if let Some(import) = pending.get_untracked() {
            pending.set(None);
            apply_import(ctx, state, import, mode);
        }
    };
    let limit = format!(
        "Choose a file exported from this app (up to {} MB). You will see what it holds before anything changes.",
        MAX_IMPORT_BYTES / (1024 * 1024)
    );
    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">"Import"</h2>
            <p>{limit}</p>
            <label class="file-label" for="import-file">
                "Progress file"
            </label>
            <input type="file" id="import-file" accept="application/json,.json" on:change=on_file />
            {move || {
                pending
                    .get()
                    .map(|import| {
                        view! {
                            <ImportPreview
                                import=import
                                apply=apply
                                cancel=move || pending.set(None)
                            />
                        }
                    })
            }}
        </section>
    }
}

/// Reads the file chosen in `input` and, if it decodes, makes it the pending import.
fn read_import(
    input: web_sys::HtmlInputElement,
    state: PageState,
    pending: RwSignal<Option<PendingImport>>,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    pending.set(None);
    let name = file.name();
    let refuse = {
        let name = name.clone();
        move |why: String| {
            state.failed(format!(
                "{name} was not imported. {why} Nothing was changed."
            ))
        }
    };
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        refuse(progress::DecodeError::TooLarge(size).to_string());
        return;
    }
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let Some(text) = text else {
            refuse("The file could not be read.".to_owned());
            return;
        };
        match progress::decode_import(text.as_bytes()) {
            Ok(decoded) => {
                state.outcome.set(None);
                pending.set(Some(PendingImport { name, decoded }));
            }
            Err(e) => refuse(e.to_string()),
        }
    });
}

/// Merges or replaces progress with an import, keeping what undo needs.
fn apply_import(ctx: Ctx, state: PageState, import: PendingImport, mode: ImportMode) {
    let mut incoming = import.decoded.progress;
    incoming.apply_aliases(ctx.catalog.alias_pairs());
    let change = ctx.apply(|current, now| match mode {
        ImportMode::Merge => progress::merge_import(current, &incoming, now),
        ImportMode::Replace => progress::replace(current, &incoming, now),
    });
    state.undo.set(Some(change));
    let counts = ctx.with_progress_untracked(|p| p.counts());
    let name = import.name;
    state.done(match mode {
        ImportMode::Merge => format!("Merged {name}. You now have {counts}."),
        ImportMode::Replace => {
            format!("Replaced your progress with {name}. You now have {counts}.")
        }
    });
}

/// What a file holds, with the choice of merge or replace.
#[component]
fn ImportPreview(
    import: PendingImport,
    apply: impl Fn(ImportMode) + Copy + Send + Sync + 'static,
    cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let summary = format!(
        "{} holds {}.",
        import.name,
        import.decoded.progress.counts()
    );
    let dropped = import.decoded.dropped;
    let choices = [
        (
            ImportMode::Merge,
            "button primary",
            "import-merge",
            "Merge with mine",
        ),
        (
            ImportMode::Replace,
            "button",
            "import-replace",
            "Replace mine",
        ),
    ]
    .map(|(mode, class, id, text)| {
        view! {
            <button type="button" class=class id=id on:click=move |_| apply(mode)>
                {text}
            </button>
        }
    });
    view! {
        <div class="import-preview" id="import-preview">
            <p>{summary}</p>
            {(dropped > 0)
                .then(|| {
                    view! {
                        <p class="message error">
                            {format!("{dropped} damaged entries in it will be left out.")}
                        </p>
                    }
                })}
            <div class="button-row">
                {choices} <button type="button" class="button subtle" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}

/// A read-only link to the learner's statuses.
#[component]
fn ShareCard() -> impl IntoView {
    let ctx = use_ctx();
    let share_link = RwSignal::new(None::<String>);
    let make_link = move |_| {
        let origin = web::origin();
        let fragment = ctx.with_progress_untracked(progress::encode_share);
        share_link.set(Some(format!("{origin}{}#{fragment}", web::href("/shared"))));
    };
    view! {
        <section class="card" aria-labelledby="share-title">
            <h2 id="share-title">"Share"</h2>
            <p>
                "A read-only link to your topic statuses (no notes). The statuses travel inside the link itself, after the #, which browsers never send to a server."
            </p>
            <button type="button" class="button" id="share-make" on:click=make_link>
                "Make a share link"
            </button>
            {move || {
                share_link
                    .get()
                    .map(|link| {
                        view! {
                            <label class="file-label" for="share-link">
                                "Share link"
                            </label>
                            <input
                                type="text"
                                id="share-link"
                                class="share-link"
                                readonly
                                value=link
                                on:focus=move |ev| {
                                    let input: web_sys::HtmlInputElement = event_target(&ev);
                                    input.select();
                                }
                            />
                        }
                    })
            }}
        </section>
    }
}

/// Which progress a reset clears.
#[derive(Clone, Copy, PartialEq)]
enum ResetScope {
    Plan,
    Everything,
}

/// Resets one plan's progress, or all of it, after a confirmation.
#[component]
fn ResetCard(state: PageState) -> impl IntoView {
    let ctx = use_ctx();
    let confirming = RwSignal::new(None::<ResetScope>);
    let reset = move |scope: ResetScope| {
        let plan = ctx.plan();
        let change = match scope {
            ResetScope::Everything => ctx.apply(progress::reset_all),
            ResetScope::Plan => {
                ctx.apply(|current, now| progress::reset_plan(current, ctx.catalog, plan, now))
            }
        };
        state.undo.set(Some(change));
        confirming.set(None);
        state.done(match scope {
            ResetScope::Plan => format!("Progress on {} was reset.", plan.title),
            ResetScope::Everything => "All progress was reset.".to_owned(),
        });
    };
    view! {
        <section class="card" aria-labelledby="reset-title">
            <h2 id="reset-title">"Reset"</h2>
            <p>
                "Start over on the selected plan, or clear everything. You can undo the last reset."
            </p>
            <div class="button-row">
                <button
                    type="button"
                    class="button"
                    id="reset-plan"
                    on:click=move |_| confirming.set(Some(ResetScope::Plan))
                >
                    {move || format!("Reset {}", ctx.plan().title)}
                </button>
                <button
                    type="button"
                    class="button danger"
                    id="reset-all"
                    on:click=move |_| confirming.set(Some(ResetScope::Everything))
                >
                    "Reset everything"
                </button>
            </div>
            {move || {
                confirming
                    .get()
                    .map(|scope| {
                        view! {
                            <ResetConfirm
                                scope
                                confirm=move || reset(scope)
                                cancel=move || confirming.set(None)
                            />
                        }
                    })
            }}
        </section>
    }
}

/// Asks before a reset.
#[component]
fn ResetConfirm(
    scope: ResetScope,
    confirm: impl Fn() + Send + Sync + 'static,
    cancel: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let question = match scope {
        ResetScope::Plan => "Reset every status, note and tick in the selected plan?",
        ResetScope::Everything => "Reset all progress in every plan? Settings are kept.",
    };
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">{question}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="button danger"
                    id="confirm-reset"
                    on:click=move |_| confirm()
                >
                    "Yes, reset"
                </button>
                <button type="button" class="button subtle" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}

/// Whether storage is durable, and the backups kept in it.
#[component]
fn StorageCard() -> impl IntoView {
    let persistent = RwSignal::new(None::<bool>);
    // Storage exists only in the browser; the prerendered page lists nothing.
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        persistent.set(storage::is_persistent().await);
    });
    let backups = RwSignal::new(if cfg!(target_arch = "wasm32") {
        storage::backups()
    } else {
        Vec::new()
    });
    let durability = move || {
        match persistent.get() {
        Some(true) => "Storage is persistent: this browser keeps your progress until you delete it yourself.",
        Some(false) => "Storage is best-effort: browsers may clear site data when space runs low, and Safari clears it after 7 days without a visit unless the app is installed. Export a backup now and then.",
        None => "This browser does not say whether it keeps site data: export a backup now and then.",
    }
    };
    view! {
        <section class="card" aria-labelledby="backups-title">
            <h2 id="backups-title">"Storage and backups"</h2>
            <p id="storage-durability">{durability}</p>
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    view! {
                        <p class="muted" id="no-backups">
                            "No backups are kept in this browser."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul class="backup-list" id="backup-list">
                            {list
                                .into_iter()
                                .map(|b| view! { <BackupRow backup=b backups=backups /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// One backup, with Download and Delete.
#[component]
fn BackupRow(backup: storage::Backup, backups: RwSignal<Vec<storage::Backup>>) -> impl IntoView {
    let ctx = use_ctx();
    let storage::Backup { key, label, text } = backup;
    let size = format!("{} KB", text.len().div_ceil(1024));
    let file_name = if key == storage::PREVIOUS_KEY {
        "previous-progress.json"
    } else {
        "unreadable-progress.txt"
    };
    let download = move |_| {
        if let Err(e) = web::download(file_name, "text/plain", &text) {
            ctx.notify(e, NoticeAction::None);
        }
    };
    let delete_key = key.clone();
    let delete = move |_| {
        storage::delete_backup(&delete_key);
        backups.set(storage::backups());
    };
    view! {
        <li class="backup" data-key=key>
            <span>{label} " (" {size} ")"</span>
            <span class="button-row">
                <button type="button" class="button" on:click=download>
                    "Download"
                </button>
                <button type="button" class="button subtle" on:click=delete>
                    "Delete"
                </button>
            </span>
        </li>
    }
}
