//! What a number measures, and so how every channel (page, CLI, PDF) writes it. A
//! calculator declares the units it needs as constants (`Unit::rate("USD/ACU-hour", "ACU-hour")`)
//! without editing this crate; the common ones are here.

use serde::{Serialize, Serializer};

/// How a value of this unit is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A total: `$1,240`, `$26.38`.
    Money,
    /// A total per period: `$1,240/month`.
    MoneyPer(&'static str),
    /// A price per unit of usage, with up to 4 decimals: `$0.225`; `per` names the unit.
    Rate { per: &'static str },
    /// A percentage typed as 0–100.
    Percent,
    /// A fraction 0–1, shown as a percentage.
    Share,
    /// A multiplier: `1.3×`.
    Multiplier,
    /// A quantity with at most `decimals` decimals and an optional word after it.
    Quantity { decimals: usize, suffix: &'static str },
    /// Not a number.
    Text,
}

/// A unit: its stable machine name (in JSON), the label written beside an input, and its style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The name in JSON and CSV: `USD/month`, `%`, `share`.
    pub key: &'static str,
    /// Written after a number in a form or a range: `USD/month`, `%`, `GB`.
    pub label: &'static str,
    pub style: Style,
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // In the currency in force: `EUR/month` where a reader asked for euros.
        s.serialize_str(&crate::format::unit_key(*self))
    }
}

impl Unit {
    pub const USD: Unit = Unit { key: "USD", label: "USD", style: Style::Money };
    pub const USD_PER_MONTH: Unit = Unit::money_per("USD/month", "month");
    pub const USD_PER_YEAR: Unit = Unit::money_per("USD/year", "year");
    pub const USD_PER_HOUR: Unit = Unit::rate("USD/hour", "hour");
    pub const USD_PER_GB_MONTH: Unit = Unit::rate("USD/GB-month", "GB-month");
    pub const PERCENT: Unit = Unit { key: "%", label: "%", style: Style::Percent };
    pub const SHARE: Unit = Unit { key: "share", label: "%", style: Style::Share };
    pub const MULTIPLIER: Unit = Unit { key: "x", label: "×", style: Style::Multiplier };
    pub const MONTHS: Unit = Unit::quantity("months", 1, "months");
    pub const YEARS: Unit = Unit::quantity("years", 1, "years");
    pub const HOURS_PER_MONTH: Unit = Unit {
        key: "hours/month",
        label: "hours/month",
        style: Style::Quantity { decimals: 1, suffix: "hours" },
    };
    pub const GB: Unit = Unit::quantity("GB", 1, "GB");
    pub const COUNT: Unit =
        Unit { key: "count", label: "", style: Style::Quantity { decimals: 2, suffix: "" } };
    pub const TEXT: Unit = Unit { key: "", label: "", style: Style::Text };

    /// Money per period: `money_per("USD/quarter", "quarter")` writes `$1,240/quarter`.
    pub const fn money_per(key: &'static str, period: &'static str) -> Unit {
        Unit { key, label: key, style: Style::MoneyPer(period) }
    }

    /// A unit price: `rate("USD/ACU-hour", "ACU-hour")` writes `$0.12`.
    pub const fn rate(key: &'static str, per: &'static str) -> Unit {
        Unit { key, label: key, style: Style::Rate { per } }
    }

    /// A total in USD with its own name, e.g. `money("USD/2-core pack")`.
    pub const fn money(key: &'static str) -> Unit {
        Unit { key, label: key, style: Style::Money }
    }

    /// A count of something: `quantity("cores", 0, "cores")` writes `16 cores`.
    pub const fn quantity(key: &'static str, decimals: usize, suffix: &'static str) -> Unit {
        Unit { key, label: key, style: Style::Quantity { decimals, suffix } }
    }

    /// The unit as written after a number in labels and tables ("USD/month", "%").
    pub fn label(self) -> &'static str {
        self.label
    }

    pub fn is_money(self) -> bool {
        matches!(self.style, Style::Money | Style::MoneyPer(_) | Style::Rate { .. })
    }

    /// Prices per unit of usage (per hour, per GB…) keep more decimals than totals.
    pub fn is_rate(self) -> bool {
        matches!(self.style, Style::Rate { .. })
    }
}
