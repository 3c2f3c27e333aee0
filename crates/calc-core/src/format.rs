//! Display formatting. Models compute in full f64 precision; only these functions round,
//! and every channel (page, CLI, PDF) calls them, so a figure is written identically everywhere.
//!
//! Amounts are computed in US dollars and written in the currency of the `Presentation` in
//! force on this thread (`present_in` for a page, `presenting` for a scoped report or CLI call):
//! every money helper converts at its rate, so a figure in euros is the dollar figure × the
//! rate wherever it appears. The presentation also holds the reader's number marks (a page
//! follows the browser's locale; links, CSV and the CLI keep the neutral `1,234.5`).

use crate::currency::{Currency, Rate};
use crate::unit::{Style, Unit};
use std::cell::RefCell;

/// How amounts reach the reader: the currency and its rate, and the marks numbers are
/// written with.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub rate: Rate,
    pub marks: Marks,
}

/// The marks of a locale: `1.234,56 €` in de-DE, `₹1,00,000` in en-IN.
#[derive(Clone, Debug, PartialEq)]
pub struct Marks {
    pub group: String,
    pub decimal: String,
    /// Groups of two above the first thousand (en-IN).
    pub lakh: bool,
    /// The currency's sign as the locale writes it; `Currency::symbol` when none.
    pub symbol: Option<String>,
    /// The sign after the number, a no-break space between (`1.234 €`).
    pub symbol_after: bool,
}

impl Marks {
    /// `1,234.56`, the sign before: links, CSV, the CLI and the PDF.
    pub fn neutral() -> Marks {
        Marks { group: ",".into(), decimal: ".".into(), lakh: false, symbol: None, symbol_after: false }
    }
}

impl Presentation {
    /// US dollars, neutral marks: what a model computes, as every channel wrote it before.
    pub fn usd() -> Presentation {
        Presentation::at(Rate::USD)
    }

    /// `rate`'s currency with neutral marks.
    pub fn at(rate: Rate) -> Presentation {
        Presentation { rate, marks: Marks::neutral() }
    }
}

thread_local! {
    static PRESENTATION: RefCell<Presentation> = RefCell::new(Presentation::usd());
}

/// Sets how this thread writes amounts from now on (a page, when its reader picks a currency).
pub fn present_in(presentation: Presentation) {
    PRESENTATION.with(|p| *p.borrow_mut() = presentation);
}

/// Runs `f` with `presentation` in force, then restores the one before (a report, a CLI call).
pub fn presenting<R>(presentation: Presentation, f: impl FnOnce() -> R) -> R {
    let before = PRESENTATION.with(|p| std::mem::replace(&mut *p.borrow_mut(), presentation));
    let result = f();
    PRESENTATION.with(|p| *p.borrow_mut() = before);
    result
}

/// The rate amounts are written at.
pub fn rate_in_force() -> Rate {
    PRESENTATION.with(|p| p.borrow().rate)
}

/// The currency's sign as it is written with an amount, split around the number:
/// `("$", "")`, `("", "\u{a0}€")` (a chart's axis puts them around its ticks).
pub fn symbol_around() -> (String, String) {
    let marked = with_symbol("#".into());
    let (before, after) = marked.split_once('#').unwrap_or(("", ""));
    (before.to_string(), after.to_string())
}

/// The decimal mark then the group mark in force, as a chart library takes them: `.,`, `,.`.
pub fn separators() -> String {
    PRESENTATION.with(|p| {
        let m = &p.borrow().marks;
        format!("{}{}", m.decimal, m.group)
    })
}

/// A dollar amount in the currency in force: what the reader reads, as a number (the CSV's,
/// a chart's). Other units are returned as they are.
pub fn shown_amount(value: f64, unit: Unit) -> f64 {
    if unit.is_money() {
        rate_in_force().from_usd(value)
    } else {
        value
    }
}

/// A unit's key in the currency in force: `EUR/month` for `USD/month`.
pub fn unit_key(unit: Unit) -> std::borrow::Cow<'static, str> {
    naming(unit.key, rate_in_force().currency)
}

/// A unit's label in the currency in force (`EUR/hour` beside a price box).
pub fn unit_label(unit: Unit) -> std::borrow::Cow<'static, str> {
    naming(unit.label, rate_in_force().currency)
}

/// `text` (a unit, an axis title, a box's help) with each `USD` naming `currency` instead:
/// `USD/month` → `EUR/month`, "USD per GB-month" → "EUR per GB-month".
pub fn naming(text: &str, currency: Currency) -> std::borrow::Cow<'_, str> {
    if currency == Currency::Usd || !text.contains("USD") {
        text.into()
    } else {
        text.replace("USD", currency.code()).into()
    }
}

fn has_cents() -> bool {
    rate_in_force().currency.has_cents()
}

/// `neutral` (`-1234567.89`, digits, an optional `-` and `.`) with the marks in force.
fn marked(neutral: &str) -> String {
    PRESENTATION.with(|p| marked_with(neutral, &p.borrow().marks))
}

fn marked_with(neutral: &str, marks: &Marks) -> String {
    let (sign, digits) = match neutral.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", neutral),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(neutral.len() + int_part.len() / 2 + 4);
    out.push_str(sign);
    let len = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        let left = len - i;
        let boundary = if marks.lakh && left > 3 { (left - 3) % 2 == 0 } else { left % 3 == 0 };
        if i > 0 && boundary {
            out.push_str(&marks.group);
        }
        out.push(ch);
    }
    if let Some(f) = frac_part {
        out.push_str(&marks.decimal);
        out.push_str(f);
    }
    out
}

/// `1234567.891` -> `"1,234,568"` with `decimals = 0`; handles sign and rounding carry.
/// Grouped with the marks in force (the neutral ones by default).
pub fn group_thousands(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    marked(&signed_fixed(value, decimals))
}

/// `fixed` with a `-` for a negative value that does not round to zero.
fn signed_fixed(value: f64, decimals: usize) -> String {
    let text = fixed(value.abs(), decimals);
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        format!("-{text}")
    } else {
        text
    }
}

/// Neutral text with at most `max_decimals`, trailing zeros trimmed, never `-0`.
fn trimmed_fixed(value: f64, max_decimals: usize) -> String {
    let mut text = signed_fixed(value, max_decimals);
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

/// `format!("{:.*}", decimals, value)` for a finite `value >= 0`, without the exact float
/// printer where integer arithmetic gives the same digits: a page formats a few hundred
/// numbers per keystroke, and the printer was a fifth of ahb's compute.
fn fixed(value: f64, decimals: usize) -> String {
    if decimals <= 9 {
        let scale = 10u64.pow(decimals as u32);
        // Exact: a power of ten up to 10^22 is a double.
        let scaled = value * scale as f64;
        // Below 2^52 every double's fraction is exact, and so is its whole part as an integer.
        if scaled < 4.0e15 {
            let whole = scaled.floor();
            let frac = scaled - whole;
            // `scaled` is within half an ulp of the exact product. Unless a half-integer lies
            // that close, both round to the same integer; near one, the printer decides.
            if (frac - 0.5).abs() > scaled * f64::EPSILON {
                let units = whole as u64 + u64::from(frac > 0.5);
                return if decimals == 0 {
                    units.to_string()
                } else {
                    format!("{}.{:0width$}", units / scale, units % scale, width = decimals)
                };
            }
        }
    }
    crate::decimal::fixed(value, decimals)
}

/// Money totals: whole dollars from $1,000 up, cents below; `-$1,240` for negatives.
pub fn money(value: f64) -> String {
    let whole = rate_in_force().from_usd(value).abs() >= 1000.0;
    amount(value, if whole { 0 } else { 2 })
}

/// An amount in the currency in force at `decimals` (none for the yen): `€1,240.50`.
fn amount(usd: f64, decimals: usize) -> String {
    let decimals = if has_cents() { decimals } else { 0 };
    with_symbol(group_thousands(rate_in_force().from_usd(usd), decimals))
}

/// The decimals for money amounts shown together: whole dollars when any reaches $1,000
/// (to the cent, the large ones would be noise), unless one is under $100, whose cents matter
/// ($6.43 a developer-day must not read $6 beside $24,000 a month); cents otherwise.
pub fn money_decimals(amounts: impl IntoIterator<Item = f64>) -> usize {
    let rate = rate_in_force();
    if !rate.currency.has_cents() {
        return 0;
    }
    let amounts: Vec<f64> = amounts.into_iter().map(|v| rate.from_usd(v).abs()).collect();
    let small = amounts.iter().any(|v| *v > 0.0 && *v < 99.995);
    if !small && amounts.iter().any(|v| *v >= 999.995) {
        0
    } else {
        2
    }
}

/// A money value with its unit at a given precision (`money_decimals`); other units as `value`.
pub fn value_at(value: f64, unit: Unit, decimals: usize) -> String {
    let amount = amount(value, decimals);
    match unit.style {
        Style::Money => amount,
        Style::MoneyPer(period) => format!("{amount}/{period}"),
        _ => self::value(value, unit),
    }
}

/// Money with cents at any size, for arithmetic that must add up in "show the math":
/// `$1,835.48`, `-$26.38`.
pub fn cents(value: f64) -> String {
    amount(value, 2)
}

/// Unit prices (per hour, per GB-month, per million requests): up to 4 decimals, no trailing noise.
pub fn rate(value: f64) -> String {
    let shown = rate_in_force().from_usd(value);
    if shown.abs() >= 100.0 {
        return money(value);
    }
    with_symbol(marked(&rate_text(shown)))
}

/// A unit price already in the currency in force, neutral, with 2 to 4 decimals:
/// `0.10`, `0.2250` -> `0.225`.
fn rate_text(shown: f64) -> String {
    let mut text = signed_fixed(shown, 4);
    while text.ends_with('0') && text.split_once('.').is_some_and(|(_, f)| f.len() > 2) {
        text.pop();
    }
    text
}

/// The decimals a column of unit prices needs so that each is written as `rate` would and
/// all at one precision: `$0.17` above `$0.1416` becomes `$0.1700` above `$0.1416`.
pub fn rate_decimals(values: impl IntoIterator<Item = f64>) -> usize {
    let rate = rate_in_force();
    values
        .into_iter()
        .map(|v| rate.from_usd(v))
        .filter(|v| v.abs() < 100.0)
        .map(|v| rate_text(v).split_once('.').map_or(2, |(_, f)| f.len()))
        .max()
        .unwrap_or(2)
}

/// A unit price at a column's precision (`rate_decimals`); from $100 up as `rate` writes it.
pub fn rate_at(value: f64, decimals: usize) -> String {
    let shown = rate_in_force().from_usd(value);
    if shown.abs() >= 100.0 {
        return rate(value);
    }
    with_symbol(group_thousands(shown, decimals))
}

/// `=` when the arithmetic on the amounts as shown gives the result as shown, `≈` when
/// rounding the operands for display moved it ("$26.38 × 12 ≈ $316.57"): the math never
/// claims an equality its own numbers do not satisfy. Both are dollar amounts, compared as
/// the reader reads them: in the currency in force, at its decimals.
pub fn equals(from_shown: f64, result: f64, decimals: usize) -> &'static str {
    let rate = rate_in_force();
    let decimals = if has_cents() { decimals } else { 0 };
    let (from_shown, result) = (rate.from_usd(from_shown), rate.from_usd(result));
    if fixed(from_shown.abs(), decimals) == fixed(result.abs(), decimals)
        && (from_shown < 0.0) == (result < 0.0)
    {
        "="
    } else {
        "≈"
    }
}

/// A dollar amount rounded as it is shown at `decimals` (in the currency in force, at its
/// decimals), back in dollars: the operand the reader sees.
pub fn shown(value: f64, decimals: usize) -> f64 {
    let rate = rate_in_force();
    let decimals = if has_cents() { decimals } else { 0 };
    let scale = 10f64.powi(decimals as i32);
    rate.to_usd((rate.from_usd(value) * scale).round() / scale)
}

/// The currency's sign with a number already in that currency and marked (`group_thousands`):
/// before it, after the minus (`-$26.38`), or after it where the locale writes it so
/// (`-26,38 €`).
pub fn with_symbol(number: String) -> String {
    PRESENTATION.with(|p| {
        let p = p.borrow();
        let symbol = p.marks.symbol.as_deref().unwrap_or(p.rate.currency.symbol());
        if p.marks.symbol_after {
            return format!("{number}\u{a0}{symbol}");
        }
        match number.strip_prefix('-') {
            Some(rest) => format!("-{symbol}{rest}"),
            None => format!("{symbol}{number}"),
        }
    })
}

/// A plain number with at most `max_decimals`, trailing zeros trimmed: `8.4`, `16`, `1,200`.
pub fn number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    marked(&trimmed_fixed(value, max_decimals))
}

/// `number` with the neutral marks whatever the reader's: `1,234.5` (a reading of what was
/// typed writes its own marks).
pub fn neutral_number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    marked_with(&trimmed_fixed(value, max_decimals), &Marks::neutral())
}

/// A value with its unit, as shown on a headline card, in a table cell and in the PDF.
pub fn value(value: f64, unit: Unit) -> String {
    match unit.style {
        Style::Money => money(value),
        Style::MoneyPer(period) => format!("{}/{period}", money(value)),
        Style::Rate { .. } => rate(value),
        Style::Percent => format!("{}%", number(value, 1)),
        Style::Share => format!("{}%", number(value * 100.0, 1)),
        Style::Multiplier => format!("{}×", number(value, 2)),
        Style::Quantity { decimals, suffix: "" } => number(value, decimals),
        Style::Quantity { decimals, suffix } => {
            let n = number(value, decimals);
            let suffix = if n == "1" || n == "-1" { singular(suffix) } else { suffix.to_string() };
            format!("{n} {suffix}")
        }
        Style::Text => number(value, 2),
    }
}

/// A unit word after "1": "1 core", "1 hour/week", "1 person-day per item"; words that are
/// not plurals ("GB", "of 100") and millions ("1 M requests") stay as they are.
fn singular(suffix: &str) -> String {
    let end = suffix.find([' ', '/']).unwrap_or(suffix.len());
    let (word, rest) = suffix.split_at(end);
    if suffix.starts_with("M ") || word.len() < 3 || !word.ends_with('s') {
        return suffix.to_string();
    }
    format!("{}{rest}", &word[..word.len() - 1])
}

/// A unit price with what it is per: `$0.26 per hour`; other units as `value`.
pub fn price(value: f64, unit: Unit) -> String {
    match unit.style {
        Style::Rate { per } => format!("{} per {per}", rate(value)),
        _ => self::value(value, unit),
    }
}

/// A plain quantity in running text and "show the math": at most 3 decimals, `1,200`, `0.5`.
pub fn count(value: f64) -> String {
    number(value, 3)
}

/// An exact unit price for "show the math": up to 6 decimals, `$0.099966`.
pub fn exact_price(value: f64) -> String {
    with_symbol(number(rate_in_force().from_usd(value), 6))
}

/// A 0–100 percentage in running text: `12.5%`.
pub fn percent(value: f64) -> String {
    self::value(value, Unit::PERCENT)
}

/// A 0–1 fraction in running text: `23.1%`.
pub fn share(value: f64) -> String {
    self::value(value, Unit::SHARE)
}

/// A duration in months in running text: `8.4 months`.
pub fn months(value: f64) -> String {
    self::value(value, Unit::MONTHS)
}

/// "1 VM" / "3 VMs".
pub fn plural(n: f64, one: &str, many: &str) -> String {
    if n == 1.0 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count(n))
    }
}

/// "1 year" / "3 years".
pub fn years(n: u32) -> String {
    plural(f64::from(n), "year", "years")
}

/// The text with its first letter as a capital ("costs more" → "Costs more"), for a sentence
/// or bullet that starts with it. ASCII only: our texts are English, and `char::to_uppercase`
/// would bring Unicode's case tables (12 KB) into every page's wasm.
pub fn capitalized(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The text with its first letter in lower case, for a text that goes on a sentence ("Buy
/// 3-year RIs" → "then buy 3-year RIs"). ASCII only, as `capitalized`.
pub fn first_lowercase(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// An input value as written in a URL: shortest text that parses back to the same f64
/// (`0.1`, never `0.10000000000000001`).
pub fn plain(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let text = crate::decimal::display(value);
    // 1e-30 or 1e300 in positional form would be hundreds of digits; both forms are
    // shortest-round-trip, so switch to the exponent form when it is shorter.
    if text.len() > 21 {
        let exp = crate::decimal::exponent(value);
        if exp.len() < text.len() {
            return exp;
        }
    }
    text
}

/// A number in English words, for a reading that must not be misread: `3000` is "three
/// thousand", `1.234` "one point two three four". None beyond a trillion or four decimals,
/// where words would be longer than they help.
pub fn in_words(value: f64) -> Option<String> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    fn below_thousand(n: u64, out: &mut Vec<String>) {
        if n >= 100 {
            out.push(format!("{} hundred", ONES[(n / 100) as usize]));
        }
        match n % 100 {
            0 => {}
            r if r < 20 => out.push(ONES[r as usize].to_string()),
            r if r % 10 == 0 => out.push(TENS[(r / 10) as usize].to_string()),
            r => out.push(format!("{}-{}", TENS[(r / 10) as usize], ONES[(r % 10) as usize])),
        }
    }
    if !value.is_finite() || value.abs() >= 1e12 {
        return None;
    }
    let text = trimmed_fixed(value.abs(), 10);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    if frac.len() > 4 {
        return None;
    }
    let int: u64 = int.parse().ok()?;
    let mut words = Vec::new();
    if value < 0.0 && text != "0" {
        words.push("minus".to_string());
    }
    if int == 0 {
        words.push("zero".to_string());
    }
    for (scale, name) in [(1_000_000_000, " billion"), (1_000_000, " million"), (1_000, " thousand"), (1, "")]
    {
        let part = int / scale % 1000;
        if part > 0 {
            let mut group = Vec::new();
            below_thousand(part, &mut group);
            words.push(format!("{}{name}", group.join(" ")));
        }
    }
    if !frac.is_empty() {
        words.push("point".to_string());
        words.extend(frac.chars().map(|d| ONES[d.to_digit(10).unwrap_or(0) as usize].to_string()));
    }
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_the_first_letter_changes_case() {
        assert_eq!(capitalized("costs $26.38/month more"), "Costs $26.38/month more");
        assert_eq!(capitalized("buy 3-year RIs"), "Buy 3-year RIs");
        // A text that starts with a figure or a currency sign is left as it is.
        assert_eq!(capitalized("$579.60/month"), "$579.60/month");
        assert_eq!(capitalized("€1.2 M over 3 years"), "€1.2 M over 3 years");
        assert_eq!(capitalized(""), "");
        assert_eq!(first_lowercase("Buy 3-year RIs"), "buy 3-year RIs");
        assert_eq!(first_lowercase("Éire"), "Éire");
    }

    #[test]
    fn one_of_a_unit_is_singular() {
        let q = |suffix| Unit::quantity("x", 1, suffix);
        assert_eq!(value(1.0, q("cores")), "1 core");
        assert_eq!(value(1.0, q("hours/week")), "1 hour/week");
        assert_eq!(value(1.0, q("person-days per item")), "1 person-day per item");
        assert_eq!(value(1.0, q("M requests")), "1 M requests");
        assert_eq!(value(1.0, q("GB")), "1 GB");
        assert_eq!(value(1.5, q("cores")), "1.5 cores");
        assert_eq!(value(2.0, q("vCPUs")), "2 vCPUs");
    }

    proptest! {
        #[test]
        fn fixed_prints_what_the_float_printer_prints(value in 0.0f64..1e13, decimals in 0usize..=9) {
            prop_assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"));
        }

        #[test]
        fn fixed_agrees_near_halves(units in 0u64..10_000_000, decimals in 0usize..=6) {
            // Decimal halves (x.xx5) are never exact in binary except at a few dyadic values;
            // these sit within an ulp of the printer's rounding boundary.
            let value = (units as f64 + 0.5) / 10f64.powi(decimals as i32);
            for v in [value, f64::from_bits(value.to_bits() + 1), f64::from_bits(value.to_bits().saturating_sub(1))] {
                prop_assert_eq!(fixed(v, decimals), format!("{v:.decimals$}"));
            }
        }
    }

    #[test]
    fn fixed_at_exact_ties_and_extremes() {
        for (v, d) in [
            (0.125, 2),
            (2.5, 0),
            (0.5, 0),
            (1.5, 0),
            (1.005, 2),
            (0.285, 2),
            (123456.785, 2),
            (0.0, 3),
            (4.0e15, 2),
            (9.9e15, 0),
            (1e300, 2),
            (5e-324, 6),
            (0.999_999_999_5, 9),
        ] {
            assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v} to {d} decimals");
        }
    }

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
        assert_eq!(value(8.44, Unit::MONTHS), "8.4 months");
        assert_eq!(value(0.2312, Unit::SHARE), "23.1%");
        assert_eq!(value(25.0, Unit::PERCENT), "25%");
        assert_eq!(value(1240.0, Unit::USD_PER_MONTH), "$1,240/month");
        assert_eq!(value(16.0, Unit::quantity("cores", 0, "cores")), "16 cores");
        assert_eq!(value(1.3, Unit::MULTIPLIER), "1.3×");
        assert_eq!(price(0.26, Unit::USD_PER_HOUR), "$0.26 per hour");
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
    fn one_precision_per_column_and_honest_equals() {
        assert_eq!(rate_decimals([0.17, 0.1416, 0.1]), 4);
        assert_eq!(rate_at(0.17, 4), "$0.1700");
        assert_eq!(rate_decimals([0.17, 0.1]), 2);
        assert_eq!(rate_decimals([0.225, 0.1]), 3);
        assert_eq!(rate_at(250.0, 4), "$250.00");
        // -26.3846 a month: -$26.38 × 12 is -$316.56, the year is -$316.62.
        assert_eq!(equals(shown(-26.3846, 2) * 12.0, -26.3846 * 12.0, 2), "≈");
        assert_eq!(equals(shown(-26.38, 2) * 12.0, -26.38 * 12.0, 2), "=");
        assert_eq!(shown(6.42857, 2), 6.43);
        // At 0.9 euros to the dollar, $63.62033 a month is €57.2583, shown €57.26; 12 of those
        // are €687.12, but the year is €687.0996, shown €687.10: "≈". In dollars the check
        // would have passed ($63.62 × 12 = $763.44, the year $763.44) and claimed "=".
        presenting(Presentation::at(Rate::given(Currency::Eur, 0.9)), || {
            assert_eq!(cents(63.62033), "€57.26");
            assert!((shown(63.62033, 2) * 0.9 - 57.26).abs() < 1e-9);
            assert_eq!(equals(shown(63.62033, 2) * 12.0, 63.62033 * 12.0, 2), "≈");
            assert_eq!(equals(shown(63.62033, 2) * 12.0, 57.26 / 0.9 * 12.0, 2), "=");
        });
        // The yen has no decimals: ¥10,169 × 12 is checked in whole yen.
        presenting(Presentation::at(Rate::given(Currency::Jpy, 100.0)), || {
            assert_eq!(shown(101.694, 2), 101.69);
            assert_eq!(equals(shown(101.694, 2) * 12.0, 101.69 * 12.0, 2), "=");
        });
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(in_words(3000.0).as_deref(), Some("three thousand"));
        assert_eq!(in_words(3.0).as_deref(), Some("three"));
        assert_eq!(in_words(1.234).as_deref(), Some("one point two three four"));
        assert_eq!(in_words(0.5).as_deref(), Some("zero point five"));
        assert_eq!(in_words(1234.0).as_deref(), Some("one thousand two hundred thirty-four"));
        assert_eq!(in_words(2_000_000.0).as_deref(), Some("two million"));
        assert_eq!(in_words(-40.0).as_deref(), Some("minus forty"));
        assert_eq!(in_words(0.0).as_deref(), Some("zero"));
        assert_eq!(in_words(0.123456), None);
        assert_eq!(in_words(1e13), None);
    }

    fn german(rate: Rate) -> Presentation {
        let marks =
            Marks { group: ".".into(), decimal: ",".into(), lakh: false, symbol: None, symbol_after: true };
        Presentation { rate, marks }
    }

    #[test]
    fn amounts_follow_the_currency_and_the_marks_in_force() {
        let eur = Rate::given(Currency::Eur, 0.9);
        presenting(Presentation::at(eur), || {
            // $1,240.40 × 0.9 = €1,116.36, a total over €1,000: whole euros.
            assert_eq!(money(1240.4), "€1,116");
            // $26.38 × 0.9 = €23.742.
            assert_eq!(cents(26.38), "€23.74");
            assert_eq!(value(-2200.0, Unit::USD_PER_MONTH), "-€1,980/month");
            // $0.225 × 0.9 = €0.2025.
            assert_eq!(rate(0.225), "€0.2025");
            assert_eq!(unit_key(Unit::USD_PER_MONTH), "EUR/month");
            assert_eq!(unit_label(Unit::PERCENT), "%");
            // Not money: unchanged.
            assert_eq!(value(16.0, Unit::quantity("cores", 0, "cores")), "16 cores");
            assert_eq!(value(25.0, Unit::PERCENT), "25%");
        });
        // Restored after the scope.
        assert_eq!(money(1240.4), "$1,240");
        presenting(german(eur), || {
            assert_eq!(cents(1371.73), "1.234,56\u{a0}€");
            assert_eq!(number(1234567.25, 2), "1.234.567,25");
        });
        let jpy = Rate::given(Currency::Jpy, 150.0);
        presenting(Presentation::at(jpy), || {
            // $26.38 × 150 = ¥3,957: the yen has no cents.
            assert_eq!(cents(26.38), "¥3,957");
            assert_eq!(money(5.0), "¥750");
            assert_eq!(money_decimals([5.0, 2000.0]), 0);
        });
        let lakh = Marks { lakh: true, ..Marks::neutral() };
        presenting(Presentation { rate: Rate::given(Currency::Inr, 1.0), marks: lakh }, || {
            assert_eq!(money(12_345_678.0), "₹1,23,45,678");
            assert_eq!(money(999.0), "₹999.00");
        });
    }

    #[test]
    fn grouping_handles_carry_and_small_numbers() {
        assert_eq!(group_thousands(999_999.6, 0), "1,000,000");
        assert_eq!(group_thousands(12.0, 0), "12");
        assert_eq!(group_thousands(f64::NAN, 0), "n/a");
    }
}
