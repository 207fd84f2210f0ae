//! Properties that hold for every valid scenario.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

mod common;
use common::scenario;
use support_calc::model::breakeven::{ticket_crossings, ticket_crossings_by_scan};
use support_calc::model::breakeven::{totals_at, TIE};
use support_calc::model::costs::{option_cost, WorkloadResult};
use support_calc::model::series::{as_charted, series};
use support_calc::model::validate::validate;
use support_calc::model::{decode, encode, report, OptionId, Scenario, XAxis};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_scenarios_are_valid(s in scenario()) {
        prop_assert!(validate(&s).is_empty(), "{:?}", validate(&s));
    }

    #[test]
    fn no_output_is_nan_or_infinite(s in scenario()) {
        let r = report(&s);
        let json = serde_json::to_value(&r).unwrap();
        fn check(v: &serde_json::Value) -> bool {
            match v {
                serde_json::Value::Number(n) => n.as_f64().is_some_and(f64::is_finite),
                serde_json::Value::Array(a) => a.iter().all(check),
                serde_json::Value::Object(o) => o.values().all(check),
                _ => true,
            }
        }
        // serde_json writes NaN and infinity as null, so look at the numbers before serialising too.
        for o in &r.options {
            for x in [o.monthly_cost, o.cost_per_ticket, o.fte_needed, o.fte_paid, o.billed_hours, o.units]
                .into_iter()
                .flatten()
            {
                prop_assert!(x.is_finite(), "{:?}: {x}", o.id);
            }
            for l in &o.lines {
                prop_assert!(l.amount.is_finite());
            }
            prop_assert_eq!(o.available, o.monthly_cost.is_some());
        }
        prop_assert!(check(&json));
    }

    #[test]
    fn no_cost_falls_when_tickets_rise(s in scenario(), t in 0u32..5000, more in 1u32..500) {
        for id in OptionId::ALL {
            let low = option_cost(&s, &WorkloadResult::at(&s, f64::from(t)), id).total();
            let high = option_cost(&s, &WorkloadResult::at(&s, f64::from(t + more)), id).total();
            match (low, high) {
                (Some(l), Some(h)) => prop_assert!(h >= l - 1e-9, "{id:?}: {l} at {t}, {h} at {}", t + more),
                // A capped platform becomes unavailable as volume grows, never the other way round.
                (None, Some(_)) => prop_assert!(false, "{id:?} became available as tickets rose"),
                _ => {}
            }
        }
    }

    #[test]
    fn every_break_even_is_a_real_flip(s in scenario()) {
        let r = report(&s);
        let cost = |id: OptionId, t: u64| totals_at(&s, XAxis::TicketsPerMonth, t as f64)[id];
        for be in &r.break_even {
            let other = if be.cheaper_above == be.a { be.b } else { be.a };
            let strictly_cheaper = |t: u64| match (cost(be.cheaper_above, t), cost(other, t)) {
                (Some(x), Some(y)) => y - x >= TIE,
                _ => false,
            };
            prop_assert!(be.tickets >= 1);
            prop_assert!(strictly_cheaper(be.tickets), "{be:?}: not cheaper at {}", be.tickets);
            prop_assert!(!strictly_cheaper(be.tickets - 1), "{be:?}: already cheaper before");
            // Before it, the last strict order was the opposite one.
            let last_strict = (0..be.tickets).rev().find_map(|t| match (cost(be.cheaper_above, t), cost(other, t)) {
                (Some(x), Some(y)) if (x - y).abs() >= TIE => Some(x < y),
                _ => None,
            });
            prop_assert_eq!(last_strict, Some(false), "{:?}", be);
        }
    }

    /// The page computes the chart from the scenario as charted (its axis variable at the minimum), so
    /// that editing that variable does not recompute the chart: on any scenario and axis the two give
    /// the same series.
    #[test]
    fn the_chart_does_not_depend_on_the_scenarios_own_value_of_its_axis(s in scenario(), axis in 0usize..6) {
        let mut s = s;
        s.chart.x = XAxis::ALL[axis];
        s.chart.max = s.chart.x.default_max(&s);
        prop_assert_eq!(series(&as_charted(&s)), series(&s));
    }

    /// The ticket search that skips settled stretches finds exactly the break-evens of evaluating
    /// every integer volume (the definition, kept as the oracle), on any scenario and axis length.
    #[test]
    fn the_ticket_search_finds_exactly_what_the_integer_scan_finds(s in scenario(), max in 0u64..30_000) {
        // With a live queue every scanned volume solves Erlang C, up to thousands of Erlangs in the
        // drawn extremes: the oracle scans a shorter axis then, which still holds many steps.
        let max = if s.channels.live_share > 0.0 { max.min(4000) } else { max };
        prop_assert_eq!(ticket_crossings(&s, max), ticket_crossings_by_scan(&s, max));
    }

    /// The same where options run close for long stretches, tie exactly and swap places often: the
    /// contractor at (nearly) the value of your hour, billed in increments, against doing it yourself.
    #[test]
    fn the_ticket_search_is_exact_where_options_tie_and_swap_often(
        s in scenario(),
        rate in 10u32..80,
        discount in prop_oneof![Just(0.0), Just(0.0005), Just(0.002), Just(0.01)],
        increment in prop_oneof![Just(1.0), Just(6.0), Just(15.0), Just(60.0)],
        minutes in prop_oneof![Just(1.0), Just(2.5), Just(5.0), Just(6.0)],
        replies in prop_oneof![Just(1.0), Just(2.0), Just(2.5), Just(3.0)],
        max in 0u64..20_000,
    ) {
        let mut s = s;
        let rate = f64::from(rate);
        s.rates.founder_hourly = rate;
        s.rates.developer_hourly = rate;
        s.workload.self_service_deflection = 0.0;
        s.workload.minutes_per_reply = minutes;
        s.workload.replies_per_ticket = replies;
        s.diy.enabled = true;
        s.contractor.enabled = true;
        s.contractor.hourly_rate = rate * (1.0 - discount);
        s.contractor.minimum_hours = 0.0;
        s.contractor.oversight_hours = 0.0;
        s.contractor.billing_increment_minutes = increment;
        // Ties of billed hours are the point here; a live queue (searched above) would only slow the
        // scan.
        s.channels.live_share = 0.0;
        let found = ticket_crossings(&s, max);
        prop_assert_eq!(&found, &ticket_crossings_by_scan(&s, max));
    }

    #[test]
    fn decoding_any_text_never_panics_and_explains(text in ".{0,200}") {
        if let Err(e) = decode(&text) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn decoding_mangled_scenarios_never_panics(cut in 0usize..1400, byte in any::<u8>()) {
        let mut bytes = encode(&Scenario::default()).into_bytes();
        let at = cut.min(bytes.len() - 1);
        bytes[at] = byte;
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = decode(&text) {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}
