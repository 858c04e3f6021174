//! The four-state status of a topic as a labelled radio group.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::progress::Status;

/// A radio group (pending, learning, done, skipped) for one topic.
///
/// Native radios give arrow-key movement and announce the checked state;
/// each option shows an icon and a word, so colour is never the only cue.
#[component]
pub fn StatusControl(
    /// The topic whose status this sets.
    topic_id: String,
    /// The topic's title, for the group's accessible name.
    #[prop(into)]
    topic_title: Signal<String>,
    /// The topic's current status (shared with the caller, so it is derived once).
    current: Memo<Status>,
) -> impl IntoView {
    let ctx = use_ctx();
    let name = format!("status-{topic_id}");
    let options = Status::ALL
        .into_iter()
        .map(|status| {
            let topic_id = topic_id.clone();
            view! {
                <label class=format!("status-option status-{}", status.id())>
                    <input
                        type="radio"
                        name=name.clone()
                        value=status.id()
                        prop:checked=move || current.get() == status
                        on:change=move |_| {
                            let id = topic_id.clone();
                            ctx.update(|p, now| {
                                p.set_status(&id, status, now);
                            });
                        }
                    />
                    <span class="status-icon" aria-hidden="true">
                        {status.icon()}
                    </span>
                    <span class="status-word">{status.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div
            class="status-control"
            role="radiogroup"
            data-status=move || current.get().id()
            aria-label=move || format!("Status of {}", topic_title.get())
        >
            {options}
        </div>
    }
}
