//! Where the answer flips, and how far the money moves: for any calculator, from its field
//! declarations alone. A flip point is the value of one numeric input, the others held, at
//! which the verdict's decision key changes; the tornado is the primary figure at a low and
//! a high value of each driver.

use crate::charts::{self, Line};
use crate::{
    complete, format, Calculator, Chart, Decision, Field, FieldKind, Headline, Inputs, Style, Value,
};
use serde::{Serialize, Serializer};

/// An input a calculator ranks first among the flip points, with the range it can plausibly
/// move in for the tornado.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driver {
    pub key: &'static str,
    pub plausible: Plausible,
}

/// Where a driver can plausibly be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Plausible {
    /// 20% either side of its value.
    Around,
    /// Between two values.
    Between(f64, f64),
    /// Between two multiples of its value (hours per item × 0.5 to × 1.5).
    Scaled(f64, f64),
}

impl Driver {
    pub const fn new(key: &'static str) -> Self {
        Driver { key, plausible: Plausible::Around }
    }

    pub const fn between(key: &'static str, low: f64, high: f64) -> Self {
        Driver { key, plausible: Plausible::Between(low, high) }
    }

    pub const fn scaled(key: &'static str, low: f64, high: f64) -> Self {
        Driver { key, plausible: Plausible::Scaled(low, high) }
    }

    /// The low and high values around `current`.
    fn range(&self, current: f64) -> (f64, f64) {
        match self.plausible {
            Plausible::Around => (current * 0.8, current * 1.2),
            Plausible::Between(low, high) => (low, high),
            Plausible::Scaled(low, high) => (current * low, current * high),
        }
    }
}

/// Which way the input moves to flip the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

fn decision_key<S: Serializer>(d: &Decision, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(d.key)
}

/// The nearest value of `key`, in one direction, at which the decision changes: the first
/// value at the field's precision that gives `to_decision`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Flip {
    pub key: &'static str,
    /// The first value, at the field's precision, that gives the other decision.
    pub value: f64,
    /// The input's value in the scenario.
    pub current: f64,
    pub direction: Direction,
    #[serde(serialize_with = "decision_key")]
    pub from_decision: Decision,
    #[serde(serialize_with = "decision_key")]
    pub to_decision: Decision,
    /// A declared driver of the decision (ranked first).
    #[serde(skip)]
    pub driver: bool,
}

impl Flip {
    /// How far the input must move, as a share of its value (of its range when it is 0).
    pub fn distance(&self, field: &Field) -> f64 {
        let moved = (self.value - self.current).abs();
        if self.current.abs() > 1e-12 {
            moved / self.current.abs()
        } else {
            let (min, max) = bounds(field).unwrap_or((0.0, 1.0));
            moved / (max - min).max(1e-12)
        }
    }
}

/// One row of the tornado: the primary figure with the driver at a low and a high value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Swing {
    pub key: &'static str,
    pub low: f64,
    pub high: f64,
    pub figure_low: f64,
    pub figure_high: f64,
}

impl Swing {
    pub fn width(&self) -> f64 {
        (self.figure_high - self.figure_low).abs()
    }
}

/// Everything the sensitivity analysis of one scenario found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Sensitivity {
    /// Every flip found, drivers first, then nearest first.
    pub flip_points: Vec<Flip>,
    /// The primary figure's swings, widest first.
    #[serde(rename = "sensitivity")]
    pub tornado: Vec<Swing>,
    /// The headline the tornado moves, and its value in the scenario.
    #[serde(skip)]
    pub primary: Option<(Headline, f64)>,
}

impl Sensitivity {
    /// Its numbers in the currency in force, as `Outcome::shown` (a money input's flip value
    /// and range; a money primary figure's swing).
    pub fn shown(&self, calc: &dyn Calculator) -> Sensitivity {
        let mut s = self.clone();
        let unit = |key: &str| calc.field(key).map_or(crate::Unit::TEXT, |f| f.unit);
        let shown = |v: &mut f64, unit| *v = format::shown_amount(*v, unit);
        for f in &mut s.flip_points {
            let u = unit(f.key);
            shown(&mut f.value, u);
            shown(&mut f.current, u);
        }
        if let Some((headline, value)) = &mut s.primary {
            shown(value, headline.unit);
        }
        let primary = s.primary.as_ref().map_or(crate::Unit::TEXT, |(h, _)| h.unit);
        for w in &mut s.tornado {
            let u = unit(w.key);
            shown(&mut w.low, u);
            shown(&mut w.high, u);
            shown(&mut w.figure_low, primary);
            shown(&mut w.figure_high, primary);
        }
        s
    }
}

impl Sensitivity {
    /// The `n` flips a reader should see first.
    pub fn nearest(&self, n: usize) -> &[Flip] {
        &self.flip_points[..self.flip_points.len().min(n)]
    }
}

/// The analysis of a scenario with the calculator's own primary headline and drivers.
pub fn of(calc: &dyn Calculator, inputs: &Inputs) -> Sensitivity {
    analyse(calc, &complete(calc, inputs), calc.primary(), calc.drivers())
}

/// A flip in the reader's units: "I/O requests per month at 882 M requests or more (+17.6%)".
pub fn condition(calc: &dyn Calculator, flip: &Flip) -> String {
    let Some(field) = calc.field(flip.key) else { return String::new() };
    let more = if flip.direction == Direction::Up { "more" } else { "less" };
    let change = if flip.current.abs() > 1e-12 {
        let pct = (flip.value - flip.current) / flip.current.abs() * 100.0;
        let sign = if pct >= 0.0 { "+" } else { "−" };
        format!(" ({sign}{})", format::percent(pct.abs()))
    } else {
        String::new()
    };
    format!("{} at {} or {more}{change}", field.label, format::value(flip.value, field.unit))
}

/// The tornado as a bar chart: the primary figure with each driver at its low and high value,
/// widest first.
pub fn tornado_chart(calc: &dyn Calculator, s: &Sensitivity) -> Option<Chart> {
    let (primary, _) = s.primary?;
    if s.tornado.is_empty() {
        return None;
    }
    let label = |sw: &Swing| {
        let field = calc.field(sw.key);
        let unit = field.map_or(crate::Unit::TEXT, |f| f.unit);
        format!(
            "{} ({} to {})",
            field.map_or(sw.key, |f| f.label),
            format::value(sw.low, unit),
            format::value(sw.high, unit)
        )
    };
    Some(charts::bars(
        "tornado",
        format!("What moves “{}” most", primary.label),
        "Input, from its low to its high value",
        (primary.label, primary.unit),
        s.tornado.iter().map(label).collect(),
        vec![
            Line::new("At the low value", s.tornado.iter().map(|sw| sw.figure_low).collect()),
            Line::new("At the high value", s.tornado.iter().map(|sw| sw.figure_high).collect()),
        ],
    ))
}

/// How many outward probes a direction gets before bisection: the first lies 1/2^PROBES of
/// the way to the bound, each next one twice as far, so near flips are found first.
const PROBES: i32 = 9;

/// The smallest change of a numeric field a reader can see: what its unit displays (a cent,
/// 0.1%, one decimal of "881.9 M requests"), or its step where that is finer; 1 for a whole
/// number.
fn precision(field: &Field, current: f64) -> Option<f64> {
    let shown = match field.unit.style {
        Style::Money | Style::MoneyPer(_) | Style::Multiplier => 0.01,
        // A price of dollars is read to the cent, one of fractions of a cent to 4 decimals.
        Style::Rate { .. } if current.abs() >= 1.0 => 0.01,
        Style::Rate { .. } => 0.0001,
        Style::Percent => 0.1,
        Style::Share => 0.001,
        Style::Quantity { decimals, .. } => 10f64.powi(-(decimals as i32)),
        Style::Text => f64::INFINITY,
    };
    match field.kind {
        FieldKind::Number { step, .. } | FieldKind::Price { step, .. } | FieldKind::Auto { step, .. } => {
            let step = if step > 0.0 { step } else { f64::INFINITY };
            let p = shown.min(step);
            p.is_finite().then_some(p)
        }
        FieldKind::Integer { .. } => Some(1.0),
        _ => None,
    }
}

fn bounds(field: &Field) -> Option<(f64, f64)> {
    match field.kind {
        FieldKind::Number { min, max, .. }
        | FieldKind::Price { min, max, .. }
        | FieldKind::Auto { min, max, .. } => Some((min, max)),
        FieldKind::Integer { min, max, .. } => Some((min as f64, max as f64)),
        _ => None,
    }
}

/// The analysis of a complete, valid scenario. `primary` is the headline whose money decides;
/// `drivers` the inputs to rank first (and, for the tornado, the only ones moved; with none
/// declared, the tornado moves every numeric input).
pub fn analyse(
    calc: &dyn Calculator,
    inputs: &Inputs,
    primary: Option<Headline>,
    drivers: &[Driver],
) -> Sensitivity {
    let Some(mut analysis) = Analysis::start(calc, inputs, primary, drivers) else {
        return Sensitivity::default();
    };
    while analysis.step() {}
    analysis.finish()
}

/// An analysis done one input at a time, so a page can spread it over several tasks and drop
/// it when the inputs change.
pub struct Analysis<'a> {
    calc: &'a dyn Calculator,
    inputs: Inputs,
    primary: Option<(Headline, f64)>,
    drivers: &'a [Driver],
    decision: Decision,
    next: usize,
    flips: Vec<Flip>,
    tornado: Vec<Swing>,
}

impl<'a> Analysis<'a> {
    /// `None` when the scenario itself cannot be computed.
    pub fn start(
        calc: &'a dyn Calculator,
        inputs: &Inputs,
        primary: Option<Headline>,
        drivers: &'a [Driver],
    ) -> Option<Self> {
        let base = calc.compute(inputs, calc.prices()).ok()?;
        let primary = primary.and_then(|h| Some((h, base.figure(h.key)?.value?)));
        Some(Analysis {
            calc,
            inputs: inputs.clone(),
            primary,
            drivers,
            decision: base.verdict.decision,
            next: 0,
            flips: Vec::new(),
            tornado: Vec::new(),
        })
    }

    /// The scenario the analysis is of.
    pub fn inputs(&self) -> &Inputs {
        &self.inputs
    }

    /// Analyses the next numeric input; false once there is none left.
    pub fn step(&mut self) -> bool {
        let fields = self.calc.fields();
        while let Some(field) = fields.get(self.next) {
            self.next += 1;
            let current = match self.inputs.get(field.key) {
                Some(Value::Num(n)) => *n,
                _ => continue,
            };
            if let (Some(step), Some(bounds)) = (precision(field, current), bounds(field)) {
                self.field(field, step, bounds, current);
                return true;
            }
        }
        false
    }

    fn field(&mut self, field: &'static Field, step: f64, (min, max): (f64, f64), current: f64) {
        let (calc, prices) = (self.calc, self.calc.prices());
        let run = |v: f64| {
            let mut moved = self.inputs.clone();
            moved.set(field.key, Value::Num(v));
            calc.compute(&moved, prices).ok()
        };
        let driver = self.drivers.iter().find(|d| d.key == field.key);
        for direction in [Direction::Up, Direction::Down] {
            let bound = if direction == Direction::Up { max } else { min };
            let decide = |v: f64| run(v).map(|o| o.verdict.decision);
            if let Some((value, to)) = find_flip(current, bound, step, min, max, self.decision, decide) {
                self.flips.push(Flip {
                    key: field.key,
                    value,
                    current,
                    direction,
                    from_decision: self.decision,
                    to_decision: to,
                    driver: driver.is_some(),
                });
            }
        }
        let Some((primary, _)) = self.primary else { return };
        if !self.drivers.is_empty() && driver.is_none() {
            return;
        }
        let (low, high) = driver.map_or((current * 0.8, current * 1.2), |d| d.range(current));
        let (low, high) = (crate::clamp(low.min(high), min, max), crate::clamp(high.max(low), min, max));
        // A whole number moves by whole units: 2 instances swing from 1 to 3, not 1.6 to 2.4.
        let (low, high) = match field.kind {
            FieldKind::Integer { .. } => (low.floor().max(min), high.ceil().min(max)),
            _ => (low, high),
        };
        let figure = |v: f64| run(v)?.figure(primary.key)?.value;
        if let (true, Some(figure_low), Some(figure_high)) = (high > low, figure(low), figure(high)) {
            self.tornado.push(Swing { key: field.key, low, high, figure_low, figure_high });
        }
    }

    /// The flips drivers first, then nearest first (into "no recommendation" last); the swings
    /// widest first.
    pub fn finish(mut self) -> Sensitivity {
        let calc = self.calc;
        let distance = |f: &Flip| calc.field(f.key).map_or(f64::INFINITY, |field| f.distance(field));
        // A flip into "no recommendation" (no requests, no compute) says little: it comes last.
        let rank = |f: &Flip| (f.to_decision.empty, !f.driver, distance(f));
        crate::sort_small_by(&mut self.flips, |a, b| rank(a) < rank(b));
        self.tornado.retain(|s| s.width() > 0.0);
        crate::sort_small_by(&mut self.tornado, |a, b| a.width() > b.width());
        Sensitivity { flip_points: self.flips, tornado: self.tornado, primary: self.primary }
    }
}

/// The first value from `current` towards `bound` whose decision differs from `decision`, at
/// `step` precision: outward probes, then bisection between the last same and the first
/// different. A value the calculator refuses ends the search in that direction.
fn find_flip(
    current: f64,
    bound: f64,
    step: f64,
    min: f64,
    max: f64,
    decision: Decision,
    decide: impl Fn(f64) -> Option<Decision>,
) -> Option<(f64, Decision)> {
    if (bound - current).abs() < step / 2.0 {
        return None;
    }
    // Values on the field's grid (multiples of the step from its minimum), inside its bounds,
    // written with the step's decimals as a link would carry them (8,819 × 0.1 is 881.9).
    let scale =
        (0..=9).map(|d| 10f64.powi(d)).find(|s| ((step * s).round() - step * s).abs() < 1e-9).unwrap_or(1e9);
    let snap = |v: f64| ((min + ((v - min) / step).round() * step) * scale).round() / scale;
    let snap = |v: f64| crate::clamp(snap(v), min, max);
    let toward = |from: f64, to: f64| if bound > current { to > from } else { to < from };
    let mut same = current;
    let mut other = None;
    for k in (0..=PROBES).rev() {
        let probe = snap(current + (bound - current) / f64::from(2_i32.pow(k as u32)));
        if !toward(same, probe) {
            continue;
        }
        match decide(probe) {
            Some(d) if d == decision => same = probe,
            Some(d) => {
                other = Some((probe, d));
                break;
            }
            None => return None,
        }
    }
    let (mut far, mut to) = other?;
    loop {
        let mid = snap((same + far) / 2.0);
        if !toward(same, mid) || !toward(mid, far) {
            break;
        }
        match decide(mid) {
            Some(d) if d == decision => same = mid,
            Some(d) => (far, to) = (mid, d),
            None => return None,
        }
    }
    // A tie ("both cost the same") is the point between two answers: name the one just past it.
    if to.tie {
        let past = snap(far + (bound - current).signum() * step);
        match decide(past) {
            Some(d) if toward(far, past) && !d.tie && d != decision => return Some((past, d)),
            _ => {}
        }
    }
    Some((far, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOW: Decision = Decision::new("low", "Low");
    const HIGH: Decision = Decision::new("high", "High");

    #[test]
    fn bisection_finds_the_first_value_on_the_grid_past_the_threshold() {
        // The decision flips above 881.9; on a grid of 0.1 from 0 the first value past it is 882.0.
        let decide = |v: f64| Some(if v > 881.9 { HIGH } else { LOW });
        let (v, to) = find_flip(750.0, 10_000.0, 0.1, 0.0, 10_000.0, LOW, decide).unwrap();
        assert!((v - 882.0).abs() < 1e-9, "{v}");
        assert_eq!(to, HIGH);
        // Downward from above: the first value at or below 881.9 gives LOW.
        let (v, to) = find_flip(1_000.0, 0.0, 0.1, 0.0, 10_000.0, HIGH, decide).unwrap();
        assert!((v - 881.9).abs() < 1e-9, "{v}");
        assert_eq!(to, LOW);
    }

    #[test]
    fn no_flip_within_bounds_is_none_and_a_refusal_stops_the_search() {
        assert_eq!(find_flip(5.0, 10.0, 1.0, 0.0, 10.0, LOW, |_| Some(LOW)), None);
        assert_eq!(find_flip(5.0, 10.0, 1.0, 0.0, 10.0, LOW, |v| (v < 6.0).then_some(LOW)), None);
        assert_eq!(find_flip(10.0, 10.0, 1.0, 0.0, 10.0, LOW, |_| Some(HIGH)), None);
    }

    #[test]
    fn a_flip_next_to_the_current_value_is_found() {
        let (v, _) =
            find_flip(3.0, 100.0, 1.0, 0.0, 100.0, LOW, |v| Some(if v >= 4.0 { HIGH } else { LOW })).unwrap();
        assert_eq!(v, 4.0);
    }
}
