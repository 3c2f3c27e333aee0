//! `cost compare`: two or three scenarios of one calculator side by side, through the same
//! rows as the compare page (`calc_core::compare`), so a difference is the same number in
//! the terminal, the JSON, the CSV and the PDF.

use crate::{errors_text, eval_json, EvalFormat};
use calc_core::compare::{self, HeadlineRow};
use calc_core::{evaluate, Date, Outcome};
use scenario::compare::{Comparison, LETTERS, SLOTS};

/// `cost compare`'s command line.
pub struct Args {
    pub links: Vec<String>,
    pub format: EvalFormat,
    /// Where to write the comparison's PDF.
    pub pdf: Option<String>,
    /// Where `--csv` writes the CSV (else to stdout).
    pub out: Option<String>,
    pub paper: report::Paper,
    pub date: Option<Date>,
    pub origin: Option<String>,
}

/// What the links stand for: the comparison, and the site they are on when they were given as
/// full URLs (the first link's; else `--origin`'s).
struct Loaded {
    comparison: Comparison,
    origin: Option<String>,
}

pub fn run(mut args: Args) -> Result<String, String> {
    let mut loaded = load(&args.links)?;
    loaded.origin = loaded.origin.or(args.origin.take());
    // Every amount in the comparison's one currency (A's, or the comparison link's `cur`).
    let presentation = loaded.comparison.scenarios[0].presentation();
    calc_core::format::presenting(presentation, || run_loaded(&args, loaded))
}

fn run_loaded(args: &Args, loaded: Loaded) -> Result<String, String> {
    let mut wrote = String::new();
    if let Some(out) = &args.pdf {
        let date = args.date.unwrap_or_else(crate::today_utc);
        let link = full_link(&loaded);
        let bytes = report::compare_pdf(&loaded.comparison, &link, date, args.paper).map_err(errors_text)?;
        std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
        wrote = format!("wrote {out} ({} KB) for {link}\n", bytes.len() / 1024);
    }
    let comparison = &loaded.comparison;
    // The exports evaluate the scenarios themselves; the JSON and the table need them here.
    let outcomes = || -> Result<Vec<Outcome>, String> {
        let calc = comparison.calc();
        comparison
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| evaluate(calc, &s.inputs).map_err(|e| in_slot(i, errors_text(e))))
            .collect()
    };
    match args.format {
        EvalFormat::Json => json(&loaded, &outcomes()?),
        EvalFormat::Csv => {
            let date = args.date.unwrap_or_else(crate::today_utc);
            let link = full_link(&loaded);
            let text = report::compare_csv(comparison, &link, date).map_err(errors_text)?;
            match &args.out {
                None => Ok(wrote + &text),
                Some(out) => {
                    std::fs::write(out, &text).map_err(|e| format!("{out}: {e}"))?;
                    Ok(format!("{wrote}wrote {out} ({} lines) for {link}\n", text.lines().count()))
                }
            }
        }
        // With --pdf alone, only what was written.
        _ if args.pdf.is_some() => Ok(wrote),
        _ => {
            let mut text = table(comparison, &outcomes()?, loaded.origin.as_deref());
            // As `cost eval`: the rate every amount is in, its date and its age.
            if let Some(line) = comparison.scenarios[0].rate.describe(crate::today_utc()) {
                text.push_str(&format!("\n{line}\n"));
            }
            Ok(text)
        }
    }
}

/// The comparison's full link for an export: on the links' own site, else `--origin`,
/// `$COST_SITE_ORIGIN` or the local `xtask serve` address (as `cost pdf` makes it).
fn full_link(loaded: &Loaded) -> String {
    loaded.comparison.link(&crate::default_origin(loaded.origin.clone()))
}

/// "in scenario B, error: …" for each line of a scenario's errors.
fn in_slot(i: usize, text: String) -> String {
    let slot = LETTERS[i];
    text.lines().map(|l| format!("in scenario {slot}, {l}")).collect::<Vec<_>>().join("\n")
}

/// Two or three scenario links of one calculator (each read as `cost eval` reads it), or one
/// comparison link, read strictly.
fn load(links: &[String]) -> Result<Loaded, String> {
    let texts: Vec<String> = links.iter().map(|l| crate::link_text(l)).collect();
    let origin = texts.first().and_then(|t| t.contains("://").then(|| crate::origin_of(t, None)));
    match texts.as_slice() {
        [one] if scenario::compare::is_comparison(one) => {
            let (_, calc) = crate::calculator_of(one)?;
            let comparison = Comparison::read_strict(calc, scenario::query_of(one))
                .map_err(|n| crate::notices_text(&n))?;
            Ok(Loaded { comparison, origin })
        }
        [_] | [] => Err("cost compare needs two or three scenario links, or one comparison link".into()),
        [_, _] | [_, _, _] => {
            let mut scenarios = Vec::new();
            for (i, text) in texts.iter().enumerate() {
                let (_, read) = crate::load(text).map_err(|e| in_slot(i, e))?;
                scenarios.push(read);
            }
            let first = scenarios[0].calc.meta().slug;
            if let Some(i) = scenarios.iter().position(|s| s.calc.meta().slug != first) {
                let other = scenarios[i].calc.meta().slug;
                let slot = LETTERS[i];
                return Err(format!(
                    "scenario A ('{}') is of {first} and scenario {slot} ('{}') of {other}: a comparison is of one calculator's scenarios",
                    texts[0], texts[i]
                ));
            }
            Ok(Loaded { comparison: Comparison::of(scenarios), origin })
        }
        _ => Err(format!("cost compare takes at most three scenarios; {} given", texts.len())),
    }
}

/// The comparison's address: the full link when the scenarios were given on a site, else
/// its path.
fn address(comparison: &Comparison, origin: Option<&str>) -> String {
    origin.map_or_else(|| comparison.path(), |o| comparison.link(o))
}

fn json(loaded: &Loaded, outcomes: &[Outcome]) -> Result<String, String> {
    let comparison = &loaded.comparison;
    let calc = comparison.calc();
    let origin = loaded.origin.as_deref();
    let mut scenarios = Vec::new();
    for (i, (s, outcome)) in comparison.scenarios.iter().zip(outcomes).enumerate() {
        let mut value = eval_json(s, outcome)?;
        let link = origin.map_or_else(|| s.path(), |o| s.link(o));
        let mut entry = serde_json::json!({ "label": comparison.label(i), "link": link });
        if let (Some(entry), Some(all)) = (entry.as_object_mut(), value.as_object_mut()) {
            entry.append(all);
        }
        scenarios.push(entry);
    }
    // Each headline's B − A (and C − A) of the values as `eval --json` gives them.
    let rows = compare::headlines(outcomes);
    let mut diff = serde_json::Map::new();
    for (i, slot) in SLOTS.iter().enumerate().take(outcomes.len()).skip(1) {
        let figures: serde_json::Map<String, serde_json::Value> = rows
            .iter()
            .map(|row| {
                let d = row.versus_first[i].map(
                    |d| serde_json::json!({ "amount": d.shown(row.unit), "percent": d.percent, "unit": row.unit }),
                );
                (row.key.to_string(), d.unwrap_or(serde_json::Value::Null))
            })
            .collect();
        diff.insert(slot.to_string(), figures.into());
    }
    let differing: Vec<&str> =
        report::differing_inputs_shown(comparison).iter().map(|(f, _)| f.key).collect();
    let value = serde_json::json!({
        "calculator": calc.meta().slug,
        "link": address(comparison, origin),
        "scenarios": scenarios,
        "diff": diff,
        "differing_inputs": differing,
    });
    serde_json::to_string_pretty(&value).map(|s| s + "\n").map_err(|e| e.to_string())
}

/// The widest a figure's column may be before its text wraps, in characters.
const COLUMN: usize = 30;
/// The widest the labels' column may be.
const LABELS: usize = 34;

/// The terminal's table: a column per scenario, its decision, each headline figure with, for
/// B and C, its difference against A, then the inputs that differ.
fn table(comparison: &Comparison, outcomes: &[Outcome], origin: Option<&str>) -> String {
    let calc = comparison.calc();
    let mut out = format!("{} — comparison\n{}\n\n", calc.meta().title, address(comparison, origin));
    let n = outcomes.len();
    let mut grid: Vec<Vec<String>> = Vec::new();
    let mut header = vec![String::new()];
    header.extend((0..n).map(|i| format!("{}: {}", LETTERS[i], comparison.label(i))));
    grid.push(header);
    let mut decision = vec!["Decision".to_string()];
    decision.extend(outcomes.iter().map(|o| o.verdict.words.clone()));
    grid.push(decision);
    for row in compare::headlines(outcomes) {
        // A total says the period it covers, as on the page ("over 5 years").
        let label =
            row.period.as_ref().map_or_else(|| row.label.to_string(), |p| format!("{} ({p})", row.label));
        grid.push(figure_row(label, &row));
    }
    // The inputs in the same columns, so the scenarios read down one column each.
    let differing = report::differing_inputs_shown(comparison);
    if differing.is_empty() {
        grid.push(vec!["Inputs that differ: none; the scenarios have the same inputs".to_string()]);
    } else {
        grid.push(vec!["Inputs that differ".to_string()]);
        for (f, shown) in differing {
            grid.push(std::iter::once(f.label.to_string()).chain(shown).collect());
        }
    }
    out.push_str(&render(&grid));
    out
}

/// A headline's label (with the period a total covers), each scenario's figure and, under B's
/// and C's, the difference against A at the precision the figures are shown.
fn figure_row(label: String, row: &HeadlineRow) -> Vec<String> {
    let mut cells = vec![label];
    for (i, display) in row.displays.iter().enumerate() {
        let mut cell = display.clone();
        if i > 0 {
            if let Some(d) = row.versus_first[i] {
                cell.push_str(&format!("\nvs A: {}", d.display(row.unit, row.money_decimals)));
            }
        }
        cells.push(cell);
    }
    cells
}

/// Rows of cells as aligned columns, each cell's text wrapped by words to its column's width
/// (a cell's own line breaks kept), two spaces of indent and between columns. A row of one
/// cell is a heading, written whole; an empty row a blank line.
fn render(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            let cap = if c == 0 { LABELS } else { COLUMN };
            rows.iter()
                .filter(|r| r.len() > 1)
                .filter_map(|r| r.get(c))
                .flat_map(|cell| cell.lines().map(|l| l.chars().count()))
                .max()
                .unwrap_or(0)
                .min(cap)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        if row.len() < 2 {
            out.push_str(&row.first().map_or(String::new(), |h| format!("\n{h}")));
            out.push('\n');
            continue;
        }
        let cells: Vec<Vec<String>> = row.iter().zip(&widths).map(|(cell, w)| wrap(cell, *w)).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(0);
        for k in 0..height {
            let mut line = String::from(" ");
            for (cell, w) in cells.iter().zip(&widths) {
                let text = cell.get(k).map_or("", String::as_str);
                line.push_str(&format!(" {text:<w$} "));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// Greedy word wrap to `width` characters; a word longer than the width stays whole.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let len = line.chars().count();
            if len > 0 && len + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_wrap_by_words_and_columns_align() {
        assert_eq!(wrap("Switch to I/O-Optimized now", 12), vec!["Switch to", "I/O-Optimized", "now"]);
        assert_eq!(wrap("$1,240\nvs A: +$5", 30), vec!["$1,240", "vs A: +$5"]);
        let rows = vec![
            vec!["".to_string(), "A: x".to_string(), "B: y".to_string()],
            vec!["Cost".to_string(), "$1".to_string(), "$2\nvs A: +$1 (+100%)".to_string()],
        ];
        assert_eq!(render(&rows), "        A: x  B: y\n  Cost  $1    $2\n              vs A: +$1 (+100%)\n");
    }
}
