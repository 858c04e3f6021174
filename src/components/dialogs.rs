//! The search palette and the keyboard shortcuts overlay, opened from any page.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::app::use_ctx;
use crate::content::Track;
use crate::search::SearchIndex;
use crate::web;

/// Which overlay is open; shared by the header button and the global shortcuts.
#[derive(Clone, Copy)]
pub struct Dialogs {
    /// The search palette.
    pub search: RwSignal<bool>,
    /// The keyboard shortcuts overlay.
    pub shortcuts: RwSignal<bool>,
}

/// Every shortcut in the app, for the overlay: keys and what they do.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("/", "Open search"),
    ("Ctrl K or ⌘ K", "Open search, even while typing"),
    ("↑ ↓", "Move through search results"),
    ("Enter", "Open the selected topic"),
    ("Esc", "Close search or this overlay"),
    ("d", "Mark the focused topic done"),
    ("l", "Mark the focused topic learning"),
    ("s", "Mark the focused topic skipped"),
    ("r", "Reset the focused topic to pending"),
    ("← →", "Move between status options"),
    ("?", "Show these shortcuts"),
];

/// The header's search button.
#[component]
pub fn SearchButton() -> impl IntoView {
    let dialogs = expect_context::<Dialogs>();
    view! {
        <button type="button" class="button search-button" id="search-button" on:click=move |_| dialogs.search.set(true)>
            <span aria-hidden="true">"⌕"</span>
            " Search "
            <kbd aria-hidden="true">"/"</kbd>
        </button>
    }
}

/// A native modal `<dialog>` that follows `open`: the browser keeps focus inside,
/// closes it on Esc, and returns focus to where it was.
fn modal_effect(node: NodeRef<html::Dialog>, open: RwSignal<bool>) {
    Effect::new(move |_| {
        let Some(dialog) = node.get() else { return };
        if open.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
}

/// The frame both overlays share: a native modal dialog with a heading and a Close button.
#[component]
fn Modal(
    /// The dialog's element id; the heading's id is derived from it.
    id: &'static str,
    /// The heading text, which also names the dialog.
    title: &'static str,
    /// Extra class names.
    #[prop(optional)]
    class: &'static str,
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    modal_effect(node, open);
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <dialog
            node_ref=node
            class=format!("overlay {class}")
            id=id
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            on:close=move |_| open.set(false)
            on:keydown=trap_tab
        >
            <div class="overlay-head">
                <h2 id=heading>{title}</h2>
                <button type="button" class="button subtle" on:click=move |_| open.set(false)>"Close"</button>
            </div>
            {children()}
        </dialog>
    }
}

/// Keeps Tab and Shift+Tab cycling inside an open dialog instead of leaving for
/// the browser's own controls.
fn trap_tab(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Tab" {
        return;
    }
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = dialog.query_selector_all("button, input, select, textarea, a[href]") else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>())
    };
    if ev.shift_key() && at(first) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && at(last) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// Installs `/`, Ctrl/Cmd+K and `?`, and renders both overlays.
#[component]
pub fn KeyboardLayer() -> impl IntoView {
    let dialogs = expect_context::<Dialogs>();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        let command = (ev.ctrl_key() || ev.meta_key()) && key.eq_ignore_ascii_case("k");
        if command {
            ev.prevent_default();
            dialogs.shortcuts.set(false);
            dialogs.search.set(true);
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || web::is_typing_target(&ev) {
            return;
        }
        if dialogs.search.get_untracked() || dialogs.shortcuts.get_untracked() {
            return;
        }
        match key.as_str() {
            "/" => {
                ev.prevent_default();
                dialogs.search.set(true);
            }
            "?" => {
                ev.prevent_default();
                dialogs.shortcuts.set(true);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <SearchDialog/>
        <ShortcutsDialog/>
    }
}

#[component]
fn ShortcutsDialog() -> impl IntoView {
    let dialogs = expect_context::<Dialogs>();
    let rows = SHORTCUTS
        .iter()
        .map(|(keys, what)| view! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> })
        .collect_view();
    view! {
        <Modal id="shortcuts-dialog" title="Keyboard shortcuts" open=dialogs.shortcuts>
            <table class="shortcuts"><tbody>{rows}</tbody></table>
        </Modal>
    }
}

#[component]
fn SearchDialog() -> impl IntoView {
    let ctx = use_ctx();
    let dialogs = expect_context::<Dialogs>();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    // Built on first use, not at start-up, and again only when the track changes.
    let index = StoredValue::new_local(None::<SearchIndex<'static>>);
    let ensure_index = move |track: Track| {
        let stale = index.with_value(|i| i.as_ref().is_none_or(|i| i.track() != track));
        if stale {
            index.set_value(Some(SearchIndex::new(ctx.catalog, track)));
        }
    };
    // The hits for the current query, paired with that query so that the list
    // (and its data-query attribute, which the benchmark waits on) follow every keystroke.
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() || !dialogs.search.get() {
            return (q, Vec::new());
        }
        ensure_index(ctx.track());
        let ids = index.with_value(|i| {
            i.as_ref()
                .map(|i| {
                    i.search(&q, 12)
                        .into_iter()
                        .map(|h| h.topic_id)
                        .collect::<Vec<&'static str>>()
                })
                .unwrap_or_default()
        });
        (q, ids)
    });
    let results = Memo::new(move |_| hits.with(|(_, ids)| ids.clone()));
    // Each opening starts empty; `autofocus` on the input lets showModal() put
    // the caret there.
    Effect::new(move |_| {
        if dialogs.search.get() {
            query.set(String::new());
            active.set(0);
        }
    });
    let navigate = use_navigate();
    let open_topic = move |id: &str| {
        dialogs.search.set(false);
        navigate(
            &web::href(&format!("/topic/{id}")),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    let open_active = {
        let open_topic = open_topic.clone();
        move || {
            if let Some(id) = results.with_untracked(|r| r.get(active.get_untracked()).copied()) {
                open_topic(id);
            }
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = results.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                ev.prevent_default();
                open_active();
            }
            _ => {}
        }
    };
    let option = move |(i, id): (usize, &'static str)| {
        let topic = ctx.catalog.topic(id);
        let title = topic
            .map(|t| t.title_for(ctx.track()).to_owned())
            .unwrap_or_default();
        let plan = ctx.plan();
        let stage = ctx
            .catalog
            .stage_of(plan, id)
            .map(|(n, s)| format!("Stage {}: {}", n + 1, s.title))
            .unwrap_or_else(|| "Not in this plan".to_owned());
        let status = ctx.with_progress_untracked(|p| p.status(id));
        let open_topic = open_topic.clone();
        view! {
            <li
                role="option"
                id=format!("search-option-{i}")
                class="search-option"
                aria-selected=move || (active.get() == i).to_string()
                on:mousedown=move |ev| ev.prevent_default()
                on:click=move |_| open_topic(id)
            >
                <span class="search-title">{title}</span>
                <span class="search-meta">
                    <span>{stage}</span>
                    " · "
                    <span class=format!("search-status status-{}", status.id())>{status.icon()} " " {status.label()}</span>
                </span>
            </li>
        }
    };
    view! {
        <Modal id="search-dialog" title="Search topics" class="search-dialog" open=dialogs.search>
            <input
                id="search-input"
                autofocus
                type="search"
                role="combobox"
                aria-label="Search topics"
                aria-expanded=move || (!results.with(Vec::is_empty)).to_string()
                aria-controls="search-results"
                aria-autocomplete="list"
                aria-activedescendant=move || (!results.with(Vec::is_empty)).then(|| format!("search-option-{}", active.get()))
                autocomplete="off"
                placeholder="Try “postgres”, “jwt” or “kubernets”"
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                }
                on:keydown=on_key
            />
            <ul
                role="listbox"
                id="search-results"
                aria-label="Matching topics"
                class="search-results"
                data-query=move || hits.with(|(q, _)| q.clone())
            >
                {move || results.get().into_iter().enumerate().map(option.clone()).collect_view()}
            </ul>
            <p class="hint" role="status">{move || {
                let n = results.with(Vec::len);
                if query.with(|q| q.trim().is_empty()) {
                    "Type to search titles, key concepts and summaries.".to_owned()
                } else if n == 0 {
                    "No topic matches.".to_owned()
                } else {
                    format!("{n} result{}. Use the arrow keys and Enter.", if n == 1 { "" } else { "s" })
                }
            }}</p>
        </Modal>
    }
}
