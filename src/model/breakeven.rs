//! Where the cheaper of two options changes (SPEC 3.4).
//!
//! Costs are step functions of the volume, so two options can swap places many times. Along tickets per
//! month every integer volume is evaluated, which makes the result exact; along the continuous axes the axis
//! is sampled and each change of order is bisected far below the 0.1% of the range the SPEC asks for.

use serde::Serialize;

use super::costs::{enabled_totals, WorkloadResult};
use super::scenario::{OptionId, PerOption, Scenario, XAxis};

/// Costs closer than this are a tie, which sets no order.
pub const TIE: f64 = 0.005;

/// Samples of a continuous axis before bisection: one per 0.1% of the range.
const CONTINUOUS_SAMPLES: usize = 1000;
const BISECTION_STEPS: usize = 40;

/// A change of the cheaper option of the pair (`a`, `b`) at `x`: from `x` on, `cheaper_above` is cheaper.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Crossing {
    pub a: OptionId,
    pub b: OptionId,
    pub x: f64,
    pub cheaper_above: OptionId,
}

/// The strict order of a pair at one point: `Some(true)` when `a` is cheaper, `None` on a tie or when
/// either is unavailable or disabled.
fn order(totals: &PerOption<Option<f64>>, a: OptionId, b: OptionId) -> Option<bool> {
    match (totals[a], totals[b]) {
        (Some(ca), Some(cb)) if (ca - cb).abs() >= TIE => Some(ca < cb),
        _ => None,
    }
}

fn pairs(s: &Scenario) -> Vec<(OptionId, OptionId)> {
    let enabled: Vec<OptionId> = s.enabled_options().collect();
    let mut out = Vec::new();
    for (i, &a) in enabled.iter().enumerate() {
        for &b in &enabled[i + 1..] {
            out.push((a, b));
        }
    }
    out
}

/// Follows the order of every pair along a sequence of points, calling `flip` with the pair, the index of
/// the last point where the old order held, and the index where the new order first holds.
fn track_flips(
    pairs: &[(OptionId, OptionId)],
    points: impl Iterator<Item = PerOption<Option<f64>>>,
    mut flip: impl FnMut(usize, usize, usize, bool),
) {
    // Per pair: the last strict order seen and where it was seen.
    let mut last: Vec<Option<(bool, usize)>> = vec![None; pairs.len()];
    for (i, totals) in points.enumerate() {
        for (p, &(a, b)) in pairs.iter().enumerate() {
            if let Some(now) = order(&totals, a, b) {
                match last[p] {
                    Some((before, at)) if before != now => flip(p, at, i, now),
                    _ => {}
                }
                last[p] = Some((now, i));
            }
        }
    }
}

/// Every break-even over tickets per month `0..=max_tickets`, exact: the smallest integer volume at which
/// each new order holds. Sorted by volume, then pair.
pub fn ticket_crossings(s: &Scenario, max_tickets: u64) -> Vec<Crossing> {
    let points =
        (0..=max_tickets).map(|t| enabled_totals(s, &WorkloadResult::at(&s.workload, t as f64)));
    ticket_crossings_of(s, points)
}

/// The same, from the totals already computed at every volume `0, 1, 2, ...` (`enabled_totals`).
pub fn ticket_crossings_of(
    s: &Scenario,
    points: impl Iterator<Item = PerOption<Option<f64>>>,
) -> Vec<Crossing> {
    let pairs = pairs(s);
    let mut out = Vec::new();
    track_flips(&pairs, points, |p, _, i, a_cheaper| {
        let (a, b) = pairs[p];
        out.push(Crossing {
            a,
            b,
            x: i as f64,
            cheaper_above: if a_cheaper { a } else { b },
        });
    });
    sort(&mut out);
    out
}

/// Totals of the enabled options with `axis` set to `x`, everything else as in `s`.
pub fn totals_at(s: &Scenario, axis: XAxis, x: f64) -> PerOption<Option<f64>> {
    if axis == XAxis::TicketsPerMonth {
        return enabled_totals(s, &WorkloadResult::at(&s.workload, x));
    }
    let mut moved = s.clone();
    axis.set(&mut moved, x);
    enabled_totals(&moved, &WorkloadResult::of(&moved.workload))
}

/// Every break-even along `axis` from the axis minimum to `max`. Integer axes are searched exactly;
/// continuous ones to well within 0.1% of the range.
pub fn crossings(s: &Scenario, axis: XAxis, max: f64) -> Vec<Crossing> {
    if axis.is_integer() {
        return ticket_crossings(s, max.max(0.0).floor() as u64);
    }
    let pairs = pairs(s);
    let lo = axis.min();
    let span = (max - lo).max(0.0);
    let x_at = |i: usize| lo + span * i as f64 / CONTINUOUS_SAMPLES as f64;
    let mut found = Vec::new();
    let points = (0..=CONTINUOUS_SAMPLES).map(|i| totals_at(s, axis, x_at(i)));
    track_flips(&pairs, points, |p, before, now_at, a_cheaper| {
        found.push((p, x_at(before), x_at(now_at), a_cheaper));
    });
    let mut out: Vec<Crossing> = found
        .into_iter()
        .map(|(p, mut old_x, mut new_x, a_cheaper)| {
            let (a, b) = pairs[p];
            // Invariant: the old order holds at old_x, the new one at new_x.
            for _ in 0..BISECTION_STEPS {
                let mid = 0.5 * (old_x + new_x);
                if order(&totals_at(s, axis, mid), a, b) == Some(a_cheaper) {
                    new_x = mid;
                } else {
                    old_x = mid;
                }
            }
            Crossing {
                a,
                b,
                x: new_x,
                cheaper_above: if a_cheaper { a } else { b },
            }
        })
        .collect();
    sort(&mut out);
    out
}

fn sort(crossings: &mut [Crossing]) {
    crossings.sort_by(|p, q| p.x.total_cmp(&q.x).then((p.a, p.b).cmp(&(q.a, q.b))));
}
