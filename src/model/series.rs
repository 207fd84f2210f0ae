//! The break-even chart's data: each enabled option's monthly cost along the chart's axis.
//!
//! The chart is drawn from a few hundred points: an even spread over the axis, refined only where a line
//! visibly bends, steps, or stops (an option becoming unavailable), down to a hundred-thousandth of the
//! axis and never below neighbouring whole tickets along tickets per month (so to whole tickets on an
//! axis up to 100,000). So every step and every break-even that a person can see is where it is (within
//! a hundredth of a pixel), however long the axis and however costly a cost is to compute. The CSV export and the chart's table
//! use an even grid instead (`stepped`, `table_points`), which people read row by row.

use super::breakeven::totals_at;
use super::costs::cheapest_of;
use super::scenario::{OptionId, PerOption, Scenario, XAxis};

/// The even spread the chart starts from.
const BASE_SAMPLES: usize = 400;
/// A bend or step smaller than this share of the chart's cost range is not visible: a 500-pixel-high
/// plot shows about 0.2% per pixel.
const VISIBLE: f64 = 0.001;
/// Axes are refined down to this share of their range (whole tickets at the finest): finer is below
/// what a screen shows, and on a long axis with a live channel (whose agents step every few hundred
/// tickets) each level of refinement is one more solve of the queue per step on every edit.
const FINEST: f64 = 1e-5;

/// Up to this many tickets the regular grid holds every integer volume.
#[cfg(test)]
const EVERY_INTEGER_UP_TO: f64 = 4000.0;
#[cfg(test)]
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

    /// The highest cost on the chart, for the y axis.
    pub fn max_cost(&self) -> f64 {
        self.totals
            .iter()
            .flat_map(|t| t.values().flatten())
            .fold(0.0, |m: f64, &c| m.max(c))
    }
}

/// The chart's points along the scenario's chart axis, from its minimum to `chart.max`: an even spread,
/// refined where a line bends, steps or stops visibly.
pub fn series(s: &Scenario) -> Series {
    let axis = s.chart.x;
    let min = axis.min();
    let max = s.chart.max.max(min);
    let at = |x: f64| totals_at(s, axis, x);
    let snap = |x: f64| if axis.is_integer() { x.round() } else { x };
    let mut xs: Vec<f64> = (0..=BASE_SAMPLES)
        .map(|i| snap(min + (max - min) * i as f64 / BASE_SAMPLES as f64))
        .collect();
    xs.dedup();
    let totals: Vec<PerOption<Option<f64>>> = xs.iter().map(|&x| at(x)).collect();
    let highest = totals
        .iter()
        .flat_map(|t| t.values().flatten())
        .fold(0.0f64, |m, &c| m.max(c));
    let lowest = totals
        .iter()
        .flat_map(|t| t.values().flatten())
        .fold(highest, |m, &c| m.min(c));
    let tolerance = VISIBLE * (highest - lowest).max(1.0);
    let finest = if axis.is_integer() {
        (FINEST * (max - min)).max(1.0)
    } else {
        FINEST * (max - min)
    };
    let (mut out_x, mut out_t) = (vec![xs[0]], vec![totals[0]]);
    for i in 1..xs.len() {
        refine(
            &at,
            (xs[i - 1], &totals[i - 1]),
            (xs[i], &totals[i]),
            tolerance,
            finest,
            &snap,
            &mut out_x,
            &mut out_t,
        );
        out_x.push(xs[i]);
        out_t.push(totals[i]);
    }
    Series {
        axis,
        min,
        max,
        enabled: PerOption::from_fn(|id| s.is_enabled(id)),
        xs: out_x,
        totals: out_t,
    }
}

/// The scenario as its chart sees it: the axis variable at the axis minimum, since every point of the
/// series sets it anew. Scenarios that differ only in that value have the same series, so the page
/// recomputes the series only when this changes, not on every edit of the ticket volume.
pub fn as_charted(s: &Scenario) -> Scenario {
    let mut charted = s.clone();
    let axis = charted.chart.x;
    axis.set(&mut charted, axis.min());
    charted
}

/// Whether the straight line from `a` to `b` misses the costs at `x` visibly for some option, or an
/// option is available at one end and not at the other.
fn bends(
    a: (f64, &PerOption<Option<f64>>),
    b: (f64, &PerOption<Option<f64>>),
    x: f64,
    at_x: &PerOption<Option<f64>>,
    tolerance: f64,
) -> bool {
    let share = (x - a.0) / (b.0 - a.0);
    OptionId::ALL
        .into_iter()
        .any(|id| match (a.1[id], b.1[id], at_x[id]) {
            (Some(ya), Some(yb), Some(y)) => (ya + (yb - ya) * share - y).abs() > tolerance,
            (None, None, None) => false,
            _ => true,
        })
}

/// Adds to `xs` and `totals`, in order, the points strictly between `a` and `b` that the chart needs:
/// the stretch is halved while the line between its ends misses the costs at its middle or quarters.
#[allow(clippy::too_many_arguments)]
fn refine(
    at: &impl Fn(f64) -> PerOption<Option<f64>>,
    a: (f64, &PerOption<Option<f64>>),
    b: (f64, &PerOption<Option<f64>>),
    tolerance: f64,
    finest: f64,
    snap: &impl Fn(f64) -> f64,
    xs: &mut Vec<f64>,
    totals: &mut Vec<PerOption<Option<f64>>>,
) {
    if b.0 - a.0 <= finest * 1.5 {
        return;
    }
    let mid = snap(0.5 * (a.0 + b.0));
    if mid <= a.0 || mid >= b.0 {
        return;
    }
    let at_mid = at(mid);
    let quarter = snap(0.25 * (3.0 * a.0 + b.0));
    let three_quarters = snap(0.25 * (a.0 + 3.0 * b.0));
    let visible = bends(a, b, mid, &at_mid, tolerance)
        || [quarter, three_quarters]
            .into_iter()
            .filter(|&x| x > a.0 && x < b.0 && x != mid)
            .any(|x| bends(a, b, x, &at(x), tolerance));
    if !visible {
        return;
    }
    refine(at, a, (mid, &at_mid), tolerance, finest, snap, xs, totals);
    xs.push(mid);
    totals.push(at_mid);
    refine(at, (mid, &at_mid), b, tolerance, finest, snap, xs, totals);
}

/// Each option's cost at `rows + 1` evenly spread values of the chart's axis (whole tickets along
/// tickets per month), for the chart's table.
pub fn table_points(s: &Scenario, rows: usize) -> Vec<(f64, PerOption<Option<f64>>)> {
    let axis = s.chart.x;
    let (min, max) = (axis.min(), s.chart.max.max(axis.min()));
    (0..=rows)
        .map(|k| {
            let x = min + (max - min) * k as f64 / rows.max(1) as f64;
            let x = if axis.is_integer() { x.round() } else { x };
            (x, totals_at(s, axis, x))
        })
        .collect()
}

/// Each option's cost at the values `xs` of the chart's axis.
fn on_grid(s: &Scenario, xs: Vec<f64>) -> Series {
    let axis = s.chart.x;
    let totals = xs.iter().map(|&x| totals_at(s, axis, x)).collect();
    Series {
        axis,
        min: axis.min(),
        max: s.chart.max.max(axis.min()),
        enabled: PerOption::from_fn(|id| s.is_enabled(id)),
        xs,
        totals,
    }
}

/// The chart's axis on a dense even grid: every whole ticket up to 4,000 tickets, else 1,201 values;
/// what the tests check the chart's adaptive series against.
#[cfg(test)]
pub fn regular(s: &Scenario) -> Series {
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
    on_grid(s, xs)
}

/// A round step that gives about 100 rows between `min` and `max`: 1, 2 or 5 times a power of ten, and
/// whole for whole-numbered axes (a sheet a person reads, not a curve to draw).
pub fn sheet_step(min: f64, max: f64, whole: bool) -> f64 {
    let rough = ((max - min) / 100.0).max(f64::MIN_POSITIVE);
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= rough * (1.0 - 1e-9))
        .unwrap_or(10.0 * power);
    if whole {
        step.round().max(1.0)
    } else {
        step
    }
}

/// The chart's data at `sheet_step`, from the axis's start to its end (the end included).
pub fn stepped(s: &Scenario) -> Series {
    let axis = s.chart.x;
    let min = axis.min();
    let max = s.chart.max.max(min);
    let step = sheet_step(min, max, axis.is_integer());
    let mut xs: Vec<f64> = (0..)
        .map(|i| min + step * i as f64)
        .take_while(|&x| x < max - step * 1e-6)
        // Rounded to the step's own decimals, so 0.30000000000000004 is written 0.3.
        .map(|x| (x / step).round() * step)
        .map(|x| (x * 1e9).round() / 1e9)
        .collect();
    xs.push(max);
    on_grid(s, xs)
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
        let s = regular(&Scenario::default());
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
            let charted = as_charted(&s);
            let moved = (axis.value(&s) + 0.5 * s.chart.max).min(s.chart.max);
            axis.set(&mut s, moved);
            assert_eq!(series(&s), before, "{axis:?}");
            // The page derives the series from `as_charted`: the move leaves it equal, and its series
            // is the scenario's.
            assert_eq!(as_charted(&s), charted, "{axis:?}");
            assert_eq!(series(&charted), before, "{axis:?}");
            let other = if axis == XAxis::RepliesPerTicket {
                XAxis::TicketsPerMonth
            } else {
                XAxis::RepliesPerTicket
            };
            let next = other.value(&s) + 1.0;
            other.set(&mut s, next);
            assert_ne!(series(&s), before, "{axis:?} after changing {other:?}");
            assert_ne!(as_charted(&s), charted, "{axis:?} after changing {other:?}");
        }
    }

    /// What the chart draws between two of its points is a straight line: at every whole volume of the
    /// axis that line must be within a visible distance of the option's real cost, and an option's
    /// line must stop where the option stops being available.
    fn assert_drawn_as_it_is(s: &Scenario) {
        let series = series(s);
        let max = s.chart.max as u64;
        let dense = regular(s);
        let range = dense
            .totals
            .iter()
            .flat_map(|t| t.values().flatten())
            .fold((f64::MAX, 0.0f64), |(lo, hi), &c| (lo.min(c), hi.max(c)));
        let tolerance = 2.0 * VISIBLE * (range.1 - range.0).max(1.0);
        for t in 0..=max {
            let x = t as f64;
            let real = totals_at(s, s.chart.x, x);
            let k = series.xs.partition_point(|&p| p < x);
            for id in OptionId::ALL {
                if series.xs.get(k) == Some(&x) {
                    assert_eq!(series.totals[k][id], real[id], "{id:?} at {x}");
                    continue;
                }
                let (a, b) = (&series.totals[k - 1], &series.totals[k]);
                match (a[id], b[id], real[id]) {
                    (Some(ya), Some(yb), Some(y)) => {
                        let (xa, xb) = (series.xs[k - 1], series.xs[k]);
                        let drawn = ya + (yb - ya) * (x - xa) / (xb - xa);
                        assert!(
                            (drawn - y).abs() <= tolerance,
                            "{id:?} at {x}: drawn {drawn}, is {y}"
                        );
                    }
                    (None, None, None) => {}
                    other => panic!("{id:?} at {x}: available {other:?} between two points"),
                }
            }
        }
    }

    #[test]
    fn the_chart_is_a_few_hundred_points_and_shows_every_visible_step_where_it_is() {
        let s = Scenario::default();
        let n = series(&s).xs.len();
        assert!((400..1000).contains(&n), "{n} points");
        assert_drawn_as_it_is(&s);
        // A platform whose only plan is capped: its line stops at the cap, exactly.
        let mut capped = Scenario::default();
        capped.platform.plans = vec![crate::model::Plan::new("Capped", 500.0, 1000.0, None)];
        assert_drawn_as_it_is(&capped);
        let points = series(&capped);
        let last = points
            .xs
            .iter()
            .zip(&points.totals)
            .filter(|(_, t)| t[OptionId::Platform].is_some())
            .map(|(x, _)| *x)
            .next_back();
        // 1,000 replies at 2.5 a ticket: 400 tickets.
        assert_eq!(last, Some(400.0));
        // At the documented limit it stays a few hundred points.
        let mut wide = Scenario::default();
        wide.chart.max = 1_000_000.0;
        assert!(series(&wide).xs.len() < 1000, "{}", series(&wide).xs.len());
        // Every preset, and the continuous axes.
        for preset in crate::model::presets::Preset::ALL {
            let mut p = preset.scenario();
            assert_drawn_as_it_is(&p);
            for axis in [XAxis::Tier1ResolutionRate, XAxis::FounderHourly] {
                p.chart.x = axis;
                p.chart.max = axis.default_max(&p);
                let n = series(&p).xs.len();
                assert!(n < 1000, "{preset:?} along {axis:?}: {n} points");
            }
        }
    }

    #[test]
    fn a_sheet_has_about_a_hundred_rows_at_a_round_step() {
        assert_eq!(sheet_step(0.0, 2000.0, true), 20.0);
        assert_eq!(sheet_step(0.0, 250.0, true), 5.0);
        assert_eq!(sheet_step(0.0, 30.0, true), 1.0);
        assert_eq!(sheet_step(0.0, 1_000_000.0, true), 10_000.0);
        assert_eq!(sheet_step(0.0, 1.0, false), 0.01);
        assert_eq!(sheet_step(0.1, 10.0, false), 0.1);
        let s = Scenario::default();
        let t = stepped(&s);
        assert_eq!(t.xs.len(), 101);
        assert_eq!((t.xs[15], *t.xs.last().unwrap()), (300.0, 2000.0));
        // An end off the step is still the last row.
        let mut s = Scenario::default();
        s.chart.max = 2010.0;
        assert_eq!(stepped(&s).xs.last(), Some(&2010.0));
        s.chart.x = XAxis::Tier1ResolutionRate;
        s.chart.max = 1.0;
        let t = stepped(&s);
        assert_eq!((t.xs.len(), t.xs[7]), (101, 0.07));
    }
}
