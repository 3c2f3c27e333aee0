//! `cost prices`: every default price of every calculator (or of one), with its region, the
//! date it took effect, its source and its age on the day the command runs.

use calc_core::{Calculator, Date, Price};

/// One row per price entry (the default region first, then each other region), as text or JSON.
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
    if json {
        let list: Vec<serde_json::Value> = rows.iter().map(|(slug, p)| row_json(slug, p, today)).collect();
        return serde_json::to_string_pretty(&list).map(|s| s + "\n").map_err(|e| e.to_string());
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
        let age = match p.age_on(today) {
            days if days < 0 => format!("takes effect in {} days", -days),
            days => format!("{days} days old"),
        };
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
    Ok(out)
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
