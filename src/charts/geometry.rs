//! The charts' geometry in chart units: which stretches of a line are drawn, which option is cheapest
//! where, where markers go and how high the cost axis reaches. Plain code, tested natively; the drawing
//! functions only turn it into pixels.

use crate::model::series::{drop_collinear, Series};
use crate::model::OptionId;

/// A round top for the cost axis, close above the data: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^n.
pub fn axis_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 0.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|step| step * magnitude)
        .find(|&c| c >= v)
        .unwrap_or(10.0 * magnitude)
}

/// The cost axis's top for lines that reach up to `highest`: a little headroom, never below 10.
pub fn cost_axis_top(highest: f64) -> f64 {
    axis_ceiling(highest * 1.08).max(10.0)
}

/// Runs of consecutive points where a value exists: a gap (an unavailable option, no available option)
/// is never drawn as zero, nor bridged.
pub fn segments<'a>(
    xs: &[f64],
    values: impl IntoIterator<Item = &'a Option<f64>>,
) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for (x, y) in xs.iter().zip(values) {
        match y {
            Some(y) => current.push((*x, *y)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Option `id`'s line on the break-even chart: its runs, each without the points that add nothing.
pub fn option_segments(s: &Series, id: OptionId) -> Vec<Vec<(f64, f64)>> {
    let values: Vec<Option<f64>> = s.totals.iter().map(|t| t[id]).collect();
    segments(&s.xs, &values)
        .into_iter()
        .map(drop_collinear)
        .collect()
}

/// Runs of the x axis with the same cheapest option: (from, to, option). Each sample owns the stretch
/// half-way to its neighbours.
pub fn cheapest_runs(s: &Series) -> Vec<(f64, f64, OptionId)> {
    let mut runs: Vec<(f64, f64, OptionId)> = Vec::new();
    let n = s.xs.len();
    for i in 0..n {
        let left = if i == 0 {
            s.xs[0]
        } else {
            0.5 * (s.xs[i - 1] + s.xs[i])
        };
        let right = if i + 1 == n {
            s.xs[i]
        } else {
            0.5 * (s.xs[i] + s.xs[i + 1])
        };
        match (s.cheapest(i), runs.last_mut()) {
            (Some(id), Some(last)) if last.2 == id && (last.1 - left).abs() < 1e-9 => {
                last.1 = right
            }
            (Some(id), _) => runs.push((left, right, id)),
            (None, _) => {}
        }
    }
    runs
}

/// The samples that carry option `id`'s markers, about six along the axis, staggered per option so
/// that overlapping lines stay readable.
pub fn marker_samples(samples: usize, id: OptionId) -> impl Iterator<Item = usize> {
    let every = (samples / 6).max(1);
    let offset = (every / 5) * id.index() + every / 3;
    (offset..samples).step_by(every)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::series::series;
    use crate::model::Scenario;

    #[test]
    fn the_cost_axis_ends_on_a_round_number_just_above_the_data() {
        assert_eq!(axis_ceiling(7350.0), 8000.0);
        assert_eq!(axis_ceiling(1001.0), 1200.0);
        assert_eq!(axis_ceiling(100.0), 100.0);
        assert_eq!(axis_ceiling(0.0), 0.0);
        assert_eq!(axis_ceiling(f64::NAN), 0.0);
        assert_eq!(cost_axis_top(0.0), 10.0);
        assert_eq!(cost_axis_top(1000.0), 1200.0);
    }

    #[test]
    fn a_gap_splits_a_line_and_is_never_drawn_as_zero() {
        let xs = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0];
        let ys = [None, Some(1.0), Some(2.0), None, Some(4.0), Some(5.0)];
        assert_eq!(
            segments(&xs, &ys),
            vec![vec![(1.0, 1.0), (2.0, 2.0)], vec![(4.0, 4.0), (5.0, 5.0)]]
        );
        assert!(segments(&xs, &[None; 6]).is_empty());
    }

    #[test]
    fn cheapest_runs_cover_the_axis_and_change_where_the_cheapest_does() {
        let s = series(&Scenario::default());
        let runs = cheapest_runs(&s);
        assert_eq!(runs.first().map(|r| r.0), Some(s.min));
        assert_eq!(runs.last().map(|r| r.1), Some(s.max));
        for pair in runs.windows(2) {
            assert!((pair[0].1 - pair[1].0).abs() < 1e-9, "runs leave a gap");
            assert_ne!(pair[0].2, pair[1].2, "two runs of one option side by side");
        }
        // At the default volume the platform is cheapest (SPEC 3.5).
        let at = |x: f64| runs.iter().find(|r| r.0 <= x && x <= r.1).map(|r| r.2);
        assert_eq!(at(300.0), Some(OptionId::Platform));
        // And with nothing available, no run at all.
        let mut off = Scenario::default();
        for id in OptionId::ALL {
            off.set_enabled(id, false);
        }
        assert!(cheapest_runs(&series(&off)).is_empty());
    }

    #[test]
    fn an_options_line_keeps_its_ends_and_kinks() {
        let s = series(&Scenario::default());
        let line = option_segments(&s, OptionId::Diy);
        // Doing it yourself is a straight line in tickets: its two ends are enough.
        assert_eq!(line.len(), 1);
        assert_eq!(line[0].len(), 2);
        assert_eq!(line[0][0].0, s.min);
        assert!(option_segments(&s, OptionId::Employee)[0].len() > 2);
    }

    #[test]
    fn markers_are_staggered_per_option_within_the_samples() {
        let diy: Vec<usize> = marker_samples(2001, OptionId::Diy).collect();
        let platform: Vec<usize> = marker_samples(2001, OptionId::Platform).collect();
        assert!((6..=7).contains(&diy.len()));
        assert_ne!(diy[0], platform[0]);
        assert!(platform.iter().all(|&i| i < 2001));
        assert_eq!(marker_samples(1, OptionId::Platform).count(), 1);
    }
}
