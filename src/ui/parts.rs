//! The parts of the page whose code is downloaded only when they are first shown or used: the compare
//! and staffing views, the uncertainty results (once ranges are on), the chart's figures as a table
//! (once opened), the AI's workload (once it is on), the example scenarios (once one is chosen), the
//! file exports and imports, reading and writing share links, reading the saved scenarios (and
//! migrating older formats), and the words for what start-up found wrong with what is stored or with a
//! link. None of them is on the page a new visitor first sees (a first visit has nothing saved), so the
//! first load leaves their code out (and the text only they use).
//!
//! The release build (`make dist`: `--cfg wasm_split`, linked with relocations) marks each as a split
//! point (`wasm_split`, the mechanism of leptos's `#[lazy]`, which cannot report a failed download),
//! and `scripts/split.mjs` cuts every one into a WebAssembly module of its own, with the code only it
//! reaches; the service worker precaches them for offline use. Other builds (tests, `cargo check`)
//! call the same functions directly.

use std::cell::Cell;
use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::notices::NoticeKind;
use super::share::{FileAction, LinkBoxView};
use super::AppState;
use crate::i18n::Lang;
use crate::messages::StartupNote;
use crate::model::link::Linked;
use crate::model::presets::Preset;
use crate::model::Scenario;
use crate::storage::{Loaded, Reader};

/// A part's view, built by code that a split build downloads first.
type Build = fn() -> AnyView;

/// `async fn $name(args) -> Result<$ret, SplitLoaderError>`, whose body (and whatever only it reaches)
/// a split build downloads on the first call.
macro_rules! split {
    (fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(wasm_split)]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> Result<$ret, SplitLoaderError> {
            let done: $ret = $body;
            Ok(done)
        }
        #[cfg(not(wasm_split))]
        async fn $name($($arg: $ty),*) -> Result<$ret, SplitLoaderError> {
            let done: $ret = $body;
            Ok(done)
        }
    };
}

// The views hand back the function that builds them, so that the view itself is built where the part
// is mounted, like any other.
split!(
    fn compare_view() -> Build {
        || view! { <super::compare::Compare /> }.into_any()
    }
);
split!(
    fn staffing_view() -> Build {
        || view! { <super::staffing::StaffingView /> }.into_any()
    }
);
split!(
    fn uncertainty_results() -> Build {
        || view! { <super::uncertainty::UncertaintyResults /> }.into_any()
    }
);
split!(
    fn chart_figures() -> Build {
        || view! { <super::chart::ChartFigures /> }.into_any()
    }
);
split!(
    fn ai_at_work() -> Build {
        || view! { <super::ai::AiAtWork /> }.into_any()
    }
);
split!(
    fn file_action(state: AppState, action: FileAction) -> () {
        super::share::file_action(state, action)
    }
);

split!(
    fn example(p: Preset, l: Lang) -> (Scenario, &'static str) {
        (p.scenario(), crate::text::preset_driver(p, l))
    }
);

// The words for what start-up found wrong (a damaged store, a bad link): rare, so downloaded then.
split!(
    fn startup_note(note: StartupNote, l: Lang) -> String {
        note.text(l)
    }
);

/// Tells the user what start-up found wrong, in full once its words are there, or in short.
pub fn say_startup_note(state: AppState, note: StartupNote) {
    let l = state.lang.get_untracked();
    let link = matches!(note, StartupNote::LinkRefused(_));
    let say = move |text| {
        state.notify(NoticeKind::Error, text);
    };
    when_downloaded_or(startup_note(note, l), say, move || {
        say(crate::messages::startup_note_in_short(link, l))
    });
}

/// A link read from the address, and the code that opens it (`app::open_link`): it returns whether the
/// link may leave the address.
pub struct ReadLink {
    pub linked: Linked,
    pub open: fn(AppState, Linked) -> bool,
}

// Reading and opening a share or comparison link: most visits have none.
split!(
    fn link_in(fragment: String) -> Option<ReadLink> {
        crate::model::link::read_link(&fragment).map(|linked| ReadLink {
            linked,
            open: super::app::open_link,
        })
    }
);

/// Reads the link in `fragment`, once the code that reads links is there.
pub async fn read_link(fragment: String) -> Result<Option<ReadLink>, SplitLoaderError> {
    link_in(fragment).await
}

/// Reads the link in `fragment` and hands it to `then`, or says that it cannot be read now.
pub fn with_link(state: AppState, fragment: String, then: impl FnOnce(Option<ReadLink>) + 'static) {
    when_downloaded_or(link_in(fragment), then, move || link_not_downloaded(state));
}

/// A link in the address could not be opened: the code that reads it could not be downloaded.
pub fn link_not_downloaded(state: AppState) {
    let l = state.lang.get_untracked();
    state.notify(
        NoticeKind::Error,
        crate::messages::startup_note_in_short(true, l),
    );
}

// Reading and writing the saved scenarios (and keeping aside what cannot be read): downloaded at start-up
// when something is stored, otherwise with the first save; a later visit has this code from the service
// worker's cache (it precaches every part).
split!(
    fn library_reader() -> Reader {
        crate::storage::reader()
    }
);

thread_local! {
    static READER: Cell<Option<Reader>> = const { Cell::new(None) };
}

/// What start-up makes of the stored library `raw`, once the code that reads it is there.
pub async fn read_library(raw: String, writable: bool) -> Result<Loaded, SplitLoaderError> {
    let reader = load_reader().await?;
    Ok((reader.load)(&raw, writable))
}

async fn load_reader() -> Result<Reader, SplitLoaderError> {
    let reader = library_reader().await?;
    READER.set(Some(reader));
    Ok(reader)
}

/// The code that reads and writes stored libraries, if it is there: saving reads what another tab stored
/// before writing over it. In other builds than the split one, it always is.
pub fn reader_now() -> Option<Reader> {
    #[cfg(not(wasm_split))]
    return Some(crate::storage::reader());
    #[cfg(wasm_split)]
    READER.get()
}

/// Calls `then` once the code that reads and writes stored libraries is there (`reader_now` has it
/// then), or says `failed` (`messages::other_tab_unread`, `messages::save_unavailable`).
pub fn when_library_reader(
    state: AppState,
    then: impl FnOnce() + 'static,
    failed: fn(crate::i18n::Lang) -> String,
) {
    when_downloaded_or(
        load_reader(),
        move |_| then(),
        move || {
            let l = state.lang.get_untracked();
            state.notify_once(NoticeKind::Error, failed(l));
        },
    );
}

// Writing a share link, and the box that shows it, on the first "Copy link".
split!(
    fn share_fragment(s: Scenario) -> (String, LinkBoxView) {
        (
            crate::model::link::encode_fragment(&s),
            super::share::link_box_view,
        )
    }
);

/// Hands the fragment of a share link to `s`, and what shows it, to `then`, once their code is there.
pub fn with_share_fragment(
    state: AppState,
    s: Scenario,
    then: impl FnOnce((String, LinkBoxView)) + 'static,
) {
    when_downloaded(state, share_fragment(s), then);
}

/// Calls `then` with the example scenario `p` and the sentence on what drives its answer, once their
/// code is there.
pub fn with_example(
    state: AppState,
    p: Preset,
    l: Lang,
    then: impl FnOnce(Scenario, &'static str) + 'static,
) {
    when_downloaded(state, example(p, l), |(scenario, driver)| {
        then(scenario, driver)
    });
}

/// Exports or imports files (`share::file_action`) once its code is there.
pub fn act_on_files(state: AppState, action: FileAction) {
    when_downloaded(state, file_action(state, action), |()| ());
}

/// Awaits a split point in a task of its own and hands its result to `then`, or tells the user that
/// its code could not be downloaded.
fn when_downloaded<T: 'static>(
    state: AppState,
    call: impl Future<Output = Result<T, SplitLoaderError>> + 'static,
    then: impl FnOnce(T) + 'static,
) {
    when_downloaded_or(call, then, move || not_downloaded(state));
}

/// Awaits a split point in a task of its own and hands its result to `then`, or calls `failed` when
/// its code could not be downloaded.
fn when_downloaded_or<T: 'static>(
    call: impl Future<Output = Result<T, SplitLoaderError>> + 'static,
    then: impl FnOnce(T) + 'static,
    failed: impl FnOnce() + 'static,
) {
    leptos::task::spawn_local(async move {
        match call.await {
            Ok(done) => then(done),
            Err(_) => failed(),
        }
    });
}

/// Tells the user that what they asked for could not be downloaded.
fn not_downloaded(state: AppState) {
    let l = state.lang.get_untracked();
    state.notify(
        NoticeKind::Error,
        l.pick(NOT_DOWNLOADED.0, NOT_DOWNLOADED.1).to_string(),
    );
}

const NOT_DOWNLOADED: (&str, &str) = (
    "This part of the calculator could not be downloaded. Check the connection and try again; everything else keeps working.",
    "Dieser Teil des Rechners konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; alles andere funktioniert weiter.",
);

#[derive(Clone, Copy)]
enum Loading {
    Waiting,
    Ready(Build),
    Failed,
}

/// Shows the part `load` builds once its code is there. A part that cannot be downloaded (offline
/// before the page was ever fully loaded, say) says so and offers to try again; the rest of the page
/// keeps working.
fn on_demand<F>(load: fn() -> F) -> impl IntoView
where
    F: Future<Output = Result<Build, SplitLoaderError>> + 'static,
{
    let state = expect_context::<AppState>();
    let loading = RwSignal::new(Loading::Waiting);
    let fetch = move || {
        leptos::task::spawn_local(async move {
            let done = match load().await {
                Ok(build) => Loading::Ready(build),
                Err(_) => Loading::Failed,
            };
            // The part may have been left meanwhile.
            let _ = loading.try_set(done);
        })
    };
    fetch();
    move || match loading.get() {
        Loading::Waiting => Some(
            view! {
                <p class="part-loading" role="status" data-testid="part-loading">
                    {state.t("Loading…", "Wird geladen …")}
                </p>
            }
            .into_any(),
        ),
        Loading::Ready(build) => Some(build()),
        Loading::Failed => Some(
            view! {
                <p class="part-error" role="alert" data-testid="part-error">
                    {state.t(NOT_DOWNLOADED.0, NOT_DOWNLOADED.1)}
                    " "
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            loading.set(Loading::Waiting);
                            fetch();
                        }
                    >
                        {state.t("Try again", "Erneut versuchen")}
                    </button>
                </p>
            }
            .into_any(),
        ),
    }
}

#[component]
pub fn CompareView() -> impl IntoView {
    on_demand(compare_view)
}

#[component]
pub fn StaffingView() -> impl IntoView {
    on_demand(staffing_view)
}

/// Built only while ranges are on: the draws, their chart and the tornado are downloaded then.
#[component]
pub fn UncertaintyResults() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = state.slice(|s| s.uncertainty.enabled);
    view! {
        <Show when=move || on.get()>
            {on_demand(uncertainty_results)}
        </Show>
    }
}

/// The chart's figures as a table, built when it is opened.
#[component]
pub fn ChartFigures() -> impl IntoView {
    on_demand(chart_figures)
}

/// What the AI front line does at the current figures, shown while it is on.
#[component]
pub fn AiAtWork() -> impl IntoView {
    on_demand(ai_at_work)
}
