//! `calculators/<slug>/refresh.toml`: which vendor row feeds which price of the calculator's
//! `prices.toml`. Read by xtask only, never compiled into a calculator. It names keys and the
//! rows' identifying attributes, never values:
//!
//! ```toml
//! [files.rds]                    # a vendor file this calculator reads
//! importer = "aws-offer"         # aws-offer | aws-savings-plan | azure-retail | genai-prices
//! offer = "AmazonRDS"            # aws-*: the offer code
//! regions = ["us-east-1"]        # aws-*, azure-retail: the first is the sheet's default
//! # filter = "serviceName eq 'SQL Database'"   # azure-retail: the API query, without the region
//! # third_party = true           # prices from it are marked `uncertain`
//!
//! [prices.class_db_r6g_large]    # a key of prices.toml
//! file = "rds"
//! match = { termtype = "OnDemand", instancetype = "db.r6g.large", unit = "Hrs" }
//! # fallback = { field = "input_mtok" }   # other attributes to try when no row matches
//! # percent_off = { file = "rds", match = { … } }  # value = % below that row's price
//! # per_hour = true              # a reservation's term price spread over its hours
//! # scale = 1000000              # a unit change: per I/O in the file, per million in the sheet
//! # regional = false             # only the default region, even if the file has several
//! # note = "…"                   # said before the row's name in the price's note
//! ```
//! Attribute names are matched without case or punctuation ("Instance Type" = instanceType);
//! values exactly. A mapping that finds no row, or several, stops the refresh naming the key.

use super::table::{norm, Row, Table};
use calc_core::Date;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Importer {
    AwsOffer,
    AwsSavingsPlan,
    AzureRetail,
    GenaiPrices,
}

#[derive(Clone, Debug)]
pub struct FileSpec {
    pub name: String,
    pub importer: Importer,
    pub offer: String,
    pub regions: Vec<String>,
    pub filter: String,
    pub third_party: bool,
}

impl FileSpec {
    /// Where this file of `region` lives in a `--from` directory (and the download cache).
    pub fn path(&self, region: &str) -> String {
        match self.importer {
            Importer::AwsOffer | Importer::AwsSavingsPlan => format!("aws/{}/{region}", self.offer),
            Importer::AzureRetail => format!("azure/{}/{region}", self.name),
            Importer::GenaiPrices => "genai-prices/data.json".into(),
        }
    }

    /// The regions to read: none for a file that has no regions.
    pub fn file_regions(&self) -> Vec<String> {
        if self.importer == Importer::GenaiPrices {
            vec![String::new()]
        } else {
            self.regions.clone()
        }
    }

    /// The Azure query for one region.
    pub fn azure_filter(&self, region: &str) -> String {
        format!("{} and armRegionName eq '{region}'", self.filter)
    }
}

#[derive(Clone, Debug)]
pub struct PriceMap {
    pub key: String,
    pub file: String,
    pub matcher: BTreeMap<String, String>,
    pub fallback: Option<BTreeMap<String, String>>,
    pub percent_off: Option<(String, BTreeMap<String, String>)>,
    pub per_hour: bool,
    pub scale: f64,
    pub regional: bool,
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct Mapping {
    pub slug: String,
    pub files: BTreeMap<String, FileSpec>,
    pub prices: Vec<PriceMap>,
}

fn strings(v: Option<&toml::Value>, at: &str) -> Result<BTreeMap<String, String>, String> {
    let t = v.and_then(toml::Value::as_table).ok_or(format!("{at}: needs a table"))?;
    t.iter()
        .map(|(k, v)| {
            let v = match v {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                _ => return Err(format!("{at}.{k}: write the value as a string")),
            };
            Ok((norm(k), v))
        })
        .collect()
}

pub fn read(slug: &str, path: &Path) -> Result<Mapping, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(slug, &text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn parse(slug: &str, text: &str) -> Result<Mapping, String> {
    let doc: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
    let mut files = BTreeMap::new();
    let empty = toml::Table::new();
    let file_tables = match doc.get("files") {
        Some(f) => f.as_table().ok_or("[files] must be tables")?,
        None => &empty,
    };
    for (name, f) in file_tables {
        let at = format!("[files.{name}]");
        let f = f.as_table().ok_or(format!("{at} must be a table"))?;
        let s = |k: &str| f.get(k).and_then(toml::Value::as_str).map(str::to_string);
        let importer = match s("importer").as_deref() {
            Some("aws-offer") => Importer::AwsOffer,
            Some("aws-savings-plan") => Importer::AwsSavingsPlan,
            Some("azure-retail") => Importer::AzureRetail,
            Some("genai-prices") => Importer::GenaiPrices,
            other => return Err(format!("{at}: unknown importer {other:?}")),
        };
        let regions: Vec<String> = match f.get("regions") {
            Some(toml::Value::Array(a)) => a
                .iter()
                .map(|r| r.as_str().map(str::to_string).ok_or(format!("{at}: regions are strings")))
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
            _ => return Err(format!("{at}: `regions` is a list")),
        };
        let spec = FileSpec {
            name: name.clone(),
            importer,
            offer: s("offer").unwrap_or_default(),
            regions,
            filter: s("filter").unwrap_or_default(),
            third_party: f.get("third_party").and_then(toml::Value::as_bool).unwrap_or(false),
        };
        match importer {
            Importer::AwsOffer | Importer::AwsSavingsPlan
                if spec.offer.is_empty() || spec.regions.is_empty() =>
            {
                return Err(format!("{at}: an AWS file needs `offer` and `regions`"))
            }
            Importer::AzureRetail if spec.filter.is_empty() || spec.regions.is_empty() => {
                return Err(format!("{at}: an Azure query needs `filter` and `regions`"))
            }
            _ => {}
        }
        files.insert(name.clone(), spec);
    }
    let mut prices = Vec::new();
    if let Some(p) = doc.get("prices") {
        for (key, m) in p.as_table().ok_or("[prices] must be tables")? {
            let at = format!("[prices.{key}]");
            let m = m.as_table().ok_or(format!("{at} must be a table"))?;
            let file = m.get("file").and_then(toml::Value::as_str).ok_or(format!("{at}: needs `file`"))?;
            if !files.contains_key(file) {
                return Err(format!("{at}: no [files.{file}]"));
            }
            let percent_off = match m.get("percent_off") {
                None => None,
                Some(p) => {
                    let f = p
                        .get("file")
                        .and_then(toml::Value::as_str)
                        .ok_or(format!("{at}: percent_off needs `file`"))?;
                    if !files.contains_key(f) {
                        return Err(format!("{at}: percent_off names no [files.{f}]"));
                    }
                    Some((f.to_string(), strings(p.get("match"), &format!("{at} percent_off.match"))?))
                }
            };
            prices.push(PriceMap {
                key: key.clone(),
                file: file.to_string(),
                matcher: strings(m.get("match"), &format!("{at} match"))?,
                fallback: m
                    .get("fallback")
                    .map(|f| strings(Some(f), &format!("{at} fallback")))
                    .transpose()?,
                percent_off,
                per_hour: m.get("per_hour").and_then(toml::Value::as_bool).unwrap_or(false),
                scale: match m.get("scale") {
                    None => 1.0,
                    Some(toml::Value::Integer(i)) if *i > 0 => *i as f64,
                    Some(toml::Value::Float(f)) if *f > 0.0 => *f,
                    Some(_) => return Err(format!("{at}: `scale` is a positive number")),
                },
                regional: m.get("regional").and_then(toml::Value::as_bool).unwrap_or(true),
                note: m.get("note").and_then(toml::Value::as_str).unwrap_or("").to_string(),
            });
        }
    }
    Ok(Mapping { slug: slug.to_string(), files, prices })
}

/// A price read from a vendor file, ready for the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub value: f64,
    pub as_of: Date,
    pub source: String,
    pub cite: String,
    pub note: String,
    pub uncertain: bool,
}

fn matching<'a>(table: &'a Table, matcher: &BTreeMap<String, String>) -> Vec<&'a Row> {
    table.rows.iter().filter(|r| matcher.iter().all(|(k, v)| r.attrs.get(k) == Some(v))).collect()
}

fn describe(m: &BTreeMap<String, String>) -> String {
    m.iter().map(|(k, v)| format!("{k} = {v:?}")).collect::<Vec<_>>().join(", ")
}

/// The one row a matcher names on `today`: among rows that differ only in the day they take
/// effect, the latest that has begun. Also returns the rows that begin later.
fn one<'a>(
    table: &'a Table,
    matcher: &BTreeMap<String, String>,
    today: Date,
    at: &str,
) -> Result<(&'a Row, Vec<&'a Row>), String> {
    let rows = matching(table, matcher);
    if rows.is_empty() {
        return Err(format!("{at}: no row of {} matches {}", table.stamp.source, describe(matcher)));
    }
    let (begun, later): (Vec<&Row>, Vec<&Row>) =
        rows.into_iter().partition(|r| r.starts.is_none_or(|d| d <= today));
    let newest = begun
        .iter()
        .map(|r| r.starts)
        .max()
        .ok_or(format!("{at}: every matching row begins after {today}"))?;
    let current: Vec<&Row> = begun.into_iter().filter(|r| r.starts == newest).collect();
    if current.len() > 1 {
        let ids: Vec<&str> = current.iter().take(4).map(|r| r.id.as_str()).collect();
        return Err(format!(
            "{at}: {} rows match {} (add attributes to tell them apart): {}",
            current.len(),
            describe(matcher),
            ids.join("; ")
        ));
    }
    Ok((current[0], later))
}

/// Rounds away binary noise (0.1 + 0.2) while keeping every digit a vendor writes.
pub fn tidy(v: f64) -> f64 {
    if v == 0.0 {
        return 0.0;
    }
    let digits = 10 - v.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits.clamp(0, 15));
    (v * scale).round() / scale
}

pub type Tables = BTreeMap<String, Table>;

/// The price `map` names in `region`, from the loaded files.
pub fn resolve(
    mapping: &Mapping,
    map: &PriceMap,
    region: &str,
    tables: &Tables,
    today: Date,
) -> Result<Resolved, String> {
    let at = format!(
        "{} [prices.{}]{}",
        mapping.slug,
        map.key,
        if region.is_empty() { String::new() } else { format!(" in {region}") }
    );
    let spec = &mapping.files[&map.file];
    let table = tables.get(&spec.path(region)).ok_or(format!("{at}: {} was not read", spec.path(region)))?;
    let (row, later, fell_back) = match one(table, &map.matcher, today, &at) {
        Ok((row, later)) => (row, later, false),
        Err(e) => match &map.fallback {
            Some(fb) if matching(table, &map.matcher).is_empty() => {
                let mut m = map.matcher.clone();
                m.extend(fb.clone());
                let (row, later) = one(table, &m, today, &at)?;
                (row, later, true)
            }
            _ => return Err(e),
        },
    };
    let mut value = row.value;
    let mut said = format!("{}: {}", table.stamp.cite, row.id);
    if map.per_hour {
        let term =
            row.attrs.get("reservationterm").ok_or(format!("{at}: per_hour needs a reservation row"))?;
        let hours = super::azure_retail::term_hours(term).ok_or(format!("{at}: unknown term {term}"))?;
        value /= hours;
        said.push_str(&format!(", {} for the {term} term / {hours} hours", row.value));
    }
    if map.scale != 1.0 {
        value *= map.scale;
        said.push_str(&format!(", {} per {} x {}", row.value, row.unit, map.scale));
    }
    if fell_back {
        said.push_str(&format!(
            " (the file lists no row for {}; this is the row named as the fallback)",
            describe(&map.matcher)
        ));
    }
    let mut as_of = table.stamp.as_of;
    if let Some(starts) = row.starts {
        if row.attrs.contains_key("field") {
            said.push_str(&format!(", in effect from {starts}"));
        }
        as_of = as_of.max(starts);
    }
    for l in later {
        said.push_str(&format!(
            "; the file lists {} from {}",
            l.value,
            l.starts.map_or(String::new(), |d| d.to_string())
        ));
    }
    if let Some((file, base_match)) = &map.percent_off {
        let base_spec = &mapping.files[file];
        let base_table = tables
            .get(&base_spec.path(region))
            .ok_or(format!("{at}: {} was not read", base_spec.path(region)))?;
        let (base, _) = one(base_table, base_match, today, &format!("{at} percent_off"))?;
        if base.value <= 0.0 {
            return Err(format!("{at}: percent_off base {} is zero", base.id));
        }
        said = format!(
            "{:.2} % below the base price: {said} at {} {}, against {}: {} at {} {}",
            (1.0 - value / base.value) * 100.0,
            row.value,
            row.unit,
            base_table.stamp.cite,
            base.id,
            base.value,
            base.unit
        );
        value = ((1.0 - value / base.value) * 100.0 * 100.0).round() / 100.0;
        as_of = as_of.min(base_table.stamp.as_of);
    }
    let note =
        if map.note.is_empty() { format!("From {said}.") } else { format!("{} From {said}.", map.note) };
    Ok(Resolved {
        value: tidy(value),
        as_of,
        source: table.stamp.source.clone(),
        cite: table.stamp.cite.clone(),
        note,
        uncertain: spec.third_party,
    })
}
