//! The canonical plan's weeks agree with its topic hours.

use super::Report;
use crate::content::catalog::{Catalog, HOURS_PER_WEEK};
use crate::content::model::SourceKind;

/// How far a stage's hours may stray from the middle of its weeks, in percent.
pub const WEEKS_TOLERANCE_PERCENT: u32 = 25;

/// Each canonical stage's topic hours, at [`HOURS_PER_WEEK`], fall within
/// [`WEEKS_TOLERANCE_PERCENT`] of the middle of its weeks. (A published plan's
/// weeks are its publisher's, shown as such beside our estimate.)
pub(super) fn check(r: &mut Report, catalog: &Catalog) {
    for (p, plan) in catalog.plans().iter().enumerate() {
        if plan.source.kind != SourceKind::Canonical {
            continue;
        }
        for stage in &plan.stages {
            let Some(weeks) = stage.weeks else {
                continue;
            };
            let hours = catalog.stage_hours(stage);
            // Compared in hours, scaled by 200 so that everything stays whole:
            // |hours - middle weeks × 30| ≤ 25% of middle weeks × 30.
            let middle_x2 = (weeks.min + weeks.max) * HOURS_PER_WEEK;
            let gap_x200 = (hours * 200).abs_diff(middle_x2 * 100);
            if gap_x200 > middle_x2 * WEEKS_TOLERANCE_PERCENT {
                r.add(
                    catalog.plan_file(p),
                    &stage.id,
                    format!(
                        "weeks {}–{} disagree with {hours} topic hours ({:.1} weeks at {HOURS_PER_WEEK} h a week; allowed ±{WEEKS_TOLERANCE_PERCENT}% of {:.1})",
                        weeks.min,
                        weeks.max,
                        f64::from(hours) / f64::from(HOURS_PER_WEEK),
                        f64::from(weeks.min + weeks.max) / 2.0
                    ),
                );
            }
        }
    }
}
