//! Rewrites one `prices.toml` (comments and order kept, through `toml_edit`) with the prices
//! read from vendor files, and `citations.toml` with the sources they cite.
//!
//! Rules: a price whose file is older than the sheet's figure is left as it is (a hand-entered
//! newer figure wins, and is reported); a changed value moves the old one into
//! `[[key.history]]` (`from` = its old `as_of`, `to` = the new one); an unchanged value from a
//! newer file takes the newer date, source and note; other regions go to `[key.regions.<r>]`.

use super::mapping::Resolved;
use calc_core::Date;
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};

/// One price the refresh changed (or would change), for the report and `--check`.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub key: String,
    pub region: Option<String>,
    pub old: Option<f64>,
    pub new: f64,
    pub old_as_of: Option<String>,
    pub new_as_of: Date,
}

/// What one key receives: its prices by region, the default region first (or the only price,
/// with an empty region name).
pub struct Update {
    pub key: String,
    pub by_region: Vec<(String, Resolved)>,
}

fn number(item: &Item) -> Option<f64> {
    item.as_float().or_else(|| item.as_integer().map(|i| i as f64))
}

fn write_price(t: &mut Table, r: &Resolved) {
    t["value"] = value(r.value);
    t["source"] = value(r.source.clone());
    t["as_of"] = value(r.as_of.to_string());
    t["note"] = value(r.note.clone());
    if r.uncertain {
        t["uncertain"] = value(true);
    } else {
        t.remove("uncertain");
    }
}

/// Applies the updates to `text`; returns the new text, what changed, and warnings (keys the
/// sheet does not have, sheet figures newer than the file).
pub fn apply(text: &str, updates: &[Update]) -> Result<(String, Vec<Change>, Vec<String>), String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    let mut changes = Vec::new();
    let mut warnings = Vec::new();
    for u in updates {
        let Some(t) = doc.get_mut(&u.key).and_then(Item::as_table_mut) else {
            warnings.push(format!("[{}] is mapped but not in the sheet: skipped", u.key));
            continue;
        };
        let mut by_region = u.by_region.clone();
        // The default region is the one the sheet already prices, if the file has it.
        if let Some(current) = t.get("region").and_then(Item::as_str).map(str::to_string) {
            if let Some(i) = by_region.iter().position(|(r, _)| *r == current) {
                let d = by_region.remove(i);
                by_region.insert(0, d);
            }
        }
        let (region, new) = by_region[0].clone();
        let old = t.get("value").and_then(number);
        let old_as_of = t.get("as_of").and_then(Item::as_str).map(str::to_string);
        let old_date =
            old_as_of.as_deref().map(Date::parse).transpose().map_err(|e| format!("[{}] {e}", u.key))?;
        if old_date.is_some_and(|d| d > new.as_of) {
            warnings.push(format!(
                "[{}] the sheet's {} of {} is newer than the file's {} of {}: kept",
                u.key,
                old.unwrap_or(f64::NAN),
                old_as_of.clone().unwrap_or_default(),
                new.value,
                new.as_of
            ));
            continue;
        }
        let same_value = old.is_some_and(|o| (o - new.value).abs() <= 1e-12 * o.abs().max(1.0));
        if !same_value {
            let Some(from) = old_date else {
                return Err(format!("[{}] has no as_of to close its old value with", u.key));
            };
            if from >= new.as_of {
                return Err(format!(
                    "[{}] changes from {} to {} on the same day {from}: check the file",
                    u.key,
                    old.unwrap_or(f64::NAN),
                    new.value
                ));
            }
            let mut past = Table::new();
            past["value"] = value(old.unwrap_or(0.0));
            past["from"] = value(from.to_string());
            past["to"] = value(new.as_of.to_string());
            past["source"] = t.get("source").cloned().unwrap_or_else(|| value(""));
            if let Some(n) = t.get("note") {
                past["note"] = n.clone();
            }
            match t.get_mut("history") {
                Some(Item::ArrayOfTables(h)) => h.push(past),
                Some(_) => return Err(format!("[{}] `history` must be [[{}.history]] tables", u.key, u.key)),
                None => {
                    let mut h = ArrayOfTables::new();
                    h.push(past);
                    t.insert("history", Item::ArrayOfTables(h));
                }
            }
        }
        if !same_value || old_date != Some(new.as_of) {
            changes.push(Change {
                key: u.key.clone(),
                region: (!region.is_empty()).then(|| region.clone()),
                old,
                new: new.value,
                old_as_of: old_as_of.clone(),
                new_as_of: new.as_of,
            });
        }
        write_price(t, &new);
        if by_region.len() > 1 {
            t["region"] = value(region.clone());
            let regions = t.entry("regions").or_insert(Item::Table(Table::new()));
            let regions = regions.as_table_mut().ok_or(format!("[{}] `regions` must be tables", u.key))?;
            regions.set_implicit(true);
            for (name, r) in &by_region[1..] {
                let entry = regions.entry(name).or_insert(Item::Table(Table::new()));
                let entry =
                    entry.as_table_mut().ok_or(format!("[{}.regions.{name}] must be a table", u.key))?;
                let before = entry.get("value").and_then(number);
                let before_as_of = entry.get("as_of").and_then(Item::as_str).map(str::to_string);
                if before != Some(r.value) || before_as_of.as_deref() != Some(&r.as_of.to_string()) {
                    changes.push(Change {
                        key: u.key.clone(),
                        region: Some(name.clone()),
                        old: before,
                        new: r.value,
                        old_as_of: before_as_of,
                        new_as_of: r.as_of,
                    });
                }
                write_price(entry, r);
            }
        }
    }
    Ok((doc.to_string(), changes, warnings))
}

/// `citations.toml` with a line for every source it lacks.
pub fn cite(text: &str, sources: &[(String, String)]) -> Result<String, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("citations.toml: {e}"))?;
    for (url, cite) in sources {
        if !doc.contains_key(url) {
            doc[url.as_str()] = value(cite.clone());
        }
    }
    Ok(doc.to_string())
}
