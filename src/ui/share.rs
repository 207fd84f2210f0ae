//! Getting a scenario out of the page and into it: share link, JSON files, CSV, the chart as PNG, print.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::download::{download_text, download_url, DownloadError};
use super::file_button::FileButton;
use super::notices::NoticeKind;
use super::split::{split_point, when_downloaded};
use super::state::new_id;
use super::AppState;
use crate::messages;
use crate::model::codec::encode_pretty;
use crate::model::library::{decode_file, encode_bundle, file_text, MAX_FILE_BYTES};
use crate::model::store::Command;
use crate::model::Scenario;
use crate::sheet::results_sheet;
use crate::text::export_failed;

/// Builds the printout's parts first (the months ahead and the ranges' results are parts of their own,
/// downloaded when first shown; one built in `beforeprint` may reach the paper too late), then opens
/// the print dialog: once nothing in the results is loading or drawing, or after five seconds.
fn print_when_ready(state: AppState) {
    state.printing.set(true);
    fn ready() -> bool {
        let busy = document()
            .query_selector(
                ".results .part-loading, .results [data-testid='uncertainty-status']:not(:empty)",
            )
            .ok()
            .flatten();
        busy.is_none()
    }
    fn wait(tries: u32) {
        set_timeout(
            move || {
                if ready() || tries == 0 {
                    // Another frame, so that the charts just built are drawn.
                    request_animation_frame(|| {
                        let _ = window().print();
                    });
                } else {
                    wait(tries - 1);
                }
            },
            std::time::Duration::from_millis(50),
        );
    }
    wait(100);
}

/// A file name made from a scenario name: its letters and digits (ä, é, ß too), the rest dashes.
pub(super) fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "scenario".into()
    } else {
        stem.chars().take(60).collect()
    }
}

/// The page address with `fragment`.
pub(super) fn page_url(fragment: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{}#{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// A link shown to copy: it belongs to what `source` tracks as it was, so it is hidden once that changes.
pub(super) fn link_of(source: impl Fn() + Send + Sync + 'static) -> RwSignal<Option<String>> {
    let link = RwSignal::new(None::<String>);
    Effect::new(move |first: Option<()>| {
        source();
        if first.is_some() {
            super::clear(link);
        }
    });
    link
}

/// Tells the user that a download could not be offered, and why.
pub(super) fn report_download_error(state: AppState, e: DownloadError) {
    let l = state.lang.get_untracked();
    state.notify(NoticeKind::Error, export_failed(l.pick(e.0, e.1), l));
}

/// Puts `url` on the clipboard; `copied` learns whether the browser allowed it.
pub(super) fn copy_to_clipboard(url: String, copied: RwSignal<Option<bool>>) {
    copied.set(None);
    let clipboard = window().navigator().clipboard();
    leptos::task::spawn_local(async move {
        let ok = JsFuture::from(clipboard.write_text(&url)).await.is_ok();
        copied.set(Some(ok));
    });
}

/// What the share bar does with files: each is done by `handle_files`, whose code a split build
/// downloads on the first use.
pub enum FileAction {
    ExportScenario,
    ExportAll,
    Csv,
    Png,
    Import(Vec<web_sys::File>),
}

/// Makes the file `action` asks for and offers it, or reads the chosen files; a file that cannot be
/// offered is reported.
fn handle_files(state: AppState, action: FileAction) {
    let result = match action {
        FileAction::ExportScenario => {
            let s = state.scenario.get_untracked();
            download_text(
                &encode_pretty(&s),
                &format!("{}.json", file_stem(&s.name)),
                "application/json",
            )
        }
        FileAction::ExportAll => {
            let text = state.library.with_untracked(|lib| {
                let all: Vec<_> = lib.scenarios.iter().map(|s| &s.scenario).collect();
                encode_bundle(&all)
            });
            download_text(&text, "support-cost-scenarios.json", "application/json")
        }
        FileAction::Csv => {
            let s = state.scenario.get_untracked();
            let l = state.lang.get_untracked();
            let sheet = state.report.with_untracked(|r| {
                let ranges = state.regimes.get_untracked();
                results_sheet(
                    &s,
                    r,
                    &ranges,
                    state.reading_untracked(),
                    &super::today(l),
                    l,
                )
            });
            // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
            let csv = format!("\u{feff}{sheet}");
            download_text(&csv, &format!("{}.csv", file_stem(&s.name)), "text/csv")
        }
        FileAction::Png => {
            let name = state.scenario.with_untracked(|s| file_stem(&s.name));
            super::chart::chart_png(state)
                .and_then(|url| download_url(&url, &format!("{name}-chart.png")))
        }
        FileAction::Import(files) => {
            leptos::task::spawn_local(async move {
                for file in files {
                    import_file(&state, file).await;
                }
            });
            Ok(())
        }
    };
    if let Err(e) = result {
        report_download_error(state, e);
    }
}

split_point!(
    fn file_action(state: AppState, action: FileAction) -> () {
        handle_files(state, action)
    }
);

/// Exports or imports files (`handle_files`) once its code is there.
fn act_on_files(state: AppState, action: FileAction) {
    when_downloaded(state, file_action(state, action), |()| ());
}

/// The MIME type of an XLSX workbook.
pub(super) const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The workbook (SPEC 9): rust_xlsxwriter and the formulas are a part of their own, downloaded when a
// workbook is first asked for.
split_point!(
    fn workbook_file(state: AppState) -> () {
        let s = state.scenario.get_untracked();
        let l = state.lang.get_untracked();
        let book = state
            .report
            .with_untracked(|r| crate::workbook::book(&s, r, &super::today(l), l));
        let result = match crate::workbook::write(&book) {
            Ok(bytes) => super::download::download_bytes(
                &bytes,
                &format!("{}.xlsx", file_stem(&s.name)),
                XLSX,
            ),
            Err(_) => Err((
                "the workbook could not be written",
                "die Arbeitsmappe konnte nicht geschrieben werden",
            )),
        };
        if let Err(e) = result {
            report_download_error(state, e);
        }
    }
);

// Writing a share link, and the box that shows it, on the first "Copy link".
split_point!(
    fn share_fragment(s: Scenario) -> (String, LinkBoxView) {
        (crate::model::link::encode_fragment(&s), link_box_view)
    }
);

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let link = link_of(move || state.scenario.track());
    let copied = RwSignal::new(None::<bool>);
    // The link, and the box that shows it, are made by code downloaded on the first use
    // (`share_fragment`).
    let link_box = RwSignal::new(None::<LinkBoxView>);
    let copy_link = move |_| {
        let s = state.scenario.get_untracked();
        when_downloaded(state, share_fragment(s), move |(fragment, shown)| {
            let url = page_url(&fragment);
            link_box.set(Some(shown));
            link.set(Some(url.clone()));
            copy_to_clipboard(url, copied);
        });
    };
    // The files are made (and read) by code downloaded on the first use (`file_action`).
    let act = move |action: FileAction| act_on_files(state, action);
    let export_one = move |_| act(FileAction::ExportScenario);
    let export_all = move |_| act(FileAction::ExportAll);
    let export_csv = move |_| act(FileAction::Csv);
    let export_png = move |_| act(FileAction::Png);
    let export_xlsx = move |_| when_downloaded(state, workbook_file(state), |()| ());
    let print = move |_| print_when_ready(state);

    view! {
        <div class="share-bar" data-testid="share-bar">
            <button type="button" class="button secondary" data-testid="copy-link" on:click=copy_link>
                {state.t("Copy link", "Link kopieren")}
            </button>
            <button type="button" class="button secondary" data-testid="export-json" on:click=export_one>
                {state.t("Export scenario", "Szenario exportieren")}
            </button>
            <button type="button" class="button secondary" data-testid="export-all" on:click=export_all>
                {state.t("Export all", "Alle exportieren")}
            </button>
            <FileButton
                label=("Import…", "Importieren…")
                test_id="import"
                input_test_id="import-file"
                accept=".json,application/json"
                multiple=true
                on_files=move |files| act(FileAction::Import(files))
            />
            <button type="button" class="button secondary" data-testid="export-csv" on:click=export_csv>
                "CSV"
            </button>
            <button type="button" class="button secondary" data-testid="export-xlsx" on:click=export_xlsx>
                {state.t("Workbook", "Arbeitsmappe")}
            </button>
            <button type="button" class="button secondary" data-testid="export-png" on:click=export_png>
                {state.t("Chart as PNG", "Diagramm als PNG")}
            </button>
            <button type="button" class="button secondary" data-testid="print" on:click=print>
                {state.t("Print / PDF", "Drucken / PDF")}
            </button>
        </div>
        {move || {
            link_box
                .get()
                .map(|shown| {
                    shown(
                        link,
                        copied,
                        "share-link",
                        [
                            ("Share link:", "Link zum Teilen:"),
                            ("Link copied. Anyone who opens it gets a copy of this scenario:", "Link kopiert. Wer ihn öffnet, erhält eine Kopie dieses Szenarios:"),
                        ],
                    )
                })
        }}
    }
}

/// Shows a link just made (`LinkBox`): what the share bar gets with the code that makes its link.
pub(super) type LinkBoxView = fn(
    RwSignal<Option<String>>,
    RwSignal<Option<bool>>,
    &'static str,
    [(&'static str, &'static str); 2],
) -> AnyView;

pub(super) fn link_box_view(
    link: RwSignal<Option<String>>,
    copied: RwSignal<Option<bool>>,
    id: &'static str,
    words: [(&'static str, &'static str); 2],
) -> AnyView {
    view! { <LinkBox link=link copied=copied id=id words=words /> }.into_any()
}

/// A link just made, with whether it reached the clipboard (`copy_to_clipboard`), to copy by hand.
/// `words`: what to say before copying and once copied, in English and German.
#[component]
pub(super) fn LinkBox(
    link: RwSignal<Option<String>>,
    copied: RwSignal<Option<bool>>,
    id: &'static str,
    words: [(&'static str, &'static str); 2],
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        link.get().map(|url| {
            view! {
                <div class="share-link">
                    <label for=id>
                        {move || match copied.get() {
                            Some(true) => state.tr(words[1].0, words[1].1),
                            Some(false) => state.tr("Copy this link by hand (the browser did not allow copying):", "Kopieren Sie diesen Link von Hand (der Browser erlaubte das Kopieren nicht):"),
                            None => state.tr(words[0].0, words[0].1),
                        }}
                    </label>
                    <input id=id type="text" readonly=true data-testid=id prop:value=url />
                </div>
            }
        })
    }
}

/// Reads one chosen file and adds its scenarios; nothing saved is replaced.
async fn import_file(state: &AppState, file: web_sys::File) {
    let l = state.lang.get_untracked();
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        state.notify(NoticeKind::Error, messages::file_too_large(&name, l));
        return;
    }
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => {
            state.notify(NoticeKind::Error, messages::file_unreadable(&name, l));
            return;
        }
    };
    match file_text(&bytes).and_then(|text| decode_file(&text)) {
        Ok((scenarios, problems)) => {
            let count = scenarios.len();
            let mut added = 0;
            for s in scenarios {
                let outcome = state.run(Command::Add {
                    id: new_id(),
                    scenario: s,
                    unique_name: false,
                });
                if outcome.added() {
                    added += 1;
                }
            }
            let kind = if problems.is_empty() && added == count {
                NoticeKind::Info
            } else {
                NoticeKind::Error
            };
            if let Some(message) = messages::imported(&name, added, &problems, l) {
                state.notify(kind, message);
            }
        }
        Err(e) => {
            state.notify(NoticeKind::Error, messages::file_refused(&name, &e, l));
        }
    }
}
