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
    let track = Memo::new(move |_| settings.with(|s| s.track));
    let tracks = Track::ALL
        .into_iter()
        .map(|t| {
            // The initial choice; the select's value property (below) follows
            // later changes, but is set before the options exist.
            let initially = track.get_untracked() == t;
            view! {
                <option value=t.id() selected=initially>
                    {t.label()}
                </option>
            }
        })
        .collect_view();
    let set_track = move |ev| {
        if let Some(track) = Track::from_id(&event_target_value(&ev)) {
            ctx.update(|p, now| p.update_settings(now, |s| s.track = track));
        }
    };
    let set_hours = move |ev| {
        // Out-of-range input snaps into 1..=60; empty input keeps the old value.
        let hours = parse_hours_per_week(&event_target_value(&ev))
            .unwrap_or(settings.get_untracked().hours_per_week);
        ctx.update(|p, now| p.update_settings(now, |s| s.hours_per_week = hours));
    };
    let set_start = move |ev| {
        // An empty or impossible date clears the start: the schedule then starts today.
        let start = Date::parse(&event_target_value(&ev));
        ctx.update(|p, now| p.update_settings(now, |s| s.start = start));
    };
    let start = move || settings.with(|s| s.start.map(|d| d.to_string()).unwrap_or_default());
    view! {
        <div class="study-controls">
            <label class="field">
                <span>"Language track"</span>
                <select id="track" prop:value=move || track.get().id() on:change=set_track>
                    {tracks}
                </select>
            </label>
            <label class="field">
                <span>"Hours per week"</span>
                <input
                    id="hours-per-week"
                    type="number"
                    inputmode="numeric"
                    min=*HOURS_PER_WEEK_RANGE.start()
                    max=*HOURS_PER_WEEK_RANGE.end()
                    prop:value=move || settings.with(|s| s.hours_per_week.to_string())
                    on:change=set_hours
                />
            </label>
            <label class="field">
                <span>"Start date"</span>
                <input id="start-date" type="date" prop:value=start on:change=set_start />
            </label>
        </div>
    }
}
