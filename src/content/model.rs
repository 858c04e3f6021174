//! The content types, exactly as the JSON files under `assets/roadmap/` spell them.

use serde::Deserialize;

/// One subject a learner studies, such as "HTTP" or "Indexes".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable kebab-case id; progress is keyed by it.
    pub id: String,
    /// Display title.
    pub title: String,
    /// Two to four sentences on what the topic is.
    pub summary: String,
    /// Why a backend developer needs it.
    pub why: String,
    /// Short, checkable ideas.
    pub concepts: Vec<String>,
    /// Where to learn it.
    pub resources: Vec<Resource>,
    /// Estimated hours for a first solid pass.
    pub hours: u32,
    /// Free-form area tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Language-specific variants, where the concrete tool differs.
    #[serde(default)]
    pub tracks: Option<Tracks>,
    /// Ids of the topics this one builds on.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// How hard the topic is for someone who knows its prerequisites.
    pub difficulty: Difficulty,
    /// Self-check questions with model answers.
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// How hard a topic is, for someone who knows its prerequisites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Needs no more than the prerequisites.
    Beginner,
    /// Assumes some practice with the basics.
    Intermediate,
    /// Assumes working experience.
    Advanced,
}

impl Difficulty {
    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Beginner => "Beginner",
            Self::Intermediate => "Intermediate",
            Self::Advanced => "Advanced",
        }
    }
}

/// A self-check question with a model answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique across the catalog; review state is keyed by it.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// A model answer of two to five sentences.
    pub answer: String,
    /// Whether interviewers commonly ask it.
    #[serde(default)]
    pub interview: bool,
    /// Per-language wording, where the answer depends on the track.
    #[serde(default)]
    pub tracks: Option<PerTrack<QuestionVariant>>,
}

/// What a track changes in a question; fields left out fall back to the question's own.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionVariant {
    /// Track-specific question.
    pub prompt: Option<String>,
    /// Track-specific answer.
    pub answer: Option<String>,
}

/// A link to learning material.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    /// Link text.
    pub title: String,
    /// An https URL.
    pub url: String,
    /// What sort of material it is.
    pub kind: ResourceKind,
    /// Whether it costs nothing to use.
    pub free: bool,
}

/// The sort of a resource; the UI groups resources by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    /// Documentation or specification by the owner or a standards body.
    Official,
    /// Reference documentation by a well-known third party.
    Docs,
    /// A written article or guide.
    Article,
    /// A video or talk.
    Video,
    /// A structured course.
    Course,
    /// A book.
    Book,
    /// Exercises or a practice platform.
    Practice,
    /// A tool to install or use.
    Tool,
}

impl ResourceKind {
    /// Every kind, in display order.
    pub const ALL: [ResourceKind; 8] = [
        Self::Official,
        Self::Docs,
        Self::Article,
        Self::Video,
        Self::Course,
        Self::Book,
        Self::Practice,
        Self::Tool,
    ];

    /// A plural heading for a group of resources of this kind.
    pub fn heading(self) -> &'static str {
        match self {
            Self::Official => "Official documentation",
            Self::Docs => "Reference",
            Self::Article => "Articles",
            Self::Video => "Videos",
            Self::Course => "Courses",
            Self::Book => "Books",
            Self::Practice => "Practice",
            Self::Tool => "Tools",
        }
    }

    /// The lowercase name used in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::Official => "official",
            Self::Docs => "docs",
            Self::Article => "article",
            Self::Video => "video",
            Self::Course => "course",
            Self::Book => "book",
            Self::Practice => "practice",
            Self::Tool => "tool",
        }
    }
}

/// The language tracks a learner can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Track {
    /// Python: FastAPI or Django, SQLAlchemy, pytest, Celery.
    #[default]
    Python,
    /// JavaScript on Node.js: Express, Prisma, Jest, BullMQ.
    Javascript,
    /// Java: Spring Boot, Hibernate, JUnit.
    Java,
    /// Go: net/http, database/sql, the go tool.
    Go,
}

impl Track {
    /// Every track, in display order.
    pub const ALL: [Track; 4] = [Self::Python, Self::Javascript, Self::Java, Self::Go];

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Python => "Python",
            Self::Javascript => "JavaScript (Node.js)",
            Self::Java => "Java",
            Self::Go => "Go",
        }
    }

    /// The lowercase id used in JSON and in settings.
    pub fn id(self) -> &'static str {
        match self {
            Self::Python => "python",
            Self::Javascript => "javascript",
            Self::Java => "java",
            Self::Go => "go",
        }
    }

    /// Parses a track id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// One value per language track; content gives all of them or none.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerTrack<T> {
    /// For Python.
    pub python: T,
    /// For JavaScript (Node.js).
    pub javascript: T,
    /// For Java.
    pub java: T,
    /// For Go.
    pub go: T,
}

impl<T> PerTrack<T> {
    /// The value for one track.
    pub fn get(&self, track: Track) -> &T {
        match track {
            Track::Python => &self.python,
            Track::Javascript => &self.javascript,
            Track::Java => &self.java,
            Track::Go => &self.go,
        }
    }
}

/// The per-language variants of a topic.
pub type Tracks = PerTrack<TrackVariant>;

/// What a track changes in a topic; fields left out fall back to the topic's own.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackVariant {
    /// Track-specific title.
    pub title: Option<String>,
    /// Track-specific summary.
    pub summary: Option<String>,
    /// Track-specific concepts.
    pub concepts: Option<Vec<String>>,
    /// Track-specific resources.
    pub resources: Option<Vec<Resource>>,
}

/// A published or canonical ordering of topics into stages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Stable kebab-case id.
    pub id: String,
    /// Display title.
    pub title: String,
    /// Who published it.
    pub source: PlanSource,
    /// One or two sentences on the plan.
    pub summary: String,
    /// The stages in order.
    pub stages: Vec<Stage>,
    /// Industries the publisher names as employers.
    #[serde(default)]
    pub industries: Vec<String>,
    /// Job roles the publisher names.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Common mistakes the publisher warns about.
    #[serde(default)]
    pub mistakes: Vec<String>,
}

/// Who published a plan.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSource {
    /// The publisher's name, or a neutral description.
    pub name: String,
    /// Whether the plan is ours or a published one.
    pub kind: SourceKind,
    /// Year of publication; `None` when the page gives none.
    pub year: Option<u16>,
    /// Extra facts about the source.
    #[serde(default)]
    pub note: Option<String>,
}

/// Whether a plan is the app's own merged plan or a published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The merged plan this app maintains.
    Canonical,
    /// A plan as a third party published it.
    Published,
    /// A plan of the learner's own (never in the content files).
    Own,
}

/// A span of weeks for a full-time learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weeks {
    /// Fewest weeks.
    pub min: u32,
    /// Most weeks.
    pub max: u32,
}

/// One step of a plan.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id, unique across all plans.
    pub id: String,
    /// Display title.
    pub title: String,
    /// Duration; `None` when the source gives none.
    pub weeks: Option<Weeks>,
    /// What the stage is about.
    pub summary: String,
    /// Topic ids, in study order.
    pub topics: Vec<String>,
    /// What the learner can do at the end.
    #[serde(default)]
    pub outcomes: Vec<ChecklistItem>,
    /// Mini-projects.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// Key skills the publisher lists for the stage.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Courses the publisher recommends for the stage.
    #[serde(default)]
    pub courses: Vec<Course>,
    /// Weeks the learner gave a stage of their own plan: its length on the
    /// calendar, whatever its hours (never in the content files).
    #[serde(skip)]
    pub fixed_weeks: Option<u16>,
}

/// A course a publisher recommends, as its page describes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The course's name.
    pub title: String,
    /// How long it takes, as published (such as "8 weeks").
    pub duration: String,
    /// Its level, as published (such as "Beginner").
    pub level: String,
}

/// A line a learner can tick.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable id, unique across all plans.
    pub id: String,
    /// What to tick.
    pub text: String,
    /// Written by us inside a published plan, not by its publisher.
    #[serde(default)]
    pub ours: bool,
}

/// A mini-project that closes a stage.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id, unique across all plans.
    pub id: String,
    /// Display title.
    pub title: String,
    /// What to build.
    pub brief: String,
    /// Steps to tick.
    pub checklist: Vec<ChecklistItem>,
    /// Written by us inside a published plan, not by its publisher.
    #[serde(default)]
    pub ours: bool,
}

/// Career figures, each naming its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// Where the figures come from.
    pub sources: Vec<OutlookSource>,
    /// The figures.
    pub figures: Vec<Figure>,
}

/// A publication that printed career figures.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutlookSource {
    /// Id that figures refer to.
    pub id: String,
    /// Publisher or description.
    pub name: String,
    /// Year of publication; `None` when the page gives none.
    pub year: Option<u16>,
    /// Extra facts.
    #[serde(default)]
    pub note: Option<String>,
}

/// Whether a figure is a salary or a market figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// Pay per period.
    Salary,
    /// Growth, openings and the like.
    Market,
}

/// One career figure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id.
    pub id: String,
    /// What the figure is.
    pub label: String,
    /// Salary or market.
    pub kind: FigureKind,
    /// Low end (every published figure is a whole number).
    pub min: u64,
    /// High end (equal to `min` for a single value).
    pub max: u64,
    /// Unit, such as "INR lakh per year".
    pub unit: String,
    /// Country or region.
    pub region: String,
    /// Experience level.
    pub level: String,
    /// Id of an [`OutlookSource`].
    pub source: String,
    /// Year the figure refers to; `None` when its page gives none ("undated").
    pub year: Option<u16>,
    /// Caveats.
    #[serde(default)]
    pub note: Option<String>,
}
