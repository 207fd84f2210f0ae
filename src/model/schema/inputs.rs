//! The description of every input of a scenario, in the order the interface shows them.

use super::*;
use crate::i18n::Text;

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
    text!(
        notes,
        TextRule::Free {
            max_chars: NOTES_MAX_CHARS
        },
        default "",
        Text::new("Notes", "Notizen"),
        Text::new(
            "Your notes for the client: on the first page of the printout, in the CSV and the workbook, in links and files. Shown as typed, as text.",
            "Ihre Notizen für den Kunden: auf der ersten Seite des Ausdrucks, in CSV und Arbeitsmappe, in Links und Dateien. Angezeigt wie eingegeben, als Text."
        )
    ),
    text!(
        prepared_for,
        TextRule::Free {
            max_chars: PREPARED_MAX_CHARS
        },
        default "",
        Text::new("Prepared for", "Erstellt für"),
        Text::new(
            "The client this scenario is for.",
            "Der Kunde, für den dieses Szenario ist."
        )
    ),
    text!(
        prepared_by,
        TextRule::Free {
            max_chars: PREPARED_MAX_CHARS
        },
        default "",
        Text::new("Prepared by", "Erstellt von"),
        Text::new(
            "You, or your firm.",
            "Sie oder Ihre Firma."
        )
    ),
    Input {
        section: Section::Scenario,
        name: "history",
        label: Text::new("Your helpdesk's months", "Monate aus Ihrem Helpdesk"),
        help: Text::new(
            "Tickets, replies and first reply time per month, read from a helpdesk export.",
            "Tickets, Antworten und erste Antwortzeit je Monat, aus einem Helpdesk-Export gelesen.",
        ),
        kind: Kind::History,
    },
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
    choice!(
        Platform,
        live_billing,
        platform.live_billing: LiveBilling,
        default "per_agent_hour",
        Text::new("Live chat and phone billed", "Live-Chat und Telefon abgerechnet"),
        Text::new(
            "Outsourcers usually staff live channels with agents billed by the hour; some bill live tickets per unit, some take none.",
            "Dienstleister besetzen Live-Kanäle meist mit Kräften, die nach Stunden abgerechnet werden; manche rechnen Live-Tickets pro Einheit ab, manche nehmen keine an."
        )
    ),
    number!(
        Platform,
        platform.live_hourly,
        0.0,
        10_000.0,
        MoneyPerHour,
        1.0,
        default 20.0,
        Text::new("Live agent hour", "Stunde im Live-Kanal"),
        Text::new(
            "Illustrative: offshore live agents are often quoted at 12-30 an hour, onshore at 30-60.",
            "Beispielwert: Live-Kräfte im Ausland werden oft mit 12–30 pro Stunde angeboten, im Inland mit 30–60."
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
    Input {
        section: Section::Ai,
        name: "monthly_cap",
        label: Text::new("Monthly cap on the AI's bill", "Monatliche Obergrenze der KI-Rechnung"),
        help: Text::new(
            "The most the AI may bill in a month, its fee and units (not your upkeep). At least the monthly fee; empty: no cap.",
            "Das Höchste, was die KI im Monat abrechnen darf, Gebühr und Einheiten (nicht Ihre Pflege). Mindestens die Monatsgebühr; leer: keine Obergrenze."
        ),
        kind: Kind::Optional(OptionalField {
            range: Range {
                min: 0.0,
                max: 10_000_000.0,
                step: 50.0,
                unit: Unit::MoneyPerMonth,
            },
            unset: Unset::Means(Text::new("No cap", "Keine Obergrenze")),
            get: |s| s.ai.monthly_cap,
            set: |s, v| s.ai.monthly_cap = v,
        }),
    },
    choice!(
        Ai,
        at_cap,
        ai.at_cap: AtCap,
        default "pause",
        Text::new("When the bill reaches the cap", "Wenn die Rechnung die Obergrenze erreicht"),
        Text::new(
            "HubSpot's agent pauses when its credits run out; Zendesk bills overage automatically from 2026 unless you choose to pause. Paused, the rest of the month's tickets go to people.",
            "HubSpots Agent pausiert, wenn die Credits aufgebraucht sind; Zendesk rechnet ab 2026 automatisch Mehrverbrauch ab, sofern Sie nicht Pausieren wählen. Pausiert, gehen die übrigen Tickets des Monats an Menschen."
        )
    ),
    Input {
        section: Section::Ai,
        name: "handoffs_billed",
        label: Text::new("Handoffs billed too", "Übergaben ebenfalls abgerechnet"),
        help: Text::new(
            "Billed per resolution, the vendor also bills a conversation the AI hands to a person: Fin bills a procedure that ends in a handoff.",
            "Bei Abrechnung pro Lösung berechnet der Anbieter auch ein Gespräch, das die KI an einen Menschen übergibt: Fin berechnet einen Ablauf, der mit einer Übergabe endet."
        ),
        kind: Kind::Switch {
            default: false,
            get: |s| s.ai.handoffs_billed,
            set: |s, on| s.ai.handoffs_billed = on,
        },
    },
    number!(
        Ai,
        ai.extra_per_resolution,
        0.0,
        1000.0,
        MoneyPerAiUnit,
        0.05,
        default 0.0,
        Text::new("Each resolution also costs", "Jede Lösung kostet zudem"),
        Text::new(
            "What a billed resolution costs elsewhere as well, such as a paid helpdesk ticket: Gorgias counts every AI resolution as a billable ticket too.",
            "Was eine abgerechnete Lösung anderswo zusätzlich kostet, etwa ein bezahltes Helpdesk-Ticket: Gorgias zählt jede KI-Lösung auch als abrechenbares Ticket."
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
        ai.human_minutes_uplift,
        0.0,
        2.0,
        Percent,
        5.0,
        default 0.0,
        Text::new("Longer replies on what people still answer", "Längere Antworten bei dem, was Menschen bleibt"),
        Text::new(
            "Once the AI takes the easy tickets, each reply on the rest takes longer: 20% makes 5 minutes 6. Reported: 15-40%.",
            "Nimmt die KI die leichten Tickets, dauert jede Antwort auf den Rest länger: 20 % machen aus 5 Minuten 6. Berichtet: 15–40 %."
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
        Text::new("Seed (start of the random draws)", "Startwert der Zufallsziehungen"),
        Text::new(
            "Any whole number. The same seed gives the same draws everywhere, so a shared scenario shows the same chances.",
            "Eine beliebige ganze Zahl. Derselbe Startwert ergibt überall dieselben Ziehungen, sodass ein geteiltes Szenario dieselben Wahrscheinlichkeiten zeigt."
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
