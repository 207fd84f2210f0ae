//! The break-even chart: monthly cost of each option along the chosen axis, the cheapest region tinted,
//! break-even points circled and labelled, and the scenario's own value marked.

use plotters::style::RGBColor;
use web_sys::HtmlCanvasElement;

use super::{axis_ceiling, cartesian, css_rgba, open_canvas, Axes, DrawError, Pen, Plot};
use crate::model::series::{drop_collinear, Series};
use crate::model::OptionId;
use crate::ui::theme::{option_color, option_dash, option_marker, rgb};

/// A break-even point to mark: where, and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

pub struct ChartInput<'a> {
    pub series: &'a Series,
    pub points: &'a [Point],
    pub x_title: &'a str,
    pub x_label: &'a dyn Fn(f64) -> String,
    pub y_label: &'a dyn Fn(f64) -> String,
    pub dark: bool,
    /// Device pixels per CSS pixel: the canvas is sized in device pixels so lines stay crisp.
    pub dpr: f64,
}

fn color(id: OptionId, dark: bool) -> RGBColor {
    let (r, g, b) = rgb(option_color(id, dark));
    RGBColor(r, g, b)
}

/// Runs of consecutive samples where the option is available: gaps are never drawn as zero.
fn segments(s: &Series, id: OptionId) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (x, totals) in s.xs.iter().zip(&s.totals) {
        match totals[id] {
            Some(y) => current.push((*x, y)),
            None if !current.is_empty() => out.push(drop_collinear(std::mem::take(&mut current))),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(drop_collinear(current));
    }
    out
}

/// Runs of the x axis with the same cheapest option: (from, to, option).
fn cheapest_runs(s: &Series) -> Vec<(f64, f64, OptionId)> {
    let mut runs: Vec<(f64, f64, OptionId)> = Vec::new();
    let n = s.xs.len();
    for i in 0..n {
        let left = if i == 0 {
            s.xs[0]
        } else {
            0.5 * (s.xs[i - 1] + s.xs[i])
        };
        let right = if i + 1 == n {
            s.xs[i]
        } else {
            0.5 * (s.xs[i] + s.xs[i + 1])
        };
        match (s.cheapest(i), runs.last_mut()) {
            (Some(id), Some(last)) if last.2 == id && (last.1 - left).abs() < 1e-9 => {
                last.1 = right
            }
            (Some(id), _) => runs.push((left, right, id)),
            (None, _) => {}
        }
    }
    runs
}

/// Draws the chart: axes, the cheapest regions, each option's line and markers, and the break-even
/// points. Returns where the plot lies, for the layer that marks the scenario's own value (`draw_now`).
pub fn draw(canvas: HtmlCanvasElement, c: &ChartInput) -> Result<Plot, DrawError> {
    let super::Canvas { root, ctx, pal } = open_canvas(canvas, c.dark)?;

    let s = c.series;
    let y_max = axis_ceiling(s.max_cost() * 1.08).max(10.0);
    let axes = Axes {
        x: s.min..s.max,
        y_max,
        x_title: c.x_title,
        x_label: c.x_label,
        y_label: c.y_label,
        dpr: c.dpr,
    };
    let chart = cartesian(&root, &axes, &pal)?;
    let plot = Plot::new(&chart, &axes);
    let pen = Pen { ctx: &ctx, plot };

    // The cheapest region: a faint tint over the whole height and a solid band along the axis.
    let band = y_max * plot.px(6.0) / plot.height().max(1.0);
    for (a, b, id) in cheapest_runs(s) {
        pen.rect((a, 0.0), (b, y_max), &css_rgba(color(id, c.dark), 0.07));
        pen.rect((a, 0.0), (b, band), option_color(id, c.dark));
    }

    for id in OptionId::ALL.into_iter().filter(|id| s.enabled[*id]) {
        let css = option_color(id, c.dark);
        for segment in segments(s, id) {
            pen.line(&segment, css, 2.5, option_dash(id));
        }
        // Markers, staggered per option so that overlapping lines stay readable.
        let n = s.xs.len();
        let every = (n / 6).max(1);
        let offset = (every / 5) * id.index() + every / 3;
        let at = (offset..n)
            .step_by(every)
            .filter_map(|i| s.totals[i][id].map(|y| (s.xs[i], y)));
        pen.markers(at, option_marker(id), css, 4.5);
    }

    // Break-even points; a label is skipped where it would overlap the previous one.
    let (background, text) = (css_rgba(pal.background, 1.0), css_rgba(pal.text, 1.0));
    let mut last_label_x: Option<f64> = None;
    for p in c.points.iter().filter(|p| p.x >= s.min && p.x <= s.max) {
        pen.ring((p.x, p.y), 6.0, &background, &text, 1.5);
        let (x, y) = plot.at((p.x, p.y));
        if last_label_x.is_some_and(|l| (x - l).abs() < plot.px(34.0)) {
            continue;
        }
        last_label_x = Some(x);
        pen.text(
            &p.label,
            (x, y - plot.px(9.0)),
            11.5,
            &text,
            "center",
            "bottom",
        );
    }

    root.present()?;
    Ok(plot)
}

/// The layer above the chart, on a transparent canvas of the same size: a dashed line at the scenario's
/// own value `now` and its label. Editing that value (the ticket volume, when the chart runs along
/// tickets) changes only this layer, so the chart below is not drawn again.
pub fn draw_now(
    canvas: &HtmlCanvasElement,
    plot: &Plot,
    now: f64,
    label: &str,
    dark: bool,
) -> Result<(), DrawError> {
    let ctx = super::context_2d(canvas)?;
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    let (min, max) = plot.x;
    if now < min || now > max {
        return Ok(());
    }
    let text = super::Palette::new(dark).text;
    let pen = Pen {
        ctx: &ctx,
        plot: *plot,
    };
    pen.line(
        &[(now, 0.0), (now, plot.y_max)],
        &super::css_rgba(text, 0.55),
        1.0,
        Some((4.0, 4.0)),
    );
    let right_half = now > min + 0.6 * (max - min);
    let (x, top) = plot.at((now, plot.y_max));
    let dx = plot.px(if right_half { -5.0 } else { 5.0 });
    pen.text(
        label,
        (x + dx, top + plot.px(2.0)),
        12.0,
        &super::css_rgba(text, 1.0),
        if right_half { "right" } else { "left" },
        "top",
    );
    Ok(())
}
