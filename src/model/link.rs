//! Share links: the scenario JSON, UTF-8, base64url without padding, in the fragment `#s=` (SPEC 4).
//! The fragment never reaches a server.

use std::fmt;

use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine;

use super::codec::{decode, encode, DecodeError};
use super::scenario::Scenario;

/// The fragment prefix of a share link (after `#`).
pub const PREFIX: &str = "s=";

/// Longer fragments are refused before decoding. A real scenario link is about 1,100 characters.
pub const MAX_FRAGMENT_CHARS: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    TooLong { chars: usize },
    NotBase64,
    NotText,
    Scenario(DecodeError),
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
        }
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) that carries `s`.
pub fn encode_fragment(s: &Scenario) -> String {
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(encode(s)))
}

/// Reads a fragment, with or without its `#`. `None` when the fragment is not a share link at all.
pub fn decode_fragment(fragment: &str) -> Option<Result<Scenario, LinkError>> {
    let data = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(PREFIX)?;
    Some(decode_data(data))
}

fn decode_data(data: &str) -> Result<Scenario, LinkError> {
    if data.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLong { chars: data.len() });
    }
    // Tolerate what mail and chat programs do to links: padding, standard base64, stray white space.
    let cleaned: String = data
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
