//! The bytes of an export as UTF-8 text, part by part: UTF-8 with or without a byte-order mark, or
//! UTF-16 (little or big endian) with one, or without one when the first characters show it (SPEC 8).
//! What a file that is not text looks like is told from its first bytes (the reader refuses a start
//! with NUL characters).

/// How the file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// What a file that is not text looks like, from its first bytes.
pub fn looks_like(start: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 4] = [
        (b"PK\x03\x04", "xlsx"),
        (b"\xD0\xCF\x11\xE0", "xls"),
        (b"%PDF", "pdf"),
        (b"\x1F\x8B", "gzip"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| start.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// Decodes parts of a file in order; a character split between two parts is carried over.
#[derive(Debug)]
pub struct Decoder {
    encoding: Option<Encoding>,
    /// Bytes held back: the start of the file until its encoding is known, or half a UTF-16 unit.
    carry: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its low half.
    high: Option<u16>,
}

/// Bytes that are not text: what `looks_like` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotText {
    pub looks_like: Option<&'static str>,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder {
            encoding: None,
            carry: Vec::new(),
            high: None,
        }
    }

    pub fn encoding(&self) -> Option<Encoding> {
        self.encoding
    }

    /// Appends the text of `bytes` to `out` as UTF-8. The encoding is decided on the first four bytes.
    pub fn push(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Result<(), NotText> {
        if self.encoding.is_none() {
            self.carry.extend_from_slice(bytes);
            if self.carry.len() < 4 {
                return Ok(());
            }
            let start = std::mem::take(&mut self.carry);
            return self.begin(&start, out);
        }
        self.decode(bytes, out)
    }

    /// The end of the file: what is held back is decoded (a file shorter than four bytes included).
    pub fn finish(&mut self, out: &mut Vec<u8>) -> Result<(), NotText> {
        if self.encoding.is_none() {
            let start = std::mem::take(&mut self.carry);
            self.begin(&start, out)?;
        }
        if self.high.take().is_some() || !self.carry.is_empty() {
            // A lone half of a character at the end.
            out.extend_from_slice("\u{FFFD}".as_bytes());
            self.carry.clear();
        }
        Ok(())
    }

    fn begin(&mut self, start: &[u8], out: &mut Vec<u8>) -> Result<(), NotText> {
        let (encoding, skip) = match start {
            [0xFF, 0xFE, ..] => (Encoding::Utf16Le, 2),
            [0xFE, 0xFF, ..] => (Encoding::Utf16Be, 2),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding::Utf8, 3),
            // "D\0a\0" or "\0D\0a": UTF-16 without a mark, if the characters are ASCII.
            [a, 0, b, 0, ..] if *a != 0 && *b != 0 => (Encoding::Utf16Le, 0),
            [0, a, 0, b, ..] if *a != 0 && *b != 0 => (Encoding::Utf16Be, 0),
            _ => (Encoding::Utf8, 0),
        };
        if encoding == Encoding::Utf8 {
            if let Some(kind) = looks_like(start) {
                return Err(NotText {
                    looks_like: Some(kind),
                });
            }
        }
        self.encoding = Some(encoding);
        self.decode(&start[skip..], out)
    }

    fn decode(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Result<(), NotText> {
        let little = match self.encoding {
            Some(Encoding::Utf8) | None => {
                // Passed through: the reader only reads ASCII from the fields it uses, and shows the
                // rest with replacement characters.
                out.extend_from_slice(bytes);
                return Ok(());
            }
            Some(Encoding::Utf16Le) => true,
            Some(Encoding::Utf16Be) => false,
        };
        let mut joined;
        let bytes = if self.carry.is_empty() {
            bytes
        } else {
            joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(bytes);
            &joined[..]
        };
        let pairs = bytes.chunks_exact(2);
        self.carry.extend_from_slice(pairs.remainder());
        out.reserve(bytes.len() / 2);
        let mut buf = [0u8; 4];
        for pair in pairs {
            let unit = if little {
                u16::from_le_bytes([pair[0], pair[1]])
            } else {
                u16::from_be_bytes([pair[0], pair[1]])
            };
            let c = match (self.high.take(), unit) {
                (None, 0xD800..=0xDBFF) => {
                    self.high = Some(unit);
                    continue;
                }
                (Some(high), 0xDC00..=0xDFFF) => char::from_u32(
                    0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00),
                ),
                (Some(_), _) => {
                    // A high half without its low one, then this unit on its own.
                    out.extend_from_slice("\u{FFFD}".as_bytes());
                    char::from_u32(u32::from(unit))
                }
                (None, _) => char::from_u32(u32::from(unit)),
            };
            let c = c.unwrap_or('\u{FFFD}');
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_parts(bytes: &[u8], part: usize) -> Result<String, NotText> {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for chunk in bytes.chunks(part.max(1)) {
            d.push(chunk, &mut out)?;
        }
        d.finish(&mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
        for u in units {
            out.extend(if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_in_either_order_in_any_parts() {
        let text = "Created at,Replies\n2026-03-04,2\nMüller 😀,\"a\"\n";
        for part in [1, 2, 3, 5, 7, 64] {
            for little in [true, false] {
                for bom in [true, false] {
                    let bytes = utf16(text, little, bom);
                    assert_eq!(
                        decode_in_parts(&bytes, part).unwrap(),
                        text,
                        "{part} {little} {bom}"
                    );
                }
            }
        }
    }

    #[test]
    fn utf8_without_its_mark_and_binary_refused() {
        let bytes = b"\xEF\xBB\xBFdate\n2026-01-02\n";
        assert_eq!(decode_in_parts(bytes, 2).unwrap(), "date\n2026-01-02\n");
        assert_eq!(decode_in_parts(b"ab", 1).unwrap(), "ab");
        assert_eq!(decode_in_parts(b"", 1).unwrap(), "");
        assert_eq!(
            decode_in_parts(b"PK\x03\x04\x14\x00", 3),
            Err(NotText {
                looks_like: Some("xlsx")
            })
        );
    }
}
