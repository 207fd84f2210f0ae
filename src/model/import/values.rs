//! The values of an export's cells: dates, numbers and durations, as helpdesks write them (SPEC 8).

use crate::model::history::YearMonth;

/// A date as written: a day, a month without a day, or `P/Q/YYYY`, which is a day either way round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Day(YearMonth, u32),
    Month(YearMonth),
    /// `P/Q/YYYY`: day first (`DD/MM/YYYY`) or month first (`MM/DD/YYYY`), as the column's values show.
    Slash(u32, u32, i32),
}

/// Which way round `P/Q/YYYY` is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    pub const BOTH: [DateOrder; 2] = [DateOrder::DayFirst, DateOrder::MonthFirst];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The day a `P/Q/YYYY` date is in the given order, if it is one.
pub fn slash_day(p: u32, q: u32, year: i32, order: DateOrder) -> Option<(YearMonth, u32)> {
    let (day, month) = match order {
        DateOrder::DayFirst => (p, q),
        DateOrder::MonthFirst => (q, p),
    };
    let ym = YearMonth::new(year, month)?;
    (1..=ym.days()).contains(&day).then_some((ym, day))
}

/// Reads a date: ISO 8601 (`2026-03-04`, `2026-03-04T10:22:33Z`), `YYYY-MM-DD HH:MM[:SS]` and anything
/// after a space, `YYYY/MM/DD`, `DD.MM.YYYY`, `MM/DD/YYYY` or `DD/MM/YYYY`, and, for one row per month,
/// `YYYY-MM`, `MM/YYYY`, `MM.YYYY` or a month's name and year ("March 2026", "Mär 2026").
pub fn date(text: &str) -> Option<DateValue> {
    let text = text.trim().trim_matches('"');
    if let Some(named) = named_month(text) {
        return Some(DateValue::Month(named));
    }
    // The date is the first word; a time, zone or weekday after it is not needed.
    let end = text
        .find(|c: char| c.is_whitespace() || c == 'T' || c == ',')
        .unwrap_or(text.len());
    let word = &text[..end];
    let (sep, parts) = split_numbers(word)?;
    let day = |y: u32, m: u32, d: u32| {
        let ym = YearMonth::new(i32::try_from(y).ok()?, m)?;
        (1..=ym.days())
            .contains(&d)
            .then_some(DateValue::Day(ym, d))
    };
    let month = |y: u32, m: u32| Some(DateValue::Month(YearMonth::new(i32::try_from(y).ok()?, m)?));
    match (sep, parts.as_slice()) {
        (b'-' | b'/', [(y, 4), (m, 1..=2), (d, 1..=2)]) => day(*y, *m, *d),
        (b'-' | b'/', [(y, 4), (m, 1..=2)]) => month(*y, *m),
        (b'.', [(d, 1..=2), (m, 1..=2), (y, 4)]) => day(*y, *m, *d),
        (b'.' | b'/' | b'-', [(m, 1..=2), (y, 4)]) => month(*y, *m),
        (b'/', [(p, 1..=2), (q, 1..=2), (y, 4)]) => {
            let year = i32::try_from(*y).ok()?;
            let fits = DateOrder::BOTH
                .iter()
                .any(|o| slash_day(*p, *q, year, *o).is_some());
            fits.then_some(DateValue::Slash(*p, *q, year))
        }
        (b'-', [(d, 1..=2), (m, 1..=2), (y, 4)]) => day(*y, *m, *d),
        _ => None,
    }
}

/// The numbers of a word split at one kind of separator, each with its count of digits.
fn split_numbers(word: &str) -> Option<(u8, Vec<(u32, usize)>)> {
    let sep = *word.as_bytes().iter().find(|b| !b.is_ascii_digit())?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let parts: Option<Vec<(u32, usize)>> = word
        .split(sep as char)
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (p.parse().ok(), p.len()))
                .and_then(|(n, len)| Some((n?, len)))
        })
        .collect();
    Some((sep, parts?))
}

const MONTH_NAMES: [&[&str]; 12] = [
    &["jan", "january", "januar", "jän", "jänner"],
    &["feb", "february", "februar"],
    &["mar", "march", "mär", "märz", "maerz"],
    &["apr", "april"],
    &["may", "mai"],
    &["jun", "june", "juni"],
    &["jul", "july", "juli"],
    &["aug", "august"],
    &["sep", "sept", "september"],
    &["oct", "october", "okt", "oktober"],
    &["nov", "november"],
    &["dec", "december", "dez", "dezember"],
];

/// "March 2026", "Mar 2026", "Mär. 2026", "Dezember 2025": a month without a day.
fn named_month(text: &str) -> Option<YearMonth> {
    let mut words = text.split_whitespace();
    let (name, year) = (words.next()?, words.next()?);
    if words.next().is_some() || year.len() != 4 {
        return None;
    }
    let name = name.trim_end_matches('.').to_lowercase();
    let month = MONTH_NAMES
        .iter()
        .position(|names| names.contains(&name.as_str()))?;
    YearMonth::new(year.parse().ok()?, month as u32 + 1)
}

/// A number that is not negative: `2`, `2.5`, or `2,5` (a decimal comma, as a German export writes
/// it). `None` for anything else.
pub fn count(text: &str) -> Option<f64> {
    let t = text.trim().trim_matches('"').trim();
    let owned;
    let t = if !t.contains('.') && t.matches(',').count() == 1 {
        owned = t.replace(',', ".");
        owned.as_str()
    } else {
        t
    };
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The unit of a time column, from its header or its vendor (SPEC 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Milliseconds,
    Seconds,
    Minutes,
    Hours,
}

impl TimeUnit {
    pub const ALL: [TimeUnit; 4] = [
        TimeUnit::Milliseconds,
        TimeUnit::Seconds,
        TimeUnit::Minutes,
        TimeUnit::Hours,
    ];

    pub fn per_hour(self) -> f64 {
        match self {
            TimeUnit::Milliseconds => 3_600_000.0,
            TimeUnit::Seconds => 3_600.0,
            TimeUnit::Minutes => 60.0,
            TimeUnit::Hours => 1.0,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Milliseconds => "ms",
            TimeUnit::Seconds => "s",
            TimeUnit::Minutes => "min",
            TimeUnit::Hours => "h",
        }
    }

    pub fn from_key(key: &str) -> Option<TimeUnit> {
        TimeUnit::ALL.into_iter().find(|u| u.key() == key)
    }
}

/// A duration in hours: `HH:MM:SS` or `H:MM` whatever the unit, or a number in `unit`.
pub fn hours(text: &str, unit: TimeUnit) -> Option<f64> {
    let t = text.trim().trim_matches('"').trim();
    if t.contains(':') {
        let parts: Option<Vec<f64>> = t.split(':').map(count).collect();
        let parts = parts?;
        let (h, m, s) = match parts.as_slice() {
            [h, m, s] if *m < 60.0 && *s < 60.0 => (*h, *m, *s),
            [h, m] if *m < 60.0 => (*h, *m, 0.0),
            _ => return None,
        };
        return Some(h + m / 60.0 + s / 3_600.0);
    }
    count(t).map(|v| v / unit.per_hour())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: u32) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    #[test]
    fn dates_as_helpdesks_write_them() {
        let day = |y, m, d| Some(DateValue::Day(ym(y, m), d));
        let cases = [
            ("2026-03-04", day(2026, 3, 4)),
            ("2026-03-04T23:59:59Z", day(2026, 3, 4)),
            ("2026-03-04T10:22:33.123+05:30", day(2026, 3, 4)),
            ("2026-03-04 10:22", day(2026, 3, 4)),
            ("2026-03-04 10:22:33 UTC", day(2026, 3, 4)),
            ("2026/3/4", day(2026, 3, 4)),
            ("04.03.2026", day(2026, 3, 4)),
            ("4.3.2026 17:05", day(2026, 3, 4)),
            (" \"2024-02-29\" ", day(2024, 2, 29)),
            ("03/04/2026", Some(DateValue::Slash(3, 4, 2026))),
            ("13/04/2026 9:15 AM", Some(DateValue::Slash(13, 4, 2026))),
            ("04/13/2026", Some(DateValue::Slash(4, 13, 2026))),
            ("2026-03", Some(DateValue::Month(ym(2026, 3)))),
            ("03/2026", Some(DateValue::Month(ym(2026, 3)))),
            ("March 2026", Some(DateValue::Month(ym(2026, 3)))),
            ("Mär 2026", Some(DateValue::Month(ym(2026, 3)))),
            ("Dezember 2025", Some(DateValue::Month(ym(2025, 12)))),
            ("oct. 2025", Some(DateValue::Month(ym(2025, 10)))),
        ];
        for (text, want) in cases {
            assert_eq!(date(text), want, "{text}");
        }
        for bad in [
            "",
            "yesterday",
            "2026-02-30",
            "2023-02-29",
            "31.04.2026",
            "13/13/2026",
            "2026-13-01",
            "26-03-04",
            "1234567",
            "2026-03-04-05",
            "0/4/2026",
            "March",
            "12:30",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
    }

    #[test]
    fn slash_dates_either_way_round() {
        assert_eq!(
            slash_day(3, 4, 2026, DateOrder::DayFirst),
            Some((ym(2026, 4), 3))
        );
        assert_eq!(
            slash_day(3, 4, 2026, DateOrder::MonthFirst),
            Some((ym(2026, 3), 4))
        );
        assert_eq!(slash_day(13, 4, 2026, DateOrder::MonthFirst), None);
        assert_eq!(slash_day(4, 31, 2026, DateOrder::MonthFirst), None);
        assert_eq!(
            slash_day(2, 29, 2024, DateOrder::MonthFirst),
            Some((ym(2024, 2), 29))
        );
    }

    #[test]
    fn durations_in_their_unit_or_as_clock_time() {
        let close = |a: Option<f64>, b: f64| assert!((a.unwrap() - b).abs() < 1e-12, "{a:?} {b}");
        close(hours("90", TimeUnit::Minutes), 1.5);
        close(hours("1.5", TimeUnit::Hours), 1.5);
        close(hours("1,5", TimeUnit::Hours), 1.5);
        close(hours("5400", TimeUnit::Seconds), 1.5);
        close(hours("5400000", TimeUnit::Milliseconds), 1.5);
        close(hours("01:30:00", TimeUnit::Milliseconds), 1.5);
        close(hours("26:15:36", TimeUnit::Minutes), 26.26);
        close(hours("0:45", TimeUnit::Seconds), 0.75);
        for bad in [
            "", "-5", "soon", "1:75:00", "1.2.3", "1,234,5", "NaN", "inf",
        ] {
            assert_eq!(hours(bad, TimeUnit::Minutes), None, "{bad}");
        }
        assert_eq!(count("3"), Some(3.0));
        assert_eq!(count(" 12 "), Some(12.0));
        assert_eq!(count("-1"), None);
        assert_eq!(count("1e3"), None);
    }
}
