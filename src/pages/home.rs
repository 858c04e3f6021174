//! Home: the selected plan as a dated timeline of stages with progress and pace.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx, NoticeAction};
use crate::components::page_heading::PageHeading;
use crate::components::progress_bar::ProgressBar;
use crate::components::study_controls::StudyControls;
use crate::pages::{topics_text, weeks_text};
use crate::progress::{current_stage, plan_stats, stage_stats};
use crate::schedule::{plan_schedule, to_ics, Schedule};
use crate::web;

/// The selected plan's schedule at the learner's pace, recomputed when progress changes.
pub fn current_schedule(ctx: Ctx) -> Memo<Schedule> {
    Memo::new(move |_| {
        let plan = ctx.plan();
        let today = web::today();
        ctx.with_progress(|p| {
            // Without a start date the plan starts today.
            let start = p.settings.start.unwrap_or(today);
            plan_schedule(
                ctx.catalog,
                plan,
                |id| p.status(id),
                p.settings.hours_per_week,
                start,
                today,
            )
        })
    })
}

/// Downloads the schedule as an .ics calendar: one event per stage and the finish.
#[component]
pub fn IcsButton(
    /// The schedule the page already computes, so it is not derived twice.
    schedule: Memo<Schedule>,
) -> impl IntoView {
    let ctx = use_ctx();
    let download = move |_| {
        let plan = ctx.plan();
        let titles: Vec<&str> = plan.stages.iter().map(|s| s.title.as_str()).collect();
        let stamp = web::now_iso().replace(['-', ':'], "");
        let stamp = format!("{}Z", stamp.split('.').next().unwrap_or_default());
        let ics =
            schedule.with(|s| to_ics(&plan.title, s, &titles, &stamp, "backend-roadmap.local"));
        if let Err(e) = web::download(&format!("{}-schedule.ics", plan.id), "text/calendar", &ics) {
            ctx.notify(e, NoticeAction::None);
        }
    };
    view! { <button type="button" class="button" id="export-ics" on:click=download>"Add to calendar (.ics)"</button> }
}

fn pace_text(days_ahead: i64) -> String {
    match days_ahead {
        0 => "On schedule".to_owned(),
        1 => "1 day ahead".to_owned(),
        -1 => "1 day behind".to_owned(),
        d if d > 0 => format!("{d} days ahead"),
        d => format!("{} days behind", -d),
    }
}

/// The timeline of the selected plan.
#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    let schedule = current_schedule(ctx);
    let has_start = Memo::new(move |_| ctx.with_progress(|p| p.settings.start.is_some()));
    move || {
        let plan = ctx.plan();
        let overall =
            Signal::derive(move || ctx.with_progress(|p| plan_stats(ctx.catalog, p, plan)));
        let current = Memo::new(move |_| ctx.with_progress(|p| current_stage(p, plan)));
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
                let stats = Signal::derive(move || ctx.with_progress(|p| stage_stats(p, stage)));
                let is_current = move || current.get() == i;
                let dates = Memo::new(move |_| schedule.with(|s| s.stages.get(i).map(|d| (d.start, d.end))));
                let is_today = move || {
                    let t = web::today();
                    dates.get().is_some_and(|(start, end)| start <= t && t <= end)
                };
                view! {
                    <li class="timeline-stage" class:current=is_current class:complete=move || stats.get().is_complete() data-stage=stage.id.clone()>
                        <div class="timeline-marker" aria-hidden="true">{i + 1}</div>
                        <div class="timeline-body">
                            <Show when=is_today>
                                <p class="today-marker"><strong>"Today"</strong>" falls in this stage"</p>
                            </Show>
                            <h2 class="stage-title">
                                <a href=web::href(&format!("/stage/{}", stage.id))>{stage.title.clone()}</a>
                            </h2>
                            <p class="stage-meta">
                                <span class="stage-dates">{move || dates.get().map(|(s, e)| format!("{s} → {e}")).unwrap_or_default()}</span>
                                " · "
                                <span>{weeks_text(stage.weeks)} " full-time"</span>
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
                    <dl class="pace" id="pace">
                        <div><dt>"Done by hours"</dt><dd id="percent-done">{move || format!("{}%", schedule.with(|s| s.percent_done))}</dd></div>
                        <div><dt>"Projected finish"</dt><dd id="projected-finish">{move || schedule.with(|s| s.projected_finish.to_string())}</dd></div>
                        <div><dt>"Pace"</dt><dd id="days-ahead">{move || schedule.with(|s| pace_text(s.days_ahead))}</dd></div>
                    </dl>
                    <details class="pace-settings">
                        <summary>{move || {
                            let (hours, track) = ctx.with_progress(|p| (p.settings.hours_per_week, p.settings.track));
                            format!("{hours} hours a week · {} track{}", track.label(), if has_start.get() { "" } else { " · no start date yet" })
                        }}</summary>
                        <StudyControls/>
                        <div class="button-row"><IcsButton schedule/></div>
                    </details>
                </section>
                <ol class="timeline" aria-label="Stages">{stages}</ol>
            </section>
        }
    }
}
