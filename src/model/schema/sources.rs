//! Where the defaults that stand for facts of the market come from (SPEC 10): each input's help line
//! ends with its source, and the printout lists them.

use super::Section;
use crate::i18n::Text;

/// The source of the input `name` of `section`, if its default stands for a fact of the market.
pub fn source(section: Section, name: &str) -> Option<Text> {
    Some(match (section, name) {
        // Its help line: a platform is worth a look from about 150 tickets a month.
        (Section::Workload, "tickets_per_month") => Text::new(
            "Support as a Service article (2019), Influx's co-founder",
            "„Support as a Service“ (2019), Mitgründer von Influx",
        ),
        (Section::Workload, "replies_per_ticket") => Text::new(
            "help-desk benchmarks (Help Scout, Zendesk)",
            "Helpdesk-Benchmarks (Help Scout, Zendesk)",
        ),
        // The help line gives the figures (70-79% good, 80%+ world class).
        (Section::Workload, "tier1_resolution_rate") => {
            Text::new("help-desk benchmarks", "Helpdesk-Benchmarks")
        }
        (Section::Employee, "loaded_multiplier") => Text::new(
            "US Bureau of Labor Statistics, Employer Costs for Employee Compensation (wages about 70% of the total)",
            "US Bureau of Labor Statistics, Employer Costs for Employee Compensation (Löhne etwa 70 % der Gesamtkosten)",
        ),
        (Section::Employee, "shrinkage") | (Section::Channels, "max_occupancy") => Text::new(
            "contact-centre planning practice (Call Centre Helper)",
            "Planungspraxis im Contact-Center (Call Centre Helper)",
        ),
        // The help line gives the range (developers 10-250 an hour).
        (Section::Contractor, "hourly_rate") => Text::new(
            "Support as a Service article (2019), citing codementor.io and techuz.com",
            "„Support as a Service“ (2019), nach codementor.io, techuz.com",
        ),
        (Section::Platform, "live_hourly") => Text::new(
            "offshore chat-agent rates of outsourcers, 2025-2026 (no vendor's list price)",
            "Offshore-Stundensätze von Dienstleistern für Chat, 2025–2026 (keine Preisliste eines Anbieters)",
        ),
        (Section::AllHands, "team_size" | "max_share") => Text::new(
            "the ManageWP and all-hands support articles",
            "Artikel von ManageWP und zu All-Hands-Support",
        ),
        (Section::Value, "fast_churn_cut") => Text::new(
            "Zapier, in the support-metrics article (2022)",
            "Zapier, im Artikel zu Support-Kennzahlen (2022)",
        ),
        (Section::Ai, "price_per_unit") => Text::new(
            "Fin, Zendesk, HubSpot, Salesforce, Freshdesk and Gorgias pricing pages, 2025-2026",
            "Preisseiten von Fin, Zendesk, HubSpot, Salesforce, Freshdesk und Gorgias, 2025–2026",
        ),
        (Section::Ai, "resolution_rate") => Text::new(
            "Comm100 AI live-chat benchmark 2026 (44.8% of chats fully resolved); vendors claim 60-80%",
            "Comm100 AI Live-Chat-Benchmark 2026 (44,8 % der Chats vollständig gelöst); Anbieter nennen 60–80 %",
        ),
        (Section::Ai, "monthly_cap" | "at_cap") => Text::new(
            "HubSpot and Zendesk pricing pages, 2026",
            "Preisseiten von HubSpot und Zendesk, 2026",
        ),
        (Section::Ai, "handoffs_billed") => Text::new(
            "Fin (Intercom) pricing page, 2025-2026",
            "Preisseite von Fin (Intercom), 2025–2026",
        ),
        (Section::Ai, "extra_per_resolution") => Text::new(
            "Gorgias pricing page, 2025-2026",
            "Preisseite von Gorgias, 2025–2026",
        ),
        (Section::Ai, "human_minutes_uplift") => Text::new(
            "workforce-planning vendors' 2026 guidance (15-40% longer per reply)",
            "Empfehlungen von Anbietern für Personalplanung, 2026 (15–40 % länger pro Antwort)",
        ),
        _ => return None,
    })
}
