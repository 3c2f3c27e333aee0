//! SQL Server and Oracle licensing across clouds: "For this SQL Server or Oracle footprint, what
//! does licence-included cost on each cloud against bringing our own licences, how many
//! licences does each option need, and what do we keep paying?"
//!
//! Decision rule: recommend the cheapest option priced. Bring your own licences when the
//! cheapest BYOL option (licence-free compute and Windows Server plus the support or Software
//! Assurance the licences keep paying) costs less a year than the cheapest licence-included
//! option; otherwise stay licence-included. Licences are counted by the vendors' public rules
//! (`calc_core::licensing`).

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, FIELDS};
pub use outcome::HEADLINES;

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    primary: outcome::PLAN_HORIZON,
    drivers: [
        Driver::new(key::VCPUS), Driver::new(key::INSTANCES), Driver::between(key::SA_PCT, 20.0, 30.0),
        Driver::new(key::DISCOUNT), Driver::new(key::YEARS),
    ],
}
