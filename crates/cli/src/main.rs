//! `cost`: the calculators from a terminal, through the same registry, link decoder and
//! models as the site.

mod table;

use calc_core::{evaluate, Calculator, FieldKind};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cost list [--json]               calculators, their URL keys, units and ranges
  cost eval <scenario> [--json]    evaluate a tools-page URL, e.g. '/tools/aurora-io?storage_gb=800'";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("list") if args.iter().any(|a| a == "--json") => Ok(list_json()),
        Some("list") => Ok(list()),
        Some("eval") => eval(&args[1..]),
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
    let slug = scenario::slug_of(&text).ok_or_else(|| {
        format!("'{text}' is not a calculator link; expected /tools/<calculator>?<inputs>")
    })?;
    let calc = registry::find(slug).ok_or_else(|| {
        let known: Vec<&str> = registry::CALCULATORS.iter().map(|c| c.meta().slug).collect();
        format!("unknown calculator '{slug}'; known: {}", known.join(", "))
    })?;
    let decoded = scenario::decode(calc, scenario::query_of(&text));
    if !decoded.notices.is_empty() {
        let lines: Vec<String> = decoded.notices.iter().map(|n| format!("error: {}", n.problem)).collect();
        return Err(lines.join("\n"));
    }
    Ok((calc, decoded.inputs))
}

fn eval(args: &[String]) -> Result<String, String> {
    let json = args.iter().any(|a| a == "--json");
    let scenario = args.iter().find(|a| !a.starts_with("--")).ok_or(USAGE)?;
    let (calc, inputs) = load(scenario)?;
    let outcome = evaluate(calc, &inputs).map_err(|errors| {
        errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n")
    })?;
    if json {
        serde_json::to_string_pretty(&outcome).map(|s| s + "\n").map_err(|e| e.to_string())
    } else {
        Ok(table::render(calc, &inputs, &outcome))
    }
}
