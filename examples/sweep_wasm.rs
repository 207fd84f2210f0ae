//! The break-even sweeps of `examples/sweep.rs` and the Erlang C solve of `examples/erlang.rs` as
//! WebAssembly exports, so `make bench` can time them in Chromium's engine. No imports, no bindings.

// `#[no_mangle]` is what exports the functions by name; there is no other unsafe code here.
#![allow(unsafe_code)]

use support_calc::model::breakeven::ticket_crossings;
use support_calc::model::presets::{bench_erlang_request, bench_live_scenario, bench_scenario};

/// Break-evens of the default scenario with the AI on (all five options in) over 0..=max tickets.
#[no_mangle]
pub extern "C" fn sweep(max: u32) -> u32 {
    ticket_crossings(&bench_scenario(), u64::from(max)).len() as u32
}

/// The same with a live channel and a 24/7 promise.
#[no_mangle]
pub extern "C" fn sweep_live(max: u32) -> u32 {
    ticket_crossings(&bench_live_scenario(), u64::from(max)).len() as u32
}

/// Solves the 1,000-Erlang request `times` times; returns the agents it needs.
#[no_mangle]
pub extern "C" fn erlang(times: u32) -> u32 {
    let request = bench_erlang_request();
    let mut agents = 0;
    for i in 0..times {
        // A different answer time each round keeps the optimiser from solving only once.
        let mut r = request;
        r.answer_seconds += f64::from(i % 2) * 1e-9;
        agents = r.answer().agents;
    }
    agents as u32
}

/// Runs the bench's 10,000-draw Monte Carlo `times` times; returns the platform's chance of being
/// cheapest in millionths.
#[no_mangle]
pub extern "C" fn monte_carlo(times: u32) -> u32 {
    let s = support_calc::model::presets::bench_monte_carlo_scenario();
    let mut p = 0.0;
    for i in 0..times {
        let mut s = s.clone();
        s.uncertainty.seed = f64::from(i);
        let r = support_calc::model::uncertainty::simulate(&s);
        p = r
            .options
            .get(support_calc::model::OptionId::Platform)
            .map_or(0.0, |o| o.p_cheapest);
    }
    (p * 1e6) as u32
}
