//! Helpers shared by the native test files: proptest strategies for progress
//! and the embedded catalog. Each test file uses the part it needs.
#![allow(dead_code)]

use backend_roadmap::content::{Catalog, Track};
use backend_roadmap::date::Date;
use backend_roadmap::own_plans::{OwnPlan, OwnStage, PlanItem};
use backend_roadmap::progress::{
    CardEntry, CheckEntry, Progress, ReviewEntry, Settings, Status, Theme, TopicEntry,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The embedded catalog, parsed once per test.
pub fn catalog() -> Catalog {
    Catalog::embedded().expect("the embedded content parses")
}

/// A date the test names, which must exist.
pub fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("{s} should parse"))
}

/// Any status.
pub fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// A small id space, so that generated states share keys and merges collide.
pub fn id() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "http",
        "dns",
        "sql-joins",
        "redis",
        "unknown-id",
        "x~concept-a",
    ])
    .prop_map(str::to_owned)
}

/// A topic entry stamped within `stamps`.
pub fn topic_entry(stamps: std::ops::Range<u64>) -> impl Strategy<Value = TopicEntry> {
    (status(), "[ -~]{0,12}", stamps).prop_map(|(status, note, at)| TopicEntry { status, note, at })
}

/// Settings stamped within `stamps`.
pub fn settings(stamps: std::ops::Range<u64>) -> impl Strategy<Value = Settings> {
    (
        (
            prop::sample::select(vec!["backend", "ten-step-india"]),
            prop::sample::select(Track::ALL.to_vec()),
            1u8..=60,
            prop::option::of(prop::sample::select(vec!["2026-01-05", "2024-02-29"])),
            prop::sample::select(Theme::ALL.to_vec()),
        ),
        prop::option::of(stamps.clone()),
        prop::option::of(stamps.clone()),
        stamps,
    )
        .prop_map(
            |((plan, track, hours_per_week, start, theme), last_export, reminder_dismissed, at)| {
                Settings {
                    plan: plan.to_owned(),
                    track,
                    hours_per_week,
                    start: start.and_then(Date::parse),
                    theme,
                    last_export,
                    reminder_dismissed,
                    at,
                }
            },
        )
}

/// A card's review state stamped within `stamps`: new (reset, all zero) or
/// started (a positive stability and a difficulty of 1 to 10), as the decoder accepts.
pub fn card_entry(stamps: std::ops::Range<u64>) -> impl Strategy<Value = CardEntry> {
    (
        prop::sample::select(vec![0.5, 2.3065, 40.0]),
        prop::sample::select(vec![1.0, 5.5, 10.0]),
        0u64..5,
        0u32..3,
        0u32..2,
        stamps,
    )
        .prop_map(|(stability, difficulty, due, reps, lapses, at)| CardEntry {
            stability: if reps > 0 { stability } else { 0.0 },
            difficulty: if reps > 0 { difficulty } else { 0.0 },
            due,
            last: at,
            reps,
            lapses,
            at,
        })
}

/// A small space of review-log keys, so that logs from two states overlap.
pub fn review_key_strategy() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["1~http-q-a", "2~http-q-a", "1~dns-q-b", "3~x-q-c"])
        .prop_map(str::to_owned)
}

/// Progress whose every stamp (and reset mark) lies within `stamps`.
pub fn progress_in(stamps: std::ops::Range<u64>) -> impl Strategy<Value = Progress> {
    (
        prop::collection::btree_map(id(), topic_entry(stamps.clone()), 0..5),
        prop::collection::btree_map(
            id(),
            (any::<bool>(), stamps.clone()).prop_map(|(on, at)| CheckEntry { on, at }),
            0..5,
        ),
        settings(stamps.clone()),
        prop::collection::btree_map(id(), card_entry(stamps.clone()), 0..3),
        prop::collection::btree_map(
            review_key_strategy(),
            (0u8..5, stamps.clone()).prop_map(|(rating, at)| ReviewEntry { rating, at }),
            0..3,
        ),
        prop_oneof![Just(0u64), stamps],
        own_plans(),
    )
        .prop_map(
            |(topics, checks, settings, cards, reviews, cleared_at, plans)| {
                let mut p = Progress {
                    topics,
                    checks,
                    settings,
                    cards,
                    reviews,
                    cleared_at,
                    plans,
                };
                p.drop_cleared();
                p
            },
        )
}

/// Progress with small stamps, so that generated states tie and collide.
pub fn progress() -> impl Strategy<Value = Progress> {
    progress_in(0..5)
}

/// An own plan from a small pool of ids, titles, stamps and topics, so that
/// merges meet the same plan often.
pub fn own_plan() -> impl Strategy<Value = OwnPlan> {
    (
        prop::sample::select(vec!["own-a", "own-b", "own-c"]),
        prop::sample::select(vec!["A", "B"]),
        0u64..4,
        any::<bool>(),
        prop::collection::vec(prop::sample::select(vec!["http", "dns", "sql"]), 0..3),
    )
        .prop_map(|(id, title, at, deleted, topics)| OwnPlan {
            id: id.into(),
            title: title.into(),
            stages: vec![OwnStage {
                title: "S".into(),
                weeks: None,
                items: topics
                    .into_iter()
                    .map(|t| PlanItem::Topic(t.into()))
                    .collect(),
            }],
            at,
            deleted,
        })
}

/// A few own plans, keyed by id.
pub fn own_plans() -> impl Strategy<Value = BTreeMap<String, OwnPlan>> {
    prop::collection::vec(own_plan(), 0..4)
        .prop_map(|list| list.into_iter().map(|p| (p.id.clone(), p)).collect())
}
