//! The only code that touches browser storage, all of it through gloo-storage
//! behind a one-time probe. Every failure here becomes a value the UI shows;
//! nothing here panics.
//!
//! Keys:
//! - [`KEY`]: progress, as the JSON text of `progress::encode`;
//! - [`PREVIOUS_KEY`]: the copy the first save of a visit replaced;
//! - [`BACKUP_PREFIX`] (and `…:<millis>` after it): text that could not be read,
//!   set aside as a JSON string, never overwritten.

use std::cell::{Cell, RefCell};

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::value::RawValue;

use crate::progress::{self, Progress};

/// Where progress lives.
pub const KEY: &str = "backend-roadmap:progress";
/// The last copy that was written successfully before the current one.
pub const PREVIOUS_KEY: &str = "backend-roadmap:progress:previous";
/// Raw text that could not be read, kept for the learner to download; later
/// backups get a `:<millis>` suffix so that none overwrites another.
pub const BACKUP_PREFIX: &str = "backend-roadmap:progress:unreadable";

/// What went wrong with storage, for the UI to explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageIssue {
    /// localStorage is missing or throws: progress lives in memory only.
    Unavailable,
    /// Stored progress could not be read at all; its raw text was set aside.
    Unreadable(String),
    /// Stored progress could not be read, and setting it aside failed too, so
    /// the app does not save over it.
    UnreadableNotSetAside(String),
    /// Stored progress was read, but some entries were malformed and left out.
    PartlyRecovered(usize),
    /// The browser refused to store more; the last good copy is intact.
    Full,
}

impl StorageIssue {
    /// A sentence for the learner.
    pub fn message(&self) -> String {
        match self {
            Self::Unavailable => "This browser is not letting the app store data (private mode or blocked site data). Your progress works for this visit but will not be kept: export it before you close the tab.".into(),
            Self::Unreadable(why) => format!("Your saved progress could not be read ({why}) and was set aside untouched, so you are starting fresh. You can download the unreadable data to keep or repair it."),
            Self::UnreadableNotSetAside(why) => format!("Your saved progress could not be read ({why}), and the browser had no room to set it aside, so nothing will be saved over it: changes on this visit are not kept. Download the unreadable data, then free some space or delete it on the data page."),
            Self::PartlyRecovered(n) => format!("Some saved progress was damaged: {n} entr{} could not be read and were left out; everything else was recovered. The original text was set aside and can be downloaded.", if *n == 1 { "y" } else { "ies" }),
            Self::Full => "The browser's storage for this site is full, so the latest change was not saved. Your last saved progress is intact; export your progress and free some space.".into(),
        }
    }

    /// Whether there is unreadable text for the learner to download.
    pub fn has_unreadable_text(&self) -> bool {
        matches!(
            self,
            Self::Unreadable(_) | Self::UnreadableNotSetAside(_) | Self::PartlyRecovered(_)
        )
    }

    /// Whether saving must stop: storage cannot be written, or a save would
    /// destroy text that exists nowhere else.
    pub fn stops_saving(&self) -> bool {
        matches!(self, Self::Unavailable | Self::UnreadableNotSetAside(_))
    }
}

thread_local! {
    /// Whether localStorage can be reached: probed once, since gloo-storage
    /// throws when it cannot.
    static REACHABLE: Cell<Option<bool>> = const { Cell::new(None) };
    /// Whether this page has already kept the stored copy under [`PREVIOUS_KEY`].
    static PREVIOUS_KEPT: Cell<bool> = const { Cell::new(false) };
    /// The text known to be stored now (written here or seen from another tab),
    /// so that an unchanged state is never written again and tabs do not echo.
    static STORED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether localStorage can be used. Some browsers throw on merely reading
/// `window.localStorage` (blocked site data), which gloo-storage would turn
/// into a panic; the probe asks web-sys once and remembers.
fn reachable() -> bool {
    REACHABLE.get().unwrap_or_else(|| {
        let ok = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
        REACHABLE.set(Some(ok));
        ok
    })
}

/// The text stored under `key`, exactly as stored.
fn read(key: &str) -> Result<Option<String>, StorageIssue> {
    if !reachable() {
        return Err(StorageIssue::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| StorageIssue::Unavailable)
}

/// Stores `value` as JSON under `key`; setItem replaces a value whole or not at all.
fn write(key: &str, value: impl serde::Serialize) -> Result<(), StorageIssue> {
    if !reachable() {
        return Err(StorageIssue::Unavailable);
    }
    LocalStorage::set(key, value).map_err(|e| match e {
        StorageError::JsError(js) if js.name.contains("Quota") => StorageIssue::Full,
        _ => StorageIssue::Unavailable,
    })
}

/// Progress as stored, with any issue met while reading it.
#[derive(Default)]
pub struct Loaded {
    /// What could be read (default when nothing was stored).
    pub progress: Progress,
    /// A problem to tell the learner about.
    pub issue: Option<StorageIssue>,
}

/// Reads progress at start, setting unreadable text aside before anything can
/// overwrite it.
pub fn load() -> Loaded {
    let raw = match read(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                progress: Progress::default(),
                issue: None,
            }
        }
        Err(issue) => {
            return Loaded {
                progress: Progress::default(),
                issue: Some(issue),
            }
        }
    };
    let (progress, why) = match progress::decode(&raw) {
        Ok(decoded) if decoded.dropped == 0 => {
            STORED.set(Some(raw));
            return Loaded {
                progress: decoded.progress,
                issue: None,
            };
        }
        Ok(decoded) => (decoded.progress, Err(decoded.dropped)),
        Err(error) => (previous_copy().unwrap_or_default(), Ok(error.to_string())),
    };
    let set_aside = set_aside(&raw);
    let issue = match (why, set_aside) {
        (Err(dropped), Ok(())) => StorageIssue::PartlyRecovered(dropped),
        (Ok(why), Ok(())) => StorageIssue::Unreadable(why),
        (Err(dropped), Err(_)) => {
            StorageIssue::UnreadableNotSetAside(format!("{dropped} damaged entries"))
        }
        (Ok(why), Err(_)) => StorageIssue::UnreadableNotSetAside(why),
    };
    Loaded {
        progress,
        issue: Some(issue),
    }
}

/// The copy kept under [`PREVIOUS_KEY`], when it reads cleanly.
fn previous_copy() -> Option<Progress> {
    let text = read(PREVIOUS_KEY).ok()??;
    progress::decode(&text).ok().map(|d| d.progress)
}

/// Keeps `raw` under a backup key: the first free one, or the one already
/// holding the same text. Never overwrites a different backup.
fn set_aside(raw: &str) -> Result<(), StorageIssue> {
    let mut key = BACKUP_PREFIX.to_owned();
    if let Some(existing) = backup_text(&key) {
        if existing == raw {
            return Ok(());
        }
        key = format!("{BACKUP_PREFIX}:{}", crate::web::now_ms());
    }
    write(&key, raw)?;
    // Trust the write only once it reads back whole.
    match backup_text(&key) {
        Some(kept) if kept == raw => Ok(()),
        _ => Err(StorageIssue::Full),
    }
}

/// Writes progress. The first write of a page keeps the copy it replaces under
/// [`PREVIOUS_KEY`], so a bad session can always be rolled back to how it began;
/// later writes skip that copy, which keeps every status click cheap.
pub fn save(text: &str) -> Result<(), StorageIssue> {
    if STORED.with_borrow(|s| s.as_deref() == Some(text)) {
        return Ok(());
    }
    if !PREVIOUS_KEPT.get() {
        let current = read(KEY)?;
        if current.as_deref() == Some(text) {
            STORED.set(current);
            return Ok(());
        }
        if let Some(current) = current {
            if progress::decode(&current).is_ok_and(|d| d.dropped == 0) {
                if let Ok(json) = RawValue::from_string(current) {
                    // Best effort: the current copy stays in place if this fails.
                    let _ = write(PREVIOUS_KEY, json);
                }
            }
        }
        PREVIOUS_KEPT.set(true);
    }
    let json = RawValue::from_string(text.to_owned()).map_err(|_| StorageIssue::Unavailable)?;
    write(KEY, json)?;
    STORED.set(Some(text.to_owned()));
    Ok(())
}

/// A copy of progress kept aside in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// Its storage key.
    pub key: String,
    /// What it is, for the learner.
    pub label: String,
    /// Its text.
    pub text: String,
}

/// Every backup in storage: the unreadable texts set aside and the previous copy.
pub fn backups() -> Vec<Backup> {
    if !reachable() {
        return Vec::new();
    }
    let store = LocalStorage::raw();
    let keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|i| store.key(i).ok().flatten())
        .collect();
    let mut out: Vec<Backup> = keys
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|key| {
            let text = backup_text(&key)?;
            let label = match key.strip_prefix(BACKUP_PREFIX) {
                Some("") => "Unreadable progress, set aside".to_owned(),
                _ => "Unreadable progress, set aside later".to_owned(),
            };
            Some(Backup { key, label, text })
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    if let Ok(Some(text)) = read(PREVIOUS_KEY) {
        out.push(Backup {
            key: PREVIOUS_KEY.to_owned(),
            label: "Your progress as it was before this visit's first change".to_owned(),
            text,
        });
    }
    out
}

/// The text of a backup: a JSON string as written here, or raw text as earlier
/// versions wrote it.
fn backup_text(key: &str) -> Option<String> {
    LocalStorage::get::<String>(key)
        .ok()
        .or_else(|| read(key).ok().flatten())
}

/// The unreadable text to offer for download: the stored text itself while it
/// is still in place (it could not be set aside), else the newest backup.
pub fn unreadable_text() -> Option<String> {
    let stored = read(KEY).ok().flatten();
    if let Some(text) = stored.filter(|t| progress::decode(t).map_or(true, |d| d.dropped > 0)) {
        return Some(text);
    }
    backups()
        .into_iter()
        .filter(|b| b.key != PREVIOUS_KEY)
        .map(|b| b.text)
        .next_back()
}

/// Deletes a backup the learner has dealt with.
pub fn delete_backup(key: &str) {
    if reachable() && (key.starts_with(BACKUP_PREFIX) || key == PREVIOUS_KEY) {
        LocalStorage::delete(key);
    }
}

/// The progress another tab has just written, read from a window `storage`
/// event (`None` for other keys, a removal, or text that cannot be read).
pub fn other_tab_progress(ev: &web_sys::StorageEvent) -> Option<Progress> {
    if ev.key().as_deref() != Some(KEY) {
        return None;
    }
    let text = ev.new_value()?;
    let decoded = progress::decode(&text).ok();
    // What is stored now is that tab's text: remember it, so that our next
    // save writes only if the merged state differs from it.
    STORED.set(Some(text));
    decoded.map(|d| d.progress)
}

/// Asks the browser to keep this site's storage through storage pressure
/// (`navigator.storage.persist()`); resolves to whether it is persistent now.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    let granted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    granted.as_bool()
}

/// Whether this site's storage is persistent (`navigator.storage.persisted()`).
pub async fn is_persistent() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persisted().ok()?;
    let persisted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    persisted.as_bool()
}
