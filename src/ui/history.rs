//! The founder's own numbers (SPEC 8): a helpdesk's CSV export read in the browser, part by part, into
//! a monthly history; its table and chart shown with what applying it would set; and, on
//! confirmation, the history stored in the scenario and tickets, replies and growth set from it.
//!
//! The first load holds only the button and its file input (`HelpdeskImport`); the reader, the
//! preview and the stored history's view are a part of their own (`history_part`). The file is read
//! with `Blob.slice` a few megabytes at a time, yielding to the page between parts, and only the
//! monthly sums are kept; the file itself is let go once read, applied or cancelled.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::file_button::FileButton;
use super::split::{on_demand, split_point, Build};
use super::AppState;

/// The file chosen and not yet applied or cancelled.
#[derive(Clone, Copy)]
pub struct Helpdesk {
    pub file: RwSignal<Option<SendWrapper<web_sys::File>>>,
}

/// The button that reads a helpdesk's export, and what it says about the file; below it, once a file
/// is chosen or a history is stored, the part that reads and shows it.
#[component]
pub fn HelpdeskImport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let file = RwSignal::new(None::<SendWrapper<web_sys::File>>);
    provide_context(Helpdesk { file });
    let stored = state.slice(|s| !s.history.is_empty());
    // The part, once a file is chosen or while the scenario holds months.
    let wanted = Memo::new(move |_| file.with(Option::is_some) || stored.get());
    // Only the first file of a choice: the input takes one.
    let on_files = move |files: Vec<web_sys::File>| {
        if let Some(f) = files.into_iter().next() {
            file.set(Some(SendWrapper::new(f)));
        }
    };
    view! {
        <div class="helpdesk-import">
            <FileButton
                label=("Read your helpdesk's export…", "Helpdesk-Export lesen …")
                test_id="import-history-button"
                input_test_id="import-history"
                accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
                on_files=on_files
            />
            <p class="help">
                {state.t(
                    "Never uploaded: only the monthly figures are kept.",
                    "Nie hochgeladen: nur die Monatszahlen werden behalten.",
                )}
            </p>
        </div>
        {move || wanted.get().then(|| on_demand(history_part))}
    }
}

// Reading an export, its preview and the stored history: downloaded when a file is first chosen, or
// with a scenario that holds a history.
split_point!(
    fn history_part() -> Build {
        || view! { <part::HistoryPart /> }.into_any()
    }
);

pub(super) mod part;
