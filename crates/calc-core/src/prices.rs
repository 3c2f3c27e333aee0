use serde::Serialize;

/// One default price: its value and where it came from. Generated at build time from the
/// calculator's `prices.toml` (see `price-codegen`), so every default is dated and sourced.
#[derive(Debug, Serialize)]
pub struct Price {
    pub key: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: &'static str,
    pub source: &'static str,
    pub as_of: &'static str,
    pub note: &'static str,
}

#[derive(Debug, Serialize)]
pub struct PriceSheet {
    pub entries: &'static [Price],
}

impl PriceSheet {
    pub fn get(&self, key: &str) -> Option<&'static Price> {
        self.entries.iter().find(|p| p.key == key)
    }

    /// The value of a price the calculator declares. Every key a calculator uses is checked
    /// by its tests, so a miss is a programming error; it reads as 0 rather than panicking.
    pub fn value(&self, key: &str) -> f64 {
        self.get(key).map(|p| p.value).unwrap_or(0.0)
    }

    /// The oldest as-of date on the sheet: what the page shows as "prices as of".
    pub fn as_of(&self) -> &'static str {
        self.entries.iter().map(|p| p.as_of).min().unwrap_or("")
    }
}
