//! `cost`: the calculators from a terminal, through the same registry, link decoder and
//! models as the site.

mod date;
mod table;

use calc_core::{evaluate, Calculator, FieldKind};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cost list [--json]               calculators, their URL keys, units and ranges
  cost eval <scenario> [--json]    evaluate a tools-page URL, e.g. '/tools/aurora-io?storage_gb=800'
  cost pdf <scenario> -o <file>    write the PDF report  [--paper a4|letter] [--date YYYY-MM-DD]
                                   [--origin https://site] (for a path-only scenario; default $COST_SITE_ORIGIN
                                   or http://127.0.0.1:8080)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("list") if args.iter().any(|a| a == "--json") => Ok(list_json()),
        Some("list") => Ok(list()),
        Some("eval") => eval(&args[1..]),
        Some("pdf") => pdf(&args[1..]),
        Some("help" | "--help" | "-h") => Ok(format!("{USAGE}\n")),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn list() -> String {
    let mut out = String::new();
    for calc in registry::CALCULATORS {
        let meta = calc.meta();
        out.push_str(&format!("{}  /tools/{}\n  {}\n", meta.title, meta.slug, meta.pitch));
        for f in calc.fields() {
            let default = match f.kind {
                FieldKind::Auto { derived_from, .. } => format!("auto (from {derived_from})"),
                _ => f.write(&f.default_value(calc.prices())),
            };
            out.push_str(&format!(
                "    {:<24} {:<34} {:<26} default {}\n",
                f.key,
                f.label,
                f.allowed(),
                default
            ));
        }
        out.push('\n');
    }
    out
}

fn list_json() -> String {
    let all: Vec<serde_json::Value> = registry::CALCULATORS
        .iter()
        .map(|calc| {
            let fields: Vec<serde_json::Value> = calc
                .fields()
                .iter()
                .map(|f| serde_json::json!({ "key": f.key, "label": f.label, "unit": f.unit, "allowed": f.allowed() }))
                .collect();
            serde_json::json!({ "slug": calc.meta().slug, "title": calc.meta().title, "fields": fields })
        })
        .collect();
    serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
}

/// Resolve a scenario (full URL, `/tools/<slug>?…` path, or a file holding one) to its
/// calculator and inputs, refusing anything the page would have replaced by a default.
fn load(scenario: &str) -> Result<(&'static dyn Calculator, calc_core::Inputs), String> {
    let text = match std::fs::read_to_string(scenario) {
        Ok(content) if !scenario.contains('?') => content.trim().to_string(),
        _ => scenario.to_string(),
    };
    let slug = scenario::slug_of(&text)
        .ok_or_else(|| format!("'{text}' is not a calculator link; expected /tools/<calculator>?<inputs>"))?;
    let calc = registry::find(slug).ok_or_else(|| {
        let known: Vec<&str> = registry::CALCULATORS.iter().map(|c| c.meta().slug).collect();
        format!("unknown calculator '{slug}'; known: {}", known.join(", "))
    })?;
    let inputs = scenario::decode_strict(calc, scenario::query_of(&text)).map_err(|notices| {
        notices.iter().map(|n| format!("error: {}", n.problem)).collect::<Vec<_>>().join("\n")
    })?;
    Ok((calc, inputs))
}

fn eval(args: &[String]) -> Result<String, String> {
    let json = args.iter().any(|a| a == "--json");
    let scenario = args.iter().find(|a| !a.starts_with("--")).ok_or(USAGE)?;
    let (calc, inputs) = load(scenario)?;
    let outcome = evaluate(calc, &inputs)
        .map_err(|errors| errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n"))?;
    if json {
        serde_json::to_string_pretty(&outcome).map(|s| s + "\n").map_err(|e| e.to_string())
    } else {
        Ok(table::render(calc, &inputs, &outcome))
    }
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

/// The first argument that is neither a flag nor a flag's value.
fn positional(args: &[String]) -> Option<&String> {
    let mut skip = false;
    args.iter().find(|a| {
        if skip {
            skip = false;
            return false;
        }
        if a.starts_with('-') {
            skip = matches!(a.as_str(), "-o" | "--paper" | "--date" | "--origin");
            return false;
        }
        true
    })
}

fn pdf(args: &[String]) -> Result<String, String> {
    let scenario = positional(args).ok_or(USAGE)?;
    let out = option(args, "-o").ok_or("cost pdf needs -o <file>")?;
    let paper = match option(args, "--paper").unwrap_or("a4") {
        "a4" => report::Paper::A4,
        "letter" => report::Paper::Letter,
        other => return Err(format!("--paper {other}: expected a4 or letter")),
    };
    let date = match option(args, "--date") {
        Some(d) if date::is_iso(d) => d.to_string(),
        Some(d) => return Err(format!("--date {d}: expected YYYY-MM-DD")),
        None => date::today_utc(),
    };
    let (calc, inputs) = load(scenario)?;
    let origin = match scenario.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{}", rest.split('/').next().unwrap_or("")),
        None => option(args, "--origin")
            .map(str::to_string)
            .or_else(|| std::env::var("COST_SITE_ORIGIN").ok())
            .unwrap_or_else(|| "http://127.0.0.1:8080".into()),
    };
    let link = format!("{}{}", origin.trim_end_matches('/'), scenario::tools_path(calc, &inputs));
    let bytes = report::for_scenario(calc, &inputs, &link, &date, paper)
        .map_err(|errors| errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n"))?;
    std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    Ok(format!("wrote {out} ({} KB) for {link}\n", bytes.len() / 1024))
}
