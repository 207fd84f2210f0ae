//! The chart as a picture that explains itself (issue 14.11): a title with the scenario's name and the
//! currency, the cheapest option in each range, a legend with each option's colour, dash and marker,
//! the drawn chart (its axes carry their own labels) and a footer with the date and the plans' caveat.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::canvas::{context_2d, DrawError};
use crate::style::{LineStyle, Marker, Palette};

/// What the picture says around the chart.
pub struct Caption<'a> {
    pub title: &'a str,
    /// Sentences under the title, wrapped to the width.
    pub lines: &'a [String],
    pub legend: &'a [(String, LineStyle)],
    pub footer: &'a str,
}

const FONT: &str = "system-ui, sans-serif";

/// Words of `text` in lines no wider than `width` device pixels in the context's current font.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        let fits = ctx
            .measure_text(&candidate)
            .map_or(true, |m| m.width() <= width);
        if fits || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    lines.push(line);
    lines
}

fn marker(ctx: &CanvasRenderingContext2d, shape: Marker, x: f64, y: f64, r: f64) {
    ctx.begin_path();
    let corners: &[(f64, f64)] = match shape {
        Marker::Circle => {
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.fill();
            return;
        }
        Marker::Square => &[(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)],
        Marker::Triangle => &[(0.0, -1.2), (1.2, 1.0), (-1.2, 1.0)],
        Marker::Diamond => &[(0.0, -1.25), (1.25, 0.0), (0.0, 1.25), (-1.25, 0.0)],
        Marker::Down => &[(0.0, 1.2), (1.2, -1.0), (-1.2, -1.0)],
    };
    for (i, (dx, dy)) in corners.iter().enumerate() {
        if i == 0 {
            ctx.move_to(x + dx * r, y + dy * r);
        } else {
            ctx.line_to(x + dx * r, y + dy * r);
        }
    }
    ctx.close_path();
    ctx.fill();
}

/// The layers (the chart, then the layer marking the scenario's own value) with the caption around
/// them, as a PNG data URL. `dpr` is the layers' device pixels per CSS pixel.
pub fn compose(
    layers: &[HtmlCanvasElement],
    c: &Caption,
    pal: Palette,
    dpr: f64,
) -> Result<String, DrawError> {
    let first = layers.first().ok_or_else(|| DrawError("no chart".into()))?;
    let (w, chart_h) = (f64::from(first.width()), f64::from(first.height()));
    let px = |v: f64| v * dpr;
    let pad = px(16.0);
    let inner = w - 2.0 * pad;
    let out: HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| DrawError("no canvas".into()))?;
    let font =
        |size: f64, weight: &str| format!("{weight} {}px {FONT}", crate::format::css(px(size), 2));
    // Measure first: the canvas's size must be known before drawing (setting it clears the context).
    let ctx = context_2d(&out)?;
    ctx.set_font(&font(17.0, "650"));
    let title = wrap(&ctx, c.title, inner);
    ctx.set_font(&font(13.0, "400"));
    let lines: Vec<String> = c.lines.iter().flat_map(|l| wrap(&ctx, l, inner)).collect();
    // Where each legend entry goes: (row, x), wrapping to a new row at the right edge.
    let mut places = Vec::new();
    let (mut row, mut at) = (0.0, pad);
    for (name, _) in c.legend {
        let width = px(34.0) + ctx.measure_text(name).map_or(px(80.0), |m| m.width());
        if at > pad && at + width > w - pad {
            row += 1.0;
            at = pad;
        }
        places.push((row, at));
        at += width + px(18.0);
    }
    ctx.set_font(&font(11.0, "400"));
    let footer = wrap(&ctx, c.footer, inner);
    let (title_h, line_h, legend_h, foot_h) = (px(26.0), px(18.0), px(24.0), px(15.0));
    let height = pad
        + title_h * title.len() as f64
        + line_h * lines.len() as f64
        + legend_h * (row + 1.0)
        + px(6.0)
        + chart_h
        + px(8.0)
        + foot_h * footer.len() as f64
        + pad;
    out.set_width(w as u32);
    out.set_height(height.ceil() as u32);

    let ctx = context_2d(&out)?;
    ctx.set_fill_style_str(&pal.background.hex());
    ctx.fill_rect(0.0, 0.0, w, height);
    ctx.set_text_baseline("top");
    let mut y = pad;
    ctx.set_fill_style_str(&pal.text.hex());
    ctx.set_font(&font(17.0, "650"));
    for line in &title {
        let _ = ctx.fill_text(line, pad, y);
        y += title_h;
    }
    ctx.set_font(&font(13.0, "400"));
    for line in &lines {
        let _ = ctx.fill_text(line, pad, y);
        y += line_h;
    }
    // The legend: a stretch of each option's line, in its dash, with its marker, then its name.
    for ((name, style), &(row, x)) in c.legend.iter().zip(&places) {
        let mid = y + legend_h * row + legend_h / 2.0;
        let colour = style.color.hex();
        ctx.save();
        let pattern = js_sys::Array::new();
        if let Some((d, g)) = style.dash {
            pattern.push(&JsValue::from_f64(px(d)));
            pattern.push(&JsValue::from_f64(px(g)));
        }
        let _ = ctx.set_line_dash(&pattern);
        ctx.set_stroke_style_str(&colour);
        ctx.set_line_width(px(2.5));
        ctx.begin_path();
        ctx.move_to(x, mid);
        ctx.line_to(x + px(28.0), mid);
        ctx.stroke();
        ctx.restore();
        ctx.set_fill_style_str(&colour);
        marker(&ctx, style.marker, x + px(14.0), mid, px(4.0));
        ctx.set_fill_style_str(&pal.text.hex());
        ctx.set_text_baseline("middle");
        let _ = ctx.fill_text(name, x + px(34.0), mid);
    }
    ctx.set_text_baseline("top");
    y += legend_h * (row + 1.0) + px(6.0);
    for layer in layers {
        ctx.draw_image_with_html_canvas_element(layer, 0.0, y)
            .map_err(|_| DrawError("chart".into()))?;
    }
    y += chart_h + px(8.0);
    ctx.set_fill_style_str(&pal.muted.hex());
    ctx.set_font(&font(11.0, "400"));
    for line in &footer {
        let _ = ctx.fill_text(line, pad, y);
        y += foot_h;
    }
    out.to_data_url()
        .map_err(|_| DrawError("the picture could not be written".into()))
}
