#![cfg(not(target_arch = "wasm32"))]
//! Format version 4 (SPEC 6): the months ahead worked by hand, the Monte Carlo's properties (checked
//! against a numeric integration of the model), the tornado worked by hand, and version-1 to -3 files
//! giving the reports their releases gave.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use support_calc::model::costs::{cheapest_of, enabled_totals, WorkloadResult};
use support_calc::model::projection::{project, ProjectionReport};
use support_calc::model::scenario::{Bounds, Spike, Uncertain};
use support_calc::model::uncertainty::{simulate, triangular, SplitMix64};
use support_calc::model::{decode, encode, report, OptionId, Scenario};
use support_calc::report_json;

fn assert_close(got: f64, want: f64, what: &str) {
    assert!((got - want).abs() <= 1e-6, "{what}: got {got}, want {want}");
}

fn cumulative(p: &ProjectionReport, id: OptionId) -> Vec<Option<f64>> {
    p.months
        .iter()
        .map(|m| m.cumulative.get(id).copied().flatten())
        .collect()
}

fn costs(p: &ProjectionReport, id: OptionId) -> Vec<Option<f64>> {
    p.months
        .iter()
        .map(|m| m.costs.get(id).copied().flatten())
        .collect()
}

fn assert_series(got: Vec<Option<f64>>, want: &[Option<f64>], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: {got:?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        match (g, w) {
            (Some(g), Some(w)) => assert_close(*g, *w, &format!("{what} month {}", i + 1)),
            (None, None) => {}
            _ => panic!("{what} month {}: got {g:?}, want {w:?}", i + 1),
        }
    }
}

/// The scenario of SPEC 3.5, flat for three months.
fn flat(months: f64) -> Scenario {
    let mut s = Scenario::default();
    s.projection.months = months;
    s.projection.monthly_growth = 0.0;
    s
}

#[test]
fn a_flat_projection_adds_each_options_first_month_one_offs() {
    // SPEC 3.5's month: diy 7,350, employee 8,530, contractor 5,282.50, platform 5,089; everyone
    // helping needs 62.5 h x 1.25 = 78.1 h of shifts, more than 8 x 160 x 5% = 64: unavailable.
    let p = project(&flat(3.0));
    assert_series(costs(&p, OptionId::Diy), &[Some(7350.0); 3], "diy");
    // One seat hired in month 1 at 3,000.
    assert_series(
        costs(&p, OptionId::Employee),
        &[Some(11530.0), Some(8530.0), Some(8530.0)],
        "employee",
    );
    // Six founder hours of onboarding at 60.
    assert_series(
        cumulative(&p, OptionId::Contractor),
        &[Some(5642.5), Some(10925.0), Some(16207.5)],
        "contractor",
    );
    assert_series(
        cumulative(&p, OptionId::Platform),
        &[Some(5089.0), Some(10178.0), Some(15267.0)],
        "platform",
    );
    assert_series(costs(&p, OptionId::AllHands), &[None; 3], "all_hands");
    assert_eq!(p.total(OptionId::Platform), Some(15267.0));
    assert_eq!(p.total(OptionId::AllHands), None);
    assert_eq!(p.cheapest_total, Some(OptionId::Platform));
    assert_eq!(p.payback.get(OptionId::Contractor), Some(&Some(1)));
    assert_eq!(p.payback.get(OptionId::Platform), Some(&Some(1)));
    assert_eq!(p.payback.get(OptionId::Employee), Some(&None));
    assert_eq!(p.payback.get(OptionId::AllHands), Some(&None));
    assert_eq!(
        p.payback.get(OptionId::Diy),
        None,
        "the baseline is not listed"
    );
    assert_eq!(p.drops_out(OptionId::AllHands), Some(1));
}

#[test]
fn growth_and_a_spike_set_each_months_tickets_and_the_hire_is_kept() {
    // 300 tickets doubling every month, month 3 at a fifth of its trend: 300, 600, 240.
    let mut s = flat(3.0);
    s.projection.monthly_growth = 1.0;
    s.projection.spikes = vec![Spike {
        month: 3.0,
        multiplier: 0.2,
    }];
    for id in [OptionId::Contractor, OptionId::Platform, OptionId::AllHands] {
        s.set_enabled(id, false);
    }
    let p = project(&s);
    let tickets: Vec<f64> = p.months.iter().map(|m| m.tickets).collect();
    for (got, want) in tickets.iter().zip([300.0, 600.0, 240.0]) {
        assert_close(*got, want, "tickets");
    }
    // Month 2: H1 125 h, 1.116 FTE, paid 1.5 on two seats (one more hired): 1.5 x 3,200 x 1.45 = 6,960,
    // tooling 100, 120 h of escalations at 60 = 7,200, oversight 240, hiring 3,000 = 17,500.
    // Month 3: 240 tickets need 0.5 FTE, but the 1.5 hired are kept: 6,960 + 100 + 48 h x 60 + 240.
    assert_series(
        costs(&p, OptionId::Employee),
        &[Some(11530.0), Some(17500.0), Some(10180.0)],
        "employee",
    );
    // Doing it yourself: (62.5 + 60) x 60, (125 + 120) x 60, (50 + 48) x 60.
    assert_series(
        cumulative(&p, OptionId::Diy),
        &[Some(7350.0), Some(22050.0), Some(27930.0)],
        "diy",
    );
    assert_eq!(p.payback.get(OptionId::Employee), Some(&None));
    assert_eq!(p.cheapest_total, Some(OptionId::Diy));
}

#[test]
fn a_setup_fee_paid_up_front_pays_back_in_month_three() {
    let mut s = flat(6.0);
    s.platform.setup_fee = 6000.0;
    // Spread, the monthly model counts 500 a month; the projection pays 6,000 in month 1 instead.
    assert_close(
        report(&s)
            .option(OptionId::Platform)
            .unwrap()
            .monthly_cost
            .unwrap(),
        5589.0,
        "monthly",
    );
    let p = project(&s);
    assert_series(
        cumulative(&p, OptionId::Platform),
        &[
            Some(11089.0),
            Some(16178.0),
            Some(21267.0),
            Some(26356.0),
            Some(31445.0),
            Some(36534.0),
        ],
        "platform",
    );
    // Against 7,350 a month doing it yourself: 21,267 < 22,050 in month 3, and below from then on.
    assert_eq!(p.payback.get(OptionId::Platform), Some(&Some(3)));
}

#[test]
fn the_ai_setup_is_founder_time_in_every_options_first_month() {
    let mut s = flat(2.0);
    s.ai.enabled = true;
    let monthly = report(&s);
    let p = project(&s);
    // 16 h x 60 = 960 with each option, beside the option's own one-offs.
    let one_offs = [
        (OptionId::Diy, 960.0),
        (OptionId::Employee, 960.0 + 3000.0),
        (OptionId::Contractor, 960.0 + 360.0),
        (OptionId::Platform, 960.0),
    ];
    for (id, extra) in one_offs {
        let month = monthly.option(id).unwrap().monthly_cost.unwrap();
        assert_series(costs(&p, id), &[Some(month + extra), Some(month)], id.key());
    }
}

#[test]
fn an_option_that_becomes_unavailable_drops_out_for_good() {
    // Everyone helping has 64 h of shifts: 78.1 h per 300 tickets, so it serves up to 245 tickets.
    // 200 growing 10% a month: 200, 220, 242, 266.2 (out), then a spike halves month 5 to 146.4: it
    // stays out.
    let mut s = flat(5.0);
    s.workload.tickets_per_month = 200.0;
    s.projection.monthly_growth = 0.1;
    s.projection.spikes = vec![Spike {
        month: 5.0,
        multiplier: 0.5,
    }];
    let p = project(&s);
    let rotation = costs(&p, OptionId::AllHands);
    assert!(rotation[..3].iter().all(Option::is_some), "{rotation:?}");
    assert!(rotation[3..].iter().all(Option::is_none), "{rotation:?}");
    // Month 1: 200 x 2.5 x 5 / 60 = 41.67 h x 1.25 = 52.08 h at 60, coordination 2 h x 60, escalations
    // 40 h x 60, and 4 h of training for each of 8 at 60.
    assert_close(
        rotation[0].unwrap(),
        52.083333333 * 60.0 + 120.0 + 2400.0 + 1920.0,
        "month 1",
    );
    assert_eq!(p.total(OptionId::AllHands), None);
    assert_eq!(p.drops_out(OptionId::AllHands), Some(4));
    assert_eq!(p.payback.get(OptionId::AllHands), Some(&None));
}

#[test]
fn report_json_carries_the_projection_of_spec_6_1() {
    let json: Value = serde_json::from_str(
        &report_json(
            r#"{"version":4,"projection":{"months":2,"monthly_growth":0,"spikes":[]},
                "all_hands":{"enabled":false}}"#,
        )
        .unwrap(),
    )
    .unwrap();
    let p = &json["projection"];
    assert_eq!(p["months"].as_array().unwrap().len(), 2);
    assert_eq!(p["months"][1]["month"], 2);
    assert_eq!(p["months"][1]["tickets"], 300.0);
    assert_eq!(p["months"][0]["costs"]["employee"], 11530.0);
    assert_eq!(p["months"][1]["cumulative"]["contractor"], 10925.0);
    assert_eq!(p["totals"]["platform"], 10178.0);
    assert_eq!(p["cheapest_total"], "platform");
    assert_eq!(p["payback"]["platform"], 1);
    assert!(p["payback"]["employee"].is_null());
    assert!(p["payback"].get("diy").is_none());
    assert!(
        p["totals"].get("all_hands").is_none(),
        "off options are not listed"
    );
    assert!(json.get("uncertainty").is_none(), "off by default");
}

/// The page's report of the month leaves the months ahead out and is otherwise the whole report.
#[test]
fn the_report_of_this_month_is_the_report_without_the_months_ahead() {
    let mut s = flat(6.0);
    s.projection.monthly_growth = 0.1;
    let whole = report(&s);
    assert_eq!(whole.projection.as_ref(), Some(&project(&s)));
    let month = support_calc::model::report::this_month(&s);
    assert!(month.projection.is_none());
    let mut json: Value = serde_json::to_value(&whole).unwrap();
    assert!(json.as_object_mut().unwrap().remove("projection").is_some());
    assert_eq!(serde_json::to_value(&month).unwrap(), json);
}

// --- uncertainty ---------------------------------------------------------------------------------------

fn ranged() -> Scenario {
    let mut s = Scenario::default();
    s.uncertainty.enabled = true;
    let r = &mut s.uncertainty.ranges;
    r.set(
        Uncertain::Tickets,
        Some(Bounds {
            low: 150.0,
            high: 700.0,
        }),
    );
    r.set(
        Uncertain::Replies,
        Some(Bounds {
            low: 1.5,
            high: 4.0,
        }),
    );
    r.set(
        Uncertain::Minutes,
        Some(Bounds {
            low: 3.0,
            high: 9.0,
        }),
    );
    r.set(
        Uncertain::Tier1Resolution,
        Some(Bounds {
            low: 0.5,
            high: 0.85,
        }),
    );
    s
}

#[test]
fn splitmix64_gives_the_published_sequence() {
    // The reference outputs of SplitMix64 for seed 1234567 (Vigna's splitmix64.c, as quoted by the
    // `rand_xoshiro` crate's tests; the same five from Python's integers).
    let mut rng = SplitMix64::new(1_234_567);
    let want: [u64; 5] = [
        6457827717110365317,
        3203168211198807973,
        9817491932198370423,
        4593380528125082431,
        16408922859458223821,
    ];
    for w in want {
        assert_eq!(rng.next_u64(), w);
    }
}

#[test]
fn the_triangular_inverse_hits_its_ends_and_its_mode() {
    assert_eq!(triangular(100.0, 300.0, 700.0, 0.0), 100.0);
    assert_close(triangular(100.0, 300.0, 700.0, 1.0 / 3.0), 300.0, "mode");
    assert_close(triangular(100.0, 300.0, 700.0, 1.0), 700.0, "high");
    assert_eq!(triangular(5.0, 5.0, 5.0, 0.7), 5.0);
    // The median of (0, 0, 1): 1 - sqrt(1/2).
    assert_close(
        triangular(0.0, 0.0, 1.0, 0.5),
        1.0 - 0.5f64.sqrt(),
        "median",
    );
}

#[test]
fn the_same_seed_gives_the_same_answer_and_another_seed_another() {
    let s = ranged();
    let a = simulate(&s);
    assert_eq!(a, simulate(&s));
    let mut other = s.clone();
    other.uncertainty.seed = 2.0;
    let b = simulate(&other);
    assert_ne!(a.options, b.options);
    // The answer travels: through the scenario's JSON and `report_json` it is the same.
    let json: Value = serde_json::from_str(&report_json(&encode(&s)).unwrap()).unwrap();
    let p = json["uncertainty"]["options"]["platform"]["p_cheapest"]
        .as_f64()
        .unwrap();
    assert_close(
        p,
        a.options.get(OptionId::Platform).unwrap().p_cheapest,
        "p",
    );
    assert_eq!(decode(&encode(&s)).unwrap(), s);
}

#[test]
fn zero_spread_gives_the_deterministic_result() {
    let mut s = Scenario::default();
    s.uncertainty.enabled = true;
    s.uncertainty.draws = 500.0;
    for u in [Uncertain::Tickets, Uncertain::Replies] {
        let v = u.value(&s);
        s.uncertainty
            .ranges
            .set(u, Some(Bounds { low: v, high: v }));
    }
    let r = simulate(&s);
    let monthly = report(&s);
    for (id, spread) in r.options.iter() {
        let cost = monthly.option(id).unwrap().monthly_cost;
        assert_eq!(spread.p10, cost, "{id:?}");
        assert_eq!(spread.p50, cost, "{id:?}");
        assert_eq!(spread.p90, cost, "{id:?}");
        let cheapest = monthly.cheapest == Some(id);
        assert_eq!(
            spread.p_cheapest,
            if cheapest { 1.0 } else { 0.0 },
            "{id:?}"
        );
    }
    assert_eq!(r.p_none, 0.0);
}

#[test]
fn the_chance_of_being_cheapest_matches_a_numeric_integration() {
    // One ranged input, tickets from 20 over 200 to 900 (below 30 doing it yourself is cheapest, then
    // the contractor to 116, then the platform): the chance that each option is cheapest is
    // the integral of the triangular density over the volumes where it is, here by the midpoint rule
    // on 90,000 steps.
    let mut s = Scenario::default();
    s.workload.tickets_per_month = 200.0;
    s.uncertainty.enabled = true;
    s.uncertainty.draws = 100_000.0;
    s.uncertainty.seed = 7.0;
    let (low, mode, high) = (20.0, 200.0, 900.0);
    s.uncertainty
        .ranges
        .set(Uncertain::Tickets, Some(Bounds { low, high }));
    let density = |t: f64| {
        if t < mode {
            2.0 * (t - low) / ((high - low) * (mode - low))
        } else {
            2.0 * (high - t) / ((high - low) * (high - mode))
        }
    };
    let steps = 90_000;
    let dt = (high - low) / steps as f64;
    let mut integral = [0.0; OptionId::COUNT];
    for i in 0..steps {
        let t = low + (i as f64 + 0.5) * dt;
        let totals = enabled_totals(&s, &WorkloadResult::at(&s, t));
        if let Some(id) = cheapest_of(&totals) {
            integral[id.index()] += density(t) * dt;
        }
    }
    let r = simulate(&s);
    let mut seen = 0.0;
    for (id, spread) in r.options.iter() {
        let want = integral[id.index()];
        // Three standard errors of a share over 100,000 draws.
        let tolerance = 3.0 * (want * (1.0 - want) / 1e5).sqrt() + 1e-3;
        assert!(
            (spread.p_cheapest - want).abs() <= tolerance,
            "{id:?}: drawn {}, integrated {want}",
            spread.p_cheapest
        );
        seen += want;
    }
    assert!(
        seen > 0.99,
        "both ends are cheapest somewhere: {integral:?}"
    );
    assert!(integral[OptionId::Contractor.index()] > 0.05);
    assert!(integral[OptionId::Platform.index()] > 0.05);
}

#[test]
fn the_tornado_is_worked_by_hand() {
    // At the scenario's values the platform (5,089) is cheapest and the contractor (5,282.50) next.
    let mut s = Scenario::default();
    s.uncertainty.enabled = true;
    s.uncertainty.ranges.set(
        Uncertain::Replies,
        Some(Bounds {
            low: 2.0,
            high: 3.0,
        }),
    );
    s.uncertainty.ranges.set(
        Uncertain::Tickets,
        Some(Bounds {
            low: 200.0,
            high: 400.0,
        }),
    );
    let r = simulate(&s);
    assert_eq!(r.compared, Some((OptionId::Platform, OptionId::Contractor)));
    // 200 tickets: contractor 41.75 h billed x 25 + 2,400 + 120 = 3,563.75; platform Growth 549 +
    // 150 x 1.90 + 2,400 + 180 = 3,414: 149.75. 400 tickets: contractor 83.5 h: 7,007.50; platform
    // Scale 1,390 + 4,800 + 180 = 6,370: 637.50.
    // 2 replies: contractor 1,250 + 3,720 = 4,970; platform Growth 549 + 250 x 1.90 + 3,780 = 4,804: 166.
    // 3 replies: contractor 1,875 + 3,720 = 5,595; platform Scale 1,390 + 3,780 = 5,170: 425.
    // Tickets swing 487.75, replies 259: tickets first though listed second.
    assert_eq!(r.tornado.len(), 2);
    assert_eq!(r.tornado[0].path, "workload.tickets_per_month");
    assert_close(r.tornado[0].low_saving.unwrap(), 149.75, "tickets low");
    assert_close(r.tornado[0].high_saving.unwrap(), 637.5, "tickets high");
    assert_eq!(r.tornado[1].path, "workload.replies_per_ticket");
    assert_close(r.tornado[1].low_saving.unwrap(), 166.0, "replies low");
    assert_close(r.tornado[1].high_saving.unwrap(), 425.0, "replies high");
}

#[test]
fn ranges_must_hold_the_scenarios_value_inside_the_inputs_range() {
    for (range, path) in [
        (
            r#""workload.tickets_per_month":{"low":400,"high":900}"#,
            "uncertainty.ranges.workload.tickets_per_month",
        ),
        (
            r#""workload.tier1_resolution_rate":{"low":0.5,"high":1.2}"#,
            "uncertainty.ranges.workload.tier1_resolution_rate",
        ),
        (
            r#""workload.founder_hourly":{"low":1,"high":2}"#,
            "uncertainty.ranges.workload.founder_hourly",
        ),
        (
            r#""ai.resolution_rate":{"low":0.1}"#,
            "uncertainty.ranges.ai.resolution_rate",
        ),
    ] {
        let json = format!(r#"{{"version":4,"uncertainty":{{"ranges":{{{range}}}}}}}"#);
        let err = report_json(&json).unwrap_err();
        assert!(err.starts_with(&format!("{path}: ")), "{json}: {err}");
    }
    let err = report_json(
        r#"{"version":4,"projection":{"months":4,"spikes":[{"month":6,"multiplier":2}]}}"#,
    )
    .unwrap_err();
    assert!(
        err.contains("projection.spikes[0].month: must be a month from 1 to 4"),
        "{err}"
    );
    let err = report_json(r#"{"version":4,"uncertainty":{"draws":50.5,"seed":-1}}"#).unwrap_err();
    assert!(
        err.contains("uncertainty.draws: must be a whole number from 100 to 100,000"),
        "{err}"
    );
    assert!(
        err.contains("uncertainty.seed: must be a whole number from 0 to 4,294,967,295"),
        "{err}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn chances_sum_to_one_and_percentiles_are_ordered(
        seed in 0u32..=u32::MAX,
        spread in 0.0f64..0.9,
        ai in any::<bool>(),
    ) {
        let mut s = ranged();
        s.ai.enabled = ai;
        s.uncertainty.draws = 400.0;
        s.uncertainty.seed = f64::from(seed);
        let v = s.workload.tickets_per_month;
        s.uncertainty.ranges.set(Uncertain::Tickets, Some(Bounds { low: v * (1.0 - spread), high: v * (1.0 + 3.0 * spread) }));
        let r = simulate(&s);
        let sum: f64 = r.options.iter().map(|(_, o)| o.p_cheapest).sum::<f64>() + r.p_none;
        prop_assert!((sum - 1.0).abs() < 1e-9, "{sum}");
        for (id, o) in r.options.iter() {
            prop_assert!(o.p_cheapest <= o.available_share + 1e-12, "{id:?}");
            if let (Some(a), Some(b), Some(c)) = (o.p10, o.p50, o.p90) {
                prop_assert!(a <= b && b <= c, "{id:?}: {a} {b} {c}");
            }
        }
    }
}

// --- migrations ----------------------------------------------------------------------------------------

fn v3_fixtures() -> Vec<(&'static str, &'static str, &'static str)> {
    macro_rules! fixture {
        ($name:literal) => {
            (
                $name,
                include_str!(concat!("fixtures/v3/", $name, ".json")),
                include_str!(concat!("fixtures/v3/", $name, ".report.json")),
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
    ]
}

#[test]
fn every_version_3_fixture_gives_the_report_version_3_gave() {
    // The reports were written by the last release of version 3 (commit 9b9518e).
    for (name, scenario, old_report) in v3_fixtures() {
        assert!(scenario.starts_with(r#"{"version":3"#), "{name}");
        let old: Value = serde_json::from_str(old_report).unwrap();
        let new: Value = serde_json::from_str(&report_json(scenario).unwrap()).unwrap();
        common::assert_contains(&common::without_v5_corrections(&old, &new), &new, name);
        // The months ahead start from SPEC 6.1's defaults; the uncertainty is off.
        assert_eq!(
            new["projection"]["months"].as_array().unwrap().len(),
            12,
            "{name}"
        );
        assert!(new.get("uncertainty").is_none(), "{name}");
    }
}

#[test]
fn version_1_and_2_files_still_give_their_reports() {
    let v1 = include_str!("fixtures/spec_example_v1.json");
    let migrated = decode(v1).unwrap();
    assert_eq!(
        migrated.version,
        support_calc::model::scenario::FORMAT_VERSION
    );
    assert!(!migrated.uncertainty.enabled);
    let r = report(&migrated);
    assert_eq!(
        r.option(OptionId::Platform).unwrap().monthly_cost,
        Some(5089.0)
    );
    // A month of the projection at the scenario's own volume is the monthly model (without the spread
    // setup fee, which is 0 here), whatever the version.
    assert_eq!(
        r.projection.as_ref().unwrap().months[0]
            .costs
            .get(OptionId::Diy),
        Some(&Some(7350.0))
    );
}

#[test]
fn older_files_holding_version_4_fields_are_refused() {
    for version in [1, 2, 3] {
        for (field, path) in [
            (r#""projection":{"months":6}"#, "projection"),
            (r#""uncertainty":{"enabled":true}"#, "uncertainty"),
            (r#""employee":{"hiring_cost":100}"#, "employee.hiring_cost"),
            (
                r#""contractor":{"onboarding_hours":2}"#,
                "contractor.onboarding_hours",
            ),
            (r#""ai":{"setup_hours":2}"#, "ai.setup_hours"),
            (
                r#""all_hands":{"training_hours":2}"#,
                "all_hands.training_hours",
            ),
        ] {
            if version == 1 && (path.starts_with("ai") || path.starts_with("all_hands")) {
                // Version 1 has no AI or rotation at all: the whole section is refused.
                let json = format!(r#"{{"version":1,{field}}}"#);
                assert!(report_json(&json).is_err(), "{json}");
                continue;
            }
            let json = format!(r#"{{"version":{version},{field}}}"#);
            let err = report_json(&json).unwrap_err();
            assert!(err.starts_with(&format!("{path}: ")), "{json}: {err}");
        }
    }
}

#[test]
fn edits_keep_the_months_and_the_ranges_valid() {
    use support_calc::model::library::Library;
    use support_calc::model::validate::validate;
    let mut s = flat(6.0);
    s.projection.spikes = vec![Spike {
        month: 2.0,
        multiplier: 3.0,
    }];
    s.uncertainty.ranges.set(
        Uncertain::Tickets,
        Some(Bounds {
            low: 200.0,
            high: 400.0,
        }),
    );
    let mut lib = Library::with("a".into(), s);
    // A spike after the last month lengthens the projection to it.
    lib.edit(|s| s.projection.spikes[0].month = 8.0);
    assert_eq!(lib.active_scenario().unwrap().projection.months, 8.0);
    // A shorter projection drops the spikes after its end.
    lib.edit(|s| s.projection.months = 5.0);
    assert!(lib.active_scenario().unwrap().projection.spikes.is_empty());
    // A value moved out of its range widens the range; a low typed above the value is held to it.
    lib.edit(|s| s.workload.tickets_per_month = 500.0);
    let b = lib
        .active_scenario()
        .unwrap()
        .uncertainty
        .ranges
        .get(Uncertain::Tickets);
    assert_eq!(
        b,
        Some(Bounds {
            low: 200.0,
            high: 500.0
        })
    );
    lib.edit(|s| {
        s.uncertainty.ranges.set(
            Uncertain::Tickets,
            Some(Bounds {
                low: 600.0,
                high: 900.0,
            }),
        )
    });
    let b = lib
        .active_scenario()
        .unwrap()
        .uncertainty
        .ranges
        .get(Uncertain::Tickets);
    assert_eq!(
        b,
        Some(Bounds {
            low: 500.0,
            high: 900.0
        })
    );
    assert_eq!(validate(lib.active_scenario().unwrap()), vec![]);
}

#[test]
fn growth_past_the_models_limit_ends_the_projection() {
    // 300 tickets doubling every month pass 1,000,000 in month 13 (300 x 2^12 = 1,228,800): from
    // then on no option is priced.
    let mut s = flat(36.0);
    s.projection.monthly_growth = 1.0;
    let p = project(&s);
    assert_eq!(p.beyond, Some(13));
    assert_close(p.months[12].tickets, 1_228_800.0, "month 13");
    for id in [OptionId::Diy, OptionId::Employee, OptionId::Platform] {
        let c = costs(&p, id);
        assert!(c[..12].iter().all(Option::is_some), "{id:?}");
        assert!(c[12..].iter().all(Option::is_none), "{id:?}");
        assert_eq!(p.total(id), None);
    }
    assert_eq!(p.cheapest_total, None);
}

#[test]
fn the_csv_carries_the_months_ahead_and_the_uncertainty() {
    use support_calc::i18n::Lang;
    use support_calc::model::regimes::regimes;
    use support_calc::sheet::results_sheet;
    let mut s = flat(6.0);
    s.platform.setup_fee = 6000.0;
    s.projection.spikes = vec![Spike {
        month: 2.0,
        multiplier: 1.0,
    }];
    s.uncertainty = ranged().uncertainty;
    s.uncertainty.draws = 1000.0;
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
    assert!(line("Spike in month").starts_with("Spike in month,2,× the trend,1"));
    assert!(line("The platform pays").contains("in month 3"), "{csv}");
    // Month 1: 300 tickets, then each option's month and cumulative cost.
    assert!(
        line("Month,Tickets,Do it yourself (USD)").contains("Support platform, cumulative (USD)")
    );
    assert!(line("1,300,").contains(",11089,11089"), "{csv}");
    assert!(line("3,300,").contains(",5089,21267"), "{csv}");
    // The draws: each range and each option's chance, and the tornado.
    assert!(line("Draws,1000,Seed,1").starts_with("Draws"));
    assert!(line("Workload: Tickets per month,150,300,700").starts_with("Workload"));
    assert!(line("Workload: Tier-1 resolution rate,50,70,85").starts_with("Workload"));
    assert!(line("Option,Chance of being cheapest (%),Available (%),P10 (USD)").contains("P90"));
    assert!(line("No option available (%),").starts_with("No option"));
    assert!(csv.contains("What matters most"), "{csv}");
}

/// The bench's Monte Carlo as this platform computes it; `tests/web.rs` asserts the same figures in
/// WebAssembly, so the same seed gives the same answer in the browser and in `report_json`.
#[test]
fn the_bench_draws_give_the_figures_the_browser_gives() {
    let r = simulate(&support_calc::model::presets::bench_monte_carlo_scenario());
    let contractor = r.options.get(OptionId::Contractor).unwrap();
    let platform = r.options.get(OptionId::Platform).unwrap();
    assert_eq!(contractor.p_cheapest, 0.0769);
    assert_eq!(platform.p_cheapest, 0.9231);
    assert_eq!(platform.p50, Some(6214.6849203094425));
    assert_eq!(platform.p90, Some(9682.80003134356));
}
