//! PURE: the learner's progress over time, read from the stamps every entry
//! carries: hours finished by date against the schedule (the burn-up), and
//! activity per day with streaks (the calendar).
//!
//! Progress keeps each topic's and each tick's *latest* change only, so a
//! topic counts on the day it last changed (its status or its note), and an
//! item ticked, unticked and ticked again counts once. The review log keeps
//! every review.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::{Catalog, Plan};
use crate::date::{streaks, Date};
use crate::schedule::{remaining_weight, Schedule};

use super::{Millis, Progress};

/// Hours finished by the end of each day something was finished, against
/// the hours the schedule plans by then. What was finished before the
/// schedule's start counts on the day before it, with the plan's zero.
#[derive(Debug, Clone, PartialEq)]
pub struct Burnup {
    /// Hours of study in the plan.
    pub total_hours: u32,
    /// Cumulative hours finished by the end of each day one changed, in date
    /// order. A done or skipped topic counts in full, one being learned half,
    /// as in the schedule's "done by hours".
    pub finished: Vec<(Date, f64)>,
    /// The schedule's cumulative hours by the end of each stage's last day,
    /// starting from 0 the day before the plan starts.
    pub planned: Vec<(Date, f64)>,
}

/// A row of the burn-up's table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BurnupRow {
    /// The day.
    pub day: Date,
    /// Hours finished by the end of it.
    pub finished: f64,
    /// Hours the schedule plans finished by the end of it.
    pub planned: f64,
}

/// The burn-up of `plan` for `progress`, with the plan line from `schedule`;
/// `day_of` gives the learner's local date of a moment.
pub fn burnup(
    catalog: &Catalog,
    plan: &Plan,
    progress: &Progress,
    schedule: &Schedule,
    day_of: impl Fn(Millis) -> Date,
) -> Burnup {
    // What was finished before the plan started (or carries no real time)
    // counts from the start: the learner knew it already.
    let before_start = schedule.start.add_days(-1);
    let mut by_day: BTreeMap<Date, f64> = BTreeMap::new();
    for id in catalog.plan_topic_ids(plan) {
        let (Some(topic), Some(entry)) = (catalog.topic(id), progress.topics.get(id)) else {
            continue;
        };
        let share = 1.0 - remaining_weight(entry.status);
        if share > 0.0 && topic.hours > 0 {
            let day = day_of(entry.at).max(before_start);
            *by_day.entry(day).or_default() += f64::from(topic.hours) * share;
        }
    }
    let mut sum = 0.0;
    let finished = by_day
        .into_iter()
        .map(|(day, hours)| {
            sum += hours;
            (day, sum)
        })
        .collect();
    let mut planned = vec![(schedule.start.add_days(-1), 0.0)];
    let mut sum = 0.0;
    for stage in &schedule.stages {
        sum += f64::from(stage.effort_hours);
        planned.push((stage.end, sum));
    }
    Burnup {
        total_hours: schedule.effort_hours,
        finished,
        planned,
    }
}

impl Burnup {
    /// Hours finished by the end of `day`.
    pub fn finished_by(&self, day: Date) -> f64 {
        self.finished
            .iter()
            .take_while(|(d, _)| *d <= day)
            .last()
            .map_or(0.0, |(_, h)| *h)
    }

    /// Hours the schedule plans finished by the end of `day`: each stage's
    /// hours spread evenly over its days.
    pub fn planned_by(&self, day: Date) -> f64 {
        let mut before = (self.planned[0].0, 0.0);
        for &(end, hours) in &self.planned {
            if day <= end {
                let span = before.0.days_between(end) as f64;
                let into = before.0.days_between(day) as f64;
                return if span <= 0.0 {
                    hours
                } else {
                    before.1 + (hours - before.1) * (into / span).max(0.0)
                };
            }
            before = (end, hours);
        }
        before.1
    }

    /// Every day something was finished and every stage's last day, with both figures.
    pub fn rows(&self) -> Vec<BurnupRow> {
        let days: BTreeSet<Date> = self
            .finished
            .iter()
            .map(|(d, _)| *d)
            .chain(self.planned.iter().skip(1).map(|(d, _)| *d))
            .collect();
        days.into_iter()
            .map(|day| BurnupRow {
                day,
                finished: self.finished_by(day),
                planned: self.planned_by(day),
            })
            .collect()
    }
}

/// What a learner did on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayActivity {
    /// Topics whose status or note last changed that day.
    pub topics: u32,
    /// Items last ticked or unticked that day.
    pub ticks: u32,
    /// Self-check reviews that day.
    pub reviews: u32,
}

impl DayActivity {
    /// Everything done that day.
    pub fn total(&self) -> u32 {
        self.topics + self.ticks + self.reviews
    }
}

/// Activity by local day, over everything progress remembers.
pub fn activity(
    progress: &Progress,
    day_of: impl Fn(Millis) -> Date,
) -> BTreeMap<Date, DayActivity> {
    let mut days: BTreeMap<Date, DayActivity> = BTreeMap::new();
    for entry in progress.topics.values().filter(|e| e.at > 0) {
        days.entry(day_of(entry.at)).or_default().topics += 1;
    }
    for entry in progress.checks.values().filter(|e| e.at > 0) {
        days.entry(day_of(entry.at)).or_default().ticks += 1;
    }
    for (at, _, _) in progress.review_log() {
        days.entry(day_of(at)).or_default().reviews += 1;
    }
    days
}

/// Weeks the activity calendar shows.
pub const CALENDAR_WEEKS: usize = 26;

/// The last [`CALENDAR_WEEKS`] weeks, Monday to Sunday, the last one holding today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The Monday of the first week.
    pub first_monday: Date,
    /// Today: the days after it have no count.
    pub today: Date,
    /// Each week's seven counts, Monday first; `None` after today.
    pub weeks: Vec<[Option<u32>; 7]>,
    /// Consecutive days with activity up to today (or yesterday, when today has none yet).
    pub current_streak: u32,
    /// The longest run of consecutive active days ever.
    pub longest_streak: u32,
    /// Everything counted in the calendar's weeks.
    pub total: u32,
    /// Days with activity in the calendar's weeks.
    pub active_days: u32,
}

/// The activity calendar ending with the week of `today`.
pub fn calendar(days: &BTreeMap<Date, DayActivity>, today: Date) -> Calendar {
    let first_monday =
        today.add_days(-i64::from(today.weekday()) - 7 * (CALENDAR_WEEKS as i64 - 1));
    let weeks: Vec<[Option<u32>; 7]> = (0..CALENDAR_WEEKS)
        .map(|w| {
            std::array::from_fn(|d| {
                let day = first_monday.add_days((w * 7 + d) as i64);
                (day <= today).then(|| days.get(&day).map_or(0, DayActivity::total))
            })
        })
        .collect();
    let active: BTreeSet<Date> = days
        .iter()
        .filter(|(_, a)| a.total() > 0)
        .map(|(d, _)| *d)
        .collect();
    let (current_streak, longest_streak) = streaks(&active, today);
    let counts = weeks.iter().flatten().flatten();
    Calendar {
        first_monday,
        today,
        total: counts.clone().sum(),
        active_days: counts.filter(|n| **n > 0).count() as u32,
        weeks,
        current_streak,
        longest_streak,
    }
}

impl Calendar {
    /// The busiest day's count in the calendar's weeks.
    pub fn max(&self) -> u32 {
        self.weeks
            .iter()
            .flatten()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0)
    }
}
