//! The browser's start-up, in steps. Instantiating the wasm, parsing the
//! content and building the page each take tens of milliseconds on a phone;
//! run as one task they block the page (Lighthouse's Total Blocking Time).
//! So each step runs in a task of its own: between them the browser can
//! answer input and paint. The prerendered page stays on screen meanwhile,
//! and the app's page, built off the document, replaces it in one step once
//! complete, so no frame shows half of it.

use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::{app, startup};

/// Starts the app: the content in one task, the context in the next, then
/// each part of the layout in a task of its own, then the swap.
pub fn start() {
    let document = document();
    let fresh = document
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(page), Some(fresh)) = (document.get_element_by_id("app"), fresh) else {
        // No page to take over (not one of ours): build it all at once.
        leptos::mount::mount_to_body(app::App);
        while let Some(later) = startup::next_part() {
            later();
        }
        startup::on_screen();
        return;
    };
    fresh.set_id("app");
    // What `leptos::mount::mount_to` does, spread over tasks: the executor
    // for effects, and one root owner for the whole app, kept for its life.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    next_task(move || {
        let catalog = app::load_catalog();
        next_task(move || {
            owner.with(|| app::set_up(catalog));
            next_task(move || build_parts(owner, fresh, &app::LAYOUT, page));
        });
    });
}

/// Builds the first of `parts` into `fresh`, then the rest in later tasks,
/// then the parts of pages that asked to be built later (`startup::Later`),
/// one per task; after the last, `fresh` takes the place of the page on screen.
fn build_parts(
    owner: Owner,
    fresh: web_sys::HtmlElement,
    parts: &'static [fn() -> AnyView],
    page: web_sys::Element,
) {
    if let Some((part, rest)) = parts.split_first() {
        owner.with(|| {
            let mut built = part().build();
            built.mount(&fresh, None);
            std::mem::forget(built);
        });
        next_task(move || build_parts(owner, fresh, rest, page));
    } else if let Some(later) = startup::next_part() {
        later();
        next_task(move || build_parts(owner, fresh, parts, page));
    } else {
        let _ = page.replace_with_with_node_1(&fresh);
        startup::on_screen();
        // The app lives as long as the page: nothing ever unmounts it.
        std::mem::forget(owner);
    }
}

/// Runs `step` in a new task (a macrotask: a microtask would not let the
/// browser paint or answer input in between).
fn next_task(step: impl FnOnce() + 'static) {
    set_timeout(step, Duration::ZERO);
}
