//! PURE: the burn-up chart: hours finished by date against the schedule's plan.

use std::fmt::Write;

use super::{open_svg, SvgRoot};
use crate::date::Date;
use crate::progress::Burnup;

/// Hours with at most one decimal: "12", "7.5".
pub fn hours_text(hours: f64) -> String {
    let tenths = (hours * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

/// The burn-up's card as HTML: heading, summary, legend, chart, and a table
/// of the same figures.
pub fn card(burnup: &Burnup, plan_title: &str, today: Date) -> String {
    let description = format!(
        "A solid line of the hours of {plan_title} you have finished, by date, rising toward {} hours; \
         a dashed line of the hours your schedule plans by each date.",
        burnup.total_hours
    );
    let mut out = format!(
        "<h2 id=\"burnup-heading\">Hours finished against the plan</h2>\
         <p id=\"burnup-summary\">{} of {} hours finished by today; the schedule planned {} by today.</p>\
         <ul class=\"chart-legend\" aria-hidden=\"true\"><li class=\"key-finished\">Finished</li><li class=\"key-planned\">Planned</li></ul>\
         <div class=\"chart-frame\">{}</div>\
         <details class=\"chart-table\"><summary>The figures as a table</summary>\
         <table id=\"burnup-table\"><caption>Hours finished and planned, by the end of each day</caption>\
         <thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Finished (hours)</th><th scope=\"col\">Planned (hours)</th></tr></thead><tbody>",
        hours_text(burnup.finished_by(today)),
        burnup.total_hours,
        hours_text(burnup.planned_by(today)),
        render(burnup, today, &description),
    );
    for row in burnup.rows() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            row.day,
            hours_text(row.finished),
            hours_text(row.planned)
        );
    }
    out.push_str(
        "</tbody></table></details><p class=\"muted\">A done or skipped topic counts in full and one you are \
         learning counts half, on the day its status or note last changed.</p>",
    );
    out
}

const W: i32 = 440;
const H: i32 = 260;
/// Room for the hour labels on the left and the dates below.
const LEFT: i32 = 48;
const RIGHT: i32 = 12;
const TOP: i32 = 14;
const BOTTOM: i32 = 30;

/// A round step for the hour gridlines: about four lines up to `max`.
fn grid_step(max: f64) -> u32 {
    let rough = (max / 4.0).max(1.0);
    [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|s| f64::from(*s) >= rough)
        .unwrap_or(2000)
}

/// Where days and hours fall on the chart.
struct Scale {
    start: Date,
    end: Date,
    span: f64,
    y_max: f64,
    step: u32,
}

impl Scale {
    /// From the day before anything to the latest of the plan, the last
    /// finished day and today; from 0 hours to a round step above the most.
    fn of(burnup: &Burnup, today: Date) -> Scale {
        let first = burnup.planned[0].0;
        let last_planned = burnup.planned.last().map_or(first, |p| p.0);
        let last_finished = burnup.finished.last().map_or(first, |p| p.0);
        let start = burnup
            .finished
            .first()
            .map_or(first, |p| p.0.add_days(-1))
            .min(first);
        let end = last_planned
            .max(last_finished)
            .max(today)
            .max(start.add_days(1));
        let top_hours = burnup
            .finished
            .last()
            .map_or(0.0, |p| p.1)
            .max(f64::from(burnup.total_hours))
            .max(1.0);
        let step = grid_step(top_hours);
        let y_max = f64::from(top_hours.div_euclid(f64::from(step)) as u32 + 1) * f64::from(step);
        Scale {
            start,
            end,
            span: start.days_between(end) as f64,
            y_max,
            step,
        }
    }

    fn x(&self, day: Date) -> i32 {
        let days = self.start.days_between(day) as f64;
        LEFT + (f64::from(W - LEFT - RIGHT) * days / self.span).round() as i32
    }

    fn y(&self, hours: f64) -> i32 {
        TOP + (f64::from(H - TOP - BOTTOM) * (1.0 - hours / self.y_max)).round() as i32
    }
}

/// The hour gridlines with their labels, and the first and last dates.
fn draw_axes(out: &mut String, scale: &Scale) {
    let mut hours = 0;
    while f64::from(hours) <= scale.y_max {
        let gy = scale.y(f64::from(hours));
        let _ = write!(
            out,
            "<path class=\"grid\" d=\"M{LEFT} {gy}H{}\"/><text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{hours} h</text>",
            W - RIGHT,
            LEFT - 6,
            gy + 4
        );
        hours += scale.step;
    }
    for (day, anchor) in [(scale.start, "start"), (scale.end, "end")] {
        let _ = write!(
            out,
            "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{day}</text>",
            scale.x(day),
            H - 8
        );
    }
}

/// The chart as SVG markup; `today` draws a marker and ends the finished line.
pub fn render(burnup: &Burnup, today: Date, description: &str) -> String {
    let scale = Scale::of(burnup, today);
    let mut out = String::with_capacity(4000);
    open_svg(
        &mut out,
        &SvgRoot {
            id: "burnup",
            class: "chart burnup-chart",
            size: (W, H),
            title: "Hours finished against the plan",
            description,
            is_image: true,
            standalone: false,
        },
    );
    draw_axes(&mut out, &scale);
    let planned: Vec<String> = burnup
        .planned
        .iter()
        .map(|&(d, h)| format!("{} {}", scale.x(d), scale.y(h)))
        .collect();
    let _ = write!(
        out,
        "<polyline class=\"planned-line\" points=\"{}\" fill=\"none\" stroke-dasharray=\"6 4\"/>",
        planned.join(" ")
    );
    let mut path = format!("M{} {}", scale.x(scale.start), scale.y(0.0));
    for &(day, h) in &burnup.finished {
        let _ = write!(path, "H{}V{}", scale.x(day), scale.y(h));
    }
    let last_finished = burnup.finished.last().map_or(scale.start, |p| p.0);
    let _ = write!(path, "H{}", scale.x(today.max(last_finished)));
    let _ = write!(
        out,
        "<path class=\"finished-line\" d=\"{path}\" fill=\"none\"/>"
    );
    if (scale.start..=scale.end).contains(&today) {
        let tx = scale.x(today);
        let (dx, anchor) = if tx > W / 2 {
            (-4, "end")
        } else {
            (4, "start")
        };
        let _ = write!(
            out,
            "<path class=\"today-line\" d=\"M{tx} {TOP}V{}\" stroke-dasharray=\"2 3\"/>\
             <text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">Today</text>",
            H - BOTTOM,
            tx + dx,
            TOP + 10
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn grid_steps_are_round() {
        assert_eq!(grid_step(10.0), 5);
        assert_eq!(grid_step(72.0), 20);
        assert_eq!(grid_step(900.0), 250);
    }

    #[test]
    fn the_lines_follow_the_figures() {
        let burnup = Burnup {
            total_hours: 100,
            finished: vec![(date("2026-01-05"), 10.0), (date("2026-01-08"), 40.0)],
            planned: vec![(date("2025-12-31"), 0.0), (date("2026-01-10"), 100.0)],
        };
        let svg = render(&burnup, date("2026-01-09"), "d");
        // 2025-12-31 to 2026-01-10: 10 days over 380 units; 0 to 125 hours over 216.
        assert!(svg.contains("points=\"48 230 428 57\""), "{svg}");
        assert!(svg.contains("d=\"M48 230H238V213H352V161H390\""), "{svg}");
        assert!(svg.contains(">Today</text>"));
        assert!(svg.contains("role=\"img\""));
    }
}
