//! The founder's own numbers (SPEC 8): the monthly history read from a helpdesk export, as the scenario
//! stores it (format version 8), and what applying it sets: tickets per month, replies per ticket and
//! the months ahead's growth. Reading the export itself is `import`'s.

use std::fmt;

use serde::{Serialize, Serializer};

use super::scenario::Scenario;
use super::schema::{input_at, Range};
use crate::i18n::Lang;

/// The most months a history holds: the latest are kept.
pub const MAX_MONTHS: usize = 120;

/// At most this many tickets in one month of a history (a hundred times the workload's most).
pub const MAX_MONTH_TICKETS: f64 = 100_000_000.0;

/// The months a fit of growth needs at least (SPEC 8).
pub const FIT_MONTHS: usize = 3;

/// How many of the latest complete months tickets per month is the mean of.
pub const MEAN_MONTHS: usize = 3;

/// A calendar month, as `YYYY-MM` in the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1 ..= 12.
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year))
            .then_some(YearMonth { year, month })
    }

    /// Months since the year 0: consecutive months have consecutive indices.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    pub fn from_index(i: i64) -> YearMonth {
        YearMonth {
            year: i.div_euclid(12) as i32,
            month: i.rem_euclid(12) as u32 + 1,
        }
    }

    /// The month `months` later (earlier when negative).
    pub fn plus(self, months: i64) -> YearMonth {
        YearMonth::from_index(self.index() + months)
    }

    pub fn next(self) -> YearMonth {
        self.plus(1)
    }

    /// Reads exactly `YYYY-MM`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let b = text.as_bytes();
        if b.len() != 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit) {
            return None;
        }
        let number = |digits: &[u8]| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
        YearMonth::new(number(&b[..4]) as i32, number(&b[5..]))
    }

    pub fn days(self) -> u32 {
        days_in_month(self.year, self.month)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One calendar month of the history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Month {
    pub month: YearMonth,
    pub tickets: f64,
    /// The mean over the month's tickets whose replies were read; null when none were.
    pub replies_per_ticket: Option<f64>,
    /// The median over the month's tickets whose first reply time was read, in hours; null when none.
    pub first_reply_hours: Option<f64>,
    /// The data does not cover the whole month (the first and last month of an export, unless whole).
    pub partial: bool,
}

impl Month {
    pub fn new(month: YearMonth, tickets: f64) -> Month {
        Month {
            month,
            tickets,
            replies_per_ticket: None,
            first_reply_hours: None,
            partial: false,
        }
    }
}

/// The ranges a stored month's figures must lie in.
pub const TICKETS_RANGE: (f64, f64) = (0.0, MAX_MONTH_TICKETS);
pub const REPLIES_RANGE: (f64, f64) = (0.0, 1_000.0);
pub const FIRST_REPLY_RANGE: (f64, f64) = (0.0, 100_000.0);

/// What applying a history sets, before it is set (the page shows it beside the confirmation).
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// Tickets per month: the mean of the last three complete months, to a whole ticket, within the
    /// input's range; `None` without a complete month.
    pub tickets: Option<f64>,
    /// The complete months that mean is over (at most three, the latest).
    pub tickets_months: Vec<YearMonth>,
    /// Replies per ticket: the mean over those months where known, within the input's range.
    pub replies: Option<f64>,
    /// The months ahead's growth: the compound growth of the fit, within its range; `None` with fewer
    /// than three complete months.
    pub growth: Option<f64>,
    /// The growth the fit gave before it was held within the input's range (`None`: no fit).
    pub fitted_growth: Option<f64>,
    /// How many complete months the fit ran over (those with tickets: a month without any has no
    /// logarithm).
    pub fit_months: usize,
}

/// Whether the month counts as complete (SPEC 8: not partial).
fn complete(m: &Month) -> bool {
    !m.partial
}

/// What SPEC 8 sets from a history.
pub fn derive(history: &[Month]) -> Derived {
    let complete_months: Vec<&Month> = history.iter().filter(|m| complete(m)).collect();
    let last: Vec<&Month> = complete_months
        .iter()
        .rev()
        .take(MEAN_MONTHS)
        .rev()
        .copied()
        .collect();
    let tickets = (!last.is_empty()).then(|| {
        let mean = last.iter().map(|m| m.tickets).sum::<f64>() / last.len() as f64;
        within("workload.tickets_per_month", mean.round())
    });
    let known: Vec<f64> = last.iter().filter_map(|m| m.replies_per_ticket).collect();
    let replies = (!known.is_empty()).then(|| {
        within(
            "workload.replies_per_ticket",
            known.iter().sum::<f64>() / known.len() as f64,
        )
    });
    // ln(tickets) against the month's place in the calendar, over the complete months with tickets.
    let points: Vec<(f64, f64)> = complete_months
        .iter()
        .filter(|m| m.tickets > 0.0)
        .map(|m| (m.month.index() as f64, m.tickets.ln()))
        .collect();
    let fitted_growth = (points.len() >= FIT_MONTHS)
        .then(|| slope(&points))
        .flatten()
        .map(f64::exp_m1);
    Derived {
        tickets,
        tickets_months: last.iter().map(|m| m.month).collect(),
        replies,
        growth: fitted_growth.map(|g| within("projection.monthly_growth", g)),
        fitted_growth,
        fit_months: points.len(),
    }
}

/// The least-squares slope of y against x; `None` when every x is the same.
fn slope(points: &[(f64, f64)]) -> Option<f64> {
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

/// The value held within the range of the input at `path`.
fn within(path: &str, v: f64) -> f64 {
    match input_at(path).and_then(|i| i.range()) {
        Some(Range { min, max, .. }) => v.clamp(min, max),
        None => v,
    }
}

/// Stores the history in the scenario and sets what it gives (SPEC 8); what it cannot give stays.
pub fn apply(s: &mut Scenario, history: Vec<Month>) -> Derived {
    let d = derive(&history);
    if let Some(t) = d.tickets {
        s.workload.tickets_per_month = t;
    }
    if let Some(r) = d.replies {
        s.workload.replies_per_ticket = r;
    }
    if let Some(g) = d.growth {
        s.projection.monthly_growth = g;
    }
    s.history = history;
    d
}

/// The month the months ahead start with: the one after the history's last.
pub fn first_month_ahead(history: &[Month]) -> Option<YearMonth> {
    history.last().map(|m| m.month.next())
}

/// The first and last month of a history and how many it holds; `None` when empty.
pub fn span(history: &[Month]) -> Option<(YearMonth, YearMonth, usize)> {
    Some((history.first()?.month, history.last()?.month, history.len()))
}

/// "14 months, 2025-10 to 2026-11", or "none".
pub fn span_words(span: Option<(YearMonth, YearMonth, usize)>, l: Lang) -> String {
    match span {
        None => l.pick("none", "keine").into(),
        Some((first, _, 1)) => format!("{} {first}", l.pick("1 month,", "1 Monat,")),
        Some((first, last, n)) => format!(
            "{n} {} {first} {} {last}",
            l.pick("months,", "Monate,"),
            l.pick("to", "bis")
        ),
    }
}

/// Keeps the latest `MAX_MONTHS` months.
pub fn keep_latest(mut months: Vec<Month>) -> Vec<Month> {
    if months.len() > MAX_MONTHS {
        months.drain(..months.len() - MAX_MONTHS);
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(text: &str) -> YearMonth {
        YearMonth::parse(text).unwrap()
    }

    fn month(text: &str, tickets: f64, replies: Option<f64>, partial: bool) -> Month {
        Month {
            replies_per_ticket: replies,
            partial,
            ..Month::new(ym(text), tickets)
        }
    }

    #[test]
    fn months_read_and_count_in_order() {
        assert_eq!(ym("2026-12").next(), ym("2027-01"));
        assert_eq!(ym("2026-01").index() + 11, ym("2026-12").index());
        assert_eq!(ym("2024-02").days(), 29);
        assert_eq!(ym("2100-02").days(), 28);
        assert_eq!(ym("2000-02").days(), 29);
        for bad in [
            "2026-13",
            "2026-00",
            "26-01",
            "2026-1",
            "2026/01",
            "２026-01",
            "",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad}");
        }
        assert_eq!(ym("2026-03").to_string(), "2026-03");
    }

    #[test]
    fn applying_takes_the_last_three_complete_months_and_fits_growth() {
        // Partial first and last month; 100, 110, 121, 133.1 in between: growth of exactly 10%.
        let history = vec![
            month("2026-01", 40.0, Some(3.0), true),
            month("2026-02", 100.0, Some(2.0), false),
            month("2026-03", 110.0, Some(2.5), false),
            month("2026-04", 121.0, None, false),
            month("2026-05", 133.1, Some(3.5), false),
            month("2026-06", 12.0, Some(9.0), true),
        ];
        let d = derive(&history);
        // (110 + 121 + 133.1) / 3 = 121.37 → 121.
        assert_eq!(d.tickets, Some(121.0));
        assert_eq!(
            d.tickets_months,
            vec![ym("2026-03"), ym("2026-04"), ym("2026-05")]
        );
        // Replies known in March and May: (2.5 + 3.5) / 2.
        assert_eq!(d.replies, Some(3.0));
        assert!((d.growth.unwrap() - 0.1).abs() < 1e-12, "{:?}", d.growth);
        assert_eq!(d.fit_months, 4);

        let mut s = Scenario::default();
        let before = s.clone();
        apply(&mut s, history.clone());
        assert_eq!(s.workload.tickets_per_month, 121.0);
        assert_eq!(s.workload.replies_per_ticket, 3.0);
        assert!((s.projection.monthly_growth - 0.1).abs() < 1e-12);
        assert_eq!(s.history, history);
        assert_eq!(
            s.workload.minutes_per_reply,
            before.workload.minutes_per_reply
        );
        assert_eq!(first_month_ahead(&s.history), Some(ym("2026-07")));
    }

    #[test]
    fn a_fit_by_hand_over_uneven_months() {
        // ln(200), ln(220), ln(300) at months 0, 1, 3 (a gap month partial, left out): slope worked by
        // hand: x̄ = 4/3, Sxx = 16/9 + 1/9 + 25/9 = 42/9; Sxy = Σ (x - x̄) y.
        let history = vec![
            month("2025-11", 200.0, None, false),
            month("2025-12", 220.0, None, false),
            month("2026-01", 90.0, None, true),
            month("2026-02", 300.0, None, false),
        ];
        let (a, b, c) = (200f64.ln(), 220f64.ln(), 300f64.ln());
        let sxy = (-4.0 / 3.0) * a + (-1.0 / 3.0) * b + (5.0 / 3.0) * c;
        let by_hand = (sxy / (42.0 / 9.0)).exp() - 1.0;
        let d = derive(&history);
        assert!((d.growth.unwrap() - by_hand).abs() < 1e-12);
        // ≈ 14.8% a month.
        assert!((by_hand - 0.1480).abs() < 1e-4, "{by_hand}");
        // (200 + 220 + 300) / 3 = 240.
        assert_eq!(d.tickets, Some(240.0));
        assert_eq!(d.replies, None);
    }

    #[test]
    fn fewer_than_three_complete_months_leave_growth_and_none_leave_tickets() {
        let two = vec![
            month("2026-01", 100.0, Some(2.0), false),
            month("2026-02", 151.0, None, false),
        ];
        let d = derive(&two);
        assert_eq!(d.tickets, Some(126.0)); // 125.5 rounds away from zero
        assert_eq!(d.growth, None);
        let partial = vec![month("2026-01", 100.0, Some(2.0), true)];
        let mut s = Scenario::default();
        let before = s.clone();
        let d = apply(&mut s, partial.clone());
        assert_eq!((d.tickets, d.replies, d.growth), (None, None, None));
        assert_eq!(s.workload, before.workload);
        assert_eq!(s.projection, before.projection);
        assert_eq!(s.history, partial);
    }

    #[test]
    fn what_applying_sets_stays_within_the_inputs_ranges() {
        // Tenfold every month: 900% a month is held at the input's most, 100%.
        let history: Vec<Month> = (0..4)
            .map(|i| {
                month(
                    &format!("2026-0{}", i + 1),
                    10f64.powi(i + 2),
                    Some(0.2),
                    false,
                )
            })
            .collect();
        let d = derive(&history);
        assert!((d.fitted_growth.unwrap() - 9.0).abs() < 1e-9);
        assert_eq!(d.growth, Some(1.0));
        // (1,000 + 10,000 + 100,000) / 3.
        assert_eq!(d.tickets, Some(37_000.0));
        let min_replies = input_at("workload.replies_per_ticket")
            .unwrap()
            .range()
            .unwrap()
            .min;
        assert!((d.replies.unwrap() - 0.2f64.max(min_replies)).abs() < 1e-12);
    }

    #[test]
    fn only_the_latest_months_are_kept() {
        let months: Vec<Month> = (0..130)
            .map(|i| Month::new(YearMonth::from_index(24_000 + i), 1.0))
            .collect();
        let kept = keep_latest(months.clone());
        assert_eq!(kept.len(), MAX_MONTHS);
        assert_eq!(kept[0], months[10]);
        assert_eq!(kept.last(), months.last());
    }
}
