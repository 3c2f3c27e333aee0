//! AWS Price List Savings Plan offer files for one region (here `AWSDatabaseSavingsPlans`),
//! CSV or JSON. A row is one rate: the plan's price per unit of one discounted usage type
//! (`DiscountedUsageType`, `DiscountedOperation`) under one plan (`PurchaseOption`,
//! `LeaseContractLength`). CSV: five metadata rows, then the header (`SKU`, `RateCode`, `Unit`,
//! `EffectiveDate`, `DiscountedRate`, `Currency`, `DiscountedSKU`, `DiscountedServiceCode`,
//! `DiscountedUsageType`, `DiscountedOperation`, `PurchaseOption`, `LeaseContractLength`, …).
//! JSON: `{version, publicationDate, regionCode, products[{sku, attributes}], terms{savingsPlan[{sku,
//! leaseContractLength{duration, unit}, rates[{discountedSku, discountedUsageType,
//! discountedOperation, discountedServiceCode, rateCode, unit, discountedRate{price, currency}}]}]}}`.
//! Documented at https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-an-offer.html
//!
//! The file's `OfferCode` is `AmazonDatabaseSavingsPlans` while its address says
//! `AWSDatabaseSavingsPlans` (AWS's ap-south-2 file, version 20260422194203): both are accepted.

use super::aws_offer::{csv_columns, csv_metadata};
use super::table::{aws_csv_rows, norm, number, usage_base, Row, Stamp, Table};
use serde_json::Value;
use std::collections::BTreeMap;

pub fn source_url(offer: &str, version: &str, region: &str, ext: &str) -> String {
    format!(
        "https://pricing.us-east-1.amazonaws.com/savingsPlan/v1.0/aws/{offer}/{version}/{region}/index.{ext}"
    )
}

fn accepts(found: &str, offer: &str) -> bool {
    found == offer || found.strip_prefix("Amazon") == offer.strip_prefix("AWS")
}

fn stamp(offer: &str, region: &str, version: &str, published: &str, ext: &str) -> Result<Stamp, String> {
    super::aws_offer::aws_stamp((offer, region), (version, published, ext), "Savings Plan file", source_url)
}

pub fn parse(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    if text.trim_start().starts_with('{') {
        parse_json(text, offer, region)
    } else {
        parse_csv(text, offer, region)
    }
}

fn parse_csv(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    let what = offer;
    let records = super::csv::records(text).map_err(|e| format!("{what} CSV: {e}"))?;
    let meta = csv_metadata(&records, what)?;
    let found = &meta[&norm("OfferCode")];
    if !accepts(found, offer) {
        return Err(format!("{what} CSV: the file is the offer `{found}`, not `{offer}`"));
    }
    let stamp = stamp(offer, region, &meta[&norm("Version")], &meta[&norm("Publication Date")], "csv")?;
    let required = [
        "SKU",
        "RateCode",
        "Unit",
        "DiscountedRate",
        "Currency",
        "DiscountedUsageType",
        "DiscountedOperation",
        "PurchaseOption",
        "LeaseContractLength",
    ];
    let names = csv_columns(&records[5], &required, what)?;
    let rows = aws_csv_rows(&records, &names, "discountedusagetype", "discountedrate", what)?;
    Ok(Table { stamp, rows })
}

fn text<'a>(v: &'a Value, name: &str, at: &str) -> Result<&'a str, String> {
    v.get(name).and_then(Value::as_str).ok_or_else(|| format!("{at}: missing `{name}`"))
}

fn parse_json(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    let what = format!("{offer} JSON");
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))?;
    let stamp = stamp(
        offer,
        region,
        self::text(&doc, "version", &what)?,
        self::text(&doc, "publicationDate", &what)?,
        "json",
    )?;
    let products =
        doc.get("products").and_then(Value::as_array).ok_or(format!("{what}: missing `products`"))?;
    let mut by_sku: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for p in products {
        let sku = self::text(p, "sku", &format!("{what} products[]"))?;
        let mut attrs = BTreeMap::new();
        for name in ["productFamily", "serviceCode", "usageType", "operation"] {
            if let Some(v) = p.get(name).and_then(Value::as_str) {
                attrs.insert(norm(name), v.to_string());
            }
        }
        if let Some(a) = p.get("attributes").and_then(Value::as_object) {
            for (k, v) in a {
                if let Some(v) = v.as_str() {
                    attrs.insert(norm(k), v.to_string());
                }
            }
        }
        by_sku.insert(sku, attrs);
    }
    let plans = doc
        .get("terms")
        .and_then(|t| t.get("savingsPlan"))
        .and_then(Value::as_array)
        .ok_or(format!("{what}: missing `terms.savingsPlan`"))?;
    let mut rows = Vec::new();
    for plan in plans {
        let sku = self::text(plan, "sku", &format!("{what} terms.savingsPlan[]"))?;
        let at = format!("{what} terms.savingsPlan[{sku}]");
        let mut base = by_sku.get(sku).cloned().ok_or(format!("{at}: no product with this sku"))?;
        base.insert("sku".into(), sku.to_string());
        let lease = plan.get("leaseContractLength").ok_or(format!("{at}: missing `leaseContractLength`"))?;
        if let Some(d) = lease.get("duration") {
            base.insert("leasecontractlength".into(), d.to_string().trim_matches('"').to_string());
        }
        if let Some(u) = lease.get("unit").and_then(Value::as_str) {
            base.insert("leasecontractlengthunit".into(), u.to_string());
        }
        let rates = plan.get("rates").and_then(Value::as_array).ok_or(format!("{at}: missing `rates`"))?;
        for rate in rates {
            let code = self::text(rate, "rateCode", &at)?;
            let at = format!("{at} rate {code}");
            let mut attrs = base.clone();
            for name in [
                "discountedSku",
                "discountedUsageType",
                "discountedOperation",
                "discountedServiceCode",
                "unit",
            ] {
                attrs.insert(norm(name), self::text(rate, name, &at)?.to_string());
            }
            attrs.insert("ratecode".into(), code.to_string());
            let usage = attrs["discountedusagetype"].clone();
            attrs.insert("discountedusagetypebase".into(), usage_base(&usage));
            let price = rate
                .get("discountedRate")
                .and_then(|r| r.get("price"))
                .and_then(Value::as_str)
                .ok_or(format!("{at}: missing `discountedRate.price`"))?;
            rows.push(Row {
                value: number(price, &at)?,
                unit: attrs["unit"].clone(),
                id: format!("SKU {sku}, rate code {code}"),
                starts: None,
                attrs,
            });
        }
    }
    Ok(Table { stamp, rows })
}
