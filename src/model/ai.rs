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
    let off = without_ai(s);
    let without = option_cost(&off, &WorkloadResult::of(&off), id).total()?;
    let mut on = s.clone();
    on.ai.enabled = true;
    (0..=PAYS_FROM_STEPS)
        .map(|k| f64::from(k) / f64::from(PAYS_FROM_STEPS))
        .find(|&rate| {
            on.ai.resolution_rate = rate;
            option_cost(&on, &WorkloadResult::of(&on), id)
                .total()
                .is_some_and(|with| without - with > TIE)
        })
}

/// While the AI is off: what switching it on with its current settings would save with the cheapest
/// option (negative: what it would cost), as `saving` reports it once on.
pub fn saving_if_on(s: &Scenario) -> Option<f64> {
    let mut on = s.clone();
    on.ai.enabled = true;
    let with = enabled_totals(&on, &WorkloadResult::of(&on));
    saving(&with, &totals_without(s))
}
