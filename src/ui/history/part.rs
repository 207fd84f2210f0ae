//! The part that reads an export and shows it (`super::history_part`): the reading's progress, what was
//! read (summary, columns, the date order when the values leave it open), the months as a chart and a
//! table, what applying them would set, and the stored history once applied.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::Helpdesk;
use crate::charts::volume::{draw, Bar, VolumeInput};
use crate::format;
use crate::i18n::Lang;
use crate::model::history::{self, Month};
use crate::model::import::columns::unit_of_column;
use crate::model::import::{
    Columns, DateOrder, Dates, ImportError, Importer, Reading, TimeUnit, MAX_BYTES,
};
use crate::model::Scenario;
use crate::style::Palette;
use crate::text::{history_columns, history_sentence, join_and, month_name};
use crate::ui::chart::{fit_canvas, show_draw_result, use_chart_size};
use crate::ui::{AppState, NoticeKind, TableScroll};

/// How much of the file is read at a time: small enough that the page answers between parts (two
/// megabytes are read in about 40 ms on the bench's machine; a megabyte at a time took half as long
/// again in all, and the longest task, the table's first drawing, stayed the same).
const PART_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

#[derive(Clone, Debug, PartialEq)]
enum Failure {
    Import(ImportError),
    /// The browser could not read the file (moved, deleted, no permission).
    Unreadable,
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Idle,
    Reading { name: String, read: f64, size: f64 },
    Failed(Failure),
    Read(Arc<Reading>),
}

#[component]
pub fn HistoryPart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let helpdesk = expect_context::<Helpdesk>();
    let step = RwSignal::new(Step::Idle);
    let order = RwSignal::new(None::<DateOrder>);
    let run = StoredValue::new(0u32);

    let start = move |chosen: Option<Columns>| {
        let Some(file) = helpdesk
            .file
            .with_untracked(|f| f.as_ref().map(|f| (**f).clone()))
        else {
            return;
        };
        let id = run.get_value() + 1;
        run.set_value(id);
        order.set(None);
        let size = file.size();
        if size > MAX_BYTES as f64 {
            step.set(Step::Failed(Failure::Import(ImportError::TooLarge {
                bytes: size as u64,
            })));
            return;
        }
        let name = file.name();
        step.set(Step::Reading {
            name: name.clone(),
            read: 0.0,
            size,
        });
        leptos::task::spawn_local(async move {
            let current = move || run.try_get_value() == Some(id);
            let result = read_file(&file, chosen, |read| {
                if current() {
                    step.set(Step::Reading {
                        name: name.clone(),
                        read,
                        size,
                    });
                }
                current()
            })
            .await;
            // Cancelled, or another file chosen meanwhile: nothing of this reading is shown.
            if !current() {
                return;
            }
            step.set(match result {
                Ok(Some(reading)) => Step::Read(Arc::new(reading)),
                Ok(None) => return,
                Err(f) => Step::Failed(f),
            });
        });
    };
    // A file chosen: read it; let go (applied or cancelled): nothing more to show of it.
    Effect::new(move |_| {
        if helpdesk.file.with(Option::is_some) {
            start(None);
        } else {
            run.set_value(run.get_value() + 1);
            step.set(Step::Idle);
        }
    });
    let cancel = move |_| helpdesk.file.set(None);

    move || {
        match step.get() {
        Step::Idle => view! { <StoredHistory /> }.into_any(),
        Step::Reading { name, read, size } => {
            let l = state.l();
            let mb = |b: f64| format::number(b / 1_048_576.0, 1, l.code());
            let line = match l {
                Lang::En => format!("Reading {name}: {} of {} MB", mb(read), mb(size)),
                Lang::De => format!("{name} wird gelesen: {} von {} MB", mb(read), mb(size)),
            };
            let percent = if size > 0.0 { read / size * 100.0 } else { 100.0 };
            view! {
                <div class="history-import-box" role="status" data-testid="history-progress">
                    <p>{line}</p>
                    <progress max="100" value=format::css(percent, 1)></progress>
                    <button type="button" class="button secondary" on:click=cancel data-testid="history-cancel">
                        {state.t("Cancel", "Abbrechen")}
                    </button>
                </div>
            }
            .into_any()
        }
        Step::Failed(failure) => {
            let l = state.l();
            let message = match &failure {
                Failure::Import(e) => e.message(l),
                Failure::Unreadable => l
                    .pick(
                        "This browser could not read the file (was it moved or deleted?). Choose it again.",
                        "Dieser Browser konnte die Datei nicht lesen (wurde sie verschoben oder gelöscht?). Wählen Sie sie erneut.",
                    )
                    .into(),
            };
            let picker = match failure {
                Failure::Import(ImportError::NoDateColumn { headers }) => Some(view! {
                    <ColumnPicker headers=headers current=None on_read=Callback::new(move |c| start(Some(c))) />
                }),
                _ => None,
            };
            view! {
                <div class="history-import-box">
                    <p class="error" role="alert" data-testid="history-error">{message}</p>
                    {picker}
                    <p class="history-actions">
                        <button type="button" class="button secondary" on:click=cancel data-testid="history-cancel">
                            {state.t("Close", "Schließen")}
                        </button>
                    </p>
                </div>
            }
            .into_any()
        }
        Step::Read(reading) => view! {
            <ReadPreview reading=reading order=order on_read=Callback::new(move |c| start(Some(c))) />
        }
        .into_any(),
    }
    }
}

/// Reads the file part by part, handing the bytes read so far to `progress` after each part; stops,
/// with nothing read, when `progress` says the reading is no longer wanted.
async fn read_file(
    file: &web_sys::File,
    chosen: Option<Columns>,
    progress: impl Fn(f64) -> bool,
) -> Result<Option<Reading>, Failure> {
    let size = file.size();
    let mut importer = Importer::new(chosen);
    let mut at = 0.0;
    while at < size {
        let end = (at + PART_BYTES).min(size);
        let blob = file
            .slice_with_f64_and_f64(at, end)
            .map_err(|_| Failure::Unreadable)?;
        let buffer = JsFuture::from(blob.array_buffer())
            .await
            .map_err(|_| Failure::Unreadable)?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        importer.feed(&bytes).map_err(Failure::Import)?;
        at = end;
        if !progress(at) {
            return Ok(None);
        }
        yield_to_page().await;
    }
    importer.finish().map(Some).map_err(Failure::Import)
}

/// Lets the page paint and answer input before the next part.
async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// What was read: the summary, the columns, the date order when asked, the months, and what applying
/// them sets, with the confirmation.
#[component]
fn ReadPreview(
    reading: Arc<Reading>,
    order: RwSignal<Option<DateOrder>>,
    on_read: Callback<Columns>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let helpdesk = expect_context::<Helpdesk>();
    let asked = matches!(reading.dates, Dates::Ask { .. });
    let r = reading.clone();
    let months = Memo::new(move |_| {
        r.dates
            .built(order.get())
            .map(|b| b.months.clone())
            .unwrap_or_default()
    });
    let r = reading.clone();
    let summary = move || {
        let l = state.l();
        let built = r
            .dates
            .built(order.get())
            .or_else(|| r.dates.built(Some(DateOrder::DayFirst)));
        built
            .map(|b| r.summary(b, l))
            .unwrap_or_default()
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let r = reading.clone();
    let columns_line = move || columns_words(&r, state.l());
    let sets = move || {
        let l = state.l();
        months
            .with(|m| state.scenario.with(|s| sets_lines(s, m, l)))
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let ready = move || !months.with(Vec::is_empty);
    let apply = move |_| {
        let chosen = months.get_untracked();
        if chosen.is_empty() {
            return;
        }
        let l = state.lang.get_untracked();
        let mut done = None;
        state.edit(|s| {
            let before = s.clone();
            let d = history::apply(s, chosen);
            done = Some(applied_words(&before, s, &d, l));
        });
        // The fields show the numbers set rather than what was typed.
        state.generation.update(|g| *g += 1);
        if let Some(words) = done {
            state.notify(NoticeKind::Info, words);
        }
        helpdesk.file.set(None);
    };
    let cancel = move |_| helpdesk.file.set(None);
    let question = asked.then(|| {
        let pick = move |o: DateOrder| move |_| order.set(Some(o));
        view! {
            <fieldset class="history-order" data-testid="history-order">
                <legend>
                    {state.t(
                        "Every date could be read either way round (03/04/2026): which does your helpdesk write?",
                        "Jedes Datum lässt sich in beiden Reihenfolgen lesen (03/04/2026): welche schreibt Ihr Helpdesk?",
                    )}
                </legend>
                <label>
                    <input type="radio" name="history-order" data-testid="history-order-day"
                        prop:checked=move || order.get() == Some(DateOrder::DayFirst)
                        on:change=pick(DateOrder::DayFirst) />
                    {state.t("Day first: 03/04/2026 is 3 April", "Tag zuerst: 03/04/2026 ist der 3. April")}
                </label>
                <label>
                    <input type="radio" name="history-order" data-testid="history-order-month"
                        prop:checked=move || order.get() == Some(DateOrder::MonthFirst)
                        on:change=pick(DateOrder::MonthFirst) />
                    {state.t("Month first: 03/04/2026 is March 4", "Monat zuerst: 03/04/2026 ist der 4. März")}
                </label>
            </fieldset>
        }
    });
    let headers = reading.header.names.clone();
    let current = reading.columns.clone();
    view! {
        <section class="history-import-box" aria-labelledby="history-preview-title" data-testid="history-preview">
            <h3 id="history-preview-title">{move || crate::text::history_label(state.l())}</h3>
            <ul class="history-summary" data-testid="history-summary" aria-live="polite">{summary}</ul>
            <p class="help" data-testid="history-columns">{columns_line}</p>
            <details class="history-change-columns">
                <summary>{state.t("Read other columns", "Andere Spalten lesen")}</summary>
                <ColumnPicker headers=headers current=Some(current) on_read=on_read />
            </details>
            {question}
            <Show when=ready>
                <MonthsChart months=months.into() test_id="history-chart" />
                <MonthsTable months=months.into() test_id="history-table" />
                <p class="history-sets-title">
                    {state.t("Using these months sets:", "Diese Monate setzen:")}
                </p>
                <ul class="history-sets" data-testid="history-sets">{sets}</ul>
            </Show>
            <p class="history-actions">
                <button type="button" class="button" data-testid="history-apply"
                    prop:disabled=move || !ready() on:click=apply>
                    {state.t("Use these numbers", "Diese Zahlen verwenden")}
                </button>
                <button type="button" class="button secondary" data-testid="history-cancel" on:click=cancel>
                    {state.t("Cancel", "Abbrechen")}
                </button>
            </p>
            <p class="help">
                {state.t(
                    "Nothing changes until you use them. The file is not stored or sent; only the months above are kept.",
                    "Nichts ändert sich, bevor Sie sie verwenden. Die Datei wird weder gespeichert noch gesendet; nur die Monate oben werden behalten.",
                )}
            </p>
        </section>
    }
}

/// "Columns read: date “Created at”, replies “Replies”, first reply “First reply time in minutes”
/// (in minutes)."
fn columns_words(r: &Reading, l: Lang) -> String {
    let name = |i: Option<usize>| {
        i.and_then(|i| r.header.names.get(i))
            .map(|n| format!("“{n}”"))
    };
    let mut parts = Vec::new();
    let labels = [
        (r.columns.date, l.pick("date", "Datum")),
        (
            r.columns.count,
            l.pick("tickets per month", "Tickets pro Monat"),
        ),
        (r.columns.replies, l.pick("replies", "Antworten")),
    ];
    for (col, label) in labels {
        if let Some(n) = name(col) {
            parts.push(format!("{label} {n}"));
        }
    }
    if let Some(n) = name(r.columns.first_reply) {
        parts.push(format!(
            "{} {n} ({})",
            l.pick("first reply", "erste Antwort"),
            unit_words(r.columns.unit, l)
        ));
    }
    format!(
        "{}: {}.",
        l.pick("Columns read", "Gelesene Spalten"),
        parts.join(", ")
    )
}

fn unit_words(u: TimeUnit, l: Lang) -> &'static str {
    match u {
        TimeUnit::Milliseconds => l.pick("in milliseconds", "in Millisekunden"),
        TimeUnit::Seconds => l.pick("in seconds", "in Sekunden"),
        TimeUnit::Minutes => l.pick("in minutes", "in Minuten"),
        TimeUnit::Hours => l.pick("in hours", "in Stunden"),
    }
}

/// What applying the months sets, against the scenario's values now.
fn sets_lines(s: &Scenario, months: &[Month], l: Lang) -> Vec<String> {
    let d = history::derive(months);
    let code = l.code();
    let n = |v: f64, dec: usize| format::number(v, dec, code);
    let pct = |v: f64| format::percent(v, code);
    let mut lines = Vec::new();
    let names: Vec<String> = d.tickets_months.iter().map(|m| month_name(*m, l)).collect();
    lines.push(match (d.tickets, l) {
        (Some(t), Lang::En) => format!(
            "Tickets per month: {} → {}, the mean of {}.",
            n(s.workload.tickets_per_month, 0),
            n(t, 0),
            join_and(&names, l)
        ),
        (Some(t), Lang::De) => format!(
            "Tickets pro Monat: {} → {}, der Mittelwert von {}.",
            n(s.workload.tickets_per_month, 0),
            n(t, 0),
            join_and(&names, l)
        ),
        (None, Lang::En) => format!(
            "Tickets per month stay {}: the export holds no complete month.",
            n(s.workload.tickets_per_month, 0)
        ),
        (None, Lang::De) => format!(
            "Tickets pro Monat bleiben {}: Der Export enthält keinen vollständigen Monat.",
            n(s.workload.tickets_per_month, 0)
        ),
    });
    lines.push(match (d.replies, l) {
        (Some(r), Lang::En) => format!(
            "Replies per ticket: {} → {}.",
            n(s.workload.replies_per_ticket, 2),
            n(r, 2)
        ),
        (Some(r), Lang::De) => format!(
            "Antworten pro Ticket: {} → {}.",
            n(s.workload.replies_per_ticket, 2),
            n(r, 2)
        ),
        (None, Lang::En) => format!(
            "Replies per ticket stay {}: those months hold no replies.",
            n(s.workload.replies_per_ticket, 2)
        ),
        (None, Lang::De) => format!(
            "Antworten pro Ticket bleiben {}: Diese Monate enthalten keine Antworten.",
            n(s.workload.replies_per_ticket, 2)
        ),
    });
    let now = pct(s.projection.monthly_growth);
    lines.push(match (d.growth, d.fitted_growth) {
        (Some(g), Some(f)) => {
            // The fit's own growth, when the input's range held it.
            let held = ((g - f).abs() > 1e-12).then(|| pct(f));
            match (l, held) {
                (Lang::En, held) => format!(
                    "Ticket growth a month: {now} → {}, fitted over {} complete months{}.",
                    pct(g),
                    d.fit_months,
                    held.map(|f| format!(" (the fit gives {f}, held within the input's range)"))
                        .unwrap_or_default()
                ),
                (Lang::De, held) => format!(
                    "Ticketwachstum pro Monat: {now} → {}, angepasst über {} vollständige Monate{}.",
                    pct(g),
                    d.fit_months,
                    held.map(|f| format!(" (die Anpassung ergibt {f}, auf den Bereich der Eingabe begrenzt)"))
                        .unwrap_or_default()
                ),
            }
        }
        _ => match l {
            Lang::En => format!(
                "Ticket growth stays {now} a month: a fit needs at least {} complete months with tickets (this export has {}).",
                history::FIT_MONTHS,
                d.fit_months
            ),
            Lang::De => format!(
                "Das Ticketwachstum bleibt {now} pro Monat: Eine Anpassung braucht mindestens {} vollständige Monate mit Tickets (dieser Export hat {}).",
                history::FIT_MONTHS,
                d.fit_months
            ),
        },
    });
    lines
}

/// The notice after applying: what changed.
fn applied_words(before: &Scenario, after: &Scenario, d: &history::Derived, l: Lang) -> String {
    let months = after.history.len();
    let mut changed = Vec::new();
    let code = l.code();
    if d.tickets.is_some() && before.workload.tickets_per_month != after.workload.tickets_per_month
    {
        changed.push(format!(
            "{} {}",
            l.pick("tickets per month", "Tickets pro Monat"),
            format::number(after.workload.tickets_per_month, 0, code)
        ));
    }
    if d.replies.is_some() {
        changed.push(format!(
            "{} {}",
            l.pick("replies per ticket", "Antworten pro Ticket"),
            format::number(after.workload.replies_per_ticket, 2, code)
        ));
    }
    if d.growth.is_some() {
        changed.push(format!(
            "{} {}",
            l.pick("growth", "Wachstum"),
            format::percent(after.projection.monthly_growth, code)
        ));
    }
    let changed = if changed.is_empty() {
        String::new()
    } else {
        format!(": {}", changed.join(", "))
    };
    match l {
        Lang::En => format!("{months} months from your helpdesk are in the scenario{changed}."),
        Lang::De => format!("{months} Monate aus Ihrem Helpdesk sind im Szenario{changed}."),
    }
}

/// The columns to read, chosen by the user: the date (required), a monthly count, replies, first
/// reply time and its unit.
#[component]
fn ColumnPicker(
    headers: Vec<String>,
    current: Option<Columns>,
    on_read: Callback<Columns>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = current.unwrap_or(Columns {
        date: None,
        count: None,
        replies: None,
        replies_per_ticket: false,
        first_reply: None,
        unit: TimeUnit::Minutes,
    });
    let date = RwSignal::new(current.date);
    let count = RwSignal::new(current.count);
    let replies = RwSignal::new(current.replies);
    let first = RwSignal::new(current.first_reply);
    let unit = RwSignal::new(current.unit);
    let per_ticket = current.replies_per_ticket;
    let headers = Arc::new(headers);
    let headers_for_unit = headers.clone();
    let select = move |id: &'static str,
                       label: (&'static str, &'static str),
                       none: Option<(&'static str, &'static str)>,
                       value: RwSignal<Option<usize>>| {
        let options = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let text = if h.is_empty() {
                    format!("({} {})", state.l().pick("column", "Spalte"), i + 1)
                } else {
                    h.clone()
                };
                view! { <option value=i.to_string() selected=move || value.get() == Some(i)>{text}</option> }
            })
            .collect_view();
        let none = none.map(|(en, de)| {
            view! { <option value="" selected=move || value.get().is_none()>{state.t(en, de)}</option> }
        });
        let on_change = move |ev| {
            value.set(event_target_value(&ev).parse().ok());
        };
        view! {
            <div class="field">
                <label for=id>{state.t(label.0, label.1)}</label>
                <select id=id data-testid=id on:change=on_change>
                    {none}
                    {options}
                </select>
            </div>
        }
    };
    let on_first = move |i: Option<usize>| {
        if let Some(i) = i {
            let refs: Vec<&str> = headers_for_unit.iter().map(String::as_str).collect();
            unit.set(unit_of_column(&refs, i));
        }
    };
    Effect::new(move |prev: Option<Option<usize>>| {
        let now = first.get();
        if prev.is_some_and(|p| p != now) {
            on_first(now);
        }
        now
    });
    let units = TimeUnit::ALL
        .into_iter()
        .map(|u| {
            view! {
                <option value=u.key() selected=move || unit.get() == u>
                    {move || unit_words(u, state.l())}
                </option>
            }
        })
        .collect_view();
    let read = move |_| {
        on_read.run(Columns {
            date: date.get_untracked(),
            count: count.get_untracked(),
            replies: replies.get_untracked(),
            replies_per_ticket: per_ticket,
            first_reply: first.get_untracked(),
            unit: unit.get_untracked(),
        })
    };
    view! {
        <div class="history-columns fields" data-testid="history-column-picker">
            {select("history-col-date", ("Creation date or month", "Erstellungsdatum oder Monat"), None, date)}
            {select("history-col-count", ("Tickets per month (one row per month)", "Tickets pro Monat (eine Zeile je Monat)"), Some(("None: one row per ticket", "Keine: eine Zeile je Ticket")), count)}
            {select("history-col-replies", ("Replies per ticket", "Antworten pro Ticket"), Some(("None", "Keine")), replies)}
            {select("history-col-first", ("First reply time", "Erste Antwortzeit"), Some(("None", "Keine")), first)}
            <div class="field">
                <label for="history-col-unit">{state.t("First reply time is", "Erste Antwortzeit ist")}</label>
                <select id="history-col-unit" data-testid="history-col-unit"
                    on:change=move |ev| {
                        if let Some(u) = TimeUnit::from_key(&event_target_value(&ev)) {
                            unit.set(u);
                        }
                    }>
                    {units}
                </select>
            </div>
            <p class="history-actions">
                <button type="button" class="button" data-testid="history-read-columns"
                    prop:disabled=move || date.get().is_none() on:click=read>
                    {state.t("Read these columns", "Diese Spalten lesen")}
                </button>
            </p>
        </div>
    }
}

/// The months as a table: month, tickets, replies per ticket, first reply, partial.
#[component]
pub(crate) fn MonthsTable(months: Signal<Vec<Month>>, test_id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = move || {
        let l = state.l();
        let code = l.code();
        let head = history_columns(l)
            .into_iter()
            .map(|h| view! { <th scope="col">{h}</th> })
            .collect_view();
        let rows = months.with(|months| {
            months
                .iter()
                .map(|m| {
                    let opt = |v: Option<f64>, dec: usize| {
                        v.map_or("–".to_string(), |v| format::number(v, dec, code))
                    };
                    view! {
                        <tr class:partial=m.partial>
                            <th scope="row">{month_name(m.month, l)}</th>
                            <td>{format::number(m.tickets, 0, code)}</td>
                            <td>{opt(m.replies_per_ticket, 2)}</td>
                            <td>{opt(m.first_reply_hours, 1)}</td>
                            <td>{if m.partial { l.pick("partial", "unvollständig") } else { "" }}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <table class="table history-table" data-testid=test_id>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! { <TableScroll label=("Months from your helpdesk", "Monate aus Ihrem Helpdesk")>{table}</TableScroll> }
}

/// The months as bars (a partial month paler, outlined), with the months ahead after them when given.
#[component]
pub(crate) fn MonthsChart(
    months: Signal<Vec<Month>>,
    test_id: &'static str,
    #[prop(optional, into)] ahead: Option<Signal<Vec<f64>>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let size = use_chart_size(wrap_ref);
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let (width, dpr) = size.get();
        let dark = state.dark.get();
        let l = state.l();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if !fit_canvas(&canvas, width, dpr) {
            return;
        }
        let ahead = ahead.map(|a| a.get()).unwrap_or_default();
        months.with(|months| {
            let bars: Vec<Bar> = months
                .iter()
                .map(|m| Bar {
                    tickets: m.tickets,
                    partial: m.partial,
                })
                .collect();
            let first = months.first().map(|m| m.month);
            let x_label = move |v: f64| {
                let (Some(first), true) = (first, (v - v.round()).abs() < 1e-6) else {
                    return String::new();
                };
                month_name(first.plus(v.round() as i64), l)
            };
            let y_label = |v: f64| format::number(v, 0, l.code());
            let drawn = draw(
                canvas.clone(),
                &VolumeInput {
                    bars: &bars,
                    ahead: &ahead,
                    x_title: l.pick("Month", "Monat"),
                    x_label: &x_label,
                    y_label: &y_label,
                    palette: Palette::new(dark),
                    dark,
                    dpr,
                },
            );
            show_draw_result(drawn, &canvas, error, l);
        });
    });
    let label = move || {
        let l = state.l();
        l.pick(
            "Tickets month by month as bars, a partial month paler; the figures are in the table.",
            "Tickets Monat für Monat als Balken, ein unvollständiger Monat heller; die Zahlen stehen in der Tabelle.",
        )
    };
    view! {
        <div class="chart-wrap history-chart" node_ref=wrap_ref>
            <canvas node_ref=canvas_ref class:drawn-dark=move || state.dark.get()
                data-testid=test_id role="img" aria-label=label></canvas>
        </div>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}

/// The history in the scenario: one sentence, the months on demand, and removing them.
#[component]
fn StoredHistory() -> impl IntoView {
    let state = expect_context::<AppState>();
    let history = state.slice(|s| s.history.clone());
    let sentence = move || history.with(|h| history_sentence(h, state.l()));
    let open = RwSignal::new(false);
    let remove = move |_| {
        state.edit(|s| s.history.clear());
        state.notify(
            NoticeKind::Info,
            state
                .lang
                .get_untracked()
                .pick(
                    "The months from your helpdesk are removed; tickets, replies and growth keep their values.",
                    "Die Monate aus Ihrem Helpdesk sind entfernt; Tickets, Antworten und Wachstum behalten ihre Werte.",
                )
                .into(),
        );
    };
    move || {
        sentence().map(|line| {
            view! {
                <div class="history-stored" data-testid="history-stored">
                    <p>{line}</p>
                    <details on:toggle=move |ev| {
                        let d: web_sys::HtmlDetailsElement = event_target(&ev);
                        open.set(d.open());
                    }>
                        <summary>{state.t("Show the months", "Monate zeigen")}</summary>
                        <Show when=move || open.get()>
                            <MonthsChart months=history.into() test_id="history-stored-chart" />
                            <MonthsTable months=history.into() test_id="history-stored-table" />
                        </Show>
                    </details>
                    <button type="button" class="button secondary" data-testid="history-remove" on:click=remove>
                        {state.t("Remove the months", "Monate entfernen")}
                    </button>
                </div>
            }
        })
    }
}
