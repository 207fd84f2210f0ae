//! One numeric input: label, unit, help line and an inline message for bad values.
//!
//! The input keeps its own text. A value that parses and is in range goes into the scenario at once; any
//! other text shows a message naming the field and its range, and the results keep using the last valid
//! value until it is fixed.

use leptos::prelude::*;

use super::text::{field_text, unit_text};
use super::AppState;
use crate::format;
use crate::model::fields::{Field, Unit};
use crate::model::validate::plain_number;

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
    fn parse(self, label: &str, text: &str) -> Result<Option<f64>, String> {
        if text.trim().is_empty() {
            return if self.optional {
                Ok(None)
            } else {
                Err(format!("{label} is empty. {}", self.range_hint()))
            };
        }
        let shown = format::parse_number(text).ok_or_else(|| {
            format!(
                "{label}: \"{}\" is not a number. {}",
                text.trim(),
                self.range_hint()
            )
        })?;
        let v = self.model_value(shown);
        if v.is_finite() && v >= self.min - 1e-12 && v <= self.max + 1e-12 {
            Ok(Some(v.clamp(self.min, self.max)))
        } else {
            Err(format!("{label} must be {}.", self.range_words()))
        }
    }

    fn range_words(self) -> String {
        let (min, max) = (self.display_value(self.min), self.display_value(self.max));
        if self.percent {
            format!("from {} to {} %", plain_number(min), plain_number(max))
        } else {
            format!("from {} to {}", plain_number(min), plain_number(max))
        }
    }

    fn range_hint(self) -> String {
        format!("Enter a number {}.", self.range_words())
    }
}

impl From<&Field> for Limits {
    fn from(f: &Field) -> Self {
        Limits {
            min: f.min,
            max: f.max,
            percent: f.unit == Unit::Fraction,
            optional: false,
            step: f.step,
        }
    }
}

/// A labelled number input bound to `value`; `on_valid` receives every accepted value.
#[component]
pub fn NumberInput(
    /// Element id, also the base of the help and error ids.
    id: String,
    test_id: String,
    label: String,
    #[prop(into)] unit: Signal<String>,
    #[prop(optional, into)] help: String,
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
        let typed = limits.parse("", &text.get_untracked()).ok();
        if replaced || typed != Some(v) {
            text.set(limits.display_text(v));
            error.set(None);
        }
        generation
    });

    let label_for_messages = label.clone();
    let accept = move |raw: String| {
        match limits.parse(&label_for_messages, &raw) {
            Ok(v) => {
                error.set(None);
                if v != value.get_untracked() {
                    on_valid.run(v);
                }
            }
            Err(message) => error.set(Some(message)),
        }
        text.set(raw);
    };
    let accept_on_key = accept.clone();
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
            if error.with(Option::is_some) {
                format!("{error_id} {help_id}")
            } else {
                help_id.clone()
            }
        }
    };
    let has_help = !help.is_empty();

    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
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
            {has_help.then(|| view! { <p class="help" id=help_id>{help}</p> })}
        </div>
    }
}

/// The input of one scenario field from the field table.
#[component]
pub fn ScenarioField(field: &'static Field) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = field_text(field);
    let unit = Signal::derive(move || {
        state
            .scenario
            .with(|s| unit_text(field, &s.currency, &s.locale))
    });
    let value = Signal::derive(move || Some(state.scenario.with(|s| (field.get)(s))));
    let on_valid = Callback::new(move |v: Option<f64>| {
        if let Some(v) = v {
            state.scenario.update(|s| (field.set)(s, v));
        }
    });
    view! {
        <NumberInput
            id=format!("f-{}-{}", field.section.key(), field.name)
            test_id=field.test_id()
            label=t.label.to_string()
            unit=unit
            help=t.help.to_string()
            limits=Limits::from(field)
            value=value
            on_valid=on_valid
        />
    }
}
