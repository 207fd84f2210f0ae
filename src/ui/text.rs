//! The words of the interface: labels, units, help lines and the sentences built from results.

use crate::format;
use crate::model::breakeven::Crossing;
use crate::model::fields::{Field, Unit};
use crate::model::presets::Preset;
use crate::model::report::LineKind;
use crate::model::{BillingUnit, OptionId, XAxis};

pub struct FieldText {
    pub label: &'static str,
    pub help: &'static str,
}

/// Label and one-line help (a typical range and where it comes from) of every numeric input.
pub fn field_text(f: &Field) -> FieldText {
    let (label, help) = match (f.section.key(), f.name) {
        ("workload", "tickets_per_month") => (
            "Tickets per month",
            "New tickets a month. Platforms are usually worth a look from about 150.",
        ),
        ("workload", "self_service_deflection") => (
            "Deflected by self-service",
            "Tickets that docs and a knowledge base prevent. Typical: 0-30%.",
        ),
        ("workload", "replies_per_ticket") => (
            "Replies per ticket",
            "Agent replies per ticket. Typical: 2-4; the benchmark is about 2.5.",
        ),
        ("workload", "minutes_per_reply") => (
            "Minutes per reply",
            "Tier-1 handling time per reply. Typical: 3-10 minutes.",
        ),
        ("workload", "tier1_resolution_rate") => (
            "Tier-1 resolution rate",
            "Tickets solved without developers. 70-79% is good, 80%+ world class.",
        ),
        ("workload", "escalation_minutes") => (
            "Developer time per escalation",
            "Tier-2 minutes per escalated ticket. Typical: 20-60 minutes.",
        ),
        ("rates", "founder_hourly") => (
            "Value of your hour",
            "What an hour on product or marketing is worth to you. Typical: 50-150.",
        ),
        ("rates", "developer_hourly") => (
            "Developer hourly cost",
            "Tier-2 developer time. Freelance: 10-250 an hour, usually under 150.",
        ),
        ("employee", "monthly_salary") => (
            "Monthly salary (full time)",
            "Gross wage of one full-time support hire.",
        ),
        ("employee", "loaded_multiplier") => (
            "Benefits and payroll overhead",
            "Fully loaded cost as a multiple of the wage. Typical: 1.25-1.5; benchmark 1.45.",
        ),
        ("employee", "paid_hours_per_month") => (
            "Paid hours per full-time employee",
            "Paid hours a month. Typical: 160-173.",
        ),
        ("employee", "shrinkage") => (
            "Shrinkage",
            "Paid time not spent on tickets: breaks, meetings, leave. Typical: 25-35%.",
        ),
        ("employee", "fte_step") => (
            "Hiring step",
            "Smallest change in headcount: 0.5 hires in half-time positions.",
        ),
        ("employee", "min_fte") => (
            "Minimum staffing",
            "Smallest team you would employ, however few tickets arrive.",
        ),
        ("employee", "tooling_per_seat") => (
            "Tooling per seat",
            "Help desk and software licences per person a month. Typical: 15-100.",
        ),
        ("employee", "oversight_hours") => (
            "Your oversight",
            "Your hours a month managing and training the hire. Typical: 2-8.",
        ),
        ("contractor", "hourly_rate") => (
            "Hourly rate",
            "Freelance tier-1 rates: often 15-40 an hour; developers 10-250.",
        ),
        ("contractor", "minimum_hours") => (
            "Minimum billed hours",
            "Hours billed each month even when fewer are worked.",
        ),
        ("contractor", "billing_increment_minutes") => (
            "Billing increment",
            "Time is billed in blocks of this length. Typical: 6, 15 or 60 minutes.",
        ),
        ("contractor", "oversight_hours") => (
            "Your oversight",
            "Your hours a month managing the contractor. Typical: 1-4.",
        ),
        ("platform", "setup_fee") => (
            "Setup fee",
            "One-off onboarding fee, spread over the months below.",
        ),
        ("platform", "setup_months") => (
            "Spread setup over",
            "Months over which the setup fee is written off. Typical: 12.",
        ),
        ("platform", "oversight_hours") => (
            "Your oversight",
            "Your hours a month reviewing replies and updating the playbook. Typical: 2-6.",
        ),
        _ => (f.name, ""),
    };
    FieldText { label, help }
}

/// The unit shown after an input.
pub fn unit_text(f: &Field, currency: &str, locale: &str) -> String {
    let symbol = format::currency_symbol(currency, locale);
    match (f.unit, f.name) {
        (Unit::Fraction, _) => "%".into(),
        (Unit::Minutes, _) => "min".into(),
        (Unit::Hours, "paid_hours_per_month") => "h / month".into(),
        (Unit::Hours, _) => "h / month".into(),
        (Unit::Money, "monthly_salary" | "tooling_per_seat") => format!("{symbol} / month"),
        (Unit::Money, "setup_fee") => symbol,
        (Unit::Money, _) => format!("{symbol} / h"),
        (Unit::Multiplier, _) => "× wage".into(),
        (Unit::Months, _) => "months".into(),
        (Unit::Fte, _) => "FTE".into(),
        (Unit::Count, "tickets_per_month") => "tickets".into(),
        (Unit::Count, _) => "replies".into(),
    }
}

pub fn option_name(id: OptionId) -> &'static str {
    match id {
        OptionId::Diy => "Do it yourself",
        OptionId::Employee => "Employee",
        OptionId::Contractor => "Contractor",
        OptionId::Platform => "Support platform",
    }
}

/// One line on what the option means.
pub fn option_blurb(id: OptionId) -> &'static str {
    match id {
        OptionId::Diy => "You answer every ticket yourself. The cost is the value of the hours it takes from product and marketing.",
        OptionId::Employee => "A tier-1 hire paid whether or not tickets arrive; escalations go to your developers.",
        OptionId::Contractor => "A freelancer billed by the hour for tier 1; escalations go to your developers.",
        OptionId::Platform => "A Support-as-a-Service platform handles tier 1 and bills per unit; escalations come back to your developers.",
    }
}

/// The option as the subject of a sentence.
fn subject(id: OptionId) -> &'static str {
    match id {
        OptionId::Diy => "Doing it yourself",
        OptionId::Employee => "An employee",
        OptionId::Contractor => "A contractor",
        OptionId::Platform => "The platform",
    }
}

/// The option as the object of a comparison.
fn object(id: OptionId) -> &'static str {
    match id {
        OptionId::Diy => "doing it yourself",
        OptionId::Employee => "an employee",
        OptionId::Contractor => "a contractor",
        OptionId::Platform => "the platform",
    }
}

pub fn line_name(id: OptionId, kind: LineKind) -> &'static str {
    crate::model::report::line_label(id, kind)
}

pub fn axis_name(x: XAxis) -> &'static str {
    match x {
        XAxis::TicketsPerMonth => "Tickets per month",
        XAxis::Tier1ResolutionRate => "Tier-1 resolution rate",
        XAxis::RepliesPerTicket => "Replies per ticket",
        XAxis::FounderHourly => "Value of your hour",
        XAxis::ContractorHourlyRate => "Contractor hourly rate",
    }
}

/// A value of the axis variable as the axis labels show it.
pub fn axis_value(x: XAxis, v: f64, currency: &str, locale: &str) -> String {
    match x {
        XAxis::TicketsPerMonth => format::number(v, 0, locale),
        XAxis::Tier1ResolutionRate => format::percent(v, locale),
        XAxis::RepliesPerTicket => format::number(v, 1, locale),
        XAxis::FounderHourly | XAxis::ContractorHourlyRate => {
            format::money_axis(v, currency, locale)
        }
    }
}

/// A value of the axis variable inside a sentence, with its unit.
fn axis_phrase(x: XAxis, v: f64, currency: &str, locale: &str) -> String {
    match x {
        XAxis::TicketsPerMonth => format!("{} tickets per month", format::number(v, 0, locale)),
        XAxis::Tier1ResolutionRate => {
            format!(
                "a tier-1 resolution rate of {}",
                format::number(v * 100.0, 1, locale) + "%"
            )
        }
        XAxis::RepliesPerTicket => format!("{} replies per ticket", format::number(v, 2, locale)),
        XAxis::FounderHourly => format!(
            "a value of your hour of {}",
            format::money_precise(v, currency, locale)
        ),
        XAxis::ContractorHourlyRate => format!(
            "a contractor rate of {} an hour",
            format::money_precise(v, currency, locale)
        ),
    }
}

/// "The platform is cheaper than doing it yourself from 31 tickets per month."
pub fn crossing_sentence(x: XAxis, c: &Crossing, currency: &str, locale: &str) -> String {
    let other = if c.cheaper_above == c.a { c.b } else { c.a };
    format!(
        "{} is cheaper than {} from {}.",
        subject(c.cheaper_above),
        object(other),
        axis_phrase(x, c.x, currency, locale)
    )
}

/// The answer, first: "At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than
/// doing it yourself."
pub fn verdict(
    tickets: f64,
    cheapest: OptionId,
    cost: f64,
    compared: Option<(OptionId, f64)>,
    currency: &str,
    locale: &str,
) -> String {
    let head = format!(
        "At {} tickets a month {} is cheapest: {} a month",
        format::count(tickets, locale),
        object(cheapest),
        format::money_total(cost, currency, locale)
    );
    match compared {
        Some((other, saving)) if saving >= 0.005 => format!(
            "{head}, {} less than {}.",
            format::money_total(saving, currency, locale),
            object(other)
        ),
        Some((other, _)) => format!("{head}, the same as {}.", object(other)),
        None => format!("{head}."),
    }
}

pub fn billing_unit_name(u: BillingUnit) -> &'static str {
    match u {
        BillingUnit::Reply => "Per reply",
        BillingUnit::Ticket => "Per ticket",
        BillingUnit::ResolvedTicket => "Per ticket resolved on tier 1",
    }
}

/// The plural noun of a billing unit, for "750 replies".
pub fn billing_unit_noun(u: BillingUnit) -> &'static str {
    match u {
        BillingUnit::Reply => "replies",
        BillingUnit::Ticket => "tickets",
        BillingUnit::ResolvedTicket => "resolved tickets",
    }
}

pub fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => "Solo plugin developer, 150 tickets a month",
        Preset::GrowingThemeShop => "Growing theme shop, 600 tickets a month",
        Preset::SaasAtScale => "SaaS product, 4,000 tickets a month",
    }
}
