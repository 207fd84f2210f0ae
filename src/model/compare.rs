//! Side-by-side comparison of scenarios: each one's results, the inputs that differ (read from the input
//! description, so every input is compared and named the way its panel names it), and each one's
//! cheapest-option curve along tickets per month.

use crate::format;
use crate::i18n::{Lang, Text};

use super::costs::{cheapest_of, enabled_totals, WorkloadResult};
use super::history::{self, YearMonth};
use super::projection::project;
use super::report::{this_month, tickets_axis_max};
use super::scenario::{Bounds, OptionId, PerOption, Plan, Scenario, Uncertain};
use super::schema::{
    input_at, plan_field_label, Input, Kind, RowField, RowKind, Unit, Unset, INPUTS, PLAN_FIELDS,
};

/// At most this many scenarios side by side.
pub const MAX_COMPARED: usize = 4;

/// Which input differs.
#[derive(Clone, Copy)]
pub enum Changed {
    Input(&'static Input),
    /// A field of the plan at `index` (from 0).
    PlanField {
        index: usize,
        field: &'static RowField<Plan>,
    },
    /// The range of an uncertain input (SPEC 6.2).
    Range(Uncertain),
}

impl Changed {
    /// The input in words, as a list of inputs from every section names it.
    pub fn label(&self, l: Lang) -> String {
        match self {
            Changed::Input(input) => input.listed_label(l),
            Changed::PlanField { index, field } => plan_field_label(*index, field, l),
            Changed::Range(u) => format!(
                "{}: {}",
                l.pick("Range", "Spanne"),
                input_at(u.path()).map_or(String::new(), |i| i.listed_label(l))
            ),
        }
    }

    /// The JSON path, e.g. `platform.plans[1].monthly_fee`.
    pub fn path(&self) -> String {
        match self {
            Changed::Input(input) => input.path(),
            Changed::PlanField { index, field } => super::schema::plan_path(*index, field.name),
            Changed::Range(u) => format!("uncertainty.ranges.{}", u.path()),
        }
    }
}

impl std::fmt::Debug for Changed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path())
    }
}

impl PartialEq for Changed {
    fn eq(&self, other: &Self) -> bool {
        self.path() == other.path()
    }
}

/// A value of an input as the compare view shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Number(f64, Unit),
    /// A number without a unit of its own (the chart's axis maximum).
    Plain(f64),
    Yes(bool),
    /// One of a choice's values, by name.
    Name(Text),
    Text(String),
    /// A plan without overage: it cannot be exceeded.
    Capped,
    /// An option's own value not set: it works at the workload's.
    SameAsWorkload,
    /// An optional number not set that follows nothing: what that means ("no cap").
    Unset(Text),
    /// The projection's spikes: month and multiplier.
    Spikes(Vec<(f64, f64)>),
    /// A range in the input's unit, or none.
    Bounds(Option<Bounds>, Unit),
    /// A history read from a helpdesk: its first and last month and how many (SPEC 8).
    History(Option<(YearMonth, YearMonth, usize)>),
}

impl Shown {
    pub fn text(&self, currency: &str, l: Lang) -> String {
        match self {
            Shown::Number(v, unit) => unit.show(*v, currency, None, l),
            Shown::Plain(v) => format::plain(*v, l.code()),
            Shown::Yes(yes) => l
                .pick(
                    if *yes { "yes" } else { "no" },
                    if *yes { "ja" } else { "nein" },
                )
                .into(),
            Shown::Name(name) => name.get(l).into(),
            Shown::Text(text) => text.clone(),
            Shown::Capped => l.pick("none (capped)", "keiner (gedeckelt)").into(),
            Shown::SameAsWorkload => l.pick("same as workload", "wie Arbeitsaufkommen").into(),
            Shown::Unset(words) => words.get(l).into(),
            Shown::Spikes(spikes) if spikes.is_empty() => l.pick("none", "keine").into(),
            Shown::Spikes(spikes) => spikes
                .iter()
                .map(|(month, times)| {
                    format!(
                        "{} {}: × {}",
                        l.pick("month", "Monat"),
                        format::plain(*month, l.code()),
                        format::plain(*times, l.code())
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            Shown::History(span) => history::span_words(*span, l),
            Shown::Bounds(None, _) => l.pick("not ranged", "keine Spanne").into(),
            Shown::Bounds(Some(b), unit) => format!(
                "{} – {}",
                unit.show(b.low, currency, None, l),
                unit.show(b.high, currency, None, l)
            ),
        }
    }
}

/// One input that differs between the compared scenarios, with each scenario's value (`None` where a
/// scenario has no such value, such as a plan it does not have).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub changed: Changed,
    pub values: Vec<Option<Shown>>,
    /// The values are not all the same.
    pub differs: bool,
}

/// An input's value in one scenario.
fn shown(input: &Input, s: &Scenario) -> Option<Shown> {
    Some(match &input.kind {
        Kind::Number(n) => Shown::Number((n.get)(s), n.range.unit),
        Kind::Optional(o) => match (o.get)(s) {
            Some(v) => Shown::Number(v, o.range.unit),
            None => match &o.unset {
                Unset::Follows(_) => Shown::SameAsWorkload,
                Unset::Means(words) => Shown::Unset(*words),
            },
        },
        Kind::AxisMax { get, .. } => Shown::Plain(get(s)),
        Kind::Switch { get, .. } => Shown::Yes(get(s)),
        Kind::Choice(c) => {
            let key = (c.get)(s);
            Shown::Name((c.options)().into_iter().find(|(k, _)| *k == key)?.1)
        }
        Kind::Text(t) => Shown::Text((t.get)(s).to_string()),
        // Compared row by row, and range by range (`differences`).
        Kind::Plans | Kind::Ranges => return None,
        Kind::History => Shown::History(history::span(&s.history)),
        Kind::Spikes => Shown::Spikes(
            s.projection
                .spikes
                .iter()
                .map(|p| (p.month, p.multiplier))
                .collect(),
        ),
    })
}

/// A field of a plan in words.
fn shown_plan(field: &RowField<Plan>, p: &Plan) -> Shown {
    match &field.kind {
        RowKind::Name { get, .. } => Shown::Text(get(p).to_string()),
        RowKind::Number { get, range, .. } => Shown::Number(get(p), range.unit),
        RowKind::Optional { get, range, .. } => match get(p) {
            Some(v) => Shown::Number(v, range.unit),
            None => Shown::Capped,
        },
    }
}

/// One compared input, marked where its values are not all the same.
fn differing(changed: Changed, values: Vec<Option<Shown>>) -> Option<Difference> {
    let first = values.first()?;
    let differs = values.iter().any(|v| v != first);
    Some(Difference {
        changed,
        values,
        differs,
    })
}

/// Every input whose value is not the same in all the scenarios, in the order of the input description
/// (the scenarios' names and languages are not inputs to compare).
pub fn differences(scenarios: &[&Scenario]) -> Vec<Difference> {
    let mut all = assumptions(scenarios);
    all.retain(|d| d.differs);
    all
}

/// Every input of the scenarios, the same or not, in the order of the input description, each marked
/// where it differs: what a comparison's printout and CSV carry (SPEC 7: every assumption).
pub fn assumptions(scenarios: &[&Scenario]) -> Vec<Difference> {
    let mut out = Vec::new();
    for input in INPUTS {
        if matches!(input.kind, Kind::Plans) {
            let rows = scenarios
                .iter()
                .map(|s| s.platform.plans.len())
                .max()
                .unwrap_or(0);
            for index in 0..rows {
                for field in PLAN_FIELDS {
                    let values = scenarios
                        .iter()
                        .map(|s| s.platform.plans.get(index).map(|p| shown_plan(field, p)))
                        .collect();
                    out.extend(differing(Changed::PlanField { index, field }, values));
                }
            }
        } else if matches!(input.kind, Kind::Ranges) {
            for u in Uncertain::ALL {
                let unit = input_at(u.path())
                    .and_then(|i| i.range())
                    .map_or(Unit::Multiplier, |r| r.unit);
                let values = scenarios
                    .iter()
                    .map(|s| Some(Shown::Bounds(s.uncertainty.ranges.get(u), unit)))
                    .collect();
                out.extend(differing(Changed::Range(u), values));
            }
        } else if !matches!(
            input.name,
            "name" | "locale" | "notes" | "prepared_for" | "prepared_by"
        ) {
            // The scenario's name and the consultant's fields head the comparison; they are not
            // assumptions.
            let values = scenarios.iter().map(|s| shown(input, s)).collect();
            out.extend(differing(Changed::Input(input), values));
        }
    }
    out
}

/// One compared scenario's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The cheapest available option and its monthly cost.
    pub cheapest: Option<(OptionId, f64)>,
    /// Each option's monthly cost: `None` when it is off, `Some(None)` when it is unavailable.
    pub costs: PerOption<Option<Option<f64>>>,
    /// The saving of the cheapest against the baseline, and the baseline.
    pub saving: Option<(f64, OptionId)>,
    /// The cheapest over the months ahead, its total, and how many months (SPEC 6.1).
    pub horizon: (Option<(OptionId, f64)>, usize),
    /// The scenario's currency: amounts in different currencies are never subtracted.
    pub currency: String,
}

/// The results of one scenario as the compare view lists them.
pub fn summary(s: &Scenario) -> Summary {
    let r = this_month(s);
    let p = project(s);
    let costs = PerOption::from_fn(|id| r.option(id).map(|o| o.monthly_cost));
    Summary {
        cheapest: r
            .cheapest
            .and_then(|id| r.option(id)?.monthly_cost.map(|c| (id, c))),
        costs,
        saving: r.saving_vs_baseline.map(|v| (v, r.baseline)),
        horizon: (
            p.cheapest_total.and_then(|id| p.total(id).map(|t| (id, t))),
            p.months.len(),
        ),
        currency: s.currency.clone(),
    }
}

/// Each scenario's cheapest cost minus the first one's (`None` for the first, where either has no
/// available option, or where their currencies differ: no conversion is done, SPEC 3).
pub fn against_first(summaries: &[Summary]) -> Vec<Option<f64>> {
    let first = summaries.first();
    summaries
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let first = first?;
            let (base, own) = (first.cheapest?.1, s.cheapest?.1);
            (i > 0 && s.currency == first.currency).then_some(own - base)
        })
        .collect()
}

/// The cost of the cheapest enabled option at each ticket volume in `xs`, and which option it is.
pub fn cheapest_curve(s: &Scenario, xs: &[f64]) -> Vec<Option<(f64, OptionId)>> {
    xs.iter()
        .map(|&t| {
            let totals = enabled_totals(s, &WorkloadResult::at(s, t));
            cheapest_of(&totals).and_then(|id| totals[id].map(|c| (c, id)))
        })
        .collect()
}

/// Each scenario's cheapest cost along tickets per month, on one axis for all.
#[derive(Clone, Debug, PartialEq)]
pub struct Curves {
    /// Whole ticket volumes from 0 to the largest of the scenarios' axes.
    pub xs: Vec<f64>,
    pub scenarios: Vec<CheapestCurve>,
}

/// One scenario's curve on the compare chart.
#[derive(Clone, Debug, PartialEq)]
pub struct CheapestCurve {
    /// The cheapest cost at each of the axis's volumes (`None`: no option available).
    pub costs: Vec<Option<f64>>,
    /// The scenario's own volume and its cheapest cost there.
    pub current: Option<(f64, f64)>,
    /// The earlier scenario (by index) whose curve this one repeats: drawn over it, so the legend says so.
    pub same_as: Option<usize>,
}

/// The compare chart's curves, `steps` segments wide.
pub fn curves(scenarios: &[Scenario], steps: usize) -> Curves {
    let max = scenarios.iter().map(tickets_axis_max).max().unwrap_or(2000) as f64;
    let xs: Vec<f64> = (0..=steps)
        .map(|i| (max * i as f64 / steps as f64).round())
        .collect();
    let mut curves: Vec<CheapestCurve> = Vec::new();
    for s in scenarios {
        let costs: Vec<Option<f64>> = cheapest_curve(s, &xs)
            .into_iter()
            .map(|c| c.map(|(v, _)| v))
            .collect();
        let t = s.workload.tickets_per_month;
        let current = cheapest_curve(s, &[t])[0].map(|(v, _)| (t, v));
        let same_as = curves.iter().position(|c| c.costs == costs);
        curves.push(CheapestCurve {
            costs,
            current,
            same_as,
        });
    }
    Curves {
        xs,
        scenarios: curves,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_each_input_and_plan_field_in_words() {
        let a = Scenario::default();
        let mut b = a.clone();
        b.name = "Other".into();
        b.workload.tickets_per_month = 900.0;
        b.employee.shrinkage = 0.25;
        b.contractor.enabled = false;
        b.platform.plans[1].overage_per_unit = None;
        b.platform.plans.pop();
        b.chart.x = super::super::XAxis::RepliesPerTicket;
        let d = differences(&[&a, &b]);
        let rows: Vec<(String, Vec<String>)> = d
            .iter()
            .map(|d| {
                let values = d
                    .values
                    .iter()
                    .map(|v| v.as_ref().map_or("—".into(), |v| v.text("USD", Lang::En)))
                    .collect();
                (d.changed.label(Lang::En), values)
            })
            .collect();
        let expect = |label: &str, values: [&str; 2]| {
            assert!(
                rows.contains(&(label.into(), values.map(String::from).to_vec())),
                "{label} {values:?} not in {rows:?}"
            );
        };
        expect(
            "Workload: Tickets per month",
            ["300 tickets", "900 tickets"],
        );
        expect("Employee: Shrinkage", ["30%", "25%"]);
        expect("Contractor: Include in the comparison", ["yes", "no"]);
        expect("Plan 2: Per extra unit", ["$1.90", "none (capped)"]);
        expect("Plan 3: Name", ["Scale", "—"]);
        expect("Plan 3: Monthly fee", ["$1,390.00 / month", "—"]);
        expect("Chart along", ["Tickets per month", "Replies per ticket"]);
        // The name is not an input to compare; equal inputs are not listed.
        assert!(rows
            .iter()
            .all(|(l, _)| !l.contains("Scenario name") && !l.contains("Replies per ticket")));
        assert_eq!(d[0].changed.path(), "workload.tickets_per_month");
        assert!(differences(&[&a, &a.clone()]).is_empty());
        // Every assumption is listed for a printout, the differing ones marked.
        let all = assumptions(&[&a, &a.clone()]);
        assert!(all.len() > 40 && all.iter().all(|d| !d.differs));
    }

    #[test]
    fn a_summary_has_every_option_and_the_saving() {
        let mut s = Scenario::default();
        s.employee.enabled = false;
        let sum = summary(&s);
        assert_eq!(sum.cheapest, Some((OptionId::Platform, 5089.0)));
        assert_eq!(sum.costs[OptionId::Employee], None);
        assert_eq!(sum.costs[OptionId::Diy], Some(Some(7350.0)));
        assert_eq!(sum.saving, Some((7350.0 - 5089.0, OptionId::Diy)));
    }

    #[test]
    fn scenarios_that_differ_only_in_volume_share_a_curve_and_each_has_its_own_point() {
        let a = Scenario::default();
        let mut b = a.clone();
        b.workload.tickets_per_month = 900.0;
        let c = curves(&[a.clone(), b.clone()], 100);
        assert_eq!(c.scenarios[0].same_as, None);
        assert_eq!(c.scenarios[1].same_as, Some(0));
        assert_eq!(c.scenarios[0].current.map(|p| p.0), Some(300.0));
        assert_eq!(c.scenarios[1].current.map(|p| p.0), Some(900.0));
        // The difference against the first: 900 tickets cost more than 300.
        let d = against_first(&[summary(&a), summary(&b)]);
        assert_eq!(d[0], None);
        assert!(d[1].unwrap() > 0.0);
        // Dollars are never subtracted from euros.
        let mut euros = b.clone();
        euros.currency = "EUR".into();
        assert_eq!(
            against_first(&[summary(&a), summary(&euros)]),
            vec![None, None]
        );
    }
}
