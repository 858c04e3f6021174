//! A plan someone shared by link: shown read-only, and added to the learner's
//! own plans only when they ask. Their progress is never touched.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::own_plans::{OwnStage, new_plan_id, plan_link_bytes, read_plan_link, OwnPlan, PlanItem, PlanLinkError};
use crate::web;

/// What the link held, once read.
#[derive(Clone, PartialEq)]
enum Reading {
    /// Still decompressing.
    Pending,
    /// A plan, not yet the learner's.
    Plan(OwnPlan),
    /// Why it could not be read.
    Failed(String),
}

/// The plan-link page.
#[component]
pub fn PlanLinkPage() -> impl IntoView {
    let reading = RwSignal::new(Reading::Pending);
    // The build renders the page with no link to read.
    #[cfg(target_arch = "wasm32")]
    {
        let catalog = use_ctx().catalog;
        let load = move || {
            let hash = window().location().hash().unwrap_or_default();
            reading.set(Reading::Pending);
            leptos::task::spawn_local(async move {
                reading.set(read(catalog, hash.trim_start_matches('#')).await);
            });
        };
        load();
        // Another link pasted into the same tab changes only the fragment.
        web::on_window(leptos::ev::hashchange, move |_| load());
    }
    let body = move || match reading.get() {
        Reading::Pending => view! { <p class="muted">"Reading the plan…"</p> }.into_any(),
        Reading::Failed(why) => view! {
            <p class="message error" id="plan-link-error">
                {why}
            </p>
        }.into_any(),
        Reading::Plan(plan) => view! { <SharedPlan plan /> }.into_any(),
    };
    view! {
        <section class="page plan-link">
            <PageHeading text="A shared plan".to_owned() />
            <p class="lede">
                "Someone shared a plan with you. Look through it here; adding it copies it to your plans and changes none of your progress."
            </p>
            {body}
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
async fn read(catalog: &'static crate::content::Catalog, fragment: &str) -> Reading {
    let damaged = || Reading::Failed(PlanLinkError::Damaged.to_string());
    let Ok(bytes) = plan_link_bytes(fragment) else {
        return damaged();
    };
    let Some(text) = web::inflate(&bytes).await else {
        return damaged();
    };
    match read_plan_link(&text, catalog, "own-link", web::now_ms()) {
        Ok(plan) => Reading::Plan(plan),
        Err(e) => Reading::Failed(e.to_string()),
    }
}

/// The plan, read-only, with the button that adds it.
#[component]
fn SharedPlan(plan: OwnPlan) -> impl IntoView {
    let ctx = use_ctx();
    let added = RwSignal::new(None::<String>);
    let stages = plan.stages.iter().map(|stage| view! { <SharedStage stage=stage.clone() /> }).collect_view();
    let title = plan.title.clone();
    let add = move |_| {
        let mut id = String::new();
        ctx.update(|p, now| {
            id = new_plan_id(now, |id| p.plans.contains_key(id));
            p.plans.insert(id.clone(), OwnPlan { id: id.clone(), at: now, ..plan.clone() });
        });
        added.set(Some(id));
    };
    view! {
        <article class="card">
            <h2 id="shared-plan-title">{title}</h2>
            <ol class="shared-stages">{stages}</ol>
            <div role="status" aria-live="polite">
                {move || {
                    added
                        .get()
                        .map(|id| {
                            view! {
                                <p class="message ok" id="plan-link-added">
                                    "Added to your plans. "
                                    <a href=web::href(&format!("/plans/{id}"))>"Edit it"</a>
                                    " or find it under "
                                    <a href=web::href("/plans")>"Your plans"</a>
                                    "."
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                let add = add.clone();
                added
                    .with(Option::is_none)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button primary"
                                id="add-shared-plan"
                                on:click=add
                            >
                                "Add to my plans"
                            </button>
                        }
                    })
            }}
        </article>
    }
}

/// One stage of a shared plan: its title, weeks and topics.
#[component]
fn SharedStage(stage: OwnStage) -> impl IntoView {
    let catalog = use_ctx().catalog;
    let items = stage
        .items
        .iter()
        .map(|item| match item {
            PlanItem::Topic(id) => {
                let title = catalog.catalog_topic(id).map_or_else(|| id.clone(), |t| t.title.clone());
                view! {
                    <li>
                        <a href=web::href(&format!("/topic/{id}"))>{title}</a>
                    </li>
                }
                .into_any()
            }
            PlanItem::Own(own) => view! {
                <li>
                    {own.title.clone()} <span class="muted">" (their own topic) "</span>
                    {own.note.clone()}
                </li>
            }
            .into_any(),
        })
        .collect_view();
    let weeks = stage.weeks.map(|w| format!(" · {w} weeks")).unwrap_or_default();
    view! {
        <li>
            <h3>{format!("{}{weeks}", stage.title)}</h3>
            <ul class="plain-list">{items}</ul>
        </li>
    }
}
