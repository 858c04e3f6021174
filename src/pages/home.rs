//! Home: the selected plan as a dated timeline of stages with progress and pace.
//!
//! A plan change re-renders only what depends on the plan's stages: the
//! heading keeps its node (and the plan switcher its focus), and the pace
//! settings stay open if they were.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx};
use crate::components::page_heading::PageHeading;
use crate::components::plan_views::PlanViews;
use crate::components::progress_bar::ProgressBar;
use crate::components::schedule::{current_schedule, IcsButton};
use crate::components::study_controls::StudyControls;
use crate::content::{SourceKind, Stage};
use crate::pages::{stage_length_text, topics_text};
use crate::progress::{current_stage, plan_stats, stage_stats};
use crate::schedule::Schedule;
use crate::startup::{first_now, Later};
use crate::web;

/// How many stages the timeline builds in its first start-up task.
const FIRST_STAGES: usize = 3;

/// The timeline of the selected plan.
#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    let schedule = current_schedule(ctx);
    let title = Signal::derive(move || ctx.plan().title.clone());
    view! {
        <section class="page home">
            <PageHeading text=title />
            <PlanViews current="/" />
            <p class="lede">{move || ctx.plan().summary.clone()}</p>
            <p class="source-line">
                {move || source_line(ctx)}
                {move || {
                    let plan = ctx.plan();
                    (plan.source.kind == SourceKind::Own)
                        .then(|| {
                            view! {
                                " "
                                <a href=web::href(
                                    &format!("/plans/{}", plan.id),
                                )>"Edit this plan"</a>
                            }
                        })
                }}
            </p>
            <OverallCard schedule />
            <Later>
                <Timeline schedule />
            </Later>
            <Later>{move || view! { <PlanFacts plan=ctx.plan() /> }}</Later>
        </section>
    }
}

/// Who made the selected plan.
fn source_line(ctx: Ctx) -> String {
    let plan = ctx.plan();
    match plan.source.kind {
        SourceKind::Canonical => format!(
            "Our merged plan, drawn from all {} published plans.",
            ctx.catalog.published_plan_count()
        ),
        SourceKind::Published => {
            let year = plan
                .source
                .year
                .map_or_else(|| "undated".to_owned(), |y| y.to_string());
            format!("As published by {} ({year}).", plan.source.name)
        }
        SourceKind::Own => "Your own plan.".to_owned(),
    }
}

/// What a published page offers beyond its stages: the industries and job roles
/// it names and the mistakes it warns about.
#[component]
fn PlanFacts(plan: &'static crate::content::Plan) -> impl IntoView {
    let groups = [
        ("Industries it names", &plan.industries),
        ("Job roles it names", &plan.roles),
        ("Mistakes it warns about", &plan.mistakes),
    ];
    if groups.iter().all(|(_, items)| items.is_empty()) {
        return None;
    }
    let sections = groups
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .map(|(title, items)| {
            let items = items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view();
            view! {
                <h3>{title}</h3>
                <ul class="plain-list">{items}</ul>
            }
        })
        .collect_view();
    Some(view! {
        <section class="card plan-facts" aria-labelledby="plan-facts-title">
            <h2 id="plan-facts-title">"Also on the publisher's page"</h2>
            {sections}
        </section>
    })
}

/// "On schedule", "1 day ahead", "3 days behind".
fn pace_text(days_ahead: i64) -> String {
    match days_ahead {
        0 => "On schedule".to_owned(),
        1 => "1 day ahead".to_owned(),
        -1 => "1 day behind".to_owned(),
        d if d > 0 => format!("{d} days ahead"),
        d => format!("{} days behind", -d),
    }
}

/// The plan's progress, the learner's pace, and the settings behind it.
#[component]
fn OverallCard(schedule: Memo<Schedule>) -> impl IntoView {
    let ctx = use_ctx();
    let overall = Memo::new(move |_| {
        let plan = ctx.plan();
        ctx.with_progress(|p| plan_stats(ctx.catalog, p, plan))
    });
    let percent = move || format!("{}%", schedule.with(|s| s.percent_done));
    let finish = move || schedule.with(|s| s.projected_finish.to_string());
    let pace = move || schedule.with(|s| pace_text(s.days_ahead));
    view! {
        <section class="overall card" aria-label="Overall progress">
            <h2 class="card-title">"Overall progress"</h2>
            <ProgressBar stats=overall label="Overall progress" />
            <dl class="pace" id="pace">
                <div>
                    <dt>"Done by hours"</dt>
                    <dd id="percent-done">{percent}</dd>
                </div>
                <div>
                    <dt>"Projected finish"</dt>
                    <dd id="projected-finish">{finish}</dd>
                </div>
                <div>
                    <dt>"Pace"</dt>
                    <dd id="days-ahead">{pace}</dd>
                </div>
            </dl>
            <PaceSettings schedule />
        </section>
    }
}

/// The study settings, folded under a summary of them.
#[component]
fn PaceSettings(schedule: Memo<Schedule>) -> impl IntoView {
    let ctx = use_ctx();
    let summary = Memo::new(move |_| {
        ctx.with_progress(|p| {
            let s = &p.settings;
            let start = if s.start.is_some() {
                ""
            } else {
                " · no start date yet"
            };
            format!(
                "{} hours a week · {} track{start}",
                s.hours_per_week,
                s.track.label()
            )
        })
    });
    // Folded, the settings are built the first time the learner opens them,
    // so they cost the start-up nothing; the prerender writes them in.
    let opened = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    view! {
        <details class="pace-settings" on:toggle=move |_| opened.set(true)>
            <summary>{summary}</summary>
            {move || {
                opened
                    .get()
                    .then(|| {
                        view! {
                            <StudyControls />
                            <div class="button-row">
                                <IcsButton schedule />
                            </div>
                        }
                    })
            }}
        </details>
    }
}

/// The selected plan's stages, in order, with dates from the schedule.
#[component]
fn Timeline(schedule: Memo<Schedule>) -> impl IntoView {
    let ctx = use_ctx();
    let current = Memo::new(move |_| {
        let plan = ctx.plan();
        ctx.with_progress(|p| current_stage(p, plan))
    });
    let stage = move |index, stage| {
        let is_current = Signal::derive(move || current.get() == index);
        view! { <TimelineStage index stage is_current schedule /> }
    };
    // While the app starts, the timeline is built in two tasks: its first
    // stages, then the others (see `startup::Later`).
    let stages = move || first_now(ctx.plan().stages.iter().collect(), FIRST_STAGES, stage);
    view! {
        <ol class="timeline" aria-label="Stages">
            {stages}
        </ol>
    }
}

/// One stage on the timeline: dates, length, progress, and whether it is current.
#[component]
fn TimelineStage(
    index: usize,
    stage: &'static Stage,
    is_current: Signal<bool>,
    schedule: Memo<Schedule>,
) -> impl IntoView {
    let ctx = use_ctx();
    let stats = Memo::new(move |_| ctx.with_progress(|p| stage_stats(p, stage)));
    let complete = move || stats.get().is_complete();
    let dates =
        Memo::new(move |_| schedule.with(|s| s.stages.get(index).map(|d| (d.start, d.end))));
    let is_today = move || {
        let today = web::today();
        dates
            .get()
            .is_some_and(|(start, end)| start <= today && today <= end)
    };
    let date_text = move || {
        dates
            .get()
            .map(|(s, e)| format!("{s} → {e}"))
            .unwrap_or_default()
    };
    view! {
        <li
            class="timeline-stage"
            class:current=is_current
            class:complete=complete
            data-stage=stage.id.clone()
        >
            <div class="timeline-marker" aria-hidden="true">
                {index + 1}
            </div>
            <div class="timeline-body">
                <Show when=is_today>
                    <p class="today-marker">
                        <strong>"Today"</strong>
                        " falls in this stage"
                    </p>
                </Show>
                <h2 class="stage-title">
                    <a href=web::href(&format!("/stage/{}", stage.id))>{stage.title.clone()}</a>
                </h2>
                <p class="stage-meta">
                    <span class="stage-dates">{date_text}</span>
                    " · "
                    <span>{stage_length_text(ctx.catalog, ctx.plan(), stage)}</span>
                    " · "
                    <span>{topics_text(stage.topics.len())}</span>
                    <Show when=move || {
                        is_current.get()
                    }>" · " <strong class="badge current-badge">"Current stage"</strong></Show>
                    <Show when=complete>
                        " · " <strong class="badge complete-badge">"✓ Complete"</strong>
                    </Show>
                </p>
                <ProgressBar stats label=format!("Progress in {}", stage.title) />
            </div>
        </li>
    }
}
