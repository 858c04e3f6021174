//! The learner's schedule for the selected plan, and its calendar export.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx, NoticeAction};
use crate::schedule::{ics_timestamp, learner_schedule, to_ics, Schedule};
use crate::web;

/// The selected plan's schedule at the learner's pace, recomputed when progress changes.
pub fn current_schedule(ctx: Ctx) -> Memo<Schedule> {
    Memo::new(move |_| {
        let plan = ctx.plan();
        ctx.with_progress(|p| learner_schedule(ctx.catalog, plan, p, web::today()))
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
        let stamp = ics_timestamp(web::now_ms());
        let ics =
            schedule.with(|s| to_ics(&plan.title, s, &titles, &stamp, "backend-roadmap.local"));
        if let Err(e) = web::download(&format!("{}-schedule.ics", plan.id), "text/calendar", &ics) {
            ctx.notify(e, NoticeAction::None);
        }
    };
    view! {
        <button type="button" class="button" id="export-ics" on:click=download>
            "Add to calendar (.ics)"
        </button>
    }
}
