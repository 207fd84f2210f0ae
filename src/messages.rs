//! The model's errors in the interface's language. English is the errors' own text (the library API
//! speaks English); German is written here. Pure, so that both are tested natively.

use crate::format;
use crate::i18n::Lang;
use crate::model::codec::{DecodeError, Expected, ShapeKind, MAX_SCENARIO_BYTES};
use crate::model::entry::{Accepts, Refused};
use crate::model::json::{JsonError, JsonProblem};
use crate::model::library::{
    file_problem as file_problem_en, Binary, EntryProblem, EntryProblemKind, FileError,
    LibraryError, LIBRARY_VERSION, MAX_FILE_BYTES, MAX_SCENARIOS,
};
use crate::model::link::{LinkError, MAX_FRAGMENT_CHARS};
use crate::model::scenario::FORMAT_VERSION;
use crate::model::store::Event;
use crate::model::validate::{FieldError, Problem};

fn n(v: f64) -> String {
    if v.is_finite() {
        format::plain(v, "de")
    } else {
        "keine Zahl".into()
    }
}

fn int(v: usize) -> String {
    format::number(v as f64, 0, "de")
}

pub fn problem(p: &Problem, l: Lang) -> String {
    if l == Lang::En {
        return p.to_string();
    }
    match p {
        Problem::Shape(kind) => shape(kind, l),
        Problem::PartOfOne { max, got } => format!(
            "muss 0 oder eine ganze Zahl von 1 bis {} sein (war {})",
            n(*max),
            n(*got)
        ),
        Problem::Range { min, max, got } => {
            format!(
                "muss eine Zahl von {} bis {} sein (war {})",
                n(*min),
                n(*max),
                n(*got)
            )
        }
        Problem::NotWhole { min, max, got } => format!(
            "muss eine ganze Zahl von {} bis {} sein (war {})",
            n(*min),
            n(*max),
            n(*got)
        ),
        Problem::AxisRange {
            axis,
            min,
            max,
            got,
        } => format!(
            "muss für die Achse {axis} eine Zahl von {} bis {} sein (war {})",
            n(*min),
            n(*max),
            n(*got)
        ),
        Problem::TextLength { max_chars } => format!("muss 1 bis {max_chars} Zeichen lang sein"),
        Problem::Version { expected, got } => format!("muss {expected} sein (war {got})"),
        Problem::Currency { got } => {
            format!("muss ein dreistelliger ISO-4217-Code wie USD oder EUR sein (war \"{got}\")")
        }
        Problem::Locale { got } => format!("muss \"en\" oder \"de\" sein (war \"{got}\")"),
        Problem::TooManyPlans { max, got } => {
            format!("darf höchstens {max} Tarife enthalten (waren {got})")
        }
        Problem::TooManySpikes { max, got } => {
            format!("darf höchstens {max} Spitzen enthalten (waren {got})")
        }
        Problem::AfterLastMonth { months, got } => format!(
            "muss ein Monat von 1 bis {} sein (die Monate voraus; war {})",
            n(*months),
            n(*got)
        ),
        Problem::TooLong { max_chars, got } => format!(
            "darf höchstens {} Zeichen lang sein (war {})",
            n(*max_chars as f64),
            n(*got as f64)
        ),
        Problem::TooManyMonths { max, got } => {
            format!("darf höchstens {max} Monate enthalten (waren {got})")
        }
        Problem::MonthFormat { got } => {
            format!("muss ein Monat in der Form JJJJ-MM sein, etwa 2026-03 (war \"{got}\")")
        }
        Problem::MonthOrder { previous, got } => format!(
            "muss nach dem Monat davor kommen, {previous} (war {got}): eine Historie beginnt mit dem ältesten Monat, jeden Monat einmal"
        ),
        Problem::CapBelowFee { fee, got } => format!(
            "muss mindestens die Monatsgebühr der KI sein, {}, oder null für keine Obergrenze (war {})",
            n(*fee),
            n(*got)
        ),
        Problem::Bounds {
            low,
            high,
            value,
            min,
            max,
        } => format!(
            "muss von einem niedrigen bis zu einem hohen Wert um den Wert des Szenarios {} reichen, innerhalb von {} bis {} (war {} bis {})",
            n(*value),
            n(*min),
            n(*max),
            n(*low),
            n(*high)
        ),
    }
}

/// A name typed into the header or a plan that breaks the name rule (`validate::name_problem`).
pub fn name_refused(of_plan: bool, max_chars: usize, l: Lang) -> String {
    match (of_plan, l) {
        (false, Lang::En) => format!(
            "A scenario name needs 1 to {max_chars} characters; the last valid name is kept."
        ),
        (false, Lang::De) => format!(
            "Ein Szenarioname braucht 1 bis {max_chars} Zeichen; der letzte gültige Name bleibt."
        ),
        (true, Lang::En) => {
            format!("A plan name needs 1 to {max_chars} characters; the last valid name is kept.")
        }
        (true, Lang::De) => format!(
            "Ein Tarifname braucht 1 bis {max_chars} Zeichen; der letzte gültige Name bleibt."
        ),
    }
}

pub fn field_error(e: &FieldError, l: Lang) -> String {
    format!("{}: {}", e.path, problem(&e.problem, l))
}

fn shape(kind: &ShapeKind, l: Lang) -> String {
    if l == Lang::En {
        return kind.to_string();
    }
    match kind {
        ShapeKind::WrongType { expected } => {
            let what = match expected {
                Expected::Number => "eine Zahl",
                Expected::WholeNumber => "eine ganze Zahl",
                Expected::Boolean => "true oder false",
                Expected::Text => "Text",
                Expected::Object => "ein Objekt",
                Expected::List => "eine Liste",
            };
            format!("hat den falschen Typ: erwartet wird {what}")
        }
        ShapeKind::UnknownField(name) => format!("unbekanntes Feld `{name}`"),
        ShapeKind::UnknownValue(value) => format!("unbekannter Wert `{value}`"),
        ShapeKind::MissingField(name) => format!("fehlendes Feld `{name}`"),
    }
}

/// Text that is not JSON: what is wrong and where.
pub fn json_error(e: &JsonError, l: Lang) -> String {
    if l == Lang::En {
        return e.to_string();
    }
    let what = match &e.problem {
        JsonProblem::DuplicateKey(key) => format!("der Schlüssel `{key}` kommt zweimal vor"),
        JsonProblem::NumberTooLarge => "eine Zahl ist zu groß".into(),
        JsonProblem::TooDeep => "Listen oder Objekte sind zu tief verschachtelt".into(),
        JsonProblem::BadText => "ein Text enthält ein ungültiges Escape oder Zeichen".into(),
        JsonProblem::EndsEarly => "er endet, bevor der Wert vollständig ist".into(),
        JsonProblem::TrailingText => "nach dem Ende des Werts folgt noch etwas".into(),
        JsonProblem::Syntax => {
            "das ist keine JSON-Syntax (auch NaN, Infinity und Kommentare sind kein JSON)".into()
        }
    };
    format!(
        "kein gültiges JSON: {what} (Zeile {}, Spalte {})",
        e.line, e.column
    )
}

pub fn decode_error(e: &DecodeError, l: Lang) -> String {
    if l == Lang::En {
        return e.to_string();
    }
    match e {
        DecodeError::TooLarge { bytes } => format!(
            "das Szenario ist {} Byte groß, mehr als die {} Byte, die ein Szenario haben darf",
            int(*bytes),
            int(MAX_SCENARIO_BYTES)
        ),
        DecodeError::NotJson(e) => json_error(e, l),
        DecodeError::NotAnObject => "kein Szenario: erwartet wird ein JSON-Objekt".into(),
        DecodeError::MissingVersion => {
            "version: fehlt; ein Szenario muss seine Formatversion angeben".into()
        }
        DecodeError::UnsupportedVersion(v) => format!(
            "version: {v} ist kein Format, das diese App lesen kann (sie liest die Versionen 1 bis {FORMAT_VERSION})"
        ),
        DecodeError::NewerVersion(v) => format!(
            "version: {v} stammt aus einer neueren Version dieser App (diese liest die Versionen 1 bis {FORMAT_VERSION}); öffnen Sie es dort oder laden Sie diese Seite neu"
        ),
        DecodeError::Invalid(errors) => errors
            .iter()
            .map(|e| field_error(e, l))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

pub fn link_error(e: &LinkError, l: Lang) -> String {
    if l == Lang::En {
        return e.to_string();
    }
    match e {
        LinkError::TooLong { chars } => format!(
            "der Link ist {} Zeichen lang, mehr als die {} Zeichen, die ein Szenario-Link haben darf",
            int(*chars),
            int(MAX_FRAGMENT_CHARS)
        ),
        LinkError::NotBase64 => "der Link ist beschädigt: seine Daten sind kein gültiges base64url".into(),
        LinkError::NotText => "der Link ist beschädigt: seine Daten sind kein UTF-8-Text".into(),
        LinkError::Scenario(d) => format!("das Szenario im Link ist ungültig: {}", decode_error(d, l)),
        LinkError::Count { count } => format!(
            "der Vergleichslink enthält {count} {}; ein Vergleich hat 2 bis {}",
            if *count == 1 { "Szenario" } else { "Szenarien" },
            crate::model::compare::MAX_COMPARED
        ),
        LinkError::Part { index, error } => {
            format!("Szenario {} des Vergleichs: {}", index + 1, link_error(error, l))
        }
    }
}

pub fn library_error(e: &LibraryError, l: Lang) -> String {
    if l == Lang::En {
        return e.to_string();
    }
    match e {
        LibraryError::NotJson => "die gespeicherten Daten sind kein gültiges JSON".into(),
        LibraryError::NotAnObject => {
            "die gespeicherten Daten sind keine Liste von Szenarien".into()
        }
        LibraryError::NoVersion => "die gespeicherten Daten haben keine Version".into(),
        LibraryError::UnsupportedVersion(v) => format!(
            "die gespeicherten Daten haben Version {v}, die diese Version der App nicht lesen kann"
        ),
        LibraryError::NoList => "die gespeicherten Daten enthalten keine Szenarioliste".into(),
    }
}

pub fn entry_problem(p: &EntryProblem, l: Lang) -> String {
    if l == Lang::En {
        return p.to_string();
    }
    let name = p
        .name
        .as_ref()
        .map(|name| format!(" (\u{201c}{name}\u{201d})"))
        .unwrap_or_default();
    let i = p.index;
    match &p.kind {
        EntryProblemKind::BadId => {
            format!("gespeichertes Szenario {i} hat eine fehlende oder doppelte ID")
        }
        EntryProblemKind::NoData => {
            format!("gespeichertes Szenario {i} enthält keine Szenariodaten")
        }
        EntryProblemKind::Unreadable(e) => format!(
            "gespeichertes Szenario {i}{name} konnte nicht gelesen werden: {}",
            decode_error(e, l)
        ),
        EntryProblemKind::TooMany => {
            format!("nur die ersten {MAX_SCENARIOS} gespeicherten Szenarien werden behalten")
        }
    }
}

pub fn file_problem(index: usize, e: &DecodeError, l: Lang) -> String {
    match l {
        Lang::En => file_problem_en(index, e),
        Lang::De => format!("Szenario {index} der Datei: {}", decode_error(e, l)),
    }
}

pub fn file_error(e: &FileError, l: Lang) -> String {
    if l == Lang::En {
        return e.to_string();
    }
    match e {
        FileError::TooLarge { bytes } => format!(
            "die Datei ist {} Byte groß, mehr als die {} Byte, die eine Szenariodatei haben darf",
            int(*bytes),
            int(MAX_FILE_BYTES)
        ),
        FileError::NotJson(e) => format!("die Datei ist {}", json_error(e, l)),
        FileError::BundleVersion(None) => "die Szenarioliste der Datei hat keine Version".into(),
        FileError::BundleVersion(Some(v)) => format!(
            "die Szenarioliste der Datei hat die Version {v}, die diese App nicht liest (sie liest {LIBRARY_VERSION})"
        ),
        FileError::Empty => "die Szenarioliste der Datei ist leer".into(),
        FileError::TooMany { count } => format!(
            "die Datei enthält {} Szenarien, mehr als die {MAX_SCENARIOS}, die die App behält",
            int(*count)
        ),
        FileError::Scenario(d) => decode_error(d, l),
        FileError::NotText(what) => format!(
            "die Datei ist {}, keine Szenariodatei (JSON-Text)",
            match what {
                Binary::Png => "ein PNG-Bild",
                Binary::Jpeg => "ein JPEG-Bild",
                Binary::Gif => "ein GIF-Bild",
                Binary::Pdf => "ein PDF-Dokument",
                Binary::Zip => "ein ZIP-Archiv (etwa eine Tabelle oder ein Dokument)",
                Binary::Gzip => "eine komprimierte Datei (gzip)",
                Binary::Program => "ein Programm",
                Binary::Other => "keine Textdatei",
            }
        ),
        FileError::NotUtf8 { utf16: true } => "die Datei ist UTF-16-Text ohne Byte-Order-Mark; speichern Sie sie als UTF-8 und importieren Sie sie erneut".into(),
        FileError::NotUtf8 { utf16: false } => "die Datei ist kein UTF-8-Text (vielleicht Latin-1 oder Windows-1252); speichern Sie sie als UTF-8 und importieren Sie sie erneut".into(),
        FileError::NoneValid(problems) => problems
            .iter()
            .map(|(i, e)| file_problem(*i, e, l))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// What a library command did, in one sentence (`store::Event`).
pub fn event(e: &Event, l: Lang) -> String {
    match (e, l) {
        (Event::Full, Lang::En) => format!(
            "You already have {MAX_SCENARIOS} saved scenarios, the most the app keeps. Delete one first."
        ),
        (Event::Full, Lang::De) => format!(
            "Sie haben bereits {MAX_SCENARIOS} gespeicherte Szenarien, mehr behält die App nicht. Löschen Sie zuerst eines."
        ),
        (Event::Deleted { saved, .. }, Lang::En) => {
            format!("Deleted \u{201c}{}\u{201d}.", saved.scenario.name)
        }
        (Event::Deleted { saved, .. }, Lang::De) => {
            format!("Gelöscht: \u{201c}{}\u{201d}.", saved.scenario.name)
        }
        (Event::DeletedElsewhere { saved, .. }, Lang::En) => format!(
            "\u{201c}{}\u{201d} was deleted in another tab.",
            saved.scenario.name
        ),
        (Event::DeletedElsewhere { saved, .. }, Lang::De) => format!(
            "\u{201c}{}\u{201d} wurde in einem anderen Tab gelöscht.",
            saved.scenario.name
        ),
        (Event::ChangedElsewhere, Lang::En) => {
            "This scenario was changed in another tab; you now see the latest version.".into()
        }
        (Event::ChangedElsewhere, Lang::De) => {
            "Dieses Szenario wurde in einem anderen Tab geändert; Sie sehen jetzt die neueste Fassung."
                .into()
        }
        (Event::AlreadySaved { name }, Lang::En) => {
            format!("The link shows a scenario you already have: \u{201c}{name}\u{201d}.")
        }
        (Event::AlreadySaved { name }, Lang::De) => {
            format!("Der Link zeigt ein Szenario, das Sie bereits haben: \u{201c}{name}\u{201d}.")
        }
        (Event::Opened { name }, Lang::En) => format!(
            "Opened the shared scenario \u{201c}{name}\u{201d} and added it to your scenarios."
        ),
        (Event::Opened { name }, Lang::De) => format!(
            "Geteiltes Szenario \u{201c}{name}\u{201d} geöffnet und zu Ihren Szenarien hinzugefügt."
        ),
        (Event::OpenedComparison { count, added }, Lang::En) => format!(
            "Opened a shared comparison of {count} scenarios; {added} of them were new and are now among your saved scenarios."
        ),
        (Event::OpenedComparison { count, added }, Lang::De) => format!(
            "Geteilter Vergleich von {count} Szenarien geöffnet; {added} davon waren neu und sind jetzt unter Ihren Szenarien."
        ),
    }
}

/// Why saving stopped (`storage::StorageProblem`), said once.
pub fn not_saved(unavailable: bool, l: Lang) -> String {
    match (unavailable, l) {
        (true, Lang::En) => "Your changes could not be saved (this browser does not allow it). They are kept in this tab until you close it; export your scenarios to keep them.".into(),
        (true, Lang::De) => "Ihre Änderungen konnten nicht gespeichert werden (dieser Browser erlaubt es nicht). Sie bleiben in diesem Tab erhalten, bis Sie ihn schließen; exportieren Sie Ihre Szenarien, um sie zu behalten.".into(),
        // The browser's own message is in the browser's language; say it in ours.
        (false, Lang::En) => "Your changes could not be saved: the browser's storage is full. They are kept in this tab and saved as soon as there is room again (with your next change, or when another tab frees space); a reload or closing the tab now would lose them. Free space or export your scenarios to keep them.".into(),
        (false, Lang::De) => "Ihre Änderungen konnten nicht gespeichert werden: Der Speicher des Browsers ist voll. Sie bleiben in diesem Tab erhalten und werden gespeichert, sobald wieder Platz ist (mit Ihrer nächsten Änderung oder wenn ein anderer Tab Platz schafft); ein Neuladen oder Schließen des Tabs würde sie jetzt verlieren. Schaffen Sie Platz oder exportieren Sie Ihre Szenarien, um sie zu behalten.".into(),
    }
}

/// A stored value (`chars` long) that no one could read and that there was no room to keep aside: saving
/// writes over it, so it is offered as a file.
pub fn not_kept_aside(chars: usize, l: Lang) -> String {
    let size = format::number(chars as f64 / 1000.0, 0, l.code());
    match l {
        Lang::En => format!("This browser's storage held {size} thousand characters of saved data that could not be read, and there is no room to keep a copy of them aside. Your scenarios are saved in their place; download that data now if you want to keep it (it stays available here until you close the tab)."),
        Lang::De => format!("Der Speicher dieses Browsers enthielt {size} Tausend Zeichen gespeicherter Daten, die nicht gelesen werden konnten, und es ist kein Platz, eine Kopie davon beiseitezulegen. Ihre Szenarien werden an ihrer Stelle gespeichert; laden Sie diese Daten jetzt herunter, wenn Sie sie behalten möchten (sie bleiben hier verfügbar, bis Sie den Tab schließen)."),
    }
}

/// Saving works again after it had failed.
pub fn saved_again(l: Lang) -> String {
    l.pick(
        "Saved again: there is room in the browser's storage, and every change made meanwhile is stored.",
        "Wieder gespeichert: Im Speicher des Browsers ist wieder Platz, und jede Änderung von inzwischen ist gespeichert.",
    )
    .into()
}

/// A share link that could not be opened.
pub fn link_refused(e: &LinkError, l: Lang) -> String {
    match l {
        Lang::En => format!(
            "This link could not be opened: {}. Your saved scenarios are unchanged.",
            link_error(e, l)
        ),
        Lang::De => format!(
            "Dieser Link konnte nicht geöffnet werden: {}. Ihre gespeicherten Szenarien sind unverändert.",
            link_error(e, l)
        ),
    }
}

/// What start-up found wrong with what is stored or with the link in the address. Its words are needed
/// only when something is wrong, so the page downloads them then (`ui::parts`), and the start-up keeps
/// only this.
#[derive(Clone, Debug, PartialEq)]
pub enum StartupNote {
    StorageBlocked,
    EntriesKeptAside {
        problems: Vec<EntryProblem>,
        key: String,
    },
    LibraryKeptAside {
        reason: LibraryError,
        key: String,
    },
    LibraryNotKept {
        reason: Option<LibraryError>,
        problems: Vec<EntryProblem>,
    },
    LinkRefused(LinkError),
}

impl StartupNote {
    pub fn text(&self, l: Lang) -> String {
        match self {
            StartupNote::StorageBlocked => storage_blocked(l),
            StartupNote::EntriesKeptAside { problems, key } => entries_kept_aside(problems, key, l),
            StartupNote::LibraryKeptAside { reason, key } => library_kept_aside(reason, key, l),
            StartupNote::LibraryNotKept { reason, problems } => {
                library_not_kept(reason.as_ref(), problems, l)
            }
            StartupNote::LinkRefused(e) => link_refused(e, l),
        }
    }

    /// Said in its place when its words cannot be downloaded: what matters, in a few of them.
    pub fn in_short(&self, l: Lang) -> String {
        startup_note_in_short(matches!(self, StartupNote::LinkRefused(_)), l)
    }
}

/// `StartupNote::in_short` of a refused link or of anything else. A link's is also what is said when
/// the code that reads links cannot be downloaded.
pub fn startup_note_in_short(link: bool, l: Lang) -> String {
    let text = if link {
        (
            "This link could not be opened now: part of the calculator could not be downloaded. Check the connection and reload the page; your saved scenarios are unchanged.",
            "Dieser Link konnte jetzt nicht geöffnet werden: Ein Teil des Rechners konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu; Ihre gespeicherten Szenarien sind unverändert.",
        )
    } else {
        (
            "Something in this browser's storage could not be read or written; nothing stored was overwritten. (The details could not be downloaded; check the connection and reload.)",
            "Etwas im Speicher dieses Browsers konnte nicht gelesen oder geschrieben werden; nichts Gespeichertes wurde überschrieben. (Die Einzelheiten konnten nicht geladen werden; prüfen Sie die Verbindung und laden Sie neu.)",
        )
    };
    l.pick(text.0, text.1).into()
}

/// At start-up: nothing this page writes can be kept.
pub fn storage_blocked(l: Lang) -> String {
    l.pick(
        "This browser does not let the page save (private mode, blocked or full storage). Your scenarios last until you close this tab; export them to keep them.",
        "Dieser Browser lässt die Seite nicht speichern (privater Modus, gesperrter oder voller Speicher). Ihre Szenarien bleiben bis zum Schließen des Tabs erhalten; exportieren Sie sie, um sie zu behalten.",
    )
    .into()
}

/// At start-up: the saved scenarios are shown, but nothing can be written (a full storage).
pub fn storage_full(l: Lang) -> String {
    l.pick(
        "Your saved scenarios are shown, but the browser's storage is full, so your changes stay in this tab: they are saved as soon as there is room again, and a reload or closing the tab before that would lose them. Free some space or export your scenarios to keep them.",
        "Ihre gespeicherten Szenarien werden angezeigt, aber der Speicher des Browsers ist voll; Ihre Änderungen bleiben deshalb in diesem Tab: Sie werden gespeichert, sobald wieder Platz ist, und ein Neuladen oder Schließen des Tabs vorher würde sie verlieren. Schaffen Sie Platz oder exportieren Sie Ihre Szenarien, um sie zu behalten.",
    )
    .into()
}

/// At start-up: some stored scenarios could not be read; the stored value was copied to `key`.
pub fn entries_kept_aside(problems: &[EntryProblem], key: &str, l: Lang) -> String {
    let problems: Vec<String> = problems.iter().map(|p| entry_problem(p, l)).collect();
    let problems = problems.join("; ");
    match l {
        Lang::En => format!("Some saved scenarios could not be read: {problems}. The original data was kept aside under the storage key {key}."),
        Lang::De => format!("Einige gespeicherte Szenarien konnten nicht gelesen werden: {problems}. Die ursprünglichen Daten wurden unter diesem Speicherschlüssel aufbewahrt: {key}."),
    }
}

/// At start-up: the stored library could not be read at all; it was copied to `key`.
pub fn library_kept_aside(reason: &LibraryError, key: &str, l: Lang) -> String {
    let reason = library_error(reason, l);
    match l {
        Lang::En => format!("Your saved scenarios could not be read ({reason}). They were kept aside under the storage key {key}; the calculator starts with an example."),
        Lang::De => format!("Ihre gespeicherten Szenarien konnten nicht gelesen werden ({reason}). Sie wurden unter diesem Speicherschlüssel aufbewahrt: {key}; der Rechner startet mit einem Beispiel."),
    }
}

/// At start-up: the stored library could not be read, nor copied aside, so this tab saves nothing.
pub fn library_not_kept(
    reason: Option<&LibraryError>,
    problems: &[EntryProblem],
    l: Lang,
) -> String {
    let reasons: Vec<String> = reason
        .into_iter()
        .map(|r| library_error(r, l))
        .chain(problems.iter().map(|p| entry_problem(p, l)))
        .collect();
    let reasons = reasons.join("; ");
    match l {
        Lang::En => format!("Your saved scenarios could not be read ({reasons}). They could not be copied aside either, so nothing will be saved in this tab and they stay as they are; the ones that could be read are shown."),
        Lang::De => format!("Ihre gespeicherten Szenarien konnten nicht gelesen werden ({reasons}). Sie konnten auch nicht gesichert werden; deshalb speichert dieser Tab nichts und sie bleiben unverändert. Die lesbaren werden angezeigt."),
    }
}

/// An input's range in the interface's units, percent written as everywhere else on the page: "from 0% to
/// 100%", "zwischen 0 % und 100 %".
fn range_words(a: Accepts, l: Lang) -> String {
    let unit = match (a.percent, l) {
        (false, _) => "",
        (true, Lang::En) => "%",
        (true, Lang::De) => "\u{a0}%",
    };
    let n = |v: f64| format!("{}{unit}", format::plain(a.shown(v), l.code()));
    match l {
        Lang::En => format!("from {} to {}", n(a.min), n(a.max)),
        Lang::De => format!("zwischen {} und {}", n(a.min), n(a.max)),
    }
}

/// Why the text typed into the input `label` was not taken, and what it takes.
pub fn input_refused(label: &str, why: &Refused, a: Accepts, l: Lang) -> String {
    let range = range_words(a, l);
    match (why, l) {
        (Refused::Empty, Lang::En) => format!("{label} is empty. Enter a number {range}."),
        (Refused::Empty, Lang::De) => format!("{label} ist leer. Geben Sie eine Zahl {range} ein."),
        (Refused::NotANumber(text), Lang::En) => {
            format!("{label}: \u{201c}{text}\u{201d} is not a number. Enter a number {range}.")
        }
        (Refused::NotANumber(text), Lang::De) => format!(
            "{label}: \u{201c}{text}\u{201d} ist keine Zahl. Geben Sie eine Zahl {range} ein."
        ),
        (Refused::NotWhole(text), Lang::En) => {
            format!("{label} takes whole numbers: \u{201c}{text}\u{201d} is not one.")
        }
        (Refused::NotWhole(text), Lang::De) => {
            format!("{label} nimmt nur ganze Zahlen: \u{201c}{text}\u{201d} ist keine.")
        }
        (Refused::Separators(text), Lang::En) => format!(
            "{label}: \u{201c}{text}\u{201d} is not a number as English writes it: use a point for decimals and commas only between groups of three digits (1,500.5). Enter a number {range}."
        ),
        (Refused::Separators(text), Lang::De) => format!(
            "{label}: \u{201c}{text}\u{201d} ist keine Zahl, wie sie im Deutschen geschrieben wird: Dezimalstellen nach einem Komma, Punkte nur zwischen Dreiergruppen (1.500,5). Geben Sie eine Zahl {range} ein."
        ),
        (Refused::LooksLikeAFraction(v), Lang::En) => format!(
            "{label}: did you mean {} %? Percentages are typed as percent; type {} % if you mean {} %.",
            format::plain(v * 100.0, "en"),
            format::plain(*v, "en"),
            format::plain(*v, "en")
        ),
        (Refused::LooksLikeAFraction(v), Lang::De) => format!(
            "{label}: Meinten Sie {}\u{a0}%? Prozente werden in Prozent eingegeben; geben Sie {}\u{a0}% ein, wenn Sie {}\u{a0}% meinen.",
            format::plain(v * 100.0, "de"),
            format::plain(*v, "de"),
            format::plain(*v, "de")
        ),
        (Refused::OutOfRange, Lang::En) => format!("{label} must be {range}."),
        (Refused::OutOfRange, Lang::De) => format!("{label} muss {range} liegen."),
    }
}

/// An imported file larger than a scenario file can be.
pub fn file_too_large(name: &str, l: Lang) -> String {
    match l {
        Lang::En => {
            format!("\u{201c}{name}\u{201d}: the file is larger than 5 MB, too large for scenarios")
        }
        Lang::De => {
            format!("\u{201c}{name}\u{201d}: die Datei ist größer als 5 MB, zu groß für Szenarien")
        }
    }
}

/// An imported file the browser could not read.
pub fn file_unreadable(name: &str, l: Lang) -> String {
    match l {
        Lang::En => format!("\u{201c}{name}\u{201d}: the file could not be read"),
        Lang::De => format!("\u{201c}{name}\u{201d}: die Datei konnte nicht gelesen werden"),
    }
}

/// An imported file none of whose scenarios could be used.
pub fn file_refused(name: &str, e: &FileError, l: Lang) -> String {
    let why = file_error(e, l);
    match l {
        Lang::En => format!("\u{201c}{name}\u{201d} could not be imported: {why}. Your saved scenarios are unchanged."),
        Lang::De => format!("\u{201c}{name}\u{201d} konnte nicht importiert werden: {why}. Ihre gespeicherten Szenarien sind unverändert."),
    }
}

/// What an import added, and which of the file's scenarios it could not read; `None` when there is
/// nothing to say.
pub fn imported(
    name: &str,
    added: usize,
    problems: &[(usize, DecodeError)],
    l: Lang,
) -> Option<String> {
    let head = match (l, added) {
        (_, 0) => String::new(),
        (Lang::En, 1) => format!("Imported 1 scenario from \u{201c}{name}\u{201d}."),
        (Lang::En, n) => format!("Imported {n} scenarios from \u{201c}{name}\u{201d}."),
        (Lang::De, 1) => format!("1 Szenario aus \u{201c}{name}\u{201d} importiert."),
        (Lang::De, n) => format!("{n} Szenarien aus \u{201c}{name}\u{201d} importiert."),
    };
    if problems.is_empty() {
        return (!head.is_empty()).then_some(head);
    }
    let problems: Vec<String> = problems
        .iter()
        .map(|(i, e)| file_problem(*i, e, l))
        .collect();
    let problems = problems.join("; ");
    let text = match l {
        Lang::En => format!("{head} Not imported: {problems}"),
        Lang::De => format!("{head} Nicht importiert: {problems}"),
    };
    Some(text.trim_start().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::decode;
    use crate::model::library::{decode_file, decode_library};
    use crate::model::link::decode_fragment;

    /// Words that only English messages contain.
    const ENGLISH: [&str; 8] = [
        " must ",
        " the ",
        "could not",
        "expected",
        "not valid",
        " is ",
        "file",
        "saved",
    ];

    fn assert_german(text: &str) {
        for word in ENGLISH {
            assert!(!text.contains(word), "English {word:?} in {text:?}");
        }
    }

    #[test]
    fn every_kind_of_bad_input_is_explained_in_german() {
        let cases: Vec<String> = vec![
            decode_error(&decode("nope").unwrap_err(), Lang::De),
            decode_error(&decode("[]").unwrap_err(), Lang::De),
            decode_error(&decode("{}").unwrap_err(), Lang::De),
            decode_error(&decode(r#"{"version":99}"#).unwrap_err(), Lang::De),
            decode_error(&decode(r#"{"version":1,"workload":{"tickets_per_month":"x"}}"#).unwrap_err(), Lang::De),
            decode_error(&decode(r#"{"version":1,"ratez":{}}"#).unwrap_err(), Lang::De),
            decode_error(&decode(r#"{"version":1,"platform":{"billing_unit":"minute"}}"#).unwrap_err(), Lang::De),
            decode_error(
                &decode(r#"{"version":1,"name":"","currency":"usd","locale":"fr","workload":{"tickets_per_month":-1},"chart":{"max":1}}"#)
                    .unwrap_err(),
                Lang::De,
            ),
            link_error(&decode_fragment("s=%%%").unwrap().unwrap_err(), Lang::De),
            link_error(&decode_fragment("s=__79").unwrap().unwrap_err(), Lang::De),
            link_error(&decode_fragment("s=e30").unwrap().unwrap_err(), Lang::De),
            library_error(&decode_library("x").unwrap_err(), Lang::De),
            library_error(&decode_library(r#"{"version":9}"#).unwrap_err(), Lang::De),
            file_error(&decode_file("x").unwrap_err(), Lang::De),
            file_error(&decode_file(r#"{"scenarios":[{"version":9}]}"#).unwrap_err(), Lang::De),
            decode_error(
                &decode(r#"{"version":4,"projection":{"months":6,"spikes":[{"month":9,"multiplier":2}]},
                    "uncertainty":{"ranges":{"workload.tickets_per_month":{"low":400,"high":500}}}}"#)
                    .unwrap_err(),
                Lang::De,
            ),
            decode_error(
                &decode(r#"{"version":6,"ai":{"monthly_fee":400,"monthly_cap":300}}"#).unwrap_err(),
                Lang::De,
            ),
        ];
        for text in &cases {
            assert!(!text.is_empty());
            assert_german(text);
        }
        assert!(
            cases[7].contains(
                "workload.tickets_per_month: muss eine Zahl von 0 bis 1.000.000 sein (war -1)"
            ),
            "{}",
            cases[7]
        );
    }

    #[test]
    fn every_startup_note_is_worded_in_full_and_in_short_in_both_languages() {
        let link = decode_fragment("s=%%%").unwrap().unwrap_err();
        let reason = decode_library("x").unwrap_err();
        let notes = [
            StartupNote::StorageBlocked,
            StartupNote::EntriesKeptAside {
                problems: vec![],
                key: "support-calc.backup.1".into(),
            },
            StartupNote::LibraryKeptAside {
                reason: reason.clone(),
                key: "support-calc.backup.2".into(),
            },
            StartupNote::LibraryNotKept {
                reason: Some(reason.clone()),
                problems: vec![],
            },
            StartupNote::LinkRefused(link.clone()),
        ];
        for note in &notes {
            assert_german(&note.text(Lang::De));
            assert_german(&note.in_short(Lang::De));
            assert_ne!(note.text(Lang::En), note.in_short(Lang::En), "{note:?}");
        }
        assert_eq!(notes[0].text(Lang::En), storage_blocked(Lang::En));
        assert!(notes[1].text(Lang::En).contains("support-calc.backup.1"));
        assert_eq!(
            notes[2].text(Lang::De),
            library_kept_aside(&reason, "support-calc.backup.2", Lang::De)
        );
        assert_eq!(notes[4].text(Lang::En), link_refused(&link, Lang::En));
        assert!(notes[4]
            .in_short(Lang::En)
            .starts_with("This link could not be opened now"));
        assert!(notes[1]
            .in_short(Lang::En)
            .contains("nothing stored was overwritten"));
    }

    #[test]
    fn english_is_the_errors_own_text() {
        let e = decode(r#"{"version":1,"workload":{"tickets_per_month":-5}}"#).unwrap_err();
        assert_eq!(decode_error(&e, Lang::En), e.to_string());
        assert_eq!(
            decode_error(&e, Lang::En),
            "workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)"
        );
    }

    #[test]
    fn an_inputs_message_names_the_field_and_its_range_in_the_interfaces_units() {
        use crate::model::entry::{Accepts, Refused};
        use crate::model::schema::input_at;
        let range = input_at("workload.tier1_resolution_rate")
            .and_then(|i| i.number())
            .unwrap()
            .range;
        let rate = Accepts::of(range, false);
        let label = "Tier-1 resolution rate";
        assert_eq!(
            input_refused(label, &Refused::OutOfRange, rate, Lang::En),
            "Tier-1 resolution rate must be from 0% to 100%."
        );
        assert_eq!(
            input_refused(label, &Refused::OutOfRange, rate, Lang::De),
            "Tier-1 resolution rate muss zwischen 0\u{a0}% und 100\u{a0}% liegen."
        );
        assert_eq!(
            input_refused(label, &Refused::NotANumber("x".into()), rate, Lang::En),
            "Tier-1 resolution rate: \u{201c}x\u{201d} is not a number. Enter a number from 0% to 100%."
        );
        assert_eq!(
            input_refused(label, &Refused::Empty, rate, Lang::De),
            "Tier-1 resolution rate ist leer. Geben Sie eine Zahl zwischen 0\u{a0}% und 100\u{a0}% ein."
        );
    }

    #[test]
    fn an_import_says_what_it_added_and_what_it_left_out() {
        assert_eq!(imported("a.json", 0, &[], Lang::En), None);
        assert_eq!(
            imported("a.json", 2, &[], Lang::En).as_deref(),
            Some("Imported 2 scenarios from \u{201c}a.json\u{201d}.")
        );
        let bad = (2, DecodeError::NotAnObject);
        let text = imported("a.json", 0, &[bad], Lang::En).unwrap();
        assert!(
            text.starts_with("Not imported: scenario 2 of the file:"),
            "{text}"
        );
    }
}
