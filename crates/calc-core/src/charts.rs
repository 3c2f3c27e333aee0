//! Chart shapes more than one calculator draws.

use crate::{Axis, Chart, Marker, Series, Unit};

/// One line of a versus chart.
pub struct Line {
    pub name: String,
    pub y: Vec<f64>,
    /// Costs paid in lumps are drawn as stairs.
    pub step: bool,
}

impl Line {
    pub fn new(name: impl Into<String>, y: Vec<f64>) -> Self {
        Line { name: name.into(), y, step: false }
    }
    pub fn stairs(name: impl Into<String>, y: Vec<f64>) -> Self {
        Line { name: name.into(), y, step: true }
    }
}

/// "A vs B as one driver varies": every line over the same x values, with labelled points
/// (today, the crossing, a what-if).
pub fn versus(
    key: &'static str,
    title: impl Into<String>,
    x: (&str, Unit),
    y: (&str, Unit),
    xs: &[f64],
    lines: Vec<Line>,
    markers: Vec<Marker>,
) -> Chart {
    Chart {
        key,
        title: title.into(),
        x: Axis { label: x.0.to_string(), unit: x.1 },
        y: Axis { label: y.0.to_string(), unit: y.1 },
        series: lines
            .into_iter()
            .map(|l| Series { name: l.name, x: xs.to_vec(), y: l.y, step: l.step })
            .collect(),
        markers,
        categories: vec![],
    }
}

/// "How each option (or each input) compares": one value per category for each series, drawn
/// as horizontal bars against `value`'s unit.
pub fn bars(
    key: &'static str,
    title: impl Into<String>,
    category_label: &str,
    value: (&str, Unit),
    categories: Vec<String>,
    series: Vec<Line>,
) -> Chart {
    let xs: Vec<f64> = (0..categories.len()).map(|k| k as f64).collect();
    Chart {
        key,
        title: title.into(),
        x: Axis { label: category_label.to_string(), unit: Unit::TEXT },
        y: Axis { label: value.0.to_string(), unit: value.1 },
        series: series
            .into_iter()
            .map(|l| Series { name: l.name, x: xs.clone(), y: l.y, step: false })
            .collect(),
        markers: vec![],
        categories,
    }
}

/// `points` evenly spaced values from 0 to `max` inclusive.
pub fn span(max: f64, points: usize) -> Vec<f64> {
    let last = points.saturating_sub(1).max(1) as f64;
    (0..points).map(|k| max * k as f64 / last).collect()
}

/// A labelled point.
pub fn marker(label: impl Into<String>, x: f64, y: f64) -> Marker {
    Marker { label: label.into(), x, y }
}
