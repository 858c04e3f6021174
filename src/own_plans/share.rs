//! A plan in a link: the plan file, compact and compressed (the browser's
//! `deflate-raw`), in base64url after the `#`, so it never reaches a server.
//!
//! `#1.` then the data. This module owns the text and the base64url framing;
//! the compression is the browser's, on both ends (`web::deflate`).

use std::fmt;

use super::file::{compact_plan_file, decode_plan_file, PlanFileError, UnknownTopics};
use super::model::OwnPlan;
use crate::content::Catalog;
use crate::progress::Millis;

/// The longest fragment a plan link may have; a larger plan is shared as a file.
pub const MAX_PLAN_LINK: usize = 8 * 1024;

/// What every plan link's fragment starts with: the version of its encoding.
const PREFIX: &str = "1.";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The plan as the text a link carries, before compression.
pub fn plan_link_text(plan: &OwnPlan) -> String {
    compact_plan_file(plan)
}

/// The fragment (without `#`) for compressed plan text; `None` when it is
/// longer than [`MAX_PLAN_LINK`].
pub fn plan_link_fragment(compressed: &[u8]) -> Option<String> {
    let fragment = format!("{PREFIX}{}", base64url(compressed));
    (fragment.len() <= MAX_PLAN_LINK).then_some(fragment)
}

/// Why a plan link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanLinkError {
    /// Not a plan link of this app, or damaged.
    Damaged,
    /// The plan inside is not a valid plan.
    Invalid(Vec<PlanFileError>),
}

impl fmt::Display for PlanLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Damaged => f.write_str(
                "This plan link is damaged: part of it is missing or mistyped. Ask for the link again, or for the plan file.",
            ),
            Self::Invalid(errors) => {
                f.write_str("This plan link holds a plan this app cannot read:")?;
                for e in errors {
                    write!(f, " {e}")?;
                }
                Ok(())
            }
        }
    }
}

/// The compressed bytes a fragment (without `#`) holds.
pub fn plan_link_bytes(fragment: &str) -> Result<Vec<u8>, PlanLinkError> {
    let data = fragment
        .strip_prefix(PREFIX)
        .filter(|d| !d.is_empty() && fragment.len() <= MAX_PLAN_LINK)
        .ok_or(PlanLinkError::Damaged)?;
    unbase64url(data).ok_or(PlanLinkError::Damaged)
}

/// The plan in a link's decompressed text, as a plan with `id` stamped `now`.
pub fn read_plan_link(
    text: &str,
    catalog: &Catalog,
    id: &str,
    now: Millis,
) -> Result<OwnPlan, PlanLinkError> {
    decode_plan_file(text, catalog, UnknownTopics::KeepAsOwn, id, now)
        .map_err(PlanLinkError::Invalid)
}

/// Base64url without padding (RFC 4648, section 5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url without padding; `None` on any other character or a
/// length no encoder writes.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}
