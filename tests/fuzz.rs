//! The fuzz target: hostile and unlucky input to everything that reads from outside (`report_json`,
//! share links, files, the stored library) and to the library's commands. It asserts that nothing
//! panics, that every error says where the problem is, that every report holds only finite numbers, and
//! that whatever is read back writes out and reads in again unchanged.
//!
//! `cargo test` runs a bounded number of cases (`FUZZ_CASES`, default 256 per target). A longer run:
//!
//!     FUZZ_CASES=100000 cargo test --release --test fuzz
//!
//! Inputs are drawn from valid scenarios mutated at the JSON level (numbers set to anything from -0 and
//! subnormals to 1e308, values of the wrong type, fields removed or added, keys duplicated), from
//! mutated bytes of encoded scenarios, links and libraries, and from arbitrary text.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;

use common::named_scenario;
use support_calc::model::codec::{decode, encode, DecodeError, ShapeKind};
use support_calc::model::library::{decode_file, decode_library, encode_library, Library, Saved};
use support_calc::model::link::{decode_fragment, encode_fragment, LinkError};
use support_calc::model::schema::{input_at, Section, PLAN_FIELDS};
use support_calc::model::store::Command;
use support_calc::model::validate::Problem;
use support_calc::model::Scenario;
use support_calc::report_json;

fn config() -> Config {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// A place in a scenario that the input description knows: a section, a described input, a plan or a
/// field of a plan, the scenario's own `version`, or the scenario itself.
fn is_known_place(path: &str) -> bool {
    if path.is_empty() || ["version", "scenario", "platform.plans"].contains(&path) {
        return true;
    }
    if input_at(path).is_some() || Section::from_key(path).is_some() {
        return true;
    }
    let Some(rest) = path.strip_prefix("platform.plans[") else {
        return false;
    };
    let Some((index, field)) = rest.split_once(']') else {
        return false;
    };
    index.parse::<usize>().is_ok()
        && (field.is_empty()
            || field
                .strip_prefix('.')
                .is_some_and(|name| PLAN_FIELDS.iter().any(|f| f.name == name)))
}

/// Every error of a scenario says where: a field's path (an unknown field where it stands, in a place
/// the description knows), a position in the JSON, or the version.
fn assert_explains(e: &DecodeError) {
    match e {
        DecodeError::Invalid(errors) => {
            assert!(!errors.is_empty());
            for f in errors {
                let place = match &f.problem {
                    Problem::Shape(ShapeKind::UnknownField(name)) => {
                        let parent = f.path.strip_suffix(name.as_str());
                        assert!(parent.is_some(), "{} does not end in {name}", f.path);
                        parent.unwrap_or_default().trim_end_matches('.')
                    }
                    _ => f.path.as_str(),
                };
                assert!(is_known_place(place), "unknown place {place:?} in {e}");
            }
        }
        DecodeError::NotJson(j) => assert!(j.line >= 1, "{e}"),
        DecodeError::TooLarge { .. }
        | DecodeError::NotAnObject
        | DecodeError::MissingVersion
        | DecodeError::UnsupportedVersion(_)
        | DecodeError::NewerVersion(_) => {}
    }
    assert!(!e.to_string().is_empty());
}

fn assert_finite(v: &Value, report: &str) {
    match v {
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(f64::NAN);
            assert!(x.is_finite(), "non-finite number in {report}");
            assert!(!(x == 0.0 && x.is_sign_negative()), "-0 in {report}");
        }
        Value::Array(items) => items.iter().for_each(|i| assert_finite(i, report)),
        Value::Object(map) => map.values().for_each(|i| assert_finite(i, report)),
        _ => {}
    }
}

/// The library API on `json`: a report with finite numbers, or an error that explains itself; what
/// decodes encodes and decodes to the same scenario.
fn check_scenario_text(json: &str) {
    match decode(json) {
        Ok(s) => {
            assert_eq!(decode(&encode(&s)), Ok(s.clone()), "round trip of {json}");
            let report = report_json(json).expect("a decoded scenario has a report");
            assert_finite(&serde_json::from_str(&report).unwrap(), &report);
            assert_eq!(decode_fragment(&encode_fragment(&s)), Some(Ok(s)));
        }
        Err(e) => {
            assert_explains(&e);
            assert_eq!(report_json(json), Err(e.to_string()));
        }
    }
}

/// Values a mutated number takes: the extremes a person or a program might write.
fn any_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(serde_json::json!(0)),
        Just(serde_json::json!(-0.0)),
        Just(serde_json::json!(1e-306)),
        Just(serde_json::json!(5e-324)),
        Just(serde_json::json!(0.5)),
        Just(serde_json::json!(1)),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(1e308)),
        Just(serde_json::json!(u64::MAX)),
        Just(serde_json::json!(i64::MIN)),
        (-1e7..1e7f64).prop_map(|x| serde_json::json!(x)),
        (0.0..1.0f64).prop_map(|x| serde_json::json!(x)),
    ]
}

/// A value of any kind, to put where a field was.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => any_number(),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => "[a-z_]{0,12}".prop_map(Value::String),
        1 => Just(serde_json::json!([])),
        1 => Just(serde_json::json!({})),
    ]
}

/// One change to a scenario's JSON.
#[derive(Clone, Debug)]
enum Mutation {
    /// Sets the leaf at (pick) to a value.
    Set(usize, Value),
    /// Removes the leaf at (pick).
    Remove(usize),
    /// Adds an unknown field to the object at (pick).
    Add(usize, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), any_value()).prop_map(|(i, v)| Mutation::Set(i, v)),
        1 => any::<usize>().prop_map(Mutation::Remove),
        1 => (any::<usize>(), "[a-z]{1,8}", any_value()).prop_map(|(i, k, v)| Mutation::Add(i, k, v)),
    ]
}

/// The paths to every leaf and every object of a JSON value.
fn places(
    v: &Value,
    at: &mut Vec<String>,
    leaves: &mut Vec<Vec<String>>,
    objects: &mut Vec<Vec<String>>,
) {
    match v {
        Value::Object(map) => {
            objects.push(at.clone());
            for (k, child) in map {
                at.push(k.clone());
                places(child, at, leaves, objects);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                places(child, at, leaves, objects);
                at.pop();
            }
        }
        _ => leaves.push(at.clone()),
    }
}

/// `v` as JSON text, with the key `key` of the object at `target` written twice.
fn write_with_twice(
    v: &Value,
    at: &mut Vec<String>,
    target: &[String],
    key: &str,
    out: &mut String,
) {
    match v {
        Value::Object(map) => {
            out.push('{');
            let mut first = true;
            for (k, child) in map {
                let times = if at.as_slice() == target && k == key {
                    2
                } else {
                    1
                };
                for _ in 0..times {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push(':');
                    at.push(k.clone());
                    write_with_twice(child, at, target, key, out);
                    at.pop();
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, child) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                at.push(i.to_string());
                write_with_twice(child, at, target, key, out);
                at.pop();
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn pointer(path: &[String]) -> String {
    path.iter().map(|p| format!("/{p}")).collect()
}

fn mutate(mut v: Value, m: &Mutation) -> Value {
    let (mut leaves, mut objects) = (Vec::new(), Vec::new());
    places(&v, &mut Vec::new(), &mut leaves, &mut objects);
    match m {
        Mutation::Set(i, value) => {
            let path = &leaves[i % leaves.len()];
            if let Some(slot) = v.pointer_mut(&pointer(path)) {
                *slot = value.clone();
            }
        }
        Mutation::Remove(i) => {
            let path = &leaves[i % leaves.len()];
            if let Some((last, parent)) = path.split_last() {
                match v.pointer_mut(&pointer(parent)) {
                    Some(Value::Object(map)) => {
                        map.remove(last);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(k) = last.parse::<usize>() {
                            items.remove(k);
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Add(i, key, value) => {
            let path = &objects[i % objects.len()];
            if let Some(Value::Object(map)) = v.pointer_mut(&pointer(path)) {
                map.insert(key.clone(), value.clone());
            }
        }
    }
    v
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_scenarios_are_read_or_explained(
        s in named_scenario(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let mut v = serde_json::to_value(&s).unwrap();
        for m in &mutations {
            v = mutate(v, m);
        }
        check_scenario_text(&v.to_string());
    }

    #[test]
    fn mutated_bytes_of_a_scenario_are_read_or_explained(
        s in named_scenario(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = encode(&s).into_bytes();
        for (at, byte) in edits {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        check_scenario_text(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_key_twice_is_refused_naming_it(s in named_scenario(), pick in any::<usize>()) {
        let v = serde_json::to_value(&s).unwrap();
        let (mut leaves, mut objects) = (Vec::new(), Vec::new());
        places(&v, &mut Vec::new(), &mut leaves, &mut objects);
        // A key of an object, written twice.
        let leaf = &leaves[pick % leaves.len()];
        let (key, object) = leaf.split_last().unwrap();
        let mut text = String::new();
        write_with_twice(&v, &mut Vec::new(), object, key, &mut text);
        match decode(&text) {
            Err(DecodeError::NotJson(e)) => {
                prop_assert!(e.to_string().contains(&format!("`{key}` appears twice")), "{e}");
            }
            other => prop_assert!(false, "{text}: {other:?}"),
        }
    }

    #[test]
    fn any_link_is_read_or_explained(s in named_scenario(), edits in proptest::collection::vec((any::<usize>(), "[ -~]"), 0..5)) {
        let mut link: Vec<char> = encode_fragment(&s).chars().collect();
        for (at, c) in &edits {
            let at = 2 + at % (link.len() - 2);
            link[at] = c.chars().next().unwrap();
        }
        let link: String = link.into_iter().collect();
        match decode_fragment(&link) {
            Some(Ok(read)) => {
                prop_assert_eq!(decode_fragment(&encode_fragment(&read)), Some(Ok(read)));
            }
            Some(Err(LinkError::Scenario(e))) => assert_explains(&e),
            Some(Err(e)) => prop_assert!(!e.to_string().is_empty()),
            None => prop_assert!(false, "a link with #s= is a link"),
        }
    }

    #[test]
    fn any_file_or_stored_library_is_read_or_explained(
        list in proptest::collection::vec(named_scenario(), 1..4),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        mutations in proptest::collection::vec(mutation(), 0..3),
    ) {
        let library = Library {
            version: 1,
            active: "s0".into(),
            scenarios: list
                .iter()
                .enumerate()
                .map(|(i, scenario)| Saved::new(format!("s{i}"), i as u64 + 1, scenario.clone()))
                .collect(),
            removed: Vec::new(),
        };
        let mut v = serde_json::from_str::<Value>(&encode_library(&library)).unwrap();
        for m in &mutations {
            v = mutate(v, m);
        }
        let mut bytes = v.to_string().into_bytes();
        for (at, byte) in edits {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        let text = String::from_utf8_lossy(&bytes).to_string();
        if let Ok(decoded) = decode_library(&text) {
            let again = decode_library(&encode_library(&decoded.library)).unwrap();
            prop_assert!(again.problems.is_empty());
            prop_assert_eq!(again.library, decoded.library);
        }
        match decode_file(&text) {
            Ok((scenarios, problems)) => {
                for s in scenarios {
                    prop_assert_eq!(decode(&encode(&s)), Ok(s));
                }
                for (_, e) in problems {
                    assert_explains(&e);
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn library_commands_in_any_order_keep_it_whole(
        commands in proptest::collection::vec((0u8..7, any::<usize>(), named_scenario()), 1..30),
    ) {
        let mut lib = Library::with("s0".into(), Scenario::default());
        for (n, (kind, pick, scenario)) in commands.into_iter().enumerate() {
            let id = format!("n{n}");
            let some_id = lib.scenarios[pick % lib.scenarios.len()].id.clone();
            let command = match kind {
                0 => Command::Add { id, scenario, unique_name: pick % 2 == 0 },
                1 => Command::Duplicate { id, suffix: "copy".into() },
                2 => Command::DeleteShown { fresh_id: id, fresh_name: "New".into() },
                3 => Command::Switch(some_id),
                4 => Command::Open { id, scenario },
                5 => {
                    lib.edit(|s| s.workload.tickets_per_month = (pick % 5000) as f64);
                    continue;
                }
                _ => {
                    let mut other = lib.clone();
                    other.edit(|s| s.name = format!("Other tab {n}"));
                    Command::TakeIn(other)
                }
            };
            lib.apply(command);
            // Whole: something shown, ids unique, and it reads back as it was written.
            prop_assert!(lib.active_scenario().is_some());
            let mut ids: Vec<&str> = lib.scenarios.iter().map(|s| s.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), lib.scenarios.len());
            let read = decode_library(&encode_library(&lib)).unwrap();
            prop_assert!(read.problems.is_empty(), "{:?}", read.problems);
            prop_assert_eq!(&read.library, &lib);
        }
    }

    #[test]
    fn any_text_is_read_or_explained(text in "\\PC{0,300}") {
        check_scenario_text(&text);
        let _ = decode_fragment(&format!("s={text}"));
        let _ = decode_file(&text);
        let _ = decode_library(&text);
    }
}
