//! Times Erlang C for 1,000 Erlangs of traffic natively (for `make bench`) and prints the answer as
//! JSON, which the bench compares with pyworkforce's on the same inputs.

use std::time::Instant;

use support_calc::model::presets::bench_erlang_request;

fn main() {
    let request = bench_erlang_request();
    let runs = 2000;
    let mut times = Vec::with_capacity(runs);
    let mut answer = request.answer();
    for _ in 0..runs {
        let start = Instant::now();
        answer = std::hint::black_box(request).answer();
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "native median {:.1} us, max {:.1} us over {runs} solves",
        times[runs / 2],
        times[runs - 1]
    );
    println!("{}", serde_json::to_string(&answer).unwrap_or_default());
}
