//! The months ahead (SPEC 6.1): each month's volume from growth and spikes, each option's monthly cost
//! at that volume with the one-off costs of its first month, the hires the employee option keeps, the
//! cumulative cost and the month each option pays for itself against the baseline.

use serde::Serialize;

use super::costs::{ceil_tolerant, cheapest_of, option_cost, Detail, WorkloadResult};
use super::scenario::{ById, OptionId, PerOption, Scenario};

/// Costs closer than this are equal (SPEC 3.4), for payback as for break-evens.
const TIE: f64 = 0.005;

/// The most tickets a month the model answers for (SPEC 3.1): growth that takes a month past it ends
/// the projection there, every option unavailable, rather than pricing a volume the model is not made
/// for (and solving Erlang C for billions of contacts).
pub const MAX_TICKETS: f64 = 1_000_000.0;

/// The `projection` object of SPEC 6.1.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectionReport {
    pub months: Vec<Month>,
    /// Each enabled option's cost over the horizon; `None` when it drops out.
    pub totals: ById<Option<f64>>,
    pub cheapest_total: Option<OptionId>,
    /// The first month from which each option stays cheaper than the baseline to the end (the
    /// baseline itself is not listed).
    pub payback: ById<Option<u32>>,
    #[serde(skip)]
    pub baseline: OptionId,
    /// The first month past `MAX_TICKETS`, if growth takes one there.
    #[serde(skip)]
    pub beyond: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Month {
    pub month: u32,
    pub tickets: f64,
    /// The month's cost per enabled option; `None` from the month it becomes unavailable on.
    pub costs: ById<Option<f64>>,
    pub cumulative: ById<Option<f64>>,
}

/// The tickets of month `k` (1-based): the trend `T (1 + g)^(k - 1)` times every spike of the month.
pub fn tickets_in(s: &Scenario, k: u32) -> f64 {
    let p = &s.projection;
    let trend = s.workload.tickets_per_month * (1.0 + p.monthly_growth).powi(k as i32 - 1);
    p.spikes
        .iter()
        .filter(|spike| spike.month == f64::from(k))
        .fold(trend, |t, spike| t * spike.multiplier)
}

/// The projection of a (valid) scenario.
pub fn project(s: &Scenario) -> ProjectionReport {
    let horizon = s.projection.months.clamp(1.0, 36.0) as u32;
    let enabled: Vec<OptionId> = s.enabled_options().collect();
    let founder = s.rates.founder_hourly;
    let mut cumulative: PerOption<Option<f64>> = PerOption::from_fn(|_| Some(0.0));
    // The employee option's FTE paid and seats so far: it keeps whom it hired.
    let (mut kept_fte, mut kept_seats) = (0.0f64, 0.0f64);
    let mut months = Vec::with_capacity(horizon as usize);
    let mut beyond = None;
    for k in 1..=horizon {
        let tickets = tickets_in(s, k);
        if tickets > MAX_TICKETS {
            beyond.get_or_insert(k);
            for &id in &enabled {
                cumulative[id] = None;
            }
        }
        let w = WorkloadResult::at(s, tickets.min(MAX_TICKETS));
        let first = k == 1;
        let mut costs = Vec::with_capacity(enabled.len());
        for &id in &enabled {
            let cost = cumulative[id].and_then(|_| {
                let c = option_cost(s, &w, id);
                let b = c.breakdown?;
                let mut total = b.total();
                match (id, c.detail) {
                    (
                        OptionId::Employee,
                        Detail::Employee {
                            fte_paid, seats, ..
                        },
                    ) => {
                        let e = &s.employee;
                        let fte = fte_paid.max(kept_fte);
                        let held = ceil_tolerant(fte);
                        total += (fte - fte_paid) * e.monthly_salary * e.loaded_multiplier
                            + (held - seats) * e.tooling_per_seat
                            + (held - kept_seats) * e.hiring_cost;
                        kept_fte = fte;
                        kept_seats = held;
                    }
                    // The setup fee is paid in full in the first month instead of spread.
                    (OptionId::Platform, _) => {
                        total -= b.one_off;
                        if first {
                            total += s.platform.setup_fee;
                        }
                    }
                    (OptionId::Contractor, _) if first => {
                        total += s.contractor.onboarding_hours * founder;
                    }
                    (OptionId::AllHands, _) if first => {
                        let a = &s.all_hands;
                        total += a.training_hours * a.team_size * a.team_hourly;
                    }
                    _ => {}
                }
                if first && s.ai.enabled {
                    total += s.ai.setup_hours * founder;
                }
                Some(total)
            });
            cumulative[id] = cumulative[id].zip(cost).map(|(sum, c)| sum + c);
            costs.push((id, cost));
        }
        months.push(Month {
            month: k,
            tickets,
            costs: ById(costs),
            cumulative: ById(enabled.iter().map(|&id| (id, cumulative[id])).collect()),
        });
    }
    let totals = PerOption::from_fn(|id| {
        if s.is_enabled(id) {
            cumulative[id]
        } else {
            None
        }
    });
    let payback = enabled
        .iter()
        .filter(|&&id| id != s.baseline)
        .map(|&id| (id, payback_month(&months, id, s.baseline)))
        .collect();
    ProjectionReport {
        totals: ById(enabled.iter().map(|&id| (id, totals[id])).collect()),
        cheapest_total: cheapest_of(&totals),
        payback: ById(payback),
        baseline: s.baseline,
        beyond,
        months,
    }
}

/// The first month from which `id`'s cumulative cost stays below the baseline's by more than the tie
/// to the last month; `None` when it never does, or either drops out (an option that cannot serve the
/// months ahead pays back nothing, and against a baseline that cannot there is nothing to pay back).
fn payback_month(months: &[Month], id: OptionId, baseline: OptionId) -> Option<u32> {
    let below = |m: &Month| match (m.cumulative.get(id), m.cumulative.get(baseline)) {
        (Some(Some(c)), Some(Some(b))) => *c < *b - TIE,
        _ => false,
    };
    let last_not_below = months.iter().rposition(|m| !below(m));
    match last_not_below {
        None => months.first().map(|m| m.month),
        Some(i) => months.get(i + 1).map(|m| m.month),
    }
}

impl ProjectionReport {
    /// The horizon's total of option `id`, if it serves every month.
    pub fn total(&self, id: OptionId) -> Option<f64> {
        self.totals.get(id).copied().flatten()
    }

    /// The month each option drops out in, if it does.
    pub fn drops_out(&self, id: OptionId) -> Option<u32> {
        self.months
            .iter()
            .find(|m| matches!(m.costs.get(id), Some(None)))
            .map(|m| m.month)
    }
}
