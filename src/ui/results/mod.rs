//! The right column: the answer first, then the option cards, the chart, the break-even sentences and the
//! breakdown table. Everything here reads the report memo; nothing computes.
//!
//! Each part is a module of its own, by what it shows: `verdict`, `cards`, `break_evens`, `breakdown` and
//! `print`.

use leptos::prelude::*;

mod break_evens;
mod breakdown;
mod cards;
mod print;
mod verdict;

use super::chart::BreakEvenChart;
use super::share::ShareBar;
use super::{AppState, Later};
use break_evens::BreakEvenList;
use breakdown::Breakdown;
use cards::{Cards, WorkloadStrip};
use print::{PrintHeader, PrintInputs};
use verdict::Verdict;

#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" class="visually-hidden">{state.t("Results", "Ergebnisse")}</h2>
            <PrintHeader />
            // Each part in its own task after the inputs above (on a phone the results come after
            // the workload panel), the answer first.
            <Later>
                <Verdict />
                <ShareBar />
            </Later>
            <Later>
                <Cards />
                <WorkloadStrip />
            </Later>
            <Later>
                <BreakEvenChart />
            </Later>
            <Later>
                <BreakEvenList />
            </Later>
            <Later>
                <Breakdown />
            </Later>
            // Only on paper, so built only while printing: on screen they stand in their panels (the
            // months ahead, the ranges) or would be updated on every edit for nothing (the inputs).
            <Show when=move || state.printing.get()>
                <super::months::PrintedProjection />
                <super::uncertainty::UncertaintyResults />
                <PrintInputs />
            </Show>
        </section>
    }
}
