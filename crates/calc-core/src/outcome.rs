//! The result of a calculation as plain data. The site renders it as cards, tables and
//! charts; the report renders the same value as a PDF; the CLI prints it. So a result can
//! never differ between channels.

use crate::{format, Unit};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Outcome {
    /// The decision in one sentence.
    pub verdict: String,
    #[serde(serialize_with = "headlines_as_object")]
    pub headlines: Vec<Figure>,
    pub tables: Vec<Table>,
    pub charts: Vec<Chart>,
    pub warnings: Vec<Warning>,
    pub assumptions: Vec<Assumption>,
    /// Context that is not a warning (e.g. a vendor's "up to" claim, shown as context only).
    pub notes: Vec<String>,
}

/// A headline figure. `value` is `None` when there is no meaningful number
/// (e.g. "does not pay back within 3 years").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub key: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub unit: Unit,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The value as every channel shows it.
    pub display: String,
    /// What the low–high range represents.
    pub range_basis: Option<String>,
    pub math: Option<Math>,
}

impl Figure {
    pub fn new(key: &'static str, label: &'static str, value: f64, unit: Unit) -> Self {
        Figure {
            key,
            label,
            value: Some(value),
            unit,
            low: None,
            high: None,
            display: format::value(value, unit),
            range_basis: None,
            math: None,
        }
    }

    /// A figure with no number, shown as `display` (e.g. "not within 3 years").
    pub fn none(key: &'static str, label: &'static str, unit: Unit, display: &str) -> Self {
        Figure { value: None, display: display.to_string(), ..Figure::new(key, label, 0.0, unit) }
    }

    pub fn range(mut self, low: f64, high: f64, basis: impl Into<String>) -> Self {
        self.low = Some(low.min(high));
        self.high = Some(low.max(high));
        self.range_basis = Some(basis.into());
        self
    }

    pub fn math(mut self, formula: impl Into<String>, substituted: impl Into<String>) -> Self {
        self.math = Some(Math { formula: formula.into(), substituted: substituted.into() });
        self
    }

    /// "$1,100–$1,380/month" style text for the range, if any.
    pub fn range_display(&self) -> Option<String> {
        let (low, high) = (self.low?, self.high?);
        Some(format!("{} to {}", format::value(low, self.unit), format::value(high, self.unit)))
    }
}

/// "Show the math": the formula in words, then with the user's numbers substituted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Math {
    pub formula: String,
    pub substituted: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub key: &'static str,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub label: String,
    pub unit: Unit,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Num(f64),
}

impl Cell {
    pub fn display(&self, unit: Unit) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Num(n) => format::value(*n, unit),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chart {
    pub key: &'static str,
    pub title: String,
    pub x: Axis,
    pub y: Axis,
    pub series: Vec<Series>,
    pub markers: Vec<Marker>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Axis {
    pub label: String,
    pub unit: Unit,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    pub x: Vec<f64>,
    pub y: Vec<f64>,
    /// Step lines (costs paid in lumps) are drawn as stairs.
    pub step: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Marker {
    pub label: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Level {
    Info,
    Caution,
}

/// A caveat shown beside the result it qualifies, tied to the inputs that trigger it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub level: Level,
    pub message: String,
    pub fields: Vec<&'static str>,
}

impl Warning {
    pub fn caution(message: impl Into<String>, fields: &[&'static str]) -> Self {
        Warning { level: Level::Caution, message: message.into(), fields: fields.to_vec() }
    }
    pub fn info(message: impl Into<String>, fields: &[&'static str]) -> Self {
        Warning { level: Level::Info, message: message.into(), fields: fields.to_vec() }
    }
}

/// A number the result rests on, with its source and date (or "your input").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// The input that sets or overrides it, if any.
    pub key: Option<&'static str>,
    pub label: String,
    pub display: String,
    pub source: Option<String>,
    pub as_of: Option<String>,
    /// True when the user replaced the sheet's default.
    pub overridden: bool,
}

fn headlines_as_object<S: Serializer>(figures: &[Figure], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(figures.len()))?;
    for f in figures {
        map.serialize_entry(f.key, f)?;
    }
    map.end()
}

impl Outcome {
    pub fn figure(&self, key: &str) -> Option<&Figure> {
        self.headlines.iter().find(|f| f.key == key)
    }

    /// Every number in the outcome is finite: the contract `evaluate` enforces.
    pub fn all_finite(&self) -> bool {
        let figs =
            self.headlines.iter().all(|f| [f.value, f.low, f.high].iter().flatten().all(|v| v.is_finite()));
        let tables = self
            .tables
            .iter()
            .all(|t| t.rows.iter().flatten().all(|c| !matches!(c, Cell::Num(n) if !n.is_finite())));
        let charts = self.charts.iter().all(|c| {
            c.series.iter().all(|s| s.x.iter().chain(&s.y).all(|v| v.is_finite()))
                && c.markers.iter().all(|m| m.x.is_finite() && m.y.is_finite())
        });
        figs && tables && charts
    }
}
