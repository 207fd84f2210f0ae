//! Which input panels are open (SPEC 7: a first visit reads in half a minute). The workload, the rates
//! and each option's main price are open at first; every other panel is closed and says in one line what
//! it holds. What the user opens or closes is remembered in this browser. A closed panel's body is not
//! built, so that its inputs cost nothing on every edit (and, for the panels that are parts of their own,
//! their code is downloaded on opening).

use leptos::prelude::*;

use super::AppState;
use crate::i18n::Text;
use crate::storage;

/// The panels open on a first visit: the workload, the rates and each option's main price.
const OPEN_AT_FIRST: [&str; 7] = [
    "workload",
    "rates",
    "diy",
    "employee",
    "contractor",
    "platform",
    "all_hands",
];

/// The keys of the open panels, remembered once the user opens or closes one.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenPanels(Vec<String>);

impl OpenPanels {
    /// What this browser remembers, or the first visit's panels.
    pub fn remembered() -> OpenPanels {
        OpenPanels(
            storage::saved_open_panels()
                .unwrap_or_else(|| OPEN_AT_FIRST.iter().map(|k| k.to_string()).collect()),
        )
    }

    pub fn is_open(&self, key: &str) -> bool {
        self.0.iter().any(|k| k == key)
    }

    fn set(&mut self, key: &str, open: bool) -> bool {
        match (self.is_open(key), open) {
            (false, true) => self.0.push(key.to_string()),
            (true, false) => self.0.retain(|k| k != key),
            _ => return false,
        }
        true
    }
}

/// Opens or closes panel `key`, and remembers it (a preference: a refused write loses no work).
pub fn set_open(state: AppState, key: &str, open: bool) {
    let mut changed = false;
    state.open_panels.update(|p| changed = p.set(key, open));
    if changed {
        let _ = state
            .open_panels
            .with_untracked(|p| storage::save_open_panels(&p.0));
    }
}

/// A collapsible panel: its title, a one-line summary of what it holds while it is closed, and its
/// body, built only while it is open.
#[component]
pub fn Collapsible(
    /// The key it is remembered by, and its test id's end (`panel-<key>`).
    key: &'static str,
    /// Classes besides `panel`.
    #[prop(optional, into)]
    class: String,
    title: Text,
    /// The one line shown under the title while the panel is closed; computed only then, so that an
    /// open panel's summary costs nothing on each edit.
    summary: Callback<(), String>,
    /// Shown greyed while true (a switched-off feature).
    #[prop(optional, into)]
    off: Signal<bool>,
    /// Shown before the title (an option's colour).
    #[prop(optional)]
    swatch: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = Memo::new(move |_| state.open_panels.with(|p| p.is_open(key)));
    let summary = Memo::new(move |_| {
        if open.get() {
            String::new()
        } else {
            summary.run(())
        }
    });
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(d) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            set_open(state, key, d.open());
        }
    };
    let summary_id = format!("summary-{key}");
    let described_by = summary_id.clone();
    view! {
        <details
            class=format!("panel {class}")
            class:off=move || off.get()
            prop:open=move || open.get()
            on:toggle=on_toggle
            data-testid=format!("panel-{key}")
        >
            <summary aria-describedby=described_by>
                {swatch.then(|| view! { <span class="swatch" aria-hidden="true"></span> })}
                <h2>{move || title.get(state.l())}</h2>
                <span class="panel-summary" id=summary_id data-testid=format!("panel-summary-{key}")>
                    {move || summary.get()}
                </span>
            </summary>
            <Show when=move || open.get()>
                <div class="panel-body">{children()}</div>
            </Show>
        </details>
    }
}
