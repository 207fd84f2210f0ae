//! The AI front line's panel: its switch, the vendors' published prices, its inputs, and what it does
//! at the current figures (its workload, its bill against its cap, and from which resolution rate it
//! pays for itself with each option), or, while it is off, what it would change.

use leptos::prelude::*;

use super::fields::Switch;
use super::inputs::{Panel, SectionInputs};
use super::split::{on_demand, split_point, Build};
use super::AppState;
use crate::format;
use crate::model::ai::saving_if_on;
use crate::model::scenario::Pricing;
use crate::model::schema::Section;
use crate::model::vendors::{VendorPrice, VENDOR_PRICES};
use crate::text;

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
        <VendorPrices />
        <SectionInputs section=Section::Ai />
    }
}

/// The vendors' published prices (SPEC 3.9): each fills only the price fields. The line below says
/// whose price the fields hold and to check the vendor's page, or that they are the user's own quote.
#[component]
fn VendorPrices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let matching = state.slice(|s| VendorPrice::matching(&s.ai).map(|v| v.key));
    let on_change = move |ev| {
        let key = event_target_value(&ev);
        let Some(v) = VENDOR_PRICES.iter().find(|v| v.key == key) else {
            // "Your own quote" keeps the fields as they are.
            return;
        };
        state.edit(|s| v.apply(&mut s.ai));
        // The fields show the new prices rather than what was typed.
        state.generation.update(|g| *g += 1);
    };
    let options = VENDOR_PRICES
        .iter()
        .map(|v| {
            let name = move || {
                let l = state.l();
                // Short enough for a phone; the line below the picker says the unit and the date.
                format!(
                    "{} · {}",
                    v.vendor.get(l),
                    format::money_precise(v.price, "USD", l.code())
                )
            };
            view! { <option value=v.key>{name}</option> }
        })
        .collect_view();
    let line = move || {
        let l = state.l();
        match matching.get().and_then(|k| VENDOR_PRICES.iter().find(|v| v.key == k)) {
            Some(v) => state.currency.with(|c| text::vendor_price(v, c, l)),
            None => l
                .pick(
                    "Your own quote: the prices below are yours, not a vendor's list.",
                    "Ihr eigenes Angebot: Die Preise unten sind Ihre, keine Preisliste eines Anbieters.",
                )
                .to_string(),
        }
    };
    view! {
        <div class="field vendor-prices">
            <label for="ai-vendor-price">
                {state.t("Price as a vendor publishes it", "Preis, wie ein Anbieter ihn veröffentlicht")}
            </label>
            <select
                id="ai-vendor-price"
                data-testid="ai-vendor-price"
                prop:value=move || matching.get().unwrap_or("own")
                on:change=on_change
                aria-describedby="ai-vendor"
            >
                <option value="own">{state.t("Your own quote", "Ihr eigenes Angebot")}</option>
                {options}
            </select>
            <p class="help" id="ai-vendor" data-testid="ai-vendor" aria-live="polite">{line}</p>
        </div>
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
            let mut rows = vec![
                (l.pick("Conversations", "Konversationen"), a.ai_conversations),
                (billed, a.ai_billed_units),
                (l.pick("Tickets it closes", "Von ihr gelöste Tickets"), a.ai_resolved),
                (l.pick("Handed to a person", "An Menschen übergeben"), a.handoffs),
            ];
            if a.ai_paused_share > 0.0 {
                let taken = l.pick("Taken before the cap", "Vor der Obergrenze übernommen");
                rows.insert(1, (taken, a.ai_conversations_taken));
            }
            let rows = rows
            .into_iter()
            .map(|(label, v)| view! { <div><dt>{label}</dt><dd>{format::count(v, locale)}</dd></div> })
            .collect_view();
            let capped = a.ai_capped.then(|| {
                view! { <p class="flag" data-testid="ai-capped">{text::ai_capped(a.kept, a.tier1_could, l)}</p> }
            });
            let (cap, handoffs_billed, currency) = state
                .scenario
                .with(|s| (s.ai.monthly_cap, s.ai.handoffs_billed, s.currency.clone()));
            let billed_more = (a.ai_billed_units > a.ai_resolved + 0.5).then(|| {
                view! {
                    <p class="verdict-note" data-testid="ai-billed-more">
                        {text::ai_billed_more(a.ai_billed_units, a.ai_resolved, per_conversation, handoffs_billed, l)}
                    </p>
                }
            });
            let meter = cap.filter(|c| *c > 0.0).map(|c| {
                let used = (a.capped_bill / c).clamp(0.0, 1.0);
                let full = a.ai_paused_share > 0.0 || a.ai_over_cap;
                view! {
                    <div class="cap-meter" class:full=full aria-hidden="true">
                        <span style=format!("width: {}%", format::css(used * 100.0, 1))></span>
                    </div>
                }
            });
            let bill = view! {
                <div class="ai-bill">
                    <p data-testid="ai-bill">{text::ai_bill(a.capped_bill, a.extra, cap, &currency, l)}</p>
                    {meter}
                </div>
            };
            let at_cap = state.scenario.with(|s| text::ai_at_cap(s, &a, l)).map(|(paused, note)| {
                let id = if paused { "ai-pause-panel" } else { "ai-over-cap-panel" };
                view! { <p class="flag" data-testid=id>{note}</p> }
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
                {bill}
                {at_cap}
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
