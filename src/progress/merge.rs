//! Entry-by-entry merge of two progress states: the newer entry wins.
//!
//! Merge is commutative, associative and idempotent, so two tabs, an import
//! and a stored copy converge whatever order they are combined in. Ties on the
//! timestamp are broken by comparing the entries' contents, never by argument order.
//!
//! The later of the two `cleared_at` marks wins, and entries stamped before it
//! are dropped: a reset or a replace made in one tab stays made in every tab.

use std::collections::BTreeMap;

use super::cards::{CardEntry, ReviewEntry};
use super::state::{CheckEntry, Progress, Settings, TopicEntry};
use crate::own_plans::merge_plans;

/// Combines two states, keeping the newer version of every entry.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    let mut merged = Progress {
        topics: merge_maps(&a.topics, &b.topics, newer_topic),
        checks: merge_maps(&a.checks, &b.checks, newer_check),
        settings: newer_settings(&a.settings, &b.settings).clone(),
        cards: merge_maps(&a.cards, &b.cards, newer_card),
        reviews: merge_maps(&a.reviews, &b.reviews, newer_review),
        cleared_at: a.cleared_at.max(b.cleared_at),
        plans: merge_plans(&a.plans, &b.plans),
    };
    merged.drop_cleared();
    merged
}

/// Both maps' entries, `pick(ours, theirs)` deciding where both have a key
/// (true keeps ours); commutative when `pick` is a total order on the values.
pub fn merge_maps<V: Clone>(
    a: &BTreeMap<String, V>,
    b: &BTreeMap<String, V>,
    pick: impl Fn(&V, &V) -> bool,
) -> BTreeMap<String, V> {
    let mut out = a.clone();
    for (key, theirs) in b {
        match out.get(key) {
            Some(ours) if pick(ours, theirs) => {}
            _ => {
                out.insert(key.clone(), theirs.clone());
            }
        }
    }
    out
}

/// Whether `a` should win over `b`.
fn newer_topic(a: &TopicEntry, b: &TopicEntry) -> bool {
    (a.at, a.status as u8, &a.note) >= (b.at, b.status as u8, &b.note)
}

fn newer_check(a: &CheckEntry, b: &CheckEntry) -> bool {
    (a.at, a.on) >= (b.at, b.on)
}

/// The later review wins; a tie is broken by the state itself (bits of the
/// floats compare as integers, so the order is total and deterministic).
fn newer_card(a: &CardEntry, b: &CardEntry) -> bool {
    let key = |c: &CardEntry| {
        (
            c.at,
            c.last,
            c.reps,
            c.lapses,
            c.due,
            c.stability.to_bits(),
            c.difficulty.to_bits(),
        )
    };
    key(a) >= key(b)
}

/// Log entries are a union; the same review seen twice keeps its later stamp.
fn newer_review(a: &ReviewEntry, b: &ReviewEntry) -> bool {
    (a.at, a.rating) >= (b.at, b.rating)
}

fn newer_settings<'a>(a: &'a Settings, b: &'a Settings) -> &'a Settings {
    let key = |s: &Settings| {
        (
            s.at,
            s.plan.clone(),
            s.track as u8,
            s.hours_per_week,
            s.start,
            s.theme as u8,
            s.last_export,
            s.reminder_dismissed,
        )
    };
    if key(a) >= key(b) {
        a
    } else {
        b
    }
}
