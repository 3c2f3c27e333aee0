//! The model result as an Outcome: verdict and headline figures (with their math and range).
//! Figures are in `figures`, chart and table in `charts`, warnings, notes and assumptions in
//! `notes`.

use crate::model::{AhbInputs, AhbResult};
use crate::resolve::Resolved;
use crate::words as w;
use crate::{assumptions, charts, figures, notes};
use calc_core::{Figure, Outcome, Unit};

/// Shown instead of a number on every figure of a DTU database.
pub const DTU_DISPLAY: &str = "n/a (DTU)";

/// (key, label, unit) of every headline, in display order.
pub const HEADLINES: [(&str, &str, Unit); 10] = [
    ("li_monthly", "Licence-included bill", Unit::UsdPerMonth),
    ("ahb_monthly", "Bill with AHB", Unit::UsdPerMonth),
    ("monthly_saving", "Monthly saving", Unit::UsdPerMonth),
    ("saving_pct", "Saving vs licence-included", Unit::Share),
    ("cores_needed", "Core licences needed", Unit::Cores),
    ("cores_to_acquire", "Cores to acquire", Unit::Cores),
    ("upfront_cost", "Paid at month 0", Unit::Usd),
    ("annual_sa_cost", "First-year SA or subscription", Unit::UsdPerYear),
    ("breakeven_months", "Break-even", Unit::Months),
    ("horizon_saving", "Net saving over the horizon", Unit::Usd),
];

pub fn build(r: &Resolved, m: &AhbResult) -> Outcome {
    if !m.eligible {
        return Outcome {
            verdict: dtu_verdict(),
            headlines: HEADLINES.iter().map(|(k, l, u)| Figure::none(k, l, *u, DTU_DISPLAY)).collect(),
            tables: Vec::new(),
            charts: Vec::new(),
            warnings: notes::warnings(r, m),
            assumptions: assumptions::assumptions(r, m),
            notes: notes::notes(r, m),
        };
    }
    Outcome {
        verdict: verdict(&r.inputs, m),
        headlines: figures::headlines(&r.inputs, m),
        tables: vec![charts::by_year_table(m)],
        charts: vec![charts::cumulative_chart(&r.inputs, m)],
        warnings: notes::warnings(r, m),
        assumptions: assumptions::assumptions(r, m),
        notes: notes::notes(r, m),
    }
}

pub fn years_text(years: u32) -> String {
    if years == 1 {
        "1 year".to_string()
    } else {
        format!("{years} years")
    }
}

fn dtu_verdict() -> String {
    "AHB is not available for DTU-based databases, so there is no saving to compute: move the \
     database to the vCore model first (General Purpose, Business Critical or Hyperscale), then \
     set the purchasing model to vCore, with its vCore count, to see the AHB saving and break-even."
        .to_string()
}

fn verdict(i: &AhbInputs, m: &AhbResult) -> String {
    let f = &m.flows;
    let horizon = format!("{}-year net saving {}", i.years, w::money(f.net));
    let share = m.saving_share.map(|s| format!(" ({} of the licence-included bill)", w::percent(s * 100.0)));
    if m.monthly_saving <= 0.0 && f.total_costs <= 0.0 {
        return "AHB saves nothing at these prices: the licence-included and AHB prices are equal."
            .to_string();
    }
    if m.monthly_saving <= 0.0 {
        return format!(
            "AHB saves nothing at these prices (the licence-included and AHB prices are equal); \
             {} would cost {} over {}.",
            w::acquisition(i.acquire),
            w::money(f.total_costs),
            years_text(i.years)
        );
    }
    if f.total_costs <= 0.0 {
        return format!(
            "The {} cores you already have with active SA cover the {} needed: AHB saves {}/month{} \
             from day one; {}.",
            w::count(i.cores_owned),
            w::count(m.cores_needed),
            w::money(m.monthly_saving),
            share.unwrap_or_default(),
            horizon
        );
    }
    let earlier = match f.breakeven.temporary.first() {
        Some(t) => format!(
            " It is first ahead at {}, but the next yearly {} payment puts it behind again.",
            w::months(*t),
            w::recurring(i.acquire)
        ),
        None => String::new(),
    };
    match f.breakeven.at {
        Some(t) => format!(
            "AHB pays back {} in {}; {}.{}",
            w::acquisition(i.acquire),
            w::months(t),
            horizon,
            earlier
        ),
        None => format!(
            "AHB does not pay back {} within {}: cumulative savings of {} end {} behind the {} paid.{}",
            w::acquisition(i.acquire),
            years_text(i.years),
            w::money(f.total_savings),
            w::money(-f.net),
            w::money(f.total_costs),
            earlier
        ),
    }
}
