//! The break-even sentences: which option is cheapest in each range of the chart's axis, then each pair.

use leptos::prelude::*;

use crate::text::{crossing_sentence, no_crossing, regimes_sentence};
use crate::ui::AppState;

#[component]
pub(super) fn BreakEvenList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The sentences, recomputed per edit but shown anew only when they change.
    let sentences = Memo::new(move |_| {
        let l = state.l();
        let (x, currency) = state.scenario.with(|s| (s.chart.x, s.currency.clone()));
        state.report.with(|r| {
            r.chart_break_even
                .iter()
                .map(|c| crossing_sentence(x, c, &currency, l))
                .collect::<Vec<String>>()
        })
    });
    let empty = Memo::new(move |_| {
        let l = state.l();
        state
            .scenario
            .with(|s| no_crossing(s.chart.x, s.chart.max, &s.currency, l))
    });
    let regimes = Memo::new(move |_| {
        let l = state.l();
        state.regimes.with(|ranges| {
            state
                .scenario
                .with(|s| regimes_sentence(s.chart.x, ranges, s.chart.max, &s.currency, l))
        })
    });
    let items = move || {
        let list = sentences.get();
        if list.is_empty() {
            view! { <li class="muted">{move || empty.get()}</li> }.into_any()
        } else {
            list.into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <section class="break-evens" aria-labelledby="be-title">
            <h3 id="be-title">{state.t("Where the answer changes", "Wo sich die Antwort ändert")}</h3>
            <p class="regimes" data-testid="cheapest-regimes">{move || regimes.get()}</p>
            // The pairwise detail after the answer (SPEC 7), closed until asked for; open on paper.
            <details class="be-pairs" prop:open=move || state.printing.get()>
                <summary class="be-detail">{state.t("Each pair of options", "Jedes Paar von Optionen")}</summary>
                <ul class="be-list" data-testid="break-even-list">{items}</ul>
            </details>
        </section>
    }
}
