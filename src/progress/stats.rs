//! Counts and percentages of progress over a stage or a plan.

use crate::content::{Catalog, Plan, Stage};

use super::state::{Progress, Status};

/// How far a learner is through a set of topics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Topics in the set.
    pub total: usize,
    /// Topics marked done.
    pub done: usize,
    /// Topics being learned.
    pub learning: usize,
    /// Topics skipped.
    pub skipped: usize,
}

impl Stats {
    /// Counts the statuses of `topic_ids`.
    pub fn of<'a>(progress: &Progress, topic_ids: impl IntoIterator<Item = &'a str>) -> Stats {
        let mut stats = Stats::default();
        for id in topic_ids {
            stats.total += 1;
            match progress.status(id) {
                Status::Done => stats.done += 1,
                Status::Learning => stats.learning += 1,
                Status::Skipped => stats.skipped += 1,
                Status::Pending => {}
            }
        }
        stats
    }

    /// Topics done or skipped.
    pub fn finished(&self) -> usize {
        self.done + self.skipped
    }

    /// Whether every topic is done or skipped.
    pub fn is_complete(&self) -> bool {
        self.total > 0 && self.finished() == self.total
    }

    /// Whole percent finished (done or skipped), 0 to 100.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.finished() * 100 / self.total) as u32
    }
}

/// "3 of 12 finished (25%)": the text beside every progress bar.
impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} of {} finished ({}%)",
            self.finished(),
            self.total,
            self.percent()
        )
    }
}

/// The stats of one stage.
pub fn stage_stats(progress: &Progress, stage: &Stage) -> Stats {
    Stats::of(progress, stage.topics.iter().map(String::as_str))
}

/// The stats of a whole plan, each topic counted once.
pub fn plan_stats(catalog: &Catalog, progress: &Progress, plan: &Plan) -> Stats {
    Stats::of(progress, catalog.plan_topic_ids(plan))
}

/// The index of the current stage: the first one not complete, or the last.
pub fn current_stage(progress: &Progress, plan: &Plan) -> usize {
    plan.stages
        .iter()
        .position(|s| !stage_stats(progress, s).is_complete())
        .unwrap_or(plan.stages.len().saturating_sub(1))
}
