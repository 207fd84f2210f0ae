//! Shared by the property tests: any valid scenario.
#![allow(dead_code)]

use proptest::prelude::*;
use support_calc::model::schema::numbers;
use support_calc::model::{BillingUnit, OptionId, Plan, Scenario};

pub fn plan() -> impl Strategy<Value = Plan> {
    (
        0.0..3000.0f64,
        0.0..5000.0f64,
        prop_oneof![3 => (0.0..5.0f64).prop_map(Some), 1 => Just(None)],
    )
        .prop_map(|(fee, included, overage)| Plan::new("Plan", fee, included, overage))
}

/// Any valid scenario: every field drawn from its valid range, with a short ticket axis to keep it quick.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    let values = proptest::collection::vec(0.0..=1.0f64, numbers().count());
    let switches = proptest::collection::vec(any::<bool>(), 4);
    let plans = proptest::collection::vec(plan(), 0..5);
    let unit = prop_oneof![
        Just(BillingUnit::Reply),
        Just(BillingUnit::Ticket),
        Just(BillingUnit::ResolvedTicket)
    ];
    (values, switches, plans, unit, 10u32..600).prop_map(|(values, on, plans, unit, max)| {
        let mut s = Scenario::default();
        for ((_, n), u) in numbers().zip(values) {
            // Most real inputs sit low in their range; square to explore that part more.
            (n.set)(&mut s, n.range.min + (n.range.max - n.range.min) * u * u);
        }
        // A positive volume is at least one ticket (fractions above one are valid in files).
        s.workload.tickets_per_month = s.workload.tickets_per_month.min(5000.0);
        if s.workload.tickets_per_month > 0.0 && s.workload.tickets_per_month < 1.0 {
            s.workload.tickets_per_month = 1.0;
        }
        for (id, on) in OptionId::ALL.into_iter().zip(on) {
            s.set_enabled(id, on);
        }
        s.platform.plans = plans;
        s.platform.billing_unit = unit;
        s.chart.max = f64::from(max);
        s
    })
}

/// Any valid scenario with any name, currency and locale.
pub fn named_scenario() -> impl Strategy<Value = Scenario> {
    (
        scenario(),
        "[^\\p{C}]{1,40}",
        "[A-Z]{3}",
        prop_oneof![Just("en"), Just("de")],
    )
        .prop_filter_map(
            "names need a visible character",
            |(mut s, name, currency, locale)| {
                // The model's own rule: a name of only invisible characters (U+FE00, a zero-width
                // space) is no name, however long.
                let max = support_calc::model::schema::NAME_MAX_CHARS;
                if support_calc::model::validate::name_problem(&name, max).is_some() {
                    return None;
                }
                s.name = name;
                s.currency = currency;
                s.locale = locale.to_string();
                Some(s)
            },
        )
}
