//! Drawing functions: plain functions of their data that draw on a canvas and return `Result`.
//! They hold no signals; the component that owns the canvas decides when to call them.

pub mod breakeven;
pub mod compare;

use std::fmt;

use plotters::style::{IntoFont, RGBColor, TextStyle};

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

/// Background, text and grid colours of a chart, matching the page's light or dark theme.
pub(crate) struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
}

impl Palette {
    pub fn new(dark: bool) -> Palette {
        if dark {
            Palette {
                background: RGBColor(0x1b, 0x1e, 0x23),
                text: RGBColor(0xe6, 0xe8, 0xeb),
                muted: RGBColor(0xa8, 0xae, 0xb6),
                grid: RGBColor(0x34, 0x39, 0x40),
            }
        } else {
            Palette {
                background: RGBColor(0xff, 0xff, 0xff),
                text: RGBColor(0x1f, 0x23, 0x28),
                muted: RGBColor(0x5b, 0x63, 0x6d),
                grid: RGBColor(0xe3, 0xe6, 0xea),
            }
        }
    }
}

/// The page's system font at `size` device pixels.
pub(crate) fn font(size: f64, color: RGBColor) -> TextStyle<'static> {
    (
        "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        size,
    )
        .into_font()
        .color(&color)
}

/// A round top for the cost axis, close above the data: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^n.
pub(crate) fn axis_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 0.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .into_iter()
        .map(|step| step * magnitude)
        .find(|&c| c >= v)
        .unwrap_or(10.0 * magnitude)
}
