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

/// The cheapest of some totals and its cost.
fn best(totals: &PerOption<Option<f64>>) -> Option<(OptionId, f64)> {
    cheapest_of(totals).and_then(|id| Some((id, totals[id]?)))
}

/// What the AI saves with the cheapest option: the cheapest cost without it minus the cheapest with it
/// (negative when it costs more). `None` when either has no available option.
pub fn saving(with: &PerOption<Option<f64>>, without: &PerOption<Option<f64>>) -> Option<f64> {
    Some(best(without)?.1 - best(with)?.1)
}

/// The cheapest cost with the AI and the cheapest without it, as the verdict compares them.
pub fn cheapest_with_and_without(
    with: &PerOption<Option<f64>>,
    without: &PerOption<Option<f64>>,
) -> Option<(f64, f64)> {
    Some((best(with)?.1, best(without)?.1))
}

/// The smallest AI resolution rate on the grid 0, 0.001, ..., 1 at which option `id` with the AI on
/// costs less than without it by more than a tie (SPEC 3.6); `None` if there is none, or the option is
/// unavailable without the AI (there is no cost to undercut).
pub fn pays_from(s: &Scenario, id: OptionId) -> Option<f64> {
    let off = without_ai(s);
    let without = option_cost(&off, &WorkloadResult::of(&off), id).total();
    let only = PerOption::from_fn(|o| if o == id { without } else { None });
    pays_from_each(s, &only)[id]
}

/// `pays_from` of every option with a cost `without` the AI to undercut (`None`: left out), in one walk
/// along the grid: each rate's workload is derived once for all of them, and the walk stops once each
/// has its answer.
pub fn pays_from_each(s: &Scenario, without: &PerOption<Option<f64>>) -> PerOption<Option<f64>> {
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
/// option (negative: what it would cost), as `saving` reports it once on. `now` are the enabled
/// options' totals as they are, without the AI.
pub fn saving_if_on(s: &Scenario, now: &PerOption<Option<f64>>) -> Option<f64> {
    let mut on = s.clone();
    on.ai.enabled = true;
    let with = enabled_totals(&on, &WorkloadResult::of(&on));
    saving(&with, now)
}
