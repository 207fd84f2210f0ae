//! Times the 10,000-draw Monte Carlo of `make bench` natively (issue 17: four ranges on the default
//! scenario) and prints each option's chance of being cheapest.

use std::time::Instant;

use support_calc::model::presets::bench_monte_carlo_scenario;
use support_calc::model::uncertainty::simulate;

fn main() {
    let s = bench_monte_carlo_scenario();
    let runs = 30;
    let mut times = Vec::with_capacity(runs);
    let mut report = simulate(&s);
    for _ in 0..runs {
        let start = Instant::now();
        report = simulate(std::hint::black_box(&s));
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "native median {:.2} ms, max {:.2} ms over {runs} runs of {} draws",
        times[runs / 2],
        times[runs - 1],
        report.draws
    );
    let chances: Vec<String> = report
        .options
        .iter()
        .map(|(id, o)| format!("{} {:.1}%", id.key(), o.p_cheapest * 100.0))
        .collect();
    println!("{}", chances.join(", "));
}
