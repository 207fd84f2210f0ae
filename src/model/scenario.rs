//! The scenario: every input of the model, in the JSON form of SPEC section 4 (version 2: the AI front
//! line, everyone helps and each option's own tier 1 of SPEC 3.6-3.8; version 3: coverage, live
//! channels and what fast answers are worth, SPEC 5; version 4: the months ahead and what you don't
//! know, SPEC 6; version 5: a platform's live channels, SPEC 5.2; version 6: the AI bill as 2026 vendors
//! write it, SPEC 3.9; version 7: a consultant's notes and who the scenario is for, SPEC 4.1; version 8:
//! the monthly history read from a helpdesk export, SPEC 8).
//!
//! Missing fields take their defaults, so a partial scenario is a valid request; unknown fields are
//! rejected so that a misspelt field is reported instead of silently ignored (`codec` reads it).

use serde::Serialize;

use super::history::Month;
use super::schema::Named;
use crate::i18n::Text;

/// The format version this release writes. Older versions are migrated on decode.
pub const FORMAT_VERSION: u32 = 8;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub version: u32,
    pub name: String,
    pub currency: String,
    pub locale: String,
    /// A consultant's notes, kept as typed and shown as text, never as markup (SPEC 4.1).
    pub notes: String,
    /// The client the scenario is prepared for.
    pub prepared_for: String,
    /// Who prepared it.
    pub prepared_by: String,
    pub workload: Workload,
    pub rates: Rates,
    pub diy: Diy,
    pub employee: Employee,
    pub contractor: Contractor,
    pub platform: Platform,
    pub all_hands: AllHands,
    pub ai: Ai,
    pub coverage: Coverage,
    pub channels: Channels,
    pub value: Worth,
    pub projection: Projection,
    pub uncertainty: Uncertainty,
    /// The months read from a helpdesk export, oldest first (SPEC 8); empty when none was read.
    pub history: Vec<Month>,
    pub chart: Chart,
    /// The option savings are measured against.
    pub baseline: OptionId,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Workload {
    pub tickets_per_month: f64,
    pub self_service_deflection: f64,
    pub replies_per_ticket: f64,
    pub minutes_per_reply: f64,
    pub tier1_resolution_rate: f64,
    pub escalation_minutes: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Rates {
    pub founder_hourly: f64,
    pub developer_hourly: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diy {
    pub enabled: bool,
    /// The founder's own support hours a week (SPEC 5.1).
    pub cover_hours_per_week: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Employee {
    pub enabled: bool,
    pub monthly_salary: f64,
    pub loaded_multiplier: f64,
    pub paid_hours_per_month: f64,
    pub shrinkage: f64,
    pub fte_step: f64,
    pub min_fte: f64,
    pub tooling_per_seat: f64,
    pub oversight_hours: f64,
    /// One-off cost of every seat added, in the projection (SPEC 6.1).
    pub hiring_cost: f64,
    /// This option's own tier-1 resolution rate; `None`: the workload's (SPEC 3.8).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier1_resolution_rate: Option<f64>,
    /// This option's own minutes per reply; `None`: the workload's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes_per_reply: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Contractor {
    pub enabled: bool,
    pub hourly_rate: f64,
    pub minimum_hours: f64,
    pub billing_increment_minutes: f64,
    pub oversight_hours: f64,
    /// Founder hours in the projection's first month (SPEC 6.1).
    pub onboarding_hours: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier1_resolution_rate: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes_per_reply: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Platform {
    pub enabled: bool,
    pub billing_unit: BillingUnit,
    pub setup_fee: f64,
    pub setup_months: f64,
    pub oversight_hours: f64,
    pub plans: Vec<Plan>,
    /// The hours a week the platform's plan covers (SPEC 5.1).
    pub coverage_hours_per_week: f64,
    /// How the platform bills live chat and phone (SPEC 5.2, version 5).
    pub live_billing: LiveBilling,
    /// What an hour of a live agent costs, with `LiveBilling::PerAgentHour`.
    pub live_hourly: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier1_resolution_rate: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes_per_reply: Option<f64>,
}

/// Everyone on the team takes support shifts (SPEC 3.7).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AllHands {
    pub enabled: bool,
    pub team_size: f64,
    pub team_hourly: f64,
    pub paid_hours_per_month: f64,
    pub max_share: f64,
    pub speed_factor: f64,
    pub coordination_hours: f64,
    /// Hours per person in the projection's first month, at `team_hourly` (SPEC 6.1).
    pub training_hours: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier1_resolution_rate: Option<f64>,
}

/// An AI agent that answers tickets before any person does (SPEC 3.6).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Ai {
    pub enabled: bool,
    pub involvement: f64,
    pub resolution_rate: f64,
    pub reopen_rate: f64,
    pub pricing: Pricing,
    pub price_per_unit: f64,
    pub monthly_fee: f64,
    pub included_units: f64,
    pub handoff_minutes: f64,
    pub upkeep_hours: f64,
    /// Founder hours in the projection's first month while the AI is on (SPEC 6.1).
    pub setup_hours: f64,
    /// The most the AI may bill in a month, fee and units (SPEC 3.9); `None`: no cap.
    pub monthly_cap: Option<f64>,
    /// What happens once the bill reaches the cap.
    pub at_cap: AtCap,
    /// With `per_resolution`, a conversation handed to a person is billed too.
    pub handoffs_billed: bool,
    /// What each billed resolution also costs elsewhere (a paid helpdesk ticket).
    pub extra_per_resolution: f64,
    /// How much longer each reply takes on the tickets people still answer, u.
    pub human_minutes_uplift: f64,
}

/// The hours someone promises to be there (SPEC 5.1).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Coverage {
    /// Covered hours a week, W.
    pub hours_per_week: f64,
    /// People on support in every covered hour, n (0: no promise).
    pub agents_on_shift: f64,
}

/// Live chat and phone, staffed by Erlang C (SPEC 5.2).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Channels {
    /// Share of the tickets people handle that arrive live, l.
    pub live_share: f64,
    pub live_handle_seconds: f64,
    /// Live contacts one person handles at once (1 to 5).
    pub concurrency: f64,
    pub service_level: f64,
    pub answer_seconds: f64,
    pub max_occupancy: f64,
    /// Arrivals in the busiest covered hour over the covered-hour average.
    pub peak_factor: f64,
}

/// What fast first replies are worth in customers kept (SPEC 5.3).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Worth {
    pub enabled: bool,
    /// A first reply within this many hours is fast.
    pub fast_response_hours: f64,
    pub monthly_churn: f64,
    pub fast_churn_cut: f64,
    pub customer_lifetime_value: f64,
}

/// The months ahead (SPEC 6.1).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Projection {
    /// Months projected, H (whole, 1 to 36).
    pub months: f64,
    /// Growth of the ticket volume from one month to the next, g.
    pub monthly_growth: f64,
    /// Months whose volume is a multiple of the trend's (a launch, a sale).
    pub spikes: Vec<Spike>,
}

/// One month's volume multiplied (SPEC 6.1).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Spike {
    /// The month, 1-based (whole).
    pub month: f64,
    pub multiplier: f64,
}

/// What you don't know: ranges for some inputs and a seeded Monte Carlo over them (SPEC 6.2).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Uncertainty {
    pub enabled: bool,
    /// Draws (whole, 100 to 100,000).
    pub draws: f64,
    /// The generator's seed (whole, 0 to 4,294,967,295).
    pub seed: f64,
    pub ranges: Ranges,
}

/// The inputs a range can be given for (SPEC 6.2), in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Uncertain {
    Tickets,
    Replies,
    Minutes,
    Tier1Resolution,
    EscalationMinutes,
    AiResolution,
}

impl Uncertain {
    pub const ALL: [Uncertain; 6] = [
        Uncertain::Tickets,
        Uncertain::Replies,
        Uncertain::Minutes,
        Uncertain::Tier1Resolution,
        Uncertain::EscalationMinutes,
        Uncertain::AiResolution,
    ];

    /// The input's JSON path, the range's key.
    pub fn path(self) -> &'static str {
        match self {
            Uncertain::Tickets => "workload.tickets_per_month",
            Uncertain::Replies => "workload.replies_per_ticket",
            Uncertain::Minutes => "workload.minutes_per_reply",
            Uncertain::Tier1Resolution => "workload.tier1_resolution_rate",
            Uncertain::EscalationMinutes => "workload.escalation_minutes",
            Uncertain::AiResolution => "ai.resolution_rate",
        }
    }

    pub fn from_path(path: &str) -> Option<Uncertain> {
        Uncertain::ALL.into_iter().find(|u| u.path() == path)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The scenario's value of the input: the likely one.
    pub fn value(self, s: &Scenario) -> f64 {
        match self {
            Uncertain::Tickets => s.workload.tickets_per_month,
            Uncertain::Replies => s.workload.replies_per_ticket,
            Uncertain::Minutes => s.workload.minutes_per_reply,
            Uncertain::Tier1Resolution => s.workload.tier1_resolution_rate,
            Uncertain::EscalationMinutes => s.workload.escalation_minutes,
            Uncertain::AiResolution => s.ai.resolution_rate,
        }
    }

    pub fn set(self, s: &mut Scenario, v: f64) {
        match self {
            Uncertain::Tickets => s.workload.tickets_per_month = v,
            Uncertain::Replies => s.workload.replies_per_ticket = v,
            Uncertain::Minutes => s.workload.minutes_per_reply = v,
            Uncertain::Tier1Resolution => s.workload.tier1_resolution_rate = v,
            Uncertain::EscalationMinutes => s.workload.escalation_minutes = v,
            Uncertain::AiResolution => s.ai.resolution_rate = v,
        }
    }
}

/// A low and a high value around the scenario's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Bounds {
    pub low: f64,
    pub high: f64,
}

/// The ranges set, one place per `Uncertain` input; written as an object keyed by input path.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Ranges(pub [Option<Bounds>; 6]);

impl Ranges {
    pub fn get(&self, u: Uncertain) -> Option<Bounds> {
        self.0[u.index()]
    }

    pub fn set(&mut self, u: Uncertain, b: Option<Bounds>) {
        self.0[u.index()] = b;
    }

    /// The ranges set, in report order.
    pub fn iter(&self) -> impl Iterator<Item = (Uncertain, Bounds)> + '_ {
        Uncertain::ALL
            .into_iter()
            .filter_map(|u| self.get(u).map(|b| (u, b)))
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl Serialize for Ranges {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for (u, b) in self.iter() {
            map.serialize_entry(u.path(), &b)?;
        }
        map.end()
    }
}

/// How a platform bills its live channels (SPEC 5.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveBilling {
    /// Live agents billed by the hour, as outsourcers staff chat and phone.
    #[default]
    PerAgentHour,
    /// Live tickets billed like any other unit (what a scenario of version 4 or older meant).
    PerUnit,
    /// The platform takes no live contacts: unavailable with a live channel.
    NotOffered,
}

impl LiveBilling {
    pub const ALL: [LiveBilling; 3] = [
        LiveBilling::PerAgentHour,
        LiveBilling::PerUnit,
        LiveBilling::NotOffered,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LiveBilling::PerAgentHour => "per_agent_hour",
            LiveBilling::PerUnit => "per_unit",
            LiveBilling::NotOffered => "not_offered",
        }
    }

    pub fn from_key(key: &str) -> Option<LiveBilling> {
        LiveBilling::ALL.into_iter().find(|b| b.key() == key)
    }

    pub fn name(self) -> Text {
        match self {
            LiveBilling::PerAgentHour => {
                Text::new("Per live agent hour", "Pro Stunde im Live-Kanal")
            }
            LiveBilling::PerUnit => Text::new(
                "Like any other ticket, per unit",
                "Wie jedes andere Ticket, pro Einheit",
            ),
            LiveBilling::NotOffered => Text::new("Not offered", "Nicht angeboten"),
        }
    }
}

/// What an AI vendor does once its bill reaches the monthly cap (SPEC 3.9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AtCap {
    /// The AI stops taking conversations; the rest go straight to people.
    #[default]
    Pause,
    /// It goes on, billed past the cap.
    Overage,
}

impl AtCap {
    pub const ALL: [AtCap; 2] = [AtCap::Pause, AtCap::Overage];

    pub fn key(self) -> &'static str {
        match self {
            AtCap::Pause => "pause",
            AtCap::Overage => "overage",
        }
    }

    pub fn from_key(key: &str) -> Option<AtCap> {
        AtCap::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn name(self) -> Text {
        match self {
            AtCap::Pause => Text::new(
                "It pauses; the rest go to people",
                "Sie pausiert; der Rest geht an Menschen",
            ),
            AtCap::Overage => Text::new(
                "It goes on, billed past the cap",
                "Sie macht weiter, über die Obergrenze hinaus abgerechnet",
            ),
        }
    }
}

/// What an AI vendor bills.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pricing {
    #[default]
    PerResolution,
    PerConversation,
}

impl Pricing {
    pub const ALL: [Pricing; 2] = [Pricing::PerResolution, Pricing::PerConversation];

    pub fn key(self) -> &'static str {
        match self {
            Pricing::PerResolution => "per_resolution",
            Pricing::PerConversation => "per_conversation",
        }
    }

    pub fn from_key(key: &str) -> Option<Pricing> {
        Pricing::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn name(self) -> Text {
        match self {
            Pricing::PerResolution => Text::new("Per resolution", "Pro Lösung"),
            Pricing::PerConversation => Text::new("Per conversation", "Pro Konversation"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Plan {
    pub name: String,
    pub monthly_fee: f64,
    pub included_units: f64,
    /// `None`: the plan cannot be exceeded.
    pub overage_per_unit: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingUnit {
    #[default]
    Reply,
    Ticket,
    ResolvedTicket,
}

impl BillingUnit {
    pub const ALL: [BillingUnit; 3] = [
        BillingUnit::Reply,
        BillingUnit::Ticket,
        BillingUnit::ResolvedTicket,
    ];

    /// The JSON name.
    pub fn key(self) -> &'static str {
        match self {
            BillingUnit::Reply => "reply",
            BillingUnit::Ticket => "ticket",
            BillingUnit::ResolvedTicket => "resolved_ticket",
        }
    }

    pub fn from_key(key: &str) -> Option<BillingUnit> {
        BillingUnit::ALL.into_iter().find(|u| u.key() == key)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Chart {
    pub x: XAxis,
    pub max: f64,
}

/// The variable on the break-even chart's horizontal axis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum XAxis {
    #[default]
    TicketsPerMonth,
    Tier1ResolutionRate,
    RepliesPerTicket,
    FounderHourly,
    ContractorHourlyRate,
    AiResolutionRate,
}

impl XAxis {
    pub const ALL: [XAxis; 6] = [
        XAxis::TicketsPerMonth,
        XAxis::Tier1ResolutionRate,
        XAxis::RepliesPerTicket,
        XAxis::FounderHourly,
        XAxis::ContractorHourlyRate,
        XAxis::AiResolutionRate,
    ];

    /// The JSON name, also used as the value of the axis picker.
    pub fn key(self) -> &'static str {
        match self {
            XAxis::TicketsPerMonth => "tickets_per_month",
            XAxis::Tier1ResolutionRate => "tier1_resolution_rate",
            XAxis::RepliesPerTicket => "replies_per_ticket",
            XAxis::FounderHourly => "founder_hourly",
            XAxis::ContractorHourlyRate => "contractor_hourly_rate",
            XAxis::AiResolutionRate => "ai_resolution_rate",
        }
    }

    pub fn from_key(key: &str) -> Option<XAxis> {
        XAxis::ALL.into_iter().find(|x| x.key() == key)
    }

    /// Smallest value on the axis (the variable's valid minimum).
    pub fn min(self) -> f64 {
        match self {
            XAxis::RepliesPerTicket => 0.1,
            _ => 0.0,
        }
    }

    /// Largest `chart.max` the axis accepts (the variable's valid maximum).
    pub fn max_limit(self) -> f64 {
        match self {
            XAxis::TicketsPerMonth => 1_000_000.0,
            XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate => 1.0,
            XAxis::RepliesPerTicket => 50.0,
            XAxis::FounderHourly | XAxis::ContractorHourlyRate => 10_000.0,
        }
    }

    /// Smallest `chart.max` the axis accepts: an axis must span some range.
    pub fn smallest_max(self) -> f64 {
        match self {
            XAxis::TicketsPerMonth => 10.0,
            XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate => 0.05,
            XAxis::RepliesPerTicket => 0.5,
            XAxis::FounderHourly | XAxis::ContractorHourlyRate => 1.0,
        }
    }

    /// The axis maximum a user gets on switching to this axis: wide enough to show the usual range
    /// (SPEC 2: replies 1-6, freelance rates up to about 250) and the scenario's current value.
    pub fn default_max(self, s: &Scenario) -> f64 {
        let (typical, current): (f64, f64) = match self {
            XAxis::TicketsPerMonth => (2000.0, s.workload.tickets_per_month),
            XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate => return 1.0,
            XAxis::RepliesPerTicket => (6.0, s.workload.replies_per_ticket),
            XAxis::FounderHourly => (250.0, s.rates.founder_hourly),
            XAxis::ContractorHourlyRate => (150.0, s.contractor.hourly_rate),
        };
        let wanted = typical.max(nice_ceiling(current * 1.5));
        wanted.min(self.max_limit())
    }

    /// An axis maximum a few times the scenario's own value ("fit to my volume"), within the axis's
    /// limits, so that what matters around it fills the chart.
    pub fn fitted_max(self, s: &Scenario) -> f64 {
        nice_ceiling(self.value(s) * 3.0)
            .max(self.smallest_max())
            .min(self.max_limit())
    }

    /// The scenario's value of this variable.
    pub fn value(self, s: &Scenario) -> f64 {
        match self {
            XAxis::TicketsPerMonth => s.workload.tickets_per_month,
            XAxis::Tier1ResolutionRate => s.workload.tier1_resolution_rate,
            XAxis::RepliesPerTicket => s.workload.replies_per_ticket,
            XAxis::FounderHourly => s.rates.founder_hourly,
            XAxis::ContractorHourlyRate => s.contractor.hourly_rate,
            XAxis::AiResolutionRate => s.ai.resolution_rate,
        }
    }

    /// Sets this variable in the scenario.
    pub fn set(self, s: &mut Scenario, v: f64) {
        match self {
            XAxis::TicketsPerMonth => s.workload.tickets_per_month = v,
            XAxis::Tier1ResolutionRate => s.workload.tier1_resolution_rate = v,
            XAxis::RepliesPerTicket => s.workload.replies_per_ticket = v,
            XAxis::FounderHourly => s.rates.founder_hourly = v,
            XAxis::ContractorHourlyRate => s.contractor.hourly_rate = v,
            XAxis::AiResolutionRate => s.ai.resolution_rate = v,
        }
    }

    /// Integer axes are searched at every whole value; the others are continuous.
    pub fn is_integer(self) -> bool {
        self == XAxis::TicketsPerMonth
    }
}

/// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `v` (for axis limits).
pub fn nice_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 0.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let candidate = step * magnitude;
        if candidate >= v * (1.0 - 1e-12) {
            return candidate;
        }
    }
    10.0 * magnitude
}

/// Declares the ways of staffing support: the enum, its JSON keys and the list of all of them, so that
/// an option is one line here (every `match` over options then says what else it needs).
macro_rules! options {
    ($($variant:ident => $key:literal),+ $(,)?) => {
        /// The ways of staffing support, in report order.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum OptionId {
            #[default]
            $($variant),+
        }

        impl OptionId {
            pub const ALL: [OptionId; [$($key),+].len()] = [$(OptionId::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $(OptionId::$variant => $key),+
                }
            }
        }
    };
}

options! {
    Diy => "diy",
    Employee => "employee",
    Contractor => "contractor",
    Platform => "platform",
    AllHands => "all_hands",
}

impl OptionId {
    /// How many options there are.
    pub const COUNT: usize = OptionId::ALL.len();

    pub fn from_key(key: &str) -> Option<OptionId> {
        OptionId::ALL.into_iter().find(|o| o.key() == key)
    }

    /// The option's place in report order, from 0.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One value per option, indexed by `OptionId`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PerOption<T>([T; OptionId::COUNT]);

impl<T> PerOption<T> {
    /// The value of each option, from `f`.
    pub fn from_fn(f: impl FnMut(OptionId) -> T) -> PerOption<T> {
        PerOption(OptionId::ALL.map(f))
    }

    /// Each option with its value, in report order.
    pub fn iter(&self) -> impl Iterator<Item = (OptionId, &T)> {
        OptionId::ALL.into_iter().zip(self.0.iter())
    }

    /// The values alone, in report order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> PerOption<U> {
        PerOption::from_fn(|id| f(&self[id]))
    }
}

impl<T> std::ops::Index<OptionId> for PerOption<T> {
    type Output = T;
    fn index(&self, id: OptionId) -> &T {
        &self.0[id.index()]
    }
}

impl<T> std::ops::IndexMut<OptionId> for PerOption<T> {
    fn index_mut(&mut self, id: OptionId) -> &mut T {
        &mut self.0[id.index()]
    }
}

impl Scenario {
    /// The founder handles escalations at the value of their own hour: both rates are the same.
    pub fn rates_equal(&self) -> bool {
        self.rates.founder_hourly == self.rates.developer_hourly
    }

    /// Grows the chart's axis to hold the scenario's own value when an edit has taken it past the end,
    /// so that the value is never off the chart.
    pub fn keep_value_on_the_chart(&mut self) {
        let x = self.chart.x;
        if x.value(self) > self.chart.max {
            self.chart.max = nice_ceiling(x.value(self) * 1.5)
                .max(x.smallest_max())
                .min(x.max_limit());
        }
    }

    /// Keeps the months ahead and the ranges consistent after an edit from `before`: a spike set after
    /// the last month lengthens the projection to it, a projection shortened before a spike drops that
    /// spike, and an input moved outside its range widens the range to hold it (as the chart's axis
    /// grows), so that the scenario always stays valid and can be saved.
    pub fn keep_months_and_ranges(&mut self, before: &Scenario) {
        let p = &mut self.projection;
        if p.months == before.projection.months {
            let last = p.spikes.iter().fold(0.0f64, |m, s| m.max(s.month));
            p.months = p.months.max(last);
        } else {
            let months = p.months;
            p.spikes.retain(|s| s.month <= months);
        }
        for u in Uncertain::ALL {
            let v = u.value(self);
            if let Some(b) = self.uncertainty.ranges.get(u) {
                let held = Bounds {
                    low: b.low.min(v),
                    high: b.high.max(v),
                };
                self.uncertainty.ranges.set(u, Some(held));
            }
        }
    }

    pub fn is_enabled(&self, id: OptionId) -> bool {
        match id {
            OptionId::Diy => self.diy.enabled,
            OptionId::Employee => self.employee.enabled,
            OptionId::Contractor => self.contractor.enabled,
            OptionId::Platform => self.platform.enabled,
            OptionId::AllHands => self.all_hands.enabled,
        }
    }

    pub fn set_enabled(&mut self, id: OptionId, on: bool) {
        match id {
            OptionId::Diy => self.diy.enabled = on,
            OptionId::Employee => self.employee.enabled = on,
            OptionId::Contractor => self.contractor.enabled = on,
            OptionId::Platform => self.platform.enabled = on,
            OptionId::AllHands => self.all_hands.enabled = on,
        }
    }

    /// Option `id`'s own tier-1 resolution rate and minutes per reply, as set (`None`: the workload's).
    /// Doing it yourself always works at the workload's; everyone helps has no reply minutes of its own.
    pub fn own_tier1(&self, id: OptionId) -> (Option<f64>, Option<f64>) {
        match id {
            OptionId::Diy => (None, None),
            OptionId::Employee => (
                self.employee.tier1_resolution_rate,
                self.employee.minutes_per_reply,
            ),
            OptionId::Contractor => (
                self.contractor.tier1_resolution_rate,
                self.contractor.minutes_per_reply,
            ),
            OptionId::Platform => (
                self.platform.tier1_resolution_rate,
                self.platform.minutes_per_reply,
            ),
            OptionId::AllHands => (self.all_hands.tier1_resolution_rate, None),
        }
    }

    /// The tier-1 resolution rate option `id` works at (SPEC 3.8: d_o, else the workload's d).
    pub fn resolution_rate_of(&self, id: OptionId) -> f64 {
        self.own_tier1(id)
            .0
            .unwrap_or(self.workload.tier1_resolution_rate)
    }

    /// The minutes per reply option `id` works at (m_o, else the workload's m), on the tickets people
    /// still answer: longer by the AI's uplift while it is on (SPEC 3.9).
    pub fn minutes_per_reply_of(&self, id: OptionId) -> f64 {
        self.own_tier1(id)
            .1
            .unwrap_or(self.workload.minutes_per_reply)
            * self.human_minutes_factor()
    }

    /// How many times as long a person's reply takes once the AI has taken the easy tickets:
    /// `1 + u` while the AI is on, else 1 (SPEC 3.9).
    pub fn human_minutes_factor(&self) -> f64 {
        if self.ai.enabled {
            1.0 + self.ai.human_minutes_uplift
        } else {
            1.0
        }
    }

    pub fn enabled_options(&self) -> impl Iterator<Item = OptionId> + '_ {
        OptionId::ALL.into_iter().filter(|&id| self.is_enabled(id))
    }
}

impl Default for Scenario {
    /// Every input at the default its description gives (`schema::INPUTS`).
    fn default() -> Self {
        super::schema::defaults()
    }
}

impl Scenario {
    /// The scenario of SPEC section 4, a version-1 file: every default, the four options of version 1
    /// (everyone helps is off, as migration sets it).
    pub fn spec_example() -> Scenario {
        let mut s = Scenario::default();
        s.all_hands.enabled = false;
        // A live channel's tickets are billed per unit, as before version 5.
        s.platform.live_billing = LiveBilling::PerUnit;
        s
    }

    /// Every section empty (zeros, switches off): the base `Default` fills from the input description.
    pub(crate) fn blank() -> Scenario {
        Scenario {
            version: FORMAT_VERSION,
            name: String::new(),
            currency: String::new(),
            locale: String::new(),
            notes: String::new(),
            prepared_for: String::new(),
            prepared_by: String::new(),
            workload: Workload::default(),
            rates: Rates::default(),
            diy: Diy::default(),
            employee: Employee::default(),
            contractor: Contractor::default(),
            platform: Platform::default(),
            all_hands: AllHands::default(),
            ai: Ai::default(),
            coverage: Coverage::default(),
            channels: Channels::default(),
            value: Worth::default(),
            projection: Projection::default(),
            uncertainty: Uncertainty::default(),
            history: Vec::new(),
            chart: Chart::default(),
            baseline: OptionId::Diy,
        }
    }
}

impl Plan {
    /// Illustrative plans (SPEC 3.3), not any vendor's price list.
    pub fn examples() -> Vec<Plan> {
        vec![
            Plan::new("Starter", 199.0, 100.0, Some(2.2)),
            Plan::new("Growth", 549.0, 350.0, Some(1.9)),
            Plan::new("Scale", 1390.0, 1000.0, Some(1.6)),
        ]
    }

    pub fn new(name: &str, monthly_fee: f64, included_units: f64, overage: Option<f64>) -> Plan {
        Plan {
            name: name.into(),
            monthly_fee,
            included_units,
            overage_per_unit: overage,
        }
    }
}

impl OptionId {
    /// The option's name, as on its card and panel.
    pub fn name(self) -> Text {
        match self {
            OptionId::Diy => Text::new("Do it yourself", "Selbermachen"),
            OptionId::Employee => Text::new("Employee", "Angestellte Kraft"),
            OptionId::Contractor => Text::new("Contractor", "Freelancer"),
            OptionId::Platform => Text::new("Support platform", "Support-Plattform"),
            OptionId::AllHands => Text::new("Everyone helps", "Alle helfen mit"),
        }
    }
}

impl BillingUnit {
    /// The plural noun, for "750 replies".
    pub fn noun(self) -> Text {
        match self {
            BillingUnit::Reply => Text::new("replies", "Antworten"),
            BillingUnit::Ticket => Text::new("tickets", "Tickets"),
            BillingUnit::ResolvedTicket => Text::new("resolved tickets", "gelöste Tickets"),
        }
    }
}

impl XAxis {
    /// The axis's name, as on the chart and in the picker.
    pub fn name(self) -> Text {
        match self {
            XAxis::TicketsPerMonth => Text::new("Tickets per month", "Tickets pro Monat"),
            XAxis::Tier1ResolutionRate => {
                Text::new("Tier-1 resolution rate", "Lösungsquote im 1st-Level")
            }
            XAxis::RepliesPerTicket => Text::new("Replies per ticket", "Antworten pro Ticket"),
            XAxis::FounderHourly => Text::new("Value of your hour", "Wert Ihrer Stunde"),
            XAxis::ContractorHourlyRate => {
                Text::new("Contractor hourly rate", "Stundensatz Freelancer")
            }
            XAxis::AiResolutionRate => Text::new("AI resolution rate", "Lösungsquote der KI"),
        }
    }
}

impl BillingUnit {
    /// How the unit is billed, as the picker offers it.
    pub fn name(self) -> Text {
        match self {
            BillingUnit::Reply => Text::new("Per reply", "Pro Antwort"),
            BillingUnit::Ticket => Text::new("Per ticket", "Pro Ticket"),
            BillingUnit::ResolvedTicket => Text::new(
                "Per ticket resolved on tier 1",
                "Pro im 1st-Level gelöstem Ticket",
            ),
        }
    }
}

/// The values a choice input offers name themselves with their own `ALL`, `key` and `name`.
macro_rules! named {
    ($($ty:ident),+) => {
        $(impl Named for $ty {
            fn all() -> &'static [Self] {
                &$ty::ALL
            }
            fn key(self) -> &'static str {
                $ty::key(self)
            }
            fn name(self) -> Text {
                $ty::name(self)
            }
        })+
    };
}

named!(OptionId, XAxis, BillingUnit, Pricing, LiveBilling, AtCap);

/// Values for some options, written as a JSON object keyed by option id in report order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ById<T>(pub Vec<(OptionId, T)>);

impl<T> ById<T> {
    pub fn get(&self, id: OptionId) -> Option<&T> {
        self.0.iter().find(|(o, _)| *o == id).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (OptionId, &T)> {
        self.0.iter().map(|(id, v)| (*id, v))
    }
}

impl<T: Serialize> Serialize for ById<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, v) in &self.0 {
            map.serialize_entry(id.key(), v)?;
        }
        map.end()
    }
}
