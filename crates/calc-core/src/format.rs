//! Display formatting. Models compute in full f64 precision; only these functions round,
//! and every channel (page, CLI, PDF) calls them, so a figure is written identically everywhere.

use crate::Unit;

/// `1234567.891` -> `"1,234,568"` with `decimals = 0`; handles sign and rounding carry.
pub fn group_thousands(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3 + 4);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if let Some(f) = frac_part {
        grouped.push('.');
        grouped.push_str(f);
    }
    let is_zero = grouped.chars().all(|c| c == '0' || c == '.' || c == ',');
    if value < 0.0 && !is_zero {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// Money totals: whole dollars from $1,000 up, cents below; `-$1,240` for negatives.
pub fn money(value: f64) -> String {
    let decimals = if value.abs() >= 1000.0 { 0 } else { 2 };
    with_dollar(group_thousands(value, decimals))
}

/// Money with cents at any size, for arithmetic that must add up in "show the math":
/// `$1,835.48`, `-$26.38`.
pub fn cents(value: f64) -> String {
    with_dollar(group_thousands(value, 2))
}

/// Unit prices (per hour, per GB-month, per million requests): up to 4 decimals, no trailing noise.
pub fn rate(value: f64) -> String {
    if value.abs() >= 100.0 {
        return money(value);
    }
    let mut text = group_thousands(value, 4);
    // keep at least two decimals: $0.10, $0.2250 -> $0.225
    while text.ends_with('0') && text.split_once('.').is_some_and(|(_, f)| f.len() > 2) {
        text.pop();
    }
    with_dollar(text)
}

/// `$` in front of a formatted number, after the sign: `-$26.38`.
pub fn with_dollar(number: String) -> String {
    match number.strip_prefix('-') {
        Some(rest) => format!("-${rest}"),
        None => format!("${number}"),
    }
}

/// A plain number with at most `max_decimals`, trailing zeros trimmed: `8.4`, `16`, `1,200`.
pub fn number(value: f64, max_decimals: usize) -> String {
    let mut text = group_thousands(value, max_decimals);
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if text == "-0" {
        text = "0".into();
    }
    text
}

/// A value with its unit, as shown on a headline card, in a table cell and in the PDF.
pub fn value(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Usd | Unit::UsdPerPack | Unit::UsdPerPackYear => money(value),
        Unit::UsdPerMonth => format!("{}/month", money(value)),
        Unit::UsdPerYear => format!("{}/year", money(value)),
        Unit::UsdPerHour
        | Unit::UsdPerVcoreHour
        | Unit::UsdPerGbMonth
        | Unit::UsdPerMillion
        | Unit::UsdPerAcuHour => rate(value),
        Unit::Percent => format!("{}%", number(value, 1)),
        Unit::Share => format!("{}%", number(value * 100.0, 1)),
        Unit::Multiplier => format!("{}×", number(value, 2)),
        Unit::Months => format!("{} months", number(value, 1)),
        Unit::Years => format!("{} years", number(value, 1)),
        Unit::HoursPerMonth => format!("{} hours", number(value, 1)),
        Unit::Gb => format!("{} GB", number(value, 1)),
        Unit::MillionRequests => format!("{} M requests", number(value, 1)),
        Unit::Cores => format!("{} cores", number(value, 0)),
        Unit::VCores => format!("{} vCores", number(value, 0)),
        Unit::Acu => format!("{} ACU", number(value, 2)),
        Unit::Tokens => format!("{} tokens", number(value, 0)),
        Unit::Count | Unit::Text => number(value, 2),
    }
}

/// An input value as written in a URL: shortest text that parses back to the same f64
/// (`0.1`, never `0.10000000000000001`).
pub fn plain(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let text = format!("{value}");
    // 1e-30 or 1e300 in positional form would be hundreds of digits; both forms are
    // shortest-round-trip, so switch to the exponent form when it is shorter.
    if text.len() > 21 {
        let exp = format!("{value:e}");
        if exp.len() < text.len() {
            return exp;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_rounds_for_display() {
        assert_eq!(money(1240.4), "$1,240");
        assert_eq!(money(1_900_000.0), "$1,900,000");
        assert_eq!(money(999.994), "$999.99");
        assert_eq!(money(999.996), "$1,000.00");
        assert_eq!(money(-2200.0), "-$2,200");
        assert_eq!(money(-0.001), "$0.00");
        assert_eq!(money(0.0), "$0.00");
        assert_eq!(money(123_456_789_012.0), "$123,456,789,012");
        assert_eq!(cents(1835.476), "$1,835.48");
        assert_eq!(cents(-26.38), "-$26.38");
    }

    #[test]
    fn rates_keep_useful_decimals() {
        assert_eq!(rate(0.1), "$0.10");
        assert_eq!(rate(0.225), "$0.225");
        assert_eq!(rate(0.2603), "$0.2603");
        assert_eq!(rate(0.156), "$0.156");
    }

    #[test]
    fn values_carry_units() {
        assert_eq!(value(8.44, Unit::Months), "8.4 months");
        assert_eq!(value(0.2312, Unit::Share), "23.1%");
        assert_eq!(value(25.0, Unit::Percent), "25%");
        assert_eq!(value(1240.0, Unit::UsdPerMonth), "$1,240/month");
        assert_eq!(value(16.0, Unit::Cores), "16 cores");
        assert_eq!(value(1.3, Unit::Multiplier), "1.3×");
    }

    #[test]
    fn plain_numbers_have_no_float_noise() {
        assert_eq!(plain(0.1), "0.1");
        assert_eq!(plain(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(plain(730.0), "730");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(1e-7), "0.0000001");
        assert_eq!(plain(1e-30), "1e-30");
        assert_eq!(plain(1.5e300), "1.5e300");
        assert_eq!("1e-30".parse::<f64>().unwrap(), 1e-30);
    }

    #[test]
    fn grouping_handles_carry_and_small_numbers() {
        assert_eq!(group_thousands(999_999.6, 0), "1,000,000");
        assert_eq!(group_thousands(12.0, 0), "12");
        assert_eq!(group_thousands(f64::NAN, 0), "n/a");
    }
}
