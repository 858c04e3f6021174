//! Every topic of the selected plan on one page, grouped by stage, each with its status control.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::progress_bar::ProgressBar;
use crate::pages::stage::TopicRow;
use crate::progress::plan_stats;
use crate::web;

/// The whole plan as one checklist.
#[component]
pub fn AllTopicsPage() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let plan = ctx.plan();
        let overall =
            Signal::derive(move || ctx.with_progress(|p| plan_stats(ctx.catalog, p, plan)));
        let mut seen = std::collections::HashSet::new();
        let groups = plan
            .stages
            .iter()
            .map(|stage| {
                // A topic listed in two stages appears once, under the first.
                let rows = stage
                    .topics
                    .iter()
                    .filter(|id| seen.insert(id.as_str()))
                    .filter_map(|id| ctx.catalog.topic(id))
                    .map(|topic| view! { <TopicRow topic/> })
                    .collect_view();
                let heading = format!("all-{}", stage.id);
                let labelled_by = heading.clone();
                view! {
                    <section aria-labelledby=labelled_by>
                        <h2 id=heading><a href=web::href(&format!("/stage/{}", stage.id))>{stage.title.clone()}</a></h2>
                        <ul class="topic-list">{rows}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <section class="page all-topics">
                <PageHeading text=format!("All topics: {}", plan.title)/>
                <ProgressBar stats=overall label="Overall progress"/>
                <div class="button-row">
                    <button type="button" class="button" id="print-plan" on:click=move |_| {
                        let _ = window().print();
                    }>"Print this plan as a checklist"</button>
                </div>
                <p class="hint">
                    "Focus a topic and press "<kbd>"d"</kbd>" done, "<kbd>"l"</kbd>" learning, "<kbd>"s"</kbd>" skipped or "<kbd>"r"</kbd>" pending."
                </p>
                {groups}
            </section>
        }
    }
}
