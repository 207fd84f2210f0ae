//! The AI vendors' published prices (SPEC 3.9): each names its vendor, its unit and when it was
//! published, and fills only the price fields, so that the rest of the scenario stays the user's. The
//! user's own quote always wins: any price typed afterwards is kept, and the page then names no vendor.

use super::scenario::{Ai, AtCap, Pricing};
use crate::i18n::Text;

/// One vendor's price point as published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VendorPrice {
    /// Stable key, for test ids.
    pub key: &'static str,
    /// The vendor, and the plan where one vendor publishes two prices.
    pub vendor: Text,
    pub pricing: Pricing,
    pub price: f64,
    /// The vendor also bills a conversation its AI hands to a person.
    pub handoffs_billed: bool,
    /// What each resolution also costs elsewhere (a billable helpdesk ticket).
    pub extra_per_resolution: f64,
    /// What the vendor does at a cap, where its pricing page says so.
    pub at_cap: Option<AtCap>,
    /// The unit as the vendor names it ("per automated resolution").
    pub unit: Text,
    /// When the price was published.
    pub published: Text,
    /// What else its pricing page says that moves the bill.
    pub note: Text,
}

impl VendorPrice {
    /// Fills the price fields of `ai` (how it bills, the price, handoffs billed, what a resolution
    /// costs elsewhere and, where the vendor says, what happens at a cap); nothing else.
    pub fn apply(&self, ai: &mut Ai) {
        ai.pricing = self.pricing;
        ai.price_per_unit = self.price;
        ai.handoffs_billed = self.handoffs_billed;
        ai.extra_per_resolution = self.extra_per_resolution;
        if let Some(at_cap) = self.at_cap {
            ai.at_cap = at_cap;
        }
    }

    /// Whether `ai` bills as this vendor's price point does (the page then names the vendor).
    pub fn matches(&self, ai: &Ai) -> bool {
        ai.pricing == self.pricing
            && ai.price_per_unit == self.price
            && ai.handoffs_billed == self.handoffs_billed
            && ai.extra_per_resolution == self.extra_per_resolution
            && self.at_cap.is_none_or(|c| c == ai.at_cap)
    }

    /// The vendor's price point matching `ai`, if any.
    pub fn matching(ai: &Ai) -> Option<&'static VendorPrice> {
        VENDOR_PRICES.iter().find(|v| v.matches(ai))
    }
}

const LISTED_2026: Text = Text::new(
    "as listed on its pricing page in 2026",
    "laut Preisseite, Stand 2026",
);

/// The price points of SPEC 3.9, in the order the panel offers them.
pub const VENDOR_PRICES: [VendorPrice; 7] = [
    VendorPrice {
        key: "fin",
        vendor: Text::new("Fin (Intercom)", "Fin (Intercom)"),
        pricing: Pricing::PerResolution,
        price: 0.99,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: None,
        unit: Text::new("per resolution", "pro Lösung"),
        published: LISTED_2026,
        note: Text::new(
            "Fin also bills a procedure that ends in a handoff: if yours do, switch on \"Handoffs billed too\".",
            "Fin berechnet auch einen Ablauf, der mit einer Übergabe endet: Wenn Ihre das tun, schalten Sie „Übergaben ebenfalls abgerechnet“ ein.",
        ),
    },
    VendorPrice {
        key: "zendesk-committed",
        vendor: Text::new("Zendesk, committed", "Zendesk, mit Zusage"),
        pricing: Pricing::PerResolution,
        price: 1.5,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: Some(AtCap::Overage),
        unit: Text::new("per automated resolution", "pro automatisierter Lösung"),
        published: LISTED_2026,
        note: Text::new(
            "From 2026 Zendesk bills resolutions past your commitment automatically, unless you choose to pause.",
            "Ab 2026 rechnet Zendesk Lösungen über die Zusage hinaus automatisch ab, sofern Sie nicht Pausieren wählen.",
        ),
    },
    VendorPrice {
        key: "zendesk-payg",
        vendor: Text::new("Zendesk, pay as you go", "Zendesk, nach Verbrauch"),
        pricing: Pricing::PerResolution,
        price: 2.0,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: Some(AtCap::Overage),
        unit: Text::new("per automated resolution", "pro automatisierter Lösung"),
        published: LISTED_2026,
        note: Text::new(
            "Billed past any cap unless you choose to pause.",
            "Über jede Obergrenze hinaus abgerechnet, sofern Sie nicht Pausieren wählen.",
        ),
    },
    VendorPrice {
        key: "hubspot",
        vendor: Text::new("HubSpot", "HubSpot"),
        pricing: Pricing::PerResolution,
        price: 0.5,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: Some(AtCap::Pause),
        unit: Text::new("per resolved conversation", "pro gelöster Konversation"),
        published: Text::new("from 14 April 2026", "ab 14. April 2026"),
        note: Text::new(
            "Paid in credits: the agent pauses when they run out. Set your credits' value as the cap.",
            "Bezahlt in Credits: Der Agent pausiert, wenn sie aufgebraucht sind. Tragen Sie den Wert Ihrer Credits als Obergrenze ein.",
        ),
    },
    VendorPrice {
        key: "agentforce",
        vendor: Text::new("Agentforce (Salesforce)", "Agentforce (Salesforce)"),
        pricing: Pricing::PerConversation,
        price: 2.0,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: None,
        unit: Text::new("per conversation", "pro Konversation"),
        published: LISTED_2026,
        note: Text::new(
            "Every conversation is billed, resolved or not.",
            "Jede Konversation wird berechnet, gelöst oder nicht.",
        ),
    },
    VendorPrice {
        key: "freshdesk",
        vendor: Text::new("Freshdesk (Freddy AI)", "Freshdesk (Freddy AI)"),
        pricing: Pricing::PerConversation,
        price: 0.49,
        handoffs_billed: false,
        extra_per_resolution: 0.0,
        at_cap: None,
        unit: Text::new(
            "per session ($49 per 100 sessions)",
            "pro Sitzung (49 $ pro 100 Sitzungen)",
        ),
        published: LISTED_2026,
        note: Text::new(
            "Sold in packs of 100 sessions; a session is billed whether or not it resolves.",
            "Verkauft in Paketen zu 100 Sitzungen; eine Sitzung wird berechnet, ob gelöst oder nicht.",
        ),
    },
    VendorPrice {
        key: "gorgias",
        vendor: Text::new("Gorgias", "Gorgias"),
        pricing: Pricing::PerResolution,
        price: 0.9,
        handoffs_billed: false,
        extra_per_resolution: 0.4,
        at_cap: None,
        unit: Text::new(
            "per resolution, each also a billable helpdesk ticket",
            "pro Lösung, jede zudem ein abrechenbares Helpdesk-Ticket",
        ),
        published: LISTED_2026,
        note: Text::new(
            "Each AI resolution also counts as a helpdesk ticket: 0.40 is a ticket past the Basic plan's allowance ($40 per 100; Pro: $36). Enter your plan's.",
            "Jede KI-Lösung zählt auch als Helpdesk-Ticket: 0,40 ist ein Ticket über das Kontingent des Basic-Tarifs hinaus (40 $ pro 100; Pro: 36 $). Tragen Sie den Ihres Tarifs ein.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_price_point_speaks_both_languages_and_says_whose_and_when() {
        for v in VENDOR_PRICES {
            assert!(!v.vendor.get(Lang::En).is_empty() && !v.vendor.get(Lang::De).is_empty());
            for text in [v.unit, v.published, v.note] {
                assert!(!text.get(Lang::En).is_empty() && !text.get(Lang::De).is_empty());
                assert_ne!(text.get(Lang::En), text.get(Lang::De), "{}", v.key);
            }
            assert!(v.price > 0.0 && v.price <= 1000.0, "{}", v.key);
        }
    }
}
