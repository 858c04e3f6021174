//! The map: the selected plan as a picture of stages and topics, with the
//! learner's statuses, usable from the keyboard, printable and downloadable.
//!
//! The picture is one SVG string from `graphics::plan_map`, set as the
//! canvas's inner HTML; this view only lays it out for the width it has and
//! handles keys and focus for the whole canvas at once; a click on a node is
//! an SVG link the router follows like any other.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{use_ctx, Ctx, NoticeAction};
use crate::components::page_heading::PageHeading;
use crate::components::print_button::PrintButton;
use crate::components::plan_views::PlanViews;
use crate::graphics::plan_map::{
    columns_for_width, lay_out, list_html, render, MapLayout, MapView, Move,
};
use crate::progress::{current_stage, Status};
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

/// The map's state, shared by its drawing and its handlers.
#[derive(Clone, Copy)]
struct Map {
    ctx: Ctx,
    canvas: NodeRef<html::Div>,
    /// Node columns for the canvas's width: two until it is measured, so the
    /// prerendered page is laid out for a phone, the narrowest screen.
    columns: RwSignal<usize>,
    /// The stage marked "You are here".
    here: Memo<usize>,
    /// The node holding the map's one tab stop.
    active: StoredValue<usize>,
    /// The layout drawn last, for the handlers; laying out again is cheap, so
    /// it is not a memo of its own.
    layout: StoredValue<MapLayout>,
}

impl Map {
    fn new(ctx: Ctx) -> Map {
        Map {
            ctx,
            canvas: NodeRef::new(),
            columns: RwSignal::new(2),
            here: Memo::new(move |_| ctx.with_progress(|p| current_stage(p, ctx.plan()))),
            active: StoredValue::new(0),
            layout: StoredValue::new(MapLayout::default()),
        }
    }

    /// The map as drawn on the page, following the plan, track, width and progress.
    fn svg(self) -> String {
        let ctx = self.ctx;
        let layout = lay_out(ctx.catalog, ctx.plan(), ctx.track(), self.columns.get());
        let current_stage = Some(self.here.get());
        let active = self.active.get_value().min(layout.nodes.len().saturating_sub(1));
        let drawn = ctx.with_progress(|p| {
            let view = MapView {
                status_of: &|id| p.status(id),
                current_stage,
                active,
                link_prefix: web::base(),
                standalone: false,
            };
            render(&layout, &view)
        });
        self.layout.set_value(layout);
        drawn
    }

    /// The map as a list.
    fn list(self) -> String {
        let ctx = self.ctx;
        let plan = ctx.plan();
        let layout = lay_out(ctx.catalog, plan, ctx.track(), 1);
        let here = self.here.get();
        ctx.with_progress(|p| list_html(&layout, plan, &|id| p.status(id), here, web::base()))
    }

    /// Fits the columns to the canvas's width.
    fn measure(self) {
        if let Some(el) = self.canvas.get_untracked() {
            let fit = columns_for_width(el.client_width());
            if fit != self.columns.get_untracked() {
                self.columns.set(fit);
            }
        }
    }

    /// Arrow keys move between nodes; d, l, s and r set the focused topic's status.
    fn on_key(self, ev: web_sys::KeyboardEvent) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let (Some(from), Some(el)) = (node_index(ev.target()), self.canvas.get_untracked()) else {
            return;
        };
        let key = ev.key();
        if let Some(to) = Move::from_key(&key) {
            ev.prevent_default();
            let to = self.layout.with_value(|l| l.step(from, to));
            self.active.set_value(to);
            focus_node(&el, from, to);
            return;
        }
        let status = Status::from_key(&key);
        let id = self.layout.with_value(|l| l.nodes.get(from).map(|n| n.id.clone()));
        if let (Some(status), Some(id)) = (status, id) {
            ev.prevent_default();
            self.ctx.update(|p, now| {
                p.set_status(&id, status, now);
            });
            // The map is drawn again; focus returns to the same node after it.
            let canvas = self.canvas;
            request_animation_frame(move || {
                if let Some(el) = canvas.get_untracked() {
                    focus_node(&el, from, from);
                    light_edges(&el, Some(&id));
                }
            });
        }
    }

    /// A focused node takes the tab stop and lights its lines.
    fn on_focus(self, ev: web_sys::FocusEvent) {
        if let (Some(i), Some(el)) = (node_index(ev.target()), self.canvas.get_untracked()) {
            self.active.set_value(i);
            let id = self.layout.with_value(|l| l.nodes.get(i).map(|n| n.id.clone()));
            light_edges(&el, id.as_deref());
        }
    }

    /// Downloads the map as a standalone SVG file with absolute topic links.
    fn download(self) {
        let ctx = self.ctx;
        let origin = web::origin();
        let prefix = format!("{origin}{}", web::base());
        let file = self.layout.with_value(|layout| {
            ctx.with_progress_untracked(|p| {
                let view = MapView {
                    status_of: &|id| p.status(id),
                    current_stage: Some(self.here.get_untracked()),
                    active: 0,
                    link_prefix: &prefix,
                    standalone: true,
                };
                render(layout, &view)
            })
        });
        let name = format!("{}-map.svg", ctx.plan().id);
        if let Err(message) = web::download(&name, "image/svg+xml", &file) {
            ctx.notify(message, NoticeAction::None);
        }
    }
}

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let ctx = use_ctx();
    let map = Map::new(ctx);
    let canvas = map.canvas;
    Effect::new(move |_| {
        if canvas.get().is_some() {
            crate::startup::when_on_screen(move || map.measure());
        }
    });
    web::on_window(leptos::ev::resize, move |_| map.measure());
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
                <PrintButton id="print-map" label="Print" />
                <button
                    type="button"
                    class="button"
                    id="download-map"
                    on:click=move |_| map.download()
                >
                    "Download as SVG"
                </button>
            </div>
            <div
                class="map-canvas"
                node_ref=canvas
                aria-describedby="map-keys"
                inner_html=move || map.svg()
                on:keydown=move |ev| map.on_key(ev)
                on:focusin=move |ev| map.on_focus(ev)
            ></div>
            <details class="card map-list-card">
                <summary>"The map as a list"</summary>
                <div inner_html=move || map.list()></div>
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
