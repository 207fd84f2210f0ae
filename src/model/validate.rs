//! Range checks for a whole scenario. Every problem is reported, each naming its JSON path and the valid
//! range, so that a caller can fix them all at once.

use std::fmt;

use super::codec::ShapeKind;
use super::history::{Month, FIRST_REPLY_RANGE, MAX_MONTHS, REPLIES_RANGE, TICKETS_RANGE};
use super::scenario::{Scenario, FORMAT_VERSION};
use super::schema::{
    input_at, spike_path, Kind, Range, RowField, RowKind, TextRule, INPUTS, MAX_PLANS, MAX_SPIKES,
    PLAN_FIELDS, SPIKE_FIELDS,
};
use crate::format;

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// JSON path of the offending value, e.g. `workload.tickets_per_month` or `platform.plans[1].name`.
    pub path: String,
    pub problem: Problem,
}

/// What is wrong with a value, in data, so that the interface can say it in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Of the wrong type, an unknown field or value, a missing field.
    Shape(ShapeKind),
    /// A number outside `min..=max` (`got` may be NaN or infinite).
    Range {
        min: f64,
        max: f64,
        got: f64,
    },
    /// A positive count below one, where 0 or 1 to `max` is valid.
    PartOfOne {
        max: f64,
        got: f64,
    },
    /// The axis maximum for the given chart axis, outside `min..=max`.
    AxisRange {
        axis: &'static str,
        min: f64,
        max: f64,
        got: f64,
    },
    /// Text of the wrong length.
    TextLength {
        max_chars: usize,
    },
    /// A fraction where only whole numbers are valid.
    NotWhole {
        min: f64,
        max: f64,
        got: f64,
    },
    Version {
        expected: u32,
        got: u32,
    },
    Currency {
        got: String,
    },
    Locale {
        got: String,
    },
    TooManyPlans {
        max: usize,
        got: usize,
    },
    TooManySpikes {
        max: usize,
        got: usize,
    },
    /// A spike in a month after the projection's last.
    AfterLastMonth {
        months: f64,
        got: f64,
    },
    /// A free text longer than it may be.
    TooLong {
        max_chars: usize,
        got: usize,
    },
    /// The AI's monthly cap below its monthly fee (SPEC 3.9).
    CapBelowFee {
        fee: f64,
        got: f64,
    },
    /// A history of more months than it may hold (SPEC 8).
    TooManyMonths {
        max: usize,
        got: usize,
    },
    /// A month of a history not written `YYYY-MM`.
    MonthFormat {
        got: String,
    },
    /// A month of a history not after the one before it.
    MonthOrder {
        previous: String,
        got: String,
    },
    /// A range that does not hold the scenario's value, or reaches outside the input's own range.
    Bounds {
        low: f64,
        high: f64,
        value: f64,
        min: f64,
        max: f64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Shape(kind) => write!(f, "{kind}"),
            Problem::Range { min, max, got } => f.write_str(&range_message(*got, *min, *max)),
            Problem::PartOfOne { max, got } => write!(
                f,
                "must be 0, or a whole number from 1 to {} (got {})",
                plain_number(*max),
                plain_number(*got)
            ),
            Problem::NotWhole { min, max, got } => write!(
                f,
                "must be a whole number from {} to {} (got {})",
                plain_number(*min),
                plain_number(*max),
                plain_number(*got)
            ),
            Problem::AxisRange {
                axis,
                min,
                max,
                got,
            } => {
                write!(f, "for the axis {axis} {}", range_message(*got, *min, *max))
            }
            Problem::TextLength { max_chars } => write!(f, "must be 1 to {max_chars} characters"),
            Problem::Version { expected, got } => write!(f, "must be {expected} (got {got})"),
            Problem::Currency { got } => write!(
                f,
                "must be a three-letter ISO 4217 code such as USD or EUR (got \"{got}\")"
            ),
            Problem::Locale { got } => write!(f, "must be \"en\" or \"de\" (got \"{got}\")"),
            Problem::TooManyPlans { max, got } => {
                write!(f, "may hold at most {max} plans (got {got})")
            }
            Problem::TooManySpikes { max, got } => {
                write!(f, "may hold at most {max} spikes (got {got})")
            }
            Problem::AfterLastMonth { months, got } => write!(
                f,
                "must be a month from 1 to {} (the months ahead; got {})",
                plain_number(*months),
                plain_number(*got)
            ),
            Problem::TooLong { max_chars, got } => write!(
                f,
                "must be at most {} characters (got {})",
                plain_number(*max_chars as f64),
                plain_number(*got as f64)
            ),
            Problem::CapBelowFee { fee, got } => write!(
                f,
                "must be at least the AI's monthly fee, {}, or null for no cap (got {})",
                plain_number(*fee),
                plain_number(*got)
            ),
            Problem::TooManyMonths { max, got } => {
                write!(f, "may hold at most {max} months (got {got})")
            }
            Problem::MonthFormat { got } => {
                write!(f, "must be a month written YYYY-MM, such as 2026-03 (got \"{got}\")")
            }
            Problem::MonthOrder { previous, got } => write!(
                f,
                "must come after the month before it, {previous} (got {got}): a history runs oldest first, each month once"
            ),
            Problem::Bounds {
                low,
                high,
                value,
                min,
                max,
            } => write!(
                f,
                "must run from a low to a high around the scenario's value {}, within {} to {} (got {} to {})",
                plain_number(*value),
                plain_number(*min),
                plain_number(*max),
                plain_number(*low),
                plain_number(*high)
            ),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Writes a number the way a range is stated: no trailing zeros, thousands separated by commas.
pub fn plain_number(v: f64) -> String {
    format::in_words(v, 6, "en")
}

fn range_message(v: f64, min: f64, max: f64) -> String {
    let got = if v.is_finite() {
        plain_number(v)
    } else {
        "not a number".to_string()
    };
    format!(
        "must be a number from {} to {} (got {got})",
        plain_number(min),
        plain_number(max)
    )
}

fn check_range(errors: &mut Vec<FieldError>, path: String, v: f64, range: Range) {
    if range.is_part_of_one(v) {
        errors.push(FieldError {
            path,
            problem: Problem::PartOfOne {
                max: range.max,
                got: v,
            },
        });
    } else if range.is_count() && !range.contains(v) {
        errors.push(FieldError {
            path,
            problem: Problem::NotWhole {
                min: range.min,
                max: range.max,
                got: v,
            },
        });
    } else if !range.contains(v) {
        errors.push(FieldError {
            path,
            problem: Problem::Range {
                min: range.min,
                max: range.max,
                got: v,
            },
        });
    }
}

/// What is wrong with a name of at most `max_chars` characters, if anything: the one rule for the
/// names of scenarios and plans, in the model, the header and the plan editor alike.
pub fn name_problem(name: &str, max_chars: usize) -> Option<Problem> {
    (!name.chars().any(is_visible) || name.chars().count() > max_chars)
        .then_some(Problem::TextLength { max_chars })
}

/// Characters that show nothing: zero-width spaces and joiners, direction marks, the soft hyphen, the
/// byte-order mark, Hangul fillers and the like (Unicode's default-ignorable characters that a
/// keyboard or a paste brings).
const INVISIBLE: &[char] = &[
    '\u{00ad}', '\u{034f}', '\u{061c}', '\u{115f}', '\u{1160}', '\u{17b4}', '\u{17b5}', '\u{180e}',
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}',
    '\u{202d}', '\u{202e}', '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{3164}', '\u{feff}', '\u{ffa0}',
];

/// A character that shows something.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !INVISIBLE.contains(&c)
        && !('\u{fe00}'..='\u{fe0f}').contains(&c)
}

/// What is wrong with a text input's value, if anything.
fn text_problem(rule: TextRule, v: &str) -> Option<Problem> {
    match rule {
        TextRule::Name { max_chars } => name_problem(v, max_chars),
        TextRule::Currency => (!is_currency_code(v)).then(|| Problem::Currency { got: v.into() }),
        TextRule::Locale => (!matches!(v, "en" | "de")).then(|| Problem::Locale { got: v.into() }),
        TextRule::Free { max_chars } => {
            let got = v.chars().count();
            (got > max_chars).then_some(Problem::TooLong { max_chars, got })
        }
    }
}

/// Checks every value of the scenario; an empty list means it is valid.
pub fn validate(s: &Scenario) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if s.version != FORMAT_VERSION {
        errors.push(FieldError {
            path: "version".into(),
            problem: Problem::Version {
                expected: FORMAT_VERSION,
                got: s.version,
            },
        });
    }
    for input in INPUTS {
        let mut report = |problem| {
            errors.push(FieldError {
                path: input.path(),
                problem,
            })
        };
        match &input.kind {
            Kind::Number(n) => check_range(&mut errors, input.path(), (n.get)(s), n.range),
            Kind::Optional(o) => {
                let Some(v) = (o.get)(s) else { continue };
                let before = errors.len();
                check_range(&mut errors, input.path(), v, o.range);
                let floor = input.range_in(s).map_or(o.range.min, |r| r.min);
                if errors.len() == before && v < floor {
                    errors.push(FieldError {
                        path: input.path(),
                        problem: Problem::CapBelowFee { fee: floor, got: v },
                    });
                }
            }
            Kind::Text(t) => text_problem(t.rule, (t.get)(s))
                .into_iter()
                .for_each(report),
            Kind::AxisMax { get, .. } => {
                let (x, max) = (s.chart.x, get(s));
                if !(max.is_finite() && max >= x.smallest_max() && max <= x.max_limit()) {
                    report(Problem::AxisRange {
                        axis: x.key(),
                        min: x.smallest_max(),
                        max: x.max_limit(),
                        got: max,
                    });
                }
            }
            Kind::Plans => {
                let plans = &s.platform.plans;
                if plans.len() > MAX_PLANS {
                    report(Problem::TooManyPlans {
                        max: MAX_PLANS,
                        got: plans.len(),
                    });
                }
                validate_rows(plans, PLAN_FIELDS, &input.path(), &mut errors);
            }
            Kind::Spikes => {
                let spikes = &s.projection.spikes;
                if spikes.len() > MAX_SPIKES {
                    report(Problem::TooManySpikes {
                        max: MAX_SPIKES,
                        got: spikes.len(),
                    });
                }
                let before = errors.len();
                validate_rows(spikes, SPIKE_FIELDS, &input.path(), &mut errors);
                let months = s.projection.months;
                for (i, spike) in spikes.iter().enumerate() {
                    let path = spike_path(i, "month");
                    let named = errors[before..].iter().any(|e| e.path == path);
                    if !named && spike.month > months {
                        errors.push(FieldError {
                            path,
                            problem: Problem::AfterLastMonth {
                                months,
                                got: spike.month,
                            },
                        });
                    }
                }
            }
            Kind::Ranges => {
                for (u, b) in s.uncertainty.ranges.iter() {
                    let Some(range) = input_at(u.path()).and_then(|i| i.range()) else {
                        continue;
                    };
                    let value = u.value(s);
                    let inside = |v: f64| v.is_finite() && v >= range.min && v <= range.max;
                    if !(inside(b.low) && inside(b.high) && b.low <= value && value <= b.high) {
                        errors.push(FieldError {
                            path: format!("uncertainty.ranges.{}", u.path()),
                            problem: Problem::Bounds {
                                low: b.low,
                                high: b.high,
                                value,
                                min: range.min,
                                max: range.max,
                            },
                        });
                    }
                }
            }
            Kind::History => validate_history(&s.history, &input.path(), &mut errors),
            // The decoder accepts only valid values of these.
            Kind::Switch { .. } | Kind::Choice(_) => {}
        }
    }
    errors
}

/// A history (SPEC 8): at most `MAX_MONTHS` months, oldest first, each once, whole tickets, figures
/// in range.
fn validate_history(history: &[Month], path: &str, errors: &mut Vec<FieldError>) {
    if history.len() > MAX_MONTHS {
        errors.push(FieldError {
            path: path.into(),
            problem: Problem::TooManyMonths {
                max: MAX_MONTHS,
                got: history.len(),
            },
        });
    }
    for (i, m) in history.iter().enumerate() {
        let at = |name: &str| format!("{path}[{i}].{name}");
        if let Some(before) = i.checked_sub(1).map(|j| history[j].month) {
            if m.month <= before {
                errors.push(FieldError {
                    path: at("month"),
                    problem: Problem::MonthOrder {
                        previous: before.to_string(),
                        got: m.month.to_string(),
                    },
                });
            }
        }
        let (min, max) = TICKETS_RANGE;
        let t = m.tickets;
        if !(t.is_finite() && t >= min && t <= max && t.fract() == 0.0) {
            let problem = if t.is_finite() && t >= min && t <= max {
                Problem::NotWhole { min, max, got: t }
            } else {
                Problem::Range { min, max, got: t }
            };
            errors.push(FieldError {
                path: at("tickets"),
                problem,
            });
        }
        for (name, v, r) in [
            ("replies_per_ticket", m.replies_per_ticket, REPLIES_RANGE),
            ("first_reply_hours", m.first_reply_hours, FIRST_REPLY_RANGE),
        ] {
            if let Some(v) = v.filter(|v| !(v.is_finite() && *v >= r.0 && *v <= r.1)) {
                errors.push(FieldError {
                    path: at(name),
                    problem: Problem::Range {
                        min: r.0,
                        max: r.1,
                        got: v,
                    },
                });
            }
        }
    }
}

/// Each field of each row of a list.
fn validate_rows<R>(rows: &[R], fields: &[RowField<R>], path: &str, errors: &mut Vec<FieldError>) {
    for (i, row) in rows.iter().enumerate() {
        for f in fields {
            let at = format!("{path}[{i}].{}", f.name);
            match &f.kind {
                RowKind::Name { max_chars, get, .. } => {
                    if let Some(problem) = name_problem(get(row), *max_chars) {
                        errors.push(FieldError { path: at, problem });
                    }
                }
                RowKind::Number { range, get, .. } => check_range(errors, at, get(row), *range),
                RowKind::Optional { range, get, .. } => {
                    if let Some(v) = get(row) {
                        check_range(errors, at, v, *range)
                    }
                }
            }
        }
    }
}

/// Three ASCII capital letters (ISO 4217 form; no list is enforced, no conversion is done).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_needs_a_character_that_shows() {
        for invisible in [
            "   ",
            "\u{200b}\u{200b}",
            "\u{feff}",
            "\u{00ad} \u{2060}",
            "\u{3164}",
            "\t\u{7}",
        ] {
            assert!(name_problem(invisible, 80).is_some(), "{invisible:?}");
        }
        for visible in ["A", " Growth ", "\u{200b}Q3", "日本", "Ünïcödé"] {
            assert_eq!(name_problem(visible, 80), None, "{visible:?}");
        }
        assert!(name_problem(&"x".repeat(81), 80).is_some());
    }
}
