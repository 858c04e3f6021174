//! The content files compiled into the app.

use super::catalog::{Catalog, ContentError, SourceFile};

/// Topic files, grouped by area.
pub const TOPIC_FILES: &[SourceFile<'static>] = &[
    (
        "topics/01-foundations.json",
        include_str!("../../assets/roadmap/topics/01-foundations.json"),
    ),
    (
        "topics/02-web-apis.json",
        include_str!("../../assets/roadmap/topics/02-web-apis.json"),
    ),
    (
        "topics/03-databases.json",
        include_str!("../../assets/roadmap/topics/03-databases.json"),
    ),
    (
        "topics/04-security-testing.json",
        include_str!("../../assets/roadmap/topics/04-security-testing.json"),
    ),
    (
        "topics/05-devops.json",
        include_str!("../../assets/roadmap/topics/05-devops.json"),
    ),
    (
        "topics/06-architecture-career.json",
        include_str!("../../assets/roadmap/topics/06-architecture-career.json"),
    ),
];

/// Plan files; the canonical plan comes first.
pub const PLAN_FILES: &[SourceFile<'static>] = &[
    (
        "plans/backend.json",
        include_str!("../../assets/roadmap/plans/backend.json"),
    ),
    (
        "plans/rohith-builds.json",
        include_str!("../../assets/roadmap/plans/rohith-builds.json"),
    ),
    (
        "plans/ten-step-india.json",
        include_str!("../../assets/roadmap/plans/ten-step-india.json"),
    ),
    (
        "plans/role-based.json",
        include_str!("../../assets/roadmap/plans/role-based.json"),
    ),
    (
        "plans/uncodemy.json",
        include_str!("../../assets/roadmap/plans/uncodemy.json"),
    ),
    (
        "plans/six-stage-career.json",
        include_str!("../../assets/roadmap/plans/six-stage-career.json"),
    ),
];

/// Career figures.
pub const OUTLOOK_FILE: SourceFile<'static> = (
    "outlook.json",
    include_str!("../../assets/roadmap/outlook.json"),
);

/// Renamed topic ids.
pub const ALIASES_FILE: SourceFile<'static> = (
    "aliases.json",
    include_str!("../../assets/roadmap/aliases.json"),
);

impl Catalog {
    /// The content shipped with the app.
    pub fn embedded() -> Result<Catalog, ContentError> {
        Catalog::from_sources(TOPIC_FILES, PLAN_FILES, OUTLOOK_FILE, ALIASES_FILE)
    }
}
