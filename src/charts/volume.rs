//! Tickets month by month (SPEC 8): the months read from a helpdesk as bars, a partial month paler
//! with a dashed outline, and, in the months ahead, the projection after them as a dashed line.

use web_sys::HtmlCanvasElement;

use super::canvas::{cartesian, open_canvas, Axes, Canvas, DrawError, Pen};
use super::geometry::axis_ceiling;
use crate::style::{Palette, Rgb};

/// One month of the history.
pub struct Bar {
    pub tickets: f64,
    pub partial: bool,
}

pub struct VolumeInput<'a> {
    /// The history, oldest first: bar `i` stands at x = i.
    pub bars: &'a [Bar],
    /// The months ahead's tickets, from x = bars.len().
    pub ahead: &'a [f64],
    pub x_title: &'a str,
    /// The label of month x (0 is the history's first).
    pub x_label: &'a dyn Fn(f64) -> String,
    pub y_label: &'a dyn Fn(f64) -> String,
    pub palette: Palette,
    pub dark: bool,
    pub dpr: f64,
}

/// The page's accent, in each theme (`--accent` in the style sheet).
fn accent(dark: bool) -> Rgb {
    if dark {
        Rgb(0x7e, 0xa3, 0xff)
    } else {
        Rgb(0x2f, 0x5b, 0xd3)
    }
}

pub fn draw(canvas: HtmlCanvasElement, c: &VolumeInput) -> Result<(), DrawError> {
    let Canvas { root, ctx, pal } = open_canvas(canvas, c.palette)?;
    let months = (c.bars.len() + c.ahead.len()).max(1) as f64;
    let top = c
        .bars
        .iter()
        .map(|b| b.tickets)
        .chain(c.ahead.iter().copied())
        .fold(0.0f64, f64::max);
    let axes = Axes {
        x: -0.6..months - 0.4,
        y_max: axis_ceiling(top.max(1.0) * 1.05),
        x_title: c.x_title,
        x_label: c.x_label,
        y_label: c.y_label,
        dpr: c.dpr,
    };
    let chart = cartesian(&root, &axes, &pal)?;
    let pen = Pen {
        ctx: &ctx,
        plot: super::canvas::Plot::new(&chart, &axes),
    };
    let color = accent(c.dark);
    let half = 0.36;
    for (i, bar) in c.bars.iter().enumerate() {
        let x = i as f64;
        let alpha = if bar.partial { 0.35 } else { 0.85 };
        pen.rect((x - half, 0.0), (x + half, bar.tickets), &color.css(alpha));
        if bar.partial {
            pen.line(
                &[
                    (x - half, 0.0),
                    (x - half, bar.tickets),
                    (x + half, bar.tickets),
                    (x + half, 0.0),
                ],
                &color.css(1.0),
                1.2,
                Some((3.0, 3.0)),
            );
        }
    }
    if !c.ahead.is_empty() {
        let start = c.bars.len() as f64;
        // From the last month read, so that the line continues the bars.
        let from = c.bars.last().map(|b| (start - 1.0, b.tickets));
        let points: Vec<(f64, f64)> = from
            .into_iter()
            .chain(
                c.ahead
                    .iter()
                    .enumerate()
                    .map(|(k, t)| (start + k as f64, *t)),
            )
            .collect();
        pen.line(&points, &pal.text.css(0.8), 2.0, Some((6.0, 4.0)));
        pen.markers(
            points.iter().skip(usize::from(from.is_some())).copied(),
            crate::style::Marker::Circle,
            &pal.text.css(0.8),
            2.5,
        );
    }
    root.present()?;
    Ok(())
}
