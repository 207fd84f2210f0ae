//! The saved scenarios as stored in the browser, and the rules for combining two copies of them (two tabs).
//!
//! Stored form, version 1:
//! `{"version":1,"active":"<id>","scenarios":[{"id":"<id>","rev":3,"scenario":{...SPEC 4...},
//! "stamps":{"workload.tickets_per_month":1765000000000}}],"removed":[{"id":"<id>","rev":4}]}`.
//! Each entry's scenario goes through the same decoding (and migrations) as files and links. `stamps`
//! (left out when empty; older builds ignore it) holds when each field was last edited, so that two tabs'
//! versions combine field by field (`stamps`). `removed` (left out when empty) remembers deleted
//! scenarios, so that a tab that still holds one learns of the deletion instead of saving the scenario
//! back.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::codec::{decode_value, DecodeError, MAX_SCENARIO_BYTES};
use super::scenario::Scenario;
use super::stamps::{merge_fields, read_stamps, Stamps};

pub const LIBRARY_VERSION: u64 = 1;
/// At most this many saved scenarios; each is a few kilobytes.
pub const MAX_SCENARIOS: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Saved {
    pub id: String,
    /// Bumped on every change, so that two tabs can tell whose copy is newer.
    pub rev: u64,
    pub scenario: Scenario,
    /// When each field was last edited (`stamps`): two tabs' versions combine field by field.
    #[serde(skip_serializing_if = "Stamps::is_empty")]
    pub stamps: Stamps,
}

impl Saved {
    /// A scenario saved under `id` at revision `rev`, no field edited yet.
    pub fn new(id: String, rev: u64, scenario: Scenario) -> Saved {
        Saved {
            id,
            rev,
            scenario,
            stamps: Stamps::default(),
        }
    }
}

/// A deleted scenario: its id and the revision its deletion is (one above the scenario's last).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Removed {
    pub id: String,
    pub rev: u64,
}

/// Revisions read from storage are at most this: a stored value above it (hand-edited, or from a bug)
/// is read as this, so that edits keep room to count up.
pub const MAX_STORED_REV: u64 = 1 << 52;
/// No revision goes above this (the largest integer JavaScript holds exactly).
pub const MAX_REV: u64 = (1 << 53) - 1;

/// The revision after `rev`: checked, never past `MAX_REV`.
pub fn next_rev(rev: u64) -> u64 {
    rev.checked_add(1).map_or(MAX_REV, |r| r.min(MAX_REV))
}

/// At most this many deletions are remembered, the latest ones.
pub const MAX_REMOVED: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Library {
    pub version: u64,
    pub active: String,
    pub scenarios: Vec<Saved>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removed>,
}

/// A stored library read back: what could be read, and what could not.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub library: Library,
    /// Problems found; when not empty the raw value should be kept aside before anything is saved.
    pub problems: Vec<EntryProblem>,
}

/// Why a stored library could not be read at all.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    NotJson,
    NotAnObject,
    NoVersion,
    UnsupportedVersion(u64),
    NoList,
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::NotJson => f.write_str("the saved data is not valid JSON"),
            LibraryError::NotAnObject => f.write_str("the saved data is not a list of scenarios"),
            LibraryError::NoVersion => f.write_str("the saved data has no version"),
            LibraryError::UnsupportedVersion(v) => write!(
                f,
                "the saved data has version {v}, which this version of the app cannot read"
            ),
            LibraryError::NoList => f.write_str("the saved data holds no scenario list"),
        }
    }
}

/// One stored scenario that could not be read; `index` counts from 1.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryProblem {
    pub index: usize,
    pub name: Option<String>,
    pub kind: EntryProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EntryProblemKind {
    BadId,
    NoData,
    Unreadable(DecodeError),
    /// More than `MAX_SCENARIOS`: this one and the rest were left out.
    TooMany,
}

impl fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self
            .name
            .as_ref()
            .map(|n| format!(" (\u{201c}{n}\u{201d})"))
            .unwrap_or_default();
        let n = self.index;
        match &self.kind {
            EntryProblemKind::BadId => write!(f, "saved scenario {n} has a missing or repeated id"),
            EntryProblemKind::NoData => write!(f, "saved scenario {n} has no scenario data"),
            EntryProblemKind::Unreadable(e) => {
                write!(f, "saved scenario {n}{name} could not be read: {e}")
            }
            EntryProblemKind::TooMany => {
                write!(f, "only the first {MAX_SCENARIOS} saved scenarios are kept")
            }
        }
    }
}

/// Why an imported file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
    },
    NotJson(super::json::JsonError),
    /// An export of several scenarios without a version this app reads (`None`: no version).
    BundleVersion(Option<String>),
    /// An export of several scenarios that holds none.
    Empty,
    TooMany {
        count: usize,
    },
    /// The file holds one scenario, and it is not valid.
    Scenario(DecodeError),
    /// The file holds several scenarios, and none is valid.
    NoneValid(Vec<(usize, DecodeError)>),
    /// The file is not text at all: what it looks like.
    NotText(Binary),
    /// The file is text, but not UTF-8: UTF-16 without a byte-order mark (`utf16`), or a single-byte
    /// encoding such as Latin-1.
    NotUtf8 {
        utf16: bool,
    },
}

/// What a file that is not text looks like, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Png,
    Jpeg,
    Gif,
    Pdf,
    Zip,
    Gzip,
    Program,
    /// None of those, but not text either.
    Other,
}

impl Binary {
    const SIGNATURES: [(&'static [u8], Binary); 7] = [
        (b"\x89PNG", Binary::Png),
        (b"\xff\xd8\xff", Binary::Jpeg),
        (b"GIF8", Binary::Gif),
        (b"%PDF", Binary::Pdf),
        (b"PK\x03\x04", Binary::Zip),
        (b"\x1f\x8b", Binary::Gzip),
        (b"\x7fELF", Binary::Program),
    ];

    fn of(bytes: &[u8]) -> Option<Binary> {
        Binary::SIGNATURES
            .iter()
            .find(|(magic, _)| bytes.starts_with(magic))
            .map(|(_, kind)| *kind)
    }
}

impl fmt::Display for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Binary::Png => "a PNG image",
            Binary::Jpeg => "a JPEG image",
            Binary::Gif => "a GIF image",
            Binary::Pdf => "a PDF document",
            Binary::Zip => "a ZIP archive (such as a spreadsheet or a document)",
            Binary::Gzip => "a compressed (gzip) file",
            Binary::Program => "a program",
            Binary::Other => "binary data",
        })
    }
}

pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, more than the {MAX_FILE_BYTES} a scenario file can be"
            ),
            FileError::NotJson(e) => write!(f, "the file is {e}"),
            FileError::BundleVersion(None) => {
                f.write_str("the file's list of scenarios has no version")
            }
            FileError::BundleVersion(Some(v)) => write!(
                f,
                "the file's list of scenarios has version {v}, which this app does not read (it reads {LIBRARY_VERSION})"
            ),
            FileError::Empty => f.write_str("the file's list of scenarios is empty"),
            FileError::TooMany { count } => write!(
                f,
                "the file holds {count} scenarios, more than the {MAX_SCENARIOS} the app keeps"
            ),
            FileError::Scenario(e) => write!(f, "{e}"),
            FileError::NotText(what) => {
                write!(f, "the file is {what}, not a scenario file (JSON text)")
            }
            FileError::NotUtf8 { utf16: true } => f.write_str(
                "the file is UTF-16 text without a byte-order mark; save it as UTF-8 and import it again",
            ),
            FileError::NotUtf8 { utf16: false } => f.write_str(
                "the file is not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8 and import it again",
            ),
            FileError::NoneValid(problems) => {
                let parts: Vec<String> =
                    problems.iter().map(|(i, e)| file_problem(*i, e)).collect();
                f.write_str(&parts.join("; "))
            }
        }
    }
}

/// "scenario 2 of the file: ..." (English, as in `FileError`'s text).
pub fn file_problem(index: usize, e: &DecodeError) -> String {
    format!("scenario {index} of the file: {e}")
}

impl Library {
    /// A library holding one scenario.
    pub fn with(id: String, scenario: Scenario) -> Library {
        Library {
            version: LIBRARY_VERSION,
            active: id.clone(),
            scenarios: vec![Saved::new(id, 1, scenario)],
            removed: Vec::new(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Saved> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.scenarios.iter().position(|s| s.id == id)
    }

    pub fn active_scenario(&self) -> Option<&Scenario> {
        self.get(&self.active).map(|s| &s.scenario)
    }

    /// Deletes the scenario `id`, remembering the deletion; returns it and where it was.
    pub fn remove(&mut self, id: &str) -> Option<(usize, Saved)> {
        let position = self.position(id)?;
        let saved = self.scenarios.remove(position);
        self.removed.retain(|r| r.id != id);
        self.removed.push(Removed {
            id: saved.id.clone(),
            rev: next_rev(saved.rev),
        });
        keep_latest(&mut self.removed);
        Some((position, saved))
    }

    /// Brings back a deleted scenario at `position`, as a revision newer than its deletion. Nothing
    /// happens if a scenario with its id is already there (another tab brought it back first).
    pub fn restore(&mut self, mut saved: Saved, position: usize) {
        if self.get(&saved.id).is_some() {
            return;
        }
        let deleted_at = self
            .removed
            .iter()
            .find(|r| r.id == saved.id)
            .map_or(saved.rev, |r| r.rev);
        self.removed.retain(|r| r.id != saved.id);
        saved.rev = next_rev(saved.rev.max(deleted_at));
        let at = position.min(self.scenarios.len());
        self.scenarios.insert(at, saved);
    }

    /// This copy's record of the scenario `id`: the scenario, or its deletion.
    fn record(&self, id: &str) -> Option<Record<'_>> {
        let live = self.get(id).map(Record::Live);
        live.or_else(|| self.removed.iter().find(|r| r.id == id).map(Record::Gone))
    }

    /// Every record of this copy: its scenarios, then its deletions.
    fn records(&self) -> impl Iterator<Item = Record<'_>> {
        let live = self.scenarios.iter().map(Record::Live);
        live.chain(self.removed.iter().map(Record::Gone))
    }

    /// Whether `other` holds a record (of a scenario or a deletion) that this copy lacks: then this copy,
    /// if it is what storage holds, lacks work that `other` would add.
    pub fn lacks_any_of(&self, other: &Library) -> bool {
        other
            .records()
            .any(|theirs| self.record(theirs.id()).is_none_or(|m| adds_to(theirs, m)))
    }

    /// A name not yet used: `base`, else `base (2)`, `base (3)`...
    pub fn unique_name(&self, base: &str) -> String {
        let taken: HashSet<&str> = self
            .scenarios
            .iter()
            .map(|s| s.scenario.name.as_str())
            .collect();
        if !taken.contains(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|name| !taken.contains(name.as_str()))
            .unwrap_or_else(|| base.to_string())
    }
}

pub fn encode_library(library: &Library) -> String {
    serde_json::to_string(library).unwrap_or_default()
}

/// Reads a stored library. `Err` when nothing of it can be used; otherwise every readable scenario, with
/// a message for each one that could not be read.
pub fn decode_library(raw: &str) -> Result<Decoded, LibraryError> {
    let value = super::json::parse(raw).map_err(|_| LibraryError::NotJson)?;
    let Value::Object(map) = value else {
        return Err(LibraryError::NotAnObject);
    };
    match map.get("version").and_then(Value::as_u64) {
        Some(LIBRARY_VERSION) => {}
        Some(v) => return Err(LibraryError::UnsupportedVersion(v)),
        None => return Err(LibraryError::NoVersion),
    }
    let Some(Value::Array(entries)) = map.get("scenarios") else {
        return Err(LibraryError::NoList);
    };
    let mut problems = Vec::new();
    let mut scenarios: Vec<Saved> = Vec::new();
    let mut ids = HashSet::new();
    for (i, entry) in entries.iter().enumerate() {
        let n = i + 1;
        let id = entry.get("id").and_then(Value::as_str).unwrap_or("");
        let rev = entry
            .get("rev")
            .and_then(Value::as_u64)
            .unwrap_or(1)
            .min(MAX_STORED_REV);
        let name = entry
            .pointer("/scenario/name")
            .and_then(Value::as_str)
            .map(|n| n.chars().take(40).collect::<String>());
        let problem = |kind| EntryProblem {
            index: n,
            name: name.clone(),
            kind,
        };
        if id.is_empty() || id.len() > 64 || !ids.insert(id.to_string()) {
            problems.push(problem(EntryProblemKind::BadId));
            continue;
        }
        match entry.get("scenario").cloned().map(decode_value) {
            Some(Ok(scenario)) => scenarios.push(Saved {
                id: id.to_string(),
                rev,
                scenario,
                stamps: read_stamps(entry.get("stamps")),
            }),
            Some(Err(e)) => problems.push(problem(EntryProblemKind::Unreadable(e))),
            None => problems.push(problem(EntryProblemKind::NoData)),
        }
    }
    if scenarios.len() > MAX_SCENARIOS {
        problems.push(EntryProblem {
            index: MAX_SCENARIOS + 1,
            name: None,
            kind: EntryProblemKind::TooMany,
        });
        scenarios.truncate(MAX_SCENARIOS);
    }
    let active = map
        .get("active")
        .and_then(Value::as_str)
        .filter(|a| scenarios.iter().any(|s| s.id == *a))
        .map(str::to_string)
        .or_else(|| scenarios.first().map(|s| s.id.clone()))
        .unwrap_or_default();
    // Deletions hold no work of the user's: one that cannot be read is left out without a word.
    let mut removed: Vec<Removed> = match map.get("removed") {
        Some(Value::Array(entries)) => entries
            .iter()
            .filter_map(|r| {
                let id = r.get("id")?.as_str()?;
                let rev = r.get("rev")?.as_u64()?.min(MAX_STORED_REV);
                // Not a scenario that is there, nor one already listed.
                let fits = !id.is_empty() && id.len() <= 64;
                (fits && ids.insert(id.to_string())).then(|| Removed {
                    id: id.to_string(),
                    rev,
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    keep_latest(&mut removed);
    Ok(Decoded {
        library: Library {
            version: LIBRARY_VERSION,
            active,
            scenarios,
            removed,
        },
        problems,
    })
}

/// Forgets all but the latest `MAX_REMOVED` deletions.
fn keep_latest(removed: &mut Vec<Removed>) {
    removed.drain(..removed.len().saturating_sub(MAX_REMOVED));
}

/// One copy's record of a scenario: the scenario, or its deletion.
#[derive(Clone, Copy, Debug)]
enum Record<'a> {
    Live(&'a Saved),
    Gone(&'a Removed),
}

impl<'a> Record<'a> {
    fn id(self) -> &'a str {
        match self {
            Record::Live(s) => &s.id,
            Record::Gone(r) => &r.id,
        }
    }

    fn rev(self) -> u64 {
        match self {
            Record::Live(s) => s.rev,
            Record::Gone(r) => r.rev,
        }
    }

    /// Whether this record wins over `other`, another copy's record of the same scenario, where one of
    /// them is a deletion: the later revision; on a tie the scenario over its deletion (no work is
    /// dropped). Two versions of a scenario do not beat each other: they are combined (`combine`).
    fn beats(self, other: Record) -> bool {
        match (self, other) {
            _ if self.rev() != other.rev() => self.rev() > other.rev(),
            (Record::Live(_), Record::Gone(_)) => true,
            _ => false,
        }
    }
}

/// Two copies' versions of one scenario, combined field by field: every field keeps its latest edit
/// (`stamps::merge_fields`), at the later of the two revisions.
fn combine(ours: &Saved, theirs: &Saved) -> Saved {
    let (scenario, stamps) = merge_fields(
        (&ours.scenario, &ours.stamps, ours.rev),
        (&theirs.scenario, &theirs.stamps, theirs.rev),
    );
    Saved {
        id: ours.id.clone(),
        rev: ours.rev.max(theirs.rev),
        scenario,
        stamps,
    }
}

/// Whether `theirs` holds work that `mine` lacks: a record that beats it, or a version of the scenario
/// that differs from it.
fn adds_to(theirs: Record, mine: Record) -> bool {
    match (theirs, mine) {
        (Record::Live(t), Record::Live(m)) => {
            t.scenario != m.scenario || t.stamps != m.stamps || t.rev > m.rev
        }
        _ => theirs.beats(mine),
    }
}

/// Combines what another tab stored with this tab's copy, so that neither silently loses the other's work.
/// Two versions of a scenario are combined field by field, every field at its latest edit (`combine`);
/// between a scenario and its deletion the later revision wins (`Record::beats`): a scenario deleted in
/// one tab goes from the other, one brought back comes back everywhere, and any two tabs that have seen
/// the same records hold the same library. This tab's order comes first, new scenarios from `stored`
/// after; this tab keeps its active scenario unless it is gone.
pub fn merge(stored: &Library, ours: &Library) -> Library {
    let mut seen = HashSet::new();
    let (mut scenarios, mut removed) = (Vec::new(), Vec::new());
    for id in ours.records().chain(stored.records()).map(Record::id) {
        if !seen.insert(id) {
            continue;
        }
        let winner = match (ours.record(id), stored.record(id)) {
            (Some(Record::Live(m)), Some(Record::Live(t))) => {
                scenarios.push(combine(m, t));
                continue;
            }
            (Some(m), Some(t)) if t.beats(m) => t,
            (Some(m), _) => m,
            (None, Some(t)) => t,
            (None, None) => continue,
        };
        match winner {
            Record::Live(s) => scenarios.push(s.clone()),
            Record::Gone(r) => removed.push(r.clone()),
        }
    }
    // Two tabs that each deleted all but a different scenario would leave none: the one this tab shows
    // stays, as a revision newer than its deletion.
    if scenarios.is_empty() {
        if let Some(shown) = ours.get(&ours.active) {
            let deleted = removed.iter().position(|r| r.id == shown.id);
            let rev = deleted.map_or(shown.rev, |at| removed.remove(at).rev);
            scenarios.push(Saved {
                rev: next_rev(rev.max(shown.rev)),
                ..shown.clone()
            });
        }
    }
    keep_latest(&mut removed);
    let active = if scenarios.iter().any(|s| s.id == ours.active) {
        ours.active.clone()
    } else {
        scenarios.first().map(|s| s.id.clone()).unwrap_or_default()
    };
    Library {
        version: LIBRARY_VERSION,
        active,
        scenarios,
        removed,
    }
}

/// What a tab does with the library another tab stored: the merge it now holds, and whether storage
/// lacks any of this tab's work. Two tabs that save at the same moment can each overwrite the other
/// (each read storage before the other's write reached it); the one that then learns of the other's save
/// writes the merge back, so no work is lost.
pub fn take_in(stored: &Library, ours: &Library) -> (Library, bool) {
    let merged = merge(stored, ours);
    let write_back = stored.lacks_any_of(&merged);
    (merged, write_back)
}

/// What an imported file holds: one scenario, or an export of several
/// (`{"version":1,"scenarios":[...]}`).
/// The scenarios that could be read, and for each one that could not, its position (from 1) and why.
pub type FileContents = (Vec<Scenario>, Vec<(usize, DecodeError)>);

/// The text of an imported file: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark.
/// A file that is not text, or is text in another encoding, is refused saying what it looks like,
/// rather than read with broken characters.
pub fn file_text(bytes: &[u8]) -> Result<String, FileError> {
    if let Some(kind) = Binary::of(bytes) {
        return Err(FileError::NotText(kind));
    }
    let utf16 = |units: Vec<u16>| {
        String::from_utf16(&units).map_err(|_| FileError::NotUtf8 { utf16: false })
    };
    let pairs = |rest: &[u8], make: fn([u8; 2]) -> u16| -> Vec<u16> {
        rest.chunks_exact(2).map(|p| make([p[0], p[1]])).collect()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(pairs(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(pairs(rest, u16::from_be_bytes));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(1024)];
    if head.contains(&0) {
        // ASCII written as UTF-16 has every other byte zero; other zeros mean binary data.
        let zeros_at = |odd: usize| {
            head.iter()
                .skip(odd)
                .step_by(2)
                .filter(|b| **b == 0)
                .count()
        };
        let half = head.len() / 2;
        return if half > 0 && (zeros_at(0) * 10 >= half * 9 || zeros_at(1) * 10 >= half * 9) {
            Err(FileError::NotUtf8 { utf16: true })
        } else {
            Err(FileError::NotText(Binary::Other))
        };
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| FileError::NotUtf8 { utf16: false })
}

pub fn decode_file(text: &str) -> Result<FileContents, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let value = super::json::parse(text).map_err(FileError::NotJson)?;
    let Some(Value::Array(items)) = value.get("scenarios") else {
        // One scenario: the same limits as a scenario from anywhere else.
        if text.len() > MAX_SCENARIO_BYTES {
            return Err(FileError::Scenario(DecodeError::TooLarge {
                bytes: text.len(),
            }));
        }
        return decode_value(value)
            .map(|s| (vec![s], Vec::new()))
            .map_err(FileError::Scenario);
    };
    match value.get("version").map(Value::as_u64) {
        Some(Some(LIBRARY_VERSION)) => {}
        _ => {
            let found = value.get("version").map(Value::to_string);
            return Err(FileError::BundleVersion(found));
        }
    }
    if items.is_empty() {
        return Err(FileError::Empty);
    }
    if items.len() > MAX_SCENARIOS {
        return Err(FileError::TooMany { count: items.len() });
    }
    let mut good = Vec::new();
    let mut problems = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match decode_value(item.clone()) {
            Ok(s) => good.push(s),
            Err(e) => problems.push((i + 1, e)),
        }
    }
    if good.is_empty() && !problems.is_empty() {
        return Err(FileError::NoneValid(problems));
    }
    Ok((good, problems))
}

/// An export of several scenarios, readable by `decode_file`.
pub fn encode_bundle(scenarios: &[&Scenario]) -> String {
    #[derive(Serialize)]
    struct Bundle<'a> {
        version: u64,
        scenarios: &'a [&'a Scenario],
    }
    serde_json::to_string_pretty(&Bundle {
        version: LIBRARY_VERSION,
        scenarios,
    })
    .unwrap_or_default()
}
