//! PURE: plans of the learner's own: the model, the plan file (a documented
//! JSON format, validated with a precise message per problem), and the
//! stamped, tombstoned merge that keeps them consistent across tabs.
//!
//! They are stored in progress (`Progress::plans`) and shown as content
//! through the catalog's overlay (`content.rs`).

mod content;
mod edit;
mod file;
mod merge;
mod model;
mod share;

pub use content::{stage_id, to_plan, to_topic, Installer};
pub use edit::{
    add_item, add_stage, move_within, new_plan, own_topic, parse_links, remove_stage, AddRefused,
};
pub use file::{
    decode_plan_file, encode_plan_file, PlanFileError, UnknownTopics, PLAN_FILE_FORMAT,
};
pub use merge::merge_plans;
pub use model::{
    new_plan_id, OwnPlan, OwnStage, OwnTopic, PlanItem, MAX_PLAN_FILE_BYTES, MAX_STAGES,
    MAX_TOPICS, MAX_TOPIC_HOURS, OWN_PLAN_PREFIX, OWN_TOPIC_HOURS,
};
pub use share::{
    base64url, plan_link_bytes, plan_link_fragment, plan_link_text, read_plan_link, unbase64url,
    PlanLinkError, MAX_PLAN_LINK,
};
