//! What you don't know (SPEC 6.2): the panel of ranges, draws and seed, and the results of the Monte
//! Carlo: each option's chance of being cheapest and its P10-P90 band, and the tornado.
//!
//! The draws run after the edit's first paint and in parts of a few milliseconds each, so that typing
//! never waits for them; an edit during a run starts it again.

use leptos::prelude::*;

use super::inputs::Panel;

use super::fields::{NumberInput, ScenarioField, Switch};
use super::split::{on_demand, split_point, Build};
use super::theme::option_class;
use super::{clear, AppState};
use crate::format;
use crate::model::entry::Accepts;
use crate::model::scenario::{Bounds, Uncertain};
use crate::model::schema::{input_at, Section};
use crate::model::uncertainty::{Simulation, UncertaintyReport};
use crate::model::Scenario;
use crate::text;

/// Longest part of a run, in milliseconds, before the page gets the thread back.
const SLICE_MS: f64 = 6.0;

#[component]
pub fn UncertaintyPanel() -> impl IntoView {
    view! {
        <Panel section=Section::Uncertainty on=|s| s.uncertainty.enabled>
            {on_demand(uncertainty_panel)}
        </Panel>
    }
}

#[component]
fn UncertaintyPanelBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.uncertainty.enabled);
    let on_change = move |enabled: bool| {
        state.edit(|s| s.uncertainty.enabled = enabled);
    };
    let others = Section::Uncertainty
        .panel_inputs()
        .filter(|i| i.name == "draws" || i.name == "seed")
        .map(|i| view! { <ScenarioField input=i /> })
        .collect_view();
    view! {
                        <Switch
                    id="toggle-uncertainty"
                    test_id="input-uncertainty-enabled"
                    checked=move || on.get()
                    set=on_change
                >
                    {state.t("Simulate what you don't know", "Unsicherheit simulieren")}
                </Switch>
                <p class="panel-intro">
                    {state.t("Next quarter's volume is a guess. Give a low and a high for what you are unsure of; the scenario's own value is the likeliest, and thousands of draws show how sure the answer is.", "Das Volumen des nächsten Quartals ist eine Schätzung. Geben Sie für Unsicheres einen niedrigen und einen hohen Wert an; der Wert des Szenarios ist der wahrscheinlichste, und Tausende Ziehungen zeigen, wie sicher die Antwort ist.")}
                </p>
                <fieldset class="option-fields fields" disabled=move || !on.get()>
                    <legend class="visually-hidden">{move || Section::Uncertainty.title().get(state.l())}</legend>
                    {Uncertain::ALL.into_iter().map(|u| view! { <RangeRow u=u /> }).collect_view()}
                    {others}
                </fieldset>
                // The results stand where their inputs are read (SPEC 7).
                <UncertaintyResults />
    }
}

/// The low and high of one uncertain input; both empty: the input is known.
#[component]
fn RangeRow(u: Uncertain) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(input) = input_at(u.path()) else {
        return ().into_any();
    };
    let Some(range) = input.range() else {
        return ().into_any();
    };
    let bounds = state.slice(move |s| s.uncertainty.ranges.get(u));
    // Why the last end typed was not taken, while it is not.
    let held = RwSignal::new(None::<String>);
    let likely = state.slice(move |s| u.value(s));
    let key = u.path().replace('.', "-");
    let limits = Accepts::of(range, true);
    let unit = Signal::derive(move || state.unit_text(range.unit));
    let placeholder = Signal::derive(move || {
        let l = state.l();
        let shown = if range.unit.is_percent() {
            format::percent(likely.get(), l.code())
        } else {
            limits.text(Some(likely.get()), l)
        };
        format!("{}: {shown}", l.pick("Likely", "Wahrscheinlich"))
    });
    // One end set: the other is the likely value until it is set too; both cleared: no range. The
    // model keeps the scenario's value inside (`Scenario::keep_months_and_ranges`).
    let set_end = move |high: bool, v: Option<f64>| {
        // An end past the likely value is not taken: the row says why (it was held at the value
        // silently, rewriting what was typed).
        let value = state.scenario.with_untracked(|s| u.value(s));
        if let Some(typed) = v.filter(|t| if high { *t < value } else { *t > value }) {
            let l = state.lang.get_untracked();
            let shown = |x: f64| {
                if range.unit.is_percent() {
                    format::percent(x, l.code())
                } else {
                    limits.text(Some(x), l)
                }
            };
            let name = input.listed_label(l);
            let text = match (l, high) {
                (crate::i18n::Lang::En, false) => format!(
                    "{name}: the low end ({}) must be at most the scenario's own value, {}.",
                    shown(typed),
                    shown(value)
                ),
                (crate::i18n::Lang::En, true) => format!(
                    "{name}: the high end ({}) must be at least the scenario's own value, {}.",
                    shown(typed),
                    shown(value)
                ),
                (crate::i18n::Lang::De, false) => format!(
                    "{name}: Das untere Ende ({}) darf höchstens der Wert des Szenarios sein, {}.",
                    shown(typed),
                    shown(value)
                ),
                (crate::i18n::Lang::De, true) => format!(
                    "{name}: Das obere Ende ({}) muss mindestens der Wert des Szenarios sein, {}.",
                    shown(typed),
                    shown(value)
                ),
            };
            held.set(Some(text));
            return;
        }
        clear(held);
        state.edit(|s| {
            let value = u.value(s);
            let b = s.uncertainty.ranges.get(u);
            let (low, high_end) = match (high, b) {
                (false, b) => (v, b.map(|b| b.high)),
                (true, b) => (b.map(|b| b.low), v),
            };
            let next = match (low, high_end) {
                (None, None) => None,
                (low, high) => {
                    let (low, high) = (low.unwrap_or(value), high.unwrap_or(value));
                    (low != value || high != value || v.is_some()).then_some(Bounds { low, high })
                }
            };
            s.uncertainty.ranges.set(u, next);
        })
    };
    let row_id = format!("range-{key}");
    let end = move |high: bool| {
        let value = Signal::derive(move || bounds.get().map(|b| if high { b.high } else { b.low }));
        let name = if high { "high" } else { "low" };
        view! {
            <NumberInput
                id=format!("range-{}-{name}", key.clone())
                test_id=format!("input-uncertainty-ranges-{key}-{name}")
                label=Signal::derive(move || {
                    state.l().pick(if high { "High" } else { "Low" }, if high { "Hoch" } else { "Niedrig" }).to_string()
                })
                unit=unit
                placeholder=placeholder
                limits=limits
                value=value
                on_valid=Callback::new(move |v| set_end(high, v))
            />
        }
    };
    view! {
        <div class="range-row" data-testid=row_id>
            <p class="range-name">{move || input.listed_label(state.l())}</p>
            <div class="range-ends">{end(false)} {end(true)}</div>
            {move || held.get().map(|t| view! { <p class="error" role="alert" data-testid=format!("range-held-{}", u.path().replace('.', "-"))>{t}</p> })}
        </div>
    }
    .into_any()
}

/// Runs the Monte Carlo for the scenario on screen whenever it changes, in parts; `result` holds the
/// last finished run and `progress` the share done while one runs.
fn run_draws(
    state: AppState,
    result: RwSignal<Option<UncertaintyReport>>,
    progress: RwSignal<Option<f64>>,
) {
    let run = StoredValue::new(0u64);
    Effect::new(move |_| {
        // Cloned only while the uncertainty is on: every edit passes here.
        let s = state
            .scenario
            .with(|s| s.uncertainty.enabled.then(|| s.clone()));
        let id = run.get_value() + 1;
        run.set_value(id);
        let Some(s) = s else {
            return;
        };
        progress.set(Some(0.0));
        let sim = Simulation::new(&s);
        // After the edit's first paint: the frame, then a task.
        request_animation_frame(move || part(sim, s, id, run, result, progress));
    });
}

fn part(
    mut sim: Simulation,
    s: Scenario,
    id: u64,
    run: StoredValue<u64>,
    result: RwSignal<Option<UncertaintyReport>>,
    progress: RwSignal<Option<f64>>,
) {
    set_timeout(
        move || {
            if run.try_get_value() != Some(id) {
                return;
            }
            let start = js_sys::Date::now();
            let mut done = false;
            while !done && js_sys::Date::now() - start < SLICE_MS {
                done = sim.run(250);
            }
            if done {
                result.set(Some(sim.finish(&s)));
                progress.set(None);
            } else {
                progress.set(Some(sim.progress()));
                part(sim, s, id, run, result, progress);
            }
        },
        std::time::Duration::ZERO,
    );
}

// The ranges: closed on a first visit, so their inputs are downloaded when the panel is first opened.
split_point!(
    fn uncertainty_panel() -> Build {
        || view! { <UncertaintyPanelBody /> }.into_any()
    }
);

split_point!(
    fn uncertainty_results() -> Build {
        || view! { <UncertaintyDraws /> }.into_any()
    }
);

/// Built only while ranges are on: the draws, their chart and the tornado are downloaded then.
#[component]
pub fn UncertaintyResults() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.uncertainty.enabled);
    view! {
        <Show when=move || on.get()>
            {on_demand(uncertainty_results)}
        </Show>
    }
}

#[component]
fn UncertaintyDraws() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.uncertainty.enabled);
    let result = RwSignal::new(None::<UncertaintyReport>);
    let progress = RwSignal::new(None::<f64>);
    run_draws(state, result, progress);
    view! {
        <Show when=move || on.get()>
            <section class="chart-card uncertainty" aria-labelledby="uncertainty-title" data-testid="uncertainty">
                <div class="chart-head">
                    <h3 id="uncertainty-title">
                        {state.t("How sure the answer is", "Wie sicher die Antwort ist")}
                    </h3>
                    <p class="status" role="status" data-testid="uncertainty-status">
                        {move || progress.get().map(|p| {
                            let l = state.l();
                            let draws = state.scenario.with(|s| format::count(s.uncertainty.draws, l.code()));
                            match l {
                                crate::i18n::Lang::En => format!("Drawing {draws} scenarios… {}", format::percent(p, l.code())),
                                crate::i18n::Lang::De => format!("{draws} Szenarien werden gezogen … {}", format::percent(p, l.code())),
                            }
                        })}
                    </p>
                </div>
                {move || result.with(|r| r.as_ref().map(|r| view! { <Figures r=r.clone() /> }))}
            </section>
        </Show>
    }
}

/// The finished run: chances and bands, then the tornado.
#[component]
fn Figures(r: UncertaintyReport) -> impl IntoView {
    let state = expect_context::<AppState>();
    let l = state.l();
    let currency = state.currency.get_untracked();
    let empty = state
        .scenario
        .with_untracked(|s| s.uncertainty.ranges.is_empty());
    let top = r
        .options
        .iter()
        .filter_map(|(_, o)| o.p90)
        .fold(0.0f64, f64::max)
        .max(1.0);
    let top = crate::charts::geometry::cost_axis_top(top);
    let at = move |v: f64| format::css(v / top * 1000.0, 1);
    let bands = r
        .options
        .iter()
        .map(|(id, o)| {
            let bar = match (o.p10, o.p50, o.p90) {
                (Some(a), Some(b), Some(c)) => Some(view! {
                    <rect class="band" x=at(a) y="3" width=format::css(((c - a) / top * 1000.0).max(2.0), 1) height="10"></rect>
                    <rect class="median" x=at(b) y="0" width="4" height="16"></rect>
                }),
                _ => None,
            };
            view! {
                <li class=option_class(id)>
                    <p>
                        <b>{id.name().get(l)}</b>
                        " "
                        <span data-testid=format!("p-cheapest-{}", id.key())>{text::chance_cheapest(o.p_cheapest, l)}</span>
                        <span class="sub">{text::band(o, &currency, l)}</span>
                    </p>
                    <svg class="track" viewBox="0 0 1004 16" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="rail" x="0" y="7" width="1004" height="2"></rect>
                        {bar}
                    </svg>
                </li>
            }
        })
        .collect_view();
    let none =
        (r.p_none > 0.0).then(|| view! { <p class="note">{text::none_share(r.p_none, l)}</p> });
    let alt = l.pick(
        "Each option's chance of being cheapest and its monthly cost from P10 to P90 with the median, as listed.",
        "Die Chance jeder Option, am günstigsten zu sein, und ihre Monatskosten von P10 bis P90 mit dem Median, wie aufgeführt.",
    );
    let tornado = r.compared.map(|(first, second)| {
        let savings: Vec<f64> = r
            .tornado
            .iter()
            .flat_map(|b| [b.low_saving, b.high_saving])
            .flatten()
            .collect();
        let base = state.report.with_untracked(|rep| {
            let t = rep.totals();
            t[second].zip(t[first]).map_or(0.0, |(b, a)| b - a)
        });
        let lo = savings.iter().copied().fold(base, f64::min);
        let hi = savings.iter().copied().fold(base, f64::max);
        let span = (hi - lo).max(1e-9);
        let x = move |v: f64| (v - lo) / span * 1000.0;
        let bars = r
            .tornado
            .iter()
            .map(|b| {
                let name = input_at(b.path).map_or(String::new(), |i| i.listed_label(l));
                let end = |v: Option<f64>, class: &'static str| {
                    v.map(|v| {
                        let (a, z) = (x(base).min(x(v)), x(base).max(x(v)));
                        view! { <rect class=class x=format::css(a, 1) y="2" width=format::css((z - a).max(2.0), 1) height="12"></rect> }
                    })
                };
                view! {
                    <li>
                        <p>
                            <b>{name}</b>
                            " "
                            <span class="sub">{text::saving_range(b.low_saving, b.high_saving, &currency, l)}</span>
                        </p>
                        <svg class="track" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true">
                            {end(b.low_saving, "low")}
                            {end(b.high_saving, "high")}
                            <rect class="base" x=format::css(x(base) - 1.5, 1) y="0" width="3" height="16"></rect>
                        </svg>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>{text::tornado_head(first, second, l)}</h4>
            <ul class="tornado" data-testid="tornado-chart" aria-label=l.pick("Each range's saving at its low and its high end, largest swing first, as listed; the line is the saving at the scenario's values.", "Die Ersparnis jeder Spanne an ihrem niedrigen und hohen Ende, größter Ausschlag zuerst, wie aufgeführt; die Linie ist die Ersparnis bei den Werten des Szenarios.")>
                {bars}
            </ul>
            <p class="legend-note">
                <span class="key low" aria-hidden="true"></span>
                {l.pick("at the low end", "am niedrigen Ende")}
                <span class="key high" aria-hidden="true"></span>
                {l.pick("at the high end", "am hohen Ende")}
            </p>
        }
    });
    view! {
        {empty.then(|| view! {
            <p class="note">{l.pick("No ranges yet: give a low and a high for an input in the panel, and the draws will vary it.", "Noch keine Spannen: Geben Sie im Panel für eine Eingabe einen niedrigen und einen hohen Wert an, dann variieren die Ziehungen sie.")}</p>
        })}
        <ul class="bands" data-testid="uncertainty-chart" aria-label=alt>{bands}</ul>
        <p class="axis-note">{format!("0 – {}", format::money_total(top, &currency, l.code()))}</p>
        {none}
        {tornado}
    }
}
