//! The answer first: the verdict, what it is read by, and what stands beside it (the escalation rate,
//! options past one person's hours, inputs a careful colleague would question).

use leptos::prelude::*;

use crate::format;
use crate::model::flags;
use crate::model::report::Basis;
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
                <label for="baseline">{state.t("Measure savings against", "Ersparnis gegenüber")}</label>
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

/// What the verdict is read by (SPEC 3.10): cost, net cost (only while the value of fast answers is
/// on) or only what you pay out.
#[component]
fn ReadBy() -> impl IntoView {
    let state = expect_context::<AppState>();
    let value_on = state.slice(|s| s.value.enabled);
    // Net cost needs the value of fast answers: without it the verdict reads by cost.
    let shown = move || match state.basis.get() {
        Basis::Net if !value_on.get() => Basis::Cost.key(),
        basis => basis.key(),
    };
    let on_change = move |ev| {
        if let Some(b) = Basis::from_key(&event_target_value(&ev)) {
            state.basis.set(b);
        }
    };
    let option = move |basis: Basis, label: (&'static str, &'static str)| {
        view! {
            <option value=basis.key() disabled=move || basis == Basis::Net && !value_on.get()>
                {state.t(label.0, label.1)}
            </option>
        }
    };
    view! {
        <div class="baseline">
            <label for="verdict-basis">{state.t("Read the verdict by", "Urteil nach")}</label>
            <select id="verdict-basis" data-testid="input-verdict-basis" prop:value=shown on:change=on_change>
                {option(Basis::Cost, ("Cost, your time included", "Kosten mit Ihrer Zeit"))}
                {option(Basis::Net, ("Net cost", "Nettokosten"))}
                {option(Basis::Cash, ("Cash paid out", "Ausgaben"))}
            </select>
        </div>
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
                match r.workload.ai.and_then(|a| text::ai_at_cap(s, &a, l)) {
                    Some((true, note)) => notes.push(("flag", "ai-pause", note)),
                    Some((false, note)) => notes.push(("verdict-note", "ai-over-cap", note)),
                    None => {}
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
