//! The only code that touches localStorage. Every failure here becomes a value
//! the UI shows; nothing here panics.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::progress::{self, Progress};

/// Where progress lives.
pub const KEY: &str = "backend-roadmap:progress";
/// The last copy that was written successfully before the current one.
pub const PREVIOUS_KEY: &str = "backend-roadmap:progress:previous";
/// Raw text that could not be read, kept for the learner to download.
pub const BACKUP_KEY: &str = "backend-roadmap:progress:unreadable";

/// What went wrong with storage, for the UI to explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageIssue {
    /// localStorage is missing or throws: progress lives in memory only.
    Unavailable,
    /// Stored progress could not be read at all; its raw text is under [`BACKUP_KEY`].
    Unreadable(String),
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
            Self::PartlyRecovered(n) => format!("Some saved progress was damaged: {n} entr{} could not be read and were left out; everything else was recovered. The original text was set aside and can be downloaded.", if *n == 1 { "y" } else { "ies" }),
            Self::Full => "The browser's storage for this site is full, so the latest change was not saved. Your last saved progress is intact; export your progress and free some space.".into(),
        }
    }

    /// Whether the raw stored text was set aside for download.
    pub fn has_backup(&self) -> bool {
        matches!(self, Self::Unreadable(_) | Self::PartlyRecovered(_))
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Progress as stored, with any issue met while reading it.
pub struct Loaded {
    /// What could be read (default when nothing was stored).
    pub progress: Progress,
    /// Whether the store can be written.
    pub available: bool,
    /// A problem to tell the learner about.
    pub issue: Option<StorageIssue>,
}

/// Reads progress at start, setting unreadable data aside under [`BACKUP_KEY`].
pub fn load() -> Loaded {
    let unavailable = || Loaded {
        progress: Progress::default(),
        available: false,
        issue: Some(StorageIssue::Unavailable),
    };
    let Some(store) = local_storage() else {
        return unavailable();
    };
    let Ok(raw) = store.get_item(KEY) else {
        return unavailable();
    };
    let Some(raw) = raw else {
        return Loaded {
            progress: Progress::default(),
            available: true,
            issue: None,
        };
    };
    let (progress, issue) = match progress::decode(&raw) {
        Ok(decoded) if decoded.dropped == 0 => (decoded.progress, None),
        Ok(decoded) => (
            decoded.progress,
            Some(StorageIssue::PartlyRecovered(decoded.dropped)),
        ),
        Err(error) => {
            // Fall back to the previous good copy when it is readable.
            let previous = store
                .get_item(PREVIOUS_KEY)
                .ok()
                .flatten()
                .and_then(|p| progress::decode(&p).ok())
                .map(|d| d.progress)
                .unwrap_or_default();
            (previous, Some(StorageIssue::Unreadable(error.to_string())))
        }
    };
    if issue.is_some() {
        // Never overwrite an earlier backup that the learner has not dealt with.
        let key = match store.get_item(BACKUP_KEY).ok().flatten() {
            None => BACKUP_KEY.to_owned(),
            Some(old) if old == raw => BACKUP_KEY.to_owned(),
            Some(_) => format!("{BACKUP_KEY}:{}", crate::web::now_ms()),
        };
        let _ = store.set_item(&key, &raw);
        // The unreadable value stays in place until the first successful save
        // replaces it; it survives under BACKUP_KEY either way.
    }
    Loaded {
        progress,
        available: true,
        issue,
    }
}

thread_local! {
    /// Whether this page has already kept the stored copy under [`PREVIOUS_KEY`].
    static PREVIOUS_KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The text known to be stored now (written here or seen from another tab),
    /// so that an unchanged state is never written again and tabs do not echo.
    static STORED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Writes progress. The first write of a page keeps the copy it replaces under
/// [`PREVIOUS_KEY`], so a bad session can always be rolled back to how it began;
/// later writes skip that copy, which keeps every status click cheap.
///
/// `setItem` replaces a value whole or not at all, so a failed write leaves
/// the last good copy in place.
pub fn save(text: &str) -> Result<(), StorageIssue> {
    if STORED.with_borrow(|s| s.as_deref() == Some(text)) {
        return Ok(());
    }
    let store = local_storage().ok_or(StorageIssue::Unavailable)?;
    if !PREVIOUS_KEPT.get() {
        let current = store.get_item(KEY).map_err(|_| StorageIssue::Unavailable)?;
        if current.as_deref() == Some(text) {
            STORED.set(current);
            return Ok(());
        }
        if let Some(current) = current {
            if progress::decode(&current).is_ok_and(|d| d.dropped == 0) {
                let _ = store.set_item(PREVIOUS_KEY, &current);
            }
        }
        PREVIOUS_KEPT.set(true);
    }
    store
        .set_item(KEY, text)
        .map(|()| STORED.set(Some(text.to_owned())))
        .map_err(|e| {
            let name = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
                .unwrap_or_default();
            if name.contains("Quota") {
                StorageIssue::Full
            } else {
                StorageIssue::Unavailable
            }
        })
}

/// The unreadable text set aside at start, if any.
pub fn backup() -> Option<String> {
    local_storage()?.get_item(BACKUP_KEY).ok().flatten()
}

/// Forgets the set-aside text once the learner has dealt with it.
pub fn discard_backup() {
    if let Some(store) = local_storage() {
        let _ = store.remove_item(BACKUP_KEY);
    }
}

/// Calls `on_change` with the progress another tab has just written.
pub fn on_other_tab_change(on_change: impl Fn(Progress) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() != Some(KEY) {
                return;
            }
            if let Some(decoded) = ev.new_value().and_then(|v| progress::decode(&v).ok()) {
                on_change(decoded.progress);
            }
        });
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
}
