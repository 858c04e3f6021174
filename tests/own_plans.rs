//! Plans of the learner's own: the plan file (round trip, and each problem
//! with its message, a bad file changing nothing) and the merge of two copies
//! (commutative, associative, idempotent; tombstones hold).

mod common;

use std::collections::BTreeMap;

use backend_roadmap::own_plans::{
    decode_plan_file, encode_plan_file, merge_plans, OwnPlan, OwnStage, OwnTopic, PlanItem,
    UnknownTopics, MAX_PLAN_FILE_BYTES, MAX_STAGES, MAX_TOPICS,
};
use common::catalog;
use proptest::prelude::*;

fn sample() -> OwnPlan {
    OwnPlan {
        id: "own-1".into(),
        title: "Kafka in a month".into(),
        stages: vec![
            OwnStage {
                title: "Foundations".into(),
                weeks: Some(2),
                items: vec![
                    PlanItem::Topic("http".into()),
                    PlanItem::Topic("message-brokers".into()),
                ],
            },
            OwnStage {
                title: "Streams".into(),
                weeks: None,
                items: vec![PlanItem::Own(OwnTopic {
                    id: "kafka-streams".into(),
                    title: "Kafka Streams".into(),
                    note: "The team's pipeline uses it.".into(),
                    links: vec!["https://kafka.apache.org/documentation/streams/".into()],
                    hours: Some(12),
                })],
            },
        ],
        at: 5,
        deleted: false,
    }
}

/// The sample as `decode` reads it back: a new id and stamp.
fn imported() -> OwnPlan {
    OwnPlan {
        id: "own-2".into(),
        at: 9,
        ..sample()
    }
}

fn decode(text: &str) -> Result<OwnPlan, Vec<String>> {
    decode_plan_file(text, &catalog(), UnknownTopics::Report, "own-2", 9)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The sample's file with `edit` applied to its JSON.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&encode_plan_file(&sample())).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn a_plan_file_round_trips_under_a_new_id_and_stamp() {
    let text = encode_plan_file(&sample());
    assert!(text.contains("\"format\": \"backend-roadmap-plan\""));
    let plan = decode(&text).unwrap();
    assert_eq!(plan, imported());
}

#[test]
fn each_problem_has_its_message() {
    let cases: Vec<(String, Vec<&str>)> = vec![
        ("{".into(), vec!["The file is not a readable plan file: EOF while parsing an object at line 1 column 1."]),
        ("{\"format\":\"backend-roadmap-progress\"}".into(), vec!["The file is not a plan file (its format is not \"backend-roadmap-plan\")."]),
        (edited(|v| v["version"] = 7.into()), vec!["The file is version 7, from a newer version of the app; update the app to read it."]),
        (edited(|v| v["title"] = " ".into()), vec!["The plan has no title."]),
        (edited(|v| v["stages"] = serde_json::json!([])), vec!["The plan has no stages."]),
        (edited(|v| v["stages"][1]["title"] = "".into()), vec!["Stage 2 has no title."]),
        (edited(|v| v["stages"][0]["weeks"] = 0.into()), vec!["Stage 1 is given 0 weeks; give 1 to 104, or none to follow its hours."]),
        (
            edited(|v| v["stages"][1]["items"][0] = serde_json::json!({"topic": "http"})),
            vec!["The topic \"http\" appears more than once."],
        ),
        (
            edited(|v| v["stages"][0]["items"][1] = serde_json::json!({"topic": "no-such-topic"})),
            vec!["The topic \"no-such-topic\" is not in this app's catalog."],
        ),
        (
            edited(|v| v["stages"][1]["items"][0]["own"]["id"] = "dns".into()),
            vec!["Your topic \"dns\" has the id of a catalog topic; give it another."],
        ),
        (
            edited(|v| v["stages"][1]["items"][0]["own"]["title"] = "".into()),
            vec!["Your topic \"kafka-streams\" has no title."],
        ),
        (
            edited(|v| v["stages"][1]["items"][0]["own"]["links"][0] = "http://example.org/".into()),
            vec!["The link \"http://example.org/\" of \"kafka-streams\" is not an https address."],
        ),
        (
            edited(|v| v["stages"][1]["items"][0]["own"]["hours"] = 0.into()),
            vec!["Your topic \"kafka-streams\" is given 0 hours; give 1 to 200."],
        ),
        (
            edited(|v| v["extra"] = 1.into()),
            vec!["The file is not a readable plan file: unknown field `extra`, expected one of `format`, `version`, `title`, `stages`."],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(decode(&text).unwrap_err(), expected, "{text}");
    }
}

#[test]
fn limits_on_size_stages_and_topics() {
    let big = " ".repeat(MAX_PLAN_FILE_BYTES + 1);
    assert_eq!(
        decode(&big).unwrap_err(),
        vec!["The file is 257 KB; a plan file is at most 256 KB."]
    );
    let stages = edited(|v| {
        let stage = serde_json::json!({"title": "S", "items": []});
        v["stages"] = serde_json::Value::Array(vec![stage; MAX_STAGES + 1]);
    });
    assert_eq!(
        decode(&stages).unwrap_err(),
        vec![format!(
            "The plan has {} stages; a plan has at most 50.",
            MAX_STAGES + 1
        )]
    );
    let topics = edited(|v| {
        let items: Vec<serde_json::Value> = (0..=MAX_TOPICS)
            .map(|i| serde_json::json!({"own": {"id": format!("t{i}"), "title": "T"}}))
            .collect();
        v["stages"] = serde_json::json!([{"title": "S", "items": items}]);
    });
    assert_eq!(
        decode(&topics).unwrap_err(),
        vec![format!(
            "The plan has {} topics; a plan has at most 500.",
            MAX_TOPICS + 1
        )]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = edited(|v| {
        v["title"] = "".into();
        v["stages"][0]["items"][0] = serde_json::json!({"topic": "nope"});
    });
    assert_eq!(
        decode(&text).unwrap_err(),
        vec![
            "The plan has no title.",
            "The topic \"nope\" is not in this app's catalog."
        ]
    );
}

#[test]
fn unknown_topics_can_be_kept_as_the_learners_own() {
    let text =
        edited(|v| v["stages"][0]["items"][1] = serde_json::json!({"topic": "no-such-topic"}));
    let plan = decode_plan_file(&text, &catalog(), UnknownTopics::KeepAsOwn, "own-3", 1).unwrap();
    assert_eq!(
        plan.stages[0].items[1],
        PlanItem::Own(OwnTopic {
            id: "no-such-topic".into(),
            title: "no-such-topic".into(),
            note: "Not in this app's catalog.".into(),
            links: vec![],
            hours: None,
        })
    );
}

proptest! {
    #[test]
    fn merging_plans_is_commutative_associative_and_idempotent(a in common::own_plans(), b in common::own_plans(), c in common::own_plans()) {
        prop_assert_eq!(merge_plans(&a, &b), merge_plans(&b, &a));
        prop_assert_eq!(merge_plans(&merge_plans(&a, &b), &c), merge_plans(&a, &merge_plans(&b, &c)));
        prop_assert_eq!(merge_plans(&a, &a), a.clone());
    }

    #[test]
    fn a_later_deletion_stands_against_an_older_copy(plan in common::own_plan()) {
        let older = BTreeMap::from([(plan.id.clone(), OwnPlan { deleted: false, ..plan.clone() })]);
        let deleted = BTreeMap::from([(plan.id.clone(), OwnPlan { deleted: true, at: plan.at + 1, ..plan.clone() })]);
        let merged = merge_plans(&older, &deleted);
        prop_assert!(merged[&plan.id].deleted);
        prop_assert_eq!(merge_plans(&deleted, &older), merged);
    }
}

/// The JSON Schema in docs/ names exactly the fields the app writes.
#[test]
fn the_schema_describes_the_file_the_app_writes() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/plan-file.schema.json")).unwrap();
    let file: serde_json::Value = serde_json::from_str(&encode_plan_file(&sample())).unwrap();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&schema["properties"]), keys(&file));
    assert_eq!(
        keys(&schema["$defs"]["stage"]["properties"]),
        keys(&file["stages"][0])
    );
    assert_eq!(
        keys(&schema["$defs"]["own"]["properties"]),
        keys(&file["stages"][1]["items"][0]["own"])
    );
    assert_eq!(schema["properties"]["stages"]["maxItems"], MAX_STAGES);
    assert_eq!(
        schema["properties"]["format"]["const"],
        "backend-roadmap-plan"
    );
}

/// The example in docs/plan-file.md is a valid plan file.
#[test]
fn the_documented_example_reads() {
    let doc = include_str!("../docs/plan-file.md");
    let example = doc
        .split("```json")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let plan = decode(example).unwrap();
    assert_eq!(plan, imported());
}
