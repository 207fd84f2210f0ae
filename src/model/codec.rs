//! The one scenario format (SPEC 4), for storage, files, links and the library API.
//!
//! `decode` treats its input as untrusted: it checks the size, the JSON, the version (migrating older
//! ones), the shape and every range, and says what is wrong in words that name the field.

use std::fmt;

use serde_json::Value;

use super::scenario::{Scenario, FORMAT_VERSION};
use super::schema::{
    self, join, Input, Kind, NumberField, RowField, RowKind, Section, PLAN_FIELDS,
};
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeNumber,
    Boolean,
    Text,
    Object,
    List,
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
                };
                write!(f, "has the wrong type: expected {what}")
            }
            ShapeKind::UnknownField(name) => write!(f, "unknown field `{name}`"),
            ShapeKind::UnknownValue(value) => write!(f, "unknown value `{value}`"),
            ShapeKind::MissingField(name) => write!(f, "missing field `{name}`"),
        }
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
    let scenario = scenario(&value)?;
    let errors = validate(&scenario);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(DecodeError::Invalid(errors))
    }
}

// size: the shape check is by hand rather than a serde derive with a path-tracking wrapper, which was
// a tenth of the app's WebAssembly (12 KB brotli). It reads the input description (`schema`): missing
// fields take their defaults; unknown ones are refused; every error names its JSON path.

fn shape(path: &str, kind: ShapeKind) -> DecodeError {
    DecodeError::Shape {
        path: if path.is_empty() { "scenario" } else { path }.to_string(),
        kind,
    }
}

/// The value as the type a field takes (`found`), or an error naming that type.
fn typed<T>(found: Option<T>, path: &str, expected: Expected) -> Result<T, DecodeError> {
    found.ok_or_else(|| shape(path, ShapeKind::WrongType { expected }))
}

fn unknown_field(path: &str, key: &str) -> DecodeError {
    shape(path, ShapeKind::UnknownField(key.to_string()))
}

fn scenario(value: &Value) -> Result<Scenario, DecodeError> {
    let mut s = Scenario::default();
    for (key, v) in typed(value.as_object(), "", Expected::Object)? {
        if key == "version" {
            s.version = typed(
                v.as_u64().and_then(|n| u32::try_from(n).ok()),
                key,
                Expected::WholeNumber,
            )?;
        } else if let Some(section) = Section::from_key(key) {
            for (name, v) in typed(v.as_object(), key, Expected::Object)? {
                let at = join(key, name);
                let input = schema::input(section, name).ok_or_else(|| unknown_field(&at, name))?;
                read(input, &mut s, v, &at)?;
            }
        } else {
            let input =
                schema::input(Section::Scenario, key).ok_or_else(|| unknown_field(key, key))?;
            read(input, &mut s, v, key)?;
        }
    }
    Ok(s)
}

/// Reads one input's value into the scenario, as its description says.
fn read(input: &Input, s: &mut Scenario, v: &Value, at: &str) -> Result<(), DecodeError> {
    match &input.kind {
        Kind::Number(NumberField { set, .. }) | Kind::AxisMax { set, .. } => {
            set(s, typed(v.as_f64(), at, Expected::Number)?)
        }
        Kind::Switch { set, .. } => set(s, typed(v.as_bool(), at, Expected::Boolean)?),
        Kind::Choice(c) => {
            let key = typed(v.as_str(), at, Expected::Text)?;
            if !(c.set)(s, key) {
                return Err(shape(at, ShapeKind::UnknownValue(key.to_string())));
            }
        }
        Kind::Text(t) => (t.set)(s, typed(v.as_str(), at, Expected::Text)?.to_string()),
        Kind::Plans => {
            let list = typed(v.as_array(), at, Expected::List)?;
            s.platform.plans = list
                .iter()
                .enumerate()
                .map(|(i, p)| row(p, &format!("{at}[{i}]"), PLAN_FIELDS))
                .collect::<Result<_, _>>()?;
        }
    }
    Ok(())
}

/// One row of a list, as its fields describe it: every field must be there but an optional number
/// (absent or null: none).
fn row<R: Default>(value: &Value, path: &str, fields: &[RowField<R>]) -> Result<R, DecodeError> {
    let map = typed(value.as_object(), path, Expected::Object)?;
    if let Some(key) = map.keys().find(|k| fields.iter().all(|f| f.name != *k)) {
        return Err(unknown_field(&join(path, key), key));
    }
    let mut out = R::default();
    for f in fields {
        let at = join(path, f.name);
        let found = map.get(f.name);
        let required = || found.ok_or_else(|| shape(path, ShapeKind::MissingField(f.name.into())));
        match &f.kind {
            RowKind::Name { set, .. } => set(
                &mut out,
                typed(required()?.as_str(), &at, Expected::Text)?.to_string(),
            ),
            RowKind::Number { set, .. } => set(
                &mut out,
                typed(required()?.as_f64(), &at, Expected::Number)?,
            ),
            RowKind::Optional { set, .. } => set(
                &mut out,
                match found {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(typed(v.as_f64(), &at, Expected::Number)?),
                },
            ),
        }
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{OptionId, XAxis};

    fn shape_of(json: &str) -> (String, ShapeKind) {
        match decode(json) {
            Err(DecodeError::Shape { path, kind }) => (path, kind),
            other => panic!("expected a shape error for {json}, got {other:?}"),
        }
    }

    #[test]
    fn missing_fields_take_defaults_and_null_overage_means_no_overage() {
        let s = decode(
            r#"{"version":1,"workload":{"tickets_per_month":120},"platform":{"plans":[
                {"name":"Solo","monthly_fee":99,"included_units":50,"overage_per_unit":null},
                {"name":"Team","monthly_fee":299,"included_units":200}]}}"#,
        )
        .unwrap();
        assert_eq!(s.workload.tickets_per_month, 120.0);
        assert_eq!(
            s.workload.replies_per_ticket,
            Scenario::default().workload.replies_per_ticket
        );
        assert_eq!(s.platform.plans.len(), 2);
        assert_eq!(s.platform.plans[0].overage_per_unit, None);
        assert_eq!(s.platform.plans[1].overage_per_unit, None);
        assert_eq!(s.employee, Scenario::default().employee);
    }

    #[test]
    fn every_shape_error_names_its_path() {
        let cases = [
            (
                r#"{"version":1,"rates":{"ceo_hourly":1}}"#,
                "rates.ceo_hourly",
                ShapeKind::UnknownField("ceo_hourly".into()),
            ),
            (
                r#"{"version":1,"extra":1}"#,
                "extra",
                ShapeKind::UnknownField("extra".into()),
            ),
            (
                r#"{"version":1,"workload":{"tickets_per_month":"many"}}"#,
                "workload.tickets_per_month",
                ShapeKind::WrongType {
                    expected: Expected::Number,
                },
            ),
            (
                r#"{"version":1,"diy":{"enabled":1}}"#,
                "diy.enabled",
                ShapeKind::WrongType {
                    expected: Expected::Boolean,
                },
            ),
            (
                r#"{"version":1,"name":7}"#,
                "name",
                ShapeKind::WrongType {
                    expected: Expected::Text,
                },
            ),
            (
                r#"{"version":1,"workload":[]}"#,
                "workload",
                ShapeKind::WrongType {
                    expected: Expected::Object,
                },
            ),
            (
                r#"{"version":1,"platform":{"plans":{}}}"#,
                "platform.plans",
                ShapeKind::WrongType {
                    expected: Expected::List,
                },
            ),
            (
                r#"{"version":1,"platform":{"plans":[{"name":"A","monthly_fee":1}]}}"#,
                "platform.plans[0]",
                ShapeKind::MissingField("included_units".into()),
            ),
            (
                r#"{"version":1,"platform":{"plans":[{"name":"A","monthly_fee":1,"included_units":2,"seats":3}]}}"#,
                "platform.plans[0].seats",
                ShapeKind::UnknownField("seats".into()),
            ),
            (
                r#"{"version":1,"platform":{"billing_unit":"seat"}}"#,
                "platform.billing_unit",
                ShapeKind::UnknownValue("seat".into()),
            ),
            (
                r#"{"version":1,"chart":{"x":3}}"#,
                "chart.x",
                ShapeKind::WrongType {
                    expected: Expected::Text,
                },
            ),
            (
                r#"{"version":1,"baseline":"agency"}"#,
                "baseline",
                ShapeKind::UnknownValue("agency".into()),
            ),
        ];
        for (json, path, kind) in cases {
            assert_eq!(shape_of(json), (path.to_string(), kind), "{json}");
        }
    }

    #[test]
    fn encode_then_decode_is_the_identity() {
        let mut s = Scenario::default();
        s.platform.plans[1].overage_per_unit = None;
        s.chart.x = XAxis::ContractorHourlyRate;
        s.baseline = OptionId::Platform;
        assert_eq!(decode(&encode(&s)), Ok(s.clone()));
        assert_eq!(decode(&encode_pretty(&s)), Ok(s));
    }
}
