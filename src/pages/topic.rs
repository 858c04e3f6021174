//! A topic: summary, why, concepts, resources, plans that include it, status and note.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::check_item::CheckItem;
use crate::components::missing::Missing;
use crate::components::page_heading::PageHeading;
use crate::components::status_control::StatusControl;
use crate::components::flashcard::Flashcard;
use crate::startup::Later;
use crate::content::{concept_check_id, Question, Resource, ResourceKind, Topic, Track};
use crate::web;

/// The topic named by the `:id` route parameter (old ids follow their aliases).
#[component]
pub fn TopicPage() -> impl IntoView {
    let ctx = use_ctx();
    let id = crate::router::use_router().id;
    move || match ctx.topic(&id.get()) {
        Some(topic) if ctx.catalog.catalog_topic(&topic.id).is_none() => {
            view! { <OwnTopicView topic /> }.into_any()
        }
        Some(topic) => view! { <TopicView topic /> }.into_any(),
        None => view! { <Missing what="topic" /> }.into_any(),
    }
}

/// A topic's page, in the learner's language track.
#[component]
fn TopicView(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let track = Memo::new(move |_| ctx.track());
    let title = Memo::new(move |_| topic.title_for(track.get()).to_owned());
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
            <TopicBreadcrumb topic />
            <PageHeading text=title />
            {track_note}
            <div class="topic-status card">
                <h2 class="card-title">"Your status"</h2>
                <StatusControl topic_id=topic.id.clone() topic_title=title current=status />
            </div>
            <p class="lede">{move || topic.summary_for(track.get()).to_owned()}</p>
            <WhyCard topic />
            <LinksCard topic />
            <Later>
                <ConceptsCard topic track />
                <ResourcesCard topic track />
            </Later>
            <Later>
                <CheckYourself topic />
                <PlansCard topic />
                <NoteCard topic />
            </Later>
        </article>
    }
}

/// A topic of the learner's own: their note, links and hours, status and note.
#[component]
fn OwnTopicView(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let status = Memo::new(move |_| ctx.with_progress(|p| p.status(&topic.id)));
    let title = Signal::derive(move || topic.title.clone());
    let links = (!topic.resources.is_empty()).then(|| {
        let resources = topic.resources.iter().collect::<Vec<_>>();
        view! {
            <section class="card" aria-labelledby="resources-title">
                <h2 id="resources-title">"Links"</h2>
                <ResourceGroupList resources />
            </section>
        }
    });
    view! {
        <article class="page topic">
            <TopicBreadcrumb topic />
            <PageHeading text=title />
            <p class="track-note">
                {format!("A topic of your own · about {} hours · ", topic.hours)}
                <a href=web::href("/plans")>"Edit it under Your plans"</a>
            </p>
            <div class="topic-status card">
                <h2 class="card-title">"Your status"</h2>
                <StatusControl topic_id=topic.id.clone() topic_title=title current=status />
            </div>
            <p class="lede">{topic.summary.clone()}</p>
            {links}
            <NoteCard topic />
        </article>
    }
}

/// The selected plan, and the topic's stage in it.
#[component]
fn TopicBreadcrumb(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let stage = move || {
        ctx.catalog
            .stage_of(ctx.plan(), &topic.id)
            .map(|(i, stage)| {
                let text = format!("Stage {}: {}", i + 1, stage.title);
                view! {
                    " › "
                    <a href=web::href(&format!("/stage/{}", stage.id))>{text}</a>
                }
            })
    };
    view! {
        <nav aria-label="Breadcrumb" class="breadcrumb">
            <a href=web::href("/")>{move || ctx.plan().title.clone()}</a>
            {stage}
        </nav>
    }
}

/// Why the topic matters, its hours, and how many plans include it.
#[component]
fn WhyCard(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let included = format!(
        "Included in {} of {} plans",
        ctx.catalog.plans_including(&topic.id).len(),
        ctx.catalog.plans().len()
    );
    view! {
        <section class="card why" aria-labelledby="why-title">
            <h2 id="why-title">"Why it matters"</h2>
            <p>{topic.why.clone()}</p>
            <p class="topic-facts">
                <span>{format!("About {} hours", topic.hours)}</span>
                " · "
                <span>{topic.difficulty.label()}</span>
                " · "
                <span>{included}</span>
            </p>
        </section>
    }
}

/// The topics this one builds on and the topics that build on it, each with
/// the learner's status, so the learner sees what to study first.
#[component]
fn LinksCard(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let before = ctx.catalog.prerequisites_of(topic);
    let after = ctx.catalog.dependents_of(&topic.id);
    if before.is_empty() && after.is_empty() {
        return None;
    }
    let items = move |topics: Vec<&'static Topic>| {
        topics
            .into_iter()
            .map(|t| {
                let status = move || ctx.with_progress(|p| p.status(&t.id)).label();
                view! {
                    <li>
                        <a href=web::href(&format!("/topic/{}", t.id))>{t.title.clone()}</a>
                        " "
                        <span class="muted">"(" {status} ")"</span>
                    </li>
                }
            })
            .collect_view()
    };
    let before = (!before.is_empty()).then(|| {
        view! {
            <h3>"Builds on"</h3>
            <ul class="plain-list">{items(before)}</ul>
        }
    });
    // What builds on a central topic can run long: folded, so the concepts stay near.
    let after = (!after.is_empty()).then(|| {
        let summary = match after.len() {
            1 => "Leads to 1 topic".to_owned(),
            n => format!("Leads to {n} topics"),
        };
        view! {
            <details class="leads-to">
                <summary>{summary}</summary>
                <ul class="plain-list">{items(after)}</ul>
            </details>
        }
    });
    Some(view! {
        <section class="card" aria-labelledby="links-title">
            <h2 id="links-title">"Where it fits"</h2>
            {before}
            {after}
        </section>
    })
}

/// The key concepts of the learner's track, each tickable.
#[component]
fn ConceptsCard(topic: &'static Topic, track: Memo<Track>) -> impl IntoView {
    let concepts = move || {
        topic
            .concepts_for(track.get())
            .iter()
            .map(|c| view! { <CheckItem id=concept_check_id(&topic.id, c) text=c.clone() /> })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="concepts-title">
            <h2 id="concepts-title">"Key concepts"</h2>
            <ul class="checklist">{concepts}</ul>
        </section>
    }
}

/// The resources of the learner's track, grouped by kind.
#[component]
fn ResourcesCard(topic: &'static Topic, track: Memo<Track>) -> impl IntoView {
    let groups = move || {
        topic
            .resources_by_kind(track.get())
            .into_iter()
            .map(|(kind, resources)| view! { <ResourceGroup kind resources /> })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="resources-title">
            <h2 id="resources-title">"Resources"</h2>
            {groups}
        </section>
    }
}

/// Resources of one kind under its heading.
#[component]
fn ResourceGroup(kind: ResourceKind, resources: Vec<&'static Resource>) -> impl IntoView {
    view! {
        <h3>{kind.heading()}</h3>
        <ResourceGroupList resources />
    }
}

/// Links with their cost.
#[component]
fn ResourceGroupList(resources: Vec<&'static Resource>) -> impl IntoView {
    let items = resources
        .into_iter()
        .map(|r| {
            let (class, cost) = if r.free {
                ("tag free", "Free")
            } else {
                ("tag paid", "Paid")
            };
            view! {
                <li>
                    <a href=r.url.clone() rel="external noopener" target="_blank">
                        {r.title.clone()}
                        <span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                    " "
                    <span class=class>{cost}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="resource-list">{items}</ul> }
}

/// The topic's self-check questions; a rating schedules the question for review.
#[component]
fn CheckYourself(topic: &'static Topic) -> impl IntoView {
    if topic.questions.is_empty() {
        return None;
    }
    let items = topic
        .questions
        .iter()
        .map(|question| view! {
            <li>
                <TopicQuestion question />
            </li>
        })
        .collect_view();
    Some(view! {
        <section class="card check-yourself" aria-labelledby="check-title">
            <h2 id="check-title">"Check yourself"</h2>
            <p class="hint">
                "Answer in your head, then show the model answer and rate how well you knew it: "
                <kbd>"Space"</kbd> " shows the answer, " <kbd>"1"</kbd> " to " <kbd>"4"</kbd>
                " rate it. Rated questions come back on the "
                <a href=web::href("/review")>"Review"</a> " page when they are due."
            </p>
            <ol class="question-list">{items}</ol>
        </section>
    })
}

/// One question on the topic page and when it comes back.
#[component]
fn TopicQuestion(question: &'static Question) -> impl IntoView {
    let ctx = use_ctx();
    let revealed = RwSignal::new(false);
    let on_rate = Callback::new(move |rating| {
        ctx.update(|p, now| p.record_review(&question.id, rating, now));
        revealed.set(false);
    });
    let next = move || {
        ctx.with_progress(|p| {
            p.card(&question.id).map(|c| {
                if c.due <= web::now_ms() {
                    "Due for review now".to_owned()
                } else {
                    format!("Next review: {}", web::local_date(c.due))
                }
            })
        })
    };
    view! {
        <Flashcard question revealed on_rate own_keys=true />
        <p class="muted next-review" aria-live="polite">
            {next}
        </p>
    }
}

/// Every plan that includes the topic, linking to its stage there.
#[component]
fn PlansCard(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let items = ctx
        .catalog
        .plans_including(&topic.id)
        .into_iter()
        .map(|plan| {
            let item = match ctx.catalog.stage_of(plan, &topic.id) {
                Some((_, stage)) => view! {
                    <a href=web::href(&format!("/stage/{}", stage.id))>{plan.title.clone()}</a>
                    " ("
                    {stage.title.clone()}
                    ")"
                }
                .into_any(),
                None => plan.title.clone().into_any(),
            };
            view! { <li>{item}</li> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="plans-title">
            <h2 id="plans-title">"Plans that include it"</h2>
            <ul class="plain-list">{items}</ul>
        </section>
    }
}

/// The learner's note on the topic, saved as they type.
#[component]
fn NoteCard(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let note = Memo::new(move |_| ctx.with_progress(|p| p.note(&topic.id).to_owned()));
    view! {
        <section class="card" aria-labelledby="note-title">
            <h2 id="note-title">
                <label for="topic-note">"Your note"</label>
            </h2>
            <p class="hint" id="note-hint">
                "Plain text, saved as you type, kept only in this browser."
            </p>
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
    }
}
