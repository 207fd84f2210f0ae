//! The parts of the page whose code is downloaded only when they are first shown: the compare view, the
//! staffing view and the uncertainty results (shown once ranges are switched on). None of them is on
//! the page a new visitor first sees, so the first load leaves their code out.
//!
//! The release build (`make dist`: `--cfg wasm_split`, linked with relocations) marks each as a split
//! point (`wasm_split`, the mechanism of leptos's `#[lazy]`, which cannot report a failed download),
//! and `scripts/split.mjs` cuts every one into a WebAssembly module of its own, with the code only it
//! reaches; the service worker precaches them for offline use. Other builds (tests, `cargo check`)
//! call the same functions directly.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::AppState;

/// A part's view, built by code that a split build downloads first.
type Build = fn() -> AnyView;

/// `async fn $name() -> Result<Build, SplitLoaderError>`: the split point hands back the function that
/// builds the view, whose code (and whatever only it reaches) then lives in the part's own module. The
/// view itself is built where the part is mounted, like any other.
macro_rules! part {
    ($name:ident => $view:expr) => {
        #[cfg(wasm_split)]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<Build, SplitLoaderError> {
            Ok(|| $view.into_any())
        }
        #[cfg(not(wasm_split))]
        async fn $name() -> Result<Build, SplitLoaderError> {
            Ok(|| $view.into_any())
        }
    };
}

part!(compare_view => view! { <super::compare::Compare /> });
part!(staffing_view => view! { <super::staffing::StaffingView /> });
part!(uncertainty_results => view! { <super::uncertainty::UncertaintyResults /> });

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
    move || {
        match loading.get() {
        Loading::Waiting => None,
        Loading::Ready(build) => Some(build()),
        Loading::Failed => Some(
            view! {
                <p class="part-error" role="alert" data-testid="part-error">
                    {state.t(
                        "This part of the calculator could not be downloaded. Check the connection and try again; everything else keeps working.",
                        "Dieser Teil des Rechners konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; alles andere funktioniert weiter.",
                    )}
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
