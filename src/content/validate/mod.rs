//! Checks the content against the rules in `assets/roadmap/README.md`.
//!
//! Serde already enforces shapes and enums; this checks what types cannot:
//! ids, references, counts, lengths, URLs and plain text.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::catalog::Catalog;
use super::model::{Project, Resource, ResourceKind, SourceKind, Stage, Topic};

mod durations;
mod prerequisites;
mod questions;
mod resources;
mod spelling;

/// One broken rule, naming the file and the id it was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the file under `assets/roadmap/`.
    pub file: String,
    /// Id of the topic, plan, stage or item at fault.
    pub id: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]: {}", self.file, self.id, self.message)
    }
}

/// The problems found so far.
struct Report {
    problems: Vec<Problem>,
}

impl Report {
    /// Records one problem.
    fn add(&mut self, file: &str, id: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_owned(),
            id: id.to_owned(),
            message: message.into(),
        });
    }

    /// Between `range`'s ends in sentences, both included.
    fn sentences(
        &mut self,
        file: &str,
        id: &str,
        field: &str,
        text: &str,
        range: std::ops::RangeInclusive<usize>,
    ) {
        let n = sentence_count(text);
        if !range.contains(&n) {
            let (min, max) = (range.start(), range.end());
            self.add(
                file,
                id,
                format!("{field} has {n} sentences, expected {min} to {max}"),
            );
        }
    }

    /// Non-empty, within `min..=max` characters, plain text, US spelling.
    fn text(&mut self, file: &str, id: &str, field: &str, text: &str, min: usize, max: usize) {
        let len = text.trim().chars().count();
        if len == 0 {
            self.add(file, id, format!("{field} is empty"));
        } else if len < min || len > max {
            self.add(
                file,
                id,
                format!("{field} has {len} characters, expected {min} to {max}"),
            );
        }
        if text.contains('<') || text.contains('>') {
            self.add(file, id, format!("{field} contains markup characters"));
        }
        if let Some(word) = spelling::british_word(text) {
            self.add(
                file,
                id,
                format!("{field} uses the British spelling '{word}' (US English throughout)"),
            );
        }
    }
}

/// Whether an id is kebab-case: lowercase ASCII letters and digits in dash-separated words.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether a URL is an absolute https URL with a plausible host and no spaces.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b':');
    host_ok && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Sentences in plain text: each `.`, `!` or `?` followed by a space or the end.
fn sentence_count(text: &str) -> usize {
    let mut count = 0;
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            count += 1;
        }
    }
    count
}

fn check_resources(r: &mut Report, file: &str, id: &str, resources: &[Resource]) {
    if resources.len() < 3 {
        r.add(
            file,
            id,
            format!("has {} resources, expected at least 3", resources.len()),
        );
    }
    if !resources.iter().any(|x| x.kind == ResourceKind::Official) {
        r.add(
            file,
            id,
            "has no official documentation or specification among its resources",
        );
    }
    let mut seen = HashSet::new();
    for res in resources {
        r.text(file, id, "resource title", &res.title, 3, 120);
        if !is_https_url(&res.url) {
            r.add(
                file,
                id,
                format!("resource URL is not a valid https URL: {}", res.url),
            );
        }
        if !seen.insert(res.url.as_str()) {
            r.add(file, id, format!("resource URL repeated: {}", res.url));
        }
    }
}

fn check_topic(r: &mut Report, file: &str, t: &Topic) {
    let id = t.id.as_str();
    if !is_kebab_case(id) {
        r.add(file, id, "topic id is not kebab-case");
    }
    r.text(file, id, "title", &t.title, 2, 80);
    r.text(file, id, "summary", &t.summary, 80, 700);
    r.sentences(file, id, "summary", &t.summary, 2..=4);
    r.text(file, id, "why", &t.why, 30, 350);
    r.sentences(file, id, "why", &t.why, 1..=2);
    if !(3..=8).contains(&t.concepts.len()) {
        r.add(
            file,
            id,
            format!("has {} concepts, expected 3 to 8", t.concepts.len()),
        );
    }
    for c in &t.concepts {
        r.text(file, id, "concept", c, 3, 120);
    }
    check_resources(r, file, id, &t.resources);
    if !(1..=80).contains(&t.hours) {
        r.add(file, id, format!("hours {} outside 1 to 80", t.hours));
    }
    questions::check_questions(r, file, t);
    if let Some(tracks) = &t.tracks {
        for track in super::model::Track::ALL {
            let v = tracks.get(track);
            let at = format!("{id}/{}", track.id());
            if let Some(title) = &v.title {
                r.text(file, &at, "track title", title, 2, 80);
            }
            if let Some(summary) = &v.summary {
                r.text(file, &at, "track summary", summary, 80, 700);
            }
            if let Some(concepts) = &v.concepts {
                if !(3..=8).contains(&concepts.len()) {
                    r.add(
                        file,
                        &at,
                        format!("has {} concepts, expected 3 to 8", concepts.len()),
                    );
                }
                for c in concepts {
                    r.text(file, &at, "concept", c, 3, 120);
                }
            }
            if let Some(resources) = &v.resources {
                check_resources(r, file, &at, resources);
            }
        }
    }
}

/// Every broken rule in the catalog; empty when the content is sound.
pub fn validate(catalog: &Catalog) -> Vec<Problem> {
    let mut r = Report {
        problems: Vec::new(),
    };
    let topic_ids = check_topics(&mut r, catalog);
    let used = check_plans(&mut r, catalog, &topic_ids);
    for (i, t) in catalog.topics().iter().enumerate() {
        if !used.contains(t.id.as_str()) {
            r.add(catalog.topic_file(i), &t.id, "topic appears in no plan");
        }
    }
    check_aliases(&mut r, catalog, &topic_ids);
    check_outlook(&mut r, catalog);
    questions::check_unique_ids(&mut r, catalog);
    prerequisites::check(&mut r, catalog);
    resources::check_catalog(&mut r, catalog);
    durations::check(&mut r, catalog);
    r.problems
}

/// Checks every topic; returns each topic id with the file it first appears in.
fn check_topics<'a>(r: &mut Report, catalog: &'a Catalog) -> HashMap<&'a str, &'a str> {
    let mut topic_ids: HashMap<&str, &str> = HashMap::new();
    for (i, t) in catalog.topics().iter().enumerate() {
        let file = catalog.topic_file(i);
        if let Some(first) = topic_ids.insert(&t.id, file) {
            r.add(
                file,
                &t.id,
                format!("topic id is not unique (also in {first})"),
            );
        }
        check_topic(r, file, t);
    }
    topic_ids
}

/// Stage, outcome, project and checklist ids: one namespace across plans.
#[derive(Default)]
struct ItemIds(HashMap<String, String>);

impl ItemIds {
    /// Records `id` as used in `file`, reporting it if it is malformed or taken.
    fn claim(&mut self, r: &mut Report, file: &str, id: &str) {
        if !is_kebab_case(id) {
            r.add(file, id, "id is not kebab-case");
        }
        if let Some(first) = self.0.insert(id.to_owned(), file.to_owned()) {
            r.add(file, id, format!("id is not unique (also in {first})"));
        }
    }
}

/// Checks every plan; returns the topic ids the plans use.
fn check_plans<'a>(
    r: &mut Report,
    catalog: &'a Catalog,
    topic_ids: &HashMap<&str, &str>,
) -> HashSet<&'a str> {
    let mut ids = ItemIds::default();
    let mut used: HashSet<&str> = HashSet::new();
    for (p, plan) in catalog.plans().iter().enumerate() {
        let file = catalog.plan_file(p);
        ids.claim(r, file, &plan.id);
        r.text(file, &plan.id, "title", &plan.title, 2, 80);
        r.text(file, &plan.id, "summary", &plan.summary, 20, 400);
        r.text(file, &plan.id, "source name", &plan.source.name, 2, 100);
        let canonical = plan.source.kind == SourceKind::Canonical;
        if canonical && !(10..=14).contains(&plan.stages.len()) {
            r.add(
                file,
                &plan.id,
                format!(
                    "canonical plan has {} stages, expected 10 to 14",
                    plan.stages.len()
                ),
            );
        }
        if plan.stages.is_empty() {
            r.add(file, &plan.id, "plan has no stages");
        }
        for (field, items) in [
            ("industry", &plan.industries),
            ("role", &plan.roles),
            ("mistake", &plan.mistakes),
        ] {
            for item in items {
                r.text(file, &plan.id, field, item, 3, 160);
            }
        }
        for stage in &plan.stages {
            let at = StageAt { file, canonical };
            check_stage(r, &mut ids, at, stage, catalog, topic_ids);
            used.extend(stage.topics.iter().map(String::as_str));
        }
    }
    used
}

/// Where a stage stands: its plan's file, and whether that plan is the canonical one.
#[derive(Clone, Copy)]
struct StageAt<'a> {
    file: &'a str,
    canonical: bool,
}

fn check_stage(
    r: &mut Report,
    ids: &mut ItemIds,
    at: StageAt<'_>,
    stage: &Stage,
    catalog: &Catalog,
    topic_ids: &HashMap<&str, &str>,
) {
    let (file, canonical, sid) = (at.file, at.canonical, stage.id.as_str());
    ids.claim(r, file, sid);
    r.text(file, sid, "title", &stage.title, 2, 80);
    r.text(file, sid, "summary", &stage.summary, 20, 500);
    match stage.weeks {
        Some(w) if w.min > w.max => {
            r.add(file, sid, format!("weeks min {} > max {}", w.min, w.max))
        }
        Some(w) if w.min == 0 => r.add(file, sid, "weeks min is 0"),
        None if canonical => r.add(file, sid, "canonical stage has no weeks"),
        _ => {}
    }
    if stage.topics.is_empty() {
        r.add(file, sid, "stage has no topics");
    }
    let mut in_stage = HashSet::new();
    for topic in &stage.topics {
        if catalog.topic(topic).is_none() || !topic_ids.contains_key(topic.as_str()) {
            r.add(file, sid, format!("unknown topic id '{topic}'"));
        }
        if !in_stage.insert(topic) {
            r.add(file, sid, format!("topic '{topic}' listed twice"));
        }
    }
    if canonical && stage.outcomes.len() < 3 {
        r.add(
            file,
            sid,
            format!("has {} outcomes, expected at least 3", stage.outcomes.len()),
        );
    }
    if canonical && stage.projects.is_empty() {
        r.add(file, sid, "canonical stage has no mini-project");
    }
    for skill in &stage.skills {
        r.text(file, sid, "skill", skill, 2, 120);
    }
    for c in &stage.courses {
        r.text(file, sid, "course title", &c.title, 3, 120);
        r.text(file, sid, "course duration", &c.duration, 2, 40);
        r.text(file, sid, "course level", &c.level, 3, 40);
    }
    for o in &stage.outcomes {
        ids.claim(r, file, &o.id);
        r.text(file, &o.id, "outcome", &o.text, 5, 200);
    }
    for project in &stage.projects {
        check_project(r, ids, at, project);
    }
}

fn check_project(r: &mut Report, ids: &mut ItemIds, at: StageAt<'_>, project: &Project) {
    let file = at.file;
    ids.claim(r, file, &project.id);
    r.text(file, &project.id, "project title", &project.title, 3, 100);
    r.text(file, &project.id, "project brief", &project.brief, 20, 600);
    let n = project.checklist.len();
    if at.canonical && !(4..=8).contains(&n) || n == 0 {
        r.add(
            file,
            &project.id,
            format!("checklist has {n} items, expected 4 to 8"),
        );
    }
    for item in &project.checklist {
        ids.claim(r, file, &item.id);
        r.text(file, &item.id, "checklist item", &item.text, 3, 200);
    }
}

fn check_aliases(r: &mut Report, catalog: &Catalog, topic_ids: &HashMap<&str, &str>) {
    for (old, new) in catalog.aliases() {
        if topic_ids.contains_key(old.as_str()) {
            r.add("aliases.json", old, "alias shadows a live topic id");
        }
        if !topic_ids.contains_key(new.as_str()) {
            r.add(
                "aliases.json",
                old,
                format!("alias points at unknown topic '{new}'"),
            );
        }
    }
}

fn check_outlook(r: &mut Report, catalog: &Catalog) {
    let outlook = catalog.outlook();
    let source_ids: HashSet<&str> = outlook.sources.iter().map(|s| s.id.as_str()).collect();
    let mut figure_ids = HashSet::new();
    for f in &outlook.figures {
        if !is_kebab_case(&f.id) || !figure_ids.insert(f.id.as_str()) {
            r.add(
                "outlook.json",
                &f.id,
                "figure id is not kebab-case or not unique",
            );
        }
        if !source_ids.contains(f.source.as_str()) {
            r.add(
                "outlook.json",
                &f.id,
                format!("unknown source '{}'", f.source),
            );
        }
        if f.min > f.max {
            r.add(
                "outlook.json",
                &f.id,
                format!("range {}..{} is not valid", f.min, f.max),
            );
        }
        for (field, text) in [
            ("label", &f.label),
            ("unit", &f.unit),
            ("region", &f.region),
            ("level", &f.level),
        ] {
            r.text("outlook.json", &f.id, field, text, 2, 160);
        }
    }
}
