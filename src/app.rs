//! The root component: shared context, layout, routes, persistence wiring.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::dialogs::{Dialogs, KeyboardLayer};
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::content::{Catalog, Plan, Track};
use crate::pages::{
    all_topics::AllTopicsPage, compare::ComparePage, data::DataPage, home::HomePage,
    not_found::NotFoundPage, outlook::OutlookPage, settings::SettingsPage, shared::SharedPage,
    stage::StagePage, topic::TopicPage,
};
use crate::progress::{self, Progress, Theme};
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
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The content, parsed once at start and never changed.
    pub catalog: &'static Catalog,
    /// The learner's progress: the one piece of state that persists.
    pub progress: RwSignal<Progress>,
    /// Messages for the learner.
    pub notices: RwSignal<Vec<Notice>>,
    /// The language track, derived once so that a status change does not
    /// rerun everything that shows track-specific text.
    pub track: Memo<Track>,
    /// Position of the selected plan in the catalogue, derived for the same
    /// reason: views that follow the plan must not rerun on every status change.
    plan_index: Memo<usize>,
}

impl Ctx {
    /// Changes progress, stamping the change with the current time.
    pub fn update(&self, edit: impl FnOnce(&mut Progress, u64)) {
        let now = web::now_ms();
        self.progress.update(|p| edit(p, now));
    }

    /// The selected plan (the canonical one when the stored id is unknown).
    pub fn plan(&self) -> &'static Plan {
        &self.catalog.plans()[self.plan_index.get()]
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

    /// Shows what went wrong with storage.
    pub fn notify_storage(&self, issue: &StorageIssue) {
        let action = if issue.has_backup() {
            NoticeAction::Backup
        } else {
            NoticeAction::None
        };
        self.notify(issue.message(), action);
    }
}

/// The context every component reads.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

fn load_catalog() -> &'static Catalog {
    // The content is compiled in and validated by `cargo test`, so a parse
    // failure here means a broken build, not bad user input.
    let catalog = Catalog::embedded().expect("embedded content is validated at test time");
    Box::leak(Box::new(catalog))
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let catalog = load_catalog();
    let loaded = storage::load();
    let mut initial = loaded.progress;
    initial.apply_aliases(
        catalog
            .aliases()
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str())),
    );
    let progress = RwSignal::new(initial);
    let canonical = catalog
        .plans()
        .iter()
        .position(|p| std::ptr::eq(p, catalog.canonical()))
        .unwrap_or(0);
    let ctx = Ctx {
        catalog,
        progress,
        notices: RwSignal::new(Vec::new()),
        track: Memo::new(move |_| progress.with(|p| p.settings.track)),
        plan_index: Memo::new(move |_| {
            progress.with(|p| {
                catalog
                    .plans()
                    .iter()
                    .position(|plan| plan.id == p.settings.plan)
                    .unwrap_or(canonical)
            })
        }),
    };
    provide_context(ctx);
    provide_context(Dialogs {
        search: RwSignal::new(false),
        shortcuts: RwSignal::new(false),
    });
    if let Some(issue) = loaded.issue {
        ctx.notify_storage(&issue);
    }
    // sw-register.js announces a waiting new version with this event.
    let update_listener = window_event_listener_untyped("app-update-ready", move |_| {
        ctx.notify(
            "A new version of the app is ready. Reload to use it; your progress is kept."
                .to_owned(),
            NoticeAction::Update,
        );
    });
    // The listener lives as long as the app.
    std::mem::forget(update_listener);

    // Save every change. Effects run once per batch of updates, which coalesces
    // bursts of changes into one write.
    let storage_ok = RwSignal::new(loaded.available);
    Effect::new(move |_| {
        let text = ctx.progress.with(progress::encode);
        if !storage_ok.get_untracked() {
            return;
        }
        if let Err(issue) = storage::save(&text) {
            if issue == StorageIssue::Unavailable {
                storage_ok.set(false);
            }
            ctx.notify_storage(&issue);
        }
    });

    // Another tab wrote: merge entry by entry. Writing back the merged state is
    // a no-op when nothing is newer here, which stops any ping-pong.
    storage::on_other_tab_change(move |theirs| {
        let merged = ctx
            .progress
            .with_untracked(|ours| progress::merge(ours, &theirs));
        if ctx.progress.with_untracked(|ours| *ours != merged) {
            ctx.progress.set(merged);
        }
    });

    // Apply the theme to the root element; CSS does the rest.
    let theme = Memo::new(move |_| ctx.progress.with(|p| p.settings.theme));
    Effect::new(move |_| {
        let root = document().document_element();
        if let Some(root) = root {
            let _ = match theme.get() {
                Theme::System => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.id()),
            };
        }
    });

    view! {
        <Router base=web::base()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header/>
            <Notices/>
            <KeyboardLayer/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("/stage/:id") view=StagePage/>
                    <Route path=path!("/topic/:id") view=TopicPage/>
                    <Route path=path!("/topics") view=AllTopicsPage/>
                    <Route path=path!("/compare") view=ComparePage/>
                    <Route path=path!("/outlook") view=OutlookPage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/shared") view=SharedPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    "Your progress stays in this browser: no account, no server, no tracking. "
                    <a href=web::href("/data")>"Export or import your data"</a>
                </p>
                <p class="version">"Version " <span id="app-version">{web::app_version()}</span></p>
            </footer>
        </Router>
    }
}
