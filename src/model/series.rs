//! The break-even chart's data: each enabled option's monthly cost along the chart's axis.

use super::breakeven::totals_at;
use super::costs::cheapest_of;
use super::scenario::{OptionId, Scenario, XAxis};

/// Up to this many tickets the chart evaluates every integer volume, so every step is drawn exactly.
const EVERY_INTEGER_UP_TO: f64 = 4000.0;
const SAMPLES: usize = 1200;

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub axis: XAxis,
    pub min: f64,
    pub max: f64,
    /// The scenario's own value of the axis variable.
    pub current: f64,
    pub enabled: [bool; 4],
    pub xs: Vec<f64>,
    /// Per x: each option's monthly cost, `None` when disabled or unavailable there.
    pub totals: Vec<[Option<f64>; 4]>,
}

impl Series {
    /// The cheapest option at sample `i`.
    pub fn cheapest(&self, i: usize) -> Option<OptionId> {
        cheapest_of(&self.totals[i])
    }

    /// The highest cost on the chart, for the y axis.
    pub fn max_cost(&self) -> f64 {
        self.totals
            .iter()
            .flat_map(|t| t.iter().flatten())
            .fold(0.0, |m: f64, &c| m.max(c))
    }
}

/// Samples the scenario's chart axis from its minimum to `chart.max`.
pub fn series(s: &Scenario) -> Series {
    let axis = s.chart.x;
    let min = axis.min();
    let max = s.chart.max.max(min);
    let xs: Vec<f64> = if axis.is_integer() && max <= EVERY_INTEGER_UP_TO {
        (0..=max.floor() as u64).map(|t| t as f64).collect()
    } else {
        (0..=SAMPLES)
            .map(|i| {
                let x = min + (max - min) * i as f64 / SAMPLES as f64;
                if axis.is_integer() {
                    x.round()
                } else {
                    x
                }
            })
            .collect()
    };
    let totals = xs.iter().map(|&x| totals_at(s, axis, x)).collect();
    Series {
        axis,
        min,
        max,
        current: axis.value(s),
        enabled: OptionId::ALL.map(|id| s.is_enabled(id)),
        xs,
        totals,
    }
}
