//! Starting points that fill every input with a typical business's figures.

use super::scenario::{OptionId, Plan, Scenario};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    SoloPluginDeveloper,
    GrowingThemeShop,
    SaasAtScale,
    DevToolsTeam,
    HelpdeskWithAi,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::SoloPluginDeveloper,
        Preset::GrowingThemeShop,
        Preset::SaasAtScale,
        Preset::DevToolsTeam,
        Preset::HelpdeskWithAi,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Preset::SoloPluginDeveloper => "solo",
            Preset::GrowingThemeShop => "theme-shop",
            Preset::SaasAtScale => "saas",
            Preset::DevToolsTeam => "dev-tools",
            Preset::HelpdeskWithAi => "ai-helpdesk",
        }
    }

    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The preset's scenario: three different businesses whose answers differ (SPEC 2's benchmarks), each
    /// with the figure that decides it (`text::preset_driver` says which; a test below keeps them true).
    pub fn scenario(self) -> Scenario {
        let mut s = Scenario::default();
        match self {
            // Few tickets: the fixed parts of every other option (a contractor's minimum hours, a plan's
            // monthly fee, the oversight) cost more than the founder's own few hours.
            Preset::SoloPluginDeveloper => {
                s.name = "Solo plugin developer".into();
                s.workload.tickets_per_month = 40.0;
                s.workload.replies_per_ticket = 2.0;
                s.workload.minutes_per_reply = 4.0;
                s.workload.tier1_resolution_rate = 0.5;
                s.workload.escalation_minutes = 25.0;
                s.rates.founder_hourly = 50.0;
                s.rates.developer_hourly = 50.0;
                s.employee.monthly_salary = 2800.0;
                // There is no team to share shifts with.
                s.all_hands.enabled = false;
                s.chart.max = 400.0;
            }
            // Short replies: a contractor at 20 an hour costs less per reply than the plans' overage.
            Preset::GrowingThemeShop => {
                s.name = "Growing theme shop".into();
                s.workload.tickets_per_month = 600.0;
                s.workload.self_service_deflection = 0.1;
                s.workload.replies_per_ticket = 2.8;
                s.workload.minutes_per_reply = 4.0;
                s.workload.tier1_resolution_rate = 0.75;
                s.workload.escalation_minutes = 45.0;
                s.rates.founder_hourly = 75.0;
                s.rates.developer_hourly = 55.0;
                s.contractor.hourly_rate = 20.0;
                s.chart.max = 2500.0;
            }
            // Thousands of replies: a large plan's allowance makes a reply cheaper than any paid hour.
            Preset::SaasAtScale => {
                s.name = "SaaS product at scale".into();
                s.workload.tickets_per_month = 4000.0;
                s.workload.self_service_deflection = 0.2;
                s.workload.replies_per_ticket = 3.0;
                s.workload.minutes_per_reply = 6.0;
                s.workload.tier1_resolution_rate = 0.8;
                s.workload.escalation_minutes = 60.0;
                s.rates.founder_hourly = 120.0;
                s.rates.developer_hourly = 85.0;
                s.employee.monthly_salary = 3800.0;
                s.employee.oversight_hours = 8.0;
                s.contractor.hourly_rate = 30.0;
                s.contractor.oversight_hours = 6.0;
                s.platform.oversight_hours = 6.0;
                s.platform.setup_fee = 2400.0;
                s.platform
                    .plans
                    .push(Plan::new("Enterprise", 5900.0, 10_000.0, Some(1.1)));
                s.chart.max = 10_000.0;
            }
            // A technical product: the people who build it resolve nearly everything themselves,
            // while outside agents who know it less escalate much more to the developers.
            Preset::DevToolsTeam => {
                s.name = "Developer-tools team".into();
                s.workload.tickets_per_month = 150.0;
                s.workload.replies_per_ticket = 3.0;
                s.workload.minutes_per_reply = 8.0;
                s.workload.tier1_resolution_rate = 0.6;
                s.workload.escalation_minutes = 60.0;
                s.rates.founder_hourly = 80.0;
                s.rates.developer_hourly = 70.0;
                s.all_hands.team_size = 20.0;
                s.all_hands.team_hourly = 55.0;
                s.all_hands.tier1_resolution_rate = Some(0.9);
                s.platform.tier1_resolution_rate = Some(0.45);
                s.chart.max = 1000.0;
            }
            // Many simple questions: an AI agent billed per resolution closes a good part of them
            // before the contractor sees them.
            Preset::HelpdeskWithAi => {
                s.name = "Help-desk app with an AI agent".into();
                s.workload.tickets_per_month = 1500.0;
                s.workload.self_service_deflection = 0.1;
                s.workload.replies_per_ticket = 2.4;
                s.workload.minutes_per_reply = 5.0;
                s.workload.tier1_resolution_rate = 0.8;
                s.workload.escalation_minutes = 30.0;
                s.rates.founder_hourly = 90.0;
                s.rates.developer_hourly = 65.0;
                s.contractor.hourly_rate = 17.0;
                s.ai.enabled = true;
                s.ai.involvement = 0.8;
                s.ai.resolution_rate = 0.5;
                s.ai.reopen_rate = 0.1;
                s.ai.price_per_unit = 0.99;
                s.all_hands.enabled = false;
                s.chart.max = 5000.0;
            }
        }
        s
    }

    /// The option each preset's figures make cheapest: what its driver line says.
    pub fn answer(self) -> OptionId {
        match self {
            Preset::SoloPluginDeveloper => OptionId::Diy,
            Preset::GrowingThemeShop => OptionId::Contractor,
            Preset::SaasAtScale => OptionId::Platform,
            Preset::DevToolsTeam => OptionId::AllHands,
            Preset::HelpdeskWithAi => OptionId::Contractor,
        }
    }
}

/// The scenario `make bench` times: every default, all five options and the AI front line on, billed
/// with every rule of SPEC 3.9 (a cap of 150 a month that pauses it from about 200 tickets, handoffs
/// billed, 0.40 a resolution elsewhere, people 20% slower on what it leaves).
pub fn bench_scenario() -> Scenario {
    let mut s = Scenario::default();
    s.ai.enabled = true;
    s.ai.monthly_cap = Some(150.0);
    s.ai.handoffs_billed = true;
    s.ai.extra_per_resolution = 0.4;
    s.ai.human_minutes_uplift = 0.2;
    s
}

/// The same with a live channel (SPEC 5.2): 30% of tickets by chat around the clock, so that Erlang C
/// runs at every evaluated volume and the live agents are a step function of it. (With one person
/// promised on shift as well, the floor settles every pair's order and there is no break-even at all.)
pub fn bench_live_scenario() -> Scenario {
    let mut s = bench_scenario();
    s.coverage.hours_per_week = 168.0;
    s.diy.cover_hours_per_week = 168.0;
    s.channels.live_share = 0.3;
    s
}

/// The Monte Carlo `make bench` times (issue 17): the default scenario with 10,000 draws over four
/// ranges (tickets, replies, minutes per reply and tier-1 resolution), the values the page's bench
/// types in.
pub fn bench_monte_carlo_scenario() -> Scenario {
    use super::scenario::{Bounds, Uncertain};
    let mut s = Scenario::default();
    s.uncertainty.enabled = true;
    for (u, low, high) in [
        (Uncertain::Tickets, 150.0, 700.0),
        (Uncertain::Replies, 1.5, 4.0),
        (Uncertain::Minutes, 3.0, 9.0),
        (Uncertain::Tier1Resolution, 0.5, 0.85),
    ] {
        s.uncertainty.ranges.set(u, Some(Bounds { low, high }));
    }
    s
}

/// The Erlang C request `make bench` times: 1,000 Erlangs of traffic (20,000 contacts an hour of 180
/// s each), 80% within 20 s, 30% shrinkage.
pub fn bench_erlang_request() -> super::erlang::Request {
    super::erlang::Request {
        contacts: 20_000.0,
        interval_seconds: 3600.0,
        handle_seconds: 180.0,
        service_level: 0.8,
        answer_seconds: 20.0,
        max_occupancy: 1.0,
        shrinkage: 0.3,
        concurrency: 1,
        agents: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report;

    #[test]
    fn the_examples_answer_differently_and_as_their_driver_lines_say() {
        for p in Preset::ALL {
            let r = report(&p.scenario());
            assert_eq!(r.cheapest, Some(p.answer()), "{p:?}");
        }
        // Solo: 40 tickets, 80 replies x 4 min = 5.3 h and 20 escalations x 25 min = 8.3 h at 50 an hour.
        let r = report(&Preset::SoloPluginDeveloper.scenario());
        let cost = |id| r.option(id).and_then(|o| o.monthly_cost).unwrap();
        assert!((cost(OptionId::Diy) - 683.333).abs() < 0.001);
        // The contractor's 10-hour minimum (250) and the Starter plan's 199 fee lose to 5.3 h x 50 = 267.
        assert!((cost(OptionId::Contractor) - 766.667).abs() < 0.001);
        assert!((cost(OptionId::Platform) - 765.667).abs() < 0.001);
        // Theme shop: 1,512 replies x 4 min at 20 an hour = 1.33 a reply (101 h billed); Scale at 1.60 beyond 1,000.
        let r = report(&Preset::GrowingThemeShop.scenario());
        let c = r.option(OptionId::Contractor).unwrap();
        assert_eq!(c.billed_hours, Some(101.0));
        assert_eq!(
            r.option(OptionId::Platform).unwrap().plan,
            Some(Some("Scale".into()))
        );
        // SaaS: 9,600 replies inside Enterprise's 10,000 for 5,900, 0.61 a reply.
        let r = report(&Preset::SaasAtScale.scenario());
        let p = r.option(OptionId::Platform).unwrap();
        assert_eq!(p.plan, Some(Some("Enterprise".into())));
        assert_eq!(p.units, Some(9600.0));
        // Developer tools: 60 h of tier 1 x 1.25 = 75 h of shifts (2.3% of 20 x 160 h) x 55 = 4,125,
        // + 15 escalations x 1 h x 70 + 2 h x 80 = 5,335. The platform at its own 45%: 82.5
        // escalations, 549 + 100 x 1.90 + 5,775 + 240 = 6,754; at the workload's 60%, 5,179.
        let s = Preset::DevToolsTeam.scenario();
        let r = report(&s);
        let cost =
            |r: &crate::model::Report, id| r.option(id).and_then(|o| o.monthly_cost).unwrap();
        assert!((cost(&r, OptionId::AllHands) - 5335.0).abs() < 1e-9);
        assert!((cost(&r, OptionId::Platform) - 6754.0).abs() < 1e-9);
        let mut same = s.clone();
        same.platform.tier1_resolution_rate = None;
        let r2 = report(&same);
        assert!((cost(&r2, OptionId::Platform) - 5179.0).abs() < 1e-9);
        assert_eq!(r2.cheapest, Some(OptionId::Platform));
        // Help desk with the AI: 1,350 tickets, 1,080 conversations, 540 billed, 486 closed; 540 x 0.99
        // + 4 h x 90 = 894.60, and the contractor is 588.65 cheaper with it.
        let r = report(&Preset::HelpdeskWithAi.scenario());
        let a = r.workload.ai.unwrap();
        assert!((a.ai_resolved - 486.0).abs() < 1e-9 && (a.ai_billed_units - 540.0).abs() < 1e-9);
        let ai = r.ai.unwrap();
        assert!((ai.cost - 894.6).abs() < 1e-9);
        assert!((ai.saving.unwrap() - 588.65).abs() < 1e-6);
    }
}
