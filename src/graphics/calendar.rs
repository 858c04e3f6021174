//! PURE: the activity calendar: one square per day of the last 26 weeks, its
//! shade by how much was done that day.

use std::fmt::Write;

use super::{open_svg, SvgRoot};
use crate::date::days_text;
use crate::progress::Calendar;

const CELL: i32 = 13;
const STEP: i32 = 16;
/// Room for the weekday labels on the left and the months above.
const LEFT: i32 = 30;
const TOP: i32 = 18;

/// The shade of a day: 0 for nothing, then 1 to 4 by how much was done.
pub fn level(count: u32) -> u8 {
    match count {
        0 => 0,
        1..=2 => 1,
        3..=5 => 2,
        6..=9 => 3,
        _ => 4,
    }
}

/// The month abbreviations, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The calendar's card as HTML: heading, streaks, chart, and a table of the
/// same figures, one row per week, newest first.
pub fn card(calendar: &Calendar) -> String {
    let description = format!(
        "One square per day, weeks from left to right, Monday at the top. The darker the square, \
         the more you did: {} changes over {} active days, at most {} in a day.",
        calendar.total,
        calendar.active_days,
        calendar.max()
    );
    let mut out = format!(
        "<h2 id=\"activity-heading\">Activity in the last 26 weeks</h2>\
         <dl class=\"pace streaks\">\
         <div><dt>Current streak</dt><dd id=\"current-streak\">{}</dd></div>\
         <div><dt>Longest streak</dt><dd id=\"longest-streak\">{}</dd></div>\
         <div><dt>Active days</dt><dd id=\"active-days\">{}</dd></div></dl>\
         <div class=\"chart-frame\">{}</div>\
         <details class=\"chart-table\"><summary>The figures as a table</summary>\
         <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Activity by day\">\
         <table id=\"activity-table\"><caption>Status or note changes, ticks and reviews per day</caption>\
         <thead><tr><th scope=\"col\">Week of</th>",
        days_text(u64::from(calendar.current_streak)),
        days_text(u64::from(calendar.longest_streak)),
        calendar.active_days,
        render(calendar, &description)
    );
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] {
        let _ = write!(out, "<th scope=\"col\">{day}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for (w, days) in calendar.weeks.iter().enumerate().rev() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            calendar.first_monday.add_days(7 * w as i64)
        );
        for count in days {
            match count {
                Some(n) => {
                    let _ = write!(out, "<td>{n}</td>");
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str(
        "</tbody></table></div></details><p class=\"muted\">A day counts each topic whose status or note \
         last changed that day, each item last ticked or unticked that day, and each review. Only the latest \
         change to a topic or a tick is kept, so earlier ones are not counted.</p>",
    );
    out
}

/// The calendar as SVG markup.
pub fn render(calendar: &Calendar, description: &str) -> String {
    let weeks = calendar.weeks.len() as i32;
    let size = (LEFT + weeks * STEP, TOP + 7 * STEP);
    let mut out = String::with_capacity(16_000);
    open_svg(
        &mut out,
        &SvgRoot {
            id: "activity",
            class: "chart activity-chart",
            size,
            title: "Activity in the last 26 weeks",
            description,
            is_image: true,
            standalone: false,
        },
    );
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
        let _ = write!(
            out,
            "<text class=\"axis\" x=\"0\" y=\"{}\">{name}</text>",
            TOP + row * STEP + 11
        );
    }
    let mut month_shown = None;
    for (w, days) in calendar.weeks.iter().enumerate() {
        let monday = calendar.first_monday.add_days(7 * w as i64);
        let x = LEFT + w as i32 * STEP;
        if month_shown != Some(monday.month()) && monday.day() <= 7 {
            let _ = write!(
                out,
                "<text class=\"axis\" x=\"{x}\" y=\"11\">{}</text>",
                MONTHS[usize::from(monday.month() - 1)]
            );
            month_shown = Some(monday.month());
        }
        for (d, count) in days.iter().enumerate() {
            let Some(count) = count else { continue };
            let day = monday.add_days(d as i64);
            let _ = write!(
                out,
                "<rect class=\"day l{}\" x=\"{x}\" y=\"{}\" width=\"{CELL}\" height=\"{CELL}\" rx=\"3\"><title>{day}: {count}</title></rect>",
                level(*count),
                TOP + d as i32 * STEP
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::date::Date;
    use crate::progress::{calendar, DayActivity};

    #[test]
    fn one_square_per_day_up_to_today_shaded_by_its_count() {
        let today = Date::parse("2026-11-23").unwrap(); // a Monday
        let mut days = BTreeMap::new();
        days.insert(
            today,
            DayActivity {
                topics: 1,
                ticks: 2,
                reviews: 4,
            },
        );
        let svg = render(&calendar(&days, today), "d");
        assert_eq!(svg.matches("<rect class=\"day").count(), 25 * 7 + 1);
        assert!(svg.contains("class=\"day l3\""));
        assert!(svg.contains("<title>2026-11-23: 7</title>"));
        assert_eq!(svg.matches("class=\"day l0\"").count(), 25 * 7);
        assert!(svg.contains(">Nov</text>") && svg.contains(">Jun</text>"));
    }

    #[test]
    fn levels_rise_with_the_count() {
        assert_eq!(
            [0, 1, 2, 3, 5, 6, 9, 10, 50].map(level),
            [0, 1, 1, 2, 2, 3, 3, 4, 4]
        );
    }
}
