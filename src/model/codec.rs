//! The one scenario format (SPEC 4), for storage, files, links and the library API.
//!
//! `decode` treats its input as untrusted: it checks the size, the JSON, the version (migrating older
//! ones), the shape and every range, and says what is wrong in words that name the field.

use std::fmt;

use serde_json::Value;

use super::scenario::{Scenario, FORMAT_VERSION};
use super::validate::{validate, FieldError};

/// Larger inputs are refused before parsing: a real scenario is a few kilobytes.
pub const MAX_SCENARIO_BYTES: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
    },
    NotJson(String),
    NotAnObject,
    MissingVersion,
    UnsupportedVersion(String),
    /// A value of the wrong type or an unknown field, with its JSON path.
    Shape {
        path: String,
        message: String,
    },
    /// Values out of range: every one of them.
    Invalid(Vec<FieldError>),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes } => write!(
                f,
                "the scenario is {bytes} bytes, more than the {MAX_SCENARIO_BYTES} a scenario can be"
            ),
            DecodeError::NotJson(e) => write!(f, "not valid JSON: {e}"),
            DecodeError::NotAnObject => write!(f, "not a scenario: expected a JSON object"),
            DecodeError::MissingVersion => {
                write!(f, "version: missing; a scenario must say its format version")
            }
            DecodeError::UnsupportedVersion(v) => write!(
                f,
                "version: {v} is not a format this app reads (it reads versions 1 to {FORMAT_VERSION})"
            ),
            DecodeError::Shape { path, message } => write!(f, "{path}: {message}"),
            DecodeError::Invalid(errors) => {
                let parts: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                write!(f, "{}", parts.join("; "))
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Parses, migrates and validates a scenario.
pub fn decode(json: &str) -> Result<Scenario, DecodeError> {
    if json.len() > MAX_SCENARIO_BYTES {
        return Err(DecodeError::TooLarge { bytes: json.len() });
    }
    let value: Value =
        serde_json::from_str(json).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    decode_value(value)
}

/// As `decode`, from parsed JSON.
pub fn decode_value(value: Value) -> Result<Scenario, DecodeError> {
    let value = migrate(value)?;
    let scenario: Scenario =
        serde_path_to_error::deserialize(value).map_err(|e| DecodeError::Shape {
            path: match e.path().to_string() {
                p if p == "." => "scenario".to_string(),
                p => p,
            },
            message: plain_serde_message(&e.inner().to_string()),
        })?;
    let errors = validate(&scenario);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(DecodeError::Invalid(errors))
    }
}

/// Brings any supported version up to the current one, one step at a time.
fn migrate(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &value else {
        return Err(DecodeError::NotAnObject);
    };
    let version = match map.get("version") {
        None => return Err(DecodeError::MissingVersion),
        Some(Value::Number(n)) => n.as_u64(),
        Some(_) => None,
    };
    match version {
        Some(v) if v == u64::from(FORMAT_VERSION) => Ok(value),
        // Future formats add their step here: `Some(1) => migrate(v1_to_v2(value))`.
        _ => Err(DecodeError::UnsupportedVersion(
            map.get("version").map(Value::to_string).unwrap_or_default(),
        )),
    }
}

/// serde says "invalid type: string \"x\", expected f64"; say "expected a number" instead.
fn plain_serde_message(message: &str) -> String {
    let message = message
        .replace("expected f64", "expected a number")
        .replace("expected u32", "expected a whole number")
        .replace("expected a boolean", "expected true or false")
        .replace("expected a string", "expected text")
        .replace("expected struct ", "expected an object ");
    match message.split_once(" at line ") {
        Some((head, _)) => head.to_string(),
        None => message,
    }
}

/// Writes a scenario in the current format.
pub fn encode(s: &Scenario) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(s).unwrap_or_default()
}

/// Writes a scenario in the current format, indented for people (exports).
pub fn encode_pretty(s: &Scenario) -> String {
    serde_json::to_string_pretty(s).unwrap_or_default()
}
