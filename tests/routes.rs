//! The prerendered pages: one per route, each with a title and a description.

mod common;

use std::collections::HashSet;

use backend_roadmap::routes::{first_sentence, prerender_routes};

#[test]
fn every_topic_and_stage_has_a_page_and_no_path_repeats() {
    let catalog = common::catalog();
    let routes = prerender_routes(&catalog);
    let paths: Vec<_> = routes.iter().filter_map(|r| r.path.clone()).collect();
    let unique: HashSet<_> = paths.iter().collect();
    assert_eq!(unique.len(), paths.len(), "a path is listed twice");
    for topic in catalog.topics() {
        assert!(
            unique.contains(&format!("topic/{}", topic.id)),
            "no page for topic {}",
            topic.id
        );
    }
    for stage in catalog.plans().iter().flat_map(|p| &p.stages) {
        assert!(
            unique.contains(&format!("stage/{}", stage.id)),
            "no page for stage {}",
            stage.id
        );
    }
    assert!(unique.contains(&String::new()), "no home page");
    assert_eq!(
        routes.iter().filter(|r| r.path.is_none()).count(),
        1,
        "one not-found page"
    );
}

#[test]
fn a_topic_page_is_described_by_the_first_sentence_of_its_summary() {
    let catalog = common::catalog();
    let http = prerender_routes(&catalog)
        .into_iter()
        .find(|r| r.path.as_deref() == Some("topic/http"))
        .expect("a page for HTTP");
    let summary = &catalog.topic("http").expect("HTTP exists").summary;
    assert!(summary.starts_with(&http.description));
    assert!(http.description.ends_with('.'));
    assert!(http.description.len() < summary.len());
    assert_eq!(http.document_title(), "HTTP · Backend Roadmap");
}

#[test]
fn first_sentence_skips_dots_inside_words() {
    assert_eq!(
        first_sentence("Node.js runs JavaScript. It has npm."),
        "Node.js runs JavaScript."
    );
    assert_eq!(
        first_sentence("Use e.g. a queue! Then more."),
        "Use e.g. a queue!"
    );
    assert_eq!(first_sentence("No full stop"), "No full stop");
}
