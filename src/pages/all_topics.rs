//! Every topic of the selected plan on one page, grouped by stage, each with its status control.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::print_button::PrintButton;
use crate::components::progress_bar::ProgressBar;
use crate::components::shortcuts::StatusKeysHint;
use crate::components::topic_row::TopicRow;
use crate::content::{Plan, Stage};
use crate::progress::plan_stats;
use crate::startup::Later;
use crate::web;

/// The whole plan as one checklist. A plan change re-renders the groups only,
/// so the heading keeps its node.
#[component]
pub fn AllTopicsPage() -> impl IntoView {
    let ctx = use_ctx();
    let title = Signal::derive(move || format!("All topics: {}", ctx.plan().title));
    let overall = Memo::new(move |_| {
        let plan = ctx.plan();
        ctx.with_progress(|p| plan_stats(ctx.catalog, p, plan))
    });
    view! {
        <section class="page all-topics">
            <PageHeading text=title />
            <ProgressBar stats=overall label="Overall progress" />
            <div class="button-row">
                <PrintButton id="print-plan" label="Print this plan as a checklist" />
            </div>
            <StatusKeysHint />
            {move || stage_groups(ctx.plan())}
        </section>
    }
}

/// Each stage's topics under its title; a topic listed in two stages appears
/// once, under the first.
fn stage_groups(plan: &'static Plan) -> impl IntoView {
    let ctx = use_ctx();
    let mut seen = HashSet::new();
    plan.stages
        .iter()
        .enumerate()
        .map(|(index, stage)| {
            let topics: Vec<_> = stage
                .topics
                .iter()
                .filter(|id| seen.insert(id.as_str()))
                .filter_map(|id| ctx.topic(id))
                .collect();
            // The first stage is on screen; each other one is built later.
            if index == 0 {
                view! { <StageGroup stage topics /> }.into_any()
            } else {
                view! {
                    <Later>
                        {
                            view! { <StageGroup stage topics=topics.clone() /> }
                        }
                    </Later>
                }
                    .into_any()
            }
        })
        .collect_view()
}

/// One stage's topics.
#[component]
fn StageGroup(stage: &'static Stage, topics: Vec<&'static crate::content::Topic>) -> impl IntoView {
    let heading = format!("all-{}", stage.id);
    let labelled_by = heading.clone();
    let rows = topics
        .into_iter()
        .map(|topic| view! { <TopicRow topic /> })
        .collect_view();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>
                <a href=web::href(&format!("/stage/{}", stage.id))>{stage.title.clone()}</a>
            </h2>
            <ul class="topic-list">{rows}</ul>
        </section>
    }
}
