//! Which questions to review: today's queue (due cards, then a few new ones),
//! or a cram set of one stage or plan whatever the due dates.

use std::collections::HashMap;

use crate::content::{Catalog, Plan, Question, Topic};
use crate::progress::{Millis, Progress, Status};

/// The most questions seen for the first time in one day, so that marking many
/// topics done does not bury the learner under new cards.
pub const NEW_CARDS_PER_DAY: usize = 20;

/// A question to review, with its topic.
#[derive(Debug, Clone, Copy)]
pub struct ReviewCard<'a> {
    /// The topic the question belongs to.
    pub topic: &'a Topic,
    /// The question.
    pub question: &'a Question,
}

/// Two cards are the same card when they hold the same question.
impl PartialEq for ReviewCard<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.question, other.question)
    }
}

/// Whether a topic's questions come up for review: the learner is learning it or has done it.
pub fn is_in_review(progress: &Progress, topic_id: &str) -> bool {
    matches!(progress.status(topic_id), Status::Learning | Status::Done)
}

/// Today's queue: every started card due by `until` (the end of the learner's
/// day), the most overdue first, then questions never reviewed from topics the
/// learner is learning or has done, in catalog order, up to what is left of
/// [`NEW_CARDS_PER_DAY`] since `day_start`.
pub fn due_queue<'a>(
    catalog: &'a Catalog,
    progress: &Progress,
    until: Millis,
    day_start: Millis,
) -> Vec<ReviewCard<'a>> {
    let mut due: Vec<(Millis, ReviewCard<'a>)> = Vec::new();
    let mut new: Vec<ReviewCard<'a>> = Vec::new();
    for topic in catalog.topics() {
        let in_review = is_in_review(progress, &topic.id);
        for question in &topic.questions {
            let card = ReviewCard { topic, question };
            match progress.card(&question.id) {
                Some(entry) if entry.due <= until => due.push((entry.due, card)),
                Some(_) => {}
                None if in_review => new.push(card),
                None => {}
            }
        }
    }
    due.sort_by_key(|(at, _)| *at);
    let left = NEW_CARDS_PER_DAY.saturating_sub(started_since(progress, day_start));
    due.into_iter()
        .map(|(_, card)| card)
        .chain(new.into_iter().take(left))
        .collect()
}

/// How many questions had their first review at or after `day_start`.
pub fn started_since(progress: &Progress, day_start: Millis) -> usize {
    let mut first: HashMap<&str, Millis> = HashMap::new();
    for (at, id, _) in progress.review_log() {
        first
            .entry(id)
            .and_modify(|f| *f = (*f).min(at))
            .or_insert(at);
    }
    first.values().filter(|&&at| at >= day_start).count()
}

/// Every question of one stage of a plan (or of the whole plan), in plan order,
/// whatever the statuses and due dates: the week before an interview.
pub fn cram_queue<'a>(
    catalog: &'a Catalog,
    plan: &'a Plan,
    stage_id: Option<&str>,
) -> Vec<ReviewCard<'a>> {
    let ids: Vec<&str> = match stage_id {
        None => catalog.plan_topic_ids(plan),
        Some(id) => plan
            .stages
            .iter()
            .filter(|s| s.id == id)
            .flat_map(|s| s.topics.iter().map(String::as_str))
            .collect(),
    };
    ids.into_iter()
        .filter_map(|id| catalog.topic(id))
        .flat_map(|topic| {
            topic
                .questions
                .iter()
                .map(move |question| ReviewCard { topic, question })
        })
        .collect()
}
