//! A labelled progress bar with its figures in text.

use leptos::prelude::*;

use crate::progress::Stats;

/// Shows finished topics out of the total as a bar and as text.
#[component]
pub fn ProgressBar(
    /// The counts to show.
    #[prop(into)]
    stats: Signal<Stats>,
    /// What the bar measures, for assistive technology.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <div class="progress">
            <progress
                max=move || stats.get().total.max(1)
                value=move || stats.get().finished()
                aria-label=label
            ></progress>
            <span class="progress-text">{move || stats.get().to_string()}</span>
        </div>
    }
}
