//! The parsed, indexed, immutable content and the queries the UI needs, with
//! the learner's own plans as an overlay its lookups by id fall back to.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

use super::check_key::concept_check_id;
use super::model::{
    Outlook, Plan, Question, Resource, ResourceKind, SourceKind, Stage, Topic, Track,
};

/// A content file: its path under `assets/roadmap/` and its JSON text.
pub type SourceFile<'a> = (&'a str, &'a str);

/// Content that could not be parsed, naming the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the file under `assets/roadmap/`.
    pub file: String,
    /// What serde reported.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

/// The learner's own plans and their own topics, as content: an overlay that
/// the catalog's lookups by id fall back to. `own_plans::install` builds it;
/// the published content beneath never changes.
#[derive(Debug, Default)]
pub struct OwnContent {
    /// The learner's live plans, in the order the switcher lists them.
    pub plans: Vec<&'static Plan>,
    /// Topics of the learner's own, by id.
    pub topics: HashMap<String, &'static Topic>,
}

/// Every topic, plan and figure, parsed once and indexed for lookups.
#[derive(Debug)]
pub struct Catalog {
    topics: Vec<Topic>,
    topic_file: Vec<String>,
    topic_index: HashMap<String, usize>,
    plans: Vec<Plan>,
    plan_file: Vec<String>,
    /// For each topic index, the indices of the plans that include it.
    topic_plans: Vec<Vec<usize>>,
    aliases: BTreeMap<String, String>,
    outlook: Outlook,
    own: RwLock<OwnContent>,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, json: &str) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError {
        file: file.to_owned(),
        message: e.to_string(),
    })
}

/// Content parsed so far, file by file: the browser parses one topic file
/// per start-up task, so that no task blocks the page for long.
#[derive(Debug, Default)]
pub struct ParsedContent {
    topics: Vec<Topic>,
    topic_file: Vec<String>,
}

impl ParsedContent {
    /// Parses one topic file and adds its topics after those parsed before.
    pub fn add_topics(&mut self, (file, json): SourceFile<'_>) -> Result<(), ContentError> {
        let parsed: Vec<Topic> = parse(file, json)?;
        self.topic_file
            .extend(parsed.iter().map(|_| file.to_owned()));
        self.topics.extend(parsed);
        Ok(())
    }

    /// Parses the plans (the first given is the canonical one), the figures
    /// and the aliases, and indexes everything into the catalog.
    pub fn finish(
        self,
        plan_files: &[SourceFile<'_>],
        outlook: SourceFile<'_>,
        aliases: SourceFile<'_>,
    ) -> Result<Catalog, ContentError> {
        let Self { topics, topic_file } = self;
        let mut plans = Vec::new();
        let mut plan_file = Vec::new();
        for (file, json) in plan_files {
            plans.push(parse::<Plan>(file, json)?);
            plan_file.push((*file).to_owned());
        }
        // First occurrence wins so that a duplicate id stays visible to validation.
        let mut topic_index = HashMap::with_capacity(topics.len());
        for (i, topic) in topics.iter().enumerate() {
            topic_index.entry(topic.id.clone()).or_insert(i);
        }
        let mut topic_plans = vec![Vec::new(); topics.len()];
        for (p, plan) in plans.iter().enumerate() {
            for id in plan.stages.iter().flat_map(|s| &s.topics) {
                if let Some(&t) = topic_index.get(id) {
                    if !topic_plans[t].contains(&p) {
                        topic_plans[t].push(p);
                    }
                }
            }
        }
        Ok(Catalog {
            topics,
            topic_file,
            topic_index,
            plans,
            plan_file,
            topic_plans,
            aliases: parse(aliases.0, aliases.1)?,
            outlook: parse(outlook.0, outlook.1)?,
            own: RwLock::default(),
        })
    }
}

impl Catalog {
    /// Parses content from its files; the first plan given is the canonical one.
    pub fn from_sources(
        topic_files: &[SourceFile<'_>],
        plan_files: &[SourceFile<'_>],
        outlook: SourceFile<'_>,
        aliases: SourceFile<'_>,
    ) -> Result<Self, ContentError> {
        let mut parsed = ParsedContent::default();
        for file in topic_files {
            parsed.add_topics(*file)?;
        }
        parsed.finish(plan_files, outlook, aliases)
    }

    /// All topics, in catalog order.
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// The file a topic came from, by its position in [`Catalog::topics`].
    pub fn topic_file(&self, index: usize) -> &str {
        &self.topic_file[index]
    }

    /// A topic by id, following aliases of renamed ids, or one of the learner's own.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.catalog_topic(id)
            .or_else(|| self.own().topics.get(id).copied())
    }

    /// A published topic by id, following aliases; never one of the learner's own.
    pub fn catalog_topic(&self, id: &str) -> Option<&Topic> {
        self.topic_index
            .get(self.resolve(id))
            .map(|&i| &self.topics[i])
    }

    /// Replaces the learner's plans and topics the lookups fall back to.
    pub fn set_own(&self, own: OwnContent) {
        *self.own.write().unwrap_or_else(PoisonError::into_inner) = own;
    }

    /// The learner's own plans.
    pub fn own_plans(&self) -> Vec<&'static Plan> {
        self.own().plans.clone()
    }

    fn own(&self) -> RwLockReadGuard<'_, OwnContent> {
        self.own.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// The current id for an id that may have been renamed.
    pub fn resolve<'a>(&'a self, id: &'a str) -> &'a str {
        match self.aliases.get(id) {
            Some(new_id) if !self.topic_index.contains_key(id) => new_id,
            _ => id,
        }
    }

    /// Old id to new id, as `aliases.json` lists them.
    pub fn aliases(&self) -> &BTreeMap<String, String> {
        &self.aliases
    }

    /// Old id and new id pairs, the form `Progress::apply_aliases` takes.
    pub fn alias_pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.aliases.iter().map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// Every tickable id of a plan: its stages' outcomes and project items, and
    /// the key concepts of its topics in every track. A plan reset stamps them all.
    pub fn plan_check_ids(&self, plan: &Plan) -> Vec<String> {
        let items = plan.stages.iter().flat_map(|stage| {
            let projects = stage.projects.iter().flat_map(|p| &p.checklist);
            stage
                .outcomes
                .iter()
                .chain(projects)
                .map(|item| item.id.clone())
        });
        let concepts = self
            .plan_topic_ids(plan)
            .into_iter()
            .filter_map(|id| self.topic(id))
            .flat_map(|topic| {
                let mut texts: Vec<&String> = topic.concepts.iter().collect();
                if topic.has_tracks() {
                    for track in Track::ALL {
                        texts.extend(topic.concepts_for(track));
                    }
                }
                texts.sort();
                texts.dedup();
                texts
                    .into_iter()
                    .map(|text| concept_check_id(&topic.id, text))
                    .collect::<Vec<_>>()
            });
        items.chain(concepts).collect()
    }

    /// All plans; the first is the canonical one.
    pub fn plans(&self) -> &[Plan] {
        &self.plans
    }

    /// The file a plan came from, by its position in [`Catalog::plans`].
    pub fn plan_file(&self, index: usize) -> &str {
        &self.plan_file[index]
    }

    /// A plan by id, published or the learner's own.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans
            .iter()
            .find(|p| p.id == id)
            .or_else(|| self.own().plans.iter().copied().find(|p| p.id == id))
    }

    /// The canonical plan (the app's own merged order).
    pub fn canonical(&self) -> &Plan {
        self.plans
            .iter()
            .find(|p| p.source.kind == SourceKind::Canonical)
            .unwrap_or(&self.plans[0])
    }

    /// A stage by id, with the plan it belongs to and its position; the
    /// learner's own plans included.
    pub fn stage(&self, stage_id: &str) -> Option<(&Plan, usize, &Stage)> {
        let own = self.own_plans();
        self.plans
            .iter()
            .chain(own.into_iter().map(|p| -> &Plan { p }))
            .find_map(|plan| {
                plan.stages
                    .iter()
                    .position(|s| s.id == stage_id)
                    .map(|i| (plan, i, &plan.stages[i]))
            })
    }

    /// The plans that include a topic, in plan order.
    pub fn plans_including(&self, topic_id: &str) -> Vec<&Plan> {
        self.topic_index
            .get(self.resolve(topic_id))
            .map(|&t| {
                self.topic_plans[t]
                    .iter()
                    .map(|&p| &self.plans[p])
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The stage of `plan` that lists a topic, with its position.
    pub fn stage_of<'a>(&self, plan: &'a Plan, topic_id: &str) -> Option<(usize, &'a Stage)> {
        plan.stages
            .iter()
            .enumerate()
            .find(|(_, s)| s.topics.iter().any(|t| t == topic_id))
    }

    /// Distinct topic ids a plan covers, in plan order.
    pub fn plan_topic_ids<'a>(&self, plan: &'a Plan) -> Vec<&'a str> {
        let mut seen = std::collections::HashSet::new();
        plan.stages
            .iter()
            .flat_map(|s| s.topics.iter())
            .map(String::as_str)
            .filter(|id| seen.insert(*id))
            .collect()
    }

    /// Whole percent of the catalog's topics a plan covers, 0 to 100.
    pub fn coverage_percent(&self, plan: &Plan) -> usize {
        self.plan_topic_ids(plan).len() * 100 / self.topics.len().max(1)
    }

    /// How many plans are published ones (all but the canonical plan).
    pub fn published_plan_count(&self) -> usize {
        self.plans
            .iter()
            .filter(|p| p.source.kind == SourceKind::Published)
            .count()
    }

    /// Catalog topics a plan leaves out, in catalog order.
    pub fn topics_missing_from<'a>(&'a self, plan: &Plan) -> Vec<&'a Topic> {
        let covered: std::collections::HashSet<&str> =
            self.plan_topic_ids(plan).into_iter().collect();
        self.topics
            .iter()
            .filter(|t| !covered.contains(t.id.as_str()))
            .collect()
    }

    /// The career figures.
    pub fn outlook(&self) -> &Outlook {
        &self.outlook
    }

    /// The topics a topic builds on, in the order the content lists them.
    pub fn prerequisites_of(&self, topic: &Topic) -> Vec<&Topic> {
        topic
            .prerequisites
            .iter()
            .filter_map(|id| self.topic(id))
            .collect()
    }

    /// The topics that name `topic_id` among their prerequisites, in catalog order.
    pub fn dependents_of(&self, topic_id: &str) -> Vec<&Topic> {
        self.topics
            .iter()
            .filter(|t| t.prerequisites.iter().any(|p| p == topic_id))
            .collect()
    }

    /// The sum of a stage's topic hours.
    pub fn stage_hours(&self, stage: &Stage) -> u32 {
        stage
            .topics
            .iter()
            .filter_map(|id| self.topic(id))
            .map(|t| t.hours)
            .sum()
    }
}

/// The hours a full-time learner studies in a week, the basis of every estimate
/// from hours ("about 3 weeks at 30 hours a week").
pub const HOURS_PER_WEEK: u32 = 30;

/// Weeks of study for `hours` at [`HOURS_PER_WEEK`], rounded to the nearest half
/// week and never below half a week, in tenths of a week (35 = 3.5 weeks).
pub fn estimated_weeks_tenths(hours: u32) -> u32 {
    let halves = (hours * 2 + HOURS_PER_WEEK / 2) / HOURS_PER_WEEK;
    halves.max(1) * 5
}

/// "3 weeks", "3.5 weeks", "0.5 weeks" from tenths of a week.
pub fn estimate_text(tenths: u32) -> String {
    let (whole, rest) = (tenths / 10, tenths % 10);
    let unit = if tenths == 10 { "week" } else { "weeks" };
    if rest == 0 {
        format!("{whole} {unit}")
    } else {
        format!("{whole}.{rest} {unit}")
    }
}

impl Question {
    /// The question a learner on `track` sees.
    pub fn prompt_for(&self, track: Track) -> &str {
        self.tracks
            .as_ref()
            .and_then(|t| t.get(track).prompt.as_deref())
            .unwrap_or(&self.prompt)
    }

    /// The model answer a learner on `track` sees.
    pub fn answer_for(&self, track: Track) -> &str {
        self.tracks
            .as_ref()
            .and_then(|t| t.get(track).answer.as_deref())
            .unwrap_or(&self.answer)
    }
}

impl Topic {
    /// The title a learner on `track` sees.
    pub fn title_for(&self, track: Track) -> &str {
        self.variant(track)
            .and_then(|v| v.title.as_deref())
            .unwrap_or(&self.title)
    }

    /// The summary a learner on `track` sees.
    pub fn summary_for(&self, track: Track) -> &str {
        self.variant(track)
            .and_then(|v| v.summary.as_deref())
            .unwrap_or(&self.summary)
    }

    /// The concepts a learner on `track` sees.
    pub fn concepts_for(&self, track: Track) -> &[String] {
        self.variant(track)
            .and_then(|v| v.concepts.as_deref())
            .unwrap_or(&self.concepts)
    }

    /// The resources a learner on `track` sees: the track's first, then the general ones.
    pub fn resources_for(&self, track: Track) -> Vec<&Resource> {
        let mut out: Vec<&Resource> = self
            .variant(track)
            .and_then(|v| v.resources.as_deref())
            .unwrap_or_default()
            .iter()
            .collect();
        for r in &self.resources {
            if !out.iter().any(|o| o.url == r.url) {
                out.push(r);
            }
        }
        out
    }

    /// The resources a learner on `track` sees, grouped by kind in
    /// [`ResourceKind::ALL`] order; kinds without a resource are left out.
    pub fn resources_by_kind(&self, track: Track) -> Vec<(ResourceKind, Vec<&Resource>)> {
        let all = self.resources_for(track);
        ResourceKind::ALL
            .into_iter()
            .map(|kind| {
                (
                    kind,
                    all.iter().copied().filter(|r| r.kind == kind).collect(),
                )
            })
            .filter(|(_, group): &(_, Vec<_>)| !group.is_empty())
            .collect()
    }

    /// Every resource of the topic: its own, then each track's in track order.
    pub fn all_resources(&self) -> impl Iterator<Item = &Resource> {
        let tracked = self.tracks.iter().flat_map(|tracks| {
            Track::ALL
                .into_iter()
                .flat_map(move |k| tracks.get(k).resources.iter().flatten())
        });
        self.resources.iter().chain(tracked)
    }

    /// Whether the topic differs by language track.
    pub fn has_tracks(&self) -> bool {
        self.tracks.is_some()
    }

    fn variant(&self, track: Track) -> Option<&super::model::TrackVariant> {
        self.tracks.as_ref().map(|t| t.get(track))
    }
}

/// A plan's length in weeks, summed over the stages that state a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanLength {
    /// Sum of the stages' fewest weeks.
    pub min: u32,
    /// Sum of the stages' most weeks.
    pub max: u32,
    /// Stages whose source gives no duration.
    pub undated: usize,
}

impl std::fmt::Display for PlanLength {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dated = self.max > 0;
        match (dated, self.undated) {
            (false, _) => f.write_str("not stated"),
            (true, 0) if self.min == self.max => write!(f, "{}", self.min),
            (true, 0) => write!(f, "{}–{}", self.min, self.max),
            (true, n) => {
                if self.min == self.max {
                    write!(f, "{}", self.min)?;
                } else {
                    write!(f, "{}–{}", self.min, self.max)?;
                }
                write!(f, " + {n} undated stage{}", if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl Plan {
    /// The plan's length: weeks of the dated stages and how many stages are undated.
    pub fn length(&self) -> PlanLength {
        self.stages.iter().fold(
            PlanLength {
                min: 0,
                max: 0,
                undated: 0,
            },
            |acc, s| match s.weeks {
                Some(w) => PlanLength {
                    min: acc.min + w.min,
                    max: acc.max + w.max,
                    ..acc
                },
                None => PlanLength {
                    undated: acc.undated + 1,
                    ..acc
                },
            },
        )
    }
}
