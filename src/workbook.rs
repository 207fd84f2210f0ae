//! The workbook a consultant hands over (SPEC 9): the scenario's inputs in named cells, the costs as
//! live formulas over them, the page's break-evens, months ahead and ranges as values, and where each
//! default comes from.
//!
//! The book is described first as plain data (`Book`: sheets of cells, each a number, text, switch or
//! formula, and the defined names), which the tests read; `write` then hands it to rust_xlsxwriter.
//! The formulas follow `model::costs` line by line, so that a client who changes the volume in
//! `Inputs` sees every cost the page would show at that volume (Erlang C's live agents stand as the
//! page's value).

use rust_xlsxwriter::{Format, FormatAlign, Formula, Workbook, XlsxError};

use crate::format;
use crate::i18n::Lang;
use crate::model::breakeven::Crossing;
use crate::model::projection::project;
use crate::model::report::Report;
use crate::model::scenario::{Scenario, XAxis};
use crate::model::schema::{join, Input, Kind, Unit, Unset, INPUTS, PLAN_FIELDS};
use crate::model::uncertainty::simulate;
use crate::model::OptionId;
use crate::text;

/// What a cell holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    Text(String),
    Bool(bool),
    /// A formula without its `=`, over defined names.
    Formula(String),
    Blank,
}

/// How a cell is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Money,
    Percent,
    Number,
    Heading,
    Title,
    /// Text that keeps its lines (the notes).
    Wrapped,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub row: u32,
    pub col: u16,
    pub value: Value,
    pub style: Style,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub cells: Vec<Cell>,
    /// Column widths in characters.
    pub widths: Vec<(u16, f64)>,
}

impl Sheet {
    fn new(name: &str) -> Sheet {
        Sheet {
            name: name.into(),
            ..Sheet::default()
        }
    }

    fn put(&mut self, row: u32, col: u16, value: Value, style: Style) {
        self.cells.push(Cell {
            row,
            col,
            value,
            style,
        });
    }

    fn text(&mut self, row: u32, col: u16, text: &str, style: Style) {
        self.put(row, col, Value::Text(text.into()), style);
    }

    /// The cell at `row`, `col`, if written.
    pub fn at(&self, row: u32, col: u16) -> Option<&Cell> {
        self.cells.iter().find(|c| c.row == row && c.col == col)
    }
}

/// A whole workbook: its sheets and its defined names (`name`, `Sheet!$B$5`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    pub sheets: Vec<Sheet>,
    pub names: Vec<(String, String)>,
    pub currency: String,
}

impl Book {
    /// The sheet called `name`.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// The cell a defined name points to.
    pub fn named(&self, name: &str) -> Option<&Cell> {
        let (_, at) = self.names.iter().find(|(n, _)| n == name)?;
        let (sheet, cell) = at.split_once('!')?;
        let (col, row) = parse_a1(cell)?;
        self.sheet(sheet)?.at(row, col)
    }
}

/// The column letters of a 0-based column.
fn col_name(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `$B$5` of a 0-based row and column.
fn absolute(row: u32, col: u16) -> String {
    format!("${}${}", col_name(col), row + 1)
}

/// Row and column of `$B$5`.
fn parse_a1(a1: &str) -> Option<(u16, u32)> {
    let a1 = a1.replace('$', "");
    let split = a1.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = a1.split_at(split);
    let col = letters.bytes().try_fold(0u32, |n, b| {
        Some(n * 26 + u32::from(b.checked_sub(b'A')?) + 1)
    })?;
    let row: u32 = digits.parse().ok()?;
    Some((
        u16::try_from(col.checked_sub(1)?).ok()?,
        row.checked_sub(1)?,
    ))
}

/// The defined name of an input: its JSON path with `_` for `.` (SPEC 9).
pub fn input_name(path: &str) -> String {
    path.replace('.', "_")
}

const SHEET_INPUTS: &str = "Inputs";
const SHEET_COSTS: &str = "Costs";
const SHEET_BREAK_EVENS: &str = "Break-evens";
const SHEET_MONTHS: &str = "Months";
const SHEET_UNCERTAINTY: &str = "Uncertainty";
const SHEET_HISTORY: &str = "History";
const SHEET_SOURCES: &str = "Sources";

/// The workbook of scenario `s` with its report `r`, made on `date`, in language `l`.
pub fn book(s: &Scenario, r: &Report, date: &str, l: Lang) -> Book {
    let mut book = Book {
        currency: s.currency.clone(),
        ..Book::default()
    };
    let inputs = inputs_sheet(&mut book, s, date, l);
    book.sheets.push(inputs);
    let costs = costs_sheet(&mut book, s, r, l);
    book.sheets.push(costs);
    book.sheets.push(break_evens_sheet(s, r, l));
    book.sheets.push(months_sheet(s, l));
    if !s.history.is_empty() {
        book.sheets.push(history_sheet(s, l));
    }
    if s.uncertainty.enabled {
        book.sheets.push(uncertainty_sheet(s, l));
    }
    book.sheets.push(sources_sheet(l));
    book
}

/// How an input's value is shown: as percent, money, a number, or plain.
fn style_of(input: &Input) -> Style {
    match input.range().map(|r| r.unit) {
        Some(Unit::Percent) => Style::Percent,
        Some(u) if u.is_money() => Style::Money,
        Some(_) => Style::Number,
        None => Style::Plain,
    }
}

/// `Inputs`: the consultant's fields and the date at the top, then every input with its label, value
/// (named after its path) and unit, then the plans.
fn inputs_sheet(book: &mut Book, s: &Scenario, date: &str, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_INPUTS);
    sh.widths = vec![(0, 46.0), (1, 16.0), (2, 18.0), (3, 40.0)];
    sh.text(
        0,
        0,
        l.pick(crate::i18n::TITLE.0, crate::i18n::TITLE.1),
        Style::Title,
    );
    sh.text(1, 0, l.pick("Scenario", "Szenario"), Style::Plain);
    sh.text(1, 1, &s.name, Style::Plain);
    let mut row = 2;
    for (label, value) in crate::sheet::consultants_fields(s, l) {
        sh.text(row, 0, label, Style::Plain);
        sh.text(row, 1, value, Style::Wrapped);
        row += 1;
    }
    sh.text(row, 0, l.pick("Date", "Datum"), Style::Plain);
    sh.text(row, 1, date, Style::Plain);
    sh.text(row + 1, 0, l.pick("Currency", "Währung"), Style::Plain);
    sh.text(row + 1, 1, &s.currency, Style::Plain);
    row += 3;
    for (col, head) in [
        l.pick("Input", "Eingabe"),
        l.pick("Value", "Wert"),
        l.pick("Unit", "Einheit"),
        l.pick("Name in formulas", "Name in Formeln"),
    ]
    .into_iter()
    .enumerate()
    {
        sh.text(row, col as u16, head, Style::Heading);
    }
    row += 1;
    for input in INPUTS {
        let value = match &input.kind {
            Kind::Number(n) => Value::Number((n.get)(s)),
            Kind::Optional(o) => match ((o.get)(s), &o.unset) {
                (Some(v), _) => Value::Number(v),
                // Unset, it follows the workload's cell, live.
                (None, Unset::Follows(_)) => {
                    let followed = join("workload", input.name);
                    Value::Formula(input_name(&followed))
                }
                (None, Unset::Means(_)) => Value::Blank,
            },
            Kind::Switch { get, .. } => Value::Bool(get(s)),
            Kind::Choice(c) => Value::Text((c.get)(s).into()),
            Kind::AxisMax { get, .. } => Value::Number(get(s)),
            // The scenario's own texts are at the top; lists follow below.
            Kind::Text(_) | Kind::Plans | Kind::Spikes | Kind::Ranges | Kind::History => continue,
        };
        let unit = input
            .range()
            .map(|r| r.unit)
            .filter(|u| *u != Unit::Percent)
            .map(|u| u.text(&s.currency, s.platform.billing_unit, l))
            .unwrap_or_default();
        let style = style_of(input);
        let name = input_name(&input.path());
        sh.text(row, 0, &input.listed_label(l), Style::Plain);
        sh.put(row, 1, value, style);
        sh.text(row, 2, &unit, Style::Plain);
        if let Kind::Optional(o) = &input.kind {
            let note = match &o.unset {
                Unset::Follows(_) => l.pick("empty: the workload's", "leer: wie Arbeitsaufkommen"),
                Unset::Means(words) => words.get(l),
            };
            sh.text(row, 2, &format!("{unit} ({note})"), Style::Plain);
        }
        sh.text(row, 3, &name, Style::Plain);
        book.names
            .push((name, format!("{SHEET_INPUTS}!{}", absolute(row, 1))));
        row += 1;
    }
    // The plans: one row each, every field named `platform_plan_<n>_<field>`.
    row += 1;
    sh.text(
        row,
        0,
        l.pick("Platform plans", "Plattform-Tarife"),
        Style::Heading,
    );
    for (k, f) in PLAN_FIELDS.iter().enumerate() {
        sh.text(row, k as u16 + 1, f.label.get(l), Style::Heading);
    }
    row += 1;
    for (i, p) in s.platform.plans.iter().enumerate() {
        sh.text(
            row,
            0,
            &format!("{} {}", l.pick("Plan", "Tarif"), i + 1),
            Style::Plain,
        );
        let cells = [
            Value::Text(p.name.clone()),
            Value::Number(p.monthly_fee),
            Value::Number(p.included_units),
            p.overage_per_unit.map_or(Value::Blank, Value::Number),
        ];
        for (k, (f, v)) in PLAN_FIELDS.iter().zip(cells).enumerate() {
            let col = k as u16 + 1;
            let style = if matches!(v, Value::Text(_)) {
                Style::Plain
            } else {
                Style::Number
            };
            sh.put(row, col, v, style);
            let name = format!("platform_plan_{}_{}", i + 1, f.name);
            book.names
                .push((name, format!("{SHEET_INPUTS}!{}", absolute(row, col))));
        }
        row += 1;
    }
    sh.text(
        row,
        0,
        l.pick(
            "An empty overage: the plan is capped at what it includes.",
            "Leerer Mehrpreis: Der Tarif ist auf das Enthaltene gedeckelt.",
        ),
        Style::Plain,
    );
    sh
}

/// One quantity of the `Costs` sheet: its label, its name (`calc_<key>`) and its formula.
struct Quantity {
    key: String,
    label: String,
    formula: String,
    style: Style,
}

fn q(key: &str, label: &str, formula: String, style: Style) -> Quantity {
    Quantity {
        key: key.into(),
        label: label.into(),
        formula,
        style,
    }
}

/// The names an option's formulas use: its own minutes and tier-1 rate (the workload's where it has
/// none of its own; the `Inputs` cell follows the workload's while it is empty).
fn own_names(id: OptionId) -> (String, String) {
    let minutes = match id {
        OptionId::Employee | OptionId::Contractor | OptionId::Platform => {
            format!("{}_minutes_per_reply", id.key())
        }
        OptionId::Diy | OptionId::AllHands => "workload_minutes_per_reply".into(),
    };
    let rate = match id {
        OptionId::Diy => "workload_tier1_resolution_rate".into(),
        _ => format!("{}_tier1_resolution_rate", id.key()),
    };
    (minutes, rate)
}

/// The workload's formulas (SPEC 3.2, 3.6, 3.9, 5.2), in order, each over inputs and those before.
fn workload_quantities(l: Lang) -> Vec<Quantity> {
    let p = |en: &'static str, de: &'static str| l.pick(en, de).to_string();
    let n = Style::Number;
    vec![
        q("t_eff", &p("Tickets reaching an agent", "Tickets, die ankommen"), "workload_tickets_per_month*(1-workload_self_service_deflection)".into(), n),
        q("conversations", &p("AI conversations", "KI-Konversationen"), "IF(ai_enabled,calc_t_eff*ai_involvement,0)".into(), n),
        q("units_per_conversation", &p("AI billed units per conversation", "KI-Einheiten pro Konversation"), "IF(ai_pricing=\"per_conversation\",1,IF(ai_handoffs_billed,1,ai_resolution_rate))".into(), n),
        q("uncapped_bill", &p("AI bill without a cap", "KI-Rechnung ohne Obergrenze"), "ai_monthly_fee+MAX(0,calc_conversations*calc_units_per_conversation-ai_included_units)*ai_price_per_unit".into(), Style::Money),
        q("taken", &p("AI conversations taken before the cap", "KI-Konversationen vor der Obergrenze"), "IF(OR(ISBLANK(ai_monthly_cap),ai_at_cap=\"overage\",calc_uncapped_bill<=ai_monthly_cap),calc_conversations,MIN(calc_conversations,MAX(0,((ai_monthly_cap-ai_monthly_fee)/ai_price_per_unit+ai_included_units)/calc_units_per_conversation)))".into(), n),
        q("billed_resolutions", &p("AI resolutions billed", "Abgerechnete KI-Lösungen"), "calc_taken*ai_resolution_rate".into(), n),
        q("tier1_could", &p("Tickets tier 1 could resolve", "Im 1st-Level lösbare Tickets"), "calc_t_eff*workload_tier1_resolution_rate".into(), n),
        q("ai_resolved", &p("Tickets the AI closes", "Von der KI gelöste Tickets"), "IF(ai_enabled,MIN(calc_billed_resolutions*(1-ai_reopen_rate),calc_tier1_could),0)".into(), n),
        q("human_tickets", &p("Tickets people answer", "Tickets für Menschen"), "calc_t_eff-calc_ai_resolved".into(), n),
        q("handoffs", &p("AI conversations handed to a person", "An Menschen übergebene KI-Konversationen"), "IF(ai_enabled,calc_taken-calc_ai_resolved,0)".into(), n),
        q("ai_bill", &p("AI bill (fee, units, each resolution elsewhere)", "KI-Rechnung (Gebühr, Einheiten, jede Lösung anderswo)"), "IF(ai_enabled,ai_monthly_fee+MAX(0,calc_taken*calc_units_per_conversation-ai_included_units)*ai_price_per_unit+calc_billed_resolutions*ai_extra_per_resolution,0)".into(), Style::Money),
        q("ai_upkeep", &p("Your upkeep of the AI", "Ihre Pflege der KI"), "IF(ai_enabled,ai_upkeep_hours*rates_founder_hourly,0)".into(), Style::Money),
        q("ai_cost", &p("The AI front line", "KI als erste Instanz"), "calc_ai_bill+calc_ai_upkeep".into(), Style::Money),
        q("minutes_factor", &p("Reply minutes, times", "Antwortminuten, mal"), "IF(ai_enabled,1+ai_human_minutes_uplift,1)".into(), n),
        q("replies", &p("Replies people write", "Antworten von Menschen"), "calc_human_tickets*workload_replies_per_ticket".into(), n),
        q("handoff_hours", &p("Hours reading handoffs", "Stunden für Übergaben"), "calc_handoffs*ai_handoff_minutes/60".into(), n),
        q("escalated", &p("Escalated tickets", "Eskalierte Tickets"), "calc_t_eff*(1-workload_tier1_resolution_rate)".into(), n),
        q("covered_hours", &p("Covered hours a month", "Abgedeckte Stunden im Monat"), "coverage_hours_per_week*52/12".into(), n),
        q("live_tickets", &p("Live tickets", "Live-Tickets"), "calc_human_tickets*channels_live_share".into(), n),
        // Erlang C stands as the page's value (SPEC 9).
        q(
            "live_agents",
            &p("Live agents (Erlang C, computed by the page at this volume)", "Live-Kräfte (Erlang C, von der Seite bei diesem Volumen berechnet)"),
            String::new(),
            n,
        ),
        q("live_hours", &p("Live agent hours", "Stunden im Live-Kanal"), "calc_live_agents*calc_covered_hours".into(), n),
    ]
}

/// The rows of one option's column: (key, label, formula over `o` (the option's key), style). A row
/// with no formula for an option is left empty there.
type OptionRow = (
    &'static str,
    (&'static str, &'static str),
    fn(OptionId) -> Option<String>,
    Style,
);

fn option_rows() -> Vec<OptionRow> {
    fn own_hours(id: OptionId) -> Option<String> {
        let (m, _) = own_names(id);
        Some(format!(
            "calc_replies*{m}*calc_minutes_factor/60+calc_handoff_hours"
        ))
    }
    fn escalated(id: OptionId) -> Option<String> {
        let (_, d) = own_names(id);
        Some(format!(
            "IF(ai_enabled,MIN(calc_t_eff*(1-{d}),calc_human_tickets),calc_t_eff*(1-{d}))"
        ))
    }
    fn tier2_hours(id: OptionId) -> Option<String> {
        let o = id.key();
        Some(format!("calc_{o}_escalated*workload_escalation_minutes/60"))
    }
    fn async_hours(id: OptionId) -> Option<String> {
        let (m, _) = own_names(id);
        let o = id.key();
        Some(format!("IF(channels_live_share=0,calc_{o}_tier1_hours,calc_replies*(1-channels_live_share)*{m}*calc_minutes_factor/60+calc_handoff_hours)"))
    }
    fn required(id: OptionId) -> Option<String> {
        let o = id.key();
        let speed = if id == OptionId::AllHands {
            "all_hands_speed_factor"
        } else {
            "1"
        };
        Some(format!("IF(coverage_agents_on_shift=0,(calc_live_hours+calc_{o}_async_hours)*{speed},MAX(coverage_agents_on_shift*calc_covered_hours,(calc_live_hours+calc_{o}_async_hours)*{speed}))"))
    }
    fn tier1(id: OptionId) -> Option<String> {
        let o = id.key();
        Some(match id {
            OptionId::Diy => "calc_diy_required_hours*rates_founder_hourly".into(),
            OptionId::Employee => {
                "calc_employee_fte_paid*employee_monthly_salary*employee_loaded_multiplier".into()
            }
            OptionId::Contractor => "calc_contractor_billed_hours*contractor_hourly_rate".into(),
            OptionId::Platform => "IF(calc_platform_plan>=1E+299,0,calc_platform_plan)".into(),
            OptionId::AllHands => format!("calc_{o}_required_hours*all_hands_team_hourly"),
        })
    }
    fn tier2(id: OptionId) -> Option<String> {
        let o = id.key();
        let rate = if id == OptionId::Diy {
            "rates_founder_hourly"
        } else {
            "rates_developer_hourly"
        };
        Some(format!("calc_{o}_tier2_hours*{rate}"))
    }
    fn fees(id: OptionId) -> Option<String> {
        (id == OptionId::Employee).then(|| "calc_employee_seats*employee_tooling_per_seat".into())
    }
    fn oversight(id: OptionId) -> Option<String> {
        match id {
            OptionId::Diy => None,
            OptionId::AllHands => Some("all_hands_coordination_hours*rates_founder_hourly".into()),
            _ => Some(format!("{}_oversight_hours*rates_founder_hourly", id.key())),
        }
    }
    fn one_off(id: OptionId) -> Option<String> {
        (id == OptionId::Platform).then(|| "platform_setup_fee/platform_setup_months".into())
    }
    fn ai(_: OptionId) -> Option<String> {
        Some("calc_ai_cost".into())
    }
    fn live(id: OptionId) -> Option<String> {
        (id == OptionId::Platform)
            .then(|| "calc_platform_live_hours_billed*platform_live_hourly".into())
    }
    fn available(id: OptionId) -> Option<String> {
        let promised = "coverage_hours_per_week";
        Some(match id {
            OptionId::Diy => format!("NOT(AND(coverage_agents_on_shift>=1,OR(coverage_agents_on_shift>1,calc_live_agents>1,diy_cover_hours_per_week<{promised})))"),
            OptionId::Platform => format!("AND(calc_platform_plan<1E+299,NOT(AND(platform_live_billing=\"not_offered\",calc_live_tickets>0)),NOT(AND(coverage_agents_on_shift>=1,platform_coverage_hours_per_week<{promised})))"),
            OptionId::AllHands => "calc_all_hands_required_hours<=all_hands_team_size*all_hands_paid_hours_per_month*all_hands_max_share+1E-9".into(),
            _ => "TRUE".into(),
        })
    }
    fn total(id: OptionId) -> Option<String> {
        let o = id.key();
        Some(format!("IF(AND({o}_enabled,calc_{o}_available),calc_{o}_tier1+calc_{o}_tier2+calc_{o}_fees+calc_{o}_oversight+calc_{o}_one_off+calc_{o}_ai+calc_{o}_live,\"—\")"))
    }
    fn own_time(id: OptionId) -> Option<String> {
        let o = id.key();
        let yours = if matches!(id, OptionId::Diy | OptionId::AllHands) {
            format!("calc_{o}_tier1+")
        } else {
            String::new()
        };
        Some(format!(
            "IF(ISNUMBER(cost_{o}),{yours}calc_{o}_tier2+calc_{o}_oversight+calc_ai_upkeep,\"—\")"
        ))
    }
    fn cash(id: OptionId) -> Option<String> {
        let o = id.key();
        Some(format!(
            "IF(ISNUMBER(cost_{o}),cost_{o}-own_time_{o},\"—\")"
        ))
    }
    fn per_ticket(id: OptionId) -> Option<String> {
        let o = id.key();
        Some(format!("IF(AND(ISNUMBER(cost_{o}),workload_tickets_per_month>0),cost_{o}/workload_tickets_per_month,\"—\")"))
    }
    let n = Style::Number;
    let m = Style::Money;
    vec![
        (
            "tier1_hours",
            ("Tier-1 hours", "1st-Level-Stunden"),
            own_hours,
            n,
        ),
        (
            "escalated",
            ("Escalated tickets", "Eskalierte Tickets"),
            escalated,
            n,
        ),
        (
            "tier2_hours",
            ("Tier-2 hours", "2nd-Level-Stunden"),
            tier2_hours,
            n,
        ),
        (
            "async_hours",
            (
                "Hours on tickets that do not arrive live",
                "Stunden für Tickets, die nicht live kommen",
            ),
            async_hours,
            n,
        ),
        (
            "required_hours",
            ("Hours of support staffed", "Besetzte Support-Stunden"),
            required,
            n,
        ),
        (
            "fte_needed",
            ("FTE needed", "Benötigte VZÄ"),
            |id| {
                (id == OptionId::Employee).then(|| "calc_employee_required_hours/(employee_paid_hours_per_month*(1-employee_shrinkage))".into())
            },
            n,
        ),
        (
            "fte_paid",
            ("FTE paid", "Bezahlte VZÄ"),
            |id| {
                (id == OptionId::Employee).then(|| "MAX(employee_min_fte,MAX(0,ROUNDUP(calc_employee_fte_needed/employee_fte_step-1E-9,0))*employee_fte_step)".into())
            },
            n,
        ),
        (
            "seats",
            ("Seats", "Arbeitsplätze"),
            |id| {
                (id == OptionId::Employee)
                    .then(|| "MAX(0,ROUNDUP(calc_employee_fte_paid-1E-9,0))".into())
            },
            n,
        ),
        (
            "billed_hours",
            ("Hours billed", "Abgerechnete Stunden"),
            |id| {
                (id == OptionId::Contractor).then(|| "MAX(contractor_minimum_hours,MAX(0,ROUNDUP(calc_contractor_required_hours*60/contractor_billing_increment_minutes-1E-9,0))*contractor_billing_increment_minutes/60)".into())
            },
            n,
        ),
        (
            "units",
            (
                "Units the platform bills",
                "Von der Plattform abgerechnete Einheiten",
            ),
            |id| {
                (id == OptionId::Platform).then(|| "IF(AND(platform_live_billing=\"per_agent_hour\",calc_live_tickets>0),1-channels_live_share,1)*IF(platform_billing_unit=\"reply\",calc_replies,IF(platform_billing_unit=\"ticket\",calc_human_tickets,IF(ai_enabled,calc_human_tickets-calc_platform_escalated,calc_t_eff*platform_tier1_resolution_rate)))".into())
            },
            n,
        ),
        (
            "live_hours_billed",
            (
                "Live agent hours billed",
                "Abgerechnete Stunden im Live-Kanal",
            ),
            |id| {
                (id == OptionId::Platform).then(|| "IF(AND(platform_live_billing=\"per_agent_hour\",calc_live_tickets>0),calc_live_agents*MIN(coverage_hours_per_week,platform_coverage_hours_per_week)*52/12,0)".into())
            },
            n,
        ),
        (
            "available",
            ("Available", "Verfügbar"),
            available,
            Style::Plain,
        ),
        ("tier1", ("Tier-1 work", "1st-Level-Arbeit"), tier1, m),
        (
            "tier2",
            (
                "Developer time on escalations",
                "Entwicklerzeit für Eskalationen",
            ),
            tier2,
            m,
        ),
        (
            "fees",
            ("Tooling seats", "Arbeitsplatz-Software"),
            |id| fees(id).or(Some("0".into())),
            m,
        ),
        (
            "oversight",
            ("Your oversight", "Ihre Aufsicht"),
            |id| oversight(id).or(Some("0".into())),
            m,
        ),
        (
            "one_off",
            ("Setup, spread per month", "Einrichtung, pro Monat verteilt"),
            |id| one_off(id).or(Some("0".into())),
            m,
        ),
        ("ai", ("AI front line", "KI als erste Instanz"), ai, m),
        (
            "live",
            ("Live agent hours", "Stunden im Live-Kanal"),
            |id| live(id).or(Some("0".into())),
            m,
        ),
        ("total", ("Total per month", "Summe pro Monat"), total, m),
        (
            "own_time",
            ("Your and your team's time", "Ihre Zeit und die Ihres Teams"),
            own_time,
            m,
        ),
        ("cash", ("Paid out", "Ausgezahlt"), cash, m),
        ("per_ticket", ("Per ticket", "Pro Ticket"), per_ticket, m),
    ]
}

/// `Costs`: the workload, then one column per option of every line as a formula.
fn costs_sheet(book: &mut Book, s: &Scenario, r: &Report, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_COSTS);
    sh.widths = vec![
        (0, 52.0),
        (1, 16.0),
        (2, 16.0),
        (3, 16.0),
        (4, 16.0),
        (5, 16.0),
    ];
    sh.text(
        0,
        0,
        l.pick(
            "Costs a month, as formulas over Inputs",
            "Kosten im Monat, als Formeln über Eingaben",
        ),
        Style::Title,
    );
    sh.text(
        1,
        0,
        l.pick(
            "Change a value in Inputs and every figure here follows.",
            "Ändern Sie einen Wert in Eingaben, und jede Zahl hier folgt.",
        ),
        Style::Plain,
    );
    let mut row = 3;
    sh.text(
        row,
        0,
        l.pick("Workload", "Arbeitsaufkommen"),
        Style::Heading,
    );
    row += 1;
    for w in workload_quantities(l) {
        sh.text(row, 0, &w.label, Style::Plain);
        let value = if w.key == "live_agents" {
            Value::Number(r.staffing.live_agents)
        } else {
            Value::Formula(w.formula)
        };
        sh.put(row, 1, value, w.style);
        let name = format!("calc_{}", w.key);
        book.names
            .push((name, format!("{SHEET_COSTS}!{}", absolute(row, 1))));
        row += 1;
    }
    // The platform's plans, each priced at the platform's units; the cheapest is its plan.
    row += 1;
    sh.text(
        row,
        0,
        l.pick(
            "Platform plans at these units",
            "Plattform-Tarife bei diesen Einheiten",
        ),
        Style::Heading,
    );
    row += 1;
    let first_plan = row;
    for (i, p) in s.platform.plans.iter().enumerate() {
        let k = i + 1;
        sh.text(row, 0, &p.name, Style::Plain);
        let formula = format!(
            "IF(ISBLANK(platform_plan_{k}_overage_per_unit),IF(calc_platform_units-platform_plan_{k}_included_units>1E-9,1E+300,platform_plan_{k}_monthly_fee),platform_plan_{k}_monthly_fee+MAX(0,calc_platform_units-platform_plan_{k}_included_units)*platform_plan_{k}_overage_per_unit)"
        );
        sh.put(row, 1, Value::Formula(formula), Style::Money);
        row += 1;
    }
    let plan = if s.platform.plans.is_empty() {
        "1E+300".to_string()
    } else {
        format!("MIN({}:{})", absolute(first_plan, 1), absolute(row - 1, 1))
    };
    sh.text(
        row,
        0,
        l.pick(
            "The cheapest plan (1E+300: none covers the units)",
            "Der günstigste Tarif (1E+300: keiner deckt die Einheiten)",
        ),
        Style::Plain,
    );
    sh.put(row, 1, Value::Formula(plan), Style::Money);
    book.names.push((
        "calc_platform_plan".into(),
        format!("{SHEET_COSTS}!{}", absolute(row, 1)),
    ));
    row += 2;

    // One column per option.
    sh.text(row, 0, l.pick("Per option", "Je Option"), Style::Heading);
    for (k, id) in OptionId::ALL.into_iter().enumerate() {
        sh.text(row, k as u16 + 1, id.name().get(l), Style::Heading);
    }
    row += 1;
    for (key, label, formula, style) in option_rows() {
        sh.text(
            row,
            0,
            l.pick(label.0, label.1),
            if key == "total" {
                Style::Heading
            } else {
                Style::Plain
            },
        );
        for (k, id) in OptionId::ALL.into_iter().enumerate() {
            let col = k as u16 + 1;
            let Some(f) = formula(id) else { continue };
            sh.put(row, col, Value::Formula(f), style);
            let o = id.key();
            let name = match key {
                "total" => format!("cost_{o}"),
                "cash" => format!("cash_{o}"),
                "own_time" => format!("own_time_{o}"),
                _ => format!("calc_{o}_{key}"),
            };
            book.names
                .push((name, format!("{SHEET_COSTS}!{}", absolute(row, col))));
        }
        row += 1;
    }
    row += 1;
    sh.text(
        row,
        0,
        l.pick(
            "The page's answer at these inputs",
            "Die Antwort der Seite bei diesen Eingaben",
        ),
        Style::Heading,
    );
    let reading = text::Reading::default();
    sh.text(row + 1, 0, &text::answer(s, r, reading, l), Style::Wrapped);
    sh
}

fn break_evens_sheet(s: &Scenario, r: &Report, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_BREAK_EVENS);
    sh.widths = vec![(0, 28.0), (1, 28.0), (2, 18.0), (3, 28.0)];
    sh.text(
        0,
        0,
        l.pick(
            "Where the options break even, as the page computed them",
            "Wo die Optionen gleichziehen, wie die Seite sie berechnet hat",
        ),
        Style::Title,
    );
    let axis = s.chart.x;
    sh.text(
        1,
        0,
        &format!("{}: {}", l.pick("Along", "Entlang"), axis.name().get(l)),
        Style::Plain,
    );
    for (col, head) in [
        l.pick("Option", "Option"),
        l.pick("Against", "Gegen"),
        axis.name().get(l),
        l.pick("Cheaper above", "Günstiger darüber"),
    ]
    .into_iter()
    .enumerate()
    {
        sh.text(3, col as u16, head, Style::Heading);
    }
    let crossings: &[Crossing] = &r.chart_break_even;
    for (i, c) in crossings.iter().enumerate() {
        let row = 4 + i as u32;
        sh.text(row, 0, c.a.name().get(l), Style::Plain);
        sh.text(row, 1, c.b.name().get(l), Style::Plain);
        let style = if axis == XAxis::TicketsPerMonth {
            Style::Number
        } else if matches!(axis, XAxis::Tier1ResolutionRate | XAxis::AiResolutionRate) {
            Style::Percent
        } else {
            Style::Money
        };
        sh.put(row, 2, Value::Number(c.x), style);
        sh.text(row, 3, c.cheaper_above.name().get(l), Style::Plain);
    }
    if crossings.is_empty() {
        sh.text(
            4,
            0,
            l.pick(
                "None on the chart's range.",
                "Keine im Bereich des Diagramms.",
            ),
            Style::Plain,
        );
    }
    sh
}

fn months_sheet(s: &Scenario, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_MONTHS);
    sh.text(
        0,
        0,
        l.pick(
            "The months ahead, as the page computed them",
            "Die nächsten Monate, wie die Seite sie berechnet hat",
        ),
        Style::Title,
    );
    let p = project(s);
    let ids: Vec<OptionId> = s.enabled_options().collect();
    sh.text(2, 0, l.pick("Month", "Monat"), Style::Heading);
    sh.text(2, 1, l.pick("Tickets", "Tickets"), Style::Heading);
    for (k, id) in ids.iter().enumerate() {
        sh.text(2, 2 + 2 * k as u16, id.name().get(l), Style::Heading);
        sh.text(
            2,
            3 + 2 * k as u16,
            &format!(
                "{}, {}",
                id.name().get(l),
                l.pick("cumulative", "kumuliert")
            ),
            Style::Heading,
        );
    }
    sh.widths = vec![(0, 10.0), (1, 12.0)];
    for (i, m) in p.months.iter().enumerate() {
        let row = 3 + i as u32;
        sh.put(row, 0, Value::Number(f64::from(m.month)), Style::Number);
        sh.put(row, 1, Value::Number(m.tickets), Style::Number);
        for (k, id) in ids.iter().enumerate() {
            let cost = m.costs.get(*id).copied().flatten();
            let cumulative = m.cumulative.get(*id).copied().flatten();
            let cell = |v: Option<f64>| v.map_or(Value::Text("—".into()), Value::Number);
            sh.put(row, 2 + 2 * k as u16, cell(cost), Style::Money);
            sh.put(row, 3 + 2 * k as u16, cell(cumulative), Style::Money);
        }
    }
    sh
}

/// The months read from the helpdesk's export (SPEC 8), as values, oldest first.
fn history_sheet(s: &Scenario, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_HISTORY);
    sh.text(0, 0, crate::text::history_label(l), Style::Title);
    if let Some(line) = crate::text::history_sentence(&s.history, l) {
        sh.text(1, 0, &line, Style::Plain);
    }
    for (col, head) in crate::text::history_columns(l).into_iter().enumerate() {
        sh.text(3, col as u16, head, Style::Heading);
    }
    sh.widths = vec![(0, 10.0), (1, 12.0), (2, 18.0), (3, 26.0), (4, 18.0)];
    let cell = |v: Option<f64>| v.map_or(Value::Blank, Value::Number);
    for (i, m) in s.history.iter().enumerate() {
        let row = 4 + i as u32;
        sh.text(row, 0, &m.month.to_string(), Style::Plain);
        sh.put(row, 1, Value::Number(m.tickets), Style::Number);
        sh.put(row, 2, cell(m.replies_per_ticket), Style::Number);
        sh.put(row, 3, cell(m.first_reply_hours), Style::Number);
        if m.partial {
            sh.text(row, 4, l.pick("partial", "unvollständig"), Style::Plain);
        }
    }
    sh
}

fn uncertainty_sheet(s: &Scenario, l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_UNCERTAINTY);
    sh.widths = vec![(0, 28.0), (1, 16.0), (2, 16.0), (3, 16.0), (4, 16.0)];
    sh.text(
        0,
        0,
        l.pick(
            "What you don't know, as the page computed it",
            "Was Sie nicht wissen, wie die Seite es berechnet hat",
        ),
        Style::Title,
    );
    let u = simulate(s);
    sh.text(
        1,
        0,
        &format!(
            "{} {} · {} {}",
            u.draws,
            l.pick("draws", "Ziehungen"),
            l.pick("seed", "Startwert"),
            u.seed
        ),
        Style::Plain,
    );
    for (col, head) in [
        l.pick("Option", "Option"),
        l.pick("Cheapest in", "Am günstigsten in"),
        "P10",
        "P50",
        "P90",
    ]
    .into_iter()
    .enumerate()
    {
        sh.text(3, col as u16, head, Style::Heading);
    }
    for (i, (id, spread)) in u.options.iter().enumerate() {
        let row = 4 + i as u32;
        sh.text(row, 0, id.name().get(l), Style::Plain);
        sh.put(row, 1, Value::Number(spread.p_cheapest), Style::Percent);
        for (k, v) in [spread.p10, spread.p50, spread.p90].into_iter().enumerate() {
            sh.put(
                row,
                2 + k as u16,
                v.map_or(Value::Text("—".into()), Value::Number),
                Style::Money,
            );
        }
    }
    sh
}

fn sources_sheet(l: Lang) -> Sheet {
    let mut sh = Sheet::new(SHEET_SOURCES);
    sh.widths = vec![(0, 50.0), (1, 100.0)];
    sh.text(
        0,
        0,
        l.pick(
            "Where the defaults come from",
            "Woher die Voreinstellungen stammen",
        ),
        Style::Title,
    );
    sh.text(2, 0, l.pick("Input", "Eingabe"), Style::Heading);
    sh.text(2, 1, l.pick("Source", "Quelle"), Style::Heading);
    let mut row = 3;
    for input in INPUTS {
        if let Some(source) = input.source() {
            sh.text(row, 0, &input.listed_label(l), Style::Plain);
            sh.text(row, 1, source.get(l), Style::Plain);
            row += 1;
        }
    }
    sh.text(row + 1, 0, l.pick("AI prices", "KI-Preise"), Style::Plain);
    sh.text(
        row + 1,
        1,
        l.pick(
            "Fin, Zendesk, HubSpot, Salesforce, Freshdesk and Gorgias pricing pages, 2025-2026: check the vendor's page.",
            "Preisseiten von Fin, Zendesk, HubSpot, Salesforce, Freshdesk und Gorgias, 2025–2026: Prüfen Sie die Seite des Anbieters.",
        ),
        Style::Plain,
    );
    sh
}

/// The currency's number format for money cells: its symbol and its decimals.
fn money_format(currency: &str) -> String {
    let decimals = format::currency_decimals(currency);
    let symbol = format::currency_symbol(currency, "en").replace('"', "");
    let zeros = if decimals == 0 {
        String::new()
    } else {
        format!(".{}", "0".repeat(decimals))
    };
    format!("\"{symbol}\"#,##0{zeros}")
}

/// Writes `book` as an XLSX file.
pub fn write(book: &Book) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let money = Format::new().set_num_format(money_format(&book.currency));
    let percent = Format::new().set_num_format("0.0%");
    let number = Format::new().set_num_format("#,##0.###");
    let heading = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(13);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let plain = Format::new();
    for sheet in &book.sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet.name)?;
        for (col, width) in &sheet.widths {
            ws.set_column_width(*col, *width)?;
        }
        for c in &sheet.cells {
            let format = match c.style {
                Style::Plain => &plain,
                Style::Money => &money,
                Style::Percent => &percent,
                Style::Number => &number,
                Style::Heading => &heading,
                Style::Title => &title,
                Style::Wrapped => &wrapped,
            };
            match &c.value {
                Value::Number(v) => {
                    ws.write_number_with_format(c.row, c.col, *v, format)?;
                }
                Value::Text(t) => {
                    ws.write_string_with_format(c.row, c.col, t, format)?;
                }
                Value::Bool(b) => {
                    ws.write_boolean_with_format(c.row, c.col, *b, format)?;
                }
                Value::Formula(f) => {
                    ws.write_formula_with_format(
                        c.row,
                        c.col,
                        Formula::new(format!("={f}")),
                        format,
                    )?;
                }
                Value::Blank => {
                    ws.write_blank(c.row, c.col, format)?;
                }
            }
        }
    }
    for (name, at) in &book.names {
        wb.define_name(name, &format!("={at}"))?;
    }
    wb.save_to_buffer()
}

/// One text field of a scenario.
type TextOf = fn(&Scenario) -> &str;

/// The comparison's workbook (SPEC 9): one column of inputs and costs per compared scenario, as the
/// page computed them, then the sources.
pub fn compare_book(scenarios: &[Scenario], date: &str, l: Lang) -> Book {
    let mut sh = Sheet::new(l.pick("Comparison", "Vergleich"));
    sh.widths = vec![(0, 46.0)];
    sh.text(
        0,
        0,
        l.pick(crate::i18n::TITLE.0, crate::i18n::TITLE.1),
        Style::Title,
    );
    sh.text(1, 0, l.pick("Date", "Datum"), Style::Plain);
    sh.text(1, 1, date, Style::Plain);
    let reports: Vec<Report> = scenarios.iter().map(crate::model::report).collect();
    let mut row = 3;
    sh.text(row, 0, l.pick("Scenario", "Szenario"), Style::Heading);
    for (k, s) in scenarios.iter().enumerate() {
        let col = k as u16 + 1;
        sh.widths.push((col, 22.0));
        sh.text(row, col, &s.name, Style::Heading);
    }
    row += 1;
    let texts: [(&str, TextOf); 4] = [
        ("currency", |s| &s.currency),
        ("prepared_for", |s| &s.prepared_for),
        ("prepared_by", |s| &s.prepared_by),
        ("notes", |s| &s.notes),
    ];
    for (name, get) in texts {
        if name != "currency" && scenarios.iter().all(|s| get(s).is_empty()) {
            continue;
        }
        let label = crate::model::schema::input(crate::model::schema::Section::Scenario, name)
            .map_or(name, |i| i.label.get(l));
        sh.text(row, 0, label, Style::Plain);
        for (k, s) in scenarios.iter().enumerate() {
            sh.text(row, k as u16 + 1, get(s), Style::Wrapped);
        }
        row += 1;
    }
    row += 1;
    sh.text(
        row,
        0,
        l.pick("Monthly cost", "Monatliche Kosten"),
        Style::Heading,
    );
    row += 1;
    for id in OptionId::ALL {
        sh.text(row, 0, id.name().get(l), Style::Plain);
        for (k, r) in reports.iter().enumerate() {
            let cost = r.option(id).and_then(|o| o.monthly_cost);
            let value = cost.map_or(Value::Text("—".into()), Value::Number);
            sh.put(row, k as u16 + 1, value, Style::Money);
        }
        row += 1;
    }
    sh.text(row, 0, l.pick("The answer", "Die Antwort"), Style::Plain);
    for (k, (s, r)) in scenarios.iter().zip(&reports).enumerate() {
        let answer = text::answer(s, r, text::Reading::default(), l);
        sh.text(row, k as u16 + 1, &answer, Style::Wrapped);
    }
    row += 2;
    sh.text(row, 0, l.pick("Inputs", "Eingaben"), Style::Heading);
    row += 1;
    for input in INPUTS {
        let shown: Vec<Option<Value>> = scenarios
            .iter()
            .map(|s| match &input.kind {
                Kind::Number(n) => Some(Value::Number((n.get)(s))),
                Kind::Optional(o) => Some(match ((o.get)(s), &o.unset) {
                    (Some(v), _) => Value::Number(v),
                    (None, Unset::Follows(f)) => Value::Number(f(s)),
                    (None, Unset::Means(words)) => Value::Text(words.get(l).into()),
                }),
                Kind::Switch { get, .. } => Some(Value::Bool(get(s))),
                Kind::Choice(c) => {
                    let key = (c.get)(s);
                    let name = (c.options)()
                        .into_iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, n)| n.get(l));
                    Some(Value::Text(name.unwrap_or(key).into()))
                }
                _ => None,
            })
            .collect();
        if shown.iter().all(Option::is_none) {
            continue;
        }
        let style = style_of(input);
        sh.text(row, 0, &input.listed_label(l), Style::Plain);
        for (k, v) in shown.into_iter().enumerate() {
            if let Some(v) = v {
                sh.put(row, k as u16 + 1, v, style);
            }
        }
        row += 1;
    }
    Book {
        sheets: vec![sh, sources_sheet(l)],
        names: Vec::new(),
        currency: scenarios
            .first()
            .map_or_else(|| "USD".into(), |s| s.currency.clone()),
    }
}
