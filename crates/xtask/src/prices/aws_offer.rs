//! AWS Price List bulk offer files for a service in one region (here `AmazonRDS`), CSV or JSON.
//!
//! CSV: five metadata rows (`FormatVersion`, `Disclaimer`, `Publication Date`, `Version`,
//! `OfferCode`), then a header row (`SKU`, `OfferTermCode`, `RateCode`, `TermType`, `Unit`,
//! `PricePerUnit`, `Currency`, `LeaseContractLength`, `PurchaseOption`, `OfferingClass`, the
//! product's attributes…), then one row per price dimension. JSON: `{offerCode, version,
//! publicationDate, products{sku: {sku, productFamily, attributes}}, terms{OnDemand|Reserved{sku:
//! {term: {offerTermCode, effectiveDate, termAttributes{LeaseContractLength, PurchaseOption,
//! OfferingClass}, priceDimensions{rate: {rateCode, description, unit, pricePerUnit{USD}}}}}}}}`.
//! A Reserved term has two price dimensions: `unit = "Quantity"` (the upfront fee) and
//! `unit = "Hrs"` (the recurring hourly charge, 0 for All Upfront); both become rows, told
//! apart by `unit`. Documented at
//! https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-service-price-list-file-for-services.html

use super::table::{aws_csv_rows, date_of, norm, number, usage_base, Row, Stamp, Table};
use serde_json::Value;
use std::collections::BTreeMap;

/// The address of one version of a service's region file, as the bulk API publishes it.
pub fn source_url(offer: &str, version: &str, region: &str, ext: &str) -> String {
    format!("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/{offer}/{version}/{region}/index.{ext}")
}

/// Reads an offer file of `offer` for `region`; refuses any other offer or a shape it does
/// not know, naming the missing field.
pub fn parse(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    if text.trim_start().starts_with('{') {
        parse_json(text, offer, region)
    } else {
        parse_csv(text, offer, region)
    }
}

/// The five metadata rows both AWS CSV formats open with, by name.
pub fn csv_metadata(records: &[Vec<String>], what: &str) -> Result<BTreeMap<String, String>, String> {
    if records.len() < 6 {
        return Err(format!("{what} CSV: fewer than the 5 metadata rows and a header"));
    }
    let meta: BTreeMap<String, String> =
        records[..5].iter().filter(|r| r.len() >= 2).map(|r| (norm(&r[0]), r[1].clone())).collect();
    for field in ["Publication Date", "Version", "OfferCode"] {
        if !meta.contains_key(&norm(field)) {
            return Err(format!("{what} CSV: the metadata rows have no `{field}`"));
        }
    }
    Ok(meta)
}

/// The header row's columns by normalized name, refusing a header that lacks a column.
pub fn csv_columns(header: &[String], required: &[&str], what: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = header.iter().map(|h| norm(h)).collect();
    for col in required {
        if !names.contains(&norm(col)) {
            return Err(format!("{what} CSV: the header has no `{col}` column"));
        }
    }
    Ok(names)
}

fn check_offer(found: &str, offer: &str, what: &str) -> Result<(), String> {
    if found != offer {
        return Err(format!("{what}: the file is the offer `{found}`, not `{offer}`"));
    }
    Ok(())
}

/// An AWS Price List file's stamp, the same for an offer file and a Savings Plan file: `kind`
/// names the file in the citation ("offer file"), `url` gives its address.
pub fn aws_stamp(
    (offer, region): (&str, &str),
    (version, published, ext): (&str, &str, &str),
    kind: &str,
    url: fn(&str, &str, &str, &str) -> String,
) -> Result<Stamp, String> {
    let as_of = date_of(published, &format!("{offer} publication date"))?;
    if version.is_empty() {
        return Err(format!("{offer}: empty `Version`"));
    }
    Ok(Stamp {
        as_of,
        version: version.to_string(),
        source: url(offer, version, region, ext),
        cite: format!(
            "Amazon Web Services, AWS Price List {offer} {kind}, {region}, version {version} (published {as_of})"
        ),
    })
}

fn stamp(offer: &str, region: &str, version: &str, published: &str, ext: &str) -> Result<Stamp, String> {
    aws_stamp((offer, region), (version, published, ext), "offer file", source_url)
}

fn parse_csv(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    let what = offer;
    let records = super::csv::records(text).map_err(|e| format!("{what} CSV: {e}"))?;
    let meta = csv_metadata(&records, what)?;
    check_offer(&meta[&norm("OfferCode")], offer, what)?;
    let stamp = stamp(offer, region, &meta[&norm("Version")], &meta[&norm("Publication Date")], "csv")?;
    let required = ["SKU", "RateCode", "TermType", "Unit", "PricePerUnit", "Currency"];
    let names = csv_columns(&records[5], &required, what)?;
    let rows = aws_csv_rows(&records, &names, "usagetype", "priceperunit", what)?;
    Ok(Table { stamp, rows })
}

fn field<'a>(v: &'a Value, name: &str, at: &str) -> Result<&'a Value, String> {
    v.get(name).ok_or_else(|| format!("{at}: missing `{name}`"))
}

fn text<'a>(v: &'a Value, name: &str, at: &str) -> Result<&'a str, String> {
    field(v, name, at)?.as_str().ok_or_else(|| format!("{at}: `{name}` is not a string"))
}

fn object<'a>(v: &'a Value, name: &str, at: &str) -> Result<&'a serde_json::Map<String, Value>, String> {
    field(v, name, at)?.as_object().ok_or_else(|| format!("{at}: `{name}` is not an object"))
}

fn parse_json(text: &str, offer: &str, region: &str) -> Result<Table, String> {
    let what = format!("{offer} JSON");
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))?;
    check_offer(self::text(&doc, "offerCode", &what)?, offer, &what)?;
    let stamp = stamp(
        offer,
        region,
        self::text(&doc, "version", &what)?,
        self::text(&doc, "publicationDate", &what)?,
        "json",
    )?;
    let products = object(&doc, "products", &what)?;
    let terms = object(&doc, "terms", &what)?;
    let mut rows = Vec::new();
    for (term_type, by_sku) in terms {
        let by_sku =
            by_sku.as_object().ok_or_else(|| format!("{what}: terms.{term_type} is not an object"))?;
        for (sku, offers) in by_sku {
            let at = format!("{what} terms.{term_type}.{sku}");
            let product = products.get(sku).ok_or_else(|| format!("{at}: no product with this sku"))?;
            let mut base: BTreeMap<String, String> = BTreeMap::new();
            base.insert("sku".into(), sku.clone());
            base.insert("termtype".into(), term_type.clone());
            if let Some(family) = product.get("productFamily").and_then(Value::as_str) {
                base.insert("productfamily".into(), family.to_string());
            }
            for (k, v) in object(product, "attributes", &format!("{what} products.{sku}"))? {
                if let Some(v) = v.as_str() {
                    base.insert(norm(k), v.to_string());
                }
            }
            if let Some(usage) = base.get("usagetype").cloned() {
                base.insert("usagetypebase".into(), usage_base(&usage));
            }
            let offers = offers.as_object().ok_or_else(|| format!("{at}: not an object"))?;
            for (code, term) in offers {
                let at = format!("{at}.{code}");
                let mut attrs = base.clone();
                attrs.insert("offertermcode".into(), self::text(term, "offerTermCode", &at)?.to_string());
                if let Some(date) = term.get("effectiveDate").and_then(Value::as_str) {
                    attrs.insert("effectivedate".into(), date.to_string());
                }
                if let Some(t) = term.get("termAttributes").and_then(Value::as_object) {
                    for (k, v) in t {
                        if let Some(v) = v.as_str() {
                            attrs.insert(norm(k), v.to_string());
                        }
                    }
                }
                for (rate, dim) in object(term, "priceDimensions", &at)? {
                    let at = format!("{at}.priceDimensions.{rate}");
                    let unit = self::text(dim, "unit", &at)?.to_string();
                    let usd = object(dim, "pricePerUnit", &at)?
                        .get("USD")
                        .and_then(Value::as_str)
                        .ok_or_else(|| format!("{at}: missing `pricePerUnit.USD`"))?;
                    let mut attrs = attrs.clone();
                    attrs.insert("ratecode".into(), rate.clone());
                    attrs.insert("unit".into(), unit.clone());
                    if let Some(d) = dim.get("description").and_then(Value::as_str) {
                        attrs.insert("pricedescription".into(), d.to_string());
                    }
                    rows.push(Row {
                        value: number(usd, &at)?,
                        unit,
                        id: format!("SKU {sku}, rate code {rate}"),
                        starts: None,
                        attrs,
                    });
                }
            }
        }
    }
    Ok(Table { stamp, rows })
}
