//! The one place that touches the browser's localStorage, through gloo-storage's `LocalStorage`.
//!
//! Nothing read from storage is trusted: it goes through the model's decoding. A value that cannot be read
//! is copied aside under a backup key before anything is written, so saved work is never lost; a storage
//! that is full or blocked is reported and the app carries on in memory.
//!
//! Values of ours (the library, the preferences) are written with `LocalStorage::set`; a value that is
//! kept aside is copied as the exact text found, which may not even be JSON, through `LocalStorage::raw`.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;

use crate::i18n::Lang;
use crate::model::library::{decode_library, merge, EntryProblem, Library, LibraryError};

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

/// Whether the browser gives this page a storage at all (blocked cookies, some private modes: none).
/// Asking can itself throw, and `LocalStorage` would panic where there is none, so every use of it
/// asks this first (`local`).
pub fn present() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok())
        .flatten()
        .is_some()
}

/// `Ok` when `LocalStorage` may be used.
fn local() -> Result<(), StorageProblem> {
    present().then_some(()).ok_or(StorageProblem::Unavailable)
}

/// Whether this page can write to its storage. Some browsers hand out a storage object that refuses every
/// write (private modes), and a full quota refuses them too, so a tiny value is written and removed.
pub fn writable() -> bool {
    if local().is_err() {
        return false;
    }
    let probe = "support-calc.probe";
    let ok = LocalStorage::set(probe, 1).is_ok();
    LocalStorage::delete(probe);
    ok
}

/// The text stored under `key`, exactly as it is (it may be anything: it is decoded, or kept aside).
fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    local()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Why the browser refused a write: its exception's message (a full quota, as a rule).
fn write_error(e: StorageError) -> StorageProblem {
    StorageProblem::WriteFailed(e.to_string())
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

/// All backups together hold at most this many characters (a browser gives a page about five million),
/// so that they leave room for the scenarios; the oldest go first to make room for a new one.
pub const BACKUP_BUDGET_CHARS: usize = 2_000_000;

/// Why a value could not be kept aside.
#[derive(Clone, Debug, PartialEq)]
pub enum NotKept {
    /// No storage, or it refuses every write: nothing may be written over the value.
    Storage(StorageProblem),
    /// There is no room for it, even with every older backup gone: it is held in the tab instead, and
    /// the user is offered it as a file (`Loaded::NotKeptAside`, `Written::not_kept`).
    NoRoom,
}

/// The backups stored now, with their sizes.
fn backups(storage: &web_sys::Storage) -> Vec<(String, usize)> {
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|k| {
            let size = storage.get_item(&k).ok().flatten().map_or(0, |v| v.len());
            (k, size)
        })
        .collect()
}

/// Deletes the oldest of `backups` (their keys sort by the time they were made) and returns its size.
fn forget_oldest(backups: &mut Vec<(String, usize)>) -> Option<usize> {
    let oldest = (0..backups.len()).min_by(|&i, &j| backups[i].0.cmp(&backups[j].0))?;
    let (key, size) = backups.swap_remove(oldest);
    LocalStorage::delete(&key);
    Some(size)
}

/// Copies a value aside under a new backup key and returns the key. Earlier backups are never replaced,
/// but the oldest go to keep at most `BACKUPS_KEPT` of them within `BACKUP_BUDGET_CHARS`, or to make
/// room when the browser refuses the copy; a value that does not fit even then is not kept
/// (`NotKept::NoRoom`).
fn keep_aside(raw: &str) -> Result<String, NotKept> {
    local().map_err(NotKept::Storage)?;
    if raw.len() > BACKUP_BUDGET_CHARS {
        return Err(NotKept::NoRoom);
    }
    let storage = LocalStorage::raw();
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
    let mut older = backups(&storage);
    let mut total: usize = older.iter().map(|(_, size)| size).sum();
    while older.len() >= BACKUPS_KEPT || total + raw.len() > BACKUP_BUDGET_CHARS {
        match forget_oldest(&mut older) {
            Some(size) => total -= size,
            None => break,
        }
    }
    // A full storage refuses the copy: the older backups make room for it.
    while storage.set_item(&key, raw).is_err() {
        if forget_oldest(&mut older).is_none() {
            return Err(NotKept::NoRoom);
        }
    }
    KEPT_ASIDE.with(|k| *k.borrow_mut() = Some(raw.to_string()));
    Ok(key)
}

/// Keeps aside a value another tab stored that no one can read (its `storage` event carries it), unless
/// it was kept already: whichever write reaches storage last, the value is not lost.
pub fn keep_unreadable_aside(raw: &str) -> Result<(), NotKept> {
    if already_kept(raw) {
        return Ok(());
    }
    keep_aside(raw).map(|_| ())
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
    /// The stored value could not be read (wholly or in part), and there was no room to keep it aside:
    /// it is held in the tab (`raw`) and offered as a file, and saving goes on, so that backups never
    /// stop it.
    NotKeptAside {
        /// The scenarios that could be read, if any.
        library: Option<Library>,
        raw: String,
    },
    Unavailable,
}

/// What start-up finds under the library's key: `Ok` when there is nothing to read (nothing stored, or
/// no storage to read), else `Err` with the stored value, for `load_library`.
pub fn stored_library() -> Result<Loaded, String> {
    match read(LIBRARY_KEY) {
        Ok(Some(raw)) => Err(raw),
        Ok(None) => Ok(Loaded::Empty),
        Err(_) => Ok(Loaded::Unavailable),
    }
}

/// What start-up makes of the stored library `raw`. Where some of it cannot be read, the stored value is
/// copied aside first, if `writable`; if it cannot be for lack of room, it is held in the tab
/// (`NotKeptAside`); if storage takes no writes at all, nothing may be written (`UnreadableNotSaved`).
pub fn load_library(raw: &str, writable: bool) -> Loaded {
    let keep_aside = |raw: &str| {
        if writable {
            keep_aside(raw)
        } else {
            Err(NotKept::Storage(StorageProblem::Unavailable))
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
            Err(NotKept::NoRoom) => Loaded::NotKeptAside {
                library: Some(decoded.library),
                raw: raw.to_string(),
            },
            Err(NotKept::Storage(_)) => Loaded::UnreadableNotSaved {
                reason: None,
                problems: decoded.problems,
                library: Some(decoded.library),
            },
        },
        Err(reason) => match keep_aside(raw) {
            Ok(backup) => Loaded::Unreadable { reason, backup },
            Err(NotKept::NoRoom) => Loaded::NotKeptAside {
                library: None,
                raw: raw.to_string(),
            },
            Err(NotKept::Storage(_)) => Loaded::UnreadableNotSaved {
                reason: Some(reason),
                problems: Vec::new(),
                library: None,
            },
        },
    }
}

/// What a save wrote.
pub struct Written {
    /// The merge of this tab's library and what storage held, which the caller adopts.
    pub library: Library,
    /// What another tab had stored and no one could read, when there was no room to keep it aside: it
    /// is written over, so the caller offers it as a file.
    pub not_kept: Option<String>,
}

/// Saves `ours`, first merging in whatever another tab stored meanwhile.
pub fn save_library(ours: &Library) -> Result<Written, StorageProblem> {
    let mut not_kept = None;
    let merged = match read(LIBRARY_KEY)? {
        // Already copied aside at start-up: safe to replace.
        Some(raw) if already_kept(&raw) => ours.clone(),
        Some(raw) => match library_from(&raw) {
            Some(stored) => merge(&stored, ours),
            // Another tab left something unreadable: keep it aside rather than overwrite it, or, with no
            // room for it, hand it to the user.
            None => {
                match keep_aside(&raw) {
                    Ok(_) => {}
                    Err(NotKept::NoRoom) => not_kept = Some(raw),
                    Err(NotKept::Storage(problem)) => return Err(problem),
                }
                ours.clone()
            }
        },
        None => ours.clone(),
    };
    // Written once, as raw JSON, so that the text stored is also the text remembered.
    let raw = serde_json::value::to_raw_value(&merged)
        .map_err(|e| StorageProblem::WriteFailed(e.to_string()))?;
    LocalStorage::set(LIBRARY_KEY, &raw).map_err(write_error)?;
    remember(raw.get(), &merged);
    Ok(Written {
        library: merged,
        not_kept,
    })
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

/// The library stored as `raw` (read here, or carried by another tab's `storage` event), or `None` when
/// not every scenario in it is readable (the next save keeps the value aside).
pub fn library_from(raw: &str) -> Option<Library> {
    let known = KNOWN.with(|known| {
        known
            .borrow()
            .as_ref()
            .filter(|(stored, _)| stored == raw)
            .map(|(_, library)| library.clone())
    });
    if known.is_some() {
        return known;
    }
    let decoded = decode_library(raw).ok().filter(|d| d.problems.is_empty())?;
    remember(raw, &decoded.library);
    Some(decoded.library)
}

/// The remembered preferences: `{"lang":"de","open":["workload","rates"]}` (index.html's script reads
/// the language too, before the app starts). Neither holds user work: a broken value is ignored.
#[derive(Debug, Default, Serialize)]
struct Prefs {
    lang: Option<String>,
    /// The keys of the panels open in this browser, once the user has opened or closed one.
    open: Option<Vec<String>>,
    /// The ids of the scenarios last compared in this browser.
    compare: Option<Vec<String>>,
}

/// The preferences as stored, read by the strict JSON reader every stored value goes through
/// (`model::json`); whatever cannot be read is left out.
fn saved_prefs() -> Prefs {
    let Some(prefs) = read(PREFS_KEY)
        .ok()
        .flatten()
        .and_then(|raw| crate::model::json::parse(&raw).ok())
    else {
        return Prefs::default();
    };
    let lang = prefs.get("lang").and_then(|v| v.as_str()).map(String::from);
    let strings = |key: &str| {
        prefs.get(key).and_then(|v| v.as_array()).map(|keys| {
            keys.iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        })
    };
    Prefs {
        lang,
        open: strings("open"),
        compare: strings("compare"),
    }
}

fn save_prefs(change: impl FnOnce(&mut Prefs)) -> Result<(), StorageProblem> {
    local()?;
    let mut prefs = saved_prefs();
    change(&mut prefs);
    LocalStorage::set(PREFS_KEY, prefs).map_err(write_error)
}

/// The remembered language, if any.
pub fn saved_lang() -> Option<Lang> {
    Lang::from_code(&saved_prefs().lang?)
}

/// Remembers the language, beside the other preferences.
pub fn save_lang(lang: Lang) -> Result<(), StorageProblem> {
    save_prefs(|p| p.lang = Some(lang.code().to_string()))
}

/// The panels open in this browser, if the user has opened or closed one.
pub fn saved_open_panels() -> Option<Vec<String>> {
    saved_prefs().open
}

/// Remembers which panels are open.
pub fn save_open_panels(open: &[String]) -> Result<(), StorageProblem> {
    save_prefs(|p| p.open = Some(open.to_vec()))
}

/// The scenarios last compared in this browser.
pub fn saved_compared() -> Option<Vec<String>> {
    saved_prefs().compare
}

/// Remembers the scenarios compared.
pub fn save_compared(ids: &[String]) -> Result<(), StorageProblem> {
    save_prefs(|p| p.compare = Some(ids.to_vec()))
}
