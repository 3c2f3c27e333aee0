use crate::Date;
use serde::Serialize;

/// One default price: its value and where it came from. Generated at build time from the
/// calculator's `prices.toml` (see `price-codegen`), so every default is dated and sourced.
#[derive(Debug, PartialEq, Serialize)]
pub struct Price {
    pub key: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: &'static str,
    pub source: &'static str,
    /// How the source is cited to a reader: "Publisher, title".
    pub cite: &'static str,
    pub as_of: Date,
    pub note: &'static str,
    /// A proxy, a third-party or partial figure: the page and the report say so beside it.
    pub uncertain: bool,
    /// Another figure standing in for this one (another region's, a similar meter's).
    pub proxy: bool,
    /// A published rule or constant (an Ora2Pg unit's minutes), not a price: it dates no
    /// scenario's "prices as of" and raises no price-age notice.
    pub rule: bool,
    /// The region this value prices (`us-east-1`, `westeurope`), when the sheet has regions.
    pub region: Option<&'static str>,
    /// The day the product or SKU it prices was retired: never a default from then on.
    pub retired: Option<Date>,
    /// Earlier values of this price, oldest first, each with the dates it applied.
    pub history: &'static [PastPrice],
}

/// A value a price had before it was superseded.
#[derive(Debug, PartialEq, Serialize)]
pub struct PastPrice {
    pub value: f64,
    /// The day it took effect and the day the next value did.
    pub from: Date,
    pub to: Date,
    pub source: &'static str,
    pub cite: &'static str,
    pub note: &'static str,
}

impl Price {
    /// A current price with nothing flagged (no note, region, retirement or history), as a
    /// test writes one; sheets come from `prices.toml`.
    pub const fn new(
        key: &'static str,
        label: &'static str,
        value: f64,
        unit: &'static str,
        (source, cite): (&'static str, &'static str),
        as_of: Date,
    ) -> Price {
        Price {
            key,
            label,
            value,
            unit,
            source,
            cite,
            as_of,
            note: "",
            uncertain: false,
            proxy: false,
            rule: false,
            region: None,
            retired: None,
            history: &[],
        }
    }

    /// Retired on or before `day`.
    pub fn retired_by(&self, day: Date) -> bool {
        self.retired.is_some_and(|r| r <= day)
    }

    /// Days from the date it took effect (or was read) to `today`.
    pub fn age_on(&self, today: Date) -> i64 {
        self.as_of.days_until(today)
    }
}

#[derive(Debug, Serialize)]
pub struct PriceSheet {
    pub entries: &'static [Price],
}

impl PriceSheet {
    /// The entry for `key`. A key the calculator asks for and the sheet lacks is a programming
    /// error, caught by the registry's tests: it panics rather than computing with 0.
    pub fn get(&self, key: &str) -> &'static Price {
        self.find(key).unwrap_or_else(|| panic!("the price sheet has no entry `{key}`"))
    }

    /// The entry for `key` in the sheet's default region (the first entry with that key).
    pub fn find(&self, key: &str) -> Option<&'static Price> {
        self.entries.iter().find(|p| p.key == key)
    }

    /// The entry for `key` in `region`.
    pub fn find_in(&self, key: &str, region: &str) -> Option<&'static Price> {
        self.entries.iter().find(|p| p.key == key && p.region == Some(region))
    }

    /// The regions the sheet prices `key` in, the default first.
    pub fn regions(&self, key: &str) -> Vec<&'static str> {
        self.entries.iter().filter(|p| p.key == key).filter_map(|p| p.region).collect()
    }

    /// The prices in the default region, one per key: what a scenario starts from.
    pub fn defaults(&self) -> impl Iterator<Item = &'static Price> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter(|(i, p)| !self.entries[..*i].iter().any(|q| q.key == p.key))
            .map(|(_, p)| p)
    }

    pub fn value(&self, key: &str) -> f64 {
        self.get(key).value
    }

    /// Where a price field's value came from: the sheet entry when the value is the sheet's,
    /// otherwise the user's input.
    pub fn provenance(&self, key: &str, value: f64) -> crate::Provenance {
        let price = self.get(key);
        if (price.value - value).abs() <= 1e-12 {
            crate::Provenance::Sheet(price)
        } else {
            crate::Provenance::Input
        }
    }

    /// The oldest as-of date of the sheet's default prices: what the tools index shows as
    /// "prices as of".
    pub fn as_of(&self) -> Option<Date> {
        self.defaults().filter(|p| !p.rule && p.retired.is_none()).map(|p| p.as_of).min()
    }
}

/// What a reader must know about the prices a scenario rests on (`Outcome::prices_used`), said
/// beside the verdict: the oldest one when it is more than `STALE_AFTER_DAYS` old on `today`,
/// and any that is uncertain. `None` when there is nothing to say.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// One line: "This answer rests on a price 888 days old; 3 prices it uses are uncertain."
    pub summary: String,
    /// Which prices, from whom, and what to do.
    pub detail: String,
}

impl Notice {
    /// Both, for a place with room for all of it (the PDF, the terminal).
    pub fn text(&self) -> String {
        format!("{} {}", self.summary, self.detail)
    }
}

pub fn notice(used: &[&Price], today: Date) -> Option<Notice> {
    let stale: Vec<&&Price> = used.iter().filter(|p| p.age_on(today) > STALE_AFTER_DAYS).collect();
    let uncertain: Vec<&&Price> = used.iter().filter(|p| p.uncertain).collect();
    let mut summary = Vec::new();
    let mut detail = Vec::new();
    if let Some(oldest) = stale.first() {
        summary.push(format!(
            "This answer rests on a price from {}, {} days old",
            oldest.as_of,
            oldest.age_on(today)
        ));
        let more = match stale.len() - 1 {
            0 => String::new(),
            1 => " One more price it uses is over 180 days old.".to_string(),
            n => format!(" {n} more prices it uses are over 180 days old."),
        };
        detail.push(format!(
            "The oldest is {}, {} ({} days before {today}). List prices may have changed since; check it against the provider's current price list and type today's figure to override it.{more}",
            oldest.label,
            oldest.cite,
            oldest.age_on(today),
        ));
    }
    match uncertain.as_slice() {
        [] => {}
        [one] => {
            summary.push("one price it uses is uncertain".to_string());
            detail.push(format!(
                "Uncertain (a proxy, third-party or partial figure): {}, {}.",
                one.label, one.cite
            ));
        }
        many => {
            summary.push(format!("{} prices it uses are uncertain", many.len()));
            detail.push(format!(
                "Uncertain (proxies, third-party or partial figures), among them {}, {}.",
                many[0].label, many[0].cite
            ));
        }
    }
    if summary.is_empty() {
        return None;
    }
    let mut summary = summary.join("; ");
    summary[..1].make_ascii_uppercase();
    summary.push('.');
    Some(Notice { summary, detail: detail.join(" ") })
}

/// Default prices older than this are flagged.
pub const STALE_AFTER_DAYS: i64 = 180;

#[cfg(test)]
mod tests {
    use super::*;

    static OLD: Price =
        Price::new("k", "", 1.0, "", ("https://example.com", "Example"), Date::ymd(2026, 3, 28));

    #[test]
    fn prices_older_than_180_days_and_uncertain_ones_are_said() {
        assert_eq!(notice(&[&OLD], Date::ymd(2026, 9, 24)), None); // 180 days
        let said = notice(&[&OLD], Date::ymd(2026, 11, 23)).unwrap();
        assert_eq!(said.summary, "This answer rests on a price from 2026-03-28, 240 days old.");
        assert!(said.detail.contains("(240 days before 2026-11-23)"), "{}", said.detail);
        static PROXY: Price = Price { uncertain: true, as_of: Date::ymd(2026, 11, 1), ..OLD };
        let said = notice(&[&PROXY], Date::ymd(2026, 11, 23)).unwrap();
        assert_eq!(said.summary, "One price it uses is uncertain.");
    }
}
