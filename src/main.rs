//! Entry point: mounts the app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    backend_roadmap::start();
}

/// The app runs only in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Backend Roadmap runs in the browser: build it with `trunk build` or `make serve`.");
}
