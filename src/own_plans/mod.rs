//! PURE: plans of the learner's own: the model, the plan file (a documented
//! JSON format, validated with a precise message per problem), and the
//! stamped, tombstoned merge that keeps them consistent across tabs.
//!
//! This is the model layer of "Your own plan" (#19); the editor, storage in
//! progress (a schema migration) and share links build on it and are not
//! written yet, so nothing in the app uses it so far.

mod file;
mod merge;
mod model;

pub use file::{
    decode_plan_file, encode_plan_file, PlanFileError, UnknownTopics, PLAN_FILE_FORMAT,
};
pub use merge::merge_plans;
pub use model::{
    OwnPlan, OwnStage, OwnTopic, PlanItem, MAX_PLAN_FILE_BYTES, MAX_STAGES, MAX_TOPICS,
};
