//! Pay something now (or yearly), save something every month: the cash flows of such a
//! decision and everything shown about them — first payback, sustained break-even with
//! temporary crossings, totals over a horizon, NPV, the by-year table and the cumulative
//! chart. Savings accrue evenly over month m; costs are paid at the start of month m.

use crate::charts::{self, Line};
use crate::finance::{self, Breakeven};
use crate::{format, Cell, Chart, Column, Figure, Headline, Row, Table, Unit};

#[derive(Clone, Debug, PartialEq)]
pub struct CashFlows {
    /// Saving accruing over month m.
    pub savings: Vec<f64>,
    /// Cost paid at the start of month m.
    pub costs: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: usize,
    pub savings: f64,
    pub costs: f64,
    pub net: f64,
    pub cumulative_net: f64,
}

impl CashFlows {
    /// Both series padded with zeros to the same length.
    pub fn new(mut savings: Vec<f64>, mut costs: Vec<f64>) -> Self {
        let months = savings.len().max(costs.len());
        savings.resize(months, 0.0);
        costs.resize(months, 0.0);
        CashFlows { savings, costs }
    }

    pub fn months(&self) -> usize {
        self.savings.len()
    }

    /// The first `months` months.
    pub fn truncated(&self, months: usize) -> CashFlows {
        let m = months.min(self.months());
        CashFlows { savings: self.savings[..m].to_vec(), costs: self.costs[..m].to_vec() }
    }

    pub fn total_savings(&self) -> f64 {
        self.savings.iter().sum()
    }

    pub fn total_costs(&self) -> f64 {
        self.costs.iter().sum()
    }

    /// Savings minus costs over the whole series.
    pub fn net(&self) -> f64 {
        self.total_savings() - self.total_costs()
    }

    /// The last crossing after which savings stay ahead to the end of the series, and the
    /// earlier crossings a later cost undid.
    pub fn breakeven(&self) -> Breakeven {
        finance::breakeven(&self.savings, &self.costs)
    }

    /// The first time cumulative savings reach cumulative costs, even if a later payment
    /// puts them behind again.
    pub fn first_payback(&self) -> Option<f64> {
        if self.costs.first().is_none_or(|c| *c <= 0.0) {
            return Some(0.0);
        }
        let b = self.breakeven();
        b.temporary.first().copied().or(b.at)
    }

    /// Cumulative savings at time `t` months (savings accrue evenly within a month).
    pub fn savings_at(&self, t: f64) -> f64 {
        let whole = (t.max(0.0).floor() as usize).min(self.months());
        let done: f64 = self.savings[..whole].iter().sum();
        let part = self.savings.get(whole).map_or(0.0, |s| s * (t - whole as f64));
        done + part
    }

    /// Costs paid up to and including the start of month `floor(t)`.
    pub fn costs_by(&self, t: f64) -> f64 {
        let month = (t.max(0.0).floor() as usize).min(self.months().saturating_sub(1));
        self.costs.iter().take(month + 1).sum()
    }

    /// The same saving every month: `Some(saving)`.
    pub fn constant_saving(&self) -> Option<f64> {
        let first = *self.savings.first()?;
        self.savings.iter().all(|s| *s == first).then_some(first)
    }

    pub fn years(&self) -> Vec<YearRow> {
        let savings = finance::by_year(&self.savings);
        let costs = finance::by_year(&self.costs);
        let mut cumulative = 0.0;
        savings
            .iter()
            .zip(&costs)
            .enumerate()
            .map(|(i, (s, c))| {
                cumulative += s - c;
                YearRow { year: i + 1, savings: *s, costs: *c, net: s - c, cumulative_net: cumulative }
            })
            .collect()
    }

    /// NPV of savings minus costs at an annual discount rate (percent), discounted monthly
    /// at `(1 + r)^(1/12) − 1`: costs at the start of month m, savings at its end.
    pub fn npv(&self, annual_rate_pct: f64) -> Option<f64> {
        let monthly = (1.0 + annual_rate_pct / 100.0).powf(1.0 / 12.0) - 1.0;
        let mut flows = vec![0.0; self.months() + 1];
        for m in 0..self.months() {
            flows[m] -= self.costs[m];
            flows[m + 1] += self.savings[m];
        }
        finance::npv(monthly, &flows)
    }
}

/// The words a calculator gives its flows: what is saved and what is paid.
pub struct Labels {
    /// "AHB savings"
    pub savings: &'static str,
    /// "Licences, SA, subscription paid"
    pub costs: &'static str,
}

/// Year by year: savings, costs, net and cumulative net, with a total row.
pub fn by_year_table(
    key: &'static str,
    title: impl Into<String>,
    flows: &CashFlows,
    labels: &Labels,
) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let mut rows: Vec<Row> = flows
        .years()
        .iter()
        .map(|y| {
            Row::data(vec![
                Cell::Text(format!("Year {}", y.year)),
                Cell::Num(y.savings),
                Cell::Num(y.costs),
                Cell::Num(y.net),
                Cell::Num(y.cumulative_net),
            ])
        })
        .collect();
    rows.push(Row::total(vec![
        Cell::Text("Total".to_string()),
        Cell::Num(flows.total_savings()),
        Cell::Num(flows.total_costs()),
        Cell::Num(flows.net()),
        Cell::Num(flows.net()),
    ]));
    Table {
        key,
        title: title.into(),
        columns: vec![
            Column { label: "Year".to_string(), unit: Unit::TEXT },
            money(labels.savings),
            money(labels.costs),
            money("Net"),
            money("Cumulative net"),
        ],
        rows,
    }
}

/// Cumulative savings against cumulative costs by month, with the break-even (and any
/// temporary one) marked. `undone_by` names what undoes a temporary crossing ("a renewal").
pub fn cumulative_chart(
    key: &'static str,
    title: impl Into<String>,
    flows: &CashFlows,
    undone_by: &str,
) -> Chart {
    let months = flows.months();
    let xs: Vec<f64> = (0..=months).map(|k| k as f64).collect();
    let mut savings = vec![0.0];
    savings.extend(finance::cumulative(&flows.savings));
    // Costs as paid at the start of each month and held until the next payment.
    let mut costs = finance::cumulative(&flows.costs);
    costs.push(costs.last().copied().unwrap_or(0.0));
    let b = flows.breakeven();
    let mut markers: Vec<_> = b
        .temporary
        .iter()
        .map(|t| {
            let label = format!("Temporary break-even at {} (undone by {undone_by})", format::months(*t));
            charts::marker(label, *t, flows.savings_at(*t))
        })
        .collect();
    if let Some(t) = b.at {
        markers.push(charts::marker(format!("Break-even at {}", format::months(t)), t, flows.savings_at(t)));
    }
    charts::versus(
        key,
        title,
        ("Month", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        vec![Line::new("Cumulative savings", savings), Line::stairs("Cumulative costs", costs)],
        markers,
    )
}

/// The sustained break-even as a headline: the month after which cumulative savings stay
/// ahead, with the arithmetic, earlier temporary crossings, or "not within N years".
/// `timing` says when costs fall ("licences at month 0, SA yearly in advance").
pub fn breakeven_figure(headline: &Headline, flows: &CashFlows, timing: &str, horizon_years: u32) -> Figure {
    let formula = format!(
        "the month after which cumulative savings stay at or above cumulative costs (savings accrue evenly; {timing})"
    );
    let b = flows.breakeven();
    match b.at {
        Some(t) if flows.total_costs() <= 0.0 => {
            headline.of(t).math(formula, "nothing to pay for: the saving starts at month 0 = 0 months")
        }
        Some(t) => {
            let paid = flows.costs_by(t);
            let mut sub = match flows.constant_saving() {
                Some(s) => format!(
                    "costs paid by then {} ÷ saving {}/month = {} months",
                    format::cents(paid),
                    format::cents(s),
                    format::number(t, 2)
                ),
                None => format!(
                    "cumulative savings reach the {} paid by then at {} months",
                    format::cents(paid),
                    format::number(t, 2)
                ),
            };
            if !b.temporary.is_empty() {
                let earlier: Vec<String> = b.temporary.iter().map(|x| format::months(*x)).collect();
                sub.push_str(&format!(
                    " (earlier, temporary break-even at {} undone by a later payment)",
                    earlier.join(", ")
                ));
            }
            headline.of(t).math(formula, sub)
        }
        None => headline.none(&format!("not within {}", format::years(horizon_years))).math(
            formula,
            format!(
                "after {} months: savings {} < costs {}",
                flows.months(),
                format::cents(flows.total_savings()),
                format::cents(flows.total_costs())
            ),
        ),
    }
}

/// Savings minus costs over the horizon as a headline. `paid_for` names the costs
/// ("licences, SA or subscription").
pub fn horizon_figure(headline: &Headline, flows: &CashFlows, paid_for: &str, horizon_years: u32) -> Figure {
    let months = flows.months();
    let saved = match flows.constant_saving() {
        Some(s) => {
            let total = flows.total_savings();
            let eq = format::equals(format::shown(s, 2) * months as f64, total, 2);
            format!("{} × {months} {eq} {} saved", format::cents(s), format::cents(total))
        }
        None => format!("{} saved over {months} months", format::cents(flows.total_savings())),
    };
    headline.of(flows.net()).over(format!("over {}", format::years(horizon_years))).math(
        format!("savings over {months} months − {paid_for} paid over {}", format::years(horizon_years)),
        format!("{saved} − {} paid = {}", format::cents(flows.total_costs()), format::cents(flows.net())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::{constant, yearly_in_advance};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * (1.0 + b.abs())
    }

    #[test]
    fn renewals_make_temporary_crossings() {
        // $1,000 at months 0, 12, 24; $100/month saved: first ahead at 10, behind at 12,
        // ahead at 20, behind at 24, ahead for good at 30.
        let f = CashFlows::new(constant(100.0, 36), yearly_in_advance(1000.0, 0.0, 36));
        assert!(close(f.first_payback().unwrap(), 10.0));
        assert!(close(f.breakeven().at.unwrap(), 30.0));
        assert!(close(f.savings_at(10.5), 1050.0));
        assert!(close(f.costs_by(30.0), 3000.0));
        let years = f.years();
        assert_eq!(years.len(), 3);
        assert!(close(years[2].cumulative_net, 600.0));
        let table = by_year_table("t", "T", &f, &Labels { savings: "Saved", costs: "Paid" });
        assert_eq!(table.rows.len(), 4);
        assert_eq!(table.rows[3].kind, crate::RowKind::Total);
        let chart = cumulative_chart("c", "C", &f, "a renewal");
        assert_eq!(chart.markers.len(), 3);
        assert_eq!(chart.series[0].y.len(), 37);
    }

    #[test]
    fn npv_discounts_monthly() {
        // Pay 1,200 now, save 100 a month for 12 months at 0%: NPV 0.
        let f = CashFlows::new(constant(100.0, 12), vec![1200.0]);
        assert!(close(f.npv(0.0).unwrap(), 0.0));
        // At 12.68250301%/year (1%/month): Σ 100/1.01^k, k = 1..12 = 1,125.51 → −74.49.
        let npv = f.npv(12.682503013196973).unwrap();
        assert!((npv - (-74.4923)).abs() < 1e-3, "{npv}");
    }

    #[test]
    fn figures_say_not_within_the_horizon() {
        let f = CashFlows::new(constant(10.0, 12), vec![1000.0]);
        let fig = breakeven_figure(&Headline::new("b", "Break-even", Unit::MONTHS), &f, "paid at month 0", 1);
        assert_eq!(fig.display, "not within 1 year");
        let h = horizon_figure(&Headline::new("h", "Net", Unit::USD), &f, "licences", 1);
        assert_eq!(h.display, "-$880.00");
    }
}
