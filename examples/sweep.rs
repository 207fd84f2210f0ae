//! Times the break-even search over 0..=1,000,000 tickets with all five options and the AI front line on, and again
//! with a live channel and a 24/7 promise (for `make bench`),
//! and checks on the way that it finds what evaluating every volume finds.

use std::time::Instant;

use support_calc::model::breakeven::{ticket_crossings, ticket_crossings_by_scan};

fn main() {
    time("", &support_calc::model::presets::bench_scenario());
    time(
        "with a live channel, ",
        &support_calc::model::presets::bench_live_scenario(),
    );
}

fn time(label: &str, scenario: &support_calc::model::Scenario) {
    let runs = 20;
    let mut times = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let start = Instant::now();
        found = ticket_crossings(scenario, 1_000_000).len();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let start = Instant::now();
    let scanned = ticket_crossings_by_scan(scenario, 1_000_000);
    let scan_ms = start.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(scanned, ticket_crossings(scenario, 1_000_000));
    println!(
        "native {label}(search) median {:.2} ms, max {:.2} ms over {runs} runs ({found} break-evens); evaluating every volume: {scan_ms:.1} ms, the same break-evens",
        times[runs / 2],
        times[runs - 1]
    );
}
