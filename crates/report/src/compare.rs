//! A comparison of two or three scenarios as a PDF and a CSV, from the same rows as the
//! compare page and `cost compare` (`calc_core::compare`), so a difference is the same number
//! in every channel. Deterministic like the single report: no clock, the date is an argument.
//!
//! The CSV carries every scenario: the differences, then each one's own single CSV.
//!
//! The PDF's first page is what a CFO reads in a minute: each scenario's decision side by
//! side, the key figures side by side with B's and C's difference against A under them, and
//! the inputs that differ. Each scenario's own report follows as an appendix, made by the
//! single report's builder (`body`).

use super::*;
use calc_core::compare::{self as rows, HeadlineRow};
use calc_core::FieldError;
use scenario::compare::{Comparison, LETTERS, SLOTS};

/// The site a full link is on (`https://calc.example` of `https://calc.example/tools/…`).
fn origin_of(link: &str) -> &str {
    link.trim().split_once("/tools/").map_or("", |(origin, _)| origin)
}

/// Each scenario's own full link, on the comparison link's site.
fn scenario_links(comparison: &Comparison, link: &str) -> Vec<String> {
    comparison.scenarios.iter().map(|s| s.link(origin_of(link))).collect()
}

/// The oldest price any of the scenarios uses.
fn prices_as_of(outcomes: &[&Outcome]) -> Option<Date> {
    outcomes.iter().filter_map(|o| o.prices_as_of()).min()
}

/// The comparison's report: page 1 the decisions, the key figures with their differences and
/// the inputs that differ; then "Appendix A — <label>", … each scenario's own report.
/// `link` is the comparison's full link; `generated_on` the day it is dated.
pub fn compare_pdf(
    comparison: &Comparison,
    link: &str,
    generated_on: Date,
    paper: Paper,
) -> Result<Vec<u8>, Vec<FieldError>> {
    // Every scenario in the comparison's one currency.
    calc_core::format::presenting(comparison.scenarios[0].presentation(), || {
        pdf_in_currency(comparison, link, generated_on, paper)
    })
}

fn pdf_in_currency(
    comparison: &Comparison,
    link: &str,
    generated_on: Date,
    paper: Paper,
) -> Result<Vec<u8>, Vec<FieldError>> {
    let calc = comparison.calc();
    let meta = calc.meta();
    let prepared: Vec<Prepared> =
        comparison.scenarios.iter().map(|s| Prepared::of(s, generated_on)).collect::<Result<_, _>>()?;
    let outcomes: Vec<&Outcome> = prepared.iter().map(|p| &p.outcome).collect();
    let labels = comparison.labels();
    let as_of = prices_as_of(&outcomes);

    let fonts = Fonts::load();
    let (width, height) = paper.size();
    let mut doc = Doc::new(&fonts, width, height, MARGIN);

    comparison_title(&mut doc, meta.title, &labels, generated_on, as_of);
    decisions(&mut doc, &labels, &outcomes);
    // The notice of the scenario resting on the oldest price (each appendix has its own).
    let oldest = prepared
        .iter()
        .filter(|p| p.price_notice.is_some())
        .min_by_key(|p| p.outcome.prices_as_of())
        .and_then(|p| p.price_notice.as_deref());
    if let Some(notice) = oldest {
        small_note(&mut doc, notice, SMALL.color(ink::CAUTION));
    }
    // A comparison is in one currency: its rate line is every scenario's.
    if let Some(line) = comparison.scenarios[0].rate.describe(generated_on) {
        small_note(&mut doc, &line, SMALL);
    }
    let headline_rows = rows::headlines(&outcomes);
    let key: Vec<&HeadlineRow> =
        headline_rows.iter().filter(|r| r.values.iter().any(Option::is_some)).take(KEY_FIGURES).collect();
    if !key.is_empty() {
        side_by_side_figures(&mut doc, &labels, &key);
    }
    let differing: Vec<(String, Vec<String>)> = differing_inputs_shown(comparison)
        .into_iter()
        .map(|(f, shown)| (f.label.to_string(), shown))
        .collect();
    differing_inputs(&mut doc, &labels, &differing);
    if !link.trim().is_empty() {
        scenario_link(
            &mut doc,
            link.trim(),
            "Comparison link",
            "Open this comparison in the calculator, with every scenario above:",
        );
    }

    // Each scenario's own report, lettered by its slot.
    let links = scenario_links(comparison, link);
    for (i, p) in prepared.iter().enumerate() {
        let letter = LETTERS[i];
        // An appendix opens a page, unless the comparison link left most of one empty.
        if i == 0 && doc.space_left() > (doc.top - doc.bottom) * 0.6 {
            doc.gap(36.0);
        } else {
            doc.new_page();
        }
        appendix_title(&mut doc, &format!("Appendix {letter} — {}", labels[i]), p);
        let input = p.input(&links[i], generated_on, paper);
        let mut k = 0;
        body(&mut doc, &input, &mut |title| {
            k += 1;
            format!("{letter}.{k} {title}")
        });
        scenario_link(&mut doc, &links[i], &format!("{letter}. Scenario link"), SCENARIO_LINK);
    }

    furniture(
        &mut doc,
        &Furniture { title: meta.title, kind: "Comparison report", generated_on, priced: as_of.is_some() },
    );
    let title = format!("{} — Comparison report", meta.title);
    let subject: Vec<String> =
        labels.iter().zip(&outcomes).map(|(l, o)| format!("{l}: {}", o.verdict.words)).collect();
    let date = generated_on.to_string();
    Ok(pdf::write(doc, &fonts, &pdf::Info { title: &title, subject: &subject.join("; "), date: &date }))
}

/// The calculator, "Comparison report", the scenarios' names ("Today vs After migration")
/// and the dates.
fn comparison_title(doc: &mut Doc, title: &str, labels: &[String], generated_on: Date, as_of: Option<Date>) {
    let w = doc.content_width();
    let rows = doc.paragraph(doc.left, w, TITLE, title);
    doc.flow(&rows, false);
    doc.y -= 1.0;
    let rows = doc.paragraph(doc.left, w, SUBTITLE, "Comparison report");
    doc.flow(&rows, false);
    doc.y -= 3.0;
    let rows = doc.paragraph(doc.left, w, Style::new(Weight::Bold, 11.0, ink::TEXT), &labels.join(" vs "));
    doc.flow(&rows, false);
    doc.y -= 3.0;
    dated_rule(doc, generated_on, as_of);
}

/// An appendix's title on its own page: "Appendix B — After migration", the scenario's note,
/// and its prices' date.
fn appendix_title(doc: &mut Doc, title: &str, p: &Prepared) {
    let w = doc.content_width();
    doc.bookmarks.push(Bookmark { title: title.to_string(), page: doc.page_index(), y: doc.y });
    let rows = doc.paragraph(doc.left, w, Style { size: 16.0, ..TITLE }, title);
    doc.flow(&rows, false);
    let note = &p.scenario.caption.note;
    if !note.is_empty() {
        doc.y -= 3.0;
        let rows = doc.paragraph(doc.left, w, BODY, note);
        doc.flow(&rows, false);
    }
    if let Some(d) = p.outcome.prices_as_of() {
        doc.y -= 3.0;
        let rows = doc.paragraph(doc.left, w, Style { size: 8.5, ..SMALL }, &format!("Prices as of {d}"));
        doc.flow(&rows, false);
    }
    doc.y -= 6.0;
    doc.line(doc.left, doc.y, doc.right, doc.y, 1.0, ink::HEAD);
    doc.y -= 12.0;
}

/// The columns of a side-by-side table: the labels' width, and each scenario column's right
/// edge and width.
fn grid(doc: &Doc, n: usize) -> (f32, Vec<(f32, f32)>) {
    let total = doc.content_width();
    let label_w = total * if n > 2 { 0.28 } else { 0.36 };
    let gap = 10.0;
    let col_w = (total - label_w - gap * n as f32) / n as f32;
    let cols = (0..n).map(|k| (doc.left + label_w + (k as f32 + 1.0) * (gap + col_w), col_w)).collect();
    (label_w, cols)
}

/// Each scenario's decision side by side in the verdict's band: its label, then its words.
fn decisions(doc: &mut Doc, labels: &[String], outcomes: &[&Outcome]) {
    let n = outcomes.len() as f32;
    let gap = 16.0;
    let (x, w) = (doc.left + 14.0, doc.content_width() - 26.0);
    let col_w = (w - gap * (n - 1.0)) / n;
    let words = Style::new(Weight::Bold, 11.5, ink::TEXT);
    let mut rows = vec![spacer(9.0)];
    rows.extend(columns(&[Col::new(x, w, Align::Left).wrapped(doc, CAPTION.color(ink::HEAD), "Decisions")]));
    rows.push(spacer(4.0));
    let cols: Vec<Col> = labels
        .iter()
        .zip(outcomes)
        .enumerate()
        .map(|(k, (label, o))| {
            let left = x + k as f32 * (col_w + gap);
            Col::new(left, col_w, Align::Left)
                .wrapped(doc, CAPTION.color(ink::MUTED), &format!("{}: {label}", LETTERS[k]))
                .wrapped(doc, words, &o.verdict.words)
        })
        .collect();
    rows.extend(columns(&cols));
    rows.push(spacer(10.0));
    band(&mut rows, doc.left, doc.content_width(), ink::TINT, ink::HEAD);
    doc.flow(&rows, true);
}

/// The scenarios' labels over their columns, with a rule under them.
fn column_heads(doc: &Doc, labels: &[String], first: &str) -> Vec<Row> {
    let (label_w, cols) = grid(doc, labels.len());
    let mut heads = vec![Col::new(doc.left, label_w, Align::Left).wrapped(doc, CAPTION, first)];
    heads.extend(labels.iter().zip(&cols).enumerate().map(|(k, (label, (right, w)))| {
        Col::new(*right, *w, Align::Right).wrapped(doc, CAPTION, &format!("{}: {label}", LETTERS[k]))
    }));
    let mut rows = columns(&heads);
    if let Some(last) = rows.last_mut() {
        last.height += 3.0;
        let dy = last.height;
        last.items.push(Item::Rule { x0: doc.left, x1: doc.right, dy, width: 0.8, color: ink::HEAD });
    }
    rows
}

/// The key figures side by side: each scenario's figure as its card writes it, the period a
/// total covers under its label, and under B's and C's figure the difference against A as
/// `Difference::display` writes it.
fn side_by_side_figures(doc: &mut Doc, labels: &[String], key: &[&HeadlineRow]) {
    let (label_w, cols) = grid(doc, labels.len());
    let value = Style::new(Weight::Bold, 11.0, ink::TEXT);
    let header = column_heads(doc, labels, "Figure");
    let blocks: Vec<Vec<Row>> = key
        .iter()
        .map(|row| {
            let mut rows = vec![spacer(5.0)];
            let mut top = vec![Col::new(doc.left, label_w, Align::Left).wrapped(doc, BODY, row.label)];
            top.extend(
                row.displays
                    .iter()
                    .zip(&cols)
                    .map(|(d, (right, w))| Col::new(*right, *w, Align::Right).wrapped(doc, value, d)),
            );
            rows.extend(columns(&top));
            let mut under = vec![Col::new(doc.left, label_w, Align::Left).wrapped(
                doc,
                SMALL,
                row.period.as_deref().unwrap_or(""),
            )];
            under.extend(row.versus_first.iter().zip(&cols).map(|(d, (right, w))| {
                let text = d.map(|d| d.display(row.unit, row.money_decimals)).unwrap_or_default();
                Col::new(*right, *w, Align::Right).wrapped(doc, SMALL, &text)
            }));
            rows.extend(columns(&under));
            rows.push(hairline(doc, 5.0));
            rows
        })
        .collect();
    let first: f32 = header.iter().chain(blocks.first().into_iter().flatten()).map(|r| r.height).sum();
    section(doc, "Key figures", first);
    let others = if labels.len() > 2 { "each figure of B and C" } else { "each figure of B" };
    let legend = doc.paragraph(
        doc.left,
        doc.content_width(),
        SMALL,
        &format!("Under {others}: its difference against A, and that difference as a share of A."),
    );
    doc.flow(&legend, true);
    doc.gap(4.0);
    doc.flow(&header, true);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

/// The inputs in which the scenarios differ, in form order, each with its value in every
/// scenario as the form shows it: the comparison's page 1, and `cost compare`'s table.
pub fn differing_inputs_shown(comparison: &Comparison) -> Vec<(&'static calc_core::Field, Vec<String>)> {
    let calc = comparison.calc();
    let inputs: Vec<calc_core::Inputs> = comparison.scenarios.iter().map(|s| s.inputs.clone()).collect();
    let complete: Vec<calc_core::Inputs> = inputs.iter().map(|i| calc_core::complete(calc, i)).collect();
    rows::differing_inputs(calc, &inputs)
        .into_iter()
        .map(|f| (f, complete.iter().map(|all| input_display(calc, all, f)).collect()))
        .collect()
}

/// "Inputs that differ": each such input's value in each scenario, as the form shows it.
fn differing_inputs(doc: &mut Doc, labels: &[String], differing: &[(String, Vec<String>)]) {
    if differing.is_empty() {
        let rows = doc.paragraph(doc.left, doc.content_width(), TEXT, "The scenarios have the same inputs.");
        section(doc, "Inputs that differ", rows.iter().map(|r| r.height).sum());
        doc.flow(&rows, true);
        return;
    }
    let (label_w, cols) = grid(doc, labels.len());
    let header = column_heads(doc, labels, "Input");
    let blocks: Vec<Vec<Row>> = differing
        .iter()
        .map(|(label, values)| {
            let mut rows = vec![spacer(3.0)];
            let mut cells = vec![Col::new(doc.left, label_w, Align::Left).wrapped(doc, TEXT, label)];
            cells.extend(
                values
                    .iter()
                    .zip(&cols)
                    .map(|(v, (right, w))| Col::new(*right, *w, Align::Right).wrapped(doc, TEXT, v)),
            );
            rows.extend(columns(&cells));
            rows.push(hairline(doc, 3.0));
            rows
        })
        .collect();
    let first: f32 = header.iter().chain(blocks.first().into_iter().flatten()).map(|r| r.height).sum();
    section(doc, "Inputs that differ", first);
    doc.flow(&header, true);
    for rows in blocks {
        let need: f32 = rows.iter().map(|r| r.height).sum();
        if need > doc.space_left() {
            doc.new_page();
            doc.flow(&header, true);
        }
        doc.flow(&rows, true);
    }
}

/// The comparison as one CSV file, under the single CSV's parse rule (ARCHITECTURE.md, "The
/// CSV export"): a `comparison` section (`key,value,label,link`: the calculator, the
/// comparison's link, the date, then one `scenario` row per slot with its label and link), a
/// `difference` section (every headline: each scenario's value and B − A, C − A with their
/// share of A, plain numbers), then each scenario's whole single CSV, announced by a record
/// `scenario,<slot>,<label>` under its own header row `section,slot,label`.
pub fn compare_csv(comparison: &Comparison, link: &str, date: Date) -> Result<String, Vec<FieldError>> {
    calc_core::format::presenting(comparison.scenarios[0].presentation(), || {
        csv_in_currency(comparison, link, date)
    })
}

fn csv_in_currency(comparison: &Comparison, link: &str, date: Date) -> Result<String, Vec<FieldError>> {
    use crate::csv::{number, quantity, text, unit_key};
    let calc = comparison.calc();
    let outcomes: Vec<Outcome> = comparison
        .scenarios
        .iter()
        .map(|s| calc_core::evaluate(calc, &s.inputs))
        .collect::<Result<_, _>>()?;
    let labels = comparison.labels();
    let links = scenario_links(comparison, link);

    let mut sheet = crate::csv::Sheet::default();
    sheet.header(&["key", "value", "label", "link"]);
    for (key, value) in [
        ("calculator", calc.meta().title.to_string()),
        ("link", link.trim().to_string()),
        ("date", date.to_string()),
    ] {
        sheet.row("comparison", vec![text(key), text(&value)]);
    }
    for (i, (label, link)) in labels.iter().zip(&links).enumerate() {
        sheet.row("comparison", vec![text("scenario"), text(SLOTS[i]), text(label), text(link)]);
    }

    sheet.header(&[
        "key",
        "label",
        "unit",
        "a",
        "b",
        "b_minus_a",
        "b_percent",
        "c",
        "c_minus_a",
        "c_percent",
    ]);
    for row in rows::headlines(&outcomes) {
        let value = |v: Option<f64>| v.map(|v| quantity(v, row.unit)).unwrap_or_default();
        let mut fields =
            vec![text(row.key), text(row.label), text(&unit_key(row.unit)), value(row.values[0])];
        for i in 1..SLOTS.len() {
            let d = row.versus_first.get(i).copied().flatten();
            fields.push(value(row.values.get(i).copied().flatten()));
            fields.push(value(d.map(|d| d.amount)));
            fields.push(d.and_then(|d| d.percent).map(number).unwrap_or_default());
        }
        sheet.row("difference", fields);
    }

    for (i, (s, outcome)) in comparison.scenarios.iter().zip(&outcomes).enumerate() {
        let mut announce = crate::csv::Sheet::default();
        announce.header(&["slot", "label"]);
        announce.row("scenario", vec![text(SLOTS[i]), text(&labels[i])]);
        sheet.append(announce);
        let complete = calc_core::complete(calc, &s.inputs);
        sheet.append(crate::csv::sheet(calc, &complete, outcome, Heading::of(&s.caption), &links[i], date));
    }
    Ok(sheet.finish())
}
