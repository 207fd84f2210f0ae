//! The browser interface: a thin shell over the model. Inputs write one scenario signal; one memo runs the
//! model per change; every result view only reads that memo.

mod chart;
mod fields;
mod inputs;
mod plans;
mod results;
pub mod text;
pub mod theme;

use leptos::prelude::*;

use crate::model::presets::Preset;
use crate::model::series::{series, Series};
use crate::model::{report, Report, Scenario};

/// What every component shares. Only `scenario` is written; the rest is derived.
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Report>,
    pub series: Memo<Series>,
    /// Bumped whenever the whole scenario is replaced, so that inputs drop half-typed text.
    pub generation: RwSignal<u32>,
}

impl AppState {
    pub fn new(initial: Scenario) -> Self {
        let scenario = RwSignal::new(initial);
        AppState {
            scenario,
            report: Memo::new(move |_| scenario.with(report)),
            series: Memo::new(move |_| scenario.with(series)),
            generation: RwSignal::new(0),
        }
    }

    /// Replaces every input at once (a preset).
    pub fn replace(&self, s: Scenario) {
        self.scenario.set(s);
        self.generation.update(|g| *g += 1);
    }

    pub fn currency(&self) -> String {
        self.scenario.with(|s| s.currency.clone())
    }

    pub fn locale(&self) -> String {
        self.scenario.with(|s| s.locale.clone())
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Scenario::default());
    provide_context(state);

    view! {
        <header class="topbar">
            <div class="brand">
                <svg class="logo" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M3 20h18M5 20V11M10 20V6M15 20v-8M20 20V9" />
                </svg>
                <div>
                    <h1>"Support cost calculator"</h1>
                    <p class="tagline">
                        "Do it yourself, hire, contract or outsource tier-1 support: what each costs you a month."
                    </p>
                </div>
            </div>
            <PresetPicker />
        </header>
        <main class="layout">
            <div class="area-workload">
                <inputs::WorkloadInputs />
            </div>
            <div class="area-results">
                <results::Results />
            </div>
            <div class="area-options">
                <inputs::OptionInputs />
            </div>
        </main>
        <footer class="footer">
            <p>
                "All figures are computed in your browser; nothing you type leaves this page. "
                "Platform plans are illustrative examples, not any vendor's price list."
            </p>
        </footer>
    }
}

/// Fills every input with a typical business's figures.
#[component]
fn PresetPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let selected = RwSignal::new(String::new());
    let on_change = move |ev| {
        let key = event_target_value(&ev);
        if let Some(p) = Preset::from_key(&key) {
            state.replace(p.scenario());
        }
        selected.set(key);
    };
    view! {
        <div class="preset">
            <label for="preset">"Start from"</label>
            <select id="preset" data-testid="preset" on:change=on_change prop:value=move || selected.get()>
                <option value="" disabled=true>"Choose an example…"</option>
                {Preset::ALL
                    .into_iter()
                    .map(|p| view! { <option value=p.key()>{text::preset_name(p)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
