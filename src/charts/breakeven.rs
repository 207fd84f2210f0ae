//! The break-even chart: monthly cost of each option along the chosen axis, the cheapest region tinted,
//! break-even points circled and labelled, and the scenario's own value marked.

use web_sys::HtmlCanvasElement;

use super::canvas::{cartesian, context_2d, open_canvas, Axes, Canvas, DrawError, Pen, Plot};
use super::geometry::{cheapest_runs, cost_axis_top, marker_samples, option_segments};
use crate::model::series::Series;
use crate::model::{OptionId, PerOption};
use crate::style::{LineStyle, Palette};

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
    pub palette: Palette,
    pub styles: PerOption<LineStyle>,
    /// Device pixels per CSS pixel: the canvas is sized in device pixels so lines stay crisp.
    pub dpr: f64,
}

/// Draws the chart: axes, the cheapest regions, each option's line and markers, and the break-even
/// points. Returns where the plot lies, for the layer that marks the scenario's own value (`draw_now`).
pub fn draw(canvas: HtmlCanvasElement, c: &ChartInput) -> Result<Plot, DrawError> {
    let Canvas { root, ctx, pal } = open_canvas(canvas, c.palette)?;

    let s = c.series;
    let y_max = cost_axis_top(s.max_cost());
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
        let color = c.styles[id].color;
        pen.rect((a, 0.0), (b, y_max), &color.css(0.07));
        pen.rect((a, 0.0), (b, band), &color.css(1.0));
    }

    for id in OptionId::ALL.into_iter().filter(|id| s.enabled[*id]) {
        let style = c.styles[id];
        let css = style.color.css(1.0);
        for segment in option_segments(s, id) {
            pen.line(&segment, &css, 2.5, style.dash);
        }
        let at =
            marker_samples(s.xs.len(), id).filter_map(|i| s.totals[i][id].map(|y| (s.xs[i], y)));
        pen.markers(at, style.marker, &css, 4.5);
    }

    // Break-even points; a label is skipped where it would overlap the previous one.
    let (background, text) = (pal.background.css(1.0), pal.text.css(1.0));
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
    palette: Palette,
) -> Result<(), DrawError> {
    let ctx = context_2d(canvas)?;
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
    let text = palette.text;
    let pen = Pen {
        ctx: &ctx,
        plot: *plot,
    };
    pen.line(
        &[(now, 0.0), (now, plot.y_max)],
        &text.css(0.55),
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
        &text.css(1.0),
        if right_half { "right" } else { "left" },
        "top",
    );
    Ok(())
}
