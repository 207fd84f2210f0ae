#![cfg(not(target_arch = "wasm32"))]
//! Format version 3 (SPEC 5): coverage, live channels and what fast answers are worth, worked by hand;
//! the availability rules; version-1 and version-2 files give the reports their releases gave.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::breakeven::{ticket_crossings, ticket_crossings_by_scan};
use support_calc::model::costs::Unavailable;
use support_calc::model::report::Report;
use support_calc::model::{report, OptionId, Scenario};
use support_calc::report_json;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

fn assert_close(got: f64, want: f64, what: &str) {
    assert!(close(got, want, 1e-9), "{what}: got {got}, want {want}");
}

fn cost(r: &Report, id: OptionId) -> Option<f64> {
    r.option(id).and_then(|o| o.monthly_cost)
}

fn why(r: &Report, id: OptionId) -> Option<Unavailable> {
    r.option(id).and_then(|o| o.cost.unavailable)
}

/// The SPEC example (300 tickets, 62.5 tier-1 hours, 60 developer hours on escalations) with one
/// person promised on every one of `hours` covered hours a week.
fn one_on_shift(hours: f64) -> Scenario {
    let mut s = Scenario::default();
    s.coverage.hours_per_week = hours;
    s.coverage.agents_on_shift = 1.0;
    s
}

#[test]
fn one_person_through_business_hours_worked_by_hand() {
    // C = 40 * 52 / 12 = 173.33 h a month, more than the 62.5 h the tickets take.
    let r = report(&one_on_shift(40.0));
    let c = 40.0 * 52.0 / 12.0;
    assert_close(r.staffing.covered_hours_per_month, c, "C");
    assert_close(r.staffing.required_hours, c, "the floor");
    assert_close(r.staffing.async_hours, 62.5, "async hours");
    // Doing it yourself: (173.33 + 60) h at 60 = 14,000 (you answer 40 h a week: the promise).
    assert_close(cost(&r, OptionId::Diy).unwrap(), 14_000.0, "diy");
    // The employee: 173.33 / (160 * 0.7) = 1.55 FTE, paid 2.0: 2 * 3,200 * 1.45 + 2 seats * 50 +
    // 3,600 escalations + 4 h oversight * 60 = 13,220.
    let e = r.option(OptionId::Employee).unwrap();
    assert_close(e.fte_needed.unwrap(), c / 112.0, "fte needed");
    assert_eq!(e.fte_paid, Some(2.0));
    assert_close(e.monthly_cost.unwrap(), 13_220.0, "employee");
    // The contractor bills 173.33 h in quarter hours: 694 / 4 = 173.5 h * 25 + 3,600 + 120 = 8,057.50.
    let k = r.option(OptionId::Contractor).unwrap();
    assert_eq!(k.billed_hours, Some(173.5));
    assert_close(k.monthly_cost.unwrap(), 8_057.5, "contractor");
    // The platform covers 168 h: as in section 3.
    assert_close(cost(&r, OptionId::Platform).unwrap(), 5_089.0, "platform");
    // The rotation staffs 173.33 h, more than 5% of 8 * 160 = 64 h.
    let a = r.option(OptionId::AllHands).unwrap();
    assert_close(a.shift_hours.unwrap(), c, "shift hours");
    assert_eq!(why(&r, OptionId::AllHands), Some(Unavailable::OverShare));
    assert_eq!(r.cheapest, Some(OptionId::Platform));
}

#[test]
fn around_the_clock_worked_by_hand() {
    // 24/7: C = 168 * 52 / 12 = 728 h.
    let mut s = one_on_shift(168.0);
    s.platform.coverage_hours_per_week = 60.0;
    let r = report(&s);
    assert_close(r.staffing.required_hours, 728.0, "the floor");
    // You answer 40 of the 168 hours: you cannot keep the promise alone.
    assert_eq!(
        why(&r, OptionId::Diy),
        Some(Unavailable::FounderHours {
            hours: 40.0,
            promised: 168.0
        })
    );
    assert_eq!(cost(&r, OptionId::Diy), None);
    // The employee: 728 / 112 = 6.5 FTE: 6.5 * 4,640 + 7 seats * 50 + 3,600 + 240 = 34,350.
    let e = r.option(OptionId::Employee).unwrap();
    assert_eq!(e.fte_paid, Some(6.5));
    assert_close(e.monthly_cost.unwrap(), 34_350.0, "employee");
    // The contractor: 728 h * 25 + 3,600 + 120 = 21,920.
    assert_close(
        cost(&r, OptionId::Contractor).unwrap(),
        21_920.0,
        "contractor",
    );
    // A plan covering 60 h a week cannot keep a 168-hour promise.
    assert_eq!(
        why(&r, OptionId::Platform),
        Some(Unavailable::PlanHours {
            hours: 60.0,
            promised: 168.0
        })
    );
    assert_eq!(r.cheapest, Some(OptionId::Contractor));
    // Two people on every shift: the founder is one person.
    s.coverage.agents_on_shift = 2.0;
    s.diy.cover_hours_per_week = 168.0;
    let r = report(&s);
    assert_eq!(
        why(&r, OptionId::Diy),
        Some(Unavailable::ShiftNeedsMore { people: 2.0 })
    );
    assert_close(r.staffing.required_hours, 1456.0, "two on shift");
}

#[test]
fn without_a_promise_the_covered_hours_change_no_cost() {
    let base = report(&Scenario::default());
    let mut s = Scenario::default();
    s.coverage.hours_per_week = 168.0;
    s.diy.cover_hours_per_week = 1.0;
    s.platform.coverage_hours_per_week = 1.0;
    let r = report(&s);
    assert_eq!(base.totals(), r.totals());
    assert!(r.options.iter().all(|o| o.cost.unavailable.is_none()
        || o.id == OptionId::AllHands && base.option(o.id).unwrap().monthly_cost.is_none()));
    // But the first replies do: the platform now answers in one hour a week.
    let p = r.option(OptionId::Platform).unwrap();
    assert!(p.fast_reply_share < 0.1, "{}", p.fast_reply_share);
}

/// All tickets by chat, around the clock, at a rate of 200 an hour in the busiest hour with a 180 s
/// handle time: 10 Erlangs, the SPEC's published example (answered within 20 s, 80%).
fn the_published_queue(tickets: f64, live_share: f64, peak: f64) -> Scenario {
    let mut s = Scenario::default();
    s.workload.tickets_per_month = tickets;
    s.coverage.hours_per_week = 168.0;
    s.channels.live_share = live_share;
    s.channels.live_handle_seconds = 180.0;
    s.channels.answer_seconds = 20.0;
    s.channels.service_level = 0.8;
    s.channels.peak_factor = peak;
    s.chart.max = 10.0;
    s
}

#[test]
fn a_live_queue_is_the_published_example_scaled_to_a_month() {
    // 145,600 live tickets over 728 covered hours are 200 an hour: 14 agents on every hour.
    let r = report(&the_published_queue(145_600.0, 1.0, 1.0));
    let st = r.staffing;
    assert_eq!(st.live_agents, 14.0);
    assert_close(st.live_hours, 14.0 * 728.0, "live hours");
    assert_close(st.async_hours, 0.0, "nothing is asynchronous");
    assert_close(st.required_hours, 10_192.0, "required");
    let live = st.live.unwrap();
    assert!(close(live.traffic_erlangs, 10.0, 1e-9));
    assert!(close(live.wait_probability, 0.1741, 5e-5), "{live:?}");
    assert!(close(live.service_level, 0.8884, 5e-5), "{live:?}");
    assert!(close(live.average_answer_seconds.unwrap(), 7.84, 5e-3));
    assert!(close(live.occupancy, 0.714, 5e-4));
    // The employee staffs 10,192 / 112 = 91 FTE; the contractor bills 10,192 h.
    let e = r.option(OptionId::Employee).unwrap();
    assert_close(e.fte_needed.unwrap(), 91.0, "fte");
    assert_eq!(
        r.option(OptionId::Contractor).unwrap().billed_hours,
        Some(10_192.0)
    );
    // Half as many tickets at twice the average in the busiest hour: the same 14.
    let r = report(&the_published_queue(72_800.0, 1.0, 2.0));
    assert_eq!(r.staffing.live_agents, 14.0);
    // Half of 291,200 tickets live: 14 agents, and the other half by email at 2.5 replies of 5 min.
    let r = report(&the_published_queue(291_200.0, 0.5, 1.0));
    assert_eq!(r.staffing.live_agents, 14.0);
    let emailed = 145_600.0 * 2.5 * 5.0 / 60.0;
    assert_close(r.staffing.async_hours, emailed, "async");
    assert_close(r.staffing.required_hours, 10_192.0 + emailed, "required");
    // Two chats at once handle 180 / 1.7 s each: 5.88 Erlangs need fewer agents.
    let mut s = the_published_queue(145_600.0, 1.0, 1.0);
    s.channels.concurrency = 2.0;
    let two = report(&s).staffing;
    assert!(close(two.live.unwrap().traffic_erlangs, 10.0 / 1.7, 1e-9));
    assert!(two.live_agents < 14.0);
}

#[test]
fn you_alone_can_take_a_quiet_chat_but_not_a_busy_one() {
    // 300 tickets, a fifth of them by chat (600 s each) in 40 h a week: 60 chats over 173.33 h, 0.52
    // an hour at the 1.5 peak, 0.087 Erlangs: one agent answers 92% within 60 s.
    let mut s = one_on_shift(40.0);
    s.channels.live_share = 0.2;
    let r = report(&s);
    assert_eq!(r.staffing.live_agents, 1.0);
    let c = 40.0 * 52.0 / 12.0;
    // One live agent on every covered hour, plus the emailed tickets: 240 * 2.5 * 5 / 60 = 50 h.
    assert_close(r.staffing.required_hours, c + 50.0, "required");
    // (223.33 + 60) h at 60 = 17,000.
    assert_close(cost(&r, OptionId::Diy).unwrap(), 17_000.0, "diy");
    // Ten times the tickets: the chat needs two people at its peak.
    s.workload.tickets_per_month = 3000.0;
    let r = report(&s);
    assert!(r.staffing.live_agents >= 2.0);
    assert!(matches!(
        why(&r, OptionId::Diy),
        Some(Unavailable::QueueNeedsMore { .. })
    ));
}

#[test]
fn first_replies_in_the_standard_week_worked_by_hand() {
    // With one person promised on shift the employee answers through all of W = 40 h: gaps of 16, 16,
    // 16, 16 and 64 h. Within one hour: (40 + 5) / 168; mean wait (4 * 16^2 + 64^2) / 2 / 168 =
    // 15.24 h. The platform covers 168 h: everything at once.
    let mut on_shift = Scenario::default();
    on_shift.coverage.agents_on_shift = 1.0;
    let r = report(&on_shift);
    let e = r.option(OptionId::Employee).unwrap();
    assert_close(e.coverage_hours_per_week, 40.0, "covered");
    assert_close(e.fast_reply_share, 45.0 / 168.0, "share");
    assert_close(e.mean_first_reply_hours, 2560.0 / 168.0, "wait");
    let p = r.option(OptionId::Platform).unwrap();
    assert_close(p.fast_reply_share, 1.0, "platform share");
    assert_close(p.mean_first_reply_hours, 0.0, "platform wait");
    // With the AI answering 75% of tickets first: 0.75 + 0.25 * 45 / 168, and a quarter of the wait.
    let mut s = on_shift.clone();
    s.ai.enabled = true;
    let r = report(&s);
    let e = r.option(OptionId::Employee).unwrap();
    assert_close(e.fast_reply_share, 0.75 + 0.25 * 45.0 / 168.0, "with AI");
    assert_close(e.mean_first_reply_hours, 0.25 * 2560.0 / 168.0, "with AI");
    // Within 4 hours instead: (40 + 4 * 4 + 4) / 168.
    let mut s = on_shift;
    s.value.fast_response_hours = 4.0;
    let e = report(&s).option(OptionId::Employee).unwrap().clone();
    assert_close(e.fast_reply_share, 60.0 / 168.0, "within 4 h");
}

#[test]
fn with_nobody_on_shift_an_option_answers_only_in_the_hours_its_people_work() {
    // SPEC 5.1, version 5. The default employee is paid 1.0 FTE of 160 h a month: 160 * 12 / 52 =
    // 36.92 h a week, within W = 40. L = 7.385 h a weekday: four gaps of 16.615 h and one of 64.615 h.
    // Within an hour (36.92 + 5) / 168 = 24.95%; mean wait (4 * 16.615^2 + 64.615^2) / 2 / 168.
    let r = report(&Scenario::default());
    let e = r.option(OptionId::Employee).unwrap();
    let x = 160.0 * 12.0 / 52.0;
    let l = x / 5.0;
    assert_close(e.coverage_hours_per_week, x, "employee hours");
    assert_close(e.fast_reply_share, (x + 5.0) / 168.0, "employee share");
    let wait = (4.0 * (24.0 - l).powi(2) + (72.0 - l).powi(2)) / 2.0 / 168.0;
    assert_close(e.mean_first_reply_hours, wait, "employee wait");
    // The contractor bills 62.5 h: 62.5 * 12 / 52 = 14.42 h a week.
    let c = r.option(OptionId::Contractor).unwrap();
    assert_close(
        c.coverage_hours_per_week,
        62.5 * 12.0 / 52.0,
        "contractor hours",
    );
    // Everyone helps: 62.5 h * 1.25 slower = 78.125 shift hours, 18.03 h a week.
    let a = r.option(OptionId::AllHands).unwrap();
    assert_close(
        a.coverage_hours_per_week,
        78.125 * 12.0 / 52.0,
        "everyone helps hours",
    );
    // The founder and the platform keep their own hours; the costs do not move.
    assert_close(
        r.option(OptionId::Diy).unwrap().coverage_hours_per_week,
        40.0,
        "diy",
    );
    assert_close(
        r.option(OptionId::Platform)
            .unwrap()
            .coverage_hours_per_week,
        168.0,
        "platform",
    );
    assert_close(
        cost(&r, OptionId::Employee).unwrap(),
        8530.0,
        "employee cost",
    );
    // Two FTE paid work 73.8 h a week: more than W, so they answer through W.
    let mut s = Scenario::default();
    s.employee.min_fte = 2.0;
    let e = report(&s).option(OptionId::Employee).unwrap().clone();
    assert_close(e.coverage_hours_per_week, 40.0, "two FTE");
}

#[test]
fn what_fast_answers_are_worth_worked_by_hand() {
    // 50 tickets: the contractor is cheapest at 10.5 billed hours (262.50) + 600 escalations + 120.
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 50.0;
    s.value.enabled = true;
    s.value.customer_lifetime_value = 6000.0;
    let r = report(&s);
    assert_eq!(r.cheapest, Some(OptionId::Contractor));
    assert_close(cost(&r, OptionId::Contractor).unwrap(), 982.5, "contractor");
    // Each fast first reply keeps 0.03 * 0.04 * 6,000 = 7.20. With nobody on shift the contractor's
    // 10.5 billed hours are 10.5 * 12 / 52 = 2.42 h a week (SPEC 5.1, version 5): it answers
    // (2.42 + 5) / 168 of 50 tickets within the hour (15.91 kept); the platform all 50 (360 kept).
    let k = r.option(OptionId::Contractor).unwrap();
    let within = (10.5 * 12.0 / 52.0 + 5.0) / 168.0;
    assert_close(k.value_kept.unwrap(), 50.0 * within * 7.2, "kept");
    assert_close(
        k.net_cost.unwrap().unwrap(),
        982.5 - 50.0 * within * 7.2,
        "net",
    );
    let p = r.option(OptionId::Platform).unwrap();
    assert_close(p.value_kept.unwrap(), 360.0, "platform kept");
    assert_close(p.net_cost.unwrap().unwrap(), 1034.0 - 360.0, "platform net");
    // By net cost the platform wins.
    assert_eq!(r.cheapest_net, Some(Some(OptionId::Platform)));
    // Off, nothing is reported.
    s.value.enabled = false;
    let r = report(&s);
    assert_eq!(r.cheapest_net, None);
    assert!(r.options.iter().all(|o| o.value_kept.is_none()));
}

#[test]
fn the_report_carries_the_fields_of_spec_5() {
    let mut s = the_published_queue(145_600.0, 1.0, 1.0);
    s.value.enabled = true;
    let json: Value =
        serde_json::from_str(&report_json(&support_calc::model::encode(&s)).unwrap()).unwrap();
    let st = &json["staffing"];
    for field in [
        "covered_hours_per_month",
        "live_agents",
        "live_hours",
        "async_hours",
        "required_hours",
        "service_level",
        "average_answer_seconds",
        "wait_probability",
        "occupancy",
    ] {
        assert!(st[field].is_number(), "staffing.{field}: {st}");
    }
    for o in json["options"].as_array().unwrap() {
        for field in [
            "coverage_hours_per_week",
            "fast_reply_share",
            "mean_first_reply_hours",
            "required_hours",
            "value_kept",
        ] {
            assert!(o[field].is_number(), "{}.{field}", o["id"]);
        }
        assert!(o.get("net_cost").is_some(), "{}", o["id"]);
    }
    assert!(json.get("cheapest_net").is_some());
    // Without a live channel the staffing object has no queue figures.
    let json: Value = serde_json::from_str(&report_json(r#"{"version":3}"#).unwrap()).unwrap();
    assert!(json["staffing"].get("service_level").is_none());
    assert_eq!(json["staffing"]["live_agents"], 0.0);
}

fn v2_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v2/", $name, ".json")),
                include_str!(concat!("fixtures/v2/", $name, ".report.json")),
            )
        };
    }
    vec![
        fixture!("solo"),
        fixture!("theme_shop"),
        fixture!("saas"),
        fixture!("dev_tools"),
        fixture!("ai_helpdesk"),
        fixture!("ai_capped_own_tier1"),
        fixture!("german_ai_axis"),
    ]
}

#[test]
fn every_version_2_fixture_gives_the_report_version_2_gave() {
    // The reports were written by the last release of version 2 (commit 883d6fb).
    for (name, scenario, old_report) in v2_fixtures() {
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&common::without_v5_corrections(&old, &new), &new, name);
        assert_eq!(new["staffing"]["live_agents"], 0.0, "{name}");
        assert!(new.get("cheapest_net").is_none(), "{name}");
    }
}

#[test]
fn older_files_holding_version_3_fields_are_refused() {
    for version in [1, 2] {
        for (field, path) in [
            (r#""coverage":{"agents_on_shift":1}"#, "coverage"),
            (r#""channels":{"live_share":0.5}"#, "channels"),
            (r#""value":{"enabled":true}"#, "value"),
            (
                r#""diy":{"cover_hours_per_week":20}"#,
                "diy.cover_hours_per_week",
            ),
            (
                r#""platform":{"coverage_hours_per_week":40}"#,
                "platform.coverage_hours_per_week",
            ),
        ] {
            let json = format!(r#"{{"version":{version},{field}}}"#);
            let err = report_json(&json).unwrap_err();
            assert!(err.starts_with(&format!("{path}: ")), "{json}: {err}");
        }
    }
}

#[test]
fn new_fields_name_themselves_and_their_range() {
    let err = report_json(
        r#"{"version":3,"coverage":{"hours_per_week":169,"agents_on_shift":1.5},
            "channels":{"concurrency":6,"service_level":1,"live_handle_seconds":5},
            "value":{"customer_lifetime_value":-1}}"#,
    )
    .unwrap_err();
    for part in [
        "coverage.hours_per_week: must be a number from 1 to 168 (got 169)",
        "coverage.agents_on_shift: must be a whole number from 0 to 100 (got 1.5)",
        "channels.concurrency: must be a whole number from 1 to 5 (got 6)",
        "channels.service_level: must be a number from 0.01 to 0.999 (got 1)",
        "channels.live_handle_seconds: must be a number from 10 to 7,200 (got 5)",
        "value.customer_lifetime_value: must be a number from 0 to 10,000,000 (got -1)",
    ] {
        assert!(err.contains(part), "{part} not in {err}");
    }
}

#[test]
fn the_break_even_search_stays_exact_with_a_live_channel_and_a_floor() {
    // A 24/7 promise with a chat queue: live agents and the floor are steps of the volume.
    let mut s = Scenario::default();
    s.coverage.hours_per_week = 168.0;
    s.coverage.agents_on_shift = 1.0;
    s.channels.live_share = 0.4;
    s.diy.cover_hours_per_week = 168.0;
    for max in [3_000, 40_000] {
        assert_eq!(
            ticket_crossings(&s, max),
            ticket_crossings_by_scan(&s, max),
            "up to {max}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// With nobody on shift and no live channel, the covered hours and the value of fast answers
    /// change no cost (SPEC 4: migration fills what leaves results unchanged).
    #[test]
    fn without_a_promise_or_a_queue_costs_are_those_of_version_2(
        mut s in common::scenario(),
        w in 1.0..=168.0f64,
    ) {
        s.coverage.agents_on_shift = 0.0;
        s.channels.live_share = 0.0;
        let before = report(&s).totals();
        s.coverage.hours_per_week = w;
        s.value.enabled = !s.value.enabled;
        prop_assert_eq!(report(&s).totals(), before);
    }

    /// A promise of people on shift never makes an option cheaper.
    #[test]
    fn a_promise_never_lowers_a_cost(mut s in common::scenario(), n in 1u32..4) {
        s.coverage.agents_on_shift = 0.0;
        let before = report(&s).totals();
        s.coverage.agents_on_shift = f64::from(n);
        let after = report(&s).totals();
        for (id, now) in after.iter() {
            if let (Some(now), Some(was)) = (now, before[id]) {
                prop_assert!(*now >= was - 1e-6, "{:?}: {} < {}", id, now, was);
            }
        }
    }
}

#[test]
fn the_csv_carries_first_replies_the_live_queue_and_net_costs() {
    use support_calc::i18n::Lang;
    use support_calc::model::regimes::regimes;
    use support_calc::sheet::results_sheet;
    let mut s = the_published_queue(145_600.0, 1.0, 1.0);
    s.value.enabled = true;
    let r = report(&s);
    let csv = results_sheet(
        &s,
        &r,
        &regimes(&s, &r.chart_break_even),
        Default::default(),
        "2026-12-02",
        Lang::En,
    );
    let line = |start: &str| {
        csv.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start} in\n{csv}"))
            .to_string()
    };
    // Every option covers 168 h here: all tickets answered within the hour.
    assert!(line("Answered within 1 h (%)").contains(",100"), "{csv}");
    assert!(line("Covered hours a week").contains(",168"));
    assert!(line("Support hours a month").contains(",10192"), "{csv}");
    assert!(line("Net cost (USD)").starts_with("Net cost (USD),"));
    assert_eq!(
        line("Live agents in every covered hour"),
        "Live agents in every covered hour,14"
    );
    assert!(line("Service level reached (%)").starts_with("Service level reached (%),88.8"));
}
