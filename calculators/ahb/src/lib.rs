//! Azure Hybrid Benefit break-even for SQL Server: "What does AHB save against licence-included
//! pricing, how many core licences does it take, and when does buying SA, licences or a
//! subscription to use it pay back?"
//!
//! Decision rule: the AHB plan is priced as a rational buyer executes it over the horizon:
//! licences (if any) and the first year of SA or subscription at month 0, then each yearly
//! renewal only while the year it pays for saves more than it costs (none once Hyperscale's AHB
//! has ended). It is recommended when its savings over the horizon exceed what it pays;
//! otherwise staying on licence-included pricing is the cheaper plan.
//!
//! Compute is priced for the chosen region (`region`, default East US, the sheet's region
//! before it had others); the SQL licence meters are Global. Every price can be entered instead.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{all_price_keys, base_key, key, region_name, REGION_CHOICES};
pub use model::{Acquire, AhbInputs, AhbResult, Edition, PurchaseModel, Service, Tier};

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    // Sources cite 10–15% SA renewal increases; at its default of 0, 20% either side moves nothing.
    primary: outcome::HORIZON_SAVING,
    drivers: [
        Driver::new(key::VCORES), Driver::new(key::INSTANCES), Driver::new(key::HOURS),
        Driver::new(key::CORES_OWNED), Driver::new(key::YEARS),
        Driver::between(key::SA_INCREASE, 0.0, 15.0),
    ],
}
