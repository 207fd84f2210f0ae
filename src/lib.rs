//! Support cost calculator: what doing support yourself, hiring, contracting or a per-reply
//! Support-as-a-Service platform costs a software business each month, and where the cheapest changes.
//!
//! The model (`model`) is plain Rust and runs anywhere; the browser interface (`ui`, `charts`) is compiled
//! for wasm32 only.

pub mod format;
pub mod i18n;
pub mod messages;
pub mod model;
pub mod sheet;
#[cfg(target_arch = "wasm32")]
pub mod storage;
pub mod style;
pub mod text;
pub mod workbook;

pub mod charts;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::App;

/// Parses and validates a scenario (SPEC 4) and returns its report as JSON.
///
/// The error names every invalid field with its valid range, e.g.
/// `workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)`.
///
/// Numbers are rounded to 9 decimals so that floating-point noise (300 x 0.3 = 90.00000000000001) does
/// not reach the caller.
pub fn report_json(scenario_json: &str) -> Result<String, String> {
    let scenario = model::decode(scenario_json).map_err(|e| e.to_string())?;
    let mut value = serde_json::to_value(model::report::with_uncertainty(&scenario))
        .map_err(|e| e.to_string())?;
    round_numbers(&mut value);
    serde_json::to_string(&value).map_err(|e| e.to_string())
}

/// Erlang C for a queue of live contacts (SPEC 5.2): the agents it needs, or what a given headcount
/// (`agents`) reaches. Errors name the field and its range; unknown fields are rejected.
pub fn erlang_json(request_json: &str) -> Result<String, String> {
    model::erlang::erlang_json(request_json)
}

fn round_numbers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(rounded) = n
                .as_f64()
                // `+ 0.0` turns -0 into 0.
                .map(|x| (x * 1e9).round() / 1e9 + 0.0)
                .and_then(serde_json::Number::from_f64)
            {
                *n = rounded;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(round_numbers),
        Value::Object(map) => map.values_mut().for_each(round_numbers),
        _ => {}
    }
}
