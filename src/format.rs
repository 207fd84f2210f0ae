//! Numbers as a finance tool writes them (SPEC 7): the locale's separators, the currency's symbol, and no
//! more decimals than mean something. Pure functions, so the page and the tests format alike.

/// Separators of a locale: (thousands, decimal).
fn separators(locale: &str) -> (char, char) {
    match locale {
        "de" => ('.', ','),
        _ => (',', '.'),
    }
}

/// Minor units of a currency: JPY has none.
pub fn currency_decimals(currency: &str) -> usize {
    match currency {
        "JPY" | "KRW" | "ISK" | "CLP" | "VND" => 0,
        _ => 2,
    }
}

/// The symbol a reader of `locale` expects for `currency`, or the code itself.
pub fn currency_symbol(currency: &str, locale: &str) -> String {
    let symbol = match (currency, locale) {
        ("USD", "de") => "$",
        ("USD", _) => "$",
        ("EUR", _) => "€",
        ("GBP", _) => "£",
        ("CAD", _) => "CA$",
        ("AUD", _) => "A$",
        ("INR", _) => "₹",
        ("BRL", _) => "R$",
        ("JPY", _) => "¥",
        (code, _) => code,
    };
    symbol.to_string()
}

/// `v` with `decimals` decimals and the locale's separators.
pub fn number(v: f64, decimals: usize, locale: &str) -> String {
    let (thousands, decimal) = separators(locale);
    let v = if v.is_finite() { v } else { 0.0 };
    // Half away from zero, as money is rounded (format! alone rounds 12.5 to "12").
    let digits = fixed_digits(v.abs(), decimals);
    let (int_part, frac) = digits.split_at(digits.len() - decimals);
    let frac = (decimals > 0).then_some(frac);
    let mut out = String::new();
    // A value that rounds to zero is written without a minus sign.
    if v < 0.0 && digits.bytes().any(|c| c != b'0') {
        out.push('-');
    }
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// The digits of `v` (finite, not negative) rounded half away from zero to `decimals` decimals, without
/// the decimal point: at least `decimals + 1` of them ("0125" for 1.25 with three decimals).
fn fixed_digits(v: f64, decimals: usize) -> String {
    let scale = 10f64.powi(decimals as i32);
    format!("{:.*}", decimals, (v * scale).round() / scale).replace('.', "")
}

/// An amount of money with exactly `decimals` decimals.
pub fn money_with(v: f64, decimals: usize, currency: &str, locale: &str) -> String {
    let digits = number(v, decimals, locale);
    let symbol = currency_symbol(currency, locale);
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", digits),
    };
    if locale == "de" {
        format!("{sign}{digits}\u{a0}{symbol}")
    } else if symbol.chars().all(|c| c.is_ascii_uppercase()) {
        format!("{sign}{symbol}\u{a0}{digits}")
    } else {
        format!("{sign}{symbol}{digits}")
    }
}

/// The decimals of a monthly total (and of the lines that add up to it): whole units from 1,000 up,
/// cents below. 999.995 is where cents would round up to 1,000.00.
pub fn total_decimals(total: f64, currency: &str) -> usize {
    if total.abs() >= 999.995 {
        0
    } else {
        currency_decimals(currency)
    }
}

/// A monthly total: whole units from 1,000 up, cents below.
pub fn money_total(v: f64, currency: &str, locale: &str) -> String {
    money_with(v, total_decimals(v, currency), currency, locale)
}

/// A unit price (per ticket, per reply, per hour): always with cents.
pub fn money_precise(v: f64, currency: &str, locale: &str) -> String {
    money_with(v, currency_decimals(currency), currency, locale)
}

/// An axis label: whole units, shortened to thousands ("12k") from 10,000 up and to millions ("30M") from
/// 1,000,000 up.
pub fn money_axis(v: f64, currency: &str, locale: &str) -> String {
    // `v` in units of `scale`, with one decimal where it is not whole: "$12k", "2,5 Mio. €".
    let shortened = |scale: f64, en: &str, de: &str| {
        let n = number(v / scale, if v % scale == 0.0 { 0 } else { 1 }, locale);
        let symbol = currency_symbol(currency, locale);
        if locale == "de" {
            format!("{n}\u{a0}{de}\u{a0}{symbol}")
        } else {
            format!("{symbol}{n}{en}")
        }
    };
    // Millions, as the axis of a chart up to a million tickets needs: "$30M", not "$30,000k".
    if v.abs() >= 1_000_000.0 {
        shortened(1e6, "M", "Mio.")
    } else if v.abs() >= 10_000.0 {
        shortened(1e3, "k", "Tsd.")
    } else {
        money_with(v, 0, currency, locale)
    }
}

/// Hours with one decimal.
pub fn hours(v: f64, locale: &str) -> String {
    format!("{}\u{a0}h", number(v, 1, locale))
}

/// A fraction as a percentage, with one decimal only where it matters.
pub fn percent(fraction: f64, locale: &str) -> String {
    let p = fraction * 100.0;
    let decimals = if (p - p.round()).abs() < 0.05 { 0 } else { 1 };
    let sep = if locale == "de" { "\u{a0}" } else { "" };
    format!("{}{sep}%", number(p, decimals, locale))
}

/// A count such as tickets or replies: whole when whole, else one decimal.
pub fn count(v: f64, locale: &str) -> String {
    let decimals = if (v - v.round()).abs() < 0.05 { 0 } else { 1 };
    number(v, decimals, locale)
}

/// A number with the locale's separators and no trailing zeros (up to 4 decimals), for ranges in messages.
pub fn plain(v: f64, locale: &str) -> String {
    in_words(v, 4, locale)
}

/// A number as a message states it: the locale's separators, at most `decimals` decimals and no
/// trailing zeros; from 10^15, far beyond any input's range, in short scientific form ("1e308",
/// "2,5e20" in German) rather than every one of its digits.
pub fn in_words(v: f64, decimals: usize, locale: &str) -> String {
    if v.is_finite() && v.abs() >= 1e15 {
        let mut exponent = v.abs().log10().floor() as i32;
        let mut mantissa = v / 10f64.powi(exponent);
        // 9.9996e20 would read 10e20.
        if mantissa.abs() >= 9.9995 {
            mantissa /= 10.0;
            exponent += 1;
        }
        return format!("{}e{exponent}", trimmed(mantissa, 3, locale));
    }
    trimmed(v, decimals, locale)
}

/// `v` with the locale's separators and at most `decimals` decimals, without trailing zeros; fewer
/// decimals where more would go past 15 significant digits, which an f64 does not hold.
pub fn trimmed(v: f64, decimals: usize, locale: &str) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let whole_digits = fixed_digits(v.abs().trunc(), 0).len();
    let text = number(
        v,
        decimals.min(15usize.saturating_sub(whole_digits)),
        locale,
    );
    let (_, decimal) = separators(locale);
    if text.contains(decimal) {
        text.trim_end_matches('0')
            .trim_end_matches(decimal)
            .to_string()
    } else {
        text
    }
}

/// `v` as CSS and SVG write numbers (lengths, coordinates, opacities): a point, no grouping, at most
/// `decimals` decimals and no trailing zeros (where `format!("{v}")` would write 0.30000000000000004).
pub fn css(v: f64, decimals: usize) -> String {
    trimmed(v, decimals, "en").replace(',', "")
}

/// A number as an input shows it, the way `locale` writes numbers: grouped thousands, the locale's
/// decimal separator, up to 4 decimals, no trailing zeros ("1,500.5", "1.500,5").
pub fn input_value(v: f64, locale: &str) -> String {
    // `number` writes no minus sign before a value that rounds to zero, so there is no "-0".
    trimmed(v, 4, locale)
}

/// Why typed text is not a number as the interface's language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misread {
    /// Not a number at all.
    NotANumber,
    /// Digits and separators, but not as this language writes them ("1.5" in German, "1,5" in
    /// English): refused rather than guessed.
    Separators,
}

/// Reads a number the way `locale` writes it: English "1,500.5", German "1.500,5"; spaces and
/// apostrophes may group thousands too, and a trailing "%" is allowed. A separator where the language
/// would not put it is refused, never guessed: in German "1.500" is 1,500 and "1.5" is refused; in
/// English "1,500" is 1,500 and "1,5" is refused.
pub fn parse_number(text: &str, locale: &str) -> Result<f64, Misread> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'))
    {
        return Err(Misread::NotANumber);
    }
    let (group, decimal_sep) = separators(locale);
    let (whole, fraction) = match cleaned.split_once(decimal_sep) {
        Some((w, f)) => (w, Some(f)),
        None => (cleaned.as_str(), None),
    };
    // The fraction holds no separator of either kind, and groups are of three digits after the first.
    if fraction.is_some_and(|f| f.contains(['.', ','])) {
        return Err(Misread::Separators);
    }
    if whole.contains(group) && !groups_thousands(whole, group) {
        return Err(Misread::Separators);
    }
    let plain = match fraction {
        Some(f) => format!("{}.{f}", whole.replace(group, "")),
        None => whole.replace(group, ""),
    };
    decimal(&plain)
        .filter(|v| v.is_finite())
        .ok_or(Misread::NotANumber)
}

/// Reads "-12.5", "+3", ".5" or "7.": digits with at most one point. Once the text is a plain decimal
/// ("-12.5", "3", "0.5", "7"), `exact` converts it to the nearest `f64`.
fn decimal(text: &str) -> Option<f64> {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    };
    let plain = if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    };
    Some(exact(&plain))
}

/// The `f64` nearest to a plain decimal such as "-12.5": in the browser its own number reader
/// (`Number.parseFloat`, correctly rounded as ECMAScript requires), elsewhere the standard library's.
// size: kept, with the first load at its ceiling: `str::parse::<f64>` would add its table of powers of
// five (13 KB with brotli) to the first load; the browser's reader is as exact (a browser test compares
// them bit for bit on 20,000 cases).
#[cfg(target_arch = "wasm32")]
fn exact(plain: &str) -> f64 {
    js_sys::Number::parse_float(plain)
}

#[cfg(not(target_arch = "wasm32"))]
fn exact(plain: &str) -> f64 {
    plain.parse().unwrap_or(f64::NAN)
}

/// "1,234" or "-12,345,678": groups of exactly three digits after the first.
fn groups_thousands(text: &str, sep: char) -> bool {
    let digits = text.trim_start_matches(['-', '+']);
    let mut groups = digits.split(sep);
    let first = groups.next().unwrap_or("");
    !first.is_empty()
        && first.len() <= 3
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_round_half_away_from_zero() {
        assert_eq!(fixed_digits(0.125, 2), "013");
        assert_eq!(fixed_digits(2.5, 0), "3");
        assert_eq!(fixed_digits(0.0125, 3), "0013");
        assert_eq!(fixed_digits(7.0, 0), "7");
        assert_eq!(fixed_digits(999.995, 2), "100000");
        assert_eq!(fixed_digits(1e20, 0), "100000000000000000000");
    }

    #[test]
    fn messages_state_huge_numbers_in_short() {
        assert_eq!(plain(1e308, "en"), "1e308");
        assert_eq!(plain(-2.5e20, "de"), "-2,5e20");
        assert_eq!(plain(999_999_999_999_999.0, "en").len(), 19);
        assert_eq!(plain(1_000_000.0, "de"), "1.000.000");
        assert_eq!(plain(9.99999e20, "en"), "1e21");
        assert_eq!(plain(f64::MAX, "en"), "1.798e308");
    }

    #[test]
    fn groups_thousands_with_the_locale_separators() {
        assert_eq!(number(1234567.891, 2, "en"), "1,234,567.89");
        assert_eq!(number(1234567.891, 2, "de"), "1.234.567,89");
        assert_eq!(number(999.0, 0, "en"), "999");
        assert_eq!(number(-1000.0, 0, "en"), "-1,000");
        assert_eq!(number(-0.001, 2, "en"), "0.00");
    }

    #[test]
    fn totals_drop_cents_from_one_thousand() {
        assert_eq!(money_total(7350.0, "USD", "en"), "$7,350");
        assert_eq!(money_total(549.0, "USD", "en"), "$549.00");
        assert_eq!(money_total(999.996, "USD", "en"), "$1,000");
        assert_eq!(money_total(5089.0, "EUR", "de"), "5.089\u{a0}€");
        assert_eq!(money_total(12.5, "JPY", "en"), "¥13");
        assert_eq!(money_total(-2261.0, "USD", "en"), "-$2,261");
        assert_eq!(money_total(1500.0, "CHF", "en"), "CHF\u{a0}1,500");
    }

    #[test]
    fn unit_prices_keep_cents() {
        assert_eq!(money_precise(16.963, "USD", "en"), "$16.96");
        assert_eq!(money_precise(16.963, "EUR", "de"), "16,96\u{a0}€");
    }

    #[test]
    fn decimal_reads_exactly_what_str_parse_reads() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "+7",
            ".5",
            "7.",
            "007.50",
            "0.30000000000000004",
            "1.7976931348623157",
            "123456789012345678901234567890",
            "0.000000000000000000000000001",
            "9007199254740993",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..20_000 {
            let whole = next() % 10u64.pow((next() % 12) as u32);
            let fraction = next() % 10u64.pow((next() % 19) as u32);
            let sign = if next() % 2 == 0 { "-" } else { "" };
            cases.push(format!(
                "{sign}{whole}.{fraction:0>width$}",
                width = (next() % 19) as usize
            ));
        }
        for case in &cases {
            assert_eq!(decimal(case), case.parse::<f64>().ok(), "{case}");
        }
        for bad in [
            "", "-", ".", "+-5", "--5", "1.2.3", "1e3", "inf", "NaN", "0x10",
        ] {
            assert_eq!(decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_numbers_the_way_the_language_writes_them() {
        let en = |t: &str| parse_number(t, "en");
        let de = |t: &str| parse_number(t, "de");
        assert_eq!(en("300"), Ok(300.0));
        assert_eq!(en(" 2.5 "), Ok(2.5));
        assert_eq!(en("1,500"), Ok(1500.0));
        assert_eq!(en("1,234.5"), Ok(1234.5));
        assert_eq!(en("1 234 567"), Ok(1234567.0));
        assert_eq!(en("70 %"), Ok(70.0));
        assert_eq!(en("-5"), Ok(-5.0));
        assert_eq!(en("2."), Ok(2.0));
        assert_eq!(de("1.500"), Ok(1500.0));
        assert_eq!(de("2,5"), Ok(2.5));
        assert_eq!(de("1.234,5"), Ok(1234.5));
        assert_eq!(de("1,500"), Ok(1.5));
        assert_eq!(de("70 %"), Ok(70.0));
        // Separators where the language would not put them are refused, not guessed.
        for bad in ["1,5", "1.500,5", "12,34", "1,2345"] {
            assert_eq!(en(bad), Err(Misread::Separators), "en {bad:?}");
        }
        for bad in ["1.5", "1,500.5", "12.34", "1.2345"] {
            assert_eq!(de(bad), Err(Misread::Separators), "de {bad:?}");
        }
        for bad in ["", "  ", "abc", "1e5", "NaN", "inf", "--1", "12a"] {
            assert_eq!(en(bad), Err(Misread::NotANumber), "{bad:?}");
        }
    }

    #[test]
    fn hours_percent_and_inputs() {
        assert_eq!(hours(62.5, "en"), "62.5\u{a0}h");
        assert_eq!(hours(122.5, "de"), "122,5\u{a0}h");
        assert_eq!(percent(0.7, "en"), "70%");
        assert_eq!(percent(0.725, "en"), "72.5%");
        assert_eq!(plain(1_000_000.0, "en"), "1,000,000");
        assert_eq!(plain(0.1, "de"), "0,1");
        assert_eq!(plain(2.5, "en"), "2.5");
        assert_eq!(input_value(2.5, "en"), "2.5");
        assert_eq!(input_value(2.5, "de"), "2,5");
        assert_eq!(input_value(300.0, "en"), "300");
        assert_eq!(input_value(1500.0, "en"), "1,500");
        assert_eq!(input_value(1500.25, "de"), "1.500,25");
        assert_eq!(input_value(0.1 + 0.2, "en"), "0.3");
        assert_eq!(money_axis(12000.0, "USD", "en"), "$12k");
        assert_eq!(money_axis(30_000_000.0, "USD", "en"), "$30M");
        assert_eq!(money_axis(2_500_000.0, "EUR", "de"), "2,5\u{a0}Mio.\u{a0}€");
        assert_eq!(money_axis(2500.0, "USD", "en"), "$2,500");
    }
}
