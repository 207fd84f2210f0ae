//! Drawing functions: plain functions of their data that draw on a canvas and return `Result`.
//! They hold no signals; the component that owns the canvas decides when to call them.

pub mod breakeven;
pub mod compare;

use std::fmt;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::{IntoFont, RGBColor, TextStyle};
use plotters_canvas::CanvasBackend;

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

/// The canvas as a drawing area, cleared to the theme's background, with the theme's palette.
pub(crate) fn open_canvas(
    canvas: web_sys::HtmlCanvasElement,
    dark: bool,
) -> Result<(DrawingArea<CanvasBackend, Shift>, Palette), DrawError> {
    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| DrawError("this browser gave no 2D drawing context for the chart".into()))?;
    let root = backend.into_drawing_area();
    let pal = Palette::new(dark);
    root.fill(&pal.background)?;
    Ok((root, pal))
}

/// A chart's cost axis and its labels.
pub(crate) struct Axes<'a> {
    pub x: std::ops::Range<f64>,
    pub y_max: f64,
    pub x_title: &'a str,
    pub x_label: &'a dyn Fn(f64) -> String,
    pub y_label: &'a dyn Fn(f64) -> String,
    pub dpr: f64,
}

pub(crate) type Chart<'a> =
    ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The plotting area with the axes, grid and labels every chart of the page shares. Fewer labels fit
/// on a narrow screen.
pub(crate) fn cartesian<'a>(
    root: &'a DrawingArea<CanvasBackend, Shift>,
    axes: &Axes,
    pal: &Palette,
) -> Result<Chart<'a>, DrawError> {
    let px = |v: f64| (v * axes.dpr).round() as i32;
    let pxu = |v: f64| (v * axes.dpr).round().max(1.0) as u32;
    let (width, _) = root.dim_in_pixel();
    let narrow = f64::from(width) / axes.dpr < 520.0;
    let mut chart = ChartBuilder::on(root)
        .margin_top(px(22.0))
        .margin_right(px(18.0))
        .margin_left(px(6.0))
        .margin_bottom(px(6.0))
        .x_label_area_size(px(42.0))
        .y_label_area_size(px(if narrow { 56.0 } else { 70.0 }))
        .build_cartesian_2d(axes.x.clone(), 0.0..axes.y_max)?;
    chart
        .configure_mesh()
        .x_labels(if narrow { 4 } else { 7 })
        .y_labels(6)
        .x_label_formatter(&|v| (axes.x_label)(*v))
        .y_label_formatter(&|v| (axes.y_label)(*v))
        .x_desc(axes.x_title)
        .label_style(font(12.0 * axes.dpr, pal.muted))
        .axis_desc_style(font(12.0 * axes.dpr, pal.muted))
        .bold_line_style(pal.grid.stroke_width(pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(pal.grid.stroke_width(pxu(1.0)))
        .set_tick_mark_size(LabelAreaPosition::Bottom, px(4.0))
        .set_tick_mark_size(LabelAreaPosition::Left, px(4.0))
        .draw()?;
    Ok(chart)
}
