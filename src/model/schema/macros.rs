//! The macros that write the description's entries (`inputs`, `rows`): one line of arguments per input.

macro_rules! number {
    ($section:ident, $group:ident . $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr,
     default $default:expr, $label:expr, $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Number(NumberField {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                default: $default,
                get: |s| s.$group.$name,
                set: |s, v| s.$group.$name = v,
            }),
        }
    };
}

/// An option's own tier-1 resolution rate or reply minutes (SPEC 3.8), following the workload's.
macro_rules! own {
    ($section:ident, $group:ident . $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr,
     $label:expr, $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Optional(OptionalField {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                unset: Unset::Follows(|s| s.workload.$name),
                get: |s| s.$group.$name,
                set: |s, v| s.$group.$name = v,
            }),
        }
    };
}

macro_rules! own_tier1 {
    ($section:ident, $group:ident, $who:expr) => {
        own!(
            $section,
            $group.tier1_resolution_rate,
            0.0,
            1.0,
            Percent,
            1.0,
            Text::new(
                "Own tier-1 resolution rate",
                "Eigene Lösungsquote im 1st-Level"
            ),
            $who
        )
    };
}

macro_rules! own_minutes {
    ($section:ident, $group:ident, $who:expr) => {
        own!(
            $section,
            $group.minutes_per_reply,
            0.1,
            600.0,
            Minutes,
            0.5,
            Text::new("Own minutes per reply", "Eigene Minuten pro Antwort"),
            $who
        )
    };
}

macro_rules! switch {
    ($section:ident, $group:ident, default $default:expr) => {
        Input {
            section: Section::$section,
            name: "enabled",
            label: Text::new("Include in the comparison", "In den Vergleich aufnehmen"),
            help: Text::new(
                "Switch off to leave this option out of the cards, chart and break-evens.",
                "Ausschalten, um diese Option aus Karten, Diagramm und Break-even-Punkten herauszunehmen.",
            ),
            kind: Kind::Switch {
                default: $default,
                get: |s| s.$group.enabled,
                set: |s, on| s.$group.enabled = on,
            },
        }
    };
}

macro_rules! choice {
    ($section:ident, $name:ident, $($field:ident).+ : $ty:ty, default $default:expr, $label:expr,
     $help:expr) => {
        Input {
            section: Section::$section,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Choice(ChoiceField {
                options: options::<$ty>,
                default: $default,
                get: |s| Named::key(s.$($field).+),
                set: |s, key| match <$ty>::from_key(key) {
                    Some(v) => {
                        s.$($field).+ = v;
                        true
                    }
                    None => false,
                },
            }),
        }
    };
}

macro_rules! text {
    ($name:ident, $rule:expr, default $default:expr, $label:expr, $help:expr) => {
        Input {
            section: Section::Scenario,
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: Kind::Text(TextField {
                rule: $rule,
                default: $default,
                get: |s| &s.$name,
                set: |s, v| s.$name = v,
            }),
        }
    };
}

macro_rules! row_number {
    ($kind:ident, $name:ident, $min:expr, $max:expr, $unit:ident, $step:expr, $label:expr,
     $help:expr) => {
        RowField {
            name: stringify!($name),
            label: $label,
            help: $help,
            kind: RowKind::$kind {
                range: Range {
                    min: $min,
                    max: $max,
                    step: $step,
                    unit: Unit::$unit,
                },
                get: |p| p.$name,
                set: |p, v| p.$name = v,
            },
        }
    };
}
