//! Reading and writing progress as JSON: the stored form, the export file, and migrations.
//!
//! Decoding never panics and never trusts its input: it reads a `serde_json::Value`
//! and takes each entry on its own, so one bad entry costs that entry, not the rest.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{json, Map, Value};

use super::cards::{parse_review_key, CardEntry, ReviewEntry};
use super::state::{
    CheckEntry, Progress, Settings, Status, Theme, TopicEntry, HOURS_PER_WEEK_RANGE,
};
use crate::content::Track;
use crate::date::Date;
use crate::own_plans::{OwnPlan, MAX_STAGES, MAX_TOPICS, OWN_PLAN_PREFIX};

/// The schema this build writes.
///
/// 1: ticks as `{ id: at }`. 2: ticks as `{ id: { on, at } }`. 3: `cleared_at`
/// (the mark of a reset or replace) and the export reminder's settings.
/// 4: `cards` (review state per question) and `reviews` (the review log).
/// 5: `plans` (the learner's own plans, deleted ones as tombstones).
pub const SCHEMA: u64 = 5;

/// The largest import file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Marks an export file so that other JSON is recognised as foreign.
pub const EXPORT_FORMAT: &str = "backend-roadmap-progress";

/// Why stored or imported text could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not JSON.
    NotJson(String),
    /// JSON, but not an object.
    NotAnObject,
    /// An object without the fields of a progress file.
    UnknownFormat,
    /// Written by a newer version of the app.
    FutureSchema(u64),
    /// A schema number that is not a positive integer.
    BadSchema,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge(n) => write!(
                f,
                "The file is {} KB; progress files are at most {} KB.",
                n.div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
            Self::NotJson(e) => write!(f, "The file is not valid JSON ({e})."),
            Self::NotAnObject => write!(f, "The file is JSON but not a progress object."),
            Self::UnknownFormat => {
                write!(f, "The file is JSON but holds no topics, checks or settings of this app.")
            }
            Self::FutureSchema(n) => write!(
                f,
                "The file uses schema {n}, newer than this app's schema {SCHEMA}. Update the app to read it."
            ),
            Self::BadSchema => write!(f, "The file's schema number is not valid."),
        }
    }
}

impl std::error::Error for DecodeError {}

/// A decoded state and how many entries had to be left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// What could be read.
    pub progress: Progress,
    /// Entries that were malformed and left out.
    pub dropped: usize,
    /// The schema the text was written in.
    pub schema: u64,
}

/// The stored form of a state (the current schema).
pub fn encode(progress: &Progress) -> String {
    let mut value = serde_json::to_value(progress).unwrap_or_else(|_| json!({}));
    if let Value::Object(map) = &mut value {
        map.insert("schema".into(), json!(SCHEMA));
    }
    value.to_string()
}

/// An export file: the stored form plus what wrote it and when.
pub fn encode_export(progress: &Progress, app_version: &str, exported_at: &str) -> String {
    let mut value = serde_json::to_value(progress).unwrap_or_else(|_| json!({}));
    if let Value::Object(map) = &mut value {
        map.insert("format".into(), json!(EXPORT_FORMAT));
        map.insert("schema".into(), json!(SCHEMA));
        map.insert("app_version".into(), json!(app_version));
        map.insert("exported_at".into(), json!(exported_at));
    }
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// Reads an import file: refuses oversized input, then decodes it.
pub fn decode_import(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(DecodeError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    decode(text)
}

/// Reads stored or exported progress of any known schema, recovering what it can.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DecodeError::NotJson(short(&e)))?;
    let Value::Object(mut map) = value else {
        return Err(DecodeError::NotAnObject);
    };
    let schema = match map.get("schema") {
        None => 1,
        Some(v) => v
            .as_u64()
            .filter(|n| *n >= 1)
            .ok_or(DecodeError::BadSchema)?,
    };
    if schema > SCHEMA {
        return Err(DecodeError::FutureSchema(schema));
    }
    if !["topics", "checks", "settings"]
        .iter()
        .any(|k| map.contains_key(*k))
        && !map.contains_key("cards")
        && !map.contains_key("plans")
    {
        return Err(DecodeError::UnknownFormat);
    }
    let mut dropped = 0;
    // Migrations run in a chain, each from its schema to the next.
    if schema < 2 {
        dropped += migrate_1_to_2(&mut map);
    }
    if schema < 3 {
        migrate_2_to_3(&mut map);
    }
    if schema < 4 {
        migrate_3_to_4(&mut map);
    }
    if schema < 5 {
        migrate_4_to_5(&mut map);
    }
    let cleared_at = match map.get("cleared_at") {
        None => 0,
        Some(v) => v.as_u64().unwrap_or_else(|| {
            dropped += 1;
            0
        }),
    };
    let mut progress = Progress {
        topics: read_map(map.get("topics"), &mut dropped, read_topic),
        checks: read_map(map.get("checks"), &mut dropped, read_check),
        settings: read_settings(map.get("settings"), &mut dropped),
        cards: read_map(map.get("cards"), &mut dropped, read_card),
        reviews: read_map(map.get("reviews"), &mut dropped, read_review),
        cleared_at,
        plans: read_map(map.get("plans"), &mut dropped, read_plan),
    };
    // A plan is stored under its own id.
    let before = progress.plans.len();
    progress.plans.retain(|key, plan| *key == plan.id);
    dropped += before - progress.plans.len();
    // A log key must name a time and a question.
    let before = progress.reviews.len();
    progress
        .reviews
        .retain(|key, _| parse_review_key(key).is_some());
    dropped += before - progress.reviews.len();
    progress.drop_cleared();
    Ok(Decoded {
        progress,
        dropped,
        schema,
    })
}

fn short(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

/// Schema 1 kept only ticked items, as `checks: { id: at }`. Schema 2 keeps
/// unticks too (`{ on, at }`) so that a merge can tell "unticked" from "never seen".
fn migrate_1_to_2(map: &mut Map<String, Value>) -> usize {
    let mut dropped = 0;
    if let Some(Value::Object(checks)) = map.get_mut("checks") {
        for value in checks.values_mut() {
            match value.as_u64() {
                Some(at) => *value = json!({ "on": true, "at": at }),
                None => {
                    *value = Value::Null;
                    dropped += 1;
                }
            }
        }
        checks.retain(|_, v| !v.is_null());
    }
    dropped
}

/// Schema 3 only adds fields (`cleared_at`, `settings.last_export`,
/// `settings.reminder_dismissed`) whose absence means "never": nothing to convert.
fn migrate_2_to_3(_map: &mut Map<String, Value>) {}

/// Schema 4 only adds `cards` and `reviews`, whose absence means "no reviews
/// yet": nothing to convert. Older files carry neither, and a schema-3 app
/// reading a schema-4 file refuses it as a future schema rather than dropping them.
fn migrate_3_to_4(_map: &mut Map<String, Value>) {}

/// Schema 5 only adds `plans`, whose absence means "no plans of your own":
/// nothing to convert. A schema-4 app refuses a schema-5 file as a future
/// schema rather than dropping the learner's plans.
fn migrate_4_to_5(map: &mut Map<String, Value>) {
    // An older file that somehow carries the key did not write it; it is not ours.
    map.remove("plans");
}

fn read_map<T>(
    value: Option<&Value>,
    dropped: &mut usize,
    read: impl Fn(&Value) -> Option<T>,
) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (key, entry) in entries {
                match (valid_key(key), read(entry)) {
                    (true, Some(v)) => {
                        out.insert(key.clone(), v);
                    }
                    _ => *dropped += 1,
                }
            }
        }
        Some(_) => *dropped += 1,
    }
    out
}

/// Keys are content ids; unknown ids are kept, but absurd keys are not.
fn valid_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= 200 && !key.chars().any(char::is_control)
}

fn read_at(entry: &Map<String, Value>) -> Option<u64> {
    match entry.get("at") {
        None => Some(0),
        Some(v) => v.as_u64(),
    }
}

fn read_topic(value: &Value) -> Option<TopicEntry> {
    let entry = value.as_object()?;
    let status = match entry.get("status") {
        None => Status::Pending,
        Some(v) => Status::from_id(v.as_str()?)?,
    };
    let note = match entry.get("note") {
        None | Some(Value::Null) => String::new(),
        Some(v) => v.as_str()?.to_owned(),
    };
    Some(TopicEntry {
        status,
        note,
        at: read_at(entry)?,
    })
}

fn read_check(value: &Value) -> Option<CheckEntry> {
    let entry = value.as_object()?;
    Some(CheckEntry {
        on: entry.get("on")?.as_bool()?,
        at: read_at(entry)?,
    })
}

/// A finite, non-negative number.
fn read_float(entry: &Map<String, Value>, key: &str) -> Option<f64> {
    entry
        .get(key)?
        .as_f64()
        .filter(|x| x.is_finite() && *x >= 0.0)
}

fn read_u32(entry: &Map<String, Value>, key: &str) -> Option<u32> {
    match entry.get(key) {
        None => Some(0),
        Some(v) => u32::try_from(v.as_u64()?).ok(),
    }
}

/// A card's FSRS state; a started card needs a positive stability and a
/// difficulty of 1 to 10, or it would schedule nonsense.
fn read_card(value: &Value) -> Option<CardEntry> {
    let entry = value.as_object()?;
    let card = CardEntry {
        stability: read_float(entry, "stability")?,
        difficulty: read_float(entry, "difficulty")?,
        due: entry.get("due")?.as_u64()?,
        last: entry.get("last")?.as_u64()?,
        reps: read_u32(entry, "reps")?,
        lapses: read_u32(entry, "lapses")?,
        at: read_at(entry)?,
    };
    let sound =
        !card.is_started() || (card.stability > 0.0 && (1.0..=10.0).contains(&card.difficulty));
    sound.then_some(card)
}

/// A plan of the learner's own, within the limits a plan file has.
fn read_plan(value: &Value) -> Option<OwnPlan> {
    // From an owned value, as the plan file is read: borrowing the value would
    // compile a second deserializer for plans (about 1 KB of wasm).
    let plan: OwnPlan = serde_json::from_value(value.clone()).ok()?;
    let sound = plan.id.starts_with(OWN_PLAN_PREFIX)
        && plan.stages.len() <= MAX_STAGES
        && plan.items().count() <= MAX_TOPICS;
    sound.then_some(plan)
}

fn read_review(value: &Value) -> Option<ReviewEntry> {
    let entry = value.as_object()?;
    let rating = u8::try_from(entry.get("rating")?.as_u64()?).ok()?;
    (rating <= 4).then_some(ReviewEntry {
        rating,
        at: read_at(entry)?,
    })
}

/// Each setting is read on its own: a bad one falls back to its default.
fn read_settings(value: Option<&Value>, dropped: &mut usize) -> Settings {
    let mut settings = Settings::default();
    let Some(value) = value else {
        return settings;
    };
    let Some(map) = value.as_object() else {
        *dropped += 1;
        return settings;
    };
    let mut bad = |ok: bool| {
        if !ok {
            *dropped += 1;
        }
    };
    if let Some(v) = map.get("plan") {
        let plan = v.as_str().filter(|p| !p.is_empty() && p.len() <= 100);
        bad(plan.is_some());
        if let Some(plan) = plan {
            settings.plan = plan.to_owned();
        }
    }
    if let Some(v) = map.get("track") {
        let track = v.as_str().and_then(Track::from_id);
        bad(track.is_some());
        settings.track = track.unwrap_or_default();
    }
    if let Some(v) = map.get("hours_per_week") {
        let hours = v
            .as_u64()
            .and_then(|h| u8::try_from(h).ok())
            .filter(|h| HOURS_PER_WEEK_RANGE.contains(h));
        bad(hours.is_some());
        settings.hours_per_week = hours.unwrap_or(settings.hours_per_week);
    }
    if let Some(v) = map.get("start") {
        let start = match v {
            Value::Null => Some(None),
            Value::String(s) => Date::parse(s).map(Some),
            _ => None,
        };
        bad(start.is_some());
        settings.start = start.flatten();
    }
    if let Some(v) = map.get("theme") {
        let theme = v
            .as_str()
            .and_then(|t| Theme::ALL.into_iter().find(|x| x.id() == t));
        bad(theme.is_some());
        settings.theme = theme.unwrap_or_default();
    }
    for (key, field) in [
        ("last_export", &mut settings.last_export),
        ("reminder_dismissed", &mut settings.reminder_dismissed),
    ] {
        if let Some(v) = map.get(key) {
            let at = match v {
                Value::Null => Some(None),
                other => other.as_u64().map(Some),
            };
            bad(at.is_some());
            *field = at.flatten();
        }
    }
    if let Some(v) = map.get("at") {
        bad(v.as_u64().is_some());
        settings.at = v.as_u64().unwrap_or(0);
    }
    settings
}
