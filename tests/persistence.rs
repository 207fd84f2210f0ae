//! Scenarios that last and travel: share links, stored libraries, files and CSV (SPEC 4).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use proptest::prelude::*;
use support_calc::model::codec::encode;
use support_calc::model::library::{
    decode_file, decode_library, encode_bundle, encode_library, merge, Library, Saved,
};
use support_calc::model::link::{decode_fragment, encode_fragment, LinkError, MAX_FRAGMENT_CHARS};
use support_calc::model::{decode, report, Scenario};

mod common;
use common::named_scenario;

const LIBRARY_V1: &str = include_str!("fixtures/library_v1.json");

#[test]
fn a_link_carries_the_scenario_as_base64url_json() {
    let s = Scenario::default();
    let fragment = encode_fragment(&s);
    assert!(fragment.starts_with("s="));
    let data = &fragment[2..];
    assert!(
        data.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "{data}"
    );
    assert_eq!(decode_fragment(&fragment), Some(Ok(s.clone())));
    assert_eq!(decode_fragment(&format!("#{fragment}")), Some(Ok(s)));
    // The SPEC example's link, for the closing note: about 1,100 characters.
    assert!(fragment.len() < 1500, "{}", fragment.len());
}

#[test]
fn other_fragments_are_not_links() {
    assert_eq!(decode_fragment(""), None);
    assert_eq!(decode_fragment("#top"), None);
    assert_eq!(decode_fragment("#x=abc"), None);
}

#[test]
fn damaged_links_say_what_is_wrong() {
    assert_eq!(decode_fragment("#s=@@@"), Some(Err(LinkError::NotBase64)));
    // Valid base64url of bytes that are not UTF-8.
    assert_eq!(decode_fragment("#s=__79"), Some(Err(LinkError::NotText)));
    let not_json = format!("s={}", "bm90IGpzb24"); // "not json"
    let err = decode_fragment(&not_json).unwrap().unwrap_err();
    assert!(err.to_string().contains("not valid JSON"), "{err}");
    let huge = format!("s={}", "A".repeat(MAX_FRAGMENT_CHARS + 1));
    assert!(matches!(
        decode_fragment(&huge),
        Some(Err(LinkError::TooLong { .. }))
    ));
    // A link whose scenario is out of range names the field.
    let mut bad = Scenario::default();
    bad.workload.tickets_per_month = -1.0;
    let err = decode_fragment(&encode_fragment(&bad))
        .unwrap()
        .unwrap_err();
    assert!(
        err.to_string().contains("workload.tickets_per_month"),
        "{err}"
    );
    // A link from a future version.
    let future =
        encode_fragment(&Scenario::default()).replace("s=eyJ2ZXJzaW9uIjox", "s=eyJ2ZXJzaW9uIjo5");
    let err = decode_fragment(&future).unwrap().unwrap_err();
    assert!(err.to_string().contains("version: 9"), "{err}");
}

#[test]
fn links_survive_padding_and_line_breaks_added_by_mail_programs() {
    let s = Scenario::default();
    let fragment = encode_fragment(&s);
    let mangled = format!("{}\n{}==", &fragment[..40], &fragment[40..]);
    assert_eq!(decode_fragment(&mangled), Some(Ok(s)));
}

#[test]
fn the_stored_version_one_library_loads() {
    let decoded = decode_library(LIBRARY_V1).unwrap();
    assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
    let lib = decoded.library;
    assert_eq!(lib.active, "b2");
    assert_eq!(lib.scenarios.len(), 2);
    assert_eq!(lib.scenarios[0].rev, 4);
    assert_eq!(lib.scenarios[0].scenario.currency, "EUR");
    // Fields missing from the stored scenario take their defaults.
    assert_eq!(lib.scenarios[1].scenario.workload.tickets_per_month, 600.0);
    assert_eq!(lib.scenarios[1].scenario.workload.replies_per_ticket, 2.5);
    // And it writes back to the same thing.
    assert_eq!(decode_library(&encode_library(&lib)).unwrap().library, lib);
}

#[test]
fn a_bad_entry_is_reported_and_the_rest_kept() {
    let broken = LIBRARY_V1.replace("\"tickets_per_month\":600", "\"tickets_per_month\":-600");
    let decoded = decode_library(&broken).unwrap();
    assert_eq!(decoded.library.scenarios.len(), 1);
    assert_eq!(
        decoded.library.active, "a1",
        "the active one was lost, so the first is active"
    );
    assert_eq!(decoded.problems.len(), 1);
    let problem = decoded.problems[0].to_string();
    assert!(
        problem.contains("saved scenario 2") && problem.contains("Next year"),
        "{problem}"
    );
    assert!(problem.contains("workload.tickets_per_month"), "{problem}");
}

#[test]
fn unreadable_libraries_are_refused_with_a_reason() {
    for (raw, says) in [
        ("not json", "not valid JSON"),
        ("[]", "not a list of scenarios"),
        (r#"{"scenarios":[]}"#, "no version"),
        (r#"{"version":2,"scenarios":[]}"#, "version 2"),
        (r#"{"version":1}"#, "no scenario list"),
    ] {
        let err = decode_library(raw).unwrap_err().to_string();
        assert!(err.contains(says), "{raw}: {err}");
    }
}

fn saved(id: &str, rev: u64, tickets: f64) -> Saved {
    let mut scenario = Scenario::default();
    scenario.workload.tickets_per_month = tickets;
    Saved {
        id: id.into(),
        rev,
        scenario,
    }
}

fn library(active: &str, scenarios: Vec<Saved>) -> Library {
    Library {
        version: 1,
        active: active.into(),
        scenarios,
    }
}

#[test]
fn merging_two_tabs_keeps_both_tabs_work() {
    // This tab edited "a"; the other tab edited "b" and added "c".
    let ours = library("a", vec![saved("a", 3, 100.0), saved("b", 1, 200.0)]);
    let stored = library(
        "b",
        vec![
            saved("a", 2, 90.0),
            saved("b", 2, 250.0),
            saved("c", 1, 300.0),
        ],
    );
    let merged = merge(&stored, &ours, &HashSet::new());
    let summary: Vec<(String, u64, f64)> = merged
        .scenarios
        .iter()
        .map(|s| (s.id.clone(), s.rev, s.scenario.workload.tickets_per_month))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("a".into(), 3, 100.0),
            ("b".into(), 2, 250.0),
            ("c".into(), 1, 300.0)
        ]
    );
    assert_eq!(merged.active, "a", "each tab keeps its own active scenario");
}

#[test]
fn a_scenario_deleted_here_stays_deleted() {
    let ours = library("a", vec![saved("a", 1, 100.0)]);
    let stored = library("a", vec![saved("a", 1, 100.0), saved("gone", 5, 1.0)]);
    let deleted: HashSet<String> = ["gone".to_string()].into();
    assert_eq!(merge(&stored, &ours, &deleted).scenarios.len(), 1);
}

#[test]
fn unique_names_never_collide() {
    let mut lib = library("a", vec![saved("a", 1, 1.0)]);
    assert_eq!(
        lib.unique_name("Example plugin shop"),
        "Example plugin shop (2)"
    );
    lib.scenarios.push(Saved {
        id: "b".into(),
        rev: 1,
        scenario: Scenario {
            name: "Example plugin shop (2)".into(),
            ..Scenario::default()
        },
    });
    assert_eq!(
        lib.unique_name("Example plugin shop"),
        "Example plugin shop (3)"
    );
    assert_eq!(lib.unique_name("Other"), "Other");
}

#[test]
fn files_hold_one_scenario_or_an_export_of_several() {
    let one = encode(&Scenario::default());
    assert_eq!(decode_file(&one).unwrap().0.len(), 1);
    let a = Scenario::default();
    let b = Scenario {
        name: "B".into(),
        ..Scenario::default()
    };
    let bundle = encode_bundle(&[&a, &b]);
    let (scenarios, problems) = decode_file(&bundle).unwrap();
    assert_eq!(scenarios, vec![a, b]);
    assert!(problems.is_empty());
    // A bundle with one bad scenario imports the good ones and names the bad one.
    let mixed = bundle.replacen(
        "\"tickets_per_month\": 300.0",
        "\"tickets_per_month\": \"lots\"",
        1,
    );
    let (scenarios, problems) = decode_file(&mixed).unwrap();
    assert_eq!(scenarios.len(), 1);
    let (index, problem) = &problems[0];
    assert_eq!(*index, 1);
    assert_eq!(
        problem.to_string(),
        "workload.tickets_per_month: has the wrong type: expected a number"
    );
    let not_json = decode_file("<html>").unwrap_err().to_string();
    assert!(not_json.contains("not valid JSON"), "{not_json}");
    let out_of_range = decode_file(r#"{"version":1,"workload":{"tickets_per_month":-1}}"#)
        .unwrap_err()
        .to_string();
    assert!(
        out_of_range.contains("workload.tickets_per_month"),
        "{out_of_range}"
    );
}

#[test]
fn csv_holds_results_break_evens_and_chart_data() {
    use support_calc::model::export::results_csv;
    use support_calc::model::series::series;
    let s = Scenario::default();
    let csv = results_csv(&s, &report(&s), &series(&s));
    assert!(csv.contains("platform,Platform plan,1309\r\n"), "{csv}");
    assert!(csv.contains("diy,Total,7350\r\n"));
    assert!(csv.contains("diy,contractor,30,contractor\r\n"));
    assert!(csv.contains("tickets_per_month,diy (USD per month),employee (USD per month)"));
    assert!(csv.contains("\r\n300,7350,8530,5282.5,5089,platform\r\n"));
    // Names with commas or quotes are quoted.
    let named = Scenario {
        name: "Shop, \"EU\"".into(),
        ..Scenario::default()
    };
    assert!(results_csv(&named, &report(&named), &series(&named))
        .starts_with("Scenario,\"Shop, \"\"EU\"\"\"\r\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scenarios_survive_a_round_trip_through_a_link(s in named_scenario()) {
        prop_assert_eq!(decode_fragment(&encode_fragment(&s)), Some(Ok(s)));
    }

    #[test]
    fn scenarios_survive_a_round_trip_through_json(s in named_scenario()) {
        prop_assert_eq!(decode(&encode(&s)).unwrap(), s);
    }

    #[test]
    fn libraries_survive_a_round_trip(list in proptest::collection::vec(named_scenario(), 1..5)) {
        let lib = Library {
            version: 1,
            active: "s1".into(),
            scenarios: list.into_iter().enumerate().map(|(i, scenario)| Saved { id: format!("s{}", i + 1), rev: i as u64 + 1, scenario }).collect(),
        };
        let decoded = decode_library(&encode_library(&lib)).unwrap();
        prop_assert!(decoded.problems.is_empty());
        prop_assert_eq!(decoded.library, lib);
    }

    #[test]
    fn any_link_text_is_refused_or_read_never_a_panic(text in ".{0,300}") {
        if let Some(Err(e)) = decode_fragment(&format!("s={text}")) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn any_base64_payload_is_refused_with_a_reason(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        use base64::Engine;
        let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        if let Some(Err(e)) = decode_fragment(&format!("s={data}")) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn any_stored_value_or_file_is_refused_or_read_never_a_panic(text in ".{0,300}") {
        if let Err(e) = decode_library(&text) {
            prop_assert!(!e.to_string().is_empty());
        }
        if let Err(e) = decode_file(&text) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn mangled_stored_libraries_never_panic(cut in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = LIBRARY_V1.as_bytes().to_vec();
        let at = cut.min(bytes.len() - 1);
        bytes[at] = byte;
        let _ = decode_library(&String::from_utf8_lossy(&bytes));
    }
}
