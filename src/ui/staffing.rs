//! The staffing calculator of its own (issue 16): contacts per interval, handle time, the target,
//! occupancy, shrinkage and contacts at once give the agents needed and scheduled, with the service
//! level, average speed of answer and occupancy of every headcount around the answer; or, the other
//! way round, what a given headcount reaches. The figures are the library's `erlang_json` (`Request`).

use leptos::prelude::*;

use super::fields::NumberInput;
use super::split::{on_demand, split_point, Build};
use super::{AppState, TableScroll};
use crate::format;
use crate::i18n::Lang;
use crate::model::entry::Accepts;
use crate::model::erlang::{field_named, Request};
use crate::text;

/// One input of the view: the request field it sets, its label and help, its unit, and whether it is
/// typed as percent.
struct StaffingField {
    name: &'static str,
    label: (&'static str, &'static str),
    help: (&'static str, &'static str),
    unit: (&'static str, &'static str),
    percent: bool,
    step: f64,
    get: fn(&Request) -> f64,
    set: fn(&mut Request, f64),
}

const FIELDS: [StaffingField; 7] = [
    StaffingField {
        name: "contacts",
        label: ("Contacts per interval", "Kontakte pro Intervall"),
        help: ("Chats or calls arriving in one interval of the busiest period.", "Chats oder Anrufe, die in einem Intervall der stärksten Zeit ankommen."),
        unit: ("contacts", "Kontakte"),
        percent: false,
        step: 10.0,
        get: |r| r.contacts,
        set: |r, v| r.contacts = v,
    },
    StaffingField {
        name: "handle_seconds",
        label: ("Handle time", "Bearbeitungszeit"),
        help: ("Seconds per contact, wrap-up included. Typical: chat 360-720, phone 240-480.", "Sekunden pro Kontakt, Nachbereitung eingeschlossen. Üblich: Chat 360–720, Telefon 240–480."),
        unit: ("s", "s"),
        percent: false,
        step: 10.0,
        get: |r| r.handle_seconds,
        set: |r, v| r.handle_seconds = v,
    },
    StaffingField {
        name: "service_level",
        label: ("Service-level target", "Servicelevel-Ziel"),
        help: ("Share answered within the answer time. The common target: 80%.", "Anteil, der innerhalb der Annahmezeit angenommen wird. Das übliche Ziel: 80 %."),
        unit: ("%", "%"),
        percent: true,
        step: 1.0,
        get: |r| r.service_level,
        set: |r, v| r.service_level = v,
    },
    StaffingField {
        name: "answer_seconds",
        label: ("Answered within", "Angenommen innerhalb"),
        help: ("The answer time of the target. Typical: 20 s on the phone, 30-60 s in chat.", "Die Annahmezeit des Ziels. Üblich: 20 s am Telefon, 30–60 s im Chat."),
        unit: ("s", "s"),
        percent: false,
        step: 5.0,
        get: |r| r.answer_seconds,
        set: |r, v| r.answer_seconds = v,
    },
    StaffingField {
        name: "max_occupancy",
        label: ("Highest occupancy", "Höchste Auslastung"),
        help: ("Share of their time agents may spend on contacts. Above 85-90% they burn out.", "Anteil ihrer Zeit für Kontakte. Über 85–90 % brennen Menschen aus."),
        unit: ("%", "%"),
        percent: true,
        step: 1.0,
        get: |r| r.max_occupancy,
        set: |r, v| r.max_occupancy = v,
    },
    StaffingField {
        name: "shrinkage",
        label: ("Shrinkage", "Ausfallzeit"),
        help: ("Paid time not on contacts: breaks, training, leave. Typical: 25-35%.", "Bezahlte Zeit ohne Kontakte: Pausen, Schulung, Urlaub. Üblich: 25–35 %."),
        unit: ("%", "%"),
        percent: true,
        step: 1.0,
        get: |r| r.shrinkage,
        set: |r, v| r.shrinkage = v,
    },
    StaffingField {
        name: "concurrency",
        label: ("Contacts at once", "Kontakte gleichzeitig"),
        help: ("Chats one person handles at a time (phone: 1); 2 at once do 1.7 times the work, 5 do 3.5.", "Chats, die eine Person gleichzeitig betreut (Telefon: 1); 2 schaffen das 1,7-Fache, 5 das 3,5-Fache."),
        unit: ("at once", "gleichzeitig"),
        percent: false,
        step: 1.0,
        get: |r| f64::from(r.concurrency),
        set: |r, v| r.concurrency = v as u8,
    },
];

/// The headcount of the reverse mode: the library takes up to ten million; the page evaluates the
/// rows around it on every keystroke, so it stops at a hundred thousand.
const MAX_AGENTS_ON_PAGE: f64 = 100_000.0;

/// The intervals the view offers, in minutes.
const INTERVALS: [f64; 3] = [15.0, 30.0, 60.0];

/// What the field accepts: the library's range, or up to `max` where the page needs a tighter one.
fn accepts(name: &str, percent: bool, step: f64, max: Option<f64>) -> Accepts {
    let f = field_named(name);
    Accepts {
        min: f.map_or(0.0, |f| f.min),
        max: max.or(f.map(|f| f.max)).unwrap_or(f64::MAX),
        percent,
        optional: false,
        whole: f.is_some_and(|f| f.whole),
        step,
    }
}

/// The SPEC's published example: 100 contacts per 30 minutes, 180 s, 80% within 20 s.
fn example() -> Request {
    Request {
        contacts: 100.0,
        interval_seconds: 1800.0,
        handle_seconds: 180.0,
        service_level: 0.8,
        answer_seconds: 20.0,
        max_occupancy: 0.85,
        shrinkage: 0.3,
        concurrency: 1,
        agents: None,
    }
}

split_point!(
    fn staffing_view() -> Build {
        || view! { <Staffing /> }.into_any()
    }
);

/// The staffing view, whose code is downloaded when it is first shown.
#[component]
pub fn StaffingView() -> impl IntoView {
    on_demand(staffing_view)
}

#[component]
fn Staffing() -> impl IntoView {
    let state = expect_context::<AppState>();
    let request = RwSignal::new(example());
    // The headcount of the reverse mode, kept while solving so that switching back restores it.
    let reverse = RwSignal::new(false);
    let headcount = RwSignal::new(14.0);
    // Plain closures rather than memos of a request and an answer: an answer takes microseconds.
    let asked = move || {
        let mut r = request.get();
        r.agents = reverse.get().then(|| headcount.get() as u64);
        r
    };
    let fields = FIELDS
        .iter()
        .map(|f| {
            let name = f.name;
            let label = f.label;
            let help = f.help;
            let unit = f.unit;
            let (get, set) = (f.get, f.set);
            view! {
                <NumberInput
                    id=format!("staffing-{name}")
                    test_id=format!("input-staffing-{name}")
                    label=Signal::derive(move || state.tr(label.0, label.1).to_string())
                    unit=Signal::derive(move || state.tr(unit.0, unit.1).to_string())
                    help=Signal::derive(move || state.tr(help.0, help.1).to_string())
                    limits=accepts(name, f.percent, f.step, None)
                    value=Signal::derive(move || Some(request.with(get)))
                    on_valid=Callback::new(move |v: Option<f64>| {
                        if let Some(v) = v {
                            request.update(|r| set(r, v));
                        }
                    })
                />
            }
        })
        .collect_view();
    let interval = move || format::css(request.with(|r| r.interval_seconds / 60.0), 2);
    let on_interval = move |ev| {
        // The chosen option's own value, looked up: only a value offered is taken.
        let value = event_target_value(&ev);
        if let Some(minutes) = INTERVALS.into_iter().find(|m| format::css(*m, 2) == value) {
            request.update(|r| r.interval_seconds = minutes * 60.0);
        }
    };
    let mode =
        move |rev, test_id, label| super::radio("staffing-mode", reverse, rev, test_id, label);
    view! {
        <main class="staffing-view" id="main" data-testid="staffing-view">
            <section class="panel staffing-inputs" aria-labelledby="staffing-title">
                <h2 id="staffing-title">{state.t("Staffing calculator", "Personalbedarfsrechner")}</h2>
                <p class="panel-intro">
                    {state.t("Erlang C for one queue of chats or calls: how many people a target needs, or what a headcount reaches. Exact for thousands of agents.", "Erlang C für eine Warteschlange aus Chats oder Anrufen: wie viele Menschen ein Ziel braucht oder was eine Besetzung erreicht. Exakt auch für Tausende.")}
                </p>
                <div class="read-by" role="radiogroup" aria-label=state.t("Mode", "Modus")>
                    {mode(false, "staffing-mode-solve", ("Agents for a target", "Besetzung für ein Ziel"))}
                    {mode(true, "staffing-mode-reverse", ("Service level of a headcount", "Servicelevel einer Besetzung"))}
                </div>
                <div class="fields">
                    <div class="field">
                        <label for="staffing-interval">{state.t("Interval", "Intervall")}</label>
                        <select id="staffing-interval" data-testid="input-staffing-interval" prop:value=interval on:change=on_interval>
                            {INTERVALS
                                .into_iter()
                                .map(|m| view! { <option value=format::css(m, 2)>{move || format!("{} {}", format::css(m, 2), state.tr("minutes", "Minuten"))}</option> })
                                .collect_view()}
                        </select>
                        <p class="help">{state.t("The period the contacts arrive in; planning tools use 15 or 30 minutes.", "Der Zeitraum, in dem die Kontakte ankommen; Planungswerkzeuge nutzen 15 oder 30 Minuten.")}</p>
                    </div>
                    {fields}
                    <Show when=move || reverse.get()>
                        <NumberInput
                            id="staffing-agents-input".to_string()
                            test_id="input-staffing-agents".to_string()
                            label=Signal::derive(move || state.tr("Agents at work", "Personen im Einsatz").to_string())
                            unit=Signal::derive(move || state.tr("people", "Personen").to_string())
                            help=Signal::derive(move || state.tr("The headcount to evaluate, after shrinkage.", "Die zu prüfende Besetzung, nach Ausfallzeit.").to_string())
                            limits=accepts("agents", false, 1.0, Some(MAX_AGENTS_ON_PAGE))
                            value=Signal::derive(move || Some(headcount.get()))
                            on_valid=Callback::new(move |v: Option<f64>| {
                                if let Some(v) = v {
                                    headcount.set(v);
                                }
                            })
                        />
                    </Show>
                </div>
            </section>
            <section class="staffing-results" aria-labelledby="staffing-answer-title" aria-live="polite">
                <h2 id="staffing-answer-title" class="visually-hidden">{state.t("Answer", "Ergebnis")}</h2>
                <StaffingAnswer asked=asked reverse=reverse />
                <StaffingTable asked=asked />
            </section>
        </main>
    }
}

#[component]
fn StaffingAnswer(
    asked: impl Fn() -> Request + Copy + Send + Sync + 'static,
    reverse: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = move || {
        let l = state.l();
        let locale = l.code();
        let a = asked().answer();
        let headline = if reverse.get() {
            text::staffing_reached(&a, l)
        } else {
            text::staffing_needed(&a, l)
        };
        let asa = a
            .average_answer_seconds
            .map(|s| format!("{} s", format::number(s, 1, locale)))
            .unwrap_or_else(|| {
                l.pick("none: the queue grows", "keine: die Schlange wächst")
                    .into()
            });
        let rows = [
            (
                l.pick("Traffic", "Verkehr"),
                format!("{} Erlang", format::number(a.traffic_erlangs, 2, locale)),
                "staffing-traffic",
            ),
            (
                l.pick("Agents at work", "Personen im Einsatz"),
                format::count(a.agents as f64, locale),
                "staffing-agents",
            ),
            (
                l.pick("Scheduled, with shrinkage", "Eingeplant, mit Ausfallzeit"),
                format::count(a.scheduled as f64, locale),
                "staffing-scheduled",
            ),
            (
                l.pick("Service level", "Servicelevel"),
                format::percent(a.service_level, locale),
                "staffing-service-level",
            ),
            (
                l.pick("Probability of waiting", "Wartewahrscheinlichkeit"),
                format::percent(a.wait_probability, locale),
                "staffing-wait",
            ),
            (
                l.pick("Average speed of answer", "Mittlere Annahmezeit"),
                asa,
                "staffing-asa",
            ),
            (
                l.pick("Occupancy", "Auslastung"),
                format::percent(a.occupancy, locale),
                "staffing-occupancy",
            ),
        ]
        .into_iter()
        .map(|(label, v, id)| view! { <div><dt>{label}</dt><dd data-testid=id>{v}</dd></div> })
        .collect_view();
        let unstable = (!a.stable).then(|| {
            view! { <p class="flag" data-testid="staffing-unstable">{text::staffing_unstable(&a, l)}</p> }
        });
        view! {
            <p class="verdict" data-testid="staffing-answer">{headline}</p>
            {unstable}
            <dl class="workload-strip staffing-figures">{rows}</dl>
        }
    };
    view! { <div class="verdict-box">{figures}</div> }
}

/// Service level, speed of answer and occupancy for every headcount around the answer.
#[component]
fn StaffingTable(asked: impl Fn() -> Request + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let l = state.l();
        let locale = l.code();
        let request = asked();
        let a = request.answer();
        request
            .around(a.agents, 3, 5)
            .into_iter()
            .map(|row| {
                let asa = row
                    .average_answer_seconds
                    .map(|s| format::number(s, 1, locale))
                    .unwrap_or_else(|| "–".into());
                let sl = if row.stable {
                    format::percent(row.service_level, locale)
                } else {
                    l.pick("unstable", "instabil").into()
                };
                view! {
                    <tr class:chosen=row.agents == a.agents>
                        <th scope="row">{format::count(row.agents as f64, locale)}</th>
                        <td>{format::count(row.scheduled as f64, locale)}</td>
                        <td>{sl}</td>
                        <td>{asa}</td>
                        <td>{format::percent(row.occupancy, locale)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let head = move |l: Lang| {
        [
            l.pick("Agents", "Personen"),
            l.pick("Scheduled", "Eingeplant"),
            l.pick("Service level", "Servicelevel"),
            l.pick("Speed of answer (s)", "Annahmezeit (s)"),
            l.pick("Occupancy", "Auslastung"),
        ]
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view()
    };
    view! {
        <h3>{state.t("Around the answer", "Rund um das Ergebnis")}</h3>
        <TableScroll label=("Service level by headcount", "Servicelevel nach Besetzung")>
            <table class="breakdown staffing-table" data-testid="staffing-table">
                <thead>
                    <tr>{move || head(state.l())}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}
