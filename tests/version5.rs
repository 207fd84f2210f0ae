#![cfg(not(target_arch = "wasm32"))]
//! Format version 5: a platform's live channels billed as outsourcers bill them (SPEC 5.2), who is
//! really there with nobody promised on shift (5.1), cash and own time, the verdict's basis and the
//! baseline rule (3.10), each worked by hand; and version-4 files giving the reports their release gave.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::flags::option_flag;
use support_calc::model::report::{Basis, CannotServe};
use support_calc::model::scenario::{LiveBilling, FORMAT_VERSION};
use support_calc::model::{decode, encode, report, OptionId, PerOption, Report, Scenario};
use support_calc::report_json;

fn assert_close(got: f64, want: f64, what: &str) {
    assert!((got - want).abs() <= 1e-6, "{what}: got {got}, want {want}");
}

fn cost(r: &Report, id: OptionId) -> Option<f64> {
    r.option(id).and_then(|o| o.monthly_cost)
}

/// The issue's scenario: every default, covered 24/7, a fifth of the tickets by live chat.
fn chat_around_the_clock() -> Scenario {
    let mut s = Scenario::default();
    s.coverage.hours_per_week = 168.0;
    s.channels.live_share = 0.2;
    s
}

#[test]
fn a_platform_bills_its_live_agents_by_the_hour_worked_by_hand() {
    // 300 tickets, 60 of them live. C = 168 * 52 / 12 = 728 h. Busiest hour: 60 / 728 * 1.5 =
    // 0.1236 arrivals of 600 s, A = 0.0206 erlangs. One agent: P(wait) = A = 0.0206, SL(60 s) =
    // 1 - 0.0206 * exp(-(1 - 0.0206) * 60 / 600) = 98.1% >= 80%; occupancy 2% needs no more.
    let s = chat_around_the_clock();
    let r = report(&s);
    assert_eq!(r.staffing.live_agents, 1.0);
    let p = r.option(OptionId::Platform).unwrap();
    // The live agent is billed through the platform's own C = min(168, 168) * 52 / 12 = 728 h at
    // 20 an hour: 14,560. Only the 240 tickets not live are billed per reply: 600 replies, Growth
    // 549 + 250 * 1.90 = 1,024. With 3,600 of escalations and 180 of oversight: 19,364.
    assert_eq!(p.live_hours_billed, Some(728.0));
    assert_close(p.units.unwrap(), 600.0, "units");
    assert_eq!(p.plan, Some(Some("Growth".into())));
    let live = p
        .lines
        .iter()
        .find(|l| l.label == "Live agent hours")
        .unwrap();
    assert_close(live.amount, 14_560.0, "live line");
    assert_close(p.monthly_cost.unwrap(), 19_364.0, "platform");
    // Before version 5 its per-reply plan silently covered the chat: 750 replies, 5,089.
    let mut per_unit = s.clone();
    per_unit.platform.live_billing = LiveBilling::PerUnit;
    let r = report(&per_unit);
    assert_close(cost(&r, OptionId::Platform).unwrap(), 5089.0, "per unit");
    assert_eq!(
        r.option(OptionId::Platform).unwrap().live_hours_billed,
        None
    );
    // A platform that takes no live contacts is unavailable with a live channel, and only then.
    let mut none = s.clone();
    none.platform.live_billing = LiveBilling::NotOffered;
    assert_eq!(cost(&report(&none), OptionId::Platform), None);
    none.channels.live_share = 0.0;
    assert_close(
        cost(&report(&none), OptionId::Platform).unwrap(),
        5089.0,
        "no live channel",
    );
}

#[test]
fn a_platform_covering_fewer_hours_bills_its_own_covered_hours() {
    // W = 168 with nobody promised, the plan covering 60 h: its live agent is billed for
    // min(168, 60) * 52 / 12 = 260 h at 20 = 5,200.
    let mut s = chat_around_the_clock();
    s.platform.coverage_hours_per_week = 60.0;
    let p = report(&s).option(OptionId::Platform).unwrap().clone();
    assert_close(p.live_hours_billed.unwrap(), 260.0, "hours");
    assert_close(
        p.monthly_cost.unwrap(),
        1024.0 + 5200.0 + 3600.0 + 180.0,
        "cost",
    );
}

#[test]
fn cash_and_own_time_add_up_to_each_cost_worked_by_hand() {
    // SPEC 3.5's scenario. Doing it yourself: all 122.5 h are yours, nothing is paid out. Employee:
    // 4,640 of salary and 50 of tooling paid; 60 h of developer time (3,600) and 4 h of oversight
    // (240) are own time. Contractor: 1,562.50 billed; 3,600 + 120 own. Platform: the Growth plan's
    // 1,309; 3,600 + 180 own.
    let r = report(&Scenario::spec_example());
    let split = |id, cash, own| {
        let o = r.option(id).unwrap();
        assert_close(o.cash.unwrap(), cash, &format!("{id:?} cash"));
        assert_close(o.own_time.unwrap(), own, &format!("{id:?} own time"));
    };
    split(OptionId::Diy, 0.0, 7350.0);
    split(OptionId::Employee, 4690.0, 3840.0);
    split(OptionId::Contractor, 1562.5, 3720.0);
    split(OptionId::Platform, 1309.0, 3780.0);
    // Nothing paid out is least: doing it yourself.
    assert_eq!(r.cheapest_cash, Some(OptionId::Diy));
    // Everyone helps, at 30 tickets (6.25 h * 1.25 = 7.81 shift hours, within 64): all own time,
    // 7.81 h * 60 + 6 h of escalations * 60 + 2 h of coordination * 60.
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 30.0;
    let r = report(&s);
    let a = r.option(OptionId::AllHands).unwrap();
    assert_eq!(a.cash, Some(0.0));
    assert_close(
        a.own_time.unwrap(),
        7.8125 * 60.0 + 360.0 + 120.0,
        "all hands",
    );
    // Unavailable: both null.
    let r = report(&Scenario::default());
    let a = r.option(OptionId::AllHands).unwrap();
    assert_eq!((a.cash, a.own_time), (None, None));
}

#[test]
fn the_ai_bill_is_cash_and_its_upkeep_own_time() {
    // The AI on at the defaults: 225 conversations, 101.25 billed resolutions * 0.99 = 100.24 paid,
    // 4 h of upkeep * 60 = 240 of the founder's time, on every option.
    let mut s = Scenario::default();
    s.ai.enabled = true;
    let r = report(&s);
    let d = r.option(OptionId::Diy).unwrap();
    assert_close(d.cash.unwrap(), 101.25 * 0.99, "diy cash");
    assert_close(
        d.own_time.unwrap(),
        d.monthly_cost.unwrap() - 101.25 * 0.99,
        "diy own",
    );
    let p = r.option(OptionId::Platform).unwrap();
    let plan = p.lines[0].amount;
    assert_close(p.cash.unwrap(), plan + 101.25 * 0.99, "platform cash");
    assert_close(
        p.own_time.unwrap(),
        p.tier2_hours * 60.0 + 3.0 * 60.0 + 240.0,
        "platform own",
    );
}

#[test]
fn no_saving_is_measured_against_a_baseline_that_cannot_serve() {
    // 900 tickets: doing it yourself takes 187.5 + 180 = 367.5 h of the founder's month, more than
    // 160. The platform is cheapest at Scale 1,390 + 1,250 * 1.60 + 10,800 + 180 = 14,370. The
    // contractor bills 187.5 h, more than one person works: it cannot serve either. The employee, 2.0
    // FTE: 9,280 + 100 + 10,800 + 240 = 20,420, is what the saving is measured against: 6,050.
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 900.0;
    let r = report(&s);
    assert_eq!(r.cheapest, Some(OptionId::Platform));
    assert_eq!(r.saving_vs_baseline, None);
    assert_eq!(r.saving_against, Some(OptionId::Employee));
    assert_close(r.saving.unwrap(), 6050.0, "saving");
    let flags = PerOption::from_fn(|id| option_flag(id, &s, &r, false));
    let v = r.verdict(Basis::Cost, &flags).unwrap();
    assert!(matches!(
        v.baseline_out,
        Some((OptionId::Diy, CannotServe::Flag(_)))
    ));
    // At 300 tickets the baseline serves: 7,350 - 5,089 = 2,261.
    let r = report(&Scenario::default());
    assert_eq!(r.saving_against, Some(OptionId::Diy));
    assert_eq!(r.saving_vs_baseline, Some(2261.0));
    // A baseline that is unavailable (the platform without a live channel on offer) says why.
    let mut s = chat_around_the_clock();
    s.platform.live_billing = LiveBilling::NotOffered;
    s.baseline = OptionId::Platform;
    let r = report(&s);
    let flags = PerOption::from_fn(|id| option_flag(id, &s, &r, false));
    let v = r.verdict(Basis::Cost, &flags).unwrap();
    assert!(matches!(
        v.baseline_out,
        Some((OptionId::Platform, CannotServe::Unavailable(Some(_))))
    ));
    assert_ne!(v.compared.map(|(id, _)| id), Some(OptionId::Platform));
}

#[test]
fn the_verdict_reads_by_cost_net_cost_or_cash() {
    let mut s = Scenario::default();
    s.value.enabled = true;
    let r = report(&s);
    let none = PerOption::default();
    let by_cost = r.verdict(Basis::Cost, &none).unwrap();
    assert_eq!(
        (by_cost.cheapest, by_cost.cost),
        (OptionId::Platform, 5089.0)
    );
    let by_cash = r.verdict(Basis::Cash, &none).unwrap();
    // Doing it yourself pays nothing out; the runner-up by cash is the platform's 1,309 plan.
    assert_eq!((by_cash.cheapest, by_cash.cost), (OptionId::Diy, 0.0));
    let (against, saving) = by_cash.compared.unwrap();
    assert_eq!(against, OptionId::Platform);
    assert_close(saving, 1309.0, "cash saving");
    let by_net = r.verdict(Basis::Net, &none).unwrap();
    assert_eq!(by_net.cheapest, r.cheapest_net.flatten().unwrap());
}

#[test]
fn who_is_really_there_reads_the_people_an_option_pays_for() {
    // A 24/7 promise with nobody on shift: the 1.0 FTE employee works 36.9 h a week, not 168, and is
    // never "always staffed"; with one person promised on shift it answers through all 168.
    let mut s = Scenario::default();
    s.coverage.hours_per_week = 168.0;
    let r = report(&s);
    let e = r.option(OptionId::Employee).unwrap();
    assert_close(
        e.coverage_hours_per_week,
        160.0 * 12.0 / 52.0,
        "nobody promised",
    );
    assert!(e.fast_reply_share < 0.5);
    s.coverage.agents_on_shift = 1.0;
    let e = report(&s).option(OptionId::Employee).unwrap().clone();
    assert_close(e.coverage_hours_per_week, 168.0, "one on shift");
    assert_close(e.fast_reply_share, 1.0, "always answered");
}

// --- migrations ----------------------------------------------------------------------------------------

fn v4_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v4/", $name, ".json")),
                include_str!(concat!("fixtures/v4/", $name, ".report.json")),
            )
        };
    }
    vec![
        fixture!("solo"),
        fixture!("theme-shop"),
        fixture!("saas"),
        fixture!("dev-tools"),
        fixture!("ai-helpdesk"),
        fixture!("live_24_7"),
        fixture!("german_value"),
        fixture!("chat_no_promise"),
    ]
}

#[test]
fn every_version_4_fixture_gives_the_report_version_4_gave() {
    // The reports were written by the last release of version 4 (commit 8820fba).
    for (name, scenario, old_report) in v4_fixtures() {
        assert!(scenario.starts_with(r#"{"version":4"#), "{name}");
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&common::without_v5_corrections(&old, &new), &new, name);
        // Every cost is the same, and splits into cash and own time.
        for o in new["options"].as_array().unwrap() {
            match o["monthly_cost"].as_f64() {
                Some(c) => {
                    let split = o["cash"].as_f64().unwrap() + o["own_time"].as_f64().unwrap();
                    assert!(
                        (split - c).abs() < 1e-6,
                        "{name} {}: {split} vs {c}",
                        o["id"]
                    );
                }
                None => assert!(o["cash"].is_null() && o["own_time"].is_null(), "{name}"),
            }
        }
    }
}

#[test]
fn a_migrated_live_channel_stays_billed_per_unit() {
    let (_, v4, _) = v4_fixtures()
        .into_iter()
        .find(|(n, _, _)| *n == "chat_no_promise")
        .unwrap();
    let s = decode(v4).unwrap();
    assert_eq!(s.version, FORMAT_VERSION);
    assert_eq!(s.platform.live_billing, LiveBilling::PerUnit);
    // Written again it is a version-5 file that reads back the same.
    let again = encode(&s);
    assert!(again.contains(r#""live_billing":"per_unit""#), "{again}");
    assert_eq!(decode(&again).unwrap(), s);
    // A new scenario bills live agents by the hour, at 20 an hour.
    let fresh = decode(r#"{"version":5}"#).unwrap();
    assert_eq!(fresh.platform.live_billing, LiveBilling::PerAgentHour);
    assert_eq!(fresh.platform.live_hourly, 20.0);
}

#[test]
fn older_files_holding_version_5_fields_are_refused() {
    for version in [1, 2, 3, 4] {
        for field in ["live_billing", "live_hourly"] {
            let value = if field == "live_billing" {
                r#""per_unit""#
            } else {
                "20"
            };
            let json = format!(r#"{{"version":{version},"platform":{{"{field}":{value}}}}}"#);
            let err = report_json(&json).unwrap_err();
            assert!(
                err.contains(&format!("platform.{field}")),
                "{version}: {err}"
            );
        }
    }
    let err = report_json(r#"{"version":5,"platform":{"live_billing":"per_minute"}}"#).unwrap_err();
    assert!(err.contains("platform.live_billing"), "{err}");
    let err = report_json(r#"{"version":5,"platform":{"live_hourly":-1}}"#).unwrap_err();
    assert!(err.contains("platform.live_hourly"), "{err}");
}

#[test]
fn the_report_names_the_version_5_fields_as_the_spec_does() {
    let json: Value =
        serde_json::from_str(&report_json(&encode(&chat_around_the_clock())).unwrap()).unwrap();
    assert!(json.get("cheapest_cash").is_some());
    for o in json["options"].as_array().unwrap() {
        assert!(
            o.get("cash").is_some() && o.get("own_time").is_some(),
            "{o}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cash_and_own_time_always_add_up(s in common::scenario()) {
        let r = report(&s);
        for o in &r.options {
            match o.monthly_cost {
                Some(c) => {
                    let (cash, own) = (o.cash.unwrap(), o.own_time.unwrap());
                    prop_assert!((cash + own - c).abs() <= 1e-6 * c.abs().max(1.0));
                    prop_assert!(cash >= -1e-9 && own >= -1e-9, "{:?}: {} {}", o.id, cash, own);
                }
                None => prop_assert!(o.cash.is_none() && o.own_time.is_none()),
            }
        }
    }

    #[test]
    fn nobody_promised_never_answers_more_hours_than_promised(s in common::scenario()) {
        let r = report(&s);
        for o in &r.options {
            if matches!(o.id, OptionId::Employee | OptionId::Contractor | OptionId::AllHands) {
                prop_assert!(o.coverage_hours_per_week <= s.coverage.hours_per_week + 1e-9);
            }
        }
    }
}
