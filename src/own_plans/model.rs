//! A plan of the learner's own: stages of catalog topics and topics of their own.

use serde::{Deserialize, Serialize};

use crate::progress::Millis;

/// The most stages a plan may have.
pub const MAX_STAGES: usize = 50;
/// The most topics, catalog and own together, a plan may have.
pub const MAX_TOPICS: usize = 500;
/// How every own plan's id begins; no published plan's id does.
pub const OWN_PLAN_PREFIX: &str = "own-";
/// The largest plan file the app reads.
pub const MAX_PLAN_FILE_BYTES: usize = 256 * 1024;

/// A topic the catalog does not cover, written by the learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnTopic {
    /// Unique within the plan, and never a catalog id.
    pub id: String,
    /// What it is called.
    pub title: String,
    /// The learner's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Links to learn it from (https).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// Hours of study it takes; [`OWN_TOPIC_HOURS`] when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u16>,
}

/// The hours an own topic counts for when the learner gives none: the
/// catalog's median topic (checked in `tests/own_plans.rs`).
pub const OWN_TOPIC_HOURS: u16 = 5;
/// The most hours an own topic may be given.
pub const MAX_TOPIC_HOURS: u16 = 200;

/// One entry of a stage: a catalog topic by id, or a topic of the learner's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum PlanItem {
    /// A catalog topic, by id.
    Topic(String),
    /// A topic of the learner's own.
    Own(OwnTopic),
}

impl PlanItem {
    /// The item's id: the catalog id, or the own topic's id.
    pub fn id(&self) -> &str {
        match self {
            PlanItem::Topic(id) => id,
            PlanItem::Own(own) => &own.id,
        }
    }
}

/// A stage of an own plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnStage {
    /// What it is called.
    pub title: String,
    /// Weeks the learner gives it; `None` lets the weeks follow from its hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<u16>,
    /// Its topics, in study order.
    #[serde(default)]
    pub items: Vec<PlanItem>,
}

/// A plan of the learner's own, stamped as one entry: the newer edit of a
/// plan wins a merge, and a deletion is a stamped tombstone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPlan {
    /// Unique among the learner's plans (`own-…`), never a published plan's id.
    pub id: String,
    /// What it is called.
    pub title: String,
    /// Its stages, in order.
    pub stages: Vec<OwnStage>,
    /// When it last changed (or was deleted).
    pub at: Millis,
    /// Deleted: kept as a tombstone so that a merge with an older copy does not bring it back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

impl OwnPlan {
    /// Every item of the plan, stage by stage.
    pub fn items(&self) -> impl Iterator<Item = &PlanItem> {
        self.stages.iter().flat_map(|s| s.items.iter())
    }
}

/// A fresh plan id made at `now` (`own-` and the moment in base 36), with a
/// counter added should `taken` already hold it.
pub fn new_plan_id(now: Millis, taken: impl Fn(&str) -> bool) -> String {
    let mut digits = Vec::new();
    let mut n = now;
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    let base: String = std::iter::once(OWN_PLAN_PREFIX.to_owned())
        .chain(digits.iter().rev().map(char::to_string))
        .collect();
    first_free(base, taken)
}

/// `base`, or `base-2`, `base-3`… : the first id that `taken` does not hold.
pub fn first_free(base: String, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|i| {
            if i == 1 {
                base.clone()
            } else {
                format!("{base}-{i}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}
