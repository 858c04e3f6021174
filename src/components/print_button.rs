//! A button that opens the browser's print dialog; the print stylesheet decides what prints.

use leptos::prelude::*;

/// Prints the page.
#[component]
pub fn PrintButton(
    /// The button's element id, unique on the page.
    id: &'static str,
    /// What the button says.
    label: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button"
            id=id
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {label}
        </button>
    }
}
