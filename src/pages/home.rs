//! Home: the selected plan as a timeline of stages with progress.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::progress_bar::ProgressBar;
use crate::pages::{topics_text, weeks_text};
use crate::progress::{current_stage, plan_stats, stage_stats};
use crate::web;

/// The timeline of the selected plan.
#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    let plan = Memo::new(move |_| ctx.plan().id.clone());
    move || {
        plan.track();
        let plan = ctx.plan();
        let overall =
            Signal::derive(move || ctx.progress.with(|p| plan_stats(ctx.catalog, p, plan)));
        let current = Memo::new(move |_| ctx.progress.with(|p| current_stage(p, plan)));
        let source = if plan.source.kind == crate::content::SourceKind::Canonical {
            "Our merged plan, drawn from all five published plans.".to_owned()
        } else {
            format!(
                "As published by {} ({}).",
                plan.source.name, plan.source.year
            )
        };
        let stages = plan
            .stages
            .iter()
            .enumerate()
            .map(|(i, stage)| {
                let stats = Signal::derive(move || ctx.progress.with(|p| stage_stats(p, stage)));
                let is_current = move || current.get() == i;
                view! {
                    <li class="timeline-stage" class:current=is_current class:complete=move || stats.get().is_complete() data-stage=stage.id.clone()>
                        <div class="timeline-marker" aria-hidden="true">{i + 1}</div>
                        <div class="timeline-body">
                            <h2 class="stage-title">
                                <a href=web::href(&format!("/stage/{}", stage.id))>{stage.title.clone()}</a>
                            </h2>
                            <p class="stage-meta">
                                <span>{weeks_text(stage.weeks)}</span>
                                " · "
                                <span>{topics_text(stage.topics.len())}</span>
                                <Show when=is_current>
                                    " · " <strong class="badge current-badge">"Current stage"</strong>
                                </Show>
                                <Show when=move || stats.get().is_complete()>
                                    " · " <strong class="badge complete-badge">"✓ Complete"</strong>
                                </Show>
                            </p>
                            <ProgressBar stats=stats label=format!("Progress in {}", stage.title)/>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="page home" aria-labelledby="page-title">
                <PageHeading text=plan.title.clone()/>
                <p class="lede">{plan.summary.clone()}</p>
                <p class="source-line">{source}</p>
                <section class="overall card" aria-label="Overall progress">
                    <h2 class="card-title">"Overall progress"</h2>
                    <ProgressBar stats=overall label="Overall progress"/>
                </section>
                <ol class="timeline" aria-label="Stages">{stages}</ol>
            </section>
        }
    }
}
