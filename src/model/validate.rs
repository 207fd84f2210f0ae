//! Range checks for a whole scenario. Every problem is reported, each naming its JSON path and the valid
//! range, so that a caller can fix them all at once.

use std::fmt;

use super::fields::{plan_limits, FIELDS, NAME_MAX_CHARS};
use super::scenario::{Scenario, FORMAT_VERSION};

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// JSON path of the offending value, e.g. `workload.tickets_per_month` or `platform.plans[1].name`.
    pub path: String,
    pub problem: Problem,
}

/// What is wrong with a value, in data, so that the interface can say it in any language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A number outside `min..=max` (`got` may be NaN or infinite).
    Range {
        min: f64,
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Range { min, max, got } => f.write_str(&range_message(*got, *min, *max)),
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
    let rounded = (v * 1e6).round() / 1e6;
    let text = format!("{rounded}");
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int_part),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
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

fn check_range(errors: &mut Vec<FieldError>, path: String, v: f64, min: f64, max: f64) {
    if !(v.is_finite() && v >= min && v <= max) {
        errors.push(FieldError {
            path,
            problem: Problem::Range { min, max, got: v },
        });
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
    if s.name.trim().is_empty() || s.name.chars().count() > NAME_MAX_CHARS {
        errors.push(FieldError {
            path: "name".into(),
            problem: Problem::TextLength {
                max_chars: NAME_MAX_CHARS,
            },
        });
    }
    if !is_currency_code(&s.currency) {
        errors.push(FieldError {
            path: "currency".into(),
            problem: Problem::Currency {
                got: s.currency.clone(),
            },
        });
    }
    if !matches!(s.locale.as_str(), "en" | "de") {
        errors.push(FieldError {
            path: "locale".into(),
            problem: Problem::Locale {
                got: s.locale.clone(),
            },
        });
    }
    for f in FIELDS {
        check_range(&mut errors, f.path(), (f.get)(s), f.min, f.max);
    }
    validate_plans(s, &mut errors);
    let x = s.chart.x;
    if !(s.chart.max.is_finite() && s.chart.max >= x.smallest_max() && s.chart.max <= x.max_limit())
    {
        errors.push(FieldError {
            path: "chart.max".into(),
            problem: Problem::AxisRange {
                axis: x.key(),
                min: x.smallest_max(),
                max: x.max_limit(),
                got: s.chart.max,
            },
        });
    }
    errors
}

fn validate_plans(s: &Scenario, errors: &mut Vec<FieldError>) {
    use plan_limits::*;
    let plans = &s.platform.plans;
    if plans.len() > MAX_PLANS {
        errors.push(FieldError {
            path: "platform.plans".into(),
            problem: Problem::TooManyPlans {
                max: MAX_PLANS,
                got: plans.len(),
            },
        });
    }
    for (i, p) in plans.iter().enumerate() {
        let at = |field: &str| format!("platform.plans[{i}].{field}");
        if p.name.trim().is_empty() || p.name.chars().count() > NAME_MAX_CHARS {
            errors.push(FieldError {
                path: at("name"),
                problem: Problem::TextLength {
                    max_chars: NAME_MAX_CHARS,
                },
            });
        }
        check_range(errors, at("monthly_fee"), p.monthly_fee, 0.0, FEE_MAX);
        check_range(
            errors,
            at("included_units"),
            p.included_units,
            0.0,
            UNITS_MAX,
        );
        if let Some(o) = p.overage_per_unit {
            check_range(errors, at("overage_per_unit"), o, 0.0, OVERAGE_MAX);
        }
    }
}

/// Three ASCII capital letters (ISO 4217 form; no list is enforced, no conversion is done).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
