//! `cost`: the calculators from a terminal, through the same registry, link decoder and
//! models as the site.

mod compare;
mod prices;
mod table;

use calc_core::{evaluate, Date, FieldKind};
use lexopt::prelude::*;
use scenario::Scenario;
use std::process::ExitCode;

const USAGE: &str = "usage:
  cost list [--json]               calculators, their URL keys, units, ranges and defaults
  cost prices [<calculator>] [--json]
                                   every default price: value, unit, region, the date it took effect,
                                   its source and its age today; then the currency reference rates
                                   (units per USD, the ECB's date, source, age, stale after 30 days)
  cost eval <scenario> [--json|--csv]
                                   evaluate a tools-page URL, e.g. '/tools/aurora-io?storage_gb=800';
                                   --csv prints the CSV export dated today
  cost pdf <scenario> -o <file>    write the PDF report  [--paper a4|letter] [--date YYYY-MM-DD]
                                   [--origin https://site] (for a path-only scenario; default $COST_SITE_ORIGIN
                                   or http://127.0.0.1:8080)
  cost csv <scenario> [-o <file>]  write the CSV export (default [<scenario name>-]<calculator>-<date>.csv, as the page names it)
                                   [--date YYYY-MM-DD] [--origin https://site] (as for pdf)
  cost compare <scenario A> <scenario B> [<scenario C>] [--json|--csv [-o <file>]] [--pdf <file>]
                                   two or three scenarios of one calculator side by side, each figure's
                                   difference against A and the inputs that differ; or one comparison
                                   link '/tools/<calculator>/compare/?a=…&b=…' in place of the scenarios
                                   [--date YYYY-MM-DD] [--paper a4|letter] [--origin https://site] (as for pdf)";

/// How `eval` prints its result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EvalFormat {
    Table,
    Json,
    Csv,
}

/// A command line, parsed.
enum Command {
    List { json: bool },
    Prices { slug: Option<String>, json: bool },
    Eval { scenario: String, format: EvalFormat },
    Pdf { scenario: String, out: String, paper: report::Paper, date: Option<Date>, origin: Option<String> },
    Csv { scenario: String, out: Option<String>, date: Option<Date>, origin: Option<String> },
    Compare(compare::Args),
    Help,
}

fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, lexopt::Error> {
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next()? {
        Some(Value(v)) => v.string()?,
        Some(Short('h') | Long("help")) => return Ok(Command::Help),
        None => return Err("no command given".into()),
        Some(other) => return Err(other.unexpected()),
    };
    let (mut scenario, mut json, mut csv, mut out, mut paper, mut date, mut origin) =
        (None, false, false, None, report::Paper::A4, None, None);
    let (mut links, mut pdf_out) = (Vec::new(), None);
    let writes_file = matches!(command.as_str(), "pdf" | "csv" | "compare");
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") if matches!(command.as_str(), "list" | "eval" | "prices" | "compare") => json = true,
            Long("csv") if matches!(command.as_str(), "eval" | "compare") => csv = true,
            Long("pdf") if command == "compare" => pdf_out = Some(parser.value()?.string()?),
            Short('o') if writes_file => out = Some(parser.value()?.string()?),
            Value(v) if command == "compare" => links.push(v.string()?),
            Long("paper") if matches!(command.as_str(), "pdf" | "compare") => {
                paper = match parser.value()?.string()?.as_str() {
                    "a4" => report::Paper::A4,
                    "letter" => report::Paper::Letter,
                    other => return Err(format!("--paper {other}: expected a4 or letter").into()),
                }
            }
            Long("date") if writes_file => {
                let text = parser.value()?.string()?;
                date = Some(Date::parse(&text).map_err(|e| format!("--date: {e}"))?);
            }
            Long("origin") if writes_file => origin = Some(parser.value()?.string()?),
            Value(v) if scenario.is_none() && command != "list" => scenario = Some(v.string()?),
            Short('h') | Long("help") => return Ok(Command::Help),
            other => return Err(other.unexpected()),
        }
    }
    let need_scenario =
        || scenario.clone().ok_or_else(|| lexopt::Error::from(format!("cost {command} needs a scenario")));
    Ok(match command.as_str() {
        "list" => Command::List { json },
        "prices" => Command::Prices { slug: scenario, json },
        "eval" => Command::Eval {
            scenario: need_scenario()?,
            format: match (json, csv) {
                (true, true) => return Err("cost eval: --json or --csv, not both".into()),
                (true, false) => EvalFormat::Json,
                (false, true) => EvalFormat::Csv,
                (false, false) => EvalFormat::Table,
            },
        },
        "pdf" => Command::Pdf {
            scenario: need_scenario()?,
            out: out.ok_or("cost pdf needs -o <file>")?,
            paper,
            date,
            origin,
        },
        "csv" => Command::Csv { scenario: need_scenario()?, out, date, origin },
        "compare" => Command::Compare(compare::Args {
            links,
            format: match (json, csv) {
                (true, true) => return Err("cost compare: --json or --csv, not both".into()),
                (true, false) => EvalFormat::Json,
                (false, true) => EvalFormat::Csv,
                (false, false) => EvalFormat::Table,
            },
            pdf: pdf_out,
            out,
            paper,
            date,
            origin,
        }),
        "help" => Command::Help,
        other => return Err(format!("unknown command '{other}'").into()),
    })
}

fn main() -> ExitCode {
    let result = match parse(std::env::args_os().skip(1)) {
        Ok(Command::List { json: true }) => Ok(list_json()),
        Ok(Command::Prices { slug, json }) => prices::run(slug.as_deref(), json, today_utc()),
        Ok(Command::List { json: false }) => Ok(list()),
        Ok(Command::Eval { scenario, format }) => eval(&scenario, format),
        Ok(Command::Pdf { scenario, out, paper, date, origin }) => pdf(&scenario, &out, paper, date, origin),
        Ok(Command::Csv { scenario, out, date, origin }) => csv(&scenario, out, date, origin),
        Ok(Command::Compare(args)) => compare::run(args),
        Ok(Command::Help) => Ok(format!("{USAGE}\n")),
        Err(e) => Err(format!("{e}\n{USAGE}")),
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
        out.push_str(&format!("{}  /tools/{}/\n  {}\n", meta.title, meta.slug, meta.pitch));
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
                .map(|f| {
                    let default = match f.kind {
                        FieldKind::Auto { .. } => serde_json::Value::Null,
                        _ => f.write(&f.default_value(calc.prices())).into(),
                    };
                    // A field left on auto takes its value from another input: say which.
                    let derived = f.derived_hint(*calc);
                    serde_json::json!({ "key": f.key, "label": f.label, "unit": f.unit, "allowed": f.allowed(), "default": default, "derived": derived })
                })
                .collect();
            serde_json::json!({ "slug": calc.meta().slug, "title": calc.meta().title, "fields": fields })
        })
        .collect();
    serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
}

/// Resolve a scenario (full URL, `/tools/<slug>?…` path, or a file holding one) to the link's
/// text and what it stands for, refusing anything the page would have replaced by a default.
fn load(scenario: &str) -> Result<(String, Scenario), String> {
    let text = link_text(scenario);
    if scenario::compare::is_comparison(&text) {
        return Err(format!("'{text}' is a comparison of several scenarios; `cost compare` reads it"));
    }
    let (slug, calc) = calculator_of(&text)?;
    let query = scenario::query_of(&text);
    let read = match scenario::page_key_of(&text) {
        // An example's own page (`/tools/<slug>/<preset>/`), as its Share button gives it; a
        // query that sets inputs replaces its scenario, as on the page.
        Some(key) if !scenario::carries_scenario(query) => {
            let preset = calc.presets().iter().find(|p| p.key == key).ok_or_else(|| {
                format!("'{key}' is not one of {slug}'s examples: a site's own scenario pages are known only to that site; use the link its \"Name\" panel gives")
            })?;
            let inputs = preset.inputs(calc).map_err(|e| format!("error: {e}"))?;
            let (rate, notices) = scenario::rate_of(&scenario::Query::parse(query));
            if let Some(n) = notices.first() {
                return Err(format!("error: {}", n.problem));
            }
            Scenario { calc, inputs, rate, caption: scenario::Caption::new(preset.name, "") }
        }
        _ => Scenario::read_strict(calc, query).map_err(|notices| notices_text(&notices))?,
    };
    Ok((text, read))
}

/// A link's notices, read strictly: each an error line.
fn notices_text(notices: &[scenario::Notice]) -> String {
    notices.iter().map(|n| format!("error: {}", n.problem)).collect::<Vec<_>>().join("\n")
}

/// A link as given: the argument itself, or the link held in the file it names.
fn link_text(scenario: &str) -> String {
    match std::fs::read_to_string(scenario) {
        Ok(content) if !scenario.contains('?') => content.trim().to_string(),
        _ => scenario.to_string(),
    }
}

/// The calculator a link is of.
fn calculator_of(text: &str) -> Result<(&str, &'static dyn calc_core::Calculator), String> {
    let slug = scenario::slug_of(text)
        .ok_or_else(|| format!("'{text}' is not a calculator link; expected /tools/<calculator>?<inputs>"))?;
    let calc = registry::find(slug).ok_or_else(|| {
        let known: Vec<&str> = registry::CALCULATORS.iter().map(|c| c.meta().slug).collect();
        format!("unknown calculator '{slug}'; known: {}", known.join(", "))
    })?;
    Ok((slug, calc))
}

fn eval(scenario: &str, format: EvalFormat) -> Result<String, String> {
    if format == EvalFormat::Csv {
        return csv_text(scenario, None, None).map(|(_, _, text)| text);
    }
    let (_, read) = load(scenario)?;
    // Every amount in the link's currency (`cur`), texts and numbers alike.
    calc_core::format::presenting(read.presentation(), || eval_scenario(&read, format))
}

fn eval_scenario(read: &Scenario, format: EvalFormat) -> Result<String, String> {
    let (calc, inputs) = (read.calc, &read.inputs);
    let outcome = evaluate(calc, inputs).map_err(errors_text)?;
    if format == EvalFormat::Json {
        let value = eval_json(read, &outcome)?;
        serde_json::to_string_pretty(&value).map(|s| s + "\n").map_err(|e| e.to_string())
    } else {
        let mut text = table::render(calc, inputs, &read.rate, &outcome);
        if let Some(line) = read.rate.describe(today_utc()) {
            text.push_str(&format!("\n{line}\n"));
        }
        Ok(text)
    }
}

/// What `eval --json` prints for a scenario: the outcome, where the answer flips and what
/// moves the primary figure (`flip_points`, `sensitivity`), and every input with the value it
/// was evaluated with (`inputs`: defaults filled in; `null` for one left on auto), and in
/// another currency than the dollar its rate (`currency`).
fn eval_json(read: &Scenario, outcome: &calc_core::Outcome) -> Result<serde_json::Value, String> {
    let (calc, inputs) = (read.calc, &read.inputs);
    // Numbers in the currency in force (the link's `cur`), as the texts are.
    let mut value = serde_json::to_value(outcome.shown()).map_err(|e| e.to_string())?;
    // Where the answer flips, and what moves the primary figure (`flip_points`, `sensitivity`).
    let sensitivity = calc_core::sensitivity::of(calc, inputs).shown(calc);
    let sensitivity = serde_json::to_value(sensitivity).map_err(|e| e.to_string())?;
    for key in ["flip_points", "sensitivity"] {
        value[key] = sensitivity[key].clone();
    }
    // Every input with the value it was evaluated with (defaults filled in; `null` for one left
    // on auto); money in the currency in force.
    let mut all = calc_core::complete(calc, inputs);
    for field in calc.fields().iter().filter(|f| f.unit.is_money()) {
        if let Some(calc_core::Value::Num(n)) = all.get(field.key) {
            let shown = calc_core::format::shown_amount(*n, field.unit);
            all.set(field.key, calc_core::Value::Num(shown));
        }
    }
    value["inputs"] = serde_json::to_value(all).map_err(|e| e.to_string())?["values"].take();
    if !read.rate.is_usd() {
        value["currency"] = serde_json::json!({
            "code": read.rate.currency.code(),
            "per_usd": read.rate.per_usd,
            "as_of": read.rate.as_of().map(|d| d.to_string()),
            "note": read.rate.describe(today_utc()),
        });
    }
    Ok(value)
}

fn errors_text(errors: Vec<calc_core::FieldError>) -> String {
    errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n")
}

/// What a report or export is made from: the scenario and the full link it carries (the scenario's own origin when it is a full URL, else
/// `--origin`, `$COST_SITE_ORIGIN` or the local `xtask serve` address).
fn export(scenario: &str, origin: Option<String>) -> Result<(Scenario, String), String> {
    let (text, read) = load(scenario)?;
    let link = read.link(&origin_of(&text, origin));
    Ok((read, link))
}

/// The site a link is on: its own origin when it is a full URL, else `--origin`,
/// `$COST_SITE_ORIGIN` or the local `xtask serve` address.
fn origin_of(text: &str, origin: Option<String>) -> String {
    match text.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{}", rest.split('/').next().unwrap_or("")),
        None => default_origin(origin),
    }
}

/// `--origin`, else `$COST_SITE_ORIGIN`, else the local `xtask serve` address.
fn default_origin(origin: Option<String>) -> String {
    origin
        .or_else(|| std::env::var("COST_SITE_ORIGIN").ok())
        .unwrap_or_else(|| "http://127.0.0.1:8080".into())
}

/// The CSV export (`report::csv`), the same bytes as the page's "Download CSV" for the same
/// link and date; with the file name the page gives it and the link it carries.
fn csv_text(
    scenario: &str,
    date: Option<Date>,
    origin: Option<String>,
) -> Result<(String, String, String), String> {
    let date = date.unwrap_or_else(today_utc);
    let (read, link) = export(scenario, origin)?;
    let text = report::csv(&read, &link, date).map_err(errors_text)?;
    Ok((report::file_name(&read, date, "csv"), link, text))
}

fn csv(
    scenario: &str,
    out: Option<String>,
    date: Option<Date>,
    origin: Option<String>,
) -> Result<String, String> {
    let (name, link, text) = csv_text(scenario, date, origin)?;
    let out = out.unwrap_or(name);
    std::fs::write(&out, &text).map_err(|e| format!("{out}: {e}"))?;
    Ok(format!("wrote {out} ({} lines) for {link}\n", text.lines().count()))
}

fn pdf(
    scenario: &str,
    out: &str,
    paper: report::Paper,
    date: Option<Date>,
    origin: Option<String>,
) -> Result<String, String> {
    let date = date.unwrap_or_else(today_utc);
    let (read, link) = export(scenario, origin)?;
    let bytes = report::pdf(&read, &link, date, paper).map_err(errors_text)?;
    std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    Ok(format!("wrote {out} ({} KB) for {link}\n", bytes.len() / 1024))
}

/// The report's date: today in UTC, the same rule the page uses (`Date::today_utc`).
pub fn today_utc() -> Date {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);
    Date::today_utc(millis)
}
