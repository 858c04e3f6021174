//! Validation of the real embedded content, and proof that the validation catches breakage.

use backend_roadmap::content::{
    validate, Catalog, ALIASES_FILE, OUTLOOK_FILE, PLAN_FILES, TOPIC_FILES,
};

fn embedded() -> Catalog {
    Catalog::embedded().unwrap_or_else(|e| panic!("content does not parse: {e}"))
}

#[test]
fn embedded_content_passes_every_rule() {
    let problems = validate(&embedded());
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} content problems:\n{}",
        problems.len(),
        listing.join("\n")
    );
}

#[test]
fn catalogue_is_large_enough_and_has_all_six_plans() {
    let catalog = embedded();
    assert!(
        catalog.topics().len() >= 100,
        "only {} topics",
        catalog.topics().len()
    );
    assert_eq!(catalog.plans().len(), 6);
    assert_eq!(catalog.canonical().id, "backend");
    let tracked = catalog.topics().iter().filter(|t| t.has_tracks()).count();
    assert!(tracked >= 10, "only {tracked} topics have language tracks");
}

#[test]
fn topics_the_issue_requires_are_present() {
    let catalog = embedded();
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

/// Rebuilds the catalogue with one file's text changed.
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
    let catalog = embedded();
    for topic in catalog.topics() {
        let n = catalog.plans_including(&topic.id).len();
        assert!((1..=6).contains(&n), "{} in {n} plans", topic.id);
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
    use backend_roadmap::content::Track;
    let catalog = embedded();
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
    let catalog = embedded();
    let rohith = catalog.plan("rohith-builds").unwrap().length();
    assert_eq!((rohith.min, rohith.max, rohith.undated), (15, 15, 1));
    assert_eq!(rohith.to_string(), "15 + 1 undated stage");
    assert_eq!(
        catalog.plan("role-based").unwrap().length().to_string(),
        "not stated"
    );
    let canonical = catalog.canonical().length();
    assert_eq!(canonical.undated, 0);
    assert!(canonical.min < canonical.max);
}
