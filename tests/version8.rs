#![cfg(not(target_arch = "wasm32"))]
//! Format version 8: the founder's own numbers (SPEC 8): a monthly history read from a helpdesk export,
//! stored in the scenario; and version-7 files giving the reports their release gave.

mod common;

use serde_json::Value;
use support_calc::i18n::Lang;
use support_calc::model::history::{self, Month, YearMonth};
use support_calc::model::import::read_all;
use support_calc::model::link::{decode_fragment, encode_fragment};
use support_calc::model::scenario::FORMAT_VERSION;
use support_calc::model::{decode, encode, report, Scenario};
use support_calc::report_json;
use support_calc::sheet::results_sheet;

fn v7_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v7/", $name, ".json")),
                include_str!(concat!("fixtures/v7/", $name, ".report.json")),
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
        fixture!("consultant"),
    ]
}

#[test]
fn every_version_7_fixture_gives_the_report_version_7_gave() {
    // The files and reports were written by the last release of version 7 (commit 0ac133d).
    for (name, scenario, old_report) in v7_fixtures() {
        assert!(scenario.starts_with(r#"{"version":7"#), "{name}");
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&old, &new, name);
        assert_eq!(old, new, "{name}: version 8 adds nothing to the report");
        let s = decode(scenario).unwrap();
        assert_eq!(s.version, FORMAT_VERSION);
        assert!(s.history.is_empty(), "{name}: migrated without a history");
        // Written again, the file says version 8 and an empty history.
        assert!(encode(&s).contains(r#""history":[]"#));
    }
    let consultant = decode(v7_fixtures()[7].1).unwrap();
    assert_eq!(consultant.notes, "Assumes the Q3 volume.\nSecond line.");
}

#[test]
fn older_files_holding_a_history_are_refused() {
    for version in 1..=7 {
        let json = format!(r#"{{"version":{version},"history":[]}}"#);
        let err = report_json(&json).unwrap_err();
        assert!(err.contains("history"), "{json}: {err}");
    }
    assert!(report_json(r#"{"version":8,"history":[]}"#).is_ok());
}

fn ym(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

fn with_history() -> Scenario {
    let history = vec![
        Month {
            replies_per_ticket: Some(2.4),
            first_reply_hours: Some(3.25),
            partial: true,
            ..Month::new(ym("2026-08"), 120.0)
        },
        Month {
            replies_per_ticket: Some(2.2),
            ..Month::new(ym("2026-09"), 310.0)
        },
        Month::new(ym("2026-10"), 0.0),
        Month {
            first_reply_hours: Some(1.5),
            ..Month::new(ym("2026-11"), 355.0)
        },
    ];
    Scenario {
        history,
        ..Scenario::default()
    }
}

#[test]
fn a_history_travels_in_files_and_links_and_changes_no_result() {
    let s = with_history();
    let json = encode(&s);
    assert!(
        json.contains(r#""history":[{"month":"2026-08","tickets":120.0,"replies_per_ticket":2.4,"first_reply_hours":3.25,"partial":true},"#),
        "{json}"
    );
    assert!(json.contains(r#"{"month":"2026-10","tickets":0.0,"replies_per_ticket":null,"first_reply_hours":null,"partial":false}"#));
    assert_eq!(decode(&json).unwrap(), s);
    assert_eq!(decode_fragment(&encode_fragment(&s)), Some(Ok(s.clone())));
    assert_eq!(report(&s), report(&Scenario::default()));
    // Absent optional fields are null, an absent partial is false.
    let short = decode(r#"{"version":8,"history":[{"month":"2026-01","tickets":5}]}"#).unwrap();
    assert_eq!(short.history, vec![Month::new(ym("2026-01"), 5.0)]);
}

#[test]
fn a_bad_history_is_refused_naming_each_problem() {
    let cases = [
        (
            r#"[{"month":"2026-1","tickets":5}]"#,
            r#"history[0].month: must be a month written YYYY-MM, such as 2026-03 (got "2026-1")"#,
        ),
        (
            r#"[{"month":"2026-02","tickets":5},{"month":"2026-02","tickets":5}]"#,
            "history[1].month: must come after the month before it, 2026-02 (got 2026-02): a history runs oldest first, each month once",
        ),
        (
            r#"[{"month":"2026-02","tickets":2.5}]"#,
            "history[0].tickets: must be a whole number from 0 to 100,000,000 (got 2.5)",
        ),
        (
            r#"[{"month":"2026-02","tickets":-1}]"#,
            "history[0].tickets: must be a number from 0 to 100,000,000 (got -1)",
        ),
        (
            r#"[{"month":"2026-02","tickets":1,"replies_per_ticket":-2}]"#,
            "history[0].replies_per_ticket: must be a number from 0 to 1,000 (got -2)",
        ),
        (
            r#"[{"month":"2026-02","tickets":1,"customer":"Ann"}]"#,
            "history[0].customer: unknown field `customer`",
        ),
        (
            r#"[{"tickets":1}]"#,
            "history[0]: missing field `month`",
        ),
        (
            r#"[{"month":"2026-02","tickets":1,"partial":"yes"}]"#,
            "history[0].partial: has the wrong type: expected true or false",
        ),
        (r#"{"2026-02":1}"#, "history: has the wrong type: expected a list"),
    ];
    for (history, want) in cases {
        let json = format!(r#"{{"version":8,"history":{history}}}"#);
        assert_eq!(report_json(&json).unwrap_err(), want, "{history}");
    }
    let many: Vec<String> = (0..121)
        .map(|i| {
            let m = YearMonth::from_index(ym("2010-01").index() + i);
            format!(r#"{{"month":"{m}","tickets":1}}"#)
        })
        .collect();
    let json = format!(r#"{{"version":8,"history":[{}]}}"#, many.join(","));
    assert_eq!(
        report_json(&json).unwrap_err(),
        "history: may hold at most 120 months (got 121)"
    );
}

#[test]
fn the_sheet_lists_the_months_and_the_months_ahead_start_after_them() {
    let s = with_history();
    let csv = results_sheet(
        &s,
        &report(&s),
        &[],
        Default::default(),
        "2026-12-07",
        Lang::En,
    )
    .replace("\r\n", "\n");
    assert!(csv.contains("Your helpdesk's months\nMonth,Tickets,Replies per ticket,\"First reply, hours (median)\",Partial\n2026-08,120,2.4,3.25,partial\n2026-09,310,2.2,,\n2026-10,0,,,\n2026-11,355,,1.5,\n"), "{csv}");
    assert!(csv.contains("Month,Calendar month,Tickets"), "{csv}");
    assert!(csv.contains("\n1,2026-12,300,"), "{csv}");
    assert!(csv.contains("\n12,2027-11,"), "{csv}");
    let plain = Scenario::default();
    let csv = results_sheet(
        &plain,
        &report(&plain),
        &[],
        Default::default(),
        "2026-12-07",
        Lang::En,
    );
    assert!(!csv.contains("helpdesk") && !csv.contains("Calendar month"));
}

#[test]
fn the_workbook_has_a_history_sheet() {
    use support_calc::workbook::{book, Value as Cell};
    let s = with_history();
    let b = book(&s, &report(&s), "2026-12-07", Lang::De);
    let h = b.sheet("History").expect("a History sheet");
    assert_eq!(
        h.at(4, 0).map(|c| &c.value),
        Some(&Cell::Text("2026-08".into()))
    );
    assert_eq!(h.at(5, 1).map(|c| &c.value), Some(&Cell::Number(310.0)));
    assert_eq!(
        h.at(4, 4).map(|c| &c.value),
        Some(&Cell::Text("unvollständig".into()))
    );
    assert!(book(
        &Scenario::default(),
        &report(&Scenario::default()),
        "2026-12-07",
        Lang::En
    )
    .sheet("History")
    .is_none());
}

/// From an export to the scenario: read, applied, stored, read again.
#[test]
fn an_export_read_and_applied_sets_what_spec_8_says() {
    // Zendesk's shape: January from the 10th (partial), February to April whole (40, 44, 48.4 ... as
    // whole tickets: 40, 44, 49), May to the 3rd (partial).
    let mut csv = String::from("Id,Created at,Replies,First reply time in minutes\n");
    let mut id = 0;
    let mut ticket = |csv: &mut String, date: &str, replies: u32, minutes: u32| {
        id += 1;
        csv.push_str(&format!("{id},{date} 10:00:00 UTC,{replies},{minutes}\n"));
    };
    for d in 10..=19 {
        ticket(&mut csv, &format!("2026-01-{d}"), 1, 30);
    }
    for (month, n, days) in [("02", 40, 28), ("03", 44, 31), ("04", 49, 30)] {
        for i in 0..n {
            let day = 1 + (i * (days - 1)) / (n - 1);
            ticket(&mut csv, &format!("2026-{month}-{day:02}"), 2 + (i % 2), 60);
        }
    }
    ticket(&mut csv, "2026-05-03", 4, 120);
    let reading = read_all(csv.as_bytes(), 64, None).unwrap();
    let built = reading.dates.built(None).unwrap();
    let months: Vec<(String, f64, bool)> = built
        .months
        .iter()
        .map(|m| (m.month.to_string(), m.tickets, m.partial))
        .collect();
    assert_eq!(
        months,
        vec![
            ("2026-01".into(), 10.0, true),
            ("2026-02".into(), 40.0, false),
            ("2026-03".into(), 44.0, false),
            ("2026-04".into(), 49.0, false),
            ("2026-05".into(), 1.0, true),
        ]
    );
    // Replies alternate 2 and 3: 2.5 in each even month; 49 tickets: (25 × 2 + 24 × 3) / 49.
    assert_eq!(built.months[1].replies_per_ticket, Some(2.5));
    assert_eq!(built.months[3].replies_per_ticket, Some(122.0 / 49.0));
    let mut s = Scenario::default();
    let d = history::apply(&mut s, built.months.clone());
    // (40 + 44 + 49) / 3 = 44.33 → 44; replies (2.5 + 2.5 + 122/49) / 3; growth by hand.
    assert_eq!(s.workload.tickets_per_month, 44.0);
    assert!((s.workload.replies_per_ticket - (5.0 + 122.0 / 49.0) / 3.0).abs() < 1e-12);
    let (a, b, c) = (40f64.ln(), 44f64.ln(), 49f64.ln());
    let by_hand = ((c - a) / 2.0).exp() - 1.0; // three evenly spaced points: the slope is (c - a) / 2
    let _ = b;
    assert!((s.projection.monthly_growth - by_hand).abs() < 1e-12);
    assert!((by_hand - 0.1068).abs() < 1e-4, "{by_hand}");
    assert_eq!(d.fit_months, 3);
    let again = decode(&encode(&s)).unwrap();
    assert_eq!(again, s);
    assert_eq!(
        history::first_month_ahead(&again.history),
        Some(ym("2026-06"))
    );
}
