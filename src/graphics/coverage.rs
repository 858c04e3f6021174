//! PURE: the catalog as one picture for the compare page: every topic a
//! square, grouped by the stages of our plan, shaded and numbered by how many
//! published plans include it.

use std::fmt::Write;

use super::{escape, open_svg, wrap, SvgRoot};
use crate::content::{Catalog, SourceKind, Track};

const W: i32 = 405;
const CELL: i32 = 24;
const STEP: i32 = 27;
const HEAD: i32 = 22;
const GROUP_GAP: i32 = 10;

/// How many published plans include each topic, by topic id.
pub fn published_counts(catalog: &Catalog) -> Vec<(&str, usize)> {
    catalog
        .topics()
        .iter()
        .map(|t| {
            let n = catalog
                .plans_including(&t.id)
                .iter()
                .filter(|p| p.source.kind == SourceKind::Published)
                .count();
            (t.id.as_str(), n)
        })
        .collect()
}

/// The picture's card as HTML: heading, explanation, legend and picture.
pub fn card(catalog: &Catalog) -> String {
    let mut out = String::from(
        "<h2 id=\"coverage-heading\">Which topics the plans share</h2><p>Every topic of the catalog is a \
         square, grouped by the stages of our plan. The number in it, and its shade, say how many of the \
         published plans include it: the darker, the more the field agrees it belongs.</p>\
         <ul class=\"coverage-legend\" aria-label=\"Shades\">",
    );
    for n in 0..=catalog.published_plan_count() {
        let plans = if n == 1 { "plan" } else { "plans" };
        let _ = write!(
            out,
            "<li><span class=\"legend-square w{n}\" aria-hidden=\"true\">{n}</span>{n} {plans}</li>"
        );
    }
    let _ = write!(
        out,
        "</ul><div class=\"chart-frame\">{}</div>",
        render(catalog)
    );
    out
}

/// The topics in groups: each stage of our plan, then any topic it leaves out.
fn groups(catalog: &Catalog) -> Vec<(String, Vec<&str>)> {
    let canonical = catalog.canonical();
    let mut groups: Vec<(String, Vec<&str>)> = canonical
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                format!("{} · {}", i + 1, s.title),
                s.topics.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let listed: std::collections::HashSet<&str> =
        catalog.plan_topic_ids(canonical).into_iter().collect();
    let rest: Vec<&str> = catalog
        .topics()
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !listed.contains(id))
        .collect();
    if !rest.is_empty() {
        groups.push(("Not in our plan".to_owned(), rest));
    }
    groups
}

/// "40 in 5, 30 in 4, …": how many topics each number of plans includes.
fn tally_text(counts: impl Iterator<Item = usize>, published: usize) -> String {
    let mut tally = vec![0; published + 1];
    for n in counts {
        tally[n.min(published)] += 1;
    }
    tally
        .iter()
        .enumerate()
        .rev()
        .map(|(n, topics)| format!("{topics} in {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The picture as SVG markup, with its description.
pub fn render(catalog: &Catalog) -> String {
    let counts: std::collections::HashMap<&str, usize> =
        published_counts(catalog).into_iter().collect();
    let published = catalog.published_plan_count();
    let per_row = ((W + STEP - CELL) / STEP) as usize;
    let groups = groups(catalog);
    let height: i32 = groups
        .iter()
        .map(|(_, ids)| HEAD + ids.len().div_ceil(per_row) as i32 * STEP + GROUP_GAP)
        .sum();
    let description = tally_text(counts.values().copied(), published);
    let mut out = String::with_capacity(30_000);
    open_svg(
        &mut out,
        &SvgRoot {
            id: "coverage",
            class: "chart coverage-map",
            size: (W, height),
            title: &format!("How many of the {published} published plans include each topic"),
            description: &format!(
                "{} topics, grouped by the stages of our plan; each square is a topic, \
                 shaded and numbered by how many published plans include it. Topics by number of plans: {description}.",
                counts.len()
            ),
            is_image: true,
            standalone: false,
        },
    );
    let mut y = 0;
    for (title, ids) in &groups {
        let _ = write!(
            out,
            "<text class=\"stage-name\" x=\"0\" y=\"{}\">{}</text>",
            y + 15,
            escape(&wrap(title, 48, 1)[0])
        );
        y += HEAD;
        for (k, id) in ids.iter().enumerate() {
            let Some(topic) = catalog.topic(id) else {
                continue;
            };
            let n = counts.get(topic.id.as_str()).copied().unwrap_or(0);
            let (cx, cy) = ((k % per_row) as i32 * STEP, y + (k / per_row) as i32 * STEP);
            let _ = write!(
                out,
                "<g class=\"w{n}\"><rect x=\"{cx}\" y=\"{cy}\" width=\"{CELL}\" height=\"{CELL}\" rx=\"4\"/>\
                 <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{n}</text><title>{}: {n} of {published}</title></g>",
                cx + CELL / 2,
                cy + 16,
                escape(topic.title_for(Track::default()))
            );
        }
        y += ids.len().div_ceil(per_row) as i32 * STEP + GROUP_GAP;
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_is_one_square_numbered_by_its_plans() {
        let catalog = Catalog::embedded().unwrap();
        let svg = render(&catalog);
        assert_eq!(svg.matches("<rect").count(), catalog.topics().len());
        let http = published_counts(&catalog)
            .into_iter()
            .find(|(id, _)| *id == "http")
            .unwrap()
            .1;
        assert!(http >= 3);
        assert!(svg.contains(&format!("<title>HTTP: {http} of 5</title>")));
        assert!(svg.contains("role=\"img\""));
    }
}
