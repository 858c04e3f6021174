//! A stage: its topics as a status checklist, outcomes, mini-projects, and neighbours.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::app::use_ctx;
use crate::components::check_item::CheckItem;
use crate::components::page_heading::PageHeading;
use crate::components::progress_bar::ProgressBar;
use crate::components::status_control::StatusControl;
use crate::content::{Plan, Stage};
use crate::pages::not_found::Missing;
use crate::pages::{topics_text, weeks_text};
use crate::progress::{stage_stats, Status};
use crate::web;

/// The stage named by the `:id` route parameter.
#[component]
pub fn StagePage() -> impl IntoView {
    let ctx = use_ctx();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match ctx.catalog.stage(&id.get()) {
        Some((plan, index, stage)) => view! { <StageView plan index stage/> }.into_any(),
        None => view! { <Missing what="stage".to_owned()/> }.into_any(),
    }
}

#[component]
fn StageView(plan: &'static Plan, index: usize, stage: &'static Stage) -> impl IntoView {
    let ctx = use_ctx();
    let stats = Signal::derive(move || ctx.with_progress(|p| stage_stats(p, stage)));
    let topics = stage
        .topics
        .iter()
        .filter_map(|id| ctx.catalog.topic(id))
        .map(|topic| view! { <TopicRow topic/> })
        .collect_view();
    let outcomes = (!stage.outcomes.is_empty()).then(|| {
        let items = stage
            .outcomes
            .iter()
            .map(|o| view! { <CheckItem id=o.id.clone() text=o.text.clone()/> })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="outcomes-title">
                <h2 id="outcomes-title">"By the end you can"</h2>
                <ul class="checklist">{items}</ul>
            </section>
        }
    });
    let projects = stage
        .projects
        .iter()
        .map(|project| {
            let items = project
                .checklist
                .iter()
                .map(|c| view! { <CheckItem id=c.id.clone() text=c.text.clone()/> })
                .collect_view();
            let heading = format!("project-{}", project.id);
            let labelled_by = heading.clone();
            view! {
                <section class="card project" aria-labelledby=labelled_by>
                    <h2 id=heading>"Mini-project: " {project.title.clone()}</h2>
                    <p>{project.brief.clone()}</p>
                    <ul class="checklist">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let prev = index.checked_sub(1).and_then(|i| plan.stages.get(i));
    let next = plan.stages.get(index + 1);
    view! {
        <article class="page stage">
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <a href=web::href("/")>{plan.title.clone()}</a>
                " › " <span>{format!("Stage {} of {}", index + 1, plan.stages.len())}</span>
            </nav>
            <PageHeading text=stage.title.clone()/>
            <p class="stage-meta">{weeks_text(stage.weeks)} " · " {topics_text(stage.topics.len())}</p>
            <p class="lede">{stage.summary.clone()}</p>
            <ProgressBar stats=stats label=format!("Progress in {}", stage.title)/>
            <section aria-labelledby="topics-title">
                <h2 id="topics-title">"Topics"</h2>
                <p class="hint">
                    "Choose a status, or focus a topic and press "
                    <kbd>"d"</kbd>" done, "<kbd>"l"</kbd>" learning, "<kbd>"s"</kbd>" skipped, "<kbd>"r"</kbd>" pending."
                </p>
                <ul class="topic-list">{topics}</ul>
            </section>
            {outcomes}
            {projects}
            <nav class="pager" aria-label="Stages">
                {prev.map(|s| view! {
                    <a class="button pager-prev" rel="prev" href=web::href(&format!("/stage/{}", s.id))>
                        "← Previous: " {s.title.clone()}
                    </a>
                })}
                {next.map(|s| view! {
                    <a class="button pager-next" rel="next" href=web::href(&format!("/stage/{}", s.id))>
                        "Next: " {s.title.clone()} " →"
                    </a>
                })}
            </nav>
        </article>
    }
}

/// One topic in a checklist: link, status control, keyboard shortcuts.
#[component]
pub fn TopicRow(topic: &'static crate::content::Topic) -> impl IntoView {
    let ctx = use_ctx();
    let title = Memo::new(move |_| topic.title_for(ctx.track()).to_owned());
    let status = Memo::new(move |_| ctx.with_progress(|p| p.status(&topic.id)));
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || web::is_typing_target(&ev) {
            return;
        }
        let key = ev.key();
        let mut chars = key.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if let Some(s) = Status::from_shortcut(c.to_ascii_lowercase()) {
                ev.prevent_default();
                ctx.update(|p, now| {
                    p.set_status(&topic.id, s, now);
                });
            }
        }
    };
    view! {
        <li class="topic-row" data-topic=topic.id.clone() data-status=move || status.get().id() on:keydown=on_key>
            <div class="topic-row-main">
                <span class="status-badge" aria-hidden="true">{move || status.get().icon()}</span>
                <a class="topic-link" href=web::href(&format!("/topic/{}", topic.id))>{move || title.get()}</a>
                <span class="topic-hours">{format!("~{} h", topic.hours)}</span>
            </div>
            <StatusControl topic_id=topic.id.clone() topic_title=title current=status/>
        </li>
    }
}
