//! The browser interface: a thin shell over the model. The library of scenarios is the one state
//! (`state`); one memo runs the model per change and every result view only reads it. `app` starts the
//! page, `persist` saves it and hears of other tabs.

mod ai;
mod app;
mod chart;
mod client;
mod columns;
mod compare;
mod coverage;
mod download;
mod fields;
mod file_button;
mod header;
mod history;
mod inputs;
pub mod later;
mod media;
mod months;
mod notices;
mod panels;
mod persist;
mod plans;
mod results;
mod share;
mod split;
mod staffing;
mod state;
mod summary;

pub mod theme;
mod uncertainty;

use leptos::prelude::*;

pub use app::{start, App};
pub use later::Later;
pub use notices::{Notice, NoticeKind};
pub use state::{clear, AppState, View};

/// A table that may be wider than the screen scrolls sideways in this region, which is focusable so
/// that keyboard users can scroll it too. `label` is the region's name in English and German.
#[component]
pub fn TableScroll(label: (&'static str, &'static str), children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=state.t(label.0, label.1)>
            {children()}
        </div>
    }
}

/// Today's date as the interface's language writes it, for printouts and exports.
pub fn today(l: crate::i18n::Lang) -> String {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    match l {
        crate::i18n::Lang::En => format!("{y}-{m:02}-{day:02}"),
        crate::i18n::Lang::De => format!("{day:02}.{m:02}.{y}"),
    }
}

/// One of two radio buttons that set `signal` to `value` (the verdict read by cost or net cost, the
/// staffing view's two modes).
pub fn radio(
    name: &'static str,
    signal: RwSignal<bool>,
    value: bool,
    test_id: &'static str,
    label: (&'static str, &'static str),
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label>
            <input
                type="radio"
                name=name
                data-testid=test_id
                prop:checked=move || signal.get() == value
                on:change=move |_| signal.set(value)
            />
            {state.t(label.0, label.1)}
        </label>
    }
}

/// Runs `f` once the next frame has painted: a timer set from an animation frame callback fires after
/// that frame. For work an edit causes that what is on screen need not wait for.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// A `<details>` element's `toggle` handler that keeps `open` in step with it, so that what the element
/// holds can be built only while it is open.
pub fn follow_details(open: RwSignal<bool>) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    use wasm_bindgen::JsCast;
    move |ev: leptos::ev::Event| {
        if let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            open.set(details.open());
        }
    }
}
