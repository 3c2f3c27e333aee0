//! Azure Synapse cost optimizer: "How much do right-sizing, pause schedules and moving ad-hoc
//! queries to serverless save on a dedicated SQL pool, and what do they risk?"
//!
//! Decision rule: each lever is costed on its own against today, then the recommended plan
//! applies them in order (right-size to the smallest Gen2 level at or above the peak plus
//! headroom, pause, offload the ad-hoc share of the hours left) without counting any saving
//! twice, and leaves out the offload when its serverless bill exceeds the dedicated hours it
//! frees there: the plan the verdict names is the plan the figures price, the cheapest one.
//! A reservation the pool holds is billed whether it runs or not, so over the horizon each
//! lever saves only the DWU above it until it ends; a lever that saves only after is started
//! then.
//!
//! Prices are pay-as-you-go for the pool's region (`region`, default West Europe, the sheet's
//! region before it had others); each can be entered instead.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{region_label, LEVEL_CHOICES, PRICE_DWU, PRICE_STORAGE, PRICE_TB, REGION_CHOICES};

use calc_core::sensitivity::Driver;
use fields::key;

calc_core::calculator! {
    primary: outcome::HORIZON_SAVING,
    drivers: [
        Driver::new(key::PEAK_DWU), Driver::new(key::HOURS_WEEK), Driver::new(key::PAUSE_HOURS_WEEK),
        Driver::new(key::ADHOC_SHARE), Driver::new(key::TB_SCANNED),
        Driver::between(key::RESERVED_MONTHS, 0.0, 36.0),
    ],
}
