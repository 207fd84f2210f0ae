//! The cost of each way of staffing support (SPEC 3.2 and 3.3).
//!
//! Everything here is a plain function of a scenario and a ticket volume, allocation-free, so that the
//! break-even search can evaluate it at every integer volume.

use serde::Serialize;

use super::scenario::{BillingUnit, OptionId, PerOption, Plan, Scenario, Workload};

/// `ceil` that ignores floating-point noise: 2.0000000001 stays 2 (SPEC 3.2).
pub fn ceil_tolerant(x: f64) -> f64 {
    (x - 1e-9).ceil()
}

/// The derived workload of SPEC 3.2.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct WorkloadResult {
    pub effective_tickets: f64,
    pub replies: f64,
    pub tier1_hours: f64,
    pub escalated_tickets: f64,
    pub tier2_hours: f64,
}

impl WorkloadResult {
    pub fn of(w: &Workload) -> WorkloadResult {
        WorkloadResult::at(w, w.tickets_per_month)
    }

    /// The workload at another ticket volume, everything else as in `w`.
    pub fn at(w: &Workload, tickets: f64) -> WorkloadResult {
        let effective_tickets = tickets * (1.0 - w.self_service_deflection);
        let replies = effective_tickets * w.replies_per_ticket;
        let escalated_tickets = effective_tickets * (1.0 - w.tier1_resolution_rate);
        WorkloadResult {
            effective_tickets,
            replies,
            tier1_hours: replies * w.minutes_per_reply / 60.0,
            escalated_tickets,
            tier2_hours: escalated_tickets * w.escalation_minutes / 60.0,
        }
    }
}

/// A monthly cost split by kind of line (SPEC 3.3).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Breakdown {
    /// Front-line labour: your time, a salary, contractor hours or the platform plan.
    pub tier1: f64,
    /// Developer time on escalated tickets.
    pub tier2: f64,
    /// Fixed fees such as tooling seats.
    pub fees: f64,
    /// Founder time spent managing whoever does tier 1.
    pub oversight: f64,
    /// One-off costs spread per month (platform setup).
    pub one_off: f64,
}

impl Breakdown {
    pub fn total(&self) -> f64 {
        self.tier1 + self.tier2 + self.fees + self.oversight + self.one_off
    }
}

/// What each option reports beyond its cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    Diy,
    Employee {
        fte_needed: f64,
        fte_paid: f64,
        seats: f64,
    },
    Contractor {
        billed_hours: f64,
    },
    Platform {
        units: f64,
        /// Index of the cheapest plan that covers `units`; `None` when no plan does.
        plan: Option<usize>,
    },
}

/// One option's cost at one volume. `breakdown` is `None` when the option is unavailable there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OptionCost {
    pub id: OptionId,
    pub breakdown: Option<Breakdown>,
    pub detail: Detail,
}

impl OptionCost {
    pub fn total(&self) -> Option<f64> {
        self.breakdown.map(|b| b.total())
    }
}

/// The cost of option `id` for workload `w` under scenario `s` (whether or not the option is enabled).
pub fn option_cost(s: &Scenario, w: &WorkloadResult, id: OptionId) -> OptionCost {
    let founder = s.rates.founder_hourly;
    let tier2 = w.tier2_hours * s.rates.developer_hourly;
    let (breakdown, detail) = match id {
        OptionId::Diy => (
            Some(Breakdown {
                tier1: w.tier1_hours * founder,
                tier2: w.tier2_hours * founder,
                ..Breakdown::default()
            }),
            Detail::Diy,
        ),
        OptionId::Employee => {
            let e = &s.employee;
            let fte_needed = w.tier1_hours / (e.paid_hours_per_month * (1.0 - e.shrinkage));
            let fte_paid = e
                .min_fte
                .max(ceil_tolerant(fte_needed / e.fte_step) * e.fte_step);
            let seats = ceil_tolerant(fte_paid);
            (
                Some(Breakdown {
                    tier1: fte_paid * e.monthly_salary * e.loaded_multiplier,
                    fees: seats * e.tooling_per_seat,
                    tier2,
                    oversight: e.oversight_hours * founder,
                    one_off: 0.0,
                }),
                Detail::Employee {
                    fte_needed,
                    fte_paid,
                    seats,
                },
            )
        }
        OptionId::Contractor => {
            let c = &s.contractor;
            let inc = c.billing_increment_minutes;
            let billed_hours = c
                .minimum_hours
                .max(ceil_tolerant(w.tier1_hours * 60.0 / inc) * inc / 60.0);
            (
                Some(Breakdown {
                    tier1: billed_hours * c.hourly_rate,
                    tier2,
                    oversight: c.oversight_hours * founder,
                    ..Breakdown::default()
                }),
                Detail::Contractor { billed_hours },
            )
        }
        OptionId::Platform => {
            let p = &s.platform;
            let units = platform_units(s, w);
            let chosen = cheapest_plan(&p.plans, units);
            let breakdown = chosen.map(|(_, plan_cost)| Breakdown {
                tier1: plan_cost,
                tier2,
                fees: 0.0,
                oversight: p.oversight_hours * founder,
                one_off: p.setup_fee / p.setup_months,
            });
            (
                breakdown,
                Detail::Platform {
                    units,
                    plan: chosen.map(|(i, _)| i),
                },
            )
        }
    };
    OptionCost {
        id,
        breakdown,
        detail,
    }
}

/// The units a platform bills for this workload.
pub fn platform_units(s: &Scenario, w: &WorkloadResult) -> f64 {
    match s.platform.billing_unit {
        BillingUnit::Reply => w.replies,
        BillingUnit::Ticket => w.effective_tickets,
        BillingUnit::ResolvedTicket => w.effective_tickets * s.workload.tier1_resolution_rate,
    }
}

/// A plan's monthly price for `units`, or `None` when a capped plan cannot take that many.
pub fn plan_cost(plan: &Plan, units: f64) -> Option<f64> {
    let extra = (units - plan.included_units).max(0.0);
    match plan.overage_per_unit {
        Some(per_unit) => Some(plan.monthly_fee + extra * per_unit),
        None if extra > 1e-9 => None,
        None => Some(plan.monthly_fee),
    }
}

/// The cheapest plan that covers `units` (the first one on equal prices), with its price.
pub fn cheapest_plan(plans: &[Plan], units: f64) -> Option<(usize, f64)> {
    plans
        .iter()
        .enumerate()
        .filter_map(|(i, p)| plan_cost(p, units).map(|c| (i, c)))
        .fold(None, |best: Option<(usize, f64)>, (i, c)| match best {
            Some((_, b)) if b <= c => best,
            _ => Some((i, c)),
        })
}

/// Monthly totals of the enabled options at `w`, in option order; `None` for disabled or unavailable.
pub fn enabled_totals(s: &Scenario, w: &WorkloadResult) -> PerOption<Option<f64>> {
    PerOption::from_fn(|id| {
        if s.is_enabled(id) {
            option_cost(s, w, id).total()
        } else {
            None
        }
    })
}

/// The cheapest of the given totals (the first in option order on equal costs).
pub fn cheapest_of(totals: &PerOption<Option<f64>>) -> Option<OptionId> {
    totals
        .iter()
        .filter_map(|(id, t)| t.map(|t| (id, t)))
        .fold(None, |best: Option<(OptionId, f64)>, (id, t)| match best {
            Some((_, b)) if b <= t => best,
            _ => Some((id, t)),
        })
        .map(|(id, _)| id)
}
