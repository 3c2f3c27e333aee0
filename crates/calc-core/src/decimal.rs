//! Decimal text to a double and back, with the standard library's exact results but not its
//! code: `core`'s float printing and parsing (Grisu, Dragon, Eisel-Lemire and a 10 KB table
//! of powers of five) were a sixth of every calculator page's gzipped wasm. This works from
//! a double's exact decimal expansion with a small big integer: slower, but a page prints
//! a few hundred numbers per keystroke, nearly all through `format::fixed`'s integer path.
//!
//! Every function here matches `std` to the character; the tests compare them on random and
//! edge-case values.

use std::cmp::Ordering;

/// An unsigned integer in base 2^32, least significant limb first.
#[derive(Clone, Debug)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        Big(vec![v as u32, (v >> 32) as u32])
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(m) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn add_small(&mut self, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            if carry == 0 {
                return;
            }
            let x = u64::from(*limb) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut n: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while n >= 13 {
            self.mul_small(POW5_13);
            n -= 13;
        }
        self.mul_small(5u32.pow(n));
    }

    fn shl(&mut self, n: u32) {
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    /// Divides in place and returns the remainder.
    fn divrem_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let x = (rem << 32) | u64::from(*limb);
            *limb = (x / u64::from(d)) as u32;
            rem = x % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let (mut a, mut b) = (self.0.as_slice(), other.0.as_slice());
        while a.last() == Some(&0) {
            a = &a[..a.len() - 1];
        }
        while b.last() == Some(&0) {
            b = &b[..b.len() - 1];
        }
        a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }

    /// Decimal digits, most significant first; empty for zero.
    fn digits(mut self) -> Vec<u8> {
        let mut chunks = Vec::new();
        while !self.is_zero() {
            chunks.push(self.divrem_small(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let text = chunk.to_string();
            if i > 0 {
                out.extend(std::iter::repeat_n(0, 9 - text.len()));
            }
            out.extend(text.bytes().map(|b| b - b'0'));
        }
        out
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(vec![0]);
        for chunk in digits.chunks(9) {
            big.mul_small(10u32.pow(chunk.len() as u32));
            big.add_small(chunk.iter().fold(0, |acc, d| acc * 10 + u32::from(*d)));
        }
        big
    }
}

/// `value` as `m × 2^k` with `m` an integer below 2^53; `value` finite and not negative.
fn decompose(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// A finite `value >= 0` as its exact decimal expansion: `0.d1 d2 … dn × 10^point`, without
/// trailing zeros (no digits for zero).
fn expansion(value: f64) -> (Vec<u8>, i32) {
    let (m, k) = decompose(value);
    let mut big = Big::from_u64(m);
    // m × 2^-s = m × 5^s ÷ 10^s.
    let scale = if k >= 0 {
        big.shl(k as u32);
        0
    } else {
        big.mul_pow5((-k) as u32);
        -k
    };
    let digits = big.digits();
    let point = digits.len() as i32 - scale;
    trimmed(digits, point)
}

/// How a tie rounds: `{:.N}` and `{:.Ne}` go to even, the shortest form (`{}`) goes up.
#[derive(Clone, Copy, PartialEq)]
enum Ties {
    Even,
    Up,
}

/// The first `keep` digits of `digits` (the decimal point `point` digits in), rounded on the
/// exact value. A carry that adds a digit moves the point; `keep` may be 0 or negative
/// (everything rounds to 0 or to one unit of the digit at `keep`).
fn round_to(digits: &[u8], point: i32, keep: i32, ties: Ties) -> (Vec<u8>, i32) {
    if keep < 0 {
        return (Vec::new(), point);
    }
    let keep = keep as usize;
    if digits.len() <= keep {
        return (digits.to_vec(), point);
    }
    let mut kept = digits[..keep].to_vec();
    let rest = &digits[keep..];
    let above_half = rest[0] > 5 || (rest[0] == 5 && rest[1..].iter().any(|&d| d != 0));
    let tie = rest[0] == 5 && !above_half;
    let odd = kept.last().is_some_and(|d| d % 2 == 1);
    if above_half || (tie && (odd || ties == Ties::Up)) {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                return (kept, point + 1);
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    (kept, point)
}

/// `format!("{value:.decimals$}")`.
pub fn fixed(value: f64, decimals: usize) -> String {
    if let Some(text) = not_finite(value) {
        return text.into();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    let (digits, point) = expansion(value.abs());
    let (digits, point) = round_to(&digits, point, point + decimals as i32, Ties::Even);
    let digit = |i: i32| {
        if i >= 0 && (i as usize) < digits.len() {
            char::from(b'0' + digits[i as usize])
        } else {
            '0'
        }
    };
    let mut out = String::from(sign);
    if point > 0 {
        out.extend((0..point).map(digit));
    } else {
        out.push('0');
    }
    if decimals > 0 {
        out.push('.');
        out.extend((point..point + decimals as i32).map(digit));
    }
    out
}

/// The shortest digits that read back as `value` (finite, > 0), the nearest of them when
/// several are as short (a tie going up), as `0.d1 … dn × 10^point`: what `{}` and `{:e}` print.
fn shortest(value: f64) -> (Vec<u8>, i32) {
    let (digits, point) = expansion(value);
    // Whether some `keep`-digit decimal reads back grows with `keep` (17 always do), so the
    // fewest is found by bisection: a computed figure needs 15 to 17 digits, and each try
    // reads a candidate back.
    let (mut fewest, mut most) = (1, 17);
    while fewest < most {
        let keep = (fewest + most) / 2;
        if reads_back(&digits, point, keep, value).is_some() {
            most = keep;
        } else {
            fewest = keep + 1;
        }
    }
    let (digits, point) = reads_back(&digits, point, most, value).unwrap_or((digits, point));
    trimmed(digits, point)
}

/// The `keep`-digit decimal that reads back as `value`, the nearest if both around it do.
fn reads_back(digits: &[u8], point: i32, keep: i32, value: f64) -> Option<(Vec<u8>, i32)> {
    let (nearest, at) = round_to(digits, point, keep, Ties::Up);
    if read_back(&nearest, at) == value {
        return Some((nearest, at));
    }
    // Below a power of two the gap to the next double down is half the gap up: the nearest
    // short decimal may miss below while its neighbour above still reads back.
    if nearest.len() == keep as usize {
        let mut up = nearest;
        if bump(&mut up) && read_back(&up, at) == value {
            return Some((up, at));
        }
    }
    None
}

/// Adds one unit in the last place; false when that would carry out of the first digit.
fn bump(digits: &mut [u8]) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return true;
        }
    }
    false
}

fn trimmed(mut digits: Vec<u8>, point: i32) -> (Vec<u8>, i32) {
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

fn read_back(digits: &[u8], point: i32) -> f64 {
    from_decimal(digits, point as i64 - digits.len() as i64)
}

/// `format!("{value}")`: the shortest digits that read back, never an exponent.
pub fn display(value: f64) -> String {
    let (sign, digits, point) = match signed_shortest(value, "0") {
        Ok(parts) => parts,
        Err(text) => return text,
    };
    let n = digits.len() as i32;
    if point <= 0 {
        format!("{sign}0.{}{}", "0".repeat((-point) as usize), text(&digits))
    } else if point >= n {
        format!("{sign}{}{}", text(&digits), "0".repeat((point - n) as usize))
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{sign}{}.{}", text(int), text(frac))
    }
}

/// `format!("{value:e}")`: `1.5e-7`, `1e21`.
pub fn exponent(value: f64) -> String {
    let (sign, digits, point) = match signed_shortest(value, "0e0") {
        Ok(parts) => parts,
        Err(text) => return text,
    };
    let (first, rest) = digits.split_at(1);
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{sign}{}{dot}{}e{}", text(first), text(rest), point - 1)
}

/// The sign and shortest digits of a finite, non-zero `value`; otherwise its whole text
/// (`zero` for ±0, after the sign).
fn signed_shortest(value: f64, zero: &str) -> Result<(&'static str, Vec<u8>, i32), String> {
    if let Some(text) = not_finite(value) {
        return Err(text.into());
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return Err(format!("{sign}{zero}"));
    }
    let (digits, point) = shortest(value.abs());
    Ok((sign, digits, point))
}

fn text(digits: &[u8]) -> String {
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

fn not_finite(value: f64) -> Option<&'static str> {
    match value {
        v if v.is_nan() => Some("NaN"),
        f64::INFINITY => Some("inf"),
        f64::NEG_INFINITY => Some("-inf"),
        _ => None,
    }
}

/// `value` rounded to `significant` digits (half to even, on the exact value) and read back:
/// `format!("{value:.{p}e}").parse()` with p = significant − 1.
pub fn round_significant(value: f64, significant: usize) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let (digits, point) = expansion(value.abs());
    let (digits, point) = round_to(&digits, point, significant as i32, Ties::Even);
    let magnitude = read_back(&digits, point);
    if value < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// `text.parse::<f64>()`: an optional sign, then `inf`, `infinity` or `nan` in any case, or
/// digits with an optional point and exponent (`1.`, `.5`, `2e-3`).
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let (digits, exp10) = scan(rest.as_bytes())?;
        from_decimal(&digits, exp10)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Digits and point, then an optional exponent: the significant digits (no leading zeros)
/// and the power of ten of the last one.
fn scan(bytes: &[u8]) -> Option<(Vec<u8>, i64)> {
    let mut digits = Vec::new();
    let (mut exp10, mut i, mut seen) = (0i64, 0usize, false);
    let mut after_point = false;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => {
                seen = true;
                if !(digits.is_empty() && bytes[i] == b'0') {
                    digits.push(bytes[i] - b'0');
                }
                if after_point {
                    exp10 -= 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if i < bytes.len() {
        if !matches!(bytes[i], b'e' | b'E') {
            return None;
        }
        i += 1;
        let negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut exp = 0i64;
        while let Some(d @ b'0'..=b'9') = bytes.get(i) {
            exp = (exp * 10 + i64::from(d - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start || i < bytes.len() {
            return None;
        }
        exp10 += if negative { -exp } else { exp };
    }
    Some((digits, exp10))
}

/// The double nearest `digits × 10^exp10` (ties to even), for digits without leading zeros.
fn from_decimal(digits: &[u8], mut exp10: i64) -> f64 {
    let mut digits = digits;
    while let [rest @ .., 0] = digits {
        digits = rest;
        exp10 += 1;
    }
    if digits.is_empty() {
        return 0.0;
    }
    let n = digits.len() as i64;
    if n + exp10 > 310 {
        return f64::INFINITY;
    }
    if n + exp10 < -324 {
        return 0.0;
    }
    let exact = digits.iter().take(19).fold(0u64, |acc, &d| acc * 10 + u64::from(d));
    // Clinger's fast path: an integer below 2^53 and a power of ten up to 10^22 are both
    // doubles, so one multiplication or division rounds once, correctly.
    if n <= 15 && exp10.abs() <= 22 {
        let power = pow10(exp10.unsigned_abs() as i32);
        return if exp10 < 0 { exact as f64 / power } else { exact as f64 * power };
    }
    // Up to 19 digits and a modest power of ten, in 128-bit integers: an integer converts to
    // the nearest double, and a quotient does too when a sticky bit below its 55th marks an
    // inexact remainder (it can then only break a tie the right way).
    if n <= 19 && (-21..=19).contains(&exp10) {
        let power = 10u128.pow(exp10.unsigned_abs() as u32);
        if exp10 >= 0 {
            return (u128::from(exact) * power) as f64;
        }
        let shift = u128::from(exact).leading_zeros() - 1;
        let numerator = u128::from(exact) << shift;
        let quotient = (numerator / power) | u128::from(numerator % power != 0);
        return quotient as f64 / pow2(shift);
    }
    // A guess within a few units in the last place, then corrected by exact comparison with
    // the midpoints to its neighbours.
    let scale = exp10 + n - n.min(19);
    let half = (scale / 2) as i32;
    let mut z = crate::clamp(exact as f64 * pow10(half) * pow10(scale as i32 - half), 0.0, f64::MAX);
    let value = (Big::from_digits(digits), exp10);
    loop {
        let (m, k) = decompose(z);
        let above = compare(&value, 2 * m + 1, k - 1);
        if above == Ordering::Greater || (above == Ordering::Equal && m % 2 == 1) {
            z = f64::from_bits(z.to_bits() + 1);
            if above == Ordering::Equal || z.is_infinite() {
                return z;
            }
            continue;
        }
        if m == 0 {
            return z;
        }
        // Below a power of two (not the smallest normal), the next double down is half as far.
        let below = if m == 1 << 52 && k > -1074 {
            compare(&value, 4 * m - 1, k - 2)
        } else {
            compare(&value, 2 * m - 1, k - 1)
        };
        if below == Ordering::Less || (below == Ordering::Equal && m % 2 == 1) {
            z = f64::from_bits(z.to_bits() - 1);
            if below == Ordering::Equal {
                return z;
            }
            continue;
        }
        return z;
    }
}

/// 10^e as a double for |e| ≤ 308 (exact up to 10^22).
fn pow10(e: i32) -> f64 {
    let mut out = 1.0;
    let mut step = 10.0;
    let mut n = e.unsigned_abs();
    while n > 0 {
        if n & 1 == 1 {
            out *= step;
        }
        step *= step;
        n >>= 1;
    }
    if e < 0 {
        1.0 / out
    } else {
        out
    }
}

/// 2^e as a double, e < 1024.
fn pow2(e: u32) -> f64 {
    f64::from_bits(u64::from(e + 1023) << 52)
}

/// `digits × 10^exp10` against `m × 2^k`, exactly.
fn compare((digits, exp10): &(Big, i64), m: u64, k: i32) -> Ordering {
    let mut left = digits.clone();
    let mut right = Big::from_u64(m);
    if *exp10 >= 0 {
        left.mul_pow5(*exp10 as u32);
        left.shl(*exp10 as u32);
    } else {
        right.mul_pow5((-exp10) as u32);
        right.shl((-exp10) as u32);
    }
    if k >= 0 {
        right.shl(k as u32);
    } else {
        left.shl((-k) as u32);
    }
    left.cmp(&right)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_std(x: f64) {
        assert_eq!(display(x), format!("{x}"), "display of {x:e}");
        assert_eq!(exponent(x), format!("{x:e}"), "exponent of {x:e}");
        for d in [0, 1, 2, 3, 6, 9, 12, 20] {
            assert_eq!(fixed(x, d), format!("{x:.d$}"), "fixed {d} of {x:e}");
        }
        let text = format!("{x:e}");
        assert_eq!(parse(&text).map(f64::to_bits), Some(x.to_bits()), "parse {text}");
        assert_eq!(
            round_significant(x, 15),
            format!("{x:.14e}").parse::<f64>().unwrap(),
            "15 digits of {x:e}"
        );
    }

    #[test]
    fn edges_match_std() {
        let mut cases = vec![
            0.0,
            -0.0,
            1.0,
            0.1,
            0.2,
            0.3,
            0.125,
            0.375,
            2.5,
            1.5,
            0.5,
            1e21,
            1e22,
            1e23,
            1e-7,
            1.5e-7,
            123456.789,
            4.35,
            2.675,
            1.005,
            1e15,
            9007199254740992.0,
            9007199254740993.0,
            5e-324,
            2.2250738585072014e-308,
            2.225073858507201e-308,
            f64::MAX,
            f64::MIN_POSITIVE,
            0.30000000000000004,
            1.7976931348623157e308,
            f64::from_bits(1),
            8.98846567431158e307,
            1e300,
            1e-300,
        ];
        for e in -1074..1024 {
            cases.push(2f64.powi(e));
        }
        for e in -300..300 {
            cases.push(pow10(e));
        }
        for x in cases {
            same_as_std(x);
            same_as_std(-x);
        }
    }

    #[test]
    fn parses_what_std_parses() {
        for text in [
            "0",
            "-0",
            "+1",
            "1.",
            ".5",
            "00012.5000",
            "1e5",
            "1E-5",
            "1e+5",
            "2.5e-3",
            "inf",
            "-Infinity",
            "NaN",
            "1e400",
            "1e-400",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "179769313486231580793728971405301e276",
            "0.000000000000000000000000000001",
            "123456789012345678901234567890",
            "9007199254740993",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "7.2057594037927933e16",
        ] {
            let ours = parse(text).map(f64::to_bits);
            assert_eq!(ours, text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
        for text in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "1x", " 1", "1 ", "0x10", "--1", "infinit"] {
            assert_eq!(parse(text), None, "{text:?}");
            assert!(text.parse::<f64>().is_err(), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn any_double_matches_std(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            if x.is_finite() {
                same_as_std(x);
            } else {
                prop_assert_eq!(display(x), format!("{x}"));
                prop_assert_eq!(exponent(x), format!("{x:e}"));
                prop_assert_eq!(fixed(x, 2), format!("{x:.2}"));
            }
        }

        #[test]
        fn typed_numbers_match_std(int in 0u64..10_000_000_000, frac in 0u32..1_000_000, places in 0usize..7, exp in -30i32..30) {
            let text = format!("{int}.{:0places$}e{exp}", frac % 10u32.pow(places as u32));
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
            let x: f64 = text.parse().unwrap();
            for d in 0..7 {
                prop_assert_eq!(fixed(x, d), format!("{x:.d$}"));
            }
            prop_assert_eq!(display(x), format!("{x}"));
        }

        #[test]
        fn long_digit_strings_match_std(digits in "[0-9]{1,40}", point in 0usize..40, exp in -340i32..320) {
            let point = point.min(digits.len());
            let text = format!("{}.{}e{exp}", &digits[..point], &digits[point..]);
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }
    }
}
