//! The plan file: one plan alone, as documented JSON (`docs/plan-file.md`,
//! `docs/plan-file.schema.json`), and its validation. A file with any problem
//! changes nothing: every problem found is reported, each with its message.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::model::{
    OwnPlan, OwnStage, OwnTopic, PlanItem, MAX_PLAN_FILE_BYTES, MAX_STAGES, MAX_TOPICS,
    MAX_TOPIC_HOURS,
};
use crate::content::{is_https_url, Catalog};
use crate::progress::Millis;

/// The `format` every plan file names.
pub const PLAN_FILE_FORMAT: &str = "backend-roadmap-plan";
/// The version this app writes and reads.
const VERSION: u32 = 1;
/// The most weeks a stage may be given.
const MAX_WEEKS: u16 = 104;

/// A plan file as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    format: String,
    version: u32,
    title: String,
    stages: Vec<OwnStage>,
}

/// What to do with catalog ids this app does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownTopics {
    /// Report each one; the file is refused.
    Report,
    /// Keep each one as a topic of the learner's own, titled by its id.
    KeepAsOwn,
}

/// A problem with a plan file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanFileError {
    /// Larger than [`MAX_PLAN_FILE_BYTES`].
    TooLarge(usize),
    /// Not JSON, or not of the plan file's shape.
    Unreadable(String),
    /// JSON, but not a plan file.
    NotAPlanFile,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// The plan has no title.
    NoTitle,
    /// The plan has no stages.
    NoStages,
    /// More than [`MAX_STAGES`] stages.
    TooManyStages(usize),
    /// More than [`MAX_TOPICS`] topics.
    TooManyTopics(usize),
    /// A stage (numbered from 1) has no title.
    UntitledStage(usize),
    /// A stage (numbered from 1) has weeks outside 1 to 104.
    BadWeeks(usize, u16),
    /// A topic appears twice.
    DuplicateTopic(String),
    /// A catalog id this app does not know.
    UnknownTopic(String),
    /// A topic of the learner's own uses a catalog topic's id.
    OwnIdTaken(String),
    /// A topic of the learner's own has no title.
    UntitledTopic(String),
    /// A link that is not an https address.
    BadLink(String, String),
    /// A topic of the learner's own is given hours outside 1 to 200.
    BadHours(String, u16),
}

impl fmt::Display for PlanFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge(bytes) => write!(
                f,
                "The file is {} KB; a plan file is at most {} KB.",
                bytes.div_ceil(1024),
                MAX_PLAN_FILE_BYTES / 1024
            ),
            Self::Unreadable(why) => write!(f, "The file is not a readable plan file: {why}."),
            Self::NotAPlanFile => write!(f, "The file is not a plan file (its format is not \"{PLAN_FILE_FORMAT}\")."),
            Self::NewerVersion(v) => write!(f, "The file is version {v}, from a newer version of the app; update the app to read it."),
            Self::NoTitle => write!(f, "The plan has no title."),
            Self::NoStages => write!(f, "The plan has no stages."),
            Self::TooManyStages(n) => write!(f, "The plan has {n} stages; a plan has at most {MAX_STAGES}."),
            Self::TooManyTopics(n) => write!(f, "The plan has {n} topics; a plan has at most {MAX_TOPICS}."),
            Self::UntitledStage(i) => write!(f, "Stage {i} has no title."),
            Self::BadWeeks(i, w) => write!(f, "Stage {i} is given {w} weeks; give 1 to {MAX_WEEKS}, or none to follow its hours."),
            Self::DuplicateTopic(id) => write!(f, "The topic \"{id}\" appears more than once."),
            Self::UnknownTopic(id) => write!(f, "The topic \"{id}\" is not in this app's catalog."),
            Self::OwnIdTaken(id) => write!(f, "Your topic \"{id}\" has the id of a catalog topic; give it another."),
            Self::UntitledTopic(id) => write!(f, "Your topic \"{id}\" has no title."),
            Self::BadLink(id, link) => write!(f, "The link \"{link}\" of \"{id}\" is not an https address."),
            Self::BadHours(id, h) => write!(f, "Your topic \"{id}\" is given {h} hours; give 1 to {MAX_TOPIC_HOURS}."),
        }
    }
}

fn plan_file(plan: &OwnPlan) -> PlanFile {
    PlanFile {
        format: PLAN_FILE_FORMAT.to_owned(),
        version: VERSION,
        title: plan.title.clone(),
        stages: plan.stages.clone(),
    }
}

/// `plan` as a plan file: pretty JSON, without its id, stamp or tombstone.
pub fn encode_plan_file(plan: &OwnPlan) -> String {
    serde_json::to_string_pretty(&plan_file(plan)).unwrap_or_default()
}

/// The same plan file on one line, the form a plan link carries.
pub fn compact_plan_file(plan: &OwnPlan) -> String {
    serde_json::to_string(&plan_file(plan)).unwrap_or_default()
}

/// Reads a plan file into a plan with `id`, stamped `now`; every problem is
/// reported, and any problem refuses the whole file.
pub fn decode_plan_file(
    text: &str,
    catalog: &Catalog,
    unknown: UnknownTopics,
    id: &str,
    now: Millis,
) -> Result<OwnPlan, Vec<PlanFileError>> {
    if text.len() > MAX_PLAN_FILE_BYTES {
        return Err(vec![PlanFileError::TooLarge(text.len())]);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| vec![PlanFileError::Unreadable(e.to_string())])?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PLAN_FILE_FORMAT) {
        return Err(vec![PlanFileError::NotAPlanFile]);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => {
            return Err(vec![PlanFileError::NewerVersion(
                v.min(u64::from(u32::MAX)) as u32,
            )])
        }
        _ => {}
    }
    let file: PlanFile = serde_json::from_value(value)
        .map_err(|e| vec![PlanFileError::Unreadable(e.to_string())])?;
    let mut stages = file.stages;
    let mut errors = check_shape(&file.title, &stages);
    errors.extend(check_items(&mut stages, catalog, unknown));
    if errors.is_empty() {
        Ok(OwnPlan {
            id: id.to_owned(),
            title: file.title.trim().to_owned(),
            stages,
            at: now,
            deleted: false,
        })
    } else {
        Err(errors)
    }
}

/// The plan's title, its stages and their count, titles and weeks.
fn check_shape(title: &str, stages: &[OwnStage]) -> Vec<PlanFileError> {
    let mut errors = Vec::new();
    if title.trim().is_empty() {
        errors.push(PlanFileError::NoTitle);
    }
    if stages.is_empty() {
        errors.push(PlanFileError::NoStages);
    }
    if stages.len() > MAX_STAGES {
        errors.push(PlanFileError::TooManyStages(stages.len()));
    }
    let topics: usize = stages.iter().map(|s| s.items.len()).sum();
    if topics > MAX_TOPICS {
        errors.push(PlanFileError::TooManyTopics(topics));
    }
    for (i, stage) in stages.iter().enumerate() {
        if stage.title.trim().is_empty() {
            errors.push(PlanFileError::UntitledStage(i + 1));
        }
        if let Some(w) = stage.weeks.filter(|w| !(1..=MAX_WEEKS).contains(w)) {
            errors.push(PlanFileError::BadWeeks(i + 1, w));
        }
    }
    errors
}

/// Every item: known catalog ids (renamed ones under their current id), own
/// topics with a free id, a title and https links, and no id twice.
fn check_items(
    stages: &mut [OwnStage],
    catalog: &Catalog,
    unknown: UnknownTopics,
) -> Vec<PlanFileError> {
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for item in stages.iter_mut().flat_map(|s| s.items.iter_mut()) {
        match item {
            PlanItem::Topic(id) => {
                if catalog.catalog_topic(id).is_some() {
                    *id = catalog.resolve(id).to_owned();
                } else if unknown == UnknownTopics::KeepAsOwn {
                    *item = PlanItem::Own(OwnTopic {
                        id: id.clone(),
                        title: id.clone(),
                        note: "Not in this app's catalog.".to_owned(),
                        links: Vec::new(),
                        hours: None,
                    });
                } else {
                    errors.push(PlanFileError::UnknownTopic(id.clone()));
                }
            }
            PlanItem::Own(own) => {
                if catalog.catalog_topic(&own.id).is_some() {
                    errors.push(PlanFileError::OwnIdTaken(own.id.clone()));
                }
                if own.title.trim().is_empty() {
                    errors.push(PlanFileError::UntitledTopic(own.id.clone()));
                }
                for link in own.links.iter().filter(|l| !is_https_url(l)) {
                    errors.push(PlanFileError::BadLink(own.id.clone(), link.clone()));
                }
                if let Some(h) = own.hours.filter(|h| !(1..=MAX_TOPIC_HOURS).contains(h)) {
                    errors.push(PlanFileError::BadHours(own.id.clone(), h));
                }
            }
        }
        if !seen.insert(item.id().to_owned()) {
            errors.push(PlanFileError::DuplicateTopic(item.id().to_owned()));
        }
    }
    errors
}
