//! One topic in a checklist: link, hours, status control, keyboard shortcuts.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::status_control::StatusControl;
use crate::content::Topic;
use crate::progress::Status;
use crate::web;

/// A topic's row on the stage and all-topics pages. With focus anywhere in
/// the row, a status key (d, l, s, r) sets the topic's status.
#[component]
pub fn TopicRow(topic: &'static Topic) -> impl IntoView {
    let ctx = use_ctx();
    let title = Memo::new(move |_| topic.title_for(ctx.track()).to_owned());
    let status = Memo::new(move |_| ctx.with_progress(|p| p.status(&topic.id)));
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || web::is_typing_target(&ev) {
            return;
        }
        if let Some(s) = Status::from_key(&ev.key()) {
            ev.prevent_default();
            ctx.update(|p, now| {
                p.set_status(&topic.id, s, now);
            });
        }
    };
    view! {
        <li
            class="topic-row"
            data-topic=topic.id.clone()
            data-status=move || status.get().id()
            on:keydown=on_key
        >
            <div class="topic-row-main">
                <span class="status-badge" aria-hidden="true">
                    {move || status.get().icon()}
                </span>
                <a class="topic-link" href=web::href(&format!("/topic/{}", topic.id))>
                    {move || title.get()}
                </a>
                <span class="topic-hours">{format!("~{} h", topic.hours)}</span>
            </div>
            <StatusControl topic_id=topic.id.clone() topic_title=title current=status />
        </li>
    }
}
