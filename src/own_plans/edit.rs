//! The editor's changes to a plan, each one pure and checked against the
//! plan's limits: the page stamps the plan after any change that took.

use super::model::{first_free, OwnPlan, OwnStage, OwnTopic, PlanItem, MAX_STAGES, MAX_TOPICS};
use crate::content::{slug, Catalog, Plan};
use crate::progress::Millis;

/// A new plan titled `title`: empty but for one stage, or a copy of `from`'s
/// stages and topics (a learner's plan keeps its own topics).
pub fn new_plan(
    id: String,
    title: &str,
    from: Option<&Plan>,
    own_source: Option<&OwnPlan>,
    now: Millis,
) -> OwnPlan {
    let stages = match (own_source, from) {
        (Some(own), _) => own.stages.clone(),
        (None, Some(plan)) => {
            // A published plan may list a topic in two stages; a plan of
            // one's own holds each topic once, where it first comes.
            let mut seen = std::collections::HashSet::new();
            plan.stages
                .iter()
                .map(|stage| OwnStage {
                    title: stage.title.clone(),
                    weeks: None,
                    items: stage
                        .topics
                        .iter()
                        .filter(|id| seen.insert(id.as_str()))
                        .cloned()
                        .map(PlanItem::Topic)
                        .collect(),
                })
                .collect()
        }
        (None, None) => vec![OwnStage {
            title: "Stage 1".to_owned(),
            weeks: None,
            items: Vec::new(),
        }],
    };
    OwnPlan {
        id,
        title: title.trim().to_owned(),
        stages,
        at: now,
        deleted: false,
    }
}

/// Moves element `index` of `list` by `delta` places; false when it cannot move.
pub fn move_within<T>(list: &mut [T], index: usize, delta: isize) -> bool {
    let Some(to) = index
        .checked_add_signed(delta)
        .filter(|to| *to < list.len())
    else {
        return false;
    };
    if index >= list.len() {
        return false;
    }
    list.swap(index, to);
    true
}

/// Adds an empty stage at the end; false at [`MAX_STAGES`].
pub fn add_stage(plan: &mut OwnPlan) -> bool {
    if plan.stages.len() >= MAX_STAGES {
        return false;
    }
    plan.stages.push(OwnStage {
        title: format!("Stage {}", plan.stages.len() + 1),
        weeks: None,
        items: Vec::new(),
    });
    true
}

/// Removes stage `index`; the last stage stays, since a plan has at least one.
pub fn remove_stage(plan: &mut OwnPlan, index: usize) -> bool {
    if plan.stages.len() <= 1 || index >= plan.stages.len() {
        return false;
    }
    plan.stages.remove(index);
    true
}

/// Why an item could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRefused {
    /// The plan already has the topic.
    AlreadyThere,
    /// The plan has [`MAX_TOPICS`] topics.
    Full,
    /// The stage does not exist.
    NoStage,
}

impl AddRefused {
    /// What to tell the learner.
    pub fn message(self) -> &'static str {
        match self {
            Self::AlreadyThere => "That topic is already in this plan.",
            Self::Full => "A plan holds at most 500 topics.",
            Self::NoStage => "That stage no longer exists.",
        }
    }
}

/// Adds `item` at the end of stage `stage`.
pub fn add_item(plan: &mut OwnPlan, stage: usize, item: PlanItem) -> Result<(), AddRefused> {
    if plan.items().any(|i| i.id() == item.id()) {
        return Err(AddRefused::AlreadyThere);
    }
    if plan.items().count() >= MAX_TOPICS {
        return Err(AddRefused::Full);
    }
    plan.stages
        .get_mut(stage)
        .ok_or(AddRefused::NoStage)?
        .items
        .push(item);
    Ok(())
}

/// A topic of the learner's own with an id made from its title (`my-` and
/// the title in kebab case), never a catalog id nor one the plan has.
pub fn own_topic(
    plan: &OwnPlan,
    catalog: &Catalog,
    title: &str,
    note: &str,
    links: Vec<String>,
    hours: Option<u16>,
) -> OwnTopic {
    let base = format!("my-{}", slug(title, 40));
    let taken =
        |id: &str| catalog.catalog_topic(id).is_some() || plan.items().any(|i| i.id() == id);
    let id = first_free(base, taken);
    OwnTopic {
        id,
        title: title.trim().to_owned(),
        note: note.trim().to_owned(),
        links,
        hours,
    }
}

/// The https links among the lines of `text`, and the lines that are not.
pub fn parse_links(text: &str) -> (Vec<String>, Vec<String>) {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .partition(|l| crate::content::is_https_url(l))
}
