//! The answer kept in view while editing (issue 14.5): the cheapest option and every option's cost in
//! one compact bar. On a wide screen it sits at the top of the results column once the cards have
//! scrolled away, over the results only; on a phone it holds its own place above the inputs and sticks
//! to the top as they scroll (the page's scroll padding keeps a focused input below it).

use leptos::prelude::*;

use super::theme::option_class;
use super::AppState;
use crate::format;
use crate::text::{self, option_short, summary_head};

#[component]
pub fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The short line fits a phone; a wide screen has room for the verdict itself.
    let short = Memo::new(move |_| {
        let l = state.l();
        let stale = state.stale.with(|s| !s.is_empty());
        let reading = state.reading();
        state.report.with(|r| {
            let cheapest = state
                .scenario
                .with_untracked(|s| text::verdict_of(s, r, reading))
                .map(|v| (v.cheapest, v.cost));
            state.currency.with(|c| summary_head(cheapest, stale, c, l))
        })
    });
    // The chips of the options that are on, drawn by one closure from one memo.
    let chips = Memo::new(move |_| {
        let l = state.l();
        state.report.with(|r| {
            r.options
                .iter()
                .map(|o| {
                    let cost = match o.monthly_cost {
                        Some(c) => state
                            .currency
                            .with(|cur| format::money_total(c, cur, l.code())),
                        None => "–".to_string(),
                    };
                    (o.id, cost, r.cheapest == Some(o.id))
                })
                .collect::<Vec<_>>()
        })
    });
    let chip_list = move || {
        let l = state.l();
        chips
            .get()
            .into_iter()
            .map(|(id, cost, cheapest)| {
                view! {
                    <li class=format!("chip {}", option_class(id)) class:cheapest=cheapest>
                        <span class="swatch" aria-hidden="true"></span>
                        <span class="chip-name short">{option_short(id, l)}</span>
                        <span class="chip-name long">{id.name().get(l)}</span>
                        <span data-testid=format!("summary-cost-{}", id.key())>{cost}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="summary-rail" aria-hidden=move || state.cards_visible.get().to_string()>
            <div class="summary" class:shown=move || !state.cards_visible.get() data-testid="summary">
                <p class="summary-head short">{move || short.get()}</p>
                <p class="summary-head long">{move || state.answer.get()}</p>
                <ul class="chips">{chip_list}</ul>
            </div>
        </div>
    }
}
