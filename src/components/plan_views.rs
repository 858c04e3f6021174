//! The three views of the selected plan: the timeline, the map and progress over time.

use leptos::prelude::*;

use crate::web;

/// The views, in order: path and name.
const VIEWS: [(&str, &str); 3] = [
    ("/", "Timeline"),
    ("/map", "Map"),
    ("/progress", "Progress over time"),
];

/// Links between the plan's views; the one shown is marked current.
#[component]
pub fn PlanViews(
    /// The path of the view shown.
    current: &'static str,
) -> impl IntoView {
    let links = VIEWS
        .iter()
        .map(|&(path, name)| {
            view! {
                <li>
                    <a href=web::href(path) aria-current=(path == current).then_some("page")>
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="plan-views" aria-label="Views of the plan">
            <ul>{links}</ul>
        </nav>
    }
}
