//! RDS and Aurora Extended Support: "What does not upgrading cost, and when should the
//! upgrade be done?"
//!
//! Decision rule: price three paths from the start date to the last day of Extended Support on
//! AWS's calendar (upgrade as soon as the project can finish, by a later date, or on the last
//! day, since AWS upgrades the engine itself after it), each paying the surcharge through its
//! upgrade day, the same upgrade project once and any instance-class change after it, and
//! recommend the cheapest total; a tie goes to the earlier upgrade.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::FIELDS;

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    primary: outcome::SAVING_NOW,
    drivers: [
        Driver::new(fields::key::DATABASES), Driver::new(fields::key::VCPUS),
        Driver::new(fields::key::ENG_HOURS), Driver::new(fields::key::CLASS_CHANGE),
    ],
}
