//! One file per route.

pub mod all_topics;
pub mod compare;
pub mod data;
pub mod home;
pub mod map;
pub mod not_found;
pub mod outlook;
pub mod plan_editor;
pub mod plan_link;
pub mod plans;
pub mod progress;
pub mod review;
pub mod settings;
pub mod shared;
pub mod stage;
pub mod topic;

use crate::content::{
    estimate_text, estimated_weeks_tenths, Catalog, Plan, SourceKind, Stage, Weeks, HOURS_PER_WEEK,
};

/// "3–4 weeks", "1 week", or a note that the source gives no duration.
pub fn weeks_text(weeks: Option<Weeks>) -> String {
    match weeks {
        None => "Duration not given".to_owned(),
        Some(Weeks { min: 1, max: 1 }) => "1 week".to_owned(),
        Some(Weeks { min, max }) if min == max => format!("{min} weeks"),
        Some(Weeks { min, max }) => format!("{min}–{max} weeks"),
    }
}

/// "1 topic" or "N topics".
pub fn topics_text(n: usize) -> String {
    if n == 1 {
        "1 topic".to_owned()
    } else {
        format!("{n} topics")
    }
}

/// A stage's length as a learner should read it. The canonical plan's weeks
/// are our own estimate and agree with its hours; a published plan's weeks are
/// the publisher's, so our estimate from the hours stands beside them.
pub fn stage_length_text(catalog: &Catalog, plan: &Plan, stage: &Stage) -> String {
    let hours = catalog.stage_hours(stage);
    let estimate = estimate_text(estimated_weeks_tenths(hours));
    match (plan.source.kind, stage.weeks) {
        (SourceKind::Canonical, _) => format!("{} · about {hours} hours", weeks_text(stage.weeks)),
        (SourceKind::Published, Some(w)) => format!(
            "The publisher suggests {} · our estimate {estimate} ({hours} h at {HOURS_PER_WEEK} h a week)",
            weeks_text(Some(w))
        ),
        (SourceKind::Published, None) => format!(
            "The publisher gives no duration · our estimate {estimate} ({hours} h at {HOURS_PER_WEEK} h a week)"
        ),
        (SourceKind::Own, _) => match stage.fixed_weeks {
            Some(w) => format!(
                "{}, as you set · {hours} h of topics",
                weeks_text(Some(Weeks { min: w.into(), max: w.into() }))
            ),
            None => format!("{hours} h of topics, dated at your pace"),
        },
    }
}

/// Our estimate of a plan's whole length from its topic hours, with the hours.
pub fn plan_estimate_text(catalog: &Catalog, plan: &Plan) -> String {
    let hours: u32 = plan.stages.iter().map(|s| catalog.stage_hours(s)).sum();
    format!(
        "{} ({hours} h)",
        estimate_text(estimated_weeks_tenths(hours))
    )
}
