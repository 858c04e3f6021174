//! The root component: shared context, layout, routes, persistence wiring.

use leptos::prelude::*;

use crate::components::dialogs::Dialogs;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::components::shortcuts::KeyboardLayer;
use crate::content::{Catalog, ContentError, Plan, Stage, Topic, Track};
use crate::own_plans::{Installer, OwnPlan};
use crate::pages::{
    all_topics::AllTopicsPage, compare::ComparePage, data::DataPage, home::HomePage, map::MapPage,
    progress::ProgressPage,
    not_found::NotFoundPage, outlook::OutlookPage, plan_editor::PlanEditorPage, plan_link::PlanLinkPage, plans::PlansPage, review::ReviewPage, settings::SettingsPage, shared::SharedPage,
    stage::StagePage, topic::TopicPage,
};
use crate::persistence;
use crate::progress::{self, Millis, Progress, Theme};
use crate::review::deck::{due_queue, ReviewCard};
use crate::router::{Page, Router};
use crate::storage::{self, StorageIssue};
use crate::web;

/// What a notice offers besides dismissal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    /// Nothing more.
    None,
    /// Download (or delete) the unreadable stored data.
    Backup,
    /// Reload into the new version that is waiting.
    Update,
}

/// A message shown at the top of every page until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Distinguishes notices for dismissal.
    pub id: u32,
    /// What the notice offers.
    pub action: NoticeAction,
    /// What to tell the learner.
    pub text: String,
}

/// State shared by every page.
///
/// The context is the only writer of progress: the signal is private, views
/// read it through [`Ctx::with_progress`] and change it through [`Ctx::update`]
/// (one stamped edit) or [`Ctx::apply`] (a whole-progress operation from
/// `progress`, such as reset or replace).
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The content, parsed once at start and never changed.
    pub catalog: &'static Catalog,
    /// The learner's progress: the one piece of state that persists.
    progress: RwSignal<Progress>,
    /// Messages for the learner.
    pub notices: RwSignal<Vec<Notice>>,
    /// The language track, derived once so that a status change does not
    /// rerun everything that shows track-specific text.
    track: Memo<Track>,
    /// The selected plan, derived for the same reason: views that follow the
    /// plan must not rerun on every status change.
    selected: Memo<PlanRef>,
    /// Counts installs of the learner's own plans into the catalog's overlay;
    /// reading it first makes sure the overlay matches progress.
    own: Memo<u32>,
    /// How many self-check questions are due today: one memo for the header
    /// and the review page, so that an edit recounts once.
    pub due_count: Memo<usize>,
}

impl Ctx {
    /// The context over `initial` progress.
    fn new(catalog: &'static Catalog, initial: Progress) -> Ctx {
        let progress = RwSignal::new(initial);
        let own = own_plans_overlay(catalog, progress);
        let selected = Memo::new(move |_| {
            let _ = own.get();
            progress.with(|p| PlanRef(catalog.plan(&p.settings.plan).unwrap_or(catalog.canonical())))
        });
        let due_count = Memo::new(move |_| {
            let (start, end) = web::today_bounds_ms();
            progress.with(|p| due_queue(catalog, p, end - 1, start).len())
        });
        Ctx {
            catalog,
            progress,
            due_count,
            notices: RwSignal::new(Vec::new()),
            track: Memo::new(move |_| progress.with(|p| p.settings.track)),
            selected,
            own,
        }
    }

    /// Reads progress, subscribing the caller to its changes.
    pub fn with_progress<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(read)
    }

    /// Today's review queue, at the current time.
    pub fn todays_queue(&self) -> Vec<ReviewCard<'static>> {
        let (start, end) = web::today_bounds_ms();
        self.with_progress(|p| due_queue(self.catalog, p, end - 1, start))
    }

    /// Reads progress without subscribing.
    pub fn with_progress_untracked<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with_untracked(read)
    }

    /// Changes progress, stamping the change with the current time.
    pub fn update(&self, edit: impl FnOnce(&mut Progress, Millis)) {
        let now = web::now_ms();
        self.progress.update(|p| edit(p, now));
    }

    /// Changes one of the learner's plans, stamping it when `change` says it
    /// changed; false when the plan is gone or nothing changed.
    pub fn edit_plan(&self, id: &str, change: impl FnOnce(&mut OwnPlan) -> bool) -> bool {
        let mut changed = false;
        self.update(|p, now| {
            if let Some(plan) = p.plans.get_mut(id).filter(|plan| !plan.deleted) {
                if change(plan) {
                    plan.at = now;
                    changed = true;
                }
            }
        });
        changed
    }

    /// Replaces progress with the result of a whole-progress operation made now;
    /// returns the states just before and just after it (what undo needs).
    pub fn apply(
        &self,
        operation: impl FnOnce(&Progress, Millis) -> Progress,
    ) -> (Progress, Progress) {
        let before = self.progress.get_untracked();
        let after = operation(&before, web::now_ms());
        self.progress.set(after.clone());
        (before, after)
    }

    /// Merges what another tab stored; nothing changes (or is written back)
    /// when this tab already has it all.
    pub fn merge_from_other_tab(&self, theirs: &Progress) {
        let merged = self
            .progress
            .with_untracked(|ours| progress::merge(ours, theirs));
        if self.progress.with_untracked(|ours| *ours != merged) {
            self.progress.set(merged);
        }
    }

    /// The selected plan (the canonical one when the stored id is unknown).
    pub fn plan(&self) -> &'static Plan {
        self.selected.get().0
    }

    /// The learner's own plans, as content.
    pub fn own_plans(&self) -> Vec<&'static Plan> {
        let _ = self.own.get();
        self.catalog.own_plans()
    }

    /// A topic by id, the learner's own included.
    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        let _ = self.own.get();
        self.catalog.topic(id)
    }

    /// A stage by id with its plan and position, the learner's own included.
    pub fn stage(&self, id: &str) -> Option<(&'static Plan, usize, &'static Stage)> {
        let _ = self.own.get();
        self.catalog.stage(id)
    }

    /// The selected language track.
    pub fn track(&self) -> Track {
        self.track.get()
    }

    /// Shows a notice; an identical one is not repeated.
    pub fn notify(&self, text: String, action: NoticeAction) {
        self.notices.update(|list| {
            if !list.iter().any(|n| n.text == text) {
                let id = list.iter().map(|n| n.id).max().unwrap_or(0) + 1;
                list.push(Notice { id, action, text });
            }
        });
    }

    /// Closes a notice.
    pub fn dismiss(&self, id: u32) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }

    /// Shows what went wrong with storage.
    pub fn notify_storage(&self, issue: &StorageIssue) {
        let action = if issue.has_unreadable_text() {
            NoticeAction::Backup
        } else {
            NoticeAction::None
        };
        self.notify(issue.message(), action);
    }
}

/// A plan compared by address: the catalog hands out each version of a plan
/// once, so a new address is a new plan or a new version of one.
#[derive(Clone, Copy)]
struct PlanRef(&'static Plan);

impl PartialEq for PlanRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Keeps the catalog's overlay in step with the learner's own plans: it
/// installs them again only when a plan's stamp or deletion changes, not on
/// every status change.
fn own_plans_overlay(catalog: &'static Catalog, progress: RwSignal<Progress>) -> Memo<u32> {
    let stamps = Memo::new(move |_| {
        progress.with(|p| {
            p.plans
                .values()
                .map(|plan| (plan.at, plan.deleted))
                .collect::<Vec<_>>()
        })
    });
    let installer = StoredValue::new(Installer::default());
    Memo::new(move |installs: Option<&u32>| {
        let _ = stamps.get();
        progress.with_untracked(|p| installer.update_value(|i| i.install(catalog, &p.plans)));
        installs.map_or(0, |n| n + 1)
    })
}

/// The context every component reads.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// The content, parsed from the JSON compiled into the program, for its
/// life. The browser parses it in steps instead (`boot`).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_catalog() -> &'static Catalog {
    keep_catalog(shipped(Catalog::embedded()))
}

/// What parsing the shipped content gave. It is compiled in and validated by
/// `cargo test`, so a parse failure means a broken build, not bad user input.
pub fn shipped<T>(parsed: Result<T, ContentError>) -> T {
    parsed.expect("embedded content is validated at test time")
}

/// The catalog, kept for the life of the page.
pub fn keep_catalog(catalog: Catalog) -> &'static Catalog {
    Box::leak(Box::new(catalog))
}

/// Provides what every part of the layout shares: the context over the
/// learner's progress, dialogs and the router; in the browser it also wires
/// persistence, other tabs and updates.
pub fn set_up(catalog: &'static Catalog) {
    // The prerender renders with no progress of anyone's; in the browser the
    // learner's own progress is read before the first render.
    #[cfg(target_arch = "wasm32")]
    let loaded = storage::load();
    #[cfg(not(target_arch = "wasm32"))]
    let loaded = storage::Loaded::default();
    let mut initial = loaded.progress;
    initial.apply_aliases(catalog.alias_pairs());
    let ctx = Ctx::new(catalog, initial);
    provide_context(ctx);
    provide_context(Dialogs::new());
    #[cfg(target_arch = "wasm32")]
    {
        persistence::save_changes(ctx, loaded.issue);
        persistence::sync_tabs(ctx);
        listen_for_updates(ctx);
    }
    follow_theme(ctx);
    Router::start();
}

/// The layout's parts in page order. The browser builds each in a task of
/// its own (see `boot`), so that no single task of the start-up blocks the
/// page for long; the prerender renders them together as [`App`].
pub const LAYOUT: [fn() -> AnyView; 4] = [top_of_page, notices_and_keys, page_of_route, bottom_of_page];

/// The whole app (context, persistence and the layout around the routes) in
/// one render: what the prerender writes. The browser builds it in steps (`boot`).
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn App() -> impl IntoView {
    set_up(load_catalog());
    LAYOUT.iter().map(|part| part()).collect_view()
}

/// The skip link and the header.
fn top_of_page() -> AnyView {
    view! {
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
        <Header />
    }
    .into_any()
}

/// The notices and the keyboard shortcuts (whose dialogs are built when first opened).
fn notices_and_keys() -> AnyView {
    view! {
        <Notices />
        <KeyboardLayer />
    }
    .into_any()
}

/// The page the route shows, in the page's `<main>`.
fn page_of_route() -> AnyView {
    let router = crate::router::use_router();
    view! {
        <main id="main" tabindex="-1">
            {move || routed_page(router.page.get())}
        </main>
    }
    .into_any()
}

/// The footer.
fn bottom_of_page() -> AnyView {
    view! {
        <footer class="site-footer">
            <p>
                "Your progress stays in this browser: no account, no server, no tracking. "
                <a href=web::href("/data")>"Export or import your data"</a> " · "
                <a href=web::href("/plans")>"Your plans"</a>
            </p>
            <p class="version">"Version " <span id="app-version">{web::app_version()}</span></p>
        </footer>
    }
    .into_any()
}

/// The page a route shows.
fn routed_page(route: Page) -> AnyView {
    match route {
        Page::Home => own_function(HomePage),
        Page::Stage => own_function(StagePage),
        Page::Topic => own_function(TopicPage),
        Page::Topics => own_function(AllTopicsPage),
        Page::Compare => own_function(ComparePage),
        Page::Outlook => own_function(OutlookPage),
        Page::Data => own_function(DataPage),
        Page::Shared => own_function(SharedPage),
        Page::Settings => own_function(SettingsPage),
        Page::Review => own_function(ReviewPage),
        Page::Map => own_function(MapPage),
        Page::Progress => own_function(ProgressPage),
        Page::Plans => own_function(PlansPage),
        Page::PlanEditor => own_function(PlanEditorPage),
        Page::PlanLink => own_function(PlanLinkPage),
        Page::NotFound => own_function(NotFoundPage),
    }
}

/// A page's view, built in a function of its own. The browser compiles the
/// wasm lazily, function by function; with every page inlined into one
/// function (as the optimiser otherwise does), opening any page would
/// compile the code of them all.
#[inline(never)]
fn own_function<V: IntoView + 'static>(component: fn() -> V) -> AnyView {
    component().into_any()
}

/// Shows the update notice when a new version is waiting: at once if
/// `sw-register.js` found one before the app started, else when it says so.
fn listen_for_updates(ctx: Ctx) {
    let announce = move || {
        ctx.notify(
            "A new version of the app is ready. Reload to use it; your progress is kept."
                .to_owned(),
            NoticeAction::Update,
        );
    };
    if web::update_ready() {
        announce();
    }
    web::on_window(
        leptos::ev::Custom::<web_sys::Event>::new("app-update-ready"),
        move |_| announce(),
    );
}

/// Applies the chosen theme to the root element; CSS does the rest.
fn follow_theme(ctx: Ctx) {
    let theme = Memo::new(move |_| ctx.with_progress(|p| p.settings.theme));
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = match theme.get() {
                Theme::System => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.id()),
            };
        }
    });
}
