//! The one colour and line style of each option, used by cards, table, legend and chart alike.
//! Colours are from the Okabe-Ito palette, which stays distinguishable with colour-vision deficiencies;
//! each option also has its own dash pattern and marker so colour is never the only cue.
//! `style/main.css` repeats these colours for the `opt-*` classes; keep the two in step.

use crate::model::OptionId;

pub fn option_color(id: OptionId, dark: bool) -> &'static str {
    match (id, dark) {
        (OptionId::Diy, _) => "#D55E00",
        (OptionId::Employee, false) => "#0072B2",
        (OptionId::Employee, true) => "#56B4E9",
        (OptionId::Contractor, _) => "#009E73",
        (OptionId::Platform, false) => "#B5569A",
        (OptionId::Platform, true) => "#CC79A7",
    }
}

/// Dash and gap in CSS pixels; `None` for a solid line.
pub fn option_dash(id: OptionId) -> Option<(f64, f64)> {
    match id {
        OptionId::Diy => None,
        OptionId::Employee => Some((9.0, 5.0)),
        OptionId::Contractor => Some((2.5, 4.0)),
        OptionId::Platform => Some((18.0, 5.0)),
    }
}

/// The CSS class that gives an element the option's colour (`--option-color`), so that no inline
/// style is needed.
pub fn option_class(id: OptionId) -> &'static str {
    match id {
        OptionId::Diy => "opt-diy",
        OptionId::Employee => "opt-employee",
        OptionId::Contractor => "opt-contractor",
        OptionId::Platform => "opt-platform",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

pub fn option_marker(id: OptionId) -> Marker {
    match id {
        OptionId::Diy => Marker::Circle,
        OptionId::Employee => Marker::Square,
        OptionId::Contractor => Marker::Triangle,
        OptionId::Platform => Marker::Diamond,
    }
}

/// "#RRGGBB" to its components.
pub fn rgb(hex: &str) -> (u8, u8, u8) {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}
