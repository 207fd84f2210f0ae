//! Side-by-side comparison of scenarios: which inputs differ, and each one's cheapest-option curve.

use std::collections::BTreeMap;

use serde_json::Value;

use super::costs::{cheapest_of, enabled_totals, WorkloadResult};
use super::scenario::{OptionId, Scenario};

/// Every leaf of a JSON value with its path (`platform.plans[0].name`), in document order.
fn leaves(prefix: &str, value: &Value, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaves(&path, v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(&format!("{prefix}[{i}]"), v, out);
            }
        }
        _ => out.push((prefix.to_string(), value.clone())),
    }
}

/// One input that differs between the compared scenarios: its JSON path and each scenario's value
/// (`None` where a scenario has no such value, such as a plan it does not have).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub path: String,
    pub values: Vec<Option<Value>>,
}

/// Every input whose value is not the same in all the scenarios, in JSON order of sections.
pub fn differences(scenarios: &[&Scenario]) -> Vec<Difference> {
    let all: Vec<Vec<(String, Value)>> = scenarios
        .iter()
        .map(|s| {
            let mut out = Vec::new();
            leaves(
                "",
                &serde_json::to_value(s).unwrap_or(Value::Null),
                &mut out,
            );
            out
        })
        .collect();
    // Paths in the order a scenario writes them, then any only some scenarios have.
    let mut order: Vec<&str> = Vec::new();
    for (path, _) in all.iter().flatten() {
        if !order.contains(&path.as_str()) {
            order.push(path);
        }
    }
    let maps: Vec<BTreeMap<&str, &Value>> = all
        .iter()
        .map(|leaves| leaves.iter().map(|(p, v)| (p.as_str(), v)).collect())
        .collect();
    order
        .into_iter()
        .filter(|p| !matches!(*p, "name" | "version" | "locale"))
        .filter_map(|path| {
            let values: Vec<Option<Value>> = maps
                .iter()
                .map(|m| m.get(path).map(|v| (*v).clone()))
                .collect();
            let first = &values[0];
            values.iter().any(|v| v != first).then(|| Difference {
                path: path.to_string(),
                values,
            })
        })
        .collect()
}

/// The cost of the cheapest enabled option at each ticket volume in `xs`, and which option it is.
pub fn cheapest_curve(s: &Scenario, xs: &[f64]) -> Vec<Option<(f64, OptionId)>> {
    xs.iter()
        .map(|&t| {
            let totals = enabled_totals(s, &WorkloadResult::at(&s.workload, t));
            cheapest_of(&totals).and_then(|id| totals[id.index()].map(|c| (c, id)))
        })
        .collect()
}
