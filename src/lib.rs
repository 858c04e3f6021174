//! Backend Roadmap: an offline-first study companion for backend developers.
//!
//! The pure modules (`content`, `progress`) build and test natively; everything
//! that touches the browser is compiled for `wasm32` only.

pub mod content;
pub mod date;
pub mod progress;
pub mod routes;
pub mod schedule;
pub mod search;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod persistence;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod web;

/// Mounts the app into the page's body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    // The static loading shell in index.html has done its job.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
