//! The scenario as one CSV file a finance team opens in Excel or Google Sheets: the scenario,
//! its inputs, the headline figures with their ranges, every table and the assumptions, each
//! section under its own header row. Pure and deterministic like the PDF (no clock: the date
//! is an argument), so `cost csv` and the page's "Download CSV" write the same bytes.
//!
//! The layout (documented in ARCHITECTURE.md):
//! - UTF-8 with a byte-order mark: Excel opens a CSV without one in the legacy ANSI code page,
//!   so "×" or "—" in a label would arrive garbled; Sheets, Python's `utf-8-sig` and the `csv`
//!   crate drop it.
//! - RFC 4180: CRLF line ends; a field holding a comma, a quote, CR or LF is quoted, quotes
//!   doubled.
//! - Every record has the same number of fields (short ones are padded with empty fields), so
//!   strict readers accept the file.
//! - Column A names the section of every record. A record whose column A is `section` is a
//!   header row: it names the columns of the records below it, up to the next header row. An
//!   empty record separates sections.
//! - Numbers are plain decimals: a dot, no thousands separator, no currency sign, no exponent,
//!   12 significant digits (Excel keeps 15), the unit in its own column. Dates are ISO
//!   (`YYYY-MM-DD`). The `display` column holds the value as the page writes it.
//! - One scale for percentages: a share (a 0–1 fraction, unit `share` in `cost eval --json`)
//!   is written as a percentage with unit `%`, as the inputs are typed (`25.9`, not `0.259`).
//! - A numeric column holds only numbers: an input left on auto gives the value it was
//!   evaluated with (the price the assumptions cite for it), a sheet price its number, and a
//!   table cell that is text in a numeric column ("none", "in the rate") is left empty.
//! - Free text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
//!   a tab or CR, and not itself a number as the page writes it) gets a leading apostrophe.

use calc_core::{format, Calculator, Cell, Date, FieldKind, Inputs, Outcome, Provenance, Style, Unit, Value};

/// The file: a BOM, then the sections as records (see the module doc). `inputs` is complete
/// (every field set), `outcome` what `evaluate` returned for them.
pub fn render(
    calc: &dyn Calculator,
    inputs: &Inputs,
    outcome: &Outcome,
    heading: crate::Heading,
    link: &str,
    date: Date,
) -> String {
    sheet(calc, inputs, outcome, heading, link, date).finish()
}

/// The file's records before they are written out (`render`; a comparison's CSV takes each
/// scenario's).
pub(crate) fn sheet(
    calc: &dyn Calculator,
    inputs: &Inputs,
    outcome: &Outcome,
    heading: crate::Heading,
    link: &str,
    date: Date,
) -> Sheet {
    let mut sheet = Sheet::default();
    let meta = calc.meta();
    // The currency in force is the scenario's: every amount of the file is in it.
    let rate = format::rate_in_force();

    sheet.header(&["key", "value"]);
    let as_of = outcome.prices_as_of().map(|d| d.to_string()).unwrap_or_default();
    for (key, value) in [
        ("calculator", meta.title.to_string()),
        ("title", heading.title.to_string()),
        ("note", heading.note.to_string()),
        ("link", link.trim().to_string()),
        ("date", date.to_string()),
        ("prices_as_of", as_of),
        ("currency", rate.currency.code().to_string()),
        ("fx_per_usd", number(rate.per_usd)),
        ("fx_as_of", rate.as_of().map(|d| d.to_string()).unwrap_or_default()),
        ("fx_note", rate.describe(date).unwrap_or_default()),
        ("decision", outcome.verdict.words.clone()),
        ("decision_key", outcome.verdict.decision.key.to_string()),
    ] {
        sheet.row("scenario", vec![text(key), text(&value)]);
    }
    for fact in &outcome.verdict.facts {
        sheet.row("scenario", vec![text("fact"), text(fact)]);
    }

    sheet.header(&["key", "label", "value", "unit", "display"]);
    for field in calc.fields() {
        let unit = unit_key(field.unit);
        let (value, display) = match inputs.get(field.key) {
            Some(Value::Num(n)) => (quantity(*n, field.unit), field.display(inputs)),
            Some(Value::Choice(c)) => (text(c), field.display(inputs)),
            Some(Value::Bool(b)) => (text(if *b { "1" } else { "0" }), field.display(inputs)),
            Some(Value::Date(d)) => (text(&d.to_string()), d.to_string()),
            Some(Value::Auto) | None => {
                let hint = field.derived_hint(calc).map(|h| format!("auto ({h})"));
                // The value it was evaluated with, as the calculator reports it.
                let value = outcome
                    .auto_values
                    .iter()
                    .find(|a| a.key == field.key)
                    .map(|a| quantity(a.value, field.unit))
                    .unwrap_or_default();
                (value, hint.unwrap_or_else(|| "auto".to_string()))
            }
        };
        sheet.row("input", vec![text(field.key), text(field.label), value, text(&unit), text(&display)]);
    }

    sheet.header(&["key", "label", "value", "low", "high", "unit", "display", "range_basis"]);
    for f in &outcome.headlines {
        let num = |v: Option<f64>| v.map(|v| quantity(v, f.unit)).unwrap_or_default();
        sheet.row(
            "headline",
            vec![
                text(f.key),
                text(f.label),
                num(f.value),
                num(f.low),
                num(f.high),
                text(&unit_key(f.unit)),
                text(&f.display),
                text(f.range_basis.as_deref().unwrap_or("")),
            ],
        );
    }

    let s = calc_core::sensitivity::analyse(calc, inputs, calc.primary(), calc.drivers());
    const FLIP: &[&str] =
        &["key", "label", "value", "current", "unit", "direction", "from_decision", "to_decision", "display"];
    if !s.flip_points.is_empty() {
        sheet.header(FLIP);
    }
    for f in &s.flip_points {
        let field = calc.field(f.key).expect("a flip is of a declared field");
        sheet.row(
            "flip",
            vec![
                text(f.key),
                text(field.label),
                quantity(f.value, field.unit),
                quantity(f.current, field.unit),
                text(&unit_key(field.unit)),
                text(if f.direction == calc_core::sensitivity::Direction::Up { "up" } else { "down" }),
                text(f.from_decision.key),
                text(f.to_decision.key),
                text(&format!("{}: {}", calc_core::sensitivity::condition(calc, f), f.to_decision.label)),
            ],
        );
    }
    const SWING: &[&str] =
        &["key", "label", "low", "high", "unit", "figure", "figure_low", "figure_high", "figure_unit"];
    if let Some((primary, _)) = s.primary.filter(|_| !s.tornado.is_empty()) {
        sheet.header(SWING);
        for w in &s.tornado {
            let field = calc.field(w.key).expect("a swing is of a declared field");
            sheet.row(
                "sensitivity",
                vec![
                    text(w.key),
                    text(field.label),
                    quantity(w.low, field.unit),
                    quantity(w.high, field.unit),
                    text(&unit_key(field.unit)),
                    text(primary.key),
                    quantity(w.figure_low, primary.unit),
                    quantity(w.figure_high, primary.unit),
                    text(&unit_key(primary.unit)),
                ],
            );
        }
    }

    for t in outcome.tables.iter().filter(|t| !t.columns.is_empty()) {
        let mut head = vec!["table", "row"];
        head.extend(t.columns.iter().map(|c| c.label.as_str()));
        sheet.header(&head);
        let mut record = |kind: &str, cells: Vec<String>| {
            let mut fields = vec![text(t.key), text(kind)];
            fields.extend(cells);
            sheet.row("table", fields);
        };
        record("title", vec![text(&t.title)]);
        record("unit", t.columns.iter().map(|c| text(&unit_key(c.unit))).collect());
        for row in &t.rows {
            let kind = match row.kind {
                calc_core::RowKind::Data => "data",
                calc_core::RowKind::Total => "total",
            };
            let cells = t
                .columns
                .iter()
                .enumerate()
                .map(|(i, column)| match row.cells.get(i) {
                    Some(Cell::Num(n)) => quantity(*n, column.unit),
                    // Text in a numeric column ("none", "in the rate") would make a
                    // spreadsheet read the column as text: the cell is left empty.
                    Some(Cell::Text(_)) if is_numeric(column.unit) => String::new(),
                    Some(Cell::Text(s)) => text(s),
                    None => String::new(),
                })
                .collect();
            record(kind, cells);
        }
    }

    sheet.header(&["key", "label", "value", "unit", "display", "basis", "source", "as_of"]);
    for a in &outcome.assumptions {
        let (value, unit) = assumption_number(calc, inputs, a).unwrap_or_default();
        let basis = match &a.provenance {
            p @ (Provenance::Sheet(_) | Provenance::Sheets(_)) if p.prices().iter().all(|p| p.rule) => {
                "published rule".to_string()
            }
            Provenance::Sheet(_) | Provenance::Sheets(_) => "price sheet".to_string(),
            Provenance::Document(_) => "document".to_string(),
            Provenance::Input => "your input".to_string(),
            Provenance::Derived(how) => format!("derived: {how}"),
        };
        let sources = match &a.provenance {
            Provenance::Document(link) => vec![link.url],
            p => {
                let mut urls: Vec<&str> = p.prices().iter().map(|p| p.source).collect();
                urls.dedup();
                urls
            }
        };
        let as_of = a.provenance.as_of().map(|d| d.to_string()).unwrap_or_default();
        sheet.row(
            "assumption",
            vec![
                text(a.key.unwrap_or("")),
                text(&a.label),
                value,
                text(&unit),
                text(&a.display),
                text(&basis),
                text(&sources.join(" ")),
                as_of,
            ],
        );
    }
    sheet
}

/// An assumption's number and its unit (as the file writes them), only where it is known to
/// be the number shown:
/// - the input it names holds a number the page writes as the assumption's text (for the
///   reader's own input, within it: "month 1");
/// - the input is left on auto and the assumption cites the sheet price it follows, or
///   several in one unit whose sum it is (compute + licence meter), written as the text;
/// - it cites one sheet price written, in that price's own unit, as the text (the list price
///   per processor of the chosen edition, "$47,500").
///
/// A derived or composite assumption ("$1,240 upfront, no hourly charge") keeps only its text.
fn assumption_number(
    calc: &dyn Calculator,
    inputs: &Inputs,
    a: &calc_core::Assumption,
) -> Option<(String, String)> {
    if let Some(field) = a.key.and_then(|k| calc.field(k)) {
        let auto = matches!(field.kind, FieldKind::Auto { .. });
        let n = match (inputs.get(field.key), &a.provenance) {
            (Some(Value::Num(n)), _) => Some(*n),
            (Some(Value::Auto), Provenance::Sheet(price)) if auto => Some(price.value),
            (Some(Value::Auto), Provenance::Sheets(prices))
                if auto && prices.iter().all(|p| p.unit == prices[0].unit) =>
            {
                Some(prices.iter().map(|p| p.value).sum())
            }
            _ => None,
        };
        if let Some(n) = n {
            let shown = [format::price(n, field.unit), format::value(n, field.unit)];
            let typed = matches!(a.provenance, Provenance::Input) && holds_number(&a.display, n, field.unit);
            if shown.contains(&a.display) || typed {
                return Some((quantity(n, field.unit), unit_key(field.unit).to_string()));
            }
        }
    }
    match &a.provenance {
        Provenance::Sheet(price) if price.unit.starts_with("USD") => {
            let shown = [format::price(price.value, Unit::USD), format::value(price.value, Unit::USD)];
            shown.contains(&a.display).then(|| {
                (
                    quantity(price.value, Unit::USD),
                    format!("{}{}", format::unit_key(Unit::USD), &price.unit[3..]),
                )
            })
        }
        _ => None,
    }
}

/// True when `display` has `n` among its numbers as the page writes it ("month 1", "6").
fn holds_number(display: &str, n: f64, unit: Unit) -> bool {
    let forms = [number(n), format::value(n, unit)];
    display
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|t| t.trim_end_matches(['.', ',']))
        .any(|t| !t.is_empty() && forms.iter().any(|f| f == t))
}

/// A value as the file writes it: a share (0–1) as a percentage, on the scale the inputs are
/// typed in, so every percentage in the file reads alike.
pub(crate) fn quantity(value: f64, unit: Unit) -> String {
    // Money in the currency in force, as the `display` beside it.
    let value = format::shown_amount(value, unit);
    number(if unit.style == Style::Share { value * 100.0 } else { value })
}

/// The unit the file names for a value written by `quantity`.
pub(crate) fn unit_key(unit: Unit) -> std::borrow::Cow<'static, str> {
    if unit.style == Style::Share {
        Unit::PERCENT.key.into()
    } else {
        format::unit_key(unit)
    }
}

/// A column that holds numbers (any unit but text).
fn is_numeric(unit: Unit) -> bool {
    unit.style != Style::Text
}

/// A number as a spreadsheet reads it: 12 significant digits (float noise such as
/// `579.6000000000001` rounded away; Excel keeps 15), then the shortest plain decimal for
/// that value: no exponent, no grouping, `-0` as `0`.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded: f64 = format!("{value:.11e}").parse().unwrap_or(value);
    if rounded == 0.0 {
        return "0".to_string();
    }
    format!("{rounded}")
}

/// A text field: quoted when RFC 4180 asks (comma, quote, CR, LF; quotes doubled), and kept
/// from being read as a formula (see the module doc).
pub fn text(value: &str) -> String {
    let formula_like = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_shown_number(value);
    let value = if formula_like { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `-$1,240/month`, `-€1,240/month` (the sign of the currency in force), `-12.5%`, `-3`: a
/// negative number as `calc_core::format` writes it, which a spreadsheet may read as a number
/// but never as a formula.
fn is_shown_number(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('-') else { return false };
    let (symbol, _) = calc_core::format::symbol_around();
    let rest = rest.strip_prefix(symbol.as_str()).unwrap_or(rest);
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(rest.len());
    let unit = &rest[digits..];
    let unit_ok = unit.is_empty()
        || (unit.starts_with([' ', '/', '%', '×'])
            && unit.chars().all(|c| c.is_alphabetic() || matches!(c, '/' | '%' | ' ' | '-' | '×')));
    digits > 0 && rest.starts_with(|c: char| c.is_ascii_digit()) && unit_ok
}

/// Records under construction: each is its section name then already-encoded fields.
#[derive(Default)]
pub(crate) struct Sheet {
    records: Vec<Vec<String>>,
}

impl Sheet {
    /// A header row (`section` in column A), after an empty record unless it opens the file.
    pub(crate) fn header(&mut self, names: &[&str]) {
        if !self.records.is_empty() {
            self.records.push(Vec::new());
        }
        let mut fields = vec![text("section")];
        fields.extend(names.iter().map(|n| text(n)));
        self.records.push(fields);
    }

    pub(crate) fn row(&mut self, section: &str, fields: Vec<String>) {
        let mut record = vec![text(section)];
        record.extend(fields);
        self.records.push(record);
    }

    /// Another sheet's sections after this one's, an empty record between.
    pub(crate) fn append(&mut self, other: Sheet) {
        if !self.records.is_empty() && !other.records.is_empty() {
            self.records.push(Vec::new());
        }
        self.records.extend(other.records);
    }

    /// The file: BOM, records padded to one width, CRLF after each.
    pub(crate) fn finish(self) -> String {
        let width = self.records.iter().map(Vec::len).max().unwrap_or(0);
        let mut out = String::from('\u{feff}');
        for mut record in self.records {
            record.resize(width, String::new());
            out.push_str(&record.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain_decimals_without_float_noise() {
        assert_eq!(number(579.6000000000001), "579.6");
        assert_eq!(number(-316.55999999999995), "-316.56");
        assert_eq!(number(0.29106571173966134), "0.29106571174");
        assert_eq!(number(1_234_567.891), "1234567.891");
        assert_eq!(number(1e21), "1000000000000000000000");
        assert_eq!(number(1e-7), "0.0000001");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(730.0), "730");
        assert_eq!(number(f64::NAN), "");
        // 12 significant digits: within 5e-12 relative of the model's number
        let v = 2.0 / 3.0;
        assert!((number(v).parse::<f64>().unwrap() - v).abs() / v < 1e-11);
    }

    #[test]
    fn text_is_quoted_as_rfc_4180_asks() {
        assert_eq!(text("plain"), "plain");
        assert_eq!(text("$1,240/month"), "\"$1,240/month\"");
        assert_eq!(text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text("two\nlines"), "\"two\nlines\"");
        assert_eq!(text("cr\r"), "\"cr\r\"");
        assert_eq!(text("1.3×"), "1.3×");
        assert_eq!(text(""), "");
    }

    #[test]
    fn text_never_reads_as_a_formula() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("+1+1"), "'+1+1");
        assert_eq!(text("-1+cmd"), "'-1+cmd");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        // negative numbers as the page writes them stay as they are
        assert_eq!(text("-$1,240/month"), "\"-$1,240/month\"");
        assert_eq!(text("-12.5%"), "-12.5%");
        assert_eq!(text("-3 months"), "-3 months");
        assert_eq!(text("-"), "'-");
        assert_eq!(text("-1-1"), "'-1-1");
        assert_eq!(text("-1 -1"), "'-1 -1");
        // in another currency, its own sign
        let eur = calc_core::format::Presentation {
            rate: calc_core::Rate::reference(calc_core::Currency::Eur),
            marks: calc_core::format::Marks::neutral(),
        };
        calc_core::format::presenting(eur, || {
            assert_eq!(text("-€1,980/month"), "\"-€1,980/month\"");
            assert_eq!(text("-€26.38"), "-€26.38");
            assert_eq!(text("-$26.38"), "'-$26.38");
        });
    }

    #[test]
    fn records_have_one_width_crlf_and_a_bom() {
        let mut sheet = Sheet::default();
        sheet.header(&["key", "value"]);
        sheet.row("scenario", vec![text("a"), text("b,c")]);
        sheet.header(&["key", "label", "value"]);
        sheet.row("input", vec![text("k"), text("L"), number(1.5)]);
        assert_eq!(
            sheet.finish(),
            "\u{feff}section,key,value,\r\nscenario,a,\"b,c\",\r\n,,,\r\nsection,key,label,value\r\ninput,k,L,1.5\r\n"
        );
    }
}
