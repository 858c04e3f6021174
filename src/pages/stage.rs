//! A stage: its topics as a status checklist, outcomes, mini-projects, and neighbours.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::check_item::CheckItem;
use crate::components::missing::Missing;
use crate::components::page_heading::PageHeading;
use crate::components::progress_bar::ProgressBar;
use crate::components::shortcuts::StatusKeysHint;
use crate::components::topic_row::TopicRow;
use crate::content::{ChecklistItem, Plan, Project, Stage};
use crate::pages::{topics_text, stage_length_text};
use crate::progress::stage_stats;
use crate::startup::{first_now, Later};
use crate::web;

/// How many topic rows a stage page builds at once when the app starts: about
/// what a phone shows above the fold.
const FIRST_ROWS: usize = 6;

/// The stage named by the `:id` route parameter.
#[component]
pub fn StagePage() -> impl IntoView {
    let ctx = use_ctx();
    let id = crate::router::use_router().id;
    move || match ctx.stage(&id.get()) {
        Some((plan, index, stage)) => view! { <StageView plan index stage /> }.into_any(),
        None => view! { <Missing what="stage" /> }.into_any(),
    }
}

/// A stage of a plan (whichever plan is selected: the stage says which it belongs to).
#[component]
fn StageView(plan: &'static Plan, index: usize, stage: &'static Stage) -> impl IntoView {
    let ctx = use_ctx();
    let stats = Memo::new(move |_| ctx.with_progress(|p| stage_stats(p, stage)));
    let topics: Vec<_> = stage.topics.iter().filter_map(|id| ctx.topic(id)).collect();
    // The rows a phone shows first are built at once; the others, and what
    // follows the list, later (see `startup::Later`).
    let rows = first_now(topics, FIRST_ROWS, |_, topic| view! { <TopicRow topic /> });
    view! {
        <article class="page stage">
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <a href=web::href("/")>{plan.title.clone()}</a>
                " › "
                <span>{format!("Stage {} of {}", index + 1, plan.stages.len())}</span>
            </nav>
            <PageHeading text=stage.title.clone() />
            <p class="stage-meta">
                {stage_length_text(ctx.catalog, plan, stage)} " · "
                {topics_text(stage.topics.len())}
            </p>
            <p class="lede">{stage.summary.clone()}</p>
            <ProgressBar stats label=format!("Progress in {}", stage.title) />
            <section aria-labelledby="topics-title">
                <h2 id="topics-title">"Topics"</h2>
                <StatusKeysHint />
                <ul class="topic-list">{rows}</ul>
            </section>
            <Later>
                <PublisherCard stage />
                <OutcomesCard outcomes=&stage.outcomes />
                {stage
                    .projects
                    .iter()
                    .map(|project| view! { <ProjectCard project /> })
                    .collect_view()}
                <Pager plan index />
            </Later>
        </article>
    }
}

/// What the learner can do by the end of the stage, each line tickable.
#[component]
fn OutcomesCard(outcomes: &'static [ChecklistItem]) -> impl IntoView {
    (!outcomes.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby="outcomes-title">
                <h2 id="outcomes-title">"By the end you can"</h2>
                <Checklist items=outcomes />
            </section>
        }
    })
}

/// What the publisher's page gives for the stage beyond topics: key skills and courses.
#[component]
fn PublisherCard(stage: &'static Stage) -> impl IntoView {
    if stage.skills.is_empty() && stage.courses.is_empty() {
        return None;
    }
    let skills = (!stage.skills.is_empty()).then(|| {
        let items = stage.skills.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
        view! {
            <h3>"Key skills"</h3>
            <ul class="plain-list">{items}</ul>
        }
    });
    let courses = (!stage.courses.is_empty()).then(|| {
        let items = stage
            .courses
            .iter()
            .map(|c| {
                view! {
                    <li>
                        {c.title.clone()} " "
                        <span class="muted">{format!("({}, {})", c.duration, c.level)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Recommended courses"</h3>
            <ul class="plain-list">{items}</ul>
        }
    });
    Some(view! {
        <section class="card" aria-labelledby="publisher-title">
            <h2 id="publisher-title">"From the publisher's page"</h2>
            {skills}
            {courses}
        </section>
    })
}

/// A mini-project with its tickable steps.
#[component]
fn ProjectCard(project: &'static Project) -> impl IntoView {
    let heading = format!("project-{}", project.id);
    let labelled_by = heading.clone();
    view! {
        <section class="card project" aria-labelledby=labelled_by>
            <h2 id=heading>"Mini-project: " {project.title.clone()}</h2>
            {project
                .ours
                .then(|| {
                    view! {
                        <p class="muted">
                            <span class="tag ours">"Added by us"</span>
                            " The publisher suggests no project here; this one is ours."
                        </p>
                    }
                })}
            <p>{project.brief.clone()}</p>
            <Checklist items=&project.checklist />
        </section>
    }
}

/// Content checklist items, each a checkbox saved with progress.
#[component]
fn Checklist(items: &'static [ChecklistItem]) -> impl IntoView {
    let items = items
        .iter()
        .map(|item| view! { <CheckItem id=item.id.clone() text=item.text.clone() ours=item.ours /> })
        .collect_view();
    view! { <ul class="checklist">{items}</ul> }
}

/// Links to the previous and next stages of the plan.
#[component]
fn Pager(plan: &'static Plan, index: usize) -> impl IntoView {
    let prev = index.checked_sub(1).and_then(|i| plan.stages.get(i));
    let next = plan.stages.get(index + 1);
    view! {
        <nav class="pager" aria-label="Stages">
            {prev.map(|stage| view! { <PagerLink stage rel="prev" /> })}
            {next.map(|stage| view! { <PagerLink stage rel="next" /> })}
        </nav>
    }
}

/// A link to a neighbouring stage; `rel` is "prev" or "next".
#[component]
fn PagerLink(stage: &'static Stage, rel: &'static str) -> impl IntoView {
    let text = if rel == "prev" {
        format!("← Previous: {}", stage.title)
    } else {
        format!("Next: {} →", stage.title)
    };
    view! {
        <a
            class=format!("button pager-{rel}")
            rel=rel
            href=web::href(&format!("/stage/{}", stage.id))
        >
            {text}
        </a>
    }
}
