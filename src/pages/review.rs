//! Review: today's due self-check questions (or a cram set of one stage or
//! plan), one card at a time, with a summary at the end and review statistics.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::flashcard::{card_key, CardKey, Flashcard};
use crate::date::days_text;
use crate::components::page_heading::PageHeading;
use crate::review::deck::{cram_queue, ReviewCard};
use crate::review::fsrs::Rating;
use crate::review::stats::review_stats;
use crate::web;

/// A review in progress: the cards, where the learner is, and the ratings so far.
#[derive(Clone)]
struct Session {
    /// The cards, fixed when the session starts.
    cards: Vec<ReviewCard<'static>>,
    /// Cram sessions practise without changing the schedule.
    cram: bool,
    /// What the session covers, for its heading.
    title: String,
}

/// How many ratings of each kind a session has collected.
type Tally = [usize; 4];

/// The review page.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let session = RwSignal::new(None::<Session>);
    let active = Memo::new(move |_| session.with(Option::is_some));
    view! {
        <section class="page review">
            <PageHeading text="Review".to_owned() />
            <p class="lede">
                "Questions from the topics you are learning or have done come back just before you would forget them, scheduled with FSRS, the algorithm Anki uses. Everything stays in this browser."
            </p>
            <Show when=move || active.get() fallback=move || view! { <ReviewHome session /> }>
                <SessionView session />
            </Show>
        </section>
    }
}

/// Before a session: what is due, the statistics, and the cram form.
#[component]
fn ReviewHome(session: RwSignal<Option<Session>>) -> impl IntoView {
    let ctx = use_ctx();
    let due = ctx.due_count;
    let start = move |_| {
        let cards = ctx.todays_queue();
        if !cards.is_empty() {
            session.set(Some(Session {
                cards,
                cram: false,
                title: "Today's review".to_owned(),
            }));
        }
    };
    let due_text = move || match due.get() {
        0 => "Nothing is due today.".to_owned(),
        1 => "1 question is due today.".to_owned(),
        n => format!("{n} questions are due today."),
    };
    view! {
        <section class="card" aria-labelledby="due-title">
            <h2 id="due-title">"Due today"</h2>
            <p id="due-summary">{due_text}</p>
            <Show when=move || due.get() == 0>
                <p class="hint">
                    "Mark a topic learning or done, or rate a question under Check yourself on a topic page, and its questions join your reviews."
                </p>
            </Show>
            <button
                type="button"
                class="button primary"
                id="start-review"
                on:click=start
                disabled=move || due.get() == 0
            >
                "Start review"
            </button>
        </section>
        <ReviewStatsCard />
        <CramCard session />
    }
}

/// Retention, what comes due this week, and the streak of review days.
#[component]
fn ReviewStatsCard() -> impl IntoView {
    let ctx = use_ctx();
    let stats = Memo::new(move |_| {
        ctx.with_progress(|p| review_stats(p, web::now_ms(), web::local_day))
    });
    let retention = move || {
        stats.with(|s| match s.retention_percent {
            Some(pct) => format!("{pct}% of {} reviews", s.recent_reviews),
            None => "No reviews in the last 30 days".to_owned(),
        })
    };
    let days = |n: u32| days_text(u64::from(n));
    view! {
        <section class="card" aria-labelledby="review-stats-title">
            <h2 id="review-stats-title">"Your reviews"</h2>
            <dl class="pace review-stats">
                <div>
                    <dt>"Retention, last 30 days (Good or Easy)"</dt>
                    <dd id="retention">{retention}</dd>
                </div>
                <div>
                    <dt>"Due in the next 7 days"</dt>
                    <dd id="due-week">{move || stats.with(|s| s.due_next_7_days)}</dd>
                </div>
                <div>
                    <dt>"Review streak"</dt>
                    <dd id="streak">
                        {move || days(stats.with(|s| s.current_streak))} " "
                        <span class="muted">
                            {move || {
                                format!("(longest {})", days(stats.with(|s| s.longest_streak)))
                            }}
                        </span>
                    </dd>
                </div>
            </dl>
        </section>
    }
}

/// Cram: every question of one stage of the selected plan, or of the whole plan.
#[component]
fn CramCard(session: RwSignal<Option<Session>>) -> impl IntoView {
    let ctx = use_ctx();
    let choice = RwSignal::new(String::new());
    let options = move || {
        ctx.plan()
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                view! { <option value=s.id.clone()>{format!("Stage {}: {}", i + 1, s.title)}</option> }
            })
            .collect_view()
    };
    let start = move |_| {
        let plan = ctx.plan();
        let stage_id = choice.get_untracked();
        let stage = plan.stages.iter().find(|s| s.id == stage_id);
        let cards = cram_queue(ctx.catalog, plan, stage.map(|s| s.id.as_str()));
        let title = match stage {
            Some(s) => format!("Cram: {}", s.title),
            None => format!("Cram: {}", plan.title),
        };
        if !cards.is_empty() {
            session.set(Some(Session {
                cards,
                cram: true,
                title,
            }));
        }
    };
    view! {
        <section class="card" aria-labelledby="cram-title">
            <h2 id="cram-title">"Cram before an interview"</h2>
            <p class="hint">
                "Go through every question of a stage or of the whole plan, whatever is due. Cram ratings do not change your schedule."
            </p>
            <div class="field-row">
                <label for="cram-scope">"Questions from"</label>
                <select
                    id="cram-scope"
                    on:change=move |ev| choice.set(event_target_value(&ev))
                    prop:value=move || choice.get()
                >
                    <option value="">
                        {move || format!("The whole plan: {}", ctx.plan().title)}
                    </option>
                    {options}
                </select>
                <button type="button" class="button" id="start-cram" on:click=start>
                    "Start cram"
                </button>
            </div>
        </section>
    }
}

/// The session: one card at a time, then the summary.
#[component]
fn SessionView(session: RwSignal<Option<Session>>) -> impl IntoView {
    let ctx = use_ctx();
    let index = RwSignal::new(0usize);
    let revealed = RwSignal::new(false);
    let tally = RwSignal::new(Tally::default());
    let total = move || session.with(|s| s.as_ref().map_or(0, |s| s.cards.len()));
    let current = Memo::new(move |_| {
        session.with(|s| s.as_ref().and_then(|s| s.cards.get(index.get()).copied()))
    });
    let rate = Callback::new(move |rating: Rating| {
        let Some(card) = current.get_untracked() else {
            return;
        };
        let cram = session.with_untracked(|s| s.as_ref().is_some_and(|s| s.cram));
        if !cram {
            ctx.update(|p, now| p.record_review(&card.question.id, rating, now));
        }
        tally.update(|t| t[rating as usize - 1] += 1);
        revealed.set(false);
        index.update(|i| *i += 1);
        focus_next_control();
    });
    web::on_window(leptos::ev::keydown, move |ev| {
        if current.get_untracked().is_none() {
            return;
        }
        match card_key(&ev, revealed.get_untracked()) {
            Some(CardKey::Reveal) => {
                ev.prevent_default();
                revealed.set(true);
            }
            Some(CardKey::Rate(rating)) => {
                ev.prevent_default();
                rate.run(rating);
            }
            None => {}
        }
    });
    let title = move || session.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    view! {
        <section class="card session" aria-labelledby="session-title">
            <h2 id="session-title">{title}</h2>
            {move || match current.get() {
                Some(card) => {
                    view! {
                        <p class="session-progress" aria-live="polite">
                            {format!("Question {} of {}", index.get() + 1, total())}
                            " · "
                            <a href=web::href(
                                &format!("/topic/{}", card.topic.id),
                            )>{card.topic.title.clone()}</a>
                        </p>
                        <Flashcard question=card.question revealed on_rate=rate />
                    }
                        .into_any()
                }
                None => view! { <SessionSummary session tally /> }.into_any(),
            }}
            <button
                type="button"
                class="button subtle"
                id="end-session"
                on:click=move |_| session.set(None)
            >
                {move || if current.get().is_some() { "End session" } else { "Back to review" }}
            </button>
        </section>
    }
}

/// After a rating, keyboard focus moves to the next card's "Show answer", or to
/// the summary, so that a keyboard user continues where they are.
fn focus_next_control() {
    request_animation_frame(|| {
        let target = document()
            .query_selector(".session .reveal, .session-summary")
            .ok()
            .flatten();
        if let Some(el) = target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}

/// What a finished session did.
#[component]
fn SessionSummary(session: RwSignal<Option<Session>>, tally: RwSignal<Tally>) -> impl IntoView {
    let ctx = use_ctx();
    let cram = session.with_untracked(|s| s.as_ref().is_some_and(|s| s.cram));
    let counts = tally.get_untracked();
    let total: usize = counts.iter().sum();
    let items = Rating::ALL
        .into_iter()
        .map(|r| {
            view! {
                <div>
                    <dt>{r.label()}</dt>
                    <dd>{counts[r as usize - 1]}</dd>
                </div>
            }
        })
        .collect_view();
    let next = if cram {
        "Cram ratings do not change your schedule.".to_owned()
    } else {
        let left = ctx.todays_queue().len();
        match left {
            0 => "Nothing else is due today.".to_owned(),
            n => format!("{n} more due today."),
        }
    };
    view! {
        <div class="session-summary" tabindex="-1">
            <p>
                <strong>
                    {format!(
                        "Session complete: {total} question{} reviewed.",
                        if total == 1 { "" } else { "s" },
                    )}
                </strong>
            </p>
            <dl class="pace">{items}</dl>
            <p>{next}</p>
        </div>
    }
}
