//! Writes the workbook of a scenario (SPEC 9): `cargo run --example workbook OUT.xlsx < scenario.json`.
//! The tests recalculate it with LibreOffice (scripts/recalc.py) and compare it with `report_json`.

use std::io::Read;
use std::process::ExitCode;

use support_calc::i18n::Lang;
use support_calc::model::{decode, report};
use support_calc::workbook::{book, write};

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: workbook OUT.xlsx < scenario.json");
        return ExitCode::FAILURE;
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("could not read standard input: {e}");
        return ExitCode::FAILURE;
    }
    let s = match decode(&input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("invalid scenario: {e}");
            return ExitCode::FAILURE;
        }
    };
    let l = if s.locale == "de" { Lang::De } else { Lang::En };
    let bytes = match write(&book(&s, &report(&s), "2026-12-07", l)) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("could not write the workbook: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::fs::write(&out, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("could not write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
