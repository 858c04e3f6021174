//! Settings: plan, study controls, theme, and the calendar export.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::header::{PlanSwitcher, ThemeToggle};
use crate::components::page_heading::PageHeading;
use crate::components::schedule::{current_schedule, IcsButton};
use crate::components::study_controls::StudyControls;
use crate::web;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let ctx = use_ctx();
    let schedule = current_schedule(ctx);
    view! {
        <section class="page settings">
            <PageHeading text="Study settings".to_owned() />
            <p class="lede">
                "Choose your plan, your language and your pace. Dates on the timeline follow these settings; your progress stays on the topics whatever you choose."
            </p>
            <section class="card">
                <h2>"Plan"</h2>
                <PlanSwitcher id="settings-plan" />
                <p class="hint">
                    "Or shape a plan of your own under "
                    <a href=web::href("/plans")>"Your plans"</a> "."
                </p>
            </section>
            <section class="card">
                <h2>"Pace and track"</h2>
                <StudyControls />
                <p class="hint">
                    "The published plans assume full-time study. Dates here come from each topic's estimated hours at your weekly hours."
                </p>
            </section>
            <section class="card">
                <h2>"Calendar"</h2>
                <p>
                    {move || {
                        schedule
                            .with(|s| {
                                format!(
                                    "Planned finish: {}. Projected finish at your pace: {}.",
                                    s.planned_finish,
                                    s.projected_finish,
                                )
                            })
                    }}
                </p>
                <IcsButton schedule />
            </section>
            <section class="card">
                <h2>"Theme"</h2>
                <ThemeToggle id="settings-theme" />
            </section>
        </section>
    }
}
