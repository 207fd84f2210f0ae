//! The left column: every input, grouped into collapsible panels, each laid out from the input
//! description (`model::schema`): a section's inputs appear in the order the description lists them.

use leptos::prelude::*;

use super::fields::{ScenarioChoice, ScenarioField, Switch};
use super::plans::PlanEditor;
use super::theme::option_class;
use super::AppState;
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
            Kind::Spikes => Some(view! { <super::plans::SpikeEditor input=input /> }.into_any()),
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
    let on_change = move |on: bool| {
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
            <Switch
                id="escalations-mine"
                test_id="escalations-mine"
                checked=move || mine.get()
                set=on_change
            >
                {state.t("I handle escalations myself", "Eskalationen übernehme ich selbst")}
            </Switch>
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
pub(super) fn OptionPanel(id: OptionId, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let enabled = move || state.is_enabled(id);
    let switch = switch_of(id);
    let switch_id = format!("toggle-{}", id.key());
    let on_change = move |on: bool| {
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
                <Switch
                    id=switch_id.clone()
                    test_id=switch_id.clone()
                    checked=enabled
                    set=on_change
                >
                    {move || switch.label.get(state.l())}
                </Switch>
                <p class="panel-intro">{move || option_blurb(id, state.l())}</p>
                <fieldset class="option-fields" disabled=move || !enabled()>
                    <legend class="visually-hidden">{move || id.name().get(state.l())}</legend>
                    {children()}
                </fieldset>
            </div>
        </details>
    }
}
