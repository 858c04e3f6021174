//! The site header: app name, primary navigation, search, plan switcher and
//! theme toggle. One row on a desktop; on a phone two, the navigation
//! scrolling sideways under the tools.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::search::SearchButton;
use crate::content::Plan;
use crate::progress::Theme;
use crate::startup::Later;
use crate::web;

/// A destination of the main navigation.
struct Destination {
    path: &'static str,
    /// The link's name.
    label: &'static str,
    /// A word of the label, shown instead on narrow screens so that every
    /// destination fits on one line.
    short: &'static str,
}

/// Every destination of the main navigation, in order.
const DESTINATIONS: [Destination; 7] = [
    Destination {
        path: "/",
        label: "Timeline",
        short: "Timeline",
    },
    Destination {
        path: "/topics",
        label: "All topics",
        short: "Topics",
    },
    Destination {
        path: "/review",
        label: "Review",
        short: "Review",
    },
    Destination {
        path: "/compare",
        label: "Compare plans",
        short: "Plans",
    },
    Destination {
        path: "/outlook",
        label: "Career outlook",
        short: "Outlook",
    },
    Destination {
        path: "/settings",
        label: "Settings",
        short: "Settings",
    },
    Destination {
        path: "/data",
        label: "Your data",
        short: "Data",
    },
];

/// The header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=web::href("/")>
                <span class="brand-mark" aria-hidden="true">
                    "⟡"
                </span>
                <span>
                    <span class="brand-first">"Backend "</span>
                    "Roadmap"
                </span>
            </a>
            <MainNav />
            // The tools are built in a start-up task of their own (see `startup::Later`).
            <div class="header-tools">
                <Later>
                    <SearchButton />
                    <PlanSwitcher id="plan-switcher" />
                    <ThemeToggle id="theme-toggle" />
                </Later>
            </div>
        </header>
    }
}

/// The main navigation; the link of the page shown is marked current.
#[component]
fn MainNav() -> impl IntoView {
    let path = crate::router::use_router().path;
    let due = use_ctx().due_count;
    let links = DESTINATIONS
        .iter()
        .map(|d| {
            let current = move || {
                path.with(|here| is_current(here.as_deref().unwrap_or(""), d.path))
                    .then_some("page")
            };
            // The full label names the link at every width (it contains the short word);
            // the review link also says how many questions are due.
            let is_review = d.path == "/review";
            let name = move || match (is_review, due.get()) {
                (true, n) if n > 0 => format!("{} {n} due", d.label),
                _ => d.label.to_owned(),
            };
            // A space before the badge keeps the visible text ("Review 22") inside the name.
            let badge = move || {
                let n = due.get();
                let text = if n > 99 { "99+".to_owned() } else { n.to_string() };
                (is_review && n > 0)
                    .then(|| view! {
                        " "
                        <span class="due-badge" aria-hidden="true">
                            {text}
                        </span>
                    })
            };
            view! {
                <li>
                    <a href=web::href(d.path) aria-current=current aria-label=name>
                        <span class="nav-full">{d.label}</span>
                        <span class="nav-short">{d.short}</span>
                        {badge}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label="Main" class="main-nav">
            <ul>{links}</ul>
        </nav>
    }
}

/// Whether the router's `pathname` is the in-app `path`.
fn is_current(here: &str, path: &str) -> bool {
    here.trim_end_matches('/') == path.trim_end_matches('/')
}

/// Chooses which plan the timeline follows.
#[component]
pub fn PlanSwitcher(
    /// The select's element id, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let ctx = use_ctx();
    let selected = Memo::new(move |_| ctx.plan().id.clone());
    let option = move |plan: &'static Plan| {
        let id = plan.id.clone();
        // The initial choice: the select's value property (below) is set
        // before its options exist, so it only takes effect on changes.
        let initially = selected.get_untracked() == id;
        view! {
            <option value=id selected=initially>
                {plan.title.clone()}
            </option>
        }
    };
    let published = ctx.catalog.plans().iter().map(option).collect_view();
    // The learner's plans come and go: their group follows them.
    let own = move || {
        let plans = ctx.own_plans();
        (!plans.is_empty()).then(|| {
            view! { <optgroup label="Your plans">{plans.into_iter().map(option).collect_view()}</optgroup> }
        })
    };
    view! {
        <label class="plan-switcher">
            <span class="label-text">"Plan"</span>
            <select
                id=id
                prop:value=move || selected.get()
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    ctx.update(|p, now| p.update_settings(now, |s| s.plan = id));
                }
            >
                {published}
                {own}
            </select>
        </label>
    }
}

/// Cycles the colour theme: system, light, dark. Remembered with progress.
#[component]
pub fn ThemeToggle(
    /// The button's element id, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let ctx = use_ctx();
    let theme = Memo::new(move |_| ctx.with_progress(|p| p.settings.theme));
    let icon = move || match theme.get() {
        Theme::System => "◑",
        Theme::Light => "☀",
        Theme::Dark => "☾",
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            id=id
            on:click=move |_| {
                let next = theme.get_untracked().next();
                ctx.update(|p, now| p.update_settings(now, |s| s.theme = next));
            }
            aria-label=move || format!("Theme: {}. Change theme", theme.get().label())
        >
            <span aria-hidden="true">{icon}</span>
            <span class="theme-label">{move || theme.get().label()}</span>
        </button>
    }
}
