//! Small browser helpers: time, the public path, the document title, downloads.

use std::sync::OnceLock;

use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch, from the browser's clock.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Milliseconds since the Unix epoch, from the build machine's clock (prerender).
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Today's local date as YYYY-MM-DD.
pub fn today_iso() -> String {
    iso_date(&js_sys::Date::new_0())
}

/// Today in the learner's time zone (as the build sees it, UTC, in the prerender).
pub fn today() -> crate::date::Date {
    local_day(now_ms())
}

/// The local date of a moment in milliseconds since the epoch, as YYYY-MM-DD.
pub fn local_date(at: u64) -> String {
    iso_date(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at as f64,
    )))
}

fn iso_date(d: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The current time as an ISO 8601 string.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

static BASE: OnceLock<String> = OnceLock::new();

/// The path the app is served under, without a trailing slash ("" at the root).
///
/// trunk writes the public URL into `<base href>`; reading it at run time lets
/// one build work under whatever sub-path it was built for.
pub fn base() -> &'static str {
    if cfg!(not(target_arch = "wasm32")) {
        return BASE.get().map_or("", String::as_str);
    }
    BASE.get_or_init(|| {
        let href = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base").ok().flatten())
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_default();
        href.trim_end_matches('/').to_owned()
    })
}

/// Sets the public path for the prerender, which has no `<base>` to read.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base(base: &str) {
    let _ = BASE.set(base.trim_end_matches('/').to_owned());
}

/// An in-app link: `path` starts with `/` and is relative to the app's root.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// Sets the document title as "`page` · Backend Roadmap".
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&crate::routes::document_title(page));
    }
}

/// Offers `text` to the learner as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("The browser refused to create {filename}.");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document.")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    // `rel=external` keeps the router from treating the click as navigation.
    a.set_rel("external");
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Listens to `event` on the window until the calling component's owner is
/// cleaned up (for the app's own listeners, when the page closes). The one way
/// the app attaches window listeners.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: JsCast,
{
    let handle = leptos::prelude::window_event_listener(event, handler);
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Whether a keyboard event comes from a field where typing must not trigger shortcuts.
pub fn is_typing_target(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            let input_type = el.get_attribute("type").unwrap_or_default();
            tag == "textarea"
                || tag == "select"
                || (tag == "input"
                    && !matches!(input_type.as_str(), "radio" | "checkbox" | "button"))
                || el.has_attribute("contenteditable")
        })
}

/// The build's version, stamped into `<meta name="app-version">` after the release build.
pub fn app_version() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        // The prerendered footer shows the crate's version; the app shows the build's.
        return env!("CARGO_PKG_VERSION").to_owned();
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='app-version']").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .filter(|v| !v.starts_with("__"))
        .unwrap_or_else(|| "development".to_owned())
}

/// Whether `sw-register.js` has already found a new version waiting
/// (`window.appUpdateReady`), which it may do before the app listens.
pub fn update_ready() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"appUpdateReady".into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}

/// Activates the waiting new version (see `assets/sw-register.js`), which reloads the page.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let apply = js_sys::Reflect::get(&window, &"applyUpdate".into()).ok();
    match apply.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        Some(f) => {
            let _ = f.call0(&window);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}

/// The date of a moment, as the build sees it (UTC; the prerender shows no reviews).
#[cfg(not(target_arch = "wasm32"))]
pub fn local_day(at: u64) -> crate::date::Date {
    crate::date::Date::from_days((at / 86_400_000) as i64)
}

/// Today's bounds as the build sees them (UTC).
#[cfg(not(target_arch = "wasm32"))]
pub fn today_bounds_ms() -> (u64, u64) {
    let start = now_ms() / 86_400_000 * 86_400_000;
    (start, start + 86_400_000)
}

/// The learner's local date of a moment in milliseconds since the epoch.
#[cfg(target_arch = "wasm32")]
pub fn local_day(at: u64) -> crate::date::Date {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    crate::date::Date::new(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or_else(|| crate::date::Date::from_days((at / 86_400_000) as i64))
}

/// The first millisecond of the learner's local today, and of local tomorrow.
#[cfg(target_arch = "wasm32")]
pub fn today_bounds_ms() -> (u64, u64) {
    let d = js_sys::Date::new_0();
    d.set_hours(0);
    d.set_minutes(0);
    d.set_seconds(0);
    d.set_milliseconds(0);
    let start = d.get_time().max(0.0) as u64;
    d.set_date(d.get_date() + 1);
    (start, d.get_time().max(0.0) as u64)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (web-sys has it only behind its unstable flag).
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, wasm_bindgen::JsValue>;

    /// The browser's `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, wasm_bindgen::JsValue>;
}

/// `bytes` through a compression or decompression stream (a readable and a writable side).
async fn through(
    bytes: &[u8],
    pair: web_sys::ReadableWritablePair,
) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// `text` compressed with raw deflate by the browser; `None` if it cannot.
pub async fn deflate(text: &str) -> Option<Vec<u8>> {
    let pair = Compressor::new("deflate-raw").ok()?.unchecked_into();
    through(text.as_bytes(), pair).await.ok()
}

/// Raw deflate data back to text; `None` when it is damaged or not UTF-8.
pub async fn inflate(bytes: &[u8]) -> Option<String> {
    let pair = Decompressor::new("deflate-raw").ok()?.unchecked_into();
    String::from_utf8(through(bytes, pair).await.ok()?).ok()
}

/// The page's origin (`https://example.org`), for links to copy.
pub fn origin() -> String {
    leptos::prelude::window().location().origin().unwrap_or_default()
}

/// The value of the form field (input, select or textarea) with `id`; empty
/// when there is none. Forms read their fields once, on submit, rather than
/// binding a signal to each.
pub fn field_value(id: &str) -> String {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Empties the form fields with these ids.
pub fn clear_fields(ids: &[String]) {
    for id in ids {
        if let Some(el) = leptos::prelude::document().get_element_by_id(id) {
            let _ = js_sys::Reflect::set(&el, &"value".into(), &"".into());
        }
    }
}

/// Whether the checkbox with `id` is checked.
pub fn is_checked(id: &str) -> bool {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| js_sys::Reflect::get(&el, &"checked".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The button carrying a `data-act` that a click landed on or inside: lists
/// of like buttons share one handler on their container, which reads what to
/// do from the button (`data-act`) and on what (`data-…`).
pub fn action_target(ev: &web_sys::MouseEvent) -> Option<web_sys::Element> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("button[data-act]")
        .ok()
        .flatten()
}
