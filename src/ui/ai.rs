//! The AI front line's panel: its switch, illustrative price points, its inputs, and what it does at
//! the current figures (its workload and from which resolution rate it pays for itself with each
//! option), or, while it is off, what it would change.

use leptos::prelude::*;

use super::fields::Switch;
use super::inputs::{Panel, SectionInputs};
use super::split::{on_demand, split_point, Build};
use super::AppState;
use crate::format;
use crate::model::ai::saving_if_on;
use crate::model::scenario::{Ai, Pricing};
use crate::model::schema::Section;
use crate::text;

/// An illustrative price point: how it is billed, the price, a monthly fee and what the fee includes.
struct PricePoint {
    pricing: Pricing,
    price: f64,
    fee: f64,
    included: f64,
    label: (&'static str, &'static str),
}

/// Typical 2026 price points (SPEC 3.6), not any vendor's list.
const PRICE_POINTS: [PricePoint; 4] = [
    PricePoint {
        pricing: Pricing::PerResolution,
        price: 0.99,
        fee: 0.0,
        included: 0.0,
        label: ("0.99 per resolution", "0,99 pro Lösung"),
    },
    PricePoint {
        pricing: Pricing::PerResolution,
        price: 2.0,
        fee: 0.0,
        included: 0.0,
        label: ("2.00 per resolution", "2,00 pro Lösung"),
    },
    PricePoint {
        pricing: Pricing::PerConversation,
        price: 0.49,
        fee: 0.0,
        included: 0.0,
        label: ("0.49 per conversation", "0,49 pro Konversation"),
    },
    PricePoint {
        pricing: Pricing::PerConversation,
        price: 1.0,
        fee: 400.0,
        included: 500.0,
        label: (
            "400 a month with 500 conversations, then 1.00",
            "400 im Monat mit 500 Konversationen, dann 1,00",
        ),
    },
];

impl PricePoint {
    fn apply(&self, ai: &mut Ai) {
        ai.pricing = self.pricing;
        ai.price_per_unit = self.price;
        ai.monthly_fee = self.fee;
        ai.included_units = self.included;
    }
}

#[component]
pub fn AiPanel() -> impl IntoView {
    view! {
        <Panel section=Section::Ai on=|s| s.ai.enabled>
            {on_demand(ai_panel)}
        </Panel>
    }
}

#[component]
fn AiPanelBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.ai.enabled);
    let on_change = move |enabled: bool| {
        state.edit(|s| s.ai.enabled = enabled);
    };
    let pick = move |i: usize| {
        state.edit(|s| PRICE_POINTS[i].apply(&mut s.ai));
        // The fields show the new prices rather than what was typed.
        state.generation.update(|g| *g += 1);
    };
    let points = PRICE_POINTS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <button type="button" class="button secondary" data-testid=format!("ai-price-{i}") on:click=move |_| pick(i)>
                    {state.t(p.label.0, p.label.1)}
                </button>
            }
        })
        .collect_view();
    view! {
                        <Switch
                    id="toggle-ai"
                    test_id="input-ai-enabled"
                    checked=move || on.get()
                    set=on_change
                >
                    {state.t("Put an AI agent in front", "KI-Agent vorschalten")}
                </Switch>
                <p class="panel-intro">{move || text::ai_blurb(state.l())}</p>
                {move || if on.get() { view! { <AiAtWork /> }.into_any() } else { view! { <AiPreview /> }.into_any() }}
                <div class="price-points" role="group" aria-labelledby="ai-prices">
                    <p id="ai-prices" class="help">
                        {state.t("Illustrative 2026 price points, not any vendor's price list:", "Beispielhafte Preispunkte 2026, keine Preisliste eines Anbieters:")}
                    </p>
                    {points}
                </div>
                <SectionInputs section=Section::Ai />
    }
}

/// While the AI is off: one line on what it would change at the current figures.
#[component]
fn AiPreview() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The costs as they are, without the AI, are the report's.
    let saving = Memo::new(move |_| {
        state.report.with(|r| {
            state
                .scenario
                .with_untracked(|s| saving_if_on(s, &r.totals()))
        })
    });
    view! {
        <p class="ai-preview" data-testid="ai-preview">
            {move || state.currency.with(|c| text::ai_preview(saving.get(), c, state.l()))}
        </p>
    }
}

// The AI front line's panel: closed on a first visit, so it is downloaded when first opened.
split_point!(
    fn ai_panel() -> Build {
        || view! { <AiPanelBody /> }.into_any()
    }
);

split_point!(
    fn ai_at_work() -> Build {
        || view! { <AiWorkload /> }.into_any()
    }
);

/// What the AI front line does at the current figures, shown while it is on; its code is downloaded
/// then.
#[component]
fn AiAtWork() -> impl IntoView {
    on_demand(ai_at_work)
}

/// While the AI is on: its month in figures, what to watch, and where it pays for itself.
#[component]
fn AiWorkload() -> impl IntoView {
    let state = expect_context::<AppState>();
    let figures = move || {
        let l = state.l();
        let locale = l.code();
        state.report.with(|r| {
            let Some(a) = r.workload.ai else {
                return ().into_any();
            };
            let per_conversation = state.scenario.with(|s| s.ai.pricing == Pricing::PerConversation);
            let billed = if per_conversation {
                l.pick("Billed conversations", "Abgerechnete Konversationen")
            } else {
                l.pick("Billed resolutions", "Abgerechnete Lösungen")
            };
            let rows = [
                (l.pick("Conversations", "Konversationen"), a.ai_conversations),
                (billed, a.ai_billed_units),
                (l.pick("Tickets it closes", "Von ihr gelöste Tickets"), a.ai_resolved),
                (l.pick("Handed to a person", "An Menschen übergeben"), a.handoffs),
            ]
            .into_iter()
            .map(|(label, v)| view! { <div><dt>{label}</dt><dd>{format::count(v, locale)}</dd></div> })
            .collect_view();
            let capped = a.ai_capped.then(|| {
                view! { <p class="flag" data-testid="ai-capped">{text::ai_capped(a.kept, a.tier1_could, l)}</p> }
            });
            let billed_more = (a.ai_billed_units > a.ai_resolved + 0.5).then(|| {
                view! {
                    <p class="verdict-note" data-testid="ai-billed-more">
                        {text::ai_billed_more(a.ai_billed_units, a.ai_resolved, per_conversation, l)}
                    </p>
                }
            });
            let pays = r
                .options
                .iter()
                .map(|o| {
                    let from = o.ai_pays_from.flatten();
                    let comparable = o.without_ai.flatten().is_some();
                    view! { <li>{text::ai_pays_from(o.id, from, comparable, l)}</li> }
                })
                .collect_view();
            view! {
                <dl class="ai-workload" data-testid="ai-workload">{rows}</dl>
                {capped}
                {billed_more}
                <p class="help">{l.pick("The AI pays for itself from a resolution rate of:", "Die KI lohnt sich ab einer Lösungsquote von:")}</p>
                <ul class="ai-pays-from" data-testid="ai-pays-from">{pays}</ul>
            }
            .into_any()
        })
    };
    view! { <div class="ai-at-work">{figures}</div> }
}
