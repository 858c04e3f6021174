//! The learner's study settings: language track, hours per week and start date.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::content::Track;
use crate::date::Date;
use crate::progress::{parse_hours_per_week, HOURS_PER_WEEK_RANGE};

/// Track, hours per week and start date; every change is saved with progress.
#[component]
pub fn StudyControls() -> impl IntoView {
    let ctx = use_ctx();
    let settings = Memo::new(move |_| ctx.with_progress(|p| p.settings.clone()));
    let tracks = Track::ALL
        .into_iter()
        .map(|track| {
            view! {
                <option value=track.id() selected=move || settings.get().track == track>{track.label()}</option>
            }
        })
        .collect_view();
    view! {
        <div class="study-controls">
            <label class="field">
                <span>"Language track"</span>
                <select id="track" on:change=move |ev| {
                    if let Some(track) = Track::from_id(&event_target_value(&ev)) {
                        ctx.update(|p, now| p.update_settings(now, |s| s.track = track));
                    }
                }>{tracks}</select>
            </label>
            <label class="field">
                <span>"Hours per week"</span>
                <input
                    id="hours-per-week"
                    type="number"
                    inputmode="numeric"
                    min=*HOURS_PER_WEEK_RANGE.start()
                    max=*HOURS_PER_WEEK_RANGE.end()
                    prop:value=move || settings.get().hours_per_week.to_string()
                    on:change=move |ev| {
                        // Out-of-range input snaps into 1..=60; empty input keeps the old value.
                        let hours = parse_hours_per_week(&event_target_value(&ev))
                            .unwrap_or(settings.get_untracked().hours_per_week);
                        ctx.update(|p, now| p.update_settings(now, |s| s.hours_per_week = hours));
                    }
                />
            </label>
            <label class="field">
                <span>"Start date"</span>
                <input
                    id="start-date"
                    type="date"
                    prop:value=move || settings.get().start.map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        // An empty or impossible date clears the start: the schedule then starts today.
                        let start = Date::parse(&event_target_value(&ev));
                        ctx.update(|p, now| p.update_settings(now, |s| s.start = start));
                    }
                />
            </label>
        </div>
    }
}
