//! Reading a helpdesk's CSV export into a monthly history (SPEC 8), in the browser or natively.
//!
//! The reader is fed the file part by part (`Importer::feed`), so that a page can read a 50 MB export
//! without freezing and show its progress, and keeps only per-month sums: no row, name or subject is
//! kept once read. `text` decodes, `csv_core` splits records (quotes, separators and line breaks in
//! fields), `columns` finds what is where, `values` reads dates, counts and durations.

pub mod columns;
pub mod text;
pub mod values;
mod words;

use std::collections::BTreeMap;

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::history::{keep_latest, Month, YearMonth};
pub use columns::Columns;
use text::{Decoder, Encoding};
use values::{slash_day, DateValue};
pub use values::{DateOrder, TimeUnit};

/// The largest export read (SPEC 8).
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;
/// The most rows read, the header not counted.
pub const MAX_ROWS: u64 = 1_000_000;
/// How much of the start is looked at, whole, before reading: to find the separator, and binary data
/// (NUL characters) that says the file is not text.
const SNIFF_BYTES: usize = 64 * 1024;
/// At most this much of a cell that could not be read is shown back.
const SHOWN_CHARS: usize = 40;

/// Why an export cannot be read at all.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: u64,
    },
    /// Not text: binary, or what its first bytes show ("xlsx", "pdf").
    NotText {
        looks_like: Option<&'static str>,
    },
    /// Not a single row.
    Empty,
    /// No column's header is a date the reader knows: the user chooses one.
    NoDateColumn {
        headers: Vec<String>,
    },
    TooManyRows,
    /// Not one row with a readable date (and, one row per month, a readable count).
    NoReadableRow {
        rows: u64,
        first: Option<Unreadable>,
    },
}

/// The first cell that could not be read, by row (as a spreadsheet numbers it: the header is row 1)
/// and column (by its header).
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub row: u64,
    pub column: String,
    pub value: String,
}

/// One row per ticket, or one row per month with a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    PerTicket,
    PerMonth,
}

/// The header row, and how the file is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub names: Vec<String>,
    pub separator: u8,
    pub encoding: Encoding,
    /// The columns recognised by their headers.
    pub found: Columns,
}

/// What was read: the history, once or, when every `P/Q/YYYY` date fits both orders, once per order
/// for the user to choose.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub header: Header,
    pub columns: Columns,
    pub shape: Shape,
    /// Data rows (blank lines not counted).
    pub rows: u64,
    pub dates: Dates,
    /// Rows whose replies could not be read (they count as tickets; their replies are left out).
    pub replies_unread: Tally,
    /// Rows whose first reply time could not be read.
    pub first_reply_unread: Tally,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Dates {
    One(Built),
    /// Every `P/Q/YYYY` date fits both `DD/MM/YYYY` and `MM/DD/YYYY`: the page asks.
    Ask {
        day_first: Built,
        month_first: Built,
    },
}

impl Dates {
    /// The history in the order chosen (or the only one).
    pub fn built(&self, order: Option<DateOrder>) -> Option<&Built> {
        match (self, order) {
            (Dates::One(b), _) => Some(b),
            (Dates::Ask { day_first, .. }, Some(DateOrder::DayFirst)) => Some(day_first),
            (Dates::Ask { month_first, .. }, Some(DateOrder::MonthFirst)) => Some(month_first),
            (Dates::Ask { .. }, None) => None,
        }
    }
}

/// The history as built in one reading of the dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub months: Vec<Month>,
    /// Rows left out: no readable date (or, one row per month, no readable count).
    pub left_out: Tally,
    /// The order `P/Q/YYYY` dates were read in, when there were any.
    pub order: Option<DateOrder>,
    /// Months older than the 120 kept.
    pub months_dropped: usize,
}

/// How many rows had a problem, and the first of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    pub count: u64,
    pub first: Option<Unreadable>,
}

impl Tally {
    fn add(&mut self, row: u64, column: &str, value: &[u8]) {
        self.count += 1;
        if self.first.is_none() {
            let text = String::from_utf8_lossy(value);
            let mut shown: String = text.trim().chars().take(SHOWN_CHARS).collect();
            if text.trim().chars().count() > SHOWN_CHARS {
                shown.push('…');
            }
            self.first = Some(Unreadable {
                row,
                column: column.to_string(),
                value: shown,
            });
        }
    }

    fn merge(&mut self, other: &Tally) {
        match (&self.first, &other.first) {
            (Some(a), Some(b)) if b.row < a.row => self.first = other.first.clone(),
            (None, Some(_)) => self.first = other.first.clone(),
            _ => {}
        }
        self.count += other.count;
    }
}

/// The sums of one calendar month.
#[derive(Clone, Debug, Default)]
struct Sums {
    tickets: f64,
    replies: f64,
    /// The tickets the replies were read for.
    replied: f64,
    /// First reply times in hours (a million of them take 8 MB, for the median).
    first_reply: Vec<f64>,
}

/// Months with their sums, and the first and last day seen.
#[derive(Debug, Default)]
struct Months {
    sums: BTreeMap<i64, Sums>,
    /// The first and last day seen (one row per ticket: a count per month says nothing of its days).
    first: Option<(YearMonth, u32)>,
    last: Option<(YearMonth, u32)>,
    /// The rows summed here.
    rows: u64,
}

impl Months {
    fn at(&mut self, ym: YearMonth, day: Option<u32>) -> &mut Sums {
        self.rows += 1;
        if let Some(d) = day {
            if self.first.is_none_or(|f| (ym, d) < f) {
                self.first = Some((ym, d));
            }
            if self.last.is_none_or(|l| (ym, d) > l) {
                self.last = Some((ym, d));
            }
        }
        self.sums.entry(ym.index()).or_default()
    }
}

/// Where the reader is.
#[derive(Debug)]
enum Stage {
    /// Gathering the start of the file to find the separator.
    Sniffing(Vec<u8>),
    Reading(Box<Records>),
}

/// The CSV reader and its buffers: a record may arrive over several parts.
#[derive(Debug)]
struct Records {
    csv: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    separator: u8,
    /// The first line was Excel's `sep=;`.
    skip_first: bool,
    /// Records seen (the header and a `sep=` line included): a row's number.
    seen: u64,
}

/// Reads an export part by part.
#[derive(Debug)]
pub struct Importer {
    decoder: Decoder,
    decoded: Vec<u8>,
    stage: Stage,
    chosen: Option<Columns>,
    header: Option<Header>,
    columns: Option<Columns>,
    rows: u64,
    /// Rows with a date read the same in either order.
    both: Months,
    /// Rows with a `P/Q/YYYY` date, as read day first and month first.
    slash: [Months; 2],
    slash_bad: [Tally; 2],
    no_date: Tally,
    no_count: Tally,
    replies_unread: Tally,
    first_reply_unread: Tally,
}

impl Importer {
    /// A reader that finds the columns by their headers (`None`) or reads the ones chosen.
    pub fn new(chosen: Option<Columns>) -> Importer {
        Importer {
            decoder: Decoder::new(),
            decoded: Vec::new(),
            stage: Stage::Sniffing(Vec::new()),
            chosen,
            header: None,
            columns: None,
            rows: 0,
            both: Months::default(),
            slash: Default::default(),
            slash_bad: Default::default(),
            no_date: Tally::default(),
            no_count: Tally::default(),
            replies_unread: Tally::default(),
            first_reply_unread: Tally::default(),
        }
    }

    /// The header row, once read.
    pub fn header(&self) -> Option<&Header> {
        self.header.as_ref()
    }

    /// Reads the next part of the file.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), ImportError> {
        let mut decoded = std::mem::take(&mut self.decoded);
        decoded.clear();
        self.decoder
            .push(bytes, &mut decoded)
            .map_err(|e| ImportError::NotText {
                looks_like: e.looks_like,
            })?;
        let done = self.text(&decoded, false);
        self.decoded = decoded;
        done
    }

    /// The end of the file: what is read so far becomes the history.
    pub fn finish(mut self) -> Result<Reading, ImportError> {
        let mut decoded = Vec::new();
        self.decoder
            .finish(&mut decoded)
            .map_err(|e| ImportError::NotText {
                looks_like: e.looks_like,
            })?;
        self.text(&decoded, true)?;
        self.reading()
    }

    fn text(&mut self, text: &[u8], end: bool) -> Result<(), ImportError> {
        if let Stage::Sniffing(start) = &mut self.stage {
            start.extend_from_slice(text);
            // The whole window, however the file comes in parts, so that what is found in it does
            // not depend on the parts.
            if !end && start.len() < SNIFF_BYTES {
                return Ok(());
            }
            let start = std::mem::take(start);
            if start.contains(&0) {
                return Err(ImportError::NotText { looks_like: None });
            }
            let (separator, skip_first) = separator(&start);
            let csv = ReaderBuilder::new().delimiter(separator).build();
            self.stage = Stage::Reading(Box::new(Records {
                csv,
                out: vec![0; 4096],
                ends: vec![0; 64],
                out_len: 0,
                ends_len: 0,
                separator,
                skip_first,
                seen: 0,
            }));
            self.records(&start, false)?;
            return if end { self.records(&[], true) } else { Ok(()) };
        }
        self.records(text, end)
    }

    /// Splits records off the text and reads each. An empty input tells csv_core the file has ended,
    /// so it is passed only at the end (a part may decode to nothing: half a UTF-16 character).
    fn records(&mut self, mut input: &[u8], end: bool) -> Result<(), ImportError> {
        if input.is_empty() && !end {
            return Ok(());
        }
        loop {
            let Stage::Reading(r) = &mut self.stage else {
                return Ok(());
            };
            let (res, nin, nout, nend) =
                r.csv
                    .read_record(input, &mut r.out[r.out_len..], &mut r.ends[r.ends_len..]);
            input = &input[nin..];
            // The ends csv_core writes count from the record's start, across calls.
            r.out_len += nout;
            r.ends_len += nend;
            match res {
                ReadRecordResult::InputEmpty => {
                    if !end || !input.is_empty() {
                        if input.is_empty() {
                            return Ok(());
                        }
                        continue;
                    }
                }
                ReadRecordResult::OutputFull => {
                    let n = r.out.len() * 2;
                    r.out.resize(n, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let n = r.ends.len() * 2;
                    r.ends.resize(n, 0);
                }
                ReadRecordResult::Record => {
                    r.seen += 1;
                    let row = r.seen;
                    let skip = r.skip_first && row == 1;
                    let out = std::mem::take(&mut r.out);
                    let ends = std::mem::take(&mut r.ends);
                    let (out_len, ends_len) = (r.out_len, r.ends_len);
                    let done = if skip {
                        Ok(())
                    } else {
                        self.record(row, &out[..out_len], &ends[..ends_len])
                    };
                    let Stage::Reading(r) = &mut self.stage else {
                        return done;
                    };
                    r.out = out;
                    r.ends = ends;
                    r.out_len = 0;
                    r.ends_len = 0;
                    done?;
                }
                ReadRecordResult::End => return Ok(()),
            }
        }
    }

    /// One record: the header, or a row of data.
    fn record(&mut self, row: u64, out: &[u8], ends: &[usize]) -> Result<(), ImportError> {
        let field = |i: usize| -> &[u8] {
            match ends.get(i) {
                Some(&end) => &out[if i == 0 { 0 } else { ends[i - 1] }..end],
                None => &[],
            }
        };
        // Blank lines.
        if ends.len() <= 1 && field(0).iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        let Some(columns) = self.columns.clone() else {
            return self.header_row(ends.len(), &field);
        };
        self.rows += 1;
        if self.rows > MAX_ROWS {
            return Err(ImportError::TooManyRows);
        }
        let header = self
            .header
            .as_ref()
            .map(|h| h.names.as_slice())
            .unwrap_or(&[]);
        let name = |i: usize| header.get(i).map_or("", String::as_str);
        let Some(date_col) = columns.date else {
            return Ok(());
        };
        let raw_date = field(date_col);
        let Some(date) = std::str::from_utf8(raw_date).ok().and_then(values::date) else {
            self.no_date.add(row, name(date_col), raw_date);
            return Ok(());
        };
        // One row per month: its count; one row per ticket: one.
        let tickets = match columns.count {
            Some(c) => match text_of(field(c)).and_then(values::count) {
                Some(n) => n,
                None => {
                    self.no_count.add(row, name(c), field(c));
                    return Ok(());
                }
            },
            None => 1.0,
        };
        let replies = match columns.replies {
            Some(c) if !is_blank(field(c)) => match text_of(field(c)).and_then(values::count) {
                // One row per month with replies per ticket: as many replies as tickets times that.
                Some(v) if columns.count.is_some() && columns.replies_per_ticket => {
                    Some(v * tickets)
                }
                Some(v) => Some(v),
                None => {
                    self.replies_unread.add(row, name(c), field(c));
                    None
                }
            },
            _ => None,
        };
        let first_reply = match columns.first_reply {
            Some(c) if !is_blank(field(c)) => {
                match text_of(field(c)).and_then(|t| values::hours(t, columns.unit)) {
                    Some(h) => Some(h),
                    None => {
                        self.first_reply_unread.add(row, name(c), field(c));
                        None
                    }
                }
            }
            _ => None,
        };
        let add = |months: &mut Months, ym: YearMonth, day: Option<u32>| {
            let sums = months.at(ym, day);
            sums.tickets += tickets;
            if let Some(r) = replies {
                sums.replies += r;
                sums.replied += tickets;
            }
            if let Some(h) = first_reply {
                sums.first_reply.push(h);
            }
        };
        // A count per month says nothing of the days it covers.
        let per_ticket = columns.count.is_none();
        match date {
            DateValue::Day(ym, d) => add(&mut self.both, ym, per_ticket.then_some(d)),
            DateValue::Month(ym) => add(&mut self.both, ym, None),
            DateValue::Slash(p, q, y) => {
                for order in DateOrder::BOTH {
                    let i = order.index();
                    match slash_day(p, q, y, order) {
                        Some((ym, d)) => add(&mut self.slash[i], ym, per_ticket.then_some(d)),
                        None => self.slash_bad[i].add(row, name(date_col), raw_date),
                    }
                }
            }
        }
        Ok(())
    }

    fn header_row<'a>(
        &mut self,
        n: usize,
        field: &dyn Fn(usize) -> &'a [u8],
    ) -> Result<(), ImportError> {
        let names: Vec<String> = (0..n)
            .map(|i| String::from_utf8_lossy(field(i)).trim().to_string())
            .collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let found = columns::recognise(&refs);
        let separator = match &self.stage {
            Stage::Reading(r) => r.separator,
            Stage::Sniffing(_) => b',',
        };
        self.header = Some(Header {
            names: names.clone(),
            separator,
            encoding: self.decoder.encoding().unwrap_or(Encoding::Utf8),
            found: found.clone(),
        });
        let columns = self.chosen.clone().unwrap_or(found);
        let within = |c: Option<usize>| c.is_none_or(|i| i < n);
        if columns.date.is_none()
            || ![
                columns.date,
                columns.count,
                columns.replies,
                columns.first_reply,
            ]
            .into_iter()
            .all(within)
        {
            return Err(ImportError::NoDateColumn { headers: names });
        }
        self.columns = Some(columns);
        Ok(())
    }

    fn reading(self) -> Result<Reading, ImportError> {
        let Some(header) = self.header else {
            return Err(ImportError::Empty);
        };
        let Some(columns) = self.columns else {
            return Err(ImportError::NoDateColumn {
                headers: header.names,
            });
        };
        let shape = if columns.count.is_some() {
            Shape::PerMonth
        } else {
            Shape::PerTicket
        };
        let slash_rows = self.slash[0].rows + self.slash_bad[0].count;
        let mut left_out = self.no_date.clone();
        left_out.merge(&self.no_count);
        let build = |order: Option<DateOrder>| {
            let mut left = left_out.clone();
            let extra = order.map(|o| &self.slash[o.index()]);
            if let Some(o) = order {
                left.merge(&self.slash_bad[o.index()]);
            }
            let (months, dropped) = months_of(&self.both, extra, shape);
            Built {
                months,
                left_out: left,
                order,
                months_dropped: dropped,
            }
        };
        let dates = if slash_rows == 0 {
            Dates::One(build(None))
        } else {
            let bad = [self.slash_bad[0].count, self.slash_bad[1].count];
            match bad {
                [0, 0] => Dates::Ask {
                    day_first: build(Some(DateOrder::DayFirst)),
                    month_first: build(Some(DateOrder::MonthFirst)),
                },
                [d, m] if d < m => Dates::One(build(Some(DateOrder::DayFirst))),
                _ => Dates::One(build(Some(DateOrder::MonthFirst))),
            }
        };
        // Asked or not, either order reads the same rows; only their months differ.
        if let Some(b) = dates
            .built(Some(DateOrder::DayFirst))
            .filter(|b| b.months.is_empty())
        {
            return Err(ImportError::NoReadableRow {
                rows: self.rows,
                first: b.left_out.first.clone(),
            });
        }
        Ok(Reading {
            header,
            columns,
            shape,
            rows: self.rows,
            dates,
            replies_unread: self.replies_unread,
            first_reply_unread: self.first_reply_unread,
        })
    }
}

fn is_blank(v: &[u8]) -> bool {
    v.iter().all(u8::is_ascii_whitespace)
}

fn text_of(v: &[u8]) -> Option<&str> {
    std::str::from_utf8(v).ok()
}

/// The separator (`,`, `;` or tab, the most frequent outside quotes on the first line) and whether
/// the first line is Excel's `sep=X`, which says it.
fn separator(start: &[u8]) -> (u8, bool) {
    let line_end = |from: usize| {
        let mut quoted = false;
        start[from..]
            .iter()
            .position(|&b| {
                if b == b'"' {
                    quoted = !quoted;
                }
                !quoted && (b == b'\n' || b == b'\r')
            })
            .map_or(start.len(), |p| from + p)
    };
    let first_end = line_end(0);
    let first = &start[..first_end];
    if let [b's', b'e', b'p', b'=', sep] = first {
        if matches!(sep, b',' | b';' | b'\t' | b'|') {
            return (*sep, true);
        }
    }
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for &b in first {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = [b',', b';', b'\t'].iter().position(|s| *s == b) {
                counts[i] += 1;
            }
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i)).unwrap_or(0);
    (
        if counts[best] == 0 {
            b','
        } else {
            [b',', b';', b'\t'][best]
        },
        false,
    )
}

/// The months of a reading, oldest first, every calendar month between the first and the last (a
/// month without tickets is one), the latest `MAX_MONTHS` kept; and how many older ones were dropped.
fn months_of(both: &Months, extra: Option<&Months>, shape: Shape) -> (Vec<Month>, usize) {
    let mut sums: BTreeMap<i64, Sums> = both.sums.clone();
    let mut first = both.first;
    let mut last = both.last;
    if let Some(extra) = extra {
        for (k, s) in &extra.sums {
            let into = sums.entry(*k).or_default();
            into.tickets += s.tickets;
            into.replies += s.replies;
            into.replied += s.replied;
            into.first_reply.extend_from_slice(&s.first_reply);
        }
        first = match (first, extra.first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        last = match (last, extra.last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    let (Some((&lo, _)), Some((&hi, _))) = (sums.first_key_value(), sums.last_key_value()) else {
        return (Vec::new(), 0);
    };
    let mut months: Vec<Month> = (lo..=hi)
        .map(|k| {
            let ym = YearMonth::from_index(k);
            let Some(s) = sums.get_mut(&k) else {
                return Month::new(ym, 0.0);
            };
            Month {
                month: ym,
                tickets: s.tickets,
                replies_per_ticket: (s.replied > 0.0).then(|| s.replies / s.replied),
                first_reply_hours: median(&mut s.first_reply),
                partial: false,
            }
        })
        .collect();
    // The first and last month are partial unless the data covers them whole: the first from its 1st,
    // the last to its last day. A count per month covers its month.
    if shape == Shape::PerTicket {
        if let (Some((ym, d)), Some(m)) = (first, months.first_mut()) {
            if m.month == ym && d > 1 {
                m.partial = true;
            }
        }
        if let (Some((ym, d)), Some(m)) = (last, months.last_mut()) {
            if m.month == ym && d < ym.days() {
                m.partial = true;
            }
        }
    }
    let all = months.len();
    let kept = keep_latest(months);
    let dropped = all - kept.len();
    (kept, dropped)
}

/// The median, the mean of the two middle values for an even count; `None` for none.
fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let mid = n / 2;
    let (_, upper, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    let upper = *upper;
    if n % 2 == 1 {
        return Some(upper);
    }
    let lower = values[..mid].iter().copied().max_by(f64::total_cmp)?;
    Some((lower + upper) / 2.0)
}

/// Reads a whole export held in memory in parts of `part` bytes (tests, the library, the benchmark).
pub fn read_all(
    bytes: &[u8],
    part: usize,
    chosen: Option<Columns>,
) -> Result<Reading, ImportError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let mut importer = Importer::new(chosen);
    for chunk in bytes.chunks(part.max(1)) {
        importer.feed(chunk)?;
    }
    importer.finish()
}

#[cfg(test)]
mod tests;
