//! Whole-progress operations: reset everything, replace with an import, merge an
//! import, and undo. Each is pure and is an edit made at `now`: every entry it
//! changes is stamped `now`, and what it removes is covered by
//! [`Progress::cleared_at`], so merging the result with any copy older than
//! `now` (another tab's, a stale import, the previous stored copy) never undoes it.

use std::collections::BTreeMap;

use super::cards::{CardEntry, ReviewEntry};
use super::merge::merge;
use super::state::{CheckEntry, Millis, Progress, Settings, TopicEntry};
use crate::content::{Catalog, Plan};
use crate::own_plans::{merge_plans, OwnPlan};

/// Clears every status, note and tick; settings and the learner's own plans are kept.
pub fn reset_all(current: &Progress, now: Millis) -> Progress {
    Progress {
        settings: current.settings.clone(),
        cleared_at: now,
        plans: current.plans.clone(),
        ..Progress::default()
    }
}

/// Clears the statuses, notes and ticks of one plan: its topics (with their key
/// concepts in every track), its outcomes and its project steps. Every one of
/// them is stamped, so that no older copy brings them back.
pub fn reset_plan(current: &Progress, catalog: &Catalog, plan: &Plan, now: Millis) -> Progress {
    let checks = catalog.plan_check_ids(plan);
    let mut out = current.clone();
    out.reset(
        catalog.plan_topic_ids(plan),
        checks.iter().map(String::as_str),
        now,
    );
    out
}

/// Makes `incoming` the whole of progress, settings included. The learner's
/// own plans are writing, not progress: the file's replace those of the same
/// id, and the others are kept (deleting a plan is the plans page's to do).
pub fn replace(current: &Progress, incoming: &Progress, now: Millis) -> Progress {
    let mut out = incoming.clone();
    out.drop_cleared();
    restamp(&mut out.topics, now, |e| &mut e.at);
    restamp(&mut out.checks, now, |c| &mut c.at);
    restamp(&mut out.cards, now, |c| &mut c.at);
    restamp(&mut out.reviews, now, |r| &mut r.at);
    restamp(&mut out.plans, now, |p| &mut p.at);
    out.plans = merge_plans(&current.plans, &out.plans);
    out.settings.at = now;
    out.cleared_at = now;
    out
}

/// Merges `incoming` into `current`; what the import changes is stamped `now`.
pub fn merge_import(current: &Progress, incoming: &Progress, now: Millis) -> Progress {
    // Reset marks play no part here: the file's would wipe the learner's entries
    // (a merge adds, never wipes), and the learner's own would refuse a file they
    // chose to import after a reset.
    let unmarked = |p: &Progress| Progress {
        cleared_at: 0,
        ..p.clone()
    };
    let merged = merge(&unmarked(current), &unmarked(incoming));
    let mut out = current.clone();
    for (id, entry) in &merged.topics {
        if !same_topic(current.topics.get(id), Some(entry)) {
            out.topics.insert(
                id.clone(),
                TopicEntry {
                    at: now,
                    ..entry.clone()
                },
            );
        }
    }
    for (id, check) in &merged.checks {
        if current.checks.get(id).is_some_and(|c| c.on) != check.on {
            out.checks
                .insert(id.clone(), CheckEntry { at: now, ..*check });
        }
    }
    for (id, card) in &merged.cards {
        if !same_card(current.cards.get(id), Some(card)) {
            out.cards.insert(id.clone(), CardEntry { at: now, ..*card });
        }
    }
    for (key, review) in &merged.reviews {
        if current.reviews.get(key).map(|r| r.rating) != Some(review.rating) {
            out.reviews
                .insert(key.clone(), ReviewEntry { at: now, ..*review });
        }
    }
    if !same_settings(&current.settings, &merged.settings) {
        out.settings = merged.settings;
        out.settings.at = now;
    }
    out.plans = merged.plans;
    out
}

/// Reverts what an operation changed: every entry that differs between `before`
/// and `after` (the states just before and just after the operation) gets its
/// `before` value back in `current`, stamped `now`. Edits made since, in this tab
/// or another, to entries the operation did not touch are kept.
pub fn undo(current: &Progress, before: &Progress, after: &Progress, now: Millis) -> Progress {
    let mut out = current.clone();
    let topic_ids = before.topics.keys().chain(after.topics.keys());
    for id in topic_ids {
        let (was, is) = (before.topics.get(id), after.topics.get(id));
        if !same_topic(was, is) {
            let entry = was.cloned().unwrap_or_default();
            out.topics
                .insert(id.clone(), TopicEntry { at: now, ..entry });
        }
    }
    for id in before.checks.keys().chain(after.checks.keys()) {
        let (was, is) = (before.checks.get(id), after.checks.get(id));
        let on = was.is_some_and(|c| c.on);
        if on != is.is_some_and(|c| c.on) {
            out.checks.insert(id.clone(), CheckEntry { on, at: now });
        }
    }
    for id in before.cards.keys().chain(after.cards.keys()) {
        let (was, is) = (before.cards.get(id), after.cards.get(id));
        if !same_card(was, is) {
            let card = was.copied().unwrap_or_default();
            out.cards.insert(id.clone(), CardEntry { at: now, ..card });
        }
    }
    for key in before.reviews.keys().chain(after.reviews.keys()) {
        let rating = |p: &Progress| p.reviews.get(key).map_or(0, |r| r.rating);
        if rating(before) != rating(after) {
            // A review the operation added is withdrawn (rating 0), not
            // deleted, so that an older copy holding it cannot bring it back.
            out.reviews.insert(
                key.clone(),
                ReviewEntry {
                    rating: rating(before),
                    at: now,
                },
            );
        }
    }
    if !same_settings(&before.settings, &after.settings) {
        out.settings = before.settings.clone();
        out.settings.at = now;
    }
    undo_plans(&mut out, before, after, now);
    out
}

/// Every plan that differs between `before` and `after` gets its `before`
/// version back, stamped `now`; a plan the operation added is deleted (a
/// tombstone, so that no copy brings it back).
fn undo_plans(out: &mut Progress, before: &Progress, after: &Progress, now: Millis) {
    for id in before.plans.keys().chain(after.plans.keys()) {
        let (was, is) = (before.plans.get(id), after.plans.get(id));
        if was == is {
            continue;
        }
        let restored = match (was, is) {
            (Some(plan), _) => plan.clone(),
            (None, Some(added)) => OwnPlan {
                deleted: true,
                ..added.clone()
            },
            (None, None) => continue,
        };
        out.plans.insert(
            id.clone(),
            OwnPlan {
                at: now,
                ..restored
            },
        );
    }
}

/// Whether two cards hold the same review state (their stamps aside); a
/// missing card is a new one.
fn same_card(a: Option<&CardEntry>, b: Option<&CardEntry>) -> bool {
    let view = |c: Option<&CardEntry>| {
        let c = c.copied().unwrap_or_default();
        CardEntry { at: 0, ..c }
    };
    view(a) == view(b)
}

fn restamp<V>(entries: &mut BTreeMap<String, V>, now: Millis, at: impl Fn(&mut V) -> &mut Millis) {
    for entry in entries.values_mut() {
        *at(entry) = now;
    }
}

/// Whether two topic entries say the same thing (their stamps aside); a missing
/// entry says "pending, no note".
fn same_topic(a: Option<&TopicEntry>, b: Option<&TopicEntry>) -> bool {
    let view = |e: Option<&TopicEntry>| e.map(|e| (e.status, e.note.clone())).unwrap_or_default();
    view(a) == view(b)
}

/// Whether two settings agree, whenever they were stamped.
fn same_settings(a: &Settings, b: &Settings) -> bool {
    Settings { at: 0, ..a.clone() } == Settings { at: 0, ..b.clone() }
}
