//! Where the cheaper of two options changes (SPEC 3.4).
//!
//! Costs are step functions of the volume, so two options can swap places many times. Along tickets per
//! month the result is exact: it is the smallest integer volume at which each new order holds, as if
//! every integer were evaluated (`ticket_crossings_by_scan` does just that, and is the tests' oracle),
//! but found by halving the axis and skipping every stretch whose order the costs at its two ends
//! already settle (`ticket_crossings`). Along the continuous axes the axis is sampled and each change of
//! order is bisected far below the 0.1% of the range the SPEC asks for.
//!
//! What the ticket search relies on, and every option (a new one too) must guarantee: its monthly cost
//! is non-decreasing in the ticket volume, and it is available up to some volume and unavailable from
//! there on (never unavailable and then available again). Then on a stretch `lo..=hi` an option's cost
//! lies between its costs at `lo` and at `hi`, and if it is available at `hi` it is available on the
//! whole stretch.

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

/// Stretches of at most this many volumes are evaluated volume by volume.
const LEAF: u64 = 8;

/// Every break-even over tickets per month `0..=max_tickets`, exact: the smallest integer volume at which
/// each new order holds, the same as `ticket_crossings_by_scan`. Sorted by volume, then pair.
pub fn ticket_crossings(s: &Scenario, max_tickets: u64) -> Vec<Crossing> {
    let pairs = pairs(s);
    let mut search = Search {
        s,
        pairs: &pairs,
        last: vec![None; pairs.len()],
        out: Vec::new(),
    };
    let all: Vec<usize> = (0..pairs.len()).collect();
    let (lo, hi) = (search.at(0), search.at(max_tickets));
    search.stretch(0, lo, max_tickets, hi, &all);
    let mut out = search.out;
    sort(&mut out);
    out
}

/// What the costs at the two ends of a stretch say about one pair on the whole stretch.
enum Settled {
    /// No strict order anywhere on it: an option is unavailable throughout, or the two tie throughout.
    Nothing,
    /// The same strict order throughout: `true` when `a` is cheaper.
    Throughout(bool),
    /// The ends do not tell: look inside.
    Open,
}

fn settled(
    lo: &PerOption<Option<f64>>,
    hi: &PerOption<Option<f64>>,
    a: OptionId,
    b: OptionId,
) -> Settled {
    let (Some(a_lo), Some(b_lo)) = (lo[a], lo[b]) else {
        // Unavailable at the start of the stretch: unavailable on all of it.
        return Settled::Nothing;
    };
    let (Some(a_hi), Some(b_hi)) = (hi[a], hi[b]) else {
        return Settled::Open;
    };
    // On the stretch a - b lies between a_lo - b_hi and a_hi - b_lo (the costs are non-decreasing);
    // float subtraction keeps that order, so the bounds hold for the computed differences too.
    if b_lo - a_hi >= TIE {
        Settled::Throughout(true)
    } else if a_lo - b_hi >= TIE {
        Settled::Throughout(false)
    } else if a_hi - b_lo < TIE && b_hi - a_lo < TIE {
        Settled::Nothing
    } else {
        Settled::Open
    }
}

/// The ticket search: the stretches in order of volume, each pair's last strict order, the flips.
struct Search<'a> {
    s: &'a Scenario,
    pairs: &'a [(OptionId, OptionId)],
    last: Vec<Option<bool>>,
    out: Vec<Crossing>,
}

impl Search<'_> {
    fn at(&self, t: u64) -> PerOption<Option<f64>> {
        enabled_totals(self.s, &WorkloadResult::at(self.s, t as f64))
    }

    /// Pair `p` has the strict order `a_cheaper` at volume `t`, the first volume of its stretch seen.
    fn see(&mut self, p: usize, t: u64, a_cheaper: bool) {
        if self.last[p].is_some_and(|before| before != a_cheaper) {
            let (a, b) = self.pairs[p];
            self.out.push(Crossing {
                a,
                b,
                x: t as f64,
                cheaper_above: if a_cheaper { a } else { b },
            });
        }
        self.last[p] = Some(a_cheaper);
    }

    /// The volumes `lo..=hi`, whose totals at the ends are given, for the pairs in `active`. Stretches
    /// are visited in order of volume, so every pair sees its orders in that order.
    fn stretch(
        &mut self,
        lo: u64,
        at_lo: PerOption<Option<f64>>,
        hi: u64,
        at_hi: PerOption<Option<f64>>,
        active: &[usize],
    ) {
        let mut open = Vec::new();
        for &p in active {
            let (a, b) = self.pairs[p];
            match settled(&at_lo, &at_hi, a, b) {
                Settled::Nothing => {}
                Settled::Throughout(a_cheaper) => self.see(p, lo, a_cheaper),
                Settled::Open => open.push(p),
            }
        }
        if open.is_empty() {
            return;
        }
        if hi - lo < LEAF {
            for t in lo..=hi {
                let totals = match t {
                    _ if t == lo => at_lo,
                    _ if t == hi => at_hi,
                    _ => self.at(t),
                };
                for &p in &open {
                    let (a, b) = self.pairs[p];
                    if let Some(a_cheaper) = order(&totals, a, b) {
                        self.see(p, t, a_cheaper);
                    }
                }
            }
            return;
        }
        let mid = lo + (hi - lo) / 2;
        let (at_mid, at_next) = (self.at(mid), self.at(mid + 1));
        self.stretch(lo, at_lo, mid, at_mid, &open);
        self.stretch(mid + 1, at_next, hi, at_hi, &open);
    }
}

/// Every break-even over tickets per month `0..=max_tickets` by evaluating every integer volume: the
/// definition, kept as the oracle that `ticket_crossings` is tested against.
pub fn ticket_crossings_by_scan(s: &Scenario, max_tickets: u64) -> Vec<Crossing> {
    let points = (0..=max_tickets).map(|t| enabled_totals(s, &WorkloadResult::at(s, t as f64)));
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
        return enabled_totals(s, &WorkloadResult::at(s, x));
    }
    let mut moved = s.clone();
    axis.set(&mut moved, x);
    enabled_totals(&moved, &WorkloadResult::of(&moved))
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

/// Sorts by volume, then pair. Every search above finds the crossings from the low end up, so they
/// arrive in order or nearly.
fn sort(crossings: &mut [Crossing]) {
    insertion_sort(crossings, |p, q| {
        p.x.total_cmp(&q.x).then((p.a, p.b).cmp(&(q.a, q.b))) == std::cmp::Ordering::Greater
    });
}

/// A stable sort of a short list that is in order or nearly (linear then), where `after(p, q)` says
/// that p belongs after q.
// size: kept, with the first load at its ceiling: the standard library's sorts add a general sort of
// their own for each item type (about 4 KB before compression) for a handful of break-evens.
pub(crate) fn insertion_sort<T>(items: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && after(&items[j - 1], &items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BillingUnit, Plan};

    /// A contractor billed by the minute at a minute a ticket: its cost per ticket is its hourly rate
    /// / 60, so two options can be made to run within cents of each other for hundreds of tickets.
    fn close_race() -> Scenario {
        let mut s = Scenario::default();
        s.workload.minutes_per_reply = 1.0;
        s.workload.replies_per_ticket = 1.0;
        s.employee.enabled = false;
        s.contractor.hourly_rate = 60.0;
        s.contractor.minimum_hours = 0.0;
        s.contractor.billing_increment_minutes = 1.0;
        // 3 cents a month of your time.
        s.contractor.oversight_hours = 0.0005;
        s
    }

    fn assert_one_flip_to_the_contractor_near_350(s: &Scenario) {
        let found = assert_exact(s, 2000);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cheaper_above, OptionId::Contractor);
        assert!((349.0..=351.0).contains(&found[0].x), "{found:?}");
    }

    #[test]
    fn crossings_are_sorted_by_volume_then_pair_in_any_order_they_arrive() {
        use OptionId::*;
        let c = |x: f64, a: OptionId, b: OptionId| Crossing {
            a,
            b,
            x,
            cheaper_above: b,
        };
        let sorted = vec![
            c(-1.0, Diy, Platform),
            c(0.0, Diy, Employee),
            c(0.0, Diy, Platform),
            c(0.0, Employee, Contractor),
            c(12.5, Diy, Employee),
            c(12.5, Contractor, Platform),
            c(300.0, Diy, Employee),
        ];
        let mut reversed: Vec<Crossing> = sorted.iter().rev().cloned().collect();
        sort(&mut reversed);
        assert_eq!(reversed, sorted);
        // Every rotation, as runs found pair by pair would arrive.
        for k in 0..sorted.len() {
            let mut v = sorted.clone();
            v.rotate_left(k);
            sort(&mut v);
            assert_eq!(v, sorted, "rotated by {k}");
        }
        let mut empty: Vec<Crossing> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    fn assert_exact(s: &Scenario, max: u64) -> Vec<Crossing> {
        let found = ticket_crossings(s, max);
        assert_eq!(found, ticket_crossings_by_scan(s, max));
        found
    }

    #[test]
    fn differences_of_cents_over_long_stretches_are_followed_exactly() {
        // Doing it yourself against a contractor 0.01% cheaper an hour: they differ by less than a
        // dollar for thousands of tickets, tie (within half a cent) from 251 to 349, and the
        // contractor is cheaper from 350.
        let mut s = close_race();
        s.platform.enabled = false;
        s.contractor.hourly_rate = 60.0 * (1.0 - 1e-4);
        assert_one_flip_to_the_contractor_near_350(&s);
    }

    #[test]
    fn a_tie_between_two_orders_sets_none_the_flip_is_where_the_new_order_holds() {
        // The platform (per ticket, nothing included) is cheaper at first, the two tie for about a
        // hundred volumes, and the contractor is cheaper after: the break-even is the first volume of
        // the new order, not the start of the tie.
        let mut s = close_race();
        s.diy.enabled = false;
        s.platform.billing_unit = BillingUnit::Ticket;
        s.platform.oversight_hours = 0.0;
        s.platform.plans = vec![Plan::new("Per ticket", 0.0, 0.0, Some(1.0001))];
        assert_one_flip_to_the_contractor_near_350(&s);
    }

    #[test]
    fn the_spec_example_and_the_whole_documented_axis() {
        let s = Scenario::spec_example();
        let xs: Vec<f64> = assert_exact(&s, 2000).iter().map(|c| c.x).collect();
        assert_eq!(xs, [30.0, 31.0, 117.0, 209.0, 269.0, 395.0, 538.0, 585.0]);
        assert_exact(&s, 1_000_000);
    }
}
