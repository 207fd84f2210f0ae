//! Support cost calculator: what doing support yourself, hiring, contracting or a per-reply
//! Support-as-a-Service platform costs a software business each month, and where the cheapest changes.
//!
//! The model (`model`) is plain Rust and runs anywhere; the browser interface (`ui`, `charts`) is compiled
//! for wasm32 only.

pub mod format;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod charts;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::App;

/// Parses and validates a scenario (SPEC 4) and returns its report as JSON.
///
/// The error names every invalid field with its valid range, e.g.
/// `workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)`.
pub fn report_json(scenario_json: &str) -> Result<String, String> {
    let scenario = model::decode(scenario_json).map_err(|e| e.to_string())?;
    serde_json::to_string(&model::report(&scenario)).map_err(|e| e.to_string())
}
