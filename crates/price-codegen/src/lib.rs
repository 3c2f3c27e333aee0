//! Used from a calculator's `build.rs`: reads `prices.toml` and writes `prices.rs` into
//! OUT_DIR, so prices are compiled in without a TOML parser in the wasm.
//!
//! Each table of `prices.toml` is one price:
//! ```toml
//! [storage_standard]
//! label = "Aurora Standard storage"
//! value = 0.10
//! unit = "USD/GB-month"
//! source = "https://…"
//! as_of = "2026-03-28"
//! note = "us-east-1"          # optional
//! uncertain = true            # optional: a proxy, third-party or old figure the page flags
//! proxy = true                # optional: another figure standing in (another region's, a similar meter)
//! rule = true                 # optional: a published rule or constant (minutes per unit), not a price
//! region = "us-east-1"        # optional: the region `value` prices
//! retired = "2026-12-01"      # optional: the day the product or SKU was retired
//!
//! [[storage_standard.history]] # optional, oldest first: the values it had before `as_of`
//! value = 0.12
//! from = "2024-01-01"
//! to = "2026-03-28"
//! source = "https://…"
//!
//! [storage_standard.regions.eu-west-1]  # optional: the same price in other regions
//! value = 0.11
//! source = "https://…"
//! as_of = "2026-03-28"
//! ```
//! Every `source` must have an entry in `citations.toml` (this crate's, shared by all
//! calculators): how the source is cited to a reader, "Publisher, title".

use std::fmt::Write as _;
use std::path::Path;

/// Generate `$OUT_DIR/prices.rs` defining `pub static PRICES: calc_core::PriceSheet`.
/// Panics (failing the build) on a missing field, a non-https source or a malformed date:
/// an unsourced price must never ship.
pub fn generate(manifest_dir: &str) {
    let path = Path::new(manifest_dir).join("prices.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let code = render(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("prices.rs");
    std::fs::write(out, code).expect("write prices.rs");
}

const CITATIONS: &str = include_str!("../citations.toml");

/// "Publisher, title" for a source URL, from `citations.toml`.
pub fn citation(url: &str) -> Option<String> {
    let table: toml::Table = CITATIONS.parse().expect("citations.toml is valid TOML");
    table.get(url).and_then(|v| v.as_str()).map(str::to_string)
}

pub fn render(text: &str) -> Result<String, String> {
    let doc: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
    let mut code =
        String::from("pub static PRICES: calc_core::PriceSheet = calc_core::PriceSheet { entries: &[\n");
    // Every region any price names, the sheet's default (the first price's) first: the options
    // of a calculator's `region` input.
    let mut all_regions: Vec<String> = Vec::new();
    for (key, item) in &doc {
        let t = item.as_table().ok_or_else(|| format!("[{key}] must be a table"))?;
        let label = string(t, key, "label")?;
        let unit = string(t, key, "unit")?;
        let history = history(t, key)?;
        let retired = match t.get("retired") {
            None => "None".to_string(),
            Some(v) => format!("Some({})", date_code(&date(v.as_str(), key, "retired")?)),
        };
        let rule = match t.get("rule") {
            None => false,
            Some(toml::Value::Boolean(b)) => *b,
            Some(_) => return Err(format!("[{key}] `rule` must be true or false")),
        };
        let region =
            t.get("region").map(|r| r.as_str().ok_or_else(|| format!("[{key}] `region` must be a string")));
        let region = region.transpose()?;
        if t.contains_key("regions") && region.is_none() {
            return Err(format!("[{key}] has other `regions` but names no `region` of its own"));
        }
        let entry = |t: &toml::Table,
                     at: &str,
                     region: Option<&str>,
                     history: &str|
         -> Result<String, String> {
            let p = priced(t, at)?;
            Ok(format!(
                "    calc_core::Price {{ key: {key:?}, label: {label:?}, value: {:?}_f64, unit: {unit:?}, source: {:?}, cite: {:?}, as_of: {}, note: {:?}, uncertain: {}, proxy: {}, rule: {rule}, region: {}, retired: {retired}, history: &[{history}] }},",
                p.value,
                p.source,
                p.cite,
                date_code(&p.as_of),
                p.note,
                p.uncertain,
                p.proxy,
                region.map_or("None".to_string(), |r| format!("Some({r:?})")),
            ))
        };
        writeln!(code, "{}", entry(t, key, region, &history)?).unwrap();
        all_regions.extend(region.map(str::to_string));
        if let Some(regions) = t.get("regions") {
            let regions = regions.as_table().ok_or_else(|| format!("[{key}] `regions` must be tables"))?;
            for (name, r) in regions {
                let at = format!("{key}.regions.{name}");
                let r = r.as_table().ok_or_else(|| format!("[{at}] must be a table"))?;
                writeln!(code, "{}", entry(r, &at, Some(name), "")?).unwrap();
                all_regions.push(name.clone());
            }
        }
    }
    code.push_str("] };\n");
    let mut regions = all_regions;
    let mut seen = Vec::new();
    regions.retain(|r| {
        if seen.contains(r) {
            false
        } else {
            seen.push(r.clone());
            true
        }
    });
    let choices: Vec<String> =
        regions.iter().map(|r| format!("calc_core::Choice {{ key: {r:?}, label: {r:?} }}")).collect();
    writeln!(code, "/// The regions the sheet prices, its default first.").unwrap();
    writeln!(
        code,
        "#[allow(dead_code)]\npub static SHEET_REGIONS: &[calc_core::Choice] = &[{}];",
        choices.join(", ")
    )
    .unwrap();
    let default = regions.first().map_or(String::new(), String::clone);
    writeln!(code, "#[allow(dead_code)]\npub const SHEET_DEFAULT_REGION: &str = {default:?};").unwrap();
    Ok(code)
}

/// What every priced row has: a value, an https source with a citation, a date, a note.
struct Priced {
    value: f64,
    source: String,
    cite: String,
    as_of: calc_core::Date,
    note: String,
    uncertain: bool,
    proxy: bool,
}

fn string(t: &toml::Table, at: &str, name: &str) -> Result<String, String> {
    t.get(name)
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .ok_or_else(|| format!("[{at}] needs a string `{name}`"))
}

fn date(text: Option<&str>, at: &str, name: &str) -> Result<calc_core::Date, String> {
    let text = text.ok_or_else(|| format!("[{at}] needs a date `{name}` (YYYY-MM-DD)"))?;
    calc_core::Date::parse(text).map_err(|e| format!("[{at}] {name}: {e}"))
}

fn date_code(d: &calc_core::Date) -> String {
    format!("calc_core::Date::ymd({}, {}, {})", d.year(), d.month(), d.day())
}

fn priced_source(t: &toml::Table, at: &str) -> Result<(String, String), String> {
    let source = string(t, at, "source")?;
    if !source.starts_with("https://") {
        return Err(format!("[{at}] source must be an https URL"));
    }
    let cite = citation(&source)
        .ok_or_else(|| format!("[{at}] source {source} needs a citation in price-codegen/citations.toml"))?;
    Ok((source, cite))
}

fn number(t: &toml::Table, at: &str) -> Result<f64, String> {
    match t.get("value") {
        Some(toml::Value::Float(f)) => Ok(*f),
        Some(toml::Value::Integer(i)) => Ok(*i as f64),
        _ => Err(format!("[{at}] needs a numeric `value`")),
    }
}

fn note(t: &toml::Table, at: &str) -> Result<String, String> {
    let note = t.get("note").and_then(|v| v.as_str()).unwrap_or("").to_string();
    if note.contains("[U]") {
        return Err(format!("[{at}] marks itself uncertain in its note: write `uncertain = true`"));
    }
    if note.starts_with("PROXY") {
        return Err(format!("[{at}] marks itself a proxy in its note: write `proxy = true`"));
    }
    Ok(note)
}

fn priced(t: &toml::Table, at: &str) -> Result<Priced, String> {
    let (source, cite) = priced_source(t, at)?;
    let flag = |name: &str| match t.get(name) {
        None => Ok(false),
        Some(toml::Value::Boolean(b)) => Ok(*b),
        Some(_) => Err(format!("[{at}] `{name}` must be true or false")),
    };
    let (uncertain, proxy) = (flag("uncertain")?, flag("proxy")?);
    if proxy && !uncertain {
        return Err(format!(
            "[{at}] a proxy (another figure standing in) is uncertain too: add `uncertain = true`"
        ));
    }
    Ok(Priced {
        value: number(t, at)?,
        source,
        cite,
        as_of: date(t.get("as_of").and_then(|v| v.as_str()), at, "as_of")?,
        note: note(t, at)?,
        uncertain,
        proxy,
    })
}

/// `[[key.history]]`: the values a price had before, oldest first, each with `from` and `to`.
fn history(t: &toml::Table, key: &str) -> Result<String, String> {
    let Some(rows) = t.get("history") else { return Ok(String::new()) };
    let rows = rows.as_array().ok_or_else(|| format!("[{key}] `history` must be an array of tables"))?;
    let current = date(t.get("as_of").and_then(|v| v.as_str()), key, "as_of")?;
    let mut out = Vec::new();
    let mut last_to: Option<calc_core::Date> = None;
    for (i, row) in rows.iter().enumerate() {
        let at = format!("{key}.history[{i}]");
        let r = row.as_table().ok_or_else(|| format!("[{at}] must be a table"))?;
        let (source, cite) = priced_source(r, &at)?;
        let from = date(r.get("from").and_then(|v| v.as_str()), &at, "from")?;
        let to = date(r.get("to").and_then(|v| v.as_str()), &at, "to")?;
        if from >= to || last_to.is_some_and(|l| from < l) || to > current {
            return Err(format!("[{at}] dates must run from < to, oldest first, before the current as_of"));
        }
        last_to = Some(to);
        out.push(format!(
            "calc_core::PastPrice {{ value: {:?}_f64, from: {}, to: {}, source: {source:?}, cite: {cite:?}, note: {:?} }}",
            number(r, &at)?,
            date_code(&from),
            date_code(&to),
            note(r, &at)?,
        ));
    }
    Ok(out.join(", "))
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_a_sourced_price() {
        let code = render(
            "[p_io]\nlabel = \"I/O\"\nvalue = 0.2\nunit = \"USD/million\"\nsource = \"https://github.com/darold/ora2pg\"\nas_of = \"2026-03-28\"\n",
        )
        .unwrap();
        assert!(code.contains("key: \"p_io\"") && code.contains("value: 0.2_f64"));
    }

    #[test]
    fn refuses_unsourced_or_undated_prices() {
        assert!(render("[a]\nlabel=\"a\"\nvalue=1\nunit=\"u\"\nas_of=\"2026-01-01\"\n").is_err());
        assert!(render("[a]\nlabel=\"a\"\nvalue=1\nunit=\"u\"\nsource=\"http://x\"\nas_of=\"2026-01-01\"\n")
            .is_err());
        assert!(
            render("[a]\nlabel=\"a\"\nvalue=1\nunit=\"u\"\nsource=\"https://x\"\nas_of=\"soon\"\n").is_err()
        );
    }

    #[test]
    fn uncertainty_is_a_typed_flag_not_a_note() {
        let base = "[a]\nlabel=\"a\"\nvalue=1\nunit=\"u\"\nsource=\"https://github.com/darold/ora2pg\"\nas_of=\"2026-01-01\"\n";
        assert!(render(&format!("{base}uncertain = true\n")).unwrap().contains("uncertain: true"));
        assert!(render(base).unwrap().contains("uncertain: false"));
        assert!(render(&format!("{base}note = \"[U] a proxy\"\n")).is_err());
        assert!(render(&format!("{base}uncertain = \"yes\"\n")).is_err());
    }

    const BASE: &str = "[a]\nlabel=\"a\"\nvalue=1\nunit=\"u\"\nsource=\"https://github.com/darold/ora2pg\"\nas_of=\"2026-08-01\"\n";

    #[test]
    fn renders_regions_history_and_retirement() {
        let text = format!(
            "{BASE}region = \"eastus\"\nretired = \"2026-12-01\"\n\
             [[a.history]]\nvalue = 2\nfrom = \"2025-01-01\"\nto = \"2026-08-01\"\nsource = \"https://github.com/darold/ora2pg\"\n\
             [a.regions.westeurope]\nvalue = 1.5\nsource = \"https://github.com/darold/ora2pg\"\nas_of = \"2026-09-18\"\n"
        );
        let code = render(&text).unwrap();
        assert!(code.contains("region: Some(\"eastus\")") && code.contains("region: Some(\"westeurope\")"));
        assert!(code.contains("retired: Some(calc_core::Date::ymd(2026, 12, 1))"));
        assert!(
            code.contains("calc_core::PastPrice { value: 2.0_f64, from: calc_core::Date::ymd(2025, 1, 1)")
        );
        assert_eq!(code.matches("calc_core::Price {").count(), 2);
    }

    #[test]
    fn refuses_history_out_of_order_and_regions_without_a_region() {
        let late = format!(
            "{BASE}[[a.history]]\nvalue = 2\nfrom = \"2026-01-01\"\nto = \"2026-09-01\"\nsource = \"https://github.com/darold/ora2pg\"\n"
        );
        assert!(render(&late).is_err(), "ends after the current price took effect");
        let orphan = format!(
            "{BASE}[a.regions.westeurope]\nvalue = 1.5\nsource = \"https://github.com/darold/ora2pg\"\nas_of = \"2026-09-18\"\n"
        );
        assert!(render(&orphan).is_err());
    }
}
