//! PURE: the roadmap content (topics, plans, career figures), its types, loading and queries.
//!
//! Nothing here touches the browser; `cargo test` exercises it natively.

mod catalog;
mod check_key;
mod embedded;
mod model;
mod validate;

pub use catalog::{
    estimate_text, estimated_weeks_tenths, Catalog, ContentError, OwnContent, ParsedContent,
    PlanLength, SourceFile, HOURS_PER_WEEK,
};
pub use check_key::{
    check_dom_id, concept_check_id, is_concept_key, is_concept_of, rename_concept_key, slug,
};
pub use embedded::{ALIASES_FILE, OUTLOOK_FILE, PLAN_FILES, TOPIC_FILES};
pub use model::*;
pub use validate::{is_https_url, is_kebab_case, validate, Problem};
