//! The library API from the command line: reads a scenario (SPEC 4) on standard input and prints its report.
//!
//!     cargo run -q --example report < tests/fixtures/spec_example_v1.json

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("could not read standard input: {e}");
        return ExitCode::FAILURE;
    }
    match support_calc::report_json(&input) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("invalid scenario: {e}");
            ExitCode::FAILURE
        }
    }
}
