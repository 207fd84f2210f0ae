//! plotters-canvas's `CanvasBackend`, with text drawn and measured by the 2D context directly.
//!
//! `CanvasBackend` draws lines, shapes and paths exactly as the charts need, and this hands all of that to
//! it. Where it falls short is text: it sets the context's font before every label (the browser parses a
//! font each time one is set, about 30 us in Chromium: two dozen labels an edit were 0.75 ms of the
//! redraw), and it measures a label by adding a `<span>` to the page and reading its size, a layout of
//! the whole page per label. Here the font is set only when it changes and labels are measured with
//! `measureText`.

use std::cell::RefCell;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

/// A canvas as plotters draws on it. Whoever else draws text on the same context between two labels
/// must leave its font as it found it (`Pen::text` saves and restores the context's state).
pub struct Backend {
    canvas: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    /// The font last given to the context (measuring sets it too, through `&self`).
    font: RefCell<Option<String>>,
}

impl Backend {
    /// `None` when the canvas has no 2D context to give (`CanvasBackend` asks it for one).
    pub fn new(canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d) -> Option<Backend> {
        Some(Backend {
            canvas: CanvasBackend::with_canvas_object(canvas)?,
            ctx,
            font: RefCell::new(None),
        })
    }

    /// Gives the context `style`'s font, unless it has it already.
    fn use_font<S: BackendTextStyle>(&self, style: &S) {
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        let mut last = self.font.borrow_mut();
        if last.as_ref() != Some(&font) {
            self.ctx.set_font(&font);
            *last = Some(font);
        }
    }
}

fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", c.alpha)
}

impl DrawingBackend for Backend {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.canvas.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.canvas.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), Error> {
        self.canvas.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.canvas.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.canvas.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.canvas.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        self.canvas.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        self.canvas.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.canvas.draw_circle(center, radius, style, fill)
    }

    /// As `CanvasBackend` draws text, but the font is given to the context only when it changed.
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
        ctx.set_fill_style_str(&css_color(color));
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

    /// The label's width as the context measures it in its font, and the height of that font's line:
    /// no layout of the page.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        self.use_font(style);
        match self.ctx.measure_text(text) {
            Ok(metrics) => {
                let height =
                    metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
                Ok((metrics.width().ceil() as u32, height.ceil() as u32))
            }
            // A context that cannot measure: `CanvasBackend`'s own estimate.
            Err(_) => self.canvas.estimate_text_size(text, style),
        }
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), Error> {
        self.canvas.blit_bitmap(pos, size, src)
    }
}
