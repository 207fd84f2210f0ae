//! The answer first: the verdict, what it is read by, and what stands beside it (the escalation rate,
//! options past one person's hours, inputs a careful colleague would question).

use leptos::prelude::*;

use crate::format;
use crate::model::flags;
use crate::model::OptionId;
use crate::text;
use crate::text::{escalation_rates, input_flag, input_flags_heading, option_flag, stale_notice};
use crate::ui::AppState;

#[component]
pub(super) fn Verdict() -> impl IntoView {
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
        move |net, test_id, label| crate::ui::radio("read-by", state.by_net, net, test_id, label);
    view! {
        <Show when=move || on.get()>
            <div class="read-by" role="radiogroup" aria-label=state.t("Read the verdict", "Urteil lesen")>
                {choice(false, "verdict-by-cost", ("By cost", "Nach Kosten"))}
                {choice(true, "verdict-by-net", ("By net cost, fast answers counted", "Nach Nettokosten, mit schnellen Antworten"))}
            </div>
        </Show>
    }
}

/// Beside the verdict: which rate escalations are priced at when the two differ, the options that need
/// more hours than one person has, and the inputs a careful colleague would question.
#[component]
fn VerdictNotes() -> impl IntoView {
    let state = expect_context::<AppState>();
    // One list of (class, test id, sentence) drawn by one closure, rather than a view per kind.
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
