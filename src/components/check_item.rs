//! A checkbox bound to one tickable item of progress.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::content::check_dom_id;

/// A ticked-or-not line (concept, outcome or project step), saved with progress.
#[component]
pub fn CheckItem(
    /// The progress key.
    id: String,
    /// The text beside the box.
    text: String,
    /// Marks a line we wrote inside a published plan, so it is never taken for the publisher's.
    #[prop(optional)]
    ours: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let checked = {
        let id = id.clone();
        Memo::new(move |_| ctx.with_progress(|p| p.is_checked(&id)))
    };
    let dom_id = check_dom_id(&id);
    view! {
        <li class="check-item" class:checked=move || checked.get()>
            <input
                type="checkbox"
                id=dom_id.clone()
                data-check=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    let id = id.clone();
                    ctx.update(|p, now| {
                        p.set_checked(&id, on, now);
                    });
                }
            />
            <label for=dom_id>
                {text}
                {ours
                    .then(|| {
                        view! {
                            " "
                            <span class="tag ours">"Added by us"</span>
                        }
                    })}
            </label>
        </li>
    }
}
