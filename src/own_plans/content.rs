//! The learner's plans as content: each own plan becomes a [`Plan`] and each
//! own topic a [`Topic`], so that every page, the schedule and the map treat
//! them as they treat the published ones.
//!
//! The catalog hands out `&'static` content, so a materialized plan lives for
//! the rest of the page. [`Installer`] makes one per edit of a plan (a few KB),
//! reusing the copy of every plan whose stamp has not moved.

use std::collections::{BTreeMap, HashMap};

use super::model::{OwnPlan, OwnTopic, PlanItem, OWN_TOPIC_HOURS};
use crate::content::{
    Catalog, Difficulty, OwnContent, Plan, PlanSource, Resource, ResourceKind, SourceKind, Stage,
    Topic,
};
use crate::progress::Millis;

/// The id of stage `index` (from 0) of an own plan: unique, since own plan
/// ids are, and stable while the stage keeps its place.
pub fn stage_id(plan_id: &str, index: usize) -> String {
    format!("{plan_id}-{}", index + 1)
}

/// An own plan as a plan of the catalog's shape.
pub fn to_plan(own: &OwnPlan) -> Plan {
    let stages = own
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| Stage {
            id: stage_id(&own.id, i),
            title: stage.title.clone(),
            weeks: None,
            summary: String::new(),
            topics: stage
                .items
                .iter()
                .map(|item| item.id().to_owned())
                .collect(),
            outcomes: Vec::new(),
            projects: Vec::new(),
            skills: Vec::new(),
            courses: Vec::new(),
            fixed_weeks: stage.weeks,
        })
        .collect();
    Plan {
        id: own.id.clone(),
        title: own.title.clone(),
        source: PlanSource {
            name: "You".to_owned(),
            kind: SourceKind::Own,
            year: None,
            note: None,
        },
        summary: String::new(),
        stages,
        industries: Vec::new(),
        roles: Vec::new(),
        mistakes: Vec::new(),
    }
}

/// A topic of the learner's own as a topic of the catalog's shape: its note
/// is its summary, its links its resources.
pub fn to_topic(own: &OwnTopic) -> Topic {
    Topic {
        id: own.id.clone(),
        title: own.title.clone(),
        summary: own.note.clone(),
        why: String::new(),
        concepts: Vec::new(),
        resources: own
            .links
            .iter()
            .map(|url| Resource {
                title: link_title(url),
                url: url.clone(),
                kind: ResourceKind::Article,
                free: true,
            })
            .collect(),
        hours: u32::from(own.hours.unwrap_or(OWN_TOPIC_HOURS)),
        tags: Vec::new(),
        tracks: None,
        prerequisites: Vec::new(),
        difficulty: Difficulty::Beginner,
        questions: Vec::new(),
    }
}

/// A link's text: its host and path, without the scheme.
fn link_title(url: &str) -> String {
    let bare = url.trim_start_matches("https://");
    bare.strip_suffix('/').unwrap_or(bare).to_owned()
}

/// One plan as content, with its own topics.
struct Installed {
    plan: &'static Plan,
    topics: Vec<&'static Topic>,
}

/// Keeps the catalog's overlay in step with the learner's plans.
#[derive(Default)]
pub struct Installer {
    /// Each plan's content by id, with the stamp it was made from.
    made: HashMap<String, (Millis, Installed)>,
}

impl Installer {
    /// Installs the live plans of `plans` in the catalog, titled in order;
    /// a plan whose stamp has not changed keeps its content.
    pub fn install(&mut self, catalog: &Catalog, plans: &BTreeMap<String, OwnPlan>) {
        let mut live: Vec<&OwnPlan> = plans.values().filter(|p| !p.deleted).collect();
        live.sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.id.cmp(&b.id)));
        self.made
            .retain(|id, _| plans.get(id).is_some_and(|p| !p.deleted));
        let mut own = OwnContent::default();
        for plan in live {
            let fresh = self
                .made
                .get(&plan.id)
                .is_some_and(|(at, _)| *at == plan.at);
            if !fresh {
                self.made.insert(plan.id.clone(), (plan.at, make(plan)));
            }
            let Some((_, made)) = self.made.get(&plan.id) else {
                continue;
            };
            own.plans.push(made.plan);
            for topic in &made.topics {
                own.topics.entry(topic.id.clone()).or_insert(topic);
            }
        }
        catalog.set_own(own);
    }
}

fn make(plan: &OwnPlan) -> Installed {
    let topics = plan
        .items()
        .filter_map(|item| match item {
            PlanItem::Own(own) => Some(&*Box::leak(Box::new(to_topic(own)))),
            PlanItem::Topic(_) => None,
        })
        .collect();
    Installed {
        plan: Box::leak(Box::new(to_plan(plan))),
        topics,
    }
}
