//! The platform's plans: edit, add and remove.

use leptos::prelude::*;

use super::fields::{Limits, NumberInput};
use super::text::billing_unit_noun;
use super::AppState;
use crate::format;
use crate::model::fields::plan_limits::{
    FEE_MAX, MAX_PLANS, NAME_MAX_CHARS, OVERAGE_MAX, UNITS_MAX,
};
use crate::model::Plan;

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let plans = state.slice(|s| s.platform.plans.len());
    let count = move || plans.get();
    let add = move |_| {
        state.scenario.update(|s| {
            if s.platform.plans.len() < MAX_PLANS {
                let n = s.platform.plans.len() + 1;
                let template = s
                    .platform
                    .plans
                    .last()
                    .cloned()
                    .unwrap_or_else(|| Plan::new("Plan", 199.0, 100.0, Some(2.0)));
                s.platform.plans.push(Plan {
                    name: format!("{} {n}", state.lang.get_untracked().pick("Plan", "Tarif")),
                    ..template
                });
            }
        })
    };
    view! {
        <div class="plans" data-testid="plans">
            <h3>{state.t("Plans", "Tarife")}</h3>
            <p class="help">
                {state.t("The starting plans are illustrative examples, not any vendor's price list. Enter the prices you were quoted; the cheapest plan that covers your volume is used.", "Die vorgegebenen Tarife sind Beispiele, keine Preisliste eines Anbieters. Tragen Sie die Preise Ihres Angebots ein; der günstigste Tarif, der Ihr Volumen abdeckt, wird verwendet.")}
            </p>
            <Show
                when=move || { count() > 0 }
                fallback=move || {
                    view! {
                        <p class="notice" role="status">
                            {state.t("No plans yet: add one to price the platform.", "Noch keine Tarife: Fügen Sie einen hinzu, um die Plattform zu bepreisen.")}
                        </p>
                    }
                }
            >
                <ol class="plan-list">
                    <For each=move || 0..count() key=|i| *i let:i>
                        <PlanRow index=i count=plans />
                    </For>
                </ol>
            </Show>
            <button
                type="button"
                class="button secondary"
                data-testid="add-plan"
                on:click=add
                disabled=move || { count() >= MAX_PLANS }
            >
                {state.t("+ Add plan", "+ Tarif hinzufügen")}
            </button>
        </div>
    }
}

#[component]
fn PlanRow(
    index: usize,
    /// How many plans there are: removing one moves the plans after it up a row.
    count: Memo<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan_value = move |read: fn(&Plan) -> Option<f64>| {
        // A plan's figure changes through its own input, when a plan above it is removed (the count
        // changes) or when the whole scenario is replaced (`generation`); not on other keystrokes.
        Signal::derive(move || {
            state.generation.track();
            count.track();
            state
                .scenario
                .with_untracked(|s| s.platform.plans.get(index).and_then(read))
        })
    };
    let write = move |apply: fn(&mut Plan, Option<f64>)| {
        Callback::new(move |v: Option<f64>| {
            state.scenario.update(|s| {
                if let Some(p) = s.platform.plans.get_mut(index) {
                    apply(p, v);
                }
            })
        })
    };
    let billing_unit = state.billing_unit;
    let unit_noun =
        Signal::derive(move || billing_unit_noun(billing_unit.get(), state.l()).to_string());
    let symbol = move || {
        let l = state.l();
        state
            .currency
            .with(|c| format::currency_symbol(c, l.code()))
    };
    let money_unit =
        Signal::derive(move || format!("{} / {}", symbol(), state.tr("month", "Monat")));
    let per_unit = Signal::derive(symbol);
    let number = |max: f64, optional: bool, step: f64| Limits {
        min: 0.0,
        max,
        percent: false,
        optional,
        step,
    };
    let base = format!("plan-{index}");
    let tid = |field: &str| format!("input-platform-plans-{index}-{field}");
    let remove = move |_| {
        state.scenario.update(|s| {
            if index < s.platform.plans.len() {
                s.platform.plans.remove(index);
            }
        })
    };
    let name = plan_name(state, index);
    view! {
        <li class="plan" data-testid=format!("plan-{index}")>
            <div class="plan-head">
                <PlanName index=index />
                <button
                    type="button"
                    class="button ghost"
                    data-testid=format!("remove-plan-{index}")
                    aria-label=move || format!("{} {}", state.tr("Remove plan", "Tarif entfernen:"), name.get())
                    on:click=remove
                >
                    {state.t("Remove", "Entfernen")}
                </button>
            </div>
            <div class="plan-fields">
                <NumberInput
                    id=format!("{base}-fee")
                    test_id=tid("monthly_fee")
                    label=Signal::derive(move || state.tr("Monthly fee", "Monatsgebühr").to_string())
                    unit=money_unit
                    limits=number(FEE_MAX, false, 10.0)
                    value=plan_value(|p| Some(p.monthly_fee))
                    on_valid=write(|p, v| p.monthly_fee = v.unwrap_or(0.0))
                />
                <NumberInput
                    id=format!("{base}-included")
                    test_id=tid("included_units")
                    label=Signal::derive(move || state.tr("Included", "Inklusive").to_string())
                    unit=unit_noun
                    limits=number(UNITS_MAX, false, 50.0)
                    value=plan_value(|p| Some(p.included_units))
                    on_valid=write(|p, v| p.included_units = v.unwrap_or(0.0))
                />
                <NumberInput
                    id=format!("{base}-overage")
                    test_id=tid("overage_per_unit")
                    label=Signal::derive(move || state.tr("Per extra unit", "Pro weitere Einheit").to_string())
                    unit=per_unit
                    help=Signal::derive(move || {
                        state
                            .tr(
                                "Leave empty for a plan that cannot be exceeded.",
                                "Leer lassen für einen Tarif, der nicht überschritten werden kann.",
                            )
                            .to_string()
                    })
                    limits=number(OVERAGE_MAX, true, 0.1)
                    value=plan_value(|p| p.overage_per_unit)
                    on_valid=write(|p, v| p.overage_per_unit = v)
                />
            </div>
        </li>
    }
}

#[component]
fn PlanName(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = plan_name(state, index);
    let error = RwSignal::new(None::<String>);
    let on_input = move |ev| {
        // Stored as typed (not trimmed), so a space typed between words is not eaten.
        let name = event_target_value(&ev);
        if name.trim().is_empty() || name.chars().count() > NAME_MAX_CHARS {
            error.set(Some(format!(
                "{} {NAME_MAX_CHARS} {}",
                state.tr("A plan name needs 1 to", "Ein Tarifname braucht 1 bis"),
                state.tr(
                    "characters; the last valid name is kept.",
                    "Zeichen; der letzte gültige Name bleibt."
                )
            )));
        } else {
            super::clear(error);
            state.scenario.update(|s| {
                if let Some(p) = s.platform.plans.get_mut(index) {
                    p.name = name;
                }
            });
        }
    };
    let id = format!("plan-{index}-name");
    view! {
        <div class="field plan-name" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || format!("{} {}", state.tr("Plan", "Tarif"), index + 1)}</label>
            <input
                id=id
                type="text"
                maxlength=NAME_MAX_CHARS.to_string()
                data-testid=format!("input-platform-plans-{index}-name")
                prop:value=current
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                on:input=on_input
            />
            {move || error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
        </div>
    }
}

/// The name of plan `index`, empty once the plan is gone.
fn plan_name(state: AppState, index: usize) -> Memo<String> {
    state.slice(move |s| {
        s.platform
            .plans
            .get(index)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    })
}
