//! PURE: the roadmap content (topics, plans, career figures), its types, loading and queries.
//!
//! Nothing here touches the browser; `cargo test` exercises it natively.

mod catalog;
mod embedded;
mod model;
mod validate;

pub use catalog::{concept_check_id, Catalog, ContentError, PlanLength, SourceFile};
pub use embedded::{ALIASES_FILE, OUTLOOK_FILE, PLAN_FILES, TOPIC_FILES};
pub use model::*;
pub use validate::{is_https_url, is_kebab_case, validate, Problem};
