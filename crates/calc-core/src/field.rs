//! The single declaration of a calculator input. The form, validation messages, the URL
//! codec, the CLI listing and the tests are all derived from it.

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
                Some(format!("from {}", from.to_lowercase()))
            }
            _ => None,
        }
    }

    /// Allowed range as a human sentence fragment: "0–1,000,000 GB" or "one of: a, b".
    pub fn allowed(&self) -> String {
        let unit = match self.unit.label() {
            "" => String::new(),
            "%" => "%".to_string(),
            u => format!(" {u}"),
        };
        match &self.kind {
            FieldKind::Number { min, max, .. }
            | FieldKind::Price { min, max, .. }
            | FieldKind::Auto { min, max, .. } => {
                format!("{}–{}{}", format::number(*min, 6), format::number(*max, 6), unit)
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

    /// Parse what a person typed in the form, reading `,` and `.` by the browser locale's
    /// decimal mark where that is the only reading, and refusing what stays ambiguous with
    /// how to write it. The result is the value `parse` gives for its canonical text.
    pub fn parse_typed(&self, raw: &str, mark: DecimalMark) -> Result<Value, FieldError> {
        match self.kind {
            FieldKind::Choice { .. } | FieldKind::Toggle { .. } | FieldKind::Date { .. } => self.parse(raw),
            _ => match canonical_number(raw, mark) {
                Ok(text) => self.parse(&text).map_err(|e| FieldError { given: raw.to_string(), ..e }),
                Err(problem) => Err(FieldError::new(self.key, raw, problem)),
            },
        }
    }

    /// Parse a link's or the CLI's canonical text: a dot for decimals, no thousands
    /// separators (`$` and `_` are tolerated). A comma is refused, never guessed: `0,5` is not
    /// 5. Refuses NaN, infinities, out-of-range values and unknown choices with a message
    /// naming the range.
    pub fn parse(&self, raw: &str) -> Result<Value, FieldError> {
        let text = raw.trim();
        let refuse = |problem: String| Err(FieldError::new(self.key, raw, problem));
        match &self.kind {
            FieldKind::Choice { options, .. } => match options.iter().find(|o| o.key == text) {
                Some(o) => Ok(Value::Choice(o.key.to_string())),
                None => refuse(format!("is not a valid choice ({})", self.allowed())),
            },
            FieldKind::Date { min, max, .. } => match Date::parse(text) {
                Ok(d) if d >= *min && d <= *max => Ok(Value::Date(d)),
                Ok(_) => refuse(format!("is out of range ({})", self.allowed())),
                Err(_) => refuse(format!("is not a date ({})", self.allowed())),
            },
            FieldKind::Toggle { .. } => match text.to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => Ok(Value::Bool(true)),
                "0" | "false" | "no" | "off" => Ok(Value::Bool(false)),
                _ => refuse(format!("must be {}", self.allowed())),
            },
            kind => {
                if text.is_empty() {
                    return match kind {
                        FieldKind::Auto { .. } => Ok(Value::Auto),
                        _ => refuse(format!("is missing ({})", self.allowed())),
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
                    None => return refuse(format!("is not a number ({})", self.allowed())),
                };
                let (min, max) = match kind {
                    FieldKind::Number { min, max, .. }
                    | FieldKind::Price { min, max, .. }
                    | FieldKind::Auto { min, max, .. } => (*min, *max),
                    FieldKind::Integer { min, max, .. } => {
                        if number.fract() != 0.0 {
                            return refuse(format!("must be a {}", self.allowed()));
                        }
                        (*min as f64, *max as f64)
                    }
                    _ => unreachable!("choice and toggle handled above"),
                };
                if number < min || number > max {
                    return refuse(format!("is out of range ({})", self.allowed()));
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

/// Typed text to canonical text (`1234.5`). `,` and `.` are read as the decimal mark or as
/// thousands separators: whichever the text allows, and the locale's reading only where
/// both do (`1,234`). Spaces, apostrophes and `_` between digits group thousands.
fn canonical_number(raw: &str, mark: DecimalMark) -> Result<String, String> {
    let text: String =
        raw.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_' | '$')).collect();
    let commas = text.matches(',').count();
    let dots = text.matches('.').count();
    let how = "write it with one decimal mark and no thousands separators, e.g. 1234.5";
    // (decimal mark, thousands separator)
    let (decimal, group) = match (commas, dots) {
        (0, 0) => return Ok(text),
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
            if n > 1 || (could_group && locale_groups_with(mark, sep)) {
                (None, sep)
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
    Ok(out)
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
    let n: f64 = text.parse().ok()?;
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

    #[test]
    fn typed_numbers_follow_the_locale_only_where_the_text_allows_both_readings() {
        use DecimalMark::{Comma, Dot};
        let read = |text: &str, mark| match GB.parse_typed(text, mark) {
            Ok(Value::Num(n)) => Ok(n),
            Ok(other) => panic!("{other:?}"),
            Err(e) => Err(e.problem),
        };
        // "0,5" from a German phone's decimal keypad is 0.5 in any locale, never 5.
        assert_eq!(read("0,5", Dot), Ok(0.5));
        assert_eq!(read("0,5", Comma), Ok(0.5));
        assert_eq!(read("12,75", Dot), Ok(12.75));
        assert_eq!(read("1.5", Comma), Ok(1.5));
        // Three digits after a single mark: the locale decides.
        assert_eq!(read("1,234", Dot), Ok(1234.0));
        assert_eq!(read("1,234", Comma), Ok(1.234));
        assert_eq!(read("1.234", Comma), Ok(1234.0));
        assert_eq!(read("1.234", Dot), Ok(1.234));
        // A leading zero cannot start a group of thousands.
        assert_eq!(read("0,250", Dot), Ok(0.25));
        // Both marks: the last is the decimal mark.
        assert_eq!(read("1,234.5", Comma), Ok(1234.5));
        assert_eq!(read("1.234,5", Dot), Ok(1234.5));
        assert_eq!(read("1 234,5", Comma), Ok(1234.5));
        assert_eq!(read("1,000,000", Comma), Ok(1_000_000.0));
        assert_eq!(read(" $1,200 ", Dot), Ok(1200.0));
        // What no reading makes a number is refused with how to write it.
        for bad in ["1,2,3", "1.234.5,6,7", "12,34.5", "1,23,456"] {
            let problem = read(bad, Dot).unwrap_err();
            assert!(problem.contains("1234.5"), "{bad}: {problem}");
        }
        assert!(read("2000000", Dot).unwrap_err().contains("out of range"));
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
