//! Share links: the scenario JSON, UTF-8, base64url without padding, in the fragment `#s=` (SPEC 4).
//! The fragment never reaches a server.

use std::fmt;

use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine;

use super::codec::{decode, encode, DecodeError};
use super::compare::MAX_COMPARED;
use super::scenario::Scenario;

/// The fragment prefix of a share link (after `#`).
pub const PREFIX: &str = "s=";

/// The fragment prefix of a comparison link: each scenario as a share link carries it, joined by `.`
/// (which base64url never uses).
pub const COMPARE_PREFIX: &str = "c=";

/// Longer fragments are refused before decoding. A scenario of the current format makes a link of about
/// 2,700 characters (`cargo run --example link`); a comparison of four, about 11,000.
pub const MAX_FRAGMENT_CHARS: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    TooLong {
        chars: usize,
    },
    NotBase64,
    NotText,
    Scenario(DecodeError),
    /// A comparison link holds `count` scenarios, not 2 to `MAX_COMPARED`.
    Count {
        count: usize,
    },
    /// Scenario `index` (from 0) of a comparison link is not valid.
    Part {
        index: usize,
        error: Box<LinkError>,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong { chars } => write!(
                f,
                "the link is {chars} characters long, more than the {MAX_FRAGMENT_CHARS} a scenario link can be"
            ),
            LinkError::NotBase64 => write!(f, "the link is damaged: its data is not valid base64url"),
            LinkError::NotText => write!(f, "the link is damaged: its data is not UTF-8 text"),
            LinkError::Scenario(e) => write!(f, "the link's scenario is not valid: {e}"),
            LinkError::Count { count } => write!(
                f,
                "the comparison link holds {count} scenario{}; a comparison has 2 to {MAX_COMPARED}",
                if *count == 1 { "" } else { "s" }
            ),
            LinkError::Part { index, error } => write!(f, "scenario {} of the comparison: {error}", index + 1),
        }
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) that carries `s`.
pub fn encode_fragment(s: &Scenario) -> String {
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(encode(s)))
}

/// The fragment (without `#`) that opens a comparison of `scenarios`.
pub fn encode_compare(scenarios: &[&Scenario]) -> String {
    let parts: Vec<String> = scenarios
        .iter()
        .map(|s| URL_SAFE_NO_PAD.encode(encode(s)))
        .collect();
    format!("{COMPARE_PREFIX}{}", parts.join("."))
}

/// What a fragment holds: a scenario or a comparison, each read or refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Linked {
    Scenario(Result<Box<Scenario>, LinkError>),
    Comparison(Result<Vec<Scenario>, LinkError>),
}

/// Whether a fragment (with or without its `#`) is a share or comparison link, without reading it.
pub fn is_link(fragment: &str) -> bool {
    let data = fragment.strip_prefix('#').unwrap_or(fragment);
    data.starts_with(PREFIX) || data.starts_with(COMPARE_PREFIX)
}

/// Reads a share or comparison link, with or without its `#`. `None` when the fragment is neither.
pub fn read_link(fragment: &str) -> Option<Linked> {
    decode_compare(fragment)
        .map(Linked::Comparison)
        .or_else(|| decode_fragment(fragment).map(|r| Linked::Scenario(r.map(Box::new))))
}

/// Reads a comparison fragment, with or without its `#`. `None` when it is not a comparison link.
pub fn decode_compare(fragment: &str) -> Option<Result<Vec<Scenario>, LinkError>> {
    let data = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(COMPARE_PREFIX)?;
    if data.len() > MAX_FRAGMENT_CHARS * MAX_COMPARED {
        return Some(Err(LinkError::TooLong { chars: data.len() }));
    }
    let parts: Vec<&str> = data.split('.').collect();
    if !(2..=MAX_COMPARED).contains(&parts.len()) {
        return Some(Err(LinkError::Count { count: parts.len() }));
    }
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(index, part)| {
                decode_data(part).map_err(|e| LinkError::Part {
                    index,
                    error: Box::new(e),
                })
            })
            .collect(),
    )
}

/// Reads a fragment, with or without its `#`. `None` when the fragment is not a share link at all.
pub fn decode_fragment(fragment: &str) -> Option<Result<Scenario, LinkError>> {
    let data = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(PREFIX)?;
    Some(decode_data(data))
}

/// The `%XX` escapes of ASCII characters, as a browser writes them into the address, read back.
fn unescape(data: &str) -> String {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let escaped = rest
            .get(at + 1..at + 3)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .filter(u8::is_ascii);
        match escaped {
            Some(byte) => {
                out.push(char::from(byte));
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_data(data: &str) -> Result<Scenario, LinkError> {
    if data.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLong { chars: data.len() });
    }
    // Tolerate what mail and chat programs do to links: padding, standard base64, stray white space,
    // also as the browser writes it into the address (`%20`, `%0A`...).
    let cleaned: String = unescape(data)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .collect();
    let bytes = URL_SAFE_NO_PAD
        .decode(&cleaned)
        .or_else(|_| STANDARD_NO_PAD.decode(&cleaned))
        .map_err(|_| LinkError::NotBase64)?;
    let json = String::from_utf8(bytes).map_err(|_| LinkError::NotText)?;
    decode(&json).map_err(LinkError::Scenario)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_told_from_any_other_fragment_and_read_as_what_it_is() {
        let s = Scenario::default();
        let one = encode_fragment(&s);
        let both = encode_compare(&[&s, &s]);
        for (fragment, link) in [
            (one.clone(), true),
            (format!("#{one}"), true),
            (both.clone(), true),
            ("#c=x".into(), true),
            ("#main".into(), false),
            ("".into(), false),
            ("#".into(), false),
            ("#x=s=".into(), false),
        ] {
            assert_eq!(is_link(&fragment), link, "{fragment}");
            assert_eq!(read_link(&fragment).is_some(), link, "{fragment}");
        }
        assert_eq!(
            read_link(&one),
            Some(Linked::Scenario(Ok(Box::new(s.clone()))))
        );
        assert_eq!(
            read_link(&format!("#{both}")),
            Some(Linked::Comparison(Ok(vec![s.clone(), s])))
        );
        assert!(matches!(
            read_link("#s=%%%"),
            Some(Linked::Scenario(Err(LinkError::NotBase64)))
        ));
    }

    #[test]
    fn white_space_as_the_address_bar_writes_it_is_tolerated() {
        let s = Scenario {
            name: "Spaced".into(),
            ..Scenario::default()
        };
        let fragment = encode_fragment(&s);
        let (head, tail) = fragment.split_at(40);
        for spaced in [
            format!("{head} {tail}"),
            format!("{head}%20{tail}"),
            format!("{head}%0A{tail}%3D%3D"),
        ] {
            assert_eq!(decode_fragment(&spaced), Some(Ok(s.clone())), "{spaced}");
        }
    }

    #[test]
    fn a_comparison_link_carries_its_scenarios_in_order() {
        let a = Scenario::default();
        let b = Scenario {
            name: "Busier".into(),
            ..Scenario::default()
        };
        let fragment = encode_compare(&[&a, &b]);
        assert!(fragment.starts_with("c="));
        assert_eq!(
            decode_compare(&format!("#{fragment}")),
            Some(Ok(vec![a.clone(), b]))
        );
        assert_eq!(decode_fragment(&fragment), None, "not a one-scenario link");
        assert_eq!(decode_compare(&encode_fragment(&a)), None);
        // One scenario, five, or a damaged part: refused, naming what is wrong.
        let one = format!("c={}", &encode_fragment(&a)[2..]);
        assert_eq!(
            decode_compare(&one),
            Some(Err(LinkError::Count { count: 1 }))
        );
        let five = encode_compare(&[&a, &a, &a, &a, &a]);
        assert_eq!(
            decode_compare(&five),
            Some(Err(LinkError::Count { count: 5 }))
        );
        let damaged = format!("{fragment}.!!!");
        let err = decode_compare(&damaged).unwrap().unwrap_err();
        assert_eq!(
            err.to_string(),
            "scenario 3 of the comparison: the link is damaged: its data is not valid base64url"
        );
    }
}
