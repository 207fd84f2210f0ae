//! The right column: the answer first, then the option cards, the chart, the break-even sentences and the
//! breakdown table. Everything here reads the report memo; nothing computes.

use leptos::prelude::*;

use super::chart::BreakEvenChart;
use super::share::ShareBar;
use super::theme::option_class;
use super::{AppState, Later, TableScroll};
use crate::format;
use crate::i18n::Lang;
use crate::model::flags;
use crate::model::report::{LineKind, OptionReport};
use crate::model::schema::figures;
use crate::model::OptionId;
use crate::model::{BillingUnit, Report};
use crate::text;
use crate::text::{
    crossing_sentence, escalation_rates, input_flag, input_flags_heading, kind_name, no_crossing,
    option_detail, option_flag, per_ticket, regimes_sentence, stale_notice,
};

#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" class="visually-hidden">{state.t("Results", "Ergebnisse")}</h2>
            <PrintHeader />
            // Each part in its own task after the inputs above (on a phone the results come after
            // the workload panel), the answer first.
            <Later>
                <Verdict />
                <ShareBar />
            </Later>
            <Later>
                <Cards />
                <WorkloadStrip />
            </Later>
            <Later>
                <BreakEvenChart />
            </Later>
            <Later>
                <BreakEvenList />
            </Later>
            <Later>
                <Breakdown />
            </Later>
            <Later>
                <super::months::ProjectionResults />
            </Later>
            <Later>
                <super::parts::UncertaintyResults />
            </Later>
            // Only on paper, so built only while printing: on screen its thirty figures would be
            // updated on every edit for nothing.
            <Show when=move || state.printing.get()>
                <PrintInputs />
            </Show>
        </section>
    }
}

/// Only on paper: the scenario's name and the date, as a report heading.
#[component]
fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = move || super::today(state.l());
    view! {
        <div class="print-only print-header">
            <p class="print-kicker">{state.t(crate::i18n::TITLE.0, crate::i18n::TITLE.1)}</p>
            <h2>{state.slice(|s| s.name.clone())}</h2>
            <p>{date}</p>
        </div>
    }
}

#[component]
fn Verdict() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sentence = move || state.answer.get();
    let cheapest_key = move || {
        state
            .report
            .with(|r| r.cheapest.map(|c| c.key()).unwrap_or("none"))
    };
    let baseline = move || state.scenario.with(|s| s.baseline.key());
    let on_baseline = move |ev| {
        if let Some(id) = OptionId::from_key(&event_target_value(&ev)) {
            state.edit(|s| s.baseline = id);
        }
    };
    view! {
        <div class="verdict-box">
            <p class="verdict" data-testid="cheapest" data-option=cheapest_key aria-live="polite">
                {sentence}
            </p>
            <Show when=move || state.stale.with(|s| !s.is_empty())>
                <p class="stale-notice" data-testid="stale-notice" role="status">
                    {move || {
                        state
                            .stale
                            .with(|s| {
                                let fields: Vec<(&str, &str)> = s
                                    .iter()
                                    .map(|(_, label, value)| (label.as_str(), value.as_str()))
                                    .collect();
                                stale_notice(&fields, state.l())
                            })
                    }}
                </p>
            </Show>
            <VerdictNotes />
            <ReadBy />
            <div class="baseline">
                <label for="baseline">{state.t("Measure savings against", "Ersparnis gemessen an")}</label>
                <select id="baseline" data-testid="baseline" prop:value=baseline on:change=on_baseline>
                    {OptionId::ALL
                        .into_iter()
                        .map(|id| view! { <option value=id.key()>{move || id.name().get(state.l())}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// While the value of fast answers is on: read the verdict by cost or by net cost.
#[component]
fn ReadBy() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.value.enabled);
    let choice =
        move |net, test_id, label| super::radio("read-by", state.by_net, net, test_id, label);
    view! {
        <Show when=move || on.get()>
            <div class="read-by" role="radiogroup" aria-label=state.t("Read the verdict", "Urteil lesen")>
                {choice(false, "verdict-by-cost", ("By cost", "Nach Kosten"))}
                {choice(true, "verdict-by-net", ("By net cost, fast answers counted", "Nach Nettokosten, mit schnellen Antworten"))}
            </div>
        </Show>
    }
}

/// One card per option; the sticky summary shows while none of them is on screen.
#[component]
fn Cards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = NodeRef::<leptos::html::Ul>::new();
    list.on_load(move |ul| super::media::watch_visible(&ul, state.cards_visible));
    view! {
        <ul class="cards" node_ref=list>
            {OptionId::ALL.into_iter().map(|id| view! { <Card id=id /> }).collect_view()}
        </ul>
    }
}

/// Beside the verdict: which rate escalations are priced at when the two differ, the options that need
/// more hours than one person has, and the inputs a careful colleague would question.
#[component]
fn VerdictNotes() -> impl IntoView {
    let state = expect_context::<AppState>();
    // size: one list of (class, test id, sentence) drawn by one closure, rather than a view per kind.
    let notes = Memo::new(move |_| {
        let l = state.l();
        state.report.with(|r| {
            state.scenario.with(|s| {
                let money = |v| format::money_precise(v, &s.currency, l.code());
                let mut notes = Vec::new();
                if !s.rates_equal() {
                    let founder = money(s.rates.founder_hourly);
                    let developer = money(s.rates.developer_hourly);
                    let note = escalation_rates(&founder, &developer, l);
                    notes.push(("verdict-note", "escalation-rate", note));
                }
                if let Some(ai) = r.ai {
                    if let (Some(saving), Some((with, without))) = (ai.saving, ai.cheapest) {
                        let note = text::ai_saving(saving, with, without, &s.currency, l);
                        notes.push(("verdict-note", "ai-saving", note));
                    }
                }
                let option_flags = state.option_flags.get();
                for id in OptionId::ALL {
                    if let Some(f) = option_flags[id] {
                        notes.push(("flag", "option-flag", option_flag(id, f, l)));
                    }
                }
                let inputs = flags::input_flags(s, r);
                if !inputs.is_empty() {
                    let heading = input_flags_heading(l).to_string();
                    notes.push(("flag flag-heading", "input-flags", heading));
                }
                for f in inputs {
                    notes.push(("flag", "input-flag", input_flag(f, &s.currency, l)));
                }
                notes
            })
        })
    });
    move || {
        notes
            .get()
            .into_iter()
            .map(|(class, id, text)| view! { <p class=class data-testid=id>{text}</p> })
            .collect_view()
    }
}

#[component]
fn Card(id: OptionId) -> impl IntoView {
    let state = expect_context::<AppState>();
    // An edit reruns the card's figures; its classes and badges, memos, only when they change.
    let option = move || state.report.with(|r| r.option(id).cloned());
    let cheapest = Memo::new(move |_| state.report.with(|r| r.cheapest == Some(id)));
    let is_cheapest = move || cheapest.get();
    let is_off = move || !state.is_enabled(id);
    let available = move |yes: bool| {
        Memo::new(move |_| {
            state
                .report
                .with(|r| r.option(id).is_some_and(|o| o.available == yes))
        })
    };
    let (available, unavailable) = (available(true), available(false));
    let billing_unit = state.billing_unit;
    let cost = move || {
        let l = state.l();
        let currency = state.currency.get();
        match option() {
            None => l.pick("Off", "Aus").to_string(),
            Some(o) => match o.monthly_cost {
                Some(c) => format::money_total(c, &currency, l.code()),
                None => l.pick("Not available", "Nicht verfügbar").to_string(),
            },
        }
    };
    let per_ticket = move || {
        let l = state.l();
        let currency = state.currency.get();
        option()
            .and_then(|o| o.cost_per_ticket)
            .map(|c| per_ticket(c, &currency, l))
    };
    let detail = move || {
        let l = state.l();
        let unit = billing_unit.get();
        match option() {
            Some(o) => option_detail(&o, unit, l),
            None => l
                .pick(
                    "Switched off in its panel",
                    "In seinem Bereich ausgeschaltet",
                )
                .to_string(),
        }
    };
    view! {
        <li
            class=format!("card {}", option_class(id))
            class:cheapest=is_cheapest
            class:off=is_off
            class:unavailable=move || unavailable.get()
            data-testid=format!("card-{}", id.key())
        >
            <header>
                <h3>
                    <span class="swatch" aria-hidden="true"></span>
                    {move || id.name().get(state.l())}
                </h3>
                <Show when=is_cheapest>
                    <span class="badge">{state.t("Cheapest", "Am günstigsten")}</span>
                </Show>
            </header>
            <p class="cost">
                <span data-testid=format!("cost-{}", id.key())>{cost}</span>
                <Show when=move || available.get()>
                    <span class="per-month">{state.t(" / month", " / Monat")}</span>
                </Show>
            </p>
            {move || {
                option()
                    .and_then(|o| o.without_ai)
                    .map(|without| {
                        let t = state.currency.with(|c| text::without_ai(without, c, state.l()));
                        view! { <p class="without-ai" data-testid=format!("without-ai-{}", id.key())>{t}</p> }
                    })
            }}
            <p class="per-ticket">{move || per_ticket().unwrap_or_else(|| "\u{a0}".to_string())}</p>
            <p class="detail">{detail}</p>
            {move || {
                option()
                    .map(|o| {
                        let within = state.scenario.with(|s| s.value.fast_response_hours);
                        let t = text::fast_reply(o.fast_reply_share, within, o.mean_first_reply_hours, state.l());
                        view! { <p class="fast-reply" data-testid=format!("fast-reply-{}", id.key())>{t}</p> }
                    })
            }}
            {move || {
                option()
                    .and_then(|o| Some((o.value_kept?, o.net_cost.flatten())))
                    .map(|(kept, net)| {
                        let t = state.currency.with(|c| text::net_cost(kept, net, c, state.l()));
                        view! { <p class="net-cost" data-testid=format!("net-cost-{}", id.key())>{t}</p> }
                    })
            }}
            {move || card_note(state, id).map(|(test_id, t)| view! { <p class="card-note" data-testid=test_id>{t}</p> })}
            {move || {
                state
                    .option_flags
                    .with(|f| f[id])
                    .map(|f| {
                        view! {
                            <p class="card-flag" data-testid=format!("flag-{}", id.key())>
                                {option_flag(id, f, state.l())}
                            </p>
                        }
                    })
            }}
        </li>
    }
}

/// What a card says besides its figures: the option's own tier 1 where it differs from the workload's,
/// and, for everyone helping past its share, what share it would need.
fn card_note(state: AppState, id: OptionId) -> Option<(String, String)> {
    let l = state.l();
    let promise = state.report.with(|r| {
        r.option(id)
            .and_then(|o| o.cost.unavailable)
            .map(|why| text::unavailable(why, l))
            .filter(|t| !t.is_empty())
    });
    if let Some(t) = promise {
        return Some((format!("unavailable-{}", id.key()), t));
    }
    state.scenario.with(|s| {
        if id == OptionId::AllHands {
            let needed = state.report.with(|r| {
                r.option(id)
                    .filter(|o| !o.available)
                    .and_then(|o| o.share_of_time)
            });
            if let Some(needed) = needed {
                let t = text::all_hands_over(needed, s.all_hands.max_share, l);
                return Some(("all-hands-over".to_string(), t));
            }
        }
        let (rate, minutes) = s.own_tier1(id);
        let w = &s.workload;
        let rate = rate
            .filter(|d| *d != w.tier1_resolution_rate)
            .map(|d| (d, w.tier1_resolution_rate));
        let minutes = minutes
            .filter(|m| *m != w.minutes_per_reply)
            .map(|m| (m, w.minutes_per_reply));
        (rate.is_some() || minutes.is_some()).then(|| {
            let t = text::own_tier1_note(rate, minutes, l);
            (format!("own-tier1-{}", id.key()), t)
        })
    })
}

#[component]
fn WorkloadStrip() -> impl IntoView {
    let state = expect_context::<AppState>();
    let item = move |label: (&'static str, &'static str),
                     value: fn(&crate::model::WorkloadResult, &str) -> String| {
        view! {
            <div>
                <dt>{move || state.tr(label.0, label.1)}</dt>
                <dd>{move || state.report.with(|r| value(&r.workload, state.l().code()))}</dd>
            </div>
        }
    };
    view! {
        <dl class="workload-strip" data-testid="workload">
            {item(("Tickets reaching an agent", "Tickets bei einer Person"), |w, l| format::count(w.effective_tickets, l))}
            {item(("Replies", "Antworten"), |w, l| format::count(w.replies, l))}
            {item(("Tier-1 hours", "Stunden 1st-Level"), |w, l| format::hours(w.tier1_hours, l))}
            {item(("Escalated tickets", "Eskalierte Tickets"), |w, l| format::count(w.escalated_tickets, l))}
            {item(("Tier-2 hours", "Stunden 2nd-Level"), |w, l| format::hours(w.tier2_hours, l))}
        </dl>
    }
}

#[component]
fn BreakEvenList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The sentences, recomputed per edit but shown anew only when they change.
    let sentences = Memo::new(move |_| {
        let l = state.l();
        let (x, currency) = state.scenario.with(|s| (s.chart.x, s.currency.clone()));
        state.report.with(|r| {
            r.chart_break_even
                .iter()
                .map(|c| crossing_sentence(x, c, &currency, l))
                .collect::<Vec<String>>()
        })
    });
    let empty = Memo::new(move |_| {
        let l = state.l();
        state
            .scenario
            .with(|s| no_crossing(s.chart.x, s.chart.max, &s.currency, l))
    });
    let regimes = Memo::new(move |_| {
        let l = state.l();
        state.regimes.with(|ranges| {
            state
                .scenario
                .with(|s| regimes_sentence(s.chart.x, ranges, s.chart.max, &s.currency, l))
        })
    });
    let items = move || {
        let list = sentences.get();
        if list.is_empty() {
            view! { <li class="muted">{move || empty.get()}</li> }.into_any()
        } else {
            list.into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <section class="break-evens" aria-labelledby="be-title">
            <h3 id="be-title">{state.t("Where the answer changes", "Wo sich die Antwort ändert")}</h3>
            <p class="regimes" data-testid="cheapest-regimes">{move || regimes.get()}</p>
            <h4 class="be-detail">{state.t("Each pair of options", "Jedes Paar von Optionen")}</h4>
            <ul class="be-list" data-testid="break-even-list">{items}</ul>
        </section>
    }
}

#[component]
fn Breakdown() -> impl IntoView {
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
                <caption>{state.t("Monthly cost by line", "Monatliche Kosten nach Posten")}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>
                    {foot_row("total", ("Total per month", "Summe pro Monat"), total_cell)}
                    {foot_row("", ("Per ticket", "Pro Ticket"), per_ticket_cell)}
                    {foot_row("", ("Staffing", "Besetzung"), staffing_cell)}
                    {foot_row("", ("Escalations", "Eskalationen"), escalations_cell)}
                </tfoot>
            </table>
        }
    };
    view! {
        <section class="breakdown-wrap" aria-label=state.t("Breakdown", "Aufschlüsselung")>
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
        </section>
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

/// Only on paper: the inputs behind the figures, since the input panels are not printed. One row per
/// described number, each updating its own value; a switched-off option's rows are hidden.
#[component]
fn PrintInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    // One memo, so that the rows depend on it rather than each on the scenario: a signal with many
    // direct readers costs more per edit.
    let values = Memo::new(move |_| {
        let l = state.l();
        state.scenario.with(|s| {
            figures()
                .map(|(input, range)| {
                    let (v, set) = input.figure(s).unwrap_or_default();
                    let shown = range
                        .unit
                        .show(v, &s.currency, Some(s.platform.billing_unit), l);
                    let shown = if set {
                        shown
                    } else {
                        format!(
                            "{shown} ({})",
                            l.pick("same as workload", "wie Arbeitsaufkommen")
                        )
                    };
                    (shown, input.applies(s))
                })
                .collect::<Vec<(String, bool)>>()
        })
    });
    let rows = figures()
        .enumerate()
        .map(|(i, (input, _))| {
            let label = move || input.listed_label(state.l());
            view! {
                <div class:print-off=move || values.with(|v| !v[i].1)>
                    <dt>{label}</dt>
                    <dd>{move || values.with(|v| v[i].0.clone())}</dd>
                </div>
            }
        })
        .collect_view();
    // The platform's plans, its billing unit and who handles escalations: assumptions the numbers above
    // do not show.
    let plans = move || {
        let l = state.l();
        state.scenario.with(|s| {
            let money = |v: f64| format::money_precise(v, &s.currency, l.code());
            let unit = s.platform.billing_unit;
            let chosen = state.report.with(|r| {
                r.option(OptionId::Platform)
                    .and_then(|o| o.plan.clone().flatten())
            });
            let rows = s
                .platform
                .plans
                .iter()
                .map(|p| {
                    let name = if chosen.as_deref() == Some(p.name.as_str()) {
                        format!("{} ({})", p.name, l.pick("chosen", "gewählt"))
                    } else {
                        p.name.clone()
                    };
                    let included = format!(
                        "{} {}",
                        format::plain(p.included_units, l.code()),
                        unit.noun().get(l)
                    );
                    let overage = p.overage_per_unit.map_or_else(
                        || l.pick("none (capped)", "keiner (gedeckelt)").to_string(),
                        money,
                    );
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td>{money(p.monthly_fee)}</td>
                            <td>{included}</td>
                            <td>{overage}</td>
                        </tr>
                    }
                })
                .collect_view();
            let billed = unit.name().get(l);
            let escalations = if state.escalations_mine.get() {
                l.pick(
                    "by you, at the value of your hour",
                    "von Ihnen, zum Wert Ihrer Stunde",
                )
            } else {
                l.pick(
                    "by developers, at the developer rate",
                    "von der Entwicklung, zum Entwicklersatz",
                )
            };
            view! {
                <p>
                    {l.pick("Platform billed: ", "Plattform rechnet ab: ")} {billed} ". "
                    {l.pick("Escalations handled ", "Eskalationen bearbeitet ")} {escalations} "."
                </p>
                <table class="print-plans" data-testid="print-plans">
                    <thead>
                        <tr>
                            <th scope="col">{l.pick("Plan", "Tarif")}</th>
                            <th scope="col">{l.pick("Monthly fee", "Monatsgebühr")}</th>
                            <th scope="col">{l.pick("Included", "Inklusive")}</th>
                            <th scope="col">{l.pick("Per extra unit", "Pro weitere Einheit")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="print-caveat">{text::plans_caveat(l)}</p>
            }
        })
    };
    // The spikes and the ranges: lists the rows above do not show.
    let assumptions_ahead = move || {
        use crate::model::compare::Shown;
        use crate::model::scenario::Uncertain;
        let l = state.l();
        state.scenario.with(|s| {
            let spikes: Vec<(f64, f64)> = s
                .projection
                .spikes
                .iter()
                .map(|p| (p.month, p.multiplier))
                .collect();
            let mut out = format!(
                "{}: {}.",
                l.pick("Launch spikes", "Spitzen durch Launches"),
                Shown::Spikes(spikes).text(&s.currency, l)
            );
            if s.uncertainty.enabled {
                let ranges: Vec<String> = Uncertain::ALL
                    .into_iter()
                    .filter_map(|u| {
                        let b = s.uncertainty.ranges.get(u)?;
                        let input = crate::model::schema::input_at(u.path())?;
                        let unit = input.range()?.unit;
                        Some(format!(
                            "{} {}",
                            input.listed_label(l),
                            Shown::Bounds(Some(b), unit).text(&s.currency, l)
                        ))
                    })
                    .collect();
                let ranges = if ranges.is_empty() {
                    l.pick("none", "keine").to_string()
                } else {
                    ranges.join("; ")
                };
                out.push_str(&format!(
                    " {}: {ranges}.",
                    l.pick("Ranges (low – high)", "Spannen (niedrig – hoch)")
                ));
            }
            out
        })
    };
    view! {
        <section class="print-only print-inputs" data-testid="print-inputs">
            <h3>{state.t("Inputs", "Eingaben")}</h3>
            <dl>{rows}</dl>
            <h3>{state.t("Platform plans", "Plattform-Tarife")}</h3>
            {plans}
            <p data-testid="print-assumptions-ahead">{assumptions_ahead}</p>
        </section>
    }
}
