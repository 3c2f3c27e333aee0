//! Azure Hybrid Benefit break-even for SQL Server: what AHB saves against licence-included
//! pricing, how many core licences it takes, and when buying SA, licences or a subscription
//! to use it pays back.

mod assumptions;
mod charts;
pub mod fields;
mod figures;
mod meta;
pub mod model;
mod notes;
pub mod outcome;
pub mod resolve;
mod words;

use calc_core::{Calculator, FieldError, Inputs, Meta, Outcome, Preset, PriceSheet};

pub use model::{compute_model, Acquire, AhbInputs, AhbResult, Edition, PurchaseModel, Service, Tier};

include!(concat!(env!("OUT_DIR"), "/prices.rs"));

pub struct Ahb;

/// The calculator, as the registry lists it.
pub static CALCULATOR: Ahb = Ahb;

impl Calculator for Ahb {
    fn meta(&self) -> &'static Meta {
        &meta::META
    }

    fn fields(&self) -> &'static [calc_core::Field] {
        fields::FIELDS
    }

    fn prices(&self) -> &'static PriceSheet {
        &PRICES
    }

    fn presets(&self) -> &'static [Preset] {
        meta::PRESETS
    }

    fn compute(&self, inputs: &Inputs, prices: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
        let resolved = resolve::resolve(inputs, prices)?;
        let result = compute_model(&resolved.inputs);
        Ok(outcome::build(&resolved, &result))
    }
}
