//! The one colour, dash pattern and marker of each option and of each compared scenario, and the charts'
//! light and dark palettes: data that every chart and legend is handed, from this one place.
//!
//! Option colours are from the Okabe-Ito palette and scenario colours from Paul Tol's bright scheme;
//! both stay distinguishable with colour-vision deficiencies, and each line also has its own dash
//! pattern (and each option its own marker), so colour is never the only cue. `style/main.css` repeats
//! the colours for the `opt-*` and `scn-*` classes; a test keeps the two in step.

use crate::model::OptionId;

/// A colour as its red, green and blue components.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour at `alpha` as a CSS colour.
    pub fn css(self, alpha: f64) -> String {
        let alpha = crate::format::css(alpha, 3);
        format!("rgba({},{},{},{alpha})", self.0, self.1, self.2)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    /// A triangle pointing down.
    Down,
}

/// How one line is drawn: its colour, its (dash, gap) pattern in CSS pixels (`None`: solid) and the
/// marker along it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    pub color: Rgb,
    pub dash: Option<(f64, f64)>,
    pub marker: Marker,
}

impl LineStyle {
    /// The dash pattern as an SVG `stroke-dasharray`, empty for a solid line.
    pub fn dasharray(self) -> String {
        self.dash
            .map(|(d, g)| format!("{} {}", crate::format::css(d, 2), crate::format::css(g, 2)))
            .unwrap_or_default()
    }
}

/// Option `id`'s style in the light or dark theme.
pub fn option_style(id: OptionId, dark: bool) -> LineStyle {
    let (color, dash, marker) = match id {
        OptionId::Diy => (Rgb(0xd5, 0x5e, 0x00), None, Marker::Circle),
        OptionId::Employee => (
            if dark {
                Rgb(0x56, 0xb4, 0xe9)
            } else {
                Rgb(0x00, 0x72, 0xb2)
            },
            Some((9.0, 5.0)),
            Marker::Square,
        ),
        OptionId::Contractor => (Rgb(0x00, 0x9e, 0x73), Some((2.5, 4.0)), Marker::Triangle),
        OptionId::Platform => (
            if dark {
                Rgb(0xcc, 0x79, 0xa7)
            } else {
                Rgb(0xb5, 0x56, 0x9a)
            },
            Some((18.0, 5.0)),
            Marker::Diamond,
        ),
        // Okabe-Ito's black, light in the dark theme: apart from every colour above.
        OptionId::AllHands => (
            if dark {
                Rgb(0xdd, 0xdd, 0xdd)
            } else {
                Rgb(0x33, 0x33, 0x33)
            },
            Some((12.0, 4.0)),
            Marker::Down,
        ),
    };
    LineStyle {
        color,
        dash,
        marker,
    }
}

/// Every option's style in the light or dark theme.
pub fn option_styles(dark: bool) -> crate::model::PerOption<LineStyle> {
    crate::model::PerOption::from_fn(|id| option_style(id, dark))
}

/// The styles of the compared scenarios, in order (`model::compare::MAX_COMPARED` of them).
pub const SCENARIO_STYLES: [LineStyle; crate::model::compare::MAX_COMPARED] = [
    LineStyle {
        color: Rgb(0x44, 0x77, 0xaa),
        dash: None,
        marker: Marker::Circle,
    },
    LineStyle {
        color: Rgb(0xee, 0x66, 0x77),
        dash: Some((9.0, 5.0)),
        marker: Marker::Circle,
    },
    LineStyle {
        color: Rgb(0x22, 0x88, 0x33),
        dash: Some((2.5, 4.0)),
        marker: Marker::Circle,
    },
    LineStyle {
        color: Rgb(0xaa, 0x77, 0x00),
        dash: Some((16.0, 5.0)),
        marker: Marker::Circle,
    },
];

/// Background, text and grid colours of a chart, matching the page's light or dark theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
}

impl Palette {
    pub fn new(dark: bool) -> Palette {
        if dark {
            Palette {
                background: Rgb(0x1b, 0x1e, 0x23),
                text: Rgb(0xe6, 0xe8, 0xeb),
                muted: Rgb(0xa8, 0xae, 0xb6),
                grid: Rgb(0x34, 0x39, 0x40),
            }
        } else {
            Palette {
                background: Rgb(0xff, 0xff, 0xff),
                text: Rgb(0x1f, 0x23, 0x28),
                muted: Rgb(0x5b, 0x63, 0x6d),
                grid: Rgb(0xe3, 0xe6, 0xea),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = include_str!("../style/main.css");

    /// The stylesheet from `from` to the end of its rule.
    fn rule(from: &str) -> &'static str {
        let start = CSS
            .find(from)
            .unwrap_or_else(|| panic!("{from} not in main.css"));
        let rest = &CSS[start..];
        // A media block ends at a closing brace alone on its line.
        let end = rest.find("\n}").unwrap_or(rest.len());
        &rest[..end]
    }

    /// The value `rule` gives `property`, if it sets it.
    fn css_value(rule: &str, property: &str) -> Option<String> {
        let at = rule.find(&format!("{property}:"))? + property.len() + 1;
        Some(rule[at..].split([';', '}']).next()?.trim().to_string())
    }

    #[test]
    fn the_stylesheet_gives_each_option_and_scenario_the_same_colour_as_the_charts() {
        for id in OptionId::ALL {
            let var = format!("--opt-{}", id.key());
            let light = option_style(id, false).color.hex();
            let dark = option_style(id, true).color.hex();
            assert_eq!(css_value(rule(":root"), &var), Some(light.clone()), "{var}");
            // The dark theme overrides only the colours that change.
            let dark_css = css_value(rule("prefers-color-scheme: dark"), &var);
            assert_eq!(dark_css.unwrap_or(light), dark, "{var} (dark)");
        }
        for (i, style) in SCENARIO_STYLES.iter().enumerate() {
            let class = format!(".scn-{}", i + 1);
            let value = css_value(rule(&class), "--option-color");
            assert_eq!(value, Some(style.color.hex()), "{class}");
        }
    }

    #[test]
    fn options_and_scenarios_differ_by_more_than_colour() {
        let styles = option_styles(false);
        for (a, sa) in styles.iter() {
            for (b, sb) in styles.iter().filter(|(b, _)| *b > a) {
                assert!(
                    sa.dash != sb.dash && sa.marker != sb.marker,
                    "{a:?} and {b:?}"
                );
            }
        }
        for (i, a) in SCENARIO_STYLES.iter().enumerate() {
            for b in &SCENARIO_STYLES[i + 1..] {
                assert_ne!(a.dash, b.dash);
            }
        }
    }
}
