//! One card per option: its monthly cost and what it rests on, and the workload strip below them.

use leptos::prelude::*;

use crate::format;
use crate::model::OptionId;
use crate::text;
use crate::text::{option_detail, option_flag, per_ticket};
use crate::ui::theme::option_class;
use crate::ui::AppState;

/// One card per option; the sticky summary shows while none of them is on screen.
#[component]
pub(super) fn Cards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = NodeRef::<leptos::html::Ul>::new();
    list.on_load(move |ul| crate::ui::media::watch_visible(&ul, state.cards_visible));
    view! {
        <ul class="cards" node_ref=list>
            {OptionId::ALL.into_iter().map(|id| view! { <Card id=id /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Card(id: OptionId) -> impl IntoView {
    let state = expect_context::<AppState>();
    // An edit reruns the card's figures; its classes and badges, memos, only when they change.
    let option = move || state.report.with(|r| r.option(id).cloned());
    let cheapest = Memo::new(move |_| state.report.with(|r| r.cheapest == Some(id)));
    let is_cheapest = move || cheapest.get();
    let is_off = move || !state.is_enabled(id);
    let available = move |yes: bool| {
        Memo::new(move |_| {
            state
                .report
                .with(|r| r.option(id).is_some_and(|o| o.available == yes))
        })
    };
    let (available, unavailable) = (available(true), available(false));
    // Memos: an edit rebuilds these lines only when their words change.
    let works_fewer = Memo::new(move |_| works_fewer(state, id));
    let live = Memo::new(move |_| live_note(state, id));
    let split = Memo::new(move |_| {
        let l = state.l();
        let parts = state
            .report
            .with(|r| r.option(id).and_then(|o| Some((o.cash?, o.own_time?))))?;
        let money = |v| state.currency.with(|c| format::money_total(v, c, l.code()));
        Some((money(parts.0), money(parts.1)))
    });
    let billing_unit = state.billing_unit;
    let cost = move || {
        let l = state.l();
        let currency = state.currency.get();
        match option() {
            None => l.pick("Off", "Aus").to_string(),
            Some(o) => match o.monthly_cost {
                Some(c) => format::money_total(c, &currency, l.code()),
                None => l.pick("Not available", "Nicht verfügbar").to_string(),
            },
        }
    };
    let per_ticket = move || {
        let l = state.l();
        let currency = state.currency.get();
        option()
            .and_then(|o| o.cost_per_ticket)
            .map(|c| per_ticket(c, &currency, l))
    };
    let detail = move || {
        let l = state.l();
        let unit = billing_unit.get();
        match option() {
            Some(o) => option_detail(&o, unit, l),
            None => l
                .pick(
                    "Switched off in its panel",
                    "In seinem Bereich ausgeschaltet",
                )
                .to_string(),
        }
    };
    view! {
        <li
            class=format!("card {}", option_class(id))
            class:cheapest=is_cheapest
            class:off=is_off
            class:unavailable=move || unavailable.get()
            data-testid=format!("card-{}", id.key())
        >
            <header>
                <h3>
                    <span class="swatch" aria-hidden="true"></span>
                    {move || id.name().get(state.l())}
                </h3>
                <Show when=is_cheapest>
                    <span class="badge">{state.t("Cheapest", "Am günstigsten")}</span>
                </Show>
            </header>
            <p class="cost">
                <span data-testid=format!("cost-{}", id.key())>{cost}</span>
                <Show when=move || available.get()>
                    <span class="per-month">{state.t(" / month", " / Monat")}</span>
                </Show>
            </p>
            {move || {
                option()
                    .and_then(|o| o.without_ai)
                    .map(|without| {
                        let t = state.currency.with(|c| text::without_ai(without, c, state.l()));
                        view! { <p class="without-ai" data-testid=format!("without-ai-{}", id.key())>{t}</p> }
                    })
            }}
            <p class="per-ticket">{move || per_ticket().unwrap_or_else(|| "\u{a0}".to_string())}</p>
            <p class="detail">{detail}</p>
            {move || {
                option()
                    .map(|o| {
                        let within = state.scenario.with(|s| s.value.fast_response_hours);
                        let t = text::fast_reply(o.fast_reply_share, within, o.mean_first_reply_hours, o.coverage_hours_per_week, state.l());
                        view! { <p class="fast-reply" data-testid=format!("fast-reply-{}", id.key())>{t}</p> }
                    })
            }}
            {move || works_fewer.get().map(|t| view! { <p class="card-note" data-testid=format!("works-fewer-{}", id.key())>{t}</p> })}
            <Show when=move || split.with(Option::is_some)>
                <p class="split">
                    <span data-testid=format!("cash-{}", id.key())>{move || split.get().map(|s| s.0)}</span>
                    {move || text::split_words(state.l()).0}
                    <span data-testid=format!("own-time-{}", id.key())>{move || split.get().map(|s| s.1)}</span>
                    {move || text::split_words(state.l()).1}
                </p>
            </Show>
            {move || live.get().map(|t| view! { <p class="card-note" data-testid=format!("live-paid-{}", id.key())>{t}</p> })}
            {move || {
                option()
                    .and_then(|o| Some((o.value_kept?, o.net_cost.flatten())))
                    .map(|(kept, net)| {
                        let t = state.currency.with(|c| text::net_cost(kept, net, c, state.l()));
                        view! { <p class="net-cost" data-testid=format!("net-cost-{}", id.key())>{t}</p> }
                    })
            }}
            {move || card_note(state, id).map(|(test_id, t)| view! { <p class="card-note" data-testid=test_id>{t}</p> })}
            {move || {
                state
                    .option_flags
                    .with(|f| f[id])
                    .map(|f| {
                        view! {
                            <p class="card-flag" data-testid=format!("flag-{}", id.key())>
                                {option_flag(id, f, state.l())}
                            </p>
                        }
                    })
            }}
        </li>
    }
}

/// With nobody promised on shift, an employee, a contractor or everyone helping whose people work fewer
/// hours than the week covered: what it really answers in, and what covering all of it would take.
fn works_fewer(state: AppState, id: OptionId) -> Option<String> {
    let l = state.l();
    // Only for an option that can be had: an unavailable one says why instead.
    let worked = state.report.with(|r| {
        r.option(id)
            .filter(|o| o.available)
            .map(|o| o.coverage_hours_per_week)
    })?;
    state.scenario.with(|s| {
        let promised = s.coverage.hours_per_week;
        let need = crate::model::report::to_cover_promise(s, id)?;
        (worked < promised - 1e-9).then(|| text::works_fewer_hours(id, worked, promised, need, l))
    })
}

/// How the card's live hours are paid, while some tickets arrive live and the option is available.
fn live_note(state: AppState, id: OptionId) -> Option<String> {
    let l = state.l();
    let billed = state.report.with(|r| {
        r.option(id)
            .filter(|o| o.available && r.staffing.live_tickets > 0.0)
            .map(|o| o.live_hours_billed)
    })?;
    let hourly = state
        .scenario
        .with(|s| format::money_precise(s.platform.live_hourly, &s.currency, l.code()));
    Some(text::live_paid(id, billed, &hourly, l))
}

/// What a card says besides its figures: the option's own tier 1 where it differs from the workload's,
/// and, for everyone helping past its share, what share it would need.
fn card_note(state: AppState, id: OptionId) -> Option<(String, String)> {
    let l = state.l();
    let promise = state.report.with(|r| {
        r.option(id)
            .and_then(|o| o.cost.unavailable)
            .map(|why| text::unavailable(why, l))
            .filter(|t| !t.is_empty())
    });
    if let Some(t) = promise {
        return Some((format!("unavailable-{}", id.key()), t));
    }
    state.scenario.with(|s| {
        if id == OptionId::AllHands {
            let needed = state.report.with(|r| {
                r.option(id)
                    .filter(|o| !o.available)
                    .and_then(|o| o.share_of_time)
            });
            if let Some(needed) = needed {
                let t = text::all_hands_over(needed, s.all_hands.max_share, l);
                return Some(("all-hands-over".to_string(), t));
            }
        }
        let (rate, minutes) = s.own_tier1(id);
        let w = &s.workload;
        let rate = rate
            .filter(|d| *d != w.tier1_resolution_rate)
            .map(|d| (d, w.tier1_resolution_rate));
        let minutes = minutes
            .filter(|m| *m != w.minutes_per_reply)
            .map(|m| (m, w.minutes_per_reply));
        (rate.is_some() || minutes.is_some()).then(|| {
            let t = text::own_tier1_note(rate, minutes, l);
            (format!("own-tier1-{}", id.key()), t)
        })
    })
}

#[component]
pub(super) fn WorkloadStrip() -> impl IntoView {
    let state = expect_context::<AppState>();
    let item = move |label: (&'static str, &'static str),
                     value: fn(&crate::model::WorkloadResult, &str) -> String| {
        view! {
            <div>
                <dt>{move || state.tr(label.0, label.1)}</dt>
                <dd>{move || state.report.with(|r| value(&r.workload, state.l().code()))}</dd>
            </div>
        }
    };
    view! {
        <dl class="workload-strip" data-testid="workload">
            {item(("Tickets reaching an agent", "Tickets bei einer Person"), |w, l| format::count(w.effective_tickets, l))}
            {item(("Replies", "Antworten"), |w, l| format::count(w.replies, l))}
            {item(("Tier-1 hours", "Stunden 1st-Level"), |w, l| format::hours(w.tier1_hours, l))}
            {item(("Escalated tickets", "Eskalierte Tickets"), |w, l| format::count(w.escalated_tickets, l))}
            {item(("Tier-2 hours", "Stunden 2nd-Level"), |w, l| format::hours(w.tier2_hours, l))}
        </dl>
    }
}
