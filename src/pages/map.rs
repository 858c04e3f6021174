//! The map: the selected plan as a picture of stages and topics, with the
//! learner's statuses, usable from the keyboard, printable and downloadable.
//!
//! The picture is one SVG string from `graphics::plan_map`, set as the
//! canvas's inner HTML; this view only lays it out for the width it has and
//! handles keys and clicks for the whole canvas at once.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::use_ctx;
use crate::components::page_heading::PageHeading;
use crate::components::plan_views::PlanViews;
use crate::graphics::plan_map::{columns_for_width, lay_out, list_html, render, MapView, Move};
use crate::progress::{current_stage, Status};
use crate::router::use_router;
use crate::web;

/// The node under an event's target, by its `data-i`.
fn node_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element
        .closest("[data-i]")
        .ok()??
        .get_attribute("data-i")?
        .parse()
        .ok()
}

/// Moves the map's one tab stop to node `to` and focuses it.
fn focus_node(canvas: &web_sys::Element, from: usize, to: usize) {
    let find = |i: usize| canvas.query_selector(&format!("[data-i=\"{i}\"]")).ok().flatten();
    if let Some(old) = find(from) {
        let _ = old.set_attribute("tabindex", "-1");
    }
    if let Some(new) = find(to) {
        let _ = new.set_attribute("tabindex", "0");
        // SVG elements have `focus()` as HTML elements do.
        let _ = new.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// Marks the lines into and out of the focused topic, so they stand out.
fn light_edges(canvas: &web_sys::Element, topic: Option<&str>) {
    let lit = canvas.query_selector_all(".map-edge.lit");
    if let Ok(lit) = lit {
        for i in 0..lit.length() {
            if let Some(el) = lit.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.class_list().remove_1("lit");
            }
        }
    }
    let Some(id) = topic else { return };
    let selector = format!(".map-edge[data-to=\"{id}\"], .map-edge[data-from=\"{id}\"]");
    if let Ok(edges) = canvas.query_selector_all(&selector) {
        for i in 0..edges.length() {
            if let Some(el) = edges.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.class_list().add_1("lit");
            }
        }
    }
}

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let ctx = use_ctx();
    let router = use_router();
    let canvas = NodeRef::<html::Div>::new();
    // Two columns until the canvas is measured: the prerendered page is laid
    // out for a phone, the narrowest screen it must fit.
    let columns = RwSignal::new(2);
    let here = Memo::new(move |_| ctx.with_progress(|p| current_stage(p, ctx.plan())));
    let active = StoredValue::new(0usize);
    // The layout drawn last, for the key handlers; laying out again is cheap,
    // so it is not a memo of its own.
    let layout = StoredValue::new(lay_out(ctx.catalog, ctx.plan(), ctx.track(), 2));
    let svg = move || {
        let current = lay_out(ctx.catalog, ctx.plan(), ctx.track(), columns.get());
        let current_stage = Some(here.get());
        let drawn = ctx.with_progress(|p| {
            render(
                &current,
                &MapView {
                    status_of: &|id| p.status(id),
                    current_stage,
                    active: active.get_value().min(current.nodes.len().saturating_sub(1)),
                    link_prefix: web::base(),
                    standalone: false,
                },
            )
        });
        layout.set_value(current);
        drawn
    };
    let list = move || {
        let plan = ctx.plan();
        let current = lay_out(ctx.catalog, plan, ctx.track(), 1);
        let here = here.get();
        ctx.with_progress(|p| list_html(&current, plan, &|id| p.status(id), here, web::base()))
    };

    let measure = move || {
        if let Some(el) = canvas.get_untracked() {
            let fit = columns_for_width(el.client_width());
            if fit != columns.get_untracked() {
                columns.set(fit);
            }
        }
    };
    Effect::new(move |_| {
        if canvas.get().is_some() {
            measure();
        }
    });
    web::on_window(leptos::ev::resize, move |_| measure());

    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let (Some(from), Some(el)) = (node_index(ev.target()), canvas.get_untracked()) else {
            return;
        };
        let key = ev.key();
        if let Some(to) = Move::from_key(&key) {
            ev.prevent_default();
            let to = layout.with_value(|l| l.step(from, to));
            active.set_value(to);
            focus_node(&el, from, to);
            return;
        }
        let status = key
            .chars()
            .next()
            .filter(|_| key.chars().count() == 1)
            .and_then(|c| Status::from_shortcut(c.to_ascii_lowercase()));
        if let Some(status) = status {
            ev.prevent_default();
            let Some(id) = layout.with_value(|l| l.nodes.get(from).map(|n| n.id.clone())) else {
                return;
            };
            ctx.update(|p, now| {
                p.set_status(&id, status, now);
            });
            // The map is drawn again; focus returns to the same node after it.
            request_animation_frame(move || {
                if let Some(el) = canvas.get_untracked() {
                    focus_node(&el, from, from);
                    light_edges(&el, Some(&id));
                }
            });
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[data-topic]").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            // SVG links are not HTML anchors, which the router takes over by itself.
            ev.prevent_default();
            router.navigate(&href);
        }
    };
    let on_focus = move |ev: web_sys::FocusEvent| {
        if let (Some(i), Some(el)) = (node_index(ev.target()), canvas.get_untracked()) {
            active.set_value(i);
            let id = layout.with_value(|l| l.nodes.get(i).map(|n| n.id.clone()));
            light_edges(&el, id.as_deref());
        }
    };

    let download = move |_| {
        let origin = window().location().origin().unwrap_or_default();
        let prefix = format!("{origin}{}", web::base());
        let file = layout.with_value(|layout| {
            ctx.with_progress_untracked(|p| {
                render(
                    layout,
                    &MapView {
                        status_of: &|id| p.status(id),
                        current_stage: Some(here.get_untracked()),
                        active: 0,
                        link_prefix: &prefix,
                        standalone: true,
                    },
                )
            })
        });
        let name = format!("{}-map.svg", ctx.plan().id);
        if let Err(message) = web::download(&name, "image/svg+xml", &file) {
            ctx.notify(message, crate::app::NoticeAction::None);
        }
    };

    let title = Signal::derive(move || format!("Map of {}", ctx.plan().title));
    view! {
        <section class="page map-page">
            <PageHeading text=title />
            <PlanViews current="/map" />
            <p class="lede">
                "Stages top to bottom, each topic a box; lines lead to the topics that build on it."
            </p>
            <p class="muted map-keys" id="map-keys">
                "In the map, arrow keys move and Enter opens a topic; "
                <kbd>"d"</kbd>
                ", "
                <kbd>"l"</kbd>
                ", "
                <kbd>"s"</kbd>
                " or "
                <kbd>"r"</kbd>
                " mark it done, learning, skipped or pending."
            </p>
            <MapLegend />
            <div class="button-row map-actions">
                <button
                    type="button"
                    class="button"
                    id="print-map"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    "Print"
                </button>
                <button type="button" class="button" id="download-map" on:click=download>
                    "Download as SVG"
                </button>
            </div>
            <div
                class="map-canvas"
                node_ref=canvas
                aria-describedby="map-keys"
                inner_html=svg
                on:keydown=on_key
                on:click=on_click
                on:focusin=on_focus
            ></div>
            <details class="card map-list-card">
                <summary>"The map as a list"</summary>
                <div inner_html=list></div>
            </details>
        </section>
    }
}

/// What each status looks like on the map.
#[component]
fn MapLegend() -> impl IntoView {
    let items = Status::ALL
        .into_iter()
        .map(|s| {
            view! {
                <li class="legend-item" data-status=s.id()>
                    <span class="legend-swatch" aria-hidden="true">
                        {s.icon()}
                    </span>
                    {s.label()}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="map-legend" aria-label="Statuses on the map">
            {items}
        </ul>
    }
}
