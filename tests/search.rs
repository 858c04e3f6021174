//! Search: typos and prefixes find the right topics on the real catalog, and
//! a small fixture catalog pins down the ranking rules exactly.

mod common;

use std::sync::OnceLock;

use backend_roadmap::content::{Catalog, Track};
use backend_roadmap::search::{edit_distance, Field, Hit, SearchIndex};
use common::catalog;
use proptest::prelude::*;
use serde_json::json;

/// One index for the property tests, which would otherwise rebuild it per case.
fn shared_index() -> &'static SearchIndex<'static> {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(CATALOG.get_or_init(catalog), Track::Javascript))
}

fn ids<'a>(hits: &[Hit<'a>]) -> Vec<&'a str> {
    hits.iter().map(|h| h.topic_id).collect()
}

/// Asserts that `query` on `track` puts `expected` within the first three hits.
fn assert_top3(catalog: &Catalog, track: Track, query: &str, expected: &str) {
    let hits = SearchIndex::new(catalog, track).search(query, 3);
    assert!(
        ids(&hits).contains(&expected),
        "{query:?} on {track:?}: expected {expected} in the top 3, got {hits:?}"
    );
}

#[test]
fn typos_and_short_forms_find_the_topic_in_the_top_three() {
    let catalog = catalog();
    for (query, expected) in [
        ("kubernets", "kubernetes"),
        ("websocekts", "websockets"),
        ("dokcer", "docker"),
        ("oauth", "oauth2-oidc"),
        ("jwt", "token-auth-jwt"),
        ("sql join", "sql-joins"),
    ] {
        for track in Track::ALL {
            assert_top3(&catalog, track, query, expected);
        }
    }
}

#[test]
fn a_misspelt_postgres_finds_topics_that_mention_postgresql() {
    let catalog = catalog();
    let track = Track::Python;
    let hits = SearchIndex::new(&catalog, track).search("postgress", 3);
    assert_eq!(hits.len(), 3, "{hits:?}");
    for hit in &hits {
        let topic = catalog.topic(hit.topic_id).unwrap();
        let text = format!(
            "{} {} {}",
            topic.title_for(track),
            topic.concepts_for(track).join(" "),
            topic.summary_for(track)
        );
        assert!(
            text.contains("PostgreSQL"),
            "{} does not mention PostgreSQL",
            hit.topic_id
        );
    }
}

#[test]
fn sql_join_ranks_sql_joins_first_and_only_returns_topics_with_both_words() {
    let catalog = catalog();
    let index = SearchIndex::new(&catalog, Track::Python);
    let hits = index.search("sql join", 50);
    assert_eq!(hits.first().map(|h| h.topic_id), Some("sql-joins"));
    assert_eq!(hits[0].matched, Field::Title);
    // AND semantics: each of these has one of the words but not the other.
    let sql_only = index.search("sql", 50);
    let join_only = index.search("join", 50);
    for (id, alone) in [("injection-attacks", &sql_only), ("sharding", &join_only)] {
        assert!(ids(alone).contains(&id), "{id} matches one word: {alone:?}");
        assert!(!ids(&hits).contains(&id), "{id} lacks a word: {hits:?}");
    }
}

#[test]
fn the_last_word_matches_as_a_prefix_while_it_is_typed() {
    let catalog = catalog();
    let index = SearchIndex::new(&catalog, Track::Python);
    assert_eq!(index.search("kube", 1)[0].topic_id, "kubernetes");
    assert_eq!(index.search("websoc", 1)[0].topic_id, "websockets");
    // A typo inside a half-typed word still finds it.
    assert_eq!(index.search("kubren", 1)[0].topic_id, "kubernetes");
}

#[test]
fn one_hopeless_word_does_not_empty_the_results() {
    let catalog = catalog();
    let hits = SearchIndex::new(&catalog, Track::Python).search("docker qxzqvj", 3);
    assert_eq!(hits.first().map(|h| h.topic_id), Some("docker"), "{hits:?}");
}

#[test]
fn track_variants_are_searched_and_the_learners_own_track_ranks_higher() {
    let catalog = catalog();
    let python = SearchIndex::new(&catalog, Track::Python);
    let java = SearchIndex::new(&catalog, Track::Java);

    let fastapi = python.search("fastapi", 3);
    assert_eq!(fastapi[0].topic_id, "web-frameworks", "{fastapi:?}");
    assert_eq!(fastapi[0].matched, Field::Title);

    // Several Java titles name Spring Boot now (metrics, tests); the framework is among the first.
    let spring = java.search("spring boot", 3);
    assert!(
        spring
            .iter()
            .any(|h| h.topic_id == "web-frameworks" && h.matched == Field::Title),
        "{spring:?}"
    );

    let score_of = |hits: Vec<Hit<'_>>| {
        hits.iter()
            .find(|h| h.topic_id == "web-frameworks")
            .map(|h| (h.score, h.matched))
    };
    let (on_python, field_python) =
        score_of(python.search("django", 50)).expect("django finds web-frameworks on Python");
    let (on_java, field_java) =
        score_of(java.search("django", 50)).expect("django finds web-frameworks on Java");
    assert_eq!(field_python, Field::Title);
    assert_eq!(field_java, Field::OtherTrack);
    assert!(on_java < on_python, "java {on_java} >= python {on_python}");
    assert_eq!(java.track(), Track::Java);
}

#[test]
fn empty_and_blank_queries_and_a_zero_limit_return_nothing() {
    let catalog = catalog();
    let index = SearchIndex::new(&catalog, Track::Python);
    for query in ["", " ", "\t\n  ", "  ...  ", "—"] {
        assert!(index.search(query, 10).is_empty(), "{query:?}");
    }
    assert!(index.search("docker", 0).is_empty());
    assert_eq!(index.search("docker", 2).len(), 2);
}

#[test]
fn junk_finds_nothing_and_does_not_panic() {
    let catalog = catalog();
    let index = SearchIndex::new(&catalog, Track::Java);
    assert!(index.search("qxzqvj wqpfkz", 10).is_empty());
    let long = "zq".repeat(5_000);
    assert!(index.search(&long, 10).is_empty());
    for query in [
        "\u{0}",
        "🦀🦀",
        "ǅ ß İ",
        "a b c d e f g h i j k l",
        "_-_/\\%$",
    ] {
        let _ = index.search(query, 10);
    }
}

fn topic(id: &str, title: &str, summary: &str, concepts: &[&str]) -> serde_json::Value {
    json!({
        "id": id,
        "title": title,
        "summary": summary,
        "why": "Because.",
        "concepts": concepts,
        "resources": [],
        "hours": 1,
        "difficulty": "beginner"
    })
}

/// A catalog of the given topics, with the plan, outlook and aliases it needs to parse.
fn fixture(topics: &[serde_json::Value]) -> Catalog {
    let topics = serde_json::Value::Array(topics.to_vec()).to_string();
    let plan = json!({
        "id": "fixture",
        "title": "Fixture",
        "source": { "name": "Tests", "kind": "canonical", "year": 2025 },
        "summary": "A plan for tests.",
        "stages": [{
            "id": "fixture-1",
            "title": "Everything",
            "weeks": null,
            "summary": "All of it.",
            "topics": []
        }]
    })
    .to_string();
    Catalog::from_sources(
        &[("topics/fixture.json", &topics)],
        &[("plans/fixture.json", &plan)],
        ("outlook.json", r#"{ "sources": [], "figures": [] }"#),
        ("aliases.json", "{}"),
    )
    .expect("fixture parses")
}

#[test]
fn a_title_match_beats_a_concept_match_which_beats_a_summary_match() {
    // Listed in the reverse of the expected order, so catalog order cannot pass the test.
    let catalog = fixture(&[
        topic("in-summary", "Alpha", "Mentions the zebra once.", &["beta"]),
        topic("in-concept", "Gamma", "Nothing here.", &["Draw a zebra"]),
        topic("in-title", "Zebra", "Nothing here.", &["delta"]),
        topic("nowhere", "Epsilon", "Nothing here.", &["eta"]),
    ]);
    let hits = SearchIndex::new(&catalog, Track::Python).search("zebra", 10);
    assert_eq!(ids(&hits), ["in-title", "in-concept", "in-summary"]);
    let fields: Vec<Field> = hits.iter().map(|h| h.matched).collect();
    assert_eq!(fields, [Field::Title, Field::Concept, Field::Summary]);
    assert!(hits[0].score > hits[1].score && hits[1].score > hits[2].score);
}

#[test]
fn an_exact_word_beats_a_prefix_which_beats_a_typo() {
    let catalog = fixture(&[
        topic("typo", "Wolrus", "Nothing.", &[]),
        topic("prefix", "Walruses", "Nothing.", &[]),
        topic("exact", "Walrus", "Nothing.", &[]),
    ]);
    let hits = SearchIndex::new(&catalog, Track::Python).search("walrus", 10);
    assert_eq!(ids(&hits), ["exact", "prefix", "typo"]);
    assert!(hits[0].score > hits[1].score && hits[1].score > hits[2].score);
}

#[test]
fn typo_tolerance_grows_with_word_length() {
    let catalog = fixture(&[
        topic("cat", "Cat", "Nothing.", &[]),
        topic("storage", "Storage", "Nothing.", &[]),
        topic("middleware", "Middleware", "Nothing.", &[]),
    ]);
    let index = SearchIndex::new(&catalog, Track::Python);
    let first = |q: &str| index.search(q, 1).first().map(|h| h.topic_id);
    assert_eq!(first("cot"), None, "no typos below four letters");
    assert_eq!(first("strage"), Some("storage"), "one edit at 4-7 letters");
    assert_eq!(first("strge"), None, "not two at 4-7 letters");
    assert_eq!(first("midlewrae"), Some("middleware"), "two edits at 8+");
    assert_eq!(first("mdlewrae"), None, "not three");
}

#[test]
fn equal_scores_keep_catalog_order_and_other_tracks_rank_below_the_summary() {
    let tracked = json!({
        "id": "tracked",
        "title": "Frameworks",
        "summary": "Nothing.",
        "why": "Because.",
        "concepts": [],
        "resources": [],
        "hours": 1,
        "difficulty": "beginner",
        "tracks": {
            "python": { "title": "Frameworks: Okapi", "summary": null, "concepts": null, "resources": null },
            "javascript": { "title": null, "summary": null, "concepts": null, "resources": null },
            "java": { "title": null, "summary": null, "concepts": null, "resources": null },
            "go": { "title": null, "summary": null, "concepts": null, "resources": null }
        }
    });
    let catalog = fixture(&[
        tracked,
        topic("second", "Okapi", "Nothing.", &[]),
        topic("first-in-summary", "Other", "An okapi.", &[]),
        topic("twin", "Okapi", "Nothing.", &[]),
    ]);
    let on_java = SearchIndex::new(&catalog, Track::Java).search("okapi", 10);
    assert_eq!(
        ids(&on_java),
        ["second", "twin", "first-in-summary", "tracked"]
    );
    assert_eq!(on_java[3].matched, Field::OtherTrack);
    let on_python = SearchIndex::new(&catalog, Track::Python).search("okapi", 10);
    assert_eq!(on_python[0].topic_id, "tracked");
}

#[test]
fn punctuation_and_accents_are_normalized() {
    let catalog = fixture(&[
        topic("ci", "CI/CD pipelines", "Nothing.", &[]),
        topic("node", "Running Node.js", "Nothing.", &[]),
        topic("cv", "Job search and résumé", "Nothing.", &[]),
    ]);
    let index = SearchIndex::new(&catalog, Track::Python);
    let first = |q: &str| index.search(q, 1).first().map(|h| h.topic_id);
    assert_eq!(first("cicd"), Some("ci"));
    assert_eq!(first("CI/CD"), Some("ci"));
    assert_eq!(first("nodejs"), Some("node"));
    assert_eq!(first("NODE"), Some("node"));
    assert_eq!(first("resume"), Some("cv"));
    assert_eq!(first("RÉSUMÉ"), Some("cv"));
}

#[test]
fn stop_words_are_ignored_unless_they_are_all_there_is_or_still_being_typed() {
    let catalog = fixture(&[
        topic("okapi", "Okapi", "Nothing.", &[]),
        topic("dns", "DNS and domain names", "Nothing.", &[]),
        topic("shell", "The command line", "Nothing.", &[]),
    ]);
    let index = SearchIndex::new(&catalog, Track::Python);
    // Were "the" kept, no topic would have both words and both would be returned.
    assert_eq!(ids(&index.search("the okapi", 5)), ["okapi"]);
    assert_eq!(ids(&index.search("and", 5)), ["dns"]);
    // The last word may be the start of a longer one, so it is kept.
    assert_eq!(ids(&index.search("domain an", 5)), ["dns"]);
}

#[test]
fn edit_distance_counts_insertions_deletions_substitutions_and_swaps() {
    assert_eq!(edit_distance("", ""), 0);
    assert_eq!(edit_distance("abc", ""), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("docker", "docker"), 0);
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("dokcer", "docker"), 1, "a swap is one edit");
    assert_eq!(edit_distance("kubernets", "kubernetes"), 1);
    assert_eq!(edit_distance("postgress", "postgresql"), 2);
    // Optimal string alignment edits no substring twice, so this is 3, not 2.
    assert_eq!(edit_distance("ca", "abc"), 3);
    // Characters, not bytes.
    assert_eq!(edit_distance("résumé", "resume"), 2);
}

proptest! {
    #[test]
    fn edit_distance_is_a_symmetric_bounded_count(a in "[a-d]{0,8}", b in "[a-d]{0,8}") {
        let d = edit_distance(&a, &b);
        prop_assert_eq!(d, edit_distance(&b, &a));
        prop_assert!(d <= a.len().max(b.len()));
        prop_assert!(d >= a.len().abs_diff(b.len()));
        prop_assert_eq!(d == 0, a == b);
    }

    #[test]
    fn any_query_returns_sorted_hits_within_the_limit(query in "\\PC{0,40}", limit in 0usize..20) {
        let hits = shared_index().search(&query, limit);
        prop_assert!(hits.len() <= limit);
        prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    }
}
