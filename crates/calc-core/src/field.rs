//! The single declaration of a calculator input. The form, validation messages, the URL
//! codec, the CLI listing and the tests are all derived from it.

use crate::unit::Style;
use crate::{format, Calculator, Date, Inputs, PriceSheet, Unit, Value};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Field {
    /// Stable URL key: a public interface, never renamed without a scenario migration.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub kind: FieldKind,
    pub help: &'static str,
    pub group: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
}

#[derive(Debug, Serialize)]
pub enum FieldKind {
    Number {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
    },
    Integer {
        min: i64,
        max: i64,
        default: i64,
    },
    Choice {
        options: &'static [Choice],
        default: &'static str,
    },
    /// A calendar date, written `YYYY-MM-DD` (a date-dependent rule's "from when").
    Date {
        min: Date,
        max: Date,
        default: Date,
    },
    Toggle {
        default: bool,
    },
    /// A price whose default is the named entry of the calculator's price sheet.
    Price {
        price: &'static str,
        min: f64,
        max: f64,
        step: f64,
    },
    /// An optional override: left empty, the calculator derives it from other inputs
    /// (e.g. the hourly rate of the chosen instance class).
    Auto {
        min: f64,
        max: f64,
        step: f64,
        derived_from: &'static str,
    },
}

/// A value that could not be accepted, with the reason stated in terms of the declaration.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldError {
    pub key: String,
    /// The text that was offered, as given (never rendered as markup).
    pub given: String,
    /// Why it was refused, naming the allowed range or choices.
    pub problem: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.given.is_empty() {
            write!(f, "{}: {}", self.key, self.problem)
        } else {
            write!(f, "{}={}: {}", self.key, self.given, self.problem)
        }
    }
}

impl FieldError {
    pub fn new(key: &str, given: &str, problem: impl Into<String>) -> Self {
        FieldError { key: key.to_string(), given: given.to_string(), problem: problem.into() }
    }
}

impl Field {
    pub fn default_value(&self, prices: &PriceSheet) -> Value {
        match &self.kind {
            FieldKind::Number { default, .. } => Value::Num(*default),
            FieldKind::Integer { default, .. } => Value::Num(*default as f64),
            FieldKind::Choice { default, .. } => Value::Choice(default.to_string()),
            FieldKind::Toggle { default } => Value::Bool(*default),
            FieldKind::Date { default, .. } => Value::Date(*default),
            FieldKind::Price { price, .. } => Value::Num(prices.value(price)),
            FieldKind::Auto { .. } => Value::Auto,
        }
    }

    /// Where an `Auto` field's value comes from while it is left empty: "from instance class".
    pub fn derived_hint(&self, calc: &dyn Calculator) -> Option<String> {
        match self.kind {
            FieldKind::Auto { derived_from, .. } => {
                let from = calc.field(derived_from).map_or(derived_from, |f| f.label);
                Some(format!("from {}", from.to_ascii_lowercase()))
            }
            _ => None,
        }
    }

    /// Allowed range as a human sentence fragment: "0–1,000,000 GB" or "one of: a, b"; a
    /// money range in the currency in force, the one a reader types in.
    pub fn allowed(&self) -> String {
        self.allowed_at(&format::rate_in_force())
    }

    /// The same with money in `rate`'s currency: a link's amounts are dollars whatever the
    /// page shows, a box's are in the reader's currency.
    fn allowed_at(&self, rate: &crate::Rate) -> String {
        let unit = match &*format::naming(self.unit.label, rate.currency) {
            "" => String::new(),
            "%" => "%".to_string(),
            u => format!(" {u}"),
        };
        let bound = |v: f64| format::number(if self.unit.is_money() { rate.from_usd(v) } else { v }, 6);
        match &self.kind {
            FieldKind::Number { min, max, .. }
            | FieldKind::Price { min, max, .. }
            | FieldKind::Auto { min, max, .. } => {
                format!("{}–{}{}", bound(*min), bound(*max), unit)
            }
            FieldKind::Integer { min, max, .. } => {
                format!(
                    "whole number {}–{}{}",
                    format::number(*min as f64, 0),
                    format::number(*max as f64, 0),
                    unit
                )
            }
            FieldKind::Choice { options, .. } => {
                let keys: Vec<&str> = options.iter().map(|o| o.key).collect();
                format!("one of: {}", keys.join(", "))
            }
            FieldKind::Toggle { .. } => "1 or 0".to_string(),
            FieldKind::Date { min, max, .. } => format!("a date {min} to {max}, written YYYY-MM-DD"),
        }
    }

    /// Read what a person typed in the form. `,` and `.` are read as a decimal mark or a
    /// thousands separator wherever the text allows only one reading; a single one followed by
    /// exactly three digits (`3,000`, `1.234`) allows both, and when both readings are valid
    /// values the person is asked (`Typed::Either`), never answered by a guess. A trailing
    /// `%` is accepted for a percentage or a share (`30 %`, `90%`), and `k` or `M` for money
    /// and quantities (`2k`, `2M`). A value is the one `parse` gives for its canonical text.
    pub fn read_typed(&self, raw: &str, mark: DecimalMark) -> Result<Typed, FieldError> {
        self.read_typed_at(raw, mark, &crate::Rate::USD)
    }

    /// The same for a box a reader types in another currency than the dollar: a money amount
    /// is divided by the rate before it is checked against the field's range (a range that
    /// `allowed` writes in that currency), so the readings are what the model takes.
    pub fn read_typed_at(
        &self,
        raw: &str,
        mark: DecimalMark,
        rate: &crate::Rate,
    ) -> Result<Typed, FieldError> {
        if matches!(self.kind, FieldKind::Choice { .. } | FieldKind::Toggle { .. } | FieldKind::Date { .. }) {
            return self.parse(raw).map(Typed::One);
        }
        let refuse = |problem: String| Err(FieldError::new(self.key, raw, problem));
        // A money amount may carry the sign of the currency it is typed in ("€1,200",
        // "1.200 €"; "$" for the Canadian and Australian dollars too); a dollar sign in a box
        // typed in euros is not taken for a euro.
        let symbol = rate.currency.symbol();
        let unsigned = if self.unit.is_money() { without_sign(raw, symbol) } else { raw.to_string() };
        if self.unit.is_money() && !symbol.contains('$') && unsigned.contains('$') {
            let code = rate.currency.code();
            return refuse(format!("is in US dollars: this box takes {code}, as its unit says"));
        }
        let (number, shift) = match self.suffix(&unsigned) {
            Ok(split) => split,
            Err(problem) => return refuse(problem),
        };
        let convert = self.unit.is_money() && !rate.is_usd();
        let parse = |text: String| {
            let mut text = shift_decimal(&text, shift);
            if convert {
                if let Some(amount) = parse_decimal(&text) {
                    text = format::plain(rate.to_usd(amount));
                }
            }
            self.parse_at(&text, rate).map_err(|e| FieldError { given: raw.to_string(), ..e })
        };
        match canonical_number(number, mark) {
            Ok(Canonical::One(text)) => parse(text).map(Typed::One),
            Ok(Canonical::Either { decimal, grouped }) => {
                let (first, second) = match locale_groups_with(mark, decimal.1) {
                    true => (grouped, decimal.0),
                    false => (decimal.0, grouped),
                };
                match (parse(first), parse(second)) {
                    (Ok(Value::Num(a)), Ok(Value::Num(b))) => Ok(Typed::Either([a, b])),
                    (Ok(v), _) | (_, Ok(v)) => Ok(Typed::One(v)),
                    (Err(e), Err(_)) => Err(e),
                }
            }
            Err(problem) => refuse(problem),
        }
    }

    /// The number's text without a unit suffix the field allows, and the power of ten the
    /// suffix moves it by: `30 %` of a share is `30` and -2, `2k` of money `2` and 3.
    fn suffix<'a>(&self, raw: &'a str) -> Result<(&'a str, i32), String> {
        let text = raw.trim();
        let Some(last) = text.chars().last() else { return Ok((text, 0)) };
        let shift = match last {
            '%' => match self.unit.style {
                Style::Percent => 0,
                Style::Share => -2,
                _ => return Err(format!("is not a percentage here ({})", self.allowed())),
            },
            'k' | 'K' | 'M' => match self.unit.style {
                Style::Money | Style::MoneyPer(_) | Style::Quantity { .. } => {
                    if last == 'M' {
                        6
                    } else {
                        3
                    }
                }
                _ => return Err(format!("cannot take k or M here ({})", self.allowed())),
            },
            _ => return Ok((text, 0)),
        };
        Ok((text[..text.len() - last.len_utf8()].trim_end(), shift))
    }

    /// Parse a link's or the CLI's canonical text: a dot for decimals, no thousands
    /// separators (`$` and `_` are tolerated). A comma is refused, never guessed: `0,5` is not
    /// 5. Refuses NaN, infinities, out-of-range values and unknown choices with a message
    /// naming the range.
    pub fn parse(&self, raw: &str) -> Result<Value, FieldError> {
        self.parse_at(raw, &crate::Rate::USD)
    }

    /// `parse` of a dollar text whose refusal names the range in `rate`'s currency (the
    /// reader's, for an amount they typed and `read_typed_at` converted).
    fn parse_at(&self, raw: &str, rate: &crate::Rate) -> Result<Value, FieldError> {
        let text = raw.trim();
        let refuse = |problem: String| Err(FieldError::new(self.key, raw, problem));
        match &self.kind {
            FieldKind::Choice { options, .. } => match options.iter().find(|o| o.key == text) {
                Some(o) => Ok(Value::Choice(o.key.to_string())),
                None => refuse(format!("is not a valid choice ({})", self.allowed_at(rate))),
            },
            FieldKind::Date { min, max, .. } => match Date::parse(text) {
                Ok(d) if d >= *min && d <= *max => Ok(Value::Date(d)),
                Ok(_) => refuse(format!("is out of range ({})", self.allowed_at(rate))),
                Err(_) => refuse(format!("is not a date ({})", self.allowed_at(rate))),
            },
            FieldKind::Toggle { .. } => match text.to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => Ok(Value::Bool(true)),
                "0" | "false" | "no" | "off" => Ok(Value::Bool(false)),
                _ => refuse(format!("must be {}", self.allowed_at(rate))),
            },
            kind => {
                if text.is_empty() {
                    return match kind {
                        FieldKind::Auto { .. } => Ok(Value::Auto),
                        _ => refuse(format!("is missing ({})", self.allowed_at(rate))),
                    };
                }
                if text.contains(',') {
                    return refuse(format!(
                        "uses a comma; write the number with a dot for decimals and no thousands separator, e.g. {}",
                        format::plain(1234.5)
                    ));
                }
                let cleaned: String = text.chars().filter(|c| !matches!(c, '_' | '$' | ' ')).collect();
                let number = match parse_decimal(&cleaned) {
                    Some(n) => n,
                    None => return refuse(format!("is not a number ({})", self.allowed_at(rate))),
                };
                let (min, max) = match kind {
                    FieldKind::Number { min, max, .. }
                    | FieldKind::Price { min, max, .. }
                    | FieldKind::Auto { min, max, .. } => (*min, *max),
                    FieldKind::Integer { min, max, .. } => {
                        if number.fract() != 0.0 {
                            return refuse(format!("must be a {}", self.allowed_at(rate)));
                        }
                        (*min as f64, *max as f64)
                    }
                    _ => unreachable!("choice and toggle handled above"),
                };
                if number < min || number > max {
                    return refuse(format!("is out of range ({})", self.allowed_at(rate)));
                }
                // -0 would round-trip as "0" in links; normalise it here.
                Ok(Value::Num(if number == 0.0 { 0.0 } else { number }))
            }
        }
    }

    /// Text for a value in a form field or a URL (the inverse of `parse`).
    pub fn write(&self, value: &Value) -> String {
        match value {
            Value::Num(n) => format::plain(*n),
            Value::Choice(c) => c.clone(),
            Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Auto => String::new(),
        }
    }

    /// Value as a readable cell: "730 hours", "$0.10", "PostgreSQL".
    pub fn display(&self, inputs: &Inputs) -> String {
        match inputs.get(self.key) {
            Some(Value::Num(n)) => format::value(*n, self.unit),
            Some(Value::Choice(c)) => match &self.kind {
                FieldKind::Choice { options, .. } => options
                    .iter()
                    .find(|o| o.key == c)
                    .map(|o| o.label.to_string())
                    .unwrap_or_else(|| c.clone()),
                _ => c.clone(),
            },
            Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.to_string(),
            Some(Value::Date(d)) => d.to_string(),
            Some(Value::Auto) | None => "auto".to_string(),
        }
    }
}

/// Which mark a person's locale writes decimals with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,234.5` (English and most of Asia)
    Dot,
    /// `1.234,5` (most of continental Europe and Latin America)
    Comma,
}

/// What a person typed, read as a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Typed {
    /// One reading.
    One(Value),
    /// Two valid readings of a single `,` or `.` before exactly three digits: the reader's
    /// locale's reading first (`3,000` in de-DE: 3, then 3000).
    Either([f64; 2]),
}

impl DecimalMark {
    /// A number as this locale writes it, without grouping: `1,234` for 1.234 in de-DE,
    /// `3000`. What the form puts in a box once the reader has said what they meant.
    pub fn plain(self, value: f64) -> String {
        let text = format::plain(value);
        match self {
            DecimalMark::Dot => text,
            DecimalMark::Comma => text.replace('.', ","),
        }
    }

    /// A reading no locale can misread: thousands grouped with a no-break space, this
    /// locale's decimal mark, and the number in words where they are short:
    /// "3\u{a0}000 (three thousand)", "1,234 (one point two three four)" in de-DE.
    pub fn unambiguous(self, value: f64) -> String {
        let mut text = format::neutral_number(value, 10).replace(',', "\u{a0}");
        if self == DecimalMark::Comma {
            text = text.replace('.', ",");
        }
        match format::in_words(value) {
            Some(words) => format!("{text} ({words})"),
            None => text,
        }
    }
}

/// Typed text as canonical text, or the two canonical texts it could mean.
enum Canonical {
    One(String),
    /// `decimal`: the text with the mark read as a decimal mark, and that mark;
    /// `grouped`: read as a thousands separator.
    Either {
        decimal: (String, char),
        grouped: String,
    },
}

/// `text` without `symbol` before or after its number, after a minus too: "€1,200", "-€5",
/// "1.200 €" are "1,200", "-5", "1.200".
fn without_sign(text: &str, symbol: &str) -> String {
    let text = text.trim();
    let (minus, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest.trim_start()),
        None => ("", text),
    };
    let rest = rest.strip_prefix(symbol).or_else(|| rest.strip_suffix(symbol)).unwrap_or(rest);
    format!("{minus}{}", rest.trim())
}

/// Typed text to canonical text (`1234.5`). `,` and `.` are read as the decimal mark or as
/// thousands separators: whichever the text allows; a single one before exactly three digits
/// (`1,234`) allows both, and both are returned. Spaces, apostrophes and `_` between digits
/// group thousands.
fn canonical_number(raw: &str, _mark: DecimalMark) -> Result<Canonical, String> {
    let text: String =
        raw.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_' | '$')).collect();
    let commas = text.matches(',').count();
    let dots = text.matches('.').count();
    let how = "write it with one decimal mark and no thousands separators, e.g. 1234.5";
    // (decimal mark, thousands separator)
    let (decimal, group) = match (commas, dots) {
        (0, 0) => return Ok(Canonical::One(text)),
        (1.., 1..) => {
            // Both: the last one is the decimal mark and occurs once.
            let last = if text.rfind(',') > text.rfind('.') { ',' } else { '.' };
            let count = if last == ',' { commas } else { dots };
            if count != 1 {
                return Err(format!("mixes , and . in a way that is not a number; {how}"));
            }
            (Some(last), if last == ',' { '.' } else { ',' })
        }
        (n, 0) | (0, n) => {
            let sep = if commas > 0 { ',' } else { '.' };
            let (head, tail) = text.rsplit_once(sep).expect("has the separator");
            let head_digits = head.trim_start_matches(['-', '+']);
            let could_group = tail.len() == 3
                && tail.chars().all(|c| c.is_ascii_digit())
                && !head_digits.is_empty()
                && !head_digits.starts_with('0');
            if n > 1 {
                (None, sep)
            } else if could_group && valid_grouping(&text, sep) {
                let grouped: String = text.chars().filter(|c| *c != sep).collect();
                let decimal = text.replace(sep, ".");
                return Ok(Canonical::Either { decimal: (decimal, sep), grouped });
            } else {
                (Some(sep), sep)
            }
        }
    };
    let (int_part, frac_part) = match decimal {
        Some(d) => {
            let (i, f) = text.split_once(d).expect("has the decimal mark");
            (i.to_string(), Some(f.to_string()))
        }
        None => (text.clone(), None),
    };
    if int_part.contains(group) && !valid_grouping(&int_part, group) {
        return Err(format!("has thousands separators in the wrong places; {how}"));
    }
    let mut out: String = int_part.chars().filter(|c| *c != group).collect();
    if let Some(f) = frac_part {
        out.push('.');
        out.push_str(&f);
    }
    Ok(Canonical::One(out))
}

/// Canonical text times 10^`shift`, moving the decimal point in the text so that `2.5k` is
/// exactly 2500 (a float product would give 2500.0000000000005 for some). Text with an
/// exponent, or that is not a plain decimal, is returned with the exponent adjusted.
fn shift_decimal(text: &str, shift: i32) -> String {
    if shift == 0 || text.is_empty() {
        return text.to_string();
    }
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    if !body.chars().all(|c| c.is_ascii_digit() || c == '.') || body.matches('.').count() > 1 {
        return format!("{text}e{shift}");
    }
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut digits = format!("{int}{frac}");
    let mut point = int.len() as i32 + shift;
    if point < 0 {
        digits = format!("{}{digits}", "0".repeat((-point) as usize));
        point = 0;
    }
    while (digits.len() as i32) < point {
        digits.push('0');
    }
    let (i, f) = digits.split_at(point as usize);
    let i = i.trim_start_matches('0');
    let i = if i.is_empty() { "0" } else { i };
    let f = f.trim_end_matches('0');
    if f.is_empty() {
        format!("{sign}{i}")
    } else {
        format!("{sign}{i}.{f}")
    }
}

fn locale_groups_with(mark: DecimalMark, sep: char) -> bool {
    match mark {
        DecimalMark::Dot => sep == ',',
        DecimalMark::Comma => sep == '.',
    }
}

/// `1,234,567`: 1–3 digits, then groups of exactly 3.
fn valid_grouping(int_part: &str, group: char) -> bool {
    let digits = int_part.trim_start_matches(['-', '+']);
    let mut parts = digits.split(group);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Only plain decimal notation with an optional exponent; rejects "NaN", "inf", hex and
/// anything that overflows to infinity (`1e999`).
fn parse_decimal(text: &str) -> Option<f64> {
    if text.is_empty() || text.len() > 40 {
        return None;
    }
    let ok_chars = text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !ok_chars || !text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let n = crate::decimal::parse(text)?;
    n.is_finite().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: Field = Field {
        key: "storage_gb",
        label: "Storage",
        unit: Unit::GB,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 100.0 },
        help: "",
        group: "Storage",
    };

    #[test]
    fn parses_and_refuses_with_the_range() {
        assert_eq!(GB.parse(" 1200 "), Ok(Value::Num(1200.0)));
        assert_eq!(GB.parse("$1_200"), Ok(Value::Num(1200.0)));
        // Links use the canonical dot: a comma is refused, never read as a separator.
        for bad in ["0,5", "1,200"] {
            assert!(GB.parse(bad).unwrap_err().problem.starts_with("uses a comma"), "{bad}");
        }
        let err = GB.parse("-5").unwrap_err();
        assert_eq!(err.problem, "is out of range (0–1,000,000 GB)");
        for bad in ["NaN", "inf", "-inf", "1e999", "0x10", "", "12abc", "<b>1</b>", "1..2"] {
            assert!(GB.parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(GB.parse("-0"), Ok(Value::Num(0.0)));
    }

    const BUDGET: Field = Field {
        key: "budget",
        label: "Budget",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: -100_000.0, max: 100_000.0, step: 10.0, default: 0.0 },
        help: "USD a month",
        group: "Money",
    };

    #[test]
    fn money_typed_in_another_currency_is_read_in_it_and_a_link_in_dollars() {
        use crate::{Currency, Rate};
        let eur = Rate::given(Currency::Eur, 0.5);
        let typed = |text: &str, rate: &Rate| {
            BUDGET.read_typed_at(text, DecimalMark::Dot, rate).map_err(|e| e.problem)
        };
        // €1,200 at 0.5 euros to the dollar is $2,400, with or without its sign.
        for text in ["1200", "€1200", "1200 €", "€ 1200"] {
            assert_eq!(typed(text, &eur), one(2400.0), "{text}");
        }
        assert_eq!(typed("-€5", &eur), one(-10.0));
        assert_eq!(
            typed("$1,200", &eur),
            Err("is in US dollars: this box takes EUR, as its unit says".into())
        );
        // Canadians write their dollar "$" as often as "CA$".
        let cad = Rate::given(Currency::Cad, 2.0);
        assert_eq!(typed("$1200", &cad), one(600.0));
        assert_eq!(typed("CA$1200", &cad), one(600.0));
        // A typed amount's range is in the box's currency; a link's is in dollars, whatever
        // the page shows.
        assert_eq!(typed("€60000", &eur), Err("is out of range (-50,000–50,000 EUR/month)".into()));
        crate::format::presenting(crate::format::Presentation::at(eur), || {
            let link = BUDGET.parse("200000").unwrap_err().problem;
            assert_eq!(link, "is out of range (-100,000–100,000 USD/month)");
            assert_eq!(BUDGET.allowed(), "-50,000–50,000 EUR/month");
        });
    }

    fn read(field: &Field, text: &str, mark: DecimalMark) -> Result<Typed, String> {
        field.read_typed(text, mark).map_err(|e| e.problem)
    }

    fn one(n: f64) -> Result<Typed, String> {
        Ok(Typed::One(Value::Num(n)))
    }

    #[test]
    fn typed_numbers_are_read_only_where_the_text_allows_one_reading() {
        use DecimalMark::{Comma, Dot};
        // "0,5" from a German phone's decimal keypad is 0.5 in any locale, never 5.
        assert_eq!(read(&GB, "0,5", Dot), one(0.5));
        assert_eq!(read(&GB, "0,5", Comma), one(0.5));
        assert_eq!(read(&GB, "12,75", Dot), one(12.75));
        assert_eq!(read(&GB, "1.5", Comma), one(1.5));
        // A leading zero cannot start a group of thousands.
        assert_eq!(read(&GB, "0,250", Dot), one(0.25));
        // Both marks: the last is the decimal mark.
        assert_eq!(read(&GB, "1,234.5", Comma), one(1234.5));
        assert_eq!(read(&GB, "1.234,5", Dot), one(1234.5));
        assert_eq!(read(&GB, "1 234,5", Comma), one(1234.5));
        assert_eq!(read(&GB, "1,000,000", Comma), one(1_000_000.0));
        assert_eq!(read(&GB, "1.000.000", Dot), one(1_000_000.0));
        // Four digits after the mark cannot be a group.
        assert_eq!(read(&GB, "3,0000", Comma), one(3.0));
        // What no reading makes a number is refused with how to write it.
        assert_eq!(read(&GB, "1234,567", Dot), one(1234.567));
        for bad in ["1,2,3", "1.234.5,6,7", "12,34.5", "1,23,456"] {
            let problem = read(&GB, bad, Dot).map(|_| ()).unwrap_err();
            assert!(problem.contains("1234.5") || problem.contains("not a number"), "{bad}: {problem}");
        }
        assert!(read(&GB, "2000000", Dot).unwrap_err().contains("out of range"));
    }

    #[test]
    fn one_mark_before_three_digits_is_a_question_not_a_guess() {
        use DecimalMark::{Comma, Dot};
        // "3,000" pasted from the AWS console into a de-DE browser: 3 or 3000? The locale's
        // reading comes first, and neither is taken until the reader picks.
        assert_eq!(read(&GB, "3,000", Comma), Ok(Typed::Either([3.0, 3000.0])));
        assert_eq!(read(&GB, "3,000", Dot), Ok(Typed::Either([3000.0, 3.0])));
        assert_eq!(read(&GB, "1.234", Comma), Ok(Typed::Either([1234.0, 1.234])));
        assert_eq!(read(&GB, " $1,200 ", Dot), Ok(Typed::Either([1200.0, 1.2])));
        assert_eq!(read(&GB, "-1,234", Dot).map(|_| ()), Err("is out of range (0–1,000,000 GB)".into()));
        // Where only one reading is a valid value, it is the answer: a whole number field
        // cannot hold 1.5, a 0–100% box cannot hold 2500.
        let cores = Field {
            key: "cores",
            label: "Cores",
            unit: Unit::COUNT,
            kind: FieldKind::Integer { min: 0, max: 100_000, default: 2 },
            help: "",
            group: "",
        };
        assert_eq!(read(&cores, "1,500", Comma), one(1500.0));
        assert_eq!(read(&PCT, "2,500", Dot), one(2.5));
    }

    const PCT: Field = Field {
        key: "discount",
        label: "Discount",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 1.0, default: 0.0 },
        help: "",
        group: "",
    };

    #[test]
    fn percentages_and_thousands_where_the_unit_allows() {
        use DecimalMark::{Comma, Dot};
        assert_eq!(read(&PCT, "30 %", Comma), one(30.0));
        assert_eq!(read(&PCT, "90%", Dot), one(90.0));
        assert_eq!(read(&PCT, "12,5 %", Comma), one(12.5));
        let share = Field {
            key: "hit",
            unit: Unit::SHARE,
            kind: FieldKind::Number { min: 0.0, max: 1.0, step: 0.01, default: 0.5 },
            ..PCT
        };
        assert_eq!(read(&share, "30%", Dot), one(0.3));
        assert_eq!(read(&share, "0.3", Dot), one(0.3));
        assert_eq!(read(&GB, "2k", Dot), one(2000.0));
        assert_eq!(read(&GB, "2.5K", Dot), one(2500.0));
        assert_eq!(read(&GB, "0,75M", Comma), one(750_000.0));
        assert_eq!(read(&GB, "2M", Dot).map(|_| ()), Err("is out of range (0–1,000,000 GB)".into()));
        assert!(read(&GB, "30%", Dot).unwrap_err().contains("not a percentage"));
        assert!(read(&PCT, "2k", Dot).unwrap_err().contains("k or M"));
        let per_hour = Field { unit: Unit::USD_PER_HOUR, ..GB };
        assert!(read(&per_hour, "2k", Dot).is_err());
        let money = Field { unit: Unit::USD_PER_MONTH, ..GB };
        assert_eq!(read(&money, "$1.2k", Dot), one(1200.0));
    }

    #[test]
    fn decimals_shift_in_text() {
        assert_eq!(shift_decimal("2", 3), "2000");
        assert_eq!(shift_decimal("2.5", 3), "2500");
        assert_eq!(shift_decimal("1.1", 3), "1100");
        assert_eq!(shift_decimal("0.75", 6), "750000");
        assert_eq!(shift_decimal("30", -2), "0.3");
        assert_eq!(shift_decimal("5", -2), "0.05");
        assert_eq!(shift_decimal("-12.5", -2), "-0.125");
        assert_eq!(shift_decimal("1e3", 3), "1e3e3");
    }

    #[test]
    fn readings_cannot_be_misread() {
        use DecimalMark::{Comma, Dot};
        assert_eq!(Comma.unambiguous(3000.0), "3\u{a0}000 (three thousand)");
        assert_eq!(Comma.unambiguous(3.0), "3 (three)");
        assert_eq!(Comma.unambiguous(1.234), "1,234 (one point two three four)");
        assert_eq!(Dot.unambiguous(1234.5), "1\u{a0}234.5 (one thousand two hundred thirty-four point five)");
        assert_eq!(Comma.plain(1.234), "1,234");
        assert_eq!(Dot.plain(3000.0), "3000");
    }

    #[test]
    fn integers_must_be_whole() {
        let f = Field {
            key: "instances",
            label: "Instances",
            unit: Unit::COUNT,
            kind: FieldKind::Integer { min: 0, max: 100, default: 2 },
            help: "",
            group: "",
        };
        assert!(f.parse("2.5").is_err());
        assert_eq!(f.parse("3"), Ok(Value::Num(3.0)));
        assert_eq!(f.parse("2.5").unwrap_err().problem, "must be a whole number 0–100");
    }
}
