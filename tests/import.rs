#![cfg(not(target_arch = "wasm32"))]
//! Properties of the helpdesk export reader (SPEC 8): any bytes are read or explained, never a panic;
//! reading in parts of any size reads the same as reading whole; every data row is a ticket of a month
//! or counted as left out; what is read and applied is a valid scenario.

use proptest::prelude::*;
use proptest::test_runner::Config;

use support_calc::i18n::Lang;
use support_calc::model::history;
use support_calc::model::import::{read_all, Dates, Shape};
use support_calc::model::{decode, encode, Scenario};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Cells as exports write them, and as they go wrong.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("2026-03-04".to_string()),
        Just("2026-03-04 10:22:33 UTC".to_string()),
        Just("2026-02-30".to_string()),
        Just("04.03.2026".to_string()),
        Just("03/04/2026".to_string()),
        Just("13/04/2026".to_string()),
        Just("04/13/2026".to_string()),
        Just("2026-03".to_string()),
        Just("March 2026".to_string()),
        Just("1:30:00".to_string()),
        Just("12".to_string()),
        Just("2,5".to_string()),
        Just("-3".to_string()),
        Just("".to_string()),
        Just("\"quoted, with a comma\"".to_string()),
        Just("\"two\nlines\"".to_string()),
        Just("\"a \"\"quote\"\"\"".to_string()),
        Just("\"unclosed".to_string()),
        Just("Müller 😀".to_string()),
        Just("\u{0}".to_string()),
        (0u32..40, 1u32..13, 1990i32..2100).prop_map(|(d, m, y)| format!("{d}/{m}/{y}")),
        (1u32..32, 1u32..14, 1990i32..2100).prop_map(|(d, m, y)| format!("{y}-{m:02}-{d:02}")),
        any::<u32>().prop_map(|n| n.to_string()),
        "[ -~]{0,12}",
    ]
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Created at".to_string()),
        Just("Replies".to_string()),
        Just("First reply time in minutes".to_string()),
        Just("Tickets".to_string()),
        Just("Month".to_string()),
        Just("Time to first agent reply".to_string()),
        Just("Agent interactions".to_string()),
        Just("Subject".to_string()),
        "[A-Za-z ]{0,10}",
    ]
}

/// A CSV of a header and rows, with a separator and line ending, maybe with a mark, maybe in UTF-16.
fn export() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(header(), 1..5),
        prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..30),
        prop::sample::select(vec![",", ";", "\t"]),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
        0u8..4,
    )
        .prop_map(|(head, rows, sep, end, encoding)| {
            let mut text = head.join(sep);
            for row in rows {
                text.push_str(end);
                text.push_str(&row.join(sep));
            }
            match encoding {
                0 => text.into_bytes(),
                1 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
                le => {
                    let mut out = if le == 2 {
                        vec![0xFF, 0xFE]
                    } else {
                        vec![0xFE, 0xFF]
                    };
                    for u in text.encode_utf16() {
                        out.extend(if le == 2 {
                            u.to_le_bytes()
                        } else {
                            u.to_be_bytes()
                        });
                    }
                    out
                }
            }
        })
}

fn check(bytes: &[u8], part: usize) -> Result<(), TestCaseError> {
    let whole = read_all(bytes, usize::MAX, None);
    let parts = read_all(bytes, part, None);
    prop_assert_eq!(&whole, &parts, "in parts of {}", part);
    match whole {
        Err(e) => {
            for l in [Lang::En, Lang::De] {
                prop_assert!(e.message(l).len() > 20);
            }
        }
        Ok(r) => {
            let builts = match &r.dates {
                Dates::One(b) => vec![b],
                Dates::Ask {
                    day_first,
                    month_first,
                } => vec![day_first, month_first],
            };
            for b in builts {
                prop_assert!(!b.months.is_empty());
                prop_assert!(b.months.len() <= history::MAX_MONTHS);
                prop_assert!(b.months.windows(2).all(|w| w[0].month.next() == w[1].month));
                if r.shape == Shape::PerTicket && b.months_dropped == 0 {
                    let tickets: f64 = b.months.iter().map(|m| m.tickets).sum();
                    prop_assert_eq!(tickets as u64 + b.left_out.count, r.rows);
                }
                for l in [Lang::En, Lang::De] {
                    prop_assert!(!r.summary(b, l).is_empty());
                }
                // Applied, the scenario is valid and reads back the same, or the history is refused
                // naming it (a count past what a month may hold).
                let mut s = Scenario::default();
                history::apply(&mut s, b.months.clone());
                match decode(&encode(&s)) {
                    Ok(back) => prop_assert_eq!(back, s),
                    Err(e) => prop_assert!(e.to_string().contains("history["), "{}", e),
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(Config::with_cases(cases()))]

    #[test]
    fn any_bytes_are_read_or_explained(bytes in prop::collection::vec(any::<u8>(), 0..600), part in 1usize..64) {
        check(&bytes, part)?;
    }

    #[test]
    fn any_export_is_read_or_explained(bytes in export(), part in 1usize..64) {
        check(&bytes, part)?;
    }
}
