//! The learner's progress: statuses, notes, ticks and settings, each stamped with when it changed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{is_concept_of, rename_concept_key, Track};
use crate::date::Date;
use crate::own_plans::OwnPlan;

use super::cards::{CardEntry, ReviewEntry};

/// Milliseconds since the Unix epoch; every entry carries the time it last changed.
pub type Millis = u64;

/// Milliseconds in a day.
pub const DAY_MS: Millis = 24 * 60 * 60 * 1000;

/// Where a learner stands on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not started.
    #[default]
    Pending,
    /// In progress.
    Learning,
    /// Finished.
    Done,
    /// Deliberately left out; counts as finished for stage completion.
    Skipped,
}

impl Status {
    /// Every status, in the order the status control shows them.
    pub const ALL: [Status; 4] = [Self::Pending, Self::Learning, Self::Done, Self::Skipped];

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "Pending",
            Self::Learning => "Learning",
            Self::Done => "Done",
            Self::Skipped => "Skipped",
        }
    }

    /// The lowercase id used in storage, CSS classes and tests.
    pub fn id(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Learning => "learning",
            Self::Done => "done",
            Self::Skipped => "skipped",
        }
    }

    /// A symbol that tells the status apart without colour.
    pub fn icon(self) -> &'static str {
        match self {
            Self::Pending => "○",
            Self::Learning => "◐",
            Self::Done => "✓",
            Self::Skipped => "⤼",
        }
    }

    /// The keyboard shortcut that sets this status on a focused topic.
    pub fn shortcut(self) -> char {
        match self {
            Self::Pending => 'r',
            Self::Learning => 'l',
            Self::Done => 'd',
            Self::Skipped => 's',
        }
    }

    /// The status a shortcut key sets, if any.
    pub fn from_shortcut(key: char) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.shortcut() == key)
    }

    /// The status a key sets (`KeyboardEvent.key`: one character, either case), if any.
    pub fn from_key(key: &str) -> Option<Status> {
        let mut chars = key.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Self::from_shortcut(c.to_ascii_lowercase()),
            _ => None,
        }
    }

    /// Parses a status id.
    pub fn from_id(id: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether the topic no longer needs work (done or skipped).
    pub fn is_finished(self) -> bool {
        matches!(self, Self::Done | Self::Skipped)
    }
}

/// Progress on one topic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TopicEntry {
    /// Current status.
    #[serde(default)]
    pub status: Status,
    /// The learner's plain-text note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the status or note last changed.
    #[serde(default)]
    pub at: Millis,
}

/// A tick on a concept, outcome or project item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CheckEntry {
    /// Ticked or not; an unticked entry is kept so that merges see the change.
    pub on: bool,
    /// When it last changed.
    pub at: Millis,
}

/// The colour theme the learner chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the toggle cycles.
    pub const ALL: [Theme; 3] = [Self::System, Self::Light, Self::Dark];

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "System",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    /// The lowercase id.
    pub fn id(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// The theme after this one in the toggle's cycle.
    pub fn next(self) -> Theme {
        match self {
            Self::System => Self::Light,
            Self::Light => Self::Dark,
            Self::Dark => Self::System,
        }
    }
}

/// Hours per week the schedule accepts.
pub const HOURS_PER_WEEK_RANGE: std::ops::RangeInclusive<u8> = 1..=60;

/// Reads hours per week as typed by the learner: a whole number is clamped into
/// [`HOURS_PER_WEEK_RANGE`]; anything else is `None`, so the caller keeps the old value.
pub fn parse_hours_per_week(input: &str) -> Option<u8> {
    let hours = input.trim().parse::<i64>().ok()?;
    let (lo, hi) = (*HOURS_PER_WEEK_RANGE.start(), *HOURS_PER_WEEK_RANGE.end());
    Some(hours.clamp(i64::from(lo), i64::from(hi)) as u8)
}

/// The learner's choices; merged as one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Id of the selected plan.
    pub plan: String,
    /// Language track.
    pub track: Track,
    /// Study hours per week, 1 to 60.
    pub hours_per_week: u8,
    /// Start date, if set (stored as YYYY-MM-DD).
    pub start: Option<Date>,
    /// Colour theme.
    pub theme: Theme,
    /// When the learner last exported their progress.
    pub last_export: Option<Millis>,
    /// When the learner last dismissed the backup reminder.
    pub reminder_dismissed: Option<Millis>,
    /// When any setting last changed.
    pub at: Millis,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            plan: DEFAULT_PLAN.to_owned(),
            track: Track::default(),
            hours_per_week: 10,
            start: None,
            theme: Theme::default(),
            last_export: None,
            reminder_dismissed: None,
            at: 0,
        }
    }
}

/// The plan selected when the learner has chosen none.
pub const DEFAULT_PLAN: &str = "backend";

/// Everything the app keeps for a learner.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Progress {
    /// Per-topic status and note, by topic id.
    #[serde(default)]
    pub topics: BTreeMap<String, TopicEntry>,
    /// Ticks on concepts, outcomes and project items, by id.
    #[serde(default)]
    pub checks: BTreeMap<String, CheckEntry>,
    /// Settings.
    #[serde(default)]
    pub settings: Settings,
    /// Review state of self-check questions, by question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cards: BTreeMap<String, CardEntry>,
    /// The review log, by [`super::cards::review_key`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reviews: BTreeMap<String, ReviewEntry>,
    /// When a whole-progress operation (reset everything, replace) last wiped
    /// the slate: entries stamped before this moment no longer count, so that a
    /// merge with an older copy cannot bring them back.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cleared_at: Millis,
    /// The learner's own plans by id, deleted ones kept as tombstones. A reset
    /// mark does not cover them: they are the learner's writing, not progress.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plans: BTreeMap<String, OwnPlan>,
}

fn is_zero(n: &Millis) -> bool {
    *n == 0
}

/// How much a learner has recorded, for summaries such as "3 topic statuses, 1 note
/// and 12 ticked items".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Topics with a status other than pending.
    pub statuses: usize,
    /// Topics with a note.
    pub notes: usize,
    /// Ticked items.
    pub ticks: usize,
    /// Self-check questions reviewed at least once.
    pub cards: usize,
    /// Reviews in the log.
    pub reviews: usize,
    /// Plans of the learner's own (deleted ones not counted).
    pub plans: usize,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let cards = if self.cards > 0 {
            format!(
                ", {}",
                plural(self.cards, "reviewed question", "reviewed questions")
            )
        } else {
            String::new()
        };
        write!(
            f,
            "{}, {}{cards} and {}",
            plural(self.statuses, "topic status", "topic statuses"),
            plural(self.notes, "note", "notes"),
            plural(self.ticks, "ticked item", "ticked items")
        )?;
        if self.plans > 0 {
            write!(
                f,
                ", with {}",
                plural(self.plans, "plan of your own", "plans of your own")
            )?;
        }
        Ok(())
    }
}

impl Progress {
    /// A topic's status (pending when never touched).
    pub fn status(&self, topic_id: &str) -> Status {
        self.topics
            .get(topic_id)
            .map(|e| e.status)
            .unwrap_or_default()
    }

    /// A topic's note (empty when none).
    pub fn note(&self, topic_id: &str) -> &str {
        self.topics
            .get(topic_id)
            .map(|e| e.note.as_str())
            .unwrap_or("")
    }

    /// Whether an item is ticked.
    pub fn is_checked(&self, id: &str) -> bool {
        self.checks.get(id).is_some_and(|c| c.on)
    }

    /// Sets a topic's status; returns whether anything changed.
    pub fn set_status(&mut self, topic_id: &str, status: Status, now: Millis) -> bool {
        let entry = self.topics.entry(topic_id.to_owned()).or_default();
        if entry.status == status && entry.at != 0 {
            return false;
        }
        entry.status = status;
        entry.at = now;
        true
    }

    /// Replaces a topic's note; returns whether anything changed.
    pub fn set_note(&mut self, topic_id: &str, note: &str, now: Millis) -> bool {
        let entry = self.topics.entry(topic_id.to_owned()).or_default();
        if entry.note == note {
            return false;
        }
        entry.note = note.to_owned();
        entry.at = now;
        true
    }

    /// Ticks or unticks an item; returns whether anything changed.
    pub fn set_checked(&mut self, id: &str, on: bool, now: Millis) -> bool {
        if self.is_checked(id) == on && self.checks.contains_key(id) {
            return false;
        }
        self.checks
            .insert(id.to_owned(), CheckEntry { on, at: now });
        true
    }

    /// Changes settings through `edit`, stamping them with `now`.
    pub fn update_settings(&mut self, now: Millis, edit: impl FnOnce(&mut Settings)) {
        edit(&mut self.settings);
        self.settings.at = now;
    }

    /// How many statuses, notes and ticks are recorded.
    pub fn counts(&self) -> Counts {
        Counts {
            statuses: self
                .topics
                .values()
                .filter(|e| e.status != Status::Pending)
                .count(),
            notes: self.topics.values().filter(|e| !e.note.is_empty()).count(),
            ticks: self.checks.values().filter(|c| c.on).count(),
            cards: self.cards.values().filter(|c| c.is_started()).count(),
            reviews: self.review_log().count(),
            plans: self.plans.values().filter(|p| !p.deleted).count(),
        }
    }

    /// Drops entries stamped before [`Progress::cleared_at`]: a wiped slate stays wiped.
    pub fn drop_cleared(&mut self) {
        let cleared = self.cleared_at;
        self.topics.retain(|_, e| e.at >= cleared);
        self.checks.retain(|_, c| c.at >= cleared);
        self.cards.retain(|_, c| c.at >= cleared);
        self.reviews.retain(|_, r| r.at >= cleared);
    }

    /// Keys of the ticked concepts saved for a topic.
    fn concept_keys(&self, topic_id: &str) -> Vec<String> {
        self.checks
            .keys()
            .filter(|k| is_concept_of(k, topic_id))
            .cloned()
            .collect()
    }

    /// Resets topics (status, note and concept ticks) and tickable items to
    /// their untouched state. Every given id is stamped, whether or not this
    /// copy has an entry for it, so that a merge with an older copy (another
    /// tab, an import) cannot bring back an entry this copy never saw.
    pub fn reset<'a>(
        &mut self,
        topic_ids: impl IntoIterator<Item = &'a str>,
        check_ids: impl IntoIterator<Item = &'a str>,
        now: Millis,
    ) {
        for id in topic_ids {
            let entry = self.topics.entry(id.to_owned()).or_default();
            *entry = TopicEntry {
                at: now,
                ..TopicEntry::default()
            };
            for key in self.concept_keys(id) {
                self.checks.insert(key, CheckEntry { on: false, at: now });
            }
        }
        for id in check_ids {
            self.checks
                .insert(id.to_owned(), CheckEntry { on: false, at: now });
        }
    }

    /// Moves progress saved under renamed ids to their current ids.
    ///
    /// `resolve` maps an old id to its current one. An entry already present
    /// under the new id wins when it is newer.
    pub fn apply_aliases<'a>(&mut self, aliases: impl IntoIterator<Item = (&'a str, &'a str)>) {
        for (old, new) in aliases {
            if let Some(entry) = self.topics.remove(old) {
                match self.topics.get(new) {
                    Some(existing) if existing.at >= entry.at => {}
                    _ => {
                        self.topics.insert(new.to_owned(), entry);
                    }
                }
            }
            for key in self.concept_keys(old) {
                let renamed = rename_concept_key(&key, old, new);
                if let (Some(new_key), Some(check)) = (renamed, self.checks.remove(&key)) {
                    self.checks.entry(new_key).or_insert(check);
                }
            }
        }
    }
}
