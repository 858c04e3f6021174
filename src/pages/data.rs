//! Your data: export, import (merge or replace), and reset with undo.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::progress::{self, Decoded, Progress, MAX_IMPORT_BYTES};
use crate::web;

/// A file that was read and is waiting for the learner to choose merge or replace.
#[derive(Clone)]
struct PendingImport {
    name: String,
    decoded: Decoded,
}

fn counts_text(p: &Progress) -> String {
    let (statuses, notes, checks) = p.counts();
    format!("{statuses} topic statuses, {notes} notes and {checks} ticked items")
}

/// Which progress a reset clears.
#[derive(Clone, Copy, PartialEq)]
enum ResetScope {
    Plan,
    Everything,
}

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    let ctx = use_ctx();
    let message = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(None::<PendingImport>);
    let undo = RwSignal::new(None::<Progress>);
    let confirming = RwSignal::new(None::<ResetScope>);
    let share_link = RwSignal::new(None::<String>);

    let export = move |_| {
        let text = ctx
            .progress
            .with(|p| progress::encode_export(p, env!("CARGO_PKG_VERSION"), &web::now_iso()));
        let name = format!("backend-roadmap-progress-{}.json", web::today_iso());
        match web::download(&name, "application/json", &text) {
            Ok(()) => message.set(Some((
                true,
                format!("Exported {}.", ctx.progress.with(counts_text)),
            ))),
            Err(e) => message.set(Some((false, e))),
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        pending.set(None);
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_IMPORT_BYTES {
            let e = progress::DecodeError::TooLarge(size);
            message.set(Some((
                false,
                format!("{name} was not imported. {e} Nothing was changed."),
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                message.set(Some((
                    false,
                    format!("{name} could not be read. Nothing was changed."),
                )));
                return;
            };
            match progress::decode_import(text.as_bytes()) {
                Ok(decoded) => {
                    message.set(None);
                    pending.set(Some(PendingImport { name, decoded }));
                }
                Err(e) => message.set(Some((
                    false,
                    format!("{name} was not imported. {e} Nothing was changed."),
                ))),
            }
        });
    };

    let apply_import = move |replace: bool| {
        let Some(import) = pending.get_untracked() else {
            return;
        };
        let before = ctx.progress.get_untracked();
        let mut incoming = import.decoded.progress;
        incoming.apply_aliases(
            ctx.catalog
                .aliases()
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str())),
        );
        let after = if replace {
            incoming
        } else {
            progress::merge(&before, &incoming)
        };
        ctx.progress.set(after);
        undo.set(Some(before));
        pending.set(None);
        message.set(Some((
            true,
            format!(
                "{} {}. You now have {}.",
                if replace {
                    "Replaced your progress with"
                } else {
                    "Merged"
                },
                import.name,
                ctx.progress.with_untracked(counts_text)
            ),
        )));
    };

    let reset = move |scope: ResetScope| {
        let before = ctx.progress.get_untracked();
        let plan = ctx.plan();
        ctx.update(|p, now| match scope {
            ResetScope::Everything => {
                let settings = p.settings.clone();
                *p = Progress {
                    settings,
                    ..Progress::default()
                };
            }
            ResetScope::Plan => {
                let items = plan.stages.iter().flat_map(|stage| {
                    stage
                        .outcomes
                        .iter()
                        .chain(stage.projects.iter().flat_map(|pr| &pr.checklist))
                        .map(|item| item.id.as_str())
                });
                p.reset(ctx.catalog.plan_topic_ids(plan), items, now);
            }
        });
        undo.set(Some(before));
        confirming.set(None);
        message.set(Some((
            true,
            match scope {
                ResetScope::Plan => format!("Progress on {} was reset.", plan.title),
                ResetScope::Everything => "All progress was reset.".to_owned(),
            },
        )));
    };

    let undo_last = move |_| {
        if let Some(before) = undo.get_untracked() {
            ctx.progress.set(before);
            undo.set(None);
            message.set(Some((
                true,
                "Undone: your progress is back as it was.".to_owned(),
            )));
        }
    };

    view! {
        <section class="page data">
            <PageHeading text="Your data".to_owned()/>
            <p class="lede">
                "Everything you record lives only in this browser. Export it to keep a copy or to move it to another browser."
            </p>
            <p class="muted">{move || format!("Stored now: {}.", ctx.progress.with(counts_text))}</p>
            <div class="data-message" role="status" aria-live="polite">
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "message ok" } else { "message error" } id="data-message">{text}</p>
                })}
                <Show when=move || undo.get().is_some()>
                    <button type="button" class="button" id="undo" on:click=undo_last>"Undo"</button>
                </Show>
            </div>

            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">"Export"</h2>
                <p>"Download your statuses, notes, ticks and settings as a JSON file."</p>
                <button type="button" class="button primary" id="export" on:click=export>"Export progress"</button>
            </section>

            <section class="card" aria-labelledby="import-title">
                <h2 id="import-title">"Import"</h2>
                <p>"Choose a file exported from this app (up to 1 MB). You will see what it holds before anything changes."</p>
                <label class="file-label" for="import-file">"Progress file"</label>
                <input type="file" id="import-file" accept="application/json,.json" on:change=on_file/>
                {move || pending.get().map(|import| {
                    let summary = counts_text(&import.decoded.progress);
                    let dropped = import.decoded.dropped;
                    view! {
                        <div class="import-preview" id="import-preview">
                            <p>{format!("{} holds {}.", import.name, summary)}</p>
                            {(dropped > 0).then(|| view! { <p class="message error">{format!("{dropped} damaged entries in it will be left out.")}</p> })}
                            <div class="button-row">
                                <button type="button" class="button primary" id="import-merge" on:click=move |_| apply_import(false)>"Merge with mine"</button>
                                <button type="button" class="button" id="import-replace" on:click=move |_| apply_import(true)>"Replace mine"</button>
                                <button type="button" class="button subtle" on:click=move |_| pending.set(None)>"Cancel"</button>
                            </div>
                        </div>
                    }
                })}
            </section>

            <section class="card" aria-labelledby="share-title">
                <h2 id="share-title">"Share"</h2>
                <p>"A read-only link to your topic statuses (no notes). The statuses travel inside the link itself, after the #, which browsers never send to a server."</p>
                <button type="button" class="button" id="share-make" on:click=move |_| {
                    let origin = window().location().origin().unwrap_or_default();
                    let fragment = ctx.progress.with(progress::encode_share);
                    share_link.set(Some(format!("{origin}{}#{fragment}", web::href("/shared"))));
                }>"Make a share link"</button>
                {move || share_link.get().map(|link| view! {
                    <label class="file-label" for="share-link">"Share link"</label>
                    <input type="text" id="share-link" class="share-link" readonly value=link on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    }/>
                })}
            </section>

            <section class="card" aria-labelledby="reset-title">
                <h2 id="reset-title">"Reset"</h2>
                <p>"Start over on the selected plan, or clear everything. You can undo the last reset."</p>
                <div class="button-row">
                    <button type="button" class="button" id="reset-plan" on:click=move |_| confirming.set(Some(ResetScope::Plan))>
                        {move || format!("Reset {}", ctx.plan().title)}
                    </button>
                    <button type="button" class="button danger" id="reset-all" on:click=move |_| confirming.set(Some(ResetScope::Everything))>"Reset everything"</button>
                </div>
                {move || confirming.get().map(|scope| view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                        <p id="confirm-text">{match scope {
                            ResetScope::Plan => "Reset every status, note and tick in the selected plan?",
                            ResetScope::Everything => "Reset all progress in every plan? Settings are kept.",
                        }}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" id="confirm-reset" on:click=move |_| reset(scope)>"Yes, reset"</button>
                            <button type="button" class="button subtle" on:click=move |_| confirming.set(None)>"Cancel"</button>
                        </div>
                    </div>
                })}
            </section>
        </section>
    }
}
