//! PURE: the app's pages that exist as files on the static host, with what
//! their `<head>` says: every route the build prerenders, its title and its
//! description.

use crate::content::{Catalog, Track};

/// The app's name, the suffix of every page title.
pub const APP_NAME: &str = "Backend Roadmap";

/// What the app does, in one sentence: the description of pages without one of their own.
pub const APP_DESCRIPTION: &str = "An offline-first study companion for the Backend Developer roadmap: timelines, checklists, notes and progress that stay in your browser.";

/// A page the build writes as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRoute {
    /// The path under the public URL, without a leading slash ("" for home,
    /// "topic/http"); `None` for the not-found page, which becomes `404.html`.
    pub path: Option<String>,
    /// The page's own title (the `<title>` adds [`APP_NAME`]).
    pub title: String,
    /// One or two sentences for the meta and Open Graph descriptions.
    pub description: String,
}

impl PageRoute {
    /// The full `<title>`: "HTTP · Backend Roadmap".
    pub fn document_title(&self) -> String {
        document_title(&self.title)
    }
}

/// The document title of a page whose heading is `page`.
pub fn document_title(page: &str) -> String {
    format!("{page} · {APP_NAME}")
}

/// The first sentence of `text` (all of it when it has one sentence): up to a
/// `.`, `!` or `?` followed by a space and a capital letter, or by the end.
/// Dots inside words ("Node.js") or before lowercase ("e.g. a queue") do not end it.
pub fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        let rest = &text[i + 1..];
        let next_word = rest.trim_start();
        let spaced = rest.len() > next_word.len();
        if rest.is_empty() || (spaced && next_word.starts_with(|c: char| c.is_uppercase())) {
            return &text[..=i];
        }
    }
    text
}

/// A page at `path` (under the public URL) with its head's title and description.
fn page(path: &str, title: &str, description: &str) -> PageRoute {
    PageRoute {
        path: Some(path.to_owned()),
        title: title.to_owned(),
        description: description.to_owned(),
    }
}

/// Every page the build prerenders: home, every stage of every plan, every
/// topic (in the default track), the fixed pages, and the not-found page.
pub fn prerender_routes(catalog: &Catalog) -> Vec<PageRoute> {
    let mut routes = fixed_routes(catalog);
    for plan in catalog.plans() {
        for stage in &plan.stages {
            routes.push(page(
                &format!("stage/{}", stage.id),
                &stage.title,
                first_sentence(&stage.summary),
            ));
        }
    }
    let track = Track::default();
    for topic in catalog.topics() {
        routes.push(page(
            &format!("topic/{}", topic.id),
            topic.title_for(track),
            first_sentence(topic.summary_for(track)),
        ));
    }
    routes.push(PageRoute {
        path: None,
        title: "This page does not exist".to_owned(),
        description: APP_DESCRIPTION.to_owned(),
    });
    routes
}

/// The pages that are not a stage or a topic, with their titles and descriptions.
fn fixed_routes(catalog: &Catalog) -> Vec<PageRoute> {
    let canonical = catalog.canonical();
    vec![
        page("", &canonical.title, &canonical.summary),
        page(
            "topics",
            &format!("All topics: {}", canonical.title),
            "Every topic of the plan on one page, stage by stage, printable as a checklist.",
        ),
        page(
            "compare",
            "Compare plans",
            &format!(
                "{} plans side by side: length, stages, and which topics each covers.",
                catalog.plans().len()
            ),
        ),
        page(
            "outlook",
            "Career outlook",
            "Salary ranges and market figures for backend developers, each with its source.",
        ),
        page(
            "settings",
            "Study settings",
            "Choose your plan, language track, hours per week and start date.",
        ),
        page(
            "review",
            "Review",
            "Self-check questions that come back just before you would forget them, scheduled with FSRS.",
        ),
        page(
            "map",
            &format!("Map of {}", canonical.title),
            "The plan as a map: stages top to bottom, every topic with your status and lines to the topics it builds on.",
        ),
        page(
            "progress",
            "Your progress over time",
            "Hours finished against your schedule, and your activity and streaks over the last 26 weeks.",
        ),
        page(
            "plans",
            "Your plans",
            "Plans of your own: start from scratch or from any plan, add topics of your own, export, import and share them.",
        ),
        page(
            "plan-link",
            "A shared plan",
            "A plan someone shared with you by link: look through it, then add it to your own plans.",
        ),
        page(
            "data",
            "Your data",
            "Export, import, share or reset the progress kept in your browser.",
        ),
    ]
}
