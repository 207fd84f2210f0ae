//! Side-by-side comparison of scenarios: which inputs differ, and each one's cheapest-option curve.

use std::collections::BTreeMap;

use serde_json::Value;

use super::costs::{cheapest_of, enabled_totals, WorkloadResult};
use super::scenario::{OptionId, Scenario};

/// Flattens JSON into `path -> value` pairs (`platform.plans[0].name`).
fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, Value>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&path, v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), v, out);
            }
        }
        _ => {
            out.insert(prefix.to_string(), value.clone());
        }
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
    let flat: Vec<BTreeMap<String, Value>> = scenarios
        .iter()
        .map(|s| {
            let mut out = BTreeMap::new();
            flatten(
                "",
                &serde_json::to_value(s).unwrap_or(Value::Null),
                &mut out,
            );
            out
        })
        .collect();
    // Paths in the order a scenario writes them, then any only some scenarios have.
    let mut order: Vec<String> = Vec::new();
    for s in scenarios {
        let mut paths = Vec::new();
        walk_order(
            "",
            &serde_json::to_value(s).unwrap_or(Value::Null),
            &mut paths,
        );
        for p in paths {
            if !order.contains(&p) {
                order.push(p);
            }
        }
    }
    order
        .into_iter()
        .filter(|p| p != "name" && p != "version" && p != "locale")
        .filter_map(|path| {
            let values: Vec<Option<Value>> = flat.iter().map(|f| f.get(&path).cloned()).collect();
            let first = &values[0];
            values
                .iter()
                .any(|v| v != first)
                .then_some(Difference { path, values })
        })
        .collect()
}

fn walk_order(prefix: &str, value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                walk_order(&path, v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk_order(&format!("{prefix}[{i}]"), v, out);
            }
        }
        _ => out.push(prefix.to_string()),
    }
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
