//! Prints the content's figures: topics, variants, questions, resources by kind,
//! per plan its stages, weeks and topics, and per stage its weeks against its hours.

use std::collections::BTreeMap;

use backend_roadmap::content::{
    estimate_text, estimated_weeks_tenths, Catalog, ResourceKind, Track, HOURS_PER_WEEK,
};

fn print_topics(catalog: &Catalog) {
    let topics = catalog.topics();
    let tracked = topics.iter().filter(|t| t.has_tracks()).count();
    let hours: u32 = topics.iter().map(|t| t.hours).sum();
    let tracks: Vec<&str> = Track::ALL.iter().map(|t| t.label()).collect();
    println!(
        "Topics: {} ({tracked} with variants over {} tracks: {}), {hours} estimated hours",
        topics.len(),
        Track::ALL.len(),
        tracks.join(", ")
    );
    let questions: usize = topics.iter().map(|t| t.questions.len()).sum();
    let interview = topics
        .iter()
        .flat_map(|t| &t.questions)
        .filter(|q| q.interview)
        .count();
    let fewest = topics.iter().map(|t| t.questions.len()).min().unwrap_or(0);
    println!("Questions: {questions} ({interview} interview-style), at least {fewest} per topic");
    let with = |kind| {
        topics
            .iter()
            .filter(|t| t.all_resources().any(|r| r.kind == kind))
            .count()
    };
    println!(
        "Topics with a video: {}; with practice material: {}",
        with(ResourceKind::Video),
        with(ResourceKind::Practice)
    );
    let mut by_kind: BTreeMap<ResourceKind, (usize, usize)> = BTreeMap::new();
    for r in topics.iter().flat_map(|t| t.all_resources()) {
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
}

fn print_plans(catalog: &Catalog) {
    println!("\n| Plan | Source | Stages | Weeks | Topics | Catalog covered |");
    println!("|---|---|---|---|---|---|");
    for plan in catalog.plans() {
        println!(
            "| {} | {} | {} | {} | {} | {}% |",
            plan.id,
            plan.source.name,
            plan.stages.len(),
            plan.length(),
            catalog.plan_topic_ids(plan).len(),
            catalog.coverage_percent(plan)
        );
    }
    println!("\nWeeks against hours (our estimate at {HOURS_PER_WEEK} h a week):");
    for plan in catalog.plans() {
        println!("\n{} ({})", plan.title, plan.id);
        println!("| Stage | Weeks | Topic hours | Estimate |");
        println!("|---|---|---|---|");
        for stage in &plan.stages {
            let hours = catalog.stage_hours(stage);
            let weeks = match stage.weeks {
                None => "not given".to_owned(),
                Some(w) if w.min == w.max => w.min.to_string(),
                Some(w) => format!("{}–{}", w.min, w.max),
            };
            println!(
                "| {} | {weeks} | {hours} | {} |",
                stage.title,
                estimate_text(estimated_weeks_tenths(hours))
            );
        }
    }
}

fn main() {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("content does not parse: {e}");
            std::process::exit(1);
        }
    };
    print_topics(&catalog);
    print_plans(&catalog);
    let outlook = catalog.outlook();
    println!(
        "\nOutlook: {} figures from {} sources",
        outlook.figures.len(),
        outlook.sources.len()
    );
}
