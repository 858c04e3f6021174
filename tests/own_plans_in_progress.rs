//! Plans of the learner's own inside progress and the app: schema 5 and its
//! migration from every earlier schema, whole-progress operations that keep
//! the learner's plans, the plan as content (catalog overlay, schedule), and
//! the share link's encoding.

mod common;

use std::collections::BTreeMap;

use backend_roadmap::content::SourceKind;
use backend_roadmap::own_plans::{
    base64url, new_plan_id, plan_link_bytes, plan_link_fragment, plan_link_text, read_plan_link,
    stage_id, unbase64url, Installer, OwnPlan, OwnStage, OwnTopic, PlanItem, PlanLinkError,
    MAX_PLAN_LINK, OWN_TOPIC_HOURS,
};
use backend_roadmap::progress::{
    decode, encode, encode_export, merge, merge_import, replace, reset_all, undo, Progress,
};
use backend_roadmap::schedule::plan_schedule;
use common::{catalog, date};
use proptest::prelude::*;

fn kafka_plan(at: u64) -> OwnPlan {
    OwnPlan {
        id: "own-kafka".into(),
        title: "Kafka in a month".into(),
        stages: vec![
            OwnStage {
                title: "Foundations".into(),
                weeks: None,
                items: vec![
                    PlanItem::Topic("http".into()),
                    PlanItem::Topic("message-brokers".into()),
                ],
            },
            OwnStage {
                title: "Streams".into(),
                weeks: Some(3),
                items: vec![PlanItem::Own(OwnTopic {
                    id: "kafka-streams".into(),
                    title: "Kafka Streams".into(),
                    note: "The team's pipeline uses it.".into(),
                    links: vec!["https://kafka.apache.org/documentation/streams/".into()],
                    hours: None,
                })],
            },
        ],
        at,
        deleted: false,
    }
}

fn with_plan(plan: OwnPlan) -> Progress {
    Progress {
        plans: BTreeMap::from([(plan.id.clone(), plan)]),
        ..Progress::default()
    }
}

#[test]
fn every_earlier_schema_migrates_to_schema_5_with_no_plans() {
    let fixtures = [
        include_str!("fixtures/progress-schema-1.json"),
        include_str!("fixtures/progress-schema-2.json"),
        include_str!("fixtures/progress-schema-3.json"),
        include_str!("fixtures/progress-schema-4.json"),
    ];
    for (i, text) in fixtures.iter().enumerate() {
        let decoded = decode(text).unwrap_or_else(|e| panic!("schema {} decodes: {e}", i + 1));
        assert_eq!((decoded.schema, decoded.dropped), (i as u64 + 1, 0));
        assert!(decoded.progress.plans.is_empty());
        assert!(
            !decoded.progress.topics.is_empty(),
            "schema {} keeps its topics",
            i + 1
        );
        let again = decode(&encode(&decoded.progress)).unwrap();
        assert_eq!((again.schema, again.progress), (5, decoded.progress));
    }
    let four = decode(include_str!("fixtures/progress-schema-4.json")).unwrap();
    assert_eq!(four.progress.cards.len(), 1);
    assert_eq!(four.progress.reviews.len(), 1);
}

#[test]
fn plans_round_trip_in_storage_and_export_and_bad_ones_are_dropped_alone() {
    let p = with_plan(kafka_plan(7));
    assert_eq!(decode(&encode(&p)).unwrap().progress, p);
    assert_eq!(decode(&encode_export(&p, "1", "now")).unwrap().progress, p);
    let mut value: serde_json::Value = serde_json::from_str(&encode(&p)).unwrap();
    value["plans"]["own-broken"] = serde_json::json!({"id": "own-broken", "title": 3});
    value["plans"]["own-elsewhere"] = serde_json::to_value(kafka_plan(1)).unwrap();
    value["plans"]["backend"] =
        serde_json::json!({"id": "backend", "title": "x", "stages": [], "at": 1});
    let decoded = decode(&value.to_string()).unwrap();
    assert_eq!(
        decoded.dropped, 3,
        "a malformed plan, one under another id, one not own-"
    );
    assert_eq!(decoded.progress, p);
}

#[test]
fn a_schema_4_file_with_a_plans_key_did_not_write_it() {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/progress-schema-4.json")).unwrap();
    value["plans"] = serde_json::json!({"own-x": kafka_plan(1)});
    assert!(decode(&value.to_string())
        .unwrap()
        .progress
        .plans
        .is_empty());
}

#[test]
fn resets_and_replace_keep_the_learners_plans() {
    let current = with_plan(kafka_plan(7));
    assert_eq!(reset_all(&current, 100).plans, current.plans);
    let mut incoming = with_plan(OwnPlan {
        id: "own-other".into(),
        ..kafka_plan(3)
    });
    incoming.plans.insert(
        "own-kafka".into(),
        OwnPlan {
            title: "Renamed in the file".into(),
            ..kafka_plan(2)
        },
    );
    let replaced = replace(&current, &incoming, 100);
    assert_eq!(replaced.plans.len(), 2);
    assert_eq!(replaced.plans["own-kafka"].title, "Renamed in the file");
    assert_eq!(
        replaced.plans["own-kafka"].at, 100,
        "the file's version is stamped now"
    );
    // The replace stands against the copy from before it.
    assert_eq!(merge(&replaced, &current).plans, replaced.plans);
}

#[test]
fn undoing_an_import_deletes_the_plan_it_added_and_restores_the_one_it_changed() {
    let before = with_plan(kafka_plan(7));
    let mut incoming = with_plan(OwnPlan {
        id: "own-new".into(),
        ..kafka_plan(3)
    });
    incoming.plans.insert(
        "own-kafka".into(),
        OwnPlan {
            title: "Newer".into(),
            ..kafka_plan(9)
        },
    );
    let after = merge_import(&before, &incoming, 100);
    assert_eq!(after.plans["own-kafka"].title, "Newer");
    let undone = undo(&after, &before, &after, 200);
    assert!(undone.plans["own-new"].deleted);
    assert_eq!(undone.plans["own-kafka"].title, "Kafka in a month");
    // Neither the state the import left nor the file brings them back.
    let merged = merge(&merge(&undone, &after), &incoming);
    assert!(merged.plans["own-new"].deleted);
    assert_eq!(merged.plans["own-kafka"].title, "Kafka in a month");
}

#[test]
fn installed_plans_are_content_the_catalog_finds() {
    let catalog = catalog();
    let mut installer = Installer::default();
    let plans = with_plan(kafka_plan(7)).plans;
    installer.install(&catalog, &plans);
    let plan = catalog
        .plan("own-kafka")
        .expect("an own plan is found by id");
    assert_eq!(plan.source.kind, SourceKind::Own);
    assert_eq!(plan.stages[1].id, stage_id("own-kafka", 1));
    assert_eq!(plan.stages[1].fixed_weeks, Some(3));
    let (found, index, _) = catalog.stage("own-kafka-2").expect("its stages too");
    assert_eq!((found.id.as_str(), index), ("own-kafka", 1));
    let own = catalog
        .topic("kafka-streams")
        .expect("own topics are topics");
    assert_eq!(own.hours, u32::from(OWN_TOPIC_HOURS));
    assert_eq!(
        own.resources[0].url,
        "https://kafka.apache.org/documentation/streams/"
    );
    assert!(catalog.catalog_topic("kafka-streams").is_none());
    // The same stamp keeps the same content; a new one makes new content.
    installer.install(&catalog, &plans);
    assert!(std::ptr::eq(plan, catalog.plan("own-kafka").unwrap()));
    let renamed = with_plan(OwnPlan {
        title: "Renamed".into(),
        ..kafka_plan(8)
    });
    installer.install(&catalog, &renamed.plans);
    assert_eq!(catalog.plan("own-kafka").unwrap().title, "Renamed");
    // A deleted plan and its topics are gone.
    let deleted = with_plan(OwnPlan {
        deleted: true,
        ..kafka_plan(9)
    });
    installer.install(&catalog, &deleted.plans);
    assert!(catalog.plan("own-kafka").is_none());
    assert!(catalog.topic("kafka-streams").is_none());
    assert!(catalog.own_plans().is_empty());
}

#[test]
fn a_stage_given_weeks_lasts_them_and_one_without_follows_its_hours() {
    let catalog = catalog();
    Installer::default().install(&catalog, &with_plan(kafka_plan(7)).plans);
    let plan = catalog.plan("own-kafka").unwrap();
    let schedule = plan_schedule(
        &catalog,
        plan,
        |_| Default::default(),
        10,
        date("2027-01-04"),
        date("2027-01-04"),
    );
    let hours: u32 = ["http", "message-brokers"]
        .iter()
        .map(|id| catalog.topic(id).unwrap().hours)
        .sum();
    assert_eq!(schedule.stages[0].effort_hours, hours);
    assert_eq!(
        i64::from(schedule.stages[0].days),
        (f64::from(hours) * 7.0 / 10.0).ceil() as i64
    );
    assert_eq!(
        schedule.stages[1].days, 21,
        "three weeks, whatever the hours"
    );
    assert_eq!(schedule.stages[1].effort_hours, u32::from(OWN_TOPIC_HOURS));
    // Untouched on its first day, the plan projects its planned finish.
    assert_eq!(schedule.projected_finish, schedule.planned_finish);
}

#[test]
fn the_default_hours_of_an_own_topic_are_the_catalogs_median() {
    let mut hours: Vec<u32> = catalog().topics().iter().map(|t| t.hours).collect();
    hours.sort_unstable();
    assert_eq!(hours[hours.len() / 2], u32::from(OWN_TOPIC_HOURS));
}

#[test]
fn new_plan_ids_are_own_and_never_taken() {
    assert_eq!(new_plan_id(35, |_| false), "own-z");
    assert_eq!(new_plan_id(36, |_| false), "own-10");
    assert_eq!(new_plan_id(35, |id| id == "own-z"), "own-z-2");
}

#[test]
fn a_plan_link_round_trips_and_a_damaged_one_is_refused() {
    let catalog = catalog();
    let plan = kafka_plan(7);
    // The browser compresses; the framing and the text must survive as they are.
    let text = plan_link_text(&plan);
    let fragment = plan_link_fragment(text.as_bytes()).expect("a small plan fits");
    let bytes = plan_link_bytes(&fragment).unwrap();
    let read =
        read_plan_link(std::str::from_utf8(&bytes).unwrap(), &catalog, "own-got", 9).unwrap();
    assert_eq!(
        read,
        OwnPlan {
            id: "own-got".into(),
            at: 9,
            ..plan
        }
    );
    assert_eq!(plan_link_bytes("1.").unwrap_err(), PlanLinkError::Damaged);
    assert_eq!(
        plan_link_bytes("2.AAAA").unwrap_err(),
        PlanLinkError::Damaged
    );
    assert_eq!(
        plan_link_bytes("1.A*AA").unwrap_err(),
        PlanLinkError::Damaged
    );
    assert!(
        plan_link_fragment(&vec![0u8; MAX_PLAN_LINK]).is_none(),
        "too long for a link"
    );
    let invalid = read_plan_link(
        "{\"format\":\"backend-roadmap-plan\",\"version\":1,\"title\":\"\",\"stages\":[]}",
        &catalog,
        "own-x",
        1,
    )
    .unwrap_err()
    .to_string();
    assert_eq!(invalid, "This plan link holds a plan this app cannot read: The plan has no title. The plan has no stages.");
}

proptest! {
    #[test]
    fn base64url_round_trips_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = base64url(&bytes);
        prop_assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        prop_assert_eq!(unbase64url(&text), Some(bytes));
    }

    #[test]
    fn progress_merge_with_plans_is_commutative_and_idempotent(a in common::progress(), b in common::progress()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        prop_assert_eq!(merge(&a, &a), a.clone());
    }
}

#[test]
fn the_editors_changes_keep_the_plans_rules() {
    use backend_roadmap::own_plans::{
        add_item, add_stage, move_within, new_plan, own_topic, parse_links, remove_stage,
        AddRefused,
    };
    let catalog = catalog();
    let mut plan = new_plan("own-a".into(), "  Mine ", None, None, 1);
    assert_eq!((plan.title.as_str(), plan.stages.len()), ("Mine", 1));
    assert!(!remove_stage(&mut plan, 0), "a plan keeps one stage");
    assert!(add_stage(&mut plan) && add_stage(&mut plan));
    assert_eq!(plan.stages[2].title, "Stage 3");
    assert!(move_within(&mut plan.stages, 2, -2));
    assert_eq!(plan.stages[0].title, "Stage 3");
    assert!(!move_within(&mut plan.stages, 0, -1) && !move_within(&mut plan.stages, 2, 1));
    assert!(remove_stage(&mut plan, 0));
    assert_eq!(
        add_item(&mut plan, 0, PlanItem::Topic("http".into())),
        Ok(())
    );
    assert_eq!(
        add_item(&mut plan, 1, PlanItem::Topic("http".into())),
        Err(AddRefused::AlreadyThere)
    );
    assert_eq!(
        add_item(&mut plan, 9, PlanItem::Topic("dns".into())),
        Err(AddRefused::NoStage)
    );
    let own = own_topic(
        &plan,
        &catalog,
        "Kafka: Streams!",
        " note ",
        vec![],
        Some(4),
    );
    assert_eq!(
        (own.id.as_str(), own.note.as_str()),
        ("my-kafka-streams", "note")
    );
    add_item(&mut plan, 1, PlanItem::Own(own)).unwrap();
    let again = own_topic(&plan, &catalog, "Kafka streams", "", vec![], None);
    assert_eq!(
        again.id, "my-kafka-streams-2",
        "ids never repeat within a plan"
    );
    let (links, bad) = parse_links("https://kafka.apache.org/\n\nftp://x.org\n");
    assert_eq!(
        (links, bad),
        (
            vec!["https://kafka.apache.org/".to_owned()],
            vec!["ftp://x.org".to_owned()]
        )
    );
    // A copy of a published plan keeps its stages and topics, in order.
    let canonical = catalog.canonical();
    let copy = new_plan("own-b".into(), "Copy", Some(canonical), None, 2);
    assert_eq!(copy.stages.len(), canonical.stages.len());
    assert_eq!(copy.stages[0].items[0].id(), canonical.stages[0].topics[0]);
}

#[test]
fn a_copy_of_every_published_plan_is_a_valid_plan_file() {
    use backend_roadmap::own_plans::{decode_plan_file, encode_plan_file, new_plan, UnknownTopics};
    let catalog = catalog();
    for plan in catalog.plans() {
        let copy = new_plan("own-c".into(), &plan.title, Some(plan), None, 2);
        let read = decode_plan_file(
            &encode_plan_file(&copy),
            &catalog,
            UnknownTopics::Report,
            "own-c",
            2,
        );
        assert_eq!(read, Ok(copy), "{}", plan.id);
    }
}

#[test]
fn counts_name_the_learners_plans_when_there_are_some() {
    assert_eq!(
        Progress::default().counts().to_string(),
        "0 topic statuses, 0 notes and 0 ticked items"
    );
    let mut p = with_plan(kafka_plan(1));
    p.plans.insert(
        "own-gone".into(),
        OwnPlan {
            id: "own-gone".into(),
            deleted: true,
            ..kafka_plan(2)
        },
    );
    assert_eq!(p.counts().plans, 1);
    assert_eq!(
        p.counts().to_string(),
        "0 topic statuses, 0 notes and 0 ticked items, with 1 plan of your own"
    );
}
