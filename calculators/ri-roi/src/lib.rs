//! Reserved Instance ROI for cloud databases: "Should we buy Reserved Instances for these
//! databases now, which term and payment option, and what if we right-size first or move off
//! this engine before the term ends?"
//!
//! Decision rule: an RI is owed for every hour of its term, so over the months the instances
//! will really run (the term, or until a planned migration) the cheapest of On-Demand, every
//! RI option AWS sells and a Database Savings Plan wins; On-Demand wins ties, so an RI that
//! loses money before the migration is never recommended. Right-sizing first wins when the
//! smaller class, committed after the 90-day wait, costs less over the same months.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, Deployment, Engine, CLASSES};

use calc_core::sensitivity::Driver;
use calc_core::{Definition, FieldError, Inputs, Outcome, PriceSheet};

include!(concat!(env!("OUT_DIR"), "/prices.rs"));

pub static CALCULATOR: Definition = Definition {
    meta: &meta::META,
    fields: fields::FIELDS,
    prices: &PRICES,
    presets: meta::PRESETS,
    headlines: outcome::HEADLINES,
    decisions: words::DECISIONS,
    primary: Some(outcome::HORIZON_SAVING),
    drivers: &[
        Driver::new(key::MIGRATE_MONTH),
        Driver::new(key::INSTANCES),
        Driver::new(key::HOURS),
        Driver::new(key::OD_HOURLY),
    ],
    migrations: &[],
    compute,
};

fn compute(inputs: &Inputs, prices: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
    let read = fields::read(inputs, prices)?;
    let result = model::compute(&read.model);
    Ok(outcome::build(&read, &result))
}
