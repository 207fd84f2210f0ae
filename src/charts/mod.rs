//! Drawing functions: plain functions of their data that draw on a canvas and return `Result`.
//! They hold no signals; the component that owns the canvas decides when to call them.

pub mod breakeven;

use std::fmt;

/// Why a chart could not be drawn, in words for the page.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawError(pub String);

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for DrawError
{
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        DrawError(e.to_string())
    }
}
