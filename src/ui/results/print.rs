//! Only on paper: the report heading and the inputs behind the figures.

use leptos::prelude::*;

use crate::format;
use crate::model::schema::{figures, INPUTS};
use crate::model::OptionId;
use crate::text;
use crate::ui::AppState;

/// Only on paper: the scenario's name and the date, as a report heading.
#[component]
pub(super) fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = move || crate::ui::today(state.l());
    view! {
        <div class="print-only print-header">
            <p class="print-kicker">{state.t(crate::i18n::TITLE.0, crate::i18n::TITLE.1)}</p>
            <h2>{state.slice(|s| s.name.clone())}</h2>
            <p>{date}</p>
            <ConsultantLines />
        </div>
    }
}

/// Who the scenario is prepared for and by and the consultant's notes (SPEC 4.1), as text: on the
/// printout's first page.
#[component]
fn ConsultantLines() -> impl IntoView {
    let state = expect_context::<AppState>();
    let prepared =
        state.slice(|s| !(s.prepared_for.trim().is_empty() && s.prepared_by.trim().is_empty()));
    let line = move || state.scenario.with(|s| text::prepared_line(s, state.l()));
    let notes = state.slice(|s| s.notes.clone());
    view! {
        <Show when=move || prepared.get()>
            <p class="print-prepared" data-testid="print-prepared">{line}</p>
        </Show>
        <Show when=move || notes.with(|n| !n.trim().is_empty())>
            <p class="print-notes" data-testid="print-notes">{move || notes.get()}</p>
        </Show>
    }
}

/// Only on paper: the inputs behind the figures, since the input panels are not printed. One row per
/// described number, each updating its own value; a switched-off option's rows are hidden.
#[component]
pub(super) fn PrintInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    // One memo, so that the rows depend on it rather than each on the scenario: a signal with many
    // direct readers costs more per edit.
    let values = Memo::new(move |_| {
        let l = state.l();
        state.scenario.with(|s| {
            figures()
                .map(|(input, range)| {
                    let shown = match input.figure(s) {
                        Some((v, set)) => {
                            let shown =
                                range
                                    .unit
                                    .show(v, &s.currency, Some(s.platform.billing_unit), l);
                            if set {
                                shown
                            } else {
                                format!(
                                    "{shown} ({})",
                                    l.pick("same as workload", "wie Arbeitsaufkommen")
                                )
                            }
                        }
                        // An optional number that follows nothing: what unset means ("No cap").
                        None => input
                            .unset_words()
                            .map_or_else(String::new, |w| w.get(l).into()),
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
                {text::ai_terms(s, l).map(|terms| view! { <p data-testid="print-ai-terms">{terms}</p> })}
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
    // Coverage and the live channel's staffing: on screen in their panels, on paper here (SPEC 7: a
    // printout carries every result it rests on).
    let staffing = move || {
        let l = state.l();
        let locale = l.code();
        let coverage = state
            .scenario
            .with(|s| text::panel_summary("coverage", s, l));
        state.report.with(|r| {
            let st = r.staffing;
            let mut out = format!("{}: {coverage}.", l.pick("Coverage", "Abdeckung"));
            if let Some(live) = st.live {
                out.push_str(&format!(
                    " {}: {} · {} · {} {} · {} {}.",
                    l.pick("Live chat and phone", "Live-Chat und Telefon"),
                    text::live_agents(st.live_agents, l),
                    format::hours(st.live_hours, locale),
                    format::percent(live.service_level, locale),
                    l.pick(
                        "answered within the target time",
                        "in der Zielzeit angenommen"
                    ),
                    format::percent(live.occupancy, locale),
                    l.pick("occupancy", "Auslastung"),
                ));
            }
            out
        })
    };
    // Where each default that stands for a market fact comes from (SPEC 10), for the inputs that count.
    let sources = move || {
        let l = state.l();
        state.scenario.with(|s| {
            // One source once, after the inputs it stands behind.
            let mut by_source: Vec<(&str, Vec<&str>)> = Vec::new();
            for i in INPUTS.iter().filter(|i| i.applies(s)) {
                let Some(source) = i.source().map(|t| t.get(l)) else {
                    continue;
                };
                match by_source.iter_mut().find(|(s, _)| *s == source) {
                    Some((_, labels)) => labels.push(i.label.get(l)),
                    None => by_source.push((source, vec![i.label.get(l)])),
                }
            }
            by_source
                .iter()
                .map(|(source, labels)| format!("{}: {source}.", labels.join(", ")))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    // The months read from the helpdesk (SPEC 8).
    let has_history = state.slice(|s| !s.history.is_empty());
    view! {
        <section class="print-only print-inputs" data-testid="print-inputs">
            <p data-testid="print-staffing">{staffing}</p>
            <h3>{state.t("Inputs", "Eingaben")}</h3>
            <dl>{rows}</dl>
            <h3>{state.t("Platform plans", "Plattform-Tarife")}</h3>
            {plans}
            {move || has_history.get().then(|| view! { <PrintedHistory /> })}
            <p data-testid="print-assumptions-ahead">{assumptions_ahead}</p>
            <p class="print-sources" data-testid="print-sources">
                <strong>{state.t("Sources: ", "Quellen: ")}</strong>
                {sources}
            </p>
        </section>
    }
}

/// The history's sentence, then each month's tickets.
#[component]
fn PrintedHistory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = move || {
        let l = state.l();
        state.scenario.with(|s| {
            let line = text::history_sentence(&s.history, l)?;
            let months: Vec<String> = s
                .history
                .iter()
                .map(|m| {
                    let partial = if m.partial {
                        l.pick(" (partial)", " (unvollständig)")
                    } else {
                        ""
                    };
                    format!(
                        "{} {}{partial}",
                        text::month_name(m.month, l),
                        format::number(m.tickets, 0, l.code())
                    )
                })
                .collect();
            Some(format!(
                "{line} {}: {}.",
                l.pick("Tickets", "Tickets"),
                months.join(" · ")
            ))
        })
    };
    view! { <p data-testid="print-history">{line}</p> }
}
