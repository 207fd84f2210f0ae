//! The sentences the interface builds from results, in English and German, one function per sentence.
//! Labels, units and help lines of inputs are in the input description (`model::schema`).

use crate::format;
use crate::i18n::Lang;
use crate::model::breakeven::Crossing;
use crate::model::costs::{AiWorkload, Unavailable};
use crate::model::flags;
use crate::model::flags::{
    InputFlag, OptionFlag, CONTRACTOR_HOURS, COST_PER_TICKET_CEILING, FOUNDER_HOURS,
};
use crate::model::presets::Preset;
use crate::model::regimes::Regime;
use crate::model::report::{Basis, CannotServe, LineKind, Verdict};
use crate::model::vendors::VendorPrice;
use crate::model::{BillingUnit, OptionId, PerOption, Report, Scenario, XAxis};

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
        OptionId::AllHands => l.pick(
            "Everyone on the team takes support shifts, about one day a month each (the 5% rule), so nobody burns out.",
            "Alle im Team übernehmen Support-Schichten, etwa einen Tag im Monat pro Person (die 5-%-Regel), damit niemand ausbrennt.",
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
        OptionId::AllHands => l.pick("Everyone helping", "alle helfen mit"),
    }
}

/// The option as the object of a comparison.
fn object(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick("doing it yourself", "Selbermachen"),
        OptionId::Employee => l.pick("an employee", "eine angestellte Kraft"),
        OptionId::Contractor => l.pick("a contractor", "ein Freelancer"),
        OptionId::Platform => l.pick("the platform", "die Plattform"),
        OptionId::AllHands => l.pick("everyone helping", "alle helfen mit"),
    }
}

/// The option after a German preposition that takes the dative ("gegenüber einem Freelancer"); the
/// English object otherwise.
fn dative(id: OptionId, l: Lang) -> &'static str {
    match (id, l) {
        (OptionId::Employee, Lang::De) => "einer angestellten Kraft",
        (OptionId::Contractor, Lang::De) => "einem Freelancer",
        (OptionId::Platform, Lang::De) => "der Plattform",
        (OptionId::AllHands, Lang::De) => "„Alle helfen mit“",
        (id, l) => object(id, l),
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
        LineKind::Ai => l.pick("AI front line", "KI als erste Instanz"),
        LineKind::Live => l.pick("Live agent hours", "Stunden im Live-Kanal"),
    }
}

/// A value of the axis variable as the axis labels show it.
pub fn axis_value(x: XAxis, v: f64, currency: &str, l: Lang) -> String {
    let locale = l.code();
    match x {
        XAxis::TicketsPerMonth => format::number(v, 0, locale),
        XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate => format::percent(v, locale),
        XAxis::RepliesPerTicket => format::number(v, 1, locale),
        XAxis::FounderHourly | XAxis::ContractorHourlyRate => {
            format::money_axis(v, currency, locale)
        }
    }
}

/// "1 ticket", "1,500 tickets"; "1 Ticket", "1.500 Tickets".
pub fn tickets(v: f64, l: Lang) -> String {
    let n = format::count(v, l.code());
    let noun = match (v == 1.0, l) {
        (true, Lang::En) => "ticket",
        (false, Lang::En) => "tickets",
        (true, Lang::De) => "Ticket",
        (false, Lang::De) => "Tickets",
    };
    format!("{n} {noun}")
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
        (XAxis::TicketsPerMonth, _) => {
            format!("{} {}", tickets(v, l), l.pick("per month", "pro Monat"))
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
        (XAxis::AiResolutionRate, Lang::En) => {
            format!("an AI resolution rate of {}", percent())
        }
        (XAxis::AiResolutionRate, Lang::De) => {
            format!("einer Lösungsquote der KI von {}", percent())
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
/// doing it yourself." Read by the verdict's basis (SPEC 3.10); when the baseline cannot serve, a
/// second sentence says why.
pub fn verdict(tickets: f64, v: &Verdict, currency: &str, l: Lang) -> String {
    let Verdict {
        cheapest,
        cost,
        compared,
        basis,
        baseline_out,
    } = *v;
    let locale = l.code();
    let n = self::tickets(tickets, l);
    let cost = format::money_total(cost, currency, locale);
    let head = match (l, basis) {
        (Lang::En, Basis::Cost) => format!(
            "At {n} a month {} is cheapest: {cost} a month",
            object(cheapest, l)
        ),
        (Lang::De, Basis::Cost) => format!(
            "Bei {n} im Monat ist {} am günstigsten: {cost} im Monat",
            subject(cheapest, l)
        ),
        (Lang::En, Basis::Net) => format!(
            "Counting the customers fast answers keep, at {n} a month {} is cheapest: {cost} a month net",
            object(cheapest, l)
        ),
        (Lang::De, Basis::Net) => format!(
            "Mit den Kunden, die schnelle Antworten halten, ist bei {n} im Monat {} am günstigsten: netto {cost} im Monat",
            subject(cheapest, l)
        ),
        (Lang::En, Basis::Cash) => format!(
            "Counting only what you pay out, at {n} a month {} is cheapest: {cost} a month in cash",
            object(cheapest, l)
        ),
        (Lang::De, Basis::Cash) => format!(
            "Nur nach dem, was Sie auszahlen, ist bei {n} im Monat {} am günstigsten: {cost} im Monat",
            subject(cheapest, l)
        ),
    };
    let mut out = match compared {
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
    };
    if let Some((id, why)) = baseline_out {
        out.push(' ');
        out.push_str(&baseline_cannot_serve(id, why, l));
    }
    out
}

/// Why the baseline is not what the saving is measured against (SPEC 3.10): "Doing it yourself would
/// take 450 h of your time a month, more than one person has."
pub fn baseline_cannot_serve(id: OptionId, why: CannotServe, l: Lang) -> String {
    let who = sentence_start(id, l);
    let locale = l.code();
    match (why, l) {
        (CannotServe::Flag(OptionFlag::FounderHours { hours }), Lang::En) => format!(
            "{who} would take {} of your time a month, more than one person has.",
            format::hours(hours, locale)
        ),
        (CannotServe::Flag(OptionFlag::FounderHours { hours }), Lang::De) => format!(
            "{who} würde {} Ihrer Zeit im Monat brauchen, mehr als ein Mensch hat.",
            format::hours(hours, locale)
        ),
        (CannotServe::Flag(OptionFlag::ContractorHours { hours }), Lang::En) => format!(
            "{who} would bill {} a month, more than one person works.",
            format::hours(hours, locale)
        ),
        (CannotServe::Flag(OptionFlag::ContractorHours { hours }), Lang::De) => format!(
            "{who} würde {} im Monat abrechnen, mehr als ein Mensch arbeitet.",
            format::hours(hours, locale)
        ),
        (CannotServe::Unavailable(why), _) => {
            let reason = why.map(|w| unavailable(w, l)).unwrap_or_default();
            let head = match l {
                Lang::En => format!("{who} is not available here."),
                Lang::De => format!("{who} ist hier nicht verfügbar."),
            };
            if reason.is_empty() {
                head
            } else {
                format!("{head} {reason}")
            }
        }
    }
}

/// Whether the baseline of `s` can serve (on, available, not flagged as more hours than one person has):
/// what a saving may be measured against (SPEC 3.10).
pub fn baseline_serves(s: &Scenario, r: &Report, escalations_mine: bool) -> bool {
    r.option(s.baseline).is_some_and(|o| o.available)
        && flags::option_flag(s.baseline, s, r, escalations_mine).is_none()
}

/// How the verdict is read: its basis, and whether the founder handles escalations (which flags an
/// option past one person's hours).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    pub basis: Basis,
    pub escalations_mine: bool,
}

/// The verdict of scenario `s` with its report `r`, read as `reading` says (by net cost only while
/// the value of fast answers is on), or `None` when no option is available.
pub fn verdict_of(s: &Scenario, r: &Report, reading: Reading) -> Option<Verdict> {
    let basis = match reading.basis {
        Basis::Net if !s.value.enabled => Basis::Cost,
        basis => basis,
    };
    let flags = PerOption::from_fn(|id| flags::option_flag(id, s, r, reading.escalations_mine));
    r.verdict(basis, &flags)
}

/// The verdict of scenario `s` with its report `r`, or why there is none: what the page, the summary,
/// the CSV and the PNG lead with.
pub fn answer(s: &Scenario, r: &Report, reading: Reading, l: Lang) -> String {
    match verdict_of(s, r, reading) {
        Some(v) => verdict(s.workload.tickets_per_month, &v, &s.currency, l),
        None => no_option(l).into(),
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
    let axis = x.name().get(l);
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

pub fn preset_name(p: Preset, l: Lang) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => l.pick(
            "Solo plugin developer, 40 tickets a month",
            "Solo-Plugin-Entwickler, 40 Tickets im Monat",
        ),
        Preset::GrowingThemeShop => l.pick(
            "Growing theme shop, 600 tickets a month",
            "Wachsender Theme-Shop, 600 Tickets im Monat",
        ),
        Preset::SaasAtScale => l.pick(
            "SaaS product, 4,000 tickets a month",
            "SaaS-Produkt, 4.000 Tickets im Monat",
        ),
        Preset::DevToolsTeam => l.pick(
            "Developer-tools team of 20, 150 tickets a month",
            "Entwicklertools-Team mit 20 Personen, 150 Tickets im Monat",
        ),
        Preset::HelpdeskWithAi => l.pick(
            "Help-desk app with an AI agent, 1,500 tickets a month",
            "Helpdesk-App mit KI-Agent, 1.500 Tickets im Monat",
        ),
    }
}

/// Under "I handle escalations myself" while it is on.
pub fn escalations_mine_note(rate: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("Every option prices escalations at the value of your hour ({rate} an hour), and counts them as your time."),
        Lang::De => format!("Alle Optionen rechnen Eskalationen mit dem Wert Ihrer Stunde ({rate} pro Stunde) und zählen sie als Ihre Zeit."),
    }
}

/// Beside the verdict whenever the two rates differ: what each escalation is priced at.
pub fn escalation_rates(founder: &str, developer: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("Escalations are priced at {founder} an hour (the value of your hour) when you do it yourself, and at {developer} an hour (the developer rate) in every other option."),
        Lang::De => format!("Eskalationen kosten beim Selbermachen {founder} pro Stunde (Wert Ihrer Stunde), in jeder anderen Option {developer} pro Stunde (Entwicklersatz)."),
    }
}

/// What decides an example's answer, in one line (the figures are checked in `model::presets`).
pub fn preset_driver(p: Preset, l: Lang) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => l.pick(
            "Solo plugin developer: at 40 tickets doing it yourself is cheapest. Your 5.3 hours of tier 1 (267 at 50 an hour) cost less than a contractor's 10-hour minimum or the Starter plan's 199 fee, plus the oversight either needs.",
            "Solo-Plugin-Entwickler: Bei 40 Tickets ist Selbermachen am günstigsten. Ihre 5,3 Stunden 1st Level (267 bei 50 pro Stunde) kosten weniger als die 10 Mindeststunden eines Freelancers oder die 199 Grundgebühr des Tarifs Starter, jeweils samt Betreuung.",
        ),
        Preset::GrowingThemeShop => l.pick(
            "Growing theme shop: a contractor is cheapest. At 20 an hour, short 4-minute replies cost 1.33 each, less than the 1.60 to 1.90 the plans charge beyond their allowance.",
            "Wachsender Theme-Shop: Ein Freelancer ist am günstigsten. Bei 20 pro Stunde kosten kurze Antworten von 4 Minuten 1,33 je Antwort, weniger als die 1,60 bis 1,90 der Tarife über ihr Kontingent hinaus.",
        ),
        Preset::SaasAtScale => l.pick(
            "SaaS product: the platform is cheapest. Its 9,600 replies fit the illustrative Enterprise plan (5,900 for 10,000), 0.61 a reply, while a paid hour covers only 10 replies of 6 minutes.",
            "SaaS-Produkt: Die Plattform ist am günstigsten. Ihre 9.600 Antworten passen in den Beispieltarif Enterprise (5.900 für 10.000), 0,61 je Antwort; eine bezahlte Stunde reicht für nur 10 Antworten zu 6 Minuten.",
        ),
        Preset::DevToolsTeam => l.pick(
            "Developer-tools team: everyone helping is cheapest. The 20 people who build the product resolve 90% of tickets themselves, so 15 reach a developer. The platform's agents resolve 45% and escalate 82: 6,754 a month, where at your own 60% it would win at 5,179.",
            "Entwicklertools-Team: Alle helfen mit ist am günstigsten. Die 20 Personen, die das Produkt bauen, lösen 90 % der Tickets selbst; nur 15 gehen an die Entwicklung. Die Plattform löst 45 % und eskaliert 82: 6.754 im Monat; mit Ihren eigenen 60 % läge sie mit 5.179 vorn.",
        ),
        Preset::HelpdeskWithAi => l.pick(
            "Help-desk app: a contractor at 17 an hour with an AI agent in front is cheapest. The AI closes 486 of 1,350 tickets for 540 billed resolutions; with its upkeep it costs 895 and saves 589 a month.",
            "Helpdesk-App: Ein Freelancer zu 17 pro Stunde mit vorgeschaltetem KI-Agent ist am günstigsten. Die KI schließt 486 von 1.350 Tickets bei 540 abgerechneten Lösungen; mit Pflege kostet sie 895 und spart 589 im Monat.",
        ),
    }
}

/// A preset's scenario name in the interface language.
pub fn preset_scenario_name(p: Preset, l: Lang) -> &'static str {
    match p {
        Preset::SoloPluginDeveloper => l.pick("Solo plugin developer", "Solo-Plugin-Entwickler"),
        Preset::GrowingThemeShop => l.pick("Growing theme shop", "Wachsender Theme-Shop"),
        Preset::SaasAtScale => l.pick("SaaS product at scale", "SaaS-Produkt mit Volumen"),
        Preset::DevToolsTeam => l.pick("Developer-tools team", "Entwicklertools-Team"),
        Preset::HelpdeskWithAi => l.pick(
            "Help-desk app with an AI agent",
            "Helpdesk-App mit KI-Agent",
        ),
    }
}

/// What the AI front line is, in the panel's first line.
pub fn ai_blurb(l: Lang) -> &'static str {
    l.pick(
        "An AI agent answers tickets before any person does. What it does not close goes to whoever does tier 1 in each option, so every option's cost includes it.",
        "Ein KI-Agent beantwortet Tickets, bevor ein Mensch es tut. Was er nicht löst, geht in jeder Option an den 1st-Level; jede Option enthält also seine Kosten.",
    )
}

/// While the AI is off: what it would change at the current figures.
pub fn ai_preview(saving: Option<f64>, currency: &str, l: Lang) -> String {
    let money = |v: f64| format::money_total(v.abs(), currency, l.code());
    match (saving, l) {
        (None, Lang::En) => "With no option available, the AI would change nothing here.".into(),
        (None, Lang::De) => "Ohne verfügbare Option würde die KI hier nichts ändern.".into(),
        (Some(v), Lang::En) if v > 0.005 => format!(
            "Switched on with the settings below, it would save {} a month with the cheapest option.",
            money(v)
        ),
        (Some(v), Lang::De) if v > 0.005 => format!(
            "Eingeschaltet mit den Werten unten spräche sie mit der günstigsten Option {} im Monat ein.",
            money(v)
        ),
        (Some(v), Lang::En) => format!(
            "Switched on with the settings below, it would cost {} a month more than it saves.",
            money(v)
        ),
        (Some(v), Lang::De) => format!(
            "Eingeschaltet mit den Werten unten kostete sie {} im Monat mehr, als sie einspart.",
            money(v)
        ),
    }
}

/// Beside the verdict while the AI is on: what it saves or costs with the cheapest option.
pub fn ai_saving(saving: f64, with: f64, without: f64, currency: &str, l: Lang) -> String {
    let money = |v: f64| format::money_total(v, currency, l.code());
    let (with, without) = (money(with), money(without));
    match (saving > 0.005, l) {
        (true, Lang::En) => format!(
            "The AI saves {} a month: the cheapest option costs {with} with it and {without} without.",
            money(saving)
        ),
        (true, Lang::De) => format!(
            "Die KI spart {} im Monat: Die günstigste Option kostet mit ihr {with}, ohne sie {without}.",
            money(saving)
        ),
        (false, Lang::En) => format!(
            "The AI costs {} a month more than it saves: the cheapest option costs {with} with it and {without} without.",
            money(-saving)
        ),
        (false, Lang::De) => format!(
            "Die KI kostet {} im Monat mehr, als sie spart: Die günstigste Option kostet mit ihr {with}, ohne sie {without}.",
            money(-saving)
        ),
    }
}

/// The AI would close more than tier 1 could resolve.
pub fn ai_capped(claimed: f64, cap: f64, l: Lang) -> String {
    let (claimed, cap) = (
        format::count(claimed, l.code()),
        format::count(cap, l.code()),
    );
    match l {
        Lang::En => format!("The AI would close {claimed} tickets, but tier 1 could resolve only {cap}: it is counted at {cap}, the rest needs a person."),
        Lang::De => format!("Die KI würde {claimed} Tickets schließen, der 1st-Level könnte aber nur {cap} lösen: Gezählt werden {cap}, der Rest braucht einen Menschen."),
    }
}

/// The AI is billed for more than it really closes. `handoffs_billed`: billed per resolution, its
/// handoffs too (SPEC 3.9).
pub fn ai_billed_more(
    units: f64,
    resolved: f64,
    per_conversation: bool,
    handoffs_billed: bool,
    l: Lang,
) -> String {
    let (units, resolved) = (
        format::count(units, l.code()),
        format::count(resolved, l.code()),
    );
    match (per_conversation, l) {
        (false, Lang::En) if handoffs_billed => format!("The AI is billed for {units} resolutions and handoffs but really closes {resolved} tickets: you pay for every conversation it hands over too."),
        (false, Lang::De) if handoffs_billed => format!("Die KI berechnet {units} Lösungen und Übergaben, schließt aber nur {resolved} Tickets wirklich: Sie zahlen auch jede Konversation, die sie übergibt."),
        (false, Lang::En) => format!("The AI is billed for {units} resolutions but really closes {resolved} tickets: the others come back to a person."),
        (false, Lang::De) => format!("Die KI berechnet {units} Lösungen, schließt aber nur {resolved} Tickets wirklich: Die übrigen landen wieder bei einem Menschen."),
        (true, Lang::En) => format!("The AI is billed for {units} conversations and closes {resolved} tickets: you pay for every conversation, resolved or not."),
        (true, Lang::De) => format!("Die KI berechnet {units} Konversationen und schließt {resolved} Tickets: Sie zahlen jede Konversation, gelöst oder nicht."),
    }
}

/// A cap that pauses the AI part-way through the month (SPEC 3.9): from which day of a 30-day month.
pub fn ai_pause(day: u32, l: Lang) -> String {
    match (day, l) {
        (0, Lang::En) => "At this cap the AI takes no conversations: its fee uses the whole cap, and every ticket goes to people.".into(),
        (0, Lang::De) => "Bei dieser Obergrenze übernimmt die KI keine Konversation: Ihre Gebühr schöpft die Obergrenze aus, und jedes Ticket geht an Menschen.".into(),
        (day, Lang::En) => format!("At this cap the AI stops on day {day} of the month; the rest go to people."),
        (day, Lang::De) => format!("Bei dieser Obergrenze hört die KI am {day}. Tag des Monats auf; der Rest geht an Menschen."),
    }
}

/// What the AI's cap does this month, if anything: it pauses on a day (`true`), or it is billed past
/// (`false`), in one sentence.
pub fn ai_at_cap(s: &Scenario, a: &AiWorkload, l: Lang) -> Option<(bool, String)> {
    match (a.pause_day(), a.ai_over_cap, s.ai.monthly_cap) {
        (Some(day), _, _) => Some((true, ai_pause(day, l))),
        (None, true, Some(cap)) => Some((false, ai_over_cap(a.capped_bill, cap, &s.currency, l))),
        _ => None,
    }
}

/// The AI billed past its cap (SPEC 3.9, `at_cap` overage).
pub fn ai_over_cap(bill: f64, cap: f64, currency: &str, l: Lang) -> String {
    let money = |v: f64| format::money_total(v, currency, l.code());
    let (over, bill, cap) = (money(bill - cap), money(bill), money(cap));
    match l {
        Lang::En => format!("The AI's bill, {bill}, runs {over} past its cap of {cap}: the vendor bills the overage."),
        Lang::De => format!("Die Rechnung der KI, {bill}, liegt {over} über ihrer Obergrenze von {cap}: Der Anbieter rechnet den Mehrverbrauch ab."),
    }
}

/// The AI's bill this month against its cap, and what its resolutions cost elsewhere.
pub fn ai_bill(bill: f64, extra: f64, cap: Option<f64>, currency: &str, l: Lang) -> String {
    let money = |v: f64| format::money_total(v, currency, l.code());
    let main = match (cap, l) {
        (Some(cap), Lang::En) => format!(
            "The AI's bill this month: {} of its {} cap.",
            money(bill),
            money(cap)
        ),
        (Some(cap), Lang::De) => format!(
            "Rechnung der KI in diesem Monat: {}, Obergrenze {}.",
            money(bill),
            money(cap)
        ),
        (None, Lang::En) => format!("The AI's bill this month: {}, with no cap.", money(bill)),
        (None, Lang::De) => format!(
            "Rechnung der KI in diesem Monat: {}, ohne Obergrenze.",
            money(bill)
        ),
    };
    if extra <= 0.0 {
        return main;
    }
    match l {
        Lang::En => format!(
            "{main} Its resolutions also cost {} elsewhere, such as helpdesk tickets.",
            money(extra)
        ),
        Lang::De => format!(
            "{main} Ihre Lösungen kosten zudem anderswo {}, etwa als Helpdesk-Tickets.",
            money(extra)
        ),
    }
}

/// A vendor's price point, as its button's description and the line under the prices say it: whose,
/// which unit, when, and to check the vendor's page.
pub fn vendor_price(v: &VendorPrice, currency: &str, l: Lang) -> String {
    let dollars = format::money_precise(v.price, "USD", l.code());
    let converted = if currency == "USD" {
        String::new()
    } else {
        match l {
            Lang::En => format!(" Published in US dollars; this scenario counts in {currency}."),
            Lang::De => {
                format!(" Veröffentlicht in US-Dollar; dieses Szenario rechnet in {currency}.")
            }
        }
    };
    match l {
        Lang::En => format!(
            "{}: {dollars} {}, {}. {} Check the vendor's page: prices change.{converted}",
            v.vendor.get(l),
            v.unit.get(l),
            v.published.get(l),
            v.note.get(l)
        ),
        Lang::De => format!(
            "{}: {dollars} {}, {}. {} Prüfen Sie die Seite des Anbieters: Preise ändern sich.{converted}",
            v.vendor.get(l),
            v.unit.get(l),
            v.published.get(l),
            v.note.get(l)
        ),
    }
}

/// How the AI is billed, in one line for the printout and the sheet: the unit, handoffs billed, the
/// cap and what happens at it, what a resolution costs elsewhere, and whose price it is. `None` while
/// the AI is off.
pub fn ai_terms(s: &Scenario, l: Lang) -> Option<String> {
    use crate::model::scenario::Pricing;
    if !s.ai.enabled {
        return None;
    }
    let a = &s.ai;
    let money = |v: f64| format::money_precise(v, &s.currency, l.code());
    let mut parts = vec![format!(
        "{}: {}",
        l.pick("AI billed", "Abrechnung der KI"),
        a.pricing.name().get(l)
    )];
    if a.pricing == Pricing::PerResolution {
        let yes = if a.handoffs_billed {
            l.pick("yes", "ja")
        } else {
            l.pick("no", "nein")
        };
        parts.push(format!(
            "{}: {yes}",
            l.pick("handoffs billed too", "Übergaben ebenfalls abgerechnet")
        ));
    }
    parts.push(match a.monthly_cap {
        Some(cap) => format!(
            "{} {}: {}",
            l.pick("capped at", "gedeckelt bei"),
            money(cap),
            a.at_cap.name().get(l)
        ),
        None => l.pick("no cap", "keine Obergrenze").to_string(),
    });
    if a.extra_per_resolution > 0.0 {
        parts.push(format!(
            "{} {}",
            l.pick("each resolution also costs", "jede Lösung kostet zudem"),
            money(a.extra_per_resolution)
        ));
    }
    parts.push(match VendorPrice::matching(a) {
        Some(v) => format!(
            "{} {} {}, {}",
            v.vendor.get(l),
            format::money_precise(v.price, "USD", l.code()),
            v.unit.get(l),
            v.published.get(l)
        ),
        None => l.pick("your own quote", "Ihr eigenes Angebot").to_string(),
    });
    Some(format!("{}.", parts.join("; ")))
}

/// From which AI resolution rate the AI pays for itself with an option.
/// `comparable`: the option is available without the AI, so there is a cost to undercut.
pub fn ai_pays_from(id: OptionId, rate: Option<f64>, comparable: bool, l: Lang) -> String {
    let name = sentence_start(id, l);
    match (rate, l) {
        (None, Lang::En) if !comparable => format!("{name}: not available without the AI"),
        (None, Lang::De) if !comparable => format!("{name}: ohne KI nicht verfügbar"),
        (Some(r), Lang::En) => format!("{name}: from {}", format::percent(r, l.code())),
        (Some(r), Lang::De) => format!("{name}: ab {}", format::percent(r, l.code())),
        (None, Lang::En) => format!("{name}: at no resolution rate"),
        (None, Lang::De) => format!("{name}: bei keiner Lösungsquote"),
    }
}

/// Beside an option's cost while the AI is on.
pub fn without_ai(cost: Option<f64>, currency: &str, l: Lang) -> String {
    match (cost, l) {
        (Some(c), Lang::En) => format!(
            "{} without the AI",
            format::money_total(c, currency, l.code())
        ),
        (Some(c), Lang::De) => format!("{} ohne KI", format::money_total(c, currency, l.code())),
        (None, Lang::En) => "not available without the AI".into(),
        (None, Lang::De) => "ohne KI nicht verfügbar".into(),
    }
}

/// On a card whose option works at a tier-1 rate or reply minutes of its own.
pub fn own_tier1_note(rate: Option<(f64, f64)>, minutes: Option<(f64, f64)>, l: Lang) -> String {
    let locale = l.code();
    let mut parts = Vec::new();
    if let Some((own, workload)) = rate {
        let (own, workload) = (
            format::percent(own, locale),
            format::percent(workload, locale),
        );
        parts.push(match l {
            Lang::En => format!("Tier 1 here resolves {own} (workload: {workload})"),
            Lang::De => format!("Der 1st-Level löst hier {own} (Arbeitsaufkommen: {workload})"),
        });
    }
    if let Some((own, workload)) = minutes {
        let (own, workload) = (
            format::number(own, 1, locale),
            format::number(workload, 1, locale),
        );
        parts.push(match l {
            Lang::En => format!("{own} min per reply (workload: {workload})"),
            Lang::De => format!("{own} Min. pro Antwort (Arbeitsaufkommen: {workload})"),
        });
    }
    format!("{}.", parts.join("; "))
}

/// On the everyone-helps card when the rotation would take more than the rule allows.
pub fn all_hands_over(needed: f64, allowed: f64, l: Lang) -> String {
    let (needed, allowed) = (
        format::percent(needed, l.code()),
        format::percent(allowed, l.code()),
    );
    match l {
        Lang::En => {
            format!("It would take {needed} of everyone's time; the rule allows {allowed}.")
        }
        Lang::De => format!("Das bräuchte {needed} der Zeit aller; die Regel erlaubt {allowed}."),
    }
}

/// The key figure of an option besides its cost.
pub fn option_detail(o: &crate::model::report::OptionReport, unit: BillingUnit, l: Lang) -> String {
    let locale = l.code();
    match o.id {
        // Your hours with the live channel and the coverage floor (SPEC 5.2), escalations included.
        OptionId::Diy => format!(
            "{} {}",
            format::hours(o.required_hours + o.tier2_hours, locale),
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
            let noun = unit.noun().get(l);
            match (o.plan.clone().flatten(), l) {
                (Some(plan), Lang::En) => format!("{plan} plan, {units} {noun}"),
                (Some(plan), Lang::De) => format!("Tarif {plan}, {units} {noun}"),
                (None, Lang::En) => format!("No plan covers {units} {noun}"),
                (None, Lang::De) => format!("Kein Tarif deckt {units} {noun} ab"),
            }
        }
        OptionId::AllHands => {
            let shift = format::hours(o.shift_hours.unwrap_or(0.0), locale);
            let each = format::hours(o.hours_per_person.unwrap_or(0.0), locale);
            let share = format::percent(o.share_of_time.unwrap_or(0.0), locale);
            match l {
                Lang::En => format!("{shift} of shifts, {each} each ({share} of their time)"),
                Lang::De => format!("{shift} Schichten, {each} pro Person ({share} ihrer Zeit)"),
            }
        }
    }
}

/// "$16.96 per ticket".
pub fn per_ticket(cost: f64, currency: &str, l: Lang) -> String {
    let cost = format::money_precise(cost, currency, l.code());
    match l {
        Lang::En => format!("{cost} per ticket"),
        Lang::De => format!("{cost} pro Ticket"),
    }
}

/// A saving against its baseline, as the compare view lists it: "$2,261 (vs Do it yourself)".
pub fn saving_against(saving: f64, baseline: OptionId, currency: &str, l: Lang) -> String {
    let saving = format::money_total(saving, currency, l.code());
    let baseline = baseline.name().get(l);
    match l {
        Lang::En => format!("{saving} (vs {baseline})"),
        Lang::De => format!("{saving} (ggü. {baseline})"),
    }
}

/// The label of the chart's "Now" line: "Now: 300".
pub fn now_label(x: XAxis, v: f64, currency: &str, l: Lang) -> String {
    let v = axis_value(x, v, currency, l);
    match l {
        Lang::En => format!("Now: {v}"),
        Lang::De => format!("Aktuell: {v}"),
    }
}

/// A plan's heading in the plan editor: "Plan 2".
pub fn plan_heading(index: usize, l: Lang) -> String {
    match l {
        Lang::En => format!("Plan {}", index + 1),
        Lang::De => format!("Tarif {}", index + 1),
    }
}

/// The name of a plan's remove button for screen readers: "Remove plan Growth".
pub fn remove_plan(name: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("Remove plan {name}"),
        Lang::De => format!("Tarif entfernen: {name}"),
    }
}

/// A chart that could not be drawn, and why (the drawing's own words).
pub fn chart_not_drawn(why: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("The chart could not be drawn: {why}"),
        Lang::De => format!("Das Diagramm konnte nicht gezeichnet werden: {why}"),
    }
}

/// An export that failed, and why.
pub fn export_failed(why: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("Export failed: {why}"),
        Lang::De => format!("Export fehlgeschlagen: {why}"),
    }
}

/// Which option is cheapest in each range of the chart's axis, in one paragraph: "Below 30 tickets:
/// doing it yourself. 30 to 116: a contractor. From 117: the platform."
pub fn regimes_sentence(x: XAxis, regimes: &[Regime], max: f64, currency: &str, l: Lang) -> String {
    let who = |r: &Regime| match (r.cheapest, l) {
        (Some(id), Lang::En) => object(id, l).to_string(),
        (Some(id), Lang::De) => subject(id, l).to_string(),
        (None, _) => l
            .pick("no option is available", "keine Option verfügbar")
            .into(),
    };
    let v = |value: f64| axis_value(x, value, currency, l);
    // The first value names the unit: "Below 30 tickets", "Up to 1 ticket".
    let first = |value: f64| match x {
        XAxis::TicketsPerMonth => tickets(value, l),
        _ => v(value),
    };
    let [only] = regimes else {
        let parts: Vec<String> = regimes
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let next = regimes.get(i + 1).map(|n| n.from);
                let until = |n: f64| if x.is_integer() { n - 1.0 } else { n };
                match (i, next, l) {
                    (0, Some(n), Lang::En) => format!("Below {}: {}.", first(n), who(r)),
                    (0, Some(n), Lang::De) => format!("Unter {}: {}.", first(n), who(r)),
                    (_, Some(n), Lang::En) => {
                        format!("{} to {}: {}.", v(r.from), v(until(n)), who(r))
                    }
                    (_, Some(n), Lang::De) => {
                        format!("{} bis {}: {}.", v(r.from), v(until(n)), who(r))
                    }
                    (_, None, Lang::En) => format!("From {}: {}.", v(r.from), who(r)),
                    (_, None, Lang::De) => format!("Ab {}: {}.", v(r.from), who(r)),
                }
            })
            .collect();
        return parts.join(" ");
    };
    match l {
        Lang::En => format!("Up to {}: {}, throughout.", first(max), who(only)),
        Lang::De => format!("Bis {}: durchgehend {}.", first(max), who(only)),
    }
}

/// Beside the verdict while fields hold invalid text: which last valid values the results use.
/// `fields` are (label, last valid value as shown).
pub fn stale_notice(fields: &[(&str, &str)], l: Lang) -> String {
    let list: Vec<String> = fields.iter().map(|(f, v)| format!("{f} ({v})")).collect();
    let named = join_and(&list, l);
    match (l, fields.len()) {
        (Lang::En, 1) => format!("Results use the last valid value of {named}."),
        (Lang::En, _) => format!("Results use the last valid values of {named}."),
        (Lang::De, 1) => format!("Die Ergebnisse verwenden den letzten gültigen Wert von {named}."),
        (Lang::De, _) => {
            format!("Die Ergebnisse verwenden die letzten gültigen Werte von {named}.")
        }
    }
}

/// The option starting a sentence (German capitalises the article there).
fn sentence_start(id: OptionId, l: Lang) -> &'static str {
    match (id, l) {
        (OptionId::Employee, Lang::De) => "Eine angestellte Kraft",
        (OptionId::Contractor, Lang::De) => "Ein Freelancer",
        (OptionId::Platform, Lang::De) => "Die Plattform",
        (OptionId::AllHands, Lang::De) => "Alle helfen mit",
        _ => subject(id, l),
    }
}

/// An option's flag, on its card and beside the verdict: "Doing it yourself needs 367.5 h of your time a
/// month, more than the 160 h one person has."
pub fn option_flag(id: OptionId, flag: OptionFlag, l: Lang) -> String {
    let who = sentence_start(id, l);
    let locale = l.code();
    match flag {
        OptionFlag::FounderHours { hours } => {
            let (h, max) = (
                format::hours(hours, locale),
                format::hours(FOUNDER_HOURS, locale),
            );
            match l {
                Lang::En => format!("{who} needs {h} of your time a month, more than the {max} one person has."),
                Lang::De => format!("{who} braucht {h} Ihrer Zeit im Monat, mehr als die {max}, die ein Mensch hat."),
            }
        }
        OptionFlag::ContractorHours { hours } => {
            let (h, max) = (
                format::hours(hours, locale),
                format::hours(CONTRACTOR_HOURS, locale),
            );
            let people = format::count((hours / CONTRACTOR_HOURS - 1e-9).ceil(), locale);
            match l {
                Lang::En => format!("{who} would bill {h} a month, more than the {max} one person works: it takes {people} contractors."),
                Lang::De => format!("{who} würde {h} im Monat abrechnen, mehr als die {max}, die ein Mensch arbeitet: Es braucht {people} Freelancer."),
            }
        }
    }
}

/// Where the page states the founder's hours (the do-it-yourself panel).
pub fn founder_hours_note(l: Lang) -> String {
    let max = format::hours(FOUNDER_HOURS, l.code());
    match l {
        Lang::En => format!("Uses the value of your hour for both tiers. You have {max} a month for support and everything else; an option that needs more of your time is flagged."),
        Lang::De => format!("Rechnet beide Ebenen mit dem Wert Ihrer Stunde. Sie haben {max} im Monat für Support und alles andere; eine Option, die mehr Ihrer Zeit braucht, wird markiert."),
    }
}

/// An input a careful colleague would question, and why.
pub fn input_flag(flag: InputFlag, currency: &str, l: Lang) -> String {
    let locale = l.code();
    match (flag, l) {
        (InputFlag::InstantReplies { minutes }, Lang::En) => format!("{} minutes per reply is faster than anyone types; 3 to 10 is typical.", format::plain(minutes, locale)),
        (InputFlag::InstantReplies { minutes }, Lang::De) => format!("{} Minuten pro Antwort ist schneller, als jemand tippt; üblich sind 3 bis 10.", format::plain(minutes, locale)),
        (InputFlag::ManyReplies { replies }, Lang::En) => format!("{} replies per ticket is far above the usual 1 to 6.", format::plain(replies, locale)),
        (InputFlag::ManyReplies { replies }, Lang::De) => format!("{} Antworten pro Ticket liegt weit über den üblichen 1 bis 6.", format::plain(replies, locale)),
        (InputFlag::EverythingResolved, Lang::En) => "Tier 1 resolving every ticket is beyond world class (80 to 85%): nothing reaches a developer.".into(),
        (InputFlag::EverythingResolved, Lang::De) => "Dass der 1st Level jedes Ticket löst, übertrifft Weltklasse (80 bis 85\u{a0}%): Nichts erreicht die Entwicklung.".into(),
        (InputFlag::FreeEscalations, Lang::En) => "Escalated tickets take 0 developer minutes: tier 2 then costs nothing in every option.".into(),
        (InputFlag::FreeEscalations, Lang::De) => "Eskalierte Tickets brauchen 0 Entwicklerminuten: Der 2nd Level kostet dann in keiner Option etwas.".into(),
        (InputFlag::FreeHour { founder: true }, Lang::En) => "Your hour is valued at 0: your own time then looks free.".into(),
        (InputFlag::FreeHour { founder: true }, Lang::De) => "Ihre Stunde ist mit 0 bewertet: Ihre eigene Zeit wirkt dann kostenlos.".into(),
        (InputFlag::FreeHour { founder: false }, Lang::En) => "Developer time is priced at 0: escalations then look free.".into(),
        (InputFlag::FreeHour { founder: false }, Lang::De) => "Entwicklerzeit kostet 0: Eskalationen wirken dann kostenlos.".into(),
        (InputFlag::CostPerTicket { cheapest, per_ticket }, _) => {
            let cost = format::money_precise(per_ticket, currency, locale);
            let ceiling = format::money_total(COST_PER_TICKET_CEILING, currency, locale);
            match l {
                Lang::En => format!("Even the cheapest option, {}, costs {cost} per ticket, above any published benchmark (under {ceiling}): check the minutes and rates.", object(cheapest, l)),
                Lang::De => format!("Selbst die günstigste Option, {}, kostet {cost} pro Ticket, mehr als jeder veröffentlichte Richtwert (unter {ceiling}): Prüfen Sie Minuten und Sätze.", object(cheapest, l)),
            }
        }
    }
}

/// Above the list of questionable inputs.
pub fn input_flags_heading(l: Lang) -> &'static str {
    l.pick("Worth a second look:", "Einen zweiten Blick wert:")
}

/// A cheapest cost against the first compared scenario's: "+$1,234", "−$120", "the same".
pub fn difference(v: f64, currency: &str, l: Lang) -> String {
    if v.abs() < 0.005 {
        return l.pick("the same", "gleich").into();
    }
    let sign = if v > 0.0 { "+" } else { "\u{2212}" };
    format!("{sign}{}", format::money_total(v.abs(), currency, l.code()))
}

/// What the platform's prices are, wherever they are printed or exported.
pub fn plans_caveat(l: Lang) -> &'static str {
    l.pick(
        "The starting plans are illustrative examples, not any vendor's price list; enter the prices you were quoted.",
        "Die vorgegebenen Tarife sind Beispiele, keine Preisliste eines Anbieters; tragen Sie die Preise Ihres Angebots ein.",
    )
}

/// An option's name where space is short (the sticky summary).
pub fn option_short(id: OptionId, l: Lang) -> &'static str {
    match id {
        OptionId::Diy => l.pick("DIY", "Selbst"),
        OptionId::Employee => l.pick("Employee", "Angestellt"),
        OptionId::Contractor => l.pick("Contractor", "Freelancer"),
        OptionId::Platform => l.pick("Platform", "Plattform"),
        OptionId::AllHands => l.pick("Team", "Team"),
    }
}

/// The sticky summary's first line: "Cheapest: the platform, $5,089 a month".
pub fn summary_head(
    cheapest: Option<(OptionId, f64)>,
    stale: bool,
    currency: &str,
    l: Lang,
) -> String {
    let Some((id, cost)) = cheapest else {
        return l
            .pick("No option is available", "Keine Option verfügbar")
            .into();
    };
    let cost = format::money_total(cost, currency, l.code());
    let head = match l {
        Lang::En => format!("Cheapest: {}, {cost} a month", object(id, l)),
        // Without "im Monat", which would not fit a phone: every figure of the summary is monthly.
        Lang::De => format!("Am günstigsten: {}, {cost}", object(id, l)),
    };
    if stale {
        format!(
            "{head} {}",
            l.pick("(last valid values)", "(letzte gültige Werte)")
        )
    } else {
        head
    }
}

// --- coverage, live channels and what fast answers are worth (SPEC 5) -------------------------------

/// "26.8% answered within 1.0 h · mean wait 15.2 h" on a card.
pub fn fast_reply(share: f64, within_hours: f64, mean_wait: f64, covered: f64, l: Lang) -> String {
    let locale = l.code();
    let share = format::percent(share, locale);
    let within = format::hours(within_hours, locale);
    let wait = format::hours(mean_wait, locale);
    // "Always staffed" only when someone answers through all 168 hours of the week (SPEC 5.1).
    match (l, covered >= 168.0 && mean_wait < 0.05) {
        (Lang::En, false) => format!("{share} answered within {within} · mean wait {wait}"),
        (Lang::De, false) => format!("{share} binnen {within} beantwortet · Ø Wartezeit {wait}"),
        (Lang::En, true) => format!("{share} answered within {within} · always staffed"),
        (Lang::De, true) => format!("{share} binnen {within} beantwortet · immer besetzt"),
    }
}

/// On a card whose people work fewer hours than the week covered, with nobody promised on shift
/// (SPEC 5.1): the hours it really answers in, and what one person on shift through all of them takes
/// (`need`: FTE, contractors, or shift hours a month for everyone helping).
pub fn works_fewer_hours(id: OptionId, worked: f64, promised: f64, need: f64, l: Lang) -> String {
    let locale = l.code();
    let (worked, promised) = (
        format::hours(worked, locale),
        format::hours(promised, locale),
    );
    let need = match (id, l) {
        (OptionId::Employee, Lang::En) => format!("{} FTE", format::number(need, 1, locale)),
        (OptionId::Employee, Lang::De) => format!("{} VZÄ", format::number(need, 1, locale)),
        (OptionId::Contractor, Lang::En) => format!("{} contractors", format::count(need, locale)),
        (OptionId::Contractor, Lang::De) => format!("{} Freelancer", format::count(need, locale)),
        (_, Lang::En) => format!("{} of shifts a month", format::hours(need, locale)),
        (_, Lang::De) => format!("{} Schichtstunden im Monat", format::hours(need, locale)),
    };
    match l {
        Lang::En => {
            format!("Works {worked} of the {promised} a week covered; {need} on shift cover all.")
        }
        Lang::De => format!(
            "Arbeitet {worked} der {promised} pro Woche; {need} in Schichten decken alles ab."
        ),
    }
}

/// How a card's live hours are paid, while some tickets arrive live (SPEC 5.2).
pub fn live_paid(id: OptionId, billed: Option<f64>, hourly: &str, l: Lang) -> String {
    let locale = l.code();
    match (id, billed, l) {
        (OptionId::Platform, Some(h), Lang::En) => format!("Live chat and phone: {} of live agents at {hourly} an hour, billed apart from the plan.", format::hours(h, locale)),
        (OptionId::Platform, Some(h), Lang::De) => format!("Live-Chat und Telefon: {} Live-Kräfte zu {hourly} pro Stunde, getrennt vom Tarif abgerechnet.", format::hours(h, locale)),
        (OptionId::Platform, None, Lang::En) => "Live chat and phone: live tickets are billed in the plan like the rest.".into(),
        (OptionId::Platform, None, Lang::De) => "Live-Chat und Telefon: Live-Tickets werden wie die übrigen im Tarif abgerechnet.".into(),
        (OptionId::Diy, _, Lang::En) => "Live chat and phone: your own hours on duty.".into(),
        (OptionId::Diy, _, Lang::De) => "Live-Chat und Telefon: Ihre eigenen Stunden im Dienst.".into(),
        (OptionId::Contractor, _, Lang::En) => "Live chat and phone: hours on duty, billed by the contractor.".into(),
        (OptionId::Contractor, _, Lang::De) => "Live-Chat und Telefon: Dienststunden, vom Freelancer abgerechnet.".into(),
        (OptionId::AllHands, _, Lang::En) => "Live chat and phone: the team's shift hours.".into(),
        (OptionId::AllHands, _, Lang::De) => "Live-Chat und Telefon: Schichtstunden des Teams.".into(),
        (_, _, Lang::En) => "Live chat and phone: paid hours of the people hired.".into(),
        (_, _, Lang::De) => "Live-Chat und Telefon: bezahlte Stunden der eingestellten Kräfte.".into(),
    }
}

/// The two parts of a card's cost (SPEC 3.10), around the amounts: "paid out", "your time".
pub fn split_words(l: Lang) -> (&'static str, &'static str) {
    (
        l.pick(" paid out · ", " ausgezahlt · "),
        l.pick(" own time", " eigene Zeit"),
    )
}

/// "Keeps $58 of customers' value: $13,162 net" on a card.
pub fn net_cost(kept: f64, net: Option<f64>, currency: &str, l: Lang) -> String {
    let locale = l.code();
    let kept = format::money_total(kept, currency, locale);
    match (net, l) {
        (Some(net), Lang::En) => format!(
            "Fast replies keep {kept} of customers' value a month: {} net",
            format::money_total(net, currency, locale)
        ),
        (Some(net), Lang::De) => format!(
            "Schnelle Antworten halten {kept} Kundenwert im Monat: netto {}",
            format::money_total(net, currency, locale)
        ),
        (None, Lang::En) => format!("Fast replies would keep {kept} of customers' value a month"),
        (None, Lang::De) => format!("Schnelle Antworten hielten {kept} Kundenwert im Monat"),
    }
}

/// Why an option cannot keep the promise, or cannot be had at all, on its card.
pub fn unavailable(why: Unavailable, l: Lang) -> String {
    let locale = l.code();
    let h = |v: f64| format::number(v, 0, locale);
    match (why, l) {
        (Unavailable::ShiftNeedsMore { people }, Lang::En) => format!(
            "You are one person; the promise needs {} on every shift.",
            h(people)
        ),
        (Unavailable::ShiftNeedsMore { people }, Lang::De) => format!(
            "Sie sind eine Person; das Versprechen braucht {} in jeder Schicht.",
            h(people)
        ),
        (Unavailable::QueueNeedsMore { agents }, Lang::En) => format!(
            "The live queue needs {} people at once in its busiest hour; you are one.",
            h(agents)
        ),
        (Unavailable::QueueNeedsMore { agents }, Lang::De) => format!(
            "Die Live-Warteschlange braucht in der Spitzenstunde {} Personen gleichzeitig; Sie sind eine.",
            h(agents)
        ),
        (Unavailable::FounderHours { hours, promised }, Lang::En) => format!(
            "You answer {} h a week; the promise covers {} h.",
            h(hours),
            h(promised)
        ),
        (Unavailable::FounderHours { hours, promised }, Lang::De) => format!(
            "Sie antworten {} h pro Woche; das Versprechen umfasst {} h.",
            h(hours),
            h(promised)
        ),
        (Unavailable::PlanHours { hours, promised }, Lang::En) => format!(
            "The plan covers {} h a week; the promise covers {} h.",
            h(hours),
            h(promised)
        ),
        (Unavailable::PlanHours { hours, promised }, Lang::De) => format!(
            "Der Tarif deckt {} h pro Woche ab; das Versprechen umfasst {} h.",
            h(hours),
            h(promised)
        ),
        (Unavailable::NoLiveChannel, Lang::En) => {
            "The platform takes no live chat or phone; some of your tickets arrive live.".into()
        }
        (Unavailable::NoLiveChannel, Lang::De) => {
            "Die Plattform bietet weder Live-Chat noch Telefon an; ein Teil Ihrer Tickets kommt live.".into()
        }
        (Unavailable::NoPlan | Unavailable::OverShare, _) => String::new(),
    }
}

/// The covered hours of the standard week in words: "Monday to Friday, 08:00 to 16:00".
pub fn covered_week(hours: f64, l: Lang) -> String {
    let locale = l.code();
    let clock = |h: f64| {
        let minutes = (h.rem_euclid(24.0) * 60.0).round() as u32 % (24 * 60);
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    };
    if hours >= 168.0 {
        return l
            .pick("Around the clock, every day", "Rund um die Uhr, jeden Tag")
            .into();
    }
    if hours <= 120.0 {
        let end = 8.0 + hours / 5.0;
        let next_day = end > 24.0 + 1e-9;
        let to = clock(end);
        return match (l, next_day) {
            (Lang::En, false) => format!("Monday to Friday, 08:00 to {to}"),
            (Lang::De, false) => format!("Montag bis Freitag, 08:00 bis {to} Uhr"),
            (Lang::En, true) => format!("Monday to Friday from 08:00 to {to} the next morning"),
            (Lang::De, true) => format!("Montag bis Freitag von 08:00 bis {to} Uhr am Folgetag"),
        };
    }
    let weekend = format::hours((hours - 120.0) / 2.0, locale);
    match l {
        Lang::En => {
            format!("Monday to Friday around the clock, and {weekend} on Saturday and on Sunday")
        }
        Lang::De => {
            format!("Montag bis Freitag rund um die Uhr und {weekend} am Samstag und am Sonntag")
        }
    }
}

/// The floor of people on shift: "The promise alone takes 173.3 h a month: 1 person in each of the
/// 173.3 covered hours."
pub fn coverage_floor(people: f64, covered_month: f64, l: Lang) -> String {
    let locale = l.code();
    let total = format::hours(people * covered_month, locale);
    let covered = format::number(covered_month, 1, locale);
    let n = format::number(people, 0, locale);
    match (l, people == 1.0) {
        (Lang::En, true) => format!("The promise alone takes {total} a month: one person in each of {covered} covered hours, however few tickets arrive."),
        (Lang::En, false) => format!("The promise alone takes {total} a month: {n} people in each of {covered} covered hours, however few tickets arrive."),
        (Lang::De, true) => format!("Das Versprechen allein braucht {total} im Monat: eine Person in jeder von {covered} abgedeckten Stunden, egal wie wenige Tickets kommen."),
        (Lang::De, false) => format!("Das Versprechen allein braucht {total} im Monat: {n} Personen in jeder von {covered} abgedeckten Stunden, egal wie wenige Tickets kommen."),
    }
}

/// No promise: what the covered hours still mean.
pub fn no_promise(l: Lang) -> &'static str {
    l.pick(
        "Nobody is promised on shift: staffing follows the tickets, and the covered hours set how soon each option answers.",
        "Niemand ist fest im Dienst: Die Besetzung folgt den Tickets, und die abgedeckten Stunden bestimmen, wie schnell jede Option antwortet.",
    )
}

/// "3 people on live chat and phone in every covered hour."
pub fn live_agents(agents: f64, l: Lang) -> String {
    let n = format::number(agents, 0, l.code());
    match (l, agents == 1.0) {
        (Lang::En, true) => "1 person on live chat and phone in every covered hour".into(),
        (Lang::En, false) => format!("{n} people on live chat and phone in every covered hour"),
        (Lang::De, true) => "1 Person für Live-Chat und Telefon in jeder abgedeckten Stunde".into(),
        (Lang::De, false) => {
            format!("{n} Personen für Live-Chat und Telefon in jeder abgedeckten Stunde")
        }
    }
}

/// Without live tickets.
pub fn no_live_channel(l: Lang) -> &'static str {
    l.pick(
        "No live channel: every ticket is answered in writing, and nobody waits in a queue.",
        "Kein Live-Kanal: Jedes Ticket wird schriftlich beantwortet, niemand wartet in einer Warteschlange.",
    )
}

/// The promised people on shift are too few for the live queue on their own.
pub fn queue_unstable(people: f64, traffic: f64, agents: f64, l: Lang) -> String {
    let locale = l.code();
    let n = format::number(people, 0, locale);
    let a = format::number(traffic, 1, locale);
    let k = format::number(agents, 0, locale);
    match l {
        Lang::En => format!("With only the {n} on shift the live queue would be unstable: its busiest hour brings {a} hours of work an hour, so waits would grow without end. It needs {k}, and the costs count them."),
        Lang::De => format!("Mit nur {n} im Dienst wäre die Live-Warteschlange instabil: Ihre Spitzenstunde bringt {a} Stunden Arbeit pro Stunde, die Wartezeiten wüchsen ohne Ende. Sie braucht {k}, und die Kosten rechnen damit."),
    }
}

/// The staffing view's answer when solving: "14 agents answer 88.8% within the target time; schedule
/// 20 with shrinkage."
pub fn staffing_needed(a: &crate::model::erlang::Staffing, l: Lang) -> String {
    let locale = l.code();
    let n = format::count(a.agents as f64, locale);
    let sl = format::percent(a.service_level, locale);
    let scheduled = format::count(a.scheduled as f64, locale);
    match l {
        Lang::En => format!("{n} agents at work meet the target: {sl} answered in time. Schedule {scheduled} to cover shrinkage."),
        Lang::De => format!("{n} Personen im Einsatz erreichen das Ziel: {sl} rechtzeitig angenommen. Planen Sie {scheduled} ein, um die Ausfallzeit zu decken."),
    }
}

/// The reverse mode's answer: what a headcount reaches.
pub fn staffing_reached(a: &crate::model::erlang::Staffing, l: Lang) -> String {
    let locale = l.code();
    let n = format::count(a.agents as f64, locale);
    if !a.stable {
        return match l {
            Lang::En => format!("{n} agents cannot keep up: the queue grows without end."),
            Lang::De => format!("{n} Personen kommen nicht nach: Die Schlange wächst ohne Ende."),
        };
    }
    let sl = format::percent(a.service_level, locale);
    let asa = format::number(a.average_answer_seconds.unwrap_or(0.0), 1, locale);
    match l {
        Lang::En => format!("{n} agents answer {sl} in time, after {asa} s on average."),
        Lang::De => format!("{n} Personen nehmen {sl} rechtzeitig an, im Schnitt nach {asa} s."),
    }
}

/// Why a headcount is an unstable queue, and the least that is not.
pub fn staffing_unstable(a: &crate::model::erlang::Staffing, l: Lang) -> String {
    let locale = l.code();
    let n = format::count(a.agents as f64, locale);
    let traffic = format::number(a.traffic_erlangs, 2, locale);
    let least = format::count(a.traffic_erlangs.floor() + 1.0, locale);
    match l {
        Lang::En => format!("Unstable queue: {traffic} Erlangs of work arrive for {n} agents, more than they can do, so waits grow without end. It takes at least {least}."),
        Lang::De => format!("Instabile Warteschlange: {traffic} Erlang Arbeit kommen auf {n} Personen, mehr als sie schaffen, die Wartezeiten wachsen ohne Ende. Es braucht mindestens {least}."),
    }
}

// --- the months ahead and what you don't know (SPEC 6) -----------------------------------------------

/// The projection's answer: "Over 12 months the platform costs least: $61,200 in all, $27,000 less than
/// doing it yourself."
///
/// `baseline_serves`: whether the baseline can serve this month (SPEC 3.10's baseline rule): no saving
/// is stated against one that cannot.
pub fn projection_verdict(
    p: &crate::model::projection::ProjectionReport,
    baseline_serves: bool,
    currency: &str,
    l: Lang,
) -> String {
    let months = p.months.len();
    let Some(best) = p.cheapest_total else {
        return match l {
            Lang::En => format!("No option can be had for all {months} months."),
            Lang::De => format!("Keine Option ist alle {months} Monate verfügbar."),
        };
    };
    let total = p.total(best).unwrap_or_default();
    let money = |v: f64| format::money_total(v, currency, l.code());
    let head = match l {
        Lang::En => format!(
            "Over {months} {} {} costs least: {} in all",
            if months == 1 { "month" } else { "months" },
            object(best, l),
            money(total)
        ),
        Lang::De => format!(
            "Über {months} {} kostet {} am wenigsten: {} insgesamt",
            if months == 1 { "Monat" } else { "Monate" },
            subject(best, l),
            money(total)
        ),
    };
    match p.total(p.baseline) {
        Some(base) if baseline_serves && best != p.baseline && base - total >= 0.005 => format!(
            "{head}, {} {} {}.",
            money(base - total),
            l.pick("less than", "weniger als"),
            object(p.baseline, l)
        ),
        _ => format!("{head}."),
    }
}

/// When option `id` pays for itself against the baseline, in words.
pub fn payback(
    id: OptionId,
    month: Option<u32>,
    months: usize,
    baseline: OptionId,
    l: Lang,
) -> String {
    let who = capitalised(subject(id, l));
    let against = match l {
        Lang::En => object(baseline, l),
        Lang::De => dative(baseline, l),
    };
    match (month, l) {
        (Some(1), Lang::En) => format!("{who} costs less than {against} from the first month."),
        (Some(1), Lang::De) => format!(
            "{who} kostet ab dem ersten Monat weniger als {}.",
            object(baseline, l)
        ),
        (Some(m), Lang::En) => format!("{who} pays for itself against {against} in month {m}."),
        (Some(m), Lang::De) => {
            format!("{who} hat sich gegenüber {against} in Monat {m} bezahlt gemacht.")
        }
        (None, Lang::En) => {
            format!("{who} does not pay for itself against {against} within {months} months.")
        }
        (None, Lang::De) => format!(
            "{who} macht sich gegenüber {against} innerhalb von {months} Monaten nicht bezahlt."
        ),
    }
}

/// An option that stops being available: "Everyone helping drops out in month 4 ...".
pub fn drops_out(id: OptionId, month: u32, l: Lang) -> String {
    let who = capitalised(subject(id, l));
    match l {
        Lang::En => format!(
            "{who} drops out in month {month}: it cannot be had at that month's volume, and is left out from then on."
        ),
        Lang::De => format!(
            "{who} fällt in Monat {month} heraus: bei dem Volumen dieses Monats nicht verfügbar, ab dann nicht mehr gezählt."
        ),
    }
}

/// Growth past the model's limit: "From month 30 the volume passes 1,000,000 tickets a month ...".
pub fn beyond_the_model(month: u32, l: Lang) -> String {
    let max = format::count(crate::model::projection::MAX_TICKETS, l.code());
    match l {
        Lang::En => format!(
            "From month {month} the volume passes {max} tickets a month, more than this model answers for: the projection stops there."
        ),
        Lang::De => format!(
            "Ab Monat {month} übersteigt das Volumen {max} Tickets im Monat, mehr als dieses Modell abdeckt: Die Projektion endet dort."
        ),
    }
}

/// The notes under the projection's answer: each option's payback, or the month it drops out, and
/// growth past the model's limit.
pub fn projection_notes(
    p: &crate::model::projection::ProjectionReport,
    l: Lang,
) -> Vec<(Option<OptionId>, String)> {
    let months = p.months.len();
    let mut lines: Vec<(Option<OptionId>, String)> = Vec::new();
    for (id, _) in p.totals.iter() {
        match p.drops_out(id) {
            Some(m) if Some(m) == p.beyond => {}
            Some(m) => lines.push((Some(id), drops_out(id, m, l))),
            None => {
                if let Some(month) = p.payback.get(id) {
                    lines.push((Some(id), payback(id, *month, months, p.baseline, l)));
                }
            }
        }
    }
    if let Some(m) = p.beyond {
        lines.push((None, beyond_the_model(m, l)));
    }
    lines
}

/// The first letter upper case (German sentences start with the option's lower-case name).
// size: kept, with the first load at its ceiling: ASCII only, as every option's name starts;
// `char::to_uppercase` would add Unicode's case tables (2.6 KB with brotli).
fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The compare view's cheapest over a scenario's months ahead: "Contractor, $32,055 over 6 months".
pub fn horizon_cheapest(
    best: Option<(OptionId, f64)>,
    months: usize,
    currency: &str,
    l: Lang,
) -> String {
    match best {
        Some((id, total)) => format!(
            "{}, {} {} {months} {}",
            id.name().get(l),
            format::money_total(total, currency, l.code()),
            l.pick("over", "über"),
            l.pick("months", "Monate")
        ),
        None => l
            .pick("none for every month", "keine für alle Monate")
            .into(),
    }
}

/// One option's chance of being cheapest: "62% chance of being cheapest".
pub fn chance_cheapest(p: f64, l: Lang) -> String {
    let share = format::percent(p, l.code());
    match l {
        Lang::En => format!("{share} chance of being cheapest"),
        Lang::De => format!("{share} Chance, am günstigsten zu sein"),
    }
}

/// One option's P10-P90 band: "P10-P90: $4,210-$6,930 a month (median $5,100)"; or that it is never
/// available in the draws.
pub fn band(s: &crate::model::uncertainty::Spread, currency: &str, l: Lang) -> String {
    let money = |v: f64| format::money_total(v, currency, l.code());
    match (s.p10, s.p50, s.p90) {
        (Some(a), Some(b), Some(c)) => {
            let mut text = match l {
                Lang::En => format!(
                    "8 in 10 draws (P10–P90) {}–{} a month, median {}",
                    money(a),
                    money(c),
                    money(b)
                ),
                Lang::De => format!(
                    "8 von 10 Ziehungen (P10–P90) {}–{} im Monat, Median {}",
                    money(a),
                    money(c),
                    money(b)
                ),
            };
            if s.available_share < 1.0 {
                let share = format::percent(s.available_share, l.code());
                text.push_str(&match l {
                    Lang::En => format!("; available in {share} of the draws"),
                    Lang::De => format!("; verfügbar in {share} der Ziehungen"),
                });
            }
            text
        }
        _ => l
            .pick("Not available in any draw", "In keiner Ziehung verfügbar")
            .into(),
    }
}

/// What the tornado compares: "How far each range alone moves what the platform saves over a contractor".
pub fn tornado_head(first: OptionId, second: OptionId, l: Lang) -> String {
    match l {
        Lang::En => format!(
            "What matters most: what {} saves over {}, with each range alone at its low and its high end",
            object(first, l),
            object(second, l)
        ),
        Lang::De => format!(
            "Was am meisten zählt: was {} gegenüber {} spart, mit jeder Spanne allein an ihrem niedrigen und hohen Ende",
            subject(first, l),
            dative(second, l)
        ),
    }
}

/// No option, or the draws so far: "No option is available in 3% of the draws."
pub fn none_share(p: f64, l: Lang) -> String {
    let share = format::percent(p, l.code());
    match l {
        Lang::En => format!("No option is available in {share} of the draws."),
        Lang::De => format!("In {share} der Ziehungen ist keine Option verfügbar."),
    }
}

/// The tornado's ends: "$150 to $638".
pub fn saving_range(low: Option<f64>, high: Option<f64>, currency: &str, l: Lang) -> String {
    let show = |v: Option<f64>| match v {
        Some(v) => format::money_total(v, currency, l.code()),
        None => l.pick("unavailable", "nicht verfügbar").into(),
    };
    format!("{} {} {}", show(low), l.pick("to", "bis"), show(high))
}

/// What a closed panel holds, in one line (SPEC 7): "Coverage: 40 h a week, nobody promised on shift".
/// `key` is the panel's (`ui::panels`); an option's details are `<option>-details`.
pub fn panel_summary(key: &str, s: &Scenario, l: Lang) -> String {
    use crate::model::schema::Section;
    let locale = l.code();
    let pct = |v: f64| format::percent(v, locale);
    let listed = |section: Section, main: Option<bool>| {
        section
            .panel_inputs()
            .filter(|i| main.is_none_or(|m| i.is_main() == m) && i.section == section)
            .filter_map(|i| i.shown(s, l))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let off = || l.pick("Off", "Aus").to_string();
    match key {
        "ai" if !s.ai.enabled => l
            .pick(
                "Off: no AI agent in front",
                "Aus: kein KI-Agent vorgeschaltet",
            )
            .into(),
        "ai" => {
            let first = match l {
                Lang::En => format!(
                    "On: it takes {} of tickets first and resolves {} of those",
                    pct(s.ai.involvement),
                    pct(s.ai.resolution_rate)
                ),
                Lang::De => format!(
                    "An: übernimmt {} der Tickets zuerst und löst {} davon",
                    pct(s.ai.involvement),
                    pct(s.ai.resolution_rate)
                ),
            };
            match s.ai.monthly_cap {
                Some(cap) => format!(
                    "{first}; {} {}",
                    l.pick("capped at", "gedeckelt bei"),
                    format::money_total(cap, &s.currency, locale)
                ),
                None => first,
            }
        }
        "coverage" => {
            let w = format::hours(s.coverage.hours_per_week, locale);
            let n = s.coverage.agents_on_shift;
            match (l, n >= 1.0) {
                (Lang::En, false) => format!("{w} a week, nobody promised on shift"),
                (Lang::De, false) => format!("{w} pro Woche, niemand fest im Dienst"),
                (Lang::En, true) => {
                    format!("{w} a week, {} on every shift", format::count(n, locale))
                }
                (Lang::De, true) => format!(
                    "{w} pro Woche, {} in jeder Schicht",
                    format::count(n, locale)
                ),
            }
        }
        "channels" if s.channels.live_share <= 0.0 => l
            .pick("No live chat or phone", "Kein Live-Chat, kein Telefon")
            .into(),
        "channels" => {
            let c = &s.channels;
            let secs = format::count(c.answer_seconds, locale);
            match l {
                Lang::En => format!(
                    "{} of tickets live, {} answered within {secs} s",
                    pct(c.live_share),
                    pct(c.service_level)
                ),
                Lang::De => format!(
                    "{} der Tickets live, {} binnen {secs} s angenommen",
                    pct(c.live_share),
                    pct(c.service_level)
                ),
            }
        }
        "value" if !s.value.enabled => l.pick("Not counted", "Nicht eingerechnet").into(),
        "uncertainty" if !s.uncertainty.enabled => off(),
        "uncertainty" => {
            let ranges = s.uncertainty.ranges.iter().count();
            let draws = format::count(s.uncertainty.draws, locale);
            match l {
                Lang::En => format!("On: {ranges} ranges, {draws} draws"),
                Lang::De => format!("An: {ranges} Spannen, {draws} Ziehungen"),
            }
        }
        "client" => match (prepared_line(s, l), s.notes.trim().is_empty()) {
            (Some(line), true) => line,
            (Some(line), false) => format!("{line}; {}", l.pick("with notes", "mit Notizen")),
            (None, false) => l.pick("Notes", "Notizen").into(),
            // The title says what it holds; an empty line keeps a first visit short.
            (None, true) => String::new(),
        },
        "projection" => {
            let months = format::count(s.projection.months, locale);
            let g = pct(s.projection.monthly_growth);
            match l {
                Lang::En => format!("{months} months, {g} more tickets each month"),
                Lang::De => format!("{months} Monate, jeden Monat {g} mehr Tickets"),
            }
        }
        other => {
            let details = other.strip_suffix("-details");
            let section = Section::ALL
                .into_iter()
                .find(|sec| sec.key() == details.unwrap_or(other));
            match section {
                Some(sec) => listed(sec, details.map(|_| false)),
                None => String::new(),
            }
        }
    }
}

/// Who the scenario is prepared for and by (SPEC 4.1), in one line; `None` when neither is given.
pub fn prepared_line(s: &Scenario, l: Lang) -> Option<String> {
    let (to, by) = (s.prepared_for.trim(), s.prepared_by.trim());
    match (to.is_empty(), by.is_empty(), l) {
        (true, true, _) => None,
        (false, false, Lang::En) => Some(format!("Prepared for {to} by {by}")),
        (false, false, Lang::De) => Some(format!("Erstellt für {to} von {by}")),
        (false, true, Lang::En) => Some(format!("Prepared for {to}")),
        (false, true, Lang::De) => Some(format!("Erstellt für {to}")),
        (true, false, Lang::En) => Some(format!("Prepared by {by}")),
        (true, false, Lang::De) => Some(format!("Erstellt von {by}")),
    }
}

/// The switch that includes an option, named after it so that a screen reader tells the five apart.
pub fn include_label(id: OptionId, l: Lang) -> String {
    match l {
        Lang::En => format!("Include {} in the comparison", object(id, l)),
        Lang::De => format!("{} in den Vergleich aufnehmen", id.name().get(l)),
    }
}

/// A plan in one line: "Growth: $549.00 a month for 350 replies, then $1.90 each".
pub fn plan_line(p: &crate::model::Plan, unit: BillingUnit, currency: &str, l: Lang) -> String {
    let locale = l.code();
    let fee = format::money_precise(p.monthly_fee, currency, locale);
    let units = format!(
        "{} {}",
        format::count(p.included_units, locale),
        unit.noun().get(l)
    );
    match (p.overage_per_unit, l) {
        (Some(o), Lang::En) => format!(
            "{}: {fee} a month for {units}, then {} each",
            p.name,
            format::money_precise(o, currency, locale)
        ),
        (Some(o), Lang::De) => format!(
            "{}: {fee} im Monat für {units}, danach {} je Einheit",
            p.name,
            format::money_precise(o, currency, locale)
        ),
        (None, Lang::En) => format!("{}: {fee} a month for up to {units}", p.name),
        (None, Lang::De) => format!("{}: {fee} im Monat für bis zu {units}", p.name),
    }
}

/// The title of the months read from a helpdesk export (SPEC 8).
pub fn history_label(l: Lang) -> &'static str {
    l.pick("Your helpdesk's months", "Monate aus Ihrem Helpdesk")
}

/// The columns of a history's table: month, tickets, replies per ticket, first reply, partial.
pub fn history_columns(l: Lang) -> [&'static str; 5] {
    [
        l.pick("Month", "Monat"),
        l.pick("Tickets", "Tickets"),
        l.pick("Replies per ticket", "Antworten pro Ticket"),
        l.pick(
            "First reply, hours (median)",
            "Erste Antwort, Stunden (Median)",
        ),
        l.pick("Partial", "Unvollständig"),
    ]
}

/// A calendar month as the page writes it: "Mar 2026", "Mär 2026".
pub fn month_name(ym: crate::model::history::YearMonth, l: Lang) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DE: [&str; 12] = [
        "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
    ];
    let i = (ym.month as usize).saturating_sub(1).min(11);
    format!("{} {}", l.pick(EN[i], DE[i]), ym.year)
}

/// The history in one sentence, for the printout and the panel's closed line: "14 months read from
/// your helpdesk, Oct 2025 to Nov 2026 (2 partial); the last three complete months had 412, 440 and
/// 455 tickets." `None` without a history.
pub fn history_sentence(history: &[crate::model::history::Month], l: Lang) -> Option<String> {
    let (first, last) = (history.first()?, history.last()?);
    let n = history.len();
    let partial = history.iter().filter(|m| m.partial).count();
    let mut complete: Vec<String> = history
        .iter()
        .rev()
        .filter(|m| !m.partial)
        .take(3)
        .map(|m| format::number(m.tickets, 0, l.code()))
        .collect();
    complete.reverse();
    let span = if n == 1 {
        month_name(first.month, l)
    } else {
        format!(
            "{} {} {}",
            month_name(first.month, l),
            l.pick("to", "bis"),
            month_name(last.month, l)
        )
    };
    let months = match (n, l) {
        (1, Lang::En) => "1 month".to_string(),
        (1, Lang::De) => "1 Monat".to_string(),
        (n, Lang::En) => format!("{n} months"),
        (n, Lang::De) => format!("{n} Monate"),
    };
    let partial = match (partial, l) {
        (0, _) => String::new(),
        (p, Lang::En) => format!(" ({p} partial)"),
        (p, Lang::De) => format!(" ({p} unvollständig)"),
    };
    let list = join_and(&complete, l);
    let tail = match (complete.len(), l) {
        (0, Lang::En) => "; no complete month".to_string(),
        (0, Lang::De) => "; kein vollständiger Monat".to_string(),
        (1, Lang::En) => format!("; the last complete month had {list} tickets"),
        (1, Lang::De) => format!("; der letzte vollständige Monat hatte {list} Tickets"),
        (c, Lang::En) => format!("; the last {c} complete months had {list} tickets"),
        (c, Lang::De) => format!("; die letzten {c} vollständigen Monate hatten {list} Tickets"),
    };
    Some(match l {
        Lang::En => format!("{months} read from your helpdesk, {span}{partial}{tail}."),
        Lang::De => format!("{months} aus Ihrem Helpdesk gelesen, {span}{partial}{tail}."),
    })
}

/// "a, b and c", "a, b und c".
pub fn join_and(items: &[String], l: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), l.pick("and", "und")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{report, Scenario};

    #[test]
    fn every_options_name_starts_a_sentence_capitalised() {
        for id in OptionId::ALL {
            for l in [Lang::En, Lang::De] {
                let who = capitalised(subject(id, l));
                let first = who.chars().next().unwrap();
                assert!(first.is_uppercase(), "{who}");
                assert_eq!(who.to_lowercase(), subject(id, l).to_lowercase());
            }
        }
    }

    fn verdict_of(s: &Scenario, l: Lang) -> String {
        answer(s, &report(s), Reading::default(), l)
    }

    #[test]
    fn the_verdict_names_the_cheapest_and_its_saving_against_the_baseline() {
        let s = Scenario::default();
        assert_eq!(
            verdict_of(&s, Lang::En),
            "At 300 tickets a month the platform is cheapest: $5,089 a month, $2,261 less than doing it yourself."
        );
        assert_eq!(
            verdict_of(&s, Lang::De),
            "Bei 300 Tickets im Monat ist die Plattform am günstigsten: 5.089\u{a0}$ im Monat, 2.261\u{a0}$ weniger als Selbermachen."
        );
    }

    #[test]
    fn when_the_baseline_is_cheapest_the_verdict_compares_with_the_runner_up() {
        let mut s = Scenario {
            baseline: OptionId::Platform,
            ..Scenario::default()
        };
        // Runner-up: the contractor at 5,282.50.
        assert_eq!(
            verdict_of(&s, Lang::En),
            "At 300 tickets a month the platform is cheapest: $5,089 a month, $193.50 less than a contractor."
        );
        // A baseline that is off cannot serve: the saving is measured against the cheapest other
        // option that can (SPEC 3.10), the contractor again, and nothing is said of an option the
        // user switched off.
        s.baseline = OptionId::Employee;
        s.employee.enabled = false;
        assert_eq!(
            verdict_of(&s, Lang::En),
            "At 300 tickets a month the platform is cheapest: $5,089 a month, $193.50 less than a contractor."
        );
        for id in OptionId::ALL {
            s.set_enabled(id, false);
        }
        assert_eq!(verdict_of(&s, Lang::En), no_option(Lang::En));
    }

    #[test]
    fn small_phrases_are_whole_sentences_in_each_language() {
        assert_eq!(per_ticket(16.96, "USD", Lang::En), "$16.96 per ticket");
        assert_eq!(
            per_ticket(16.96, "EUR", Lang::De),
            "16,96\u{a0}€ pro Ticket"
        );
        assert_eq!(
            saving_against(2261.0, OptionId::Diy, "USD", Lang::En),
            "$2,261 (vs Do it yourself)"
        );
        assert_eq!(
            saving_against(2261.0, OptionId::Diy, "USD", Lang::De),
            "2.261\u{a0}$ (ggü. Selbermachen)"
        );
        assert_eq!(
            now_label(XAxis::TicketsPerMonth, 1500.0, "USD", Lang::De),
            "Aktuell: 1.500"
        );
        assert_eq!(plan_heading(1, Lang::De), "Tarif 2");
        assert_eq!(remove_plan("Growth", Lang::En), "Remove plan Growth");
    }

    #[test]
    fn the_cheapest_option_in_each_range_leads_in_one_paragraph() {
        use crate::model::regimes::regimes;
        let s = Scenario::default();
        let ranges = regimes(&s, &report(&s).chart_break_even);
        assert_eq!(
            regimes_sentence(XAxis::TicketsPerMonth, &ranges, 2000.0, "USD", Lang::En),
            "Below 30 tickets: doing it yourself. 30 to 116: a contractor. From 117: the platform."
        );
        assert_eq!(
            regimes_sentence(XAxis::TicketsPerMonth, &ranges, 2000.0, "USD", Lang::De),
            "Unter 30 Tickets: Selbermachen. 30 bis 116: ein Freelancer. Ab 117: die Plattform."
        );
        let one = [Regime {
            from: 0.0,
            cheapest: Some(OptionId::Platform),
        }];
        assert_eq!(
            regimes_sentence(XAxis::TicketsPerMonth, &one, 2000.0, "USD", Lang::En),
            "Up to 2,000 tickets: the platform, throughout."
        );
    }

    #[test]
    fn one_ticket_is_one_ticket() {
        assert_eq!(tickets(1.0, Lang::En), "1 ticket");
        assert_eq!(tickets(1500.0, Lang::De), "1.500 Tickets");
        let mut s = Scenario::default();
        s.workload.tickets_per_month = 1.0;
        assert!(verdict_of(&s, Lang::En).starts_with("At 1 ticket a month "));
        assert!(verdict_of(&s, Lang::De).starts_with("Bei 1 Ticket im Monat "));
    }

    #[test]
    fn flags_read_as_a_colleague_would_say_them() {
        assert_eq!(
            option_flag(OptionId::Diy, OptionFlag::FounderHours { hours: 367.5 }, Lang::En),
            "Doing it yourself needs 367.5\u{a0}h of your time a month, more than the 160.0\u{a0}h one person has."
        );
        assert_eq!(
            option_flag(OptionId::Platform, OptionFlag::FounderHours { hours: 183.0 }, Lang::De),
            "Die Plattform braucht 183,0\u{a0}h Ihrer Zeit im Monat, mehr als die 160,0\u{a0}h, die ein Mensch hat."
        );
        assert!(option_flag(
            OptionId::Contractor,
            OptionFlag::ContractorHours { hours: 187.5 },
            Lang::En
        )
        .ends_with("it takes 2 contractors."));
        assert_eq!(
            input_flag(InputFlag::ManyReplies { replies: 12.5 }, "USD", Lang::De),
            "12,5 Antworten pro Ticket liegt weit über den üblichen 1 bis 6."
        );
    }

    #[test]
    fn the_stale_notice_names_every_field_and_its_last_valid_value() {
        assert_eq!(
            stale_notice(&[("Tickets per month", "300")], Lang::En),
            "Results use the last valid value of Tickets per month (300)."
        );
        assert_eq!(
            stale_notice(&[("A", "1"), ("B", "2"), ("C", "3")], Lang::En),
            "Results use the last valid values of A (1), B (2) and C (3)."
        );
        assert_eq!(
            stale_notice(&[("Tickets pro Monat", "1.500")], Lang::De),
            "Die Ergebnisse verwenden den letzten gültigen Wert von Tickets pro Monat (1.500)."
        );
    }
}
