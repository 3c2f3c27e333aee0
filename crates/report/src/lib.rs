//! The scenario report: a calculator's `Outcome` rendered as a PDF a FinOps lead can hand to
//! a CFO. Pure and deterministic: no clock, no I/O, no randomness; the same input gives the
//! same bytes, natively and in wasm32.
//!
//! Every number is printed as `calc_core::format` writes it (headline values as
//! `Figure::display`, cells through `Cell::display`), so the PDF text equals what the page
//! and `cost eval --json` show.

mod bars;
mod chart;
mod compare;
pub mod csv;
mod doc;
mod fonts;
mod pdf;
mod qr;
mod table;

pub use compare::{compare_csv, compare_pdf, differing_inputs_shown};

use calc_core::{Date, Figure, Level, Meta, Outcome, Provenance};
use doc::{ink, Align, Bookmark, Doc, Item, Row, Style};
use fonts::{Fonts, Weight};

/// Paper size: A4 (595 × 842 pt) or US Letter (612 × 792 pt).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.0, 842.0),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// The person's name for the scenario and a note on it (from the link's `title` and `note`),
/// printed first. Both may be empty.
#[derive(Clone, Copy, Debug, Default)]
pub struct Heading<'a> {
    pub title: &'a str,
    pub note: &'a str,
}

impl<'a> Heading<'a> {
    pub fn of(caption: &'a scenario::Caption) -> Self {
        Heading { title: &caption.title, note: &caption.note }
    }
}

/// How many headline figures the first page shows; the rest follow in an appendix.
const KEY_FIGURES: usize = 5;
/// How many inputs the first page's summary of the scenario names.
const WORKLOAD_ITEMS: usize = 12;

pub struct ReportInput<'a> {
    /// Title, methodology paragraphs, sources.
    pub meta: &'a Meta,
    pub heading: Heading<'a>,
    pub outcome: &'a Outcome,
    /// (label, displayed value with unit), in form order.
    pub inputs: Vec<(String, String)>,
    /// The labels among `inputs` that are prices: the workload summary leaves them to the
    /// assumptions appendix.
    pub price_labels: Vec<&'a str>,
    /// The date of the oldest sheet price the scenario uses.
    pub prices_as_of: Option<Date>,
    /// What the reader must know about those prices on `generated_on` (`prices::notice`).
    pub price_notice: Option<String>,
    /// The currency and rate amounts are written in, when not US dollars (`Rate::describe`).
    pub currency_line: Option<String>,
    /// Where the answer flips, nearest first ("I/O requests per month at 881.9 M requests or
    /// more (+17.6%): Switch to I/O-Optimized"): page 1 says them under the verdict.
    pub holds_unless: Vec<String>,
    /// The primary figure's tornado, drawn after the chart.
    pub tornado: Option<calc_core::Chart>,
    /// The full scenario URL.
    pub link: &'a str,
    /// The date printed as the generation date (the crate reads no clock: callers pass
    /// `Date::today_utc`).
    pub generated_on: Date,
    pub paper: Paper,
}

/// The footer line on every page.
pub const DISCLAIMER: &str = "Estimates from public list prices, not quotes.";
/// The footer of a report that uses no price (a readiness score).
pub const DISCLAIMER_NO_PRICES: &str = "An estimate from your inputs and published rules.";

/// Renders the report. Deterministic: the same input gives the same bytes.
pub fn render(input: &ReportInput) -> Vec<u8> {
    let fonts = Fonts::load();
    let (width, height) = input.paper.size();
    let mut doc = Doc::new(&fonts, width, height, MARGIN);
    let o = input.outcome;

    title_block(&mut doc, input);
    let mut letters = ('A'..='Z').map(|c| format!("Appendix {c}: "));
    body(&mut doc, input, &mut |title| format!("{}{title}", letters.next().unwrap_or_default()));
    if !input.link.trim().is_empty() {
        scenario_link(&mut doc, input.link.trim(), "Scenario link", SCENARIO_LINK);
    }
    furniture(
        &mut doc,
        &Furniture {
            title: input.meta.title,
            kind: "Scenario report",
            generated_on: input.generated_on,
            priced: input.prices_as_of.is_some(),
        },
    );

    let title = format!("{} — Scenario report", input.meta.title);
    let date = input.generated_on.to_string();
    pdf::write(doc, &fonts, &pdf::Info { title: &title, subject: &o.verdict.sentence(), date: &date })
}

/// What the scenario link's section says above the link.
const SCENARIO_LINK: &str = "Open this scenario in the calculator, with every input above:";

/// A note in small type under the verdict (the price-age notice, the currency line).
fn small_note(doc: &mut Doc, text: &str, style: Style) {
    let rows = doc.paragraph(doc.left, doc.content_width(), style, text);
    doc.flow(&rows, true);
    doc.gap(6.0);
}

/// A scenario's report after its title block: the core a CFO reads (the decision, the figures
/// that matter, the workload in words, where the answer breaks, the chart and the tables),
/// then the appendices a reader checks it against, each titled by `appendix` (a single
/// report letters them; a comparison numbers them within its own appendix).
fn body(doc: &mut Doc, input: &ReportInput, appendix: &mut dyn FnMut(&str) -> String) {
    let o = input.outcome;
    verdict(doc, o);
    if let Some(notice) = &input.price_notice {
        small_note(doc, notice, SMALL.color(ink::CAUTION));
    }
    if let Some(line) = &input.currency_line {
        small_note(doc, line, SMALL);
    }
    if !input.holds_unless.is_empty() {
        holds_unless(doc, &input.holds_unless);
    }
    // The key figures are the first five that have a value; the others follow in an appendix.
    let (key, more) = key_figures(&o.headlines);
    if !key.is_empty() {
        headlines(doc, "Key figures", &key);
    }
    if !input.inputs.is_empty() {
        workload(doc, input);
    }
    if !o.warnings.is_empty() {
        warnings(doc, "Where the answer breaks", o, &[]);
    }
    for c in o.charts.first().into_iter().chain(&input.tornado).filter(|c| chart::has_data(c)) {
        let h = chart::height(doc, c);
        section(doc, &c.title, h);
        chart::draw(doc, c);
    }
    for t in o.tables.iter().filter(|t| !t.columns.is_empty()) {
        let grid = table::grid(t);
        let keep = table::keep_together(doc, &grid);
        section(doc, &grid.title, keep);
        table::draw(doc, &grid);
    }
    if !o.notes.is_empty() {
        notes(doc, &o.notes);
    }
    if !o.next_steps.is_empty() {
        next_steps(doc, o, input.link.trim());
    }

    // Appendices: what a reader checks the core against.
    if !more.is_empty() {
        headlines(doc, &appendix("More figures"), &more);
    }
    if o.headlines.iter().any(|f| f.math.is_some()) {
        math(doc, &appendix("The math"), &o.headlines);
    }
    if !input.inputs.is_empty() {
        inputs(doc, &appendix("Every input"), &input.inputs);
    }
    if !o.assumptions.is_empty() {
        assumptions(doc, &appendix("Assumptions and prices, with their sources"), o);
    }
    if !input.meta.caveats.is_empty() {
        let empty = Outcome::default();
        warnings(doc, &appendix("Before you decide"), &empty, input.meta.caveats);
    }
    if !input.meta.methodology.is_empty() || !input.meta.sources.is_empty() {
        methodology(doc, &appendix("Methodology and sources"), input.meta, &price_sources(o));
    }
}

/// The first `KEY_FIGURES` figures that have a value, and the others.
fn key_figures(figures: &[Figure]) -> (Vec<Figure>, Vec<Figure>) {
    let mut with_value = 0;
    figures.iter().cloned().partition(|f| {
        let key = f.value.is_some() && with_value < KEY_FIGURES;
        with_value += usize::from(key);
        key
    })
}

/// 20 mm.
const MARGIN: f32 = 56.69;

const TITLE: Style = Style::new(Weight::Bold, 20.0, ink::HEAD);
const SUBTITLE: Style = Style::new(Weight::Regular, 13.0, ink::MUTED);
const H2: Style = Style::new(Weight::Bold, 13.0, ink::HEAD);
const H3: Style = Style::new(Weight::Bold, 10.0, ink::TEXT);
const BODY: Style = Style::new(Weight::Regular, 10.0, ink::TEXT);
const TEXT: Style = Style::new(Weight::Regular, 9.5, ink::TEXT);
const SMALL: Style = Style::new(Weight::Regular, 8.0, ink::MUTED);
const CAPTION: Style = Style::new(Weight::Bold, 8.0, ink::MUTED);

/// A column of lines for `columns`: `x` is the left edge, or the right edge when `align`
/// is Right.
struct Col {
    x: f32,
    width: f32,
    align: Align,
    lines: Vec<(Style, String)>,
}

impl Col {
    fn new(x: f32, width: f32, align: Align) -> Col {
        Col { x, width, align, lines: Vec::new() }
    }
    fn wrapped(mut self, doc: &Doc, style: Style, text: &str) -> Col {
        if !text.is_empty() {
            self.lines.extend(doc.wrap(style, text, self.width).into_iter().map(|l| (style, l)));
        }
        self
    }
}

/// Side-by-side columns as rows: row k holds line k of every column, as tall as its
/// tallest line, so page breaks fall between lines.
fn columns(cols: &[Col]) -> Vec<Row> {
    let n = cols.iter().map(|c| c.lines.len()).max().unwrap_or(0);
    (0..n)
        .map(|k| {
            let mut row = Row::default();
            for c in cols {
                if let Some((style, text)) = c.lines.get(k) {
                    row.height = row.height.max(style.line_height());
                    row.text(c.x, 0.0, *style, text.clone(), c.align);
                }
            }
            row
        })
        .collect()
}

fn spacer(height: f32) -> Row {
    Row::new(height)
}

fn hairline(doc: &Doc, height: f32) -> Row {
    let mut row = Row::new(height);
    row.items.push(Item::Rule { x0: doc.left, x1: doc.right, dy: height, width: 0.4, color: ink::HAIRLINE });
    row
}

/// Paints a band behind each row (the row's own items draw on top).
fn band(rows: &mut [Row], x: f32, width: f32, tint: doc::Rgb, accent: doc::Rgb) {
    for row in rows {
        let h = row.height;
        row.items.insert(0, Item::Fill { x, dy: 0.0, w: width, h, color: tint });
        row.items.insert(1, Item::Fill { x, dy: 0.0, w: 3.0, h, color: accent });
    }
}

/// A section heading with a thin rule, kept on a page with `following` points of content.
fn section(doc: &mut Doc, title: &str, following: f32) {
    doc.gap(20.0);
    let lines = doc.wrap(H2, title, doc.content_width());
    let head = lines.len() as f32 * H2.line_height() + 10.0;
    let page = doc.top - doc.bottom;
    doc.ensure(head + following.min(page - head));
    doc.bookmarks.push(Bookmark { title: title.to_string(), page: doc.page_index(), y: doc.y });
    for line in lines {
        doc.ensure(H2.line_height());
        let baseline = doc.y - doc.baseline_offset(H2);
        doc.text(doc.left, baseline, H2, &line, Align::Left);
        doc.y -= H2.line_height();
    }
    doc.y -= 2.0;
    doc.line(doc.left, doc.y, doc.right, doc.y, 0.6, ink::RULE);
    doc.y -= 8.0;
}

/// The scenario's own name when it has one (the calculator's title under it), its note, and
/// the dates.
fn title_block(doc: &mut Doc, input: &ReportInput) {
    let w = doc.content_width();
    let named = !input.heading.title.is_empty();
    let title = if named { input.heading.title } else { input.meta.title };
    let rows = doc.paragraph(doc.left, w, TITLE, title);
    doc.flow(&rows, false);
    doc.y -= 1.0;
    let subtitle = if named {
        format!("{} · Scenario report", input.meta.title)
    } else {
        "Scenario report".to_string()
    };
    let rows = doc.paragraph(doc.left, w, SUBTITLE, &subtitle);
    doc.flow(&rows, false);
    if !input.heading.note.is_empty() {
        doc.y -= 3.0;
        let rows = doc.paragraph(doc.left, w, BODY, input.heading.note);
        doc.flow(&rows, false);
    }
    doc.y -= 3.0;
    dated_rule(doc, input.generated_on, input.prices_as_of);
}

/// Under a report's title: "Generated on … · Prices as of …", then the rule that ends the title.
fn dated_rule(doc: &mut Doc, generated_on: Date, prices_as_of: Option<Date>) {
    let line = match prices_as_of {
        Some(d) => format!("Generated on {generated_on}  ·  Prices as of {d}"),
        None => format!("Generated on {generated_on}"),
    };
    let rows = doc.paragraph(doc.left, doc.content_width(), Style { size: 8.5, ..SMALL }, &line);
    doc.flow(&rows, false);
    doc.y -= 6.0;
    doc.line(doc.left, doc.y, doc.right, doc.y, 1.5, ink::HEAD);
    doc.y -= 16.0;
}

/// The decision in bold, its supporting facts as bullets under it.
fn verdict(doc: &mut Doc, o: &Outcome) {
    let style = Style::new(Weight::Bold, 12.5, ink::TEXT);
    let (x, w) = (doc.left + 14.0, doc.content_width() - 26.0);
    let mut rows = vec![spacer(9.0)];
    rows.extend(columns(&[Col::new(x, w, Align::Left).wrapped(doc, CAPTION.color(ink::HEAD), "Verdict")]));
    rows.push(spacer(2.0));
    rows.extend(doc.paragraph(x, w, style, &o.verdict.words));
    for fact in &o.verdict.facts {
        rows.push(spacer(3.0));
        rows.extend(columns(&[
            Col::new(x, 10.0, Align::Left).wrapped(doc, BODY, "•"),
            Col::new(x + 10.0, w - 10.0, Align::Left).wrapped(doc, BODY, fact),
        ]));
    }
    rows.push(spacer(10.0));
    band(&mut rows, doc.left, doc.content_width(), ink::TINT, ink::HEAD);
    doc.flow(&rows, true);
}

fn headlines(doc: &mut Doc, title: &str, figures: &[Figure]) {
    let total = doc.content_width();
    let value = Style::new(Weight::Bold, 11.0, ink::TEXT);
    let ranges: Vec<Option<String>> = figures.iter().map(Figure::range_line).collect();
    let widest = figures
        .iter()
        .zip(&ranges)
        .map(|(f, r)| {
            doc.width_of(value, &f.display).max(r.as_deref().map_or(0.0, |r| doc.width_of(SMALL, r)))
        })
        .fold(0.0, f32::max);
    let right_w = widest.clamp(total * 0.25, total * 0.5);
    let gap = 18.0;
    let left_w = total - right_w - gap;

    let blocks: Vec<Vec<Row>> = figures
        .iter()
        .zip(&ranges)
        .map(|(f, range)| {
            let mut rows = vec![spacer(5.0)];
            rows.extend(columns(&[
                Col::new(doc.left, left_w, Align::Left).wrapped(doc, BODY, f.label),
                Col::new(doc.right, right_w, Align::Right).wrapped(doc, value, &f.display),
            ]));
            // Under the label: the period a total covers ("over 5 years"), then what its
            // range represents.
            let basis = f.range_basis.as_deref().filter(|_| range.is_some());
            let under: Vec<&str> = f.period.as_deref().into_iter().chain(basis).collect();
            rows.extend(columns(&[
                Col::new(doc.left, left_w, Align::Left).wrapped(doc, SMALL, &under.join("; ")),
                Col::new(doc.right, right_w, Align::Right).wrapped(
                    doc,
                    SMALL,
                    range.as_deref().unwrap_or(""),
                ),
            ]));
            rows.push(hairline(doc, 5.0));
            rows
        })
        .collect();
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, title, first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

fn math(doc: &mut Doc, title: &str, figures: &[Figure]) {
    let caption_w = 92.0;
    let x = doc.left + caption_w + 8.0;
    let w = doc.right - x;
    let blocks: Vec<Vec<Row>> = figures
        .iter()
        .filter_map(|f| f.math.as_ref().map(|m| (f, m)))
        .map(|(f, m)| {
            let mut rows =
                columns(&[Col::new(doc.left, doc.content_width(), Align::Left).wrapped(doc, H3, f.label)]);
            rows.push(spacer(2.0));
            for (caption, text) in [("Formula", &m.formula), ("With your numbers", &m.substituted)] {
                rows.extend(columns(&[
                    Col::new(doc.left, caption_w, Align::Left).wrapped(doc, SMALL, caption),
                    Col::new(x, w, Align::Left).wrapped(doc, TEXT, text),
                ]));
                rows.push(spacer(2.0));
            }
            rows.push(spacer(8.0));
            rows
        })
        .collect();
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, title, first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

fn inputs(doc: &mut Doc, title: &str, inputs: &[(String, String)]) {
    let total = doc.content_width();
    let (label_w, value_w) = (total * 0.6, total * 0.4 - 16.0);
    let blocks: Vec<Vec<Row>> = inputs
        .iter()
        .map(|(label, value)| {
            let mut rows = vec![spacer(3.0)];
            // Values sit flush right; one that wraps (free text) reads better ragged right.
            let value_col = match doc.wrap(TEXT, value, value_w).len() {
                0 | 1 => Col::new(doc.right, value_w, Align::Right),
                _ => Col::new(doc.right - value_w, value_w, Align::Left),
            };
            rows.extend(columns(&[
                Col::new(doc.left, label_w, Align::Left).wrapped(doc, TEXT, label),
                value_col.wrapped(doc, TEXT, value),
            ]));
            rows.push(hairline(doc, 3.0));
            rows
        })
        .collect();
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, title, first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

/// The scenario in words: every input that is not a price, as "label value", in form order;
/// the prices are in the assumptions appendix.
fn workload(doc: &mut Doc, input: &ReportInput) {
    // Prices and values left to follow another input ("auto", "from …") are in the appendix.
    let described: Vec<String> = input
        .inputs
        .iter()
        .filter(|(label, value)| {
            !input.price_labels.contains(&label.as_str())
                && !value.starts_with("auto")
                && !value.starts_with("from ")
        })
        .map(|(label, value)| format!("{label}: {value}"))
        .collect();
    if described.is_empty() {
        return;
    }
    let shown = described.len().min(WORKLOAD_ITEMS);
    let rest = described.len() - shown;
    let more = if rest > 0 { format!("; and {rest} more in the inputs appendix") } else { String::new() };
    let text = format!("{}{more}.", described[..shown].join("; "));
    let rows = doc.paragraph(doc.left, doc.content_width(), TEXT, &text);
    let first = rows.iter().take(3).map(|r| r.height).sum();
    section(doc, "The scenario analysed", first);
    doc.flow(&rows, false);
    doc.gap(4.0);
}

fn assumptions(doc: &mut Doc, title: &str, o: &Outcome) {
    let total = doc.content_width();
    let gap = 12.0;
    let (label_w, value_w, date_w) = (total * 0.5, total * 0.3 - gap, total * 0.2 - gap);
    let value_right = doc.left + label_w + gap + value_w;
    let cols = |doc: &Doc, style: Style, date_style: Style, label: &str, value: &str, date: &str| {
        columns(&[
            Col::new(doc.left, label_w, Align::Left).wrapped(doc, style, label),
            Col::new(value_right, value_w, Align::Right).wrapped(doc, style, value),
            Col::new(doc.right, date_w, Align::Right).wrapped(doc, date_style, date),
        ])
    };
    let mut header = cols(doc, CAPTION, CAPTION, "Assumption or price", "Value", "As of");
    if let Some(last) = header.last_mut() {
        last.height += 3.0;
        let dy = last.height;
        last.items.push(Item::Rule { x0: doc.left, x1: doc.right, dy, width: 0.8, color: ink::HEAD });
    }
    let link = Style::new(Weight::Regular, 8.0, ink::LINK);
    let blocks: Vec<Vec<Row>> = o
        .assumptions
        .iter()
        .map(|a| {
            let mut rows = vec![spacer(3.0)];
            let as_of = a.provenance.as_of().map(|d| d.to_string()).unwrap_or_default();
            rows.extend(cols(doc, TEXT, SMALL, &a.label, &a.display, &as_of));
            if a.overridden {
                rows.extend(doc.paragraph(
                    doc.left,
                    label_w,
                    SMALL.color(ink::CAUTION),
                    "Your input, replacing the default",
                ));
            }
            match &a.provenance {
                Provenance::Sheet(_) | Provenance::Sheets(_) => {
                    // Cited by publisher and title; the addresses are listed once, with the
                    // other sources, for a printed copy.
                    for p in a.provenance.prices() {
                        rows.extend(doc.link_paragraph(doc.left, total, link, p.cite, p.source));
                    }
                }
                Provenance::Document(d) => {
                    rows.extend(doc.link_paragraph(doc.left, total, link, d.label, d.url));
                }
                Provenance::Derived(how) => rows.extend(doc.paragraph(doc.left, total, SMALL, how)),
                Provenance::Input if !a.overridden => {
                    rows.extend(doc.paragraph(doc.left, total, SMALL, "Your input"));
                }
                Provenance::Input => {}
            }
            rows.push(hairline(doc, 3.0));
            rows
        })
        .collect();
    let first = header.iter().chain(blocks.first().into_iter().flatten()).map(|r| r.height).sum();
    section(doc, title, first);
    doc.flow(&header, true);
    for rows in blocks {
        let need: f32 = rows.iter().map(|r| r.height).sum();
        if need <= doc.top - doc.bottom && need > doc.space_left() {
            doc.new_page();
            doc.flow(&header, true);
        }
        doc.flow(&rows, true);
    }
}

/// "The answer holds unless:" and the nearest flips, one bullet each.
fn holds_unless(doc: &mut Doc, flips: &[String]) {
    let (x, w) = (doc.left + 14.0, doc.content_width() - 26.0);
    let mut rows = vec![spacer(4.0)];
    rows.extend(columns(&[Col::new(x, w, Align::Left).wrapped(
        doc,
        Style::new(Weight::Bold, 10.0, ink::TEXT),
        "The answer holds unless:",
    )]));
    for flip in flips {
        rows.push(spacer(2.0));
        rows.extend(columns(&[
            Col::new(x, 10.0, Align::Left).wrapped(doc, BODY, "•"),
            Col::new(x + 10.0, w - 10.0, Align::Left).wrapped(doc, BODY, flip),
        ]));
    }
    rows.push(spacer(8.0));
    doc.flow(&rows, true);
}

/// The warnings the inputs triggered, then the calculator's standing caveats.
fn warnings(doc: &mut Doc, title: &str, o: &Outcome, caveats: &[&str]) {
    let tag_w = 52.0;
    let x = doc.left + 12.0 + tag_w + 8.0;
    let w = doc.right - 10.0 - x;
    let triggered = o.warnings.iter().map(|w| (w.level, w.message.as_str()));
    let standing = caveats.iter().map(|c| (Level::Info, *c));
    let blocks: Vec<Vec<Row>> = triggered
        .chain(standing)
        .map(|(level, message)| {
            let (tag, color, tint) = match level {
                Level::Caution => ("Caution", ink::CAUTION, ink::CAUTION_TINT),
                Level::Info => ("Info", ink::INFO, ink::INFO_TINT),
            };
            let mut rows = vec![spacer(6.0)];
            rows.extend(columns(&[
                Col::new(doc.left + 12.0, tag_w, Align::Left).wrapped(
                    doc,
                    Style::new(Weight::Bold, 9.5, color),
                    tag,
                ),
                Col::new(x, w, Align::Left).wrapped(doc, TEXT, message),
            ]));
            rows.push(spacer(6.0));
            band(&mut rows, doc.left, doc.content_width(), tint, color);
            rows.push(spacer(5.0));
            rows
        })
        .collect();
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, title, first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

fn bullets(doc: &Doc, items: &[String]) -> Vec<Vec<Row>> {
    items
        .iter()
        .map(|text| {
            let mut rows = columns(&[
                Col::new(doc.left + 2.0, 10.0, Align::Left).wrapped(doc, TEXT.color(ink::HEAD), "•"),
                Col::new(doc.left + 14.0, doc.content_width() - 14.0, Align::Left).wrapped(doc, TEXT, text),
            ]);
            rows.push(spacer(4.0));
            rows
        })
        .collect()
}

fn notes(doc: &mut Doc, notes: &[String]) {
    let blocks = bullets(doc, notes);
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, "Notes", first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

/// Where to go next with a figure from this report: the label, and the full address on the
/// report's own origin as a link.
fn next_steps(doc: &mut Doc, o: &Outcome, link: &str) {
    let origin = link.split_once("/tools/").map_or("", |(origin, _)| origin);
    let total = doc.content_width();
    let blocks: Vec<Vec<Row>> = o
        .next_steps
        .iter()
        .map(|step| {
            let url = format!("{origin}{}", step.href);
            let mut rows = doc.paragraph(doc.left, total, TEXT, &step.label);
            rows.extend(doc.link_paragraph(doc.left, total, SMALL.color(ink::LINK), &url, &url));
            rows.push(spacer(6.0));
            rows
        })
        .collect();
    let first = blocks.first().map_or(0.0, |b| b.iter().map(|r| r.height).sum());
    section(doc, "Next step", first);
    for rows in blocks {
        doc.flow(&rows, true);
    }
}

/// Every price source the assumptions cite, once each: (citation, address).
fn price_sources(o: &Outcome) -> Vec<(&'static str, &'static str)> {
    let mut seen: Vec<(&'static str, &'static str)> = Vec::new();
    for p in o.assumptions.iter().filter(|a| !a.overridden).flat_map(|a| a.provenance.prices()) {
        if !seen.iter().any(|(_, url)| *url == p.source) {
            seen.push((p.cite, p.source));
        }
    }
    seen
}

fn methodology(doc: &mut Doc, title: &str, meta: &Meta, prices: &[(&str, &str)]) {
    let total = doc.content_width();
    let paragraphs: Vec<Vec<Row>> = meta
        .methodology
        .iter()
        .map(|p| {
            let mut rows = doc.paragraph(doc.left, total, TEXT, p);
            rows.push(spacer(6.0));
            rows
        })
        .collect();
    let first = paragraphs.first().map_or(40.0, |b| b.iter().take(3).map(|r| r.height).sum());
    section(doc, title, first);
    for rows in paragraphs {
        // Paragraphs may split across pages, but not leave a single line behind.
        let head: f32 = rows.iter().take(2).map(|r| r.height).sum();
        doc.ensure(head);
        doc.flow(&rows, false);
    }
    if !meta.sources.is_empty() || !prices.is_empty() {
        let link = Style::new(Weight::Regular, 8.5, ink::LINK);
        let cited = meta.sources.iter().map(|s| (s.label, s.url)).chain(prices.iter().copied());
        let blocks: Vec<Vec<Row>> = cited
            .map(|(label, url)| {
                let mut rows = doc.paragraph(doc.left, total, TEXT, label);
                rows.extend(doc.link_paragraph(doc.left, total, link, url, url));
                rows.push(spacer(5.0));
                rows
            })
            .collect();
        let mut head = vec![spacer(6.0)];
        head.extend(doc.paragraph(doc.left, total, H3, "Sources"));
        head.push(spacer(3.0));
        let first: f32 = head.iter().chain(blocks.first().into_iter().flatten()).map(|r| r.height).sum();
        doc.ensure(first);
        doc.flow(&head, false);
        for rows in blocks {
            doc.flow(&rows, true);
        }
    }
}

fn scenario_link(doc: &mut Doc, link: &str, title: &str, intro: &str) {
    let qr = qr::encode(link);
    let qr_size = if qr.is_some() { 96.0 } else { 0.0 };
    let text_w = doc.content_width() - if qr.is_some() { qr_size + 24.0 } else { 0.0 };
    let mut rows = doc.paragraph(doc.left, text_w, TEXT, intro);
    rows.push(spacer(4.0));
    rows.extend(doc.link_paragraph(
        doc.left,
        text_w,
        Style::new(Weight::Regular, 9.0, ink::LINK),
        link,
        link,
    ));
    rows.push(spacer(6.0));
    let hint = if qr.is_some() {
        "Or scan the code with a phone camera."
    } else {
        "The link is too long to print as a QR code."
    };
    rows.extend(doc.paragraph(doc.left, text_w, SMALL, hint));
    let text_h: f32 = rows.iter().map(|r| r.height).sum();
    let need = text_h.max(qr_size + 4.0);
    section(doc, title, need);
    doc.ensure(need);
    let top = doc.y;
    let page = doc.page_index();
    if let Some(qr) = &qr {
        qr.draw(doc, doc.right - qr_size, top - 2.0, qr_size);
    }
    doc.flow(&rows, false);
    if doc.page_index() == page {
        doc.y = doc.y.min(top - qr_size - 4.0);
    }
}

/// What the running header and footer say.
struct Furniture<'a> {
    /// The calculator's title.
    title: &'a str,
    /// "Scenario report", "Comparison report".
    kind: &'a str,
    generated_on: Date,
    /// Whether any price is used (else the footer says the estimate is from inputs and rules).
    priced: bool,
}

/// Running header (pages 2 on), footer with the disclaimer and "Page n of N".
fn furniture(doc: &mut Doc, input: &Furniture) {
    let count = doc.pages.len();
    let (left, right) = (doc.left, doc.right);
    let small = Style { size: 7.5, ..SMALL };
    let footer_rule = MARGIN - 10.0;
    let footer_base = MARGIN - 22.0;
    let header_base = doc.height - MARGIN + 22.0;
    let date = format!("{} · {}", input.kind, input.generated_on);
    let date_w = doc.width_of(small, &date);
    let title = {
        let lines = doc.wrap(small, input.title, right - left - date_w - 24.0);
        match lines.len() {
            0 | 1 => lines.into_iter().next().unwrap_or_default(),
            _ => format!("{}…", lines[0].trim_end()),
        }
    };
    for i in 0..count {
        doc.select_page(i);
        let page = format!("Page {} of {}", i + 1, count);
        let page_w = doc.width_of(small, &page);
        doc.line(left, footer_rule, right, footer_rule, 0.5, ink::RULE);
        let said = if input.priced { DISCLAIMER } else { DISCLAIMER_NO_PRICES };
        let disclaimer =
            doc.wrap(small, said, right - left - page_w - 16.0).into_iter().next().unwrap_or_default();
        doc.text(left, footer_base, small, &disclaimer, Align::Left);
        doc.text(right, footer_base, small, &page, Align::Right);
        if i > 0 {
            doc.text(left, header_base, small, &title, Align::Left);
            doc.text(right, header_base, small, &date, Align::Right);
            doc.line(left, header_base - 6.0, right, header_base - 6.0, 0.5, ink::RULE);
        }
    }
}

/// The CSV for a scenario, exactly as the CLI and the browser make it: evaluate the inputs,
/// then `csv::render`. `link` is the full scenario URL written in the file; `date` the day it
/// is dated (callers pass `Date::today_utc`).
pub fn csv(
    scenario: &scenario::Scenario,
    link: &str,
    date: Date,
) -> Result<String, Vec<calc_core::FieldError>> {
    calc_core::format::presenting(scenario.presentation(), || {
        let (calc, inputs) = (scenario.calc, &scenario.inputs);
        let outcome = calc_core::evaluate(calc, inputs)?;
        let heading = Heading::of(&scenario.caption);
        Ok(csv::render(calc, &calc_core::complete(calc, inputs), &outcome, heading, link, date))
    })
}

/// The report for a scenario, exactly as the CLI and the browser make it: evaluate the
/// inputs, list every input as the form shows it, render. One function so both channels
/// write the same bytes for the same link and date.
pub fn pdf(
    scenario: &scenario::Scenario,
    link: &str,
    generated_on: Date,
    paper: Paper,
) -> Result<Vec<u8>, Vec<calc_core::FieldError>> {
    calc_core::format::presenting(scenario.presentation(), || {
        let prepared = Prepared::of(scenario, generated_on)?;
        Ok(render(&prepared.input(link, generated_on, paper)))
    })
}

/// What a scenario's report is made of, evaluated once: the single report and each of a
/// comparison's appendices take it.
struct Prepared<'a> {
    scenario: &'a scenario::Scenario,
    outcome: Outcome,
    /// Every input as the form shows it, in form order.
    inputs: Vec<(String, String)>,
    holds_unless: Vec<String>,
    tornado: Option<calc_core::Chart>,
    price_notice: Option<String>,
}

impl<'a> Prepared<'a> {
    fn of(scenario: &'a scenario::Scenario, generated_on: Date) -> Result<Self, Vec<calc_core::FieldError>> {
        let (calc, inputs) = (scenario.calc, &scenario.inputs);
        let outcome = calc_core::evaluate(calc, inputs)?;
        let sensitivity = calc_core::sensitivity::of(calc, inputs);
        let all = calc_core::complete(calc, inputs);
        Ok(Prepared {
            scenario,
            inputs: calc
                .fields()
                .iter()
                .map(|f| (f.label.to_string(), input_display(calc, &all, f)))
                .collect(),
            holds_unless: sensitivity
                .nearest(3)
                .iter()
                .map(|f| format!("{}: {}", calc_core::sensitivity::condition(calc, f), f.to_decision.label))
                .collect(),
            tornado: calc_core::sensitivity::tornado_chart(calc, &sensitivity),
            price_notice: calc_core::prices::notice(&outcome.prices_used(), generated_on).map(|n| n.text()),
            outcome,
        })
    }

    fn input(&'a self, link: &'a str, generated_on: Date, paper: Paper) -> ReportInput<'a> {
        let calc = self.scenario.calc;
        ReportInput {
            meta: calc.meta(),
            heading: Heading::of(&self.scenario.caption),
            outcome: &self.outcome,
            inputs: self.inputs.clone(),
            price_labels: calc
                .fields()
                .iter()
                .filter(|f| matches!(f.kind, calc_core::FieldKind::Price { .. }))
                .map(|f| f.label)
                .collect(),
            holds_unless: self.holds_unless.clone(),
            tornado: self.tornado.clone(),
            prices_as_of: self.outcome.prices_as_of(),
            price_notice: self.price_notice.clone(),
            currency_line: self.scenario.rate.describe(generated_on),
            link,
            generated_on,
            paper,
        }
    }
}

/// An input as the report lists it: its value as the form shows it, or for one left on auto
/// what it follows. `all` is complete (`calc_core::complete`).
pub fn input_display(
    calc: &dyn calc_core::Calculator,
    all: &calc_core::Inputs,
    f: &calc_core::Field,
) -> String {
    match all.get(f.key) {
        Some(calc_core::Value::Auto) => f.derived_hint(calc).unwrap_or_else(|| f.display(all)),
        _ => f.display(all),
    }
}

/// The name a downloaded report or CSV is saved under, the same in the browser and in
/// `cost csv`: the scenario's name first when it has one (so a folder of reports reads by
/// scenario), then the calculator and the date: `orders-cluster-aurora-io-2026-12-06.pdf`,
/// or `aurora-io-2026-12-06.pdf` for an unnamed one. The name keeps its letters and digits
/// (any script), lower-cased; every other run of characters (spaces, punctuation, characters
/// a file system refuses such as `/` `:` `?`) becomes one hyphen; at most 60 characters.
pub fn file_name(scenario: &scenario::Scenario, date: Date, ext: &str) -> String {
    let name = file_stem(&scenario.caption.title);
    let slug = scenario.calc.meta().slug;
    if name.is_empty() {
        format!("{slug}-{date}.{ext}")
    } else {
        format!("{name}-{slug}-{date}.{ext}")
    }
}

/// A name as a file name's part: its letters and digits (any script), lower-cased, every
/// other run of characters one hyphen, at most 60 characters; empty for a name without any.
fn file_stem(text: &str) -> String {
    let mut name = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            if name.chars().count() >= 60 {
                break;
            }
            name.extend(c.to_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    name.trim_end_matches('-').to_string()
}

/// The name a comparison's PDF or CSV is saved under, by `file_name`'s character rule: the
/// scenarios' labels when any is named (`today-vs-after-migration-aurora-io-2026-12-06.pdf`;
/// an unnamed one is "Scenario B"), else `compare-aurora-io-2026-12-06.pdf`.
pub fn compare_file_name(comparison: &scenario::compare::Comparison, date: Date, ext: &str) -> String {
    let slug = comparison.calc().meta().slug;
    let named = comparison.scenarios.iter().any(|s| !s.caption.title.is_empty());
    let name = if named { file_stem(&comparison.labels().join(" vs ")) } else { String::new() };
    if name.is_empty() {
        format!("compare-{slug}-{date}.{ext}")
    } else {
        format!("{name}-{slug}-{date}.{ext}")
    }
}
