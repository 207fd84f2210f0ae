#![cfg(not(target_arch = "wasm32"))]
//! Format version 7: a consultant's scenario (SPEC 4.1): notes, prepared for, prepared by; and
//! version-6 files giving the reports their release gave.

mod common;

use serde_json::Value;
use support_calc::i18n::Lang;
use support_calc::model::link::{decode_fragment, encode_fragment};
use support_calc::model::scenario::FORMAT_VERSION;
use support_calc::model::{decode, encode, report, Scenario};
use support_calc::report_json;
use support_calc::sheet::results_sheet;

fn v6_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v6/", $name, ".json")),
                include_str!(concat!("fixtures/v6/", $name, ".report.json")),
            )
        };
    }
    vec![
        fixture!("solo"),
        fixture!("theme-shop"),
        fixture!("saas"),
        fixture!("dev-tools"),
        fixture!("ai-helpdesk"),
        fixture!("ai_cap_pause"),
        fixture!("ai_every_rule_de"),
    ]
}

#[test]
fn every_version_6_fixture_gives_the_report_version_6_gave() {
    // The reports were written by the last release of version 6 (commit c729513).
    for (name, scenario, old_report) in v6_fixtures() {
        assert!(scenario.starts_with(r#"{"version":6"#), "{name}");
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&old, &new, name);
        assert_eq!(old, new, "{name}: version 7 adds nothing to the report");
        // Migrated: nothing noted, prepared for nobody by nobody.
        let s = decode(scenario).unwrap();
        assert_eq!(s.version, FORMAT_VERSION);
        assert_eq!(
            (
                s.notes.as_str(),
                s.prepared_for.as_str(),
                s.prepared_by.as_str()
            ),
            ("", "", "")
        );
    }
}

/// A consultant's scenario: notes with markup-like text, lines and spaces kept as typed.
fn consultants() -> Scenario {
    Scenario {
        notes: "  Assumes the <b>Q3</b> volume & the new helpdesk.\n=SUM(A1) is not a formula.\n"
            .into(),
        prepared_for: "Acme & Co. <GmbH>".into(),
        prepared_by: "Jo Consultant".into(),
        ..Scenario::default()
    }
}

#[test]
fn notes_and_who_it_is_for_travel_in_files_and_links_as_typed() {
    let s = consultants();
    let json = encode(&s);
    assert!(
        json.contains(r#""prepared_for":"Acme & Co. <GmbH>""#),
        "{json}"
    );
    assert_eq!(decode(&json).unwrap(), s);
    let link = encode_fragment(&s);
    assert_eq!(decode_fragment(&link), Some(Ok(s.clone())));
    // The results do not change.
    assert_eq!(report(&s), report(&Scenario::default()));
}

#[test]
fn text_too_long_is_refused_and_named() {
    let notes = "é".repeat(4000);
    let ok = format!(r#"{{"version":7,"notes":"{notes}"}}"#);
    assert!(report_json(&ok).is_ok());
    let long = format!(r#"{{"version":7,"notes":"{notes}x"}}"#);
    let err = report_json(&long).unwrap_err();
    assert_eq!(err, "notes: must be at most 4,000 characters (got 4,001)");
    let err = report_json(&format!(
        r#"{{"version":7,"prepared_by":"{}"}}"#,
        "x".repeat(121)
    ))
    .unwrap_err();
    assert_eq!(err, "prepared_by: must be at most 120 characters (got 121)");
    let err = report_json(r#"{"version":7,"prepared_for":7}"#).unwrap_err();
    assert!(err.starts_with("prepared_for: "), "{err}");
    // Empty is the default and valid.
    assert!(report_json(r#"{"version":7,"prepared_for":""}"#).is_ok());
}

#[test]
fn older_files_holding_version_7_fields_are_refused() {
    for version in 1..=6 {
        for field in ["notes", "prepared_for", "prepared_by"] {
            let json = format!(r#"{{"version":{version},"{field}":"x"}}"#);
            let err = report_json(&json).unwrap_err();
            assert!(err.contains(field), "{json}: {err}");
        }
    }
}

#[test]
fn the_sheet_carries_them_at_the_top_as_text() {
    let s = consultants();
    let r = report(&s);
    let csv = results_sheet(&s, &r, &[], Default::default(), "2026-12-07", Lang::En);
    let top: Vec<&str> = csv.lines().take(8).collect();
    assert!(top.contains(&"Prepared for,Acme & Co. <GmbH>"), "{top:?}");
    assert!(top.contains(&"Prepared by,Jo Consultant"), "{top:?}");
    // The notes are one cell, quoted with their line breaks, and a spreadsheet cannot run them.
    assert!(
        csv.contains("Notes,\"  Assumes the <b>Q3</b> volume & the new helpdesk.\n=SUM(A1) is not a formula.\n\""),
        "{csv}"
    );
    // Without them, no empty rows.
    let plain = Scenario::default();
    let csv = results_sheet(
        &plain,
        &report(&plain),
        &[],
        Default::default(),
        "2026-12-07",
        Lang::En,
    );
    assert!(
        !csv.contains("Prepared for") && !csv.contains("Notes,"),
        "{csv}"
    );
}
