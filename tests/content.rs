//! Validation of the real embedded content, and proof that the validation catches breakage.

mod common;

use backend_roadmap::content::{
    validate, Catalog, ResourceKind, SourceKind, Track, ALIASES_FILE, OUTLOOK_FILE, PLAN_FILES,
    TOPIC_FILES,
};
use common::catalog;

#[test]
fn embedded_content_passes_every_rule() {
    let problems = validate(&catalog());
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} content problems:\n{}",
        problems.len(),
        listing.join("\n")
    );
}

#[test]
fn catalog_is_large_enough_and_has_every_plan_file() {
    let catalog = catalog();
    assert!(
        catalog.topics().len() >= 100,
        "only {} topics",
        catalog.topics().len()
    );
    assert_eq!(catalog.plans().len(), PLAN_FILES.len());
    assert_eq!(catalog.canonical().id, "backend");
    assert_eq!(catalog.published_plan_count(), catalog.plans().len() - 1);
    let tracked = catalog.topics().iter().filter(|t| t.has_tracks()).count();
    assert!(tracked >= 10, "only {tracked} topics have language tracks");
}

#[test]
fn topics_the_issue_requires_are_present() {
    let catalog = catalog();
    for id in [
        "first-language",
        "oop",
        "clean-code",
        "type-hints",
        "error-handling",
        "data-structures",
        "complexity",
        "command-line",
        "git-basics",
        "git-collaboration",
        "how-the-internet-works",
        "dns",
        "http",
        "https",
        "rest",
        "json-serialization",
        "sql-basics",
        "sql-joins",
        "sql-aggregation",
        "normalization",
        "indexes",
        "query-plans",
        "transactions",
        "isolation-levels",
        "orm",
        "mongodb",
        "mongodb-aggregation",
        "sql-vs-nosql",
        "web-frameworks",
        "routing",
        "middleware",
        "input-validation",
        "api-design",
        "api-pagination",
        "api-errors-status-codes",
        "openapi",
        "api-clients",
        "sessions-cookies",
        "token-auth-jwt",
        "oauth2-oidc",
        "password-hashing",
        "authorization-rbac",
        "owasp-top-10",
        "rate-limiting",
        "tls",
        "secrets-env-vars",
        "unit-testing",
        "integration-testing",
        "e2e-testing",
        "mocking",
        "test-coverage",
        "ci-cd",
        "docker",
        "docker-compose",
        "linux-servers",
        "nginx",
        "cloud-platforms",
        "managed-databases",
        "serverless",
        "logging",
        "monitoring-metrics",
        "distributed-tracing",
        "redis",
        "background-jobs",
        "message-brokers",
        "event-driven-design",
        "websockets",
        "graphql",
        "monolith-microservices",
        "load-balancing",
        "replication",
        "sharding",
        "system-design-practice",
        "dsa-interview-practice",
        "portfolio",
    ] {
        assert!(catalog.topic(id).is_some(), "missing topic {id}");
    }
}

/// Rebuilds the catalog with one file's text changed.
fn with_plan_edit(file: &str, edit: impl Fn(&str) -> String) -> Catalog {
    let plans: Vec<(&str, String)> = PLAN_FILES
        .iter()
        .map(|(name, json)| {
            (
                *name,
                if *name == file {
                    edit(json)
                } else {
                    (*json).to_owned()
                },
            )
        })
        .collect();
    let plan_refs: Vec<(&str, &str)> = plans.iter().map(|(n, j)| (*n, j.as_str())).collect();
    Catalog::from_sources(TOPIC_FILES, &plan_refs, OUTLOOK_FILE, ALIASES_FILE)
        .expect("still parses")
}

#[test]
fn a_broken_topic_reference_is_reported_with_file_and_stage() {
    let catalog = with_plan_edit("plans/backend.json", |json| {
        json.replacen("\"http\"", "\"htttp\"", 1)
    });
    let problems = validate(&catalog);
    let broken = problems
        .iter()
        .find(|p| p.message.contains("unknown topic id 'htttp'"))
        .unwrap_or_else(|| panic!("no problem reported: {problems:?}"));
    assert_eq!(broken.file, "plans/backend.json");
    assert!(
        broken.id.starts_with("backend-"),
        "names the stage: {broken}"
    );
}

#[test]
fn duplicate_ids_bad_urls_and_markup_are_reported() {
    let catalog = with_plan_edit("plans/ten-step-india.json", |json| {
        let first_stage = json
            .split("\"id\": \"")
            .nth(2)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .to_owned();
        json.replacen(
            &format!("\"id\": \"{first_stage}\""),
            "\"id\": \"backend\"",
            1,
        )
        .replacen("\"summary\": \"", "\"summary\": \"<b>bold</b> ", 1)
    });
    let problems = validate(&catalog);
    assert!(
        problems
            .iter()
            .any(|p| p.id == "backend" && p.message.contains("not unique")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.message.contains("markup")),
        "{problems:?}"
    );

    let topics: Vec<(&str, String)> = TOPIC_FILES
        .iter()
        .map(|(n, j)| {
            (
                *n,
                j.replacen("\"url\": \"https://", "\"url\": \"http://", 1),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = topics.iter().map(|(n, j)| (*n, j.as_str())).collect();
    let catalog = Catalog::from_sources(&refs, PLAN_FILES, OUTLOOK_FILE, ALIASES_FILE).unwrap();
    let problems = validate(&catalog);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("not a valid https URL")),
        "{problems:?}"
    );
}

#[test]
fn an_alias_to_a_missing_topic_is_reported() {
    let catalog = Catalog::from_sources(
        TOPIC_FILES,
        PLAN_FILES,
        OUTLOOK_FILE,
        (
            "aliases.json",
            r#"{ "old-http": "http", "gone": "nowhere", "http": "rest" }"#,
        ),
    )
    .unwrap();
    assert_eq!(
        catalog.topic("old-http").map(|t| t.id.as_str()),
        Some("http")
    );
    assert_eq!(
        catalog.topic("http").map(|t| t.id.as_str()),
        Some("http"),
        "a live id is never shadowed"
    );
    let problems = validate(&catalog);
    assert!(problems
        .iter()
        .any(|p| p.id == "gone" && p.message.contains("unknown topic")));
    assert!(problems
        .iter()
        .any(|p| p.id == "http" && p.message.contains("shadows")));
}

#[test]
fn a_file_that_does_not_parse_is_named() {
    let err = Catalog::from_sources(
        &[("topics/broken.json", "[{\"id\": 3}]")],
        PLAN_FILES,
        OUTLOOK_FILE,
        ALIASES_FILE,
    )
    .unwrap_err();
    assert_eq!(err.file, "topics/broken.json");
}

#[test]
fn every_topic_says_how_many_plans_include_it() {
    let catalog = catalog();
    for topic in catalog.topics() {
        let n = catalog.plans_including(&topic.id).len();
        assert!(
            (1..=catalog.plans().len()).contains(&n),
            "{} in {n} plans",
            topic.id
        );
    }
    assert_eq!(
        catalog
            .plans_including("http")
            .first()
            .map(|p| p.id.as_str()),
        Some("backend")
    );
}

#[test]
fn track_variants_swap_titles_and_fall_back_otherwise() {
    let catalog = catalog();
    let frameworks = catalog.topic("web-frameworks").unwrap();
    let titles: Vec<&str> = Track::ALL
        .iter()
        .map(|t| frameworks.title_for(*t))
        .collect();
    assert!(
        titles[0] != titles[1] && titles[1] != titles[2],
        "{titles:?}"
    );
    let dns = catalog.topic("dns").unwrap();
    assert!(Track::ALL.iter().all(|t| dns.title_for(*t) == dns.title));
}

#[test]
fn plan_length_sums_dated_stages_and_counts_undated_ones() {
    let catalog = catalog();
    for plan in catalog.plans() {
        let dated: Vec<_> = plan.stages.iter().filter_map(|s| s.weeks).collect();
        let length = plan.length();
        assert_eq!(length.min, dated.iter().map(|w| w.min).sum::<u32>());
        assert_eq!(length.max, dated.iter().map(|w| w.max).sum::<u32>());
        assert_eq!(length.undated, plan.stages.len() - dated.len());
    }
    let rohith = catalog.plan("rohith-builds").unwrap().length();
    assert_eq!(rohith.undated, 1, "the bonus phase has no duration");
    assert_eq!(
        rohith.to_string(),
        format!("{} + 1 undated stage", rohith.min),
        "{rohith:?}"
    );
    assert_eq!(
        catalog.plan("role-based").unwrap().length().to_string(),
        "not stated"
    );
    let canonical = catalog.canonical().length();
    assert_eq!(canonical.undated, 0);
    assert!(canonical.min < canonical.max);
}

#[test]
fn coverage_is_the_share_of_catalog_topics_a_plan_lists() {
    let catalog = catalog();
    let total = catalog.topics().len();
    assert_eq!(catalog.coverage_percent(catalog.canonical()), 100);
    for plan in catalog.plans() {
        let covered = catalog.plan_topic_ids(plan).len();
        let missing = catalog.topics_missing_from(plan).len();
        assert_eq!(covered + missing, total, "{}", plan.id);
        assert_eq!(catalog.coverage_percent(plan), covered * 100 / total);
        if plan.source.kind == SourceKind::Published {
            assert!(catalog.coverage_percent(plan) < 100, "{}", plan.id);
        }
    }
}

#[test]
fn resources_are_grouped_by_kind_in_display_order_without_empty_groups() {
    let catalog = catalog();
    for topic in catalog.topics() {
        for track in Track::ALL {
            let groups = topic.resources_by_kind(track);
            let kinds: Vec<ResourceKind> = groups.iter().map(|(k, _)| *k).collect();
            let mut in_order = kinds.clone();
            in_order.sort_by_key(|k| ResourceKind::ALL.iter().position(|a| a == k));
            in_order.dedup();
            assert_eq!(kinds, in_order, "{}", topic.id);
            assert!(groups
                .iter()
                .all(|(kind, group)| !group.is_empty() && group.iter().all(|r| r.kind == *kind)));
            let grouped: usize = groups.iter().map(|(_, g)| g.len()).sum();
            assert_eq!(grouped, topic.resources_for(track).len(), "{}", topic.id);
        }
    }
    let http = catalog
        .topic("http")
        .unwrap()
        .resources_by_kind(Track::Python);
    assert_eq!(
        http[0].0,
        ResourceKind::Official,
        "official documentation first"
    );
}

mod check_keys {
    use backend_roadmap::content::{
        check_dom_id, concept_check_id, is_concept_key, is_concept_of, rename_concept_key,
    };

    #[test]
    fn a_concept_key_is_the_topic_id_and_a_slug_of_the_text() {
        let key = concept_check_id("http", "Status codes: 2xx, 4xx & 5xx!");
        assert_eq!(key, "http~status-codes-2xx-4xx-5xx");
        assert!(is_concept_key(&key));
        assert!(!is_concept_key("backend-foundations-o1"));
        let long = concept_check_id("dns", &"record ".repeat(20));
        assert!(long.len() <= "dns~".len() + 48, "{long}");
        assert!(!long.ends_with('-'));
    }

    #[test]
    fn concept_keys_belong_to_their_topic_only() {
        let key = concept_check_id("sql", "Joins");
        assert!(is_concept_of(&key, "sql"));
        assert!(
            !is_concept_of(&key, "sq"),
            "a prefix of the id is another topic"
        );
        assert!(!is_concept_of(
            &concept_check_id("sql-joins", "Joins"),
            "sql"
        ));
        assert_eq!(
            rename_concept_key(&key, "sql", "sql-basics"),
            Some(concept_check_id("sql-basics", "Joins"))
        );
        assert_eq!(rename_concept_key("sql-o1", "sql", "sql-basics"), None);
    }

    #[test]
    fn a_check_dom_id_needs_no_escaping_in_a_selector() {
        let id = check_dom_id(&concept_check_id("http", "Methods"));
        assert_eq!(id, "check-http--methods");
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        assert_eq!(check_dom_id("stage-o1"), "check-stage-o1");
    }
}
