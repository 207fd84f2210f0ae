//! Two to four saved scenarios side by side: their results, the inputs that differ, and one chart of each
//! scenario's cheapest-option cost along tickets per month.

use leptos::prelude::*;

use super::chart::{fit_canvas, show_draw_result, use_chart_size};
use super::download::download_text;
use super::share::{copy_to_clipboard, link_of, page_url, report_download_error, LinkBox};
use super::split::{on_demand, split_point, Build};
use super::{AppState, TableScroll};
use crate::charts::compare::{draw, CompareInput, Curve};
use crate::format;
use crate::model::compare::{
    against_first, assumptions, curves, differences, summary, MAX_COMPARED,
};
use crate::model::link::encode_compare;
use crate::model::{OptionId, Scenario, XAxis};
use crate::sheet::compare_sheet;
use crate::style::{Palette, SCENARIO_STYLES};
use crate::text::{axis_value, difference, saving_against};

split_point!(
    fn compare_view() -> Build {
        || view! { <Compare /> }.into_any()
    }
);

/// The comparison, whose code is downloaded when it is first shown.
#[component]
pub fn CompareView() -> impl IntoView {
    on_demand(compare_view)
}

#[component]
fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Start with the scenarios a comparison link asked for, else those last compared in this browser
    // (two or more that still exist), else the one on screen and the ones after it.
    let asked = state.compare_pick.try_update(Option::take).flatten();
    let remembered = crate::storage::saved_compared().filter(|ids| {
        state
            .library
            .with_untracked(|lib| lib.scenarios.iter().filter(|s| ids.contains(&s.id)).count() >= 2)
    });
    let initial: Vec<String> = asked.or(remembered).unwrap_or_else(|| {
        state.library.with_untracked(|lib| {
            let mut ids: Vec<String> = vec![lib.active.clone()];
            ids.extend(
                lib.scenarios
                    .iter()
                    .map(|s| s.id.clone())
                    .filter(|id| *id != lib.active)
                    .take(2),
            );
            ids
        })
    });
    let chosen = RwSignal::new(initial);
    // A comparison link opened while this view is on screen.
    Effect::new(move |_| {
        if let Some(ids) = state.compare_pick.get() {
            state.compare_pick.set(None);
            chosen.set(ids);
        }
    });
    // Only ids that still exist, in library order.
    let picked = Memo::new(move |_| {
        let ids = chosen.get();
        state.library.with(|lib| {
            lib.scenarios
                .iter()
                .filter(|s| ids.contains(&s.id))
                .map(|s| s.scenario.clone())
                .collect::<Vec<Scenario>>()
        })
    });
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            if on && !c.contains(&id) && c.len() < MAX_COMPARED {
                c.push(id);
            } else if !on {
                c.retain(|x| *x != id);
            }
        });
        // A preference: a refused write loses no work.
        let _ = chosen.with_untracked(|ids| crate::storage::save_compared(ids));
    };
    let list = move || {
        let current = chosen.get();
        state.library.with(|lib| {
            lib.scenarios
                .iter()
                .map(|s| {
                    let id = s.id.clone();
                    let checked = current.contains(&id);
                    let full = current.len() >= MAX_COMPARED && !checked;
                    let input_id = format!("cmp-{id}");
                    let for_id = input_id.clone();
                    let toggle_id = id.clone();
                    view! {
                        <li>
                            <input
                                type="checkbox"
                                id=input_id
                                data-testid="compare-pick"
                                prop:checked=checked
                                disabled=full
                                on:change=move |ev| toggle(toggle_id.clone(), event_target_checked(&ev))
                            />
                            <label for=for_id>{s.scenario.name.clone()}</label>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <main class="compare" id="main" data-testid="compare">
            <section class="compare-pick panel-like">
                <h2>{state.t("Compare scenarios", "Szenarien vergleichen")}</h2>
                <p class="help">
                    {state.t("Pick two to four saved scenarios.", "Wählen Sie zwei bis vier gespeicherte Szenarien.")}
                </p>
                <ul class="pick-list">{list}</ul>
            </section>
            <Show
                when=move || picked.with(|p| p.len() >= 2)
                fallback=move || {
                    view! {
                        <p class="notice compare-empty" role="status">
                            {move || {
                                if state.library.with(|l| l.scenarios.len()) < 2 {
                                    state.tr(
                                        "You have one saved scenario. Create, duplicate or import another to compare them.",
                                        "Sie haben ein gespeichertes Szenario. Legen Sie ein weiteres an, duplizieren oder importieren Sie eines, um zu vergleichen.",
                                    )
                                } else {
                                    state.tr(
                                        "Pick at least two scenarios to compare.",
                                        "Wählen Sie mindestens zwei Szenarien zum Vergleichen.",
                                    )
                                }
                            }}
                        </p>
                    }
                }
            >
                <ComparePrintHeader picked=picked />
                <CompareBar picked=picked />
                <CompareTable picked=picked />
                <CompareChart picked=picked />
                <p class="print-only print-caveat" data-testid="compare-caveat">
                    {move || crate::text::plans_caveat(state.l())}
                </p>
            </Show>
        </main>
    }
}

// The comparison's workbook: the writer is a part of its own, downloaded on the first workbook.
split_point!(
    fn compare_workbook(state: AppState, scenarios: Vec<Scenario>) -> () {
        let l = state.lang.get_untracked();
        let book = crate::workbook::compare_book(&scenarios, &super::today(l), l);
        let result = match crate::workbook::write(&book) {
            Ok(bytes) => {
                super::download::download_bytes(&bytes, "comparison.xlsx", super::share::XLSX)
            }
            Err(_) => Err((
                "the workbook could not be written",
                "die Arbeitsmappe konnte nicht geschrieben werden",
            )),
        };
        if let Err(e) = result {
            report_download_error(state, e);
        }
    }
);

/// Only on paper: what is compared and when; the list of every saved scenario is not printed.
#[component]
fn ComparePrintHeader(picked: Memo<Vec<Scenario>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let names = move || {
        picked.with(|p| {
            p.iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    view! {
        <div class="print-only print-header">
            <p class="print-kicker">{state.t(crate::i18n::TITLE.0, crate::i18n::TITLE.1)}</p>
            <h2>{state.t("Comparison of scenarios", "Vergleich von Szenarien")}</h2>
            <p data-testid="compare-print-names">{names}</p>
            <p>{move || super::today(state.l())}</p>
            {move || {
                let l = state.l();
                picked.with(|p| {
                    p.iter()
                        .filter(|s| crate::text::prepared_line(s, l).is_some() || !s.notes.trim().is_empty())
                        .map(|s| {
                            let line = crate::text::prepared_line(s, l)
                                .map_or_else(|| s.name.clone(), |p| format!("{}: {p}", s.name));
                            view! {
                                <div class="compare-consultant" data-testid="compare-print-prepared">
                                    <p class="print-prepared">{line}</p>
                                    {(!s.notes.trim().is_empty()).then(|| view! { <p class="print-notes">{s.notes.clone()}</p> })}
                                </div>
                            }
                        })
                        .collect_view()
                })
            }}
        </div>
    }
}

/// The comparison as a link that opens it, as a CSV sheet, and on paper.
#[component]
fn CompareBar(picked: Memo<Vec<Scenario>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let link = link_of(move || picked.track());
    let copied = RwSignal::new(None::<bool>);
    let copy_link = move |_| {
        let url =
            picked.with_untracked(|p| page_url(&encode_compare(&p.iter().collect::<Vec<_>>())));
        link.set(Some(url.clone()));
        copy_to_clipboard(url, copied);
    };
    let export_csv = move |_| {
        let l = state.lang.get_untracked();
        let sheet = picked.with_untracked(|p| compare_sheet(p, &super::today(l), l));
        let csv = format!("\u{feff}{sheet}");
        if let Err(e) = download_text(&csv, "comparison.csv", "text/csv") {
            report_download_error(state, e);
        }
    };
    let export_xlsx = move |_| {
        let scenarios = picked.get_untracked();
        super::split::when_downloaded(state, compare_workbook(state, scenarios), |()| ());
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="share-bar" data-testid="compare-bar">
            <button type="button" class="button secondary" data-testid="compare-link" on:click=copy_link>
                {state.t("Copy link to this comparison", "Link zu diesem Vergleich kopieren")}
            </button>
            <button type="button" class="button secondary" data-testid="compare-csv" on:click=export_csv>
                "CSV"
            </button>
            <button type="button" class="button secondary" data-testid="compare-xlsx" on:click=export_xlsx>
                {state.t("Workbook", "Arbeitsmappe")}
            </button>
            <button type="button" class="button secondary" data-testid="compare-print" on:click=print>
                {state.t("Print / PDF", "Drucken / PDF")}
            </button>
        </div>
        <LinkBox
            link=link
            copied=copied
            id="compare-link-text"
            words=[
                ("Link to this comparison:", "Link zu diesem Vergleich:"),
                ("Link copied. Whoever opens it sees this comparison:", "Link kopiert. Wer ihn öffnet, sieht diesen Vergleich:"),
            ]
        />
    }
}

/// Results first, then every input that differs.
#[component]
fn CompareTable(picked: Memo<Vec<Scenario>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = move || {
        let l = state.l();
        let locale = l.code();
        let scenarios = picked.get();
        let summaries: Vec<_> = scenarios.iter().map(summary).collect();
        let head = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| {
                view! {
                    <th scope="col" class=scenario_class(i)>
                        <span class="swatch" aria-hidden="true"></span>
                        {s.name.clone()}
                    </th>
                }
            })
            .collect_view();
        let cheapest = summaries
            .iter()
            .zip(&scenarios)
            .map(|(r, s)| {
                let text = r
                    .cheapest
                    .map(|(id, c)| {
                        format!(
                            "{}: {}",
                            id.name().get(l),
                            format::money_total(c, &s.currency, locale)
                        )
                    })
                    .unwrap_or_else(|| "—".into());
                view! { <td class="strong">{text}</td> }
            })
            .collect_view();
        let option_rows = OptionId::ALL
            .into_iter()
            .map(|id| {
                let cells = summaries
                    .iter()
                    .zip(&scenarios)
                    .map(|(r, s)| {
                        let text = match r.costs[id] {
                            None => l.pick("Off", "Aus").to_string(),
                            Some(Some(c)) => format::money_total(c, &s.currency, locale),
                            Some(None) => l.pick("Not available", "Nicht verfügbar").into(),
                        };
                        view! { <td>{text}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{id.name().get(l)}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let saving = summaries
            .iter()
            .zip(&scenarios)
            .map(|(r, s)| {
                let text = r
                    .saving
                    .map(|(v, baseline)| saving_against(v, baseline, &s.currency, l))
                    .unwrap_or_else(|| "—".into());
                view! { <td>{text}</td> }
            })
            .collect_view();
        let horizon = summaries
            .iter()
            .zip(&scenarios)
            .map(|(r, s)| {
                let (best, months) = r.horizon;
                view! { <td>{crate::text::horizon_cheapest(best, months, &s.currency, l)}</td> }
            })
            .collect_view();
        let first_name = scenarios
            .first()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let against = against_first(&summaries)
            .into_iter()
            .zip(&scenarios)
            .map(|(d, s)| {
                let text = d.map_or_else(|| "—".into(), |d| difference(d, &s.currency, l));
                view! { <td>{text}</td> }
            })
            .collect_view();
        let refs: Vec<&Scenario> = scenarios.iter().collect();
        // On paper every assumption, the differing ones marked (SPEC 7); on screen the differences.
        let printing = state.printing.get();
        let diffs = if printing {
            assumptions(&refs)
        } else {
            differences(&refs)
        };
        let diff_rows = if diffs.is_empty() {
            view! {
                <tr>
                    <td colspan=(scenarios.len() + 1).to_string() class="muted">
                        {l.pick("The scenarios have the same inputs.", "Die Szenarien haben dieselben Eingaben.")}
                    </td>
                </tr>
            }
            .into_any()
        } else {
            diffs
                .iter()
                .map(|d| {
                    let cells = d
                        .values
                        .iter()
                        .zip(&scenarios)
                        .map(|(v, s)| {
                            let text = v.as_ref().map_or("—".into(), |v| v.text(&s.currency, l));
                            view! { <td>{text}</td> }
                        })
                        .collect_view();
                    let mark = (printing && d.differs).then(|| {
                        view! {
                            <span class="differs-mark" aria-hidden="true">"≠ "</span>
                            <span class="visually-hidden">{l.pick("(differs) ", "(weicht ab) ")}</span>
                        }
                    });
                    view! {
                        <tr class:differs=printing && d.differs>
                            <th scope="row">{mark}{d.changed.label(l)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        };
        view! {
            <table class="breakdown compare-table" data-testid="compare-table">
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>
                    <tr class="section-row">
                        <th colspan=(scenarios.len() + 1).to_string() scope="colgroup">
                            {l.pick("Results per month", "Ergebnisse pro Monat")}
                        </th>
                    </tr>
                    <tr class="total">
                        <th scope="row">{l.pick("Cheapest", "Am günstigsten")}</th>
                        {cheapest}
                    </tr>
                    <tr data-testid="compare-difference">
                        <th scope="row">{format!("{} {first_name}", l.pick("Against", "Gegenüber"))}</th>
                        {against}
                    </tr>
                    {option_rows}
                    <tr>
                        <th scope="row">{l.pick("Saving", "Ersparnis")}</th>
                        {saving}
                    </tr>
                    <tr data-testid="compare-horizon">
                        <th scope="row">{l.pick("Cheapest over the months ahead", "Am günstigsten über die nächsten Monate")}</th>
                        {horizon}
                    </tr>
                    <tr class="section-row">
                        <th colspan=(scenarios.len() + 1).to_string() scope="colgroup">
                            {if printing {
                                l.pick("Every assumption (≠: differs between the scenarios)", "Alle Annahmen (≠: unterscheidet sich zwischen den Szenarien)")
                            } else {
                                l.pick("Inputs that differ", "Abweichende Eingaben")
                            }}
                        </th>
                    </tr>
                    {diff_rows}
                </tbody>
            </table>
        }
    };
    view! {
        <section class="breakdown-wrap">
            <TableScroll label=("Comparison", "Vergleich")>{table}</TableScroll>
        </section>
    }
}

#[component]
fn CompareChart(picked: Memo<Vec<Scenario>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let size = use_chart_size(wrap_ref);
    let error = RwSignal::new(None::<String>);
    // Which earlier curve each one repeats (set by every redraw), for the legend.
    let same_as = RwSignal::new(Vec::<Option<usize>>::new());
    let mixed_currencies = move || {
        picked.with(|p| {
            p.iter()
                .any(|s| p.first().is_some_and(|f| f.currency != s.currency))
        })
    };

    Effect::new(move |_| {
        let (width, dpr) = size.get();
        // Drawn in the screen's theme; on paper a dark drawing is inverted by the print style sheet.
        let dark = state.dark.get();
        let l = state.l();
        let scenarios = picked.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if scenarios.len() < 2 || !fit_canvas(&canvas, width, dpr) {
            return;
        }
        let swept = curves(&scenarios, 800);
        same_as.set(swept.scenarios.iter().map(|c| c.same_as).collect());
        let xs = swept.xs;
        let curves: Vec<Curve> = swept
            .scenarios
            .into_iter()
            .enumerate()
            .map(|(i, c)| Curve {
                style: SCENARIO_STYLES[i],
                costs: c.costs,
                current: c.current,
                number: i + 1,
            })
            .collect();
        let currency = scenarios[0].currency.clone();
        let x_label = |v: f64| axis_value(XAxis::TicketsPerMonth, v, &currency, l);
        let y_label = |v: f64| format::money_axis(v, &currency, l.code());
        let input = CompareInput {
            xs: &xs,
            curves: &curves,
            x_title: (XAxis::TicketsPerMonth).name().get(l),
            x_label: &x_label,
            y_label: &y_label,
            palette: Palette::new(dark),
            dpr,
        };
        show_draw_result(draw(canvas.clone(), &input), &canvas, error, l);
    });

    let legend = move || {
        picked
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let dash = SCENARIO_STYLES[i].dasharray();
                let same = same_as.with(|v| v.get(i).copied().flatten()).map(|j| {
                    let l = state.l();
                    let other = picked.with(|p| p[j].name.clone());
                    match l {
                        crate::i18n::Lang::En => {
                            format!(" (same curve as {other}; its point is its own volume)")
                        }
                        crate::i18n::Lang::De => format!(
                            " (gleiche Kurve wie {other}; sein Punkt ist sein eigenes Volumen)"
                        ),
                    }
                });
                view! {
                    <li class=scenario_class(i)>
                        <svg class="legend-line" viewBox="0 0 28 12" aria-hidden="true">
                            <line x1="1" y1="6" x2="27" y2="6" stroke-dasharray=dash></line>
                        </svg>
                        <b>{(i + 1).to_string()}</b>
                        {s.name}
                        {same}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="chart-card" aria-labelledby="cmp-chart-title">
            <div class="chart-head">
                <h3 id="cmp-chart-title">
                    {state.t("Cost of the cheapest option", "Kosten der günstigsten Option")}
                </h3>
            </div>
            <div class="chart-wrap" node_ref=wrap_ref>
                <canvas
                    node_ref=canvas_ref
                    class:drawn-dark=move || state.dark.get()
                    data-testid="compare-chart"
                    role="img"
                    aria-label=state.t("Monthly cost of each scenario's cheapest option against tickets per month; the figures are in the table above.", "Monatliche Kosten der günstigsten Option jedes Szenarios nach Tickets pro Monat; die Zahlen stehen in der Tabelle darüber.")
                ></canvas>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <Show when=mixed_currencies>
                <p class="notice">
                    {state.t("These scenarios use different currencies; amounts are not converted, so the chart's scale is the first scenario's currency.", "Diese Szenarien verwenden verschiedene Währungen; Beträge werden nicht umgerechnet, die Skala zeigt die Währung des ersten Szenarios.")}
                </p>
            </Show>
            <ul class="legend" data-testid="compare-legend">
                {legend}
                <li class="legend-note">
                    <span class="legend-ring" aria-hidden="true"></span>
                    {state.t("Each scenario's current volume", "Aktuelles Volumen jedes Szenarios")}
                </li>
            </ul>
        </section>
    }
}

/// The CSS class with compared scenario `i`'s colour (`--option-color`, `style/main.css`).
fn scenario_class(i: usize) -> String {
    format!("scn-{}", i + 1)
}
