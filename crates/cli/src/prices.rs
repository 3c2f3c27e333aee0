//! `cost prices`: every default price of every calculator (or of one), with its region, the
//! date it took effect, its source and its age on the day the command runs; then the currency
//! reference rates every money figure can be shown at, with the ECB's date and their age.

use calc_core::currency::{reference_table, Currency, Rate, STALE_AFTER_DAYS};
use calc_core::{Calculator, Date, Price};

/// One row per price entry (the default region first, then each other region), then one row
/// per currency other than the dollar, as text or JSON (`{"prices": [...], "rates": [...]}`).
pub fn run(slug: Option<&str>, json: bool, today: Date) -> Result<String, String> {
    let calcs: Vec<&'static dyn Calculator> = match slug {
        Some(s) => vec![registry::find(s).ok_or_else(|| {
            let known: Vec<&str> = registry::CALCULATORS.iter().map(|c| c.meta().slug).collect();
            format!("unknown calculator '{s}'; known: {}", known.join(", "))
        })?],
        None => registry::CALCULATORS.to_vec(),
    };
    let rows: Vec<(&str, &Price)> =
        calcs.iter().flat_map(|c| c.prices().entries.iter().map(move |p| (c.meta().slug, p))).collect();
    let rates: Vec<Rate> =
        Currency::ALL.into_iter().filter(|c| *c != Currency::Usd).map(Rate::reference).collect();
    if json {
        let list: Vec<serde_json::Value> = rows.iter().map(|(slug, p)| row_json(slug, p, today)).collect();
        let rates: Vec<serde_json::Value> = rates.iter().map(|r| rate_json(r, today)).collect();
        let doc = serde_json::json!({ "prices": list, "rates": rates });
        return serde_json::to_string_pretty(&doc).map(|s| s + "\n").map_err(|e| e.to_string());
    }
    let mut out = String::new();
    for (slug, p) in rows {
        let region = p.region.map(|r| format!(" [{r}]")).unwrap_or_default();
        let mut flags = Vec::new();
        if p.uncertain {
            flags.push("uncertain".to_string());
        }
        if let Some(r) = p.retired {
            flags.push(format!("retired {r}"));
        }
        let flags = if flags.is_empty() { String::new() } else { format!(" ({})", flags.join(", ")) };
        let age = age(p.age_on(today));
        out.push_str(&format!(
            "{slug}  {}{region} = {} {}  as of {}, {age}{flags}\n    {}: {}\n    {}, {}\n",
            p.key,
            calc_core::format::plain(p.value),
            p.unit,
            p.as_of,
            p.label,
            p.note.chars().take(160).collect::<String>(),
            p.cite,
            p.source
        ));
    }
    let table = reference_table();
    out.push_str(&format!(
        "\ncurrency reference rates (units per US dollar; the European Central Bank's euro reference \
         rates of {}, flagged stale after {STALE_AFTER_DAYS} days)\n",
        table.as_of
    ));
    for r in &rates {
        let as_of = r.as_of().expect("a reference rate");
        let stale = if r.is_stale(today) { " (stale)" } else { "" };
        out.push_str(&format!(
            "rate  {} = {} per USD  as of {as_of}, {}{stale}\n    {}, {}\n",
            r.currency.code(),
            calc_core::format::number(r.per_usd, 6),
            age(as_of.days_until(today)),
            r.currency.name(),
            table.source
        ));
    }
    Ok(out)
}

fn age(days: i64) -> String {
    if days < 0 {
        format!("takes effect in {} days", -days)
    } else {
        format!("{days} days old")
    }
}

fn rate_json(r: &Rate, today: Date) -> serde_json::Value {
    let as_of = r.as_of().expect("a reference rate");
    serde_json::json!({
        "currency": r.currency.code(),
        "name": r.currency.name(),
        "per_usd": r.per_usd,
        "as_of": as_of.to_string(),
        "age_days": as_of.days_until(today),
        "stale": r.is_stale(today),
        "source": reference_table().source,
    })
}

fn row_json(slug: &str, p: &Price, today: Date) -> serde_json::Value {
    let history: Vec<serde_json::Value> = p
        .history
        .iter()
        .map(|h| {
            serde_json::json!({
                "value": h.value, "from": h.from.to_string(), "to": h.to.to_string(),
                "source": { "cite": h.cite, "url": h.source }, "note": h.note,
            })
        })
        .collect();
    serde_json::json!({
        "calculator": slug,
        "key": p.key,
        "label": p.label,
        "value": p.value,
        "unit": p.unit,
        "region": p.region,
        "as_of": p.as_of.to_string(),
        "age_days": p.age_on(today),
        "uncertain": p.uncertain,
        "retired": p.retired.map(|d| d.to_string()),
        "source": { "cite": p.cite, "url": p.source },
        "note": p.note,
        "history": history,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_is_flagged_stale_after_thirty_days() {
        let as_of = reference_table().as_of;
        for (days, stale) in [(0, false), (30, false), (31, true)] {
            let today = as_of.plus_days(days);
            let doc: serde_json::Value = serde_json::from_str(&run(None, true, today).unwrap()).unwrap();
            let rates = doc["rates"].as_array().unwrap();
            assert_eq!(rates.len(), 6);
            for r in rates {
                assert_eq!(r["age_days"], i64::from(days));
                assert_eq!(r["stale"], stale, "{r}");
            }
            let text = run(Some("aurora-io"), false, today).unwrap();
            let line = text.lines().find(|l| l.starts_with("rate  EUR = ")).expect("the euro's row");
            assert_eq!(line.ends_with(" (stale)"), stale, "{line}");
            assert!(line.contains(&format!("as of {as_of}, {days} days old")), "{line}");
        }
    }
}
