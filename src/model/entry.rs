//! What a person types into a number input: read, checked against the input's range and stepped by the
//! arrow keys, in the interface's units (percent for fractions). Pure, so that every rule is tested
//! natively; the input component only shows the text and the message (`messages::input_refused`).

use crate::format;

use super::schema::Range;

/// What a number input accepts, in model units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Accepts {
    pub min: f64,
    pub max: f64,
    /// Shown and typed as percent, stored as a fraction.
    pub percent: bool,
    /// An empty input means "none" (a plan without overage).
    pub optional: bool,
    /// Only whole numbers (tickets).
    pub whole: bool,
    /// Arrow-key step, in interface units.
    pub step: f64,
}

/// Why typed text was not taken.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    Empty,
    /// Not a number: the text as typed, trimmed.
    NotANumber(String),
    OutOfRange,
    /// Not a whole number where only whole ones are taken: the text as typed, trimmed.
    NotWhole(String),
}

impl Accepts {
    /// What a described number accepts; `optional` where it may be left empty.
    pub fn of(range: Range, optional: bool) -> Accepts {
        Accepts {
            min: range.min,
            max: range.max,
            percent: range.unit.is_percent(),
            optional,
            whole: range.is_whole(),
            step: range.step,
        }
    }

    /// A model value in interface units.
    pub fn shown(self, v: f64) -> f64 {
        if self.percent {
            v * 100.0
        } else {
            v
        }
    }

    fn model(self, shown: f64) -> f64 {
        if self.percent {
            shown / 100.0
        } else {
            shown
        }
    }

    /// The text an input shows for a model value (empty for none).
    pub fn text(self, v: Option<f64>) -> String {
        v.map(|v| format::input_value(self.shown(v)))
            .unwrap_or_default()
    }

    /// Reads typed text: `Ok(None)` is an accepted empty optional value.
    pub fn read(self, text: &str) -> Result<Option<f64>, Refused> {
        if text.trim().is_empty() {
            return if self.optional {
                Ok(None)
            } else {
                Err(Refused::Empty)
            };
        }
        let shown = format::parse_number(text)
            .ok_or_else(|| Refused::NotANumber(text.trim().to_string()))?;
        if self.whole && shown.fract() != 0.0 {
            return Err(Refused::NotWhole(text.trim().to_string()));
        }
        let v = self.model(shown);
        // A hair of tolerance, so that 0.3 typed as 30 % is not refused for rounding.
        if v.is_finite() && v >= self.min - 1e-12 && v <= self.max + 1e-12 {
            Ok(Some(v.clamp(self.min, self.max)))
        } else {
            Err(Refused::OutOfRange)
        }
    }

    /// The text after one arrow-key press up (`up`) or down from `text` (or, where that is not a
    /// number, from `current`): the next multiple of the step, within the range.
    pub fn step_from(self, text: &str, current: Option<f64>, up: bool) -> String {
        let from =
            format::parse_number(text).unwrap_or_else(|| self.shown(current.unwrap_or(self.min)));
        let direction = if up { 1.0 } else { -1.0 };
        let next = ((from / self.step).round() + direction) * self.step;
        format::input_value(next.clamp(self.shown(self.min), self.shown(self.max)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schema::{input_at, RowKind, PLAN_FIELDS};

    fn accepts(path: &str) -> Accepts {
        Accepts::of(
            input_at(path).and_then(|i| i.number()).unwrap().range,
            false,
        )
    }

    #[test]
    fn percent_inputs_are_typed_as_percent_and_stored_as_fractions() {
        let rate = accepts("workload.tier1_resolution_rate");
        assert_eq!(rate.read("60"), Ok(Some(0.6)));
        assert_eq!(rate.text(Some(0.7)), "70");
        assert_eq!(rate.read("150"), Err(Refused::OutOfRange));
    }

    #[test]
    fn empty_and_non_numbers_are_refused_and_an_optional_field_may_be_empty() {
        let tickets = accepts("workload.tickets_per_month");
        assert_eq!(tickets.read("  "), Err(Refused::Empty));
        assert_eq!(
            tickets.read(" many "),
            Err(Refused::NotANumber("many".into()))
        );
        assert_eq!(tickets.read("1000001"), Err(Refused::OutOfRange));
        assert_eq!(tickets.read("450"), Ok(Some(450.0)));
        assert_eq!(tickets.read("0.5"), Err(Refused::NotWhole("0.5".into())));
        assert_eq!(
            tickets.read("150.5"),
            Err(Refused::NotWhole("150.5".into()))
        );
        let RowKind::Optional { range, .. } = PLAN_FIELDS[3].kind else {
            panic!("the overage is optional");
        };
        let overage = Accepts::of(range, true);
        assert_eq!(overage.read(""), Ok(None));
        assert_eq!(overage.text(None), "");
    }

    #[test]
    fn arrow_keys_step_to_the_next_multiple_within_the_range() {
        let tickets = accepts("workload.tickets_per_month");
        assert_eq!(tickets.step_from("305", None, true), "320");
        assert_eq!(tickets.step_from("5", None, false), "0");
        assert_eq!(tickets.step_from("0", None, false), "0");
        assert_eq!(tickets.step_from("oops", Some(300.0), true), "310");
        let rate = accepts("workload.tier1_resolution_rate");
        assert_eq!(rate.step_from("100", None, true), "100");
    }
}
