//! Prints the share-link fragment of a scenario read on standard input (for checking link sizes).
//!
//!     cargo run -q --example link < tests/fixtures/spec_example_v1.json

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        eprintln!("could not read standard input");
        return ExitCode::FAILURE;
    }
    match support_calc::model::decode(&input) {
        Ok(s) => {
            let fragment = support_calc::model::link::encode_fragment(&s);
            println!("#{fragment}");
            eprintln!("{} characters after the page address", fragment.len() + 1);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("invalid scenario: {e}");
            ExitCode::FAILURE
        }
    }
}
