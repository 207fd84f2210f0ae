//! The interface languages. Every string of the interface is written next to its translation with
//! `Lang::pick`, so a missing translation cannot compile.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The locale code, used for number formats and stored preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the picker.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// Reads a code such as `de`, `de-AT` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The first supported language of a browser's preference list, English otherwise.
    pub fn from_preferences<'a>(codes: impl IntoIterator<Item = &'a str>) -> Lang {
        codes
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }

    pub fn pick<T>(self, en: T, de: T) -> T {
        match self {
            Lang::En => en,
            Lang::De => de,
        }
    }
}

/// A fixed text in both interface languages: the one form every label, help line and name of the
/// interface is written in, so that a missing translation cannot compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub en: &'static str,
    pub de: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, de: &'static str) -> Text {
        Text { en, de }
    }

    pub fn get(self, l: Lang) -> &'static str {
        l.pick(self.en, self.de)
    }
}

/// The product's name and what it does, in English and German. `index.html` repeats them in the header
/// it shows while the app loads (a test checks that they agree).
pub const TITLE: (&str, &str) = ("Support cost calculator", "Support-Kostenrechner");
/// The browser tab's title; index.html sets the German one before the app starts.
pub const PAGE_TITLE: (&str, &str) = (
    "Support cost calculator: do it yourself, hire, contract or outsource?",
    "Support-Kostenrechner: selbermachen, einstellen, Freelancer oder auslagern?",
);
pub const TAGLINE: (&str, &str) = (
    "Do it yourself, hire, contract or outsource tier-1 support: what each costs you a month.",
    "Selbermachen, einstellen, Freelancer oder auslagern: was Sie 1st-Level-Support im Monat kostet.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loading_header_of_index_html_says_what_the_app_says() {
        let html = include_str!("../index.html");
        assert!(html.contains(&format!("<title>{}</title>", PAGE_TITLE.0)));
        assert!(html.contains(&format!("document.title = \"{}\"", PAGE_TITLE.1)));
        for text in [TITLE.0, TITLE.1, TAGLINE.0, TAGLINE.1] {
            assert!(
                html.contains(&format!(">{text}</span>")),
                "index.html lacks {text:?}"
            );
        }
        // It reads the saved language where storage.rs (PREFS_KEY) writes it.
        assert!(html.contains("localStorage.getItem(\"support-calc.prefs\")"));
    }

    #[test]
    fn reads_browser_language_codes() {
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_preferences(["fr-FR", "de-DE", "en"]), Lang::De);
        assert_eq!(Lang::from_preferences(["fr", "es"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }
}
