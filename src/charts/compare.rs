//! The comparison chart: for each compared scenario, the monthly cost of its cheapest option along tickets
//! per month, and where each scenario stands today.

use web_sys::HtmlCanvasElement;

use super::canvas::{cartesian, open_canvas, Axes, Canvas, DrawError, Pen, Plot};
use super::geometry::{cost_axis_top, segments};
use crate::style::{LineStyle, Palette};

pub struct Curve {
    pub style: LineStyle,
    /// The cheapest cost at each x; `None` where no option is available.
    pub costs: Vec<Option<f64>>,
    /// The scenario's own ticket volume and cost, marked with a ring and the scenario's number.
    pub current: Option<(f64, f64)>,
    /// The scenario's number in the legend (from 1).
    pub number: usize,
}

pub struct CompareInput<'a> {
    pub xs: &'a [f64],
    pub curves: &'a [Curve],
    pub x_title: &'a str,
    pub x_label: &'a dyn Fn(f64) -> String,
    pub y_label: &'a dyn Fn(f64) -> String,
    pub palette: Palette,
    pub dpr: f64,
}

pub fn draw(canvas: HtmlCanvasElement, c: &CompareInput) -> Result<(), DrawError> {
    let Canvas { root, ctx, pal } = open_canvas(canvas, c.palette)?;
    let (x_min, x_max) = (
        c.xs.first().copied().unwrap_or(0.0),
        c.xs.last().copied().unwrap_or(1.0).max(1.0),
    );
    let y_top = c
        .curves
        .iter()
        .flat_map(|curve| curve.costs.iter().flatten())
        .fold(0.0f64, |m, &v| m.max(v));
    let y_max = cost_axis_top(y_top);
    let axes = Axes {
        x: x_min..x_max,
        y_max,
        x_title: c.x_title,
        x_label: c.x_label,
        y_label: c.y_label,
        dpr: c.dpr,
    };
    let chart = cartesian(&root, &axes, &pal)?;
    let pen = Pen {
        ctx: &ctx,
        plot: Plot::new(&chart, &axes),
    };

    let background = pal.background.css(1.0);
    for curve in c.curves {
        let color = curve.style.color.css(1.0);
        for points in segments(c.xs, &curve.costs) {
            pen.line(&points, &color, 2.5, curve.style.dash);
        }
        if let Some(at) = curve.current.filter(|(x, _)| *x >= x_min && *x <= x_max) {
            pen.ring(at, 6.0, &background, &color, 2.5);
            let (x, y) = pen.plot.at(at);
            let gap = pen.plot.px(9.0);
            pen.text(
                &curve.number.to_string(),
                (x, y - gap),
                12.0,
                &color,
                "center",
                "bottom",
            );
        }
    }
    root.present()?;
    Ok(())
}
