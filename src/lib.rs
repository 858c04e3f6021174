//! Backend Roadmap: an offline-first study companion for backend developers.
//!
//! The pure modules (`content`, `date`, `progress`, `review`, `routes`,
//! `schedule`, `search`) build and test natively. The UI is compiled for the browser
//! (`wasm32`, leptos `csr`) and, with the `prerender` feature, natively for the
//! build step that renders every route to HTML (leptos `ssr`).

// The server renderer nests view types deeply (leptos `ssr`).
#![recursion_limit = "256"]

pub mod content;
pub mod date;
pub mod graphics;
pub mod own_plans;
pub mod progress;
pub mod review;
pub mod routes;
pub mod schedule;
pub mod search;

/// Declares the UI modules: compiled for the browser (`wasm32`) and, with the
/// `prerender` feature, natively. Natively the browser-only paths (storage,
/// tabs, updates) are compiled but never called; only the render path is used.
macro_rules! ui_modules {
    ($($module:ident),* $(,)?) => {
        $(
            #[cfg(any(target_arch = "wasm32", feature = "prerender"))]
            #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]
            mod $module;
        )*
    };
}

ui_modules!(
    app,
    components,
    pages,
    persistence,
    router,
    startup,
    storage,
    web
);

#[cfg(target_arch = "wasm32")]
mod boot;

/// Starts the app in the page: see `boot` for how it takes the page over.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    boot::start();
}

/// Renders the app at `url` (a path under the public URL, such as
/// `/roadmap/topic/http`) to HTML, natively: the build's prerender step.
/// `base` is the public URL without its trailing slash.
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub fn render_page(url: &str, base: &str) -> String {
    use leptos::prelude::*;

    web::set_base(base);
    let owner = Owner::new_root(Some(std::sync::Arc::new(
        hydration_context::SsrSharedContext::new(),
    )));
    owner.with(|| {
        router::set_prerender_path(url);
        view! { <app::App /> }.to_html()
    })
}
