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
    /// Not JSON at all; where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    MissingVersion,
    UnsupportedVersion(String),
    /// A value of the wrong type, an unknown field or value, with its JSON path.
    Shape {
        path: String,
        kind: ShapeKind,
    },
    /// Values out of range: every one of them.
    Invalid(Vec<FieldError>),
}

/// What is wrong with the shape of a value.
#[derive(Clone, Debug, PartialEq)]
pub enum ShapeKind {
    /// A value of the wrong type: `expected` is what the field takes.
    WrongType {
        expected: Expected,
    },
    UnknownField(String),
    /// A text value that is not one of the allowed ones (a billing unit, an axis).
    UnknownValue(String),
    MissingField(String),
    Other(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeNumber,
    Boolean,
    Text,
    Object,
    List,
    Other,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes } => write!(
                f,
                "the scenario is {bytes} bytes, more than the {MAX_SCENARIO_BYTES} a scenario can be"
            ),
            DecodeError::NotJson { line, column } => {
                write!(f, "not valid JSON (the error is at line {line}, column {column})")
            }
            DecodeError::NotAnObject => write!(f, "not a scenario: expected a JSON object"),
            DecodeError::MissingVersion => {
                write!(f, "version: missing; a scenario must say its format version")
            }
            DecodeError::UnsupportedVersion(v) => write!(
                f,
                "version: {v} is not a format this app reads (it reads versions 1 to {FORMAT_VERSION})"
            ),
            DecodeError::Shape { path, kind } => write!(f, "{path}: {kind}"),
            DecodeError::Invalid(errors) => {
                let parts: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                write!(f, "{}", parts.join("; "))
            }
        }
    }
}

impl std::error::Error for DecodeError {}

impl fmt::Display for ShapeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeKind::WrongType { expected } => {
                let what = match expected {
                    Expected::Number => "a number",
                    Expected::WholeNumber => "a whole number",
                    Expected::Boolean => "true or false",
                    Expected::Text => "text",
                    Expected::Object => "an object",
                    Expected::List => "a list",
                    Expected::Other => "another kind of value",
                };
                write!(f, "has the wrong type: expected {what}")
            }
            ShapeKind::UnknownField(name) => write!(f, "unknown field `{name}`"),
            ShapeKind::UnknownValue(value) => write!(f, "unknown value `{value}`"),
            ShapeKind::MissingField(name) => write!(f, "missing field `{name}`"),
            ShapeKind::Other(message) => f.write_str(message),
        }
    }
}

/// Sorts serde's message into a kind: its wording ("invalid type: ..., expected f64", "unknown field `x`,
/// expected one of ...") is stable across serde versions.
fn shape_kind(message: &str) -> ShapeKind {
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
    if message.starts_with("unknown field") {
        ShapeKind::UnknownField(quoted(message))
    } else if message.starts_with("unknown variant") {
        ShapeKind::UnknownValue(quoted(message))
    } else if message.starts_with("missing field") {
        ShapeKind::MissingField(quoted(message))
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        let expected = message.rsplit("expected ").next().unwrap_or("");
        let expected = match expected {
            e if e.starts_with("f64") => Expected::Number,
            e if e.starts_with("u32") || e.starts_with("u64") || e.starts_with("usize") => {
                Expected::WholeNumber
            }
            e if e.starts_with("a boolean") => Expected::Boolean,
            e if e.starts_with("a string") => Expected::Text,
            e if e.starts_with("struct") || e.starts_with("a map") => Expected::Object,
            e if e.starts_with("a sequence") => Expected::List,
            _ => Expected::Other,
        };
        ShapeKind::WrongType { expected }
    } else {
        ShapeKind::Other(
            message
                .split(" at line ")
                .next()
                .unwrap_or(message)
                .to_string(),
        )
    }
}

/// Parses, migrates and validates a scenario.
pub fn decode(json: &str) -> Result<Scenario, DecodeError> {
    if json.len() > MAX_SCENARIO_BYTES {
        return Err(DecodeError::TooLarge { bytes: json.len() });
    }
    let value: Value = serde_json::from_str(json).map_err(|e| DecodeError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
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
            kind: shape_kind(&e.inner().to_string()),
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

/// Writes a scenario in the current format.
pub fn encode(s: &Scenario) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(s).unwrap_or_default()
}

/// Writes a scenario in the current format, indented for people (exports).
pub fn encode_pretty(s: &Scenario) -> String {
    serde_json::to_string_pretty(s).unwrap_or_default()
}
