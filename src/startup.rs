//! What the start-up (`boot`) defers: parts of pages built in later tasks,
//! and work that needs the page on screen. While the app starts it builds the
//! page off the document, over several tasks; once the page is on screen
//! (and natively, in the prerender) nothing waits.

use std::cell::RefCell;
use std::collections::VecDeque;

use leptos::prelude::*;

/// Work to run later, once.
type Work = Box<dyn FnOnce()>;

thread_local! {
    /// Work that needs the app's page on screen, waiting for the start-up to
    /// put it there; `None` once it is.
    static UNTIL_ON_SCREEN: RefCell<Option<Vec<Work>>> =
        RefCell::new(cfg!(target_arch = "wasm32").then(Vec::new));
    /// Parts of the page to build, each in a task of its own, before it goes on screen.
    static LATER: RefCell<VecDeque<Work>> = const { RefCell::new(VecDeque::new()) };
}

/// Whether the start-up is still building the page.
fn starting() -> bool {
    UNTIL_ON_SCREEN.with_borrow(Option::is_some)
}

/// Runs `work` now if the app's page is on screen, else once it is: the
/// start-up builds the page off the document, where nothing has a size yet.
pub fn when_on_screen(work: impl FnOnce() + 'static) {
    if starting() {
        UNTIL_ON_SCREEN.with_borrow_mut(|waiting| waiting.get_or_insert_default().push(Box::new(work)));
    } else {
        work();
    }
}

/// Marks the app's page as on screen and runs the work that waited for it.
pub fn on_screen() {
    let waiting = UNTIL_ON_SCREEN.with_borrow_mut(Option::take);
    for work in waiting.unwrap_or_default() {
        work();
    }
}

/// The next part of the page the start-up builds in a task of its own.
pub fn next_part() -> Option<impl FnOnce()> {
    LATER.with_borrow_mut(VecDeque::pop_front)
}

/// Shows its children after the rest of the page: while the app starts, they
/// are built in a task of their own, so that no task of the start-up blocks
/// the page for long; at any other time, and in the prerender, at once. For
/// what lies below the fold, or what can wait a task.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(!starting());
    if !ready.get_untracked() {
        LATER.with_borrow_mut(|later| later.push_back(Box::new(move || ready.set(true))));
    }
    move || ready.get().then(|| children())
}

/// `render` of each of `items` (with its position): the first `now` at once,
/// the others in one [`Later`] part. For long lists of which a phone first
/// shows only the start.
pub fn first_now<T, V>(
    mut items: Vec<T>,
    now: usize,
    render: impl Fn(usize, T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let rest = items.split_off(now.min(items.len()));
    let offset = items.len();
    let first = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| render(i, item))
        .collect_view();
    view! {
        {first}
        <Later>
            {rest
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, item)| render(offset + i, item))
                .collect_view()}
        </Later>
    }
}
