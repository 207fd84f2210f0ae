//! The left column: every input, grouped into collapsible panels, each laid out from the input
//! description (`model::schema`): a section's inputs appear in the order the description lists them.

use leptos::prelude::*;

use super::fields::{ScenarioChoice, ScenarioField, ScenarioSwitch, Switch};
use super::panels::Collapsible;
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
    view! {
        <Panel section=Section::Workload>
            // Or read from the helpdesk's export (SPEC 8): the reader is a part of its own.
            <super::history::HelpdeskImport />
            <SectionInputs section=Section::Workload />
        </Panel>
    }
}

/// Every input of a section but its switch (an option panel shows that at its top), by kind; nothing
/// when the section has no other input.
///
/// `main`: only an option's main price (`Some(true)`), only its details (`Some(false)`), or all.
#[component]
pub(super) fn SectionInputs(
    section: Section,
    #[prop(optional)] main: Option<bool>,
) -> impl IntoView {
    let inputs: Vec<AnyView> = section
        .panel_inputs()
        .filter(|input| main.is_none_or(|m| input.is_main() == m))
        .filter_map(|input| match input.kind {
            Kind::Number(_)
                if input.section == Section::Rates && input.name == "developer_hourly" =>
            {
                Some(view! { <DeveloperRate input=input /> }.into_any())
            }
            Kind::Number(_) | Kind::Optional(_) => {
                Some(view! { <ScenarioField input=input /> }.into_any())
            }
            Kind::Choice(_) => Some(view! { <ScenarioChoice input=input /> }.into_any()),
            // An on/off input of its own (the AI's handoffs billed); `enabled` heads the panel.
            Kind::Switch { .. } if input.name != "enabled" => {
                Some(view! { <ScenarioSwitch input=input /> }.into_any())
            }
            // Both stand in panels closed on a first visit: their editors are parts of their own.
            Kind::Plans => Some(view! { <super::plans::PlansPart /> }.into_any()),
            Kind::Spikes => Some(view! { <super::plans::SpikesPart /> }.into_any()),
            // The uncertainty panel lays out its ranges itself; the history has its import.
            Kind::Ranges | Kind::History => None,
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

/// The one-line summary of panel `key` (`text::panel_summary`), computed while it is closed.
pub(super) fn summary_of(state: AppState, key: &'static str) -> Callback<(), String> {
    Callback::new(move |()| {
        let l = state.l();
        state.scenario.with(|s| text::panel_summary(key, s, l))
    })
}

/// A collapsible group of inputs, closed on a first visit unless it is the workload's or the rates'.
#[component]
pub(super) fn Panel(
    section: Section,
    /// For a feature with a switch of its own (the AI, the value of fast answers, the ranges): whether
    /// it is on; the panel is greyed while it is off and has the class `<section>-panel`.
    #[prop(optional)]
    on: Option<fn(&crate::model::Scenario) -> bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = section.key();
    let off = on.map(|on| state.slice(move |s| !on(s)));
    let class = if on.is_some() {
        format!("{key}-panel")
    } else {
        String::new()
    };
    view! {
        <Collapsible
            key=key
            class=class
            title=section.title()
            summary=summary_of(state, key)
            off=Signal::derive(move || off.is_some_and(|off| off.get()))
        >
            {children()}
        </Collapsible>
    }
}

/// A panel for one option, with the switch that includes it in the comparison and its main price; its
/// other inputs are its details, a panel of their own (closed on a first visit).
#[component]
pub(super) fn OptionPanel(id: OptionId, children: ChildrenFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let enabled = move || state.is_enabled(id);
    let switch = switch_of(id);
    let switch_id = format!("toggle-{}", id.key());
    let on_change = move |on: bool| {
        if let Kind::Switch { set, .. } = switch.kind {
            state.edit(|s| set(s, on));
        }
    };
    let section = Section::from_key(id.key()).unwrap_or(Section::Diy);
    let has_details = section
        .panel_inputs()
        .any(|i| i.section == section && !i.is_main() && !matches!(i.kind, Kind::Switch { .. }));
    let details_key: &'static str = match id {
        OptionId::Diy => "diy-details",
        OptionId::Employee => "employee-details",
        OptionId::Contractor => "contractor-details",
        OptionId::Platform => "platform-details",
        OptionId::AllHands => "all_hands-details",
    };
    let summary = Callback::new(move |()| {
        let l = state.l();
        if !state.is_enabled(id) {
            return l
                .pick("Off: left out of the comparison", "Aus: nicht im Vergleich")
                .to_string();
        }
        state.scenario.with(|s| text::panel_summary(id.key(), s, l))
    });
    view! {
        <Collapsible
            key=id.key()
            class=format!("option-panel {}", option_class(id))
            title=id.name()
            summary=summary
            off=Signal::derive(move || !enabled())
            swatch=true
        >
            <Switch
                id=switch_id.clone()
                test_id=switch_id.clone()
                checked=enabled
                set=on_change
            >
                {move || text::include_label(id, state.l())}
            </Switch>
            <p class="panel-intro">{move || option_blurb(id, state.l())}</p>
            <fieldset class="option-fields" disabled=move || !enabled()>
                <legend class="visually-hidden">{move || id.name().get(state.l())}</legend>
                {children()}
                {has_details.then(|| view! {
                    <Collapsible
                        key=details_key
                        class="details-panel"
                        title=crate::i18n::Text::new("Details", "Details")
                        summary=summary_of(state, details_key)
                    >
                        <SectionInputs section=section main=false />
                    </Collapsible>
                })}
            </fieldset>
        </Collapsible>
    }
}
