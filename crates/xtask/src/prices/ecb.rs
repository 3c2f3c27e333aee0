//! The European Central Bank's euro foreign exchange reference rates, one day of them, in
//! either form the ECB publishes:
//! - `eurofxref-daily.xml`: `<gesmes:Envelope>…<Cube><Cube time='2026-04-13'><Cube
//!   currency='USD' rate='1.1684'/>…</Cube></Cube></gesmes:Envelope>`;
//! - `eurofxref.csv`, inside `eurofxref.zip`: a header `Date, USD, JPY, …` and one line
//!   `13 April 2026, 1.1684, 186.75, …`.
//!
//! Each rate is units of a currency per euro. It is kept as the text the file gives, so that
//! the table written from it (`crates/calc-core/src/currency/reference.rs`) shows the ECB's
//! own figures: a currency's units per US dollar are written `X / USD` (the euro's `1.0 /
//! USD`), which a reader checks against the ECB's page digit for digit.

use calc_core::currency::Currency;
use calc_core::Date;

/// What the refresh downloads.
pub const DAILY_XML: &str = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
/// The archive the CSV form comes in.
pub const DAILY_ZIP: &str = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref.zip";

/// The files' places in a `--from` directory; the XML is read when both are there.
pub const XML_PATH: &str = "ecb/eurofxref-daily.xml";
pub const CSV_PATH: &str = "ecb/eurofxref.csv";

/// The table the refresh rewrites, from the workspace root.
pub const REFERENCE_RS: &str = "crates/calc-core/src/currency/reference.rs";

/// One day of reference rates.
#[derive(Clone, Debug, PartialEq)]
pub struct Rates {
    /// The day the ECB published them.
    pub as_of: Date,
    /// The ECB's address of the file they were read from.
    pub source: &'static str,
    /// Each currency's ISO code and units per euro as the file writes them, in its order.
    pub per_eur: Vec<(String, String)>,
}

impl Rates {
    /// A currency's rate per euro, as the file writes it.
    pub fn text(&self, code: &str) -> Option<&str> {
        self.per_eur.iter().find(|(c, _)| c == code).map(|(_, r)| r.as_str())
    }

    /// Units of `currency` per US dollar: its rate per euro over the dollar's (1 for the dollar).
    pub fn per_usd(&self, currency: Currency) -> f64 {
        let of =
            |code: &str| self.text(code).and_then(|t| t.parse::<f64>().ok()).expect("checked on reading");
        let usd = of("USD");
        match currency {
            Currency::Usd => 1.0,
            Currency::Eur => 1.0 / usd,
            c => of(c.code()) / usd,
        }
    }
}

/// The currencies the table needs against the euro: the dollar and every other one offered.
pub fn needed() -> Vec<&'static str> {
    Currency::ALL.into_iter().filter(|c| *c != Currency::Eur).map(Currency::code).collect()
}

/// Refuses a file without a date, without one of the needed currencies (naming each one
/// missing), or with a rate that is not a positive decimal number.
fn checked(
    as_of: Option<Date>,
    per_eur: Vec<(String, String)>,
    source: &'static str,
) -> Result<Rates, String> {
    let as_of = as_of.ok_or("the file carries no date (no `<Cube time='…'>`, no row under `Date`)")?;
    for (code, rate) in &per_eur {
        let decimal = !rate.is_empty()
            && rate.chars().all(|c| c.is_ascii_digit() || c == '.')
            && rate.matches('.').count() <= 1
            && !rate.starts_with('.')
            && !rate.ends_with('.');
        if !decimal || !rate.parse::<f64>().is_ok_and(|r| r.is_finite() && r > 0.0) {
            return Err(format!("the rate of {code} is `{rate}`, not a positive decimal number"));
        }
    }
    let missing: Vec<&str> =
        needed().into_iter().filter(|code| !per_eur.iter().any(|(c, _)| c == code)).collect();
    if !missing.is_empty() {
        return Err(format!(
            "the file has no rate for {} (the table needs {})",
            missing.join(", "),
            needed().join(", ")
        ));
    }
    Ok(Rates { as_of, source, per_eur })
}

/// The value of attribute `name` in one tag's text, in single or double quotes.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = tag[from..].find(name).map(|i| i + from) {
        from = at + name.len();
        let before = tag[..at].chars().next_back();
        let rest = tag[from..].trim_start();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(rest) = rest.strip_prefix('=') else { continue };
        let rest = rest.trim_start();
        let quote = rest.chars().next().filter(|q| *q == '\'' || *q == '"')?;
        let value = &rest[1..];
        return value.find(quote).map(|end| &value[..end]);
    }
    None
}

/// Reads `eurofxref-daily.xml`. A file of several days (`eurofxref-hist.xml`) is refused: the
/// table is one day's.
pub fn parse_xml(text: &str) -> Result<Rates, String> {
    let mut days = Vec::new();
    let mut per_eur = Vec::new();
    for piece in text.split("<Cube").skip(1) {
        let Some(tag) = piece.split('>').next() else { continue };
        if let Some(time) = attribute(tag, "time") {
            days.push(Date::parse(time).map_err(|e| format!("`<Cube time='{time}'>`: {e}"))?);
        }
        if let Some(code) = attribute(tag, "currency") {
            let rate = attribute(tag, "rate").ok_or(format!("`<Cube currency='{code}'>` has no `rate`"))?;
            per_eur.push((code.to_string(), rate.to_string()));
        }
    }
    if days.len() > 1 {
        return Err(format!(
            "{} days of rates (`<Cube time='…'>`): a history file, where the table is one day's \
             (eurofxref-daily.xml)",
            days.len()
        ));
    }
    checked(days.first().copied(), per_eur, DAILY_XML)
}

/// A date as the CSV form writes it (`13 April 2026`), or `YYYY-MM-DD`.
fn csv_date(text: &str) -> Result<Date, String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if let Ok(d) = Date::parse(text) {
        return Ok(d);
    }
    let bad = || format!("`{text}` is not a date (13 April 2026, or 2026-04-13)");
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [day, month, year] = parts[..] else { return Err(bad()) };
    let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month)).ok_or_else(bad)? as u32 + 1;
    let day: u32 = day.parse().map_err(|_| bad())?;
    let year: i32 = year.parse().map_err(|_| bad())?;
    Date::parse(&format!("{year:04}-{month:02}-{day:02}")).map_err(|_| bad())
}

/// Reads `eurofxref.csv`: the header of codes and the day's line (`N/A` cells skipped). A file
/// of several days (`eurofxref-hist.csv`) is refused: the table is one day's.
pub fn parse_csv(text: &str) -> Result<Rates, String> {
    // Cells trimmed (the ECB writes `, ` between them), an empty last one dropped (each line
    // ends with a comma), blank lines skipped.
    let trimmed = |record: Vec<String>| -> Vec<String> {
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        cells
    };
    let mut lines = super::csv::records(text)?.into_iter().map(trimmed).filter(|cells| !cells.is_empty());
    let header = lines.next().ok_or("an empty file")?;
    if header.first().map(String::as_str) != Some("Date") {
        return Err(format!(
            "the first column is `{}`, not `Date`: not the ECB's CSV form",
            header.first().map(String::as_str).unwrap_or("")
        ));
    }
    let rows: Vec<Vec<String>> = lines.collect();
    if rows.len() > 1 {
        return Err(format!(
            "{} days of rates: a history file, where the table is one day's (eurofxref.csv)",
            rows.len()
        ));
    }
    let Some(row) = rows.first() else { return checked(None, Vec::new(), DAILY_ZIP) };
    let date = row.first().filter(|d| !d.is_empty()).map(|d| csv_date(d)).transpose()?;
    if row.len() > header.len() {
        return Err(format!("the day's line has {} cells under {} columns", row.len(), header.len()));
    }
    let per_eur = header
        .iter()
        .zip(row)
        .skip(1)
        .filter(|(_, rate)| !rate.is_empty() && *rate != "N/A")
        .map(|(code, rate)| (code.clone(), rate.clone()))
        .collect();
    checked(date, per_eur, DAILY_ZIP)
}

/// A rate as a Rust float literal: the file's digits, with `.0` after a whole number.
fn literal(rate: &str) -> String {
    if rate.contains('.') {
        rate.to_string()
    } else {
        format!("{rate}.0")
    }
}

/// Words wrapped into `///` lines of at most 96 characters.
fn doc_lines(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from("///");
    for word in text.split_whitespace() {
        if line.len() + 1 + word.len() > 96 && line.len() > 3 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("///");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// `crates/calc-core/src/currency/reference.rs` for `rates`.
pub fn reference_rs(rates: &Rates) -> String {
    let usd = rates.text("USD").expect("checked on reading");
    let listed: Vec<String> = rates
        .per_eur
        .iter()
        .filter(|(code, _)| needed().contains(&code.as_str()))
        .map(|(code, rate)| format!("{code} {rate}"))
        .collect();
    let d = rates.as_of;
    let mut out = String::from(
        "//! Written by `cargo xtask prices` from the European Central Bank's euro foreign exchange\n\
         //! reference rates; do not edit by hand.\n\
         \n\
         use super::{Currency, Table};\n\
         use crate::Date;\n\
         \n",
    );
    out.push_str(&doc_lines(&format!(
        "ECB reference rates of {d} (EUR 1 = {}), per US dollar.",
        listed.join(", ")
    )));
    out.push_str("pub static TABLE: Table = Table {\n");
    out.push_str(&format!("    as_of: Date::ymd({}, {}, {}),\n", d.year(), d.month(), d.day()));
    out.push_str(&format!("    source: \"{}\",\n", rates.source));
    out.push_str("    per_usd: &[\n");
    for c in Currency::ALL.into_iter().filter(|c| *c != Currency::Usd) {
        let numerator = match c {
            Currency::Eur => "1.0".to_string(),
            c => literal(rates.text(c.code()).expect("checked on reading")),
        };
        out.push_str(&format!("        (Currency::{c:?}, {numerator} / {}),\n", literal(usd)));
    }
    out.push_str("    ],\n};\n");
    out
}

/// What a `reference.rs` says: its date and each currency's units per US dollar, the
/// quotients evaluated (for the refresh's summary of what changed).
pub fn read_reference_rs(text: &str) -> Option<(Date, Vec<(String, f64)>)> {
    let ymd = text.split("Date::ymd(").nth(1)?.split(')').next()?;
    let n: Vec<u32> = ymd.split(',').map(|p| p.trim().parse().ok()).collect::<Option<_>>()?;
    let [y, m, d] = n[..] else { return None };
    let as_of = Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()?;
    let mut per_usd = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| l.starts_with("(Currency::")) {
        let (name, value) = line.trim_start_matches("(Currency::").trim_end_matches("),").split_once(',')?;
        let (a, b) = value.split_once('/')?;
        let a: f64 = a.trim().parse().ok()?;
        let b: f64 = b.trim().parse().ok()?;
        per_usd.push((name.to_uppercase(), a / b));
    }
    Some((as_of, per_usd))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn sample() -> String {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/prices");
        std::fs::read_to_string(dir.join(CSV_PATH)).unwrap()
    }

    /// The sample's own day in the XML form (the same figures, in the ECB's other layout).
    fn as_xml(rates: &Rates) -> String {
        let cubes: String = rates
            .per_eur
            .iter()
            .map(|(code, rate)| format!("\t\t\t<Cube currency='{code}' rate='{rate}'/>\n"))
            .collect();
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope \
             xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" \
             xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n\
             \t<gesmes:subject>Reference rates</gesmes:subject>\n\
             \t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\
             \t<Cube>\n\t\t<Cube time='{}'>\n{cubes}\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>",
            rates.as_of
        )
    }

    #[test]
    fn the_sample_gives_the_ecb_day_and_every_rate() {
        let r = parse_csv(&sample()).unwrap();
        assert_eq!(r.as_of, Date::ymd(2026, 4, 13));
        assert_eq!(r.source, DAILY_ZIP);
        assert_eq!(r.per_eur.len(), 29, "29 currencies, no BGN since Bulgaria took the euro");
        assert_eq!(r.per_eur.first(), Some(&("USD".to_string(), "1.1684".to_string())));
        assert_eq!(r.per_eur.last(), Some(&("ZAR".to_string(), "19.3849".to_string())));
        let expected = [
            ("USD", "1.1684"),
            ("JPY", "186.75"),
            ("GBP", "0.87058"),
            ("AUD", "1.6610"),
            ("CAD", "1.6177"),
            ("INR", "109.0470"),
            ("HUF", "366.90"),
            ("IDR", "20082.05"),
        ];
        for (code, rate) in expected {
            assert_eq!(r.text(code), Some(rate), "{code}");
        }
        assert_eq!(r.per_usd(Currency::Usd), 1.0);
        assert_eq!(r.per_usd(Currency::Eur), 1.0 / 1.1684);
        assert_eq!(r.per_usd(Currency::Inr), 109.0470 / 1.1684);
    }

    #[test]
    fn the_xml_form_of_the_same_day_reads_alike() {
        let csv = parse_csv(&sample()).unwrap();
        let xml = parse_xml(&as_xml(&csv)).unwrap();
        assert_eq!(xml.source, DAILY_XML);
        assert_eq!((xml.as_of, &xml.per_eur), (csv.as_of, &csv.per_eur));
        // Double quotes and another attribute order are the same file.
        let other = as_xml(&csv)
            .replace("time='2026-04-13'", "time=\"2026-04-13\"")
            .replace("<Cube currency='GBP' rate='0.87058'/>", "<Cube rate=\"0.87058\" currency=\"GBP\"/>");
        assert_eq!(parse_xml(&other).unwrap().per_eur, csv.per_eur);
    }

    #[test]
    fn the_committed_table_is_the_one_the_sample_makes() {
        let rates = parse_csv(&sample()).unwrap();
        let committed = std::fs::read_to_string(crate::root().join(REFERENCE_RS)).unwrap();
        assert_eq!(
            reference_rs(&rates),
            committed,
            "run `cargo xtask prices --only rates --from tests/fixtures/prices`"
        );
        // And the compiled table is that file: the ECB's figures, as quotients.
        let table = calc_core::currency::reference_table();
        assert_eq!(table.as_of, rates.as_of);
        assert_eq!(table.source, rates.source);
        for c in Currency::ALL {
            assert_eq!(calc_core::currency::Rate::reference(c).per_usd, rates.per_usd(c), "{c:?}");
        }
        let (as_of, read) = read_reference_rs(&committed).unwrap();
        assert_eq!(as_of, rates.as_of);
        assert_eq!(read.len(), 6);
        assert!(read.iter().all(|(code, v)| *v == rates.per_usd(Currency::from_code(code).unwrap())));
    }

    #[test]
    fn a_file_without_a_date_is_refused() {
        let text = sample();
        let rates = parse_csv(&text).unwrap();
        let e = parse_xml(&as_xml(&rates).replace(" time='2026-04-13'", "")).unwrap_err();
        assert!(e.contains("no date"), "{e}");
        let header_only: String = text.lines().take(1).collect();
        assert!(parse_csv(&header_only).unwrap_err().contains("no date"));
        let blank_date = text.replace("13 April 2026", "");
        assert!(parse_csv(&blank_date).unwrap_err().contains("no date"));
        let e = parse_csv(&text.replace("13 April 2026", "13 Avril 2026")).unwrap_err();
        assert!(e.contains("`13 Avril 2026` is not a date"), "{e}");
        let e = parse_xml("<html><body>Service unavailable</body></html>").unwrap_err();
        assert!(e.contains("no date"), "{e}");
    }

    #[test]
    fn a_file_without_a_needed_currency_is_refused_naming_each() {
        let rates = parse_csv(&sample()).unwrap();
        let mut fewer = rates.clone();
        fewer.per_eur.retain(|(c, _)| c != "INR" && c != "CAD");
        let e = parse_xml(&as_xml(&fewer)).unwrap_err();
        assert!(e.contains("no rate for INR, CAD"), "{e}");
        let text = sample();
        let na = text.replace(", 1.1684,", ", N/A,");
        assert!(parse_csv(&na).unwrap_err().contains("no rate for USD"), "a dollar marked N/A");
        for code in needed() {
            let mut without = rates.clone();
            without.per_eur.retain(|(c, _)| c != code);
            let e = parse_xml(&as_xml(&without)).unwrap_err();
            assert!(e.contains(&format!("no rate for {code} ")), "{e}");
        }
    }

    #[test]
    fn a_malformed_rate_or_a_history_file_is_refused() {
        let text = sample();
        let e = parse_csv(&text.replace("0.87058", "0,87058")).unwrap_err();
        assert!(e.contains("cells under"), "{e}");
        let e = parse_csv(&text.replace("0.87058", "-0.87058")).unwrap_err();
        assert!(e.contains("the rate of GBP is `-0.87058`"), "{e}");
        let e = parse_csv(&text.replace("186.75", "0")).unwrap_err();
        assert!(e.contains("the rate of JPY is `0`"), "{e}");
        let day = text.lines().nth(1).unwrap();
        let e = parse_csv(&format!("{text}{}\n", day.replace("13 April", "10 April"))).unwrap_err();
        assert!(e.contains("2 days of rates"), "{e}");
        let rates = parse_csv(&text).unwrap();
        let xml = as_xml(&rates);
        let e =
            parse_xml(&xml.replace("<Cube time=", "<Cube time='2026-04-10'></Cube><Cube time=")).unwrap_err();
        assert!(e.contains("2 days of rates"), "{e}");
        let e = parse_xml(&xml.replace(" rate='1.6177'", "")).unwrap_err();
        assert!(e.contains("`<Cube currency='CAD'>` has no `rate`"), "{e}");
        let e = parse_csv("Currency, Rate\nUSD, 1.1684\n").unwrap_err();
        assert!(e.contains("not `Date`"), "{e}");
    }

    /// The table this repository shipped before the refresh was written: the ECB's rates of
    /// 2024-06-28 (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml of that day).
    const PREVIOUS: &str = r#"//! Written by `cargo xtask prices` from the European Central Bank's euro foreign exchange
//! reference rates; do not edit by hand.

use super::{Currency, Table};
use crate::Date;

/// ECB reference rates of 2024-06-28 (EUR 1 = USD 1.0705, JPY 171.94, GBP 0.84638,
/// AUD 1.6079, CAD 1.4670, INR 89.2495), per US dollar.
pub static TABLE: Table = Table {
    as_of: Date::ymd(2024, 6, 28),
    source: "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
    per_usd: &[
        (Currency::Eur, 1.0 / 1.0705),
        (Currency::Gbp, 0.84638 / 1.0705),
        (Currency::Inr, 89.2495 / 1.0705),
        (Currency::Jpy, 171.94 / 1.0705),
        (Currency::Cad, 1.4670 / 1.0705),
        (Currency::Aud, 1.6079 / 1.0705),
    ],
};
"#;

    /// A workspace holding only the reference table, with `text` in it.
    fn workspace(name: &str, text: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-rates-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let path = root.join(REFERENCE_RS);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        root
    }

    fn plan_of(rates: super::super::RatesPlan) -> super::super::Plan {
        super::super::Plan {
            sheets: Vec::new(),
            citations: (PathBuf::new(), String::new(), String::new()),
            warnings: Vec::new(),
            rates: Some(rates),
        }
    }

    #[test]
    fn a_refresh_rewrites_an_older_table_and_then_changes_nothing() {
        let sample_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/prices");
        let committed = std::fs::read_to_string(crate::root().join(REFERENCE_RS)).unwrap();
        let root = workspace("older", PREVIOUS);
        let plan = plan_of(super::super::rates(&root, &sample_dir).unwrap());
        assert!(plan.changed() && plan.rates_changed());
        assert_eq!(plan.what_changed(), "the reference rates");
        let summary = plan.summary();
        assert!(
            summary.contains("rates GBP per USD: 0.79064 (2024-06-28) -> 0.745104 (2026-04-13"),
            "{summary}"
        );
        assert!(
            summary.contains("rates INR per USD: 83.371789 (2024-06-28) -> 93.330195 (2026-04-13"),
            "{summary}"
        );
        assert!(plan.diff().contains("+    as_of: Date::ymd(2026, 4, 13),"), "{}", plan.diff());
        plan.write().unwrap();
        assert_eq!(std::fs::read_to_string(root.join(REFERENCE_RS)).unwrap(), committed);
        let again = plan_of(super::super::rates(&root, &sample_dir).unwrap());
        assert!(!again.changed(), "{}", again.diff());
        // The daily XML is read before the CSV when both are there.
        let both = root.join("from");
        std::fs::create_dir_all(both.join("ecb")).unwrap();
        std::fs::write(both.join(CSV_PATH), sample()).unwrap();
        std::fs::write(both.join(XML_PATH), as_xml(&parse_csv(&sample()).unwrap())).unwrap();
        let from_xml = super::super::rates(&root, &both).unwrap();
        assert_eq!(from_xml.rates.source, DAILY_XML);
        assert!(
            from_xml.after.contains(DAILY_XML) && from_xml.after.replace(DAILY_XML, DAILY_ZIP) == committed
        );
        // No file at all names both forms.
        let e = super::super::rates(&root, &root).err().expect("refused");
        assert!(e.contains(XML_PATH) && e.contains(CSV_PATH), "{e}");
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_whole_number_rate_is_written_as_a_float() {
        assert_eq!(literal("52"), "52.0");
        assert_eq!(literal("109.0470"), "109.0470");
    }
}
