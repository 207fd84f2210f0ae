//! plotters' canvas backend, with text drawn by a context that keeps its font while it stays the same.
//!
//! `plotters_canvas` sets the context's font before every label, and the browser parses a font each time
//! one is set (about 30 us in Chromium here): two dozen labels an edit were 0.75 ms of the redraw.
//! Everything but text goes to `plotters_canvas` unchanged.

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
    /// The font last given to the context.
    font: Option<String>,
}

impl Backend {
    pub fn new(canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d) -> Option<Backend> {
        Some(Backend {
            canvas: CanvasBackend::with_canvas_object(canvas)?,
            ctx,
            font: None,
        })
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

    /// As `plotters_canvas` draws text, but the font is given to the context only when it changed.
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
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
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
        if self.font.as_ref() != Some(&font) {
            ctx.set_font(&font);
            self.font = Some(font);
        }
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

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        self.canvas.estimate_text_size(text, style)
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
