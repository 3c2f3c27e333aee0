//! The bill table and the cost-against-I/O chart.

use super::text::{mreq, pct};
use crate::model::{standard_bill, AuroraInputs, AuroraResult};
use calc_core::{Axis, Cell, Chart, Column, Marker, Series, Table, Unit};

pub fn bill_table(i: &AuroraInputs, r: &AuroraResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::UsdPerMonth };
    let (s, o, f) = (&r.standard, &r.io_optimized, &r.standard_fixed);
    let row = |label: &str, a: f64, b: f64, c: f64| {
        vec![Cell::Text(label.to_string()), Cell::Num(a), Cell::Num(b), Cell::Num(c)]
    };
    Table {
        key: "bill",
        title: "Monthly bill by line".to_string(),
        columns: vec![
            Column { label: "Line".to_string(), unit: Unit::Text },
            money("Aurora Standard"),
            money("Aurora I/O-Optimized"),
            money(&format!("Standard after cutting I/O by {}%", pct(i.io_reduction_pct))),
        ],
        rows: vec![
            row("Compute (instances and ACUs)", s.compute, o.compute, f.compute),
            row("Storage", s.storage, o.storage, f.storage),
            row("I/O", s.io, o.io, f.io),
            row("Total", s.total, o.total, f.total),
        ],
    }
}

pub fn cost_chart(i: &AuroraInputs, r: &AuroraResult) -> Chart {
    let reach = i.io_m.max(r.breakeven.io_m().unwrap_or(0.0));
    let x_max = if reach > 0.0 { 2.0 * reach } else { 100.0 };
    const POINTS: usize = 21;
    let xs: Vec<f64> = (0..POINTS).map(|k| x_max * k as f64 / (POINTS - 1) as f64).collect();
    let standard_y = xs.iter().map(|&x| standard_bill(i, x).total).collect();
    let iopt_y = vec![r.io_optimized.total; POINTS];

    let mut markers =
        vec![Marker { label: format!("Today: {}", mreq(i.io_m)), x: i.io_m, y: r.standard.total }];
    if let Some(be) = r.breakeven.io_m() {
        markers.push(Marker {
            label: format!("Break-even: {}", mreq(be)),
            x: be,
            y: standard_bill(i, be).total,
        });
    }
    if i.io_reduction_pct > 0.0 && i.io_m > 0.0 {
        markers.push(Marker {
            label: format!("After fixing queries (−{}% I/O)", pct(i.io_reduction_pct)),
            x: r.io_fixed_m,
            y: r.standard_fixed.total,
        });
    }
    Chart {
        key: "cost_vs_io",
        title: "Monthly cost against I/O volume".to_string(),
        x: Axis { label: "I/O requests per month (millions)".to_string(), unit: Unit::MillionRequests },
        y: Axis { label: "Monthly cost".to_string(), unit: Unit::UsdPerMonth },
        series: vec![
            Series { name: "Aurora Standard".to_string(), x: xs.clone(), y: standard_y, step: false },
            Series { name: "Aurora I/O-Optimized".to_string(), x: xs, y: iopt_y, step: false },
        ],
        markers,
    }
}
