#![cfg(not(target_arch = "wasm32"))]
//! Format version 6: the AI bill as 2026 vendors write it (SPEC 3.9), each rule worked by hand; the
//! vendor presets; and version-5 files giving the reports their release gave.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::costs::{option_cost, AiWorkload};
use support_calc::model::scenario::{AtCap, Pricing, FORMAT_VERSION};
use support_calc::model::vendors::{VendorPrice, VENDOR_PRICES};
use support_calc::model::{decode, encode, report, OptionId, Report, Scenario, WorkloadResult};
use support_calc::report_json;

fn assert_close(got: f64, want: f64, what: &str) {
    assert!((got - want).abs() <= 1e-6, "{what}: got {got}, want {want}");
}

fn cost(r: &Report, id: OptionId) -> f64 {
    r.option(id).and_then(|o| o.monthly_cost).unwrap()
}

fn ai(s: &Scenario) -> AiWorkload {
    WorkloadResult::of(s).ai.unwrap()
}

/// 1,500 tickets, every one answered first by an AI that resolves 40% at 1.00 per resolution, no fee;
/// the rest at the defaults (tier 1 resolves 70%, 10% of AI resolutions reopen, 2.5 replies of 5
/// minutes, a minute to read a handoff, 4 h of upkeep at 60).
fn busy_ai() -> Scenario {
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 1500.0;
    s.ai.enabled = true;
    s.ai.involvement = 1.0;
    s.ai.resolution_rate = 0.4;
    s.ai.price_per_unit = 1.0;
    s
}

#[test]
fn a_cap_that_pauses_stops_the_ai_on_day_19() {
    // Uncapped: 1,500 conversations, 600 billed resolutions, a bill of 600. A cap of 380 holds
    // 380 / 1.00 = 380 resolutions, 380 / 0.4 = 950 conversations: the AI takes 950 of 1,500 and
    // pauses for the other 550 (36.7%), from day 30 * 950 / 1,500 = 19 of a 30-day month.
    let mut s = busy_ai();
    s.ai.monthly_cap = Some(380.0);
    let a = ai(&s);
    assert_close(a.ai_conversations, 1500.0, "conversations");
    assert_close(a.ai_conversations_taken, 950.0, "taken");
    assert_close(a.ai_paused_share, 550.0 / 1500.0, "paused share");
    assert_eq!(a.pause_day(), Some(19));
    // 380 billed resolutions, 342 kept (10% reopen), all within tier 1's 1,050: handed to people
    // 950 - 342 = 608, people answer 1,500 - 342 = 1,158 tickets (the 550 the paused AI never saw).
    assert_close(a.ai_billed_units, 380.0, "billed");
    assert_close(a.ai_resolved, 342.0, "resolved");
    assert_close(a.handoffs, 608.0, "handoffs");
    assert_close(a.human_tickets, 1158.0, "human tickets");
    assert_close(a.ai_bill, 380.0, "bill");
    assert!(!a.ai_over_cap);
    // AI cost 380 + 4 h * 60 = 620. Tier 1: 1,158 * 2.5 = 2,895 replies * 5 min = 241.25 h, + 608
    // handoffs * 1 min = 10.133 h = 251.383 h. Doing it yourself: (251.383 + 450 escalations * 40
    // min = 300 h) * 60 + 620 = 33,703.
    let r = report(&s);
    assert_close(r.ai.as_ref().unwrap().cost, 620.0, "AI cost");
    assert_close(r.workload.tier1_hours, 241.25 + 608.0 / 60.0, "tier 1");
    assert_close(
        cost(&r, OptionId::Diy),
        (241.25 + 608.0 / 60.0 + 300.0) * 60.0 + 620.0,
        "diy",
    );
    // The report's JSON carries the new fields.
    let json: Value = serde_json::from_str(&report_json(&encode(&s)).unwrap()).unwrap();
    assert_eq!(json["workload"]["ai_conversations_taken"], 950.0);
    assert_eq!(json["workload"]["ai_bill"], 380.0);
    assert_eq!(json["workload"]["ai_over_cap"], false);
    assert!((json["workload"]["ai_paused_share"].as_f64().unwrap() - 0.366_667).abs() < 1e-6);
}

#[test]
fn with_overage_the_ai_goes_on_and_is_billed_past_the_cap() {
    // The same cap of 380, billed past: all 1,500 conversations, 600 resolutions, a bill of 600,
    // 220 over. 540 kept, 960 handed over, people answer 960 tickets.
    let mut s = busy_ai();
    s.ai.monthly_cap = Some(380.0);
    s.ai.at_cap = AtCap::Overage;
    let a = ai(&s);
    assert_close(a.ai_conversations_taken, 1500.0, "taken");
    assert_close(a.ai_paused_share, 0.0, "paused");
    assert_eq!(a.pause_day(), None);
    assert_close(a.ai_bill, 600.0, "bill");
    assert!(a.ai_over_cap);
    assert_close(a.ai_resolved, 540.0, "resolved");
    assert_close(a.human_tickets, 960.0, "human tickets");
    // Without a cap it is the same month, just not over anything.
    let mut free = s.clone();
    free.ai.monthly_cap = None;
    let b = ai(&free);
    assert!(!b.ai_over_cap);
    assert_close(b.ai_bill, a.ai_bill, "no cap");
    // A cap the bill stays under changes nothing either.
    let mut roomy = s.clone();
    roomy.ai.at_cap = AtCap::Pause;
    roomy.ai.monthly_cap = Some(600.0);
    assert_close(ai(&roomy).ai_conversations_taken, 1500.0, "600 holds 600");
}

#[test]
fn a_fee_and_included_units_count_against_the_cap() {
    // A fee of 100 with 200 resolutions included: bill(c) = 100 + max(0, 0.4 c - 200) * 1.00.
    // Uncapped: 100 + 400 = 500. A cap of 250 holds (250 - 100) / 1 + 200 = 350 resolutions, 875
    // conversations; day 30 * 875 / 1,500 = 17.5, so the AI stops on day 17.
    let mut s = busy_ai();
    s.ai.monthly_fee = 100.0;
    s.ai.included_units = 200.0;
    s.ai.monthly_cap = Some(250.0);
    let a = ai(&s);
    assert_close(a.ai_conversations_taken, 875.0, "taken");
    assert_close(a.ai_bill, 250.0, "bill at the cap");
    assert_eq!(a.pause_day(), Some(17));
    // A cap equal to the fee holds only the included units: 200 / 0.4 = 500 conversations.
    s.ai.monthly_cap = Some(100.0);
    assert_close(ai(&s).ai_conversations_taken, 500.0, "included only");
    // Without included units, a cap equal to the fee stops it before its first conversation.
    s.ai.included_units = 0.0;
    let a = ai(&s);
    assert_close(a.ai_conversations_taken, 0.0, "none");
    assert_close(a.ai_paused_share, 1.0, "all paused");
    assert_eq!(a.pause_day(), Some(0));
    assert_close(a.ai_bill, 100.0, "the fee alone");
}

#[test]
fn handed_off_conversations_billed_as_resolutions() {
    // Fin-style: per resolution, handoffs billed too. Every one of the 1,500 conversations is a
    // billed unit (0.4 resolutions + 0.6 handoffs), 1,500 at 1.00 instead of 600.
    let mut s = busy_ai();
    s.ai.handoffs_billed = true;
    let a = ai(&s);
    assert_close(a.ai_billed_units, 1500.0, "billed units");
    assert_close(a.ai_bill, 1500.0, "bill");
    // What people do is unchanged: 540 closed, 960 handed over.
    assert_close(a.ai_resolved, 540.0, "resolved");
    assert_close(a.handoffs, 960.0, "handoffs");
    // Capped at 600 and pausing: 600 conversations, day 30 * 600 / 1,500 = 12.
    s.ai.monthly_cap = Some(600.0);
    let a = ai(&s);
    assert_close(a.ai_conversations_taken, 600.0, "taken");
    assert_eq!(a.pause_day(), Some(12));
    // Billed per conversation, the switch changes nothing: every conversation is billed anyway.
    let mut c = busy_ai();
    c.ai.pricing = Pricing::PerConversation;
    let before = ai(&c);
    c.ai.handoffs_billed = true;
    assert_eq!(ai(&c), before);
}

#[test]
fn a_resolution_billed_twice() {
    // Gorgias-style: 0.90 a resolution, and each is a billable helpdesk ticket as well, 0.40 here.
    // 600 resolutions: 540 + 240 = 780; with upkeep 780 + 240 = 1,020.
    let mut s = busy_ai();
    s.ai.price_per_unit = 0.9;
    s.ai.extra_per_resolution = 0.4;
    let a = ai(&s);
    assert_close(a.ai_bill, 780.0, "bill");
    assert_close(a.cost, 1020.0, "cost");
    // The cap counts the vendor's own bill (fee and units), not the helpdesk tickets: a cap of 540
    // still holds every conversation, and nothing is over it.
    s.ai.monthly_cap = Some(540.0);
    s.ai.at_cap = AtCap::Overage;
    let a = ai(&s);
    assert_close(a.ai_conversations_taken, 1500.0, "taken");
    assert!(!a.ai_over_cap);
    // All of it is cash (SPEC 3.10): the employee's AI line is cash, its upkeep own time.
    let r = report(&s);
    let e = r.option(OptionId::Employee).unwrap();
    let plain = report(&{
        let mut p = s.clone();
        p.ai.extra_per_resolution = 0.0;
        p
    });
    let p = plain.option(OptionId::Employee).unwrap();
    assert_close(e.cash.unwrap() - p.cash.unwrap(), 240.0, "cash");
    assert_close(e.own_time.unwrap(), p.own_time.unwrap(), "own time");
}

#[test]
fn people_slower_on_what_the_ai_leaves_at_20_percent() {
    // Every default with the AI on: 208.875 human tickets, 522.1875 replies. At 5 min: 43.516 h +
    // 133.875 handoffs * 1 min = 2.231 h = 45.747 h. At 20% longer, 6 min: 52.219 + 2.231 = 54.45 h
    // (handoff minutes are not raised). Doing it yourself: (54.45 + 60 h of escalations) * 60 +
    // 340.2375 for the AI = 7,207.24 instead of 6,685.05.
    let mut s = Scenario::default();
    s.ai.enabled = true;
    let before = report(&s);
    assert_close(before.workload.tier1_hours, 45.746875, "at 5 min");
    assert_close(cost(&before, OptionId::Diy), 6685.05, "diy at 5 min");
    s.ai.human_minutes_uplift = 0.2;
    let r = report(&s);
    assert_close(r.workload.tier1_hours, 54.45, "at 6 min");
    assert_close(cost(&r, OptionId::Diy), 7207.2375, "diy at 6 min");
    // An option's own minutes are raised as well: the employee at 4 min works at 4.8.
    s.employee.minutes_per_reply = Some(4.0);
    let w = WorkloadResult::of(&s);
    let e = option_cost(&s, &w, OptionId::Employee);
    assert_close(
        e.own.tier1_hours,
        522.1875 * 4.8 / 60.0 + 133.875 / 60.0,
        "own minutes",
    );
    // With the AI off the uplift is nothing: people take the tickets as they come.
    s.ai.enabled = false;
    let off = report(&s);
    assert_close(off.workload.tier1_hours, 300.0 * 2.5 * 5.0 / 60.0, "AI off");
}

#[test]
fn the_ai_pays_for_itself_from_a_higher_rate_once_people_slow_down() {
    // Every default with the AI on: with the contractor it pays for itself from 36.8%; once people
    // take 30% longer on what it leaves, only from 65.3%. The platform bills replies, not minutes:
    // its 32.5% stays.
    let mut s = Scenario::default();
    s.ai.enabled = true;
    let from = |s: &Scenario, id| report(s).option(id).unwrap().ai_pays_from.flatten();
    assert_eq!(from(&s, OptionId::Contractor), Some(0.368));
    assert_eq!(from(&s, OptionId::Platform), Some(0.325));
    s.ai.human_minutes_uplift = 0.3;
    assert_eq!(from(&s, OptionId::Contractor), Some(0.653));
    assert_eq!(from(&s, OptionId::Platform), Some(0.325));
    // A cap of 40 pauses the AI after 40 of its 100 resolutions: its fixed upkeep (240) is spread
    // over fewer tickets, and it never pays for itself with the contractor; doing it yourself it
    // pays from 19.2% instead of 18.6%.
    s.ai.human_minutes_uplift = 0.0;
    assert_eq!(from(&s, OptionId::Diy), Some(0.186));
    s.ai.monthly_cap = Some(40.0);
    assert_eq!(from(&s, OptionId::Contractor), None);
    assert_eq!(from(&s, OptionId::Diy), Some(0.192));
}

#[test]
fn a_cap_below_the_fee_is_refused_and_named() {
    let err =
        report_json(r#"{"version":6,"ai":{"monthly_fee":400,"monthly_cap":300}}"#).unwrap_err();
    assert!(
        err.contains("ai.monthly_cap") && err.contains("monthly fee, 400"),
        "{err}"
    );
    let err = report_json(r#"{"version":6,"ai":{"at_cap":"stop"}}"#).unwrap_err();
    assert!(err.starts_with("ai.at_cap: "), "{err}");
    let err = report_json(r#"{"version":6,"ai":{"human_minutes_uplift":3}}"#).unwrap_err();
    assert!(err.starts_with("ai.human_minutes_uplift: "), "{err}");
    let err = report_json(r#"{"version":6,"ai":{"handoffs_billed":"yes"}}"#).unwrap_err();
    assert!(err.starts_with("ai.handoffs_billed: "), "{err}");
    // Null is no cap; a cap equal to the fee is valid.
    assert!(report_json(r#"{"version":6,"ai":{"monthly_cap":null}}"#).is_ok());
    assert!(report_json(r#"{"version":6,"ai":{"monthly_fee":400,"monthly_cap":400}}"#).is_ok());
}

#[test]
fn the_vendor_presets_fill_only_the_price_fields() {
    let mut names = std::collections::HashSet::new();
    for v in VENDOR_PRICES {
        assert!(names.insert(v.key), "{} twice", v.key);
        let mut s = busy_ai();
        s.ai.monthly_fee = 50.0;
        s.ai.included_units = 10.0;
        s.ai.monthly_cap = Some(900.0);
        s.ai.involvement = 0.6;
        s.ai.human_minutes_uplift = 0.25;
        let before = s.clone();
        v.apply(&mut s.ai);
        assert_eq!(s.ai.price_per_unit, v.price, "{}", v.key);
        assert_eq!(s.ai.pricing, v.pricing, "{}", v.key);
        assert_eq!(s.ai.handoffs_billed, v.handoffs_billed, "{}", v.key);
        assert_eq!(
            s.ai.extra_per_resolution, v.extra_per_resolution,
            "{}",
            v.key
        );
        assert!(v.matches(&s.ai), "{}", v.key);
        // Everything else is the user's own.
        let mut back = s.clone();
        back.ai.pricing = before.ai.pricing;
        back.ai.price_per_unit = before.ai.price_per_unit;
        back.ai.handoffs_billed = before.ai.handoffs_billed;
        back.ai.extra_per_resolution = before.ai.extra_per_resolution;
        back.ai.at_cap = before.ai.at_cap;
        assert_eq!(back, before, "{}", v.key);
    }
    // SPEC 3.9's price points, each with its vendor, unit and date.
    let price = |key: &str| VENDOR_PRICES.iter().find(|v| v.key == key).unwrap();
    let want: [(&str, f64, Pricing); 7] = [
        ("fin", 0.99, Pricing::PerResolution),
        ("zendesk-committed", 1.5, Pricing::PerResolution),
        ("zendesk-payg", 2.0, Pricing::PerResolution),
        ("hubspot", 0.5, Pricing::PerResolution),
        ("agentforce", 2.0, Pricing::PerConversation),
        ("freshdesk", 0.49, Pricing::PerConversation),
        ("gorgias", 0.9, Pricing::PerResolution),
    ];
    for (key, p, pricing) in want {
        let v: &VendorPrice = price(key);
        assert_eq!((v.price, v.pricing), (p, pricing), "{key}");
        assert!(!v.published.get(support_calc::i18n::Lang::En).is_empty());
    }
    assert_eq!(price("hubspot").at_cap, Some(AtCap::Pause));
    assert_eq!(price("zendesk-payg").at_cap, Some(AtCap::Overage));
    assert!(price("gorgias").extra_per_resolution > 0.0);
    // Fin bills a procedure that ends in a handoff, not every handoff: its note says so.
    assert!(!price("fin").handoffs_billed);
    assert!(price("fin")
        .note
        .get(support_calc::i18n::Lang::En)
        .contains("handoff"));
    // A quote of one's own matches none of them.
    let mut own = Scenario::default();
    own.ai.price_per_unit = 1.23;
    assert!(VENDOR_PRICES.iter().all(|v| !v.matches(&own.ai)));
}

fn v5_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v5/", $name, ".json")),
                include_str!(concat!("fixtures/v5/", $name, ".report.json")),
            )
        };
    }
    vec![
        fixture!("solo"),
        fixture!("theme-shop"),
        fixture!("saas"),
        fixture!("dev-tools"),
        fixture!("ai-helpdesk"),
        fixture!("ai_conversation_live"),
        fixture!("ai_capped_de"),
    ]
}

#[test]
fn every_version_5_fixture_gives_the_report_version_5_gave() {
    // The reports were written by the last release of version 5 (commit 3bdc984).
    for (name, scenario, old_report) in v5_fixtures() {
        assert!(scenario.starts_with(r#"{"version":5"#), "{name}");
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&old, &new, name);
        // The AI takes every conversation, billed as before.
        if let Some(units) = new["workload"]["ai_billed_units"].as_f64() {
            assert_eq!(new["workload"]["ai_paused_share"], 0.0, "{name}");
            assert_eq!(new["workload"]["ai_over_cap"], false, "{name}");
            let cost = new["ai"]["cost"].as_f64().unwrap();
            let bill = new["workload"]["ai_bill"].as_f64().unwrap();
            assert!(bill <= cost && units >= 0.0, "{name}");
        }
    }
}

#[test]
fn a_migrated_file_has_no_cap_and_writes_the_current_version() {
    let (_, v5, _) = v5_fixtures()
        .into_iter()
        .find(|(n, _, _)| *n == "ai-helpdesk")
        .unwrap();
    let s = decode(v5).unwrap();
    assert_eq!(s.version, FORMAT_VERSION);
    assert_eq!(s.ai.monthly_cap, None);
    assert!(!s.ai.handoffs_billed);
    assert_eq!(s.ai.extra_per_resolution, 0.0);
    assert_eq!(s.ai.human_minutes_uplift, 0.0);
    let again = encode(&s);
    assert!(
        again.starts_with(&format!(r#"{{"version":{FORMAT_VERSION}"#)),
        "{again}"
    );
    assert!(again.contains(r#""monthly_cap":null"#), "{again}");
    assert_eq!(decode(&again).unwrap(), s);
}

#[test]
fn older_files_holding_version_6_fields_are_refused() {
    for version in 1..=5 {
        for (field, value) in [
            ("monthly_cap", "100"),
            ("at_cap", "\"overage\""),
            ("handoffs_billed", "true"),
            ("extra_per_resolution", "0.4"),
            ("human_minutes_uplift", "0.2"),
        ] {
            let ai = if version == 1 {
                ""
            } else {
                r#""enabled":true,"#
            };
            let json = format!(r#"{{"version":{version},"ai":{{{ai}"{field}":{value}}}}}"#);
            let err = report_json(&json).unwrap_err();
            assert!(err.contains(&format!("ai.{field}")), "{json}: {err}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_pausing_cap_is_never_exceeded(s in common::scenario(), cap in 0.0..2000.0f64) {
        let mut s = s;
        s.ai.enabled = true;
        s.ai.at_cap = AtCap::Pause;
        s.ai.monthly_cap = Some(s.ai.monthly_fee + cap);
        let a = ai(&s);
        prop_assert!(a.capped_bill <= s.ai.monthly_fee + cap + 1e-6, "{} > {}", a.capped_bill, cap);
        prop_assert!(a.ai_conversations_taken <= a.ai_conversations + 1e-9);
        prop_assert!((0.0..=1.0).contains(&a.ai_paused_share));
        prop_assert!(!a.ai_over_cap);
        // The tickets add up: what the AI closes and what people answer are every ticket.
        let w = WorkloadResult::of(&s);
        prop_assert!((a.ai_resolved + a.human_tickets - w.effective_tickets).abs() <= 1e-6 * (1.0 + w.effective_tickets));
    }

    #[test]
    fn a_higher_cap_bills_more_and_leaves_people_less(
        s in common::scenario(), low in 0.0..1500.0f64, more in 0.0..1500.0f64
    ) {
        let mut s = s;
        s.ai.enabled = true;
        s.ai.at_cap = AtCap::Pause;
        s.ai.monthly_cap = Some(s.ai.monthly_fee + low);
        let a = ai(&s);
        s.ai.monthly_cap = Some(s.ai.monthly_fee + low + more);
        let b = ai(&s);
        prop_assert!(b.ai_bill >= a.ai_bill - 1e-9);
        prop_assert!(b.ai_conversations_taken >= a.ai_conversations_taken - 1e-9);
        prop_assert!(b.human_tickets <= a.human_tickets + 1e-9);
        let w_low = WorkloadResult::of(&{ let mut t = s.clone(); t.ai.monthly_cap = Some(t.ai.monthly_fee + low); t });
        let w_high = WorkloadResult::of(&s);
        prop_assert!(w_high.replies <= w_low.replies + 1e-9);
        // No cap is the highest cap of all.
        s.ai.monthly_cap = None;
        prop_assert!(ai(&s).ai_bill >= b.ai_bill - 1e-9);
    }

    #[test]
    fn with_overage_the_cap_changes_no_cost(s in common::scenario(), cap in 0.0..5000.0f64) {
        let mut s = s;
        s.ai.enabled = true;
        s.ai.at_cap = AtCap::Overage;
        s.ai.monthly_cap = None;
        let free = report(&s);
        s.ai.monthly_cap = Some(s.ai.monthly_fee + cap);
        let capped = report(&s);
        prop_assert_eq!(free.totals(), capped.totals());
    }

    #[test]
    fn slower_people_never_cost_less(s in common::scenario(), u in 0.0..2.0f64) {
        let mut plain = s;
        plain.ai.enabled = true;
        plain.ai.human_minutes_uplift = 0.0;
        let mut slow = plain.clone();
        slow.ai.human_minutes_uplift = u;
        let (before, after) = (WorkloadResult::of(&plain), WorkloadResult::of(&slow));
        prop_assert!(after.tier1_hours >= before.tier1_hours - 1e-9);
        prop_assert_eq!(after.replies, before.replies);
        for id in OptionId::ALL {
            let b = option_cost(&plain, &before, id);
            let a = option_cost(&slow, &after, id);
            prop_assert!(a.own.tier1_hours >= b.own.tier1_hours - 1e-9);
            prop_assert!(a.required_hours >= b.required_hours - 1e-9);
        }
    }
}

#[test]
fn the_page_and_the_sheet_say_where_the_cap_stops_the_ai() {
    use support_calc::i18n::Lang;
    use support_calc::model::regimes::regimes;
    use support_calc::sheet::results_sheet;
    use support_calc::text;
    let mut s = busy_ai();
    s.ai.monthly_cap = Some(380.0);
    let a = ai(&s);
    assert_eq!(
        text::ai_at_cap(&s, &a, Lang::En),
        Some((
            true,
            "At this cap the AI stops on day 19 of the month; the rest go to people.".to_string()
        ))
    );
    assert_eq!(
        text::ai_pause(19, Lang::De),
        "Bei dieser Obergrenze hört die KI am 19. Tag des Monats auf; der Rest geht an Menschen."
    );
    let r = report(&s);
    let csv = results_sheet(
        &s,
        &r,
        &regimes(&s, &r.chart_break_even),
        Default::default(),
        "2026-12-07",
        Lang::En,
    );
    assert!(
        csv.contains("AI at its cap,\"At this cap the AI stops on day 19"),
        "{csv}"
    );
    assert!(csv.contains("AI front line,\"AI billed: Per resolution; handoffs billed too: no; capped at $380.00: It pauses; the rest go to people; your own quote.\""), "{csv}");
    // Billed past the cap instead: 600 against 380.
    s.ai.at_cap = AtCap::Overage;
    let (paused, note) = text::ai_at_cap(&s, &ai(&s), Lang::En).unwrap();
    assert!(!paused);
    assert_eq!(
        note,
        "The AI's bill, $600.00, runs $220.00 past its cap of $380.00: the vendor bills the overage."
    );
    // No cap: the sheet says so where the cap's value would be, and nothing stops the AI.
    s.ai.monthly_cap = None;
    assert_eq!(text::ai_at_cap(&s, &ai(&s), Lang::En), None);
    let r = report(&s);
    let csv = results_sheet(&s, &r, &[], Default::default(), "2026-12-07", Lang::En);
    assert!(
        csv.contains("AI front line: Monthly cap on the AI's bill,,No cap"),
        "{csv}"
    );
    // A vendor's price names the vendor, its unit, its date, and says to check the page.
    VENDOR_PRICES[3].apply(&mut s.ai);
    let line = text::vendor_price(&VENDOR_PRICES[3], "EUR", Lang::En);
    assert!(
        line.starts_with("HubSpot: $0.50 per resolved conversation, from 14 April 2026."),
        "{line}"
    );
    assert!(
        line.contains("Check the vendor's page") && line.contains("counts in EUR"),
        "{line}"
    );
    assert!(text::ai_terms(&s, Lang::En)
        .unwrap()
        .contains("HubSpot $0.50 per resolved conversation"));
}

#[test]
fn the_chart_along_the_ai_resolution_rate_bills_by_the_new_rules() {
    use support_calc::model::series::table_points;
    use support_calc::model::XAxis;
    // The issue's busy AI with a cap of 380 that pauses, handoffs billed, 0.40 a resolution
    // elsewhere and people 20% slower, charted along the AI's resolution rate: every point is the
    // report of the scenario at that rate.
    let mut s = busy_ai();
    s.ai.monthly_cap = Some(380.0);
    s.ai.handoffs_billed = true;
    s.ai.extra_per_resolution = 0.4;
    s.ai.human_minutes_uplift = 0.2;
    s.chart.x = XAxis::AiResolutionRate;
    s.chart.max = 1.0;
    for (rate, totals) in table_points(&s, 10) {
        let mut at = s.clone();
        at.ai.resolution_rate = rate;
        assert_eq!(totals, report(&at).totals(), "at {rate}");
    }
    // With handoffs billed every conversation costs a unit whatever the rate: the cap stops the AI
    // at 380 conversations, day 30 * 380 / 1,500 = 7, at 0% as at 100%.
    for rate in [0.0, 0.5, 1.0] {
        s.ai.resolution_rate = rate;
        assert_eq!(ai(&s).pause_day(), Some(7), "at {rate}");
    }
}
