//! The keyboard shortcuts, all from one list: the global keys, the `?`
//! overlay that lists them, and the hint beside every list of topics.

use leptos::prelude::*;

use crate::components::dialogs::{use_dialogs, Modal};
use crate::components::search::SearchDialog;
use crate::progress::Status;
use crate::web;

/// Opens search from anywhere but a text field.
pub const SEARCH_KEY: &str = "/";
/// Opens the shortcuts overlay.
const HELP_KEY: &str = "?";

/// The status keys in the order hints name them: the common ones first.
const STATUS_KEYS: [Status; 4] = [
    Status::Done,
    Status::Learning,
    Status::Skipped,
    Status::Pending,
];

/// Every shortcut in the app, for the overlay: keys and what they do.
fn shortcut_rows() -> Vec<(String, String)> {
    let fixed = |keys: &str, what: &str| (keys.to_owned(), what.to_owned());
    let mut rows = vec![
        fixed(SEARCH_KEY, "Open search"),
        fixed("Ctrl K or ⌘ K", "Open search, even while typing"),
        fixed("↑ ↓", "Move through search results"),
        fixed("Enter", "Open the selected topic"),
        fixed("Esc", "Close search or this overlay"),
    ];
    rows.extend(STATUS_KEYS.map(|status| {
        let what = format!("Mark the focused topic {}", status.label().to_lowercase());
        (status.shortcut().to_string(), what)
    }));
    rows.push(fixed("← →", "Move between status options"));
    rows.push(fixed("← → ↑ ↓", "Move between topics on the map"));
    rows.push(fixed("Space", "Show the answer of a self-check question"));
    rows.push(fixed("1 2 3 4", "Rate it Again, Hard, Good or Easy"));
    rows.push(fixed(HELP_KEY, "Show these shortcuts"));
    rows
}

/// "Choose a status, or focus a topic and press d done, l learning, s skipped or r pending."
#[component]
pub fn StatusKeysHint() -> impl IntoView {
    let last = STATUS_KEYS.len() - 1;
    let keys = STATUS_KEYS
        .iter()
        .enumerate()
        .map(|(i, status)| {
            let before = match i {
                0 => "",
                i if i == last => " or ",
                _ => ", ",
            };
            let word = status.label().to_lowercase();
            view! {
                {before}
                <kbd>{status.shortcut().to_string()}</kbd>
                " "
                {word}
            }
        })
        .collect_view();
    view! { <p class="hint">"Choose a status, or focus a topic and press " {keys} "."</p> }
}

/// Installs `/`, Ctrl/Cmd+K and `?`, and renders both overlays once first opened.
#[component]
pub fn KeyboardLayer() -> impl IntoView {
    let dialogs = use_dialogs();
    web::on_window(leptos::ev::keydown, move |ev| {
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
        let overlay = match key.as_str() {
            SEARCH_KEY => dialogs.search,
            HELP_KEY => dialogs.shortcuts,
            _ => return,
        };
        ev.prevent_default();
        overlay.set(true);
    });
    // An overlay is built the first time it opens, not at start-up, and then
    // kept: nothing hidden costs the first render.
    let opened_once = |open: RwSignal<bool>| {
        Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || open.get())
    };
    let (search_wanted, shortcuts_wanted) =
        (opened_once(dialogs.search), opened_once(dialogs.shortcuts));
    view! {
        <Show when=move || search_wanted.get()>
            <SearchDialog />
        </Show>
        <Show when=move || shortcuts_wanted.get()>
            <ShortcutsDialog />
        </Show>
    }
}

/// The `?` overlay: every shortcut in a table.
#[component]
fn ShortcutsDialog() -> impl IntoView {
    let dialogs = use_dialogs();
    let rows = shortcut_rows()
        .into_iter()
        .map(|(keys, what)| {
            view! {
                <tr>
                    <th scope="row">
                        <kbd>{keys}</kbd>
                    </th>
                    <td>{what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Modal id="shortcuts-dialog" title="Keyboard shortcuts" open=dialogs.shortcuts>
            <table class="shortcuts">
                <tbody>{rows}</tbody>
            </table>
        </Modal>
    }
}
