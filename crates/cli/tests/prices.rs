//! `cost prices`: the currency reference rates beside the prices, as the compiled table has them.

use calc_core::currency::{reference_table, Currency, Rate};
use calc_core::Date;
use std::process::Command;

fn cost(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cost")).args(args).output().expect("run cost");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn today() -> Date {
    let ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis();
    Date::today_utc(ms as f64)
}

#[test]
fn prices_lists_one_rate_per_currency_with_its_ecb_date_age_and_source() {
    let (code, out, err) = cost(&["prices", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(doc["prices"].as_array().is_some_and(|p| !p.is_empty() && p[0]["calculator"].is_string()));
    let rates = doc["rates"].as_array().unwrap();
    let table = reference_table();
    let codes: Vec<&str> = rates.iter().map(|r| r["currency"].as_str().unwrap()).collect();
    assert_eq!(codes, ["EUR", "GBP", "INR", "JPY", "CAD", "AUD"]);
    let age = table.as_of.days_until(today());
    for r in rates {
        let c = Currency::from_code(r["currency"].as_str().unwrap()).unwrap();
        // serde_json reads a float back to within one unit in the last place.
        let per_usd = r["per_usd"].as_f64().unwrap();
        assert!((per_usd - Rate::reference(c).per_usd).abs() <= per_usd * 1e-15, "{r}");
        assert_eq!(r["name"].as_str(), Some(c.name()));
        assert_eq!(r["as_of"].as_str(), Some(table.as_of.to_string().as_str()));
        assert_eq!(r["source"].as_str(), Some(table.source));
        // The run's day may have turned since `today()` was read.
        let days = r["age_days"].as_i64().unwrap();
        assert!(days == age || days == age + 1, "{r}");
        assert_eq!(r["stale"].as_bool(), Some(days > 30), "{r}");
    }

    let (code, text, err) = cost(&["prices", "ri-roi"]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains(&format!("euro reference rates of {}", table.as_of)), "{text}");
    for c in ["EUR", "GBP", "INR", "JPY", "CAD", "AUD"] {
        let line = text.lines().find(|l| l.starts_with(&format!("rate  {c} = "))).expect(c);
        assert!(line.contains(" per USD  as of ") && line.contains(" days old"), "{line}");
        assert_eq!(line.ends_with(" (stale)"), age > 30, "{line}");
    }
    assert!(!text.contains("rate  USD"), "the dollar is the models' own currency");
}
