//! Schedule: civil-date arithmetic, plans laid out at a pace, progress against the plan,
//! and the .ics export read back by an independent iCalendar parser.

mod common;

use backend_roadmap::content::{Catalog, Plan};
use backend_roadmap::progress::{Progress, Status, DAY_MS as DAY};
use backend_roadmap::schedule::{
    days_in_month, ics_timestamp, is_leap_year, learner_schedule, plan_schedule, to_ics, Date,
    Schedule, FULL_TIME_HOURS,
};
use common::{catalog, date};

fn backend(catalog: &Catalog) -> &Plan {
    catalog.plan("backend").expect("the canonical plan exists")
}

fn schedule_with(
    status: Status,
    hours_per_week: u8,
    start: &str,
    today: &str,
) -> (Schedule, Catalog) {
    let catalog = catalog();
    let s = plan_schedule(
        &catalog,
        backend(&catalog),
        |_| status,
        hours_per_week,
        date(start),
        date(today),
    );
    (s, catalog)
}

// ---------------------------------------------------------------- dates

#[test]
fn leap_years_follow_the_gregorian_rules() {
    assert!(is_leap_year(2024));
    assert!(!is_leap_year(2025));
    assert!(!is_leap_year(1900), "divisible by 100 but not 400");
    assert!(is_leap_year(2000), "divisible by 400");
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(1900, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29);
    assert_eq!(days_in_month(2026, 4), 30);
    assert_eq!(days_in_month(2026, 13), 0);

    assert!(Date::parse("2024-02-29").is_some());
    assert!(Date::parse("2000-02-29").is_some());
    assert!(Date::parse("1900-02-29").is_none());
    assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
    assert_eq!(date("2024-02-29").add_days(1), date("2024-03-01"));
    assert_eq!(date("1900-02-28").add_days(1), date("1900-03-01"));
    assert_eq!(date("2000-02-28").add_days(1), date("2000-02-29"));
}

#[test]
fn invalid_dates_are_rejected() {
    for bad in [
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-04-31",
        "2026-01-32",
        "2026-1-01",
        "2026-01-1",
        "26-01-01",
        "2026/01/01",
        "2026-01-01 ",
        " 2026-01-01",
        "+026-01-01",
        "2026-0a-01",
        "2026-01-01T00:00",
        "",
        "２０２６-01-01",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad:?} should be rejected");
    }
    assert_eq!(Date::new(2025, 2, 29), None);
    assert_eq!(
        Date::new(2026, 12, 31).map(|d| d.to_string()),
        Some("2026-12-31".into())
    );
}

#[test]
fn display_round_trips_and_pads() {
    for s in [
        "2026-12-31",
        "0001-01-01",
        "0999-03-07",
        "9999-12-31",
        "2024-02-29",
    ] {
        assert_eq!(date(s).to_string(), s);
    }
    let d = date("2026-03-07");
    assert_eq!((d.year(), d.month(), d.day()), (2026, 3, 7));
}

#[test]
fn days_since_epoch_match_known_values() {
    // Reference values from Python's datetime.
    for (s, days) in [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        ("2000-03-01", 11_017),
        ("1900-03-01", -25_508),
        ("2026-11-21", 20_778),
        ("0001-01-01", -719_162),
        ("9999-12-31", 2_932_896),
    ] {
        assert_eq!(date(s).to_days(), days, "{s}");
        assert_eq!(Date::from_days(days), date(s), "{days}");
    }
}

#[test]
fn year_end_and_days_between() {
    assert_eq!(date("2026-12-31").add_days(1), date("2027-01-01"));
    assert_eq!(date("2027-01-01").add_days(-1), date("2026-12-31"));
    assert_eq!(date("2025-12-25").days_between(date("2026-01-05")), 11);
    assert_eq!(date("2026-01-05").days_between(date("2025-12-25")), -11);
    assert_eq!(date("2024-01-01").days_between(date("2025-01-01")), 366);
    assert_eq!(date("2025-01-01").days_between(date("2026-01-01")), 365);
    assert_eq!(date("1899-06-15").days_between(date("2101-06-15")), 73_779);
    assert_eq!(date("2026-03-07").days_between(date("2026-03-07")), 0);
}

#[test]
fn day_by_day_walk_agrees_with_a_naive_calendar() {
    // Walk 1899-01-01 to 2101-12-31 one day at a time and compare with
    // incrementing day/month/year by hand: covers 1900, 2000 and 2100.
    let (mut y, mut m, mut d) = (1899, 1u8, 1u8);
    let mut date = Date::new(y, m, d).unwrap();
    let first = date.to_days();
    let mut n = 0i64;
    while y <= 2101 {
        assert_eq!((date.year(), date.month(), date.day()), (y, m, d));
        assert_eq!(date.to_days(), first + n);
        assert_eq!(Date::from_days(first + n), date);
        assert_eq!(Date::parse(&date.to_string()), Some(date));
        let next = date.add_days(1);
        assert!(next > date, "ordering is chronological");
        date = next;
        d += 1;
        if d > days_in_month(y, m) {
            d = 1;
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        n += 1;
    }
    assert_eq!(n, 74_144, "days from 1899-01-01 to 2102-01-01");
    assert_eq!(date, Date::new(2102, 1, 1).unwrap());
}

// ---------------------------------------------------------------- schedule

fn assert_contiguous(s: &Schedule, start: Date) {
    assert_eq!(
        s.stages[0].start, start,
        "first stage starts on the start date"
    );
    for pair in s.stages.windows(2) {
        assert_eq!(
            pair[0].end.add_days(1),
            pair[1].start,
            "{:?}",
            pair[1].stage_id
        );
    }
    for st in &s.stages {
        assert!(st.days >= 1);
        assert!(st.end >= st.start);
        assert_eq!(st.start.days_between(st.end) + 1, i64::from(st.days));
    }
    assert_eq!(s.planned_finish, s.stages.last().unwrap().end);
}

#[test]
fn slow_and_fast_paces_on_the_canonical_plan() {
    let start = date("2026-01-05");
    let (slow, catalog) = schedule_with(Status::Pending, 1, "2026-01-05", "2026-01-05");
    let (fast, _) = schedule_with(Status::Pending, 60, "2026-01-05", "2026-01-05");
    let plan = backend(&catalog);
    assert_eq!(slow.stages.len(), plan.stages.len());
    for (st, stage) in slow.stages.iter().zip(&plan.stages) {
        assert_eq!(st.stage_id, stage.id);
    }
    assert_contiguous(&slow, start);
    assert_contiguous(&fast, start);
    assert_eq!(slow.effort_hours, fast.effort_hours);

    // Each topic counts once across the plan.
    let expected: u32 = catalog
        .plan_topic_ids(plan)
        .iter()
        .map(|id| catalog.topic(id).unwrap().hours)
        .sum();
    assert_eq!(slow.effort_hours, expected);
    // At 1 h a week every hour is exactly 7 days.
    let slow_days = start.days_between(slow.planned_finish) + 1;
    assert_eq!(slow_days, i64::from(expected) * 7);
    let fast_days = start.days_between(fast.planned_finish) + 1;
    let ratio = slow_days as f64 / fast_days as f64;
    assert!((55.0..=60.0).contains(&ratio), "ratio {ratio}");
    // Fast: 60 h a week is about 8.6 h a day.
    assert!(fast_days >= i64::from(expected) * 7 / 60);

    assert_eq!(slow.remaining_hours, f64::from(expected));
    assert_eq!(slow.percent_done, 0);
    assert_eq!(slow.days_ahead, 0, "on the first day nothing is due yet");
    assert_eq!(slow.projected_finish, slow.planned_finish);
    assert_eq!(fast.projected_finish, fast.planned_finish);
}

#[test]
fn hours_per_week_are_clamped() {
    let (zero, _) = schedule_with(Status::Pending, 0, "2026-01-05", "2026-02-01");
    let (one, _) = schedule_with(Status::Pending, 1, "2026-01-05", "2026-02-01");
    let (huge, _) = schedule_with(Status::Pending, 255, "2026-01-05", "2026-02-01");
    let (sixty, _) = schedule_with(Status::Pending, 60, "2026-01-05", "2026-02-01");
    assert_eq!(zero, one);
    assert_eq!(zero.hours_per_week, 1);
    assert_eq!(huge, sixty);
    assert_eq!(huge.hours_per_week, 60);
}

#[test]
fn everything_done_means_nothing_remains() {
    let (s, _) = schedule_with(Status::Done, 10, "2026-01-05", "2026-02-04");
    assert_eq!(s.remaining_hours, 0.0);
    assert!(s.stages.iter().all(|st| st.remaining_hours == 0.0));
    assert_eq!(s.percent_done, 100);
    assert!(
        s.days_ahead > 0,
        "finished far earlier than planned: {}",
        s.days_ahead
    );
    assert_eq!(s.projected_finish, date("2026-02-04"));

    // Even long after the planned finish, a finished learner is not behind.
    let (late, _) = schedule_with(Status::Done, 10, "2020-01-05", "2026-02-04");
    assert!(late.planned_finish < late.today);
    assert_eq!(late.days_ahead, 0);
    assert_eq!(late.percent_done, 100);
}

#[test]
fn everything_skipped_means_nothing_remains() {
    let (s, _) = schedule_with(Status::Skipped, 10, "2026-01-05", "2026-02-04");
    assert_eq!(s.remaining_hours, 0.0);
    assert_eq!(s.percent_done, 100);
    assert_eq!(s.projected_finish, s.today);
}

#[test]
fn learning_counts_half() {
    let (s, _) = schedule_with(Status::Learning, 10, "2026-01-05", "2026-01-05");
    assert_eq!(s.remaining_hours, f64::from(s.effort_hours) / 2.0);
    assert_eq!(s.percent_done, 50);
    for st in &s.stages {
        assert_eq!(st.remaining_hours * 2.0, f64::from(st.effort_hours));
    }
}

#[test]
fn nothing_done_thirty_days_in_is_behind() {
    let today = date("2026-11-21");
    let start = today.add_days(-30);
    let (s, _) = schedule_with(Status::Pending, 10, &start.to_string(), "2026-11-21");
    // 30 days of a 10 h/week schedule are due; nothing is done: a month behind.
    assert!((-30..=-29).contains(&s.days_ahead), "{}", s.days_ahead);
    // The remaining work starts only today, so the finish slips by the same month.
    let slip = s.planned_finish.days_between(s.projected_finish);
    assert!((29..=31).contains(&slip), "slip {slip}");
}

#[test]
fn lots_done_thirty_days_in_is_ahead() {
    let catalog = catalog();
    let plan = backend(&catalog);
    let mut progress = Progress::default();
    for stage in &plan.stages[..3] {
        for id in &stage.topics {
            progress.set_status(id, Status::Done, 1);
        }
    }
    let today = date("2026-11-21");
    let s = plan_schedule(
        &catalog,
        plan,
        |id| progress.status(id),
        10,
        today.add_days(-30),
        today,
    );
    assert!(s.days_ahead > 0, "{}", s.days_ahead);
    let done: u32 = s.stages[..3].iter().map(|st| st.effort_hours).sum();
    // Three stages done against 30 days due: (done − 30 days' worth) in days.
    let expected = (f64::from(done) * 7.0 / 10.0 - 30.0) as i64;
    assert!(
        (expected - 1..=expected + 1).contains(&s.days_ahead),
        "{}",
        s.days_ahead
    );
    assert!(s.projected_finish < s.planned_finish);
    assert!(s.percent_done > 0 && s.percent_done < 100);
}

#[test]
fn a_start_in_the_future_projects_from_the_start() {
    let (s, _) = schedule_with(Status::Pending, 10, "2027-01-04", "2026-11-21");
    assert_eq!(s.projected_finish, s.planned_finish);
    assert_eq!(s.days_ahead, 0);
}

fn tiny_catalog() -> Catalog {
    let topic = |id: &str, hours: u32| {
        format!(
            r#"{{"id":"{id}","title":"{id}","summary":"s","why":"w","concepts":[],"resources":[],"hours":{hours},"difficulty":"beginner"}}"#
        )
    };
    let topics = format!("[{},{}]", topic("t1", 5), topic("t2", 3));
    let plan = r#"{"id":"tiny","title":"Tiny","source":{"name":"n","kind":"canonical","year":2026},
        "summary":"s","stages":[
        {"id":"tiny-a","title":"A","weeks":{"min":1,"max":1},"summary":"s","topics":["t1","t2","t1"]},
        {"id":"tiny-b","title":"B","weeks":{"min":2,"max":3},"summary":"s","topics":["t1"]},
        {"id":"tiny-c","title":"C","weeks":null,"summary":"s","topics":[]}]}"#;
    Catalog::from_sources(
        &[("t.json", topics.as_str())],
        &[("tiny.json", plan)],
        ("outlook.json", r#"{"sources":[],"figures":[]}"#),
        ("aliases.json", "{}"),
    )
    .expect("tiny catalog parses")
}

#[test]
fn repeated_topics_count_once_and_weeks_are_a_fallback() {
    let catalog = tiny_catalog();
    let plan = catalog.plan("tiny").unwrap();
    let start = date("2026-01-05");
    let s = plan_schedule(&catalog, plan, |_| Status::Pending, 7, start, start);
    let efforts: Vec<u32> = s.stages.iter().map(|st| st.effort_hours).collect();
    // A: t1 + t2 once each; B: only a revisit, so 2.5 weeks × full time; C: nothing.
    assert_eq!(efforts, vec![8, 5 * FULL_TIME_HOURS / 2, 0]);
    let days: Vec<u32> = s.stages.iter().map(|st| st.days).collect();
    assert_eq!(
        days,
        vec![8, 75, 1],
        "1 h = 1 day at 7 h a week; at least a day"
    );
    assert_contiguous(&s, start);
    assert_eq!(s.remaining_hours, 83.0);

    // The revisit stage follows the statuses of its topics.
    let s = plan_schedule(
        &catalog,
        plan,
        |id| {
            if id == "t1" {
                Status::Learning
            } else {
                Status::Done
            }
        },
        7,
        start,
        start,
    );
    assert_eq!(s.stages[0].remaining_hours, 2.5);
    assert_eq!(s.stages[1].remaining_hours, 37.5);
    assert_eq!(s.stages[2].remaining_hours, 0.0);
}

#[test]
fn without_a_start_date_the_learners_plan_starts_today() {
    let catalog = catalog();
    let plan = backend(&catalog);
    let today = date("2026-11-21");
    let mut p = Progress::default();
    p.settings.hours_per_week = 12;
    let s = learner_schedule(&catalog, plan, &p, today);
    assert_eq!((s.start, s.today, s.hours_per_week), (today, today, 12));

    let start = date("2026-01-05");
    p.settings.start = Some(start);
    p.set_status("http", Status::Done, 1);
    let s = learner_schedule(&catalog, plan, &p, today);
    let expected = plan_schedule(&catalog, plan, |id| p.status(id), 12, start, today);
    assert_eq!(s, expected);
}

// ---------------------------------------------------------------- .ics

const STAMP: &str = "20261121T120000Z";

#[test]
fn ics_timestamps_are_utc_date_times_to_the_second() {
    assert_eq!(ics_timestamp(0), "19700101T000000Z");
    assert_eq!(ics_timestamp(DAY - 1), "19700101T235959Z");
    let noon = date("2026-11-21").to_days() as u64 * DAY + 12 * 60 * 60 * 1000;
    assert_eq!(ics_timestamp(noon + 999), STAMP, "milliseconds are dropped");
    let leap = date("2024-02-29").to_days() as u64 * DAY + (7 * 3600 + 5 * 60 + 9) * 1000;
    assert_eq!(ics_timestamp(leap), "20240229T070509Z");
}

fn canonical_ics() -> (String, Schedule, Vec<String>) {
    let catalog = catalog();
    let plan = backend(&catalog);
    let s = plan_schedule(
        &catalog,
        plan,
        |_| Status::Pending,
        10,
        date("2026-01-05"),
        date("2026-02-01"),
    );
    let titles: Vec<&str> = plan.stages.iter().map(|st| st.title.as_str()).collect();
    let ics = to_ics(&plan.title, &s, &titles, STAMP, "roadmap.example");
    (ics, s, titles.iter().map(|t| t.to_string()).collect())
}

fn parse_ics(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    cal
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> &'a str {
    let found: Vec<_> = props.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "exactly one {name}");
    found[0].value.as_deref().unwrap_or("")
}

fn assert_lines_well_formed(text: &str) {
    assert!(text.ends_with("\r\n"));
    let body = &text[..text.len() - 2];
    for line in body.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty());
    }
}

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

/// Undoes RFC 5545 TEXT escaping, independently of the code under test.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {value:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn ics_has_one_event_per_stage_and_a_milestone() {
    let (ics, s, titles) = canonical_ics();
    assert_lines_well_formed(&ics);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let cal = parse_ics(&ics);
    assert_eq!(prop(&cal.properties, "VERSION"), "2.0");
    assert!(!prop(&cal.properties, "PRODID").is_empty());
    assert_eq!(cal.events.len(), s.stages.len() + 1);

    let mut uids = std::collections::HashSet::new();
    for (i, event) in cal.events.iter().enumerate() {
        let p = &event.properties;
        assert!(uids.insert(prop(p, "UID").to_owned()), "UIDs are unique");
        assert!(prop(p, "UID").ends_with("@roadmap.example"));
        assert_eq!(prop(p, "DTSTAMP"), STAMP);
        let dtstart = p.iter().find(|x| x.name == "DTSTART").unwrap();
        let params = dtstart.params.as_ref().expect("VALUE=DATE");
        assert_eq!(params[0].0, "VALUE");
        assert_eq!(params[0].1, vec!["DATE".to_owned()]);
        let (first, last) = match s.stages.get(i) {
            Some(st) => {
                assert_eq!(unescape(prop(p, "SUMMARY")), titles[i]);
                assert_eq!(
                    prop(p, "UID"),
                    format!("backend.{}@roadmap.example", st.stage_id)
                );
                (st.start, st.end)
            }
            None => {
                assert!(prop(p, "SUMMARY").starts_with("Finish"));
                assert_eq!(prop(p, "UID"), "backend.finish@roadmap.example");
                (s.projected_finish, s.projected_finish)
            }
        };
        let compact = |d: Date| d.to_string().replace('-', "");
        assert_eq!(prop(p, "DTSTART"), compact(first));
        // All-day DTEND is exclusive: the day after the last day.
        assert_eq!(prop(p, "DTEND"), compact(last.add_days(1)));
    }
    // Stable: the same schedule exports the same text.
    assert_eq!(canonical_ics().0, ics);
}

#[test]
fn long_non_ascii_summaries_fold_on_character_boundaries() {
    let catalog = tiny_catalog();
    let plan = catalog.plan("tiny").unwrap();
    let start = date("2026-01-05");
    let s = plan_schedule(&catalog, plan, |_| Status::Pending, 7, start, start);
    // Every ASCII prefix length moves a multi-byte character across the fold point.
    for pad in 0..4 {
        let long = format!(
            "{}Основы бэкенда — 数据库与缓存 — 🚀 déploiement “{}”",
            "x".repeat(pad + 60),
            "ü".repeat(80)
        );
        let titles = [long.as_str(), "B", "C"];
        let ics = to_ics("Tiny plan", &s, &titles, STAMP, "roadmap.example");
        assert_lines_well_formed(&ics);
        let unfolded = unfold(&ics);
        assert!(
            unfolded.contains(&format!("\r\nSUMMARY:{long}\r\n")),
            "unfolds back to the original"
        );
        // The SUMMARY really was folded, and into more than two lines.
        let summary_at = ics.find("SUMMARY:").unwrap();
        let physical = ics[summary_at..]
            .split("\r\n")
            .take_while(|l| l.starts_with("SUMMARY:") || l.starts_with(' '))
            .count();
        assert!(physical >= 3, "{physical} lines");
        let cal = parse_ics(&ics);
        assert_eq!(prop(&cal.events[0].properties, "SUMMARY"), long);
    }
}

#[test]
fn summaries_are_escaped_and_spaces_survive_folding() {
    let catalog = tiny_catalog();
    let plan = catalog.plan("tiny").unwrap();
    let start = date("2026-01-05");
    let s = plan_schedule(&catalog, plan, |_| Status::Pending, 7, start, start);
    let tricky = "APIs, auth; C:\\path\r\nline two\nline three";
    // Five offsets put a space at the end of the first physical line at least once.
    for pad in 0..5 {
        let spaced = format!("{}{}end", "x".repeat(pad), "word ".repeat(30));
        let ics = to_ics("P", &s, &["A", &spaced], STAMP, "roadmap.example");
        assert_lines_well_formed(&ics);
        let cal = parse_ics(&ics);
        // Readers that trim each physical line must still see every space.
        assert_eq!(prop(&cal.events[1].properties, "SUMMARY"), spaced);
    }
    let ics = to_ics("Plan, with; chars", &s, &[tricky], STAMP, "roadmap.example");
    assert_lines_well_formed(&ics);
    let cal = parse_ics(&ics);
    let first = prop(&cal.events[0].properties, "SUMMARY");
    assert_eq!(first, "APIs\\, auth\\; C:\\\\path\\nline two\\nline three");
    assert_eq!(
        unescape(first),
        "APIs, auth; C:\\path\nline two\nline three"
    );
    // Missing titles fall back to the stage ids.
    assert_eq!(prop(&cal.events[1].properties, "SUMMARY"), "tiny-b");
    assert_eq!(prop(&cal.events[2].properties, "SUMMARY"), "tiny-c");
    assert_eq!(
        prop(&cal.properties, "X-WR-CALNAME"),
        "Plan\\, with\\; chars"
    );
    assert_eq!(
        unescape(prop(&cal.events[3].properties, "SUMMARY")),
        "Finish: Plan, with; chars"
    );
}
