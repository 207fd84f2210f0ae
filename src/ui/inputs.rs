//! The left column: every input, grouped into collapsible panels.

use leptos::prelude::*;

use super::fields::ScenarioField;
use super::plans::PlanEditor;
use super::text::{billing_unit_name, option_blurb, option_name};
use super::theme::option_class;
use super::{AppState, Later};
use crate::model::fields::{section_fields, Section};
use crate::model::{BillingUnit, OptionId};

/// The workload panel. It is separate from the other inputs so that on a phone the results come right
/// after it.
#[component]
pub fn WorkloadInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Panel title=("Workload", "Arbeitsaufkommen") id="workload">
            <p class="panel-intro">
                {state.t("How much support arrives and how long it takes.", "Wie viel Support ankommt und wie lange er dauert.")}
            </p>
            <SectionFields section=Section::Workload />
        </Panel>
    }
}

/// Rates and one panel per option, each rendered in its own task after the results (`Later`).
#[component]
pub fn OptionInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Later>
            <Panel title=("Rates", "Stundensätze") id="rates">
                <SectionFields section=Section::Rates />
            </Panel>
            <OptionPanel id=OptionId::Diy>
                <p class="panel-note">
                    {state.t("Uses the value of your hour for both tiers.", "Rechnet beide Ebenen mit dem Wert Ihrer Stunde.")}
                </p>
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Employee>
                <SectionFields section=Section::Employee />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Contractor>
                <SectionFields section=Section::Contractor />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Platform>
                <BillingUnitPicker />
                <PlanEditor />
                <SectionFields section=Section::Platform />
            </OptionPanel>
        </Later>
    }
}

#[component]
fn SectionFields(section: Section) -> impl IntoView {
    view! {
        <div class="fields">
            {section_fields(section).map(|f| view! { <ScenarioField field=f /> }).collect_view()}
        </div>
    }
}

/// A collapsible group of inputs.
#[component]
fn Panel(
    title: (&'static str, &'static str),
    id: &'static str,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <details class="panel" open=true data-testid=format!("panel-{id}")>
            <summary>
                <h2>{move || state.tr(title.0, title.1)}</h2>
            </summary>
            <div class="panel-body">{children()}</div>
        </details>
    }
}

/// A panel for one option, with the switch that includes it in the comparison.
#[component]
fn OptionPanel(id: OptionId, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let enabled = move || state.is_enabled(id);
    let switch_id = format!("toggle-{}", id.key());
    let on_change = move |ev| {
        let on = event_target_checked(&ev);
        state.scenario.update(|s| s.set_enabled(id, on));
    };
    view! {
        <details
            class=format!("panel option-panel {}", option_class(id))
            class:off=move || !enabled()
            open=true
            data-testid=format!("panel-{}", id.key())
        >
            <summary>
                <span class="swatch" aria-hidden="true"></span>
                <h2>{move || option_name(id, state.l())}</h2>
            </summary>
            <div class="panel-body">
                <div class="switch-row">
                    <input
                        type="checkbox"
                        role="switch"
                        class="switch"
                        id=switch_id.clone()
                        data-testid=switch_id.clone()
                        prop:checked=enabled
                        on:change=on_change
                    />
                    <label for=switch_id>
                        {state.t("Include in the comparison", "In den Vergleich aufnehmen")}
                    </label>
                </div>
                <p class="panel-intro">{move || option_blurb(id, state.l())}</p>
                <fieldset class="option-fields" disabled=move || !enabled()>
                    <legend class="visually-hidden">{move || option_name(id, state.l())}</legend>
                    {children()}
                </fieldset>
            </div>
        </details>
    }
}

#[component]
fn BillingUnitPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || state.billing_unit.get().key();
    let on_change = move |ev| {
        if let Some(unit) = BillingUnit::from_key(&event_target_value(&ev)) {
            state.scenario.update(|s| s.platform.billing_unit = unit);
        }
    };
    view! {
        <div class="field">
            <label for="f-platform-billing_unit">{state.t("Billed", "Abrechnung")}</label>
            <select
                id="f-platform-billing_unit"
                data-testid="input-platform-billing_unit"
                prop:value=current
                on:change=on_change
                aria-describedby="f-platform-billing_unit-help"
            >
                {BillingUnit::ALL
                    .into_iter()
                    .map(|u| view! { <option value=u.key()>{move || billing_unit_name(u, state.l())}</option> })
                    .collect_view()}
            </select>
            <p class="help" id="f-platform-billing_unit-help">
                {state.t("Most platforms bill per reply; some per ticket, or only for tickets they resolve.", "Die meisten Plattformen rechnen pro Antwort ab; manche pro Ticket oder nur für gelöste Tickets.")}
            </p>
        </div>
    }
}
