//! A shared, read-only progress link: shown beside the viewer's own, imported only on request.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::wide_table::WideTable;
use crate::progress::{
    decode_share, import_share, share_summary, shared_progress, stage_stats, ShareError, Status,
};
use crate::web;

/// The shared progress carried in the URL fragment.
#[component]
pub fn SharedPage() -> impl IntoView {
    let hash = window().location().hash().unwrap_or_default();
    let body = match decode_share(&hash) {
        Ok(statuses) => view! { <SharedProgress statuses /> }.into_any(),
        Err(error) => view! { <ShareLinkError error /> }.into_any(),
    };
    view! {
        <section class="page shared">
            <PageHeading text="Shared progress".to_owned() />
            {body}
        </section>
    }
}

/// Why the link could not be read.
#[component]
fn ShareLinkError(error: ShareError) -> impl IntoView {
    view! {
        <p class="message error" id="share-error">
            {error.to_string()}
            " Your own progress is untouched."
        </p>
        <p>
            <a class="button" href=web::href("/")>
                "Go to the timeline"
            </a>
        </p>
    }
}

/// The shared statuses per stage of the selected plan, beside the viewer's own.
#[component]
fn SharedProgress(statuses: BTreeMap<String, Status>) -> impl IntoView {
    let ctx = use_ctx();
    let theirs = shared_progress(&statuses);
    let plan = ctx.plan();
    let rows = plan
        .stages
        .iter()
        .map(|stage| {
            let shared = stage_stats(&theirs, stage).to_string();
            let mine = Memo::new(move |_| ctx.with_progress(|p| stage_stats(p, stage)));
            view! {
                <tr>
                    <th scope="row">{stage.title.clone()}</th>
                    <td>{shared}</td>
                    <td>{move || mine.get().to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="lede" id="share-summary">
            {share_summary(&statuses)}
        </p>
        <WideTable
            label="Shared and your progress by stage"
            caption=format!("Finished topics per stage of {}", plan.title)
            id="share-table"
            columns=&["Stage", "Shared", "Yours"]
        >
            {rows}
        </WideTable>
        <ImportSharedCard statuses />
    }
}

/// Sets the shared statuses in the viewer's progress, on request.
#[component]
fn ImportSharedCard(statuses: BTreeMap<String, Status>) -> impl IntoView {
    let ctx = use_ctx();
    let imported = RwSignal::new(None::<String>);
    let import = move |_| {
        ctx.update(|p, now| import_share(p, &statuses, now));
        imported.set(Some(format!(
            "Imported {} statuses into your progress.",
            statuses.len()
        )));
    };
    view! {
        <section class="card">
            <h2>"Import"</h2>
            <p>
                "Nothing changes unless you choose to. Importing sets these topics' statuses in your progress; your notes and ticks stay as they are."
            </p>
            <button type="button" class="button primary" id="share-import" on:click=import>
                "Import these statuses"
            </button>
            <p role="status" class="message ok">
                {move || imported.get()}
            </p>
        </section>
    }
}
