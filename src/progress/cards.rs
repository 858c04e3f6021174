//! Review state: each self-check question's FSRS memory and due date, and the
//! log of reviews that the review statistics are drawn from.

use serde::{Deserialize, Serialize};

use super::state::{Millis, Progress, DAY_MS};
use crate::review::fsrs::{interval_days, next_memory, Memory, Rating};

/// One question's review state, merged as one entry (the newer review wins).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct CardEntry {
    /// FSRS stability in days; 0 for a card reset to new.
    pub stability: f64,
    /// FSRS difficulty, 1 to 10; 0 for a card reset to new.
    pub difficulty: f64,
    /// When the card comes due.
    pub due: Millis,
    /// When it was last reviewed.
    pub last: Millis,
    /// How many times it was reviewed; 0 for a card reset to new.
    pub reps: u32,
    /// How many times a learned card was forgotten (rated Again).
    pub lapses: u32,
    /// When this entry last changed.
    pub at: Millis,
}

impl CardEntry {
    /// Whether the card has been reviewed at least once (since any reset).
    pub fn is_started(&self) -> bool {
        self.reps > 0
    }

    /// The card's FSRS memory, if it has one.
    pub fn memory(&self) -> Option<Memory> {
        self.is_started().then_some(Memory {
            stability: self.stability,
            difficulty: self.difficulty,
        })
    }
}

/// A card after a review at `now`, from the card before it (`None`: never reviewed).
fn scheduled(before: Option<&CardEntry>, rating: Rating, now: Millis) -> CardEntry {
    let memory = next_memory(
        before.and_then(|c| Some((c.memory()?, now.saturating_sub(c.last) / DAY_MS))),
        rating,
    );
    let interval = u64::from(interval_days(memory.stability));
    let (reps, lapses) = before.map_or((0, 0), |c| (c.reps, c.lapses));
    CardEntry {
        stability: memory.stability,
        difficulty: memory.difficulty,
        due: now + interval * DAY_MS,
        last: now,
        reps: reps + 1,
        lapses: lapses + u32::from(before.is_some() && rating == Rating::Again),
        at: now,
    }
}

/// One review in the log, keyed by [`review_key`]: its rating (1 to 4, or 0 for
/// a review withdrawn by an undo) and when the entry last changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReviewEntry {
    /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 when withdrawn.
    pub rating: u8,
    /// When the entry last changed.
    pub at: Millis,
}

/// The log key of a review: when it happened and which question, so that logs
/// from two tabs merge as a union.
pub fn review_key(reviewed_at: Millis, question_id: &str) -> String {
    format!("{reviewed_at}~{question_id}")
}

/// When a review happened and which question, from its log key.
pub fn parse_review_key(key: &str) -> Option<(Millis, &str)> {
    let (at, id) = key.split_once('~')?;
    let at = at.parse().ok()?;
    (!id.is_empty()).then_some((at, id))
}

impl Progress {
    /// A question's review state, if it was ever reviewed.
    pub fn card(&self, question_id: &str) -> Option<&CardEntry> {
        self.cards.get(question_id).filter(|c| c.is_started())
    }

    /// Records a review of a question at `now`: schedules the card with FSRS
    /// and adds the review to the log.
    pub fn record_review(&mut self, question_id: &str, rating: Rating, now: Millis) {
        let card = scheduled(self.card(question_id), rating, now);
        self.cards.insert(question_id.to_owned(), card);
        self.reviews.insert(
            review_key(now, question_id),
            ReviewEntry {
                rating: rating as u8,
                at: now,
            },
        );
    }

    /// The interval, in days, each rating would give a question reviewed at
    /// `now` (Again, Hard, Good, Easy), for the rating buttons to show.
    pub fn next_intervals(&self, question_id: &str, now: Millis) -> [u64; 4] {
        let card = self.card(question_id);
        Rating::ALL.map(|rating| (scheduled(card, rating, now).due - now) / DAY_MS)
    }

    /// Every review in the log that was not withdrawn: when, which question, and the rating.
    pub fn review_log(&self) -> impl Iterator<Item = (Millis, &str, Rating)> {
        self.reviews.iter().filter_map(|(key, entry)| {
            let (at, id) = parse_review_key(key)?;
            Some((at, id, Rating::from_number(entry.rating)?))
        })
    }
}
