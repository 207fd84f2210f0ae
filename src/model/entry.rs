//! What a person types into a number input: read, checked against the input's range and stepped by the
//! arrow keys, in the interface's units (percent for fractions). Pure, so that every rule is tested
//! natively; the input component only shows the text and the message (`messages::input_refused`).

use crate::format::{self, Misread};
use crate::i18n::Lang;

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
    /// Separators where the interface's language would not put them ("1.5" in German): the text as
    /// typed, trimmed; refused rather than guessed.
    Separators(String),
    /// A fraction such as 0.6 typed into a percent field without "%": it probably means 60 %.
    LooksLikeAFraction(f64),
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

    /// The text an input shows for a model value (empty for none), as `l` writes numbers.
    pub fn text(self, v: Option<f64>, l: Lang) -> String {
        v.map(|v| format::input_value(self.shown(v), l.code()))
            .unwrap_or_default()
    }

    /// Reads text typed in language `l`: `Ok(None)` is an accepted empty optional value.
    pub fn read(self, text: &str, l: Lang) -> Result<Option<f64>, Refused> {
        if text.trim().is_empty() {
            return if self.optional {
                Ok(None)
            } else {
                Err(Refused::Empty)
            };
        }
        let shown = format::parse_number(text, l.code()).map_err(|why| match why {
            Misread::NotANumber => Refused::NotANumber(text.trim().to_string()),
            Misread::Separators => Refused::Separators(text.trim().to_string()),
        })?;
        // 0.6 in a percent field is more likely 60 % than 0.6 %; "0.6 %" says it is meant.
        if self.percent && shown > 0.0 && shown < 1.0 && !text.trim_end().ends_with('%') {
            return Err(Refused::LooksLikeAFraction(shown));
        }
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
    pub fn step_from(self, text: &str, current: Option<f64>, up: bool, l: Lang) -> String {
        let from = format::parse_number(text, l.code())
            .unwrap_or_else(|_| self.shown(current.unwrap_or(self.min)));
        let direction = if up { 1.0 } else { -1.0 };
        let next = ((from / self.step).round() + direction) * self.step;
        format::input_value(
            next.clamp(self.shown(self.min), self.shown(self.max)),
            l.code(),
        )
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
        assert_eq!(rate.read("60", Lang::En), Ok(Some(0.6)));
        assert_eq!(rate.text(Some(0.7), Lang::En), "70");
        assert_eq!(rate.read("150", Lang::En), Err(Refused::OutOfRange));
        // 0.6 is taken for a fraction typed by mistake, and asked about; with "%" it is meant.
        assert_eq!(
            rate.read("0.6", Lang::En),
            Err(Refused::LooksLikeAFraction(0.6))
        );
        assert_eq!(rate.read("0,6 %", Lang::De), Ok(Some(0.006)));
        assert_eq!(rate.read("1", Lang::En), Ok(Some(0.01)));
    }

    #[test]
    fn empty_and_non_numbers_are_refused_and_an_optional_field_may_be_empty() {
        let tickets = accepts("workload.tickets_per_month");
        assert_eq!(tickets.read("  ", Lang::En), Err(Refused::Empty));
        assert_eq!(
            tickets.read(" many ", Lang::En),
            Err(Refused::NotANumber("many".into()))
        );
        assert_eq!(tickets.read("1000001", Lang::En), Err(Refused::OutOfRange));
        assert_eq!(tickets.read("450", Lang::En), Ok(Some(450.0)));
        assert_eq!(
            tickets.read("0.5", Lang::En),
            Err(Refused::NotWhole("0.5".into()))
        );
        assert_eq!(
            tickets.read("150.5", Lang::En),
            Err(Refused::NotWhole("150.5".into()))
        );
        let RowKind::Optional { range, .. } = PLAN_FIELDS[3].kind else {
            panic!("the overage is optional");
        };
        let overage = Accepts::of(range, true);
        assert_eq!(overage.read("", Lang::En), Ok(None));
        assert_eq!(overage.text(None, Lang::En), "");
    }

    #[test]
    fn arrow_keys_step_to_the_next_multiple_within_the_range() {
        let tickets = accepts("workload.tickets_per_month");
        assert_eq!(tickets.step_from("305", None, true, Lang::En), "320");
        assert_eq!(tickets.step_from("5", None, false, Lang::En), "0");
        assert_eq!(tickets.step_from("0", None, false, Lang::En), "0");
        assert_eq!(
            tickets.step_from("oops", Some(300.0), true, Lang::En),
            "310"
        );
        let rate = accepts("workload.tier1_resolution_rate");
        assert_eq!(rate.step_from("100", None, true, Lang::En), "100");
    }

    #[test]
    fn numbers_are_read_and_shown_as_the_interfaces_language_writes_them() {
        let tickets = accepts("workload.tickets_per_month");
        assert_eq!(tickets.read("1.500", Lang::De), Ok(Some(1500.0)));
        assert_eq!(tickets.read("1,500", Lang::En), Ok(Some(1500.0)));
        assert_eq!(
            tickets.read("1.5", Lang::De),
            Err(Refused::Separators("1.5".into()))
        );
        assert_eq!(tickets.text(Some(1500.0), Lang::De), "1.500");
        let replies = accepts("workload.replies_per_ticket");
        assert_eq!(replies.read("2,5", Lang::De), Ok(Some(2.5)));
        assert_eq!(
            replies.read("2,5", Lang::En),
            Err(Refused::Separators("2,5".into()))
        );
        assert_eq!(replies.text(Some(2.5), Lang::De), "2,5");
        assert_eq!(replies.step_from("2,5", None, true, Lang::De), "2,6");
    }
}
