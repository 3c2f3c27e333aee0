//! Calendar dates (ISO `YYYY-MM-DD`) for price sheets, reports and date-dependent rules.

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// A date known when the code is written; an impossible date fails at compile time in a
    /// `const` (price sheets are generated as constants).
    pub const fn ymd(year: i32, month: u32, day: u32) -> Date {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(d) => Date(d),
            None => panic!("not a calendar date"),
        }
    }

    /// Reads `YYYY-MM-DD` exactly (no other form, no time).
    pub fn parse(text: &str) -> Result<Date, String> {
        let shape_ok = text.len() == 10
            && text.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        let number = |range: std::ops::Range<usize>| text.get(range).and_then(|t| t.parse::<u32>().ok());
        let parsed = shape_ok
            .then(|| NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?))
            .flatten();
        parsed.map(Date).ok_or_else(|| format!("'{text}' is not a date written YYYY-MM-DD"))
    }

    /// The date a report is stamped with, the same rule in the browser and the terminal:
    /// today's calendar date in UTC, from milliseconds since 1970-01-01T00:00Z.
    pub fn today_utc(unix_millis: f64) -> Date {
        let days = (unix_millis / 86_400_000.0).floor();
        let days = if days.is_finite() { days as i64 } else { 0 };
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
        Date(epoch + chrono::Duration::days(days.clamp(0, 3_000_000)))
    }

    /// The same day `months` calendar months later (clamped to the month's last day).
    pub fn plus_months(self, months: u32) -> Date {
        Date(self.0.checked_add_months(chrono::Months::new(months)).unwrap_or(self.0))
    }

    pub fn plus_days(self, days: u32) -> Date {
        Date(self.0 + chrono::Duration::days(i64::from(days)))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// Whole calendar months from `self` to `later`, counting a started month as a month
    /// only once its day is reached (2026-01-15 → 2026-03-14 is 1).
    pub fn months_until(self, later: Date) -> i64 {
        let months =
            i64::from(later.year() - self.year()) * 12 + i64::from(later.month()) - i64::from(self.month());
        if later.0.day() < self.0.day() {
            months - 1
        } else {
            months
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_iso_dates() {
        assert_eq!(Date::parse("2026-03-28"), Ok(Date::ymd(2026, 3, 28)));
        for bad in ["2026-3-28", "2026-02-30", "28/03/2026", "2026-03-28T00:00", "", "soon"] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Date::ymd(2026, 3, 8).to_string(), "2026-03-08");
    }

    #[test]
    fn today_is_the_utc_calendar_day() {
        assert_eq!(Date::today_utc(0.0), Date::ymd(1970, 1, 1));
        // 2025-11-21T23:59:59.999Z and one millisecond later
        assert_eq!(Date::today_utc(1_763_769_599_999.0), Date::ymd(2025, 11, 21));
        assert_eq!(Date::today_utc(1_763_769_600_000.0), Date::ymd(2025, 11, 22));
        assert_eq!(Date::today_utc(f64::NAN), Date::ymd(1970, 1, 1));
    }

    #[test]
    fn spans() {
        let a = Date::ymd(2026, 1, 15);
        assert_eq!(a.days_until(Date::ymd(2026, 2, 14)), 30);
        assert_eq!(a.months_until(Date::ymd(2026, 3, 14)), 1);
        assert_eq!(a.months_until(Date::ymd(2026, 3, 15)), 2);
        assert_eq!(Date::ymd(2026, 12, 1).months_until(a), -11);
    }
}
