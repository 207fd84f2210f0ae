//! JSON from outside (a file, a link, storage, the library API), read strictly: a key that appears twice
//! in one object is refused, naming the key, rather than the last one silently winning; and what is wrong
//! with text that is not JSON is said in words a person can act on, with where it is.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why text is not a JSON value this app reads, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub problem: JsonProblem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum JsonProblem {
    /// An object holds this key twice.
    DuplicateKey(String),
    /// A number too large for a double (`1e400`).
    NumberTooLarge,
    /// Arrays or objects nested deeper than the parser follows.
    TooDeep,
    /// A text with a bad escape, a lone surrogate or a raw control character.
    BadText,
    /// The text ends before the value does.
    EndsEarly,
    /// Something follows the end of the value.
    TrailingText,
    /// Anything else: not JSON's syntax (`NaN`, a comment, a missing comma...).
    Syntax,
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::DuplicateKey(key) => write!(f, "the key `{key}` appears twice"),
            JsonProblem::NumberTooLarge => f.write_str("a number is too large"),
            JsonProblem::TooDeep => f.write_str("lists or objects are nested too deeply"),
            JsonProblem::BadText => f.write_str("a text holds an invalid escape or character"),
            JsonProblem::EndsEarly => f.write_str("it ends before the value is complete"),
            JsonProblem::TrailingText => f.write_str("something follows the end of the value"),
            JsonProblem::Syntax => f.write_str(
                "this is not JSON's syntax (NaN, Infinity and comments are not JSON either)",
            ),
        }
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not valid JSON: {} (line {}, column {})",
            self.problem, self.line, self.column
        )
    }
}

const DUPLICATE: &str = "duplicate key `";

impl From<serde_json::Error> for JsonError {
    fn from(e: serde_json::Error) -> Self {
        let message = e.to_string();
        let problem = if let Some(rest) = message.strip_prefix(DUPLICATE) {
            JsonProblem::DuplicateKey(rest.split('`').next().unwrap_or_default().to_string())
        } else if e.is_eof() {
            JsonProblem::EndsEarly
        } else if message.starts_with("number out of range") {
            JsonProblem::NumberTooLarge
        } else if message.starts_with("recursion limit exceeded") {
            JsonProblem::TooDeep
        } else if [
            "escape",
            "surrogate",
            "control character",
            "invalid unicode",
        ]
        .iter()
        .any(|m| message.contains(m))
        {
            JsonProblem::BadText
        } else if message.starts_with("trailing characters") {
            JsonProblem::TrailingText
        } else {
            JsonProblem::Syntax
        };
        JsonError {
            line: e.line(),
            column: e.column(),
            problem,
        }
    }
}

/// Parses `text` as one JSON value, refusing duplicate keys.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let Strict(value) = Strict::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// A JSON value built by a visitor that refuses a key seen twice in one object.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("{DUPLICATE}{key}`")));
            }
            let Strict(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> JsonProblem {
        parse(text).unwrap_err().problem
    }

    #[test]
    fn a_key_seen_twice_is_refused_and_named_with_where_it_is() {
        let e = parse(r#"{"version":1,"workload":{"tickets_per_month":5,"tickets_per_month":7}}"#)
            .unwrap_err();
        assert_eq!(
            e.problem,
            JsonProblem::DuplicateKey("tickets_per_month".into())
        );
        assert_eq!(e.line, 1);
        assert!(e.column > 40, "{e:?}");
        assert_eq!(
            e.to_string(),
            format!(
                "not valid JSON: the key `tickets_per_month` appears twice (line 1, column {})",
                e.column
            )
        );
        // The same key in two objects is fine.
        assert!(parse(r#"{"a":{"x":1},"b":{"x":2}}"#).is_ok());
    }

    #[test]
    fn text_that_is_not_json_says_what_is_wrong() {
        assert_eq!(problem(r#"{"a":1e400}"#), JsonProblem::NumberTooLarge);
        assert_eq!(problem(r#"{"a":NaN}"#), JsonProblem::Syntax);
        assert_eq!(problem(&"[".repeat(200)), JsonProblem::TooDeep);
        assert_eq!(problem(r#"{"a":"\ud800"}"#), JsonProblem::BadText);
        assert_eq!(problem(r#"{"a":"#), JsonProblem::EndsEarly);
        assert_eq!(problem(r#"{"a":1} x"#), JsonProblem::TrailingText);
        assert_eq!(problem("// a comment\n{}"), JsonProblem::Syntax);
    }

    #[test]
    fn valid_json_reads_as_serde_json_reads_it() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true,{"b":{}}],"c":18446744073709551615}"#;
        assert_eq!(
            parse(text),
            Ok(serde_json::from_str::<Value>(text).unwrap())
        );
    }
}
