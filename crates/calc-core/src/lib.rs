//! The contract every calculator implements and every delivery channel (site, CLI, PDF,
//! tests) consumes. Pure Rust: builds natively and for wasm32 with no web dependency.

mod calculator;
mod field;
pub mod finance;
pub mod format;
mod inputs;
mod outcome;
mod prices;
mod unit;

pub use calculator::{defaults, evaluate, Calculator, Meta, Migration, Preset, SourceLink};
pub use field::{Choice, Field, FieldError, FieldKind};
pub use inputs::{Inputs, Value};
pub use outcome::{
    Assumption, Axis, Cell, Chart, Column, Figure, Level, Marker, Math, Outcome, Series, Table, Warning,
};
pub use prices::{Price, PriceSheet};
pub use unit::Unit;
