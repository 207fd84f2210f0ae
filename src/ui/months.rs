//! The months ahead (SPEC 6.1): the panel of the projection's inputs with its spikes, and the results:
//! the cheapest over the horizon, each option's payback, a chart of cumulative cost and its table.

use leptos::prelude::*;

use super::chart::{fit_canvas, show_draw_result, use_chart_size};
use super::history::part::MonthsChart;
use super::inputs::{Panel, SectionInputs};
use super::split::{on_demand, split_point, Build};
use super::theme::option_class;
use super::{after_paint, follow_details, AppState, TableScroll};
use crate::charts::breakeven::{draw, ChartInput, Point};
use crate::format;
use crate::model::history::{first_month_ahead, YearMonth};
use crate::model::projection::{project, ProjectionReport};
use crate::model::schema::Section;
use crate::model::series::Series;
use crate::model::{OptionId, PerOption, XAxis};
use crate::style::{option_styles, Palette};
use crate::text;

#[component]
pub fn ProjectionPanel() -> impl IntoView {
    view! {
        <Panel section=Section::Projection>
            {on_demand(projection_panel)}
        </Panel>
    }
}

// The months ahead: closed on a first visit, so their inputs, results and chart are downloaded when the
// panel is first opened (or the page printed).
split_point!(
    fn projection_panel() -> Build {
        || view! { <ProjectionBody /> }.into_any()
    }
);

split_point!(
    fn projection_results() -> Build {
        || view! { <ProjectionResults /> }.into_any()
    }
);

/// The months ahead on paper, in the results (their panel is not printed).
#[component]
pub fn PrintedProjection() -> impl IntoView {
    on_demand(projection_results)
}

#[component]
fn ProjectionBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="panel-intro">
            {state.t("A hire or a contract commits you for months: how each option adds up as volume grows, with what it costs to start.", "Eine Einstellung oder ein Vertrag bindet für Monate: wie sich jede Option summiert, wenn das Volumen wächst, mit den Kosten des Anfangs.")}
        </p>
        <SectionInputs section=Section::Projection />
        // The results stand where their inputs are read (SPEC 7).
        <ProjectionResults />
    }
}

/// The cumulative costs as a series along the months, for the break-even chart's drawing.
fn cumulative_series(p: &ProjectionReport) -> Series {
    let enabled = PerOption::from_fn(|id| p.totals.get(id).is_some());
    let xs: Vec<f64> = p.months.iter().map(|m| f64::from(m.month)).collect();
    let totals = p
        .months
        .iter()
        .map(|m| PerOption::from_fn(|id| m.cumulative.get(id).copied().flatten()))
        .collect();
    Series {
        axis: XAxis::TicketsPerMonth,
        min: 1.0,
        // An axis must span something: one month is drawn from 1 to 2.
        max: (xs.len() as f64).max(2.0),
        enabled,
        xs,
        totals,
    }
}

#[component]
fn ProjectionResults() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The months ahead run the model once a month of the horizon: after an edit's first paint, so that
    // the break-even chart and the cards (whose redraw budget it is) never wait for them. The first is
    // projected at once, for this component is itself built after the page's first paint.
    let projection = RwSignal::new(state.scenario.with_untracked(project));
    let run = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        // Read, not only tracked: a memo nobody has read tells nobody of changes.
        state.scenario.with(|_| ());
        if first.is_none() {
            return;
        }
        let id = run.get_value() + 1;
        run.set_value(id);
        after_paint(move || {
            // Only the last of the edits made meanwhile is projected.
            if run.try_get_value() != Some(id) {
                return;
            }
            let p = state.scenario.with_untracked(project);
            if projection.with_untracked(|old| *old != p) {
                projection.set(p);
            }
        });
    });
    let verdict = move || {
        let l = state.l();
        let serves = state.report.with(|r| {
            state
                .scenario
                .with(|s| text::baseline_serves(s, r, state.escalations_mine.get()))
        });
        state
            .currency
            .with(|c| projection.with(|p| text::projection_verdict(p, serves, c, l)))
    };
    // A memo: the paybacks change far less often than the costs, and only then are the lines rebuilt.
    let lines = Memo::new(move |_| {
        let l = state.l();
        projection.with(|p| text::projection_notes(p, l))
    });
    let notes = move || {
        lines.with(|lines| {
            lines
                .iter()
                .cloned()
                .map(|(id, line)| match id {
                    Some(id) => view! {
                        <li class=option_class(id) data-testid=format!("payback-{}", id.key())>
                            <span class="swatch" aria-hidden="true"></span>
                            {line}
                        </li>
                    }
                    .into_any(),
                    None => view! { <li class="note" data-testid="projection-beyond">{line}</li> }
                        .into_any(),
                })
                .collect_view()
        })
    };

    let history = state.slice(|s| s.history.clone());
    let ahead = Signal::derive(move || {
        projection.with(|p| p.months.iter().map(|m| m.tickets).collect::<Vec<f64>>())
    });
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let size = use_chart_size(wrap_ref);
    // Drawn in the screen's theme; on paper a dark drawing is inverted by the print style sheet (a
    // redraw while printing is not on paper in time: the chart printed blank).
    let dark = Signal::derive(move || state.dark.get());
    let error = RwSignal::new(None::<String>);
    // Drawn in the frame after an edit, once however many edits came before it: the break-even chart
    // and the cards come first (the redraw budget is theirs), and typing never waits for this one.
    let pending = StoredValue::new(false);
    Effect::new(move |_| {
        size.track();
        dark.track();
        // The axis names calendar months after a history.
        history.track();
        state.lang.track();
        // Read, not only tracked: a memo nobody has read tells nobody of changes.
        state.currency.with(|_| ());
        projection.with(|_| ());
        // While printing, now: the page is about to be put on paper.
        if state.printing.get_untracked() {
            draw_projection(state, projection, canvas_ref, size, dark, error);
            return;
        }
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            if pending.try_set_value(false).is_some() {
                return;
            }
            draw_projection(state, projection, canvas_ref, size, dark, error);
        });
    });

    view! {
        <section class="chart-card projection" aria-labelledby="projection-title" data-testid="projection">
            <div class="chart-head">
                <h3 id="projection-title">
                    {move || Section::Projection.title().get(state.l())}
                </h3>
            </div>
            <p class="projection-verdict" data-testid="projection-verdict">{verdict}</p>
            <ul class="paybacks" data-testid="paybacks">{notes}</ul>
            <div class="chart-wrap" node_ref=wrap_ref>
                <canvas
                    node_ref=canvas_ref
                    class:drawn-dark=move || state.dark.get()
                    data-testid="projection-chart"
                    role="img"
                    aria-label=state.t("Cumulative cost of each option month by month; circled where an option starts to pay for itself. The figures are in the table under the chart.", "Kumulierte Kosten jeder Option Monat für Monat; eingekreist, wo sich eine Option zu rechnen beginnt. Die Zahlen stehen in der Tabelle unter dem Diagramm.")
                ></canvas>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            // The months read from the helpdesk, then the months ahead (SPEC 8).
            <Show when=move || history.with(|h| !h.is_empty())>
                <h4 class="projection-history-title">
                    {state.t("Tickets: your helpdesk's months, then the months ahead", "Tickets: die Monate aus Ihrem Helpdesk, dann die nächsten Monate")}
                </h4>
                <MonthsChart months=history.into() ahead=ahead test_id="projection-history-chart" />
            </Show>
            <ProjectionTable projection=projection />
        </section>
    }
}

/// The chart's text alternative: tickets, and each option's month and cumulative cost.
#[component]
fn ProjectionTable(projection: RwSignal<ProjectionReport>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let on_toggle = follow_details(open);
    let table = move || {
        let l = state.l();
        let currency = state.currency.get();
        let start = state.scenario.with(|s| first_month_ahead(&s.history));
        projection.with(|p| {
            let ids: Vec<OptionId> = p.totals.iter().map(|(id, _)| id).collect();
            let money = |v: Option<f64>| match v {
                Some(v) => format::money_total(v, &currency, l.code()),
                None => "–".into(),
            };
            let head = ids
                .iter()
                .map(|id| view! { <th scope="col" class=option_class(*id)>{id.name().get(l)}</th> })
                .collect_view();
            let rows = p
                .months
                .iter()
                .map(|m| {
                    let cells = ids
                        .iter()
                        .map(|id| {
                            let cost = m.costs.get(*id).copied().flatten();
                            let sum = m.cumulative.get(*id).copied().flatten();
                            view! {
                                <td>
                                    {money(sum)}
                                    <span class="sub">{money(cost)}</span>
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{month_label(start, m.month, l)}</th>
                            <td>{format::number(m.tickets, 0, l.code())}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="table projection-table" data-testid="projection-table">
                    <caption>
                        {l.pick("Cumulative cost, and under it the month's own, per option", "Kumulierte Kosten und darunter die des Monats, je Option")}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{l.pick("Month", "Monat")}</th>
                            <th scope="col">{l.pick("Tickets", "Tickets")}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <details class="projection-data" open=move || state.printing.get() on:toggle=on_toggle>
            <summary>{state.t("Month by month, as a table", "Monat für Monat als Tabelle")}</summary>
            // Built only while open or printed: on screen its rows would follow every edit for nothing.
            <Show when=move || open.get() || state.printing.get()>
                <TableScroll label=("Projection", "Projektion")>{table}</TableScroll>
            </Show>
        </details>
    }
}

/// Month `k` of the months ahead: its number, and its calendar month after a history ("3 · Feb 2027").
fn month_label(start: Option<YearMonth>, k: u32, l: crate::i18n::Lang) -> String {
    match start {
        Some(start) => format!(
            "{k} · {}",
            text::month_name(start.plus(i64::from(k) - 1), l)
        ),
        None => k.to_string(),
    }
}

/// Draws the cumulative chart of the projection on screen now.
fn draw_projection(
    state: AppState,
    projection: RwSignal<ProjectionReport>,
    canvas_ref: NodeRef<leptos::html::Canvas>,
    size: RwSignal<(f64, f64)>,
    dark: Signal<bool>,
    error: RwSignal<Option<String>>,
) {
    let (width, dpr) = size.get_untracked();
    let is_dark = dark.get_untracked();
    let Some(canvas) = canvas_ref.get_untracked() else {
        return;
    };
    if !fit_canvas(&canvas, width, dpr) {
        return;
    }
    let l = state.lang.get_untracked();
    let currency = state.currency.get_untracked();
    projection.with_untracked(|p| {
        let series = cumulative_series(p);
        // The month each option pays for itself, circled on its line.
        let points: Vec<Point> = p
            .payback
            .iter()
            .filter_map(|(id, m)| {
                let m = (*m)?;
                let y = p
                    .months
                    .get(m as usize - 1)?
                    .cumulative
                    .get(id)
                    .copied()??;
                Some(Point {
                    x: f64::from(m),
                    y,
                    label: text::option_short(id, l).into(),
                })
            })
            .collect();
        let start = state
            .scenario
            .with_untracked(|s| first_month_ahead(&s.history));
        let x_label = |v: f64| match start {
            // Whole months only: a calendar month has no halves.
            Some(start) if (v - v.round()).abs() < 1e-6 && v >= 1.0 => {
                text::month_name(start.plus(v.round() as i64 - 1), l)
            }
            Some(_) => String::new(),
            None => format::plain(v, l.code()),
        };
        let y_label = |v: f64| format::money_axis(v, &currency, l.code());
        let drawn = draw(
            canvas.clone(),
            &ChartInput {
                series: &series,
                points: &points,
                x_title: l.pick("Month", "Monat"),
                x_label: &x_label,
                y_label: &y_label,
                palette: Palette::new(is_dark),
                styles: option_styles(is_dark),
                dpr,
            },
        );
        show_draw_result(drawn.map(|_| ()), &canvas, error, l);
    });
}
