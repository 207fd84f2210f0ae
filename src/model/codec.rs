//! The one scenario format (SPEC 4), for storage, files, links and the library API.
//!
//! `decode` treats its input as untrusted: it checks the size, the JSON, the version (migrating older
//! ones), the shape and every range, and says what is wrong in words that name the field.

use std::fmt;

use serde_json::Value;

use super::history::{Month, YearMonth};
use super::json::{self, JsonError};
use super::scenario::Uncertain;
use super::scenario::{Scenario, FORMAT_VERSION};
use super::schema::{
    self, join, Input, Kind, NumberField, RowField, RowKind, Section, BOUNDS_FIELDS, PLAN_FIELDS,
    SPIKE_FIELDS,
};
use super::validate::{validate, FieldError, Problem};

/// Larger inputs are refused before parsing: a real scenario is a few kilobytes.
pub const MAX_SCENARIO_BYTES: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all (or a key twice): what and where.
    NotJson(JsonError),
    NotAnObject,
    MissingVersion,
    UnsupportedVersion(String),
    /// A format version later than this release knows: made by a newer version of the app.
    NewerVersion(u32),
    /// Every invalid field: of the wrong type, unknown, or out of range, each with its JSON path.
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
            DecodeError::NotJson(e) => write!(f, "{e}"),
            DecodeError::NotAnObject => write!(f, "not a scenario: expected a JSON object"),
            DecodeError::MissingVersion => {
                write!(f, "version: missing; a scenario must say its format version")
            }
            DecodeError::UnsupportedVersion(v) => write!(
                f,
                "version: {v} is not a format this app reads (it reads versions 1 to {FORMAT_VERSION})"
            ),
            DecodeError::NewerVersion(v) => write!(
                f,
                "version: {v} was made by a newer version of this app (this one reads versions 1 to {FORMAT_VERSION}); open it there, or update this page"
            ),
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
    let value = json::parse(json).map_err(DecodeError::NotJson)?;
    decode_value(value)
}

/// As `decode`, from parsed JSON.
pub fn decode_value(value: Value) -> Result<Scenario, DecodeError> {
    let value = migrate(value)?;
    let Value::Object(map) = &value else {
        return Err(DecodeError::NotAnObject);
    };
    let mut reader = Reader { errors: Vec::new() };
    let scenario = reader.scenario(map);
    // Fields with a problem of shape kept their defaults, which are in range: each field is named once.
    let mut errors = reader.errors;
    errors.extend(validate(&scenario));
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(DecodeError::Invalid(errors))
    }
}

// The shape check reads the input description (`schema`) rather than a serde derive: missing fields
// take their defaults; unknown ones are refused; every error names its JSON path, and every invalid
// field is named, not only the first (a derive stops at the first). It is also a tenth of the
// WebAssembly smaller (12 KB brotli) than a derive with a path-tracking wrapper.

/// The fields read so far and the problems found: a field with a problem keeps its default and the
/// reading goes on, so that one pass names every invalid field.
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn shape(&mut self, path: &str, kind: ShapeKind) {
        self.errors.push(FieldError {
            path: if path.is_empty() { "scenario" } else { path }.to_string(),
            problem: Problem::Shape(kind),
        });
    }

    /// The value as the type a field takes (`found`), or `None` and an error naming that type.
    fn typed<T>(&mut self, found: Option<T>, path: &str, expected: Expected) -> Option<T> {
        if found.is_none() {
            self.shape(path, ShapeKind::WrongType { expected });
        }
        found
    }

    fn unknown_field(&mut self, path: &str, key: &str) {
        self.shape(path, ShapeKind::UnknownField(key.to_string()));
    }

    fn scenario(&mut self, map: &serde_json::Map<String, Value>) -> Scenario {
        let mut s = Scenario::default();
        for (key, v) in map {
            if key == "version" {
                if let Some(n) = self.typed(whole_number(v), key, Expected::WholeNumber) {
                    s.version = n;
                }
            } else if let Some(section) = Section::from_key(key) {
                let Some(fields) = self.typed(v.as_object(), key, Expected::Object) else {
                    continue;
                };
                for (name, v) in fields {
                    let at = join(key, name);
                    match schema::input(section, name) {
                        Some(input) => self.read(input, &mut s, v, &at),
                        None => self.unknown_field(&at, name),
                    }
                }
            } else {
                match schema::input(Section::Scenario, key) {
                    Some(input) => self.read(input, &mut s, v, key),
                    None => self.unknown_field(key, key),
                }
            }
        }
        s
    }

    /// Reads one input's value into the scenario, as its description says.
    fn read(&mut self, input: &Input, s: &mut Scenario, v: &Value, at: &str) {
        match &input.kind {
            Kind::Number(NumberField { set, .. }) | Kind::AxisMax { set, .. } => {
                if let Some(n) = self.typed(v.as_f64(), at, Expected::Number) {
                    set(s, n);
                }
            }
            // Absent or null: the workload's value.
            Kind::Optional(o) => match v {
                Value::Null => (o.set)(s, None),
                v => {
                    if let Some(n) = self.typed(v.as_f64(), at, Expected::Number) {
                        (o.set)(s, Some(n));
                    }
                }
            },
            Kind::Switch { set, .. } => {
                if let Some(b) = self.typed(v.as_bool(), at, Expected::Boolean) {
                    set(s, b);
                }
            }
            Kind::Choice(c) => {
                if let Some(key) = self.typed(v.as_str(), at, Expected::Text) {
                    if !(c.set)(s, key) {
                        self.shape(at, ShapeKind::UnknownValue(key.to_string()));
                    }
                }
            }
            Kind::Text(t) => {
                if let Some(text) = self.typed(v.as_str(), at, Expected::Text) {
                    (t.set)(s, text.to_string());
                }
            }
            Kind::Plans => {
                if let Some(list) = self.typed(v.as_array(), at, Expected::List) {
                    s.platform.plans = list
                        .iter()
                        .enumerate()
                        .map(|(i, p)| self.row(p, &format!("{at}[{i}]"), PLAN_FIELDS))
                        .collect();
                }
            }
            Kind::Spikes => {
                if let Some(list) = self.typed(v.as_array(), at, Expected::List) {
                    s.projection.spikes = list
                        .iter()
                        .enumerate()
                        .map(|(i, p)| self.row(p, &format!("{at}[{i}]"), SPIKE_FIELDS))
                        .collect();
                }
            }
            Kind::History => {
                if let Some(list) = self.typed(v.as_array(), at, Expected::List) {
                    s.history = list
                        .iter()
                        .enumerate()
                        .filter_map(|(i, m)| self.month(m, &format!("{at}[{i}]")))
                        .collect();
                }
            }
            Kind::Ranges => {
                let Some(map) = self.typed(v.as_object(), at, Expected::Object) else {
                    return;
                };
                for (key, v) in map {
                    match Uncertain::from_path(key) {
                        Some(u) => {
                            let bounds = self.row(v, &join(at, key), BOUNDS_FIELDS);
                            s.uncertainty.ranges.set(u, Some(bounds));
                        }
                        None => self.unknown_field(&join(at, key), key),
                    }
                }
            }
        }
    }

    /// One row of a list, as its fields describe it: every field must be there but an optional number
    /// (absent or null: none). A field with a problem keeps the row's default, so that the rows after
    /// it keep their places (and their own problems their paths).
    fn row<R: Default>(&mut self, value: &Value, path: &str, fields: &[RowField<R>]) -> R {
        let mut out = R::default();
        let Some(map) = self.typed(value.as_object(), path, Expected::Object) else {
            return out;
        };
        for key in map.keys().filter(|k| fields.iter().all(|f| f.name != *k)) {
            self.unknown_field(&join(path, key), key);
        }
        for f in fields {
            let at = join(path, f.name);
            let found = map.get(f.name);
            if found.is_none() && !matches!(f.kind, RowKind::Optional { .. }) {
                self.shape(path, ShapeKind::MissingField(f.name.into()));
                continue;
            }
            match &f.kind {
                RowKind::Name { set, .. } => {
                    if let Some(text) =
                        self.typed(found.and_then(Value::as_str), &at, Expected::Text)
                    {
                        set(&mut out, text.to_string());
                    }
                }
                RowKind::Number { set, .. } => {
                    if let Some(n) =
                        self.typed(found.and_then(Value::as_f64), &at, Expected::Number)
                    {
                        set(&mut out, n);
                    }
                }
                RowKind::Optional { set, .. } => match found {
                    None | Some(Value::Null) => set(&mut out, None),
                    Some(v) => {
                        if let Some(n) = self.typed(v.as_f64(), &at, Expected::Number) {
                            set(&mut out, Some(n));
                        }
                    }
                },
            }
        }
        out
    }
}

impl Reader {
    /// One month of a history (SPEC 8): `month` and `tickets` must be there; the replies and the first
    /// reply time may be null or absent, `partial` absent (false). `None` when it cannot be read.
    fn month(&mut self, value: &Value, path: &str) -> Option<Month> {
        let map = self.typed(value.as_object(), path, Expected::Object)?;
        for key in map.keys().filter(|k| !MONTH_FIELDS.contains(&k.as_str())) {
            self.unknown_field(&join(path, key), key);
        }
        let month = match map.get("month") {
            None => {
                self.shape(path, ShapeKind::MissingField("month".into()));
                None
            }
            Some(v) => {
                let at = join(path, "month");
                let text = self.typed(v.as_str(), &at, Expected::Text)?;
                let month = YearMonth::parse(text);
                if month.is_none() {
                    self.errors.push(FieldError {
                        path: at,
                        problem: Problem::MonthFormat { got: text.into() },
                    });
                }
                month
            }
        };
        let tickets = match map.get("tickets") {
            None => {
                self.shape(path, ShapeKind::MissingField("tickets".into()));
                None
            }
            Some(v) => self.typed(v.as_f64(), &join(path, "tickets"), Expected::Number),
        };
        let mut optional = |name: &str| match map.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(v) => self
                .typed(v.as_f64(), &join(path, name), Expected::Number)
                .map(Some),
        };
        let replies_per_ticket = optional("replies_per_ticket");
        let first_reply_hours = optional("first_reply_hours");
        let partial = match map.get("partial") {
            None => Some(false),
            Some(v) => self.typed(v.as_bool(), &join(path, "partial"), Expected::Boolean),
        };
        Some(Month {
            month: month?,
            tickets: tickets?,
            replies_per_ticket: replies_per_ticket?,
            first_reply_hours: first_reply_hours?,
            partial: partial?,
        })
    }
}

/// The fields of a month of a history.
const MONTH_FIELDS: [&str; 5] = [
    "month",
    "tickets",
    "replies_per_ticket",
    "first_reply_hours",
    "partial",
];

/// A whole number a `u32` holds, written as `1` or `1.0`.
fn whole_number(v: &Value) -> Option<u32> {
    let n = v.as_f64()?;
    (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u32)
}

/// Brings any supported version up to the current one, one step at a time.
fn migrate(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &value else {
        return Err(DecodeError::NotAnObject);
    };
    let version = match map.get("version") {
        None => return Err(DecodeError::MissingVersion),
        Some(v) => whole_number(v),
    };
    match version {
        Some(v) if v == FORMAT_VERSION => Ok(value),
        Some(1) => migrate(v1_to_v2(value)?),
        Some(2) => migrate(v2_to_v3(value)?),
        Some(3) => migrate(v3_to_v4(value)?),
        Some(4) => migrate(v4_to_v5(value)?),
        Some(5) => migrate(v5_to_v6(value)?),
        Some(6) => migrate(v6_to_v7(value)?),
        Some(7) => migrate(v7_to_v8(value)?),
        Some(v) if v > FORMAT_VERSION => Err(DecodeError::NewerVersion(v)),
        _ => Err(DecodeError::UnsupportedVersion(
            map.get("version").map(Value::to_string).unwrap_or_default(),
        )),
    }
}

/// The fields version 2 added (SPEC 3.6-3.8): a version-1 scenario holding one is refused, as it was
/// before, rather than read as version 2.
const ADDED_IN_V2: &[(&str, &str)] = &[
    ("", "ai"),
    ("", "all_hands"),
    ("employee", "tier1_resolution_rate"),
    ("employee", "minutes_per_reply"),
    ("contractor", "tier1_resolution_rate"),
    ("contractor", "minutes_per_reply"),
    ("platform", "tier1_resolution_rate"),
    ("platform", "minutes_per_reply"),
];

/// The fields version 3 added (SPEC 5): refused in a file of an earlier version.
const ADDED_IN_V3: &[(&str, &str)] = &[
    ("", "coverage"),
    ("", "channels"),
    ("", "value"),
    ("diy", "cover_hours_per_week"),
    ("platform", "coverage_hours_per_week"),
];

/// The fields version 4 added (SPEC 6): refused in a file of an earlier version.
const ADDED_IN_V4: &[(&str, &str)] = &[
    ("", "projection"),
    ("", "uncertainty"),
    ("employee", "hiring_cost"),
    ("contractor", "onboarding_hours"),
    ("ai", "setup_hours"),
    ("all_hands", "training_hours"),
];

/// The fields version 5 added (SPEC 5.2): refused in a file of an earlier version.
const ADDED_IN_V5: &[(&str, &str)] = &[("platform", "live_billing"), ("platform", "live_hourly")];

/// The fields version 6 added (SPEC 3.9): refused in a file of an earlier version.
const ADDED_IN_V6: &[(&str, &str)] = &[
    ("ai", "monthly_cap"),
    ("ai", "at_cap"),
    ("ai", "handoffs_billed"),
    ("ai", "extra_per_resolution"),
    ("ai", "human_minutes_uplift"),
];

/// The fields version 7 added (SPEC 4.1): refused in a file of an earlier version.
const ADDED_IN_V7: &[(&str, &str)] = &[("", "notes"), ("", "prepared_for"), ("", "prepared_by")];

/// The fields version 8 added (SPEC 8): refused in a file of an earlier version.
const ADDED_IN_V8: &[(&str, &str)] = &[("", "history")];

/// The fields each version added, from version 2 on.
const ADDED: [(u32, &[(&str, &str)]); 7] = [
    (2, ADDED_IN_V2),
    (3, ADDED_IN_V3),
    (4, ADDED_IN_V4),
    (5, ADDED_IN_V5),
    (6, ADDED_IN_V6),
    (7, ADDED_IN_V7),
    (8, ADDED_IN_V8),
];

/// The fields of versions after `version` that a file of that version holds, each named as an
/// unknown field: such a file is refused, as the version that wrote it refused it, rather than read as
/// a later version.
fn added_after(map: &serde_json::Map<String, Value>, version: u32) -> Vec<FieldError> {
    ADDED
        .iter()
        .filter(|(v, _)| *v > version)
        .flat_map(|(_, added)| fields_added_later(map, added))
        .collect()
}

/// The fields of `added` that an older file holds, each named as an unknown field.
fn fields_added_later(
    map: &serde_json::Map<String, Value>,
    added: &[(&str, &str)],
) -> Vec<FieldError> {
    added
        .iter()
        .filter(|(section, name)| match *section {
            "" => map.contains_key(*name),
            section => map
                .get(section)
                .and_then(Value::as_object)
                .is_some_and(|m| m.contains_key(*name)),
        })
        .map(|(section, name)| FieldError {
            path: join(section, name),
            problem: Problem::Shape(ShapeKind::UnknownField(name.to_string())),
        })
        .collect()
}

/// Version 2 to 3: nobody on shift, no live channel and the value of fast answers off, so every cost
/// stays what it was (the founder's and the platform's covered hours only count with someone on
/// shift). A file of version 1 or 2 holding a version-3 field is refused, as it was before.
fn v2_to_v3(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 2);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(3));
    Ok(value)
}

/// Version 3 to 4: the months ahead and the uncertainty are new results, which the monthly model does
/// not read, so every monthly result stays what it was; the projection starts from the defaults of
/// SPEC 6.1 and the uncertainty is off. A file of version 3 holding a version-4 field is refused.
fn v3_to_v4(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 3);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(4));
    Ok(value)
}

/// Version 4 to 5: a platform with a live channel billed its live tickets per unit, like any other
/// (a new scenario bills its live agents by the hour), so every cost stays what it was. The first
/// replies of an option without anyone promised on shift are corrected (SPEC 5.1), not migrated. A
/// file of version 4 holding a version-5 field is refused.
fn v4_to_v5(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 4);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(5));
    let platform = map
        .entry("platform")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    if let Value::Object(p) = platform {
        p.insert("live_billing".into(), Value::from("per_unit"));
    }
    Ok(value)
}

/// Version 5 to 6: no cap on the AI's bill, handoffs not billed, nothing billed elsewhere per
/// resolution and people's replies as long with the AI as without it: the defaults of SPEC 3.9, so
/// every result stays what it was. A file of version 5 holding a version-6 field is refused.
fn v5_to_v6(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 5);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(6));
    // Written out, so that a later default cannot change what an older file meant.
    let ai = map
        .entry("ai")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    if let Value::Object(a) = ai {
        a.insert("monthly_cap".into(), Value::Null);
        a.insert("handoffs_billed".into(), Value::from(false));
        a.insert("extra_per_resolution".into(), Value::from(0.0));
        a.insert("human_minutes_uplift".into(), Value::from(0.0));
    }
    Ok(value)
}

/// Version 6 to 7: no notes, prepared for nobody by nobody (SPEC 4.1); nothing the model reads, so
/// every result stays what it was. A file of version 6 holding a version-7 field is refused.
fn v6_to_v7(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 6);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(7));
    for (_, name) in ADDED_IN_V7 {
        map.insert((*name).into(), Value::from(""));
    }
    Ok(value)
}

/// Version 7 to 8: no history read from a helpdesk (SPEC 8); nothing the model reads, so every result
/// stays what it was. A file of version 7 holding a version-8 field is refused.
fn v7_to_v8(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    let unknown = added_after(map, 7);
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(8));
    map.insert("history".into(), Value::Array(Vec::new()));
    Ok(value)
}

/// Version 1 to 2: the AI front line and everyone helps are off (a version-2 scenario without the
/// field has everyone helping on), and every option works at the workload's tier 1, so every result
/// stays what it was.
fn v1_to_v2(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Object(map) = &mut value else {
        return Err(DecodeError::NotAnObject);
    };
    // A version-1 file is refused for the fields of version 3 too.
    let unknown = added_after(map, 1);
    // Values version 2 added: the axis along the AI's resolution rate and the fifth option.
    let chart_x = map.get("chart").and_then(|c| c.get("x"));
    let new_values = [
        ("chart.x", chart_x, "ai_resolution_rate"),
        ("baseline", map.get("baseline"), "all_hands"),
    ];
    let unknown = unknown.into_iter().chain(
        new_values
            .into_iter()
            .filter(|(_, found, added)| found.and_then(Value::as_str) == Some(*added))
            .map(|(path, _, added)| FieldError {
                path: path.into(),
                problem: Problem::Shape(ShapeKind::UnknownValue(added.into())),
            }),
    );
    let unknown: Vec<FieldError> = unknown.collect();
    if !unknown.is_empty() {
        return Err(DecodeError::Invalid(unknown));
    }
    map.insert("version".into(), Value::from(2));
    map.insert("all_hands".into(), serde_json::json!({ "enabled": false }));
    Ok(value)
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
            Err(DecodeError::Invalid(errors)) => match &errors[..] {
                [FieldError {
                    path,
                    problem: Problem::Shape(kind),
                }] => (path.clone(), kind.clone()),
                _ => panic!("expected one shape error for {json}, got {errors:?}"),
            },
            other => panic!("expected a shape error for {json}, got {other:?}"),
        }
    }

    #[test]
    fn every_invalid_field_is_named_not_only_the_first() {
        let e = decode(
            r#"{"version":1,"workload":{"tickets_per_month":-5,"replies_per_ticket":"many"},
                "diy":{"enabled":1},"platform":{"plans":[{"name":"A","monthly_fee":"x","included_units":1},
                {"name":"B","monthly_fee":-1,"included_units":1}]}}"#,
        )
        .unwrap_err();
        let text = e.to_string();
        for named in [
            "workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)",
            "workload.replies_per_ticket: has the wrong type: expected a number",
            "diy.enabled: has the wrong type: expected true or false",
            "platform.plans[0].monthly_fee: has the wrong type: expected a number",
            "platform.plans[1].monthly_fee: must be a number from 0 to 10,000,000 (got -1)",
        ] {
            assert!(text.contains(named), "{named} not in {text}");
        }
    }

    #[test]
    fn a_version_written_as_a_decimal_is_the_same_version() {
        assert_eq!(decode(r#"{"version":1.0}"#), Ok(Scenario::spec_example()));
        assert_eq!(decode(r#"{"version":5.0}"#), Ok(Scenario::default()));
        // An older version is migrated: its live tickets stay billed per unit (SPEC 5.2).
        let mut v2 = Scenario::default();
        v2.platform.live_billing = crate::model::scenario::LiveBilling::PerUnit;
        assert_eq!(decode(r#"{"version":2.0}"#), Ok(v2));
        assert!(matches!(
            decode(r#"{"version":1.5}"#),
            Err(DecodeError::UnsupportedVersion(_))
        ));
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
