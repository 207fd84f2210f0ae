//! The words of the interface, in English and German: labels, units, help lines and the sentences built
//! from results.

use crate::format;
use crate::i18n::Lang;
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
pub fn field_text(f: &Field, l: Lang) -> FieldText {
    let (label, help) = match (f.section.key(), f.name) {
        ("workload", "tickets_per_month") => l.pick(
            (
                "Tickets per month",
                "New tickets a month. Platforms are usually worth a look from about 150.",
            ),
            (
                "Tickets pro Monat",
                "Neue Tickets im Monat. Ab etwa 150 lohnt sich ein Blick auf Plattformen.",
            ),
        ),
        ("workload", "self_service_deflection") => l.pick(
            (
                "Deflected by self-service",
                "Tickets that docs and a knowledge base prevent. Typical: 0-30%.",
            ),
            (
                "Durch Self-Service vermieden",
                "Tickets, die Doku und Wissensdatenbank verhindern. Üblich: 0–30 %.",
            ),
        ),
        ("workload", "replies_per_ticket") => l.pick(
            (
                "Replies per ticket",
                "Agent replies per ticket. Typical: 2-4; the benchmark is about 2.5.",
            ),
            (
                "Antworten pro Ticket",
                "Antworten pro Ticket. Üblich: 2–4; der Richtwert liegt bei etwa 2,5.",
            ),
        ),
        ("workload", "minutes_per_reply") => l.pick(
            (
                "Minutes per reply",
                "Tier-1 handling time per reply. Typical: 3-10 minutes.",
            ),
            (
                "Minuten pro Antwort",
                "Bearbeitungszeit im 1st-Level pro Antwort. Üblich: 3–10 Minuten.",
            ),
        ),
        ("workload", "tier1_resolution_rate") => l.pick(
            (
                "Tier-1 resolution rate",
                "Tickets solved without developers. 70-79% is good, 80%+ world class.",
            ),
            (
                "Lösungsquote im 1st-Level",
                "Tickets, die ohne Entwickler gelöst werden. 70–79 % ist gut, ab 80 % Weltklasse.",
            ),
        ),
        ("workload", "escalation_minutes") => l.pick(
            (
                "Developer time per escalation",
                "Tier-2 minutes per escalated ticket. Typical: 20-60 minutes.",
            ),
            (
                "Entwicklerzeit pro Eskalation",
                "2nd-Level-Minuten pro eskaliertem Ticket. Üblich: 20–60 Minuten.",
            ),
        ),
        ("rates", "founder_hourly") => l.pick(
            (
                "Value of your hour",
                "What an hour on product or marketing is worth to you. Typical: 50-150.",
            ),
            (
                "Wert Ihrer Stunde",
                "Was Ihnen eine Stunde für Produkt oder Marketing wert ist. Üblich: 50–150.",
            ),
        ),
        ("rates", "developer_hourly") => l.pick(
            (
                "Developer hourly cost",
                "Tier-2 developer time. Freelance: 10-250 an hour, usually under 150.",
            ),
            (
                "Entwicklerkosten pro Stunde",
                "2nd-Level-Entwicklerzeit. Freelancer: 10–250 pro Stunde, meist unter 150.",
            ),
        ),
        ("employee", "monthly_salary") => l.pick(
            (
                "Monthly salary (full time)",
                "Gross wage of one full-time support hire.",
            ),
            (
                "Monatsgehalt (Vollzeit)",
                "Bruttolohn einer Vollzeit-Supportkraft.",
            ),
        ),
        ("employee", "loaded_multiplier") => l.pick(
            (
                "Benefits and payroll overhead",
                "Fully loaded cost as a multiple of the wage. Typical: 1.25-1.5; benchmark 1.45.",
            ),
            (
                "Lohnnebenkosten-Faktor",
                "Vollkosten als Vielfaches des Lohns. Üblich: 1,25–1,5; Richtwert 1,45.",
            ),
        ),
        ("employee", "paid_hours_per_month") => l.pick(
            (
                "Paid hours per full-time employee",
                "Paid hours a month. Typical: 160-173.",
            ),
            (
                "Bezahlte Stunden pro Vollzeitkraft",
                "Bezahlte Stunden im Monat. Üblich: 160–173.",
            ),
        ),
        ("employee", "shrinkage") => l.pick(
            (
                "Shrinkage",
                "Paid time not spent on tickets: breaks, meetings, leave. Typical: 25-35%.",
            ),
            (
                "Ausfallzeiten",
                "Bezahlte Zeit ohne Tickets: Pausen, Meetings, Urlaub. Üblich: 25–35 %.",
            ),
        ),
        ("employee", "fte_step") => l.pick(
            (
                "Hiring step",
                "Smallest change in headcount: 0.5 hires in half-time positions.",
            ),
            (
                "Einstellungsschritt",
                "Kleinste Änderung der Personalstärke: 0,5 bedeutet Halbtagsstellen.",
            ),
        ),
        ("employee", "min_fte") => l.pick(
            (
                "Minimum staffing",
                "Smallest team you would employ, however few tickets arrive.",
            ),
            (
                "Mindestbesetzung",
                "Kleinstes Team, das Sie beschäftigen würden, egal wie wenige Tickets kommen.",
            ),
        ),
        ("employee", "tooling_per_seat") => l.pick(
            (
                "Tooling per seat",
                "Help desk and software licences per person a month. Typical: 15-100.",
            ),
            (
                "Software pro Arbeitsplatz",
                "Helpdesk- und Softwarelizenzen pro Person und Monat. Üblich: 15–100.",
            ),
        ),
        ("employee", "oversight_hours") => l.pick(
            (
                "Your oversight",
                "Your hours a month managing and training the hire. Typical: 2-8.",
            ),
            (
                "Ihr Betreuungsaufwand",
                "Ihre Stunden im Monat für Führung und Einarbeitung. Üblich: 2–8.",
            ),
        ),
        ("contractor", "hourly_rate") => l.pick(
            (
                "Hourly rate",
                "Freelance tier-1 rates: often 15-40 an hour; developers 10-250.",
            ),
            (
                "Stundensatz",
                "Freelancer im 1st-Level: oft 15–40 pro Stunde; Entwickler 10–250.",
            ),
        ),
        ("contractor", "minimum_hours") => l.pick(
            (
                "Minimum billed hours",
                "Hours billed each month even when fewer are worked.",
            ),
            (
                "Mindeststunden",
                "Stunden, die jeden Monat berechnet werden, auch wenn weniger anfallen.",
            ),
        ),
        ("contractor", "billing_increment_minutes") => l.pick(
            (
                "Billing increment",
                "Time is billed in blocks of this length. Typical: 6, 15 or 60 minutes.",
            ),
            (
                "Abrechnungstakt",
                "Zeit wird in Blöcken dieser Länge berechnet. Üblich: 6, 15 oder 60 Minuten.",
            ),
        ),
        ("contractor", "oversight_hours") => l.pick(
            (
                "Your oversight",
                "Your hours a month managing the contractor. Typical: 1-4.",
            ),
            (
                "Ihr Betreuungsaufwand",
                "Ihre Stunden im Monat für die Steuerung des Freelancers. Üblich: 1–4.",
            ),
        ),
        ("platform", "setup_fee") => l.pick(
            (
                "Setup fee",
                "One-off onboarding fee, spread over the months below.",
            ),
            (
                "Einrichtungsgebühr",
                "Einmalige Onboarding-Gebühr, verteilt auf die Monate darunter.",
            ),
        ),
        ("platform", "setup_months") => l.pick(
            (
                "Spread setup over",
                "Months over which the setup fee is written off. Typical: 12.",
            ),
            (
                "Einrichtung verteilen auf",
                "Monate, auf die die Einrichtungsgebühr verteilt wird. Üblich: 12.",
            ),
        ),
        ("platform", "oversight_hours") => l.pick(
            (
                "Your oversight",
                "Your hours a month reviewing replies and updating the playbook. Typical: 2-6.",
            ),
            (
                "Ihr Betreuungsaufwand",
                "Ihre Stunden im Monat für Qualitätskontrolle und Playbook-Pflege. Üblich: 2–6.",
            ),
        ),
        _ => (f.name, ""),
    };
    FieldText { label, help }
}

/// The unit shown after an input.
pub fn unit_text(f: &Field, currency: &str, l: Lang) -> String {
    let symbol = format::currency_symbol(currency, l.code());
    let month = l.pick("month", "Monat");
    match (f.unit, f.name) {
        (Unit::Fraction, _) => "%".into(),
        (Unit::Minutes, _) => l.pick("min", "Min.").into(),
        (Unit::Hours, _) => format!("h / {month}"),
        (Unit::Money, "monthly_salary" | "tooling_per_seat") => format!("{symbol} / {month}"),
        (Unit::Money, "setup_fee") => symbol,
        (Unit::Money, _) => format!("{symbol} / h"),
        (Unit::Multiplier, _) => l.pick("× wage", "× Lohn").into(),
        (Unit::Months, _) => l.pick("months", "Monate").into(),
        (Unit::Fte, _) => l.pick("FTE", "VZÄ").into(),
        (Unit::Count, "tickets_per_month") => l.pick("tickets", "Tickets").into(),
        (Unit::Count, _) => l.pick("replies", "Antworten").into(),
    }
}

pub fn option_name(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick("Do it yourself", "Selbst machen"),
        OptionId::Employee => l.pick("Employee", "Angestellte Kraft"),
        OptionId::Contractor => l.pick("Contractor", "Freelancer"),
        OptionId::Platform => l.pick("Support platform", "Support-Plattform"),
    }
}

/// One line on what the option means.
pub fn option_blurb(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick(
            "You answer every ticket yourself. The cost is the value of the hours it takes from product and marketing.",
            "Sie beantworten jedes Ticket selbst. Die Kosten sind der Wert der Stunden, die Produkt und Marketing fehlen.",
        ),
        OptionId::Employee => l.pick(
            "A tier-1 hire paid whether or not tickets arrive; escalations go to your developers.",
            "Eine 1st-Level-Kraft, bezahlt ob Tickets kommen oder nicht; Eskalationen gehen an Ihre Entwickler.",
        ),
        OptionId::Contractor => l.pick(
            "A freelancer billed by the hour for tier 1; escalations go to your developers.",
            "Ein Freelancer im 1st-Level, stundenweise abgerechnet; Eskalationen gehen an Ihre Entwickler.",
        ),
        OptionId::Platform => l.pick(
            "A Support-as-a-Service platform handles tier 1 and bills per unit; escalations come back to your developers.",
            "Eine Support-as-a-Service-Plattform übernimmt den 1st-Level und rechnet pro Einheit ab; Eskalationen kommen zu Ihren Entwicklern zurück.",
        ),
    }
}

/// The option as the subject of a sentence (English: capitalised, it starts the sentence).
fn subject(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick("Doing it yourself", "Selbermachen"),
        OptionId::Employee => l.pick("An employee", "eine angestellte Kraft"),
        OptionId::Contractor => l.pick("A contractor", "ein Freelancer"),
        OptionId::Platform => l.pick("The platform", "die Plattform"),
    }
}

/// The option as the object of a comparison.
fn object(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick("doing it yourself", "Selbermachen"),
        OptionId::Employee => l.pick("an employee", "eine angestellte Kraft"),
        OptionId::Contractor => l.pick("a contractor", "ein Freelancer"),
        OptionId::Platform => l.pick("the platform", "die Plattform"),
    }
}

/// A breakdown line's name in the table.
pub fn kind_name(kind: LineKind, l: Lang) -> &'static str {
    match kind {
        LineKind::Tier1 => l.pick("Tier-1 work", "1st-Level-Arbeit"),
        LineKind::Tier2 => l.pick(
            "Developer time on escalations",
            "Entwicklerzeit für Eskalationen",
        ),
        LineKind::Fees => l.pick("Tooling seats", "Software-Arbeitsplätze"),
        LineKind::Oversight => l.pick("Your oversight", "Ihr Betreuungsaufwand"),
        LineKind::OneOff => l.pick(
            "Setup fee, spread per month",
            "Einrichtungsgebühr, pro Monat verteilt",
        ),
    }
}

pub fn axis_name(x: XAxis, l: Lang) -> &'static str {
    match x {
        XAxis::TicketsPerMonth => l.pick("Tickets per month", "Tickets pro Monat"),
        XAxis::Tier1ResolutionRate => l.pick("Tier-1 resolution rate", "Lösungsquote im 1st-Level"),
        XAxis::RepliesPerTicket => l.pick("Replies per ticket", "Antworten pro Ticket"),
        XAxis::FounderHourly => l.pick("Value of your hour", "Wert Ihrer Stunde"),
        XAxis::ContractorHourlyRate => l.pick("Contractor hourly rate", "Stundensatz Freelancer"),
    }
}

/// A value of the axis variable as the axis labels show it.
pub fn axis_value(x: XAxis, v: f64, currency: &str, l: Lang) -> String {
    let locale = l.code();
    match x {
        XAxis::TicketsPerMonth => format::number(v, 0, locale),
        XAxis::Tier1ResolutionRate => format::percent(v, locale),
        XAxis::RepliesPerTicket => format::number(v, 1, locale),
        XAxis::FounderHourly | XAxis::ContractorHourlyRate => {
            format::money_axis(v, currency, locale)
        }
    }
}

/// A value of the axis variable inside a sentence, with its unit ("from ..." / "Ab ...").
fn axis_phrase(x: XAxis, v: f64, currency: &str, l: Lang) -> String {
    let locale = l.code();
    let percent = || {
        let sep = if l == Lang::De { "\u{a0}" } else { "" };
        format!("{}{sep}%", format::number(v * 100.0, 1, locale))
    };
    let money = || format::money_precise(v, currency, locale);
    match (x, l) {
        (XAxis::TicketsPerMonth, Lang::En) => {
            format!("{} tickets per month", format::number(v, 0, locale))
        }
        (XAxis::TicketsPerMonth, Lang::De) => {
            format!("{} Tickets pro Monat", format::number(v, 0, locale))
        }
        (XAxis::Tier1ResolutionRate, Lang::En) => {
            format!("a tier-1 resolution rate of {}", percent())
        }
        (XAxis::Tier1ResolutionRate, Lang::De) => {
            format!("einer Lösungsquote im 1st-Level von {}", percent())
        }
        (XAxis::RepliesPerTicket, Lang::En) => {
            format!("{} replies per ticket", format::number(v, 2, locale))
        }
        (XAxis::RepliesPerTicket, Lang::De) => {
            format!("{} Antworten pro Ticket", format::number(v, 2, locale))
        }
        (XAxis::FounderHourly, Lang::En) => format!("a value of your hour of {}", money()),
        (XAxis::FounderHourly, Lang::De) => format!("einem Wert Ihrer Stunde von {}", money()),
        (XAxis::ContractorHourlyRate, Lang::En) => {
            format!("a contractor rate of {} an hour", money())
        }
        (XAxis::ContractorHourlyRate, Lang::De) => {
            format!("einem Freelancer-Stundensatz von {}", money())
        }
    }
}

/// "The platform is cheaper than doing it yourself from 31 tickets per month."
pub fn crossing_sentence(x: XAxis, c: &Crossing, currency: &str, l: Lang) -> String {
    let other = if c.cheaper_above == c.a { c.b } else { c.a };
    let at = axis_phrase(x, c.x, currency, l);
    match l {
        Lang::En => format!(
            "{} is cheaper than {} from {at}.",
            subject(c.cheaper_above, l),
            object(other, l)
        ),
        Lang::De => format!(
            "Ab {at} ist {} günstiger als {}.",
            subject(c.cheaper_above, l),
            object(other, l)
        ),
    }
}

/// The answer, first: "At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than
/// doing it yourself."
pub fn verdict(
    tickets: f64,
    cheapest: OptionId,
    cost: f64,
    compared: Option<(OptionId, f64)>,
    currency: &str,
    l: Lang,
) -> String {
    let locale = l.code();
    let n = format::count(tickets, locale);
    let cost = format::money_total(cost, currency, locale);
    let head = match l {
        Lang::En => format!(
            "At {n} tickets a month {} is cheapest: {cost} a month",
            object(cheapest, l)
        ),
        Lang::De => format!(
            "Bei {n} Tickets im Monat ist {} am günstigsten: {cost} im Monat",
            subject(cheapest, l)
        ),
    };
    match compared {
        Some((other, saving)) if saving >= 0.005 => format!(
            "{head}, {} {} {}.",
            format::money_total(saving, currency, locale),
            l.pick("less than", "weniger als"),
            object(other, l)
        ),
        Some((other, _)) => format!(
            "{head}, {} {}.",
            l.pick("the same as", "genauso viel wie"),
            object(other, l)
        ),
        None => format!("{head}."),
    }
}

/// When nothing is available.
pub fn no_option(l: Lang) -> &'static str {
    l.pick(
        "No option is available: switch one on, or add a platform plan that covers your volume.",
        "Keine Option verfügbar: Schalten Sie eine ein oder fügen Sie einen Plattform-Tarif hinzu, der Ihr Volumen abdeckt.",
    )
}

/// "No break-even between 0 and 2,000 (tickets per month): ..."
pub fn no_crossing(x: XAxis, max: f64, currency: &str, l: Lang) -> String {
    let from = axis_value(x, x.min(), currency, l);
    let to = axis_value(x, max, currency, l);
    let axis = axis_name(x, l);
    match l {
        Lang::En => format!(
            "No break-even between {from} and {to} ({}): the cheapest option stays the same.",
            axis.to_ascii_lowercase()
        ),
        Lang::De => format!(
            "Kein Break-even zwischen {from} und {to} ({axis}): Die günstigste Option bleibt dieselbe."
        ),
    }
}

pub fn billing_unit_name(u: BillingUnit, l: Lang) -> &'static str {
    match u {
        BillingUnit::Reply => l.pick("Per reply", "Pro Antwort"),
        BillingUnit::Ticket => l.pick("Per ticket", "Pro Ticket"),
        BillingUnit::ResolvedTicket => l.pick(
            "Per ticket resolved on tier 1",
            "Pro im 1st-Level gelöstem Ticket",
        ),
    }
}

/// The plural noun of a billing unit, for "750 replies".
pub fn billing_unit_noun(u: BillingUnit, l: Lang) -> &'static str {
    match u {
        BillingUnit::Reply => l.pick("replies", "Antworten"),
        BillingUnit::Ticket => l.pick("tickets", "Tickets"),
        BillingUnit::ResolvedTicket => l.pick("resolved tickets", "gelöste Tickets"),
    }
}

pub fn preset_name(p: Preset, l: Lang) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => l.pick(
            "Solo plugin developer, 150 tickets a month",
            "Solo-Plugin-Entwickler, 150 Tickets im Monat",
        ),
        Preset::GrowingThemeShop => l.pick(
            "Growing theme shop, 600 tickets a month",
            "Wachsender Theme-Shop, 600 Tickets im Monat",
        ),
        Preset::SaasAtScale => l.pick(
            "SaaS product, 4,000 tickets a month",
            "SaaS-Produkt, 4.000 Tickets im Monat",
        ),
    }
}

/// A preset's scenario name in the interface language.
pub fn preset_scenario_name(p: Preset, l: Lang) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => l.pick("Solo plugin developer", "Solo-Plugin-Entwickler"),
        Preset::GrowingThemeShop => l.pick("Growing theme shop", "Wachsender Theme-Shop"),
        Preset::SaasAtScale => l.pick("SaaS product at scale", "SaaS-Produkt mit Volumen"),
    }
}

/// The key figure of an option besides its cost.
pub fn option_detail(
    o: &crate::model::report::OptionReport,
    unit: BillingUnit,
    tier_hours: f64,
    l: Lang,
) -> String {
    let locale = l.code();
    match o.id {
        OptionId::Diy => format!(
            "{} {}",
            format::hours(tier_hours, locale),
            l.pick("of your time", "Ihrer Zeit")
        ),
        OptionId::Employee => format!(
            "{} {} ({} {})",
            format::number(o.fte_paid.unwrap_or(0.0), 2, locale),
            l.pick("FTE paid", "VZÄ bezahlt"),
            format::number(o.fte_needed.unwrap_or(0.0), 2, locale),
            l.pick("needed", "benötigt")
        ),
        OptionId::Contractor => format!(
            "{} {}",
            format::hours(o.billed_hours.unwrap_or(0.0), locale),
            l.pick("billed", "abgerechnet")
        ),
        OptionId::Platform => {
            let units = format::count(o.units.unwrap_or(0.0), locale);
            let noun = billing_unit_noun(unit, l);
            match (o.plan.clone().flatten(), l) {
                (Some(plan), Lang::En) => format!("{plan} plan, {units} {noun}"),
                (Some(plan), Lang::De) => format!("Tarif {plan}, {units} {noun}"),
                (None, Lang::En) => format!("No plan covers {units} {noun}"),
                (None, Lang::De) => format!("Kein Tarif deckt {units} {noun} ab"),
            }
        }
    }
}
