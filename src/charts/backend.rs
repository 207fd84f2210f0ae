//! plotters' drawing backend for a canvas's 2D context: lines, shapes and text as plotters asks for them.
//!
//! size: this replaced `plotters_canvas`, first for text and then for everything. It set the context's
//! font before every label, and the browser parses a font each time one is set (about 30 us in
//! Chromium here: two dozen labels an edit were 0.75 ms of the redraw); it measured each label by adding
//! a `<span>` to the page and reading its size, a layout of the whole page per label; and it wrote
//! colours with `format!` of a float, which alone kept the standard library's float formatting
//! (Grisu, Dragon4 and their tables) in the first load. The shapes are drawn as it drew them (lines
//! half a pixel off for crispness, the same paths), 8 KB lighter with brotli all told.

use std::cell::RefCell;
use std::fmt;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What the context refused (it refuses little: an arc of negative radius).
#[derive(Debug)]
pub struct CanvasError(&'static str);

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for CanvasError {}

type Error = DrawingErrorKind<CanvasError>;

/// A canvas as plotters draws on it. Whoever else draws text on the same context between two labels
/// must leave its font as it found it (`Pen::text` saves and restores the context's state).
pub struct Backend {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    /// The font last given to the context (measuring sets it too, through `&self`).
    font: RefCell<Option<String>>,
}

impl Backend {
    pub fn new(canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d) -> Backend {
        Backend {
            canvas,
            ctx,
            font: RefCell::new(None),
        }
    }

    /// Gives the context `style`'s font, unless it has it already.
    fn use_font<S: BackendTextStyle>(&self, style: &S) {
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            crate::format::css(style.size(), 2),
            style.family().as_str()
        );
        let mut last = self.font.borrow_mut();
        if last.as_ref() != Some(&font) {
            self.ctx.set_font(&font);
            *last = Some(font);
        }
    }

    fn stroke_with<S: BackendStyle>(&self, style: &S) {
        self.ctx.set_stroke_style_str(&css_color(style.color()));
        self.ctx.set_line_width(f64::from(style.stroke_width()));
    }

    fn fill_with(&self, color: BackendColor) {
        self.ctx.set_fill_style_str(&css_color(color));
    }

    /// A path through `points`, begun anew.
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut points = points.into_iter();
        self.ctx.begin_path();
        let Some((x, y)) = points.next() else {
            return false;
        };
        self.ctx.move_to(f64::from(x), f64::from(y));
        for (x, y) in points {
            self.ctx.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", crate::format::css(c.alpha, 3))
}

/// A horizontal or vertical line moved half a pixel, so that a one-pixel line covers one row of pixels
/// rather than two at half strength.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut to = (f64::from(to.0), f64::from(to.1));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl DrawingBackend for Backend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), Error> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        if color.alpha > 0.0 {
            self.fill_with(color);
            self.ctx
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        if style.color().alpha > 0.0 {
            let (from, to) = crisp(from, to);
            self.stroke_with(style);
            self.ctx.begin_path();
            self.ctx.move_to(from.0, from.1);
            self.ctx.line_to(to.0, to.1);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let w = f64::from(bottom_right.0 - upper_left.0);
        let h = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.fill_with(style.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        if style.color().alpha > 0.0 {
            self.stroke_with(style);
            self.trace(path);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        if style.color().alpha > 0.0 {
            self.fill_with(style.color());
            if self.trace(vert) {
                self.ctx.close_path();
            }
            self.ctx.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill_with(style.color());
        } else {
            self.stroke_with(style);
        }
        self.ctx.begin_path();
        let (x, y) = (f64::from(center.0), f64::from(center.1));
        self.ctx
            .arc(x, y, f64::from(radius), 0.0, std::f64::consts::TAU)
            .map_err(|_| {
                DrawingErrorKind::DrawingError(CanvasError("the canvas refused an arc"))
            })?;
        if fill {
            self.ctx.fill();
        } else {
            self.ctx.stroke();
        }
        Ok(())
    }

    /// The font is given to the context only when it changed.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let ctx = &self.ctx;
        ctx.set_text_align(align);
        ctx.set_text_baseline(baseline);
        self.fill_with(color);
        self.use_font(style);
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        let drawn = if quarter_turns == 0.0 {
            ctx.fill_text(text, x, y)
        } else {
            ctx.save();
            let _ = ctx.translate(x, y);
            let _ = ctx.rotate(quarter_turns * std::f64::consts::FRAC_PI_2);
            let drawn = ctx.fill_text(text, 0.0, 0.0);
            ctx.restore();
            drawn
        };
        // A label the context refuses is left out; the rest of the chart is still drawn.
        let _ = drawn;
        Ok(())
    }

    /// The label's width as the context measures it in its font, and the height of that font's line.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        self.use_font(style);
        let metrics = self.ctx.measure_text(text).map_err(|_| {
            DrawingErrorKind::DrawingError(CanvasError("the canvas could not measure a label"))
        })?;
        let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
        Ok((metrics.width().ceil() as u32, height.ceil() as u32))
    }
}
