//! Each formula of SPEC 3 on small hand-worked numbers.

use support_calc::model::costs::{
    ceil_tolerant, cheapest_plan, option_cost, plan_cost, Detail, WorkloadResult,
};
use support_calc::model::report::LineKind;
use support_calc::model::{report, BillingUnit, OptionId, Plan, Scenario};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn total(s: &Scenario, id: OptionId) -> Option<f64> {
    option_cost(s, &WorkloadResult::of(s), id).total()
}

#[test]
fn ceil_ignores_floating_point_noise() {
    assert_eq!(ceil_tolerant(2.0 + 1e-12), 2.0);
    assert_eq!(ceil_tolerant(2.000001), 3.0);
    assert_eq!(ceil_tolerant(0.0), 0.0);
    // 0.1 * 3 is 0.30000000000000004 in floating point: still three tenths.
    assert_eq!(ceil_tolerant(0.1 * 3.0 / 0.1), 3.0);
}

#[test]
fn deflection_removes_tickets_before_anyone_answers() {
    let mut s = Scenario::spec_example();
    s.workload.tickets_per_month = 200.0;
    s.workload.self_service_deflection = 0.25; // 150 reach an agent
    s.workload.replies_per_ticket = 2.0; // 300 replies
    s.workload.minutes_per_reply = 6.0; // 30 h
    s.workload.tier1_resolution_rate = 0.8; // 30 escalated
    s.workload.escalation_minutes = 30.0; // 15 h
    let w = WorkloadResult::of(&s);
    assert!(close(w.effective_tickets, 150.0));
    assert!(close(w.replies, 300.0));
    assert!(close(w.tier1_hours, 30.0));
    assert!(close(w.escalated_tickets, 30.0));
    assert!(close(w.tier2_hours, 15.0));
    // Do it yourself: 45 h at the founder's 60.
    assert!(close(total(&s, OptionId::Diy).unwrap(), 2700.0));
}

#[test]
fn employee_is_paid_in_half_time_steps_with_a_minimum() {
    let mut s = Scenario::spec_example();
    // 10 h of tier 1: 10 / 112 = 0.089 FTE, below the 0.5 minimum.
    s.workload.tickets_per_month = 48.0;
    s.workload.replies_per_ticket = 2.5;
    s.workload.minutes_per_reply = 5.0;
    let w = WorkloadResult::of(&s);
    assert!(close(w.tier1_hours, 10.0));
    let cost = option_cost(&s, &w, OptionId::Employee);
    let Detail::Employee {
        fte_paid, seats, ..
    } = cost.detail
    else {
        panic!("employee detail")
    };
    assert!(close(fte_paid, 0.5));
    assert!(close(seats, 1.0));
    // 0.5 x 3,200 x 1.45 = 2,320; seat 50; tier 2: 48 x 0.3 x 40 / 60 = 9.6 h x 60 = 576; oversight 240.
    assert!(close(cost.total().unwrap(), 2320.0 + 50.0 + 576.0 + 240.0));

    // 170 h: 170 / 112 = 1.52 FTE -> 2.0 paid, 2 seats.
    s.workload.tickets_per_month = 816.0;
    let w = WorkloadResult::of(&s);
    assert!(close(w.tier1_hours, 170.0));
    let Detail::Employee {
        fte_paid, seats, ..
    } = option_cost(&s, &w, OptionId::Employee).detail
    else {
        panic!("employee detail")
    };
    assert!(close(fte_paid, 2.0));
    assert!(close(seats, 2.0));

    // 1.2 FTE with quarter steps: 1.25 paid, 2 seats.
    s.employee.fte_step = 0.25;
    s.workload.tickets_per_month = 112.0 * 1.2 * 60.0 / 12.5;
    let Detail::Employee {
        fte_paid, seats, ..
    } = option_cost(&s, &WorkloadResult::of(&s), OptionId::Employee).detail
    else {
        panic!("employee detail")
    };
    assert!(close(fte_paid, 1.25));
    assert!(close(seats, 2.0));
}

#[test]
fn contractor_bills_in_increments_above_a_minimum() {
    let mut s = Scenario::spec_example();
    s.workload.tier1_resolution_rate = 1.0; // no tier 2, to isolate the contractor
    s.contractor.oversight_hours = 0.0;
    // 2 tickets x 2.5 x 5 min = 25 min: below the 10 h minimum.
    s.workload.tickets_per_month = 2.0;
    assert!(close(total(&s, OptionId::Contractor).unwrap(), 10.0 * 25.0));
    // 100 tickets: 1,250 min = 20.83 h, billed in quarter hours: 21.0 h.
    s.workload.tickets_per_month = 100.0;
    assert!(close(total(&s, OptionId::Contractor).unwrap(), 21.0 * 25.0));
    // Hourly increments: 21 h; 7-minute increments: ceil(1250 / 7) = 179 x 7 = 1,253 min.
    s.contractor.billing_increment_minutes = 7.0;
    assert!(close(
        total(&s, OptionId::Contractor).unwrap(),
        1253.0 / 60.0 * 25.0
    ));
}

#[test]
fn plan_prices_with_overage_and_caps() {
    let growth = Plan::new("Growth", 549.0, 350.0, Some(1.9));
    assert!(close(plan_cost(&growth, 100.0).unwrap(), 549.0));
    assert!(close(
        plan_cost(&growth, 750.0).unwrap(),
        549.0 + 400.0 * 1.9
    ));
    let capped = Plan::new("Capped", 300.0, 500.0, None);
    assert_eq!(plan_cost(&capped, 500.0), Some(300.0));
    assert_eq!(plan_cost(&capped, 501.0), None);
    // Starter at 750 is 199 + 650 x 2.2 = 1,629; Growth 1,309; Scale 1,390.
    assert_eq!(
        cheapest_plan(&Plan::examples(), 750.0),
        Some((1, 549.0 + 760.0))
    );
    assert_eq!(cheapest_plan(&[capped], 900.0), None);
    assert_eq!(cheapest_plan(&[], 1.0), None);
}

#[test]
fn billing_units_count_replies_tickets_or_resolved_tickets() {
    let mut s = Scenario::spec_example();
    s.platform.plans = vec![Plan::new("Per unit", 0.0, 0.0, Some(1.0))];
    s.platform.oversight_hours = 0.0;
    s.rates.developer_hourly = 0.0;
    s.platform.billing_unit = BillingUnit::Reply;
    assert!(close(total(&s, OptionId::Platform).unwrap(), 750.0));
    s.platform.billing_unit = BillingUnit::Ticket;
    assert!(close(total(&s, OptionId::Platform).unwrap(), 300.0));
    s.platform.billing_unit = BillingUnit::ResolvedTicket;
    assert!(close(total(&s, OptionId::Platform).unwrap(), 210.0));
}

#[test]
fn platform_setup_fee_is_spread_over_its_months() {
    let mut s = Scenario::spec_example();
    s.platform.setup_fee = 1200.0;
    s.platform.setup_months = 12.0;
    assert!(close(
        total(&s, OptionId::Platform).unwrap(),
        5089.0 + 100.0
    ));
    let r = report(&s);
    let lines = &r.option(OptionId::Platform).unwrap().lines;
    let one_off = lines.iter().find(|l| l.kind == LineKind::OneOff).unwrap();
    assert!(close(one_off.amount, 100.0));
    let sum: f64 = lines.iter().map(|l| l.amount).sum();
    assert!(close(sum, 5189.0), "the lines add up to the total");
}

#[test]
fn platform_is_unavailable_when_no_plan_covers_the_volume() {
    let mut s = Scenario::spec_example();
    s.platform.plans = vec![Plan::new("Capped", 300.0, 500.0, None)];
    let r = report(&s);
    let p = r.option(OptionId::Platform).unwrap();
    assert!(!p.available);
    assert_eq!(p.monthly_cost, None, "unavailable is never shown as 0");
    assert_eq!(p.plan, Some(None));
    assert_ne!(r.cheapest, Some(OptionId::Platform));
}

#[test]
fn disabled_options_are_left_out_and_never_cheapest() {
    let mut s = Scenario::spec_example();
    s.platform.enabled = false;
    s.contractor.enabled = false;
    let r = report(&s);
    let ids: Vec<OptionId> = r.options.iter().map(|o| o.id).collect();
    assert_eq!(ids, vec![OptionId::Diy, OptionId::Employee]);
    assert_eq!(r.cheapest, Some(OptionId::Diy));
    assert!(r
        .break_even
        .iter()
        .all(|b| b.a != OptionId::Platform && b.b != OptionId::Platform));
}

#[test]
fn cost_per_ticket_divides_by_arriving_tickets() {
    let r = report(&Scenario::spec_example());
    assert!(close(
        r.option(OptionId::Diy).unwrap().cost_per_ticket.unwrap(),
        24.5
    ));
    let mut s = Scenario::spec_example();
    s.workload.tickets_per_month = 0.0;
    let r = report(&s);
    assert_eq!(r.option(OptionId::Diy).unwrap().cost_per_ticket, None);
}

#[test]
fn every_breakdown_adds_up_to_its_total() {
    let r = report(&Scenario::spec_example());
    for o in &r.options {
        let sum: f64 = o.lines.iter().map(|l| l.amount).sum();
        assert!(close(sum, o.monthly_cost.unwrap()), "{:?}", o.id);
    }
}

#[test]
fn saving_is_measured_against_the_chosen_baseline() {
    let mut s = Scenario {
        baseline: OptionId::Employee,
        ..Scenario::spec_example()
    };
    let r = report(&s);
    assert!(close(r.saving_vs_baseline.unwrap(), 8530.0 - 5089.0));
    s.employee.enabled = false;
    assert_eq!(report(&s).saving_vs_baseline, None);
}
