//! Reserved Instance ROI for cloud databases: "Should we buy Reserved Instances for these
//! databases now, which term and payment option, and what if we right-size first or move off
//! this engine before the term ends?"
//!
//! Decision rule: every option is a plan priced the way a rational buyer would run it over the
//! months the instances will really run (until a planned migration, or 36 months after the
//! 90-day wait): a commitment is owed for every hour of its term, renewed only when renewing
//! costs less than On-Demand for the months it would cover, and followed by the cheapest cover
//! when a 3-year term ends first. The cheapest plan wins, at today's class or the right-sized
//! one (On-Demand at today's class wins ties, so a commitment that loses money before the
//! migration is never recommended), among On-Demand, every RI offer with a price and a 1-year No
//! Upfront Database Savings Plan where the class qualifies.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, Deployment, Engine, CLASSES};

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    primary: outcome::HORIZON_SAVING,
    drivers: [
        Driver::new(key::MIGRATE_MONTH), Driver::new(key::INSTANCES), Driver::new(key::HOURS),
        Driver::new(key::OD_HOURLY),
    ],
}
