//! Catalog-wide resource rules: one site has one kind, wikis are never
//! official, enough videos and practice, and untracked topics do not lean on
//! one language.

use std::collections::HashMap;

use super::Report;
use crate::content::catalog::Catalog;
use crate::content::model::{Resource, ResourceKind, Topic, Track};

/// How many topics must offer a video, and how many practice material.
pub const MIN_TOPICS_WITH_VIDEO: usize = 20;
/// See [`MIN_TOPICS_WITH_VIDEO`].
pub const MIN_TOPICS_WITH_PRACTICE: usize = 20;

/// Sites whose kind is fixed whatever the page.
const FIXED_KINDS: &[(&str, ResourceKind)] = &[
    ("developer.mozilla.org", ResourceKind::Docs),
    ("wikipedia.org", ResourceKind::Docs),
    ("youtube.com", ResourceKind::Video),
    ("youtu.be", ResourceKind::Video),
];

/// Documentation sites that belong to one language.
const LANGUAGE_SITES: &[(&str, Track)] = &[
    ("docs.python.org", Track::Python),
    ("peps.python.org", Track::Python),
    ("wiki.python.org", Track::Python),
    ("realpython.com", Track::Python),
    ("pypi.org", Track::Python),
    ("nodejs.org", Track::Javascript),
    ("www.npmjs.com", Track::Javascript),
    ("expressjs.com", Track::Javascript),
    ("docs.oracle.com", Track::Java),
    ("dev.java", Track::Java),
    ("docs.spring.io", Track::Java),
    ("spring.io", Track::Java),
    ("www.baeldung.com", Track::Java),
    ("go.dev", Track::Go),
    ("pkg.go.dev", Track::Go),
    ("gobyexample.com", Track::Go),
];

/// The host of an https URL.
fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or("")
}

/// Whether `host` is `domain` or one of its subdomains.
fn is_on(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// What counts as one site: the host and the first path segment (a GitHub
/// repository: owner and name, and its wiki apart), so a vendor's docs and its
/// blog may differ.
fn site(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let mut parts = rest.split(['?', '#']).next().unwrap_or("").split('/');
    let host = parts.next().unwrap_or("");
    let path: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    let depth = match (host, path.get(2)) {
        ("github.com", Some(&"wiki")) => 3,
        ("github.com", _) => 2,
        _ => 1,
    };
    format!("{host}/{}", path[..depth.min(path.len())].join("/"))
}

/// Every catalog-wide resource rule.
pub(super) fn check_catalog(r: &mut Report, catalog: &Catalog) {
    let mut first_kind: HashMap<String, (ResourceKind, &str)> = HashMap::new();
    let (mut with_video, mut with_practice) = (0, 0);
    for (i, t) in catalog.topics().iter().enumerate() {
        let file = catalog.topic_file(i);
        for res in t.all_resources() {
            check_fixed_kind(r, file, &t.id, res);
            let (kind, topic) = *first_kind
                .entry(site(&res.url))
                .or_insert((res.kind, t.id.as_str()));
            if kind != res.kind {
                r.add(
                    file,
                    &t.id,
                    format!(
                        "{} is '{}' but the same site is '{}' in topic '{topic}' (one site, one kind)",
                        res.url,
                        res.kind.name(),
                        kind.name()
                    ),
                );
            }
        }
        with_video += usize::from(t.all_resources().any(|x| x.kind == ResourceKind::Video));
        with_practice += usize::from(t.all_resources().any(|x| x.kind == ResourceKind::Practice));
        check_language_lean(r, file, t);
    }
    for (count, min, kind) in [
        (with_video, MIN_TOPICS_WITH_VIDEO, "video"),
        (with_practice, MIN_TOPICS_WITH_PRACTICE, "practice"),
    ] {
        if count < min {
            r.add(
                "topics",
                "resources",
                format!("{count} topics have a {kind} resource, expected at least {min}"),
            );
        }
    }
}

/// Sites of a fixed kind keep it, and a wiki is never official.
fn check_fixed_kind(r: &mut Report, file: &str, id: &str, res: &Resource) {
    let host = host(&res.url);
    for (domain, kind) in FIXED_KINDS {
        if is_on(host, domain) && res.kind != *kind {
            r.add(
                file,
                id,
                format!(
                    "{} must be '{}' like every {domain} page",
                    res.url,
                    kind.name()
                ),
            );
        }
    }
    let wiki = host.split('.').any(|p| p.contains("wiki")) || res.url.contains("/wiki/");
    if wiki && res.kind == ResourceKind::Official {
        r.add(
            file,
            id,
            format!("{} is a wiki, which is never 'official'", res.url),
        );
    }
}

/// A topic without tracks links one language's documentation only alongside
/// another language's.
fn check_language_lean(r: &mut Report, file: &str, t: &Topic) {
    if t.tracks.is_some() {
        return;
    }
    let mut languages: Vec<Track> = t
        .resources
        .iter()
        .filter_map(|res| {
            let host = host(&res.url);
            LANGUAGE_SITES
                .iter()
                .find(|(site, _)| host == *site)
                .map(|(_, track)| *track)
        })
        .collect();
    languages.dedup();
    if let [only] = languages.as_slice() {
        r.add(
            file,
            &t.id,
            format!(
                "has no tracks but links only {} documentation; add other languages' or move it into tracks",
                only.label()
            ),
        );
    }
}
