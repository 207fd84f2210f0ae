//! The charts. `geometry` is plain code in chart units (which stretches to draw, where the cheapest
//! option changes), tested natively; the drawing functions are plain functions of their data, styles
//! included (`crate::style`), that draw on a canvas and return `Result`. They hold no signals and know
//! nothing of the interface: the component that owns the canvas decides when to call them.

pub mod geometry;

#[cfg(target_arch = "wasm32")]
mod backend;
#[cfg(target_arch = "wasm32")]
pub mod breakeven;
#[cfg(target_arch = "wasm32")]
mod canvas;
#[cfg(target_arch = "wasm32")]
pub mod compare;
#[cfg(target_arch = "wasm32")]
pub mod png;
#[cfg(target_arch = "wasm32")]
pub mod volume;

#[cfg(target_arch = "wasm32")]
pub use canvas::{context_2d, DrawError, Plot};
