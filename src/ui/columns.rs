//! The inputs column below the workload: the AI, coverage and value panels, rates, one panel per option,
//! the months ahead, the ranges and a consultant's notes, each built in its own task after the results (`Later`). It only
//! puts the panels in order; each panel is its own module's.

use leptos::prelude::*;

use super::inputs::{OptionPanel, Panel, SectionInputs};
use super::{AppState, Later};
use crate::model::schema::Section;
use crate::model::OptionId;
use crate::text;

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
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Employee>
                <SectionInputs section=Section::Employee main=true />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Contractor>
                <SectionInputs section=Section::Contractor main=true />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::Platform>
                <SectionInputs section=Section::Platform main=true />
                <super::plans::PlanSummary />
            </OptionPanel>
        </Later>
        <Later>
            <OptionPanel id=OptionId::AllHands>
                <SectionInputs section=Section::AllHands main=true />
            </OptionPanel>
        </Later>
        <Later>
            <super::months::ProjectionPanel />
            <super::uncertainty::UncertaintyPanel />
            <super::client::ClientPanel />
        </Later>
    }
}
