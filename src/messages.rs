//! The model's errors in the interface's language. English is the errors' own text (the library API
//! speaks English); German is written here. Pure, so that both are tested natively.

use crate::format;
use crate::i18n::Lang;
use crate::model::codec::{DecodeError, Expected, ShapeKind, MAX_SCENARIO_BYTES};
use crate::model::library::{
    file_problem as file_problem_en, EntryProblem, EntryProblemKind, FileError, LibraryError,
    MAX_FILE_BYTES, MAX_SCENARIOS,
};
use crate::model::link::{LinkError, MAX_FRAGMENT_CHARS};
use crate::model::scenario::FORMAT_VERSION;
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
        Problem::Range { min, max, got } => {
            format!(
                "muss eine Zahl von {} bis {} sein (war {})",
                n(*min),
                n(*max),
                n(*got)
            )
        }
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
        DecodeError::NotJson { line, column } => {
            format!("kein gültiges JSON (der Fehler steht in Zeile {line}, Spalte {column})")
        }
        DecodeError::NotAnObject => "kein Szenario: erwartet wird ein JSON-Objekt".into(),
        DecodeError::MissingVersion => {
            "version: fehlt; ein Szenario muss seine Formatversion angeben".into()
        }
        DecodeError::UnsupportedVersion(v) => format!(
            "version: {v} ist kein Format, das diese App lesen kann (sie liest die Versionen 1 bis {FORMAT_VERSION})"
        ),
        DecodeError::Shape { path, kind } => format!("{path}: {}", shape(kind, l)),
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
        FileError::NotJson => "die Datei ist kein gültiges JSON".into(),
        FileError::TooMany { count } => format!(
            "die Datei enthält {} Szenarien, mehr als die {MAX_SCENARIOS}, die die App behält",
            int(*count)
        ),
        FileError::Scenario(d) => decode_error(d, l),
        FileError::NoneValid(problems) => problems
            .iter()
            .map(|(i, e)| file_problem(*i, e, l))
            .collect::<Vec<_>>()
            .join("; "),
    }
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
            decode_error(&decode(r#"{"version":4}"#).unwrap_err(), Lang::De),
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
            file_error(&decode_file(r#"{"scenarios":[{"version":3}]}"#).unwrap_err(), Lang::De),
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
    fn english_is_the_errors_own_text() {
        let e = decode(r#"{"version":1,"workload":{"tickets_per_month":-5}}"#).unwrap_err();
        assert_eq!(decode_error(&e, Lang::En), e.to_string());
        assert_eq!(
            decode_error(&e, Lang::En),
            "workload.tickets_per_month: must be a number from 0 to 1,000,000 (got -5)"
        );
    }
}
