//! The right column: the answer first, then the option cards, the chart, the break-even sentences and the
//! breakdown table. Everything here reads the report memo; nothing computes.

use leptos::prelude::*;

use super::chart::BreakEvenChart;
use super::text::{billing_unit_noun, crossing_sentence, option_name, verdict};
use super::theme::option_class;
use super::AppState;
use crate::format;
use crate::model::report::{LineKind, OptionReport};
use crate::model::{OptionId, XAxis};

#[component]
pub fn Results() -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" class="visually-hidden">"Results"</h2>
            <Verdict />
            <div class="cards" role="list">
                {OptionId::ALL.into_iter().map(|id| view! { <Card id=id /> }).collect_view()}
            </div>
            <WorkloadStrip />
            <BreakEvenChart />
            <BreakEvenList />
            <Breakdown />
        </section>
    }
}

#[component]
fn Verdict() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sentence = move || {
        let r = state.report.get();
        let (tickets, currency, locale, baseline) = state.scenario.with(|s| {
            (
                s.workload.tickets_per_month,
                s.currency.clone(),
                s.locale.clone(),
                s.baseline,
            )
        });
        let Some(cheapest) = r.cheapest else {
            return "No option is available: switch one on, or add a platform plan that covers your volume."
                .to_string();
        };
        let cost = r
            .option(cheapest)
            .and_then(|o| o.monthly_cost)
            .unwrap_or(0.0);
        // Compare with the baseline; when the baseline is itself cheapest (or off), with the runner-up.
        let compared = if cheapest != baseline {
            r.option(baseline)
                .and_then(|o| o.monthly_cost)
                .map(|c| (baseline, c - cost))
        } else {
            r.options
                .iter()
                .filter(|o| o.id != cheapest)
                .filter_map(|o| o.monthly_cost.map(|c| (o.id, c)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(id, c)| (id, c - cost))
        };
        verdict(tickets, cheapest, cost, compared, &currency, &locale)
    };
    let cheapest_key = move || {
        state
            .report
            .with(|r| r.cheapest.map(|c| c.key()).unwrap_or("none"))
    };
    let baseline = move || state.scenario.with(|s| s.baseline.key());
    let on_baseline = move |ev| {
        if let Some(id) = OptionId::from_key(&event_target_value(&ev)) {
            state.scenario.update(|s| s.baseline = id);
        }
    };
    view! {
        <div class="verdict-box">
            <p class="verdict" data-testid="cheapest" data-option=cheapest_key aria-live="polite">
                {sentence}
            </p>
            <div class="baseline">
                <label for="baseline">"Measure savings against"</label>
                <select id="baseline" data-testid="baseline" prop:value=baseline on:change=on_baseline>
                    {OptionId::ALL
                        .into_iter()
                        .map(|id| view! { <option value=id.key()>{option_name(id)}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// The key figure of an option besides its cost.
fn detail_text(
    o: &OptionReport,
    unit_noun: &str,
    tier1_hours: f64,
    tier2_hours: f64,
    locale: &str,
) -> String {
    match o.id {
        OptionId::Diy => format!(
            "{} of your time",
            format::hours(tier1_hours + tier2_hours, locale)
        ),
        OptionId::Employee => format!(
            "{} FTE paid ({} needed)",
            format::number(o.fte_paid.unwrap_or(0.0), 2, locale),
            format::number(o.fte_needed.unwrap_or(0.0), 2, locale)
        ),
        OptionId::Contractor => format!(
            "{} billed",
            format::hours(o.billed_hours.unwrap_or(0.0), locale)
        ),
        OptionId::Platform => {
            let units = format::count(o.units.unwrap_or(0.0), locale);
            match o.plan.clone().flatten() {
                Some(plan) => format!("{plan} plan, {units} {unit_noun}"),
                None => format!("No plan covers {units} {unit_noun}"),
            }
        }
    }
}

#[component]
fn Card(id: OptionId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let option = move || state.report.with(|r| r.option(id).cloned());
    let is_cheapest = move || state.report.with(|r| r.cheapest == Some(id));
    let is_off = move || !state.scenario.with(|s| s.is_enabled(id));
    let cost = move || {
        let (currency, locale) = (state.currency(), state.locale());
        match option() {
            None => "Off".to_string(),
            Some(o) => match o.monthly_cost {
                Some(c) => format::money_total(c, &currency, &locale),
                None => "Not available".to_string(),
            },
        }
    };
    let per_ticket = move || {
        let (currency, locale) = (state.currency(), state.locale());
        option().and_then(|o| o.cost_per_ticket).map(|c| {
            format!(
                "{} per ticket",
                format::money_precise(c, &currency, &locale)
            )
        })
    };
    let detail = move || {
        let locale = state.locale();
        let noun = state
            .scenario
            .with(|s| billing_unit_noun(s.platform.billing_unit));
        let w = state.report.with(|r| r.workload);
        match option() {
            Some(o) => detail_text(&o, noun, w.tier1_hours, w.tier2_hours, &locale),
            None => "Switched off in its panel".to_string(),
        }
    };
    view! {
        <article
            class=format!("card {}", option_class(id))
            role="listitem"
            class:cheapest=is_cheapest
            class:off=is_off
            class:unavailable=move || option().is_some_and(|o| !o.available)
            data-testid=format!("card-{}", id.key())
        >
            <header>
                <h3>
                    <span class="swatch" aria-hidden="true"></span>
                    {option_name(id)}
                </h3>
                <Show when=is_cheapest>
                    <span class="badge">"Cheapest"</span>
                </Show>
            </header>
            <p class="cost">
                <span data-testid=format!("cost-{}", id.key())>{cost}</span>
                <Show when=move || option().is_some_and(|o| o.available)>
                    <span class="per-month">" / month"</span>
                </Show>
            </p>
            <p class="per-ticket">{move || per_ticket().unwrap_or_else(|| "\u{a0}".to_string())}</p>
            <p class="detail">{detail}</p>
        </article>
    }
}

#[component]
fn WorkloadStrip() -> impl IntoView {
    let state = expect_context::<AppState>();
    let item = move |label: &'static str,
                     value: fn(&crate::model::WorkloadResult, &str) -> String| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>{move || state.report.with(|r| value(&r.workload, &state.locale()))}</dd>
            </div>
        }
    };
    view! {
        <dl class="workload-strip" data-testid="workload">
            {item("Tickets reaching an agent", |w, l| format::count(w.effective_tickets, l))}
            {item("Replies", |w, l| format::count(w.replies, l))}
            {item("Tier-1 hours", |w, l| format::hours(w.tier1_hours, l))}
            {item("Escalated tickets", |w, l| format::count(w.escalated_tickets, l))}
            {item("Tier-2 hours", |w, l| format::hours(w.tier2_hours, l))}
        </dl>
    }
}

#[component]
fn BreakEvenList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sentences = move || {
        let (x, max, currency, locale) = state
            .scenario
            .with(|s| (s.chart.x, s.chart.max, s.currency.clone(), s.locale.clone()));
        let list: Vec<String> = state.report.with(|r| {
            r.chart_break_even
                .iter()
                .map(|c| crossing_sentence(x, c, &currency, &locale))
                .collect()
        });
        (list, x, max, currency, locale)
    };
    view! {
        <section class="break-evens" aria-labelledby="be-title">
            <h3 id="be-title">"Where the answer changes"</h3>
            {move || {
                let (list, x, max, currency, locale) = sentences();
                if list.is_empty() {
                    let range = match x {
                        XAxis::Tier1ResolutionRate => format!("0% and {}", format::percent(max, &locale)),
                        _ => format!(
                            "{} and {}",
                            super::text::axis_value(x, x.min(), &currency, &locale),
                            super::text::axis_value(x, max, &currency, &locale)
                        ),
                    };
                    view! {
                        <ul class="be-list" data-testid="break-even-list">
                            <li class="muted">
                                {format!(
                                    "No break-even between {range} ({}): the cheapest option stays the same.",
                                    super::text::axis_name(x).to_lowercase()
                                )}
                            </li>
                        </ul>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul class="be-list" data-testid="break-even-list">
                            {list.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

fn kind_name(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Tier1 => "Tier-1 work",
        LineKind::Tier2 => "Developer time on escalations",
        LineKind::Fees => "Tooling seats",
        LineKind::Oversight => "Your oversight",
        LineKind::OneOff => "Setup fee, spread per month",
    }
}

#[component]
fn Breakdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = move || {
        let r = state.report.get();
        let (currency, locale) = (state.currency(), state.locale());
        let noun = state
            .scenario
            .with(|s| billing_unit_noun(s.platform.billing_unit));
        let money = |v: f64| format::money_total(v, &currency, &locale);
        let kinds = [
            LineKind::Tier1,
            LineKind::Tier2,
            LineKind::Fees,
            LineKind::Oversight,
            LineKind::OneOff,
        ];
        let used: Vec<LineKind> = kinds
            .into_iter()
            .filter(|k| {
                r.options
                    .iter()
                    .any(|o| o.lines.iter().any(|l| l.kind == *k))
            })
            .collect();
        let head = r
            .options
            .iter()
            .map(|o| {
                view! {
                    <th scope="col" class=option_class(o.id)>
                        <span class="swatch" aria-hidden="true"></span>
                        {option_name(o.id)}
                    </th>
                }
            })
            .collect_view();
        let rows = used
            .into_iter()
            .map(|k| {
                let cells = r
                    .options
                    .iter()
                    .map(|o| {
                        // A column uses its total's precision: whole units from 1,000 up.
                        let whole = o.monthly_cost.is_some_and(|c| c.abs() >= 999.995);
                        let cell = o
                            .lines
                            .iter()
                            .find(|l| l.kind == k)
                            .map(|l| {
                                if whole {
                                    format::money_with(l.amount, 0, &currency, &locale)
                                } else {
                                    format::money_precise(l.amount, &currency, &locale)
                                }
                            })
                            .unwrap_or_else(|| "—".to_string());
                        view! { <td>{cell}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{kind_name(k)}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        // One cell per option, in column order.
        let cells = |text: &dyn Fn(&OptionReport) -> String| {
            r.options
                .iter()
                .map(|o| view! { <td>{text(o)}</td> })
                .collect_view()
        };
        let totals = cells(&|o| {
            o.monthly_cost
                .map(money)
                .unwrap_or_else(|| "Not available".into())
        });
        let per_ticket = cells(&|o| {
            o.cost_per_ticket
                .map(|c| format::money_precise(c, &currency, &locale))
                .unwrap_or_else(|| "—".into())
        });
        let details = cells(&|o| {
            detail_text(
                o,
                noun,
                r.workload.tier1_hours,
                r.workload.tier2_hours,
                &locale,
            )
        });
        view! {
            <table class="breakdown" data-testid="breakdown">
                <caption>"Monthly cost by line"</caption>
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="total">
                        <th scope="row">"Total per month"</th>
                        {totals}
                    </tr>
                    <tr>
                        <th scope="row">"Per ticket"</th>
                        {per_ticket}
                    </tr>
                    <tr>
                        <th scope="row">"Staffing"</th>
                        {details}
                    </tr>
                </tfoot>
            </table>
        }
    };
    view! {
        <section class="breakdown-wrap" aria-label="Breakdown">
            <Show
                when=move || state.report.with(|r| !r.options.is_empty())
                fallback=|| view! { <p class="muted">"Switch on at least one option to see its breakdown."</p> }
            >
                <div class="table-scroll">{table}</div>
            </Show>
        </section>
    }
}
