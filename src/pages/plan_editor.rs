//! One of the learner's plans in the editor: its name, its stages (renamed,
//! given weeks, moved, removed) and their topics (found in the catalogue,
//! written by the learner, moved, removed). Everything works from the
//! keyboard: after a change that redraws the list, focus goes where the
//! learner was working.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx};
use crate::components::missing::Missing;
use crate::components::page_heading::PageHeading;
use crate::own_plans::{
    add_item, add_stage, move_within, own_topic, parse_links, remove_stage, OwnPlan, PlanItem,
    MAX_TOPIC_HOURS,
};
use crate::router::use_router;
use crate::search::SearchIndex;
use crate::web;

/// The most catalogue topics a stage's search offers at once.
const MAX_RESULTS: usize = 6;

/// The plan named by the route's id.
#[component]
pub fn PlanEditorPage() -> impl IntoView {
    let ctx = use_ctx();
    let id = use_router().id;
    let exists = Memo::new(move |_| {
        ctx.with_progress(|p| p.plans.get(&id.get()).is_some_and(|plan| !plan.deleted))
    });
    move || {
        if exists.get() {
            view! { <Editor id=id.get_untracked() /> }.into_any()
        } else {
            view! { <Missing what="plan" /> }.into_any()
        }
    }
}

/// Where the editor's messages go.
#[derive(Clone, Copy)]
struct Editing {
    ctx: Ctx,
    id: StoredValue<String>,
    message: RwSignal<String>,
    /// The search index, built on first search.
    index: StoredValue<Option<SearchIndex<'static>>, LocalStorage>,
}

impl Editing {
    /// Applies a change, then moves focus to `focus` once the page has redrawn.
    fn change(&self, focus: Option<String>, change: impl FnOnce(&mut OwnPlan) -> bool) {
        let changed = self.id.with_value(|id| self.ctx.edit_plan(id, change));
        if changed {
            if let Some(target) = focus {
                request_animation_frame(move || focus_by_id(&target));
            }
        }
    }

    fn read<R>(&self, read: impl FnOnce(&OwnPlan) -> R) -> Option<R> {
        self.id
            .with_value(|id| self.ctx.with_progress(|p| p.plans.get(id).map(read)))
    }

    fn say(&self, text: impl Into<String>) {
        self.message.set(text.into());
    }

    /// Renames the plan or a stage; a blank name is refused.
    fn rename(&self, what: &str, name: &str, set: impl FnOnce(&mut OwnPlan, String)) {
        let name = name.trim().to_owned();
        if name.is_empty() {
            self.say(format!("A {what} needs a name; the old one is kept."));
        } else {
            self.change(None, |p| {
                set(p, name);
                true
            });
        }
    }
}

fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

#[component]
fn Editor(id: String) -> impl IntoView {
    let ctx = use_ctx();
    let router = use_router();
    let editing = Editing {
        ctx,
        id: StoredValue::new(id.clone()),
        message: RwSignal::new(String::new()),
        index: StoredValue::new_local(None),
    };
    let title = Memo::new(move |_| editing.read(|p| p.title.clone()).unwrap_or_default());
    // The list redraws only when stages or topics come, go or move, so that
    // renaming a stage keeps focus where the learner is.
    let shape = Memo::new(move |_| {
        editing
            .read(|p| {
                p.stages
                    .iter()
                    .map(|s| s.items.iter().map(|i| i.id().to_owned()).collect::<Vec<_>>())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let stages = move || {
        let count = shape.with(Vec::len);
        (0..count)
            .map(|index| view! { <StageEditor editing index count /> })
            .collect_view()
    };
    let open_timeline = move |_| {
        let id = editing.id.get_value();
        ctx.update(|p, now| p.update_settings(now, |s| s.plan = id));
        router.navigate(&web::href("/"));
    };
    let add = move |_| {
        let next = shape.with_untracked(Vec::len);
        editing.change(Some(format!("stage-{next}-title")), add_stage);
    };
    view! {
        <section class="page plan-editor">
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <a href=web::href("/plans")>"Your plans"</a>
            </nav>
            <PageHeading text=Signal::derive(move || format!("Edit {}", title.get())) />
            <p class="editor-message" role="status" aria-live="polite" id="editor-message">
                {move || editing.message.get()}
            </p>
            <PlanTitleField editing title />
            <ol class="stage-editors" on:click=move |ev| on_editor_click(editing, &ev)>
                {stages}
            </ol>
            <div class="button-row">
                <button type="button" class="button" id="add-stage" on:click=add>
                    "Add stage"
                </button>
                <button
                    type="button"
                    class="button primary"
                    id="open-timeline"
                    on:click=open_timeline
                >
                    "Use it: see the timeline"
                </button>
            </div>
        </section>
    }
}

/// One stage: its name and weeks, its topics, and the ways to add more.
#[component]
fn StageEditor(editing: Editing, index: usize, count: usize) -> impl IntoView {
    let n = index + 1;
    let title = Memo::new(move |_| {
        editing.read(|p| p.stages.get(index).map(|s| s.title.clone())).flatten().unwrap_or_default()
    });
    let items = editing
        .read(|p| p.stages.get(index).map(|s| s.items.clone()))
        .flatten()
        .unwrap_or_default();
    let item_count = items.len();
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(position, item)| view! { <ItemRow editing stage=index position count=item_count item /> })
        .collect_view();
    view! {
        <li class="stage-editor card">
            <h2 class="card-title">{move || format!("Stage {n}: {}", title.get())}</h2>
            <StageFields editing index title />
            <ol class="item-editors" aria-label=format!("Topics of stage {n}")>
                {rows}
            </ol>
            <TopicSearch editing stage=index />
            <OwnTopicForm editing stage=index />
            <StageButtons index count />
        </li>
    }
}

/// The plan's name.
#[component]
fn PlanTitleField(editing: Editing, title: Memo<String>) -> impl IntoView {
    view! {
        <label for="plan-title">"Plan name"</label>
        <input
            id="plan-title"
            type="text"
            maxlength="120"
            prop:value=move || title.get()
            on:change=move |ev| {
                editing.rename("plan", &event_target_value(&ev), |p, name| p.title = name)
            }
        />
    }
}

/// A stage's name and weeks.
#[component]
fn StageFields(editing: Editing, index: usize, title: Memo<String>) -> impl IntoView {
    let weeks = Memo::new(move |_| {
        editing.read(|p| p.stages.get(index).and_then(|s| s.weeks)).flatten()
    });
    view! {
        <div class="stage-fields">
            <label for=format!("stage-{index}-title")>"Stage name"</label>
            <input
                id=format!("stage-{index}-title")
                type="text"
                maxlength="120"
                prop:value=move || title.get()
                on:change=move |ev| {
                    editing
                        .rename(
                            "stage",
                            &event_target_value(&ev),
                            |p, name| p.stages[index].title = name,
                        )
                }
            />
            <label for=format!(
                "stage-{index}-weeks",
            )>"Weeks (leave empty to follow its hours)"</label>
            <input
                id=format!("stage-{index}-weeks")
                type="number"
                min="1"
                max="104"
                inputmode="numeric"
                prop:value=move || weeks.get().map(|w| w.to_string()).unwrap_or_default()
                on:change=move |ev| set_weeks(editing, index, &event_target_value(&ev))
            />
        </div>
    }
}

/// Moving and removing a stage (handled by [`on_editor_click`]).
#[component]
fn StageButtons(index: usize, count: usize) -> impl IntoView {
    let buttons = [
        ("up", "Move stage up", "button", index == 0),
        ("down", "Move stage down", "button", index + 1 == count),
        ("remove", "Remove stage", "button danger", count == 1),
    ];
    let buttons = buttons
        .into_iter()
        .map(|(act, label, class, disabled)| {
            view! {
                <button
                    type="button"
                    class=class
                    id=format!("stage-{index}-{act}")
                    disabled=disabled
                    data-act=format!("stage-{act}")
                    data-stage=index
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! { <div class="button-row">{buttons}</div> }
}

/// Every button of the stage list, one handler for all: each says what it
/// does in `data-act`, on which stage and topic in `data-stage` and `data-pos`.
fn on_editor_click(editing: Editing, ev: &leptos::ev::MouseEvent) {
    let Some(button) = web::action_target(ev) else {
        return;
    };
    let attr = |name: &str| button.get_attribute(name).unwrap_or_default();
    let stage = attr("data-stage").parse::<usize>().unwrap_or(0);
    let pos = attr("data-pos").parse::<usize>().unwrap_or(0);
    let stages = editing.read(|p| p.stages.len()).unwrap_or(0);
    let items = editing.read(|p| p.stages.get(stage).map_or(0, |s| s.items.len())).unwrap_or(0);
    match attr("data-act").as_str() {
        "stage-up" => move_stage(editing, stage, -1, stages),
        "stage-down" => move_stage(editing, stage, 1, stages),
        "stage-remove" => {
            let focus = if stage > 0 { format!("stage-{}-title", stage - 1) } else { "add-stage".to_owned() };
            editing.change(Some(focus), |p| remove_stage(p, stage));
            editing.say(format!("Stage {} removed.", stage + 1));
        }
        "item-up" => move_item(editing, stage, pos, -1, items),
        "item-down" => move_item(editing, stage, pos, 1, items),
        "item-remove" => {
            editing.change(Some(format!("stage-{stage}-search")), |p| p.stages[stage].items.len() > pos && {
                p.stages[stage].items.remove(pos);
                true
            });
            editing.say(format!("{} removed.", attr("data-title")));
        }
        "add" => add_topic(editing, stage, &attr("data-topic"), &attr("data-title")),
        _ => {}
    }
}

/// Where focus goes after something moved to `to`: the same button there,
/// unless it reached an end, where that button is disabled.
fn focus_after_move(prefix: &str, to: isize, delta: isize, count: usize, at_end: &str) -> String {
    let reached_end = if delta < 0 { to == 0 } else { to as usize + 1 == count };
    if reached_end {
        format!("{prefix}-{to}-{at_end}")
    } else {
        format!("{prefix}-{to}-{}", if delta < 0 { "up" } else { "down" })
    }
}

fn move_stage(editing: Editing, index: usize, delta: isize, count: usize) {
    let focus = focus_after_move("stage", index as isize + delta, delta, count, "title");
    editing.change(Some(focus), |p| move_within(&mut p.stages, index, delta));
}

fn move_item(editing: Editing, stage: usize, position: usize, delta: isize, count: usize) {
    let focus = focus_after_move(&format!("item-{stage}"), position as isize + delta, delta, count, "remove");
    editing.change(Some(focus), |p| move_within(&mut p.stages[stage].items, position, delta));
}

fn add_topic(editing: Editing, stage: usize, topic_id: &str, title: &str) {
    let mut refused = None;
    editing.change(Some(format!("stage-{stage}-search")), |p| match add_item(p, stage, PlanItem::Topic(topic_id.to_owned())) {
        Ok(()) => true,
        Err(why) => {
            refused = Some(why);
            false
        }
    });
    match refused {
        Some(why) => editing.say(why.message()),
        None => editing.say(format!("{title} added to stage {}.", stage + 1)),
    }
}

fn set_weeks(editing: Editing, index: usize, text: &str) {
    let text = text.trim();
    let weeks = if text.is_empty() { Some(None) } else { text.parse::<u16>().ok().filter(|w| (1..=104).contains(w)).map(Some) };
    match weeks {
        Some(weeks) => editing.change(None, |p| {
            p.stages[index].weeks = weeks;
            true
        }),
        None => editing.say("Give 1 to 104 weeks, or leave it empty to follow the stage's hours."),
    }
}

/// A topic in a stage, with buttons to move and remove it (handled by [`on_editor_click`]).
#[component]
fn ItemRow(editing: Editing, stage: usize, position: usize, count: usize, item: PlanItem) -> impl IntoView {
    let ctx = editing.ctx;
    let id = item.id().to_owned();
    let (title, kind) = match &item {
        PlanItem::Topic(id) => (ctx.catalog.catalog_topic(id).map_or_else(|| id.clone(), |t| t.title.clone()), ""),
        PlanItem::Own(own) => (own.title.clone(), " (your own)"),
    };
    let buttons = [
        ("up", "↑", "button", position == 0, format!("Move {title} up")),
        ("down", "↓", "button", position + 1 == count, format!("Move {title} down")),
        ("remove", "Remove", "button danger", false, format!("Remove {title}")),
    ];
    let buttons = buttons
        .into_iter()
        .map(|(act, text, class, disabled, label)| {
            view! {
                <button
                    type="button"
                    class=class
                    id=format!("item-{stage}-{position}-{act}")
                    disabled=disabled
                    data-act=format!("item-{act}")
                    data-stage=stage
                    data-pos=position
                    data-title=title.clone()
                    aria-label=label
                >
                    {text}
                </button>
            }
        })
        .collect_view();
    view! {
        <li class="item-editor">
            <a href=web::href(&format!("/topic/{id}"))>{title.clone()}</a>
            <span class="muted">{kind}</span>
            <span class="button-row small">{buttons}</span>
        </li>
    }
}

/// Finds catalogue topics to add to a stage.
#[component]
fn TopicSearch(editing: Editing, stage: usize) -> impl IntoView {
    let ctx = editing.ctx;
    let query = RwSignal::new(String::new());
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        let track = ctx.track();
        if editing.index.with_value(|i| i.as_ref().is_none_or(|i| i.track() != track)) {
            editing.index.set_value(Some(SearchIndex::new(ctx.catalog, track)));
        }
        editing.index.with_value(|i| {
            i.as_ref().map(|i| i.search(&q, MAX_RESULTS).into_iter().map(|h| h.topic_id).collect::<Vec<_>>()).unwrap_or_default()
        })
    });
    let results = move || {
        hits.get()
            .into_iter()
            .map(|topic_id| {
                let title = ctx.catalog.catalog_topic(topic_id).map(|t| t.title.clone()).unwrap_or_default();
                view! {
                    <li>
                        <button
                            type="button"
                            class="button"
                            data-act="add"
                            data-stage=stage
                            data-topic=topic_id
                            data-title=title.clone()
                            aria-label=format!("Add {title}")
                        >
                            "Add"
                        </button>
                        " "
                        {title.clone()}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="topic-search">
            <label for=format!("stage-{stage}-search")>"Find a catalogue topic to add"</label>
            <input
                id=format!("stage-{stage}-search")
                type="search"
                autocomplete="off"
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <ul class="plain-list search-hits" aria-label="Topics found">
                {results}
            </ul>
        </div>
    }
}

/// Adds a topic the catalogue does not have.
#[component]
fn OwnTopicForm(editing: Editing, stage: usize) -> impl IntoView {
    let ctx = editing.ctx;
    let field = move |name: &str| format!("stage-{stage}-own-{name}");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = web::field_value(&field("title"));
        if name.trim().is_empty() {
            editing.say("Give your topic a title.");
            return;
        }
        let hours_text = web::field_value(&field("hours"));
        let hours_value = match hours_text.trim() {
            "" => None,
            h => match h.parse::<u16>().ok().filter(|h| (1..=MAX_TOPIC_HOURS).contains(h)) {
                Some(h) => Some(h),
                None => {
                    editing.say(format!("Give 1 to {MAX_TOPIC_HOURS} hours, or leave it empty for 5."));
                    return;
                }
            },
        };
        let (good, bad) = parse_links(&web::field_value(&field("links")));
        if let Some(bad) = bad.first() {
            editing.say(format!("\"{bad}\" is not an https address."));
            return;
        }
        let mut added = false;
        editing.change(Some(format!("stage-{stage}-own-title")), |p| {
            let topic = own_topic(p, ctx.catalog, &name, &web::field_value(&field("note")), good, hours_value);
            added = add_item(p, stage, PlanItem::Own(topic)).is_ok();
            added
        });
        if added {
            editing.say(format!("{} added to stage {}.", name.trim(), stage + 1));
            web::clear_fields(&["title", "hours", "note", "links"].map(field));
        }
    };
    view! {
        <details class="own-topic-form">
            <summary>"Add a topic of your own"</summary>
            <form class="stack" on:submit=add>
                <label for=field("title")>"Title"</label>
                <input id=field("title") type="text" maxlength="120" />
                <label for=field("hours")>"Hours (empty: 5)"</label>
                <input id=field("hours") type="number" min="1" max="200" inputmode="numeric" />
                <label for=field("note")>"Note"</label>
                <textarea id=field("note") rows="2"></textarea>
                <label for=field("links")>"Links, one per line (https)"</label>
                <textarea id=field("links") rows="2"></textarea>
                <button type="submit" class="button" id=field("add")>
                    "Add your topic"
                </button>
            </form>
        </details>
    }
}
