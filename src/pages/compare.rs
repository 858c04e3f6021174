//! Compare plans: length, stages, topics and catalogue coverage side by side.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::web;

/// The comparison table and each plan's gaps.
#[component]
pub fn ComparePage() -> impl IntoView {
    let ctx = use_ctx();
    let catalog = ctx.catalog;
    let total = catalog.topics().len();
    let rows = catalog
        .plans()
        .iter()
        .map(|plan| {
            let covered = catalog.plan_topic_ids(plan).len();
            let weeks = plan.length().to_string();
            view! {
                <tr>
                    <th scope="row">{plan.title.clone()}<br/><span class="muted">{plan.source.name.clone()}</span></th>
                    <td>{weeks}</td>
                    <td>{plan.stages.len()}</td>
                    <td>{covered}</td>
                    <td>{format!("{}%", covered * 100 / total.max(1))}</td>
                </tr>
            }
        })
        .collect_view();
    let gaps = catalog
        .plans()
        .iter()
        .map(|plan| {
            let missing = catalog.topics_missing_from(plan);
            let count = missing.len();
            let items = missing
                .into_iter()
                .map(|t| view! { <li><a href=web::href(&format!("/topic/{}", t.id))>{t.title.clone()}</a></li> })
                .collect_view();
            view! {
                <details class="card gaps">
                    <summary>{format!("{}: leaves out {} of {} topics", plan.title, count, total)}</summary>
                    <ul class="columns">{items}</ul>
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="page compare">
            <PageHeading text="Compare plans".to_owned()/>
            <p class="lede">
                "Six plans over one catalogue of " {total} " topics. Progress belongs to topics, so a topic done in one plan is done in all of them."
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Plan comparison table">
                <table class="compare-table">
                    <caption>"Plans side by side"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Plan"</th>
                            <th scope="col">"Weeks"</th>
                            <th scope="col">"Stages"</th>
                            <th scope="col">"Topics"</th>
                            <th scope="col">"Catalogue covered"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"What each plan leaves out"</h2>
            {gaps}
        </section>
    }
}
