//! Merging the learner's plans from two copies (two tabs, an import): per
//! plan, the newer edit wins, and a deletion is an edit like any other.
//!
//! Like progress merging, it is commutative, associative and idempotent:
//! ties on the stamp are broken by the plans' contents, never by argument order.

use std::collections::BTreeMap;

use super::model::OwnPlan;
use crate::progress::merge_maps;

/// Whether `a` should win over `b`: the later stamp, then a deletion, then
/// the larger content (any fixed order will do, as long as it is total).
fn wins(a: &OwnPlan, b: &OwnPlan) -> bool {
    let content = |p: &OwnPlan| serde_json::to_string(p).unwrap_or_default();
    (a.at, a.deleted)
        .cmp(&(b.at, b.deleted))
        .then_with(|| content(a).cmp(&content(b)))
        .is_ge()
}

/// Both copies' plans, the newer version of each.
pub fn merge_plans(
    a: &BTreeMap<String, OwnPlan>,
    b: &BTreeMap<String, OwnPlan>,
) -> BTreeMap<String, OwnPlan> {
    merge_maps(a, b, wins)
}
