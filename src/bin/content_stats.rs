//! Prints the content's figures: topics, resources by kind, and per plan its stages, weeks and topics.

use std::collections::BTreeMap;

use backend_roadmap::content::{Catalog, ResourceKind};

fn main() {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("content does not parse: {e}");
            std::process::exit(1);
        }
    };
    let topics = catalog.topics();
    let tracked = topics.iter().filter(|t| t.has_tracks()).count();
    let hours: u32 = topics.iter().map(|t| t.hours).sum();
    println!(
        "Topics: {} ({} with Python/JavaScript/Java variants), {} estimated hours",
        topics.len(),
        tracked,
        hours
    );

    let mut by_kind: BTreeMap<ResourceKind, (usize, usize)> = BTreeMap::new();
    for r in topics.iter().flat_map(|t| {
        t.resources.iter().chain(t.tracks.iter().flat_map(|tr| {
            [&tr.python, &tr.javascript, &tr.java]
                .into_iter()
                .flat_map(|v| v.resources.iter().flatten())
        }))
    }) {
        let entry = by_kind.entry(r.kind).or_default();
        entry.0 += 1;
        entry.1 += usize::from(r.free);
    }
    let total: usize = by_kind.values().map(|v| v.0).sum();
    println!("Resources: {total}");
    for kind in ResourceKind::ALL {
        let (n, free) = by_kind.get(&kind).copied().unwrap_or_default();
        println!("  {:<9} {n:>4} ({free} free)", kind.name());
    }

    println!("\n| Plan | Source | Stages | Weeks | Topics | Catalog covered |");
    println!("|---|---|---|---|---|---|");
    for plan in catalog.plans() {
        let covered = catalog.plan_topic_ids(plan).len();
        let weeks = plan.length();
        println!(
            "| {} | {} | {} | {} | {} | {}% |",
            plan.id,
            plan.source.name,
            plan.stages.len(),
            weeks,
            covered,
            catalog.coverage_percent(plan)
        );
    }
    let outlook = catalog.outlook();
    println!(
        "\nOutlook: {} figures from {} sources",
        outlook.figures.len(),
        outlook.sources.len()
    );
}
