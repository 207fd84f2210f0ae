//! One numeric input: label, unit, help line and an inline message for bad values.
//!
//! The input keeps its own text. A value that parses and is in range goes into the scenario at once; any
//! other text shows a message naming the field and its range, and the results keep using the last valid
//! value until it is fixed.

use leptos::prelude::*;

use super::AppState;
use crate::i18n::Lang;
use crate::messages;
use crate::model::entry::Accepts;
use crate::model::schema::{Input, Kind, Unset};
use crate::model::Scenario;

/// A labelled number input bound to `value`; `on_valid` receives every accepted value.
#[component]
pub fn NumberInput(
    /// Element id, also the base of the help and error ids.
    id: String,
    test_id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] unit: Signal<String>,
    #[prop(optional, into)] help: Signal<String>,
    /// Shown while the input is empty (an optional value's meaning when unset).
    #[prop(optional, into)]
    placeholder: Signal<String>,
    /// What the input takes; it may follow another input (the AI's cap is at least its fee).
    #[prop(into)]
    limits: Signal<Accepts>,
    #[prop(into)] value: Signal<Option<f64>>,
    on_valid: Callback<Option<f64>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(
        limits
            .get_untracked()
            .text(value.get_untracked(), state.lang.get_untracked()),
    );
    let error = RwSignal::new(None::<String>);
    // This field's entry in the page's list of invalid fields (`AppState::stale`).
    let key = StoredValue::new(id.clone());
    let set_stale = move |stale: bool| {
        // The label and last valid value are only needed while the field is listed.
        let (label, shown) = if stale {
            let shown = limits
                .get_untracked()
                .text(value.get_untracked(), state.lang.get_untracked());
            (label.get_untracked(), shown)
        } else {
            Default::default()
        };
        state.mark_stale(key.get_value(), label, shown, stale);
    };
    on_cleanup(move || {
        if let Some(key) = key.try_get_value() {
            state.mark_stale(key, String::new(), String::new(), false);
        }
    });

    // Follow changes made elsewhere (a preset, a removed plan) and the language's way of writing numbers,
    // unless the text already means the value: typing "2." must not be rewritten to "2" under the cursor.
    Effect::new(move |previous: Option<(u32, Lang)>| {
        let v = value.get();
        let generation = state.generation.get();
        let l = state.lang.get();
        let replaced = previous.is_some_and(|p| p != (generation, l));
        let limits = limits.get_untracked();
        let typed = limits.read(&text.get_untracked(), l).ok();
        if replaced || typed != Some(v) {
            text.set(limits.text(v, l));
            super::clear(error);
            set_stale(false);
        }
        (generation, l)
    });

    let accept = move |raw: String| {
        let l = state.lang.get_untracked();
        let limits = limits.get_untracked();
        match limits.read(&raw, l) {
            Ok(v) => {
                super::clear(error);
                set_stale(false);
                if v != value.get_untracked() {
                    on_valid.run(v);
                }
            }
            Err(why) => {
                let message = messages::input_refused(&label.get_untracked(), &why, limits, l);
                error.set(Some(message));
                set_stale(true);
            }
        }
        text.set(raw);
    };
    // Shown back formatted once the person leaves the field.
    let on_blur = move |_| {
        let l = state.lang.get_untracked();
        let limits = limits.get_untracked();
        if let Ok(v) = limits.read(&text.get_untracked(), l) {
            text.set(limits.text(v, l));
        }
    };
    let accept_on_key = accept;
    let on_input = move |ev| accept(event_target_value(&ev));
    // Arrow keys step the value, as in a spinner, without the spinner's locale problems.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let up = match ev.key().as_str() {
            "ArrowUp" => true,
            "ArrowDown" => false,
            _ => return,
        };
        ev.prevent_default();
        let l = state.lang.get_untracked();
        let limits = limits.get_untracked();
        accept_on_key(limits.step_from(&text.get_untracked(), value.get_untracked(), up, l));
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
                    placeholder=move || placeholder.get()
                    prop:value=move || text.get()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=described_by
                    on:input=on_input
                    on:keydown=on_keydown
                    on:blur=on_blur
                />
                <span class="unit" class:no-unit=move || unit.with(String::is_empty) aria-hidden="true">{move || unit.get()}</span>
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

/// The input of one described number of the scenario, or of an option's own value of a workload input:
/// empty then means the workload's value, which the empty input shows ("Same as workload: 70%").
#[component]
pub fn ScenarioField(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (range, own) = match &input.kind {
        Kind::Number(n) => (n.range, None),
        Kind::Optional(o) => (o.range, Some(o)),
        _ => return ().into_any(),
    };
    let read = move |s: &Scenario| match &input.kind {
        Kind::Number(n) => Some((n.get)(s)),
        Kind::Optional(o) => (o.get)(s),
        _ => None,
    };
    let unit = Signal::derive(move || state.unit_text(range.unit));
    let label = Signal::derive(move || input.label.get(state.l()).to_string());
    let help = Signal::derive(move || input.help_line(state.l()));
    // A described number changes only through this input or when the whole scenario is replaced (a
    // preset, another scenario, a link, another tab), which bumps `generation`. So the input follows
    // `generation`, not the scenario: two dozen fields need not be looked at again on every keystroke.
    let moved = input
        .moved_by_others()
        .then(|| state.slice(move |s| read(s)));
    let value = Signal::derive(move || {
        state.generation.track();
        // Read, not only tracked: a memo nobody has read has not run, and tells nobody of changes.
        if let Some(moved) = moved {
            return moved.get();
        }
        state.scenario.with_untracked(read)
    });
    let optional = own.is_some();
    // Bounded by another input (the AI's cap by its fee and the fee by the cap): then the limits
    // follow the scenario; every other input's are fixed.
    let bounded = input.bounded_by_others();
    let limits = if bounded {
        let range = state.slice(move |s| input.range_in(s).unwrap_or(range));
        Signal::derive(move || Accepts::of(range.get(), optional))
    } else {
        Signal::from(Accepts::of(range, optional))
    };
    // Only an own value follows another input, so only it reads the scenario on every edit.
    let follows = own.and_then(|o| match o.unset {
        Unset::Follows(f) => Some(state.slice(f)),
        Unset::Means(_) => None,
    });
    let unset = own.and_then(|o| match o.unset {
        Unset::Means(words) => Some(words),
        Unset::Follows(_) => None,
    });
    let placeholder = Signal::derive(move || {
        let l = state.l();
        if let Some(words) = unset {
            return words.get(l).to_string();
        }
        let Some(follows) = follows else {
            return String::new();
        };
        let shown = if range.unit.is_percent() {
            crate::format::percent(follows.get(), l.code())
        } else {
            limits.get_untracked().text(Some(follows.get()), l)
        };
        format!(
            "{}: {shown}",
            l.pick("Same as workload", "Wie Arbeitsaufkommen")
        )
    });
    let on_valid = Callback::new(move |v: Option<f64>| {
        state.edit(|s| match (&input.kind, v) {
            (Kind::Number(n), Some(v)) => (n.set)(s, v),
            (Kind::Optional(o), v) => (o.set)(s, v),
            _ => {}
        });
    });
    view! {
        <NumberInput
            id=input.element_id()
            test_id=input.test_id()
            label=label
            unit=unit
            help=help
            placeholder=placeholder
            limits=limits
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
            <p class="help" id=help_id>{move || input.help_line(state.l())}</p>
        </div>
    }
    .into_any()
}

/// The switch of one described on/off input of the scenario that is not a feature's or an option's
/// own switch (the AI's handoffs billed), with its help line.
#[component]
pub fn ScenarioSwitch(input: &'static Input) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Kind::Switch { get, set, .. } = input.kind else {
        return ().into_any();
    };
    let on = state.slice(get);
    let id = input.element_id();
    let help_id = format!("{id}-help");
    view! {
        <div class="field switch-field">
            <Switch
                id=id
                test_id=input.test_id()
                checked=move || on.get()
                set=move |v| state.edit(|s| set(s, v))
            >
                {move || input.label.get(state.l())}
            </Switch>
            <p class="help" id=help_id>{move || input.help_line(state.l())}</p>
        </div>
    }
    .into_any()
}

/// An on/off switch and its label: a feature's (the AI, the value of fast answers, ranges), an option's,
/// and "I handle escalations myself".
#[component]
pub fn Switch(
    /// The element's id, which the label points to.
    #[prop(into)]
    id: String,
    #[prop(into)] test_id: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="switch-row">
            <input
                type="checkbox"
                role="switch"
                class="switch"
                id=id.clone()
                data-testid=test_id
                prop:checked=checked
                on:change=move |ev| set(event_target_checked(&ev))
            />
            <label for=id>{children()}</label>
        </div>
    }
}
