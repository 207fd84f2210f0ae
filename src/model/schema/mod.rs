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
//!
//! The types are here, the description itself in `inputs` (the scenario's inputs) and `rows` (the
//! fields of a list's rows), written with the macros of `macros`.

use crate::format;
use crate::i18n::{Lang, Text};

use super::scenario::{
    AtCap, BillingUnit, Bounds, LiveBilling, OptionId, Plan, Pricing, Ranges, Scenario, Spike,
    XAxis,
};

#[macro_use]
mod macros;
mod inputs;
mod rows;
mod sources;

pub use inputs::INPUTS;
pub use rows::{
    BOUNDS_FIELDS, MAX_PLANS, MAX_SPIKES, PLAN_FIELDS, PLAN_NAME_MAX_CHARS, SPIKE_FIELDS,
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
    /// Any text of at most `max_chars` characters, empty too, kept as typed (SPEC 4.1).
    Free { max_chars: usize },
}

pub struct TextField {
    pub rule: TextRule,
    pub default: &'static str,
    pub get: fn(&Scenario) -> &str,
    pub set: fn(&mut Scenario, String),
}

/// A number that may be left unset: absent or null in the JSON. An option's own value of a workload
/// input then follows the workload's ("same as workload", SPEC 3.8); the AI's monthly cap is then no
/// cap at all (SPEC 3.9).
pub struct OptionalField {
    pub range: Range,
    /// What applies while the number is not set.
    pub unset: Unset,
    pub get: fn(&Scenario) -> Option<f64>,
    pub set: fn(&mut Scenario, Option<f64>),
}

/// What an optional number means while it is not set.
pub enum Unset {
    /// Another input's value applies.
    Follows(fn(&Scenario) -> f64),
    /// Nothing applies: the words say what that means ("No cap").
    Means(Text),
}

impl OptionalField {
    /// The other input's value that applies while this one is not set, if any.
    pub fn follows(&self, s: &Scenario) -> Option<f64> {
        match self.unset {
            Unset::Follows(f) => Some(f(s)),
            Unset::Means(_) => None,
        }
    }
}

pub enum Kind {
    Number(NumberField),
    /// A number that may be left unset (an option's own value of a workload input, the AI's cap).
    Optional(OptionalField),
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
    /// The months read from a helpdesk export (SPEC 8): a list of `history::Month`.
    History,
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

    /// Where the input's default comes from, when it stands for a fact of the market (SPEC 10).
    pub fn source(&self) -> Option<Text> {
        sources::source(self.section, self.name)
    }

    /// The help line an input shows: its help, then its source ("Source: ...").
    pub fn help_line(&self, l: Lang) -> String {
        match self.source() {
            Some(source) => format!(
                "{} {}: {}.",
                self.help.get(l),
                l.pick("Source", "Quelle"),
                source.get(l)
            ),
            None => self.help.get(l).to_string(),
        }
    }

    /// The `data-testid` of the input, e.g. `input-workload-tickets_per_month`.
    pub fn test_id(&self) -> String {
        match self.section {
            // The scenario's own fields: `input-notes` (SPEC 4.1).
            Section::Scenario => format!("input-{}", self.name),
            section => format!("input-{}-{}", section.key(), self.name),
        }
    }

    /// The element id of the input, e.g. `f-workload-tickets_per_month`.
    pub fn element_id(&self) -> String {
        format!("f-{}-{}", self.section.key(), self.name)
    }

    /// The number's range, for a number or an option's own value.
    pub fn range(&self) -> Option<Range> {
        match &self.kind {
            Kind::Number(n) => Some(n.range),
            Kind::Optional(o) => Some(o.range),
            _ => None,
        }
    }

    /// The value a number input works at, and whether it is set: an option's own value not set works
    /// at the workload's. `None` for inputs that are not numbers, and for an unset number that follows
    /// nothing (no cap).
    pub fn figure(&self, s: &Scenario) -> Option<(f64, bool)> {
        match &self.kind {
            Kind::Number(n) => Some(((n.get)(s), true)),
            Kind::Optional(o) => match (o.get)(s) {
                Some(v) => Some((v, true)),
                None => o.follows(s).map(|v| (v, false)),
            },
            _ => None,
        }
    }

    /// What an optional number means while it is not set, when it follows nothing ("No cap").
    pub fn unset_words(&self) -> Option<Text> {
        match &self.kind {
            Kind::Optional(OptionalField {
                unset: Unset::Means(words),
                ..
            }) => Some(*words),
            _ => None,
        }
    }

    /// Whether another input bounds this one's range (`range_in`): its field's limits follow the
    /// scenario.
    pub fn bounded_by_others(&self) -> bool {
        matches!(
            (self.section, self.name),
            (Section::Ai, "monthly_cap" | "monthly_fee")
        )
    }

    /// The number's range in scenario `s`: its own, narrowed where another input bounds it (the AI's
    /// monthly cap is at least its monthly fee, SPEC 3.9, so the fee is at most a set cap).
    pub fn range_in(&self, s: &Scenario) -> Option<Range> {
        let range = self.range()?;
        Some(match (self.section, self.name) {
            (Section::Ai, "monthly_cap") => Range {
                min: s.ai.monthly_fee,
                ..range
            },
            (Section::Ai, "monthly_fee") => Range {
                max: s.ai.monthly_cap.map_or(range.max, |cap| cap.min(range.max)),
                ..range
            },
            _ => range,
        })
    }

    /// Whether the input is an option's main price, open on a first visit (SPEC 7); the option's other
    /// inputs are its details, closed at first. The platform's plans are edited in its details; its
    /// panel lists them in one line each (`ui::plans::PlanSummary`).
    pub fn is_main(&self) -> bool {
        matches!(
            (self.section, self.name),
            (Section::Employee, "monthly_salary")
                | (Section::Contractor, "hourly_rate")
                | (Section::Platform, "billing_unit")
                | (Section::AllHands, "team_size" | "team_hourly")
        )
    }

    /// The input's value with its unit, as a one-line summary of a closed panel writes it ("Shrinkage
    /// 30%"); `None` for what is not a number or a choice.
    pub fn shown(&self, s: &Scenario, l: Lang) -> Option<String> {
        let value = match &self.kind {
            Kind::Choice(c) => {
                let key = (c.get)(s);
                let (_, name) = (c.options)().into_iter().find(|(k, _)| *k == key)?;
                name.get(l).to_string()
            }
            Kind::Number(n) => {
                n.range
                    .unit
                    .show((n.get)(s), &s.currency, Some(s.platform.billing_unit), l)
            }
            Kind::Optional(o) => match (o.get)(s) {
                Some(v) => o
                    .range
                    .unit
                    .show(v, &s.currency, Some(s.platform.billing_unit), l),
                None => return None,
            },
            _ => return None,
        };
        Some(format!("{} {value}", self.label.get(l)))
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
            (Section::Platform, _) if self.name == "live_billing" => {
                s.platform.enabled && s.channels.live_share > 0.0
            }
            (Section::Platform, _) if self.name == "live_hourly" => {
                s.platform.enabled
                    && s.channels.live_share > 0.0
                    && s.platform.live_billing == LiveBilling::PerAgentHour
            }
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
            Kind::Optional(o) => (o.set)(s, None),
            Kind::AxisMax { default, set, .. } => set(s, *default),
            Kind::Switch { default, set, .. } => set(s, *default),
            Kind::Choice(c) => {
                (c.set)(s, c.default);
            }
            Kind::Text(t) => (t.set)(s, t.default.to_string()),
            Kind::Plans => s.platform.plans = Plan::examples(),
            Kind::Spikes => s.projection.spikes = Vec::new(),
            Kind::Ranges => s.uncertainty.ranges = Ranges::default(),
            Kind::History => s.history = Vec::new(),
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

/// Longest scenario name.
pub const NAME_MAX_CHARS: usize = 80;

/// Longest consultant's notes (SPEC 4.1).
pub const NOTES_MAX_CHARS: usize = 4000;

/// Longest "prepared for" and "prepared by" (SPEC 4.1).
pub const PREPARED_MAX_CHARS: usize = 120;
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
            if let Some(source) = input.source() {
                words_in_both(&format!("{path} source"), source);
            }
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
                Kind::Optional(o) => {
                    let r = o.range;
                    assert!(r.min < r.max && r.step > 0.0, "{path}: range {r:?}");
                    assert_eq!((o.get)(&s), None, "{path}: an optional value starts unset");
                    let follows = match &o.unset {
                        Unset::Follows(f) => f(&s),
                        Unset::Means(words) => {
                            words_in_both(&format!("{path} unset"), *words);
                            r.min
                        }
                    };
                    assert!(r.contains(follows), "{path}: follows a value outside");
                    let v = probe(r, follows);
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
                        TextRule::Free { .. } => "<b>Q3</b> for Acme & Co.\n  second line ",
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
                Kind::History => {
                    use crate::model::history::{Month, YearMonth};
                    s.history = vec![
                        Month {
                            replies_per_ticket: Some(2.25),
                            first_reply_hours: None,
                            partial: true,
                            ..Month::new(YearMonth::new(2025, 12).unwrap(), 41.0)
                        },
                        Month {
                            first_reply_hours: Some(3.5),
                            ..Month::new(YearMonth::new(2026, 1).unwrap(), 0.0)
                        },
                    ];
                    assert_eq!(round_trip(&s).history, s.history, "{path}");
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
        let spec = include_str!("../../../tests/fixtures/spec_example_v1.json");
        assert_eq!(decode(spec), Ok(Scenario::spec_example()));
        assert_eq!(validate(&Scenario::default()), vec![]);
    }
}
