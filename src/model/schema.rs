//! One description of every input of a scenario: where it lives in the JSON (section and name), what
//! kind of value it takes (number, switch, choice, text, list), its range, unit, step and default, and
//! its label and help line in English and German.
//!
//! Everything that handles inputs reads this table: `Scenario::default`, the decoder (`codec`), the range
//! checks and their messages (`validate`), the input panels, the print view and the compare view's
//! differences. A test walks it, so an input added here without words, range or a working round trip
//! fails at once; an input not added here cannot be read from a file (the decoder refuses unknown
//! fields).
//!
//! Lists (the platform's plans) are described per row the same way (`PLAN_FIELDS`).

use crate::format;
use crate::i18n::{Lang, Text};

use super::scenario::{
    BillingUnit, Bounds, OptionId, Plan, Pricing, Ranges, Scenario, Spike, XAxis,
};

/// A group of inputs: one object of the scenario's JSON, one panel of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The scenario's own fields at the top of the JSON (name, currency, ...).
    Scenario,
    Workload,
    Rates,
    Diy,
    Employee,
    Contractor,
    Platform,
    AllHands,
    Ai,
    Coverage,
    Channels,
    Value,
    Projection,
    Uncertainty,
    Chart,
}

impl Section {
    pub const ALL: [Section; 15] = [
        Section::Scenario,
        Section::Workload,
        Section::Rates,
        Section::Diy,
        Section::Employee,
        Section::Contractor,
        Section::Platform,
        Section::AllHands,
        Section::Ai,
        Section::Coverage,
        Section::Channels,
        Section::Value,
        Section::Projection,
        Section::Uncertainty,
        Section::Chart,
    ];

    /// The JSON key of the section's object; empty for the top level.
    pub fn key(self) -> &'static str {
        match self {
            Section::Scenario => "",
            Section::Workload => "workload",
            Section::Rates => "rates",
            Section::Diy => "diy",
            Section::Employee => "employee",
            Section::Contractor => "contractor",
            Section::Platform => "platform",
            Section::AllHands => "all_hands",
            Section::Ai => "ai",
            Section::Coverage => "coverage",
            Section::Channels => "channels",
            Section::Value => "value",
            Section::Projection => "projection",
            Section::Uncertainty => "uncertainty",
            Section::Chart => "chart",
        }
    }

    /// The section whose JSON object is `key` (not the top level).
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL
            .into_iter()
            .find(|s| *s != Section::Scenario && s.key() == key)
    }

    /// The option whose panel this section is.
    pub fn option(self) -> Option<OptionId> {
        match self {
            Section::Diy => Some(OptionId::Diy),
            Section::Employee => Some(OptionId::Employee),
            Section::Contractor => Some(OptionId::Contractor),
            Section::Platform => Some(OptionId::Platform),
            Section::AllHands => Some(OptionId::AllHands),
            Section::Scenario
            | Section::Workload
            | Section::Rates
            | Section::Ai
            | Section::Coverage
            | Section::Channels
            | Section::Value
            | Section::Projection
            | Section::Uncertainty
            | Section::Chart => None,
        }
    }

    /// The panel's title: an option's panel is called after the option.
    pub fn title(self) -> Text {
        match self {
            Section::Scenario => Text::new("Scenario", "Szenario"),
            Section::Workload => Text::new("Workload", "Arbeitsaufkommen"),
            Section::Rates => Text::new("Rates", "Stundensätze"),
            Section::Diy => OptionId::Diy.name(),
            Section::Employee => OptionId::Employee.name(),
            Section::Contractor => OptionId::Contractor.name(),
            Section::Platform => OptionId::Platform.name(),
            Section::AllHands => OptionId::AllHands.name(),
            Section::Ai => Text::new("AI front line", "KI als erste Instanz"),
            Section::Coverage => Text::new("Coverage", "Erreichbarkeit"),
            Section::Channels => Text::new("Live chat and phone", "Live-Chat und Telefon"),
            Section::Value => Text::new(
                "What fast answers are worth",
                "Was schnelle Antworten wert sind",
            ),
            Section::Projection => Text::new("The months ahead", "Die nächsten Monate"),
            Section::Uncertainty => Text::new("What you don't know", "Was Sie nicht wissen"),
            Section::Chart => Text::new("Chart", "Diagramm"),
        }
    }

    /// The inputs of this section, in interface order.
    pub fn inputs(self) -> impl Iterator<Item = &'static Input> {
        INPUTS.iter().filter(move |i| i.section == self)
    }

    /// The inputs the panel of this section shows, in interface order: its own, but the hours the
    /// founder and the platform cover, which sit with the other hours in the coverage panel.
    /// Its own come first.
    pub fn panel_inputs(self) -> impl Iterator<Item = &'static Input> {
        let own = INPUTS
            .iter()
            .filter(move |i| i.section == self && i.panel() == self);
        let moved = INPUTS
            .iter()
            .filter(move |i| i.section != self && i.panel() == self);
        own.chain(moved)
    }
}

/// What a number measures: it gives the unit shown after the input and how a value is written in the
/// print and compare views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Tickets,
    Replies,
    /// A fraction 0..1 in the model, typed and shown as percent.
    Percent,
    Minutes,
    HoursPerMonth,
    MoneyPerHour,
    MoneyPerMonth,
    /// A one-off amount.
    Money,
    /// Money per billed unit of the platform.
    MoneyPerUnit,
    /// Money per AI resolution or conversation.
    MoneyPerAiUnit,
    /// Resolutions or conversations the AI is billed for.
    AiUnits,
    People,
    /// People on shift in every covered hour: whole.
    Agents,
    /// Live contacts handled at once: whole.
    AtOnce,
    Hours,
    HoursPerWeek,
    Seconds,
    /// How many times as long: "× as long".
    Times,
    /// How many times the average hour's arrivals.
    TimesAverage,
    /// Units of the platform's billing unit (replies, tickets or resolved tickets).
    BilledUnits,
    Multiplier,
    Months,
    /// Months projected: whole.
    MonthCount,
    /// A month of the projection, 1-based: whole.
    MonthNumber,
    /// Times the month's usual volume.
    TimesUsual,
    /// Monte Carlo draws: whole.
    Draws,
    /// The generator's seed: whole, no unit.
    Seed,
    Fte,
}

impl Unit {
    pub fn is_percent(self) -> bool {
        self == Unit::Percent
    }

    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::MoneyPerHour
                | Unit::MoneyPerMonth
                | Unit::Money
                | Unit::MoneyPerUnit
                | Unit::MoneyPerAiUnit
        )
    }

    /// The unit shown after an input.
    pub fn text(self, currency: &str, billing: BillingUnit, l: Lang) -> String {
        let symbol = || format::currency_symbol(currency, l.code());
        let month = l.pick("month", "Monat");
        match self {
            Unit::Tickets => l.pick("tickets", "Tickets").into(),
            Unit::Replies => l.pick("replies", "Antworten").into(),
            Unit::Percent => "%".into(),
            Unit::Minutes => l.pick("min", "Min.").into(),
            Unit::HoursPerMonth => format!("h / {month}"),
            Unit::MoneyPerHour => format!("{} / h", symbol()),
            Unit::MoneyPerMonth => format!("{} / {month}", symbol()),
            Unit::Money | Unit::MoneyPerUnit | Unit::MoneyPerAiUnit => symbol(),
            Unit::BilledUnits => billing.noun().get(l).into(),
            Unit::AiUnits => l.pick("units", "Einheiten").into(),
            Unit::People | Unit::Agents => l.pick("people", "Personen").into(),
            Unit::AtOnce => l.pick("at once", "gleichzeitig").into(),
            Unit::Hours => "h".into(),
            Unit::HoursPerWeek => l.pick("h / week", "h / Woche").into(),
            Unit::Seconds => "s".into(),
            Unit::Times => l.pick("× as long", "× so lange").into(),
            Unit::TimesAverage => l.pick("× the average", "× Durchschnitt").into(),
            Unit::Multiplier => l.pick("× wage", "× Lohn").into(),
            Unit::Months | Unit::MonthCount => l.pick("months", "Monate").into(),
            Unit::MonthNumber | Unit::Seed => String::new(),
            Unit::TimesUsual => l.pick("× trend", "× Trend").into(),
            Unit::Draws => l.pick("draws", "Ziehungen").into(),
            Unit::Fte => l.pick("FTE", "VZÄ").into(),
        }
    }

    /// A value with its unit, as the print and compare views write it: "5 min", "$60.00 / h", "70%".
    /// Units of the platform's billing unit are named when `billing` is known.
    pub fn show(self, v: f64, currency: &str, billing: Option<BillingUnit>, l: Lang) -> String {
        if self.is_percent() {
            return format::percent(v, l.code());
        }
        let value = if self.is_money() {
            format::money_precise(v, currency, l.code())
        } else {
            format::plain(v, l.code())
        };
        match (self, billing) {
            (Unit::Money | Unit::MoneyPerUnit | Unit::MoneyPerAiUnit, _)
            | (Unit::BilledUnits, None) => value,
            (Unit::MoneyPerHour, _) => format!("{value} / h"),
            (Unit::MoneyPerMonth, _) => format!("{value} / {}", l.pick("month", "Monat")),
            (Unit::MonthNumber | Unit::Seed, _) => value,
            (_, billing) => format!(
                "{value} {}",
                self.text(currency, billing.unwrap_or_default(), l)
            ),
        }
    }
}

/// The valid values of a number, in model units, and the step of its arrow keys in interface units
/// (percent for fractions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub unit: Unit,
}

impl Range {
    pub fn contains(self, v: f64) -> bool {
        v.is_finite()
            && v >= self.min
            && v <= self.max
            && !self.is_part_of_one(v)
            && !self.is_not_whole(v)
    }

    /// Counted in whole units (tickets): the page takes whole numbers, and no file or link may hold
    /// a positive count below one (0.5 tickets a month would make the cost per ticket meaningless).
    /// Fractions from one up, in files and links, still load as they are.
    pub fn is_whole(self) -> bool {
        self.unit == Unit::Tickets || self.is_count()
    }

    /// Only whole numbers, everywhere (people on shift, chats at once).
    pub fn is_count(self) -> bool {
        matches!(
            self.unit,
            Unit::Agents
                | Unit::AtOnce
                | Unit::MonthCount
                | Unit::MonthNumber
                | Unit::Draws
                | Unit::Seed
        )
    }

    /// A fraction where only whole numbers are valid.
    pub fn is_not_whole(self, v: f64) -> bool {
        self.is_count() && v.fract() != 0.0
    }

    /// A positive value below one of a whole-unit range.
    pub fn is_part_of_one(self, v: f64) -> bool {
        self.is_whole() && v > 0.0 && v < 1.0
    }
}

/// A number of the scenario.
pub struct NumberField {
    pub range: Range,
    pub default: f64,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// One of a fixed set of values, each with a JSON key and a name.
pub struct ChoiceField {
    /// Every value's key and name, in the order the interface offers them.
    pub options: fn() -> Vec<(&'static str, Text)>,
    pub default: &'static str,
    pub get: fn(&Scenario) -> &'static str,
    /// Sets the value with this key; false (and nothing set) for an unknown key.
    pub set: fn(&mut Scenario, &str) -> bool,
}

/// What a text must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRule {
    /// 1 to `max_chars` characters, not only spaces.
    Name { max_chars: usize },
    /// Three capital letters (ISO 4217 form).
    Currency,
    /// A language code the interface speaks.
    Locale,
}

pub struct TextField {
    pub rule: TextRule,
    pub default: &'static str,
    pub get: fn(&Scenario) -> &str,
    pub set: fn(&mut Scenario, String),
}

/// A number an option may set for itself, else it follows another input of the scenario ("same as
/// workload", SPEC 3.8): absent or null in the JSON means the other input's value.
pub struct OwnField {
    pub range: Range,
    /// The input whose value applies while this one is not set.
    pub follows: fn(&Scenario) -> f64,
    pub get: fn(&Scenario) -> Option<f64>,
    pub set: fn(&mut Scenario, Option<f64>),
}

pub enum Kind {
    Number(NumberField),
    /// An option's own value of a workload input, or none.
    Own(OwnField),
    /// The chart's axis maximum: a number whose range is the chosen axis's own.
    AxisMax {
        default: f64,
        get: fn(&Scenario) -> f64,
        set: fn(&mut Scenario, f64),
    },
    Switch {
        default: bool,
        get: fn(&Scenario) -> bool,
        set: fn(&mut Scenario, bool),
    },
    Choice(ChoiceField),
    Text(TextField),
    /// The platform's plans: a list of rows described by `PLAN_FIELDS`.
    Plans,
    /// The projection's spikes: a list of rows described by `SPIKE_FIELDS`.
    Spikes,
    /// The uncertainty's ranges: an object keyed by input path, each `{low, high}`.
    Ranges,
}

/// One input of a scenario.
pub struct Input {
    pub section: Section,
    /// The name inside its section, as in the JSON.
    pub name: &'static str,
    pub label: Text,
    /// One line: a typical range and where it comes from.
    pub help: Text,
    pub kind: Kind,
}

impl Input {
    /// The JSON path, e.g. `workload.tickets_per_month` (`name` at the top level).
    pub fn path(&self) -> String {
        join(self.section.key(), self.name)
    }

    /// The `data-testid` of the input, e.g. `input-workload-tickets_per_month`.
    pub fn test_id(&self) -> String {
        format!("input-{}-{}", self.section.key(), self.name)
    }

    /// The element id of the input, e.g. `f-workload-tickets_per_month`.
    pub fn element_id(&self) -> String {
        format!("f-{}-{}", self.section.key(), self.name)
    }

    /// The number's range, for a number or an option's own value.
    pub fn range(&self) -> Option<Range> {
        match &self.kind {
            Kind::Number(n) => Some(n.range),
            Kind::Own(o) => Some(o.range),
            _ => None,
        }
    }

    /// The value a number input works at, and whether it is set: an option's own value not set works
    /// at the workload's. `None` for inputs that are not numbers.
    pub fn figure(&self, s: &Scenario) -> Option<(f64, bool)> {
        match &self.kind {
            Kind::Number(n) => Some(((n.get)(s), true)),
            Kind::Own(o) => Some(match (o.get)(s) {
                Some(v) => (v, true),
                None => ((o.follows)(s), false),
            }),
            _ => None,
        }
    }

    /// The panel that shows the input: its section's, but the hours the founder and the platform
    /// cover, shown with the other hours in the coverage panel.
    pub fn panel(&self) -> Section {
        match (self.section, self.name) {
            (Section::Diy, "cover_hours_per_week")
            | (Section::Platform, "coverage_hours_per_week") => Section::Coverage,
            (Section::Employee, "hiring_cost")
            | (Section::Contractor, "onboarding_hours")
            | (Section::Ai, "setup_hours")
            | (Section::AllHands, "training_hours") => Section::Projection,
            (section, _) => section,
        }
    }

    /// Whether the input counts in the scenario: its option, the AI front line, the live channel or
    /// the value of fast answers is switched on (the fast-reply threshold always counts: every card
    /// reports its share of fast replies).
    pub fn applies(&self, s: &Scenario) -> bool {
        match (self.section, self.section.option()) {
            (Section::Ai, _) => s.ai.enabled,
            (Section::Channels, _) => self.name == "live_share" || s.channels.live_share > 0.0,
            (Section::Value, _) => self.name == "fast_response_hours" || s.value.enabled,
            (Section::Uncertainty, _) => self.name == "enabled" || s.uncertainty.enabled,
            (_, Some(id)) => s.is_enabled(id),
            _ => true,
        }
    }

    /// Whether an edit of another input can change this one (a spike after the last month lengthens
    /// the projection: `Scenario::keep_months_and_ranges`), so that its field must follow the scenario.
    pub fn moved_by_others(&self) -> bool {
        self.section == Section::Projection && self.name == "months"
    }

    pub fn number(&self) -> Option<&NumberField> {
        match &self.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The input named in a list of inputs from every section (print, compare): "Employee: Shrinkage".
    /// The scenario's own fields and the chart's ("Chart up to") name themselves.
    pub fn listed_label(&self, l: Lang) -> String {
        match self.section {
            Section::Scenario | Section::Chart => self.label.get(l).into(),
            other => format!("{}: {}", other.title().get(l), self.label.get(l)),
        }
    }

    /// Sets the input to its default.
    fn set_default(&self, s: &mut Scenario) {
        match &self.kind {
            Kind::Number(n) => (n.set)(s, n.default),
            Kind::Own(o) => (o.set)(s, None),
            Kind::AxisMax { default, set, .. } => set(s, *default),
            Kind::Switch { default, set, .. } => set(s, *default),
            Kind::Choice(c) => {
                (c.set)(s, c.default);
            }
            Kind::Text(t) => (t.set)(s, t.default.to_string()),
            Kind::Plans => s.platform.plans = Plan::examples(),
            Kind::Spikes => s.projection.spikes = Vec::new(),
            Kind::Ranges => s.uncertainty.ranges = Ranges::default(),
        }
    }
}

/// `parent.key`, or `key` at the top.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// A value of a fixed set that a choice input offers: its JSON key and its name.
pub trait Named: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    fn name(self) -> Text;
}

/// Every value of `T` as a choice offers it.
pub fn options<T: Named>() -> Vec<(&'static str, Text)> {
    T::all().iter().map(|v| (v.key(), v.name())).collect()
}

macro_rules! number {
    ($section:ident, $group:ident . $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr,
     default $default:expr, $label:expr, $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Number(NumberField {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                default: $default,
                get: |s| s.$group.$name,
                set: |s, v| s.$group.$name = v,
            }),
        }
    };
}

/// An option's own tier-1 resolution rate or reply minutes (SPEC 3.8), following the workload's.
macro_rules! own {
    ($section:ident, $group:ident . $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr,
     $label:expr, $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Own(OwnField {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                follows: |s| s.workload.$name,
                get: |s| s.$group.$name,
                set: |s, v| s.$group.$name = v,
            }),
        }
    };
}

macro_rules! own_tier1 {
    ($section:ident, $group:ident, $who:expr) => {
        own!(
            $section,
            $group.tier1_resolution_rate,
            0.0,
            1.0,
            Percent,
            1.0,
            Text::new(
                "Own tier-1 resolution rate",
                "Eigene Lösungsquote im 1st-Level"
            ),
            $who
        )
    };
}

macro_rules! own_minutes {
    ($section:ident, $group:ident, $who:expr) => {
        own!(
            $section,
            $group.minutes_per_reply,
            0.1,
            600.0,
            Minutes,
            0.5,
            Text::new("Own minutes per reply", "Eigene Minuten pro Antwort"),
            $who
        )
    };
}

macro_rules! switch {
    ($section:ident, $group:ident, default $default:expr) => {
        Input {
            section: Section::$section,
            name: "enabled",
            label: Text::new("Include in the comparison", "In den Vergleich aufnehmen"),
            help: Text::new(
                "Switch off to leave this option out of the cards, chart and break-evens.",
                "Ausschalten, um diese Option aus Karten, Diagramm und Break-even-Punkten herauszunehmen.",
            ),
            kind: Kind::Switch {
                default: $default,
                get: |s| s.$group.enabled,
                set: |s, on| s.$group.enabled = on,
            },
        }
    };
}

macro_rules! choice {
    ($section:ident, $name:ident, $($field:ident).+ : $ty:ty, default $default:expr, $label:expr,
     $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Choice(ChoiceField {
                options: options::<$ty>,
                default: $default,
                get: |s| Named::key(s.$($field).+),
                set: |s, key| match <$ty>::from_key(key) {
                    Some(v) => {
                        s.$($field).+ = v;
                        true
                    }
                    None => false,
                },
            }),
        }
    };
}

macro_rules! text {
    ($name:ident, $rule:expr, default $default:expr, $label:expr, $help:expr) => {
        Input {
            section: Section::Scenario,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Text(TextField {
                rule: $rule,
                default: $default,
                get: |s| &s.$name,
                set: |s, v| s.$name = v,
            }),
        }
    };
}

/// Longest scenario name.
pub const NAME_MAX_CHARS: usize = 80;

/// Every input of a scenario, in the order the interface shows them (and the range checks report them).
pub static INPUTS: &[Input] = &[
    text!(
        name,
        TextRule::Name {
            max_chars: NAME_MAX_CHARS
        },
        default "Example plugin shop",
        Text::new("Scenario name", "Name des Szenarios"),
        Text::new(
            "Shown in the scenario picker, on printouts and in exports.",
            "Erscheint in der Szenarioauswahl, auf Ausdrucken und in Exporten."
        )
    ),
    text!(
        currency,
        TextRule::Currency,
        default "USD",
        Text::new("Currency", "Währung"),
        Text::new(
            "Every amount is in this currency; nothing is converted.",
            "Alle Beträge sind in dieser Währung; nichts wird umgerechnet."
        )
    ),
    text!(
        locale,
        TextRule::Locale,
        default "en",
        Text::new("Language of the scenario", "Sprache des Szenarios"),
        Text::new(
            "The language the scenario was written in (en or de).",
            "Die Sprache, in der das Szenario angelegt wurde (en oder de)."
        )
    ),
    choice!(
        Scenario,
        baseline,
        baseline: OptionId,
        default "diy",
        Text::new("Savings measured against", "Ersparnis gemessen an"),
        Text::new(
            "The option the verdict's saving is measured against.",
            "Die Option, an der die Ersparnis im Ergebnis gemessen wird."
        )
    ),
    number!(
        Workload,
        workload.tickets_per_month,
        0.0,
        1_000_000.0,
        Tickets,
        10.0,
        default 300.0,
        Text::new("Tickets per month", "Tickets pro Monat"),
        Text::new(
            "New tickets a month. Platforms are usually worth a look from about 150.",
            "Neue Tickets im Monat. Ab etwa 150 lohnt sich ein Blick auf Plattformen."
        )
    ),
    number!(
        Workload,
        workload.self_service_deflection,
        0.0,
        0.95,
        Percent,
        1.0,
        default 0.0,
        Text::new("Deflected by self-service", "Durch Self-Service vermieden"),
        Text::new(
            "Tickets that docs and a knowledge base prevent. Typical: 0-30%.",
            "Tickets, die Doku und Wissensdatenbank verhindern. Üblich: 0–30 %."
        )
    ),
    number!(
        Workload,
        workload.replies_per_ticket,
        0.1,
        50.0,
        Replies,
        0.1,
        default 2.5,
        Text::new("Replies per ticket", "Antworten pro Ticket"),
        Text::new(
            "Agent replies per ticket. Typical: 2-4; the benchmark is about 2.5.",
            "Antworten pro Ticket. Üblich: 2–4; der Richtwert liegt bei etwa 2,5."
        )
    ),
    number!(
        Workload,
        workload.minutes_per_reply,
        0.1,
        600.0,
        Minutes,
        0.5,
        default 5.0,
        Text::new("Minutes per reply", "Minuten pro Antwort"),
        Text::new(
            "Tier-1 handling time per reply. Typical: 3-10 minutes.",
            "Bearbeitungszeit im 1st-Level pro Antwort. Üblich: 3–10 Minuten."
        )
    ),
    number!(
        Workload,
        workload.tier1_resolution_rate,
        0.0,
        1.0,
        Percent,
        1.0,
        default 0.7,
        Text::new("Tier-1 resolution rate", "Lösungsquote im 1st-Level"),
        Text::new(
            "Tickets solved without developers. 70-79% is good, 80%+ world class.",
            "Tickets, die ohne Entwickler gelöst werden. 70–79 % ist gut, ab 80 % Weltklasse."
        )
    ),
    number!(
        Workload,
        workload.escalation_minutes,
        0.0,
        6000.0,
        Minutes,
        5.0,
        default 40.0,
        Text::new("Developer time per escalation", "Entwicklerzeit pro Eskalation"),
        Text::new(
            "Tier-2 minutes per escalated ticket. Typical: 20-60 minutes.",
            "2nd-Level-Minuten pro eskaliertem Ticket. Üblich: 20–60 Minuten."
        )
    ),
    number!(
        Rates,
        rates.founder_hourly,
        0.0,
        10_000.0,
        MoneyPerHour,
        5.0,
        default 60.0,
        Text::new("Value of your hour", "Wert Ihrer Stunde"),
        Text::new(
            "What an hour on product or marketing is worth to you. Typical: 50-150.",
            "Was Ihnen eine Stunde für Produkt oder Marketing wert ist. Üblich: 50–150."
        )
    ),
    number!(
        Rates,
        rates.developer_hourly,
        0.0,
        10_000.0,
        MoneyPerHour,
        5.0,
        default 60.0,
        Text::new("Developer hourly cost", "Entwicklerkosten pro Stunde"),
        Text::new(
            "Tier-2 developer time. Freelance: 10-250 an hour, usually under 150.",
            "2nd-Level-Entwicklerzeit. Freelancer: 10–250 pro Stunde, meist unter 150."
        )
    ),
    switch!(Diy, diy, default true),
    number!(
        Diy,
        diy.cover_hours_per_week,
        1.0,
        168.0,
        HoursPerWeek,
        1.0,
        default 40.0,
        Text::new("Your support hours a week", "Ihre Support-Stunden pro Woche"),
        Text::new(
            "The hours you can answer tickets yourself. Typical beside building the product: 20-40.",
            "Die Stunden, in denen Sie selbst Tickets beantworten. Üblich neben der Produktarbeit: 20–40."
        )
    ),
    switch!(Employee, employee, default true),
    number!(
        Employee,
        employee.monthly_salary,
        0.0,
        1_000_000.0,
        MoneyPerMonth,
        100.0,
        default 3200.0,
        Text::new("Monthly salary (full time)", "Monatsgehalt (Vollzeit)"),
        Text::new(
            "Gross wage of one full-time support hire.",
            "Bruttolohn einer Vollzeit-Supportkraft."
        )
    ),
    number!(
        Employee,
        employee.loaded_multiplier,
        1.0,
        5.0,
        Multiplier,
        0.05,
        default 1.45,
        Text::new("Benefits and payroll overhead", "Lohnnebenkosten-Faktor"),
        Text::new(
            "Fully loaded cost as a multiple of the wage. Typical: 1.25-1.5; benchmark 1.45.",
            "Vollkosten als Vielfaches des Lohns. Üblich: 1,25–1,5; Richtwert 1,45."
        )
    ),
    number!(
        Employee,
        employee.paid_hours_per_month,
        1.0,
        744.0,
        HoursPerMonth,
        1.0,
        default 160.0,
        Text::new("Paid hours per full-time employee", "Bezahlte Stunden pro Vollzeitkraft"),
        Text::new(
            "Paid hours a month. Typical: 160-173.",
            "Bezahlte Stunden im Monat. Üblich: 160–173."
        )
    ),
    number!(
        Employee,
        employee.shrinkage,
        0.0,
        0.9,
        Percent,
        1.0,
        default 0.3,
        Text::new("Shrinkage", "Ausfallzeiten"),
        Text::new(
            "Paid time not spent on tickets: breaks, meetings, leave. Typical: 25-35%.",
            "Bezahlte Zeit ohne Tickets: Pausen, Meetings, Urlaub. Üblich: 25–35 %."
        )
    ),
    number!(
        Employee,
        employee.fte_step,
        0.05,
        10.0,
        Fte,
        0.05,
        default 0.5,
        Text::new("Hiring step", "Einstellungsschritt"),
        Text::new(
            "Smallest change in headcount: 0.5 hires in half-time positions.",
            "Kleinste Änderung der Personalstärke: 0,5 bedeutet Halbtagsstellen."
        )
    ),
    number!(
        Employee,
        employee.min_fte,
        0.0,
        100.0,
        Fte,
        0.5,
        default 0.5,
        Text::new("Minimum staffing", "Mindestbesetzung"),
        Text::new(
            "Smallest team you would employ, however few tickets arrive.",
            "Kleinstes Team, das Sie beschäftigen würden, egal wie wenige Tickets kommen."
        )
    ),
    number!(
        Employee,
        employee.tooling_per_seat,
        0.0,
        100_000.0,
        MoneyPerMonth,
        5.0,
        default 50.0,
        Text::new("Tooling per seat", "Software pro Arbeitsplatz"),
        Text::new(
            "Help desk and software licences per person a month. Typical: 15-100.",
            "Helpdesk- und Softwarelizenzen pro Person und Monat. Üblich: 15–100."
        )
    ),
    number!(
        Employee,
        employee.oversight_hours,
        0.0,
        744.0,
        HoursPerMonth,
        0.5,
        default 4.0,
        Text::new("Your oversight", "Ihr Betreuungsaufwand"),
        Text::new(
            "Your hours a month managing and training the hire. Typical: 2-8.",
            "Ihre Stunden im Monat für Führung und Einarbeitung. Üblich: 2–8."
        )
    ),
    number!(
        Employee,
        employee.hiring_cost,
        0.0,
        1_000_000.0,
        Money,
        100.0,
        default 3000.0,
        Text::new("Hiring cost per seat", "Einstellungskosten pro Platz"),
        Text::new(
            "One-off, for every seat added in the months ahead: ads, interviews, the first weeks. Typical: 2,000-6,000.",
            "Einmalig für jeden Platz, der in den nächsten Monaten dazukommt: Anzeigen, Gespräche, die ersten Wochen. Üblich: 2.000–6.000."
        )
    ),
    own_tier1!(
        Employee,
        employee,
        Text::new(
            "Empty: the workload's rate. A hire who learns the product may resolve more than that.",
            "Leer: die Quote des Arbeitsaufkommens. Eine eingearbeitete Kraft löst oft mehr selbst."
        )
    ),
    own_minutes!(
        Employee,
        employee,
        Text::new(
            "Empty: the workload's minutes. Someone who answers all day is often faster.",
            "Leer: die Minuten des Arbeitsaufkommens. Wer den ganzen Tag antwortet, ist oft schneller."
        )
    ),
    switch!(Contractor, contractor, default true),
    number!(
        Contractor,
        contractor.hourly_rate,
        0.0,
        10_000.0,
        MoneyPerHour,
        1.0,
        default 25.0,
        Text::new("Hourly rate", "Stundensatz"),
        Text::new(
            "Freelance tier-1 rates: often 15-40 an hour; developers 10-250.",
            "Freelancer im 1st-Level: oft 15–40 pro Stunde; Entwickler 10–250."
        )
    ),
    number!(
        Contractor,
        contractor.minimum_hours,
        0.0,
        744.0,
        HoursPerMonth,
        1.0,
        default 10.0,
        Text::new("Minimum billed hours", "Mindeststunden"),
        Text::new(
            "Hours billed each month even when fewer are worked.",
            "Stunden, die jeden Monat berechnet werden, auch wenn weniger anfallen."
        )
    ),
    number!(
        Contractor,
        contractor.billing_increment_minutes,
        1.0,
        600.0,
        Minutes,
        1.0,
        default 15.0,
        Text::new("Billing increment", "Abrechnungstakt"),
        Text::new(
            "Time is billed in blocks of this length. Typical: 6, 15 or 60 minutes.",
            "Zeit wird in Blöcken dieser Länge berechnet. Üblich: 6, 15 oder 60 Minuten."
        )
    ),
    number!(
        Contractor,
        contractor.oversight_hours,
        0.0,
        744.0,
        HoursPerMonth,
        0.5,
        default 2.0,
        Text::new("Your oversight", "Ihr Betreuungsaufwand"),
        Text::new(
            "Your hours a month managing the contractor. Typical: 1-4.",
            "Ihre Stunden im Monat für die Steuerung des Freelancers. Üblich: 1–4."
        )
    ),
    number!(
        Contractor,
        contractor.onboarding_hours,
        0.0,
        1000.0,
        Hours,
        1.0,
        default 6.0,
        Text::new("Your onboarding of the contractor", "Ihre Einarbeitung des Freelancers"),
        Text::new(
            "Your hours in the first month writing the playbook and answering questions. Typical: 4-12.",
            "Ihre Stunden im ersten Monat für Leitfaden und Rückfragen. Üblich: 4–12."
        )
    ),
    own_tier1!(
        Contractor,
        contractor,
        Text::new(
            "Empty: the workload's rate. Someone new to the product often escalates more at first.",
            "Leer: die Quote des Arbeitsaufkommens. Wer das Produkt neu kennenlernt, eskaliert anfangs oft mehr."
        )
    ),
    own_minutes!(
        Contractor,
        contractor,
        Text::new(
            "Empty: the workload's minutes.",
            "Leer: die Minuten des Arbeitsaufkommens."
        )
    ),
    switch!(Platform, platform, default true),
    choice!(
        Platform,
        billing_unit,
        platform.billing_unit: BillingUnit,
        default "reply",
        Text::new("Billed", "Abrechnung"),
        Text::new(
            "Most platforms bill per reply; some per ticket, or only for tickets they resolve.",
            "Die meisten Plattformen rechnen pro Antwort ab; manche pro Ticket oder nur für gelöste Tickets."
        )
    ),
    Input {
        section: Section::Platform,
        name: "plans",
        label: Text::new("Plans", "Tarife"),
        help: Text::new(
            "The starting plans are illustrative examples, not any vendor's price list. Enter the prices you were quoted; the cheapest plan that covers your volume is used.",
            "Die vorgegebenen Tarife sind Beispiele, keine Preisliste eines Anbieters. Tragen Sie die Preise Ihres Angebots ein; der günstigste Tarif, der Ihr Volumen abdeckt, wird verwendet.",
        ),
        kind: Kind::Plans,
    },
    number!(
        Platform,
        platform.setup_fee,
        0.0,
        10_000_000.0,
        Money,
        50.0,
        default 0.0,
        Text::new("Setup fee", "Einrichtungsgebühr"),
        Text::new(
            "One-off onboarding fee, spread over the months below.",
            "Einmalige Onboarding-Gebühr, verteilt auf die Monate darunter."
        )
    ),
    number!(
        Platform,
        platform.setup_months,
        1.0,
        120.0,
        Months,
        1.0,
        default 12.0,
        Text::new("Spread setup over", "Einrichtung verteilen auf"),
        Text::new(
            "Months over which the setup fee is written off. Typical: 12.",
            "Monate, auf die die Einrichtungsgebühr verteilt wird. Üblich: 12."
        )
    ),
    number!(
        Platform,
        platform.oversight_hours,
        0.0,
        744.0,
        HoursPerMonth,
        0.5,
        default 3.0,
        Text::new("Your oversight", "Ihr Betreuungsaufwand"),
        Text::new(
            "Your hours a month reviewing replies and updating the playbook. Typical: 2-6.",
            "Ihre Stunden im Monat für Qualitätskontrolle und Playbook-Pflege. Üblich: 2–6."
        )
    ),
    number!(
        Platform,
        platform.coverage_hours_per_week,
        1.0,
        168.0,
        HoursPerWeek,
        1.0,
        default 168.0,
        Text::new("Hours the plan covers a week", "Vom Tarif abgedeckte Stunden pro Woche"),
        Text::new(
            "Many platforms answer 24/7 (168 h); cheaper plans often cover business hours only (40-60 h).",
            "Viele Plattformen antworten rund um die Uhr (168 h); günstigere Tarife oft nur zu Geschäftszeiten (40–60 h)."
        )
    ),
    own_tier1!(
        Platform,
        platform,
        Text::new(
            "Empty: the workload's rate. Outside agents know your product less well and may resolve less; every extra escalation costs developer time.",
            "Leer: die Quote des Arbeitsaufkommens. Externe kennen Ihr Produkt weniger gut und lösen vielleicht weniger; jede zusätzliche Eskalation kostet Entwicklerzeit."
        )
    ),
    own_minutes!(
        Platform,
        platform,
        Text::new(
            "Empty: the workload's minutes. Used for the hours shown; the platform bills per unit.",
            "Leer: die Minuten des Arbeitsaufkommens. Für die angezeigten Stunden; die Plattform rechnet pro Einheit ab."
        )
    ),
    switch!(AllHands, all_hands, default true),
    number!(
        AllHands,
        all_hands.team_size,
        1.0,
        1000.0,
        People,
        1.0,
        default 8.0,
        Text::new("People taking shifts", "Personen im Wechsel"),
        Text::new(
            "Everyone outside support who takes a turn: developers, designers, you.",
            "Alle außerhalb des Supports, die mitmachen: Entwicklung, Design, Sie selbst."
        )
    ),
    number!(
        AllHands,
        all_hands.team_hourly,
        0.0,
        10_000.0,
        MoneyPerHour,
        5.0,
        default 60.0,
        Text::new("Value of their hour", "Wert ihrer Stunde"),
        Text::new(
            "Loaded cost of an hour of their time, or what their work would earn. Typical: 40-120.",
            "Vollkosten einer Stunde ihrer Zeit oder was ihre Arbeit einbrächte. Üblich: 40–120."
        )
    ),
    number!(
        AllHands,
        all_hands.paid_hours_per_month,
        1.0,
        744.0,
        HoursPerMonth,
        1.0,
        default 160.0,
        Text::new("Paid hours per person", "Bezahlte Stunden pro Person"),
        Text::new(
            "Paid hours a month of each person. Typical: 160-173.",
            "Bezahlte Stunden im Monat je Person. Üblich: 160–173."
        )
    ),
    number!(
        AllHands,
        all_hands.max_share,
        0.01,
        1.0,
        Percent,
        1.0,
        default 0.05,
        Text::new("Largest share of their time", "Höchster Anteil ihrer Zeit"),
        Text::new(
            "The 5% rule: one day a month each, so that nobody burns out.",
            "Die 5-%-Regel: ein Tag im Monat pro Person, damit niemand ausbrennt."
        )
    ),
    number!(
        AllHands,
        all_hands.speed_factor,
        0.5,
        5.0,
        Times,
        0.05,
        default 1.25,
        Text::new("Time compared with a specialist", "Zeit im Vergleich zu Profis"),
        Text::new(
            "How much longer a non-specialist takes for an hour of tier-1 work. Typical: 1.1-1.5.",
            "Wie viel länger Nicht-Profis für eine Stunde 1st-Level-Arbeit brauchen. Üblich: 1,1–1,5."
        )
    ),
    number!(
        AllHands,
        all_hands.coordination_hours,
        0.0,
        1000.0,
        HoursPerMonth,
        0.5,
        default 2.0,
        Text::new("Your coordination", "Ihr Koordinationsaufwand"),
        Text::new(
            "Your hours a month running the rota and pairing people. Typical: 1-4.",
            "Ihre Stunden im Monat für Dienstplan und Einarbeitung. Üblich: 1–4."
        )
    ),
    number!(
        AllHands,
        all_hands.training_hours,
        0.0,
        200.0,
        Hours,
        0.5,
        default 4.0,
        Text::new("Training per person", "Schulung pro Person"),
        Text::new(
            "Hours each person spends in the first month learning the helpdesk and the playbook, at the team's hourly value. Typical: 2-8.",
            "Stunden, die jede Person im ersten Monat mit Helpdesk und Leitfaden verbringt, zum Stundenwert des Teams. Üblich: 2–8."
        )
    ),
    own_tier1!(
        AllHands,
        all_hands,
        Text::new(
            "Empty: the workload's rate. The people who build the product often fix more themselves.",
            "Leer: die Quote des Arbeitsaufkommens. Wer das Produkt baut, löst oft mehr selbst."
        )
    ),
    Input {
        section: Section::Ai,
        name: "enabled",
        label: Text::new("Put an AI agent in front", "KI-Agent vorschalten"),
        help: Text::new(
            "The AI answers first; what it does not close goes to whoever does tier 1 in each option.",
            "Die KI antwortet zuerst; was sie nicht löst, geht in jeder Option an den 1st-Level.",
        ),
        kind: Kind::Switch {
            default: false,
            get: |s| s.ai.enabled,
            set: |s, on| s.ai.enabled = on,
        },
    },
    number!(
        Ai,
        ai.involvement,
        0.0,
        1.0,
        Percent,
        1.0,
        default 0.75,
        Text::new("Tickets the AI answers first", "Tickets, die die KI zuerst beantwortet"),
        Text::new(
            "Share of the tickets reaching an agent that the AI takes on. Typical: 50-100%.",
            "Anteil der ankommenden Tickets, den die KI übernimmt. Üblich: 50–100 %."
        )
    ),
    number!(
        Ai,
        ai.resolution_rate,
        0.0,
        1.0,
        Percent,
        1.0,
        default 0.45,
        Text::new("AI resolution rate", "Lösungsquote der KI"),
        Text::new(
            "Share of those the AI closes, as the vendor counts it. Vendors claim 40-80%; independent figures: 10-45%.",
            "Anteil davon, den die KI schließt, wie der Anbieter zählt. Anbieter nennen 40–80 %; unabhängige Zahlen: 10–45 %."
        )
    ),
    number!(
        Ai,
        ai.reopen_rate,
        0.0,
        1.0,
        Percent,
        1.0,
        default 0.1,
        Text::new("Reopened after the AI", "Nach der KI wieder geöffnet"),
        Text::new(
            "AI resolutions that come back to a person anyway: the customer gave up or wrote again. Typical: 5-20%.",
            "KI-Lösungen, die doch bei einem Menschen landen: aufgegeben oder erneut geschrieben. Üblich: 5–20 %."
        )
    ),
    choice!(
        Ai,
        pricing,
        ai.pricing: Pricing,
        default "per_resolution",
        Text::new("AI billed", "Abrechnung der KI"),
        Text::new(
            "Per resolution (only what it closes, as the vendor counts) or per conversation (whether or not it resolves).",
            "Pro Lösung (nur was sie schließt, wie der Anbieter zählt) oder pro Konversation (ob gelöst oder nicht)."
        )
    ),
    number!(
        Ai,
        ai.price_per_unit,
        0.0,
        1000.0,
        MoneyPerAiUnit,
        0.05,
        default 0.99,
        Text::new("Price per billed unit", "Preis pro abgerechneter Einheit"),
        Text::new(
            "2026 list prices: about 0.50-2.00 per resolution, 0.49-2.00 per conversation.",
            "Listenpreise 2026: etwa 0,50–2,00 pro Lösung, 0,49–2,00 pro Konversation."
        )
    ),
    number!(
        Ai,
        ai.monthly_fee,
        0.0,
        1_000_000.0,
        MoneyPerMonth,
        10.0,
        default 0.0,
        Text::new("AI monthly fee", "Monatsgebühr der KI"),
        Text::new(
            "A seat or add-on fee, if the vendor charges one. Often 0-100.",
            "Eine Sitz- oder Zusatzgebühr, falls der Anbieter eine verlangt. Oft 0–100."
        )
    ),
    number!(
        Ai,
        ai.included_units,
        0.0,
        10_000_000.0,
        AiUnits,
        10.0,
        default 0.0,
        Text::new("Units included in the fee", "In der Gebühr enthaltene Einheiten"),
        Text::new(
            "Resolutions or conversations the fee covers each month.",
            "Lösungen oder Konversationen, die die Gebühr jeden Monat abdeckt."
        )
    ),
    number!(
        Ai,
        ai.handoff_minutes,
        0.0,
        600.0,
        Minutes,
        0.5,
        default 1.0,
        Text::new("Reading a handoff", "Übergabe lesen"),
        Text::new(
            "Tier-1 minutes a person spends reading the AI's conversation before taking over. Typical: 0.5-3.",
            "1st-Level-Minuten, um das Gespräch der KI vor der Übernahme zu lesen. Üblich: 0,5–3."
        )
    ),
    number!(
        Ai,
        ai.upkeep_hours,
        0.0,
        1000.0,
        HoursPerMonth,
        0.5,
        default 4.0,
        Text::new("Your upkeep of the AI", "Ihre Pflege der KI"),
        Text::new(
            "Your hours a month keeping its knowledge and answers right. Typical: 2-10.",
            "Ihre Stunden im Monat, damit Wissen und Antworten stimmen. Üblich: 2–10."
        )
    ),
    number!(
        Ai,
        ai.setup_hours,
        0.0,
        1000.0,
        Hours,
        1.0,
        default 16.0,
        Text::new("Your setup of the AI", "Ihre Einrichtung der KI"),
        Text::new(
            "Your hours in the first month connecting the help centre and testing answers. Typical: 8-40.",
            "Ihre Stunden im ersten Monat, um Hilfe-Center anzubinden und Antworten zu testen. Üblich: 8–40."
        )
    ),
    number!(
        Coverage,
        coverage.hours_per_week,
        1.0,
        168.0,
        HoursPerWeek,
        1.0,
        default 40.0,
        Text::new("Covered hours a week", "Abgedeckte Stunden pro Woche"),
        Text::new(
            "The hours you promise customers an answer: 40 business hours, 60 extended, 120 weekdays around the clock, 168 = 24/7.",
            "Die Stunden, in denen Sie Kunden eine Antwort versprechen: 40 Geschäftszeiten, 60 erweitert, 120 werktags rund um die Uhr, 168 = 24/7."
        )
    ),
    number!(
        Coverage,
        coverage.agents_on_shift,
        0.0,
        100.0,
        Agents,
        1.0,
        default 0.0,
        Text::new("People on shift", "Personen im Dienst"),
        Text::new(
            "0: no promise. 1 or more: that many on support in every covered hour, however few tickets arrive; 24/7 with one seat takes five or more full-time people.",
            "0: kein Versprechen. 1 oder mehr: so viele sind in jeder abgedeckten Stunde im Support, egal wie wenige Tickets kommen; 24/7 mit einem Platz braucht fünf oder mehr Vollzeitkräfte."
        )
    ),
    number!(
        Channels,
        channels.live_share,
        0.0,
        1.0,
        Percent,
        1.0,
        default 0.0,
        Text::new("Tickets by chat or phone", "Tickets per Chat oder Telefon"),
        Text::new(
            "Share of the tickets people handle that arrive live and wait in a queue. 0: email only. Typical with live chat: 20-50%.",
            "Anteil der Tickets für Menschen, die live ankommen und in einer Warteschlange warten. 0: nur E-Mail. Üblich mit Live-Chat: 20–50 %."
        )
    ),
    number!(
        Channels,
        channels.live_handle_seconds,
        10.0,
        7200.0,
        Seconds,
        10.0,
        default 600.0,
        Text::new("Live handle time", "Bearbeitungszeit live"),
        Text::new(
            "Seconds per chat or call, wrap-up included. Typical: chat 360-720, phone 240-480.",
            "Sekunden pro Chat oder Anruf, Nachbereitung eingeschlossen. Üblich: Chat 360–720, Telefon 240–480."
        )
    ),
    number!(
        Channels,
        channels.concurrency,
        1.0,
        5.0,
        AtOnce,
        1.0,
        default 1.0,
        Text::new("Chats at once", "Chats gleichzeitig"),
        Text::new(
            "Live contacts one person handles at a time (phone: 1). Each one more helps less: 2 at once do 1.7 times the work, 5 do 3.5.",
            "Live-Kontakte, die eine Person gleichzeitig betreut (Telefon: 1). Jeder weitere hilft weniger: 2 gleichzeitig schaffen das 1,7-Fache, 5 das 3,5-Fache."
        )
    ),
    number!(
        Channels,
        channels.service_level,
        0.01,
        0.999,
        Percent,
        1.0,
        default 0.8,
        Text::new("Service-level target", "Servicelevel-Ziel"),
        Text::new(
            "Share of live contacts answered within the time below. The common target: 80%.",
            "Anteil der Live-Kontakte, die innerhalb der Zeit darunter angenommen werden. Das übliche Ziel: 80 %."
        )
    ),
    number!(
        Channels,
        channels.answer_seconds,
        1.0,
        3600.0,
        Seconds,
        5.0,
        default 60.0,
        Text::new("Answered within", "Angenommen innerhalb"),
        Text::new(
            "The answer time of the target. Typical: 20 s on the phone, 30-60 s in chat.",
            "Die Annahmezeit des Ziels. Üblich: 20 s am Telefon, 30–60 s im Chat."
        )
    ),
    number!(
        Channels,
        channels.max_occupancy,
        0.1,
        1.0,
        Percent,
        1.0,
        default 0.85,
        Text::new("Highest occupancy", "Höchste Auslastung"),
        Text::new(
            "Share of their time people may spend on live contacts. Above 85-90% they burn out.",
            "Anteil ihrer Zeit, den Menschen mit Live-Kontakten verbringen dürfen. Über 85–90 % brennen sie aus."
        )
    ),
    number!(
        Channels,
        channels.peak_factor,
        1.0,
        10.0,
        TimesAverage,
        0.1,
        default 1.5,
        Text::new("Busiest hour", "Spitzenstunde"),
        Text::new(
            "Arrivals in the busiest covered hour over the average covered hour; staffing follows the peak. Typical: 1.3-2.",
            "Eingänge in der stärksten abgedeckten Stunde im Verhältnis zum Durchschnitt; die Besetzung folgt der Spitze. Üblich: 1,3–2."
        )
    ),
    Input {
        section: Section::Value,
        name: "enabled",
        label: Text::new("Count what fast answers are worth", "Wert schneller Antworten einrechnen"),
        help: Text::new(
            "Every card then shows the customers' value a fast first reply keeps, and its cost less that value.",
            "Jede Karte zeigt dann den Kundenwert, den eine schnelle erste Antwort hält, und ihre Kosten abzüglich dieses Werts.",
        ),
        kind: Kind::Switch {
            default: false,
            get: |s| s.value.enabled,
            set: |s, on| s.value.enabled = on,
        },
    },
    number!(
        Value,
        value.fast_response_hours,
        0.1,
        72.0,
        Hours,
        0.5,
        default 1.0,
        Text::new("A fast first reply is within", "Schnelle erste Antwort innerhalb"),
        Text::new(
            "Assumption: one hour, the premium response time the source articles price. Every card's fast-reply share uses it.",
            "Annahme: eine Stunde, die Premium-Antwortzeit der Quellartikel. Der Anteil schneller Antworten jeder Karte nutzt sie."
        )
    ),
    number!(
        Value,
        value.monthly_churn,
        0.0,
        1.0,
        Percent,
        0.5,
        default 0.03,
        Text::new("Monthly churn after contacting support", "Monatliche Abwanderung nach Supportkontakt"),
        Text::new(
            "Assumption: 3% of the customers who contacted support leave each month (SaaS benchmarks: 2-8%).",
            "Annahme: 3 % der Kunden mit Supportkontakt kündigen pro Monat (SaaS-Vergleichswerte: 2–8 %)."
        )
    ),
    number!(
        Value,
        value.fast_churn_cut,
        0.0,
        1.0,
        Percent,
        0.5,
        default 0.04,
        Text::new("Churn cut by a fast reply", "Weniger Abwanderung bei schneller Antwort"),
        Text::new(
            "Assumption: 4% less, as the source articles report for premium one-hour responses.",
            "Annahme: 4 % weniger, wie die Quellartikel für Premium-Antworten binnen einer Stunde berichten."
        )
    ),
    number!(
        Value,
        value.customer_lifetime_value,
        0.0,
        10_000_000.0,
        Money,
        10.0,
        default 600.0,
        Text::new("Customer lifetime value", "Kundenwert über die Laufzeit"),
        Text::new(
            "Assumption: 600, what a customer pays over their lifetime; yours is monthly revenue per customer ÷ monthly churn.",
            "Annahme: 600, was ein Kunde über die Laufzeit zahlt; Ihrer ist Monatsumsatz pro Kunde ÷ monatliche Abwanderung."
        )
    ),
    number!(
        Projection,
        projection.months,
        1.0,
        36.0,
        MonthCount,
        1.0,
        default 12.0,
        Text::new("Months ahead", "Monate voraus"),
        Text::new(
            "How far the projection looks: a hire or a platform contract usually commits you for 6-24 months.",
            "Wie weit die Projektion reicht: eine Einstellung oder ein Plattformvertrag bindet meist 6–24 Monate."
        )
    ),
    number!(
        Projection,
        projection.monthly_growth,
        -0.5,
        1.0,
        Percent,
        0.5,
        default 0.03,
        Text::new("Ticket growth a month", "Ticketwachstum pro Monat"),
        Text::new(
            "Tickets grow with customers: 1-5% a month is usual for a growing product; negative for a shrinking one.",
            "Tickets wachsen mit den Kunden: 1–5 % im Monat sind für ein wachsendes Produkt üblich; negativ für ein schrumpfendes."
        )
    ),
    Input {
        section: Section::Projection,
        name: "spikes",
        label: Text::new("Launch spikes", "Spitzen durch Launches"),
        help: Text::new(
            "Months with more (or fewer) tickets than the trend: a launch, a sale, a holiday. The month's volume is multiplied.",
            "Monate mit mehr (oder weniger) Tickets als der Trend: ein Launch, ein Sale, Urlaubszeit. Das Volumen des Monats wird multipliziert.",
        ),
        kind: Kind::Spikes,
    },
    Input {
        section: Section::Uncertainty,
        name: "enabled",
        label: Text::new("Simulate what you don't know", "Unsicherheit simulieren"),
        help: Text::new(
            "Give a low and a high value for the inputs you are unsure of; many draws then show how sure the answer is.",
            "Geben Sie für unsichere Eingaben einen niedrigen und einen hohen Wert an; viele Ziehungen zeigen dann, wie sicher die Antwort ist.",
        ),
        kind: Kind::Switch {
            default: false,
            get: |s| s.uncertainty.enabled,
            set: |s, on| s.uncertainty.enabled = on,
        },
    },
    Input {
        section: Section::Uncertainty,
        name: "ranges",
        label: Text::new("Ranges", "Spannen"),
        help: Text::new(
            "Low and high around the scenario's value, which is the likeliest; leave both empty for an input you know.",
            "Niedrig und hoch um den Wert des Szenarios, der am wahrscheinlichsten ist; beide leer lassen für eine bekannte Eingabe.",
        ),
        kind: Kind::Ranges,
    },
    number!(
        Uncertainty,
        uncertainty.draws,
        100.0,
        100_000.0,
        Draws,
        1000.0,
        default 10_000.0,
        Text::new("Draws", "Ziehungen"),
        Text::new(
            "Scenarios drawn from the ranges. 10,000 give chances to within about one percentage point.",
            "Aus den Spannen gezogene Szenarien. 10.000 ergeben Wahrscheinlichkeiten auf etwa einen Prozentpunkt genau."
        )
    ),
    number!(
        Uncertainty,
        uncertainty.seed,
        0.0,
        4_294_967_295.0,
        Seed,
        1.0,
        default 1.0,
        Text::new("Seed", "Startwert"),
        Text::new(
            "The same seed gives the same draws everywhere, so a shared scenario shows the same chances.",
            "Derselbe Startwert ergibt überall dieselben Ziehungen, sodass ein geteiltes Szenario dieselben Wahrscheinlichkeiten zeigt."
        )
    ),
    choice!(
        Chart,
        x,
        chart.x: XAxis,
        default "tickets_per_month",
        Text::new("Chart along", "Diagramm entlang"),
        Text::new(
            "The input the break-even chart runs along.",
            "Die Eingabe, entlang der das Break-even-Diagramm verläuft."
        )
    ),
    Input {
        section: Section::Chart,
        name: "max",
        label: Text::new("Chart up to", "Diagramm bis"),
        help: Text::new(
            "The largest value on the chart's axis; it always includes the scenario's own value.",
            "Der größte Wert auf der Achse des Diagramms; er schließt den Wert des Szenarios immer ein.",
        ),
        kind: Kind::AxisMax {
            default: 2000.0,
            get: |s| s.chart.max,
            set: |s, v| s.chart.max = v,
        },
    },
];

impl XAxis {
    /// The values the chart's axis maximum takes along this axis, with the axis variable's unit.
    pub fn max_range(self) -> Range {
        let (unit, step) = match self {
            XAxis::TicketsPerMonth => (Unit::Tickets, 100.0),
            XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate => (Unit::Percent, 5.0),
            XAxis::RepliesPerTicket => (Unit::Replies, 1.0),
            XAxis::FounderHourly | XAxis::ContractorHourlyRate => (Unit::MoneyPerHour, 10.0),
        };
        Range {
            min: self.smallest_max(),
            max: self.max_limit(),
            step,
            unit,
        }
    }
}

/// Looks an input up by section and name.
pub fn input(section: Section, name: &str) -> Option<&'static Input> {
    INPUTS
        .iter()
        .find(|i| i.section == section && i.name == name)
}

/// Looks an input up by its JSON path.
pub fn input_at(path: &str) -> Option<&'static Input> {
    let (section, name) = match path.split_once('.') {
        Some((section, name)) => (Section::from_key(section)?, name),
        None => (Section::Scenario, path),
    };
    input(section, name)
}

/// Every input that takes a number (a number or an option's own value) with its range, in interface
/// order.
pub fn figures() -> impl Iterator<Item = (&'static Input, Range)> {
    INPUTS.iter().filter_map(|i| i.range().map(|r| (i, r)))
}

/// Every numeric input with its number description, in interface order.
pub fn numbers() -> impl Iterator<Item = (&'static Input, &'static NumberField)> {
    INPUTS.iter().filter_map(|i| i.number().map(|n| (i, n)))
}

/// The switch that includes option `id` in the comparison.
pub fn switch_of(id: OptionId) -> &'static Input {
    let section = Section::ALL
        .into_iter()
        .find(|s| s.option() == Some(id))
        .unwrap_or(Section::Diy);
    // Every option's section has its switch (a test checks it).
    input(section, "enabled").unwrap_or(&INPUTS[0])
}

/// A scenario with every input at its default.
pub fn defaults() -> Scenario {
    let mut s = Scenario::blank();
    for input in INPUTS {
        input.set_default(&mut s);
    }
    s
}

// --- the rows of a list ------------------------------------------------------------------------------

/// How one field of a row is read and written.
pub enum RowKind<R: 'static> {
    Name {
        max_chars: usize,
        get: fn(&R) -> &str,
        set: fn(&mut R, String),
    },
    Number {
        range: Range,
        get: fn(&R) -> f64,
        set: fn(&mut R, f64),
    },
    /// A number that may be absent (JSON null or missing): "none".
    Optional {
        range: Range,
        get: fn(&R) -> Option<f64>,
        set: fn(&mut R, Option<f64>),
    },
}

/// One field of a list's row.
pub struct RowField<R: 'static> {
    pub name: &'static str,
    pub label: Text,
    pub help: Text,
    pub kind: RowKind<R>,
}

impl<R> RowField<R> {
    pub fn range(&self) -> Option<Range> {
        match &self.kind {
            RowKind::Number { range, .. } | RowKind::Optional { range, .. } => Some(*range),
            RowKind::Name { .. } => None,
        }
    }

    /// The field's value as a number, where it is one (`None`: not a number, or absent).
    pub fn value(&self, row: &R) -> Option<f64> {
        match &self.kind {
            RowKind::Number { get, .. } => Some(get(row)),
            RowKind::Optional { get, .. } => get(row),
            RowKind::Name { .. } => None,
        }
    }
}

/// At most this many plans.
pub const MAX_PLANS: usize = 20;
/// Longest plan name.
pub const PLAN_NAME_MAX_CHARS: usize = 60;

macro_rules! row_number {
    ($kind:ident, $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr, $label:expr,
     $help:expr) => {
        RowField {
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: RowKind::$kind {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                get: |p| p.$name,
                set: |p, v| p.$name = v,
            },
        }
    };
}

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

/// The path of field `field` of plan `index`: `platform.plans[2].monthly_fee`.
pub fn plan_path(index: usize, field: &str) -> String {
    format!("platform.plans[{index}].{field}")
}

/// A plan's field named in a list: "Plan 3: Monthly fee".
pub fn plan_field_label(index: usize, field: &RowField<Plan>, l: Lang) -> String {
    format!(
        "{} {}: {}",
        l.pick("Plan", "Tarif"),
        index + 1,
        field.label.get(l)
    )
}

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

/// The path of field `field` of spike `index`: `projection.spikes[0].month`.
pub fn spike_path(index: usize, field: &str) -> String {
    format!("projection.spikes[{index}].{field}")
}

/// The path of one end of a range: `uncertainty.ranges.workload.tickets_per_month.low`.
pub fn range_path(input: &str, end: &str) -> String {
    format!("uncertainty.ranges.{input}.{end}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::{decode, encode};
    use crate::model::validate::validate;
    use std::collections::HashSet;

    fn words_in_both(what: &str, t: Text) {
        assert!(
            !t.en.trim().is_empty() && !t.de.trim().is_empty(),
            "{what} lacks a text in English or German: {t:?}"
        );
    }

    /// A value inside the range that is neither end nor the default, to see it come back.
    fn probe(range: Range, default: f64) -> f64 {
        let v = range.min + (range.max - range.min) * 0.37;
        let v = if range.unit.is_percent() {
            (v * 100.0).round() / 100.0
        } else {
            v.round()
        };
        if v == default || !range.contains(v) {
            range.min + (range.max - range.min) * 0.5
        } else {
            v
        }
    }

    fn round_trip(s: &Scenario) -> Scenario {
        decode(&encode(s)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_input_is_fully_described_and_survives_a_round_trip() {
        let mut paths = HashSet::new();
        for input in INPUTS {
            let path = input.path();
            assert!(paths.insert(path.clone()), "{path} is described twice");
            words_in_both(&format!("{path} label"), input.label);
            words_in_both(&format!("{path} help"), input.help);
            assert_eq!(input_at(&path).map(Input::path), Some(path.clone()));
            let mut s = Scenario::default();
            match &input.kind {
                Kind::Number(n) => {
                    let r = n.range;
                    assert!(r.min < r.max && r.step > 0.0, "{path}: range {r:?}");
                    assert!(
                        r.contains(n.default),
                        "{path}: default {} outside",
                        n.default
                    );
                    assert_eq!((n.get)(&s), n.default, "{path}: default not applied");
                    let v = probe(r, n.default);
                    (n.set)(&mut s, v);
                    assert_eq!((n.get)(&round_trip(&s)), v, "{path}");
                }
                Kind::Own(o) => {
                    let r = o.range;
                    assert!(r.min < r.max && r.step > 0.0, "{path}: range {r:?}");
                    assert_eq!((o.get)(&s), None, "{path}: an own value starts unset");
                    assert!(
                        r.contains((o.follows)(&s)),
                        "{path}: follows a value outside"
                    );
                    let v = probe(r, (o.follows)(&s));
                    (o.set)(&mut s, Some(v));
                    assert_eq!((o.get)(&round_trip(&s)), Some(v), "{path}");
                }
                Kind::AxisMax { default, get, set } => {
                    assert_eq!(get(&s), *default);
                    set(&mut s, 750.0);
                    assert_eq!(get(&round_trip(&s)), 750.0, "{path}");
                }
                Kind::Switch { default, get, set } => {
                    assert_eq!(get(&s), *default, "{path}: default not applied");
                    set(&mut s, !default);
                    assert_eq!(get(&round_trip(&s)), !default, "{path}");
                }
                Kind::Choice(c) => {
                    assert_eq!((c.get)(&s), c.default, "{path}: default not applied");
                    let options = (c.options)();
                    assert!(options.len() >= 2, "{path} offers no choice");
                    for (key, name) in options {
                        words_in_both(&format!("{path} = {key}"), name);
                        assert!((c.set)(&mut s, key), "{path}: {key} refused");
                        // The axis maximum's range is the axis's own.
                        s.chart.max = s.chart.x.default_max(&s);
                        assert_eq!((c.get)(&round_trip(&s)), key, "{path}");
                    }
                    assert!(!(c.set)(&mut s, "no such value"));
                }
                Kind::Text(t) => {
                    assert_eq!((t.get)(&s), t.default, "{path}: default not applied");
                    let v = match t.rule {
                        TextRule::Name { .. } => "Quarterly review",
                        TextRule::Currency => "CHF",
                        TextRule::Locale => "de",
                    };
                    (t.set)(&mut s, v.to_string());
                    assert_eq!((t.get)(&round_trip(&s)), v, "{path}");
                }
                Kind::Plans => {
                    let mut plan = Plan::default();
                    for f in PLAN_FIELDS {
                        words_in_both(&format!("plan {} label", f.name), f.label);
                        words_in_both(&format!("plan {} help", f.name), f.help);
                        match &f.kind {
                            RowKind::Name { set, .. } => set(&mut plan, "Team".into()),
                            RowKind::Number { range, set, .. } => {
                                assert!(range.min < range.max, "plan {}", f.name);
                                set(&mut plan, probe(*range, -1.0));
                            }
                            RowKind::Optional { range, set, .. } => {
                                assert!(range.min < range.max, "plan {}", f.name);
                                set(&mut plan, Some(probe(*range, -1.0)));
                            }
                        }
                    }
                    s.platform.plans = vec![plan];
                    assert_eq!(round_trip(&s).platform.plans, s.platform.plans, "{path}");
                }
                Kind::Spikes => {
                    for f in SPIKE_FIELDS {
                        words_in_both(&format!("spike {} label", f.name), f.label);
                        words_in_both(&format!("spike {} help", f.name), f.help);
                    }
                    s.projection.months = 24.0;
                    s.projection.spikes = vec![
                        Spike {
                            month: 3.0,
                            multiplier: 2.5,
                        },
                        Spike {
                            month: 24.0,
                            multiplier: 0.0,
                        },
                    ];
                    assert_eq!(round_trip(&s).projection, s.projection, "{path}");
                }
                Kind::Ranges => {
                    for u in crate::model::scenario::Uncertain::ALL {
                        let v = u.value(&s);
                        s.uncertainty.ranges.set(
                            u,
                            Some(Bounds {
                                low: v * 0.5,
                                high: v,
                            }),
                        );
                    }
                    assert_eq!(round_trip(&s).uncertainty, s.uncertainty, "{path}");
                }
            }
            assert_eq!(validate(&s), vec![], "{path}: the probe value is invalid");
        }
    }

    #[test]
    fn every_value_a_scenario_writes_is_an_input_and_every_section_has_words() {
        let json: serde_json::Value = serde_json::from_str(&encode(&Scenario::default())).unwrap();
        for (key, value) in json.as_object().unwrap() {
            match (key.as_str(), Section::from_key(key)) {
                ("version", _) => {}
                (_, Some(section)) => {
                    for name in value.as_object().unwrap().keys() {
                        assert!(
                            input(section, name).is_some(),
                            "{key}.{name} is not described"
                        );
                    }
                }
                (_, None) => assert!(input(Section::Scenario, key).is_some(), "{key}"),
            }
        }
        for section in Section::ALL {
            words_in_both(&format!("section {section:?}"), section.title());
            assert!(
                section.inputs().next().is_some(),
                "{section:?} has no inputs"
            );
        }
        for id in OptionId::ALL {
            assert_eq!(switch_of(id).section.option(), Some(id));
        }
    }

    #[test]
    fn the_defaults_are_those_of_spec_section_4() {
        let spec = include_str!("../../tests/fixtures/spec_example_v1.json");
        assert_eq!(decode(spec), Ok(Scenario::spec_example()));
        assert_eq!(validate(&Scenario::default()), vec![]);
    }
}
