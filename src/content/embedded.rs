//! The content files compiled into the app.

use super::catalog::{Catalog, ContentError, ParsedContent, SourceFile};

/// A content file's text. The browser build embeds the compact copy that
/// `build.rs` writes (same tokens, no whitespace between them); native builds
/// and tests embed the file as written.
#[cfg(target_arch = "wasm32")]
macro_rules! content {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/roadmap/", $path))
    };
}
#[cfg(not(target_arch = "wasm32"))]
macro_rules! content {
    ($path:literal) => {
        include_str!(concat!("../../assets/roadmap/", $path))
    };
}

/// Topic files, grouped by area.
pub const TOPIC_FILES: &[SourceFile<'static>] = &[
    (
        "topics/01-foundations.json",
        content!("topics/01-foundations.json"),
    ),
    (
        "topics/02-web-apis.json",
        content!("topics/02-web-apis.json"),
    ),
    (
        "topics/03-databases.json",
        content!("topics/03-databases.json"),
    ),
    (
        "topics/04-security-testing.json",
        content!("topics/04-security-testing.json"),
    ),
    ("topics/05-devops.json", content!("topics/05-devops.json")),
    (
        "topics/06-architecture-career.json",
        content!("topics/06-architecture-career.json"),
    ),
    (
        "topics/07-systems-protocols.json",
        content!("topics/07-systems-protocols.json"),
    ),
    (
        "topics/08-data-servers-privacy.json",
        content!("topics/08-data-servers-privacy.json"),
    ),
    (
        "topics/09-architecture-resilience.json",
        content!("topics/09-architecture-resilience.json"),
    ),
];

/// Plan files; the canonical plan comes first.
pub const PLAN_FILES: &[SourceFile<'static>] = &[
    ("plans/backend.json", content!("plans/backend.json")),
    (
        "plans/rohith-builds.json",
        content!("plans/rohith-builds.json"),
    ),
    (
        "plans/ten-step-india.json",
        content!("plans/ten-step-india.json"),
    ),
    ("plans/role-based.json", content!("plans/role-based.json")),
    ("plans/uncodemy.json", content!("plans/uncodemy.json")),
    (
        "plans/six-stage-career.json",
        content!("plans/six-stage-career.json"),
    ),
];

/// Career figures.
pub const OUTLOOK_FILE: SourceFile<'static> = ("outlook.json", content!("outlook.json"));

/// Renamed topic ids.
pub const ALIASES_FILE: SourceFile<'static> = ("aliases.json", content!("aliases.json"));

impl Catalog {
    /// The content shipped with the app.
    pub fn embedded() -> Result<Catalog, ContentError> {
        Catalog::from_sources(TOPIC_FILES, PLAN_FILES, OUTLOOK_FILE, ALIASES_FILE)
    }
}

impl ParsedContent {
    /// The catalog of the topics parsed so far (from [`TOPIC_FILES`]) with
    /// the shipped plans, figures and aliases.
    pub fn finish_embedded(self) -> Result<Catalog, ContentError> {
        self.finish(PLAN_FILES, OUTLOOK_FILE, ALIASES_FILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compact copies the browser embeds hold exactly the authored JSON.
    #[test]
    fn compact_copies_hold_the_same_json() {
        let files = TOPIC_FILES
            .iter()
            .chain(PLAN_FILES)
            .chain([&OUTLOOK_FILE, &ALIASES_FILE]);
        for (path, text) in files {
            let compact = std::fs::read_to_string(
                std::path::Path::new(env!("OUT_DIR"))
                    .join("roadmap")
                    .join(path),
            )
            .unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(compact.len() < text.len(), "{path} is not smaller");
            let a: serde_json::Value = serde_json::from_str(text).unwrap();
            let b: serde_json::Value = serde_json::from_str(&compact).unwrap();
            assert_eq!(a, b, "{path}");
        }
    }
}
