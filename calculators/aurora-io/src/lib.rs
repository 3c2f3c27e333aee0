//! Aurora I/O-Optimized vs Aurora Standard: "Is I/O-Optimized cheaper for this cluster,
//! and at what I/O volume does the answer flip?"
//!
//! Decision rule: switch when the I/O-Optimized bill (compute × uplift + its storage price,
//! no I/O charge) is below the Standard bill (compute + storage + I/O), that is when the
//! I/O charge exceeds I/O-Optimized's premium; AWS's 25% rule of thumb is shown beside the
//! exact break-even, never instead of it. When the saving's own range (I/O 20% lower to 20%
//! higher) runs from a loss to a saving, the decision is "too close to call", with what to
//! measure.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{
    class_facts, class_price_key, CLASSES, FIELDS, PRICE_ACU, PRICE_ACU_IOPT, PRICE_DSP, PRICE_UPLIFT,
};

use calc_core::sensitivity::Driver;
use fields::key;

calc_core::calculator! {
    primary: outcome::MONTHLY_SAVING,
    drivers: [
        Driver::new(key::IO_M), Driver::new(key::STORAGE_GB), Driver::new(key::INSTANCES),
        Driver::new(key::RI_DISCOUNT),
    ],
}
