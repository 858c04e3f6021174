//! Whole-progress operations (reset everything, replace, merge an import, undo,
//! plan reset): merging the result with any older copy never undoes them.

mod common;

use backend_roadmap::content::concept_check_id;
use backend_roadmap::progress::{
    merge, merge_import, replace, reset_all, reset_plan, undo, Progress, Status,
};
use common::{progress, progress_in};
use proptest::prelude::*;

/// When the operation happens: after every stamp the generated copies carry.
const NOW: u64 = 100;

/// A copy from before the operation: another tab's, a stale import, the previous stored copy.
fn older() -> impl Strategy<Value = Progress> {
    progress_in(0..NOW)
}

/// What the learner sees of progress: statuses, notes, ticks and settings, stamps aside.
fn visible(p: &Progress) -> (Vec<(String, Status, String)>, Vec<String>, String) {
    let topics = p
        .topics
        .iter()
        .filter(|(_, e)| e.status != Status::Pending || !e.note.is_empty())
        .map(|(id, e)| (id.clone(), e.status, e.note.clone()))
        .collect();
    let ticks = p
        .checks
        .iter()
        .filter(|(_, c)| c.on)
        .map(|(id, _)| id.clone())
        .collect();
    let s = &p.settings;
    let settings = format!(
        "{} {:?} {} {:?} {:?} {:?} {:?}",
        s.plan, s.track, s.hours_per_week, s.start, s.theme, s.last_export, s.reminder_dismissed
    );
    (topics, ticks, settings)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn reset_everything_stands_against_any_older_copy(current in older(), other in older()) {
        let reset = reset_all(&current, NOW);
        prop_assert_eq!(visible(&reset).0, vec![]);
        prop_assert_eq!(visible(&reset).1, Vec::<String>::new());
        prop_assert_eq!(&reset.settings, &current.settings, "settings are kept");
        prop_assert_eq!(merge(&reset, &other).topics, reset.topics.clone());
        prop_assert_eq!(merge(&other, &reset).checks, reset.checks.clone());
    }

    #[test]
    fn replace_stands_against_any_older_copy(incoming in progress(), other in older()) {
        let replaced = replace(&Progress::default(), &incoming, NOW);
        prop_assert_eq!(visible(&replaced), visible(&incoming));
        prop_assert_eq!(visible(&merge(&replaced, &other)), visible(&replaced));
        prop_assert_eq!(visible(&merge(&other, &replaced)), visible(&replaced));
    }

    #[test]
    fn merge_import_gives_the_merge_and_stands_against_any_older_copy(
        current in older(), incoming in older(), other in older()
    ) {
        let merged = merge_import(&current, &incoming, NOW);
        let unmarked = |p: &Progress| Progress { cleared_at: 0, ..p.clone() };
        let plain = merge(&unmarked(&current), &unmarked(&incoming));
        prop_assert_eq!(visible(&merged), visible(&plain));
        // What the import changed is not taken back by an older copy.
        let after = merge(&merged, &other);
        for (id, entry) in &merged.topics {
            let was = current.topics.get(id).map(|e| (e.status, e.note.clone())).unwrap_or_default();
            if was != (entry.status, entry.note.clone()) {
                prop_assert_eq!(after.status(id), entry.status);
                prop_assert_eq!(after.note(id), entry.note.as_str());
            }
        }
        for (id, check) in &merged.checks {
            if current.is_checked(id) != check.on {
                prop_assert_eq!(after.is_checked(id), check.on);
            }
        }
    }

    #[test]
    fn undo_restores_the_state_before_and_stands_against_any_older_copy(
        before in older(), incoming in older(), other in progress_in(0..NOW + 50), which in 0..3u8
    ) {
        let after = match which {
            0 => reset_all(&before, NOW),
            1 => replace(&before, &incoming, NOW),
            _ => merge_import(&before, &incoming, NOW),
        };
        let undone = undo(&after, &before, &after, NOW + 100);
        prop_assert_eq!(visible(&undone), visible(&before));
        // Neither the state the operation left (the stored copy, another tab
        // that saw it) nor any older copy brings the operation back.
        prop_assert_eq!(visible(&merge(&undone, &after)), visible(&before));
        // For every entry the operation changed, the undo stands against any other
        // copy from before it (entries it did not touch merge as usual).
        let with_other = merge(&undone, &other);
        for id in before.topics.keys().chain(after.topics.keys()) {
            if (before.status(id), before.note(id)) != (after.status(id), after.note(id)) {
                prop_assert_eq!(with_other.status(id), before.status(id));
                prop_assert_eq!(with_other.note(id), before.note(id));
            }
        }
        for id in before.checks.keys().chain(after.checks.keys()) {
            if before.is_checked(id) != after.is_checked(id) {
                prop_assert_eq!(with_other.is_checked(id), before.is_checked(id));
            }
        }
    }

    #[test]
    fn plan_reset_stands_against_any_older_copy(current in older(), other in older()) {
        let mut reset = current.clone();
        reset.reset(["http", "dns"], ["x~concept-a", "redis"], NOW);
        for merged in [merge(&reset, &other), merge(&other, &reset)] {
            prop_assert_eq!(merged.status("http"), Status::Pending);
            prop_assert_eq!(merged.note("dns"), "");
            prop_assert!(!merged.is_checked("x~concept-a"));
            prop_assert!(!merged.is_checked("redis"));
        }
    }
}

#[test]
fn two_tabs_reset_then_edit_elsewhere_keeps_the_reset() {
    // Both tabs start from the same stored copy.
    let mut start = Progress::default();
    start.set_status("http", Status::Done, 10);
    let (tab_a, mut tab_b) = (start.clone(), start.clone());
    let tab_a = reset_all(&tab_a, 20);
    tab_b.set_status("dns", Status::Learning, 30);
    // Whichever tab's copy arrives first, both converge on the reset plus the edit.
    for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
        assert_eq!(merged.status("http"), Status::Pending);
        assert_eq!(merged.status("dns"), Status::Learning);
    }
}

#[test]
fn without_the_reset_mark_an_older_copy_would_bring_entries_back() {
    // The mark is what makes reset everything stick: drop it, and the older
    // copy's entry returns. This guards the test above against passing vacuously.
    let mut old = Progress::default();
    old.set_status("http", Status::Done, 10);
    let mut reset = reset_all(&old, 20);
    reset.cleared_at = 0;
    assert_eq!(merge(&reset, &old).status("http"), Status::Done);
}

#[test]
fn undo_keeps_edits_made_since_to_other_entries() {
    let mut before = Progress::default();
    before.set_status("http", Status::Done, 10);
    let after = reset_all(&before, 20);
    let mut current = after.clone();
    current.set_status("dns", Status::Learning, 30);
    let undone = undo(&current, &before, &after, 40);
    assert_eq!(undone.status("http"), Status::Done);
    assert_eq!(undone.status("dns"), Status::Learning);
}

#[test]
fn a_plan_reset_clears_that_plans_topics_concepts_and_items_only() {
    let catalog = common::catalog();
    let plan = catalog.plan("ten-step-india").expect("the plan exists");
    let inside = catalog.plan_topic_ids(plan)[0];
    let outside = catalog
        .topics()
        .iter()
        .map(|t| t.id.as_str())
        .find(|id| !catalog.plan_topic_ids(plan).contains(id))
        .expect("the plan leaves a topic out");
    let topic = catalog.topic(inside).unwrap();
    let concept = concept_check_id(inside, &topic.concepts[0]);
    let outcome = plan.stages[0].outcomes.first().map(|o| o.id.clone());
    let mut p = Progress::default();
    for id in [inside, outside] {
        p.set_status(id, Status::Done, 1);
        p.set_note(id, "note", 1);
    }
    p.set_checked(&concept, true, 1);
    if let Some(outcome) = &outcome {
        p.set_checked(outcome, true, 1);
    }
    let reset = reset_plan(&p, &catalog, plan, NOW);
    assert_eq!(
        (reset.status(inside), reset.note(inside)),
        (Status::Pending, "")
    );
    assert!(!reset.is_checked(&concept));
    assert!(outcome.is_none_or(|o| !reset.is_checked(&o)));
    assert_eq!(
        (reset.status(outside), reset.note(outside)),
        (Status::Done, "note")
    );
    assert_eq!(
        merge(&reset, &p),
        reset,
        "the copy from before does not undo it"
    );
}
