//! What you don't know (SPEC 6.2): a seeded Monte Carlo over triangular ranges of some inputs, each
//! option's chance of being cheapest and its P10, P50 and P90 monthly cost, and the tornado of how far
//! each range alone moves the saving of the cheapest over the runner-up.
//!
//! The draws come from SplitMix64 (Steele, Lea and Flood, 2014), a portable generator of 64-bit
//! integer arithmetic: the same seed gives the same draws natively and in WebAssembly. The run can be
//! taken in parts (`Simulation::run`), so that a page stays responsive while it goes on.

use serde::Serialize;

use super::costs::{cheapest_of, enabled_totals, WorkloadResult};
use super::scenario::{Bounds, ById, OptionId, PerOption, Scenario, Uncertain};

/// SplitMix64: a 64-bit state advanced by a constant, mixed into each output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// The value at `u` (0..1) of the triangular distribution from `low` over `mode` to `high`: the
/// inverse of its distribution function; `mode` itself when `low == high`.
pub fn triangular(low: f64, mode: f64, high: f64, u: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 {
        return mode;
    }
    let split = (mode - low) / width;
    if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

/// One option's figures over the draws (SPEC 6.2).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Spread {
    pub p_cheapest: f64,
    pub available_share: f64,
    pub p10: Option<f64>,
    pub p50: Option<f64>,
    pub p90: Option<f64>,
}

/// How far one range alone moves the saving of the cheapest over the runner-up.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    pub path: &'static str,
    /// `None` where either of the two options is unavailable at that end.
    pub low_saving: Option<f64>,
    pub high_saving: Option<f64>,
}

impl TornadoBar {
    /// How far the saving moves from the low end to the high end (0 where it cannot be said).
    pub fn swing(&self) -> f64 {
        match (self.low_saving, self.high_saving) {
            (Some(l), Some(h)) => (h - l).abs(),
            _ => 0.0,
        }
    }
}

/// The `uncertainty` object of SPEC 6.2.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UncertaintyReport {
    pub draws: u64,
    pub seed: u64,
    pub options: ById<Spread>,
    pub p_none: f64,
    pub tornado: Vec<TornadoBar>,
    /// The cheapest and the runner-up at the scenario's own values, which the tornado compares.
    #[serde(skip)]
    pub compared: Option<(OptionId, OptionId)>,
}

/// A Monte Carlo run that can be taken in parts.
#[derive(Clone, Debug)]
pub struct Simulation {
    work: Scenario,
    ranges: Vec<(Uncertain, Bounds, f64)>,
    rng: SplitMix64,
    draws: u64,
    done: u64,
    costs: PerOption<Vec<f64>>,
    cheapest: PerOption<u64>,
    none: u64,
}

impl Simulation {
    /// A run of the scenario's draws over its ranges (a valid scenario: every range holds its value).
    pub fn new(s: &Scenario) -> Simulation {
        let draws = s.uncertainty.draws.max(0.0) as u64;
        let ranges = s
            .uncertainty
            .ranges
            .iter()
            .map(|(u, b)| (u, b, u.value(s)))
            .collect();
        Simulation {
            work: s.clone(),
            ranges,
            rng: SplitMix64::new(s.uncertainty.seed.max(0.0) as u64),
            draws,
            done: 0,
            costs: PerOption::from_fn(|id| {
                if s.is_enabled(id) {
                    Vec::with_capacity(draws as usize)
                } else {
                    Vec::new()
                }
            }),
            cheapest: PerOption::default(),
            none: 0,
        }
    }

    /// Takes up to `n` more draws; true once every draw is taken.
    pub fn run(&mut self, n: u64) -> bool {
        let end = (self.done + n).min(self.draws);
        while self.done < end {
            for &(u, b, mode) in &self.ranges {
                let v = triangular(b.low, mode, b.high, self.rng.next_f64());
                u.set(&mut self.work, v);
            }
            let w = WorkloadResult::of(&self.work);
            let totals = enabled_totals(&self.work, &w);
            for (id, t) in totals.iter() {
                if let Some(t) = t {
                    self.costs[id].push(*t);
                }
            }
            match cheapest_of(&totals) {
                Some(id) => self.cheapest[id] += 1,
                None => self.none += 1,
            }
            self.done += 1;
        }
        self.done >= self.draws
    }

    /// The share of the draws taken so far.
    pub fn progress(&self) -> f64 {
        if self.draws == 0 {
            1.0
        } else {
            self.done as f64 / self.draws as f64
        }
    }

    /// The figures of the draws taken (all of them once `run` has returned true) and the tornado.
    pub fn finish(mut self, s: &Scenario) -> UncertaintyReport {
        let n = self.done.max(1) as f64;
        let options = s
            .enabled_options()
            .map(|id| {
                let costs = &mut self.costs[id];
                costs.sort_by(f64::total_cmp);
                let spread = Spread {
                    p_cheapest: self.cheapest[id] as f64 / n,
                    available_share: costs.len() as f64 / n,
                    p10: nearest_rank(costs, 1),
                    p50: nearest_rank(costs, 5),
                    p90: nearest_rank(costs, 9),
                };
                (id, spread)
            })
            .collect();
        let (tornado, compared) = tornado(s);
        UncertaintyReport {
            draws: self.draws,
            seed: s.uncertainty.seed.max(0.0) as u64,
            options: ById(options),
            p_none: self.none as f64 / n,
            tornado,
            compared,
        }
    }
}

/// The value at position `ceil(tenths / 10 * n)` (1-based) of sorted `costs`: the nearest rank, in
/// integers so that no rounding moves it.
fn nearest_rank(sorted: &[f64], tenths: u64) -> Option<f64> {
    let n = sorted.len() as u64;
    if n == 0 {
        return None;
    }
    let rank = (tenths * n).div_ceil(10).max(1);
    sorted.get(rank as usize - 1).copied()
}

/// The whole run of a (valid) scenario's uncertainty, in one go.
pub fn simulate(s: &Scenario) -> UncertaintyReport {
    let mut run = Simulation::new(s);
    run.run(u64::MAX);
    run.finish(s)
}

/// The cheapest and the runner-up at the scenario's values, and per range the runner-up's cost minus
/// the cheapest's with that input at its low and at its high end, every other at the scenario's value;
/// largest swing first. Empty when fewer than two options are available.
pub fn tornado(s: &Scenario) -> (Vec<TornadoBar>, Option<(OptionId, OptionId)>) {
    let totals = enabled_totals(s, &WorkloadResult::of(s));
    let Some(first) = cheapest_of(&totals) else {
        return (Vec::new(), None);
    };
    let mut rest = totals;
    rest[first] = None;
    let Some(second) = cheapest_of(&rest) else {
        return (Vec::new(), None);
    };
    let mut work = s.clone();
    let saving_at = |work: &mut Scenario, u: Uncertain, v: f64| {
        u.set(work, v);
        let t = enabled_totals(work, &WorkloadResult::of(work));
        let saving = t[second].zip(t[first]).map(|(b, a)| b - a);
        u.set(work, u.value(s));
        saving
    };
    let mut bars: Vec<TornadoBar> = s
        .uncertainty
        .ranges
        .iter()
        .map(|(u, b)| TornadoBar {
            path: u.path(),
            low_saving: saving_at(&mut work, u, b.low),
            high_saving: saving_at(&mut work, u, b.high),
        })
        .collect();
    // A stable sort: equal swings keep the order of SPEC 6.2's list.
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    (bars, Some((first, second)))
}
