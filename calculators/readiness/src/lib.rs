//! Open-source database migration readiness score: "Is this SQL Server or Oracle database a
//! first-wave candidate for PostgreSQL, a later one, or one to leave out of the business case?"
//!
//! Decision rule: every input the assessment counted takes its weight in points off a score of
//! 100 (work in person-days of 8 hours, Ora2Pg's 7-hour days counted as their hours; size and
//! write share add risk points without work). The code in the database decides the tier: Tier 1
//! (heavy T-SQL or PL/SQL, legacy) from the Tier 1 bar, and Tier 1 is excluded from the initial
//! business case, as is a score of 0. A Tier 2 database at or above the first-wave score goes in
//! the first wave, below it in a later wave. Every weight and both bars are inputs: this tool's
//! judgement, shown as such. Ora2Pg's grade (A, B, C) is derived as Ora2Pg derives it.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, oracle_pg, FIELDS, PRICE_DAY_HOURS, PRICE_UNIT_MINUTES};

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    primary: outcome::SCORE,
    drivers: [
        Driver::new(key::RED_ITEMS), Driver::new(key::PROCEDURES), Driver::new(key::SIZE_GB),
        Driver::new(key::FIRST_WAVE_SCORE),
    ],
}
