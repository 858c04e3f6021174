//! Which overlay is open, and the modal frame the search palette and the
//! shortcuts overlay share.

use leptos::html;
use leptos::prelude::*;

/// Which overlay is open; shared by the header button and the global shortcuts.
#[derive(Clone, Copy)]
pub struct Dialogs {
    /// The search palette.
    pub search: RwSignal<bool>,
    /// The keyboard shortcuts overlay.
    pub shortcuts: RwSignal<bool>,
}

impl Dialogs {
    /// Both overlays closed.
    pub fn new() -> Self {
        Self {
            search: RwSignal::new(false),
            shortcuts: RwSignal::new(false),
        }
    }
}

/// The overlays' state, provided by the app.
pub fn use_dialogs() -> Dialogs {
    expect_context::<Dialogs>()
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
pub fn Modal(
    /// The dialog's element id; the heading's id is derived from it.
    id: &'static str,
    /// The heading text, which also names the dialog.
    title: &'static str,
    /// Extra class names.
    #[prop(optional)]
    class: &'static str,
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    /// Called whenever the dialog closes, however it was closed.
    #[prop(optional, into)]
    on_close: Option<Callback<()>>,
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
            on:close=move |_| {
                open.set(false);
                if let Some(on_close) = on_close {
                    on_close.run(());
                }
            }
            on:keydown=trap_tab
        >
            <div class="overlay-head">
                <h2 id=heading>{title}</h2>
                <button type="button" class="button subtle" on:click=move |_| open.set(false)>
                    "Close"
                </button>
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
