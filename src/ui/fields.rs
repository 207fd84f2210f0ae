//! One numeric input: label, unit, help line and an inline message for bad values.
//!
//! The input keeps its own text. A value that parses and is in range goes into the scenario at once; any
//! other text shows a message naming the field and its range, and the results keep using the last valid
//! value until it is fixed.

use leptos::prelude::*;

use super::AppState;
use crate::format;
use crate::i18n::Lang;
use crate::model::schema::{Input, Kind, Range};

/// What an input accepts, in model units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub min: f64,
    pub max: f64,
    /// Shown and typed as percent, stored as a fraction.
    pub percent: bool,
    /// An empty input means "none" (a plan without overage).
    pub optional: bool,
    /// Arrow-key step, in display units.
    pub step: f64,
}

impl Limits {
    fn display_value(self, v: f64) -> f64 {
        if self.percent {
            v * 100.0
        } else {
            v
        }
    }

    fn model_value(self, v: f64) -> f64 {
        if self.percent {
            v / 100.0
        } else {
            v
        }
    }

    fn display_text(self, v: Option<f64>) -> String {
        v.map(|v| format::input_value(self.display_value(v)))
            .unwrap_or_default()
    }

    /// Reads typed text: `Ok(None)` is an accepted empty optional value.
    fn parse(self, label: &str, text: &str, l: Lang) -> Result<Option<f64>, String> {
        if text.trim().is_empty() {
            return if self.optional {
                Ok(None)
            } else {
                Err(format!(
                    "{label} {} {}",
                    l.pick("is empty.", "ist leer."),
                    self.range_hint(l)
                ))
            };
        }
        let shown = format::parse_number(text).ok_or_else(|| {
            format!(
                "{label}: \u{201c}{}\u{201d} {} {}",
                text.trim(),
                l.pick("is not a number.", "ist keine Zahl."),
                self.range_hint(l)
            )
        })?;
        let v = self.model_value(shown);
        if v.is_finite() && v >= self.min - 1e-12 && v <= self.max + 1e-12 {
            Ok(Some(v.clamp(self.min, self.max)))
        } else {
            Err(match l {
                Lang::En => format!("{label} must be {}.", self.range_words(l)),
                Lang::De => format!("{label} muss {} liegen.", self.range_words(l)),
            })
        }
    }

    fn range_words(self, l: Lang) -> String {
        let n = |v: f64| format::plain(self.display_value(v), l.code());
        let unit = if self.percent { " %" } else { "" };
        match l {
            Lang::En => format!("from {} to {}{unit}", n(self.min), n(self.max)),
            Lang::De => format!("zwischen {}{unit} und {}{unit}", n(self.min), n(self.max)),
        }
    }

    fn range_hint(self, l: Lang) -> String {
        match l {
            Lang::En => format!("Enter a number {}.", self.range_words(l)),
            Lang::De => format!("Geben Sie eine Zahl {} ein.", self.range_words(l)),
        }
    }
}

impl Limits {
    /// What a described number accepts; `optional` where it may be left empty.
    pub fn of(range: Range, optional: bool) -> Limits {
        Limits {
            min: range.min,
            max: range.max,
            percent: range.unit.is_percent(),
            optional,
            step: range.step,
        }
    }
}

/// A labelled number input bound to `value`; `on_valid` receives every accepted value.
#[component]
pub fn NumberInput(
    /// Element id, also the base of the help and error ids.
    id: String,
    test_id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] unit: Signal<String>,
    #[prop(optional, into)] help: Signal<String>,
    limits: Limits,
    #[prop(into)] value: Signal<Option<f64>>,
    on_valid: Callback<Option<f64>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(limits.display_text(value.get_untracked()));
    let error = RwSignal::new(None::<String>);

    // Follow changes made elsewhere (a preset, a removed plan), unless the text already means the value:
    // typing "2." must not be rewritten to "2" under the cursor.
    Effect::new(move |previous_generation: Option<u32>| {
        let v = value.get();
        let generation = state.generation.get();
        let replaced = previous_generation.is_some_and(|g| g != generation);
        let typed = limits.parse("", &text.get_untracked(), Lang::En).ok();
        if replaced || typed != Some(v) {
            text.set(limits.display_text(v));
            super::clear(error);
        }
        generation
    });

    let accept = move |raw: String| {
        let l = state.lang.get_untracked();
        match limits.parse(&label.get_untracked(), &raw, l) {
            Ok(v) => {
                super::clear(error);
                if v != value.get_untracked() {
                    on_valid.run(v);
                }
            }
            Err(message) => error.set(Some(message)),
        }
        text.set(raw);
    };
    let accept_on_key = accept;
    let on_input = move |ev| accept(event_target_value(&ev));
    // Arrow keys step the value, as in a spinner, without the spinner's locale problems.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let direction = match ev.key().as_str() {
            "ArrowUp" => 1.0,
            "ArrowDown" => -1.0,
            _ => return,
        };
        ev.prevent_default();
        let current = format::parse_number(&text.get_untracked())
            .unwrap_or_else(|| limits.display_value(value.get_untracked().unwrap_or(limits.min)));
        let step = limits.step;
        let next = ((current / step).round() + direction) * step;
        let lo = limits.display_value(limits.min);
        let hi = limits.display_value(limits.max);
        accept_on_key(format::input_value(next.clamp(lo, hi)));
    };

    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            if help.with(|h| !h.is_empty()) {
                ids.push(help_id.clone());
            }
            ids.join(" ")
        }
    };

    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            <div class="input-wrap">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=test_id
                    prop:value=move || text.get()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=described_by
                    on:input=on_input
                    on:keydown=on_keydown
                />
                <span class="unit" aria-hidden="true">{move || unit.get()}</span>
            </div>
            {move || {
                error
                    .get()
                    .map(|m| {
                        view! {
                            <p class="error" id=error_id.clone() role="alert">
                                {m}
                            </p>
                        }
                    })
            }}
            <Show when=move || help.with(|h| !h.is_empty())>
                <p class="help" id=help_id.clone()>{move || help.get()}</p>
            </Show>
        </div>
    }
}

/// The input of one described number of the scenario.
#[component]
pub fn ScenarioField(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Kind::Number(number) = &input.kind else {
        return ().into_any();
    };
    let unit = Signal::derive(move || {
        let l = state.l();
        let billing = state.billing_unit.get();
        state
            .currency
            .with(|c| number.range.unit.text(c, billing, l))
    });
    let label = Signal::derive(move || input.label.get(state.l()).to_string());
    let help = Signal::derive(move || input.help.get(state.l()).to_string());
    // A described number changes only through this input or when the whole scenario is replaced (a
    // preset, another scenario, a link, another tab), which bumps `generation`. So the input follows
    // `generation`, not the scenario: two dozen fields need not be looked at again on every keystroke.
    let value = Signal::derive(move || {
        state.generation.track();
        Some(state.scenario.with_untracked(|s| (number.get)(s)))
    });
    let on_valid = Callback::new(move |v: Option<f64>| {
        if let Some(v) = v {
            state.edit(|s| (number.set)(s, v));
        }
    });
    view! {
        <NumberInput
            id=input.element_id()
            test_id=input.test_id()
            label=label
            unit=unit
            help=help
            limits=Limits::of(number.range, false)
            value=value
            on_valid=on_valid
        />
    }
    .into_any()
}

/// The picker of one described choice of the scenario.
#[component]
pub fn ScenarioChoice(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Kind::Choice(choice) = &input.kind else {
        return ().into_any();
    };
    let current = state.slice(move |s| (choice.get)(s));
    let on_change = move |ev| {
        let key = event_target_value(&ev);
        state.edit(|s| {
            (choice.set)(s, &key);
        });
    };
    let id = input.element_id();
    let help_id = format!("{id}-help");
    view! {
        <div class="field">
            <label for=id.clone()>{move || input.label.get(state.l())}</label>
            <select
                id=id
                data-testid=input.test_id()
                prop:value=move || current.get()
                on:change=on_change
                aria-describedby=help_id.clone()
            >
                {(choice.options)()
                    .into_iter()
                    .map(|(key, name)| view! { <option value=key>{move || name.get(state.l())}</option> })
                    .collect_view()}
            </select>
            <p class="help" id=help_id>{move || input.help.get(state.l())}</p>
        </div>
    }
    .into_any()
}
