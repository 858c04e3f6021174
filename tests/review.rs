//! Review: the FSRS scheduler against the reference implementation, review
//! state in progress (migration, merge, undo), the due queue and the statistics.

mod common;

use std::collections::BTreeSet;

use backend_roadmap::date::streaks;
use backend_roadmap::date::Date;
use backend_roadmap::progress::{decode, encode, merge, undo, Progress, Status, DAY_MS, SCHEMA};
use backend_roadmap::review::deck::{cram_queue, due_queue, NEW_CARDS_PER_DAY};
use backend_roadmap::review::fsrs::{interval_days, next_memory, Memory, Rating};
use backend_roadmap::review::stats::review_stats;
use common::date;

/// A review at a whole number of days after the first (`None`: when due).
type Step = (Rating, Option<u64>);

/// Reviews a fresh card through `steps`, each on its due day unless the step
/// names a day offset from the previous review (0 = an hour later, the same day).
/// Returns (stability, difficulty, interval) after each review.
fn run(steps: &[Step]) -> Vec<(f64, f64, u32)> {
    let mut memory: Option<Memory> = None;
    let mut interval = 0u32;
    let mut out = Vec::new();
    for &(rating, delay) in steps {
        let elapsed = match delay {
            Some(days) => days,
            None => u64::from(interval),
        };
        let next = next_memory(memory.map(|m| (m, elapsed)), rating);
        interval = interval_days(next.stability);
        memory = Some(next);
        out.push((next.stability, next.difficulty, interval));
    }
    out
}

/// Fails unless each review matches the reference's stability and difficulty
/// to 1e-9 and its interval exactly.
fn assert_matches(steps: &[Step], expected: &[(f64, f64, u32)]) {
    let got = run(steps);
    assert_eq!(got.len(), expected.len());
    for (i, ((s, d, ivl), (es, ed, eivl))) in got.iter().zip(expected).enumerate() {
        assert!((s - es).abs() < 1e-9, "review {i}: stability {s} != {es}");
        assert!((d - ed).abs() < 1e-9, "review {i}: difficulty {d} != {ed}");
        assert_eq!(ivl, eivl, "review {i}: interval");
    }
}

use Rating::{Again, Easy, Good, Hard};

// Reference values: py-fsrs 6.3.2 (the FSRS reference implementation),
// `Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)`
// with the default parameters, reviewing on the due date unless stated.

#[test]
fn good_every_time_matches_the_reference() {
    assert_matches(
        &[(Good, None); 5],
        &[
            (2.3065, 2.118103970459016, 2),
            (10.964332335820698, 2.111214235785395, 11),
            (46.28021728755693, 2.1043313908464483, 46),
            (162.86220163874916, 2.0974554287524403, 163),
            (497.4471936002745, 2.0905863426205262, 497),
        ],
    );
}

#[test]
fn again_then_good_matches_the_reference() {
    assert_matches(
        &[(Again, None), (Good, None), (Good, None), (Good, None)],
        &[
            (0.212, 6.4133, 1),
            (1.8867876195204154, 6.402115069296838, 2),
            (6.269161317502347, 6.3909413235243795, 6),
            (17.379188967947506, 6.379778751497693, 17),
        ],
    );
}

#[test]
fn easy_every_time_matches_the_reference() {
    assert_matches(
        &[(Easy, None); 4],
        &[
            (8.2956, 1.0, 8),
            (65.62422616189994, 1.0, 66),
            (396.7750233497581, 1.0, 397),
            (1874.9169554074524, 1.0, 1875),
        ],
    );
}

#[test]
fn hard_and_good_alternating_match_the_reference() {
    assert_matches(
        &[(Hard, None), (Good, None), (Hard, None), (Good, None)],
        &[
            (1.2931, 5.112170705601056, 1),
            (4.546029441066125, 5.102286904192293, 5),
            (11.765977848981025, 6.733898182869418, 12),
            (29.95421403134268, 6.722392653983388, 30),
        ],
    );
}

#[test]
fn a_lapse_after_growth_matches_the_reference() {
    assert_matches(
        &[
            (Good, None),
            (Good, None),
            (Good, None),
            (Again, None),
            (Good, None),
        ],
        &[
            (2.3065, 2.118103970459016, 2),
            (10.964332335820698, 2.111214235785395, 11),
            (46.28021728755693, 2.1043313908464483, 46),
            (2.9325804541638116, 7.389975788014609, 3),
            (7.778225744797728, 7.377814181523433, 8),
        ],
    );
}

#[test]
fn late_and_same_day_reviews_match_the_reference() {
    assert_matches(
        &[(Good, None), (Good, Some(30)), (Good, Some(200))],
        &[
            (2.3065, 2.118103970459016, 2),
            (37.42063838925624, 2.111214235785395, 37),
            (293.26155866628574, 2.1043313908464483, 293),
        ],
    );
    assert_matches(
        &[(Good, None), (Again, Some(0)), (Good, Some(0))],
        &[
            (2.3065, 2.118103970459016, 2),
            (0.7750839828558984, 7.394502741279718, 1),
            (0.8281648000472626, 7.382336607835277, 1),
        ],
    );
}

#[test]
fn the_scheduler_is_deterministic() {
    let steps = [
        (Good, None),
        (Hard, Some(3)),
        (Again, Some(9)),
        (Easy, None),
    ];
    assert_eq!(run(&steps), run(&steps));
}

#[test]
fn intervals_grow_on_good_and_easy_and_shrink_on_again() {
    let base = run(&[(Good, None), (Good, None)]);
    let (_, _, interval) = base[1];
    let after = |rating| run(&[(Good, None), (Good, None), (rating, None)])[2].2;
    assert!(after(Good) > interval, "good grows");
    assert!(after(Easy) > after(Good), "easy grows more");
    assert!(after(Hard) < after(Good), "hard grows less");
    assert!(after(Again) < interval, "again shrinks");
}

const T0: u64 = 1_767_261_600_000; // 2026-01-01 10:00 UTC

#[test]
fn recording_a_review_schedules_the_card_and_logs_it() {
    let mut p = Progress::default();
    p.record_review("http-q-a", Good, T0);
    let card = *p.card("http-q-a").expect("started");
    assert_eq!((card.reps, card.lapses, card.due), (1, 0, T0 + 2 * DAY_MS));
    p.record_review("http-q-a", Again, card.due);
    let card = *p.card("http-q-a").expect("started");
    assert_eq!((card.reps, card.lapses), (2, 1));
    let log: Vec<_> = p
        .review_log()
        .map(|(at, id, r)| (at, id.to_owned(), r))
        .collect();
    assert_eq!(
        log,
        vec![
            (T0, "http-q-a".to_owned(), Good),
            (T0 + 2 * DAY_MS, "http-q-a".to_owned(), Again)
        ]
    );
    // The stored form keeps it all.
    let again = decode(&encode(&p)).expect("decodes");
    assert_eq!(again.progress, p);
}

#[test]
fn schema_3_export_migrates_and_gains_empty_review_state() {
    let decoded = decode(include_str!("fixtures/progress-schema-3.json")).expect("decodes");
    assert_eq!((decoded.schema, decoded.dropped), (3, 0));
    let p = decoded.progress;
    assert_eq!(p.status("http"), Status::Done);
    assert_eq!(p.cleared_at, 1_767_000_000_000);
    assert!(p.cards.is_empty() && p.reviews.is_empty());
    let text = encode(&p);
    assert!(text.contains(&format!("\"schema\":{SCHEMA}")));
    assert_eq!(SCHEMA, 5);
    assert_eq!(decode(&text).expect("decodes").progress, p);
}

#[test]
fn malformed_cards_and_log_keys_are_dropped_one_by_one() {
    let text = r#"{"schema":4,"topics":{},
      "cards":{"http-q-a":{"stability":2.3,"difficulty":2.1,"due":5,"last":1,"reps":1,"lapses":0,"at":1},
               "http-q-b":{"stability":-1,"difficulty":2.1,"due":5,"last":1,"reps":1,"at":1},
               "http-q-c":{"stability":2,"difficulty":42,"due":5,"last":1,"reps":1,"at":1},
               "http-q-d":"soon"},
      "reviews":{"5~http-q-a":{"rating":3,"at":5},"later~http-q-a":{"rating":3,"at":5},"6~http-q-a":{"rating":9,"at":6}}}"#;
    let decoded = decode(text).expect("decodes");
    assert_eq!(decoded.dropped, 5);
    assert_eq!(decoded.progress.cards.len(), 1);
    assert_eq!(decoded.progress.reviews.len(), 1);
}

#[test]
fn two_tabs_reviewing_merge_per_card_and_keep_both_logs() {
    let mut a = Progress::default();
    let mut b = Progress::default();
    a.record_review("http-q-a", Good, T0);
    b.record_review("http-q-a", Again, T0 + 1000);
    b.record_review("dns-q-b", Easy, T0 + 2000);
    let m = merge(&a, &b);
    assert_eq!(m, merge(&b, &a));
    // The later review of the same card wins; the other card is kept.
    assert_eq!(m.card("http-q-a"), b.card("http-q-a"));
    assert_eq!(m.card("dns-q-b"), b.card("dns-q-b"));
    assert_eq!(
        m.review_log().count(),
        3,
        "both tabs' reviews stay in the log"
    );
}

#[test]
fn undo_withdraws_a_review_that_an_older_copy_cannot_bring_back() {
    let before = Progress::default();
    let mut after = before.clone();
    after.record_review("http-q-a", Good, T0);
    let undone = undo(&after, &before, &after, T0 + 10);
    assert!(undone.card("http-q-a").is_none());
    assert_eq!(undone.review_log().count(), 0);
    assert_eq!(merge(&undone, &after).review_log().count(), 0);
    assert!(merge(&undone, &after).card("http-q-a").is_none());
}

#[test]
fn streaks_count_consecutive_days_up_to_today_or_yesterday() {
    let days: BTreeSet<Date> = [
        "2026-03-01",
        "2026-03-02",
        "2026-03-03",
        "2026-03-05",
        "2026-03-06",
    ]
    .iter()
    .map(|d| date(d))
    .collect();
    assert_eq!(streaks(&days, date("2026-03-06")), (2, 3));
    assert_eq!(
        streaks(&days, date("2026-03-07")),
        (2, 3),
        "today not over yet"
    );
    assert_eq!(streaks(&days, date("2026-03-08")), (0, 3));
    assert_eq!(
        streaks(&days, date("2026-03-03")),
        (3, 3),
        "later days ignored"
    );
    assert_eq!(streaks(&BTreeSet::new(), date("2026-03-03")), (0, 0));
}

#[test]
fn review_stats_report_retention_due_soon_and_streaks() {
    let mut p = Progress::default();
    p.record_review("a-q-1", Good, T0);
    p.record_review("a-q-2", Again, T0 + 1);
    p.record_review("a-q-3", Easy, T0 + DAY_MS);
    p.record_review("a-q-4", Hard, T0 - 40 * DAY_MS); // outside the 30-day window
    let utc_day = |ms: u64| Date::from_days((ms / DAY_MS) as i64);
    let stats = review_stats(&p, T0 + DAY_MS + 5, utc_day);
    assert_eq!(stats.recent_reviews, 3);
    assert_eq!(stats.retention_percent, Some(67));
    assert_eq!(stats.current_streak, 2);
    assert_eq!(stats.longest_streak, 2);
    // a-q-1 (due in 2 days), a-q-2 (1 day), a-q-3 (8 days: Easy) and a-q-4 (long overdue).
    assert_eq!(stats.due_next_7_days, 3);
}

#[test]
fn the_due_queue_holds_due_cards_first_then_new_ones_up_to_the_daily_limit() {
    let catalog = common::catalog();
    let mut p = Progress::default();
    // No topic learning or done: nothing to review.
    assert!(due_queue(&catalog, &p, T0, T0 - 1000).is_empty());
    let done: Vec<&str> = catalog
        .topics()
        .iter()
        .take(10)
        .map(|t| t.id.as_str())
        .collect();
    for id in &done {
        p.set_status(id, Status::Done, T0);
    }
    let queue = due_queue(&catalog, &p, T0, T0 - 1000);
    assert_eq!(
        queue.len(),
        NEW_CARDS_PER_DAY,
        "new cards are capped per day"
    );
    // Review the first card: tomorrow it is not due, in three days it is.
    let first = queue[0].question.id.clone();
    p.record_review(&first, Good, T0);
    let tomorrow = due_queue(&catalog, &p, T0 + DAY_MS, T0 + DAY_MS - 1000);
    assert!(tomorrow.iter().all(|c| c.question.id != first));
    let later = due_queue(&catalog, &p, T0 + 3 * DAY_MS, T0 + 3 * DAY_MS - 1000);
    assert_eq!(
        later[0].question.id, first,
        "due cards come before new ones"
    );
    // Cram takes every question of a stage whatever the statuses.
    let plan = catalog.canonical();
    let stage = &plan.stages[0];
    let cram = cram_queue(&catalog, plan, Some(&stage.id));
    let expected: usize = stage
        .topics
        .iter()
        .filter_map(|id| catalog.topic(id))
        .map(|t| t.questions.len())
        .sum();
    assert_eq!(cram.len(), expected);
}
