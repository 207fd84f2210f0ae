//! What every component shares (`AppState`): the library of saved scenarios, which owns the scenario on
//! screen too, the memos derived from it, the language and the messages. Components change the library
//! only through `edit` and `run`; the input generation is bumped in one place, `run`.

use leptos::prelude::*;

use super::notices::{Notice, NoticeKind, MAX_NOTICES};
use crate::i18n::Lang;
use crate::messages;
use crate::model::flags::{self, OptionFlag};
use crate::model::library::Library;
use crate::model::regimes::{regimes, Regime};
use crate::model::report::this_month;
use crate::model::report::Basis;
use crate::model::schema::Unit;
use crate::model::series::{as_charted, series, Series};
use crate::model::store::{Command, Event, Outcome};
use crate::model::{BillingUnit, OptionId, PerOption, Report, Scenario};
use crate::text::{self, Reading};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Calculator,
    Compare,
    /// The staffing calculator of its own (Erlang C, SPEC 5.2).
    Staffing,
}

/// What every component shares. `library` is the one owner of the scenarios; `scenario`, `report` and
/// `series` are derived from it.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Every saved scenario, the one shown included.
    pub library: RwSignal<Library>,
    /// The scenario on screen: the library's active one.
    pub scenario: Memo<Scenario>,
    pub report: Memo<Report>,
    /// Which option is cheapest in each range of the chart's axis, for the sentence and the chart.
    pub regimes: Memo<Vec<Regime>>,
    pub series: Memo<Series>,
    /// The verdict in words, for the verdict box and the sticky summary.
    pub answer: Memo<String>,
    /// The flag of each option that needs more hours than one person has, for its card and the verdict.
    pub option_flags: Memo<PerOption<Option<OptionFlag>>>,
    /// The scenario's currency code, which options are on and how the platform bills: read by many
    /// views, so each is a memo (see `slice`).
    pub currency: Memo<String>,
    pub enabled: Memo<PerOption<bool>>,
    pub billing_unit: Memo<BillingUnit>,
    /// Bumped whenever the shown scenario is replaced, so that inputs drop half-typed text.
    pub generation: RwSignal<u32>,
    pub lang: RwSignal<Lang>,
    pub notices: RwSignal<Vec<Notice>>,
    pub view: RwSignal<View>,
    /// The system asks for a dark theme (charts draw in its palette).
    pub dark: RwSignal<bool>,
    /// The page is being printed: the print-only parts exist only then.
    pub printing: RwSignal<bool>,
    /// Some of the option cards are on screen; while none is, the sticky summary shows (`summary`).
    pub cards_visible: RwSignal<bool>,
    /// The scenarios a comparison link asked for: the compare view starts with them.
    pub compare_pick: RwSignal<Option<Vec<String>>>,
    /// False when nothing may be written: storage is missing, full, or holds data we could not keep aside.
    pub saving: RwSignal<bool>,
    /// The fields whose text is not valid now: (element id, label, the last valid value as shown).
    /// While any is, the results use the last valid values, and the page says so beside the verdict.
    pub stale: RwSignal<Vec<(String, String, String)>>,
    /// "I handle escalations myself": while on, the developer rate follows the value of the founder's
    /// hour. Not saved: a scenario shows it on when its two rates are equal (set whenever one is shown).
    pub escalations_mine: RwSignal<bool>,
    /// What the verdict is read by: cost, net cost (while the value of fast answers is on) or cash
    /// (SPEC 3.10). Not saved in the scenario: a way of reading, not an input.
    pub basis: RwSignal<Basis>,
    /// The input panels open in this browser (`panels`).
    pub open_panels: RwSignal<super::panels::OpenPanels>,
    next_notice: StoredValue<u64>,
    /// A save is queued for the end of this task (`persist_soon`).
    pub(super) save_queued: StoredValue<bool>,
    /// The last save was refused (a full storage): the next chance saves again (`persist`).
    pub(super) save_failed: StoredValue<bool>,
}

/// Empties `signal`, telling its readers only if it held something: `set` reruns every reader even when
/// nothing changes, and messages are cleared on every keystroke.
pub fn clear<T: Send + Sync + 'static>(signal: RwSignal<Option<T>>) {
    if signal.with_untracked(Option::is_some) {
        signal.set(None);
    }
}

/// A part of `scenario` as a memo (`AppState::slice`).
fn part_of<T>(
    scenario: Memo<Scenario>,
    part: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| scenario.with(&part))
}

/// A new scenario id, unique enough across tabs and devices.
pub fn new_id() -> String {
    format!(
        "s{:x}{:06x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 16_777_215.0) as u64
    )
}

impl AppState {
    pub fn new(library: Library, lang: Lang, saving: bool) -> Self {
        let library = RwSignal::new(library);
        let scenario =
            Memo::new(move |_| library.with(|l| l.active_scenario().cloned().unwrap_or_default()));
        // Through the scenario as charted: an edit of the axis variable (the ticket volume, by default)
        // cannot change the chart's lines, and with the chart to 1,000,000 they take milliseconds.
        let charted = part_of(scenario, as_charted);
        let series = Memo::new(move |_| charted.with(series));
        // The months ahead are left out: `months::ProjectionResults` projects them after the edit's paint.
        let report = Memo::new(move |_| scenario.with(this_month));
        let mine = scenario.with_untracked(Scenario::rates_equal);
        let lang = RwSignal::new(lang);
        let escalations_mine = RwSignal::new(mine);
        let basis = RwSignal::new(Basis::Cost);
        let currency = part_of(scenario, |s| s.currency.clone());
        AppState {
            library,
            scenario,
            report,
            // Untracked scenario: the report changes whenever the scenario does.
            regimes: Memo::new(move |_| {
                report.with(|r| scenario.with_untracked(|s| regimes(s, &r.chart_break_even)))
            }),
            series,
            // Untracked scenario: the report changes whenever the scenario does.
            // Every setting the sentence reads is tracked: the currency (an edit of it leaves the report
            // as it was), the language, the basis and who handles escalations.
            answer: Memo::new(move |_| {
                let reading = Reading {
                    basis: basis.get(),
                    escalations_mine: escalations_mine.get(),
                };
                let l = lang.get();
                currency.track();
                report.with(|r| scenario.with_untracked(|s| text::answer(s, r, reading, l)))
            }),
            option_flags: Memo::new(move |_| {
                let mine = escalations_mine.get();
                report.with(|r| {
                    scenario.with_untracked(|s| {
                        PerOption::from_fn(|id| flags::option_flag(id, s, r, mine))
                    })
                })
            }),
            currency,
            enabled: part_of(scenario, |s| PerOption::from_fn(|id| s.is_enabled(id))),
            billing_unit: part_of(scenario, |s| s.platform.billing_unit),
            generation: RwSignal::new(0),
            lang,
            notices: RwSignal::new(Vec::new()),
            view: RwSignal::new(View::Calculator),
            dark: RwSignal::new(false),
            printing: RwSignal::new(false),
            cards_visible: RwSignal::new(true),
            compare_pick: RwSignal::new(None),
            saving: RwSignal::new(saving),
            stale: RwSignal::new(Vec::new()),
            escalations_mine,
            basis,
            open_panels: RwSignal::new(super::panels::OpenPanels::remembered()),
            next_notice: StoredValue::new(1),
            save_queued: StoredValue::new(false),
            save_failed: StoredValue::new(false),
        }
    }

    /// How the verdict is read (tracked).
    pub fn reading(&self) -> Reading {
        Reading {
            basis: self.basis.get(),
            escalations_mine: self.escalations_mine.get(),
        }
    }

    /// How the verdict is read, for a file made now.
    pub fn reading_untracked(&self) -> Reading {
        untrack(|| self.reading())
    }

    /// The interface language (tracked).
    pub fn l(&self) -> Lang {
        self.lang.get()
    }

    /// Picks the English or German text for the current language (tracked).
    pub fn tr(&self, en: &'static str, de: &'static str) -> &'static str {
        self.lang.get().pick(en, de)
    }

    /// The same text as a reactive view or attribute.
    // Every call returns the same closure type, so a label costs no new rendering code (each distinct
    // closure in a view is compiled on its own).
    pub fn t(
        &self,
        en: &'static str,
        de: &'static str,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || lang.get().pick(en, de)
    }

    /// A part of the scenario as a memo. Its readers rerun when that part changes, not on every edit:
    /// every view that reads the scenario itself reruns on each keystroke, and each one more makes
    /// every rerun dearer (a signal keeps its readers in one ordered set).
    pub fn slice<T>(&self, part: impl Fn(&Scenario) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        part_of(self.scenario, part)
    }

    /// The unit shown after an input of `unit` (tracked: language, currency, billing unit).
    pub fn unit_text(&self, unit: Unit) -> String {
        let l = self.l();
        let billing = self.billing_unit.get();
        self.currency.with(|c| unit.text(c, billing, l))
    }

    /// Is option `id` switched on (tracked)?
    pub fn is_enabled(&self, id: OptionId) -> bool {
        self.enabled.with(|e| e[id])
    }

    pub fn notify(&self, kind: NoticeKind, text: String) -> u64 {
        self.notify_about(None, kind, text)
    }

    /// Shows a message about `topic` (`None`: its words are its topic). A notice on the same topic is
    /// updated where it stands rather than repeated: a burst of one event (another tab saving on every
    /// keystroke) is one notice, and "saved again" takes the place of "could not be saved". At most
    /// `MAX_NOTICES` show, the oldest going first, so that they never cover the page.
    pub fn notify_about(&self, topic: Option<&'static str>, kind: NoticeKind, text: String) -> u64 {
        let same = |n: &Notice| match topic {
            Some(_) => n.topic == topic,
            None => {
                n.topic.is_none() && n.text == text && !matches!(n.kind, NoticeKind::Undo { .. })
            }
        };
        let shown = self
            .notices
            .with_untracked(|n| n.iter().position(same).map(|at| (at, n[at].id)));
        if let Some((at, id)) = shown {
            self.notices.update(|n| {
                n[at].kind = kind;
                n[at].text = text;
            });
            return id;
        }
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice {
                id,
                topic,
                kind,
                text,
            });
            let surplus = n.len().saturating_sub(MAX_NOTICES);
            n.drain(..surplus);
        });
        id
    }

    /// Marks the field `key` as holding invalid text (`stale`) or not; readers hear only of changes.
    pub fn mark_stale(&self, key: String, label: String, last_valid: String, stale: bool) {
        let listed = self
            .stale
            .with_untracked(|s| s.iter().any(|(k, ..)| *k == key));
        match (listed, stale) {
            (false, true) => self.stale.update(|s| s.push((key, label, last_valid))),
            (true, false) => self.stale.update(|s| s.retain(|(k, ..)| *k != key)),
            _ => {}
        }
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Changes the scenario on screen (an input, its name, its currency); saved in the next task.
    pub fn edit(&self, change: impl FnOnce(&mut Scenario)) {
        let mut changed = false;
        let mine = self.escalations_mine.get_untracked();
        let now = js_sys::Date::now() as u64;
        self.library.maybe_update(|lib| {
            changed = lib.edit_at(Some(now), |s| {
                change(s);
                if mine {
                    s.rates.developer_hourly = s.rates.founder_hourly;
                }
            });
            changed
        });
        if changed {
            self.persist_soon();
        }
    }

    /// Applies a library command: the one place that replaces the scenario on screen, saves the
    /// library after a command and tells the user what happened.
    pub fn run(&self, command: Command) -> Outcome {
        // What came from storage is saved already; it is written back only where storage lacks work.
        let from_storage = matches!(command, Command::Adopt(_) | Command::TakeIn(_));
        let mut outcome = Outcome::default();
        self.library.maybe_update(|lib| {
            outcome = lib.apply(command);
            outcome.changed
        });
        if outcome.replaced {
            self.generation.update(|g| *g += 1);
            let mine = self.scenario.with_untracked(Scenario::rates_equal);
            if mine != self.escalations_mine.get_untracked() {
                self.escalations_mine.set(mine);
            }
        }
        if let Some(event) = &outcome.event {
            let text = messages::event(event, self.lang.get_untracked());
            let kind = match event {
                Event::Full => NoticeKind::Error,
                Event::Deleted { saved, position }
                | Event::DeletedElsewhere { saved, position } => NoticeKind::Undo {
                    saved: saved.clone(),
                    position: *position,
                },
                Event::ChangedElsewhere
                | Event::AlreadySaved { .. }
                | Event::Opened { .. }
                | Event::OpenedComparison { .. } => NoticeKind::Info,
            };
            self.notify(kind, text);
        }
        if outcome.write_back {
            self.persist();
        } else if outcome.changed && !from_storage {
            self.persist_soon();
        }
        outcome
    }
}
