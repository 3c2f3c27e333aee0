//! The Azure Retail Prices API's JSON pages: `{BillingCurrency, CustomerEntityId,
//! CustomerEntityType, Items[], NextPageLink, Count}`, each item `{currencyCode, retailPrice,
//! unitPrice, armRegionName, effectiveStartDate, meterId, meterName, productName, skuId,
//! skuName, serviceName, unitOfMeasure, type, reservationTerm?, tierMinimumUnits, …}`.
//! Documented at https://learn.microsoft.com/en-us/rest/api/cost-management/retail-prices/azure-retail-prices
//!
//! `type` is `Consumption` (pay-as-you-go, priced per `unitOfMeasure`), `DevTestConsumption`
//! or `Reservation`. A Reservation's `unitPrice` is the price of the whole term
//! (`reservationTerm`, "1 Year" or "3 Years"), not of one hour, whatever `unitOfMeasure`
//! says: such a row's unit is "USD per <term>", and a mapping asks `per_hour` to spread it over
//! the term's hours. The API's pages carry no publication date: a page is stamped with the day
//! it was retrieved, and each row keeps its own `effectiveStartDate`.

use super::table::{date_of, norm, Row, Stamp, Table};
use calc_core::Date;
use serde_json::Value;

/// The query a mapping's file names, as an address (the stamp's source).
pub fn query_url(filter: &str) -> String {
    let filter = percent_encoding::utf8_percent_encode(filter, percent_encoding::NON_ALPHANUMERIC);
    format!("https://prices.azure.com/api/retail/prices?api-version=2023-01-01-preview&$filter={filter}")
}

pub fn stamp(filter: &str, region: &str, retrieved: Date) -> Stamp {
    Stamp {
        as_of: retrieved,
        version: format!("retrieved {retrieved}"),
        source: query_url(filter),
        cite: format!("Microsoft, Azure Retail Prices API, {region}: {filter} (retrieved {retrieved})"),
    }
}

/// Hours in a reservation term as the API names it.
pub fn term_hours(term: &str) -> Option<f64> {
    match term.trim() {
        "1 Year" => Some(8760.0),
        "3 Years" => Some(26280.0),
        "5 Years" => Some(43800.0),
        _ => None,
    }
}

const ITEM_FIELDS: [&str; 9] = [
    "retailPrice",
    "unitPrice",
    "unitOfMeasure",
    "meterId",
    "meterName",
    "productName",
    "skuName",
    "armRegionName",
    "type",
];

/// Reads every page of one query; refuses a page without `Items` or an item without one of
/// the fields a price needs.
pub fn parse(pages: &[String], stamp: Stamp) -> Result<Table, String> {
    let mut rows = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let what = format!("Azure retail page {n}");
        let doc: Value = serde_json::from_str(page).map_err(|e| format!("{what}: {e}"))?;
        let items = doc.get("Items").ok_or(format!("{what}: missing `Items`"))?;
        let items = items.as_array().ok_or(format!("{what}: `Items` is not a list"))?;
        if doc.get("NextPageLink").is_none() {
            return Err(format!("{what}: missing `NextPageLink`"));
        }
        for (i, item) in items.iter().enumerate() {
            let at = format!("{what} Items[{i}]");
            for f in ITEM_FIELDS {
                if item.get(f).is_none_or(Value::is_null) {
                    return Err(format!("{at}: missing `{f}`"));
                }
            }
            let mut attrs = std::collections::BTreeMap::new();
            let obj = item.as_object().ok_or(format!("{at}: not an object"))?;
            for (k, v) in obj {
                let text = match v {
                    Value::String(s) => s.clone(),
                    Value::Number(x) => x.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => continue,
                };
                attrs.insert(norm(k), text);
            }
            let price =
                |f: &str| item.get(f).and_then(Value::as_f64).ok_or(format!("{at}: `{f}` is not a number"));
            let kind = attrs["type"].clone();
            let (value, unit) = if kind == "Reservation" {
                let term = attrs
                    .get("reservationterm")
                    .cloned()
                    .ok_or(format!("{at}: missing `reservationTerm`"))?;
                term_hours(&term).ok_or(format!("{at}: unknown reservationTerm '{term}'"))?;
                (price("unitPrice")?, format!("USD per {term}"))
            } else {
                (price("retailPrice")?, attrs["unitofmeasure"].clone())
            };
            let starts = match attrs.get("effectivestartdate") {
                Some(d) => Some(date_of(d, &format!("{at}: effectiveStartDate"))?),
                None => None,
            };
            rows.push(Row {
                value,
                unit,
                id: format!(
                    "meter {} ({} / {} / {}, {}, {kind})",
                    attrs["meterid"],
                    attrs["productname"],
                    attrs["skuname"],
                    attrs["metername"],
                    attrs["armregionname"]
                ),
                starts,
                attrs,
            });
        }
    }
    Ok(Table { stamp, rows })
}
