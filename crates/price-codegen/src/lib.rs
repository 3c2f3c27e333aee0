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
    for (key, item) in &doc {
        let t = item.as_table().ok_or_else(|| format!("[{key}] must be a table"))?;
        let s = |name: &str| -> Result<String, String> {
            t.get(name)
                .and_then(|v| v.as_str())
                .map(str::to_string)
                .ok_or_else(|| format!("[{key}] needs a string `{name}`"))
        };
        let value = match t.get("value") {
            Some(toml::Value::Float(f)) => *f,
            Some(toml::Value::Integer(i)) => *i as f64,
            _ => return Err(format!("[{key}] needs a numeric `value`")),
        };
        let source = s("source")?;
        if !source.starts_with("https://") {
            return Err(format!("[{key}] source must be an https URL"));
        }
        let cite = citation(&source).ok_or_else(|| {
            format!("[{key}] source {source} needs a citation in price-codegen/citations.toml")
        })?;
        let as_of = s("as_of")?;
        let date = calc_core::Date::parse(&as_of).map_err(|e| format!("[{key}] as_of: {e}"))?;
        let note = t.get("note").and_then(|v| v.as_str()).unwrap_or("").to_string();
        if note.contains("[U]") {
            return Err(format!("[{key}] marks itself uncertain in its note: write `uncertain = true`"));
        }
        let uncertain = match t.get("uncertain") {
            None => false,
            Some(toml::Value::Boolean(b)) => *b,
            Some(_) => return Err(format!("[{key}] `uncertain` must be true or false")),
        };
        writeln!(
            code,
            "    calc_core::Price {{ key: {key:?}, label: {:?}, value: {value:?}_f64, unit: {:?}, source: {source:?}, cite: {cite:?}, as_of: calc_core::Date::ymd({}, {}, {}), note: {note:?}, uncertain: {uncertain} }},",
            s("label")?,
            s("unit")?,
            date.year(),
            date.month(),
            date.day(),
        )
        .unwrap();
    }
    code.push_str("] };\n");
    Ok(code)
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
}
