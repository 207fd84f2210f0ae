//! The left column: every input, grouped into collapsible panels, each laid out from the input
//! description (`model::schema`): a section's inputs appear in the order the description lists them.

use leptos::prelude::*;

use super::fields::{ScenarioChoice, ScenarioField};
use super::plans::PlanEditor;
use super::theme::option_class;
use super::{AppState, Later};
use crate::format;
use crate::model::schema::{switch_of, Input, Kind, Section};
use crate::model::OptionId;
use crate::text;
use crate::text::option_blurb;

/// The workload panel. It is separate from the other inputs so that on a phone the results come right
/// after it.
#[component]
pub fn WorkloadInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Panel section=Section::Workload>
            <p class="panel-intro">
                {state.t("How much support arrives and how long it takes.", "Wie viel Support ankommt und wie lange er dauert.")}
            </p>
            <SectionInputs section=Section::Workload />
        </Panel>
    }
}

/// Rates and one panel per option, each rendered in its own task after the results (`Later`).
#[component]
pub fn OptionInputs() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Later>
            <super::ai::AiPanel />
        </Later>
        <Later>
            <super::coverage::CoveragePanel />
            <super::coverage::ChannelsPanel />
            <super::coverage::ValuePanel />
        </Later>
        <Later>
            <Panel section=Section::Rates>
                <SectionInputs section=Section::Rates />
            </Panel>
            <OptionPanel id=OptionId::Diy>
                <p class="panel-note">{move || text::founder_hours_note(state.l())}</p>
                <SectionInputs section=Section::Diy />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Employee>
                <SectionInputs section=Section::Employee />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Contractor>
                <SectionInputs section=Section::Contractor />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Platform>
                <SectionInputs section=Section::Platform />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::AllHands>
                <SectionInputs section=Section::AllHands />
            </OptionPanel>
        </Later>
        <Later>
            <super::months::ProjectionPanel />
            <super::uncertainty::UncertaintyPanel />
        </Later>
    }
}

/// Every input of a section but its switch (an option panel shows that at its top), by kind; nothing
/// when the section has no other input.
#[component]
pub(super) fn SectionInputs(section: Section) -> impl IntoView {
    let inputs: Vec<AnyView> = section
        .panel_inputs()
        .filter_map(|input| match input.kind {
            Kind::Number(_)
                if input.section == Section::Rates && input.name == "developer_hourly" =>
            {
                Some(view! { <DeveloperRate input=input /> }.into_any())
            }
            Kind::Number(_) | Kind::Own(_) => {
                Some(view! { <ScenarioField input=input /> }.into_any())
            }
            Kind::Choice(_) => Some(view! { <ScenarioChoice input=input /> }.into_any()),
            Kind::Plans => Some(view! { <PlanEditor input=input /> }.into_any()),
            Kind::Spikes => Some(view! { <super::months::SpikeEditor input=input /> }.into_any()),
            // The uncertainty panel lays out its ranges itself.
            Kind::Ranges => None,
            // The switch heads the option's panel; the scenario's own fields are in the header and
            // the chart's beside the chart.
            Kind::Switch { .. } | Kind::Text(_) | Kind::AxisMax { .. } => None,
        })
        .collect();
    (!inputs.is_empty()).then(|| view! { <div class="fields">{inputs}</div> })
}

/// "I handle escalations myself", then the developer rate while it is off. While it is on, the developer
/// rate follows the value of the founder's hour (`AppState::edit`), and the page says so.
#[component]
fn DeveloperRate(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mine = state.escalations_mine;
    let on_change = move |ev| {
        let on = event_target_checked(&ev);
        mine.set(on);
        if on {
            state.edit(|s| s.rates.developer_hourly = s.rates.founder_hourly);
        }
    };
    let founder = state.slice(|s| s.rates.founder_hourly);
    let note = move || {
        let rate = state
            .currency
            .with(|c| format::money_precise(founder.get(), c, state.l().code()));
        text::escalations_mine_note(&rate, state.l())
    };
    view! {
        <div class="field escalations-mine">
            <div class="switch-row">
                <input
                    type="checkbox"
                    role="switch"
                    class="switch"
                    id="escalations-mine"
                    data-testid="escalations-mine"
                    prop:checked=move || mine.get()
                    on:change=on_change
                />
                <label for="escalations-mine">
                    {state.t("I handle escalations myself", "Eskalationen übernehme ich selbst")}
                </label>
            </div>
            {move || {
                if mine.get() {
                    view! { <p class="help" data-testid="escalations-mine-note">{note}</p> }.into_any()
                } else {
                    view! { <ScenarioField input=input /> }.into_any()
                }
            }}
        </div>
    }
}

/// A collapsible group of inputs.
#[component]
pub(super) fn Panel(section: Section, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = section.title();
    view! {
        <details class="panel" open=true data-testid=format!("panel-{}", section.key())>
            <summary>
                <h2>{move || title.get(state.l())}</h2>
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
    let switch = switch_of(id);
    let switch_id = format!("toggle-{}", id.key());
    let on_change = move |ev| {
        let on = event_target_checked(&ev);
        if let Kind::Switch { set, .. } = switch.kind {
            state.edit(|s| set(s, on));
        }
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
                <h2>{move || id.name().get(state.l())}</h2>
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
                    <label for=switch_id>{move || switch.label.get(state.l())}</label>
                </div>
                <p class="panel-intro">{move || option_blurb(id, state.l())}</p>
                <fieldset class="option-fields" disabled=move || !enabled()>
                    <legend class="visually-hidden">{move || id.name().get(state.l())}</legend>
                    {children()}
                </fieldset>
            </div>
        </details>
    }
}
