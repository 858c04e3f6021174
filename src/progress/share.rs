//! A read-only share link: topic statuses packed into a URL fragment.
//!
//! The fragment never reaches a server. Only statuses travel (no notes, no
//! ticks, no timestamps), grouped by status as `1~d.http.dns~l.redis`: the
//! version, then one group per status letter followed by dot-separated ids.
//! Every character is URL-safe, so the link needs no escaping.

use std::collections::BTreeMap;
use std::fmt;

use super::state::{Millis, Progress, Status};
use crate::content::is_kebab_case;

/// The version written at the start of every share fragment.
const VERSION: &str = "1";

/// Fragments longer than this are refused before any parsing.
pub const MAX_SHARE_LEN: usize = 20_000;

/// Why a share fragment could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// Longer than [`MAX_SHARE_LEN`].
    TooLong,
    /// A version this app does not know.
    UnknownVersion,
    /// A group or id that is not well formed.
    Malformed,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "This share link holds no progress.",
            Self::TooLong => "This share link is too long to be one made by this app.",
            Self::UnknownVersion => "This share link comes from a newer version of the app.",
            Self::Malformed => "This share link is damaged: part of it is missing or mistyped.",
        })
    }
}

impl std::error::Error for ShareError {}

fn letter(status: Status) -> char {
    match status {
        Status::Pending => 'p',
        Status::Learning => 'l',
        Status::Done => 'd',
        Status::Skipped => 's',
    }
}

/// Packs every non-pending status into a fragment (without the `#`).
pub fn encode_share(progress: &Progress) -> String {
    let mut out = String::from(VERSION);
    for status in [Status::Done, Status::Learning, Status::Skipped] {
        let ids: Vec<&str> = progress
            .topics
            .iter()
            .filter(|(id, e)| e.status == status && is_kebab_case(id))
            .map(|(id, _)| id.as_str())
            .collect();
        if !ids.is_empty() {
            out.push('~');
            out.push(letter(status));
            for id in ids {
                out.push('.');
                out.push_str(id);
            }
        }
    }
    out
}

/// Reads a fragment (with or without the leading `#`) into statuses by topic id.
///
/// Ids the content does not know are kept; the caller decides what to show.
pub fn decode_share(fragment: &str) -> Result<BTreeMap<String, Status>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    if fragment.len() > MAX_SHARE_LEN {
        return Err(ShareError::TooLong);
    }
    let mut groups = fragment.split('~');
    if groups.next() != Some(VERSION) {
        return Err(ShareError::UnknownVersion);
    }
    let mut statuses = BTreeMap::new();
    for group in groups {
        let mut parts = group.split('.');
        let status = match parts.next() {
            Some("d") => Status::Done,
            Some("l") => Status::Learning,
            Some("s") => Status::Skipped,
            _ => return Err(ShareError::Malformed),
        };
        for id in parts {
            if !is_kebab_case(id) || id.len() > 100 {
                return Err(ShareError::Malformed);
            }
            statuses.insert(id.to_owned(), status);
        }
    }
    Ok(statuses)
}

/// The statuses of a share link as progress of their own, to be shown beside
/// the viewer's (unstamped: it is never merged or stored).
pub fn shared_progress(statuses: &BTreeMap<String, Status>) -> Progress {
    let mut progress = Progress::default();
    import_share(&mut progress, statuses, 0);
    progress
}

/// Sets every status of a share link in `progress`, stamped `now`; notes and
/// ticks stay as they are.
pub fn import_share(progress: &mut Progress, statuses: &BTreeMap<String, Status>, now: Millis) {
    for (id, status) in statuses {
        progress.set_status(id, *status, now);
    }
}

/// What a share link holds, for example "This link shares 2 topics: 1 done,
/// 1 learning, 0 skipped."
pub fn share_summary(statuses: &BTreeMap<String, Status>) -> String {
    let count = |s: Status| statuses.values().filter(|v| **v == s).count();
    format!(
        "This link shares {} topic{}: {} done, {} learning, {} skipped.",
        statuses.len(),
        if statuses.len() == 1 { "" } else { "s" },
        count(Status::Done),
        count(Status::Learning),
        count(Status::Skipped)
    )
}
