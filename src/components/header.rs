//! The site header: app name, primary navigation, plan switcher and theme toggle.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::dialogs::SearchButton;
use crate::web;

/// The header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=web::href("/")>
                <span class="brand-mark" aria-hidden="true">"⟡"</span>
                "Backend Roadmap"
            </a>
            <nav aria-label="Main" class="main-nav">
                <ul>
                    <li><a href=web::href("/")>"Timeline"</a></li>
                    <li><a href=web::href("/topics")>"All topics"</a></li>
                    <li><a href=web::href("/compare")>"Compare plans"</a></li>
                    <li><a href=web::href("/outlook")>"Career outlook"</a></li>
                    <li><a href=web::href("/settings")>"Settings"</a></li>
                    <li><a href=web::href("/data")>"Your data"</a></li>
                </ul>
            </nav>
            <div class="header-tools">
                <SearchButton/>
                <PlanSwitcher/>
                <ThemeToggle/>
            </div>
        </header>
    }
}

/// Chooses which plan the timeline follows.
#[component]
pub fn PlanSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let selected = Memo::new(move |_| ctx.plan().id.clone());
    let options = ctx
        .catalog
        .plans()
        .iter()
        .map(|plan| {
            let id = plan.id.clone();
            let is_selected = {
                let id = id.clone();
                move || selected.get() == id
            };
            view! { <option value=id selected=is_selected>{plan.title.clone()}</option> }
        })
        .collect_view();
    view! {
        <label class="plan-switcher">
            <span class="label-text">"Plan"</span>
            <select
                id="plan-switcher"
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    ctx.update(|p, now| p.update_settings(now, |s| s.plan = id));
                }
            >
                {options}
            </select>
        </label>
    }
}

/// Cycles the colour theme: system, light, dark. Remembered with progress.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let ctx = use_ctx();
    let theme = Memo::new(move |_| ctx.with_progress(|p| p.settings.theme));
    view! {
        <button
            type="button"
            class="theme-toggle"
            id="theme-toggle"
            on:click=move |_| {
                let next = theme.get_untracked().next();
                ctx.update(|p, now| p.update_settings(now, |s| s.theme = next));
            }
            aria-label=move || format!("Theme: {}. Change theme", theme.get().label())
        >
            <span aria-hidden="true">{move || match theme.get() {
                crate::progress::Theme::System => "◑",
                crate::progress::Theme::Light => "☀",
                crate::progress::Theme::Dark => "☾",
            }}</span>
            <span class="theme-label">{move || theme.get().label()}</span>
        </button>
    }
}
