#![cfg(not(target_arch = "wasm32"))]
//! The workbook a consultant hands over (SPEC 9): its sheets, its defined names and every formula's
//! references; and, recalculated by LibreOffice (scripts/recalc.py, installed by `make test`), every
//! option's cost, cash and own time equal to the report's, at the scenario's volume and at another
//! typed into `Inputs`.

use std::collections::HashSet;
use std::process::{Command, Stdio};

use serde_json::{json, Value};
use support_calc::i18n::Lang;
use support_calc::model::presets::{bench_scenario, Preset};
use support_calc::model::schema::{Kind, INPUTS};
use support_calc::model::{decode, report, OptionId, Scenario};
use support_calc::workbook::{book, input_name, write, Value as Cell};

fn spec_example() -> Scenario {
    decode(include_str!("fixtures/spec_example_v1.json")).unwrap()
}

/// The names a formula refers to: every identifier that is not a function, a boolean or a number.
fn references(formula: &str) -> Vec<String> {
    let chars: Vec<char> = formula.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += 1;
            }
            i += 1;
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            // A number, with its exponent (1E+300, 1E-9).
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                let exponent = matches!(chars[i], 'E' | 'e');
                i += 1;
                if exponent && matches!(chars.get(i), Some('+' | '-')) {
                    i += 1;
                }
            }
        } else if c == '$' {
            // An absolute cell reference ($B$5).
            while i < chars.len() && (chars[i] == '$' || chars[i].is_ascii_alphanumeric()) {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let function = chars.get(i) == Some(&'(');
            if !function && word != "TRUE" && word != "FALSE" {
                out.push(word);
            }
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn the_workbook_has_its_sheets_names_and_formulas_over_defined_names() {
    let s = spec_example();
    let b = book(&s, &report(&s), "2026-12-07", Lang::En);
    let sheets: Vec<&str> = b.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        sheets,
        ["Inputs", "Costs", "Break-evens", "Months", "Sources"]
    );
    let names: HashSet<&str> = b.names.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), b.names.len(), "a name defined twice");
    // Every input that holds a value has its cell, named after its path.
    for input in INPUTS {
        if matches!(
            input.kind,
            Kind::Number(_) | Kind::Optional(_) | Kind::Switch { .. } | Kind::Choice(_)
        ) {
            let name = input_name(&input.path());
            assert!(names.contains(name.as_str()), "{name} is not defined");
            assert!(b.named(&name).is_some(), "{name} points nowhere");
        }
    }
    assert_eq!(
        b.named("workload_tickets_per_month").unwrap().value,
        Cell::Number(300.0)
    );
    // Each option's total, cash and own time.
    for id in OptionId::ALL {
        for what in ["cost", "cash", "own_time"] {
            let name = format!("{what}_{}", id.key());
            assert!(
                matches!(b.named(&name).map(|c| &c.value), Some(Cell::Formula(_))),
                "{name}"
            );
        }
    }
    // Every formula refers only to defined names, and every name points at a written cell.
    let mut formulas = 0;
    for sheet in &b.sheets {
        for cell in &sheet.cells {
            if let Cell::Formula(f) = &cell.value {
                formulas += 1;
                for r in references(f) {
                    assert!(
                        names.contains(r.as_str()),
                        "{}!{}:{}: {r} in {f}",
                        sheet.name,
                        cell.row,
                        cell.col
                    );
                }
            }
        }
    }
    assert!(formulas > 100, "{formulas} formulas");
    for (name, _) in &b.names {
        assert!(b.named(name).is_some(), "{name} points at an empty cell");
    }
    // An option's own value not set follows the workload's cell; the cap not set is empty.
    assert_eq!(
        b.named("employee_tier1_resolution_rate").unwrap().value,
        Cell::Formula("workload_tier1_resolution_rate".into())
    );
    assert_eq!(b.named("ai_monthly_cap").unwrap().value, Cell::Blank);
    // The written file is a zip.
    let bytes = write(&b).unwrap();
    assert_eq!(&bytes[..2], b"PK");
}

#[test]
fn a_consultants_fields_and_the_ranges_have_their_place() {
    let mut s = spec_example();
    s.prepared_for = "Acme".into();
    s.notes = "=HYPERLINK(\"x\")\nsecond line".into();
    s.uncertainty.enabled = true;
    s.uncertainty.draws = 500.0;
    let b = book(&s, &report(&s), "2026-12-07", Lang::De);
    let sheets: Vec<&str> = b.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        sheets,
        [
            "Inputs",
            "Costs",
            "Break-evens",
            "Months",
            "Uncertainty",
            "Sources"
        ]
    );
    let inputs = b.sheet("Inputs").unwrap();
    let texts: Vec<&str> = inputs
        .cells
        .iter()
        .filter_map(|c| match &c.value {
            Cell::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        texts.contains(&"Erstellt für") && texts.contains(&"Acme"),
        "{texts:?}"
    );
    // Notes are text, never a formula.
    assert!(texts.contains(&"=HYPERLINK(\"x\")\nsecond line"));
    let sources = b.sheet("Sources").unwrap();
    assert!(sources.cells.iter().any(|c| c.value == Cell::Text("US Bureau of Labor Statistics, Employer Costs for Employee Compensation (Löhne etwa 70 % der Gesamtkosten)".into())));
}

/// Scenarios whose workbooks LibreOffice recalculates, each with another volume to type in (`None`
/// with a live channel, whose agents stand as the page's value).
fn checked() -> Vec<(String, Scenario, Option<f64>)> {
    let mut out = vec![("SPEC example".to_string(), spec_example(), Some(900.0))];
    for p in Preset::ALL {
        let s = p.scenario();
        let other = s.workload.tickets_per_month * 2.0 + 37.0;
        out.push((p.key().into(), s, Some(other)));
    }
    out.push((
        "the AI with every rule of SPEC 3.9".into(),
        bench_scenario(),
        Some(1200.0),
    ));
    let mut own = bench_scenario();
    own.employee.minutes_per_reply = Some(4.0);
    own.contractor.tier1_resolution_rate = Some(0.55);
    own.platform.billing_unit = support_calc::model::BillingUnit::ResolvedTicket;
    own.ai.monthly_cap = Some(80.0);
    own.ai.at_cap = support_calc::model::scenario::AtCap::Pause;
    own.ai.pricing = support_calc::model::scenario::Pricing::PerConversation;
    own.coverage.agents_on_shift = 1.0;
    own.diy.cover_hours_per_week = 30.0;
    out.push((
        "own tier 1, a per-conversation cap, one on shift".into(),
        own,
        Some(2500.0),
    ));
    let mut live = bench_scenario();
    live.name = "24/7 mit KI und Chat".into();
    live.locale = "de".into();
    live.currency = "EUR".into();
    live.coverage.hours_per_week = 168.0;
    live.coverage.agents_on_shift = 1.0;
    live.diy.cover_hours_per_week = 168.0;
    live.platform.coverage_hours_per_week = 168.0;
    live.channels.live_share = 0.2;
    out.push(("24/7 + AI + live chat".into(), live, None));
    out
}

#[test]
fn recalculated_by_libreoffice_every_cost_is_the_reports() {
    let dir = std::env::temp_dir().join(format!("workbooks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let names: Vec<String> = OptionId::ALL
        .iter()
        .flat_map(|id| ["cost", "cash", "own_time"].map(|w| format!("{w}_{}", id.key())))
        .collect();
    let mut jobs = Vec::new();
    let mut expected: Vec<(String, Scenario)> = Vec::new();
    for (i, (what, s, other)) in checked().into_iter().enumerate() {
        let path = dir.join(format!("{i}.xlsx"));
        let l = if s.locale == "de" { Lang::De } else { Lang::En };
        std::fs::write(
            &path,
            write(&book(&s, &report(&s), "2026-12-07", l)).unwrap(),
        )
        .unwrap();
        jobs.push(json!({ "path": path, "names": names }));
        expected.push((what.clone(), s.clone()));
        if let Some(v) = other {
            jobs.push(
                json!({ "path": path, "names": names, "set": { "workload_tickets_per_month": v } }),
            );
            let mut at = s.clone();
            at.workload.tickets_per_month = v;
            expected.push((format!("{what} at {v} tickets"), at));
        }
    }
    let mut child = Command::new("python3")
        .arg("scripts/recalc.py")
        .env("PATH", "/usr/bin:/bin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("scripts/recalc.py needs Debian's python3 with LibreOffice (make test-tools installs libreoffice-calc-nogui and python3-uno)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(Value::from(jobs).to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "LibreOffice's recalculation failed");
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results.len(), expected.len());
    for ((what, s), got) in expected.iter().zip(&results) {
        let r = report(s);
        for id in OptionId::ALL {
            let o = r.option(id);
            for (w, want) in [
                ("cost", o.and_then(|o| o.monthly_cost)),
                ("cash", o.and_then(|o| o.cash)),
                ("own_time", o.and_then(|o| o.own_time)),
            ] {
                let name = format!("{w}_{}", id.key());
                match (want, &got[&name]) {
                    (Some(v), Value::Number(n)) => {
                        let n = n.as_f64().unwrap();
                        assert!(
                            (n - v).abs() <= 0.01,
                            "{what}: {name} is {n}, the report says {v}"
                        );
                    }
                    (None, Value::String(t)) => assert_eq!(t, "—", "{what}: {name}"),
                    (want, got) => panic!("{what}: {name} is {got}, the report says {want:?}"),
                }
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_comparisons_workbook_has_a_column_per_scenario() {
    use support_calc::workbook::compare_book;
    let now = spec_example();
    let mut growth = now.clone();
    growth.name = "Growth".into();
    growth.workload.tickets_per_month = 900.0;
    growth.prepared_for = "Acme".into();
    let b = compare_book(&[now, growth], "2026-12-07", Lang::En);
    let names: Vec<&str> = b.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Comparison", "Sources"]);
    let sh = &b.sheets[0];
    let row_of = |label: &str| {
        sh.cells
            .iter()
            .find(|c| c.col == 0 && c.value == Cell::Text(label.into()))
            .map(|c| c.row)
            .unwrap_or_else(|| panic!("no row {label}"))
    };
    let platform = row_of("Support platform");
    assert_eq!(sh.at(platform, 1).unwrap().value, Cell::Number(5089.0));
    assert!(
        matches!(sh.at(platform, 2).unwrap().value, Cell::Number(v) if (v - 14370.0).abs() < 1e-6)
    );
    let tickets = row_of("Workload: Tickets per month");
    assert_eq!(sh.at(tickets, 2).unwrap().value, Cell::Number(900.0));
    let prepared = row_of("Prepared for");
    assert_eq!(sh.at(prepared, 2).unwrap().value, Cell::Text("Acme".into()));
    assert_eq!(&write(&b).unwrap()[..2], b"PK");
}
