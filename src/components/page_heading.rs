//! The page's one h1: sets the document title and takes focus after navigation.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html;
use leptos::prelude::*;

use crate::web;

/// Whether a page has been shown before; the first page load keeps the browser's focus.
static SHOWN_BEFORE: AtomicBool = AtomicBool::new(false);

/// The page heading. After an in-app navigation it receives focus so that screen
/// readers announce the new page, and the document title follows it.
#[component]
pub fn PageHeading(
    /// Heading text (also the document title).
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let node = NodeRef::<html::H1>::new();
    Effect::new(move |_| web::set_title(&text.get()));
    Effect::new(move |_| {
        if let Some(h1) = node.get() {
            if SHOWN_BEFORE.swap(true, Ordering::Relaxed) {
                let _ = h1.focus();
            }
        }
    });
    view! {
        <h1 tabindex="-1" node_ref=node>
            {move || text.get()}
        </h1>
    }
}
