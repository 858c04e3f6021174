//! Compare plans: length, stages, topics and catalog coverage side by side.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::wide_table::WideTable;
use crate::content::Plan;
use crate::pages::plan_estimate_text;
use crate::web;

/// The comparison table and each plan's gaps.
#[component]
pub fn ComparePage() -> impl IntoView {
    let ctx = use_ctx();
    let plans = ctx.catalog.plans();
    let lede = format!(
        "{} plans over one catalog of {} topics. ",
        plans.len(),
        ctx.catalog.topics().len()
    );
    // The learner's own plans come after the published ones, and follow their edits.
    let gaps = move || {
        plans
            .iter()
            .chain(ctx.own_plans())
            .map(|plan| view! { <PlanGaps plan /> })
            .collect_view()
    };
    view! {
        <section class="page compare">
            <PageHeading text="Compare plans".to_owned() />
            <p class="lede">
                {lede}
                "Progress belongs to topics, so a topic done in one plan is done in all of them."
            </p>
            <CompareTable />
            <CoverageMap />
            <h2>"What each plan leaves out"</h2>
            {gaps}
        </section>
    }
}

/// Every plan's length, stages, topics and coverage.
#[component]
fn CompareTable() -> impl IntoView {
    let ctx = use_ctx();
    let catalog = ctx.catalog;
    let rows = move || {
        catalog
        .plans()
        .iter()
        .chain(ctx.own_plans())
        .map(|plan| {
            let covered = catalog.plan_topic_ids(plan).len();
            let percent = catalog.coverage_percent(plan);
            view! {
                <tr>
                    <th scope="row">
                        {plan.title.clone()}<br />
                        <span class="muted">{plan.source.name.clone()}</span>
                    </th>
                    <td>{plan.length().to_string()}</td>
                    <td>{plan_estimate_text(catalog, plan)}</td>
                    <td>{plan.stages.len()}</td>
                    <td>{covered}</td>
                    <td>{format!("{percent}%")}</td>
                </tr>
            }
        })
        .collect_view()
    };
    view! {
        <WideTable
            label="Plan comparison table"
            caption="Plans side by side"
            class="compare-table"
            columns=&[
                "Plan",
                "Weeks as published",
                "Our estimate from hours",
                "Stages",
                "Topics",
                "Catalog covered",
            ]
        >
            {rows}
        </WideTable>
    }
}

/// The catalog topics a plan leaves out, folded.
#[component]
fn PlanGaps(plan: &'static Plan) -> impl IntoView {
    let catalog = use_ctx().catalog;
    let missing = catalog.topics_missing_from(plan);
    let summary = format!(
        "{}: leaves out {} of {} topics",
        plan.title,
        missing.len(),
        catalog.topics().len()
    );
    let items = missing
        .into_iter()
        .map(|t| {
            view! {
                <li>
                    <a href=web::href(&format!("/topic/{}", t.id))>{t.title.clone()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="card gaps">
            <summary>{summary}</summary>
            <ul class="columns">{items}</ul>
        </details>
    }
}

/// The catalog as one picture: how many published plans include each topic.
#[component]
fn CoverageMap() -> impl IntoView {
    let catalog = use_ctx().catalog;
    view! {
        <section
            class="card coverage-card"
            aria-labelledby="coverage-heading"
            inner_html=crate::graphics::coverage::card(catalog)
        ></section>
    }
}
