//! The cost of each way of staffing support (SPEC 3.2 and 3.3).
//!
//! Everything here is a plain function of a scenario and a ticket volume, allocation-free, so that the
//! break-even search can evaluate it at every integer volume.

use serde::Serialize;

use super::erlang::{self, CONCURRENCY_FACTORS};
use super::scenario::{
    AtCap, BillingUnit, LiveBilling, OptionId, PerOption, Plan, Pricing, Scenario,
};

/// Weeks in a month: covered hours a week times this are the covered hours a month (SPEC 5.2).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// `ceil` that ignores floating-point noise: 2.0000000001 stays 2 (SPEC 3.2).
pub fn ceil_tolerant(x: f64) -> f64 {
    (x - 1e-9).ceil()
}

/// The derived workload of SPEC 3.2, with the AI front line of SPEC 3.6 in front when it is on: then
/// `replies` and `tier1_hours` are the people's, after the AI has closed what it closes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct WorkloadResult {
    pub effective_tickets: f64,
    pub replies: f64,
    pub tier1_hours: f64,
    pub escalated_tickets: f64,
    pub tier2_hours: f64,
    /// The AI's share of the work, while it is on.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub ai: Option<AiWorkload>,
    /// The live channel's queue at this volume (SPEC 5.2).
    #[serde(skip)]
    pub live: LiveQueue,
}

/// The live chat and phone queue at one volume, staffed by Erlang C for the busiest covered hour.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LiveQueue {
    /// Covered hours a month, `C = W * 52 / 12`.
    pub covered_hours: f64,
    pub live_tickets: f64,
    /// The agents Erlang C asks for (0 without live tickets).
    pub agents: f64,
    /// What those agents reach at the peak; `None` without live tickets.
    pub figures: Option<erlang::Staffing>,
}

impl LiveQueue {
    /// The queue of `human_tickets` a month (SPEC 5.2).
    pub fn of(s: &Scenario, human_tickets: f64) -> LiveQueue {
        let c = &s.channels;
        let covered_hours = s.coverage.hours_per_week * WEEKS_PER_MONTH;
        let live_tickets = human_tickets * c.live_share;
        if live_tickets <= 0.0 {
            return LiveQueue {
                covered_hours,
                live_tickets: 0.0,
                agents: 0.0,
                figures: None,
            };
        }
        let factor = CONCURRENCY_FACTORS[(c.concurrency as usize).clamp(1, 5) - 1];
        let handle = c.live_handle_seconds / factor;
        let per_hour = live_tickets / covered_hours * c.peak_factor;
        let traffic = per_hour * handle / 3600.0;
        let figures = erlang::solve(
            traffic,
            handle,
            c.service_level,
            c.answer_seconds,
            c.max_occupancy,
        );
        LiveQueue {
            covered_hours,
            live_tickets,
            agents: figures.agents as f64,
            figures: Some(figures),
        }
    }

    /// The hours the live agents are on duty a month.
    pub fn hours(&self) -> f64 {
        self.agents * self.covered_hours
    }
}

/// What the AI front line does with a month's tickets (SPEC 3.6), billed as 2026 vendors write it
/// (SPEC 3.9): a cap that pauses it or is billed past, handoffs billed, a resolution billed twice.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AiWorkload {
    pub ai_conversations: f64,
    /// Resolutions or conversations, as the vendor bills: handed-off conversations too with
    /// `handoffs_billed`.
    pub ai_billed_units: f64,
    /// Tickets the AI really closes: never more than tier 1 could resolve.
    pub ai_resolved: f64,
    pub human_tickets: f64,
    /// AI conversations a person finishes.
    pub handoffs: f64,
    /// The AI would close more than tier 1 could resolve, and is held to that.
    pub ai_capped: bool,
    /// The conversations it takes before a paused cap stops it (all of them without a pause).
    pub ai_conversations_taken: f64,
    /// The share of its conversations a paused cap leaves to people.
    pub ai_paused_share: f64,
    /// What the AI bills a month (fee and units), with what its resolutions cost elsewhere.
    pub ai_bill: f64,
    /// Billed past its cap (`at_cap` is `overage`).
    pub ai_over_cap: bool,
    /// What the AI would close before the tier-1 cap: its resolutions less the reopened ones.
    #[serde(skip)]
    pub kept: f64,
    /// The cap: the tickets tier 1 could resolve, `T_eff * d`.
    #[serde(skip)]
    pub tier1_could: f64,
    /// Tier-1 hours people spend reading the AI's handed-off conversations.
    #[serde(skip)]
    pub handoff_hours: f64,
    /// What the AI costs a month, its upkeep included.
    #[serde(skip)]
    pub cost: f64,
    /// The vendor's bill alone, fee and units, as the cap counts it.
    #[serde(skip)]
    pub capped_bill: f64,
    /// What the resolutions cost elsewhere (`extra_per_resolution`).
    #[serde(skip)]
    pub extra: f64,
}

/// How the AI vendor bills one conversation, and the bill for a number of them (SPEC 3.9).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AiBill {
    /// Billed units per conversation the AI takes.
    pub units_per_conversation: f64,
    pub fee: f64,
    pub included: f64,
    pub price: f64,
}

impl AiBill {
    pub fn of(s: &Scenario) -> AiBill {
        let a = &s.ai;
        let units_per_conversation = match a.pricing {
            Pricing::PerResolution if a.handoffs_billed => 1.0,
            Pricing::PerResolution => a.resolution_rate,
            Pricing::PerConversation => 1.0,
        };
        AiBill {
            units_per_conversation,
            fee: a.monthly_fee,
            included: a.included_units,
            price: a.price_per_unit,
        }
    }

    /// `bill(c)`: the fee and the units past those included, for `c` conversations.
    pub fn bill(&self, conversations: f64) -> f64 {
        self.fee
            + (conversations * self.units_per_conversation - self.included).max(0.0) * self.price
    }

    /// The conversations the AI takes out of `conversations` under the scenario's cap: all of them
    /// without a cap, with overage, or when their bill is within the cap; else the most whose bill
    /// the cap holds.
    pub fn taken(&self, s: &Scenario, conversations: f64) -> f64 {
        let Some(cap) = s.ai.monthly_cap else {
            return conversations;
        };
        if s.ai.at_cap == AtCap::Overage || self.bill(conversations) <= cap {
            return conversations;
        }
        // Past the included units each conversation adds `units * price`, so the bill is over the
        // cap only when both are positive.
        let c = ((cap - self.fee) / self.price + self.included) / self.units_per_conversation;
        c.clamp(0.0, conversations)
    }
}

impl AiWorkload {
    /// The AI's month with `effective_tickets` reaching it (SPEC 3.6 and 3.9).
    pub fn of(s: &Scenario, effective_tickets: f64) -> AiWorkload {
        let a = &s.ai;
        let tier1_could = effective_tickets * s.workload.tier1_resolution_rate;
        let conversations = effective_tickets * a.involvement;
        let pricing = AiBill::of(s);
        let taken = pricing.taken(s, conversations);
        let billed_resolutions = taken * a.resolution_rate;
        let kept = billed_resolutions * (1.0 - a.reopen_rate);
        let ai_resolved = kept.min(tier1_could);
        let handoffs = taken - ai_resolved;
        let capped_bill = pricing.bill(taken);
        let extra = billed_resolutions * a.extra_per_resolution;
        let ai_bill = capped_bill + extra;
        AiWorkload {
            ai_conversations: conversations,
            ai_billed_units: taken * pricing.units_per_conversation,
            ai_resolved,
            human_tickets: effective_tickets - ai_resolved,
            handoffs,
            ai_capped: kept > tier1_could + 1e-9,
            ai_conversations_taken: taken,
            ai_paused_share: if conversations > 0.0 {
                1.0 - taken / conversations
            } else {
                0.0
            },
            ai_bill,
            ai_over_cap: a.at_cap == AtCap::Overage
                && a.monthly_cap.is_some_and(|cap| capped_bill > cap + 1e-9),
            kept,
            tier1_could,
            handoff_hours: handoffs * a.handoff_minutes / 60.0,
            cost: ai_bill + a.upkeep_hours * s.rates.founder_hourly,
            capped_bill,
            extra,
        }
    }

    /// The day of a 30-day month from which a paused cap stops the AI, `30 * (1 - paused_share)`
    /// rounded down (SPEC 3.9); `None` while it is not paused.
    pub fn pause_day(&self) -> Option<u32> {
        (self.ai_paused_share > 1e-9)
            .then(|| (30.0 * (1.0 - self.ai_paused_share) + 1e-9).floor() as u32)
    }
}

/// One option's own tier 1 (SPEC 3.8): its hours at its own reply minutes, and the escalations left at
/// its own resolution rate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct OwnTier1 {
    pub tier1_hours: f64,
    pub escalated_tickets: f64,
    pub tier2_hours: f64,
}

impl WorkloadResult {
    pub fn of(s: &Scenario) -> WorkloadResult {
        WorkloadResult::at(s, s.workload.tickets_per_month)
    }

    /// The workload at another ticket volume, everything else as in `s`.
    pub fn at(s: &Scenario, tickets: f64) -> WorkloadResult {
        let w = &s.workload;
        let effective_tickets = tickets * (1.0 - w.self_service_deflection);
        let ai = s.ai.enabled.then(|| AiWorkload::of(s, effective_tickets));
        let human_tickets = ai.map_or(effective_tickets, |a| a.human_tickets);
        let replies = human_tickets * w.replies_per_ticket;
        let minutes = w.minutes_per_reply * s.human_minutes_factor();
        let mut tier1_hours = replies * minutes / 60.0;
        if let Some(a) = ai {
            tier1_hours += a.handoff_hours;
        }
        let escalated_tickets = effective_tickets * (1.0 - w.tier1_resolution_rate);
        WorkloadResult {
            effective_tickets,
            replies,
            tier1_hours,
            escalated_tickets,
            tier2_hours: escalated_tickets * w.escalation_minutes / 60.0,
            ai,
            live: LiveQueue::of(s, human_tickets),
        }
    }

    /// The hours people spend on tickets that do not arrive live, at `minutes` per reply, with the
    /// option's tier-1 hours `own` at the same minutes (SPEC 5.2 `async_hours`).
    pub fn async_hours(&self, s: &Scenario, own: &OwnTier1, minutes: f64) -> f64 {
        let l = s.channels.live_share;
        if l == 0.0 {
            // All of tier 1, exactly as without a live channel.
            return own.tier1_hours;
        }
        self.replies * (1.0 - l) * minutes / 60.0 + self.ai.map_or(0.0, |a| a.handoff_hours)
    }

    /// The hours of support a month with the live agents and the coverage floor:
    /// `max(n * C, (live_hours + async_hours) * speed)` (SPEC 5.2; `speed` is 1 but for everyone
    /// helping, whose non-specialists take longer for the same work).
    pub fn staffed_hours(&self, s: &Scenario, async_hours: f64, speed: f64) -> f64 {
        let staffed = (self.live.hours() + async_hours) * speed;
        let n = s.coverage.agents_on_shift;
        if n == 0.0 {
            staffed
        } else {
            (n * self.live.covered_hours).max(staffed)
        }
    }

    /// The tickets people handle: all that reach an agent, less what the AI closes.
    pub fn human_tickets(&self) -> f64 {
        self.ai.map_or(self.effective_tickets, |a| a.human_tickets)
    }

    /// Option `id`'s own tier 1 (SPEC 3.8); the workload's own figures where the option has no rate or
    /// minutes of its own.
    pub fn own(&self, s: &Scenario, id: OptionId) -> OwnTier1 {
        let (rate, minutes) = s.own_tier1(id);
        let tier1_hours = match minutes {
            None => self.tier1_hours,
            Some(m) => {
                self.replies * m * s.human_minutes_factor() / 60.0
                    + self.ai.map_or(0.0, |a| a.handoff_hours)
            }
        };
        let escalated_tickets = match rate {
            None => self.escalated_tickets,
            Some(d) => {
                let escalated = self.effective_tickets * (1.0 - d);
                match self.ai {
                    Some(a) => escalated.min(a.human_tickets),
                    None => escalated,
                }
            }
        };
        let tier2_hours = if rate.is_none() {
            self.tier2_hours
        } else {
            escalated_tickets * s.workload.escalation_minutes / 60.0
        };
        OwnTier1 {
            tier1_hours,
            escalated_tickets,
            tier2_hours,
        }
    }
}

/// A monthly cost split by kind of line (SPEC 3.3).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Breakdown {
    /// Front-line labour: your time, a salary, contractor hours or the platform plan.
    pub tier1: f64,
    /// Developer time on escalated tickets.
    pub tier2: f64,
    /// Fixed fees such as tooling seats.
    pub fees: f64,
    /// Founder time spent managing whoever does tier 1.
    pub oversight: f64,
    /// One-off costs spread per month (platform setup).
    pub one_off: f64,
    /// The AI front line, its upkeep included (SPEC 3.6).
    pub ai: f64,
    /// A platform's live agents billed by the hour (SPEC 5.2, version 5).
    pub live: f64,
}

impl Breakdown {
    pub fn total(&self) -> f64 {
        self.tier1 + self.tier2 + self.fees + self.oversight + self.one_off + self.ai + self.live
    }
}

/// What each option reports beyond its cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    Diy,
    Employee {
        fte_needed: f64,
        fte_paid: f64,
        seats: f64,
    },
    Contractor {
        billed_hours: f64,
    },
    Platform {
        units: f64,
        /// Index of the cheapest plan that covers `units`; `None` when no plan does.
        plan: Option<usize>,
    },
    AllHands {
        shift_hours: f64,
        hours_per_person: f64,
        share_of_time: f64,
        capacity_hours: f64,
    },
}

/// Why an option cannot be had at some volume.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unavailable {
    /// No plan covers the units (every plan that would is capped).
    NoPlan,
    /// The rotation would take more than the allowed share of the team's time.
    OverShare,
    /// The promise needs more than one person on every shift; the founder is one.
    ShiftNeedsMore { people: f64 },
    /// The live queue needs more than one person at once at its peak.
    QueueNeedsMore { agents: f64 },
    /// The founder answers fewer hours a week than the promise covers.
    FounderHours { hours: f64, promised: f64 },
    /// The platform's plan covers fewer hours a week than the promise.
    PlanHours { hours: f64, promised: f64 },
    /// The platform takes no live contacts, and some arrive live (SPEC 5.2).
    NoLiveChannel,
}

/// One option's cost at one volume. `breakdown` is `None` when the option is unavailable there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OptionCost {
    pub id: OptionId,
    pub breakdown: Option<Breakdown>,
    pub detail: Detail,
    /// The option's own tier-1 hours and escalations.
    pub own: OwnTier1,
    /// The hours of support it staffs with the live channel and the coverage floor (SPEC 5.2).
    pub required_hours: f64,
    /// Why it is unavailable, when it is.
    pub unavailable: Option<Unavailable>,
}

/// Whether option `id` can keep the promise of people on shift (SPEC 5.2); the platform's plan caps
/// and the rotation's share are its cost's own business.
fn keeps_the_promise(s: &Scenario, w: &WorkloadResult, id: OptionId) -> Option<Unavailable> {
    let n = s.coverage.agents_on_shift;
    let promised = s.coverage.hours_per_week;
    if n < 1.0 {
        return None;
    }
    match id {
        OptionId::Diy if n > 1.0 => Some(Unavailable::ShiftNeedsMore { people: n }),
        OptionId::Diy if w.live.agents > 1.0 => Some(Unavailable::QueueNeedsMore {
            agents: w.live.agents,
        }),
        OptionId::Diy if s.diy.cover_hours_per_week < promised => Some(Unavailable::FounderHours {
            hours: s.diy.cover_hours_per_week,
            promised,
        }),
        OptionId::Platform if s.platform.coverage_hours_per_week < promised => {
            Some(Unavailable::PlanHours {
                hours: s.platform.coverage_hours_per_week,
                promised,
            })
        }
        _ => None,
    }
}

impl OptionCost {
    pub fn total(&self) -> Option<f64> {
        self.breakdown.map(|b| b.total())
    }
}

/// The cost of option `id` for workload `w` under scenario `s` (whether or not the option is enabled).
pub fn option_cost(s: &Scenario, w: &WorkloadResult, id: OptionId) -> OptionCost {
    let founder = s.rates.founder_hourly;
    let own = w.own(s, id);
    let async_hours = w.async_hours(s, &own, s.minutes_per_reply_of(id));
    let required_hours = w.staffed_hours(s, async_hours, 1.0);
    let tier2 = own.tier2_hours * s.rates.developer_hourly;
    let ai = w.ai.map_or(0.0, |a| a.cost);
    let (breakdown, detail) = match id {
        OptionId::Diy => (
            Some(Breakdown {
                tier1: required_hours * founder,
                tier2: own.tier2_hours * founder,
                ai,
                ..Breakdown::default()
            }),
            Detail::Diy,
        ),
        OptionId::Employee => {
            let e = &s.employee;
            let fte_needed = required_hours / (e.paid_hours_per_month * (1.0 - e.shrinkage));
            let fte_paid = e
                .min_fte
                .max(ceil_tolerant(fte_needed / e.fte_step) * e.fte_step);
            let seats = ceil_tolerant(fte_paid);
            (
                Some(Breakdown {
                    tier1: fte_paid * e.monthly_salary * e.loaded_multiplier,
                    fees: seats * e.tooling_per_seat,
                    tier2,
                    oversight: e.oversight_hours * founder,
                    ai,
                    ..Breakdown::default()
                }),
                Detail::Employee {
                    fte_needed,
                    fte_paid,
                    seats,
                },
            )
        }
        OptionId::Contractor => {
            let c = &s.contractor;
            let inc = c.billing_increment_minutes;
            let billed_hours = c
                .minimum_hours
                .max(ceil_tolerant(required_hours * 60.0 / inc) * inc / 60.0);
            (
                Some(Breakdown {
                    tier1: billed_hours * c.hourly_rate,
                    tier2,
                    oversight: c.oversight_hours * founder,
                    ai,
                    ..Breakdown::default()
                }),
                Detail::Contractor { billed_hours },
            )
        }
        OptionId::Platform => {
            let p = &s.platform;
            let units = platform_units(s, w, &own);
            let chosen = cheapest_plan(&p.plans, units);
            let breakdown = chosen.map(|(_, plan_cost)| Breakdown {
                tier1: plan_cost,
                tier2,
                fees: 0.0,
                oversight: p.oversight_hours * founder,
                one_off: p.setup_fee / p.setup_months,
                ai,
                live: platform_live_hours(s, w) * p.live_hourly,
            });
            (
                breakdown,
                Detail::Platform {
                    units,
                    plan: chosen.map(|(i, _)| i),
                },
            )
        }
        OptionId::AllHands => {
            let a = &s.all_hands;
            let shift_hours = w.staffed_hours(s, async_hours, a.speed_factor);
            let team_hours = a.team_size * a.paid_hours_per_month;
            let capacity_hours = team_hours * a.max_share;
            let available = shift_hours <= capacity_hours + 1e-9;
            (
                available.then(|| Breakdown {
                    tier1: shift_hours * a.team_hourly,
                    tier2,
                    oversight: a.coordination_hours * founder,
                    ai,
                    ..Breakdown::default()
                }),
                Detail::AllHands {
                    shift_hours,
                    hours_per_person: shift_hours / a.team_size,
                    share_of_time: shift_hours / team_hours,
                    capacity_hours,
                },
            )
        }
    };
    let no_live = id == OptionId::Platform
        && s.platform.live_billing == LiveBilling::NotOffered
        && w.live.live_tickets > 0.0;
    let unavailable = match (breakdown, keeps_the_promise(s, w, id)) {
        (_, Some(why)) => Some(why),
        _ if no_live => Some(Unavailable::NoLiveChannel),
        (Some(_), None) => None,
        (None, None) if id == OptionId::Platform => Some(Unavailable::NoPlan),
        (None, None) => Some(Unavailable::OverShare),
    };
    OptionCost {
        id,
        breakdown: breakdown.filter(|_| unavailable.is_none()),
        detail,
        own,
        required_hours,
        unavailable,
    }
}

/// Whether the platform bills its live agents by the hour: a live channel with `per_agent_hour`.
pub fn bills_live_hours(s: &Scenario, w: &WorkloadResult) -> bool {
    s.platform.live_billing == LiveBilling::PerAgentHour && w.live.live_tickets > 0.0
}

/// The live agent hours a platform bills a month (SPEC 5.2): the live agents through its own covered
/// hours, `min(W, platform.coverage_hours_per_week) * 52 / 12`; 0 unless it bills them by the hour.
pub fn platform_live_hours(s: &Scenario, w: &WorkloadResult) -> f64 {
    if !bills_live_hours(s, w) {
        return 0.0;
    }
    let covered = s
        .coverage
        .hours_per_week
        .min(s.platform.coverage_hours_per_week);
    w.live.agents * covered * WEEKS_PER_MONTH
}

/// The units a platform bills for this workload, with the platform's own escalations `own`: with its
/// live agents billed by the hour, only the tickets that do not arrive live (SPEC 5.2).
pub fn platform_units(s: &Scenario, w: &WorkloadResult, own: &OwnTier1) -> f64 {
    let units = all_platform_units(s, w, own);
    if bills_live_hours(s, w) {
        units * (1.0 - s.channels.live_share)
    } else {
        units
    }
}

fn all_platform_units(s: &Scenario, w: &WorkloadResult, own: &OwnTier1) -> f64 {
    match (s.platform.billing_unit, w.ai) {
        (BillingUnit::Reply, _) => w.replies,
        (BillingUnit::Ticket, _) => w.human_tickets(),
        // Without the AI this is T_eff * d, written as version 1 computed it.
        (BillingUnit::ResolvedTicket, None) => {
            w.effective_tickets * s.resolution_rate_of(OptionId::Platform)
        }
        (BillingUnit::ResolvedTicket, Some(a)) => a.human_tickets - own.escalated_tickets,
    }
}

/// A plan's monthly price for `units`, or `None` when a capped plan cannot take that many.
pub fn plan_cost(plan: &Plan, units: f64) -> Option<f64> {
    let extra = (units - plan.included_units).max(0.0);
    match plan.overage_per_unit {
        Some(per_unit) => Some(plan.monthly_fee + extra * per_unit),
        None if extra > 1e-9 => None,
        None => Some(plan.monthly_fee),
    }
}

/// The cheapest plan that covers `units` (the first one on equal prices), with its price.
pub fn cheapest_plan(plans: &[Plan], units: f64) -> Option<(usize, f64)> {
    plans
        .iter()
        .enumerate()
        .filter_map(|(i, p)| plan_cost(p, units).map(|c| (i, c)))
        .fold(None, |best: Option<(usize, f64)>, (i, c)| match best {
            Some((_, b)) if b <= c => best,
            _ => Some((i, c)),
        })
}

/// Monthly totals of the enabled options at `w`, in option order; `None` for disabled or unavailable.
pub fn enabled_totals(s: &Scenario, w: &WorkloadResult) -> PerOption<Option<f64>> {
    PerOption::from_fn(|id| {
        if s.is_enabled(id) {
            option_cost(s, w, id).total()
        } else {
            None
        }
    })
}

/// The cheapest of the given totals (the first in option order on equal costs).
pub fn cheapest_of(totals: &PerOption<Option<f64>>) -> Option<OptionId> {
    totals
        .iter()
        .filter_map(|(id, t)| t.map(|t| (id, t)))
        .fold(None, |best: Option<(OptionId, f64)>, (id, t)| match best {
            Some((_, b)) if b <= t => best,
            _ => Some((id, t)),
        })
        .map(|(id, _)| id)
}
