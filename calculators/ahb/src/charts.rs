//! The cumulative savings-vs-costs chart and the year-by-year table.

use crate::model::{AhbInputs, AhbResult};
use crate::words as w;
use calc_core::finance;
use calc_core::{Axis, Cell, Chart, Column, Marker, Series, Table, Unit};

pub fn cumulative_chart(i: &AhbInputs, m: &AhbResult) -> Chart {
    let f = &m.flows;
    let x: Vec<f64> = (0..=m.months).map(|k| k as f64).collect();
    // Savings at the end of each month (0 at month 0); costs as paid at the start of each
    // month and held until the next payment (a step line).
    let mut savings = vec![0.0];
    savings.extend(finance::cumulative(&f.savings));
    let cum_costs = finance::cumulative(&f.costs);
    let mut costs = cum_costs.clone();
    costs.push(cum_costs.last().copied().unwrap_or(0.0));

    let mut markers: Vec<Marker> = f
        .breakeven
        .temporary
        .iter()
        .map(|t| Marker {
            label: format!("Temporary break-even at {} (undone by a renewal)", w::months(*t)),
            x: *t,
            y: t * m.monthly_saving,
        })
        .collect();
    if let Some(t) = f.breakeven.at {
        markers.push(Marker {
            label: format!("Break-even at {}", w::months(t)),
            x: t,
            y: t * m.monthly_saving,
        });
    }

    Chart {
        key: "cumulative",
        title: format!("Cumulative AHB savings vs the cost of {}", w::acquisition(i.acquire)),
        x: Axis { label: "Month".to_string(), unit: Unit::Months },
        y: Axis { label: "Cumulative USD".to_string(), unit: Unit::Usd },
        series: vec![
            Series { name: "Cumulative savings".to_string(), x: x.clone(), y: savings, step: false },
            Series { name: "Cumulative costs".to_string(), x, y: costs, step: true },
        ],
        markers,
    }
}

pub fn by_year_table(m: &AhbResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::Usd };
    let mut rows: Vec<Vec<Cell>> = m
        .by_year
        .iter()
        .map(|y| {
            vec![
                Cell::Text(format!("Year {}", y.year)),
                Cell::Num(y.savings),
                Cell::Num(y.costs),
                Cell::Num(y.net),
                Cell::Num(y.cumulative_net),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::Text("Total".to_string()),
        Cell::Num(m.flows.total_savings),
        Cell::Num(m.flows.total_costs),
        Cell::Num(m.flows.net),
        Cell::Num(m.flows.net),
    ]);
    Table {
        key: "by_year",
        title: "Year by year: AHB savings, what you pay for licences, SA or subscription, and the net"
            .to_string(),
        columns: vec![
            Column { label: "Year".to_string(), unit: Unit::Text },
            money("AHB savings"),
            money("Licences, SA, subscription paid"),
            money("Net"),
            money("Cumulative net"),
        ],
        rows,
    }
}
