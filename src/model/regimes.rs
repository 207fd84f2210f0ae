//! Which option is cheapest in each range of the chart's axis: the answer a person reads first, before
//! the pairwise break-evens (SPEC 7). Ranges change only where a pair's order changes (a break-even) or
//! an option stops being available, so costs within half a cent of each other never make the answer
//! flicker.

use super::breakeven::{totals_at, Crossing, TIE};
use super::scenario::{OptionId, PerOption, Scenario};

/// From `from` on (up to the next range), `cheapest` is the cheapest available option (`None`: none is).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Regime {
    pub from: f64,
    pub cheapest: Option<OptionId>,
}

/// The cheapest of `totals`, staying with `current` while it is within half a cent of the cheapest.
fn cheapest(totals: &PerOption<Option<f64>>, current: Option<OptionId>) -> Option<OptionId> {
    let best = totals
        .iter()
        .filter_map(|(id, c)| c.map(|c| (id, c)))
        .fold(None, |best: Option<(OptionId, f64)>, (id, c)| match best {
            Some((_, b)) if b <= c => best,
            _ => Some((id, c)),
        })?;
    match current.and_then(|id| totals[id].map(|c| (id, c))) {
        Some((id, c)) if c - best.1 < TIE => Some(id),
        _ => Some(best.0),
    }
}

/// The ranges of the chart's axis from its minimum to `chart.max`, given the break-evens along it (the
/// report's `chart_break_even`). Along tickets the range boundaries are whole volumes.
pub fn regimes(s: &Scenario, crossings: &[Crossing]) -> Vec<Regime> {
    let axis = s.chart.x;
    let (min, max) = (axis.min(), s.chart.max.max(axis.min()));
    let mut candidates: Vec<f64> = crossings.iter().map(|c| c.x).collect();
    candidates.extend(availability_ends(s));
    candidates.retain(|&x| x > min && x <= max);
    // The break-evens arrive in order, the ends of availability after them.
    super::breakeven::insertion_sort(&mut candidates, |a, b| a.total_cmp(b).is_gt());
    candidates.dedup();
    let first = cheapest(&totals_at(s, axis, min), None);
    let mut out = vec![Regime {
        from: min,
        cheapest: first,
    }];
    for x in candidates {
        let now = out.last().and_then(|r| r.cheapest);
        let next = cheapest(&totals_at(s, axis, x), now);
        if next != now {
            out.push(Regime {
                from: x,
                cheapest: next,
            });
        }
    }
    out
}

/// Where an option stops being available along the chart's axis, when the axis is tickets per month: the
/// first volume it is unavailable at (availability is a prefix of the axis, `breakeven`).
fn availability_ends(s: &Scenario) -> Vec<f64> {
    let axis = s.chart.x;
    if !axis.is_integer() {
        return Vec::new();
    }
    let max = s.chart.max.max(0.0).floor() as u64;
    let at = |t: u64| totals_at(s, axis, t as f64);
    s.enabled_options()
        .filter(|&id| at(0)[id].is_some() && at(max)[id].is_none())
        .map(|id| {
            // Available at lo, unavailable at hi.
            let (mut lo, mut hi) = (0, max);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if at(mid)[id].is_some() {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            hi as f64
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::report;
    use crate::model::{Plan, XAxis};

    fn of(s: &Scenario) -> Vec<(f64, Option<OptionId>)> {
        regimes(s, &report(s).chart_break_even)
            .into_iter()
            .map(|r| (r.from, r.cheapest))
            .collect()
    }

    #[test]
    fn the_spec_example_has_three_ranges() {
        assert_eq!(
            of(&Scenario::default()),
            [
                (0.0, Some(OptionId::Diy)),
                (30.0, Some(OptionId::Contractor)),
                (117.0, Some(OptionId::Platform)),
            ]
        );
    }

    #[test]
    fn every_range_starts_where_its_option_becomes_cheapest_and_holds_to_the_next() {
        let mut s = Scenario::default();
        s.platform.plans = vec![Plan::new("Capped", 500.0, 1000.0, None)];
        let ranges = regimes(&s, &report(&s).chart_break_even);
        // The capped platform stops at 400 tickets; what is cheapest after it is named.
        assert!(ranges.iter().any(|r| r.from == 401.0), "{ranges:?}");
        for (i, r) in ranges.iter().enumerate() {
            let end = ranges.get(i + 1).map_or(s.chart.max, |n| n.from - 1.0);
            for t in [r.from, (r.from + end) / 2.0, end] {
                let t = t.floor();
                let totals = totals_at(&s, XAxis::TicketsPerMonth, t);
                let own = r.cheapest.and_then(|id| totals[id]);
                let best = totals.values().flatten().fold(f64::MAX, |m, &c| m.min(c));
                assert!(
                    own.is_some_and(|c| c - best < TIE),
                    "{r:?} at {t}: {own:?} vs {best}"
                );
            }
        }
    }

    #[test]
    fn with_nothing_available_the_range_says_so_and_continuous_axes_work_too() {
        let mut s = Scenario::default();
        for id in OptionId::ALL {
            s.set_enabled(id, false);
        }
        assert_eq!(of(&s), [(0.0, None)]);
        let mut s = Scenario::default();
        s.chart.x = XAxis::Tier1ResolutionRate;
        s.chart.max = 1.0;
        let ranges = of(&s);
        assert!(!ranges.is_empty() && ranges[0].0 == 0.0, "{ranges:?}");
    }
}
