//! The library API `report_json` and the scenario format (SPEC 4).

use serde_json::Value;
use support_calc::model::codec::{decode, encode, DecodeError, MAX_SCENARIO_BYTES};
use support_calc::model::Scenario;
use support_calc::report_json;

const SPEC_EXAMPLE: &str = include_str!("fixtures/spec_example_v1.json");

fn report(json: &str) -> Value {
    serde_json::from_str(&report_json(json).expect("valid scenario")).unwrap()
}

#[test]
fn the_spec_example_is_the_default_scenario_of_version_1() {
    assert_eq!(decode(SPEC_EXAMPLE).unwrap(), Scenario::spec_example());
    let mut everyone = Scenario::spec_example();
    everyone.all_hands.enabled = true;
    everyone.platform.live_billing = support_calc::model::scenario::LiveBilling::PerAgentHour;
    assert_eq!(
        everyone,
        Scenario::default(),
        "version 2 has everyone helping on; version 5 bills a platform's live agents by the hour"
    );
}

#[test]
fn report_json_gives_the_spec_figures() {
    let r = report(SPEC_EXAMPLE);
    let w = &r["workload"];
    assert_eq!(w["effective_tickets"], 300.0);
    assert_eq!(w["replies"], 750.0);
    assert_eq!(w["tier1_hours"], 62.5);
    assert_eq!(w["escalated_tickets"], 90.0);
    assert_eq!(w["tier2_hours"], 60.0);

    let options = r["options"].as_array().unwrap();
    let ids: Vec<&str> = options.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["diy", "employee", "contractor", "platform"]);
    let costs: Vec<f64> = options
        .iter()
        .map(|o| o["monthly_cost"].as_f64().unwrap())
        .collect();
    assert_eq!(costs, [7350.0, 8530.0, 5282.5, 5089.0]);
    assert!(options.iter().all(|o| o["available"] == true));
    assert_eq!(options[1]["fte_paid"], 1.0);
    assert_eq!(options[2]["billed_hours"], 62.5);
    assert_eq!(options[3]["plan"], "Growth");
    assert_eq!(options[3]["units"], 750.0);
    assert_eq!(options[0]["cost_per_ticket"], 24.5);
    let first_line = &options[3]["lines"][0];
    assert_eq!(first_line["label"], "Platform plan");
    assert_eq!(first_line["amount"], 1309.0);
    assert_eq!(r["cheapest"], "platform");

    let be = r["break_even"].as_array().unwrap();
    let first = &be[0];
    assert_eq!(first["a"], "diy");
    assert_eq!(first["b"], "contractor");
    assert_eq!(first["tickets"], 30);
    assert_eq!(first["cheaper_above"], "contractor");
}

#[test]
fn an_unavailable_option_has_a_null_cost_and_plan() {
    let mut s = Scenario::default();
    s.platform
        .plans
        .iter_mut()
        .for_each(|p| p.overage_per_unit = None);
    s.workload.tickets_per_month = 1000.0; // 2,500 replies: more than any capped plan includes
    let r = report(&encode(&s));
    let platform = &r["options"][3];
    assert_eq!(platform["available"], false);
    assert_eq!(platform["monthly_cost"], Value::Null);
    assert_eq!(platform["plan"], Value::Null);
}

#[test]
fn the_error_names_every_invalid_field_and_its_range() {
    let mut v: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    v["workload"]["tickets_per_month"] = (-5).into();
    v["workload"]["tier1_resolution_rate"] = 1.5.into();
    v["contractor"]["billing_increment_minutes"] = 0.into();
    v["platform"]["plans"][1]["name"] = "".into();
    let err = report_json(&v.to_string()).unwrap_err();
    for expected in [
        "workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)",
        "workload.tier1_resolution_rate: must be a number from 0 to 1 (got 1.5)",
        "contractor.billing_increment_minutes: must be a number from 1 to 600 (got 0)",
        "platform.plans[1].name: must be 1 to 60 characters",
    ] {
        assert!(err.contains(expected), "{expected:?} not in {err:?}");
    }
}

#[test]
fn wrong_types_and_unknown_fields_name_their_path() {
    let err = report_json(r#"{"version":1,"workload":{"tickets_per_month":"many"}}"#).unwrap_err();
    assert!(err.starts_with("workload.tickets_per_month: "), "{err}");
    assert!(err.contains("expected a number"), "{err}");
    let err =
        report_json(r#"{"version":1,"rates":{"founder_hourly":60,"ceo_hourly":1}}"#).unwrap_err();
    assert!(
        err.contains("rates.ceo_hourly") && err.contains("unknown field"),
        "{err}"
    );
    let err = report_json(r#"{"version":1,"platform":{"billing_unit":"minute"}}"#).unwrap_err();
    assert!(err.starts_with("platform.billing_unit: "), "{err}");
}

#[test]
fn missing_fields_take_their_defaults() {
    let r = report(r#"{"version":1,"workload":{"tickets_per_month":600}}"#);
    assert_eq!(r["workload"]["replies"], 1500.0);
}

#[test]
fn version_and_size_and_syntax_are_checked_first() {
    assert_eq!(decode("{}"), Err(DecodeError::MissingVersion));
    assert_eq!(
        decode(r#"{"version":9}"#),
        Err(DecodeError::NewerVersion(9))
    );
    assert!(
        matches!(decode(r#"{"version":0}"#), Err(DecodeError::UnsupportedVersion(v)) if v == "0")
    );
    assert!(matches!(
        decode(r#"{"version":"1"}"#),
        Err(DecodeError::UnsupportedVersion(_))
    ));
    assert_eq!(decode("[1,2]"), Err(DecodeError::NotAnObject));
    assert!(matches!(
        decode("{\"version\":1,"),
        Err(DecodeError::NotJson(_))
    ));
    let huge = format!(
        "{{\"version\":1,\"name\":\"{}\"}}",
        "x".repeat(MAX_SCENARIO_BYTES)
    );
    assert!(matches!(decode(&huge), Err(DecodeError::TooLarge { .. })));
    let msg = report_json(r#"{"version":9}"#).unwrap_err();
    assert!(
        msg.contains("version: 9 was made by a newer version of this app"),
        "{msg}"
    );
}

#[test]
fn axis_break_evens_are_reported_for_other_chart_axes() {
    let mut v: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    v["chart"] = serde_json::json!({"x": "contractor_hourly_rate", "max": 150});
    let r = report(&v.to_string());
    assert_eq!(r["chart_axis"], "contractor_hourly_rate");
    // The contractor (5,282.50 at 25/h) loses to the platform (5,089) once 62.5 h x rate + 3,720 > 5,089:
    // rate > 21.904, and to doing it yourself (7,350) once rate > 58.08.
    let crossings = r["chart_break_even"].as_array().unwrap();
    let at = |a: &str, b: &str| -> f64 {
        crossings
            .iter()
            .find(|c| c["a"] == a && c["b"] == b)
            .unwrap_or_else(|| panic!("no {a}/{b} crossing in {crossings:?}"))["x"]
            .as_f64()
            .unwrap()
    };
    assert!((at("contractor", "platform") - 1369.0 / 62.5).abs() < 0.15);
    assert!((at("diy", "contractor") - 3630.0 / 62.5).abs() < 0.15);
    // The ticket break-evens still cover the default ticket range.
    assert_eq!(r["tickets_axis_max"], 2000);
}

/// A positive volume below one ticket is refused, naming the field; a volume from one up, fractions
/// included, loads as before; no report holds a non-finite number or -0.
#[test]
fn volumes_below_one_ticket_are_refused_and_reports_are_finite() {
    for tiny in ["1e-306", "0.5", "0.999999"] {
        let e = report_json(&format!(
            r#"{{"version":1,"workload":{{"tickets_per_month":{tiny}}}}}"#
        ))
        .unwrap_err();
        assert!(
            e.starts_with(
                "workload.tickets_per_month: must be 0, or a whole number from 1 to 1,000,000"
            ),
            "{e}"
        );
    }
    for ok in ["0", "1", "150.5", "1000000"] {
        let r = report_json(&format!(
            r#"{{"version":1,"workload":{{"tickets_per_month":{ok}}},"employee":{{"min_fte":0}}}}"#
        ))
        .unwrap();
        let v: Value = serde_json::from_str(&r).unwrap();
        assert_finite(&v, ok);
        assert!(
            !r.contains("-0,") && !r.contains("-0}") && !r.contains("-0.0"),
            "{ok}: {r}"
        );
    }
}

fn assert_finite(v: &Value, what: &str) {
    match v {
        Value::Number(n) => assert!(n.as_f64().is_some_and(f64::is_finite), "{what}: {n}"),
        Value::Array(items) => items.iter().for_each(|i| assert_finite(i, what)),
        Value::Object(map) => map.values().for_each(|i| assert_finite(i, what)),
        _ => {}
    }
}
