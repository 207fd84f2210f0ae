//! When each field of a saved scenario was last edited, and how two tabs' versions of one scenario are
//! combined field by field, so that every field keeps its latest edit.
//!
//! A field is a leaf of the scenario's JSON: a number, a switch, a choice, a text, or a whole list (the
//! platform's plans, the projection's spikes). Its path joins the keys with dots, as the input
//! description names them (`workload.tickets_per_month`, `uncertainty.ranges.workload.tickets_per_month.low`).
//! The times are the browser's clock in milliseconds, which every tab of one browser shares: the edit
//! made last wins, whichever tab made it.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::codec::{decode_value, encode};
use super::scenario::Scenario;

/// The time of the last edit of each field that was edited, by path, sorted by path. Stored as a JSON
/// object (`{"workload.tickets_per_month": 1765000000000}`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stamps(Vec<(String, u64)>);

impl Stamps {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields with a time, and their times, by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.0.iter().map(|(k, t)| (k.as_str(), *t))
    }

    /// Records that the field at `path` was edited at `time`, unless it already has a later one.
    pub fn insert(&mut self, path: String, time: u64) {
        self.put(path, |earlier| earlier.max(time));
    }

    /// Sets the field at `path` to `time(its earlier time, 0 if none)`.
    fn put(&mut self, path: String, time: impl FnOnce(u64) -> u64) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&path)) {
            Ok(at) => self.0[at].1 = time(self.0[at].1),
            Err(at) => self.0.insert(at, (path, time(0))),
        }
    }
}

impl Serialize for Stamps {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, t)| (k, t)))
    }
}

/// At most this many fields carry a time: far more than a scenario has; what a broken copy holds beyond
/// that is not kept.
pub const MAX_STAMPS: usize = 400;

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The scenario as JSON, read back by the parser every stored value goes through (rather than a second
/// serializer of every type of the scenario, 10 KB of the first load).
fn to_value(s: &Scenario) -> Value {
    super::json::parse(&encode(s)).unwrap_or(Value::Null)
}

/// The paths of the fields whose values differ between `before` and `after` (a key present in one only
/// is a field of its own: a range added or removed).
pub fn changed_paths(before: &Scenario, after: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    differ(&to_value(before), &to_value(after), "", &mut out);
    out
}

fn differ(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) => {
            for (key, x) in ma {
                match mb.get(key) {
                    Some(y) => differ(x, y, &join(path, key), out),
                    None => out.push(join(path, key)),
                }
            }
            for key in mb.keys().filter(|k| !ma.contains_key(*k)) {
                out.push(join(path, key));
            }
        }
        _ => out.push(path.to_string()),
    }
}

/// Records that every field that differs between `before` and `after` was edited at `now`.
pub fn stamp(stamps: &mut Stamps, before: &Scenario, after: &Scenario, now: u64) {
    for path in changed_paths(before, after) {
        stamps.put(path, |_| now);
    }
}

/// The last edit of the field at `path` or of any field inside it (0: never edited here).
fn latest(stamps: &Stamps, path: &str) -> u64 {
    let inside = |k: &str| {
        k.strip_prefix(path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || path.is_empty())
    };
    stamps
        .iter()
        .filter(|(k, _)| inside(k))
        .map(|(_, t)| t)
        .max()
        .unwrap_or(0)
}

/// One copy's version of a scenario as the merge reads it: the scenario as JSON, when each field was
/// last edited, and the copy's revision.
struct Version<'a> {
    value: Value,
    stamps: &'a Stamps,
    rev: u64,
}

/// Whether `b`'s value of a field wins over `a`'s: edited later; with no time between them (neither
/// edited since it was stored by a build without times, or both at the same moment), the later
/// revision, then the value whose JSON sorts later, so that every tab decides alike.
fn b_wins(a: &Value, b: &Value, (ta, tb): (u64, u64), (ra, rb): (u64, u64)) -> bool {
    (tb, rb) > (ta, ra) || ((tb, rb) == (ta, ra) && json_text(b) > json_text(a))
}

fn json_text(v: &Value) -> String {
    v.to_string()
}

fn merge_value(a: &Value, b: &Value, path: &str, va: &Version, vb: &Version) -> Value {
    let (sa, sb) = (va.stamps, vb.stamps);
    if a == b {
        return a.clone();
    }
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) => {
            let mut out = Map::new();
            for (key, x) in ma {
                let p = join(path, key);
                match mb.get(key) {
                    Some(y) => {
                        out.insert(key.clone(), merge_value(x, y, &p, va, vb));
                    }
                    // Added in `a`, or removed in `b`: whoever did so last. No work is dropped on a tie.
                    None if latest(sa, &p) >= latest(sb, &p) => {
                        out.insert(key.clone(), x.clone());
                    }
                    None => {}
                }
            }
            for (key, y) in mb.iter().filter(|(k, _)| !ma.contains_key(*k)) {
                let p = join(path, key);
                if latest(sb, &p) >= latest(sa, &p) {
                    out.insert(key.clone(), y.clone());
                }
            }
            Value::Object(out)
        }
        _ if b_wins(a, b, (latest(sa, path), latest(sb, path)), (va.rev, vb.rev)) => b.clone(),
        _ => a.clone(),
    }
}

/// Every field's latest time of either copy.
fn union(sa: &Stamps, sb: &Stamps) -> Stamps {
    let mut out = sa.clone();
    for (k, t) in sb.iter() {
        out.insert(k.to_string(), t);
    }
    out
}

/// Two versions of one scenario, each with the times of its edits and its copy's revision, combined
/// field by field: where they differ, the value edited last wins (fields stored without times go by
/// revision). The result is the same whichever copy is `a`. A combination that is not a valid scenario
/// (two fields that must agree, such as a range and the value inside it, edited apart in two tabs)
/// gives way to the version edited last as a whole.
pub fn merge_fields(
    a: (&Scenario, &Stamps, u64),
    b: (&Scenario, &Stamps, u64),
) -> (Scenario, Stamps) {
    let ((sa, ta, ra), (sb, tb, rb)) = (a, b);
    let stamps = union(ta, tb);
    if sa == sb {
        return (sa.clone(), stamps);
    }
    let va = Version {
        value: to_value(sa),
        stamps: ta,
        rev: ra,
    };
    let vb = Version {
        value: to_value(sb),
        stamps: tb,
        rev: rb,
    };
    let merged = merge_value(&va.value, &vb.value, "", &va, &vb);
    match decode_value(merged) {
        Ok(s) => (s, stamps),
        Err(_) => {
            let whole = b_wins(
                &va.value,
                &vb.value,
                (latest(ta, ""), latest(tb, "")),
                (ra, rb),
            );
            (if whole { sb } else { sa }.clone(), stamps)
        }
    }
}

/// The stamps of a stored entry, read leniently: they hold no work of the user's, so what is not a path
/// with a whole number is left out.
pub fn read_stamps(value: Option<&Value>) -> Stamps {
    let Some(Value::Object(map)) = value else {
        return Stamps::default();
    };
    let mut stamps = Stamps::default();
    for (k, v) in map.iter().take(MAX_STAMPS) {
        if let (false, true, Some(t)) = (k.is_empty(), k.len() <= 200, v.as_u64()) {
            stamps.insert(k.clone(), t);
        }
    }
    stamps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(base: &Scenario, now: u64, change: impl FnOnce(&mut Scenario)) -> (Scenario, Stamps) {
        let mut s = base.clone();
        change(&mut s);
        let mut stamps = Stamps::default();
        stamp(&mut stamps, base, &s, now);
        (s, stamps)
    }

    #[test]
    fn a_changed_field_is_named_by_its_path() {
        let base = Scenario::default();
        let (s, stamps) = edited(&base, 5, |s| {
            s.workload.tickets_per_month = 420.0;
            s.platform.plans[1].monthly_fee = 600.0;
        });
        assert_ne!(s, base);
        assert_eq!(
            stamps.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            ["platform.plans", "workload.tickets_per_month"]
        );
    }

    #[test]
    fn two_tabs_editing_different_fields_keep_both() {
        let base = Scenario::default();
        let a = edited(&base, 10, |s| s.workload.tickets_per_month = 420.0);
        let b = edited(&base, 11, |s| s.workload.minutes_per_reply = 7.0);
        let (m, stamps) = merge_fields((&a.0, &a.1, 1), (&b.0, &b.1, 1));
        assert_eq!(m.workload.tickets_per_month, 420.0);
        assert_eq!(m.workload.minutes_per_reply, 7.0);
        assert_eq!(stamps.iter().count(), 2);
        // Either way round.
        assert_eq!(merge_fields((&b.0, &b.1, 1), (&a.0, &a.1, 1)).0, m);
    }

    #[test]
    fn the_same_field_keeps_the_edit_made_last() {
        let base = Scenario::default();
        let a = edited(&base, 20, |s| s.workload.tickets_per_month = 420.0);
        let b = edited(&base, 19, |s| s.workload.tickets_per_month = 999.0);
        assert_eq!(
            merge_fields((&a.0, &a.1, 1), (&b.0, &b.1, 1))
                .0
                .workload
                .tickets_per_month,
            420.0
        );
        assert_eq!(
            merge_fields((&b.0, &b.1, 1), (&a.0, &a.1, 1))
                .0
                .workload
                .tickets_per_month,
            420.0
        );
    }

    #[test]
    fn paths_inside_a_field_count_for_it() {
        let mut stamps = Stamps::default();
        stamps.insert("workloadx".into(), 9);
        stamps.insert(
            "uncertainty.ranges.workload.tickets_per_month.low".into(),
            7,
        );
        stamps.insert("workload.tickets_per_month".into(), 3);
        assert_eq!(latest(&stamps, "uncertainty.ranges"), 7);
        assert_eq!(latest(&stamps, "workload"), 3);
        assert_eq!(latest(&stamps, "workload.tickets_per_month"), 3);
        assert_eq!(latest(&stamps, ""), 9);
        assert_eq!(latest(&stamps, "rates"), 0);
    }

    #[test]
    fn stamps_are_read_leniently() {
        let v: Value =
            serde_json::from_str(r#"{"a.b": 5, "": 3, "c": "x", "d": -1, "e": 1.5}"#).unwrap();
        let stamps = read_stamps(Some(&v));
        assert_eq!(stamps.iter().collect::<Vec<_>>(), [("a.b", 5)]);
        assert!(read_stamps(Some(&Value::Null)).is_empty());
    }
}
