//! The browser interface: a thin shell over the model. Inputs write one scenario signal; one memo runs the
//! model per change; every result view only reads that memo. The saved scenarios, the language and the
//! messages live beside it in `AppState`.

mod chart;
mod compare;
mod fields;
mod header;
mod inputs;
pub mod later;
mod media;
mod notices;
mod plans;
mod results;
mod share;
pub mod text;
pub mod theme;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::messages;
use crate::model::library::{Library, Saved, MAX_SCENARIOS};
use crate::model::link::decode_fragment;
use crate::model::report::report_with_series;
use crate::model::series::{series, Series};
use crate::model::{BillingUnit, OptionId, PerOption, Report, Scenario};
use crate::storage::{self, Loaded};

pub use later::Later;
pub use notices::{Notice, NoticeKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Calculator,
    Compare,
}

/// What every component shares. Inputs write `scenario`; `report` and `series` are derived from it.
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Report>,
    pub series: Memo<Series>,
    /// The scenario's currency code, which options are on and how the platform bills: read by many
    /// views, so each is a memo (see `slice`).
    pub currency: Memo<String>,
    pub enabled: Memo<PerOption<bool>>,
    pub billing_unit: Memo<BillingUnit>,
    /// Bumped whenever the whole scenario is replaced, so that inputs drop half-typed text.
    pub generation: RwSignal<u32>,
    pub lang: RwSignal<Lang>,
    /// Every saved scenario; the active entry mirrors `scenario`.
    pub library: RwSignal<Library>,
    pub notices: RwSignal<Vec<Notice>>,
    pub view: RwSignal<View>,
    /// The system asks for a dark theme (charts draw in its palette).
    pub dark: RwSignal<bool>,
    /// The page is being printed: the print-only parts exist only then.
    pub printing: RwSignal<bool>,
    /// False when nothing may be written: storage is missing, full, or holds data we could not keep aside.
    pub saving: RwSignal<bool>,
    next_notice: StoredValue<u64>,
    /// A save is queued for the next task (`persist_soon`).
    save_queued: StoredValue<bool>,
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
    scenario: RwSignal<Scenario>,
    part: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| scenario.with(&part))
}

/// A new scenario id, unique enough across tabs and devices.
fn new_id() -> String {
    format!(
        "s{:x}{:06x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 16_777_215.0) as u64
    )
}

impl AppState {
    pub fn new(library: Library, lang: Lang, saving: bool) -> Self {
        let initial = library.active_scenario().cloned().unwrap_or_default();
        let scenario = RwSignal::new(initial);
        let series = part_of(scenario, series);
        AppState {
            scenario,
            // From the series where it can: along tickets it already holds every volume the report
            // searches for break-evens.
            report: Memo::new(move |_| {
                series.with(|chart| scenario.with(|s| report_with_series(s, chart)))
            }),
            series,
            currency: part_of(scenario, |s| s.currency.clone()),
            enabled: part_of(scenario, |s| PerOption::from_fn(|id| s.is_enabled(id))),
            billing_unit: part_of(scenario, |s| s.platform.billing_unit),
            generation: RwSignal::new(0),
            lang: RwSignal::new(lang),
            library: RwSignal::new(library),
            notices: RwSignal::new(Vec::new()),
            view: RwSignal::new(View::Calculator),
            dark: RwSignal::new(false),
            printing: RwSignal::new(false),
            saving: RwSignal::new(saving),
            next_notice: StoredValue::new(1),
            save_queued: StoredValue::new(false),
        }
    }

    /// The interface language (tracked).
    pub fn l(&self) -> Lang {
        self.lang.get()
    }

    /// Picks the English or German text for the current language (tracked).
    pub fn tr(&self, en: &'static str, de: &'static str) -> &'static str {
        self.lang.get().pick(en, de)
    }

    /// The same text as a reactive view or attribute. Every call returns the same closure type, so a
    /// label costs no new rendering code (each distinct closure in a view is compiled on its own).
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

    /// Is option `id` switched on (tracked)?
    pub fn is_enabled(&self, id: OptionId) -> bool {
        self.enabled.with(|e| e[id])
    }

    pub fn notify(&self, kind: NoticeKind, text: String) -> u64 {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| n.push(Notice { id, kind, text }));
        id
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Shows scenario `id` (already in the library).
    pub fn switch_to(&self, id: &str) {
        let Some(s) = self
            .library
            .with_untracked(|l| l.get(id).map(|s| s.scenario.clone()))
        else {
            return;
        };
        self.library.update(|l| l.active = id.to_string());
        self.scenario.set(s);
        self.generation.update(|g| *g += 1);
        self.persist();
    }

    /// Adds a scenario to the library and shows it. Nothing existing is replaced.
    pub fn add(&self, scenario: Scenario) -> Option<String> {
        let l = self.lang.get_untracked();
        if self.library.with_untracked(|lib| lib.scenarios.len()) >= MAX_SCENARIOS {
            self.notify(
                NoticeKind::Error,
                format!(
                    "{} {MAX_SCENARIOS} {}",
                    l.pick("You already have", "Sie haben bereits"),
                    l.pick(
                        "saved scenarios, the most the app keeps. Delete one first.",
                        "gespeicherte Szenarien, mehr behält die App nicht. Löschen Sie zuerst eines."
                    )
                ),
            );
            return None;
        }
        let id = new_id();
        self.library.update(|lib| {
            lib.scenarios.push(Saved {
                id: id.clone(),
                rev: 1,
                scenario,
            })
        });
        self.switch_to(&id);
        Some(id)
    }

    /// Removes the active scenario, offering to undo. The last one is replaced by a fresh example.
    pub fn delete_active(&self) {
        let (position, removed) = match self.library.with_untracked(|lib| {
            lib.position(&lib.active)
                .map(|p| (p, lib.scenarios[p].clone()))
        }) {
            Some(found) => found,
            None => return,
        };
        self.library.update(|lib| {
            lib.remove(&removed.id);
        });
        let next = self.library.with_untracked(|lib| {
            lib.scenarios
                .get(position.min(lib.scenarios.len().saturating_sub(1)))
                .map(|s| s.id.clone())
        });
        match next {
            Some(id) => self.switch_to(&id),
            None => {
                let l = self.lang.get_untracked();
                let fresh = Scenario {
                    name: l.pick("New scenario", "Neues Szenario").into(),
                    ..Scenario::default()
                };
                self.add(fresh);
            }
        }
        self.notify(
            NoticeKind::Undo {
                saved: Box::new(removed.clone()),
                position,
            },
            format!(
                "{} \u{201c}{}\u{201d}.",
                self.lang.get_untracked().pick("Deleted", "Gelöscht:"),
                removed.scenario.name
            ),
        );
    }

    /// Puts a deleted scenario back where it was.
    pub fn undo_delete(&self, saved: Saved, position: usize) {
        let id = saved.id.clone();
        self.library.update(|lib| lib.restore(saved, position));
        self.switch_to(&id);
    }

    /// Saves in the task after this one: the edit's results are drawn first, and a burst of edits in one
    /// task is written once. `flush_save` writes a queued save at once (the page is being left).
    pub fn persist_soon(&self) {
        if self.save_queued.get_value() {
            return;
        }
        self.save_queued.set_value(true);
        let state = *self;
        set_timeout(move || state.flush_save(), std::time::Duration::ZERO);
    }

    pub fn flush_save(&self) {
        if self.save_queued.try_get_value() == Some(true) {
            self.save_queued.set_value(false);
            self.persist();
        }
    }

    /// Writes the library, merged with what other tabs stored. Problems are reported once and saving stops.
    pub fn persist(&self) {
        if !self.saving.get_untracked() {
            return;
        }
        let ours = self.library.get_untracked();
        match storage::save_library(&ours) {
            Ok(merged) => {
                if merged != ours {
                    self.adopt(merged);
                }
            }
            Err(problem) => {
                self.saving.set(false);
                let l = self.lang.get_untracked();
                let why = match problem {
                    storage::StorageProblem::Unavailable => l
                        .pick(
                            "this browser does not allow it",
                            "dieser Browser erlaubt es nicht",
                        )
                        .to_string(),
                    // The browser's own message is in the browser's language; say it in ours.
                    storage::StorageProblem::WriteFailed(_) => l
                        .pick(
                            "the browser's storage is full or refused to store more",
                            "der Speicher des Browsers ist voll oder nimmt nichts mehr an",
                        )
                        .to_string(),
                };
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "{} ({why}). {}",
                        l.pick("Your changes could not be saved", "Ihre Änderungen konnten nicht gespeichert werden"),
                        l.pick(
                            "They are kept in this tab until you close it; export your scenarios to keep them.",
                            "Sie bleiben in diesem Tab erhalten, bis Sie ihn schließen; exportieren Sie Ihre Szenarien, um sie zu behalten."
                        )
                    ),
                );
            }
        }
    }

    /// Takes over a library that another tab changed, telling the user if the scenario on screen changed
    /// or was deleted there (with the offer to bring it back).
    fn adopt(&self, merged: Library) {
        let gone = self.library.with_untracked(|lib| {
            let position = lib.position(&lib.active)?;
            let shown = &lib.scenarios[position];
            merged
                .get(&shown.id)
                .is_none()
                .then(|| (position, shown.clone()))
        });
        let active = merged.active_scenario().cloned();
        self.library.set(merged);
        let Some(active) = active else { return };
        if self.scenario.with_untracked(|s| *s == active) {
            return;
        }
        self.scenario.set(active);
        self.generation.update(|g| *g += 1);
        let l = self.lang.get_untracked();
        match gone {
            Some((position, saved)) => {
                let text = format!(
                    "\u{201c}{}\u{201d} {}",
                    saved.scenario.name,
                    l.pick(
                        "was deleted in another tab.",
                        "wurde in einem anderen Tab gelöscht."
                    )
                );
                self.notify(
                    NoticeKind::Undo {
                        saved: Box::new(saved),
                        position,
                    },
                    text,
                );
            }
            None => {
                let text = l.pick(
                    "This scenario was changed in another tab; you now see the latest version.",
                    "Dieses Szenario wurde in einem anderen Tab geändert; Sie sehen jetzt die neueste Fassung.",
                );
                self.notify(NoticeKind::Info, text.to_string());
            }
        }
    }

    /// Another tab stored `raw`: takes in its work, and writes back what storage lacks of ours
    /// (`library::take_in`).
    pub fn take_in(&self, raw: &str) {
        let Some(stored) = storage::library_from(raw) else {
            return;
        };
        let ours = self.library.get_untracked();
        let (merged, write_back) = crate::model::library::take_in(&stored, &ours);
        if merged != ours {
            self.adopt(merged);
        }
        if write_back {
            self.persist();
        }
    }

    /// Opens a share link: adds its scenario (or shows an identical one already saved). A bad link changes
    /// nothing and says why.
    pub fn open_link(&self, fragment: &str) -> bool {
        let Some(decoded) = decode_fragment(fragment) else {
            return false;
        };
        let l = self.lang.get_untracked();
        match decoded {
            Ok(scenario) => {
                let existing = self.library.with_untracked(|lib| {
                    lib.scenarios
                        .iter()
                        .find(|s| s.scenario == scenario)
                        .map(|s| s.id.clone())
                });
                let name = scenario.name.clone();
                match existing {
                    Some(id) => {
                        self.switch_to(&id);
                        self.notify(
                            NoticeKind::Info,
                            format!(
                                "{} \u{201c}{name}\u{201d}.",
                                l.pick(
                                    "The link shows a scenario you already have:",
                                    "Der Link zeigt ein Szenario, das Sie bereits haben:"
                                )
                            ),
                        );
                    }
                    None => {
                        if self.add(scenario).is_some() {
                            self.notify(
                                NoticeKind::Info,
                                format!(
                                    "{} \u{201c}{name}\u{201d} {}",
                                    l.pick("Opened the shared scenario", "Geteiltes Szenario"),
                                    l.pick(
                                        "and added it to your scenarios.",
                                        "geöffnet und zu Ihren Szenarien hinzugefügt."
                                    )
                                ),
                            );
                        }
                    }
                }
            }
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "{} {}. {}",
                        l.pick(
                            "This link could not be opened:",
                            "Dieser Link konnte nicht geöffnet werden:"
                        ),
                        messages::link_error(&e, l),
                        l.pick(
                            "Your saved scenarios are unchanged.",
                            "Ihre gespeicherten Szenarien sind unverändert."
                        )
                    ),
                );
            }
        }
        true
    }
}

/// The browser's preferred language, English when it prefers neither.
fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let mut codes: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(first) = nav.language() {
        codes.push(first);
    }
    Lang::from_preferences(codes.iter().map(String::as_str))
}

/// Reads what storage holds and decides whether the app may save, with messages for anything found wrong.
fn start_library(lang: Lang) -> (Library, bool, Vec<(NoticeKind, String)>) {
    let fresh = || Library::with(new_id(), Scenario::default());
    let l = lang;
    if !storage::available() {
        return (
            fresh(),
            false,
            vec![(
                NoticeKind::Error,
                l.pick(
                    "This browser does not let the page save (private mode, blocked or full storage). Your scenarios last until you close this tab; export them to keep them.",
                    "Dieser Browser lässt die Seite nicht speichern (privater Modus, gesperrter oder voller Speicher). Ihre Szenarien bleiben bis zum Schließen des Tabs erhalten; exportieren Sie sie, um sie zu behalten.",
                )
                .to_string(),
            )],
        );
    }
    match storage::load_library() {
        Loaded::Empty => (fresh(), true, Vec::new()),
        Loaded::Found {
            library,
            problems,
            backup,
        } => {
            let library = if library.scenarios.is_empty() { fresh() } else { library };
            let notes = match backup {
                Some(key) => vec![(
                    NoticeKind::Error,
                    format!(
                        "{} {}. {} {key}.",
                        l.pick("Some saved scenarios could not be read:", "Einige gespeicherte Szenarien konnten nicht gelesen werden:"),
                        problems
                            .iter()
                            .map(|p| messages::entry_problem(p, l))
                            .collect::<Vec<_>>()
                            .join("; "),
                        l.pick("The original data was kept aside under the storage key", "Die ursprünglichen Daten wurden unter diesem Speicherschlüssel aufbewahrt:")
                    ),
                )],
                None => Vec::new(),
            };
            (library, true, notes)
        }
        Loaded::Unreadable { reason, backup } => (
            fresh(),
            true,
            vec![(
                NoticeKind::Error,
                format!(
                    "{} ({}). {} {backup}; {}",
                    l.pick("Your saved scenarios could not be read", "Ihre gespeicherten Szenarien konnten nicht gelesen werden"),
                    messages::library_error(&reason, l),
                    l.pick("They were kept aside under the storage key", "Sie wurden unter diesem Speicherschlüssel aufbewahrt:"),
                    l.pick("the calculator starts with an example.", "der Rechner startet mit einem Beispiel.")
                ),
            )],
        ),
        Loaded::UnreadableNotSaved { reason, problems } => (
            fresh(),
            false,
            vec![(
                NoticeKind::Error,
                format!(
                    "{} ({}). {}",
                    l.pick("Your saved scenarios could not be read", "Ihre gespeicherten Szenarien konnten nicht gelesen werden"),
                    reason
                        .iter()
                        .map(|r| messages::library_error(r, l))
                        .chain(problems.iter().map(|p| messages::entry_problem(p, l)))
                        .collect::<Vec<_>>()
                        .join("; "),
                    l.pick(
                        "They could not be copied aside either, so nothing will be saved in this tab and they stay as they are.",
                        "Sie konnten auch nicht gesichert werden; deshalb speichert dieser Tab nichts und sie bleiben unverändert.",
                    )
                ),
            )],
        ),
        Loaded::Unavailable => (fresh(), false, Vec::new()),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = storage::saved_lang().unwrap_or_else(browser_lang);
    let (library, saving, startup_notes) = start_library(lang);
    let state = AppState::new(library, lang, saving);
    provide_context(state);
    media::watch_color_scheme(state.dark);
    media::watch_print(state.printing);
    for (kind, text) in startup_notes {
        state.notify(kind, text);
    }

    // Every edit is saved, in the task after it (and at once if the page is left before that).
    Effect::new(move |_| {
        let current = state.scenario.get();
        let active = state.library.with_untracked(|l| l.active.clone());
        let mut changed = false;
        state
            .library
            .update(|l| changed = l.update(&active, &current));
        if changed {
            state.persist_soon();
        }
    });
    state.persist_soon();
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| state.flush_save());

    // Another tab saved: merge its work in.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(storage::LIBRARY_KEY) || !state.saving.get_untracked() {
            return;
        }
        // The value this event carries, not storage as read now: this tab may have written since, and its
        // own copy of storage shows its own write until the browser has applied both.
        if let Some(raw) = ev.new_value() {
            state.take_in(&raw);
        }
    });
    // A share link opened in this tab, now or later.
    let open_current_link = move || {
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        if state.open_link(&hash) {
            // Forget the fragment, so that a reload does not open the link again.
            if let Ok(history) = window().history() {
                let path = location.pathname().unwrap_or_default()
                    + &location.search().unwrap_or_default();
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
            }
        }
    };
    open_current_link();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| open_current_link());
    on_cleanup(move || {
        on_storage.remove();
        on_hash.remove();
        on_leave.remove();
    });

    // `?debug-panic` stops the app on purpose, to test the panic banner against a real build.
    if window()
        .location()
        .search()
        .unwrap_or_default()
        .contains("debug-panic")
    {
        leptos::task::spawn_local(async { panic!("panic requested with ?debug-panic") });
    }

    // The document's language follows the interface.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });

    view! {
        // The header, then the rest, each in a part of its own (`Later`): the start-up task only reads
        // the saved scenarios.
        <Later>
            <header::Header />
        </Later>
        <Later>
            <notices::Notices />
            <Show
                when=move || state.view.get() == View::Calculator
                fallback=|| view! { <compare::Compare /> }
            >
                <main class="layout" id="main">
                    <div class="area-workload">
                        <Later>
                            <inputs::WorkloadInputs />
                        </Later>
                    </div>
                    <div class="area-results">
                        <results::Results />
                    </div>
                    <div class="area-options">
                        <inputs::OptionInputs />
                    </div>
                </main>
            </Show>
        </Later>
        // Last, so that end-to-end tests can wait for it to know the whole page is there.
        <Later>
            <footer class="footer">
                <p>
                    {state.t("All figures are computed in your browser; nothing you type leaves this page. Platform plans are illustrative examples, not any vendor's price list.", "Alle Zahlen werden in Ihrem Browser berechnet; nichts, was Sie eingeben, verlässt diese Seite. Die Plattform-Tarife sind Beispiele, keine Preisliste eines Anbieters.")}
                </p>
            </footer>
        </Later>
    }
}

/// A table that may be wider than the screen scrolls sideways in this region, which is focusable so
/// that keyboard users can scroll it too. `label` is the region's name in English and German.
#[component]
pub fn TableScroll(label: (&'static str, &'static str), children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=state.t(label.0, label.1)>
            {children()}
        </div>
    }
}
