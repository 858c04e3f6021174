//! The learner's own plans: create one (empty or as a copy), import a plan
//! file, and per plan use, edit, export, share by link or delete (with undo).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::{use_ctx, Ctx};
use crate::components::page_heading::PageHeading;
use crate::own_plans::{
    decode_plan_file, encode_plan_file, new_plan, new_plan_id, plan_link_fragment,
    plan_link_text, OwnPlan, PlanFileError, UnknownTopics, MAX_PLAN_FILE_BYTES, MAX_PLAN_LINK,
};
use crate::router::{use_router, Router};
use crate::web;

/// What the last action on the page came to.
#[derive(Clone, PartialEq)]
enum Outcome {
    /// It worked.
    Done(String),
    /// It did not; each line is one problem.
    Failed(String, Vec<String>),
}

/// The page's shared state: the last outcome, the plan a deletion can bring
/// back, and the last share link made.
#[derive(Clone, Copy)]
struct PageState {
    outcome: RwSignal<Option<Outcome>>,
    deleted: RwSignal<Option<OwnPlan>>,
    link: RwSignal<Option<(String, String)>>,
}

/// The plans page.
#[component]
pub fn PlansPage() -> impl IntoView {
    let ctx = use_ctx();
    let state = PageState {
        outcome: RwSignal::new(None),
        deleted: RwSignal::new(None),
        link: RwSignal::new(None),
    };
    let undo_delete = move |_| {
        if let Some(plan) = state.deleted.get_untracked() {
            ctx.update(|p, now| {
                p.plans.insert(plan.id.clone(), OwnPlan { deleted: false, at: now, ..plan.clone() });
            });
            state.deleted.set(None);
            state.outcome.set(Some(Outcome::Done(format!("{} is back.", plan.title))));
        }
    };
    view! {
        <section class="page plans">
            <PageHeading text="Your plans".to_owned() />
            <p class="lede">
                "Shape a plan of your own from the catalogue and topics you add yourself. It stays in this browser with your progress; a topic you finish is finished in every plan."
            </p>
            <div class="data-message" role="status" aria-live="polite">
                {move || state.outcome.get().map(outcome_view)}
                {move || {
                    state
                        .deleted
                        .with(Option::is_some)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    id="undo-delete"
                                    on:click=undo_delete
                                >
                                    "Undo"
                                </button>
                            }
                        })
                }}
            </div>
            <PlanList state />
            <NewPlanCard />
            <ImportPlanCard state />
        </section>
    }
}

fn outcome_view(outcome: Outcome) -> impl IntoView {
    match outcome {
        Outcome::Done(text) => view! {
            <p class="message ok" id="plans-message">
                {text}
            </p>
        }.into_any(),
        Outcome::Failed(text, problems) => view! {
            <div class="message error" id="plans-message">
                <p>{text}</p>
                <ul id="plan-file-errors">
                    {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
    }
}

/// The learner's plans, each with what can be done with it.
#[component]
fn PlanList(state: PageState) -> impl IntoView {
    let ctx = use_ctx();
    let router = use_router();
    let plans = move || {
        let plans = ctx.own_plans();
        if plans.is_empty() {
            return view! {
                <p class="muted" id="no-plans">
                    "You have no plans of your own yet."
                </p>
            }.into_any();
        }
        let items = plans
            .into_iter()
            .map(|plan| {
                let topics: usize = plan.stages.iter().map(|s| s.topics.len()).sum();
                let facts = format!("{} · {}", stages_text(plan.stages.len()), crate::pages::topics_text(topics));
                let id = plan.id.clone();
                view! {
                    <li class="own-plan">
                        <h3>{plan.title.clone()}</h3>
                        <p class="muted">{facts}</p>
                        <PlanActions id />
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul
                class="plain-list own-plans"
                on:click=move |ev| on_plan_click(ctx, router, state, &ev)
            >
                {items}
            </ul>
        }
        .into_any()
    };
    let link = move || {
        state.link.get().map(|(title, url)| {
            view! {
                <p>
                    <label for="plan-link">
                        {format!("Link to {title} (read-only for whoever opens it)")}
                    </label>
                    <input id="plan-link" type="text" readonly value=url class="share-url" />
                </p>
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="own-plans-title">
            <h2 id="own-plans-title">"Your plans"</h2>
            {plans}
            {link}
        </section>
    }
}

/// Use, edit, export, share, delete: the buttons of one plan (handled by [`on_plan_click`]).
#[component]
fn PlanActions(id: String) -> impl IntoView {
    let edit_href = web::href(&format!("/plans/{id}"));
    view! {
        <div class="button-row">
            <button type="button" class="button" data-act="use" data-plan=id.clone()>
                "Use this plan"
            </button>
            <a class="button" href=edit_href>
                "Edit"
            </a>
            <button type="button" class="button" data-act="export" data-plan=id.clone()>
                "Export file"
            </button>
            <button type="button" class="button" data-act="share" data-plan=id.clone()>
                "Share link"
            </button>
            <button type="button" class="button danger" data-act="delete" data-plan=id>
                "Delete"
            </button>
        </div>
    }
}

/// Every plan's buttons, one handler for all: `data-act` says what, `data-plan` on which plan.
fn on_plan_click(ctx: Ctx, router: Router, state: PageState, ev: &leptos::ev::MouseEvent) {
    let Some(button) = web::action_target(ev) else {
        return;
    };
    let id = button.get_attribute("data-plan").unwrap_or_default();
    let Some(plan) = ctx.with_progress_untracked(|p| p.plans.get(&id).cloned()) else {
        return;
    };
    match button.get_attribute("data-act").as_deref() {
        Some("use") => {
            ctx.update(|p, now| p.update_settings(now, |s| s.plan = id));
            router.navigate(&web::href("/"));
        }
        Some("export") => {
            let name = format!("{}.plan.json", file_stem(&plan.title));
            match web::download(&name, "application/json", &encode_plan_file(&plan)) {
                Ok(()) => state.outcome.set(Some(Outcome::Done(format!("Exported {} as {name}.", plan.title)))),
                Err(e) => state.outcome.set(Some(Outcome::Failed(e, Vec::new()))),
            }
        }
        Some("share") => leptos::task::spawn_local(make_link(plan, state)),
        Some("delete") => {
            ctx.update(|p, now| {
                p.plans.insert(id, OwnPlan { deleted: true, at: now, ..plan.clone() });
            });
            state.link.set(None);
            state.outcome.set(Some(Outcome::Done(format!("Deleted {}.", plan.title))));
            state.deleted.set(Some(plan));
        }
        _ => {}
    }
}

/// Compresses a plan into a link, or says to share the file when it is too long.
async fn make_link(plan: OwnPlan, state: PageState) {
    let Some(bytes) = web::deflate(&plan_link_text(&plan)).await else {
        state.outcome.set(Some(Outcome::Failed("This browser cannot compress the plan into a link; share the plan file instead.".to_owned(), Vec::new())));
        return;
    };
    match plan_link_fragment(&bytes) {
        Some(fragment) => {
            let url = format!("{}{}#{fragment}", web::origin(), web::href("/plan-link"));
            state.link.set(Some((plan.title.clone(), url)));
            state.outcome.set(Some(Outcome::Done(format!("The link to {} is below: copy it and send it.", plan.title))));
        }
        None => {
            state.link.set(None);
            state.outcome.set(Some(Outcome::Failed(format!(
                "{} is too large for a link (over {} KB compressed). Use Export file and send the file instead.",
                plan.title,
                MAX_PLAN_LINK / 1024
            ), Vec::new())));
        }
    }
}

/// A file name from a title: lowercase words joined by hyphens.
/// Unlike `content::slug`, a file name keeps letters beyond ASCII.
fn file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() { "plan".to_owned() } else { words.join("-") }
}

fn stages_text(n: usize) -> String {
    if n == 1 { "1 stage".to_owned() } else { format!("{n} stages") }
}

/// A new plan: a name, and what to start from.
#[component]
fn NewPlanCard() -> impl IntoView {
    let ctx = use_ctx();
    let router = use_router();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = web::field_value("new-plan-title");
        let name = if name.trim().is_empty() { "My plan".to_owned() } else { name };
        let source = web::field_value("new-plan-from");
        let mut id = String::new();
        ctx.update(|p, now| {
            id = new_plan_id(now, |id| p.plans.contains_key(id));
            let own_source = p.plans.get(&source).cloned();
            let plan = new_plan(id.clone(), &name, ctx.catalog.plan(&source), own_source.as_ref(), now);
            p.plans.insert(id.clone(), plan);
        });
        router.navigate(&web::href(&format!("/plans/{id}")));
    };
    let options = move || {
        ctx.catalog
            .plans()
            .iter()
            .chain(ctx.own_plans())
            .map(|plan| view! { <option value=plan.id.clone()>{format!("A copy of {}", plan.title)}</option> })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="new-plan-title-heading">
            <h2 id="new-plan-title-heading">"New plan"</h2>
            <form class="stack" on:submit=create>
                <label for="new-plan-title">"Name"</label>
                <input id="new-plan-title" type="text" maxlength="120" placeholder="My plan" />
                <label for="new-plan-from">"Start from"</label>
                <select id="new-plan-from">
                    <option value="">"An empty plan"</option>
                    {options}
                </select>
                <button type="submit" class="button primary" id="create-plan">
                    "Create plan"
                </button>
            </form>
        </section>
    }
}

/// Reads a plan file; any problem refuses it whole and lists every problem.
#[component]
fn ImportPlanCard(state: PageState) -> impl IntoView {
    let ctx = use_ctx();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        let unknown = if web::is_checked("keep-unknown") { UnknownTopics::KeepAsOwn } else { UnknownTopics::Report };
        let size = file.size() as usize;
        if size > MAX_PLAN_FILE_BYTES {
            refuse(state, &name, vec![PlanFileError::TooLarge(size)]);
            return;
        }
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            let Some(text) = text else {
                state.outcome.set(Some(Outcome::Failed(format!("{name} could not be read. Nothing was changed."), Vec::new())));
                return;
            };
            import_plan(ctx, state, &name, &text, unknown);
        });
    };
    view! {
        <section class="card" aria-labelledby="import-plan-title">
            <h2 id="import-plan-title">"Import a plan file"</h2>
            <p>
                "A plan file holds one plan (JSON, at most 256 KB). Every problem in it is listed, and a file with any problem changes nothing."
            </p>
            <p>
                <input type="checkbox" id="keep-unknown" />
                <label for="keep-unknown">
                    " Keep topics this app does not know as topics of your own"
                </label>
            </p>
            <label class="file-label" for="import-plan-file">
                "Plan file"
            </label>
            <input
                type="file"
                id="import-plan-file"
                accept="application/json,.json"
                on:change=on_file
            />
        </section>
    }
}

fn refuse(state: PageState, name: &str, problems: Vec<PlanFileError>) {
    state.outcome.set(Some(Outcome::Failed(
        format!("{name} was not imported. Nothing was changed."),
        problems.iter().map(ToString::to_string).collect(),
    )));
}

/// Adds the plan in `text` to the learner's plans, or refuses it.
fn import_plan(ctx: Ctx, state: PageState, name: &str, text: &str, unknown: UnknownTopics) {
    let mut result = Ok(String::new());
    ctx.update(|p, now| {
        let id = new_plan_id(now, |id| p.plans.contains_key(id));
        result = decode_plan_file(text, ctx.catalog, unknown, &id, now).map(|plan| {
            let title = plan.title.clone();
            p.plans.insert(id, plan);
            title
        });
    });
    match result {
        Ok(title) => state.outcome.set(Some(Outcome::Done(format!("Imported {title} from {name}.")))),
        Err(problems) => refuse(state, name, problems),
    }
}
