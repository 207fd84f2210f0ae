//! The description of the fields of a list's rows: the platform's plans, the projection's spikes and the
//! two ends of a range.

use super::*;
use crate::i18n::Text;

/// At most this many plans.
pub const MAX_PLANS: usize = 20;
/// Longest plan name.
pub const PLAN_NAME_MAX_CHARS: usize = 60;

/// The fields of one platform plan. A plan has no defaults: every field but the overage must be there.
pub static PLAN_FIELDS: &[RowField<Plan>] = &[
    RowField {
        name: "name",
        label: Text::new("Name", "Name"),
        help: Text::new(
            "How the plan is named in the results.",
            "So heißt der Tarif in den Ergebnissen.",
        ),
        kind: RowKind::Name {
            max_chars: PLAN_NAME_MAX_CHARS,
            get: |p| &p.name,
            set: |p, v| p.name = v,
        },
    },
    row_number!(
        Number,
        monthly_fee,
        0.0,
        10_000_000.0,
        MoneyPerMonth,
        10.0,
        Text::new("Monthly fee", "Monatsgebühr"),
        Text::new(
            "The plan's price a month, with its included units.",
            "Der Preis des Tarifs im Monat, mit den enthaltenen Einheiten."
        )
    ),
    row_number!(
        Number,
        included_units,
        0.0,
        100_000_000.0,
        BilledUnits,
        50.0,
        Text::new("Included", "Inklusive"),
        Text::new(
            "Units the fee covers each month.",
            "Einheiten, die die Gebühr jeden Monat abdeckt."
        )
    ),
    // Absent (empty, or null in the JSON): the plan cannot be exceeded.
    row_number!(
        Optional,
        overage_per_unit,
        0.0,
        100_000.0,
        MoneyPerUnit,
        0.1,
        Text::new("Per extra unit", "Pro weitere Einheit"),
        Text::new(
            "Leave empty for a plan that cannot be exceeded.",
            "Leer lassen für einen Tarif, der nicht überschritten werden kann."
        )
    ),
];

/// At most this many spikes (SPEC 6.1).
pub const MAX_SPIKES: usize = 36;

/// The fields of one spike: both must be there.
pub static SPIKE_FIELDS: &[RowField<Spike>] = &[
    row_number!(
        Number,
        month,
        1.0,
        36.0,
        MonthNumber,
        1.0,
        Text::new("Month", "Monat"),
        Text::new(
            "The month of the projection, from 1.",
            "Der Monat der Projektion, ab 1."
        )
    ),
    row_number!(
        Number,
        multiplier,
        0.0,
        20.0,
        TimesUsual,
        0.5,
        Text::new("Tickets", "Tickets"),
        Text::new(
            "The month's tickets as a multiple of the trend: 2 is twice as many.",
            "Die Tickets des Monats als Vielfaches des Trends: 2 ist doppelt so viele."
        )
    ),
];

/// The two ends of a range as a file holds them: both must be there. Their valid values are the ranged
/// input's own (`validate` checks them against it).
pub static BOUNDS_FIELDS: &[RowField<Bounds>] = &[
    row_number!(
        Number,
        low,
        f64::MIN,
        f64::MAX,
        Multiplier,
        1.0,
        Text::new("Low", "Niedrig"),
        Text::new(
            "The lowest value you expect.",
            "Der niedrigste erwartete Wert."
        )
    ),
    row_number!(
        Number,
        high,
        f64::MIN,
        f64::MAX,
        Multiplier,
        1.0,
        Text::new("High", "Hoch"),
        Text::new(
            "The highest value you expect.",
            "Der höchste erwartete Wert."
        )
    ),
];
