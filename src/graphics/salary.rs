//! PURE: salary figures as text ("12,00,000" grouping aside, commas by
//! thousands) and as horizontal range bars on one scale.

use std::fmt::Write;

use super::{escape, open_svg, SvgRoot};
use crate::content::Figure;

/// A whole number with thousands grouped by commas.
fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A figure's range, "40,000–60,000", or its one value.
pub fn range(f: &Figure) -> String {
    if f.min == f.max {
        number(f.min)
    } else {
        format!("{}–{}", number(f.min), number(f.max))
    }
}

const ROW_H: u64 = 34;
const LABEL_W: u64 = 190;
const CHART_W: u64 = 420;

/// A figure with its chart and caption, as HTML: one bar per figure, all on
/// the scale of the largest, each labelled with its level and range.
pub fn chart(title: &str, figures: &[&Figure]) -> String {
    let max = figures.iter().map(|f| f.max).max().unwrap_or(1).max(1);
    let id = title
        .to_lowercase()
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let description = figures
        .iter()
        .map(|f| format!("{} ({}): {} {}", f.level, f.label, range(f), f.unit))
        .collect::<Vec<_>>()
        .join("; ");
    let height = ROW_H * figures.len() as u64 + 24;
    let mut out = String::with_capacity(600 * figures.len() + 400);
    open_svg(
        &mut out,
        &SvgRoot {
            id: &id,
            class: "salary-chart",
            size: ((LABEL_W + CHART_W + 10) as i32, height as i32),
            title,
            description: &description,
            is_image: true,
            standalone: false,
        },
    );
    for (i, f) in figures.iter().enumerate() {
        let y = i as u64 * ROW_H + 6;
        let x0 = LABEL_W + f.min * CHART_W / max;
        let w = ((f.max - f.min) * CHART_W / max).max(4);
        // The value sits beside the bar, on whichever side has room.
        let (tx, anchor) = if x0 + w + 70 <= LABEL_W + CHART_W {
            (x0 + w + 6, "start")
        } else {
            (x0 - 6, "end")
        };
        let _ = write!(
            out,
            "<g><text x=\"0\" y=\"{ty}\" class=\"chart-label\">{}</text>\
             <rect x=\"{LABEL_W}\" y=\"{y}\" width=\"{CHART_W}\" height=\"22\" class=\"chart-track\"/>\
             <rect x=\"{x0}\" y=\"{y}\" width=\"{w}\" height=\"22\" class=\"chart-bar\"/>\
             <text x=\"{tx}\" y=\"{ty}\" text-anchor=\"{anchor}\" class=\"chart-value\">{}</text></g>",
            escape(&f.level),
            range(f),
            ty = y + 16,
        );
    }
    let _ = write!(out, "</svg><figcaption>{}</figcaption>", escape(title));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1,000");
        assert_eq!(number(1_234_567), "1,234,567");
    }

    #[test]
    fn bars_share_the_scale_of_the_largest_figure() {
        let catalog = crate::content::Catalog::embedded().unwrap();
        let figures: Vec<&Figure> = catalog.outlook().figures.iter().take(2).collect();
        let svg = chart("Test & chart", &figures);
        assert_eq!(svg.matches("class=\"chart-bar\"").count(), 2);
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<figcaption>Test &amp; chart</figcaption>"));
        let max = figures.iter().map(|f| f.max).max().unwrap();
        let widest = figures.iter().find(|f| f.max == max).unwrap();
        let x0 = LABEL_W + widest.min * CHART_W / max;
        assert!(svg.contains(&format!("x=\"{x0}\" y=")), "{svg}");
    }
}
