//! Start-up and the page's frame: read what storage holds, open a share link, mount the parts.

use leptos::prelude::*;

use super::notices::NoticeKind;
use super::persist::watch_other_tabs;
use super::split::{split_point, when_downloaded_or};
use super::state::{new_id, AppState, View};
use super::{columns, header, inputs, media, notices, results, summary, Later};
use crate::i18n::{Lang, PAGE_TITLE};
use crate::messages::{self, StartupNote};
use crate::model::library::Library;
use crate::model::link::{is_link, LinkError, Linked};
use crate::model::store::{Command, Event};
use crate::model::Scenario;
use crate::storage::{self, Loaded};

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

/// Takes what storage holds (`stored`, read before the page is mounted: `start`) and decides whether the
/// app may save, with messages for anything found wrong. What is stored is always read and shown, also
/// when nothing can be written (a full quota); then it is left as it is until there is room again
/// (`App`), and the page works in memory and says so.
fn start_library(stored: FirstLibrary) -> (Library, bool, Option<StartupNote>) {
    let fresh = || Library::with(new_id(), Scenario::default());
    if !storage::present() {
        return (fresh(), false, Some(StartupNote::StorageBlocked));
    }
    let FirstLibrary { loaded, writable } = stored;
    let shown = |library: Library| {
        if library.scenarios.is_empty() {
            fresh()
        } else {
            library
        }
    };
    match loaded {
        Loaded::Empty if writable => (fresh(), true, None),
        Loaded::Empty => (fresh(), false, Some(StartupNote::StorageBlocked)),
        Loaded::Found {
            library,
            problems,
            backup,
        } => {
            let note = backup.map(|key| StartupNote::EntriesKeptAside { problems, key });
            // A full storage: what is read is safe to write back merged, once there is room.
            (shown(library), true, note)
        }
        Loaded::Unreadable { reason, backup } => (
            fresh(),
            true,
            Some(StartupNote::LibraryKeptAside {
                reason,
                key: backup,
            }),
        ),
        // What could be read is shown; nothing is written, so the stored value stays as it is.
        Loaded::UnreadableNotSaved {
            reason,
            problems,
            library,
        } => (
            library.map_or_else(fresh, shown),
            false,
            Some(StartupNote::LibraryNotKept { reason, problems }),
        ),
        // No room to keep what cannot be read aside: it is offered as a file (`App`), and saving goes on.
        Loaded::NotKeptAside { library, .. } => (library.map_or_else(fresh, shown), true, None),
        Loaded::Unavailable => (fresh(), false, None),
    }
}

/// Opens a link from the page's address: adds its scenario (or shows an identical one already saved), or
/// saves and compares its scenarios. A bad link changes nothing and says why. Returns whether the link
/// is dealt with and may leave the address: not when the library was too full to take it, so that it
/// can be opened again once the user has made room.
fn open_link(state: AppState, linked: Linked) -> bool {
    match linked {
        Linked::Comparison(decoded) => open_comparison(state, decoded),
        Linked::Scenario(Ok(scenario)) => {
            let outcome = state.run(Command::Open {
                id: new_id(),
                scenario: *scenario,
            });
            outcome.event != Some(Event::Full)
        }
        Linked::Scenario(Err(e)) => {
            say_startup_note(state, StartupNote::LinkRefused(e));
            true
        }
    }
}

/// A comparison link: its scenarios are saved (those not saved yet) and compared. False when the library
/// could not take them, so that the link stays in the address.
fn open_comparison(state: AppState, decoded: Result<Vec<Scenario>, LinkError>) -> bool {
    let scenarios = match decoded {
        Ok(scenarios) => scenarios,
        Err(e) => {
            say_startup_note(state, StartupNote::LinkRefused(e));
            return true;
        }
    };
    let ids = scenarios.iter().map(|_| new_id()).collect();
    let outcome = state.run(Command::OpenComparison {
        ids,
        scenarios: scenarios.clone(),
    });
    if outcome.event == Some(Event::Full) {
        return false;
    }
    let picked = state
        .library
        .with_untracked(|lib| scenarios.iter().filter_map(|s| lib.id_of(s)).collect());
    state.compare_pick.set(Some(picked));
    state.view.set(View::Compare);
    true
}

// The words for what start-up found wrong (a damaged store, a bad link): rare, so downloaded then.
split_point!(
    fn startup_note(note: StartupNote, l: Lang) -> String {
        note.text(l)
    }
);

/// Tells the user what start-up found wrong, in full once its words are there, or in short.
fn say_startup_note(state: AppState, note: StartupNote) {
    let l = state.lang.get_untracked();
    let link = matches!(note, StartupNote::LinkRefused(_));
    let say = move |text| {
        state.notify(NoticeKind::Error, text);
    };
    when_downloaded_or(startup_note(note, l), say, move || {
        say(messages::startup_note_in_short(link, l))
    });
}

/// A link read from the address, and the code that opens it (`open_link`, in the link's part): it
/// returns whether the link may leave the address.
struct ReadLink {
    linked: Linked,
    open: fn(AppState, Linked) -> bool,
}

// Reading and opening a share or comparison link: most visits have none.
split_point!(
    fn read_link(fragment: String) -> Option<ReadLink> {
        crate::model::link::read_link(&fragment).map(|linked| ReadLink {
            linked,
            open: open_link,
        })
    }
);

/// Reads the link in `fragment` and hands it to `then`, or says that it cannot be read now.
fn with_link(state: AppState, fragment: String, then: impl FnOnce(Option<ReadLink>) + 'static) {
    when_downloaded_or(read_link(fragment), then, move || {
        link_not_downloaded(state)
    });
}

/// A link in the address could not be opened: the code that reads it could not be downloaded.
fn link_not_downloaded(state: AppState) {
    let l = state.lang.get_untracked();
    state.notify(NoticeKind::Error, messages::startup_note_in_short(true, l));
}

/// The link in the address at start-up, read before the page is mounted (`start`), so that the page
/// opens on it rather than on the saved scenario first.
enum FirstLink {
    Read(Option<ReadLink>),
    /// The code that reads links could not be downloaded.
    NotDownloaded,
}

/// The saved scenarios at start-up and whether storage takes writes (probed once, by writing).
struct FirstLibrary {
    loaded: Loaded,
    writable: bool,
}

impl FirstLibrary {
    /// Reads what storage holds; a value that cannot be read is kept aside first (`storage::load_library`).
    fn read() -> FirstLibrary {
        let writable = storage::writable();
        let loaded =
            storage::stored_library().unwrap_or_else(|raw| storage::load_library(&raw, writable));
        FirstLibrary { loaded, writable }
    }
}

thread_local! {
    static FIRST_LINK: std::cell::RefCell<Option<FirstLink>> = const { std::cell::RefCell::new(None) };
}

/// Starts the calculator. A link in the address is read first, by code downloaded for it
/// (`read_link`): most visits have none, and one that has opens on it rather than on the saved
/// scenario first.
pub fn start() {
    let hash = window().location().hash().unwrap_or_default();
    match is_link(&hash).then_some(hash) {
        Some(hash) => wasm_bindgen_futures::spawn_local(read_first_link(hash)),
        None => leptos::mount::mount_to_body(App),
    }
}

/// Reads the link `hash` and mounts the page.
async fn read_first_link(hash: String) {
    let first = match read_link(hash).await {
        Ok(linked) => FirstLink::Read(linked),
        Err(_) => FirstLink::NotDownloaded,
    };
    FIRST_LINK.with(|f| *f.borrow_mut() = Some(first));
    leptos::mount::mount_to_body(App);
}

/// A share link opened in this tab, now or later.
fn watch_links(state: AppState) {
    let take = move |read: Option<ReadLink>| {
        if read.is_some_and(|read| (read.open)(state, read.linked)) {
            // Forget the fragment, so that a reload does not open the link again.
            let location = window().location();
            if let Ok(history) = window().history() {
                let path = location.pathname().unwrap_or_default()
                    + &location.search().unwrap_or_default();
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
            }
        }
    };
    let read_current_link = move || {
        let hash = window().location().hash().unwrap_or_default();
        if is_link(&hash) {
            with_link(state, hash, take);
        }
    };
    match FIRST_LINK.with(|f| f.borrow_mut().take()) {
        Some(FirstLink::Read(linked)) => take(linked),
        // The link stays in the address, to be opened by a reload.
        Some(FirstLink::NotDownloaded) => link_not_downloaded(state),
        None => read_current_link(),
    }
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| read_current_link());
    on_cleanup(move || on_hash.remove());
}

#[component]
pub fn App() -> impl IntoView {
    let lang = storage::saved_lang().unwrap_or_else(browser_lang);
    let stored = FirstLibrary::read();
    let nothing_stored = matches!(stored.loaded, Loaded::Empty);
    let full = !stored.writable && matches!(stored.loaded, Loaded::Found { .. });
    let not_kept = match &stored.loaded {
        Loaded::NotKeptAside { raw, .. } => Some(raw.clone()),
        _ => None,
    };
    let (library, saving, startup_note) = start_library(stored);
    let state = AppState::new(library, lang, saving);
    provide_context(state);
    media::watch_color_scheme(state.dark);
    media::watch_print(state.printing);
    if let Some(note) = startup_note {
        say_startup_note(state, note);
    }
    if let Some(raw) = not_kept {
        state.offer_not_kept(raw);
    }
    if full {
        state.wait_for_room();
    } else if !nothing_stored {
        // A library read from storage is saved back at once (in the current format). A first visit
        // has nothing to save until its first change.
        state.persist_soon();
    }
    watch_other_tabs(state);
    watch_links(state);

    // `?debug-panic` stops the app on purpose, to test the panic banner against a real build.
    if window()
        .location()
        .search()
        .unwrap_or_default()
        .contains("debug-panic")
    {
        leptos::task::spawn_local(async { panic!("panic requested with ?debug-panic") });
    }

    // The document's language and the tab's title follow the interface.
    Effect::new(move |_| {
        let l = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
        document().set_title(l.pick(PAGE_TITLE.0, PAGE_TITLE.1));
    });

    view! {
        // The header, then the rest, each in a part of its own (`Later`): the start-up task only reads
        // the saved scenarios.
        <Later>
            <header::Header />
        </Later>
        <Later>
            <notices::Notices />
            {move || match state.view.get() {
                View::Compare => view! { <super::compare::CompareView /> }.into_any(),
                View::Staffing => view! { <super::staffing::StaffingView /> }.into_any(),
                View::Calculator => view! {
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
                        <columns::OptionInputs />
                    </div>
                    <div class="summary-space" aria-hidden="true"></div>
                    <Later>
                        <summary::Summary />
                    </Later>
                </main>
                }
                .into_any(),
            }}
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
