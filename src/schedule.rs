//! PURE: the personal study schedule: a plan laid out on the calendar at the
//! learner's pace, and its iCalendar (.ics) export.
//!
//! # The model
//!
//! The seeds give `weeks` for a *full-time* learner, while every topic carries an
//! estimate in `hours`. Hours are the finer and more honest figure, so they drive
//! the schedule; weeks are only a fallback:
//!
//! * **Effort** of a stage, in hours, is the sum of the `hours` of its topics. A
//!   topic that an earlier stage of the same plan already lists counts only in
//!   that earlier stage, so revisits never inflate the plan. When that sum is 0
//!   (a stage of revisits, or of unknown ids) and the stage lists `weeks`, the
//!   effort is the midpoint of those weeks × [`FULL_TIME_HOURS`].
//! * **Duration** of a stage, in calendar days, is `ceil(effort / hours_per_week × 7)`,
//!   and at least one day. Stages run back to back from the start date; each
//!   stage's `end` is its *last* day (inclusive), so the next one starts the day after.
//! * **Remaining** hours: a topic done or skipped leaves 0 hours, one being learned
//!   half its hours, one pending all of them. A fallback stage leaves its effort
//!   times the average of those weights over its topics; a stage with no topics
//!   has nothing a learner can mark, so it leaves nothing.
//! * **Projected finish**: the unfinished stages laid back to back again from today
//!   (or from the start date when that is later), each taking its *remaining* hours
//!   at the learner's pace, rounded up to whole days as in the plan; inclusive like
//!   a stage's `end`. Progress keeps no completion dates, so when nothing remains
//!   the projected finish is simply today.
//! * **Days ahead (+) or behind (−)**: hours finished minus the hours the planned
//!   schedule expects finished at the start of today (stages before today in full,
//!   the current one pro rata by elapsed days), converted to days at the learner's
//!   pace and truncated toward zero, so that less than a day's gap reads as on track.
//!
//! Dates are [`crate::date::Date`]: the caller decides what "today" is.

use std::collections::HashSet;

use crate::content::{Catalog, Plan, Stage};
pub use crate::date::{days_in_month, is_leap_year, Date};
use crate::progress::{Millis, Progress, Status, DAY_MS, HOURS_PER_WEEK_RANGE};

/// Study hours in a full-time week: the pace the seeds' `weeks` assume.
///
/// Thirty rather than forty because a full-time self-learner rarely sustains more
/// than about six focused hours a day, five days a week.
pub const FULL_TIME_HOURS: u32 = 30;

/// One stage laid out on the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct StageSchedule {
    /// The stage's id.
    pub stage_id: String,
    /// First day of the stage.
    pub start: Date,
    /// Last day of the stage (inclusive).
    pub end: Date,
    /// Calendar days from `start` to `end`, both included; at least 1.
    pub days: u32,
    /// Hours of study the stage takes.
    pub effort_hours: u32,
    /// Hours of that study still to do.
    pub remaining_hours: f64,
}

/// A plan laid out on the calendar at the learner's pace, with where they stand today.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// The plan's id.
    pub plan_id: String,
    /// The pace used, clamped to 1 to 60 hours per week.
    pub hours_per_week: u8,
    /// The date the first stage starts.
    pub start: Date,
    /// The date progress is measured on.
    pub today: Date,
    /// The stages in plan order, back to back.
    pub stages: Vec<StageSchedule>,
    /// Hours of study in the whole plan.
    pub effort_hours: u32,
    /// Hours of that study still to do.
    pub remaining_hours: f64,
    /// Whole percent of the plan's hours finished, 0 to 100 (0 for a plan with no hours).
    pub percent_done: u8,
    /// The last day of the last stage as planned (the start date for a plan with no stages).
    pub planned_finish: Date,
    /// The day the learner will finish at their pace from today; today when nothing remains.
    pub projected_finish: Date,
    /// Whole days ahead of the planned schedule (positive) or behind it (negative).
    pub days_ahead: i64,
}

/// The share of a topic's hours a status leaves to do.
pub fn remaining_weight(status: Status) -> f64 {
    match status {
        Status::Pending => 1.0,
        Status::Learning => 0.5,
        Status::Done | Status::Skipped => 0.0,
    }
}

/// Calendar days that `hours` of study take at `hours_per_week`, rounded up.
fn days_for(hours: f64, hours_per_week: u8) -> i64 {
    (hours * 7.0 / f64::from(hours_per_week)).ceil() as i64
}

/// Lays `plan` out from `start` at `hours_per_week` and measures progress on `today`.
///
/// `status_of` gives a topic's status by its current id; pass
/// `|id| progress.status(id)` for a [`crate::progress::Progress`].
pub fn plan_schedule(
    catalog: &Catalog,
    plan: &Plan,
    status_of: impl Fn(&str) -> Status,
    hours_per_week: u8,
    start: Date,
    today: Date,
) -> Schedule {
    let hpw = hours_per_week.clamp(*HOURS_PER_WEEK_RANGE.start(), *HOURS_PER_WEEK_RANGE.end());
    let stages = lay_out(catalog, plan, &status_of, hpw, start);
    let effort_hours: u32 = stages.iter().map(|s| s.effort_hours).sum();
    let remaining_hours: f64 = stages.iter().map(|s| s.remaining_hours).sum();
    let finished_hours = f64::from(effort_hours) - remaining_hours;
    let percent_done = if effort_hours == 0 {
        0
    } else {
        // Floor, so that 100 means every topic is finished, not 99.6 % of them.
        (finished_hours * 100.0 / f64::from(effort_hours)).floor() as u8
    };
    let planned_finish = stages.last().map_or(start, |s| s.end);
    // Unfinished stages re-laid back to back, each rounded up to whole days as
    // in the plan, so that an untouched plan on its first day projects exactly
    // the planned finish.
    let remaining_days: i64 = stages
        .iter()
        .zip(&plan.stages)
        .filter(|(s, _)| s.remaining_hours > 0.0)
        .map(|(s, stage)| {
            match stage.fixed_weeks {
                // A stage the learner gave weeks keeps its share of them.
                Some(_) => (f64::from(s.days) * s.remaining_hours
                    / f64::from(s.effort_hours.max(1)))
                .ceil() as i64,
                None => days_for(s.remaining_hours, hpw),
            }
            .max(1)
        })
        .sum();
    let projected_finish = if remaining_days > 0 {
        // Nobody studies a plan before it starts, so count from the later of the two.
        today.max(start).add_days(remaining_days - 1)
    } else {
        today
    };
    let expected_hours: f64 = stages
        .iter()
        .map(|s| {
            let elapsed = s.start.days_between(today).clamp(0, i64::from(s.days));
            f64::from(s.effort_hours) * elapsed as f64 / f64::from(s.days)
        })
        .sum();
    let days_ahead = ((finished_hours - expected_hours) * 7.0 / f64::from(hpw)).trunc() as i64;

    Schedule {
        plan_id: plan.id.clone(),
        hours_per_week: hpw,
        start,
        today,
        stages,
        effort_hours,
        remaining_hours,
        percent_done,
        planned_finish,
        projected_finish,
        days_ahead,
    }
}

/// The stages of `plan` back to back from `start`, each as long as its hours
/// take at `hpw` hours a week, or as the weeks the learner gave it.
fn lay_out(
    catalog: &Catalog,
    plan: &Plan,
    status_of: &impl Fn(&str) -> Status,
    hpw: u8,
    start: Date,
) -> Vec<StageSchedule> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut next_start = start;
    plan.stages
        .iter()
        .map(|stage| {
            let (effort, remaining) = stage_hours(catalog, stage, status_of, &mut seen);
            let days = match stage.fixed_weeks {
                Some(weeks) => i64::from(weeks.max(1)) * 7,
                None => days_for(f64::from(effort), hpw).max(1),
            };
            let end = next_start.add_days(days - 1);
            let laid = StageSchedule {
                stage_id: stage.id.clone(),
                start: next_start,
                end,
                days: days as u32,
                effort_hours: effort,
                remaining_hours: remaining,
            };
            next_start = end.add_days(1);
            laid
        })
        .collect()
}

/// A stage's effort and remaining hours (see the module's model). `seen` holds
/// the topics earlier stages already counted, and gains this stage's.
fn stage_hours<'a>(
    catalog: &'a Catalog,
    stage: &Stage,
    status_of: &impl Fn(&str) -> Status,
    seen: &mut HashSet<&'a str>,
) -> (u32, f64) {
    let topics: Vec<_> = stage
        .topics
        .iter()
        .filter_map(|id| catalog.topic(id))
        .collect();
    let (mut effort, mut remaining) = (0u32, 0.0f64);
    for topic in &topics {
        if seen.insert(topic.id.as_str()) {
            effort += topic.hours;
            remaining += f64::from(topic.hours) * remaining_weight(status_of(&topic.id));
        }
    }
    if effort == 0 {
        if let Some(weeks) = stage.weeks {
            // (min + max) / 2 × FULL_TIME_HOURS, kept in whole hours.
            effort = (weeks.min + weeks.max) * FULL_TIME_HOURS / 2;
            remaining = if topics.is_empty() {
                0.0
            } else {
                let weights: f64 = topics
                    .iter()
                    .map(|t| remaining_weight(status_of(&t.id)))
                    .sum();
                f64::from(effort) * weights / topics.len() as f64
            };
        }
    }
    (effort, remaining)
}

/// The learner's schedule for `plan`: their statuses at their weekly hours,
/// from their start date, or from today when they have not set one.
pub fn learner_schedule(
    catalog: &Catalog,
    plan: &Plan,
    progress: &Progress,
    today: Date,
) -> Schedule {
    let start = progress.settings.start.unwrap_or(today);
    plan_schedule(
        catalog,
        plan,
        |id| progress.status(id),
        progress.settings.hours_per_week,
        start,
        today,
    )
}

/// A moment (milliseconds since the Unix epoch) as an iCalendar UTC date-time,
/// `20261121T120000Z`, the form `DTSTAMP` takes.
pub fn ics_timestamp(at: Millis) -> String {
    // u64::MAX milliseconds are fewer than 2^38 days, so the day count fits.
    let day = Date::from_days((at / DAY_MS) as i64);
    let seconds = at % DAY_MS / 1000;
    format!(
        "{}T{:02}{:02}{:02}Z",
        day.compact(),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF and a lone CR are each one line break.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // TEXT forbids the other control characters.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets and ended with CRLF (RFC 5545 §3.1).
fn push_line(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut rest = line;
    // The leading space of a continuation line counts toward its 75 octets.
    let mut room = LIMIT;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Many readers trim trailing whitespace from each physical line before
        // unfolding; moving a space to the next line keeps it from being lost.
        let kept = rest[..cut].trim_end_matches([' ', '\t']).len();
        if kept > 0 {
            cut = kept;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LIMIT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// One all-day calendar event.
struct AllDay {
    /// Globally unique, stable id.
    uid: String,
    /// First day.
    first: Date,
    /// Last day (inclusive).
    last: Date,
    /// Title, unescaped.
    summary: String,
    /// Details, unescaped.
    description: String,
    /// Whether the event leaves the learner free (study blocks) or busy.
    transparent: bool,
}

impl AllDay {
    /// Appends the event as a VEVENT stamped with `dtstamp`.
    fn push(&self, out: &mut String, dtstamp: &str) {
        push_line(out, "BEGIN:VEVENT");
        push_line(out, &format!("UID:{}", self.uid));
        push_line(out, &format!("DTSTAMP:{dtstamp}"));
        push_line(out, &format!("DTSTART;VALUE=DATE:{}", self.first.compact()));
        // DTEND of an all-day event is exclusive: the day after the last day.
        let end = self.last.add_days(1).compact();
        push_line(out, &format!("DTEND;VALUE=DATE:{end}"));
        push_line(out, &format!("SUMMARY:{}", escape_text(&self.summary)));
        push_line(
            out,
            &format!("DESCRIPTION:{}", escape_text(&self.description)),
        );
        if self.transparent {
            // A weeks-long study block should not mark the learner busy.
            push_line(out, "TRANSP:TRANSPARENT");
        }
        push_line(out, "END:VEVENT");
    }
}

/// The schedule as an iCalendar file: one all-day event per stage and a finish milestone.
///
/// `stage_titles` are in stage order (a missing title falls back to the stage id);
/// `dtstamp` is a UTC date-time such as `20261121T120000Z`; UIDs are
/// `plan.stage@uid_domain` and `plan.finish@uid_domain`, stable across exports
/// so that a re-import updates events instead of duplicating them.
pub fn to_ics(
    plan_title: &str,
    schedule: &Schedule,
    stage_titles: &[&str],
    dtstamp: &str,
    uid_domain: &str,
) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Backend Roadmap//Study plan//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    push_line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape_text(plan_title)),
    );
    let count = schedule.stages.len();
    for (i, stage) in schedule.stages.iter().enumerate() {
        let title = stage_titles.get(i).copied().unwrap_or(&stage.stage_id);
        let description = format!(
            "Stage {} of {count} of {plan_title}: about {} h of study, {} h left, at {} h a week.",
            i + 1,
            stage.effort_hours,
            stage.remaining_hours.ceil(),
            schedule.hours_per_week,
        );
        AllDay {
            uid: format!("{}.{}@{uid_domain}", schedule.plan_id, stage.stage_id),
            first: stage.start,
            last: stage.end,
            summary: title.to_owned(),
            description,
            transparent: true,
        }
        .push(&mut out, dtstamp);
    }
    let description = format!(
        "Projected finish of {plan_title} at {} h a week; planned finish {}.",
        schedule.hours_per_week, schedule.planned_finish,
    );
    AllDay {
        uid: format!("{}.finish@{uid_domain}", schedule.plan_id),
        first: schedule.projected_finish,
        last: schedule.projected_finish,
        summary: format!("Finish: {plan_title}"),
        description,
        transparent: false,
    }
    .push(&mut out, dtstamp);
    push_line(&mut out, "END:VCALENDAR");
    out
}
