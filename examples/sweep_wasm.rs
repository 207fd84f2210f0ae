//! The break-even sweep of `examples/sweep.rs` as a WebAssembly export, so `make bench` can time it in
//! Chromium's engine: `sweep(1_000_000)` returns how many break-evens it found. No imports, no bindings.

// `#[no_mangle]` is what exports the function by name; there is no other unsafe code here.
#![allow(unsafe_code)]

use support_calc::model::breakeven::ticket_crossings;

/// Break-evens of the default scenario with the AI on (all five options in) over 0..=max tickets.
#[no_mangle]
pub extern "C" fn sweep(max: u32) -> u32 {
    ticket_crossings(
        &support_calc::model::presets::bench_scenario(),
        u64::from(max),
    )
    .len() as u32
}
