//! Scenarios of one calculator side by side: each headline figure per scenario and its
//! difference against the first (A), and the inputs in which the scenarios differ. Every
//! channel (the compare page, its PDF and CSV, `cost compare`) takes these rows, so a
//! difference is the same number everywhere.

use crate::{format, Calculator, Field, Inputs, Outcome, Unit};

/// B − A (or C − A) for one figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    pub amount: f64,
    /// `amount / |A|` as a percentage; none when A is zero or the two are on either side of
    /// zero (a saving against a cost), where a share of A says nothing.
    pub percent: Option<f64>,
}

impl Difference {
    fn between(first: f64, other: f64) -> Difference {
        let amount = other - first;
        let percent = (first != 0.0 && first * other >= 0.0).then(|| amount / first.abs() * 100.0);
        Difference { amount, percent }
    }

    /// "+$1,240 (+12.3%)", "−$80/month (−4%)", "no difference" when it rounds to nothing as
    /// the figure is shown.
    pub fn display(&self, unit: Unit, decimals: Option<usize>) -> String {
        let text = |v: f64| decimals.map_or_else(|| format::value(v, unit), |d| format::value_at(v, unit, d));
        if text(self.amount.abs()) == text(0.0) {
            return "no difference".to_string();
        }
        let sign = if self.amount < 0.0 { "−" } else { "+" };
        // Percentages differ in points (20% → 25% is +5 points), never as a share of a share.
        let points = match unit.style {
            crate::Style::Percent => Some(self.amount.abs()),
            crate::Style::Share => Some(self.amount.abs() * 100.0),
            _ => None,
        };
        if let Some(points) = points {
            let n = format::number(points, 1);
            let word = if n == "1" { "percentage point" } else { "percentage points" };
            return format!("{sign}{n} {word}");
        }
        let amount = text(self.amount.abs());
        match self.percent {
            Some(p) => {
                let p_sign = if p < 0.0 { "−" } else { "+" };
                format!("{sign}{amount} ({p_sign}{})", format::percent(p.abs()))
            }
            None => format!("{sign}{amount}"),
        }
    }

    /// The amount as the reader reads it: in the currency in force for money (a CSV cell, the
    /// JSON's `amount`), as it is otherwise.
    pub fn shown(&self, unit: Unit) -> f64 {
        format::shown_amount(self.amount, unit)
    }
}

/// One headline across the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct HeadlineRow {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    /// Each scenario's value (none where the figure has no number there).
    pub values: Vec<Option<f64>>,
    /// Each scenario's figure as its card writes it.
    pub displays: Vec<String>,
    /// Against A: `None` for A itself and where either has no number.
    pub versus_first: Vec<Option<Difference>>,
    /// Money decimals shared by the row, so the differences read at the cards' precision.
    pub money_decimals: Option<usize>,
    /// The period a total covers ("over 5 years"), as the first scenario that has one says.
    pub period: Option<String>,
}

/// Every declared headline of the scenarios' outcomes, in declaration order.
pub fn headlines<O: std::borrow::Borrow<Outcome>>(outcomes: &[O]) -> Vec<HeadlineRow> {
    let Some(first) = outcomes.first() else { return Vec::new() };
    first
        .borrow()
        .headlines
        .iter()
        .map(|figure| {
            let figures: Vec<Option<&crate::Figure>> =
                outcomes.iter().map(|o| o.borrow().figure(figure.key)).collect();
            let values: Vec<Option<f64>> = figures.iter().map(|f| f.and_then(|f| f.value)).collect();
            let displays = figures.iter().map(|f| f.map(|f| f.display.clone()).unwrap_or_default()).collect();
            let a = values[0];
            let versus_first = values
                .iter()
                .enumerate()
                .map(|(i, v)| match (i, a, v) {
                    (0, ..) => None,
                    (_, Some(a), Some(v)) => Some(Difference::between(a, *v)),
                    _ => None,
                })
                .collect();
            let money_decimals =
                figure.unit.is_money().then(|| format::money_decimals(values.iter().flatten().copied()));
            HeadlineRow {
                key: figure.key,
                label: figure.label,
                unit: figure.unit,
                values,
                displays,
                versus_first,
                money_decimals,
                period: figures.iter().flatten().find_map(|f| f.period.clone()),
            }
        })
        .collect()
}

/// The inputs whose values are not the same in every scenario, in form order.
pub fn differing_inputs(calc: &dyn Calculator, inputs: &[Inputs]) -> Vec<&'static Field> {
    let complete: Vec<Inputs> = inputs.iter().map(|i| crate::complete(calc, i)).collect();
    calc.fields().iter().filter(|f| complete.windows(2).any(|w| w[0].get(f.key) != w[1].get(f.key))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_difference_is_signed_against_a_with_its_share_of_a() {
        // A = $1,000, B = $1,240: +$240, 24% of A.
        let d = Difference::between(1000.0, 1240.0);
        assert_eq!(d, Difference { amount: 240.0, percent: Some(24.0) });
        assert_eq!(d.display(Unit::USD, Some(0)), "+$240 (+24%)");
        // A = −$200 (a loss), B = −$100: B is $100 better, +50% of A's size.
        let d = Difference::between(-200.0, -100.0);
        assert_eq!(d.display(Unit::USD, Some(2)), "+$100.00 (+50%)");
        // A costs $63.88, B saves $186: $250 apart, and no share of a cost for a saving.
        let d = Difference::between(-63.88, 186.12);
        assert_eq!(d.display(Unit::USD_PER_MONTH, Some(2)), "+$250.00/month");
        assert_eq!(Difference::between(0.0, 5.0).percent, None);
        assert_eq!(Difference::between(0.0, 5.0).display(Unit::USD_PER_MONTH, Some(2)), "+$5.00/month");
        assert_eq!(Difference::between(10.0, 10.001).display(Unit::USD, Some(2)), "no difference");
        // A percentage's difference is in points, without a percentage of a percentage.
        assert_eq!(Difference::between(20.0, 25.0).display(Unit::PERCENT, None), "+5 percentage points");
        assert_eq!(Difference::between(0.3, 0.29).display(Unit::SHARE, None), "−1 percentage point");
    }
}
