//! Times a full break-even sweep over 0..=100,000 tickets with all four options on (for `make bench`).

use std::time::Instant;

use support_calc::model::breakeven::ticket_crossings;
use support_calc::model::Scenario;

fn main() {
    let scenario = Scenario::default();
    let runs = 20;
    let mut times = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let start = Instant::now();
        found = ticket_crossings(&scenario, 100_000).len();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "native break-even sweep 0..=100,000 tickets, 4 options: median {:.2} ms, max {:.2} ms over {runs} runs ({found} break-evens)",
        times[runs / 2],
        times[runs - 1]
    );
}
