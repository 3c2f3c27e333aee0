//! Oracle to PostgreSQL migration savings: "If we leave Oracle for PostgreSQL, what does it cost
//! to get there, when does it pay back, and what do we save over the horizon?"
//!
//! Decision rule: move when staying (Oracle support renewed yearly in advance from the month it
//! next renews, rising by the uplift, plus Oracle's infrastructure) costs more over the horizon
//! than moving (the rewrite and other one-time costs, the target's run rate, and Oracle kept
//! running until the overlap ends, with the renewals due before then); only if the payback is
//! acceptable when the NPV at the cost of capital is negative. When staying is cheaper over the
//! horizon, stay, and say in which later month moving would break even if it does within 20
//! years. The payback month is the first from which the cumulative saving stays at or above zero.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, FIELDS};

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    // The tornado's ranges: hours per item ±50% (where estimates tend to grow), the support
    // uplift and the dual-running overlap from none to twice the input, the target's run rate
    // ±20%, the renewal month across the year.
    primary: outcome::SAVING,
    drivers: [
        Driver::scaled(key::HOURS_PER_ITEM, 0.5, 1.5), Driver::scaled(key::UPLIFT, 0.0, 2.0),
        Driver::new(key::TARGET_MONTHLY), Driver::scaled(key::OVERLAP_MONTHS, 0.0, 2.0),
        Driver::between(key::RENEWAL_MONTH, 1.0, 12.0), Driver::new(key::RED_ITEMS),
        Driver::new(key::HOURLY_RATE), Driver::new(key::DISCOUNT),
    ],
}
