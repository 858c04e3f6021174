//! The content rules of the full catalog: prerequisites, weeks against hours,
//! resources, questions, spelling and fidelity to the seed pages. Each rule is
//! shown to hold on the real content and to fail on content broken on purpose.

mod common;

use std::collections::HashSet;
use std::path::PathBuf;

use backend_roadmap::content::{
    validate, Catalog, Problem, ALIASES_FILE, OUTLOOK_FILE, PLAN_FILES, TOPIC_FILES,
};
use serde_json::Value;

/// The catalog with every topic file's JSON passed through `edit` (as values,
/// each file an array of topics), so a test can break one rule on purpose.
fn with_topics(edit: impl Fn(&str, &mut Vec<Value>)) -> Catalog {
    let files: Vec<(&str, String)> = TOPIC_FILES
        .iter()
        .map(|(name, json)| {
            let mut topics: Vec<Value> = serde_json::from_str(json).expect("topic file parses");
            edit(name, &mut topics);
            (*name, serde_json::to_string(&topics).expect("serializes"))
        })
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, j)| (*n, j.as_str())).collect();
    Catalog::from_sources(&refs, PLAN_FILES, OUTLOOK_FILE, ALIASES_FILE).expect("still parses")
}

/// The catalog with the canonical plan's JSON passed through `edit`.
fn with_canonical(edit: impl Fn(&mut Value)) -> Catalog {
    let plans: Vec<(&str, String)> = PLAN_FILES
        .iter()
        .map(|(name, json)| {
            let mut plan: Value = serde_json::from_str(json).expect("plan parses");
            if *name == "plans/backend.json" {
                edit(&mut plan);
            }
            (*name, serde_json::to_string(&plan).expect("serializes"))
        })
        .collect();
    let refs: Vec<(&str, &str)> = plans.iter().map(|(n, j)| (*n, j.as_str())).collect();
    Catalog::from_sources(TOPIC_FILES, &refs, OUTLOOK_FILE, ALIASES_FILE).expect("still parses")
}

/// The topic with `id`, in whichever file holds it.
fn topic_mut<'a>(topics: &'a mut [Value], id: &str) -> Option<&'a mut Value> {
    topics.iter_mut().find(|t| t["id"] == id)
}

/// Fails unless some problem's message contains `needle`.
fn assert_reported(problems: &[Problem], needle: &str) {
    assert!(
        problems.iter().any(|p| p.to_string().contains(needle)),
        "no problem mentions {needle:?}; got:\n{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Fails if any problem's message contains `needle`.
fn assert_not_reported(problems: &[Problem], needle: &str) {
    let hits: Vec<String> = problems
        .iter()
        .map(ToString::to_string)
        .filter(|p| p.contains(needle))
        .collect();
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}

#[test]
fn the_catalog_covers_the_field() {
    let catalog = common::catalog();
    assert!(
        catalog.topics().len() >= 160,
        "{} topics",
        catalog.topics().len()
    );
    let tracked = catalog.topics().iter().filter(|t| t.has_tracks()).count();
    assert!(tracked >= 35, "{tracked} topics with language variants");
    for t in catalog.topics() {
        assert!(
            t.questions.len() >= 3,
            "{} has {} questions",
            t.id,
            t.questions.len()
        );
    }
}

#[test]
fn prerequisites_hold_and_each_rule_catches_its_break() {
    let real = validate(&common::catalog());
    assert_not_reported(&real, "prerequisite");
    assert_not_reported(&real, "builds on");

    let broken = with_topics(|_, topics| {
        if let Some(t) = topic_mut(topics, "http") {
            t["prerequisites"] = serde_json::json!(["htttp", "http"]);
        }
    });
    let problems = validate(&broken);
    assert_reported(&problems, "[http]: unknown prerequisite 'htttp'");
    assert_reported(&problems, "[http]: is its own prerequisite");

    // dns builds on how-the-internet-works; making the reverse true closes a cycle.
    let cyclic = with_topics(|_, topics| {
        if let Some(t) = topic_mut(topics, "how-the-internet-works") {
            t["prerequisites"] = serde_json::json!(["dns"]);
        }
        if let Some(t) = topic_mut(topics, "dns") {
            t["prerequisites"] = serde_json::json!(["how-the-internet-works"]);
        }
    });
    assert_reported(&validate(&cyclic), "prerequisites form a cycle");

    // The first stage's first topic may not build on the career stage's topic.
    let late = with_topics(|_, topics| {
        if let Some(t) = topic_mut(topics, "first-language") {
            t["prerequisites"] = serde_json::json!(["job-search"]);
        }
    });
    assert_reported(
        &validate(&late),
        "'first-language' (stage 1) builds on 'job-search', which comes later",
    );
}

#[test]
fn canonical_weeks_agree_with_hours_and_a_wrong_span_is_caught() {
    let real = validate(&common::catalog());
    assert_not_reported(&real, "disagree with");

    let broken = with_canonical(|plan| {
        plan["stages"][0]["weeks"] = serde_json::json!({ "min": 40, "max": 50 });
    });
    assert_reported(&validate(&broken), "weeks 40–50 disagree with");
}

#[test]
fn resource_rules_hold_and_each_catches_its_break() {
    let real = validate(&common::catalog());
    for needle in [
        "one site, one kind",
        "never 'official'",
        "like every",
        "links only",
    ] {
        assert_not_reported(&real, needle);
    }

    let broken = with_topics(|_, topics| {
        for t in topics.iter_mut() {
            for r in t["resources"].as_array_mut().into_iter().flatten() {
                let url = r["url"].as_str().unwrap_or("").to_owned();
                if url.contains("developer.mozilla.org") {
                    r["kind"] = "official".into();
                }
                if r["kind"] == "video" || r["kind"] == "practice" {
                    r["kind"] = "article".into();
                }
            }
            if let Some(tracks) = t.get_mut("tracks").and_then(Value::as_object_mut) {
                for variant in tracks.values_mut() {
                    for r in variant["resources"].as_array_mut().into_iter().flatten() {
                        if r["kind"] == "video" || r["kind"] == "practice" {
                            r["kind"] = "article".into();
                        }
                    }
                }
            }
        }
        if let Some(t) = topic_mut(topics, "http") {
            t["resources"].as_array_mut().unwrap().push(serde_json::json!({
                "title": "Python's http module", "url": "https://docs.python.org/3/library/http.html",
                "kind": "official", "free": true
            }));
            t["resources"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({
                    "title": "A wiki page", "url": "https://wiki.example.org/wiki/HTTP",
                    "kind": "official", "free": true
                }));
        }
    });
    let problems = validate(&broken);
    assert_reported(&problems, "like every developer.mozilla.org page");
    assert_reported(&problems, "one site, one kind");
    assert_reported(&problems, "is a wiki, which is never 'official'");
    assert_reported(
        &problems,
        "topics have a video resource, expected at least 20",
    );
    assert_reported(
        &problems,
        "topics have a practice resource, expected at least 20",
    );
    assert_reported(
        &problems,
        "[http]: has no tracks but links only Python documentation",
    );
}

#[test]
fn question_rules_hold_and_catch_a_bad_question() {
    let catalog = common::catalog();
    assert!(validate(&catalog).is_empty());
    let broken = with_topics(|_, topics| {
        if let Some(t) = topic_mut(topics, "http") {
            let qs = t["questions"].as_array_mut().unwrap();
            qs[0]["prompt"] = "Explain HTTP.".into();
            qs[1]["id"] = qs[2]["id"].clone();
            qs[2]["answer"] = "Too short.".into();
        }
        if let Some(t) = topic_mut(topics, "dns") {
            t["questions"].as_array_mut().unwrap().truncate(2);
        }
    });
    let problems = validate(&broken);
    assert_reported(&problems, "question does not end with '?'");
    assert_reported(&problems, "question id is not unique");
    assert_reported(&problems, "answer has 10 characters");
    assert_reported(&problems, "[dns]: has 2 questions, expected 3 to 6");
}

#[test]
fn british_spelling_is_caught() {
    let broken = with_topics(|_, topics| {
        if let Some(t) = topic_mut(topics, "http") {
            t["why"] = "Every backend must organise its behaviour around HTTP requests.".into();
        }
    });
    assert_reported(&validate(&broken), "British spelling 'organise'");
}

/// The lowercase words of a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The length of the runs of consecutive words this test forbids sharing.
const RUN: usize = 10;

/// Every run of [`RUN`] consecutive words in the seed pages.
fn seed_runs(dir: &PathBuf) -> HashSet<Vec<String>> {
    let mut runs = HashSet::new();
    for entry in std::fs::read_dir(dir).expect("read the seeds folder") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default();
        for run in words(&text).windows(RUN) {
            runs.insert(run.to_vec());
        }
    }
    runs
}

/// Every string in a JSON value except ids and URLs, with where it is.
fn strings(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((at.to_owned(), s.clone())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, &format!("{at}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if k != "id" && k != "url" {
                    strings(v, &format!("{at}.{k}"), out);
                }
            }
        }
        _ => {}
    }
}

/// The first text that shares a run of [`RUN`] words with a seed page.
fn first_shared_run(runs: &HashSet<Vec<String>>, texts: &[(String, String)]) -> Option<String> {
    texts.iter().find_map(|(at, text)| {
        words(text)
            .windows(RUN)
            .find(|w| runs.contains(*w))
            .map(|w| format!("{at}: \"{}\"", w.join(" ")))
    })
}

/// The seed pages: `SEEDS_DIR`, or `../shared/seeds` beside the repository.
fn seeds_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SEEDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    dir.is_dir().then_some(dir)
}

#[test]
fn no_text_shares_ten_words_with_a_seed_page() {
    let Some(dir) = seeds_dir() else {
        eprintln!("skipped: no seed pages at ../shared/seeds (set SEEDS_DIR to check)");
        return;
    };
    let runs = seed_runs(&dir);
    assert!(!runs.is_empty(), "the seed pages have text");
    let mut texts = Vec::new();
    for (name, json) in TOPIC_FILES.iter().chain(PLAN_FILES).chain([&OUTLOOK_FILE]) {
        strings(
            &serde_json::from_str(json).expect("parses"),
            name,
            &mut texts,
        );
    }
    if let Some(hit) = first_shared_run(&runs, &texts) {
        panic!("content shares {RUN} consecutive words with a seed page: {hit}");
    }
    // The check itself finds a copied run: the first twelve words of a seed.
    let seed_text = std::fs::read_dir(&dir)
        .expect("seeds")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .find(|t| words(t).len() > 40)
        .expect("a seed with text");
    let copied = words(&seed_text)[20..32].join(" ");
    let planted = vec![("planted".to_owned(), format!("Our words, then {copied}."))];
    assert!(first_shared_run(&runs, &planted).is_some());
}
