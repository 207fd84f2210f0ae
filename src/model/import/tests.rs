//! The reader on small exports in each vendor's shape, worked by hand.

use super::*;
use crate::i18n::Lang;
use crate::model::history::{self, YearMonth};

fn ym(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

/// Reads in every part size from one byte up, and checks every size reads the same.
fn read(text: &[u8]) -> Reading {
    let whole = read_all(text, usize::MAX, None).unwrap();
    for part in [1, 2, 3, 7, 64] {
        assert_eq!(
            read_all(text, part, None).unwrap(),
            whole,
            "in parts of {part}"
        );
    }
    whole
}

fn one(r: &Reading) -> &Built {
    match &r.dates {
        Dates::One(b) => b,
        Dates::Ask { .. } => panic!("asked for the date order"),
    }
}

/// month, tickets, replies per ticket, first reply hours, partial.
fn row(m: &Month) -> (String, f64, Option<f64>, Option<f64>, bool) {
    (
        m.month.to_string(),
        m.tickets,
        m.replies_per_ticket,
        m.first_reply_hours,
        m.partial,
    )
}

fn s(text: &str) -> String {
    text.to_string()
}

#[test]
fn zendesk_one_row_per_ticket_with_minutes() {
    let csv = "\u{FEFF}Id,Requester,Subject,Created at,Replies,First reply time in minutes\r\n\
        1,Ann,\"Refund, please\",2026-01-15 09:00:00 UTC,2,30\r\n\
        2,Bob,\"Line one\r\nline two\",2026-01-31 23:59:59 UTC,4,90\r\n\
        3,Cy,Hi,2026-02-01 08:00:00 UTC,1,15\r\n\
        4,Di,Hi,2026-02-14 08:00:00 UTC,3,\r\n\
        5,Ed,Hi,2026-02-28 18:00:00 UTC,,45\r\n\
        6,Fi,Hi,2026-03-10 08:00:00 UTC,2,60\r\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.shape, Shape::PerTicket);
    assert_eq!(r.rows, 6);
    assert_eq!(r.header.separator, b',');
    let b = one(&r);
    let rows: Vec<_> = b.months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![
            // From the 15th: partial. Replies (2 + 4) / 2; median of 0.5 h and 1.5 h.
            (s("2026-01"), 2.0, Some(3.0), Some(1.0), true),
            // From the 1st to the 28th, and neither the first nor the last month: whole.
            (s("2026-02"), 3.0, Some(2.0), Some(0.5), false),
            // To the 10th: partial.
            (s("2026-03"), 1.0, Some(2.0), Some(1.0), true),
        ]
    );
    assert_eq!(b.left_out, Tally::default());
    assert_eq!(b.order, None);
    // One complete month: tickets 3, replies 2, growth unchanged.
    let d = history::derive(&b.months);
    assert_eq!(
        (d.tickets, d.replies, d.growth),
        (Some(3.0), Some(2.0), None)
    );
}

#[test]
fn freshdesk_semicolons_hours_and_day_first_dates() {
    // Day-first: 13/01 cannot be month first.
    let csv = "Ticket ID;Subject;Created time;Agent interactions;First response time (in hrs)\n\
        1;A;01/01/2026 10:00;2;1,5\n\
        2;B;13/01/2026 10:00;4;0:30:00\n\
        3;C;31/01/2026 10:00;3;2.5\n\
        4;D;01/02/2026 10:00;1;\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.header.separator, b';');
    assert_eq!(r.columns.unit, TimeUnit::Hours);
    let b = one(&r);
    assert_eq!(b.order, Some(DateOrder::DayFirst));
    let rows: Vec<_> = b.months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![
            (s("2026-01"), 3.0, Some(3.0), Some(1.5), false),
            (s("2026-02"), 1.0, Some(1.0), None, true),
        ]
    );
}

#[test]
fn hubspot_milliseconds_and_month_first_dates() {
    let csv = "Ticket ID,Ticket name,Create date,Time to first agent reply\n\
        1,A,02/27/2026 10:00,3600000\n\
        2,B,03/15/2026 10:00,1800000\n\
        3,C,03/15/2026 11:00,7200000\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.columns.unit, TimeUnit::Milliseconds);
    let b = one(&r);
    assert_eq!(b.order, Some(DateOrder::MonthFirst));
    let rows: Vec<_> = b.months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![
            (s("2026-02"), 1.0, None, Some(1.0), true),
            (s("2026-03"), 2.0, None, Some(1.25), true),
        ]
    );
}

#[test]
fn help_scout_in_utf16_with_a_gap_month() {
    let text = "Conversation ID,Number,Customer,Date,Replies\n\
        9,1,Jürgen,2025-11-01,2\n\
        9,2,Zoë,2025-11-30,2\n\
        9,3,Ann,2026-01-31,5\n";
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let r = read(&bytes);
    assert_eq!(r.header.encoding, text::Encoding::Utf16Le);
    assert_eq!(r.header.names[2], "Customer");
    let rows: Vec<_> = one(&r).months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![
            (s("2025-11"), 2.0, Some(2.0), None, false),
            // December had no tickets: a month all the same.
            (s("2025-12"), 0.0, None, None, false),
            (s("2026-01"), 1.0, Some(5.0), None, false),
        ]
    );
}

#[test]
fn intercom_seconds_and_clock_times() {
    let csv = "Conversation ID,Created at,Time to first response\n\
        1,2026-04-01T00:00:00Z,600\n\
        2,2026-04-30T12:00:00Z,01:00:00\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.columns.unit, TimeUnit::Seconds);
    let rows: Vec<_> = one(&r).months.iter().map(row).collect();
    // Median of 1/6 h and 1 h.
    assert_eq!(rows.len(), 1);
    assert!((rows[0].3.unwrap() - (1.0 / 6.0 + 1.0) / 2.0).abs() < 1e-12);
    assert!(
        !rows[0].4,
        "from the 1st to the 30th of April is the whole month"
    );
}

#[test]
fn one_row_per_month_with_tabs_and_the_growth_fit() {
    let csv = "Month\tTickets\tReplies per ticket\n\
        2026-01\t200\t2.0\n\
        2026-02\t220\t\n\
        2026-03\t242\t3.0\n\
        2026-04\t266.2\t2.5\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.shape, Shape::PerMonth);
    assert_eq!(r.header.separator, b'\t');
    let b = one(&r);
    let rows: Vec<_> = b.months.iter().map(row).collect();
    assert_eq!(rows[0], (s("2026-01"), 200.0, Some(2.0), None, false));
    assert_eq!(rows[1], (s("2026-02"), 220.0, None, None, false));
    assert!(b.months.iter().all(|m| !m.partial));
    let d = history::derive(&b.months);
    // (220 + 242 + 266.2) / 3 = 242.73 → 243; replies known in March and April: 2.75; growth 10%.
    assert_eq!(d.tickets, Some(243.0));
    assert_eq!(d.replies, Some(2.75));
    assert!((d.growth.unwrap() - 0.1).abs() < 1e-9);
}

#[test]
fn a_month_s_total_replies_are_per_ticket_once_divided() {
    let csv = "month,count,replies\nMarch 2026,100,250\n04/2026,50,100\n";
    let rows: Vec<_> = one(&read(csv.as_bytes())).months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![
            (s("2026-03"), 100.0, Some(2.5), None, false),
            (s("2026-04"), 50.0, Some(2.0), None, false),
        ]
    );
}

#[test]
fn dates_that_fit_both_orders_are_asked_about() {
    let csv = "Created at,Replies\n03/04/2026,1\n05/04/2026,3\n";
    let r = read(csv.as_bytes());
    let Dates::Ask {
        day_first,
        month_first,
    } = &r.dates
    else {
        panic!("not asked");
    };
    assert_eq!(day_first.months.len(), 1);
    assert_eq!(day_first.months[0].month, ym("2026-04"));
    assert_eq!(day_first.months[0].tickets, 2.0);
    // Month first: 4 March and 4 May, and April between them without tickets.
    let months: Vec<_> = month_first.months.iter().map(row).collect();
    assert_eq!(
        months,
        vec![
            (s("2026-03"), 1.0, Some(1.0), None, true),
            (s("2026-04"), 0.0, None, None, false),
            (s("2026-05"), 1.0, Some(3.0), None, true),
        ]
    );
    assert_eq!(r.dates.built(None), None);
    assert_eq!(r.dates.built(Some(DateOrder::DayFirst)), Some(day_first));
}

#[test]
fn unreadable_rows_are_counted_and_the_first_named() {
    let csv = "id,Created at,Replies,First reply time in minutes\n\
        1,2026-05-01,2,10\n\
        2,not a date,2,10\n\
        3,2026-05-31,many,soon\n\
        4,,1,1\n\
        5,2026-02-30,1,1\n";
    let r = read(csv.as_bytes());
    let b = one(&r);
    assert_eq!(r.rows, 5);
    assert_eq!(b.left_out.count, 3);
    assert_eq!(
        b.left_out.first,
        Some(Unreadable {
            row: 3,
            column: s("Created at"),
            value: s("not a date")
        })
    );
    assert_eq!(r.replies_unread.count, 1);
    assert_eq!(r.first_reply_unread.first.as_ref().unwrap().value, "soon");
    let rows: Vec<_> = b.months.iter().map(row).collect();
    assert_eq!(
        rows,
        vec![(s("2026-05"), 2.0, Some(2.0), Some(10.0 / 60.0), false)]
    );
    let summary = r.summary(b, Lang::En);
    assert_eq!(
        summary,
        vec![
            s("2 tickets read, one row each: 1 month from 2026-05 to 2026-05."),
            s("3 of 5 rows had no readable date and were left out (the first: row 3, column “Created at”: “not a date”)."),
            s("1 row had replies that could not be read; they count as tickets, without replies (the first: row 4, column “Replies”: “many”)."),
            s("1 row had a first reply time that could not be read; they count as tickets, without it (the first: row 4, column “First reply time in minutes”: “soon”)."),
        ]
    );
    let de = r.summary(b, Lang::De);
    assert!(
        de[1].starts_with("3 von 5 Zeilen hatten kein lesbares Datum"),
        "{}",
        de[1]
    );
}

#[test]
fn files_that_cannot_be_read_say_why() {
    let err = |bytes: &[u8]| read_all(bytes, 5, None).unwrap_err();
    assert_eq!(err(b""), ImportError::Empty);
    assert_eq!(err(b"\n\n"), ImportError::Empty);
    assert_eq!(
        err(b"PK\x03\x04rest of a workbook"),
        ImportError::NotText {
            looks_like: Some("xlsx")
        }
    );
    assert_eq!(
        err(b"Name,E-mail\nAnn,a@example.com\n"),
        ImportError::NoDateColumn {
            headers: vec![s("Name"), s("E-mail")]
        }
    );
    assert_eq!(
        err(b"Created at\nyesterday\ntoday\n"),
        ImportError::NoReadableRow {
            rows: 2,
            first: Some(Unreadable {
                row: 2,
                column: s("Created at"),
                value: s("yesterday")
            })
        }
    );
    assert_eq!(
        err(b"Created at\n"),
        ImportError::NoReadableRow {
            rows: 0,
            first: None
        }
    );
    assert_eq!(
        err(b"date\n\x00\x01\x02"),
        ImportError::NotText { looks_like: None }
    );
    let big = vec![b'a'; MAX_BYTES as usize + 1];
    assert!(matches!(err(&big), ImportError::TooLarge { .. }));
    for e in [err(b""), err(b"Name\nx\n"), err(b"date\nnope\n")] {
        for l in [Lang::En, Lang::De] {
            assert!(e.message(l).len() > 30, "{e:?}");
        }
    }
    assert!(err(b"Created at\nyesterday\n")
        .message(Lang::En)
        .contains("row 2, column “Created at”: “yesterday”"));
}

#[test]
fn too_many_rows_are_refused() {
    let mut csv = String::from("date\n");
    for _ in 0..=MAX_ROWS {
        csv.push_str("2026-01-01\n");
    }
    assert_eq!(
        read_all(csv.as_bytes(), 1 << 20, None).unwrap_err(),
        ImportError::TooManyRows
    );
}

#[test]
fn the_user_s_choice_of_columns() {
    let csv = "Opened,Answers,Wait\n2026-06-01,3,2\n2026-06-30,1,4\n";
    let found = read_all(csv.as_bytes(), 8, None).unwrap_err();
    assert!(matches!(found, ImportError::NoDateColumn { .. }));
    let chosen = Columns {
        date: Some(0),
        count: None,
        replies: Some(1),
        replies_per_ticket: false,
        first_reply: Some(2),
        unit: TimeUnit::Hours,
    };
    let r = read_all(csv.as_bytes(), 8, Some(chosen.clone())).unwrap();
    assert_eq!(r.columns, chosen);
    assert_eq!(
        one(&r).months.iter().map(row).collect::<Vec<_>>(),
        vec![(s("2026-06"), 2.0, Some(2.0), Some(3.0), false)]
    );
    // A column past the header's is refused, not read as empty.
    let past = Columns {
        replies: Some(9),
        ..chosen
    };
    assert!(matches!(
        read_all(csv.as_bytes(), 8, Some(past)),
        Err(ImportError::NoDateColumn { .. })
    ));
}

#[test]
fn excel_s_separator_line() {
    let csv = "sep=;\nDatum;Antworten\n04.03.2026;2\n";
    let r = read(csv.as_bytes());
    assert_eq!(r.header.separator, b';');
    assert_eq!(r.header.names, vec![s("Datum"), s("Antworten")]);
    assert_eq!(one(&r).months[0].replies_per_ticket, Some(2.0));
}

#[test]
fn only_the_latest_120_months_are_kept() {
    let mut csv = String::from("Month,Tickets\n");
    for i in 0..130 {
        let m = YearMonth::from_index(ym("2015-01").index() + i);
        csv.push_str(&format!("{m},{}\n", i + 1));
    }
    let r = read_all(csv.as_bytes(), 100, None).unwrap();
    let b = one(&r);
    assert_eq!(b.months.len(), history::MAX_MONTHS);
    assert_eq!(b.months_dropped, 10);
    assert_eq!(b.months[0].tickets, 11.0);
    assert!(r.summary(b, Lang::En)[1].contains("10 older ones"));
}
