//! Split points: code a release build downloads only when it is first used.
//!
//! The release build (`make dist`: `--cfg wasm_split`, linked with relocations) turns each `split_point!`
//! into a split point of leptos's `wasm_split` (the mechanism of `#[lazy]`, which cannot report a
//! failed download), and `scripts/split.mjs` cuts every one into a WebAssembly module of its own, with the
//! code only it reaches; the service worker precaches them for offline use. Other builds (tests,
//! `cargo check`) call the same functions directly. Each split point is declared beside the view it
//! splits off (`compare`, `staffing`, `uncertainty`, `chart`, `ai`, `share`, `header`, `app`); this
//! module is a leaf that only gives them the mechanism.
//!
//! Saving is never split off: reading, writing and merging the saved scenarios are in the first load.

use std::future::Future;

use leptos::prelude::*;
pub use leptos::wasm_split::SplitLoaderError;

use super::notices::NoticeKind;
use super::AppState;

/// A part's view, built by code that a split build downloads first.
pub type Build = fn() -> AnyView;

/// `async fn $name(args) -> Result<$ret, SplitLoaderError>`, whose body (and whatever only it reaches)
/// a split build downloads on the first call.
macro_rules! split_point {
    (fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(wasm_split)]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::split::SplitLoaderError> {
            let done: $ret = $body;
            Ok(done)
        }
        #[cfg(not(wasm_split))]
        async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::split::SplitLoaderError> {
            let done: $ret = $body;
            Ok(done)
        }
    };
}
pub(crate) use split_point;

/// Awaits a split point in a task of its own and hands its result to `then`, or tells the user that
/// its code could not be downloaded.
pub fn when_downloaded<T: 'static>(
    state: AppState,
    call: impl Future<Output = Result<T, SplitLoaderError>> + 'static,
    then: impl FnOnce(T) + 'static,
) {
    when_downloaded_or(call, then, move || not_downloaded(state));
}

/// Awaits a split point in a task of its own and hands its result to `then`, or calls `failed` when
/// its code could not be downloaded.
pub fn when_downloaded_or<T: 'static>(
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
pub fn on_demand<F>(load: fn() -> F) -> impl IntoView
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
