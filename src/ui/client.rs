//! A consultant's scenario (SPEC 4.1): who it is prepared for and by, and the notes for the client.
//! Closed on a first visit; the printout, the CSV, files and links carry what is typed here. The page
//! shows it as text, never as markup (Leptos writes text nodes and values, not HTML).

use leptos::prelude::*;

use super::inputs::summary_of;
use super::panels::Collapsible;
use super::split::{on_demand, split_point, Build};
use super::AppState;
use crate::i18n::Text;
use crate::model::schema::{input, Input, Kind, Section, TextRule};
use crate::model::Scenario;

#[component]
pub fn ClientPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Collapsible
            key="client"
            title=Text::new("Notes and who it is for", "Notizen und für wen")
            summary=summary_of(state, "client")
        >
            {on_demand(client_panel)}
        </Collapsible>
    }
}

// Closed on a first visit: its fields are downloaded when it is first opened (or the page printed).
split_point!(
    fn client_panel() -> Build {
        || view! { <ClientBody /> }.into_any()
    }
);

#[component]
fn ClientBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let field =
        |name: &str| input(Section::Scenario, name).expect("a consultant's field is described");
    view! {
        <p class="panel-intro">
            {state.t(
                "For a consultant: on the first page of the printout, in the CSV and the workbook.",
                "Für Beratende: auf der ersten Seite des Ausdrucks, in CSV und Arbeitsmappe.",
            )}
        </p>
        <div class="fields">
            <ClientField input=field("prepared_for") />
            <ClientField input=field("prepared_by") />
            <ClientField input=field("notes") multiline=true />
        </div>
    }
}

/// One free text of the scenario: a line, or the notes' box. The browser stops typing at the longest
/// allowed text (`maxlength`), so what is typed is always valid; a longer text can only come from a
/// file or link, which the decoder refuses.
#[component]
fn ClientField(input: &'static Input, #[prop(optional)] multiline: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Kind::Text(field) = &input.kind else {
        return ().into_any();
    };
    let max = match field.rule {
        TextRule::Free { max_chars } => max_chars,
        _ => return ().into_any(),
    };
    let get = field.get;
    let set = field.set;
    let value = state.slice(move |s: &Scenario| get(s).to_string());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        state.edit(|s| set(s, text));
    };
    let id = input.element_id();
    let help_id = format!("{id}-help");
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                data-testid=input.test_id()
                rows="5"
                maxlength=max.to_string()
                prop:value=value
                aria-describedby=help_id.clone()
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                data-testid=input.test_id()
                maxlength=max.to_string()
                autocomplete="off"
                prop:value=value
                aria-describedby=help_id.clone()
                on:input=on_input
            />
        }
        .into_any()
    };
    view! {
        <div class="field client-field">
            <label for=id>{move || input.label.get(state.l())}</label>
            {control}
            <p class="help" id=help_id>{move || input.help_line(state.l())}</p>
        </div>
    }
    .into_any()
}
