//! Career outlook: the published figures, grouped, sourced, and charted.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::wide_table::WideTable;
use crate::content::{Figure, FigureKind, Outlook};
use crate::graphics::salary::{self, range};

fn source_name(outlook: &Outlook, id: &str) -> String {
    outlook
        .sources
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// Salary ranges of one region and unit as horizontal bars on one scale.
#[component]
fn SalaryChart(title: String, figures: Vec<&'static Figure>) -> impl IntoView {
    view! { <figure class="chart" inner_html=salary::chart(&title, &figures)></figure> }
}

/// Each distinct item, in the order it first appears.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The outlook page.
#[component]
pub fn OutlookPage() -> impl IntoView {
    let ctx = use_ctx();
    let outlook = ctx.catalog.outlook();
    let sections = distinct(outlook.figures.iter().map(|f| f.region.as_str()))
        .into_iter()
        .map(|region| {
            let figures: Vec<&'static Figure> = outlook
                .figures
                .iter()
                .filter(|f| f.region == region)
                .collect();
            view! { <RegionSection region figures /> }
        })
        .collect_view();
    view! {
        <section class="page outlook">
            <PageHeading text="Career outlook".to_owned() />
            <p class="lede">
                "What the published roadmaps report about pay and demand. Each figure names the page it comes from and says only what that page supports. Pages differ in year, region and method, so each chart shows one source's figures and no two sources share a scale."
            </p>
            <IndiaTerms />
            {sections}
        </section>
    }
}

/// What LPA and CTC mean, for the figures quoted in Indian rupees.
#[component]
fn IndiaTerms() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="india-terms-title">
            <h2 id="india-terms-title">"Reading the India figures"</h2>
            <dl class="terms">
                <dt>"LPA (lakh per annum)"</dt>
                <dd>
                    "A yearly amount in lakh rupees; one lakh is 100,000 rupees, so 6 LPA is 600,000 rupees a year."
                </dd>
                <dt>"CTC (cost to company)"</dt>
                <dd>
                    "What a job costs the employer in a year: fixed pay plus variable pay and bonuses, the employer's provident fund share, gratuity and insurance. Take-home pay is lower: those parts, income tax and the employee's own provident fund share come off first."
                </dd>
            </dl>
            <p class="muted">
                "The pages below do not say whether their ranges are CTC or take-home pay."
            </p>
        </section>
    }
}

/// One region's figures: a salary chart per source and unit (where that source
/// gives more than one figure to compare), then every figure in a table.
/// Sources are never drawn on one scale: their methods and years differ.
#[component]
fn RegionSection(region: &'static str, figures: Vec<&'static Figure>) -> impl IntoView {
    let ctx = use_ctx();
    let outlook = ctx.catalog.outlook();
    let salaries = || figures.iter().filter(|f| f.kind == FigureKind::Salary);
    let groups = distinct(salaries().map(|f| f.source.as_str()))
        .into_iter()
        .flat_map(|source| {
            distinct(
                salaries()
                    .filter(|f| f.source == source)
                    .map(|f| f.unit.as_str()),
            )
            .into_iter()
            .map(move |unit| (source, unit))
        })
        .collect::<Vec<_>>();
    let charts = groups
        .into_iter()
        .map(|(source, unit)| {
            let group: Vec<&'static Figure> = salaries()
                .copied()
                .filter(|f| f.source == source && f.unit == unit)
                .collect();
            let title = format!(
                "{}: salary ranges in {region}, {unit}",
                source_name(outlook, source)
            );
            (group.len() > 1).then(|| view! { <SalaryChart title figures=group /> })
        })
        .collect_view();
    view! {
        <section class="card region" aria-label=format!("Figures for {region}")>
            <h2>{region}</h2>
            {charts}
            <FigureTable region figures />
        </section>
    }
}

/// Figures with their level, value, unit and source.
#[component]
fn FigureTable(region: &'static str, figures: Vec<&'static Figure>) -> impl IntoView {
    let ctx = use_ctx();
    let outlook = ctx.catalog.outlook();
    let rows = figures
        .into_iter()
        .map(|f| {
            let note = f.note.clone().map(|n| {
                view! {
                    <br />
                    <span class="muted">{n}</span>
                }
            });
            view! {
                <tr>
                    <th scope="row">{f.label.clone()}</th>
                    <td>{f.level.clone()}</td>
                    <td>{range(f)} " " <span class="muted">{f.unit.clone()}</span></td>
                    <td>
                        {source_name(outlook, &f.source)} ", "
                        {f.year.map_or_else(|| "undated".to_owned(), |y| y.to_string())} {note}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <WideTable
            label=format!("Figures for {region} as a table")
            columns=&["Figure", "Level", "Value", "Source"]
        >
            {rows}
        </WideTable>
    }
}
