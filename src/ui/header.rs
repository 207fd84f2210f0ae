//! The header: product name, view switch and language; below it the scenario bar (pick, rename, new,
//! duplicate, delete, currency, start from an example).

use leptos::prelude::*;

use super::split::{split_point, when_downloaded};
use super::state::new_id;
use super::NoticeKind;
use super::{AppState, View};
use crate::i18n::{Lang, TAGLINE, TITLE};
use crate::messages;
use crate::model::presets::Preset;
use crate::model::schema::NAME_MAX_CHARS;
use crate::model::store::Command;
use crate::model::validate::name_problem;
use crate::model::Scenario;
use crate::storage;
use crate::text::{preset_name, preset_scenario_name};

/// Currencies offered in the picker (any ISO 4217 code in a file or link is accepted too).
pub const CURRENCIES: [&str; 9] = [
    "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR", "BRL", "JPY",
];

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    // index.html shows the product's name while the app loads; this header takes its place (the page
    // paints both changes at once, and what follows is not there yet, so nothing moves).
    if let Some(boot) = document().get_element_by_id("boot-header") {
        boot.remove();
    }
    let on_lang = move |ev| {
        if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
            state.lang.set(l);
            // Remembering the choice is a convenience; failing to is not worth a message.
            let _ = storage::save_lang(l);
        }
    };
    let tab = move |view: View, en: &'static str, de: &'static str, test_id: &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                class:active=move || state.view.get() == view
                aria-pressed=move || if state.view.get() == view { "true" } else { "false" }
                data-testid=test_id
                on:click=move |_| state.view.set(view)
            >
                {move || state.tr(en, de)}
            </button>
        }
    };
    view! {
        <header class="topbar">
            <div class="brand">
                <svg class="logo" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M3 20h18M5 20V11M10 20V6M15 20v-8M20 20V9" />
                </svg>
                <div>
                    <h1>{state.t(TITLE.0, TITLE.1)}</h1>
                    <p class="tagline">{state.t(TAGLINE.0, TAGLINE.1)}</p>
                </div>
            </div>
            <div class="top-actions">
                <nav class="tabs" aria-label=state.t("View", "Ansicht")>
                    {tab(View::Calculator, "Calculator", "Rechner", "view-calculator")}
                    {tab(View::Compare, "Compare scenarios", "Vergleich", "view-compare")}
                    {tab(View::Staffing, "Staffing calculator", "Personalbedarf", "view-staffing")}
                </nav>
                <label class="visually-hidden" for="lang">
                    {state.t("Language", "Sprache")}
                </label>
                <select
                    id="lang"
                    data-testid="language"
                    prop:value=move || state.lang.get().code()
                    on:change=on_lang
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.code()>{l.name()}</option> })
                        .collect_view()}
                </select>
            </div>
        </header>
        <ScenarioBar />
    }
}

split_point!(
    fn example(p: Preset, l: Lang) -> (Scenario, &'static str) {
        (p.scenario(), crate::text::preset_driver(p, l))
    }
);

#[component]
fn ScenarioBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let l = move || state.lang.get();
    // Memos: every edit saves the scenario into the library, but the picker changes only when a
    // scenario is added, removed, renamed or switched to.
    let options = Memo::new(move |_| {
        state.library.with(|lib| {
            lib.scenarios
                .iter()
                .map(|s| (s.id.clone(), s.scenario.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let active = Memo::new(move |_| state.library.with(|lib| lib.active.clone()));
    let on_pick = move |ev| {
        state.run(Command::Switch(event_target_value(&ev)));
    };

    let name_error = RwSignal::new(None::<String>);
    let on_name = move |ev| {
        let name = event_target_value(&ev);
        if name_problem(&name, NAME_MAX_CHARS).is_some() {
            let l = state.lang.get_untracked();
            name_error.set(Some(messages::name_refused(false, NAME_MAX_CHARS, l)));
        } else {
            super::clear(name_error);
            state.edit(|s| s.name = name);
        }
    };
    // A new scenario, a preset: in the scenario's currency and the interface's language, under a name
    // not yet taken.
    let add = move |scenario: Scenario| {
        state.run(Command::Add {
            id: new_id(),
            scenario: Scenario {
                currency: state.currency.get_untracked(),
                locale: state.lang.get_untracked().code().into(),
                ..scenario
            },
            unique_name: true,
        });
    };
    let new_scenario = move |_| {
        let l = state.lang.get_untracked();
        add(Scenario {
            name: l.pick("New scenario", "Neues Szenario").into(),
            ..Scenario::default()
        });
    };
    let duplicate = move |_| {
        let l = state.lang.get_untracked();
        state.run(Command::Duplicate {
            id: new_id(),
            suffix: l.pick("copy", "Kopie").into(),
        });
    };
    let delete = move |_| {
        let l = state.lang.get_untracked();
        state.run(Command::DeleteShown {
            fresh_id: new_id(),
            fresh_name: l.pick("New scenario", "Neues Szenario").into(),
        });
    };

    let preset_choice = RwSignal::new(String::new());
    let on_preset = move |ev| {
        let key = event_target_value(&ev);
        if let Some(p) = Preset::from_key(&key) {
            // The examples' figures and what drives each are downloaded on the first choice.
            let lang = state.lang.get_untracked();
            when_downloaded(state, example(p, lang), move |(scenario, driver)| {
                add(Scenario {
                    name: preset_scenario_name(p, lang).into(),
                    ..scenario
                });
                state.notify_about(Some("example"), NoticeKind::Info, driver.into());
            });
        }
        // Back to the prompt, so the same example can be chosen again.
        preset_choice.set(String::new());
    };

    let currency = state.currency;
    let name = state.slice(|s| s.name.clone());
    let on_currency = move |ev| {
        let code = event_target_value(&ev);
        state.edit(|s| s.currency = code);
    };

    view! {
        <section
            class="scenario-bar"
            data-testid="scenario-bar"
            aria-label=state.t("Scenario", "Szenario")
        >
            <div class="scenario-pick">
                <label for="scenario">{state.t("Scenario", "Szenario")}</label>
                <select id="scenario" data-testid="scenario-picker" prop:value=active on:change=on_pick>
                    // `selected` too: when names change the options are rebuilt, and a select whose
                    // selected option is replaced would show the first one.
                    {move || {
                        let current = active.get();
                        options
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let selected = id == current;
                                view! { <option value=id selected=selected>{name}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="scenario-name" class:invalid=move || name_error.with(Option::is_some)>
                <label for="scenario-name">{state.t("Name", "Name")}</label>
                <input
                    id="scenario-name"
                    type="text"
                    data-testid="scenario-name"
                    maxlength=NAME_MAX_CHARS.to_string()
                    prop:value=name
                    aria-invalid=move || if name_error.with(Option::is_some) { "true" } else { "false" }
                    on:input=on_name
                />
                {move || name_error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            </div>
            <div class="scenario-actions">
                <button type="button" class="button secondary" data-testid="scenario-new" on:click=new_scenario>
                    {move || l().pick("New", "Neu")}
                </button>
                <button type="button" class="button secondary" data-testid="scenario-duplicate" on:click=duplicate>
                    {move || l().pick("Duplicate", "Duplizieren")}
                </button>
                <button type="button" class="button ghost danger" data-testid="scenario-delete" on:click=delete>
                    {move || l().pick("Delete", "Löschen")}
                </button>
            </div>
            <div class="scenario-currency">
                <label for="currency">{state.t("Currency", "Währung")}</label>
                <select id="currency" data-testid="currency" prop:value=currency on:change=on_currency>
                    {move || {
                        let current = currency.get();
                        let mut codes: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
                        // A scenario from a file or link may use another code: offer it too.
                        if !codes.contains(&current) {
                            codes.push(current.clone());
                        }
                        codes
                            .into_iter()
                            .map(|c| {
                                let selected = c == current;
                                view! { <option value=c.clone() selected=selected>{c.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="preset">
                <label for="preset">{state.t("Start from", "Beginnen mit")}</label>
                <select id="preset" data-testid="preset" on:change=on_preset prop:value=move || preset_choice.get()>
                    <option value="" disabled=true>
                        {state.t("An example…", "Einem Beispiel…")}
                    </option>
                    {move || {
                        let lang = l();
                        Preset::ALL
                            .into_iter()
                            .map(|p| view! { <option value=p.key()>{preset_name(p, lang)}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
        </section>
    }
}
