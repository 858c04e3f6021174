//! Progress: decoding never panics, round-trips, merges converge, old schemas migrate.

mod common;

use backend_roadmap::content::{concept_check_id, Track};
use backend_roadmap::progress::{
    decode, decode_import, encode, encode_export, merge, DecodeError, Progress, Settings, Status,
    Theme, MAX_IMPORT_BYTES, SCHEMA,
};
use common::progress;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decoders_never_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode_import(&bytes);
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn decoders_never_panic_on_json_shaped_noise(text in r#"\{("(schema|topics|checks|settings|status|note|at|on|plan|track|theme|start|hours_per_week|http)"|[:,\{\}\[\]0-9\-\.e]|true|false|null|"[a-z]{0,3}"){0,40}"#) {
        let _ = decode(&text);
    }

    #[test]
    fn encode_then_decode_gives_back_the_same_state(p in progress()) {
        let decoded = decode(&encode(&p)).expect("own output decodes");
        prop_assert_eq!(decoded.dropped, 0);
        prop_assert_eq!(decoded.progress, p.clone());
        let exported = decode_import(encode_export(&p, "1.0.0", "2026-11-21T00:00:00Z").as_bytes()).unwrap();
        prop_assert_eq!(exported.progress, p);
    }

    #[test]
    fn merge_is_commutative(a in progress(), b in progress()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in progress(), b in progress(), c in progress()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_is_idempotent(a in progress(), b in progress()) {
        prop_assert_eq!(merge(&a, &a), a.clone());
        let ab = merge(&a, &b);
        prop_assert_eq!(merge(&ab, &b), ab.clone());
    }
}

#[test]
fn schema_1_fixture_migrates_to_the_current_schema() {
    let text = include_str!("fixtures/progress-schema-1.json");
    let decoded = decode(text).expect("schema 1 decodes");
    assert_eq!(decoded.schema, 1);
    assert_eq!(decoded.dropped, 0);
    let p = decoded.progress;
    assert_eq!(p.status("http"), Status::Done);
    assert_eq!(p.note("http"), "Read RFC 9110 sections 9 and 15.");
    assert_eq!(p.status("sql-joins"), Status::Learning);
    // Ids the content does not know are kept, not dropped.
    assert_eq!(p.status("a-topic-from-the-future"), Status::Skipped);
    assert!(p.is_checked("backend-foundations-o1"));
    assert_eq!(p.checks["backend-foundations-o1"].at, 1767225600000);
    assert_eq!(p.settings.track, Track::Java);
    assert_eq!(p.settings.hours_per_week, 12);
    assert_eq!(p.settings.theme, Theme::Dark);
    // Re-encoding writes the current schema.
    assert!(encode(&p).contains(&format!("\"schema\":{SCHEMA}")));
}

#[test]
fn bad_input_gets_a_precise_error() {
    assert!(matches!(decode("not json"), Err(DecodeError::NotJson(_))));
    assert_eq!(decode("[1,2]"), Err(DecodeError::NotAnObject));
    assert_eq!(decode("{\"hello\": 1}"), Err(DecodeError::UnknownFormat));
    assert_eq!(
        decode("{\"schema\": 99, \"topics\": {}}"),
        Err(DecodeError::FutureSchema(99))
    );
    assert_eq!(
        decode("{\"schema\": \"two\", \"topics\": {}}"),
        Err(DecodeError::BadSchema)
    );
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        decode_import(&big),
        Err(DecodeError::TooLarge(MAX_IMPORT_BYTES + 1))
    );
    assert!(DecodeError::FutureSchema(99).to_string().contains("newer"));
}

#[test]
fn damaged_entries_are_dropped_and_counted_while_the_rest_is_recovered() {
    let text = r#"{"schema":2,"topics":{"http":{"status":"done","at":5},"dns":{"status":"finished"},"redis":7},
        "checks":{"a":{"on":true,"at":1},"b":{"on":"yes"}},"settings":{"hours_per_week":500,"track":"python"}}"#;
    let decoded = decode(text).unwrap();
    assert_eq!(decoded.dropped, 4);
    assert_eq!(decoded.progress.status("http"), Status::Done);
    assert!(decoded.progress.is_checked("a"));
    assert_eq!(
        decoded.progress.settings.hours_per_week,
        Settings::default().hours_per_week
    );
}

#[test]
fn newer_entry_wins_and_unticks_survive_a_merge() {
    let mut a = Progress::default();
    let mut b = Progress::default();
    a.set_status("http", Status::Done, 10);
    b.set_status("http", Status::Learning, 20);
    a.set_checked("x", true, 30);
    b.set_checked("x", false, 40);
    let m = merge(&a, &b);
    assert_eq!(m.status("http"), Status::Learning);
    assert!(!m.is_checked("x"));
}

#[test]
fn aliases_move_progress_to_the_renamed_id() {
    let mut p = Progress::default();
    p.set_status("old-http", Status::Done, 5);
    p.set_checked(&concept_check_id("old-http", "A concept"), true, 5);
    p.set_checked("old-http-o1", true, 5);
    p.apply_aliases([("old-http", "http")]);
    assert_eq!(p.status("http"), Status::Done);
    assert_eq!(p.status("old-http"), Status::Pending);
    assert!(p.is_checked(&concept_check_id("http", "A concept")));
    assert!(
        p.is_checked("old-http-o1"),
        "an outcome id that merely starts with the old id stays"
    );
}

mod share {
    use super::*;
    use backend_roadmap::content::is_kebab_case;
    use backend_roadmap::progress::{
        decode_share, encode_share, import_share, share_summary, shared_progress, ShareError,
    };

    proptest! {
        #[test]
        fn decoding_any_text_never_panics(text in ".{0,300}") {
            let _ = decode_share(&text);
        }

        #[test]
        fn decoding_share_shaped_noise_never_panics(text in "#?1?(~[dlsx]?(\\.[a-z0-9-]{0,6}){0,4}){0,6}") {
            let _ = decode_share(&text);
        }

        #[test]
        fn statuses_round_trip_through_a_share_link(p in progress()) {
            let decoded = decode_share(&encode_share(&p)).unwrap();
            let expected: std::collections::BTreeMap<String, Status> = p
                .topics
                .iter()
                .filter(|(id, e)| e.status != Status::Pending && is_kebab_case(id))
                .map(|(id, e)| (id.clone(), e.status))
                .collect();
            prop_assert_eq!(decoded, expected);
        }
    }

    #[test]
    fn a_share_link_becomes_progress_of_its_own_and_imports_only_statuses() {
        let statuses = decode_share("#1~d.http.dns~l.redis").unwrap();
        assert_eq!(
            share_summary(&statuses),
            "This link shares 3 topics: 2 done, 1 learning, 0 skipped."
        );
        let theirs = shared_progress(&statuses);
        assert_eq!(theirs.status("dns"), Status::Done);
        assert_eq!(theirs.status("redis"), Status::Learning);
        assert_eq!(theirs.counts().statuses, 3);

        let mut mine = Progress::default();
        mine.set_note("http", "mine", 1);
        mine.set_status("grpc", Status::Skipped, 1);
        import_share(&mut mine, &statuses, 7);
        assert_eq!(mine.status("http"), Status::Done);
        assert_eq!(mine.note("http"), "mine", "notes stay");
        assert_eq!(mine.status("grpc"), Status::Skipped, "others stay");
        assert_eq!(mine.topics["redis"].at, 7, "stamped with the import");
        let one = decode_share("1~s.dns").unwrap();
        assert_eq!(
            share_summary(&one),
            "This link shares 1 topic: 0 done, 0 learning, 1 skipped."
        );
    }

    #[test]
    fn damaged_links_get_a_precise_error() {
        assert_eq!(decode_share("#"), Err(ShareError::Empty));
        assert_eq!(decode_share("2~d.http"), Err(ShareError::UnknownVersion));
        assert_eq!(decode_share("1~x.http"), Err(ShareError::Malformed));
        assert_eq!(decode_share("1~d.HTTP"), Err(ShareError::Malformed));
        assert_eq!(
            decode_share(&"1~d.a".repeat(5000)),
            Err(ShareError::TooLong)
        );
        let ok = decode_share("#1~d.http.dns~s.grpc").unwrap();
        assert_eq!(ok.get("dns"), Some(&Status::Done));
        assert_eq!(ok.get("grpc"), Some(&Status::Skipped));
    }
}

#[test]
fn reset_clears_the_given_topics_and_items_and_survives_a_merge_with_the_old_copy() {
    let mut p = Progress::default();
    p.set_status("http", Status::Done, 1);
    p.set_note("http", "keep?", 1);
    let concept = concept_check_id("http", "A concept");
    p.set_checked(&concept, true, 1);
    p.set_checked("stage-o1", true, 1);
    p.set_status("grpc", Status::Done, 1);
    let old = p.clone();
    p.reset(["http"], ["stage-o1"], 2);
    assert_eq!(p.status("http"), Status::Pending);
    assert_eq!(p.note("http"), "");
    assert!(!p.is_checked(&concept));
    assert!(!p.is_checked("stage-o1"));
    assert_eq!(
        p.status("grpc"),
        Status::Done,
        "topics outside the reset are untouched"
    );
    assert_eq!(merge(&p, &old), p, "the older copy does not undo the reset");
}

#[test]
fn typed_hours_per_week_are_clamped_and_garbage_is_refused() {
    use backend_roadmap::progress::parse_hours_per_week;
    assert_eq!(parse_hours_per_week(" 12 "), Some(12));
    assert_eq!(parse_hours_per_week("500"), Some(60));
    assert_eq!(parse_hours_per_week("0"), Some(1));
    assert_eq!(parse_hours_per_week("-3"), Some(1));
    assert_eq!(parse_hours_per_week(""), None);
    assert_eq!(parse_hours_per_week("ten"), None);
}

#[test]
fn schema_2_export_migrates_to_the_current_schema() {
    let decoded =
        decode(include_str!("fixtures/progress-schema-2.json")).expect("schema 2 decodes");
    assert_eq!((decoded.schema, decoded.dropped), (2, 0));
    let p = decoded.progress;
    assert_eq!(p.status("http"), Status::Done);
    assert_eq!(p.status("redis"), Status::Learning);
    assert!(p.is_checked("backend-foundations-o1"));
    assert!(!p.is_checked("http~explain-what-a-status-code-class-means"));
    assert_eq!(p.settings.track, Track::Javascript);
    assert_eq!(
        p.settings.start.map(|d| d.to_string()).as_deref(),
        Some("2026-02-02")
    );
    // Fields new in schema 3 start as "never".
    assert_eq!((p.cleared_at, p.settings.last_export), (0, None));
    let again = decode(&encode(&p)).expect("re-encoded text decodes");
    assert_eq!(again.schema, SCHEMA);
    assert_eq!(again.progress, p);
}

#[test]
fn a_date_the_calendar_lacks_is_reported_and_dropped() {
    let text = r#"{"schema":2,"settings":{"start":"2025-02-31","hours_per_week":8}}"#;
    let decoded = decode(text).expect("the rest decodes");
    assert_eq!(decoded.dropped, 1, "the bad date counts as a damaged entry");
    assert_eq!(decoded.progress.settings.start, None);
    assert_eq!(decoded.progress.settings.hours_per_week, 8);
}

#[test]
fn entries_older_than_the_reset_mark_do_not_load() {
    let text = r#"{"schema":3,"cleared_at":50,"topics":{"http":{"status":"done","at":40},"dns":{"status":"done","at":60}}}"#;
    let p = decode(text).expect("decodes").progress;
    assert_eq!(p.status("http"), Status::Pending);
    assert_eq!(p.status("dns"), Status::Done);
}

#[test]
fn stats_read_as_n_of_m_finished() {
    use backend_roadmap::progress::Stats;
    let mut p = Progress::default();
    p.set_status("a", Status::Done, 1);
    p.set_status("b", Status::Skipped, 1);
    p.set_status("c", Status::Learning, 1);
    let stats = Stats::of(&p, ["a", "b", "c", "d", "e", "f", "g"]);
    assert_eq!(stats.to_string(), "2 of 7 finished (28%)");
    assert_eq!(Stats::default().to_string(), "0 of 0 finished (0%)");
}
