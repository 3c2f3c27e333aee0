//! The currency money is shown in. Models compute in US dollars, the currency of every price
//! sheet; a reader may see every amount in another currency at a dated reference rate (the
//! European Central Bank's, `reference.rs`, which `cargo xtask prices` rewrites) or at a rate
//! of their own (`fx=` in a link). Only `format` converts, so a figure in euros is the dollar
//! figure × the rate wherever it is shown; inputs typed in euros are divided by the same rate
//! before they reach a model.

mod reference;

use crate::Date;

/// The currencies a page offers. The ECB publishes a reference rate for each against the euro.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
    Inr,
    Jpy,
    Cad,
    Aud,
}

impl Currency {
    pub const ALL: [Currency; 7] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Inr,
        Currency::Jpy,
        Currency::Cad,
        Currency::Aud,
    ];

    /// The ISO 4217 code: `EUR`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Inr => "INR",
            Currency::Jpy => "JPY",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
        }
    }

    /// The sign written with an amount. Canadian and Australian dollars are told apart from
    /// the US dollar, which keeps `$`.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Inr => "₹",
            Currency::Jpy => "¥",
            Currency::Cad => "CA$",
            Currency::Aud => "A$",
        }
    }

    /// The currency's name ("Euro"), which the menu writes after its code: "EUR · Euro".
    pub fn name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollar",
            Currency::Eur => "Euro",
            Currency::Gbp => "Pound sterling",
            Currency::Inr => "Indian rupee",
            Currency::Jpy => "Japanese yen",
            Currency::Cad => "Canadian dollar",
            Currency::Aud => "Australian dollar",
        }
    }

    /// "euros", in running text.
    pub fn plural_name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollars",
            Currency::Eur => "euros",
            Currency::Gbp => "pounds sterling",
            Currency::Inr => "Indian rupees",
            Currency::Jpy => "Japanese yen",
            Currency::Cad => "Canadian dollars",
            Currency::Aud => "Australian dollars",
        }
    }

    /// The yen has no minor unit in use: totals and prices are written without decimals
    /// where another currency writes cents.
    pub fn has_cents(self) -> bool {
        self != Currency::Jpy
    }

    /// Reads an ISO code, in any case.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// How many units of a currency one US dollar buys, and where that figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub currency: Currency,
    pub per_usd: f64,
    pub basis: Basis,
}

/// Where a rate comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// The US dollar itself: nothing is converted.
    Identity,
    /// The reference table's, published on `as_of` by `source`.
    Reference { as_of: Date, source: &'static str },
    /// The reader's own (`fx=` in the link).
    Given,
}

/// A rate older than this is flagged where the figures are read, as an old price is.
pub const STALE_AFTER_DAYS: i64 = 30;

/// The lowest and highest rate a reader may give (`fx=`): wide enough for any of the offered
/// currencies against the dollar, narrow enough that an amount stays finite.
pub const GIVEN_RANGE: (f64, f64) = (0.0001, 100_000.0);

impl Rate {
    /// The US dollar: amounts as the models compute them.
    pub const USD: Rate = Rate { currency: Currency::Usd, per_usd: 1.0, basis: Basis::Identity };

    /// The reference rate for `currency` (the US dollar at 1).
    pub fn reference(currency: Currency) -> Rate {
        if currency == Currency::Usd {
            return Rate::USD;
        }
        let table = &reference::TABLE;
        let per_usd = table
            .per_usd
            .iter()
            .find(|(c, _)| *c == currency)
            .map(|(_, r)| *r)
            .expect("every offered currency is in the reference table");
        Rate { currency, per_usd, basis: Basis::Reference { as_of: table.as_of, source: table.source } }
    }

    /// The reader's own rate for `currency`.
    pub fn given(currency: Currency, per_usd: f64) -> Rate {
        Rate { currency, per_usd, basis: Basis::Given }
    }

    /// The reader's own rate as typed or linked (`0.93`), or none when it is not a number
    /// within `GIVEN_RANGE`: the one reading of `fx=` and of the rate box.
    pub fn read_given(currency: Currency, text: &str) -> Option<Rate> {
        let r = crate::decimal::parse(text.trim())?;
        (GIVEN_RANGE.0..=GIVEN_RANGE.1).contains(&r).then(|| Rate::given(currency, r))
    }

    pub fn is_usd(&self) -> bool {
        self.currency == Currency::Usd
    }

    /// A dollar amount in this currency.
    pub fn from_usd(&self, usd: f64) -> f64 {
        usd * self.per_usd
    }

    /// An amount in this currency back in dollars, as a model takes it.
    pub fn to_usd(&self, amount: f64) -> f64 {
        amount / self.per_usd
    }

    /// The reference table's date, for a reference rate.
    pub fn as_of(&self) -> Option<Date> {
        match self.basis {
            Basis::Reference { as_of, .. } => Some(as_of),
            _ => None,
        }
    }

    /// Whether a reference rate is older than `STALE_AFTER_DAYS` on `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        self.as_of().is_some_and(|d| d.days_until(today) > STALE_AFTER_DAYS)
    }
}

impl Rate {
    /// The sentence read under the figures (page, PDF, CSV) when amounts are converted: "Amounts
    /// in euros (EUR) at 0.8559 per US dollar, the European Central Bank's reference rate of
    /// 2026-04-13. Every price is its vendor's US dollar list price converted at that rate: none
    /// here is published in euros." (Azure prices every service in dollars; its other currencies
    /// are Microsoft's own conversions, for reference.) On `today`, a
    /// reference rate over 30 days old says so. None for US dollars.
    pub fn describe(&self, today: Date) -> Option<String> {
        let c = self.currency;
        let per = crate::format::number(self.per_usd, 4);
        let basis = match self.basis {
            Basis::Identity => return None,
            Basis::Given => "a rate given in the link".to_string(),
            Basis::Reference { as_of, .. } => {
                let stale = if self.is_stale(today) {
                    let age = as_of.days_until(today);
                    format!(" (the rate is {age} days old: check it before relying on the conversion)")
                } else {
                    String::new()
                };
                format!("the European Central Bank's reference rate of {as_of}{stale}")
            }
        };
        Some(format!(
            "Amounts in {} ({}) at {per} per US dollar, {basis}. Every price is its vendor's US dollar list price converted at that rate: none here is published in {}.",
            c.plural_name(),
            c.code(),
            c.plural_name()
        ))
    }
}

/// The reference rates: one publication of the ECB's euro reference rates, turned into
/// units per US dollar.
pub struct Table {
    /// The day the ECB published the rates.
    pub as_of: Date,
    /// The file they were read from.
    pub source: &'static str,
    /// Units of each currency per US dollar (`EUR per EUR / USD per EUR` for the euro's).
    pub per_usd: &'static [(Currency, f64)],
}

/// The reference table (for the CLI's `prices` and a page's rate line).
pub fn reference_table() -> &'static Table {
    &reference::TABLE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offered_currency_has_a_positive_reference_rate() {
        for c in Currency::ALL {
            let r = Rate::reference(c);
            assert!(r.per_usd.is_finite() && r.per_usd > 0.0, "{c:?}");
            assert_eq!(Currency::from_code(&c.code().to_lowercase()), Some(c));
        }
        assert_eq!(Rate::reference(Currency::Usd), Rate::USD);
        assert_eq!(Currency::from_code("XYZ"), None);
    }

    #[test]
    fn converts_both_ways() {
        let eur = Rate::given(Currency::Eur, 0.8);
        assert_eq!(eur.from_usd(100.0), 80.0);
        assert_eq!(eur.to_usd(80.0), 100.0);
    }

    #[test]
    fn a_reference_rate_is_stale_after_thirty_days() {
        let r = Rate::reference(Currency::Eur);
        let as_of = r.as_of().unwrap();
        assert!(!r.is_stale(as_of.plus_days(30)));
        assert!(r.is_stale(as_of.plus_days(31)));
        assert!(!Rate::given(Currency::Eur, 0.9).is_stale(as_of.plus_days(999)));
    }
}
