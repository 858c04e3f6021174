//! Client-side routing in a few dozen lines: the page's path under the public
//! base is a signal, in-app link clicks change it with `history.pushState`,
//! and back/forward (`popstate`) read it again. It replaces leptos_router,
//! which cost about 35 KB of the wasm after brotli (110 KB raw) for the little
//! the app used: ten fixed routes, one `:id` parameter and one programmatic
//! navigation. The link rules, the one ignored trailing slash and the scroll
//! after a navigation are leptos_router 0.8's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::web;

/// Which page a path shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The dated timeline of the selected plan.
    Home,
    /// A stage, by id.
    Stage,
    /// A topic, by id.
    Topic,
    /// Every topic of the plan.
    Topics,
    /// The plans side by side.
    Compare,
    /// The career figures.
    Outlook,
    /// Export, import, share, reset.
    Data,
    /// A share link.
    Shared,
    /// Study settings.
    Settings,
    /// Self-check review.
    Review,
    /// The selected plan as a map.
    Map,
    /// Progress over time: burn-up and activity.
    Progress,
    /// The learner's own plans: create, import, export, share, delete.
    Plans,
    /// One of the learner's plans in the editor, by id.
    PlanEditor,
    /// A plan someone shared by link.
    PlanLink,
    /// Any other path.
    NotFound,
}

/// The path under the base (`/stage/x`), `None` when the page's path lies
/// outside the base.
#[cfg(target_arch = "wasm32")]
fn current_path() -> Option<String> {
    let path = window().location().pathname().ok()?;
    path.strip_prefix(web::base()).map(str::to_owned)
}

thread_local! {
    /// The path the prerender is rendering (natively there is no location to read).
    static PRERENDER_PATH: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets the path the prerender renders next: a full path such as `/roadmap/topic/http`.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_prerender_path(full_path: &str) {
    let path = full_path.strip_prefix(web::base()).map(str::to_owned);
    PRERENDER_PATH.with_borrow_mut(|p| *p = path);
}

/// The path under the base that the prerender is rendering.
#[cfg(not(target_arch = "wasm32"))]
fn current_path() -> Option<String> {
    PRERENDER_PATH.with_borrow(Clone::clone)
}

/// The page for `path` and its `:id` parameter; one trailing slash is ignored,
/// as leptos_router did.
pub fn resolve(path: Option<&str>) -> (Page, &str) {
    let Some(path) = path else {
        return (Page::NotFound, "");
    };
    let path = path.strip_suffix('/').unwrap_or(path);
    let mut parts = path.strip_prefix('/').unwrap_or(path).split('/');
    let page = match (parts.next(), parts.next(), parts.next()) {
        (Some(""), None, _) => Page::Home,
        (Some("stage"), Some(id), None) if !id.is_empty() => return (Page::Stage, id),
        (Some("topic"), Some(id), None) if !id.is_empty() => return (Page::Topic, id),
        (Some("topics"), None, _) => Page::Topics,
        (Some("compare"), None, _) => Page::Compare,
        (Some("outlook"), None, _) => Page::Outlook,
        (Some("data"), None, _) => Page::Data,
        (Some("shared"), None, _) => Page::Shared,
        (Some("settings"), None, _) => Page::Settings,
        (Some("review"), None, _) => Page::Review,
        (Some("map"), None, _) => Page::Map,
        (Some("progress"), None, _) => Page::Progress,
        (Some("plans"), None, _) => Page::Plans,
        (Some("plans"), Some(id), None) if !id.is_empty() => return (Page::PlanEditor, id),
        (Some("plan-link"), None, _) => Page::PlanLink,
        _ => Page::NotFound,
    };
    (page, "")
}

/// The router's state, provided as context.
#[derive(Clone, Copy)]
pub struct Router {
    /// The path under the base (`/stage/x`), `None` outside the base.
    pub path: RwSignal<Option<String>>,
    /// The page: changes only when the route does, not when its id does, so a
    /// page stays mounted while it moves from one stage or topic to another.
    pub page: Memo<Page>,
    /// The `:id` of a stage or topic route, empty otherwise.
    pub id: Memo<String>,
}

impl Router {
    /// Reads the location and starts listening to link clicks and history moves.
    pub fn start() -> Router {
        let path = RwSignal::new(current_path());
        let router = Router {
            path,
            page: Memo::new(move |_| path.with(|p| resolve(p.as_deref()).0)),
            id: Memo::new(move |_| path.with(|p| resolve(p.as_deref()).1.to_owned())),
        };
        let popstate = window_event_listener_untyped("popstate", move |_| path.set(current_path()));
        let click = window_event_listener_untyped("click", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
                router.follow_link(ev);
            }
        });
        // Both listeners live as long as the app.
        std::mem::forget((popstate, click));
        provide_context(router);
        router
    }

    /// Takes over a click on an in-app link, under the same rules as
    /// leptos_router: a plain left click on an anchor with an `href`, no
    /// `target`, `download` or `rel="external"`, to this origin and base.
    /// HTML and SVG anchors alike (the map's topics are SVG links): the
    /// `href` is resolved against the document's base URL.
    fn follow_link(&self, ev: &web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return;
        }
        let path = ev.composed_path();
        let Some((a, href)) = (0..path.length()).rev().find_map(|i| {
            let el = path.get(i).dyn_into::<web_sys::Element>().ok()?;
            let href = (el.local_name() == "a").then(|| el.get_attribute("href"))??;
            Some((el, href))
        }) else {
            return;
        };
        let base = document().base_uri().ok().flatten().unwrap_or_default();
        let Ok(url) = web_sys::Url::new_with_base(&href, &base) else {
            return;
        };
        // A link to a spot on this page ("#main"): the `<base>` element would
        // resolve it against the app's root and leave the page, so it scrolls
        // and moves focus here instead.
        if href.starts_with('#') {
            ev.prevent_default();
            let hash = url.hash();
            if let Ok(history) = window().history() {
                let here = window().location().pathname().unwrap_or_default();
                let search = window().location().search().unwrap_or_default();
                let to = format!("{here}{search}{hash}");
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&to));
            }
            if let Some(el) = document().get_element_by_id(hash.trim_start_matches('#')) {
                el.scroll_into_view();
                if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            return;
        }
        let external = a
            .get_attribute("rel")
            .is_some_and(|rel| rel.split([' ', '\t']).any(|p| p == "external"));
        let target = a.get_attribute("target").is_some_and(|t| !t.is_empty());
        if target || a.has_attribute("download") || external {
            return;
        }
        let pathname = url.pathname();
        let origin = window().location().origin().unwrap_or_default();
        if url.origin() != origin || (!web::base().is_empty() && !pathname.starts_with(web::base())) {
            return;
        }
        ev.prevent_default();
        let scroll = !a.has_attribute("noscroll") && !a.has_attribute("data-noscroll");
        self.go(&format!("{pathname}{}{}", url.search(), url.hash()), scroll);
    }

    /// Shows `to` (a full path: base, path, query, fragment), adding a history
    /// entry unless it is already the current one.
    pub fn navigate(&self, to: &str) {
        self.go(to, true);
    }

    fn go(&self, to: &str, scroll: bool) {
        let location = window().location();
        let here = format!(
            "{}{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default()
        );
        if here != to {
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to));
            }
        }
        self.path.set(current_path());
        // After the new page has rendered: to the fragment's element, else to the top.
        request_animation_frame(move || scroll_to_fragment(scroll));
    }
}

fn scroll_to_fragment(scroll_to_top: bool) {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        let id = js_sys::decode_uri(id)
            .ok()
            .and_then(|d| d.as_string())
            .unwrap_or_else(|| id.to_owned());
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            return;
        }
    }
    if scroll_to_top {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The router the app started.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
