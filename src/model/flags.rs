//! What a careful colleague would point out before anyone acts on the numbers: options that need more
//! hours than one person has, and inputs far outside every benchmark (SPEC 2). Flags never change a
//! cost; they say where a cost rests on something impossible or unlikely.

use super::report::Report;
use super::scenario::{OptionId, Scenario};

/// The hours a founder can give in a month, support and everything else (issue 14: 160 for now; a later
/// issue makes it an input).
pub const FOUNDER_HOURS: f64 = 160.0;
/// The hours one contractor can bill in a month.
pub const CONTRACTOR_HOURS: f64 = 160.0;
/// No published benchmark puts tier-1 support above this per ticket (HDI and MetricNet put email
/// support at roughly 2.50 to 25 a ticket): a cheapest option above it points at a mistyped input.
pub const COST_PER_TICKET_CEILING: f64 = 100.0;

/// An option that cannot be staffed as the figures say.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OptionFlag {
    /// It needs `hours` of the founder's time a month, more than `FOUNDER_HOURS`.
    FounderHours { hours: f64 },
    /// It bills `hours` a month, more than one contractor can work.
    ContractorHours { hours: f64 },
}

/// An input a colleague would question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputFlag {
    /// Escalated tickets take no developer time.
    FreeEscalations,
    /// Under a minute per reply.
    InstantReplies { minutes: f64 },
    /// More than ten replies per ticket (benchmark 1-6).
    ManyReplies { replies: f64 },
    /// Tier 1 resolves every ticket (world class is 80-85%).
    EverythingResolved,
    /// An hour of the founder's or a developer's time is worth nothing.
    FreeHour { founder: bool },
    /// Even the cheapest option costs more per ticket than any benchmark.
    CostPerTicket { cheapest: OptionId, per_ticket: f64 },
}

/// The founder's hours an option takes: all of it when doing it yourself; otherwise the oversight, plus
/// the option's escalations when the founder handles them (`escalations_mine`); and the AI's upkeep
/// while it is on.
pub fn founder_hours(id: OptionId, s: &Scenario, r: &Report, escalations_mine: bool) -> f64 {
    let w = &r.workload;
    let upkeep = if s.ai.enabled { s.ai.upkeep_hours } else { 0.0 };
    let oversight = match id {
        // With the live channel and the coverage floor (SPEC 5.2) when the option is in the report.
        OptionId::Diy => {
            let tier1 = r.option(id).map_or(w.tier1_hours, |o| o.required_hours);
            return tier1 + w.tier2_hours + upkeep;
        }
        OptionId::Employee => s.employee.oversight_hours,
        OptionId::Contractor => s.contractor.oversight_hours,
        OptionId::Platform => s.platform.oversight_hours,
        OptionId::AllHands => s.all_hands.coordination_hours,
    };
    let escalations = match r.option(id) {
        Some(o) if escalations_mine => o.tier2_hours,
        _ => 0.0,
    };
    oversight + escalations + upkeep
}

/// The flag of an enabled, available option, if any. Too many founder hours comes first: it is the
/// one the founder cannot buy their way out of.
pub fn option_flag(
    id: OptionId,
    s: &Scenario,
    r: &Report,
    escalations_mine: bool,
) -> Option<OptionFlag> {
    let o = r.option(id).filter(|o| o.available)?;
    let hours = founder_hours(id, s, r, escalations_mine);
    if hours > FOUNDER_HOURS + 1e-9 {
        return Some(OptionFlag::FounderHours { hours });
    }
    match o.billed_hours {
        Some(hours) if hours > CONTRACTOR_HOURS + 1e-9 => {
            Some(OptionFlag::ContractorHours { hours })
        }
        _ => None,
    }
}

/// The inputs worth a second look, in the order the page lists the inputs.
pub fn input_flags(s: &Scenario, r: &Report) -> Vec<InputFlag> {
    let w = &s.workload;
    let mut flags = Vec::new();
    if w.minutes_per_reply < 1.0 {
        flags.push(InputFlag::InstantReplies {
            minutes: w.minutes_per_reply,
        });
    }
    if w.replies_per_ticket > 10.0 {
        flags.push(InputFlag::ManyReplies {
            replies: w.replies_per_ticket,
        });
    }
    if w.tier1_resolution_rate >= 1.0 && w.tickets_per_month > 0.0 {
        flags.push(InputFlag::EverythingResolved);
    }
    if w.escalation_minutes == 0.0 && w.tier1_resolution_rate < 1.0 {
        flags.push(InputFlag::FreeEscalations);
    }
    if s.rates.founder_hourly == 0.0 {
        flags.push(InputFlag::FreeHour { founder: true });
    }
    if s.rates.developer_hourly == 0.0 {
        flags.push(InputFlag::FreeHour { founder: false });
    }
    let cheapest = r.cheapest.and_then(|id| r.option(id));
    if let Some((id, per_ticket)) = cheapest.and_then(|o| Some((o.id, o.cost_per_ticket?))) {
        if per_ticket > COST_PER_TICKET_CEILING {
            flags.push(InputFlag::CostPerTicket {
                cheapest: id,
                per_ticket,
            });
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report;

    fn at(tickets: f64) -> (Scenario, Report) {
        let mut s = Scenario::default();
        s.workload.tickets_per_month = tickets;
        let r = report(&s);
        (s, r)
    }

    #[test]
    fn doing_it_yourself_past_160_hours_is_flagged_with_its_hours() {
        // 300 tickets: 62.5 h + 60 h = 122.5 h, within 160.
        let (s, r) = at(300.0);
        assert_eq!(option_flag(OptionId::Diy, &s, &r, false), None);
        // 900 tickets: 187.5 h tier 1 + 180 h tier 2 = 367.5 h.
        let (s, r) = at(900.0);
        assert_eq!(
            option_flag(OptionId::Diy, &s, &r, false),
            Some(OptionFlag::FounderHours { hours: 367.5 })
        );
        // The platform takes 3 h of oversight only, unless the founder also handles the 180 h of escalations.
        assert_eq!(option_flag(OptionId::Platform, &s, &r, false), None);
        let Some(OptionFlag::FounderHours { hours }) =
            option_flag(OptionId::Platform, &s, &r, true)
        else {
            panic!("not flagged");
        };
        assert!((hours - 183.0).abs() < 1e-9);
    }

    #[test]
    fn a_contractor_billing_more_than_a_full_month_is_flagged() {
        // 900 tickets: 187.5 h billed, more than one person's 160.
        let (s, r) = at(900.0);
        assert_eq!(
            option_flag(OptionId::Contractor, &s, &r, false),
            Some(OptionFlag::ContractorHours { hours: 187.5 })
        );
        // 768 tickets: exactly 160 h is one full month, not flagged.
        let (s, r) = at(768.0);
        assert_eq!(
            r.option(OptionId::Contractor).unwrap().billed_hours,
            Some(160.0)
        );
        assert_eq!(option_flag(OptionId::Contractor, &s, &r, false), None);
    }

    #[test]
    fn an_option_that_is_off_or_unavailable_is_not_flagged() {
        let (mut s, _) = at(900.0);
        s.diy.enabled = false;
        let r = report(&s);
        assert_eq!(option_flag(OptionId::Diy, &s, &r, false), None);
    }

    #[test]
    fn inputs_outside_every_benchmark_are_flagged_and_defaults_are_not() {
        let (s, r) = at(300.0);
        assert!(input_flags(&s, &r).is_empty());
        let mut s = Scenario::default();
        s.workload.minutes_per_reply = 0.5;
        s.workload.replies_per_ticket = 12.0;
        s.workload.escalation_minutes = 0.0;
        s.rates.developer_hourly = 0.0;
        let r = report(&s);
        assert_eq!(
            input_flags(&s, &r),
            [
                InputFlag::InstantReplies { minutes: 0.5 },
                InputFlag::ManyReplies { replies: 12.0 },
                InputFlag::FreeEscalations,
                InputFlag::FreeHour { founder: false },
            ]
        );
        let mut s = Scenario::default();
        s.workload.tier1_resolution_rate = 1.0;
        assert_eq!(
            input_flags(&s, &report(&s)),
            [InputFlag::EverythingResolved]
        );
    }

    #[test]
    fn a_cheapest_cost_per_ticket_above_every_benchmark_is_flagged() {
        // Ten developer hours per escalation: every option then costs more than 180 a ticket.
        let mut s = Scenario::default();
        s.workload.escalation_minutes = 600.0;
        let r = report(&s);
        let flags = input_flags(&s, &r);
        let Some(InputFlag::CostPerTicket { per_ticket, .. }) = flags.last() else {
            panic!("{flags:?}");
        };
        assert!(*per_ticket > COST_PER_TICKET_CEILING);
        // At the defaults the cheapest costs 16.96 a ticket.
        let (s, r) = at(300.0);
        assert!(!input_flags(&s, &r)
            .iter()
            .any(|f| matches!(f, InputFlag::CostPerTicket { .. })));
    }
}
