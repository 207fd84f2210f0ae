//! Everything the model says about one scenario (SPEC 3.4), in the form `report_json` returns.

use serde::Serialize;

use super::ai;
use super::breakeven::{crossings, ticket_crossings, Crossing};
use super::costs::Unavailable;
use super::costs::{
    bills_live_hours, ceil_tolerant, cheapest_of, option_cost, platform_live_hours, Breakdown,
    Detail, OptionCost, OwnTier1, WorkloadResult, WEEKS_PER_MONTH,
};
use super::coverage;
use super::flags::{self, OptionFlag};
use super::projection::{project, ProjectionReport};
use super::scenario::{OptionId, PerOption, Scenario, XAxis};
use super::uncertainty::{simulate, UncertaintyReport};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub workload: WorkloadResult,
    /// One entry per enabled option, in the order diy, employee, contractor, platform, all_hands.
    pub options: Vec<OptionReport>,
    pub cheapest: Option<OptionId>,
    /// The cheapest option by what you pay out (SPEC 3.10).
    pub cheapest_cash: Option<OptionId>,
    pub baseline: OptionId,
    /// Baseline cost minus the cheapest cost; `None` when the baseline cannot serve (off, unavailable,
    /// or taking more hours than one person has: SPEC 3.10's baseline rule) or is the cheapest.
    pub saving_vs_baseline: Option<f64>,
    /// What the verdict's saving is measured against: the baseline when it can serve, else the
    /// cheapest other option that can; with `saving`, what the cheapest saves against it.
    pub saving_against: Option<OptionId>,
    pub saving: Option<f64>,
    /// Every break-even over tickets per month `0..=tickets_axis_max`.
    pub break_even: Vec<TicketBreakEven>,
    pub tickets_axis_max: u64,
    pub chart_axis: XAxis,
    /// Break-evens along the chart's axis (the same as `break_even` when that axis is tickets per month).
    pub chart_break_even: Vec<Crossing>,
    /// What the AI front line costs and saves, while it is on (SPEC 3.6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai: Option<AiReport>,
    /// The live channel and the coverage floor, at the workload's own reply minutes (SPEC 5.2).
    pub staffing: StaffingReport,
    /// With the value of fast answers on: the option cheapest by net cost (SPEC 5.3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cheapest_net: Option<Option<OptionId>>,
    /// The months ahead (SPEC 6.1). `this_month` leaves it out, for the page computes it after the
    /// first paint of an edit; `report` and `report_json` fill it in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projection: Option<ProjectionReport>,
    /// With the uncertainty on: the Monte Carlo's figures (SPEC 6.2). `report` leaves it out, for the
    /// page runs it in parts after the first paint; `report_json` and `with_uncertainty` fill it in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<UncertaintyReport>,
}

/// The `staffing` object of SPEC 5.2.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct StaffingReport {
    pub covered_hours_per_month: f64,
    pub live_tickets: f64,
    pub live_agents: f64,
    pub live_hours: f64,
    pub async_hours: f64,
    pub required_hours: f64,
    /// With a live channel: what the live agents reach in the busiest hour.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveReport>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LiveReport {
    pub traffic_erlangs: f64,
    pub service_level: f64,
    pub average_answer_seconds: Option<f64>,
    pub wait_probability: f64,
    pub occupancy: f64,
}

impl StaffingReport {
    fn of(s: &Scenario, w: &WorkloadResult) -> StaffingReport {
        let own = OwnTier1 {
            tier1_hours: w.tier1_hours,
            escalated_tickets: w.escalated_tickets,
            tier2_hours: w.tier2_hours,
        };
        let async_hours = w.async_hours(
            s,
            &own,
            s.workload.minutes_per_reply * s.human_minutes_factor(),
        );
        StaffingReport {
            covered_hours_per_month: w.live.covered_hours,
            live_tickets: w.live.live_tickets,
            live_agents: w.live.agents,
            live_hours: w.live.hours(),
            async_hours,
            required_hours: w.staffed_hours(s, async_hours, 1.0),
            live: w.live.figures.map(|f| LiveReport {
                traffic_erlangs: f.traffic_erlangs,
                service_level: f.service_level,
                average_answer_seconds: f.average_answer_seconds,
                wait_probability: f.wait_probability,
                occupancy: f.occupancy,
            }),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AiReport {
    /// `ai_cost`: fee, billed units beyond the included ones, and upkeep.
    pub cost: f64,
    /// The cheapest option's cost without the AI minus the cheapest with it; `None` when either has no
    /// available option.
    pub saving: Option<f64>,
    /// The cheapest cost with the AI and the cheapest without it, for the verdict.
    #[serde(skip)]
    pub cheapest: Option<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TicketBreakEven {
    pub a: OptionId,
    pub b: OptionId,
    pub tickets: u64,
    pub cheaper_above: OptionId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Tier1,
    Tier2,
    Fees,
    Oversight,
    OneOff,
    Ai,
    Live,
}

impl LineKind {
    /// Every kind, in the order a breakdown lists them.
    pub const ALL: [LineKind; 7] = [
        LineKind::Ai,
        LineKind::Tier1,
        LineKind::Live,
        LineKind::Tier2,
        LineKind::Fees,
        LineKind::Oversight,
        LineKind::OneOff,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub kind: LineKind,
    pub label: String,
    pub amount: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionReport {
    pub id: OptionId,
    pub available: bool,
    pub monthly_cost: Option<f64>,
    /// Monthly cost divided by tickets per month; `None` at zero tickets or when unavailable.
    pub cost_per_ticket: Option<f64>,
    pub lines: Vec<Line>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fte_needed: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fte_paid: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seats: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billed_hours: Option<f64>,
    /// The chosen plan's name (platform only; `null` when no plan covers the volume).
    #[serde(skip_serializing_if = "is_not_platform")]
    pub plan: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<f64>,
    /// The option's own tier 1 (SPEC 3.8).
    pub tier1_hours: f64,
    pub escalated_tickets: f64,
    pub tier2_hours: f64,
    /// Everyone helps (SPEC 3.7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shift_hours: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_per_person: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_of_time: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity_hours: Option<f64>,
    /// While the AI is on: the option's cost without it (`null` when unavailable without it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_ai: Option<Option<f64>>,
    /// While the AI is on: the smallest AI resolution rate from which it pays for itself here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ai_pays_from: Option<Option<f64>>,
    /// The hours of support it staffs with the live channel and the coverage floor (SPEC 5.2).
    pub required_hours: f64,
    /// The hours a week it answers in, and what that means for first replies (SPEC 5.1).
    pub coverage_hours_per_week: f64,
    pub fast_reply_share: f64,
    pub mean_first_reply_hours: f64,
    /// With the value of fast answers on (SPEC 5.3): what fast first replies keep a month, and the
    /// cost less that (`null` when unavailable).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_kept: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub net_cost: Option<Option<f64>>,
    /// What you pay out a month and what is your own time's worth (SPEC 3.10); `null` when unavailable.
    pub cash: Option<f64>,
    pub own_time: Option<f64>,
    /// The platform's live agent hours billed a month, while it bills them by the hour (SPEC 5.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_hours_billed: Option<f64>,
    #[serde(skip)]
    pub cost: OptionCost,
}

fn is_not_platform(plan: &Option<Option<String>>) -> bool {
    plan.is_none()
}

/// The English label of a breakdown line, as `report_json` writes it.
pub fn line_label(id: OptionId, kind: LineKind) -> &'static str {
    match (id, kind) {
        (OptionId::Diy, LineKind::Tier1) => "Your tier-1 time",
        (OptionId::Diy, LineKind::Tier2) => "Your tier-2 time",
        (OptionId::Employee, LineKind::Tier1) => "Salary incl. overhead",
        (OptionId::Contractor, LineKind::Tier1) => "Contractor hours",
        (OptionId::Platform, LineKind::Tier1) => "Platform plan",
        (OptionId::AllHands, LineKind::Tier1) => "Team shift hours",
        (OptionId::AllHands, LineKind::Oversight) => "Running the rotation",
        (_, LineKind::Tier2) => "Developer time on escalations",
        (_, LineKind::Fees) => "Tooling seats",
        (_, LineKind::Oversight) => "Founder oversight",
        (_, LineKind::OneOff) => "Setup fee, spread per month",
        (_, LineKind::Ai) => "AI front line",
        (_, LineKind::Live) => "Live agent hours",
    }
}

/// The lines an option's breakdown shows: the ones that apply to that option.
pub fn lines_of(id: OptionId, b: &Breakdown, s: &Scenario, live_billed: bool) -> Vec<Line> {
    let kinds: &[(LineKind, f64)] = match id {
        OptionId::Diy => &[(LineKind::Tier1, b.tier1), (LineKind::Tier2, b.tier2)],
        OptionId::Employee => &[
            (LineKind::Tier1, b.tier1),
            (LineKind::Fees, b.fees),
            (LineKind::Tier2, b.tier2),
            (LineKind::Oversight, b.oversight),
        ],
        OptionId::Contractor => &[
            (LineKind::Tier1, b.tier1),
            (LineKind::Tier2, b.tier2),
            (LineKind::Oversight, b.oversight),
        ],
        OptionId::Platform => &[
            (LineKind::Tier1, b.tier1),
            (LineKind::Live, b.live),
            (LineKind::OneOff, b.one_off),
            (LineKind::Tier2, b.tier2),
            (LineKind::Oversight, b.oversight),
        ],
        OptionId::AllHands => &[
            (LineKind::Tier1, b.tier1),
            (LineKind::Tier2, b.tier2),
            (LineKind::Oversight, b.oversight),
        ],
    };
    let ai = s.ai.enabled.then_some((LineKind::Ai, b.ai));
    kinds
        .iter()
        .copied()
        .chain(ai)
        .filter(|(kind, _)| !(*kind == LineKind::OneOff && s.platform.setup_fee == 0.0))
        .filter(|(kind, amount)| !(*kind == LineKind::Live && *amount == 0.0 && !live_billed))
        .map(|(kind, amount)| Line {
            kind,
            label: line_label(id, kind).to_string(),
            amount,
        })
        .collect()
}

/// The hours a week an option answers in (SPEC 5.1). With someone promised on shift, the floor pays
/// for all of W; with nobody promised, only the hours its people work, placed within W ("who is really
/// there", version 5): a month's paid or billed hours times 12 / 52.
pub fn coverage_of(s: &Scenario, cost: &OptionCost) -> f64 {
    let promised = s.coverage.hours_per_week;
    let worked = |hours_a_month: f64| {
        if s.coverage.agents_on_shift >= 1.0 {
            promised
        } else {
            promised.min(hours_a_month / WEEKS_PER_MONTH)
        }
    };
    match cost.detail {
        Detail::Diy => s.diy.cover_hours_per_week,
        Detail::Platform { .. } => s.platform.coverage_hours_per_week,
        Detail::Employee { fte_paid, .. } => worked(fte_paid * s.employee.paid_hours_per_month),
        Detail::Contractor { billed_hours } => worked(billed_hours),
        Detail::AllHands { shift_hours, .. } => worked(shift_hours),
    }
}

/// What it takes for option `id` to answer through all W covered hours with one person on shift, when
/// nobody is promised and its people work fewer hours (SPEC 5.1): the employee's FTE (productive
/// hours after shrinkage, in its steps), the contractors (at most 160 billed hours each), or the shift
/// hours a month everyone helping would need. `None` for the founder and the platform, who keep their
/// own hours.
pub fn to_cover_promise(s: &Scenario, id: OptionId) -> Option<f64> {
    let covered = s.coverage.hours_per_week * WEEKS_PER_MONTH;
    match id {
        OptionId::Employee => {
            let e = &s.employee;
            let fte = covered / (e.paid_hours_per_month * (1.0 - e.shrinkage));
            Some(e.min_fte.max(ceil_tolerant(fte / e.fte_step) * e.fte_step))
        }
        OptionId::Contractor => Some(ceil_tolerant(covered / flags::CONTRACTOR_HOURS)),
        OptionId::AllHands => Some(covered * s.all_hands.speed_factor),
        OptionId::Diy | OptionId::Platform => None,
    }
}

/// An option's monthly cost split into what you pay out and what is your own time (SPEC 3.10):
/// `(cash, own_time)`, `None` when it is unavailable. Own time is the founder's hours (all of them when
/// doing it yourself, else the oversight or coordination), the escalations' developer hours, the
/// team's shift hours when everyone helps, and the AI's upkeep while it is on.
pub fn cash_and_own_time(s: &Scenario, cost: &OptionCost) -> Option<(f64, f64)> {
    let b = cost.breakdown?;
    let upkeep = if s.ai.enabled {
        s.ai.upkeep_hours * s.rates.founder_hourly
    } else {
        0.0
    };
    // Tier 1 is the founder's or the team's own time when doing it yourself or everyone helps, and
    // paid out otherwise (a salary, a contractor's bill, a plan).
    let (paid, yours) = match cost.id {
        OptionId::Diy | OptionId::AllHands => (0.0, b.tier1),
        _ => (b.tier1, 0.0),
    };
    let cash = paid + b.fees + b.one_off + b.live + (b.ai - upkeep);
    let own_time = yours + b.tier2 + b.oversight + upkeep;
    Some((cash, own_time))
}

fn option_report(s: &Scenario, w: &WorkloadResult, id: OptionId) -> OptionReport {
    let cost = option_cost(s, w, id);
    let monthly_cost = cost.total();
    let tickets = s.workload.tickets_per_month;
    let covered = coverage_of(s, &cost);
    let split = cash_and_own_time(s, &cost);
    let ai_first = if s.ai.enabled { s.ai.involvement } else { 0.0 };
    let fast_reply_share =
        coverage::fast_reply_share(ai_first, covered, s.value.fast_response_hours);
    let v = &s.value;
    let value_kept = v.enabled.then_some(
        w.effective_tickets
            * fast_reply_share
            * v.monthly_churn
            * v.fast_churn_cut
            * v.customer_lifetime_value,
    );
    let mut r = OptionReport {
        id,
        available: monthly_cost.is_some(),
        monthly_cost,
        cost_per_ticket: monthly_cost.filter(|_| tickets > 0.0).map(|c| c / tickets),
        lines: cost
            .breakdown
            .map(|b| lines_of(id, &b, s, bills_live_hours(s, w)))
            .unwrap_or_default(),
        fte_needed: None,
        fte_paid: None,
        seats: None,
        billed_hours: None,
        plan: None,
        units: None,
        tier1_hours: cost.own.tier1_hours,
        escalated_tickets: cost.own.escalated_tickets,
        tier2_hours: cost.own.tier2_hours,
        shift_hours: None,
        hours_per_person: None,
        share_of_time: None,
        capacity_hours: None,
        without_ai: None,
        ai_pays_from: None,
        required_hours: cost.required_hours,
        coverage_hours_per_week: covered,
        fast_reply_share,
        mean_first_reply_hours: coverage::mean_first_reply_hours(ai_first, covered),
        value_kept,
        net_cost: value_kept.map(|kept| monthly_cost.map(|c| c - kept)),
        cash: split.map(|(cash, _)| cash),
        own_time: split.map(|(_, own)| own),
        live_hours_billed: (id == OptionId::Platform && bills_live_hours(s, w))
            .then(|| platform_live_hours(s, w)),
        cost,
    };
    match cost.detail {
        Detail::Diy => {}
        Detail::Employee {
            fte_needed,
            fte_paid,
            seats,
        } => {
            r.fte_needed = Some(fte_needed);
            r.fte_paid = Some(fte_paid);
            r.seats = Some(seats);
        }
        Detail::Contractor { billed_hours } => r.billed_hours = Some(billed_hours),
        Detail::Platform { units, plan } => {
            r.units = Some(units);
            r.plan = Some(plan.map(|i| s.platform.plans[i].name.clone()));
        }
        Detail::AllHands {
            shift_hours,
            hours_per_person,
            share_of_time,
            capacity_hours,
        } => {
            r.shift_hours = Some(shift_hours);
            r.hours_per_person = Some(hours_per_person);
            r.share_of_time = Some(share_of_time);
            r.capacity_hours = Some(capacity_hours);
        }
    }
    r
}

/// The ticket axis the break-even list covers: the chart's when it shows tickets, else the default range.
pub fn tickets_axis_max(s: &Scenario) -> u64 {
    let max = if s.chart.x == XAxis::TicketsPerMonth {
        s.chart.max
    } else {
        XAxis::TicketsPerMonth.default_max(s)
    };
    max.max(0.0).floor() as u64
}

/// Runs the whole model on a (valid) scenario.
pub fn report(s: &Scenario) -> Report {
    Report {
        projection: Some(project(s)),
        ..this_month(s)
    }
}

/// The report of this month alone: everything but the projection, which runs the model once a month of
/// the horizon and is the larger part of the work on every edit.
pub fn this_month(s: &Scenario) -> Report {
    let w = WorkloadResult::of(s);
    let mut options: Vec<OptionReport> = s
        .enabled_options()
        .map(|id| option_report(s, &w, id))
        .collect();
    let mut totals = PerOption::default();
    for o in &options {
        totals[o.id] = o.monthly_cost;
    }
    let cheapest = cheapest_of(&totals);
    let ai = w.ai.map(|a| {
        let without = ai::totals_without(s);
        let pays_from = ai::pays_from_each(s, &without);
        for o in &mut options {
            o.without_ai = Some(without[o.id]);
            o.ai_pays_from = Some(pays_from[o.id]);
        }
        AiReport {
            cost: a.cost,
            saving: ai::saving(&totals, &without),
            cheapest: ai::cheapest_with_and_without(&totals, &without),
        }
    });
    let mut cash = PerOption::default();
    for o in &options {
        cash[o.id] = o.cash;
    }
    let cheapest_cash = cheapest_of(&cash);
    let max_tickets = tickets_axis_max(s);
    let ticket = ticket_crossings(s, max_tickets);
    let chart_break_even = if s.chart.x == XAxis::TicketsPerMonth {
        ticket.clone()
    } else {
        crossings(s, s.chart.x, s.chart.max)
    };
    let cheapest_net = s.value.enabled.then(|| {
        let mut net = PerOption::default();
        for o in &options {
            net[o.id] = o.net_cost.flatten();
        }
        cheapest_of(&net)
    });
    let mut r = Report {
        projection: None,
        uncertainty: None,
        staffing: StaffingReport::of(s, &w),
        cheapest_net,
        workload: w,
        options,
        cheapest,
        cheapest_cash,
        baseline: s.baseline,
        saving_vs_baseline: None,
        saving_against: None,
        saving: None,
        break_even: ticket
            .iter()
            .map(|c| TicketBreakEven {
                a: c.a,
                b: c.b,
                tickets: c.x as u64,
                cheaper_above: c.cheaper_above,
            })
            .collect(),
        tickets_axis_max: max_tickets,
        chart_axis: s.chart.x,
        chart_break_even,
        ai,
    };
    // The baseline rule reads the flags, which read the report; escalations are the developers'.
    let flags = PerOption::from_fn(|id| flags::option_flag(id, s, &r, false));
    if let Some(v) = r.verdict(Basis::Cost, &flags) {
        r.saving_against = v.compared.map(|(id, _)| id);
        r.saving = v.compared.map(|(_, saving)| saving);
        r.saving_vs_baseline = v
            .compared
            .filter(|(id, _)| *id == s.baseline)
            .map(|(_, saving)| saving);
    }
    r
}

/// The whole report, the Monte Carlo included while the uncertainty is on (`report_json`).
pub fn with_uncertainty(s: &Scenario) -> Report {
    let mut r = report(s);
    r.uncertainty = s.uncertainty.enabled.then(|| simulate(s));
    r
}

impl Report {
    pub fn option(&self, id: OptionId) -> Option<&OptionReport> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Every enabled option's monthly cost (`None`: off or unavailable).
    pub fn totals(&self) -> PerOption<Option<f64>> {
        PerOption::from_fn(|id| self.option(id).and_then(|o| o.monthly_cost))
    }

    /// The answer the page leads with, read by `basis` (SPEC 3.10): the cheapest option, its amount,
    /// and what it saves against the baseline. The saving is measured against the baseline only when
    /// it can serve (on, available and not flagged in `flags`, SPEC 3.10's baseline rule); otherwise
    /// (and when the baseline is itself the cheapest) against the cheapest other option that can.
    /// `None` when no option is available (by net cost: when the value of fast answers is off).
    pub fn verdict(&self, basis: Basis, flags: &PerOption<Option<OptionFlag>>) -> Option<Verdict> {
        let amount_of = |o: &OptionReport| match basis {
            Basis::Cost => o.monthly_cost,
            Basis::Net => o.net_cost.flatten(),
            Basis::Cash => o.cash,
        };
        let cheapest = match basis {
            Basis::Cost => self.cheapest,
            Basis::Net => self.cheapest_net.flatten(),
            Basis::Cash => self.cheapest_cash,
        }?;
        let cost = amount_of(self.option(cheapest)?)?;
        let serves = |o: &OptionReport| o.available && flags[o.id].is_none();
        let baseline = self.option(self.baseline);
        let baseline_out = match baseline {
            Some(o) if !o.available => Some((o.id, CannotServe::Unavailable(o.cost.unavailable))),
            Some(o) => flags[o.id].map(|f| (o.id, CannotServe::Flag(f))),
            None => None,
        };
        let compared = match baseline {
            Some(o) if o.id != cheapest && serves(o) => amount_of(o).map(|c| (o.id, c - cost)),
            _ => self
                .options
                .iter()
                .filter(|o| o.id != cheapest && serves(o))
                .filter_map(|o| amount_of(o).map(|c| (o.id, c)))
                .fold(None, |best: Option<(OptionId, f64)>, (id, c)| match best {
                    Some((_, b)) if b <= c => best,
                    _ => Some((id, c)),
                })
                .map(|(id, c)| (id, c - cost)),
        };
        Some(Verdict {
            cheapest,
            cost,
            compared,
            basis,
            baseline_out,
        })
    }
}

/// What the verdict is read by (SPEC 3.10): the monthly cost, the cost less what fast answers keep
/// (5.3), or only what you pay out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    #[default]
    Cost,
    Net,
    Cash,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Cost, Basis::Net, Basis::Cash];

    pub fn key(self) -> &'static str {
        match self {
            Basis::Cost => "cost",
            Basis::Net => "net",
            Basis::Cash => "cash",
        }
    }

    pub fn from_key(key: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.key() == key)
    }
}

/// Why the baseline cannot be what a saving is measured against.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CannotServe {
    /// It is unavailable (and why, when the model says).
    Unavailable(Option<Unavailable>),
    /// It is flagged: more hours than one person has.
    Flag(OptionFlag),
}

/// The page's answer (`Report::verdict`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub cheapest: OptionId,
    /// The cheapest option's amount by the verdict's basis.
    pub cost: f64,
    /// The option the saving is measured against and how much more it costs (0 or more).
    pub compared: Option<(OptionId, f64)>,
    pub basis: Basis,
    /// The baseline, when it cannot serve, and why.
    pub baseline_out: Option<(OptionId, CannotServe)>,
}
