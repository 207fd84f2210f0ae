//! Starting points that fill every input with a typical business's figures.

use super::scenario::{Plan, Scenario};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    SoloPluginDeveloper,
    GrowingThemeShop,
    SaasAtScale,
}

impl Preset {
    pub const ALL: [Preset; 3] = [
        Preset::SoloPluginDeveloper,
        Preset::GrowingThemeShop,
        Preset::SaasAtScale,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Preset::SoloPluginDeveloper => "solo",
            Preset::GrowingThemeShop => "theme-shop",
            Preset::SaasAtScale => "saas",
        }
    }

    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The preset's scenario. Figures follow SPEC 2: a solo developer answers support at their own rate
    /// and escalations are their own; larger shops deflect more tickets and resolve more on tier 1.
    pub fn scenario(self) -> Scenario {
        let mut s = Scenario::default();
        match self {
            Preset::SoloPluginDeveloper => {
                s.name = "Solo plugin developer".into();
                s.workload.tickets_per_month = 150.0;
                s.workload.replies_per_ticket = 2.2;
                s.workload.minutes_per_reply = 6.0;
                s.workload.tier1_resolution_rate = 0.6;
                s.workload.escalation_minutes = 30.0;
                s.rates.founder_hourly = 80.0;
                s.rates.developer_hourly = 80.0;
                s.employee.monthly_salary = 2800.0;
                s.contractor.hourly_rate = 22.0;
                s.chart.max = 1000.0;
            }
            Preset::GrowingThemeShop => {
                s.name = "Growing theme shop".into();
                s.workload.tickets_per_month = 600.0;
                s.workload.self_service_deflection = 0.1;
                s.workload.replies_per_ticket = 2.8;
                s.workload.minutes_per_reply = 6.0;
                s.workload.tier1_resolution_rate = 0.75;
                s.workload.escalation_minutes = 45.0;
                s.rates.founder_hourly = 75.0;
                s.rates.developer_hourly = 55.0;
                s.contractor.hourly_rate = 28.0;
                s.chart.max = 2500.0;
            }
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
        }
        s
    }
}
