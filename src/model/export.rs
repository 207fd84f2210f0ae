//! CSV export of the results and the chart data. Numbers are written plainly (a point, no grouping) so
//! that any spreadsheet reads them; the currency is named in the headers.

use super::report::Report;
use super::scenario::{OptionId, Scenario};
use super::series::Series;

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn number(v: Option<f64>) -> String {
    v.map(|v| {
        let rounded = (v * 1e6).round() / 1e6;
        format!("{rounded}")
    })
    .unwrap_or_default()
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// Results (one row per option and line) followed by the chart's data (one row per x value).
pub fn results_csv(s: &Scenario, r: &Report, series: &Series) -> String {
    let cur = &s.currency;
    let mut out = String::new();
    out += &row(&["Scenario".into(), s.name.clone()]);
    out += &row(&["Currency".into(), cur.clone()]);
    out += &row(&[
        "Cheapest".into(),
        r.cheapest.map(|c| c.key().to_string()).unwrap_or_default(),
    ]);
    out += "\r\n";
    out += &row(&[
        "option".into(),
        "line".into(),
        format!("monthly amount ({cur})"),
    ]);
    for o in &r.options {
        for l in &o.lines {
            out += &row(&[o.id.key().into(), l.label.clone(), number(Some(l.amount))]);
        }
        let total = if o.available {
            number(o.monthly_cost)
        } else {
            "unavailable".into()
        };
        out += &row(&[o.id.key().into(), "Total".into(), total]);
        out += &row(&[
            o.id.key().into(),
            "Per ticket".into(),
            number(o.cost_per_ticket),
        ]);
    }
    out += "\r\n";
    out += &row(&[
        "a".into(),
        "b".into(),
        "tickets per month".into(),
        "cheaper from there".into(),
    ]);
    for b in &r.break_even {
        out += &row(&[
            b.a.key().into(),
            b.b.key().into(),
            b.tickets.to_string(),
            b.cheaper_above.key().into(),
        ]);
    }
    out += "\r\n";
    let enabled: Vec<OptionId> = OptionId::ALL
        .into_iter()
        .filter(|id| series.enabled[*id])
        .collect();
    let mut header = vec![series.axis.key().to_string()];
    header.extend(
        enabled
            .iter()
            .map(|id| format!("{} ({cur} per month)", id.key())),
    );
    header.push("cheapest".into());
    out += &row(&header);
    for (i, x) in series.xs.iter().enumerate() {
        let mut cells = vec![number(Some(*x))];
        cells.extend(enabled.iter().map(|id| number(series.totals[i][*id])));
        cells.push(
            series
                .cheapest(i)
                .map(|c| c.key().to_string())
                .unwrap_or_default(),
        );
        out += &row(&cells);
    }
    out
}
