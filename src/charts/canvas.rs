//! The drawing primitives the charts share: an open canvas, its axes, and a pen that draws in chart
//! coordinates on the canvas's 2D context.

use std::fmt;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::{FontFamily, IntoFont, RGBColor, TextStyle};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CanvasRenderingContext2d;
use web_sys::HtmlCanvasElement;

use super::backend::Backend;
use crate::style::{Marker, Palette, Rgb};

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

/// The page's own font stack (no web fonts: nothing is downloaded).
const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The page's system font at `size` device pixels.
// The family is named directly: read from a `&str`, plotters would first check whether it is one of the
// generic keywords ("serif", "monospace"), which a font stack never is.
pub(crate) fn font(size: f64, color: Rgb) -> TextStyle<'static> {
    (FontFamily::Name(FONT_FAMILY), size)
        .into_font()
        .color(&rgb(color))
}

/// A colour as plotters takes it.
pub(crate) fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// An open canvas: plotters' drawing area for axes, text and shapes, the same 2D context for the lines
/// (see [`Pen`]), and the theme's palette.
pub(crate) struct Canvas {
    pub root: DrawingArea<Backend, Shift>,
    pub ctx: CanvasRenderingContext2d,
    pub pal: Palette,
}

fn no_context() -> DrawError {
    DrawError("this browser gave no 2D drawing context for the chart".into())
}

/// The canvas's 2D context.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, DrawError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(no_context)
}

/// The canvas as a drawing area, cleared to the palette's background.
pub(crate) fn open_canvas(canvas: HtmlCanvasElement, pal: Palette) -> Result<Canvas, DrawError> {
    let ctx = context_2d(&canvas)?;
    let root = Backend::new(canvas, ctx.clone())
        .ok_or_else(no_context)?
        .into_drawing_area();
    root.fill(&rgb(pal.background))?;
    Ok(Canvas { root, ctx, pal })
}

/// Where a chart's plotting area lies on its canvas: enough to draw in chart coordinates later, on this
/// canvas or on a layer of the same size above it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// Backend pixel of the chart point (x.0, 0), and backend pixels per unit along x and y.
    origin: (f64, f64),
    scale: (f64, f64),
    /// The chart's x range and cost-axis top, in chart units.
    pub x: (f64, f64),
    pub y_max: f64,
    /// Device pixels per CSS pixel.
    pub dpr: f64,
}

impl Plot {
    pub(crate) fn new(chart: &Chart, axes: &Axes) -> Plot {
        let corner = |x: f64, y: f64| {
            let (px, py) = chart.backend_coord(&(x, y));
            (f64::from(px), f64::from(py))
        };
        let origin = corner(axes.x.start, 0.0);
        let far = corner(axes.x.end, axes.y_max);
        let per = |pixels: f64, span: f64| if span > 0.0 { pixels / span } else { 0.0 };
        Plot {
            origin,
            scale: (
                per(far.0 - origin.0, axes.x.end - axes.x.start),
                per(far.1 - origin.1, axes.y_max),
            ),
            x: (axes.x.start, axes.x.end),
            y_max: axes.y_max,
            dpr: axes.dpr,
        }
    }

    /// The backend pixel of a chart point.
    pub fn at(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            self.origin.0 + (x - self.x.0) * self.scale.0,
            self.origin.1 + y * self.scale.1,
        )
    }

    /// The plot's height in backend pixels.
    pub fn height(&self) -> f64 {
        (self.scale.1 * self.y_max).abs()
    }

    /// `v` CSS pixels in backend pixels.
    pub fn px(&self, v: f64) -> f64 {
        v * self.dpr
    }
}

/// Draws in chart coordinates straight on a canvas's 2D context, one path per line or per set of
/// markers. Plotters draws a dashed line as one path per dash and each marker as its own shape, each
/// with its own colour string: a redraw was a few hundred strokes; this is a handful, at sub-pixel
/// positions, dashed by the canvas itself.
pub(crate) struct Pen<'a> {
    pub ctx: &'a CanvasRenderingContext2d,
    pub plot: Plot,
}

impl Pen<'_> {
    /// One line through `points` in CSS colour `color`, `width` CSS pixels wide, solid or with a
    /// (dash, gap) pattern in CSS pixels.
    pub fn line(&self, points: &[(f64, f64)], color: &str, width: f64, dash: Option<(f64, f64)>) {
        let Some((&first, rest)) = points.split_first() else {
            return;
        };
        let ctx = self.ctx;
        ctx.save();
        ctx.begin_path();
        let (x, y) = self.plot.at(first);
        ctx.move_to(x, y);
        for &p in rest {
            let (x, y) = self.plot.at(p);
            ctx.line_to(x, y);
        }
        let pattern = js_sys::Array::new();
        if let Some((d, g)) = dash {
            pattern.push(&JsValue::from_f64(self.plot.px(d)));
            pattern.push(&JsValue::from_f64(self.plot.px(g)));
        }
        // Fails only for a pattern with a non-finite number; then the line is drawn solid.
        let _ = ctx.set_line_dash(&pattern);
        ctx.set_stroke_style_str(color);
        ctx.set_line_width(self.plot.px(width));
        ctx.set_line_join("round");
        ctx.stroke();
        // Back to the state plotters expects: no dash, mitred joins.
        ctx.restore();
    }

    /// Filled markers of one shape and colour at `points`, `size` CSS pixels from centre to edge.
    pub fn markers(
        &self,
        points: impl IntoIterator<Item = (f64, f64)>,
        shape: Marker,
        color: &str,
        size: f64,
    ) {
        let ctx = self.ctx;
        let r = self.plot.px(size);
        ctx.begin_path();
        for p in points {
            let (x, y) = self.plot.at(p);
            let corners: &[(f64, f64)] = match shape {
                Marker::Circle => {
                    ctx.move_to(x + r, y);
                    let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
                    continue;
                }
                Marker::Square => &[(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)],
                Marker::Triangle => &[(0.0, -1.2), (1.2, 1.0), (-1.2, 1.0)],
                Marker::Diamond => &[(0.0, -1.25), (1.25, 0.0), (0.0, 1.25), (-1.25, 0.0)],
                Marker::Down => &[(0.0, 1.2), (1.2, -1.0), (-1.2, -1.0)],
            };
            for (i, (dx, dy)) in corners.iter().enumerate() {
                let (cx, cy) = (x + dx * r, y + dy * r);
                if i == 0 {
                    ctx.move_to(cx, cy);
                } else {
                    ctx.line_to(cx, cy);
                }
            }
            ctx.close_path();
        }
        ctx.set_fill_style_str(color);
        ctx.fill();
    }

    /// A filled rectangle between two chart points.
    pub fn rect(&self, from: (f64, f64), to: (f64, f64), color: &str) {
        let (a, b) = (self.plot.at(from), self.plot.at(to));
        self.ctx.set_fill_style_str(color);
        self.ctx.fill_rect(
            a.0.min(b.0),
            a.1.min(b.1),
            (b.0 - a.0).abs(),
            (b.1 - a.1).abs(),
        );
    }

    /// A circle of `radius` CSS pixels at a chart point, filled with `fill` and outlined in `stroke`
    /// `width` CSS pixels wide.
    pub fn ring(&self, at: (f64, f64), radius: f64, fill: &str, stroke: &str, width: f64) {
        let ctx = self.ctx;
        let (x, y) = self.plot.at(at);
        ctx.begin_path();
        let _ = ctx.arc(x, y, self.plot.px(radius), 0.0, std::f64::consts::TAU);
        ctx.set_fill_style_str(fill);
        ctx.fill();
        ctx.set_stroke_style_str(stroke);
        ctx.set_line_width(self.plot.px(width));
        ctx.stroke();
    }

    /// `text` in the chart's font, `size` CSS pixels, anchored at backend pixel `at` by `align`
    /// ("left", "center", "right") and `baseline` ("top", "bottom").
    pub fn text(
        &self,
        text: &str,
        at: (f64, f64),
        size: f64,
        color: &str,
        align: &str,
        baseline: &str,
    ) {
        let ctx = self.ctx;
        // Saved and restored: plotters' labels on this context keep the font they set (`Backend`).
        ctx.save();
        ctx.set_font(&format!(
            "{}px {FONT_FAMILY}",
            crate::format::css(self.plot.px(size), 2)
        ));
        ctx.set_fill_style_str(color);
        ctx.set_text_align(align);
        ctx.set_text_baseline(baseline);
        let _ = ctx.fill_text(text, at.0, at.1);
        ctx.restore();
    }
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

pub(crate) type Chart<'a> = ChartContext<'a, Backend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The plotting area with the axes, grid and labels every chart of the page shares. Fewer labels fit
/// on a narrow screen.
pub(crate) fn cartesian<'a>(
    root: &'a DrawingArea<Backend, Shift>,
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
        .bold_line_style(rgb(pal.grid).stroke_width(pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(rgb(pal.grid).stroke_width(pxu(1.0)))
        .set_tick_mark_size(LabelAreaPosition::Bottom, px(4.0))
        .set_tick_mark_size(LabelAreaPosition::Left, px(4.0))
        .draw()?;
    Ok(chart)
}
