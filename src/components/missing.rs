//! A helpful dead end for unknown routes and unknown ids.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::web;

/// Says what was not found and links home.
#[component]
pub fn Missing(
    /// "page", "stage" or "topic".
    what: &'static str,
) -> impl IntoView {
    view! {
        <section class="page not-found">
            <PageHeading text=format!("This {what} does not exist") />
            <p>"The link may be old or mistyped. Your progress is safe: nothing was changed."</p>
            <p>
                <a class="button" href=web::href("/")>
                    "Go to the timeline"
                </a>
            </p>
        </section>
    }
}
