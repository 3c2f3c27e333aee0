//! Written by `cargo xtask prices` from the European Central Bank's euro foreign exchange
//! reference rates; do not edit by hand.

use super::{Currency, Table};
use crate::Date;

/// ECB reference rates of 2024-06-28 (EUR 1 = USD 1.0705, JPY 171.94, GBP 0.84638,
/// AUD 1.6079, CAD 1.4670, INR 89.2495), per US dollar.
pub static TABLE: Table = Table {
    as_of: Date::ymd(2024, 6, 28),
    source: "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
    per_usd: &[
        (Currency::Eur, 1.0 / 1.0705),
        (Currency::Gbp, 0.84638 / 1.0705),
        (Currency::Inr, 89.2495 / 1.0705),
        (Currency::Jpy, 171.94 / 1.0705),
        (Currency::Cad, 1.4670 / 1.0705),
        (Currency::Aud, 1.6079 / 1.0705),
    ],
};
