//! The break-even chart's data: each enabled option's monthly cost along the chart's axis.

use super::breakeven::totals_at;
use super::costs::cheapest_of;
use super::scenario::{OptionId, PerOption, Scenario, XAxis};

/// Up to this many tickets the chart evaluates every integer volume, so every step is drawn exactly.
const EVERY_INTEGER_UP_TO: f64 = 4000.0;
const SAMPLES: usize = 1200;

/// Does not hold the scenario's own value of the axis variable, so editing that value (the ticket volume,
/// on the default axis) leaves the series equal and the chart's lines as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub axis: XAxis,
    pub min: f64,
    pub max: f64,
    pub enabled: PerOption<bool>,
    pub xs: Vec<f64>,
    /// Per x: each option's monthly cost, `None` when disabled or unavailable there.
    pub totals: Vec<PerOption<Option<f64>>>,
}

impl Series {
    /// The cheapest option at sample `i`.
    pub fn cheapest(&self, i: usize) -> Option<OptionId> {
        cheapest_of(&self.totals[i])
    }

    /// Does it hold the totals at every ticket volume `0..=max_tickets`, one per sample, in order?
    pub fn holds_every_ticket_volume_to(&self, max_tickets: u64) -> bool {
        self.axis == XAxis::TicketsPerMonth
            && self.xs.len() as u64 == max_tickets + 1
            && self.xs.iter().enumerate().all(|(i, &x)| x == i as f64)
    }

    /// The highest cost on the chart, for the y axis.
    pub fn max_cost(&self) -> f64 {
        self.totals
            .iter()
            .flat_map(|t| t.values().flatten())
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
        enabled: PerOption::from_fn(|id| s.is_enabled(id)),
        xs,
        totals,
    }
}

/// The same polyline without the points that lie on the straight line between their neighbours: cost
/// lines are straight between a few kinks and steps, and a chart samples them at up to 4,000 points, so
/// this leaves far fewer to draw and the same picture.
pub fn drop_collinear(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points;
    }
    let mut out = Vec::with_capacity(16);
    out.push(points[0]);
    for i in 1..points.len() - 1 {
        let (a, b, c) = (out[out.len() - 1], points[i], points[i + 1]);
        let cross = (b.0 - a.0) * (c.1 - b.1) - (b.1 - a.1) * (c.0 - b.0);
        let scale =
            (c.0 - a.0).abs() * ((c.1 - a.1).abs() + a.1.abs() + c.1.abs()) + f64::MIN_POSITIVE;
        if cross.abs() > 1e-12 * scale {
            out.push(b);
        }
    }
    out.push(points[points.len() - 1]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collinear_points_are_dropped_and_kinks_and_steps_kept() {
        let line: Vec<(f64, f64)> = (0..=100)
            .map(|x| (f64::from(x), 3.0 * f64::from(x) + 1.0))
            .collect();
        assert_eq!(drop_collinear(line), vec![(0.0, 1.0), (100.0, 301.0)]);
        // A flat run, a kink at 10, then a step between 20 and 21.
        let shape: Vec<(f64, f64)> = (0..=30)
            .map(|x| {
                let x = f64::from(x);
                let y = if x <= 10.0 {
                    5.0
                } else if x <= 20.0 {
                    5.0 + (x - 10.0)
                } else {
                    40.0
                };
                (x, y)
            })
            .collect();
        assert_eq!(
            drop_collinear(shape),
            vec![
                (0.0, 5.0),
                (10.0, 5.0),
                (20.0, 15.0),
                (21.0, 40.0),
                (30.0, 40.0)
            ]
        );
        assert_eq!(
            drop_collinear(vec![(1.0, 2.0), (3.0, 4.0)]),
            vec![(1.0, 2.0), (3.0, 4.0)]
        );
    }

    #[test]
    fn every_dropped_point_lies_on_the_kept_polyline() {
        let s = series(&Scenario::default());
        for id in crate::model::OptionId::ALL {
            let points: Vec<(f64, f64)> =
                s.xs.iter()
                    .zip(&s.totals)
                    .filter_map(|(x, t)| t[id].map(|y| (*x, y)))
                    .collect();
            let kept = drop_collinear(points.clone());
            // The contractor's billing increments make a fine staircase; the others are a few lines.
            let most = if id == crate::model::OptionId::Contractor {
                2
            } else {
                20
            };
            assert!(
                kept.len() * most < points.len(),
                "{id:?}: {} of {}",
                kept.len(),
                points.len()
            );
            for (x, y) in points {
                let k = kept.partition_point(|p| p.0 < x).max(1).min(kept.len() - 1);
                let (a, b) = (kept[k - 1], kept[k]);
                let on = a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0);
                assert!(
                    (on - y).abs() <= 1e-6 * y.abs().max(1.0),
                    "{id:?} at {x}: {on} vs {y}"
                );
            }
        }
    }

    #[test]
    fn the_scenarios_own_value_of_the_axis_does_not_change_the_series() {
        // The chart redraws its lines only when the series changes, so moving the scenario along the
        // chart's own axis must leave it equal, on every axis, while other inputs do change it.
        for axis in XAxis::ALL {
            let mut s = Scenario::default();
            s.chart.x = axis;
            s.chart.max = axis.default_max(&s);
            let before = series(&s);
            let moved = (axis.value(&s) + 0.5 * s.chart.max).min(s.chart.max);
            axis.set(&mut s, moved);
            assert_eq!(series(&s), before, "{axis:?}");
            let other = if axis == XAxis::RepliesPerTicket {
                XAxis::TicketsPerMonth
            } else {
                XAxis::RepliesPerTicket
            };
            let next = other.value(&s) + 1.0;
            other.set(&mut s, next);
            assert_ne!(series(&s), before, "{axis:?} after changing {other:?}");
        }
    }

    #[test]
    fn along_tickets_the_series_holds_every_volume_the_report_searches() {
        let mut s = Scenario::default();
        let max = crate::model::report::tickets_axis_max(&s);
        assert!(series(&s).holds_every_ticket_volume_to(max));
        assert!(!series(&s).holds_every_ticket_volume_to(max + 1));
        // Sampled, not every volume: the report searches on its own.
        s.chart.max = 4500.0;
        assert!(!series(&s).holds_every_ticket_volume_to(4500));
        s.chart.max = 2000.0;
        s.chart.x = XAxis::RepliesPerTicket;
        assert!(!series(&s).holds_every_ticket_volume_to(max));
    }
}
