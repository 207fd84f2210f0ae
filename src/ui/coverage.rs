//! The panels of SPEC 5: the hours you promise (presets, people on shift, a week strip of who is there
//! when), live chat and phone (the agents Erlang C asks for and what they reach) and what fast answers
//! are worth. They show the report's figures; nothing here computes a cost.

use leptos::prelude::*;

use super::fields::{ScenarioField, Switch};
use super::inputs::{Panel, SectionInputs};
use super::split::{on_demand, split_point, Build};
use super::AppState;
use crate::format;
use crate::model::coverage::{windows, WEEK_HOURS};
use crate::model::schema::{input, Section};
use crate::text;

/// The covered hours a week the presets offer (SPEC 5.1).
const PRESETS: [(f64, (&str, &str)); 4] = [
    (40.0, ("40 h business hours", "40 h Geschäftszeiten")),
    (60.0, ("60 h extended", "60 h erweitert")),
    (
        120.0,
        (
            "120 h weekdays round the clock",
            "120 h werktags rund um die Uhr",
        ),
    ),
    (168.0, ("24/7", "24/7")),
];

#[component]
pub fn CoveragePanel() -> impl IntoView {
    view! {
        <Panel section=Section::Coverage>
            {on_demand(coverage_panel)}
        </Panel>
    }
}

// Coverage, live channels and the value of fast answers: closed on a first visit, so each body is
// downloaded when its panel is first opened.
split_point!(
    fn coverage_panel() -> Build {
        || view! { <CoverageBody /> }.into_any()
    }
);

split_point!(
    fn channels_panel() -> Build {
        || view! { <ChannelsBody /> }.into_any()
    }
);

split_point!(
    fn value_panel() -> Build {
        || view! { <ValuePanelBody /> }.into_any()
    }
);

#[component]
fn CoverageBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let hours = state.slice(|s| s.coverage.hours_per_week);
    let pick = move |h: f64| {
        state.edit(|s| s.coverage.hours_per_week = h);
        // The field shows the preset rather than what was typed.
        state.generation.update(|g| *g += 1);
    };
    let presets = PRESETS
        .iter()
        .map(|&(h, label)| {
            view! {
                <button
                    type="button"
                    class="button secondary"
                    data-testid=format!("coverage-preset-{}", format::css(h, 2))
                    aria-pressed=move || if hours.get() == h { "true" } else { "false" }
                    on:click=move |_| pick(h)
                >
                    {state.t(label.0, label.1)}
                </button>
            }
        })
        .collect_view();
    let custom = move || !PRESETS.iter().any(|(h, _)| *h == hours.get());
    let focus_custom = move |_| {
        if let Some(el) = document().get_element_by_id("f-coverage-hours_per_week") {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let floor = move || {
        let l = state.l();
        state.report.with(|r| {
            let n = state.scenario.with(|s| s.coverage.agents_on_shift);
            if n >= 1.0 {
                text::coverage_floor(n, r.staffing.covered_hours_per_month, l)
            } else {
                text::no_promise(l).to_string()
            }
        })
    };
    view! {
            <p class="panel-intro">
                {state.t("The hours you promise an answer, and whether someone must be on duty through all of them.", "Die Stunden, in denen Sie eine Antwort versprechen, und ob in allen jemand im Dienst sein muss.")}
            </p>
            <div class="price-points" role="group" aria-labelledby="coverage-presets">
                <p id="coverage-presets" class="help">{state.t("Covered hours a week:", "Abgedeckte Stunden pro Woche:")}</p>
                {presets}
                <button
                    type="button"
                    class="button secondary"
                    data-testid="coverage-preset-custom"
                    aria-pressed=move || if custom() { "true" } else { "false" }
                    on:click=focus_custom
                >
                    {state.t("Custom", "Eigene")}
                </button>
            </div>
            <WeekStrip />
            <p class="help" data-testid="coverage-floor">{floor}</p>
            <SectionInputs section=Section::Coverage />
    }
}

/// The standard week of SPEC 5.1 as three bars, Monday to Sunday: the promised hours, yours and the
/// platform's, with the covered hours in words as its text alternative.
#[component]
fn WeekStrip() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Its three hours as memos: the bars are drawn anew only when one of them changes, not on every edit
    // of the scenario (they were: fourteen rectangles' attributes on every keystroke). Option<f64>, the
    // type every field's memo has: each type of memo is code of its own in the .wasm.
    let promised = state.slice(|s| Some(s.coverage.hours_per_week));
    let diy = state.slice(|s| Some(s.diy.cover_hours_per_week));
    let platform = state.slice(|s| Some(s.platform.coverage_hours_per_week));
    let rows = move || {
        let l = state.l();
        let hours = |m: Memo<Option<f64>>| m.get().unwrap_or_default();
        [
            (
                l.pick("Promised", "Versprochen"),
                hours(promised),
                "week-promised",
            ),
            (l.pick("You", "Sie"), hours(diy), "week-diy"),
            (
                l.pick("Platform", "Plattform"),
                hours(platform),
                "week-platform",
            ),
        ]
    };
    let described = move || {
        let l = state.l();
        rows()
            .iter()
            .map(|(who, h, _)| format!("{who}: {}", text::covered_week(*h, l)))
            .collect::<Vec<_>>()
            .join(". ")
    };
    let days = move || {
        let l = state.l();
        let names = l.pick("Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So");
        names
            .split(' ')
            .enumerate()
            .map(|(i, d)| {
                let x = format::css((i as f64 * 24.0 + 12.0) / WEEK_HOURS * 100.0, 2);
                view! { <text x=format!("{x}%") y="10" text-anchor="middle">{d.to_string()}</text> }
            })
            .collect_view()
    };
    let bars = move || {
        rows()
            .into_iter()
            .enumerate()
            .map(|(row, (who, h, class))| {
                let y = (14 + row * 16).to_string();
                let blocks = windows(h)
                    .into_iter()
                    .flat_map(|(a, b)| {
                        // A stretch past the end of the week continues on Monday.
                        let mut parts = vec![(a, b.min(WEEK_HOURS))];
                        if b > WEEK_HOURS {
                            parts.push((0.0, b - WEEK_HOURS));
                        }
                        parts
                    })
                    .map(|(a, b)| {
                        view! {
                            <rect
                                class=format!("covered {class}")
                                x=format!("{}%", format::css(a / WEEK_HOURS * 100.0, 3))
                                width=format!("{}%", format::css((b - a) / WEEK_HOURS * 100.0, 3))
                                y=y.clone()
                                height="10"
                            />
                        }
                    })
                    .collect_view();
                view! {
                    <g>
                        <title>{who}</title>
                        <rect class="uncovered" x="0" width="100%" y=y height="10" />
                        {blocks}
                    </g>
                }
            })
            .collect_view()
    };
    let legend = move || {
        rows()
            .into_iter()
            .map(|(who, h, class)| {
                let hours = format::number(h, 0, state.l().code());
                view! { <li><span class=format!("key {class}") aria-hidden="true"></span>{format!("{who}: {hours} h")}</li> }
            })
            .collect_view()
    };
    view! {
        <figure class="week-strip" data-testid="coverage-week">
            <svg role="img" aria-label=described width="100%" height="62" preserveAspectRatio="none">
                {days}
                {bars}
            </svg>
            <ul class="week-legend">{legend}</ul>
            <figcaption class="visually-hidden">{described}</figcaption>
        </figure>
    }
}

#[component]
pub fn ChannelsPanel() -> impl IntoView {
    view! {
        <Panel section=Section::Channels>
            {on_demand(channels_panel)}
        </Panel>
    }
}

#[component]
fn ChannelsBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = move || {
        let l = state.l();
        let locale = l.code();
        state.report.with(|r| {
            let st = r.staffing;
            let Some(live) = st.live else {
                return view! { <p class="help" data-testid="live-agents" data-agents="0">{text::no_live_channel(l)}</p> }.into_any();
            };
            let n = state.scenario.with(|s| s.coverage.agents_on_shift);
            let unstable = (n >= 1.0 && n <= live.traffic_erlangs).then(|| {
                view! {
                    <p class="flag" data-testid="queue-unstable">
                        {text::queue_unstable(n, live.traffic_erlangs, st.live_agents, l)}
                    </p>
                }
            });
            let asa = live
                .average_answer_seconds
                .map(|s| format!("{} s", format::number(s, 1, locale)))
                .unwrap_or_default();
            let rows = [
                (l.pick("Live tickets a month", "Live-Tickets im Monat"), format::count(st.live_tickets, locale)),
                (l.pick("Work in the busiest hour", "Arbeit in der Spitzenstunde"), match l {
                    crate::i18n::Lang::En => format!("{} Erlang (hours of contact per hour)", format::number(live.traffic_erlangs, 2, locale)),
                    crate::i18n::Lang::De => format!("{} Erlang (Kontaktstunden pro Stunde)", format::number(live.traffic_erlangs, 2, locale)),
                }),
                (l.pick("Answered within the target time", "Innerhalb der Zielzeit angenommen"), format::percent(live.service_level, locale)),
                (l.pick("Average speed of answer", "Mittlere Annahmezeit"), asa),
                (l.pick("Occupancy", "Auslastung"), format::percent(live.occupancy, locale)),
                (l.pick("Live hours a month", "Live-Stunden im Monat"), format::hours(st.live_hours, locale)),
            ]
            .into_iter()
            .map(|(label, v)| view! { <div><dt>{label}</dt><dd>{v}</dd></div> })
            .collect_view();
            view! {
                <p class="live-agents" data-testid="live-agents" data-agents=format::css(st.live_agents, 6)>
                    {text::live_agents(st.live_agents, l)}
                </p>
                <dl class="ai-workload" data-testid="live-figures">{rows}</dl>
                {unstable}
            }
            .into_any()
        })
    };
    view! {
            <p class="panel-intro">
                {state.t("Chats and calls wait in a queue: staffing follows Erlang C for the busiest covered hour, not the average.", "Chats und Anrufe warten in einer Schlange: Die Besetzung folgt Erlang C für die stärkste abgedeckte Stunde, nicht dem Durchschnitt.")}
            </p>
            <div class="live-at-work">{figures}</div>
            <SectionInputs section=Section::Channels />
    }
}

#[component]
pub fn ValuePanel() -> impl IntoView {
    view! {
        <Panel section=Section::Value on=|s| s.value.enabled>
            {on_demand(value_panel)}
        </Panel>
    }
}

#[component]
fn ValuePanelBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.value.enabled);
    let on_change = move |enabled: bool| {
        state.edit(|s| s.value.enabled = enabled);
    };
    let threshold = input(Section::Value, "fast_response_hours");
    let others = Section::Value
        .panel_inputs()
        .filter(|i| i.name != "enabled" && i.name != "fast_response_hours")
        .map(|i| view! { <ScenarioField input=i /> })
        .collect_view();
    view! {
                        <Switch
                    id="toggle-value"
                    test_id="input-value-enabled"
                    checked=move || on.get()
                    set=on_change
                >
                    {state.t("Count what fast answers are worth", "Wert schneller Antworten einrechnen")}
                </Switch>
                <p class="panel-intro">
                    {state.t("Customers who wait less leave less. Each default below is an assumption from the source articles: put in your own.", "Wer weniger wartet, kündigt seltener. Jeder Standardwert unten ist eine Annahme aus den Quellartikeln: Setzen Sie Ihre eigenen ein.")}
                </p>
                <div class="fields">
                    {threshold.map(|i| view! { <ScenarioField input=i /> })}
                </div>
                <fieldset class="option-fields fields" disabled=move || !on.get()>
                    <legend class="visually-hidden">{move || Section::Value.title().get(state.l())}</legend>
                    {others}
                </fieldset>
    }
}
