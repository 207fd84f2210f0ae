//! The comparison chart: for each compared scenario, the monthly cost of its cheapest option along tickets
//! per month, and where each scenario stands today.

use web_sys::HtmlCanvasElement;

use super::{axis_ceiling, cartesian, css_rgba, open_canvas, Axes, DrawError, Pen, Plot};

pub struct Curve {
    pub color: &'static str,
    pub dash: Option<(f64, f64)>,
    /// The cheapest cost at each x; `None` where no option is available.
    pub costs: Vec<Option<f64>>,
    /// The scenario's own ticket volume and cost, marked with a dot.
    pub current: Option<(f64, f64)>,
}

pub struct CompareInput<'a> {
    pub xs: &'a [f64],
    pub curves: &'a [Curve],
    pub x_title: &'a str,
    pub x_label: &'a dyn Fn(f64) -> String,
    pub y_label: &'a dyn Fn(f64) -> String,
    pub dark: bool,
    pub dpr: f64,
}

pub fn draw(canvas: HtmlCanvasElement, c: &CompareInput) -> Result<(), DrawError> {
    let super::Canvas { root, ctx, pal } = open_canvas(canvas, c.dark)?;
    let (x_min, x_max) = (
        c.xs.first().copied().unwrap_or(0.0),
        c.xs.last().copied().unwrap_or(1.0).max(1.0),
    );
    let y_top = c
        .curves
        .iter()
        .flat_map(|curve| curve.costs.iter().flatten())
        .fold(0.0f64, |m, &v| m.max(v));
    let y_max = axis_ceiling(y_top * 1.08).max(10.0);
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

    let background = css_rgba(pal.background, 1.0);
    for curve in c.curves {
        let mut segment: Vec<(f64, f64)> = Vec::new();
        let mut segments = Vec::new();
        for (x, y) in c.xs.iter().zip(&curve.costs) {
            match y {
                Some(y) => segment.push((*x, *y)),
                None if !segment.is_empty() => segments.push(std::mem::take(&mut segment)),
                None => {}
            }
        }
        if !segment.is_empty() {
            segments.push(segment);
        }
        for points in segments {
            pen.line(&points, curve.color, 2.5, curve.dash);
        }
        if let Some(at) = curve.current.filter(|(x, _)| *x >= x_min && *x <= x_max) {
            pen.ring(at, 6.0, &background, curve.color, 2.5);
        }
    }
    root.present()?;
    Ok(())
}
