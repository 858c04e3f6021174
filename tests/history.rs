//! Progress over time: the burn-up against the schedule, activity per day,
//! the 26-week calendar and its streaks, from progress with known stamps.

mod common;

use backend_roadmap::date::Date;
use backend_roadmap::progress::{
    activity, burnup, calendar, CheckEntry, Progress, ReviewEntry, Status, TopicEntry,
    CALENDAR_WEEKS, DAY_MS,
};
use backend_roadmap::schedule::plan_schedule;
use common::{catalog, date};

/// Noon UTC on `day`, and the UTC day of a moment: the tests' time zone.
fn noon(day: &str) -> u64 {
    date(day).to_days() as u64 * DAY_MS + DAY_MS / 2
}
fn day_of(at: u64) -> Date {
    Date::from_days((at / DAY_MS) as i64)
}

fn topic(status: Status, day: &str) -> TopicEntry {
    TopicEntry {
        status,
        note: String::new(),
        at: noon(day),
    }
}

#[test]
fn burnup_counts_finished_hours_on_the_day_they_changed_against_the_planned_line() {
    let catalog = catalog();
    let plan = catalog.plan("backend").unwrap();
    let hours = |id: &str| f64::from(catalog.topic(id).unwrap().hours);
    let mut progress = Progress::default();
    progress
        .topics
        .insert("first-language".into(), topic(Status::Done, "2026-01-03"));
    progress.topics.insert(
        "programming-basics".into(),
        topic(Status::Skipped, "2026-01-03"),
    );
    progress.topics.insert(
        "how-code-runs".into(),
        topic(Status::Learning, "2026-01-06"),
    );
    progress
        .topics
        .insert("os-memory".into(), topic(Status::Pending, "2026-01-07"));
    // Finished before the plan started: counts from the day before the start.
    progress
        .topics
        .insert("os-io-signals".into(), topic(Status::Done, "2025-06-01"));
    // Not in this plan's topics: ignored.
    progress
        .topics
        .insert("no-such-topic".into(), topic(Status::Done, "2026-01-08"));

    let start = date("2026-01-01");
    let schedule = plan_schedule(
        &catalog,
        plan,
        |id| progress.status(id),
        10,
        start,
        date("2026-01-10"),
    );
    let b = burnup(&catalog, plan, &progress, &schedule, day_of);

    let known = hours("os-io-signals");
    let day1 = known + hours("first-language") + hours("programming-basics");
    let day2 = day1 + hours("how-code-runs") / 2.0;
    assert_eq!(
        b.finished,
        vec![
            (date("2025-12-31"), known),
            (date("2026-01-03"), day1),
            (date("2026-01-06"), day2)
        ]
    );
    assert_eq!(b.total_hours, schedule.effort_hours);
    assert_eq!(b.finished_by(date("2025-12-30")), 0.0);
    assert_eq!(b.finished_by(date("2026-01-02")), known);
    assert_eq!(b.finished_by(date("2026-01-05")), day1);
    assert_eq!(b.finished_by(date("2027-01-01")), day2);

    // The planned line: 0 the day before the start, each stage's hours by its last day.
    assert_eq!(b.planned[0], (date("2025-12-31"), 0.0));
    assert_eq!(b.planned.len(), plan.stages.len() + 1);
    let first = &schedule.stages[0];
    assert_eq!(b.planned[1], (first.end, f64::from(first.effort_hours)));
    assert_eq!(
        b.planned.last().unwrap().1,
        f64::from(schedule.effort_hours)
    );
    // Spread evenly over a stage's days: after its third day, 3/days of its hours.
    let third = start.add_days(2);
    let expected = f64::from(first.effort_hours) * 3.0 / f64::from(first.days);
    assert!(
        (b.planned_by(third) - expected).abs() < 1e-9,
        "{} vs {expected}",
        b.planned_by(third)
    );
    assert_eq!(b.planned_by(date("2025-06-01")), 0.0);
    assert_eq!(
        b.planned_by(date("2030-01-01")),
        f64::from(schedule.effort_hours)
    );

    // The table: every day something was finished and every stage's last day.
    let rows = b.rows();
    assert_eq!(rows.len(), 3 + plan.stages.len());
    assert_eq!(rows[0].day, date("2025-12-31"));
    assert_eq!((rows[0].finished, rows[0].planned), (known, 0.0));
    assert_eq!((rows[1].finished, rows[2].finished), (day1, day2));
    assert!(rows.windows(2).all(|w| w[0].day < w[1].day));
}

#[test]
fn activity_counts_status_changes_ticks_and_reviews_per_day() {
    let mut progress = Progress::default();
    progress
        .topics
        .insert("http".into(), topic(Status::Done, "2026-11-20"));
    progress
        .topics
        .insert("dns".into(), topic(Status::Pending, "2026-11-20"));
    progress.checks.insert(
        "http~a".into(),
        CheckEntry {
            on: true,
            at: noon("2026-11-21"),
        },
    );
    progress.checks.insert(
        "http~b".into(),
        CheckEntry {
            on: false,
            at: noon("2026-11-21"),
        },
    );
    progress.reviews.insert(
        format!("{}~q1", noon("2026-11-21")),
        ReviewEntry { rating: 3, at: 1 },
    );
    progress.reviews.insert(
        format!("{}~q2", noon("2026-11-23")),
        ReviewEntry { rating: 1, at: 1 },
    );
    // A withdrawn review (undone) does not count.
    progress.reviews.insert(
        format!("{}~q3", noon("2026-11-22")),
        ReviewEntry { rating: 0, at: 1 },
    );

    let days = activity(&progress, day_of);
    let totals: Vec<(String, u32, u32, u32)> = days
        .iter()
        .map(|(d, a)| (d.to_string(), a.topics, a.ticks, a.reviews))
        .collect();
    assert_eq!(
        totals,
        vec![
            ("2026-11-20".into(), 2, 0, 0),
            ("2026-11-21".into(), 0, 2, 1),
            ("2026-11-23".into(), 0, 0, 1),
        ]
    );

    let today = date("2026-11-25"); // a Wednesday
    let c = calendar(&days, today);
    assert_eq!(c.weeks.len(), CALENDAR_WEEKS);
    assert_eq!(c.first_monday, date("2026-06-01"));
    assert_eq!(c.first_monday.weekday(), 0);
    // The last week: Monday the 23rd to today, nothing after today.
    assert_eq!(
        c.weeks[25],
        [Some(1), Some(0), Some(0), None, None, None, None]
    );
    // The week before: Friday the 20th and Saturday the 21st.
    assert_eq!(
        c.weeks[24],
        [
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(2),
            Some(3),
            Some(0)
        ]
    );
    assert_eq!((c.total, c.active_days, c.max()), (6, 3, 3));
    // The 22nd broke the run; the 23rd is a run of one that ended two days ago.
    assert_eq!((c.current_streak, c.longest_streak), (0, 2));
    assert_eq!(calendar(&days, date("2026-11-24")).current_streak, 1);
}

#[test]
fn activity_before_the_calendar_still_counts_toward_the_longest_streak() {
    let mut progress = Progress::default();
    for (i, day) in ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04"]
        .iter()
        .enumerate()
    {
        progress.checks.insert(
            format!("x~{i}"),
            CheckEntry {
                on: true,
                at: noon(day),
            },
        );
    }
    progress.checks.insert(
        "y".into(),
        CheckEntry {
            on: true,
            at: noon("2026-11-23"),
        },
    );
    let c = calendar(&activity(&progress, day_of), date("2026-11-23"));
    assert_eq!(
        (c.current_streak, c.longest_streak, c.total, c.active_days),
        (1, 4, 1, 1)
    );
}
