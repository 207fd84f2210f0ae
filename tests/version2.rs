#![cfg(not(target_arch = "wasm32"))]
//! Format version 2 (SPEC 3.6-3.8): the AI front line, everyone helps and each option's own tier 1,
//! worked by hand; version-1 files give the reports version 1 gave; and the properties the SPEC states.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::ai::pays_from;
use support_calc::model::costs::{option_cost, WorkloadResult};
use support_calc::model::scenario::Pricing;
use support_calc::model::{report, BillingUnit, OptionId, Plan, Scenario};
use support_calc::report_json;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn assert_close(got: f64, want: f64, what: &str) {
    assert!(close(got, want), "{what}: got {got}, want {want}");
}

fn cost(s: &Scenario, id: OptionId) -> Option<f64> {
    report(s).option(id).and_then(|o| o.monthly_cost)
}

/// The defaults with the AI on, billed per resolution with 50 included for a fee of 50.
fn ai_per_resolution() -> Scenario {
    let mut s = Scenario::default();
    s.ai.enabled = true;
    s.ai.monthly_fee = 50.0;
    s.ai.included_units = 50.0;
    s
}

#[test]
fn ai_per_resolution_with_included_units_worked_by_hand() {
    let s = ai_per_resolution();
    let w = WorkloadResult::of(&s);
    let a = w.ai.expect("the AI is on");
    // 300 tickets reach an agent; the AI answers 75% of them first: 225 conversations.
    assert_close(a.ai_conversations, 225.0, "conversations");
    // It closes 45% as the vendor counts: 101.25 billed resolutions; 10% come back: 91.125 kept.
    assert_close(a.ai_billed_units, 101.25, "billed");
    assert_close(a.ai_resolved, 91.125, "resolved");
    assert!(!a.ai_capped, "tier 1 could resolve 210");
    assert_close(a.human_tickets, 208.875, "human tickets");
    assert_close(a.handoffs, 225.0 - 91.125, "handoffs");
    // 50 + (101.25 - 50) x 0.99 + 4 h x 60 = 340.7375.
    assert_close(a.cost, 340.7375, "ai_cost");
    // 208.875 x 2.5 = 522.1875 replies; 522.1875 x 5 / 60 + 133.875 x 1 / 60 = 45.746875 h.
    assert_close(w.replies, 522.1875, "replies");
    assert_close(w.tier1_hours, 45.746875, "H1");
    assert_close(w.escalated_tickets, 90.0, "escalations are unchanged");
    assert_close(w.tier2_hours, 60.0, "H2");

    let r = report(&s);
    let c = |id| r.option(id).unwrap().monthly_cost.unwrap();
    // (45.746875 + 60) h x 60 + 340.7375
    assert_close(c(OptionId::Diy), 6685.55, "diy");
    // 0.5 FTE (0.408 needed) x 3,200 x 1.45 + 50 + 3,600 + 240 + 340.7375
    assert_close(c(OptionId::Employee), 6550.7375, "employee");
    // 182.9875 quarter hours -> 183 -> 45.75 h x 25 + 3,600 + 120 + 340.7375
    assert_close(c(OptionId::Contractor), 5204.4875, "contractor");
    // Growth: 549 + (522.1875 - 350) x 1.90 = 876.15625; + 3,600 + 180 + 340.7375
    assert_close(c(OptionId::Platform), 4996.89375, "platform");
    // 57.18359375 shift hours (within 64) x 60 + 3,600 + 120 + 340.7375
    assert_close(c(OptionId::AllHands), 7491.753125, "all_hands");
    assert_eq!(r.cheapest, Some(OptionId::Platform));

    // Without the AI: the version-1 figures, and everyone helping is over its 5% (78.125 h > 64).
    let without = |id| r.option(id).unwrap().without_ai.unwrap();
    assert_eq!(without(OptionId::Diy), Some(7350.0));
    assert_eq!(without(OptionId::Platform), Some(5089.0));
    assert_eq!(without(OptionId::AllHands), None);
    let ai = r.ai.unwrap();
    assert_close(ai.cost, 340.7375, "report ai.cost");
    assert_close(ai.saving.unwrap(), 5089.0 - 4996.89375, "saving");
    // Every option carries its AI line.
    for o in &r.options {
        let line = o.lines.iter().find(|l| l.label == "AI front line");
        assert_close(line.map_or(0.0, |l| l.amount), 340.7375, o.id.key());
    }
}

#[test]
fn ai_per_conversation_held_to_what_tier1_could_resolve() {
    let mut s = Scenario::spec_example();
    s.ai.enabled = true;
    s.ai.pricing = Pricing::PerConversation;
    s.ai.involvement = 1.0;
    s.ai.resolution_rate = 0.9;
    s.ai.reopen_rate = 0.0;
    s.ai.price_per_unit = 0.5;
    s.ai.handoff_minutes = 2.0;
    s.ai.upkeep_hours = 0.0;
    let w = WorkloadResult::of(&s);
    let a = w.ai.unwrap();
    // 270 resolutions claimed, but tier 1 resolves only 70% of 300 = 210: the AI is capped there.
    assert!(a.ai_capped);
    assert_close(a.ai_resolved, 210.0, "capped at T_eff x d");
    assert_close(a.human_tickets, 90.0, "human");
    assert_close(a.handoffs, 90.0, "handoffs");
    // Every conversation is billed: 300 x 0.50.
    assert_close(a.ai_billed_units, 300.0, "units");
    assert_close(a.cost, 150.0, "ai_cost");
    // 225 replies x 5 / 60 + 90 x 2 / 60 = 21.75 h.
    assert_close(w.tier1_hours, 21.75, "H1");
    assert_close(
        cost(&s, OptionId::Diy).unwrap(),
        81.75 * 60.0 + 150.0,
        "diy",
    );
    assert_close(
        cost(&s, OptionId::Contractor).unwrap(),
        21.75 * 25.0 + 3600.0 + 120.0 + 150.0,
        "contractor",
    );
    // 225 replies: Starter, 199 + 125 x 2.20 = 474.
    assert_close(
        cost(&s, OptionId::Platform).unwrap(),
        474.0 + 3600.0 + 180.0 + 150.0,
        "platform",
    );
    let json: Value =
        serde_json::from_str(&report_json(&support_calc::model::encode(&s)).unwrap()).unwrap();
    assert_eq!(json["workload"]["ai_capped"], true);
    assert_eq!(json["workload"]["ai_resolved"], 210.0);
    assert_eq!(json["workload"]["human_tickets"], 90.0);
}

#[test]
fn ai_with_nothing_to_do_costs_its_fee_and_upkeep() {
    let mut s = Scenario::spec_example();
    s.ai.enabled = true;
    s.ai.involvement = 0.0;
    s.ai.monthly_fee = 29.0;
    let r = report(&s);
    // 29 + 4 h x 60 on top of every version-1 figure.
    for (id, v1) in [
        (OptionId::Diy, 7350.0),
        (OptionId::Employee, 8530.0),
        (OptionId::Contractor, 5282.5),
        (OptionId::Platform, 5089.0),
    ] {
        assert_close(
            r.option(id).unwrap().monthly_cost.unwrap(),
            v1 + 269.0,
            id.key(),
        );
    }
    assert_close(r.ai.unwrap().saving.unwrap(), -269.0, "it only costs");
    // With nothing to answer, no resolution rate makes it pay.
    assert_eq!(r.option(OptionId::Diy).unwrap().ai_pays_from, Some(None));
}

#[test]
fn the_ai_pays_for_itself_from_a_resolution_rate_worked_by_hand() {
    let mut s = Scenario::spec_example();
    s.ai.enabled = true;
    // At rate r: 225 conversations, 202.5r kept, H1 = 66.25 - 45.5625r h; doing it yourself costs
    // (H1 + 60) x 60 + 225r x 0.99 + 240 = 7,815 - 2,511r, below 7,350 - 0.005 from r > 0.18519.
    assert_eq!(pays_from(&s, OptionId::Diy), Some(0.186));
    s.ai.resolution_rate = 0.186;
    assert_close(
        cost(&s, OptionId::Diy).unwrap(),
        7815.0 - 2511.0 * 0.186,
        "at 0.186",
    );
    assert_eq!(
        report(&s).option(OptionId::Diy).unwrap().ai_pays_from,
        Some(Some(0.186))
    );
}

#[test]
fn a_platform_whose_tier1_resolves_less_worked_by_hand() {
    let mut s = Scenario::spec_example();
    s.platform.billing_unit = BillingUnit::ResolvedTicket;
    s.platform.plans = vec![Plan::new("Per resolved ticket", 0.0, 0.0, Some(3.0))];
    // With the workload's 70%: 210 resolved x 3 = 630 + 60 h x 60 + 180 = 4,410.
    assert_close(cost(&s, OptionId::Platform).unwrap(), 4410.0, "same rate");
    // At its own 50%: 150 resolved x 3 = 450, 150 escalations x 40 min = 100 h x 60 = 6,000.
    s.platform.tier1_resolution_rate = Some(0.5);
    let r = report(&s);
    let p = r.option(OptionId::Platform).unwrap();
    assert_close(p.monthly_cost.unwrap(), 450.0 + 6000.0 + 180.0, "own rate");
    assert_close(p.units.unwrap(), 150.0, "billed resolved tickets");
    assert_close(p.escalated_tickets, 150.0, "own escalations");
    assert_close(p.tier2_hours, 100.0, "own tier-2 hours");
    assert_close(
        p.tier1_hours,
        62.5,
        "tier-1 hours at the workload's minutes",
    );
    // The other options keep the workload's 90 escalations.
    assert_close(
        r.option(OptionId::Diy).unwrap().escalated_tickets,
        90.0,
        "diy",
    );
    assert_eq!(
        r.cheapest,
        Some(OptionId::Contractor),
        "the platform no longer wins"
    );

    // With the AI on: it closes 91.125; the platform's escalations stay min(150, 208.875) = 150 and it
    // bills 208.875 - 150 = 58.875 resolved tickets.
    s.ai.enabled = true;
    let p = report(&s).option(OptionId::Platform).unwrap().clone();
    assert_close(p.units.unwrap(), 58.875, "billed with the AI");
    assert_close(p.escalated_tickets, 150.0, "escalations with the AI");
    // 58.875 x 3 + 6,000 + 180 + (101.25 x 0.99 + 240)
    assert_close(
        p.monthly_cost.unwrap(),
        176.625 + 6000.0 + 180.0 + 340.2375,
        "with the AI",
    );
}

#[test]
fn own_reply_minutes_change_only_that_option() {
    let mut s = Scenario::spec_example();
    s.contractor.minutes_per_reply = Some(4.0);
    s.employee.tier1_resolution_rate = Some(0.8);
    let r = report(&s);
    // 750 replies x 4 min = 50 h x 25 + 3,600 + 120.
    assert_close(
        r.option(OptionId::Contractor)
            .unwrap()
            .monthly_cost
            .unwrap(),
        4970.0,
        "c",
    );
    assert_close(
        r.option(OptionId::Contractor).unwrap().tier1_hours,
        50.0,
        "c hours",
    );
    // 60 escalations x 40 min = 40 h: 4,640 + 50 + 2,400 + 240.
    assert_close(
        r.option(OptionId::Employee).unwrap().monthly_cost.unwrap(),
        7330.0,
        "e",
    );
    assert_close(
        r.option(OptionId::Diy).unwrap().monthly_cost.unwrap(),
        7350.0,
        "diy",
    );
}

#[test]
fn everyone_helps_inside_and_outside_its_allowed_share() {
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 200.0;
    let r = report(&s);
    let o = r.option(OptionId::AllHands).unwrap();
    // 500 replies x 5 min = 41.67 h, x 1.25 for non-specialists = 52.083 h of shifts, within
    // 8 people x 160 h x 5% = 64 h: 52.083 x 60 + 40 h x 60 + 2 h x 60 = 5,645.
    assert!(o.available);
    assert_close(o.shift_hours.unwrap(), 500.0 * 5.0 / 60.0 * 1.25, "shift");
    assert_close(o.capacity_hours.unwrap(), 64.0, "capacity");
    assert_close(
        o.hours_per_person.unwrap(),
        52.083_333_333_333_336 / 8.0,
        "each",
    );
    assert_close(
        o.share_of_time.unwrap(),
        52.083_333_333_333_336 / 1280.0,
        "share",
    );
    assert_close(o.monthly_cost.unwrap(), 5645.0, "cost");
    let labels: Vec<&str> = o.lines.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Team shift hours",
            "Developer time on escalations",
            "Running the rotation"
        ]
    );

    // At 300 tickets: 78.125 h would be 6.1% of everyone's time, over the 5% rule: unavailable.
    s.workload.tickets_per_month = 300.0;
    let r = report(&s);
    let o = r.option(OptionId::AllHands).unwrap();
    assert!(!o.available);
    assert_eq!(o.monthly_cost, None);
    assert_close(o.share_of_time.unwrap(), 78.125 / 1280.0, "needed share");

    // Its own resolution rate: 90% at 200 tickets leaves 20 escalations, 13.3 h x 60 = 800.
    s.workload.tickets_per_month = 200.0;
    s.all_hands.tier1_resolution_rate = Some(0.9);
    assert_close(
        cost(&s, OptionId::AllHands).unwrap(),
        3125.0 + 800.0 + 120.0,
        "own rate",
    );
    // A larger team takes the 300 tickets within the rule: 10 x 160 x 5% = 80 h.
    s.workload.tickets_per_month = 300.0;
    s.all_hands.team_size = 10.0;
    assert!(cost(&s, OptionId::AllHands).is_some());
}

#[test]
fn ties_go_to_the_option_earlier_in_the_order() {
    let mut s = Scenario::default();
    for id in OptionId::ALL {
        s.set_enabled(id, matches!(id, OptionId::Contractor | OptionId::AllHands));
    }
    s.workload.tickets_per_month = 100.0;
    // Contractor: 20.833 h -> 21 h billed ... make both cost exactly the same.
    s.contractor.minimum_hours = 0.0;
    s.contractor.billing_increment_minutes = 1.0;
    s.contractor.oversight_hours = 2.0;
    s.contractor.hourly_rate = 30.0;
    s.all_hands.speed_factor = 1.0;
    s.all_hands.team_hourly = 30.0;
    let r = report(&s);
    let c = |id| r.option(id).unwrap().monthly_cost.unwrap();
    assert_close(c(OptionId::Contractor), c(OptionId::AllHands), "a tie");
    assert_eq!(r.cheapest, Some(OptionId::Contractor));
}

fn fixture_reports() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v1/", $name, ".json")),
                include_str!(concat!("fixtures/v1/", $name, ".report.json")),
            )
        };
    }
    vec![
        fixture!("spec_example"),
        fixture!("busy_resolved_capped"),
        fixture!("german_contractor_axis"),
        fixture!("two_options_ticket_billing"),
        fixture!("no_tickets_no_plans"),
        fixture!("founder_axis_per_ticket"),
    ]
}

#[test]
fn every_version_1_fixture_gives_the_report_version_1_gave() {
    // The reports were written by the release before version 2 (commit 8282b7a).
    for (name, scenario, old_report) in fixture_reports() {
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&common::without_v5_corrections(&old, &new), &new, name);
        assert!(new.get("ai").is_none(), "{name}: the AI is off");
        let ids: Vec<&str> = new["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        assert!(!ids.contains(&"all_hands"), "{name}: everyone helps is off");
    }
}

#[test]
fn a_version_1_file_that_holds_version_2_fields_is_refused() {
    for (json, path) in [
        (r#"{"version":1,"ai":{"enabled":true}}"#, "ai"),
        (r#"{"version":1,"all_hands":{"enabled":true}}"#, "all_hands"),
        (
            r#"{"version":1,"platform":{"tier1_resolution_rate":0.5}}"#,
            "platform.tier1_resolution_rate",
        ),
        (
            r#"{"version":1,"chart":{"x":"ai_resolution_rate","max":1}}"#,
            "chart.x",
        ),
        (r#"{"version":1,"baseline":"all_hands"}"#, "baseline"),
    ] {
        let err = report_json(json).unwrap_err();
        assert!(err.starts_with(&format!("{path}: ")), "{json}: {err}");
    }
    // The same fields are read in version 2.
    let r: Value = serde_json::from_str(
        &report_json(r#"{"version":2,"ai":{"enabled":true},"baseline":"all_hands"}"#).unwrap(),
    )
    .unwrap();
    assert!(r["ai"]["cost"].is_number());
}

#[test]
fn new_fields_name_themselves_and_their_range() {
    let err = report_json(
        r#"{"version":2,"ai":{"resolution_rate":1.5,"pricing":"per_seat"},
            "all_hands":{"team_size":0},"employee":{"minutes_per_reply":0}}"#,
    )
    .unwrap_err();
    for part in [
        "ai.resolution_rate: must be a number from 0 to 1 (got 1.5)",
        "ai.pricing: unknown value `per_seat`",
        "all_hands.team_size: must be a number from 1 to 1,000 (got 0)",
        "employee.minutes_per_reply: must be a number from 0.1 to 600 (got 0)",
    ] {
        assert!(err.contains(part), "{part} not in {err}");
    }
    // null: the workload's value.
    let s =
        support_calc::model::decode(r#"{"version":2,"platform":{"tier1_resolution_rate":null}}"#)
            .unwrap();
    assert_eq!(s.platform.tier1_resolution_rate, None);
}

#[test]
fn the_report_names_the_new_fields_as_the_spec_does() {
    let s = ai_per_resolution();
    let r: Value =
        serde_json::from_str(&report_json(&support_calc::model::encode(&s)).unwrap()).unwrap();
    for field in [
        "ai_conversations",
        "ai_billed_units",
        "ai_resolved",
        "human_tickets",
        "handoffs",
        "ai_capped",
    ] {
        assert!(r["workload"].get(field).is_some(), "workload.{field}");
    }
    let options = r["options"].as_array().unwrap();
    assert_eq!(options.len(), 5);
    assert_eq!(options[4]["id"], "all_hands");
    for o in options {
        for field in [
            "without_ai",
            "ai_pays_from",
            "tier1_hours",
            "escalated_tickets",
            "tier2_hours",
        ] {
            assert!(o.get(field).is_some(), "{}.{field}", o["id"]);
        }
    }
    for field in [
        "shift_hours",
        "hours_per_person",
        "share_of_time",
        "capacity_hours",
    ] {
        assert!(options[4].get(field).is_some(), "all_hands.{field}");
    }
    assert!(r["ai"]["cost"].is_number() && r["ai"]["saving"].is_number());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn with_nothing_for_the_ai_every_cost_is_the_version_1_cost_plus_its_own(
        s in common::scenario()
    ) {
        let mut off = s.clone();
        off.ai.enabled = false;
        let mut idle = s.clone();
        idle.ai.enabled = true;
        idle.ai.involvement = 0.0;
        // People's replies take as long as without the AI (SPEC 3.9's uplift applies while it is on).
        idle.ai.human_minutes_uplift = 0.0;
        let ai_cost = WorkloadResult::of(&idle).ai.unwrap().cost;
        for id in OptionId::ALL {
            let before = option_cost(&off, &WorkloadResult::of(&off), id).total();
            let after = option_cost(&idle, &WorkloadResult::of(&idle), id).total();
            match (before, after) {
                (Some(b), Some(a)) => prop_assert!((a - (b + ai_cost)).abs() <= 1e-9 * (1.0 + a.abs())),
                (b, a) => prop_assert_eq!(b.is_some(), a.is_some()),
            }
        }
    }

    #[test]
    fn the_ai_never_resolves_more_than_tier1_could(s in common::scenario()) {
        let mut s = s;
        s.ai.enabled = true;
        let w = WorkloadResult::of(&s);
        let a = w.ai.unwrap();
        prop_assert!(a.ai_resolved <= w.effective_tickets * s.workload.tier1_resolution_rate + 1e-9);
        prop_assert!(a.handoffs >= -1e-9 && a.human_tickets >= -1e-9);
    }

    #[test]
    fn ai_pays_from_is_the_first_rate_on_the_grid_where_the_ai_is_cheaper(
        s in common::scenario(), pick in 0usize..5
    ) {
        let mut s = s;
        s.ai.enabled = true;
        let id = OptionId::ALL[pick];
        let mut off = s.clone();
        off.ai.enabled = false;
        let without = option_cost(&off, &WorkloadResult::of(&off), id).total();
        let cheaper_at = |k: u32| {
            let mut on = s.clone();
            on.ai.resolution_rate = f64::from(k) / 1000.0;
            let with = option_cost(&on, &WorkloadResult::of(&on), id).total();
            matches!((with, without), (Some(w), Some(o)) if o - w > 0.005)
        };
        let first = (0..=1000).find(|&k| cheaper_at(k)).map(|k| f64::from(k) / 1000.0);
        prop_assert_eq!(pays_from(&s, id), first);
    }
}
