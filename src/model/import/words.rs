//! What the reader says, in the page's languages: why a file cannot be read, and what was read.

use super::{Built, ImportError, Reading, Shape, Tally, Unreadable, MAX_BYTES, MAX_ROWS};
use crate::format;
use crate::i18n::Lang;
use crate::model::history::MAX_MONTHS;

fn n(v: u64, l: Lang) -> String {
    format::number(v as f64, 0, l.code())
}

/// "row 17, column “Created at”: “31/02/2026”".
fn cell(u: &Unreadable, l: Lang) -> String {
    let row = n(u.row, l);
    match (u.value.is_empty(), l) {
        (true, Lang::En) => format!("row {row}, column “{}”: empty", u.column),
        (true, Lang::De) => format!("Zeile {row}, Spalte „{}“: leer", u.column),
        (false, Lang::En) => format!("row {row}, column “{}”: “{}”", u.column, u.value),
        (false, Lang::De) => format!("Zeile {row}, Spalte „{}“: „{}“", u.column, u.value),
    }
}

impl ImportError {
    /// The message naming what is wrong (SPEC 8).
    pub fn message(&self, l: Lang) -> String {
        let mb = |b: u64| format::number(b as f64 / 1_048_576.0, 1, l.code());
        match (self, l) {
            (ImportError::TooLarge { bytes }, Lang::En) => format!(
                "This file is {} MB; the calculator reads exports of up to {} MB. Export a shorter period (the last two years are plenty).",
                mb(*bytes),
                mb(MAX_BYTES)
            ),
            (ImportError::TooLarge { bytes }, Lang::De) => format!(
                "Diese Datei hat {} MB; der Rechner liest Exporte bis {} MB. Exportieren Sie einen kürzeren Zeitraum (die letzten zwei Jahre genügen).",
                mb(*bytes),
                mb(MAX_BYTES)
            ),
            (ImportError::NotText { looks_like }, Lang::En) => match looks_like {
                Some("xlsx" | "xls") => "This file is an Excel workbook, not CSV. Open it and save it as CSV, or export CSV from your helpdesk.".into(),
                Some("pdf") => "This file is a PDF, not CSV. Export your tickets as CSV from your helpdesk.".into(),
                Some(_) => "This file is compressed, not CSV. Unpack it first and choose the CSV inside.".into(),
                None => "This file is not CSV text: it holds binary data. Export your tickets as CSV from your helpdesk.".into(),
            },
            (ImportError::NotText { looks_like }, Lang::De) => match looks_like {
                Some("xlsx" | "xls") => "Diese Datei ist eine Excel-Arbeitsmappe, kein CSV. Öffnen Sie sie und speichern Sie sie als CSV, oder exportieren Sie CSV aus Ihrem Helpdesk.".into(),
                Some("pdf") => "Diese Datei ist ein PDF, kein CSV. Exportieren Sie Ihre Tickets als CSV aus Ihrem Helpdesk.".into(),
                Some(_) => "Diese Datei ist komprimiert, kein CSV. Entpacken Sie sie zuerst und wählen Sie die CSV-Datei darin.".into(),
                None => "Diese Datei ist kein CSV-Text: Sie enthält Binärdaten. Exportieren Sie Ihre Tickets als CSV aus Ihrem Helpdesk.".into(),
            },
            (ImportError::Empty, Lang::En) => "This file is empty: it has no header row and no tickets.".into(),
            (ImportError::Empty, Lang::De) => "Diese Datei ist leer: Sie hat weder Kopfzeile noch Tickets.".into(),
            (ImportError::NoDateColumn { headers }, Lang::En) => format!(
                "No column of this file is a creation date the calculator knows (its columns: {}). Choose the column that holds each ticket's creation date, or the month.",
                list(headers)
            ),
            (ImportError::NoDateColumn { headers }, Lang::De) => format!(
                "Keine Spalte dieser Datei ist ein Erstellungsdatum, das der Rechner kennt (ihre Spalten: {}). Wählen Sie die Spalte mit dem Erstellungsdatum jedes Tickets oder dem Monat.",
                list(headers)
            ),
            (ImportError::TooManyRows, Lang::En) => format!(
                "This file has more than {} rows; the calculator reads up to {}. Export a shorter period.",
                n(MAX_ROWS, l),
                n(MAX_ROWS, l)
            ),
            (ImportError::TooManyRows, Lang::De) => format!(
                "Diese Datei hat mehr als {} Zeilen; der Rechner liest bis {}. Exportieren Sie einen kürzeren Zeitraum.",
                n(MAX_ROWS, l),
                n(MAX_ROWS, l)
            ),
            (ImportError::NoReadableRow { rows, first }, Lang::En) => {
                let at = first
                    .as_ref()
                    .map(|u| format!(" The first that could not be read: {}.", cell(u, l)))
                    .unwrap_or_default();
                format!(
                    "None of the {} rows of this file could be read.{at} Dates may be written 2026-03-04, 04.03.2026, 03/04/2026 or 2026-03 (one row per month).",
                    n(*rows, l)
                )
            }
            (ImportError::NoReadableRow { rows, first }, Lang::De) => {
                let at = first
                    .as_ref()
                    .map(|u| format!(" Die erste, die nicht gelesen werden konnte: {}.", cell(u, l)))
                    .unwrap_or_default();
                format!(
                    "Keine der {} Zeilen dieser Datei konnte gelesen werden.{at} Datumsangaben können 2026-03-04, 04.03.2026, 03/04/2026 oder 2026-03 (eine Zeile je Monat) lauten.",
                    n(*rows, l)
                )
            }
        }
    }
}

fn list(headers: &[String]) -> String {
    let shown: Vec<String> = headers.iter().take(12).map(|h| format!("“{h}”")).collect();
    let more = if headers.len() > 12 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

impl Reading {
    /// What was read, line by line (SPEC 8's summary): rows and months, rows left out with the first
    /// of them, values that could not be read, months dropped.
    pub fn summary(&self, built: &Built, l: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        let months = built.months.len() as u64;
        let partial = built.months.iter().filter(|m| m.partial).count() as u64;
        let (first, last) = match (built.months.first(), built.months.last()) {
            (Some(a), Some(b)) => (a.month.to_string(), b.month.to_string()),
            _ => (String::new(), String::new()),
        };
        let read = self.rows - built.left_out.count;
        lines.push(match (self.shape, l) {
            (Shape::PerTicket, Lang::En) => format!(
                "{} tickets read, one row each: {} {} from {first} to {last}{}.",
                n(read, l),
                n(months, l),
                if months == 1 { "month" } else { "months" },
                match partial {
                    0 => String::new(),
                    1 => ", one of them partial".into(),
                    p => format!(", {} of them partial", n(p, l)),
                }
            ),
            (Shape::PerTicket, Lang::De) => format!(
                "{} Tickets gelesen, je eine Zeile: {} {} von {first} bis {last}{}.",
                n(read, l),
                n(months, l),
                if months == 1 { "Monat" } else { "Monate" },
                match partial {
                    0 => String::new(),
                    1 => ", einer davon unvollständig".into(),
                    p => format!(", {} davon unvollständig", n(p, l)),
                }
            ),
            (Shape::PerMonth, Lang::En) => format!(
                "{} rows read, one per month: {} {} from {first} to {last}.",
                n(read, l),
                n(months, l),
                if months == 1 { "month" } else { "months" },
            ),
            (Shape::PerMonth, Lang::De) => format!(
                "{} Zeilen gelesen, eine je Monat: {} {} von {first} bis {last}.",
                n(read, l),
                n(months, l),
                if months == 1 { "Monat" } else { "Monate" },
            ),
        });
        if let Some(first) = &built.left_out.first {
            let what = match (self.shape, l) {
                (Shape::PerTicket, Lang::En) => "had no readable date",
                (Shape::PerMonth, Lang::En) => "had no readable month or ticket count",
                (Shape::PerTicket, Lang::De) => "hatten kein lesbares Datum",
                (Shape::PerMonth, Lang::De) => {
                    "hatten keinen lesbaren Monat oder keine lesbare Ticketzahl"
                }
            };
            lines.push(match l {
                Lang::En => format!(
                    "{} of {} rows {what} and were left out (the first: {}).",
                    n(built.left_out.count, l),
                    n(self.rows, l),
                    cell(first, l)
                ),
                Lang::De => format!(
                    "{} von {} Zeilen {what} und wurden ausgelassen (die erste: {}).",
                    n(built.left_out.count, l),
                    n(self.rows, l),
                    cell(first, l)
                ),
            });
        }
        for (tally, en, de) in [
            (
                &self.replies_unread,
                "had replies that could not be read; they count as tickets, without replies",
                "hatten nicht lesbare Antworten; sie zählen als Tickets, ohne Antworten",
            ),
            (
                &self.first_reply_unread,
                "had a first reply time that could not be read; they count as tickets, without it",
                "hatten eine nicht lesbare erste Antwortzeit; sie zählen als Tickets, ohne diese",
            ),
        ] {
            if let Some(line) = value_line(tally, en, de, l) {
                lines.push(line);
            }
        }
        if built.months_dropped > 0 {
            lines.push(match l {
                Lang::En => format!(
                    "Only the latest {MAX_MONTHS} months are kept: {} older ones were left out.",
                    n(built.months_dropped as u64, l)
                ),
                Lang::De => format!(
                    "Nur die letzten {MAX_MONTHS} Monate werden behalten: {} ältere wurden ausgelassen.",
                    n(built.months_dropped as u64, l)
                ),
            });
        }
        lines
    }
}

fn value_line(t: &Tally, en: &str, de: &str, l: Lang) -> Option<String> {
    let first = t.first.as_ref()?;
    Some(match l {
        Lang::En => format!(
            "{} {} {en} (the first: {}).",
            n(t.count, l),
            if t.count == 1 { "row" } else { "rows" },
            cell(first, l)
        ),
        Lang::De => format!(
            "{} {} {de} (die erste: {}).",
            n(t.count, l),
            if t.count == 1 { "Zeile" } else { "Zeilen" },
            cell(first, l)
        ),
    })
}
