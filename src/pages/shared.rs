//! A shared, read-only progress link: shown beside the viewer's own, imported only on request.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::progress::{decode_share, stage_stats, Progress, Status};
use crate::web;

/// The shared progress carried in the URL fragment.
#[component]
pub fn SharedPage() -> impl IntoView {
    let ctx = use_ctx();
    let hash = window().location().hash().unwrap_or_default();
    let decoded = decode_share(&hash);
    let imported = RwSignal::new(None::<String>);
    let body = match decoded {
        Err(e) => view! {
            <p class="message error" id="share-error">{e.to_string()} " Your own progress is untouched."</p>
            <p><a class="button" href=web::href("/")>"Go to the timeline"</a></p>
        }
        .into_any(),
        Ok(statuses) => {
            let mut theirs = Progress::default();
            for (id, status) in &statuses {
                theirs.set_status(id, *status, 0);
            }
            let count = |s: Status| statuses.values().filter(|v| **v == s).count();
            let summary = format!(
                "This link shares {} topics: {} done, {} learning, {} skipped.",
                statuses.len(),
                count(Status::Done),
                count(Status::Learning),
                count(Status::Skipped)
            );
            let plan = ctx.plan();
            let theirs_for_rows = theirs.clone();
            let rows = plan
                .stages
                .iter()
                .map(|stage| {
                    let shared = stage_stats(&theirs_for_rows, stage);
                    let mine = Signal::derive(move || ctx.with_progress(|p| stage_stats(p, stage)));
                    view! {
                        <tr>
                            <th scope="row">{stage.title.clone()}</th>
                            <td>{format!("{} of {} ({}%)", shared.finished(), shared.total, shared.percent())}</td>
                            <td>{move || { let m = mine.get(); format!("{} of {} ({}%)", m.finished(), m.total, m.percent()) }}</td>
                        </tr>
                    }
                })
                .collect_view();
            let import = move |_| {
                let n = statuses.len();
                ctx.update(|p, now| {
                    for (id, status) in &statuses {
                        p.set_status(id, *status, now);
                    }
                });
                imported.set(Some(format!("Imported {n} statuses into your progress.")));
            };
            view! {
                <p class="lede" id="share-summary">{summary}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Shared and your progress by stage">
                    <table id="share-table">
                        <caption>{format!("Finished topics per stage of {}", plan.title)}</caption>
                        <thead><tr><th scope="col">"Stage"</th><th scope="col">"Shared"</th><th scope="col">"Yours"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <section class="card">
                    <h2>"Import"</h2>
                    <p>"Nothing changes unless you choose to. Importing sets these topics' statuses in your progress; your notes and ticks stay as they are."</p>
                    <button type="button" class="button primary" id="share-import" on:click=import>"Import these statuses"</button>
                    <p role="status" class="message ok">{move || imported.get()}</p>
                </section>
            }
            .into_any()
        }
    };
    view! {
        <section class="page shared">
            <PageHeading text="Shared progress".to_owned()/>
            {body}
        </section>
    }
}
