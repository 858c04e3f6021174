//! Progress over time: a burn-up of hours finished against the schedule, and
//! an activity calendar with streaks, each with a table of the same figures.
//!
//! Each card is one HTML string from pure code (`graphics::burnup`,
//! `graphics::calendar`): a chart and a table of a few hundred cells cost far
//! fewer wasm bytes as text than as reactive views, and change only as a whole.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::plan_views::PlanViews;
use crate::components::schedule::current_schedule;
use crate::graphics::{burnup, calendar};
use crate::progress;
use crate::web;

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let ctx = use_ctx();
    let schedule = current_schedule(ctx);
    let burnup_card = move || {
        let plan = ctx.plan();
        schedule.with(|s| {
            ctx.with_progress(|p| {
                let b = progress::burnup(ctx.catalog, plan, p, s, web::local_day);
                burnup::card(&b, &plan.title, web::today())
            })
        })
    };
    let calendar_card = move || {
        ctx.with_progress(|p| {
            let days = progress::activity(p, web::local_day);
            calendar::card(&progress::calendar(&days, web::today()))
        })
    };
    let title = Signal::derive(|| "Your progress over time".to_owned());
    view! {
        <section class="page progress-page">
            <PageHeading text=title />
            <PlanViews current="/progress" />
            <p class="lede">
                "Drawn from the time stamped on every status, tick and review you make in this browser."
            </p>
            <section
                class="card chart-card"
                aria-labelledby="burnup-heading"
                inner_html=burnup_card
            ></section>
            <section
                class="card chart-card"
                aria-labelledby="activity-heading"
                inner_html=calendar_card
            ></section>
        </section>
    }
}
