//! The search palette (`/`, Ctrl+K) and the header button that opens it.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx};
use crate::components::dialogs::{use_dialogs, Modal};
use crate::components::shortcuts::SEARCH_KEY;
use crate::content::Track;
use crate::search::SearchIndex;
use crate::web;

/// Hits shown at most.
const MAX_HITS: usize = 12;

/// The header's search button.
#[component]
pub fn SearchButton() -> impl IntoView {
    let dialogs = use_dialogs();
    view! {
        <button
            type="button"
            class="button search-button"
            id="search-button"
            on:click=move |_| dialogs.search.set(true)
        >
            <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true">
                <circle cx="8.5" cy="8.5" r="5.5" />
                <line x1="12.6" y1="12.6" x2="17" y2="17" />
            </svg>
            <span class="search-label">"Search"</span>
            <kbd aria-hidden="true">{SEARCH_KEY}</kbd>
        </button>
    }
}

/// What the palette shows: the query, the highlighted option, and the hits.
#[derive(Clone, Copy)]
struct Palette {
    query: RwSignal<String>,
    /// Position of the highlighted option.
    active: RwSignal<usize>,
    /// The hits for the current query, paired with that query, so that the list
    /// (and its `data-query` attribute, which the benchmark waits on) follows
    /// every keystroke.
    hits: Memo<(String, Vec<&'static str>)>,
    /// The topic ids of the hits.
    results: Memo<Vec<&'static str>>,
}

impl Palette {
    /// An empty palette that searches while `open`.
    fn new(ctx: Ctx, open: RwSignal<bool>) -> Self {
        let query = RwSignal::new(String::new());
        // Built on first use, not at start-up, and again only when the track changes.
        let index = StoredValue::new_local(None::<SearchIndex<'static>>);
        let search = move |q: &str, track: Track| {
            let stale = index.with_value(|i| i.as_ref().is_none_or(|i| i.track() != track));
            if stale {
                index.set_value(Some(SearchIndex::new(ctx.catalog, track)));
            }
            index.with_value(|i| {
                let hits = i
                    .as_ref()
                    .map(|i| i.search(q, MAX_HITS))
                    .unwrap_or_default();
                hits.into_iter().map(|h| h.topic_id).collect::<Vec<_>>()
            })
        };
        let hits = Memo::new(move |_| {
            let q = query.get();
            if q.trim().is_empty() || !open.get() {
                return (q, Vec::new());
            }
            let ids = search(&q, ctx.track());
            (q, ids)
        });
        Palette {
            query,
            active: RwSignal::new(0),
            hits,
            results: Memo::new(move |_| hits.with(|(_, ids)| ids.clone())),
        }
    }

    /// Back to an empty query, ready for the next opening.
    fn clear(&self) {
        self.query.set(String::new());
        self.active.set(0);
    }

    /// Moves the highlight `step` options down (up when negative), wrapping around.
    fn move_by(&self, step: isize) {
        let n = self.results.with_untracked(Vec::len);
        if n > 0 {
            let n = n as isize;
            self.active
                .update(|a| *a = (*a as isize + step).rem_euclid(n) as usize);
        }
    }

    /// The highlighted topic's id.
    fn active_id(&self) -> Option<&'static str> {
        let active = self.active.get_untracked();
        self.results.with_untracked(|r| r.get(active).copied())
    }

    /// What the status line under the list says.
    fn hint(&self) -> String {
        let n = self.results.with(Vec::len);
        if self.query.with(|q| q.trim().is_empty()) {
            "Type to search titles, key concepts and summaries.".to_owned()
        } else if n == 0 {
            "No topic matches.".to_owned()
        } else {
            let s = if n == 1 { "" } else { "s" };
            format!("{n} result{s}. Use the arrow keys and Enter.")
        }
    }
}

/// Closes the palette and opens a topic's page.
fn topic_opener(open: RwSignal<bool>) -> impl Fn(&'static str) + Clone + Send + Sync + 'static {
    let router = crate::router::use_router();
    move |id| {
        open.set(false);
        router.navigate(&web::href(&format!("/topic/{id}")));
    }
}

/// The search palette: a combobox over the topics of the learner's track.
#[component]
pub fn SearchDialog() -> impl IntoView {
    let ctx = use_ctx();
    let open = use_dialogs().search;
    let palette = Palette::new(ctx, open);
    let open_topic = topic_opener(open);
    // Each opening starts empty; `autofocus` on the input lets showModal() put
    // the caret there.
    let clear = Callback::new(move |()| palette.clear());
    view! {
        <Modal id="search-dialog" title="Search topics" class="search-dialog" open on_close=clear>
            <SearchInput palette open_topic=open_topic.clone() />
            <SearchResults palette open_topic />
            <p class="hint" role="status">
                {move || palette.hint()}
            </p>
        </Modal>
    }
}

/// The query field; arrows move the highlight and Enter opens it.
#[component]
fn SearchInput(
    palette: Palette,
    open_topic: impl Fn(&'static str) + Send + Sync + 'static,
) -> impl IntoView {
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let has_results = palette.results.with_untracked(|r| !r.is_empty());
        match ev.key().as_str() {
            "ArrowDown" if has_results => palette.move_by(1),
            "ArrowUp" if has_results => palette.move_by(-1),
            "Enter" => {
                if let Some(id) = palette.active_id() {
                    open_topic(id);
                }
            }
            _ => return,
        }
        ev.prevent_default();
    };
    let expanded = move || palette.results.with(|r| !r.is_empty());
    view! {
        <input
            id="search-input"
            autofocus
            type="search"
            role="combobox"
            aria-label="Search topics"
            aria-expanded=move || expanded().to_string()
            aria-controls="search-results"
            aria-autocomplete="list"
            aria-activedescendant=move || {
                expanded().then(|| format!("search-option-{}", palette.active.get()))
            }
            autocomplete="off"
            placeholder="Try “postgres”, “jwt” or “kubernets”"
            prop:value=move || palette.query.get()
            on:input=move |ev| {
                palette.query.set(event_target_value(&ev));
                palette.active.set(0);
            }
            on:keydown=on_key
        />
    }
}

/// The list of hits.
#[component]
fn SearchResults(
    palette: Palette,
    open_topic: impl Fn(&'static str) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let options = move || {
        let ids = palette.results.get();
        ids.into_iter()
            .enumerate()
            .map(|(index, id)| {
                let open_topic = open_topic.clone();
                view! { <SearchOption index id palette open_topic /> }
            })
            .collect_view()
    };
    view! {
        <ul
            role="listbox"
            id="search-results"
            aria-label="Matching topics"
            class="search-results"
            data-query=move || palette.hits.with(|(q, _)| q.clone())
        >
            {options}
        </ul>
    }
}

/// One hit: the topic's title, its stage in the selected plan, and its status.
#[component]
fn SearchOption(
    index: usize,
    id: &'static str,
    palette: Palette,
    open_topic: impl Fn(&'static str) + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_ctx();
    let title = ctx
        .catalog
        .topic(id)
        .map(|t| t.title_for(ctx.track()).to_owned())
        .unwrap_or_default();
    let stage = ctx
        .catalog
        .stage_of(ctx.plan(), id)
        .map(|(n, s)| format!("Stage {}: {}", n + 1, s.title))
        .unwrap_or_else(|| "Not in this plan".to_owned());
    let status = ctx.with_progress_untracked(|p| p.status(id));
    view! {
        <li
            role="option"
            id=format!("search-option-{index}")
            class="search-option"
            aria-selected=move || (palette.active.get() == index).to_string()
            on:mousedown=move |ev| ev.prevent_default()
            on:click=move |_| open_topic(id)
        >
            <span class="search-title">{title}</span>
            <span class="search-meta">
                <span>{stage}</span>
                " · "
                <span class=format!(
                    "search-status status-{}",
                    status.id(),
                )>{status.icon()} " " {status.label()}</span>
            </span>
        </li>
    }
}
