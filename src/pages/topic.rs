//! A topic: summary, why, concepts, resources, plans that include it, status and note.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::app::use_ctx;
use crate::components::check_item::CheckItem;
use crate::components::page_heading::PageHeading;
use crate::components::status_control::StatusControl;
use crate::content::{concept_check_id, ResourceKind, Topic};
use crate::pages::not_found::Missing;
use crate::web;

/// The topic named by the `:id` route parameter (old ids follow their aliases).
#[component]
pub fn TopicPage() -> impl IntoView {
    let ctx = use_ctx();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match ctx.catalog.topic(&id.get()) {
        Some(topic) => view! { <TopicView topic/> }.into_any(),
        None => view! { <Missing what="topic".to_owned()/> }.into_any(),
    }
}

#[component]
fn TopicView(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let track = Memo::new(move |_| ctx.track());
    let title = Memo::new(move |_| topic.title_for(track.get()).to_owned());
    let plan = ctx.plan();
    let stage_link = ctx.catalog.stage_of(plan, &topic.id).map(|(i, stage)| {
        view! {
            <a href=web::href(&format!("/stage/{}", stage.id))>{format!("Stage {}: {}", i + 1, stage.title)}</a>
        }
    });
    let including = ctx.catalog.plans_including(&topic.id);
    let plan_count = ctx.catalog.plans().len();
    let included = including
        .iter()
        .map(|p| {
            let stage = ctx.catalog.stage_of(p, &topic.id).map(|(_, s)| s);
            view! {
                <li>
                    {match stage {
                        Some(s) => view! { <a href=web::href(&format!("/stage/{}", s.id))>{p.title.clone()}</a> " (" {s.title.clone()} ")" }.into_any(),
                        None => view! { {p.title.clone()} }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();
    let included_text = format!("Included in {} of {} plans", including.len(), plan_count);
    let concepts = move || {
        let track = track.get();
        topic
            .concepts_for(track)
            .iter()
            .map(|c| view! { <CheckItem id=concept_check_id(&topic.id, c) text=c.clone()/> })
            .collect_view()
    };
    let resources = move || {
        let all = topic.resources_for(track.get());
        ResourceKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let group: Vec<_> = all.iter().filter(|r| r.kind == kind).collect();
                (!group.is_empty()).then(|| {
                    let items = group
                        .into_iter()
                        .map(|r| {
                            view! {
                                <li>
                                    <a href=r.url.clone() rel="external noopener" target="_blank">{r.title.clone()}<span class="visually-hidden">" (opens in a new tab)"</span></a>
                                    " "
                                    <span class=if r.free { "tag free" } else { "tag paid" }>{if r.free { "Free" } else { "Paid" }}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{kind.heading()}</h3>
                        <ul class="resource-list">{items}</ul>
                    }
                })
            })
            .collect_view()
    };
    let note = Memo::new(move |_| ctx.with_progress(|p| p.note(&topic.id).to_owned()));
    let status = Memo::new(move |_| ctx.with_progress(|p| p.status(&topic.id)));
    let track_note = topic.has_tracks().then(|| {
        view! {
            <p class="track-note">
                {move || format!("Shown for the {} track.", track.get().label())}
            </p>
        }
    });
    view! {
        <article class="page topic">
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <a href=web::href("/")>{plan.title.clone()}</a>
                {stage_link.map(|l| view! { " › " {l} })}
            </nav>
            <PageHeading text=title/>
            {track_note}
            <div class="topic-status card">
                <h2 class="card-title">"Your status"</h2>
                <StatusControl topic_id=topic.id.clone() topic_title=title current=status/>
            </div>
            <p class="lede">{move || topic.summary_for(track.get()).to_owned()}</p>
            <section class="card why" aria-labelledby="why-title">
                <h2 id="why-title">"Why it matters"</h2>
                <p>{topic.why.clone()}</p>
                <p class="topic-facts">
                    <span>{format!("About {} hours", topic.hours)}</span>
                    " · "
                    <span>{included_text}</span>
                </p>
            </section>
            <section class="card" aria-labelledby="concepts-title">
                <h2 id="concepts-title">"Key concepts"</h2>
                <ul class="checklist">{concepts}</ul>
            </section>
            <section class="card" aria-labelledby="resources-title">
                <h2 id="resources-title">"Resources"</h2>
                {resources}
            </section>
            <section class="card" aria-labelledby="plans-title">
                <h2 id="plans-title">"Plans that include it"</h2>
                <ul class="plain-list">{included}</ul>
            </section>
            <section class="card" aria-labelledby="note-title">
                <h2 id="note-title"><label for="topic-note">"Your note"</label></h2>
                <p class="hint" id="note-hint">"Plain text, saved as you type, kept only in this browser."</p>
                <textarea
                    id="topic-note"
                    rows="6"
                    aria-describedby="note-hint"
                    prop:value=move || note.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        ctx.update(|p, now| {
                            p.set_note(&topic.id, &text, now);
                        });
                    }
                ></textarea>
            </section>
        </article>
    }
}
