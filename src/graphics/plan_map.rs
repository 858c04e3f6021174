//! PURE: a plan drawn as a map: its stages in order, each a band holding its
//! topics as nodes, with lines from each topic to the topics it builds on.
//!
//! The layout depends on the plan and on how many columns fit; statuses are
//! applied when the map is drawn, so a status change redraws without laying
//! out again.

use std::collections::HashMap;
use std::fmt::Write;

use super::{escape, open_svg, wrap, SvgRoot};
use crate::content::{Catalog, Plan, Track};
use crate::progress::Status;

/// Width of a topic node.
pub const NODE_W: i32 = 148;
/// Height of a topic node: room for four lines of title.
pub const NODE_H: i32 = 74;
/// Space between nodes side by side.
const GAP_X: i32 = 12;
/// Space between rows of nodes.
const GAP_Y: i32 = 16;
/// Space inside a stage band, around its nodes.
const PAD: i32 = 8;
/// Height of a stage band's heading.
const STAGE_HEAD: i32 = 34;
/// Space between stage bands, where the arrow to the next stage runs.
const STAGE_GAP: i32 = 30;
/// The widest map: more columns make lines too long to follow.
pub const MAX_COLUMNS: usize = 6;
/// Characters of a title on one line of a node.
const LINE_CHARS: usize = 17;
/// Characters of a long title on one line, in the smaller type.
const SMALL_LINE_CHARS: usize = 22;
/// Height of a line of node text.
const LINE_H: i32 = 14;

/// How many node columns fit in `width` pixels: 1 to [`MAX_COLUMNS`].
pub fn columns_for_width(width: i32) -> usize {
    let fit = (width - 2 * PAD + GAP_X) / (NODE_W + GAP_X);
    fit.clamp(1, MAX_COLUMNS as i32) as usize
}

/// A stage of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct StageBand {
    /// The stage's title.
    pub title: String,
    /// The top of its band.
    pub y: i32,
    /// The height of its band.
    pub height: i32,
}

/// A topic of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    /// The topic's id.
    pub id: String,
    /// The topic's title in the learner's track.
    pub title: String,
    /// The position of its stage in the plan.
    pub stage: usize,
    /// Its row, counted over the whole map.
    pub row: usize,
    /// Its column.
    pub col: usize,
    /// Its top-left corner.
    pub x: i32,
    /// Its top-left corner.
    pub y: i32,
    /// The nodes of the topics it builds on, among this plan's.
    pub builds_on: Vec<usize>,
}

/// A plan laid out for a number of columns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapLayout {
    /// The plan's title.
    pub title: String,
    /// Node columns.
    pub columns: usize,
    /// Width of the whole map.
    pub width: i32,
    /// Height of the whole map.
    pub height: i32,
    /// The stages, top to bottom.
    pub stages: Vec<StageBand>,
    /// Every topic of the plan once, at its first stage, in plan order.
    pub nodes: Vec<MapNode>,
}

/// A move of the keyboard focus between nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The node before, in reading order.
    Previous,
    /// The node after, in reading order.
    Next,
    /// The nearest node in the row above.
    Up,
    /// The nearest node in the row below.
    Down,
    /// The first node.
    First,
    /// The last node.
    Last,
}

impl Move {
    /// The move a key makes (`ArrowLeft`, `Home`…), if any.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowLeft" => Move::Previous,
            "ArrowRight" => Move::Next,
            "ArrowUp" => Move::Up,
            "ArrowDown" => Move::Down,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return None,
        })
    }
}

/// Lays `plan` out in `columns` columns, titles in `track`.
pub fn lay_out(catalog: &Catalog, plan: &Plan, track: Track, columns: usize) -> MapLayout {
    let columns = columns.clamp(1, MAX_COLUMNS);
    let width = 2 * PAD + columns as i32 * NODE_W + (columns as i32 - 1) * GAP_X;
    let mut nodes: Vec<MapNode> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut stages = Vec::new();
    let mut y = 0;
    let mut row = 0;
    for (stage_index, stage) in plan.stages.iter().enumerate() {
        let first = nodes.len();
        for id in &stage.topics {
            let Some(topic) = catalog.topic(id) else {
                continue;
            };
            if index.contains_key(topic.id.as_str()) {
                continue;
            }
            let k = nodes.len() - first;
            let (r, c) = (k / columns, k % columns);
            index.insert(&topic.id, nodes.len());
            nodes.push(MapNode {
                id: topic.id.clone(),
                title: topic.title_for(track).to_owned(),
                stage: stage_index,
                row: row + r,
                col: c,
                x: PAD + c as i32 * (NODE_W + GAP_X),
                y: y + STAGE_HEAD + r as i32 * (NODE_H + GAP_Y),
                builds_on: Vec::new(),
            });
        }
        let rows = (nodes.len() - first).div_ceil(columns);
        row += rows;
        let height = STAGE_HEAD + (rows as i32 * (NODE_H + GAP_Y) - GAP_Y).max(0) + PAD;
        stages.push(StageBand {
            title: stage.title.clone(),
            y,
            height,
        });
        y += height + STAGE_GAP;
    }
    for node in &mut nodes {
        if let Some(topic) = catalog.topic(&node.id) {
            node.builds_on = topic
                .prerequisites
                .iter()
                .filter_map(|p| index.get(catalog.resolve(p)).copied())
                .collect();
        }
    }
    MapLayout {
        title: plan.title.clone(),
        columns,
        width,
        height: (y - STAGE_GAP).max(0),
        stages,
        nodes,
    }
}

impl MapLayout {
    /// The node a move from node `from` reaches; `from` itself at an edge.
    pub fn step(&self, from: usize, to: Move) -> usize {
        let last = self.nodes.len().saturating_sub(1);
        let Some(node) = self.nodes.get(from) else {
            return 0;
        };
        let in_row = |row: usize| {
            let nearest = self
                .nodes
                .iter()
                .enumerate()
                .filter(|(_, n)| n.row == row)
                .min_by_key(|(_, n)| n.col.abs_diff(node.col));
            nearest.map_or(from, |(i, _)| i)
        };
        match to {
            Move::Previous => from.saturating_sub(1),
            Move::Next => (from + 1).min(last),
            Move::Up if node.row > 0 => in_row(node.row - 1),
            Move::Down => in_row(node.row + 1),
            Move::Up => from,
            Move::First => 0,
            Move::Last => last,
        }
    }

    /// The node of a topic.
    pub fn position(&self, topic_id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == topic_id)
    }
}

/// What a drawing of the map shows besides the layout.
pub struct MapView<'a> {
    /// Each topic's status.
    pub status_of: &'a dyn Fn(&str) -> Status,
    /// The stage the learner is in, marked "You are here".
    pub current_stage: Option<usize>,
    /// The node that takes the map's one tab stop.
    pub active: usize,
    /// What topic links start with: the app's base path, or a full URL for a file.
    pub link_prefix: &'a str,
    /// A file of its own: the SVG namespace and a stylesheet of its own.
    pub standalone: bool,
}

/// The accessible name of a node: "HTTP, done".
pub fn node_label(title: &str, status: Status) -> String {
    format!("{title}, {}", status.label().to_lowercase())
}

/// The map as SVG markup.
pub fn render(layout: &MapLayout, view: &MapView) -> String {
    let mut out = String::with_capacity(400 * layout.nodes.len() + 2000);
    let here = view
        .current_stage
        .and_then(|i| layout.stages.get(i).map(|s| (i, s)));
    let description = format!(
        "{} stages and {} topics, top to bottom. Lines join each topic to the topics it builds on.{}",
        layout.stages.len(),
        layout.nodes.len(),
        here.map(|(i, s)| format!(" You are at stage {}, {}.", i + 1, s.title))
            .unwrap_or_default()
    );
    open_svg(
        &mut out,
        &SvgRoot {
            id: "plan-map",
            class: "plan-map",
            size: (layout.width, layout.height),
            title: &format!("Map of {}", layout.title),
            description: &description,
            is_image: false,
            standalone: view.standalone,
        },
    );
    if view.standalone {
        out.push_str(STANDALONE_STYLE);
    }
    out.push_str(
        "<defs><marker id=\"map-arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" \
         markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">\
         <path class=\"map-arrowhead\" d=\"M0 0L8 4L0 8z\"/></marker></defs>",
    );
    draw_stages(&mut out, layout, here.map(|(i, _)| i));
    draw_edges(&mut out, layout);
    for (i, node) in layout.nodes.iter().enumerate() {
        draw_node(&mut out, node, i, view);
    }
    out.push_str("</svg>");
    out
}

fn draw_stages(out: &mut String, layout: &MapLayout, here: Option<usize>) {
    let w = layout.width;
    for (i, stage) in layout.stages.iter().enumerate() {
        let is_here = here == Some(i);
        let class = if is_here {
            "map-stage map-stage-here"
        } else {
            "map-stage"
        };
        // The heading leaves room for "You are here" on the current stage.
        let room = if is_here { 110 } else { 0 };
        let chars = ((w - room - 2 * PAD) / 9).max(8) as usize;
        let name = wrap(&format!("{} · {}", i + 1, stage.title), chars, 1).remove(0);
        let _ = write!(
            out,
            "<g class=\"{class}\"><rect class=\"stage-band\" x=\"0\" y=\"{}\" width=\"{w}\" height=\"{}\" rx=\"12\"/>\
             <text class=\"stage-name\" x=\"{PAD}\" y=\"{}\">{}</text>",
            stage.y,
            stage.height,
            stage.y + 22,
            escape(&name)
        );
        if is_here {
            let _ = write!(
                out,
                "<text class=\"map-here\" x=\"{}\" y=\"{}\" text-anchor=\"end\">➤ You are here</text>",
                w - PAD,
                stage.y + 22
            );
        }
        out.push_str("</g>");
        if i + 1 < layout.stages.len() {
            let x = w / 2;
            let _ = write!(
                out,
                "<path class=\"map-spine\" d=\"M{x} {}V{}\" marker-end=\"url(#map-arrow)\"/>",
                stage.y + stage.height + 2,
                stage.y + stage.height + STAGE_GAP - 3
            );
        }
    }
}

fn draw_edges(out: &mut String, layout: &MapLayout) {
    for node in &layout.nodes {
        for &from in &node.builds_on {
            let source = &layout.nodes[from];
            let _ = write!(
                out,
                "<path class=\"map-edge\" data-from=\"{}\" data-to=\"{}\" d=\"{}\" marker-end=\"url(#map-arrow)\"/>",
                escape(&source.id),
                escape(&node.id),
                edge_path(source, node)
            );
        }
    }
}

/// A curve from a node to one that builds on it: bottom to top when the
/// target is lower, side to side in the same row, top to bottom when higher.
fn edge_path(from: &MapNode, to: &MapNode) -> String {
    let (fx, tx) = (from.x + NODE_W / 2, to.x + NODE_W / 2);
    if from.row == to.row {
        let (x1, x2) = if from.col < to.col {
            (from.x + NODE_W, to.x)
        } else {
            (from.x, to.x + NODE_W)
        };
        let y = from.y + NODE_H / 2;
        return format!("M{x1} {y}L{x2} {y}");
    }
    // Control points pull the curve out vertically, so it leaves and enters
    // the nodes straight.
    let (y1, y2, dir) = if to.y > from.y {
        (from.y + NODE_H, to.y - 1, 1)
    } else {
        (from.y, to.y + NODE_H + 1, -1)
    };
    let pull = ((y2 - y1).abs() / 2).clamp(12, 60) * dir;
    format!("M{fx} {y1}C{fx} {} {tx} {} {tx} {y2}", y1 + pull, y2 - pull)
}

fn draw_node(out: &mut String, node: &MapNode, i: usize, view: &MapView) {
    let status = (view.status_of)(&node.id);
    let tabindex = if i == view.active { 0 } else { -1 };
    let (x, y) = (node.x, node.y);
    // Shape tells the status apart without colour: a dashed border when
    // skipped, a half-filled bar when learning, a full fill when done.
    let dash = if status == Status::Skipped {
        " stroke-dasharray=\"5 4\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<a class=\"map-node\" href=\"{}/topic/{}\" data-topic=\"{}\" data-i=\"{i}\" data-status=\"{}\" tabindex=\"{tabindex}\" aria-label=\"{}\">\
         <rect class=\"node-box\" x=\"{x}\" y=\"{y}\" width=\"{NODE_W}\" height=\"{NODE_H}\" rx=\"8\"{dash}/>",
        view.link_prefix,
        escape(&node.id),
        escape(&node.id),
        status.id(),
        escape(&node_label(&node.title, status)),
    );
    let (lines, small) = title_lines(&node.title);
    if status == Status::Learning {
        let _ = write!(
            out,
            "<rect class=\"node-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" rx=\"2\"/>",
            x + 6,
            y + NODE_H - 8,
            NODE_W / 2 - 6
        );
    }
    let _ = write!(
        out,
        "<text class=\"node-icon\" x=\"{}\" y=\"{}\" aria-hidden=\"true\">{}</text><text class=\"node-title{}\" x=\"{}\" y=\"{}\">",
        x + 8,
        y + 19,
        status.icon(),
        if small { " small" } else { "" },
        x + 26,
        y + 19
    );
    for (k, line) in lines.iter().enumerate() {
        if k == 0 {
            out.push_str(&escape(line));
        } else {
            let _ = write!(
                out,
                "<tspan x=\"{}\" dy=\"{LINE_H}\">{}</tspan>",
                x + 26,
                escape(line)
            );
        }
    }
    out.push_str("</text></a>");
}

/// The map as an HTML list, for reading rather than seeing: each stage with
/// its link and "you are here", each topic with its link, its status and the
/// topics it builds on.
pub fn list_html(
    layout: &MapLayout,
    plan: &Plan,
    status_of: &dyn Fn(&str) -> Status,
    current_stage: usize,
    link_prefix: &str,
) -> String {
    let mut html = String::from("<ol class=\"map-list\">");
    for (s, stage) in layout.stages.iter().enumerate() {
        let here = if s == current_stage {
            " (you are here)"
        } else {
            ""
        };
        let stage_id = plan.stages.get(s).map_or("", |st| st.id.as_str());
        let _ = write!(
            html,
            "<li><a href=\"{link_prefix}/stage/{}\">{}</a>{here}<ul>",
            escape(stage_id),
            escape(&stage.title)
        );
        for node in layout.nodes.iter().filter(|n| n.stage == s) {
            let builds_on: Vec<&str> = node
                .builds_on
                .iter()
                .map(|&b| layout.nodes[b].title.as_str())
                .collect();
            let after = if builds_on.is_empty() {
                String::new()
            } else {
                format!("; builds on {}", builds_on.join(", "))
            };
            let _ = write!(
                html,
                "<li><a href=\"{link_prefix}/topic/{}\">{}</a>: {}{}</li>",
                escape(&node.id),
                escape(&node.title),
                status_of(&node.id).label().to_lowercase(),
                escape(&after)
            );
        }
        html.push_str("</ul></li>");
    }
    html.push_str("</ol>");
    html
}

/// A node's title in lines, and whether it needs the smaller type to fit whole.
fn title_lines(title: &str) -> (Vec<String>, bool) {
    let lines = wrap(title, LINE_CHARS, 4);
    if lines.concat().contains('…') {
        (wrap(title, SMALL_LINE_CHARS, 4), true)
    } else {
        (lines, false)
    }
}

/// The light palette of a downloaded map, which has no page stylesheet.
pub const STANDALONE_STYLE: &str = "<style>\
svg{font:12px system-ui,sans-serif;background:#fff}\
.stage-band{fill:#eef0f3}.map-stage-here .stage-band{stroke:#1f5fbf;stroke-width:2}\
.stage-name{font-weight:700;font-size:14px;fill:#1b1f24}.map-here{font-weight:700;fill:#1f5fbf}\
.map-spine{stroke:#555e69;stroke-width:2}.map-edge{fill:none;stroke:#8a939e;stroke-width:1.2;opacity:.6}\
.map-arrowhead{fill:#555e69}\
.node-box{fill:#fff;stroke:#555e69;stroke-width:1.5}.node-title{fill:#1b1f24}.node-title.small{font-size:10px}.node-icon{fill:#555e69;font-weight:700}\
[data-status=done] .node-box{fill:#dcf5e3;stroke:#1a7f37;stroke-width:2.5}[data-status=done] .node-icon{fill:#1a7f37}\
[data-status=learning] .node-box{stroke:#9a5b00;stroke-width:2}.node-bar{fill:#9a5b00}[data-status=learning] .node-icon{fill:#9a5b00}\
[data-status=skipped] .node-title{fill:#5e6670}\
</style>";

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("the embedded content parses")
    }

    #[test]
    fn columns_follow_the_width() {
        assert_eq!(columns_for_width(100), 1);
        assert_eq!(columns_for_width(328), 2);
        assert_eq!(columns_for_width(1000), 6);
        assert_eq!(columns_for_width(5000), MAX_COLUMNS);
    }

    #[test]
    fn every_topic_of_the_plan_is_one_node_inside_its_stage_band() {
        let catalog = catalog();
        for plan in catalog.plans() {
            for columns in [1, 2, 5] {
                let layout = lay_out(&catalog, plan, Track::default(), columns);
                let ids: Vec<&str> = layout.nodes.iter().map(|n| n.id.as_str()).collect();
                assert_eq!(ids, catalog.plan_topic_ids(plan), "{}", plan.id);
                assert_eq!(layout.stages.len(), plan.stages.len());
                for node in &layout.nodes {
                    let band = &layout.stages[node.stage];
                    assert!(
                        node.y >= band.y + STAGE_HEAD && node.y + NODE_H <= band.y + band.height
                    );
                    assert!(node.x >= 0 && node.x + NODE_W <= layout.width);
                }
                assert!(layout
                    .stages
                    .windows(2)
                    .all(|w| w[0].y + w[0].height < w[1].y));
            }
        }
    }

    #[test]
    fn nodes_link_to_the_prerequisites_in_the_plan() {
        let catalog = catalog();
        let plan = catalog.canonical();
        let layout = lay_out(&catalog, plan, Track::default(), 3);
        let rest = layout
            .position("rest")
            .expect("REST is in the canonical plan");
        let http = layout
            .position("http")
            .expect("HTTP is in the canonical plan");
        assert!(layout.nodes[rest].builds_on.contains(&http));
        let edges: usize = layout.nodes.iter().map(|n| n.builds_on.len()).sum();
        assert!(edges > 100, "only {edges} lines");
    }

    #[test]
    fn every_title_fits_its_node_whole_in_every_track() {
        // A cut title would show text its link's name does not contain.
        let catalog = catalog();
        for track in Track::ALL {
            for topic in catalog.topics() {
                let (lines, _) = title_lines(topic.title_for(track));
                assert_eq!(
                    lines.concat(),
                    topic.title_for(track),
                    "{} ({track:?})",
                    topic.id
                );
            }
        }
    }

    #[test]
    fn arrow_keys_move_in_reading_order_and_between_rows() {
        let catalog = catalog();
        let layout = lay_out(&catalog, catalog.canonical(), Track::default(), 3);
        let last = layout.nodes.len() - 1;
        assert_eq!(layout.step(0, Move::Previous), 0);
        assert_eq!(layout.step(0, Move::Next), 1);
        assert_eq!(layout.step(0, Move::Up), 0);
        assert_eq!(layout.step(1, Move::Down), 4);
        assert_eq!(layout.step(4, Move::Up), 1);
        assert_eq!(layout.step(last, Move::Next), last);
        assert_eq!(layout.step(last, Move::Down), last);
        assert_eq!(layout.step(5, Move::First), 0);
        assert_eq!(layout.step(5, Move::Last), last);
        // Down from the last row of a stage lands in the next stage's first row.
        let stage0_last = layout.nodes.iter().rposition(|n| n.stage == 0).unwrap();
        let below = layout.step(stage0_last, Move::Down);
        assert_eq!(layout.nodes[below].stage, 1);
        assert_eq!(layout.nodes[below].row, layout.nodes[stage0_last].row + 1);
    }

    #[test]
    fn the_drawing_shows_each_status_by_shape_icon_and_name() {
        let catalog = catalog();
        let layout = lay_out(&catalog, catalog.canonical(), Track::default(), 2);
        let status_of = |id: &str| match id {
            "http" => Status::Done,
            "dns" => Status::Learning,
            "how-the-internet-works" => Status::Skipped,
            _ => Status::Pending,
        };
        let svg = render(
            &layout,
            &MapView {
                status_of: &status_of,
                current_stage: Some(1),
                active: 2,
                link_prefix: "/roadmap",
                standalone: false,
            },
        );
        assert_eq!(
            svg.matches("<a class=\"map-node\"").count(),
            layout.nodes.len()
        );
        assert_eq!(svg.matches("tabindex=\"0\"").count(), 1);
        assert!(svg.contains("data-i=\"2\" data-status=\"pending\" tabindex=\"0\""));
        assert!(svg.contains("href=\"/roadmap/topic/http\" data-topic=\"http\""));
        assert!(svg.contains("aria-label=\"HTTP, done\""));
        assert_eq!(svg.matches("class=\"node-bar\"").count(), 1);
        assert_eq!(svg.matches("stroke-dasharray").count(), 1);
        assert_eq!(svg.matches("You are here").count(), 1);
        assert!(svg.contains("You are at stage 2"));
        assert!(!svg.contains("xmlns") && !svg.contains("<style>"));
        let file = render(
            &layout,
            &MapView {
                status_of: &status_of,
                current_stage: None,
                active: 0,
                link_prefix: "https://example.org/roadmap",
                standalone: true,
            },
        );
        assert!(file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(file.contains("<style>") && !file.contains("You are here"));
        let list = list_html(&layout, catalog.canonical(), &status_of, 1, "/r");
        assert_eq!(list.matches("/r/topic/").count(), layout.nodes.len());
        assert_eq!(list.matches("(you are here)").count(), 1);
        assert!(
            list.contains(">HTTP</a>: done; builds on How the internet works</li>"),
            "{list}"
        );
    }
}
