//! The worked example of SPEC 3.5: the default scenario, every figure computed by hand.

use support_calc::model::costs::{option_cost, Detail, WorkloadResult};
use support_calc::model::{report, OptionId, Scenario};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn derived_workload_matches_the_spec() {
    let w = WorkloadResult::of(&Scenario::spec_example());
    assert!(close(w.effective_tickets, 300.0));
    assert!(close(w.replies, 750.0));
    assert!(close(w.tier1_hours, 62.5));
    assert!(close(w.escalated_tickets, 90.0));
    assert!(close(w.tier2_hours, 60.0));
}

#[test]
fn option_totals_match_the_spec() {
    let r = report(&Scenario::spec_example());
    let cost = |id| r.option(id).unwrap().monthly_cost.unwrap();
    // (62.5 + 60) h x 60
    assert!(close(cost(OptionId::Diy), 7350.0));
    // 1.0 FTE x 3,200 x 1.45 + 1 seat x 50 + 60 h x 60 + 4 h x 60
    assert!(close(cost(OptionId::Employee), 8530.0));
    // 62.5 h x 25 + 3,600 + 2 h x 60
    assert!(close(cost(OptionId::Contractor), 5282.5));
    // Growth: 549 + 400 x 1.90 = 1,309; + 3,600 + 3 h x 60
    assert!(close(cost(OptionId::Platform), 5089.0));
    assert_eq!(r.cheapest, Some(OptionId::Platform));
    assert!(close(r.saving_vs_baseline.unwrap(), 7350.0 - 5089.0));
}

#[test]
fn option_details_match_the_spec() {
    let s = Scenario::spec_example();
    let w = WorkloadResult::of(&s);
    match option_cost(&s, &w, OptionId::Employee).detail {
        Detail::Employee {
            fte_needed,
            fte_paid,
            seats,
        } => {
            assert!(close(fte_needed, 62.5 / 112.0));
            assert!(close(fte_paid, 1.0));
            assert!(close(seats, 1.0));
        }
        other => panic!("unexpected {other:?}"),
    }
    match option_cost(&s, &w, OptionId::Contractor).detail {
        Detail::Contractor { billed_hours } => assert!(close(billed_hours, 62.5)),
        other => panic!("unexpected {other:?}"),
    }
    match option_cost(&s, &w, OptionId::Platform).detail {
        Detail::Platform { units, plan } => {
            assert!(close(units, 750.0));
            assert_eq!(plan, Some(1), "Growth is the cheapest plan at 750 replies");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn break_evens_over_two_thousand_tickets_match_the_spec() {
    let r = report(&Scenario::spec_example());
    let found: Vec<(OptionId, OptionId, u64)> =
        r.break_even.iter().map(|b| (b.a, b.b, b.tickets)).collect();
    use OptionId::*;
    for expected in [
        (Diy, Contractor, 30),
        (Diy, Platform, 31),
        (Contractor, Platform, 117),
        (Diy, Employee, 209),
        (Diy, Employee, 269),
        (Diy, Employee, 395),
        (Diy, Employee, 538),
        (Diy, Employee, 585),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
    let diy_employee: Vec<u64> = found
        .iter()
        .filter(|(a, b, _)| (*a, *b) == (Diy, Employee))
        .map(|&(_, _, t)| t)
        .collect();
    assert_eq!(
        diy_employee,
        vec![209, 269, 395, 538, 585],
        "584 is a tie, not a flip"
    );
}
