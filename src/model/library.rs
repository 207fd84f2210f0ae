//! The saved scenarios as stored in the browser, and the rules for combining two copies of them (two tabs).
//!
//! Stored form, version 1:
//! `{"version":1,"active":"<id>","scenarios":[{"id":"<id>","rev":3,"scenario":{...SPEC 4...}}]}`.
//! Each entry's scenario goes through the same decoding (and migrations) as files and links.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::codec::{decode_value, DecodeError};
use super::scenario::Scenario;

pub const LIBRARY_VERSION: u64 = 1;
/// At most this many saved scenarios; each is a few kilobytes.
pub const MAX_SCENARIOS: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Saved {
    pub id: String,
    /// Bumped on every change, so that two tabs can tell whose copy is newer.
    pub rev: u64,
    pub scenario: Scenario,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Library {
    pub version: u64,
    pub active: String,
    pub scenarios: Vec<Saved>,
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
    NotJson,
    TooMany {
        count: usize,
    },
    /// The file holds one scenario, and it is not valid.
    Scenario(DecodeError),
    /// The file holds several scenarios, and none is valid.
    NoneValid(Vec<(usize, DecodeError)>),
}

pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, more than the {MAX_FILE_BYTES} a scenario file can be"
            ),
            FileError::NotJson => f.write_str("the file is not valid JSON"),
            FileError::TooMany { count } => write!(
                f,
                "the file holds {count} scenarios, more than the {MAX_SCENARIOS} the app keeps"
            ),
            FileError::Scenario(e) => write!(f, "{e}"),
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
            scenarios: vec![Saved {
                id,
                rev: 1,
                scenario,
            }],
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

    /// Stores `scenario` under `id`, bumping its revision, if it differs from what is there.
    pub fn update(&mut self, id: &str, scenario: &Scenario) -> bool {
        match self.scenarios.iter_mut().find(|s| s.id == id) {
            Some(saved) if saved.scenario != *scenario => {
                saved.scenario = scenario.clone();
                saved.rev += 1;
                true
            }
            _ => false,
        }
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
    let value: Value = serde_json::from_str(raw).map_err(|_| LibraryError::NotJson)?;
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
        let rev = entry.get("rev").and_then(Value::as_u64).unwrap_or(1);
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
    Ok(Decoded {
        library: Library {
            version: LIBRARY_VERSION,
            active,
            scenarios,
        },
        problems,
    })
}

/// Combines what another tab stored with this tab's copy, so that neither silently loses the other's work:
/// every scenario of either side is kept (except the ones this tab deleted), and where both have one, the
/// higher revision wins (this tab's on a tie). This tab's order comes first, new ones from `stored` after.
pub fn merge(stored: &Library, ours: &Library, deleted_here: &HashSet<String>) -> Library {
    let mut scenarios: Vec<Saved> = ours
        .scenarios
        .iter()
        .map(|mine| match stored.get(&mine.id) {
            Some(theirs) if theirs.rev > mine.rev => theirs.clone(),
            _ => mine.clone(),
        })
        .collect();
    for theirs in &stored.scenarios {
        if ours.get(&theirs.id).is_none() && !deleted_here.contains(&theirs.id) {
            scenarios.push(theirs.clone());
        }
    }
    let active = if scenarios.iter().any(|s| s.id == ours.active) {
        ours.active.clone()
    } else {
        scenarios.first().map(|s| s.id.clone()).unwrap_or_default()
    };
    Library {
        version: LIBRARY_VERSION,
        active,
        scenarios,
    }
}

/// What an imported file holds: one scenario, or an export of several
/// (`{"version":1,"scenarios":[...]}`).
/// The scenarios that could be read, and for each one that could not, its position (from 1) and why.
pub type FileContents = (Vec<Scenario>, Vec<(usize, DecodeError)>);

pub fn decode_file(text: &str) -> Result<FileContents, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    let Some(Value::Array(items)) = value.get("scenarios") else {
        return decode_value(value)
            .map(|s| (vec![s], Vec::new()))
            .map_err(FileError::Scenario);
    };
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
