//! What every importer turns a vendor file into: a `Table` of price rows with the file's stamp.

use calc_core::Date;
use std::collections::BTreeMap;

/// Where a file came from and when it was published: every price refreshed from it carries
/// this date as its `as_of` and this address as its `source`.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamp {
    /// The file's publication date (AWS `publicationDate`), its commit date (genai-prices) or
    /// the day it was retrieved (the Azure Retail Prices API, which has no other date).
    pub as_of: Date,
    /// The file's version: the AWS `Version`, a commit, or the retrieval date.
    pub version: String,
    /// An https address naming this file and its version.
    pub source: String,
    /// How the source is cited to a reader ("Publisher, title"), for citations.toml.
    pub cite: String,
}

/// One price in a vendor file.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's identifying attributes, names normalized by [`norm`] so that a CSV column
    /// ("Instance Type") and a JSON attribute ("instanceType") are the same name.
    pub attrs: BTreeMap<String, String>,
    pub value: f64,
    /// The unit as the file writes it ("Hrs", "Quantity", "1 Hour", "USD/million tokens").
    pub unit: String,
    /// The row named for a reader: SKU and rate code, meter id, or provider/model/field.
    pub id: String,
    /// The day this row's price takes effect, where the file gives effective dates
    /// (genai-prices `constraint.start_date`, Azure `effectiveStartDate`).
    pub starts: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub stamp: Stamp,
    pub rows: Vec<Row>,
}

/// An attribute name in one spelling: lowercase letters and digits only.
pub fn norm(name: &str) -> String {
    name.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// A number as the vendor files write it ("0.2600000000", "1.2E-4").
pub fn number(text: &str, what: &str) -> Result<f64, String> {
    let v: f64 = text.trim().parse().map_err(|_| format!("{what}: '{text}' is not a number"))?;
    if !v.is_finite() || v < 0.0 {
        return Err(format!("{what}: '{text}' is not a price"));
    }
    Ok(v)
}

/// The date part of an ISO timestamp ("2026-04-22T19:42:03Z" → 2026-04-22).
pub fn date_of(timestamp: &str, what: &str) -> Result<Date, String> {
    Date::parse(timestamp.get(..10).unwrap_or(timestamp)).map_err(|e| format!("{what}: {e}"))
}

/// An AWS usage type without its region prefix ("APS5-InstanceUsage:db.r7g.large" →
/// "InstanceUsage:db.r7g.large"): us-east-1 writes none, so one mapping fits every region.
pub fn usage_base(usage: &str) -> String {
    match usage.split_once('-') {
        Some((prefix, rest))
            if !prefix.is_empty()
                && prefix.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => usage.to_string(),
    }
}

/// The price rows of an AWS price-list CSV (five metadata rows, the header, then one record a
/// rate): each record's non-empty columns as attributes, `usage` also kept without its region
/// prefix (as `<usage>base`), its price read from `price` (a column named in the header).
pub fn aws_csv_rows(
    records: &[Vec<String>],
    names: &[String],
    usage: &str,
    price: &str,
    what: &str,
) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for (n, record) in records.iter().enumerate().skip(6) {
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let mut attrs: BTreeMap<String, String> =
            names.iter().cloned().zip(record.iter().cloned()).filter(|(_, v)| !v.is_empty()).collect();
        if let Some(u) = attrs.get(usage).cloned() {
            attrs.insert(format!("{usage}base"), usage_base(&u));
        }
        let get = |col: &str| attrs.get(col).cloned().unwrap_or_default();
        let value = number(&get(price), &format!("{what} CSV row {}: {price}", n + 1))?;
        rows.push(Row {
            value,
            unit: get("unit"),
            id: format!("SKU {}, rate code {}", get("sku"), get("ratecode")),
            starts: None,
            attrs,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_usage_types_normalize() {
        assert_eq!(norm("Instance Type"), "instancetype");
        assert_eq!(norm("instanceType"), norm("instance_type"));
        assert_eq!(usage_base("APS5-InstanceUsage:db.r7g.large"), "InstanceUsage:db.r7g.large");
        assert_eq!(usage_base("APS5-Multi-AZUsage:db.r7g.large"), "Multi-AZUsage:db.r7g.large");
        assert_eq!(usage_base("Multi-AZUsage:db.r7g.large"), "Multi-AZUsage:db.r7g.large");
        assert_eq!(usage_base("Aurora:ServerlessV2Usage"), "Aurora:ServerlessV2Usage");
        assert_eq!(usage_base("EU-Aurora:ServerlessV2Usage"), "Aurora:ServerlessV2Usage");
    }
}
