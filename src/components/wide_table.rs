//! A table that scrolls sideways on a narrow screen.

use leptos::prelude::*;

/// A table inside a labelled, focusable region, so that keyboard users can
/// scroll it when it is wider than the screen.
#[component]
pub fn WideTable(
    /// Names the scrolling region.
    #[prop(into)]
    label: String,
    /// The column headings, left to right.
    columns: &'static [&'static str],
    /// The table's caption.
    #[prop(optional, into)]
    caption: Option<String>,
    /// The table's element id.
    #[prop(optional)]
    id: Option<&'static str>,
    /// The table's class names.
    #[prop(optional)]
    class: &'static str,
    /// The body rows.
    children: Children,
) -> impl IntoView {
    let headings = columns
        .iter()
        .map(|c| view! { <th scope="col">{*c}</th> })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table id=id class=class>
                {caption.map(|c| view! { <caption>{c}</caption> })}
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
