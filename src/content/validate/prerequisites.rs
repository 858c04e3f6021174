//! Prerequisites: they exist, they form no cycle, and the canonical plan never
//! asks for a topic before the topics it builds on.

use std::collections::{HashMap, HashSet};

use super::Report;
use crate::content::catalog::Catalog;

/// The most prerequisites a topic names; more would not be "direct" ones.
const MAX_PREREQUISITES: usize = 5;

/// Every prerequisite rule, over the whole catalog.
pub(super) fn check(r: &mut Report, catalog: &Catalog) {
    check_ids(r, catalog);
    check_cycles(r, catalog);
    check_canonical_order(r, catalog);
}

/// Each prerequisite is a live topic id, named once, not the topic itself.
fn check_ids(r: &mut Report, catalog: &Catalog) {
    let live: HashSet<&str> = catalog.topics().iter().map(|t| t.id.as_str()).collect();
    for (i, t) in catalog.topics().iter().enumerate() {
        let file = catalog.topic_file(i);
        if t.prerequisites.len() > MAX_PREREQUISITES {
            r.add(
                file,
                &t.id,
                format!(
                    "names {} prerequisites, expected at most {MAX_PREREQUISITES}",
                    t.prerequisites.len()
                ),
            );
        }
        let mut seen = HashSet::new();
        for p in &t.prerequisites {
            if *p == t.id {
                r.add(file, &t.id, "is its own prerequisite");
            } else if !live.contains(p.as_str()) {
                r.add(file, &t.id, format!("unknown prerequisite '{p}'"));
            }
            if !seen.insert(p) {
                r.add(file, &t.id, format!("prerequisite '{p}' named twice"));
            }
        }
    }
}

/// Depth-first search for a cycle; each cycle is reported once, at the topic
/// where the search closed it, with the whole path.
fn check_cycles(r: &mut Report, catalog: &Catalog) {
    let topics = catalog.topics();
    let index: HashMap<&str, usize> = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    // 0 = not visited, 1 = on the current path, 2 = finished.
    let mut state = vec![0u8; topics.len()];
    for start in 0..topics.len() {
        if state[start] != 0 {
            continue;
        }
        let mut path = vec![start];
        let mut next_child = vec![0usize];
        state[start] = 1;
        while let Some(&node) = path.last() {
            let depth = path.len() - 1;
            let prerequisites = &topics[node].prerequisites;
            let Some(p) = prerequisites.get(next_child[depth]) else {
                state[node] = 2;
                path.pop();
                next_child.pop();
                continue;
            };
            next_child[depth] += 1;
            let Some(&child) = index.get(p.as_str()) else {
                continue;
            };
            match state[child] {
                0 => {
                    state[child] = 1;
                    path.push(child);
                    next_child.push(0);
                }
                1 => {
                    let from = path.iter().position(|&x| x == child).unwrap_or(0);
                    let names: Vec<&str> = path[from..]
                        .iter()
                        .chain([&child])
                        .map(|&i| topics[i].id.as_str())
                        .collect();
                    r.add(
                        catalog.topic_file(node),
                        &topics[node].id,
                        format!("prerequisites form a cycle: {}", names.join(" → ")),
                    );
                }
                _ => {}
            }
        }
    }
}

/// In the canonical plan, each prerequisite sits in the same or an earlier
/// stage than the topic that needs it.
fn check_canonical_order(r: &mut Report, catalog: &Catalog) {
    let plan = catalog.canonical();
    let file = catalog.plan_file(0);
    let stage_of: HashMap<&str, usize> = plan
        .stages
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.topics.iter().map(move |t| (t.as_str(), i)))
        .collect();
    for (i, stage) in plan.stages.iter().enumerate() {
        for topic in stage.topics.iter().filter_map(|id| catalog.topic(id)) {
            for p in &topic.prerequisites {
                match stage_of.get(p.as_str()) {
                    Some(&j) if j > i => r.add(
                        file,
                        &stage.id,
                        format!(
                            "'{}' (stage {}) builds on '{p}', which comes later (stage {})",
                            topic.id,
                            i + 1,
                            j + 1
                        ),
                    ),
                    None => r.add(
                        file,
                        &stage.id,
                        format!("'{}' builds on '{p}', which the plan leaves out", topic.id),
                    ),
                    _ => {}
                }
            }
        }
    }
}
