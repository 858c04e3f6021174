//! A self-check card: the question, an answer hidden until revealed, and the
//! four ratings. Space reveals and 1 to 4 rate while focus is inside the card.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::content::Question;
use crate::date::days_text;
use crate::review::fsrs::Rating;
use crate::web;

/// What a key does to a card: Space reveals, 1 to 4 rate once revealed.
pub enum CardKey {
    /// Show the answer.
    Reveal,
    /// Rate the card.
    Rate(Rating),
}

/// The card action of a key press, if any (never while typing or with a modifier).
pub fn card_key(ev: &web_sys::KeyboardEvent, revealed: bool) -> Option<CardKey> {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || web::is_typing_target(ev) {
        return None;
    }
    match ev.key().as_str() {
        " " if !revealed => Some(CardKey::Reveal),
        key if revealed => {
            let n = key.parse::<u8>().ok()?;
            Rating::from_number(n).map(CardKey::Rate)
        }
        _ => None,
    }
}

/// One question with its hidden answer and rating buttons. `revealed` is owned
/// by the caller, which decides what a rating does next.
#[component]
pub fn Flashcard(
    /// The question.
    question: &'static Question,
    /// Whether the answer shows.
    revealed: RwSignal<bool>,
    /// Called with the learner's rating.
    on_rate: Callback<Rating>,
    /// Whether this card handles Space and 1 to 4 itself (when focus is inside
    /// it); the review page handles them for the whole page instead.
    #[prop(optional)]
    own_keys: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let track = Memo::new(move |_| ctx.track());
    let answer_ref = NodeRef::<leptos::html::Div>::new();
    let reveal = move || {
        revealed.set(true);
        // Focus the answer so that a screen reader reads it and 1 to 4 apply here.
        request_animation_frame(move || {
            if let Some(el) = answer_ref.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if !own_keys {
            return;
        }
        match card_key(&ev, revealed.get_untracked()) {
            Some(CardKey::Reveal) => {
                ev.prevent_default();
                reveal();
            }
            Some(CardKey::Rate(rating)) => {
                ev.prevent_default();
                on_rate.run(rating);
            }
            None => {}
        }
    };
    view! {
        <div class="flashcard" on:keydown=on_keydown data-question=question.id.clone()>
            <QuestionPrompt question />
            <Show
                when=move || revealed.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button reveal"
                            aria-keyshortcuts="Space"
                            on:click=move |_| reveal()
                        >
                            "Show answer "
                            <kbd aria-hidden="true">"Space"</kbd>
                        </button>
                    }
                }
            >
                <div
                    class="flashcard-answer"
                    id=format!("answer-{}", question.id)
                    tabindex="-1"
                    node_ref=answer_ref
                >
                    <p>{move || question.answer_for(track.get()).to_owned()}</p>
                </div>
                <RateButtons question on_rate />
            </Show>
        </div>
    }
}

/// The four ratings, each with the interval it would give the card (1 to 4 on the keyboard).
#[component]
fn RateButtons(question: &'static Question, on_rate: Callback<Rating>) -> impl IntoView {
    let ctx = use_ctx();
    let intervals = Memo::new(move |_| {
        ctx.with_progress(|p| p.next_intervals(&question.id, web::now_ms()))
    });
    let buttons = Rating::ALL
        .into_iter()
        .map(|rating| {
            let n = rating as usize;
            let after = move || days_text(intervals.get()[n - 1]);
            view! {
                <button
                    type="button"
                    class=format!("rate rate-{}", rating.label().to_lowercase())
                    on:click=move |_| on_rate.run(rating)
                    aria-keyshortcuts=n.to_string()
                >
                    <span class="rate-label">{rating.label()}</span>
                    <span class="rate-after">{after}</span>
                    <kbd aria-hidden="true">{n}</kbd>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="rate-row" role="group" aria-label="How well did you know it?">
            {buttons}
        </div>
    }
}

/// The question in the learner's track, marked when interviewers often ask it.
#[component]
fn QuestionPrompt(question: &'static Question) -> impl IntoView {
    let ctx = use_ctx();
    let interview = question
        .interview
        .then(|| view! {
            " "
            <span class="tag interview">"Interview"</span>
        });
    view! {
        <p class="flashcard-prompt">
            {move || question.prompt_for(ctx.track()).to_owned()} {interview}
        </p>
    }
}
