//! The page for unknown routes and unknown ids.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::web;

/// Shown for any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <Missing what="page".to_owned()/> }
}

/// A helpful dead end: says what was not found and links home.
#[component]
pub fn Missing(
    /// "page", "stage" or "topic".
    what: String,
) -> impl IntoView {
    view! {
        <section class="page not-found">
            <PageHeading text=format!("This {what} does not exist")/>
            <p>
                "The link may be old or mistyped. Your progress is safe: nothing was changed."
            </p>
            <p><a class="button" href=web::href("/")>"Go to the timeline"</a></p>
        </section>
    }
}
