//! pydantic/genai-prices `prices/new_data/v2/data.json`: a list of providers
//! `{id, models[{id, context_window?, deprecated?, prices}]}` where `prices` is either one set of
//! prices or a list of `{constraint?, prices}`; a constraint `{start_date}` starts a price on a
//! day, `{start_time, end_time}` limits it to hours of the day (DeepSeek's off-peak). A price
//! field (`input_mtok`, `output_mtok`, `cache_read_mtok`, `cache_write_mtok`,
//! `cache_write_1h_mtok`, …) is a number or `{base, tiers[{start, price}]}`: above `start` input
//! tokens the tier's price applies. Each becomes rows with the attributes `provider`, `model`,
//! `field`, `tier` (`base`, `1`, `2`…), `part` (`price`, or `threshold` for a tier's `start`)
//! and `window` (empty, or the hours); `context_window` is a row of its own.
//! The file has no date of its own: it is stamped with its commit (see `sources.toml`).

use super::table::{Row, Stamp, Table};
use calc_core::Date;
use serde_json::Value;
use std::collections::BTreeMap;

pub const PATH: &str = "prices/new_data/v2/data.json";
pub const REPO: &str = "pydantic/genai-prices";

pub fn stamp(commit: &str, date: Date) -> Stamp {
    let short = &commit[..commit.len().min(7)];
    Stamp {
        as_of: date,
        version: commit.to_string(),
        source: format!("https://github.com/{REPO}/blob/{commit}/{PATH}"),
        cite: format!("Pydantic, genai-prices v2 price list (data.json), commit {short} of {date}"),
    }
}

fn unit_of(field: &str) -> &'static str {
    if field.ends_with("_mtok") {
        "USD/million tokens"
    } else if field.ends_with("_kcount") {
        "USD/thousand"
    } else {
        "USD"
    }
}

pub fn parse(text: &str, stamp: Stamp) -> Result<Table, String> {
    let what = "genai-prices data.json";
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))?;
    let providers = doc.as_array().ok_or(format!("{what}: not a list of providers"))?;
    let mut rows = Vec::new();
    for (p, provider) in providers.iter().enumerate() {
        let pid =
            provider.get("id").and_then(Value::as_str).ok_or(format!("{what}: provider {p} has no `id`"))?;
        let models = provider
            .get("models")
            .and_then(Value::as_array)
            .ok_or(format!("{what}: provider `{pid}` has no `models`"))?;
        for model in models {
            let mid = model
                .get("id")
                .and_then(Value::as_str)
                .ok_or(format!("{what}: a model of `{pid}` has no `id`"))?;
            let at = format!("{what}: {pid}/{mid}");
            let prices = model.get("prices").ok_or(format!("{at}: missing `prices`"))?;
            let deprecated = model.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
            let attrs = |field: &str, tier: &str, part: &str, window: &str| -> BTreeMap<String, String> {
                let mut a = BTreeMap::new();
                a.insert("provider".into(), pid.to_string());
                a.insert("model".into(), mid.to_string());
                a.insert("field".into(), field.to_string());
                a.insert("tier".into(), tier.to_string());
                a.insert("part".into(), part.to_string());
                a.insert("window".into(), window.to_string());
                a.insert("deprecated".into(), deprecated.to_string());
                a
            };
            if let Some(cw) = model.get("context_window").and_then(Value::as_f64) {
                rows.push(Row {
                    attrs: attrs("context_window", "base", "price", ""),
                    value: cw,
                    unit: "tokens".into(),
                    id: format!("{pid}/{mid} context_window"),
                    starts: None,
                });
            }
            let periods: Vec<&Value> = match prices {
                Value::Array(list) => list.iter().collect(),
                Value::Object(_) => vec![prices],
                _ => return Err(format!("{at}: `prices` is neither an object nor a list")),
            };
            for period in periods {
                let (set, constraint) = if prices.is_array() {
                    let set = period.get("prices").ok_or(format!("{at}: a price period has no `prices`"))?;
                    (set, period.get("constraint"))
                } else {
                    (period, None)
                };
                let starts = match constraint.and_then(|c| c.get("start_date")).and_then(Value::as_str) {
                    Some(d) => Some(Date::parse(d).map_err(|e| format!("{at}: start_date {e}"))?),
                    None => None,
                };
                let window = match constraint {
                    Some(c) if c.get("start_time").is_some() => format!(
                        "{}-{}",
                        c.get("start_time").and_then(Value::as_str).unwrap_or(""),
                        c.get("end_time").and_then(Value::as_str).unwrap_or("")
                    ),
                    _ => String::new(),
                };
                let set = set.as_object().ok_or(format!("{at}: `prices` is not an object"))?;
                for (field, v) in set {
                    let id = |tier: &str, part: &str| {
                        let since = starts.map(|d| format!(" from {d}")).unwrap_or_default();
                        let hours = if window.is_empty() { String::new() } else { format!(" ({window})") };
                        format!("{pid}/{mid} {field} {tier} {part}{since}{hours}")
                    };
                    match v {
                        Value::Number(n) => rows.push(Row {
                            attrs: attrs(field, "base", "price", &window),
                            value: n.as_f64().ok_or(format!("{at}: {field} is not a number"))?,
                            unit: unit_of(field).into(),
                            id: id("base", "price"),
                            starts,
                        }),
                        Value::Object(o) => {
                            let base = o
                                .get("base")
                                .and_then(Value::as_f64)
                                .ok_or(format!("{at}: {field} has no `base`"))?;
                            rows.push(Row {
                                attrs: attrs(field, "base", "price", &window),
                                value: base,
                                unit: unit_of(field).into(),
                                id: id("base", "price"),
                                starts,
                            });
                            let tiers = o
                                .get("tiers")
                                .and_then(Value::as_array)
                                .ok_or(format!("{at}: {field} has no `tiers`"))?;
                            for (i, tier) in tiers.iter().enumerate() {
                                let n = (i + 1).to_string();
                                let start = tier
                                    .get("start")
                                    .and_then(Value::as_f64)
                                    .ok_or(format!("{at}: {field} tier {n} has no `start`"))?;
                                let price = tier
                                    .get("price")
                                    .and_then(Value::as_f64)
                                    .ok_or(format!("{at}: {field} tier {n} has no `price`"))?;
                                rows.push(Row {
                                    attrs: attrs(field, &n, "price", &window),
                                    value: price,
                                    unit: unit_of(field).into(),
                                    id: id(&n, "price"),
                                    starts,
                                });
                                rows.push(Row {
                                    attrs: attrs(field, &n, "threshold", &window),
                                    value: start,
                                    unit: "tokens".into(),
                                    id: id(&n, "threshold"),
                                    starts,
                                });
                            }
                        }
                        _ => return Err(format!("{at}: {field} is neither a number nor tiers")),
                    }
                }
            }
        }
    }
    Ok(Table { stamp, rows })
}
