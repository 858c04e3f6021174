//! The page for unknown routes.

use leptos::prelude::*;

use crate::components::missing::Missing;

/// Shown for any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <Missing what="page" /> }
}
