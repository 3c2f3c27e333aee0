//! The contract every calculator implements and every delivery channel (site, CLI, PDF,
//! tests) consumes. Pure Rust: builds natively and for wasm32 with no web dependency.

mod calculator;
pub mod charts;
mod choices;
pub mod compare;
pub mod currency;
mod date;
pub mod decimal;
mod field;
pub mod finance;
pub mod format;
mod inputs;
pub mod licensing;
mod outcome;
pub mod payback;
pub mod prices;
pub mod sensitivity;
mod sorted_map;
mod unit;
mod verdict;

pub use calculator::{
    complete, defaults, evaluate, Calculator, Definition, Meta, Migration, Preset, SourceLink,
};
pub use choices::ChoiceEnum;
pub use currency::{Currency, Rate};
pub use date::Date;
pub use field::{Choice, DecimalMark, Field, FieldError, FieldKind, Typed};
pub use inputs::{Inputs, Value};
pub use outcome::{
    Assumption, AutoValue, Axis, Cell, Chart, Column, Figure, Headline, Level, Marker, Math, NextStep,
    Outcome, Provenance, Row, RowKind, Series, Table, Warning,
};
pub use prices::{PastPrice, Price, PriceSheet};
pub use sorted_map::{sort_small_by, SortedMap};
pub use unit::{Style, Unit};
pub use verdict::{Decision, Verdict};

/// `x.clamp(lo, hi)` for bounds in order, NaN staying NaN, without `f64::clamp`'s check of
/// its bounds: that panic's message prints them with `core`'s float printer, which would
/// bring the printer back into every page's wasm (see `decimal`).
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}
