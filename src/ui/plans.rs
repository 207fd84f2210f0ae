//! The inputs that are lists of rows: the platform's plans and the months ahead's spikes, each edited,
//! added and removed. Each row's inputs come from its description (`schema::PLAN_FIELDS`,
//! `schema::SPIKE_FIELDS`).

use leptos::prelude::*;

use super::fields::NumberInput;
use super::split::{on_demand, split_point, Build};
use super::AppState;
use crate::i18n::Lang;
use crate::messages;
use crate::model::entry::Accepts;
use crate::model::scenario::Spike;
use crate::model::schema::{
    Input, Kind, RowField, RowKind, INPUTS, MAX_PLANS, MAX_SPIKES, PLAN_FIELDS,
    PLAN_NAME_MAX_CHARS, SPIKE_FIELDS,
};
use crate::model::validate::name_problem;
use crate::model::{Plan, Scenario};
use crate::text::{plan_heading, remove_plan};

// The plan and spike editors stand in panels closed on a first visit (the platform's details, the
// months ahead): downloaded when first shown.
split_point!(
    fn plan_editor() -> Build {
        || view! { <PlanEditor input=plans_input() /> }.into_any()
    }
);

split_point!(
    fn spike_editor() -> Build {
        || view! { <SpikeEditor input=spikes_input() /> }.into_any()
    }
);

/// The plan editor, once its code is there.
#[component]
pub fn PlansPart() -> impl IntoView {
    on_demand(plan_editor)
}

/// The spike editor, once its code is there.
#[component]
pub fn SpikesPart() -> impl IntoView {
    on_demand(spike_editor)
}

/// The described input of the platform's plans.
fn plans_input() -> &'static Input {
    INPUTS
        .iter()
        .find(|i| matches!(i.kind, Kind::Plans))
        .unwrap_or(&INPUTS[0])
}

/// The described input of the projection's spikes.
fn spikes_input() -> &'static Input {
    INPUTS
        .iter()
        .find(|i| matches!(i.kind, Kind::Spikes))
        .unwrap_or(&INPUTS[0])
}

#[component]
fn PlanEditor(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plans = state.slice(|s| s.platform.plans.len());
    let count = move || plans.get();
    let add = move |_| {
        state.edit(|s| {
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
            <h3>{move || input.label.get(state.l())}</h3>
            <p class="help">{move || input.help_line(state.l())}</p>
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

/// The platform's plans, one line each, where its main price stands: the editor is in its details.
#[component]
pub fn PlanSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = Memo::new(move |_| {
        let l = state.l();
        let chosen = state.report.with(|r| {
            r.option(crate::model::OptionId::Platform)
                .and_then(|o| o.plan.clone().flatten())
        });
        state.scenario.with(|s| {
            s.platform
                .plans
                .iter()
                .map(|p| {
                    let line = crate::text::plan_line(p, s.platform.billing_unit, &s.currency, l);
                    (line, chosen.as_deref() == Some(p.name.as_str()))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="plan-summary" data-testid="plan-summary">
            <p class="plan-summary-head">{state.t("Plans (illustrative; edit them under Details)", "Tarife (Beispiele; unter Details bearbeiten)")}</p>
            <ul>
                {move || {
                    lines
                        .get()
                        .into_iter()
                        .map(|(line, chosen)| {
                            view! {
                                <li class:chosen=chosen>
                                    {line}
                                    {chosen.then(|| view! { <span class="badge">{state.t("chosen", "gewählt")}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
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
    let remove = move |_| {
        state.edit(|s| {
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
                    aria-label=move || remove_plan(&name.get(), state.l())
                    on:click=remove
                >
                    {state.t("Remove", "Entfernen")}
                </button>
            </div>
            <div class="plan-fields">
                {PLAN_FIELDS
                    .iter()
                    .filter(|f| f.range().is_some())
                    .map(|f| view! { <RowNumber rows=PLANS index=index count=count field=f /> })
                    .collect_view()}
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
        if name_problem(&name, PLAN_NAME_MAX_CHARS).is_some() {
            let l = state.lang.get_untracked();
            error.set(Some(messages::name_refused(true, PLAN_NAME_MAX_CHARS, l)));
        } else {
            super::clear(error);
            state.edit(|s| {
                if let Some(p) = s.platform.plans.get_mut(index) {
                    p.name = name;
                }
            });
        }
    };
    let id = format!("plan-{index}-name");
    view! {
        <div class="field plan-name" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || plan_heading(index, state.l())}</label>
            <input
                id=id
                type="text"
                maxlength=PLAN_NAME_MAX_CHARS.to_string()
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

/// A list of rows of the scenario (plans, spikes): how to reach it and how its inputs are named.
pub(super) struct Rows<R: 'static> {
    pub get: fn(&Scenario) -> &[R],
    pub get_mut: fn(&mut Scenario) -> &mut Vec<R>,
    /// The start of each input's element id: `plan` gives `plan-0-monthly_fee`.
    pub id: &'static str,
    /// The start of each input's test id: `platform-plans` gives `input-platform-plans-0-monthly_fee`.
    pub test_id: &'static str,
}

impl<R> Clone for Rows<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Rows<R> {}

pub(super) const PLANS: Rows<Plan> = Rows {
    get: |s| &s.platform.plans,
    get_mut: |s| &mut s.platform.plans,
    id: "plan",
    test_id: "platform-plans",
};

/// One number of row `index` of a list, as its field describes it.
#[component]
pub(super) fn RowNumber<R: Send + Sync + 'static>(
    rows: Rows<R>,
    index: usize,
    count: Memo<usize>,
    field: &'static RowField<R>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (range, optional) = match field.kind {
        RowKind::Number { range, .. } => (range, false),
        RowKind::Optional { range, .. } => (range, true),
        RowKind::Name { .. } => return ().into_any(),
    };
    // A row's figure changes through its own input, when a row above it is removed (the count
    // changes) or when the whole scenario is replaced (`generation`); not on other keystrokes.
    let value = Signal::derive(move || {
        state.generation.track();
        count.track();
        state
            .scenario
            .with_untracked(|s| (rows.get)(s).get(index).and_then(|p| field.value(p)))
    });
    let on_valid = Callback::new(move |v: Option<f64>| {
        state.edit(|s| {
            let Some(p) = (rows.get_mut)(s).get_mut(index) else {
                return;
            };
            match (&field.kind, v) {
                (RowKind::Number { set, .. }, Some(v)) => set(p, v),
                (RowKind::Optional { set, .. }, v) => set(p, v),
                _ => {}
            }
        })
    });
    let unit = Signal::derive(move || state.unit_text(range.unit));
    view! {
        <NumberInput
            id=format!("{}-{index}-{}", rows.id, field.name)
            test_id=format!("input-{}-{index}-{}", rows.test_id, field.name)
            label=Signal::derive(move || field.label.get(state.l()).to_string())
            unit=unit
            // Every row has the same fields: their help is said once, on the first.
            help=Signal::derive(move || {
                if index == 0 { field.help.get(state.l()).to_string() } else { String::new() }
            })
            limits=Accepts::of(range, optional)
            value=value
            on_valid=on_valid
        />
    }
    .into_any()
}

const SPIKES: Rows<Spike> = Rows {
    get: |s| &s.projection.spikes,
    get_mut: |s| &mut s.projection.spikes,
    id: "spike",
    test_id: "projection-spikes",
};

/// The projection's spikes: add, edit and remove rows of month and multiplier.
#[component]
fn SpikeEditor(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = state.slice(|s| s.projection.spikes.len());
    let add = move |_| {
        state.edit(|s| {
            let p = &mut s.projection;
            if p.spikes.len() < MAX_SPIKES {
                // The month after the last spike, within the projection.
                let next = p.spikes.iter().fold(0.0f64, |m, s| m.max(s.month)) + 1.0;
                p.spikes.push(Spike {
                    month: next.min(p.months).max(1.0),
                    multiplier: 2.0,
                });
            }
        })
    };
    view! {
        <div class="plans spikes" data-testid="spikes">
            <h3>{move || input.label.get(state.l())}</h3>
            <p class="help">{move || input.help_line(state.l())}</p>
            <ol class="plan-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <li class="plan spike" data-testid=format!("spike-{i}")>
                        <div class="plan-fields">
                            {SPIKE_FIELDS
                                .iter()
                                .map(|f| view! { <RowNumber rows=SPIKES index=i count=count field=f /> })
                                .collect_view()}
                            <button
                                type="button"
                                class="button ghost"
                                data-testid=format!("remove-spike-{i}")
                                aria-label=move || match state.l() {
                                    Lang::En => format!("Remove spike {}", i + 1),
                                    Lang::De => format!("Spitze {} entfernen", i + 1),
                                }
                                on:click=move |_| {
                                    state.edit(|s| {
                                        if i < s.projection.spikes.len() {
                                            s.projection.spikes.remove(i);
                                        }
                                    })
                                }
                            >
                                {state.t("Remove", "Entfernen")}
                            </button>
                        </div>
                    </li>
                </For>
            </ol>
            <button
                type="button"
                class="button secondary"
                data-testid="add-spike"
                on:click=add
                disabled=move || { count.get() >= MAX_SPIKES }
            >
                {state.t("+ Add spike", "+ Spitze hinzufügen")}
            </button>
        </div>
    }
}
