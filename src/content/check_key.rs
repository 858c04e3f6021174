//! The progress keys of tickable lines, and the one place that knows their format.
//!
//! Outcomes and project steps carry ids of their own in the content, and their
//! key is that id. Key concepts carry none: their key is the topic id, a `~`,
//! and a slug of the concept's text (`http~status-codes`). A slug keeps a tick
//! in place when concepts are reordered, and lets it lapse only if the text
//! changes. Content ids are kebab-case, so `~` never occurs in them.

/// Between the topic id and the concept slug of a concept key.
const SEPARATOR: char = '~';

/// The longest slug, in bytes, before it is cut at a word boundary or mid-word.
const MAX_SLUG: usize = 48;

/// The progress key of a key concept of a topic.
pub fn concept_check_id(topic_id: &str, concept: &str) -> String {
    concept_key(topic_id, &slug(concept, MAX_SLUG))
}

/// `text` in lowercase ASCII kebab case (`Status codes!` → `status-codes`),
/// cut once it reaches `max` bytes: the slug of concept keys and of the ids
/// of the learner's own topics.
pub fn slug(text: &str, max: usize) -> String {
    let mut slug = String::with_capacity(text.len().min(max));
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= max {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn concept_key(topic_id: &str, slug: &str) -> String {
    format!("{topic_id}{SEPARATOR}{slug}")
}

/// Whether a key is a key concept's (rather than an outcome's or a project step's).
pub fn is_concept_key(key: &str) -> bool {
    key.contains(SEPARATOR)
}

/// Whether `key` is the key of one of the key concepts of `topic_id`.
pub fn is_concept_of(key: &str, topic_id: &str) -> bool {
    key.strip_prefix(topic_id)
        .is_some_and(|rest| rest.starts_with(SEPARATOR))
}

/// The key of the same concept under a topic's new id, if `key` is a concept
/// key of `old_topic`.
pub fn rename_concept_key(key: &str, old_topic: &str, new_topic: &str) -> Option<String> {
    let slug = key.strip_prefix(old_topic)?.strip_prefix(SEPARATOR)?;
    Some(concept_key(new_topic, slug))
}

/// An HTML id for the checkbox of a key: `~` becomes `--`, so that the id
/// needs no escaping in a CSS selector.
pub fn check_dom_id(key: &str) -> String {
    format!("check-{}", key.replace(SEPARATOR, "--"))
}
