//! The CSS class of each option's colour. The colours themselves, dashes and markers are in
//! `crate::style`, which `style/main.css` repeats for these classes (a test keeps them in step).

use crate::model::OptionId;

/// The CSS class that gives an element the option's colour (`--option-color`), so that no inline
/// style is needed.
pub fn option_class(id: OptionId) -> String {
    format!("opt-{}", id.key())
}
