//! The one place that touches the browser's localStorage.
//!
//! Nothing read from storage is trusted: it goes through the model's decoding. A value that cannot be read
//! is copied aside under a backup key before anything is written, so saved work is never lost; a storage
//! that is full or blocked is reported and the app carries on in memory.

use crate::i18n::Lang;
use crate::model::library::{
    decode_library, encode_library, json_sorts_later, merge_by, Decoded, EntryProblem, Library,
    LibraryError, Tiebreak,
};

pub const LIBRARY_KEY: &str = "support-calc.scenarios";
pub const BACKUP_PREFIX: &str = "support-calc.backup.";
pub const PREFS_KEY: &str = "support-calc.prefs";

/// Why storage could not be used, in words for the page.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// localStorage is missing or blocked (private mode, browser settings).
    Unavailable,
    /// A write was refused: usually the quota.
    WriteFailed(String),
}

/// The browser's storage, if this page may use it. Asking can itself throw (blocked cookies).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether the browser gives this page a storage at all (blocked cookies, some private modes: none).
pub fn present() -> bool {
    storage().is_some()
}

/// Whether this page can write to its storage. Some browsers hand out a storage object that refuses every
/// write (private modes), and a full quota refuses them too, so a tiny value is written and removed.
pub fn writable() -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let probe = "support-calc.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    let storage = storage().ok_or(StorageProblem::Unavailable)?;
    storage
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Why the browser refused a write: its exception's message (a full quota, as a rule).
fn write_error(e: wasm_bindgen::JsValue) -> StorageProblem {
    let message = js_sys::Reflect::get(&e, &"message".into())
        .ok()
        .and_then(|m| m.as_string());
    StorageProblem::WriteFailed(message.or_else(|| e.as_string()).unwrap_or_default())
}

thread_local! {
    /// The last value copied aside, so that the same unreadable value is not backed up twice.
    static KEPT_ASIDE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn already_kept(raw: &str) -> bool {
    KEPT_ASIDE.with(|k| k.borrow().as_deref() == Some(raw))
}

/// At most this many backups are kept: the newest ones. A backup holds a value the page could not read,
/// copied before anything was written over it; older ones go, so that backups never fill the storage.
pub const BACKUPS_KEPT: usize = 3;

/// Copies a value aside under a new backup key and returns the key. Earlier backups are never replaced;
/// of all backups, the newest `BACKUPS_KEPT` stay.
fn keep_aside(raw: &str) -> Result<String, StorageProblem> {
    let storage = storage().ok_or(StorageProblem::Unavailable)?;
    let stamp = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let mut key = format!("{BACKUP_PREFIX}{stamp}");
    let mut n = 2;
    while matches!(storage.get_item(&key), Ok(Some(_))) {
        key = format!("{BACKUP_PREFIX}{stamp}-{n}");
        n += 1;
    }
    storage
        .set_item(&key, raw)
        .map_err(|e| StorageProblem::WriteFailed(js_error_text(&e)))?;
    KEPT_ASIDE.with(|k| *k.borrow_mut() = Some(raw.to_string()));
    forget_old_backups(&storage);
    Ok(key)
}

/// Removes all but the newest `BACKUPS_KEPT` backups (their keys sort by the time they were made).
fn forget_old_backups(storage: &web_sys::Storage) {
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    // size: the oldest one at a time, rather than a sort of its own for a handful of keys.
    while keys.len() > BACKUPS_KEPT {
        let oldest = (1..keys.len()).fold(0, |o, i| if keys[i] < keys[o] { i } else { o });
        let _ = storage.remove_item(&keys.swap_remove(oldest));
    }
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone())
        .message()
        .as_string()
        .unwrap_or_else(|| "the browser refused to store the data".into())
}

/// What starting up found in storage.
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// A library; `problems` lists scenarios that could not be read, and `backup` where the original
    /// value was kept aside (when there were problems).
    Found {
        library: Library,
        problems: Vec<EntryProblem>,
        backup: Option<String>,
    },
    /// The stored value could not be read at all; it was kept aside under `backup`.
    Unreadable {
        reason: LibraryError,
        backup: String,
    },
    /// The stored value could not be read (wholly or in part) and could not be kept aside either: nothing
    /// may be written, or it would be lost.
    UnreadableNotSaved {
        reason: Option<LibraryError>,
        problems: Vec<EntryProblem>,
        /// The scenarios that could be read, if any.
        library: Option<Library>,
    },
    Unavailable,
}

/// What start-up finds under the library's key: `Ok` when there is nothing to read (nothing stored, or
/// no storage to read), else `Err` with the stored value, for `Reader::load`.
pub fn stored_library() -> Result<Loaded, String> {
    match read(LIBRARY_KEY) {
        Ok(Some(raw)) => Err(raw),
        Ok(None) => Ok(Loaded::Empty),
        Err(_) => Ok(Loaded::Unavailable),
    }
}

/// The code that reads what is stored, keeps aside what it cannot read, and writes the library: a part of
/// its own (`ui::parts::library_reader`), downloaded at start-up when something is stored and otherwise
/// with the first save (a first visit has nothing stored until its first edit).
#[derive(Clone, Copy)]
pub struct Reader {
    /// What start-up makes of the stored value (`load_library`).
    pub load: fn(&str, bool) -> Loaded,
    pub decode: fn(&str) -> Result<Decoded, LibraryError>,
    pub keep_aside: fn(&str) -> Result<String, StorageProblem>,
    pub encode: fn(&Library) -> String,
    /// How a merge tells two versions at the same revision apart.
    pub later: Tiebreak,
}

/// The reader; only the part that hands it out names it, so its code is in that part.
pub fn reader() -> Reader {
    Reader {
        load: load_library,
        decode: decode_library,
        keep_aside,
        encode: encode_library,
        later: json_sorts_later,
    }
}

/// What start-up makes of the stored library `raw`. Where some of it cannot be read, the stored value is
/// copied aside first, if `writable`; if it cannot be, nothing may be written (`UnreadableNotSaved`).
fn load_library(raw: &str, writable: bool) -> Loaded {
    let keep_aside = |raw: &str| {
        if writable {
            keep_aside(raw)
        } else {
            Err(StorageProblem::Unavailable)
        }
    };
    match decode_library(raw) {
        Ok(decoded) if decoded.problems.is_empty() => {
            remember(raw, &decoded.library);
            Loaded::Found {
                library: decoded.library,
                problems: Vec::new(),
                backup: None,
            }
        }
        Ok(decoded) => match keep_aside(raw) {
            Ok(key) => Loaded::Found {
                library: decoded.library,
                problems: decoded.problems,
                backup: Some(key),
            },
            Err(_) => Loaded::UnreadableNotSaved {
                reason: None,
                problems: decoded.problems,
                library: Some(decoded.library),
            },
        },
        Err(reason) => match keep_aside(raw) {
            Ok(backup) => Loaded::Unreadable { reason, backup },
            Err(_) => Loaded::UnreadableNotSaved {
                reason: Some(reason),
                problems: Vec::new(),
                library: None,
            },
        },
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSaved {
    /// Storage refused.
    Problem(StorageProblem),
    /// The code that reads and writes storage (`Reader`) is not downloaded yet: nothing was written; save
    /// again once it is.
    Unread,
}

impl From<StorageProblem> for NotSaved {
    fn from(problem: StorageProblem) -> Self {
        NotSaved::Problem(problem)
    }
}

/// Saves `ours` with `reader` (`NotSaved::Unread` until it is there), first merging in whatever another
/// tab stored meanwhile. Returns the merged library, which the caller adopts.
pub fn save_library(ours: &Library, reader: Option<Reader>) -> Result<Library, NotSaved> {
    let reader = reader.ok_or(NotSaved::Unread)?;
    let merged = match read(LIBRARY_KEY)? {
        // Already copied aside at start-up: safe to replace.
        Some(raw) if already_kept(&raw) => ours.clone(),
        Some(raw) => match library_from(&raw, Some(reader)) {
            Some(Some(stored)) => merge_by(&stored, ours, reader.later),
            // Another tab left something unreadable: keep it aside rather than overwrite it.
            _ => {
                (reader.keep_aside)(&raw)?;
                ours.clone()
            }
        },
        None => ours.clone(),
    };
    let raw = (reader.encode)(&merged);
    storage()
        .ok_or(StorageProblem::Unavailable)?
        .set_item(LIBRARY_KEY, &raw)
        .map_err(write_error)?;
    remember(&raw, &merged);
    Ok(merged)
}

thread_local! {
    /// The stored value this tab last wrote or read, and the library it holds: while storage still holds
    /// exactly that (no other tab has saved since), the next save need not read it again. Saving happens
    /// on every edit.
    static KNOWN: std::cell::RefCell<Option<(String, Library)>> = const { std::cell::RefCell::new(None) };
}

fn remember(raw: &str, library: &Library) {
    KNOWN.with(|known| *known.borrow_mut() = Some((raw.to_string(), library.clone())));
}

/// The library stored as `raw` (read here, or carried by another tab's `storage` event), read by
/// `reader`: `Some(None)` when not every scenario in it is readable (the next save keeps the value
/// aside), `None` when it cannot be read yet (`reader` is not there).
pub fn library_from(raw: &str, reader: Option<Reader>) -> Option<Option<Library>> {
    let known = KNOWN.with(|known| {
        known
            .borrow()
            .as_ref()
            .filter(|(stored, _)| stored == raw)
            .map(|(_, library)| library.clone())
    });
    if known.is_some() {
        return Some(known);
    }
    let decoded = (reader?.decode)(raw);
    Some(decoded.ok().filter(|d| d.problems.is_empty()).map(|d| {
        remember(raw, &d.library);
        d.library
    }))
}

/// The remembered language, if any, stored as `{"lang":"de"}`. A broken value is simply ignored: it
/// holds no user work.
pub fn saved_lang() -> Option<Lang> {
    let raw = read(PREFS_KEY).ok()??;
    // size: the browser's JSON parser (as index.html's script reads it), so that the first load needs no
    // JSON parser of its own: the scenarios' strict one comes with the parts that read scenarios.
    let prefs = js_sys::JSON::parse(&raw).ok().filter(|v| v.is_object())?;
    let lang = js_sys::Reflect::get(&prefs, &"lang".into()).ok()?;
    Lang::from_code(&lang.as_string()?)
}

/// Remembers the language, written as `saved_lang` reads it.
///
/// size: a language code needs no JSON writer (serde_json's, through `gloo_storage::LocalStorage::set`,
/// was the last one in the first load once the library's writer had moved to its part: 1.4 KB).
pub fn save_lang(lang: Lang) -> Result<(), StorageProblem> {
    storage()
        .ok_or(StorageProblem::Unavailable)?
        .set_item(PREFS_KEY, &format!("{{\"lang\":\"{}\"}}", lang.code()))
        .map_err(write_error)
}
