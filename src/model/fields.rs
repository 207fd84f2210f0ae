//! Every numeric input of a scenario, with its JSON path, valid range and unit.
//!
//! One table serves validation (the error names the path and the range), the interface (each input is
//! generated from its entry, and its `data-testid` is derived from the path) and the tests.

use super::scenario::Scenario;

/// How a value is entered and shown. Fractions are 0..1 in the model and percent in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Count,
    Fraction,
    Minutes,
    Hours,
    Money,
    Multiplier,
    Months,
    Fte,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Workload,
    Rates,
    Employee,
    Contractor,
    Platform,
}

impl Section {
    pub fn key(self) -> &'static str {
        match self {
            Section::Workload => "workload",
            Section::Rates => "rates",
            Section::Employee => "employee",
            Section::Contractor => "contractor",
            Section::Platform => "platform",
        }
    }
}

pub struct Field {
    pub section: Section,
    /// The name inside its section, as in the JSON.
    pub name: &'static str,
    pub min: f64,
    pub max: f64,
    pub unit: Unit,
    /// Step of the interface's spinner, in interface units (percent for fractions).
    pub step: f64,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

impl Field {
    /// The JSON path, e.g. `workload.tickets_per_month`.
    pub fn path(&self) -> String {
        format!("{}.{}", self.section.key(), self.name)
    }

    /// The `data-testid` of the field's input, e.g. `input-workload-tickets_per_month`.
    pub fn test_id(&self) -> String {
        format!("input-{}-{}", self.section.key(), self.name)
    }
}

macro_rules! field {
    ($section:ident, $group:ident . $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr) => {
        Field {
            section: Section::$section,
            name: stringify!($name),
            min: $min,
            max: $max,
            unit: Unit::$unit,
            step: $step,
            get: |s| s.$group.$name,
            set: |s, v| s.$group.$name = v,
        }
    };
}

/// All numeric scenario inputs, in the order the interface shows them.
pub static FIELDS: &[Field] = &[
    field!(
        Workload,
        workload.tickets_per_month,
        0.0,
        1_000_000.0,
        Count,
        10.0
    ),
    field!(
        Workload,
        workload.self_service_deflection,
        0.0,
        0.95,
        Fraction,
        1.0
    ),
    field!(Workload, workload.replies_per_ticket, 0.1, 50.0, Count, 0.1),
    field!(
        Workload,
        workload.minutes_per_reply,
        0.1,
        600.0,
        Minutes,
        0.5
    ),
    field!(
        Workload,
        workload.tier1_resolution_rate,
        0.0,
        1.0,
        Fraction,
        1.0
    ),
    field!(
        Workload,
        workload.escalation_minutes,
        0.0,
        6000.0,
        Minutes,
        5.0
    ),
    field!(Rates, rates.founder_hourly, 0.0, 10_000.0, Money, 5.0),
    field!(Rates, rates.developer_hourly, 0.0, 10_000.0, Money, 5.0),
    field!(
        Employee,
        employee.monthly_salary,
        0.0,
        1_000_000.0,
        Money,
        100.0
    ),
    field!(
        Employee,
        employee.loaded_multiplier,
        1.0,
        5.0,
        Multiplier,
        0.05
    ),
    field!(
        Employee,
        employee.paid_hours_per_month,
        1.0,
        744.0,
        Hours,
        1.0
    ),
    field!(Employee, employee.shrinkage, 0.0, 0.9, Fraction, 1.0),
    field!(Employee, employee.fte_step, 0.05, 10.0, Fte, 0.05),
    field!(Employee, employee.min_fte, 0.0, 100.0, Fte, 0.5),
    field!(
        Employee,
        employee.tooling_per_seat,
        0.0,
        100_000.0,
        Money,
        5.0
    ),
    field!(Employee, employee.oversight_hours, 0.0, 744.0, Hours, 0.5),
    field!(
        Contractor,
        contractor.hourly_rate,
        0.0,
        10_000.0,
        Money,
        1.0
    ),
    field!(Contractor, contractor.minimum_hours, 0.0, 744.0, Hours, 1.0),
    field!(
        Contractor,
        contractor.billing_increment_minutes,
        1.0,
        600.0,
        Minutes,
        1.0
    ),
    field!(
        Contractor,
        contractor.oversight_hours,
        0.0,
        744.0,
        Hours,
        0.5
    ),
    field!(Platform, platform.setup_fee, 0.0, 10_000_000.0, Money, 50.0),
    field!(Platform, platform.setup_months, 1.0, 120.0, Months, 1.0),
    field!(Platform, platform.oversight_hours, 0.0, 744.0, Hours, 0.5),
];

/// Looks a field up by its JSON path.
pub fn field(path: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.path() == path)
}

/// The fields of one section, in interface order.
pub fn section_fields(section: Section) -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(move |f| f.section == section)
}

/// Limits of the platform plan fields (per plan).
pub mod plan_limits {
    pub const MAX_PLANS: usize = 20;
    pub const NAME_MAX_CHARS: usize = 60;
    pub const FEE_MAX: f64 = 10_000_000.0;
    pub const UNITS_MAX: f64 = 100_000_000.0;
    pub const OVERAGE_MAX: f64 = 100_000.0;
}

/// Limits of the scenario's text fields.
pub const NAME_MAX_CHARS: usize = 80;
