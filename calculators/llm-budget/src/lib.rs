//! LLM token budgets: "What will this AI feature or these coding agents cost a month, what
//! budget should each developer, team and repository get per day, week and month, where do the
//! soft and hard limits go, and will we overrun this month?"
//!
//! Decision rule: a request costs its changing input at the input price, its static prefix at
//! the cache-read price on a hit and the cache-write price on a miss (uncached below the model's
//! minimum), and its output at the output price, the whole request at the long-context rates
//! above the model's threshold. Each lever (caching, routing to a smaller model, the batch API,
//! retries) is costed on its own against one model with nothing cached, batched or retried, and
//! then in sequence to the final monthly cost; a lever that costs more is called a cost. Budgets
//! split the monthly budget (the one entered, else the forecast) evenly, with the soft alert and
//! hard limit as percentages of it; the month-end forecast is linear in the spend to date.

mod fields;
mod meta;
pub mod model;
mod outcome;
mod words;

pub use fields::{key, LlmModel, Provider, Status, FIELDS, PRICE_DEV_DAY_AVG, PRICE_DEV_DAY_P90};

use calc_core::sensitivity::Driver;

calc_core::calculator! {
    primary: outcome::MONTHLY_COST,
    drivers: [
        Driver::new(key::REQUESTS), Driver::new(key::IN_TOKENS), Driver::new(key::OUT_TOKENS),
        Driver::new(key::CACHE_HIT),
    ],
}
