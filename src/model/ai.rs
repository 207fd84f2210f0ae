//! What the AI front line is worth (SPEC 3.6): each option's cost without it, the saving with the
//! cheapest option, and the resolution rate from which it pays for itself with each option.

use super::breakeven::TIE;
use super::costs::{cheapest_of, enabled_totals, option_cost, WorkloadResult};
use super::scenario::{OptionId, PerOption, Scenario};

/// Steps of the grid `pays_from` searches: resolution rates 0, 0.001, ..., 1.
pub const PAYS_FROM_STEPS: u32 = 1000;

/// The same scenario with the AI front line off.
pub fn without_ai(s: &Scenario) -> Scenario {
    let mut off = s.clone();
    off.ai.enabled = false;
    off
}

/// The monthly cost of every enabled option with the AI off (`None`: disabled or unavailable).
pub fn totals_without(s: &Scenario) -> PerOption<Option<f64>> {
    let off = without_ai(s);
    enabled_totals(&off, &WorkloadResult::of(&off))
}

/// What the AI saves with the cheapest option: the cheapest cost without it minus the cheapest with it
/// (negative when it costs more). `None` when either has no available option.
pub fn saving(with: &PerOption<Option<f64>>, without: &PerOption<Option<f64>>) -> Option<f64> {
    let best = |t: &PerOption<Option<f64>>| cheapest_of(t).and_then(|id| t[id]);
    Some(best(without)? - best(with)?)
}

/// The smallest AI resolution rate on the grid 0, 0.001, ..., 1 at which option `id` with the AI on
/// costs less than without it by more than a tie (SPEC 3.6); `None` if there is none, or the option is
/// unavailable without the AI (there is no cost to undercut).
pub fn pays_from(s: &Scenario, id: OptionId) -> Option<f64> {
    pays_from_each(s, |o| o == id)[id]
}

/// `pays_from` of every option `wanted` picks, in one walk along the grid: each rate's workload is
/// derived once for all of them, and the walk stops once each has its answer.
pub fn pays_from_each(s: &Scenario, wanted: impl Fn(OptionId) -> bool) -> PerOption<Option<f64>> {
    let off = without_ai(s);
    let w_off = WorkloadResult::of(&off);
    // The cost to undercut; `None`: not wanted, or nothing to undercut.
    let without = PerOption::from_fn(|id| {
        if wanted(id) {
            option_cost(&off, &w_off, id).total()
        } else {
            None
        }
    });
    let mut found = PerOption::default();
    let mut open: Vec<OptionId> = OptionId::ALL
        .into_iter()
        .filter(|&id| without[id].is_some())
        .collect();
    let mut on = s.clone();
    on.ai.enabled = true;
    for k in 0..=PAYS_FROM_STEPS {
        if open.is_empty() {
            break;
        }
        let rate = f64::from(k) / f64::from(PAYS_FROM_STEPS);
        on.ai.resolution_rate = rate;
        let w = WorkloadResult::of(&on);
        open.retain(|&id| {
            let cheaper = option_cost(&on, &w, id)
                .total()
                .zip(without[id])
                .is_some_and(|(with, without)| without - with > TIE);
            if cheaper {
                found[id] = Some(rate);
            }
            !cheaper
        });
    }
    found
}

/// While the AI is off: what switching it on with its current settings would save with the cheapest
/// option (negative: what it would cost), as `saving` reports it once on.
pub fn saving_if_on(s: &Scenario) -> Option<f64> {
    let mut on = s.clone();
    on.ai.enabled = true;
    let with = enabled_totals(&on, &WorkloadResult::of(&on));
    saving(&with, &totals_without(s))
}
