//! The break-even chart component: owns the canvas, sizes it for the screen's pixel density, and redraws
//! in an effect whenever the results, the size or the colour scheme change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::fields::NumberInput;
use super::split::{on_demand, split_point, Build};
use super::theme::option_class;
use super::{follow_details, AppState, TableScroll};
use crate::charts::breakeven::{draw, draw_now, ChartInput, Point};
use crate::charts::Plot;
use crate::format;
use crate::model::breakeven::totals_at;
use crate::model::breakeven::Crossing;
use crate::model::costs::cheapest_of;
use crate::model::entry::Accepts;
use crate::model::series::table_points;
use crate::model::{OptionId, XAxis};
use crate::style::{option_style, option_styles, Marker, Palette};
use crate::text::{axis_value, chart_not_drawn, now_label};

#[component]
pub fn BreakEvenChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let now_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let size = use_chart_size(wrap_ref);
    // Drawn in the screen's theme; on paper a dark drawing is inverted by the print style sheet (a
    // redraw while printing is not on paper in time: the chart printed blank).
    let dark = Signal::derive(move || state.dark.get());
    let error = RwSignal::new(None::<String>);
    let axis = state.slice(|s| s.chart.x);
    // As an Option, the type every field's memo has: each type of memo is code of its own in the .wasm.
    let now = state.slice(|s| Some(s.chart.x.value(s)));

    // The break-even points, as a memo: the report changes with every edit, these far less often.
    let points = Memo::new(move |_| circled_points(state));

    // Where the drawn chart's plot lies, for the layer above it; set by every redraw of the chart.
    let plot = RwSignal::new(None::<Plot>);
    Effect::new(move |_| {
        let (width, dpr) = size.get();
        let is_dark = dark.get();
        let series = state.series.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if !fit_canvas(&canvas, width, dpr) {
            return;
        }
        let l = state.l();
        let currency = state.currency.get();
        let drawn =
            points.with(|points| draw_chart(&canvas, &series, points, &currency, l, is_dark, dpr));
        match drawn {
            Ok(p) => plot.set(Some(p)),
            Err(e) => {
                plot.set(None);
                show_draw_result(Err(e), &canvas, error, l);
            }
        }
    });

    // The scenario's own value, on its own layer: an edit of it redraws only this.
    Effect::new(move |_| {
        let Some(p) = plot.get() else {
            return;
        };
        let Some(value) = now.get() else {
            return;
        };
        let (width, dpr) = size.get();
        let (Some(layer), Some(canvas)) = (now_ref.get(), canvas_ref.get()) else {
            return;
        };
        if !fit_canvas(&layer, width, dpr) {
            return;
        }
        let l = state.l();
        let label = state
            .currency
            .with(|currency| now_label(axis.get(), value, currency, l));
        show_draw_result(
            draw_now(&layer, &p, value, &label, Palette::new(dark.get())),
            &canvas,
            error,
            l,
        );
    });

    let alt = move || {
        let x = axis.get();
        let l = state.l();
        match l {
            crate::i18n::Lang::En => format!(
                "Monthly cost of each option against {}; the figures are in the table under the chart, the break-even points in the list after it.",
                x.name().get(l).to_ascii_lowercase()
            ),
            crate::i18n::Lang::De => format!(
                "Monatliche Kosten jeder Option nach {}; die Zahlen stehen in der Tabelle unter dem Diagramm, die Break-even-Punkte in der Liste danach.",
                x.name().get(l)
            ),
        }
    };

    view! {
        <section class="chart-card" aria-labelledby="chart-title">
            <div class="chart-head">
                <h3 id="chart-title">{state.t("Monthly cost by option", "Monatliche Kosten je Option")}</h3>
                <AxisControls />
            </div>
            <div class="chart-wrap" node_ref=wrap_ref>
                <canvas node_ref=canvas_ref class:drawn-dark=move || state.dark.get() data-testid="chart" role="img" aria-label=alt></canvas>
                <canvas node_ref=now_ref class="chart-now" class:drawn-dark=move || state.dark.get() aria-hidden="true"></canvas>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Legend />
            <ChartTable />
        </section>
    }
}

/// The CSS width of the element behind `wrap_ref` and the device pixel ratio, kept current on resize.
pub(super) fn use_chart_size(wrap_ref: NodeRef<leptos::html::Div>) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new((0.0f64, 1.0f64));
    let measure = move || {
        let Some(div) = wrap_ref.get_untracked() else {
            return;
        };
        let width = f64::from(div.client_width());
        let dpr = window().device_pixel_ratio().max(1.0);
        if size.get_untracked() != (width, dpr) {
            size.set((width, dpr));
        }
    };
    // Measured in the next frame, not while the page is being built: reading a width forces a layout,
    // and doing that inside the start-up task made it one long task (it blocked input for longer).
    Effect::new(move |_| {
        if wrap_ref.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    size
}

/// The break-even points to circle: only those where the cheapest option changes.
fn circled_points(state: AppState) -> Vec<Point> {
    let l = state.l();
    let x_axis = state.report.with(|r| r.chart_axis);
    state.currency.with(|currency| {
        state.report.with(|r| {
            // Untracked: the report above changes whenever the scenario does.
            state.scenario.with_untracked(|s| {
                // Only the break-evens that change the cheapest option are circled.
                let ranges = state.regimes.get();
                let changes_cheapest = |c: &Crossing| {
                    ranges.windows(2).any(|w| {
                        w[1].from == c.x
                            && w[1].cheapest == Some(c.cheaper_above)
                            && w[0].cheapest.is_some_and(|id| id == c.a || id == c.b)
                    })
                };
                r.chart_break_even
                    .iter()
                    .filter(|c| changes_cheapest(c))
                    .filter_map(|c| {
                        totals_at(s, x_axis, c.x)[c.cheaper_above].map(|y| Point {
                            x: c.x,
                            y,
                            label: axis_value(x_axis, c.x, currency, l),
                        })
                    })
                    .collect::<Vec<Point>>()
            })
        })
    })
}

/// Draws the chart of `series` with the circled `points` on `canvas`, sized already.
fn draw_chart(
    canvas: &web_sys::HtmlCanvasElement,
    series: &crate::model::series::Series,
    points: &[Point],
    currency: &str,
    l: crate::i18n::Lang,
    dark: bool,
    dpr: f64,
) -> Result<Plot, crate::charts::DrawError> {
    let x_axis = series.axis;
    let x_label = |v: f64| axis_value(x_axis, v, currency, l);
    let y_label = |v: f64| format::money_axis(v, currency, l.code());
    draw(
        canvas.clone(),
        &ChartInput {
            series,
            points,
            x_title: x_axis.name().get(l),
            x_label: &x_label,
            y_label: &y_label,
            palette: Palette::new(dark),
            styles: option_styles(dark),
            dpr,
        },
    )
}

/// The chart at its size on screen, drawn light whatever the screen's theme (a picture is handed over
/// and printed like the report), with its "Now" layer, inside a caption that makes it explain itself
/// (`charts::png`), as a PNG data URL. The error is in English and German.
pub(super) fn chart_png(state: AppState) -> Result<String, (&'static str, &'static str)> {
    let unreadable = (
        "the chart could not be drawn",
        "das Diagramm konnte nicht gezeichnet werden",
    );
    let chart = document()
        .query_selector("canvas[data-testid='chart']")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .ok_or((
            "the chart is not on the page",
            "das Diagramm ist nicht auf der Seite",
        ))?;
    let dpr = window().device_pixel_ratio();
    let css_width = f64::from(chart.width()) / dpr;
    let blank = || {
        document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .filter(|c| fit_canvas(c, css_width, dpr))
            .ok_or(unreadable)
    };
    let l = state.lang.get_untracked();
    let s = state.scenario.get_untracked();
    let r = state.report.get_untracked();
    let (base, layer) = (blank()?, blank()?);
    let series = state.series.get_untracked();
    let points = untrack(|| circled_points(state));
    let plot =
        draw_chart(&base, &series, &points, &s.currency, l, false, dpr).map_err(|_| unreadable)?;
    let value = s.chart.x.value(&s);
    let label = now_label(s.chart.x, value, &s.currency, l);
    draw_now(&layer, &plot, value, &label, Palette::new(false)).map_err(|_| unreadable)?;

    let answer = state.answer.get_untracked();
    let ranges = state.regimes.with_untracked(|ranges| {
        crate::text::regimes_sentence(s.chart.x, ranges, s.chart.max, &s.currency, l)
    });
    let styles = option_styles(false);
    let legend: Vec<(String, _)> = r
        .options
        .iter()
        .map(|o| (o.id.name().get(l).to_string(), styles[o.id]))
        .collect();
    let title = format!(
        "{}: {} ({} / {})",
        s.name,
        l.pick("monthly cost by option", "monatliche Kosten je Option"),
        s.currency,
        l.pick("month", "Monat")
    );
    let footer = format!(
        "{} · {} · {}",
        l.pick(crate::i18n::TITLE.0, crate::i18n::TITLE.1),
        super::today(l),
        crate::text::plans_caveat(l)
    );
    let caption = crate::charts::png::Caption {
        title: &title,
        lines: &[answer, ranges],
        legend: &legend,
        footer: &footer,
    };
    crate::charts::png::compose(&[base, layer], &caption, Palette::new(false), dpr)
        .map_err(|_| unreadable)
}

/// Sizes a canvas's drawing buffer for `width` CSS pixels at the device pixel ratio, so that lines stay
/// crisp. False when there is no room to draw.
pub(super) fn fit_canvas(canvas: &web_sys::HtmlCanvasElement, width: f64, dpr: f64) -> bool {
    if width < 50.0 {
        return false;
    }
    let height = (width * 0.56).clamp(260.0, 420.0);
    let (w, h) = ((width * dpr).round() as u32, (height * dpr).round() as u32);
    // Only when the size changed: setting it reallocates the drawing buffer (a redraw clears it anyway).
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
        // CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
        let _ = web_sys::HtmlElement::style(canvas)
            .set_property("height", &format!("{}px", crate::format::css(height, 2)));
    }
    true
}

/// After a draw: counts it in `data-drawn` (so tests and benchmarks can tell when the chart is on
/// screen), or puts the reason it failed on the page.
pub(super) fn show_draw_result(
    result: Result<(), crate::charts::DrawError>,
    canvas: &web_sys::HtmlCanvasElement,
    error: RwSignal<Option<String>>,
    l: crate::i18n::Lang,
) {
    match result {
        Ok(()) => {
            let n = canvas
                .get_attribute("data-drawn")
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
            let _ = canvas.set_attribute("data-drawn", &(n + 1).to_string());
            super::clear(error);
        }
        Err(e) => error.set(Some(chart_not_drawn(&e.to_string(), l))),
    }
}

#[component]
fn AxisControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: the chart's maximum field below is rebuilt when the axis changes, not on every edit.
    let axis_memo = state.slice(|s| s.chart.x);
    let axis = move || axis_memo.get();
    let on_axis = move |ev| {
        if let Some(x) = XAxis::from_key(&event_target_value(&ev)) {
            state.edit(|s| {
                s.chart.x = x;
                s.chart.max = x.default_max(s);
            });
        }
    };
    let limits = move || Accepts::of(axis().max_range(), false);
    let unit = Signal::derive(move || state.unit_text(axis().max_range().unit));
    let max_value = state.slice(|s| Some(s.chart.max));
    let on_max = Callback::new(move |v: Option<f64>| {
        if let Some(v) = v {
            state.edit(|s| s.chart.max = v);
        }
    });
    view! {
        <div class="axis-controls">
            <div class="field compact">
                <label for="chart-x">{state.t("Along", "Entlang")}</label>
                <select
                    id="chart-x"
                    data-testid="chart-x"
                    prop:value=move || axis().key()
                    on:change=on_axis
                >
                    {XAxis::ALL
                        .into_iter()
                        .map(|x| view! { <option value=x.key()>{move || x.name().get(state.l())}</option> })
                        .collect_view()}
                </select>
            </div>
            // Re-created per axis so that its limits and text follow the axis.
            {move || {
                let l = limits();
                view! {
                    <div class="compact">
                        <NumberInput
                            id="chart-max".to_string()
                            test_id="input-chart-max".to_string()
                            label=Signal::derive(move || state.tr("Up to", "Bis").to_string())
                            unit=unit
                            limits=l
                            value=max_value
                            on_valid=on_max
                        />
                    </div>
                }
            }}
            <button
                type="button"
                class="button secondary fit-axis"
                data-testid="fit-axis"
                on:click=move |_| state.edit(|s| s.chart.max = s.chart.x.fitted_max(s))
            >
                {state.t("Fit to my value", "An meinen Wert anpassen")}
            </button>
        </div>
    }
}

/// The chart's data as a table: its text alternative, for screen readers and anyone who wants figures.
#[component]
fn ChartTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Built while the table is open: closed, it is neither seen nor read, and an edit costs nothing here.
    let open = RwSignal::new(false);
    let on_toggle = follow_details(open);
    view! {
        <details class="chart-data" on:toggle=on_toggle>
            <summary>{state.t("The chart's figures as a table", "Die Zahlen des Diagramms als Tabelle")}</summary>
            <Show when=move || open.get()>
                <ChartFigures />
            </Show>
        </details>
    }
}

split_point!(
    fn chart_figures() -> Build {
        || view! { <FiguresTable /> }.into_any()
    }
);

/// The chart's figures as a table, whose code is downloaded when it is first opened.
#[component]
fn ChartFigures() -> impl IntoView {
    on_demand(chart_figures)
}

/// The table itself.
#[component]
fn FiguresTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    const ROWS: usize = 10;
    let table = move || {
        let l = state.l();
        let (axis, points) = state.scenario.with(|s| (s.chart.x, table_points(s, ROWS)));
        let currency = state.currency.get();
        let enabled: Vec<OptionId> = OptionId::ALL
            .into_iter()
            .filter(|id| state.is_enabled(*id))
            .collect();
        let head = enabled
            .iter()
            .map(|&id| view! { <th scope="col">{id.name().get(l)}</th> })
            .collect_view();
        // One way of writing a column's amounts: whole units when any reaches 1,000 (SPEC 7), so that
        // "$460.00" and "$8,000" never stand in one column.
        let whole = points.iter().any(|(_, t)| {
            enabled
                .iter()
                .any(|id| t[*id].is_some_and(|c| c.abs() >= 999.995))
        });
        let money = |c: f64| {
            if whole {
                format::money_with(c, 0, &currency, l.code())
            } else {
                format::money_precise(c, &currency, l.code())
            }
        };
        let rows = points
            .into_iter()
            .map(|(x, totals)| {
                let cells = enabled
                    .iter()
                    .map(|id| {
                        let text = totals[*id]
                            .map(money)
                            .unwrap_or_else(|| l.pick("not available", "nicht verfügbar").into());
                        view! { <td>{text}</td> }
                    })
                    .collect_view();
                let cheapest = cheapest_of(&totals).map(|c| c.name().get(l)).unwrap_or("—");
                view! {
                    <tr>
                        <th scope="row">{axis_value(axis, x, &currency, l)}</th>
                        {cells}
                        <td>{cheapest}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="breakdown chart-table" data-testid="chart-table">
                <thead>
                    <tr>
                        <th scope="col">{axis.name().get(l)}</th>
                        {head}
                        <th scope="col">{l.pick("Cheapest", "Am günstigsten")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! { <TableScroll label=("Chart data", "Diagrammdaten")>{table}</TableScroll> }
}

#[component]
fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Rebuilt only when an option is switched on or off, not on every edit.
    let enabled = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.enabled_options().collect::<Vec<OptionId>>())
    });
    let items = move || {
        enabled
            .get()
            .into_iter()
            .map(|id| {
                let style = option_style(id, false);
                let dash = style.dasharray();
                let marker = match style.marker {
                    Marker::Circle => view! { <circle cx="14" cy="6" r="3.5"></circle> }.into_any(),
                    Marker::Square => {
                        view! { <rect x="10.5" y="2.5" width="7" height="7"></rect> }.into_any()
                    }
                    Marker::Triangle => {
                        view! { <polygon points="14,1.5 18.5,10 9.5,10"></polygon> }.into_any()
                    }
                    Marker::Diamond => {
                        view! { <polygon points="14,1 19,6 14,11 9,6"></polygon> }.into_any()
                    }
                    Marker::Down => {
                        view! { <polygon points="14,10.5 18.5,2 9.5,2"></polygon> }.into_any()
                    }
                };
                view! {
                    <li class=option_class(id)>
                        <svg class="legend-line" viewBox="0 0 28 12" aria-hidden="true">
                            <line x1="1" y1="6" x2="27" y2="6" stroke-dasharray=dash></line>
                            {marker}
                        </svg>
                        {move || id.name().get(state.l())}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="legend" data-testid="legend">
            {items}
            <li class="legend-note">
                <span class="legend-band" aria-hidden="true"></span>
                {state.t("Tinted band: the cheapest option", "Farbiges Band: die günstigste Option")}
            </li>
            <li class="legend-note">
                <span class="legend-ring" aria-hidden="true"></span>
                {state.t("Where the cheapest option changes", "Wo die günstigste Option wechselt")}
            </li>
        </ul>
    }
}
