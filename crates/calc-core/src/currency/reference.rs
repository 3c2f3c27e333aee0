//! Written by `cargo xtask prices` from the European Central Bank's euro foreign exchange
//! reference rates; do not edit by hand.

use super::{Currency, Table};
use crate::Date;

/// ECB reference rates of 2026-04-13 (EUR 1 = USD 1.1684, JPY 186.75, GBP 0.87058, AUD 1.6610,
/// CAD 1.6177, INR 109.0470), per US dollar.
pub static TABLE: Table = Table {
    as_of: Date::ymd(2026, 4, 13),
    source: "https://www.ecb.europa.eu/stats/eurofxref/eurofxref.zip",
    per_usd: &[
        (Currency::Eur, 1.0 / 1.1684),
        (Currency::Gbp, 0.87058 / 1.1684),
        (Currency::Inr, 109.0470 / 1.1684),
        (Currency::Jpy, 186.75 / 1.1684),
        (Currency::Cad, 1.6177 / 1.1684),
        (Currency::Aud, 1.6610 / 1.1684),
    ],
};
