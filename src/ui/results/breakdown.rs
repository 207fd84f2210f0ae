//! The breakdown table: every option's lines, totals, cost per ticket, staffing and escalations.

use leptos::prelude::*;

use crate::format;
use crate::i18n::Lang;
use crate::model::report::{LineKind, OptionReport};
use crate::model::OptionId;
use crate::model::{BillingUnit, Report};
use crate::text::{kind_name, option_detail};
use crate::ui::theme::option_class;
use crate::ui::{AppState, TableScroll};

#[component]
pub(super) fn Breakdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The table's shape (its columns and line rows) changes only when an option or a kind of cost comes
    // or goes; an edit then updates just the cells whose figures changed.
    let shape = Memo::new(move |_| {
        state.report.with(|r| {
            let columns: Vec<OptionId> = r.options.iter().map(|o| o.id).collect();
            let rows: Vec<LineKind> = LineKind::ALL
                .into_iter()
                .filter(|k| {
                    r.options
                        .iter()
                        .any(|o| o.lines.iter().any(|l| l.kind == *k))
                })
                .collect();
            (columns, rows)
        })
    });
    let table = move || {
        let (columns, rows) = shape.get();
        let head = columns
            .iter()
            .map(|&id| {
                view! {
                    <th scope="col" class=option_class(id)>
                        <span class="swatch" aria-hidden="true"></span>
                        {move || id.name().get(state.l())}
                    </th>
                }
            })
            .collect_view();
        let body = rows
            .into_iter()
            .map(|k| {
                let text = move |o: &OptionReport, _: &Report, f: &Figures, l: Lang| {
                    line_cell(o, k, f.currency, l)
                };
                let cells = row_cells(state, columns.clone(), text);
                view! {
                    <tr>
                        <th scope="row">{move || kind_name(k, state.l())}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let foot_row =
            |class: &'static str, label: (&'static str, &'static str), text: CellText| {
                let cells = row_cells(state, columns.clone(), text);
                view! {
                    <tr class=class>
                        <th scope="row">{state.t(label.0, label.1)}</th>
                        {cells}
                    </tr>
                }
            };
        view! {
            <table class="breakdown" data-testid="breakdown">
                <caption class="visually-hidden">{state.t("Monthly cost by line", "Monatliche Kosten nach Posten")}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>
                    {foot_row("total", ("Total per month", "Summe pro Monat"), total_cell)}
                    {foot_row("", ("Paid out", "Ausgezahlt"), cash_cell)}
                    {foot_row("", ("Your and your team's time", "Eigene Zeit und die des Teams"), own_time_cell)}
                    {foot_row("", ("Per ticket", "Pro Ticket"), per_ticket_cell)}
                    {foot_row("", ("Staffing", "Besetzung"), staffing_cell)}
                    {foot_row("", ("Escalations", "Eskalationen"), escalations_cell)}
                </tfoot>
            </table>
        }
    };
    // Open on a wide screen; on a phone one tap away, so that the first visit stays short (SPEC 7). On
    // paper always.
    let wide = window()
        .match_media("(min-width: 1000px)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let open = RwSignal::new(wide);
    view! {
        <details
            class="breakdown-wrap"
            prop:open=move || open.get() || state.printing.get()
            on:toggle=crate::ui::follow_details(open)
            data-testid="breakdown-panel"
        >
            <summary class="breakdown-summary">{state.t("Monthly cost by line", "Monatliche Kosten nach Posten")}</summary>
            <Show
                when=move || shape.with(|(columns, _)| !columns.is_empty())
                fallback=move || {
                    view! {
                        <p class="muted">
                            {state.t("Switch on at least one option to see its breakdown.", "Schalten Sie mindestens eine Option ein, um ihre Aufschlüsselung zu sehen.")}
                        </p>
                    }
                }
            >
                <TableScroll label=("Monthly cost by line", "Monatliche Kosten nach Posten")>
                    {table}
                </TableScroll>
            </Show>
        </details>
    }
}

/// A line's amount in its option's column: whole units when the column's total is 1,000 or more.
fn line_cell(o: &OptionReport, kind: LineKind, currency: &str, l: Lang) -> String {
    let locale = l.code();
    let decimals = format::total_decimals(o.monthly_cost.unwrap_or(0.0), currency);
    o.lines
        .iter()
        .find(|line| line.kind == kind)
        .map(|line| format::money_with(line.amount, decimals, currency, locale))
        .unwrap_or_else(|| "—".to_string())
}

/// What the breakdown's cells need of the scenario besides the report.
struct Figures<'a> {
    currency: &'a str,
    billing_unit: BillingUnit,
}

/// A footer cell's text: from the option's report, the whole report and the scenario's figures.
type CellText = fn(&OptionReport, &Report, &Figures, Lang) -> String;

/// The cells of one row of the breakdown, one per column, as one reactive view read from the report (a
/// column's option may have just gone): an edit updates each row once rather than each cell.
fn row_cells(
    state: AppState,
    columns: Vec<OptionId>,
    text: impl Fn(&OptionReport, &Report, &Figures, Lang) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let l = state.l();
        let billing_unit = state.billing_unit.get();
        state.currency.with(|currency| {
            let f = &Figures {
                currency,
                billing_unit,
            };
            state.report.with(|r| {
                columns
                    .iter()
                    .map(|&id| {
                        let t = r.option(id).map(|o| text(o, r, f, l)).unwrap_or_default();
                        view! { <td>{t}</td> }
                    })
                    .collect_view()
            })
        })
    }
}

fn total_cell(o: &OptionReport, _: &Report, f: &Figures, l: Lang) -> String {
    o.monthly_cost
        .map(|c| format::money_total(c, f.currency, l.code()))
        .unwrap_or_else(|| l.pick("Not available", "Nicht verfügbar").into())
}

/// What is paid out (SPEC 3.10), written as the column's total is.
fn cash_cell(o: &OptionReport, _: &Report, f: &Figures, l: Lang) -> String {
    split_cell(o, o.cash, f, l)
}

/// What is the founder's, the developers' and the team's own time.
fn own_time_cell(o: &OptionReport, _: &Report, f: &Figures, l: Lang) -> String {
    split_cell(o, o.own_time, f, l)
}

fn split_cell(o: &OptionReport, part: Option<f64>, f: &Figures, l: Lang) -> String {
    let decimals = format::total_decimals(o.monthly_cost.unwrap_or(0.0), f.currency);
    part.map(|v| format::money_with(v, decimals, f.currency, l.code()))
        .unwrap_or_else(|| "—".into())
}

fn per_ticket_cell(o: &OptionReport, _: &Report, f: &Figures, l: Lang) -> String {
    o.cost_per_ticket
        .map(|c| format::money_precise(c, f.currency, l.code()))
        .unwrap_or_else(|| "—".into())
}

fn staffing_cell(o: &OptionReport, _: &Report, f: &Figures, l: Lang) -> String {
    option_detail(o, f.billing_unit, l)
}

/// The option's own escalations and the developer hours they take.
fn escalations_cell(o: &OptionReport, _: &Report, _: &Figures, l: Lang) -> String {
    format!(
        "{} ({})",
        format::count(o.escalated_tickets, l.code()),
        format::hours(o.tier2_hours, l.code())
    )
}
