//! Shared by the property tests: any valid scenario.
#![allow(dead_code)]

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::scenario::{AtCap, Pricing};
use support_calc::model::schema::{numbers, Kind, INPUTS};
use support_calc::model::{BillingUnit, OptionId, Plan, Scenario};

/// How many inputs an option may set for itself (SPEC 3.8).
fn own_inputs() -> usize {
    INPUTS
        .iter()
        .filter(|i| matches!(i.kind, Kind::Optional(_)))
        .count()
}

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
    // One per option, the AI front line's and the value of fast answers.
    let switches = proptest::collection::vec(any::<bool>(), OptionId::COUNT + 2);
    let own = proptest::collection::vec(
        prop_oneof![2 => Just(None), 1 => (0.0..=1.0f64).prop_map(Some)],
        own_inputs(),
    );
    let pricing = prop_oneof![Just(Pricing::PerResolution), Just(Pricing::PerConversation)];
    let plans = proptest::collection::vec(plan(), 0..5);
    let unit = prop_oneof![
        Just(BillingUnit::Reply),
        Just(BillingUnit::Ticket),
        Just(BillingUnit::ResolvedTicket)
    ];
    let drawn = (values, switches, plans, unit, 10u32..600, own, pricing);
    drawn.prop_map(|(values, on, plans, unit, max, own, pricing)| {
        let mut s = Scenario::default();
        for ((_, n), u) in numbers().zip(values) {
            // Most real inputs sit low in their range; square to explore that part more.
            let v = n.range.min + (n.range.max - n.range.min) * u * u;
            // People on shift and chats at once are whole.
            (n.set)(&mut s, if n.range.is_count() { v.round() } else { v });
        }
        // A positive volume is at least one ticket (fractions above one are valid in files).
        s.workload.tickets_per_month = s.workload.tickets_per_month.min(5000.0);
        if s.workload.tickets_per_month > 0.0 && s.workload.tickets_per_month < 1.0 {
            s.workload.tickets_per_month = 1.0;
        }
        for (id, on) in OptionId::ALL.into_iter().zip(&on) {
            s.set_enabled(id, *on);
        }
        s.ai.enabled = on[OptionId::COUNT];
        s.value.enabled = on[OptionId::COUNT + 1];
        s.ai.pricing = pricing;
        let own_fields = INPUTS.iter().filter_map(|i| match &i.kind {
            Kind::Optional(o) => Some(o),
            _ => None,
        });
        for (o, u) in own_fields.zip(own) {
            (o.set)(
                &mut s,
                u.map(|u| o.range.min + (o.range.max - o.range.min) * u),
            );
        }
        // The AI's cap is at least its fee (SPEC 3.9); half of the capped draws bill past it.
        if let Some(cap) = s.ai.monthly_cap {
            s.ai.monthly_cap = Some(cap.max(s.ai.monthly_fee));
            s.ai.at_cap = if cap.fract() < 0.5 {
                AtCap::Pause
            } else {
                AtCap::Overage
            };
        }
        s.ai.handoffs_billed = on[OptionId::COUNT] != on[0];
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

/// Every value of `old` is in `new` at the same place, numbers equal to the last bit (`new` may say
/// more: later versions add fields).
pub fn assert_contains(old: &Value, new: &Value, at: &str) {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            for (k, v) in o {
                let inner = n.get(k).unwrap_or_else(|| panic!("{at}.{k} is gone"));
                assert_contains(v, inner, &format!("{at}.{k}"));
            }
        }
        (Value::Array(o), Value::Array(n)) => {
            assert_eq!(o.len(), n.len(), "{at}: length");
            for (i, (a, b)) in o.iter().zip(n).enumerate() {
                assert_contains(a, b, &format!("{at}[{i}]"));
            }
        }
        _ => assert_eq!(old, new, "{at}"),
    }
}

/// What version 5 corrects in an older report (SPEC 5.1 and 3.10), taken out of `old` where `new`
/// shows the correction applies, so that `assert_contains` checks everything else to the last bit:
///
/// - the saving against a baseline that cannot serve (unavailable, or flagged as taking more hours
///   than one person has): `new` then measures it against another option (`saving_against`);
/// - the first replies of an employee, a contractor or everyone helping with nobody promised on shift:
///   they answer only in the hours their people work, never more than before.
pub fn without_v5_corrections(old: &Value, new: &Value) -> Value {
    let mut old = old.clone();
    let baseline = new["baseline"].clone();
    if new["saving_against"] != baseline && new["saving_vs_baseline"].is_null() {
        old["saving_vs_baseline"] = Value::Null;
    }
    let corrected = ["employee", "contractor", "all_hands"];
    let (Some(old_options), Some(new_options)) =
        (old["options"].as_array_mut(), new["options"].as_array())
    else {
        return old;
    };
    for (o, n) in old_options.iter_mut().zip(new_options) {
        let id = n["id"].as_str().unwrap_or_default();
        let (Some(before), Some(now)) = (
            o["coverage_hours_per_week"].as_f64(),
            n["coverage_hours_per_week"].as_f64(),
        ) else {
            continue;
        };
        if !corrected.contains(&id) || now == before {
            continue;
        }
        assert!(
            now < before,
            "{id}: {now} h a week, more than the {before} promised"
        );
        let o = o.as_object_mut().unwrap();
        for field in [
            "coverage_hours_per_week",
            "fast_reply_share",
            "mean_first_reply_hours",
            "value_kept",
            "net_cost",
        ] {
            o.remove(field);
        }
    }
    if old.get("cheapest_net").is_some() && old["cheapest_net"] != new["cheapest_net"] {
        // Read by net cost the corrected first replies may crown another option.
        old.as_object_mut().unwrap().remove("cheapest_net");
    }
    old
}
