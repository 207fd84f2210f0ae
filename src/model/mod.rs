//! The cost model: plain Rust and serde, no browser. Everything the page shows is computed here.

pub mod ai;
pub mod breakeven;
pub mod codec;
pub mod compare;
pub mod costs;
pub mod coverage;
pub mod entry;
pub mod erlang;
pub mod export;
pub mod flags;
pub mod history;
pub mod import;
pub mod json;
pub mod library;
pub mod link;
pub mod presets;
pub mod projection;
pub mod regimes;
pub mod report;
pub mod scenario;
pub mod schema;
pub mod series;
pub mod stamps;
pub mod store;
pub mod uncertainty;
pub mod validate;
pub mod vendors;

pub use breakeven::Crossing;
pub use codec::{decode, encode, DecodeError};
pub use costs::WorkloadResult;
pub use report::{report, Report};
pub use scenario::{BillingUnit, OptionId, PerOption, Plan, Scenario, XAxis};
