//! The ten headline figures, each with its math in the user's numbers and, where a renewal
//! increase moves it, a low–high range.

use crate::model::{Acquire, AhbInputs, AhbResult, Service, RANGE_INCREASES};
use crate::outcome::{years_text, HEADLINES};
use crate::words as w;
use calc_core::{format, Figure, Unit};

fn range_basis(i: &AhbInputs) -> String {
    format!(
        "{} renewal increase from {}% to {}% a year (sources cite 10–15% SA renewal increases); \
         your input is {}",
        w::recurring(i.acquire),
        RANGE_INCREASES[0],
        RANGE_INCREASES[1],
        w::percent(i.sa_increase)
    )
}

pub fn headlines(i: &AhbInputs, m: &AhbResult) -> Vec<Figure> {
    let h = format::number(i.hours, 1);
    let n = w::count(i.instances);
    let (li_formula, li_sub, saving_formula, saving_sub) = if i.service == Service::Vm {
        (
            "AHB price × vCPUs × VMs × hours + (licence-included − AHB price) × licensed vCPUs \
             (at least 4 per VM) × hours",
            format!(
                "{} × {} × {} × {} h + ({} − {}) × {} × {} h = {}",
                w::price(i.base_vcore_hour),
                w::count(i.vcores),
                n,
                h,
                w::price(i.li_vcore_hour),
                w::price(i.base_vcore_hour),
                w::count(m.licensed_vcores),
                h,
                w::money(m.li_monthly)
            ),
            "(licence-included − AHB price) × licensed vCPUs (at least 4 per VM) × hours",
            format!(
                "({} − {}) × {} × {} h = {}",
                w::price(i.li_vcore_hour),
                w::price(i.base_vcore_hour),
                w::count(m.licensed_vcores),
                h,
                w::money(m.monthly_saving)
            ),
        )
    } else {
        (
            "licence-included price per vCore-hour × vCores × instances × hours",
            format!(
                "{} × {} × {} × {} h = {}",
                w::price(i.li_vcore_hour),
                w::count(i.vcores),
                n,
                h,
                w::money(m.li_monthly)
            ),
            "(licence-included − AHB price) × vCores × instances × hours",
            format!(
                "({} − {}) × {} × {} × {} h = {}",
                w::price(i.li_vcore_hour),
                w::price(i.base_vcore_hour),
                w::count(i.vcores),
                n,
                h,
                w::money(m.monthly_saving)
            ),
        )
    };

    let li =
        Figure::new("li_monthly", HEADLINES[0].1, m.li_monthly, Unit::UsdPerMonth).math(li_formula, li_sub);
    let ahb = Figure::new("ahb_monthly", HEADLINES[1].1, m.ahb_monthly, Unit::UsdPerMonth).math(
        "AHB (base) price per vCore-hour × vCores × instances × hours",
        format!(
            "{} × {} × {} × {} h = {}",
            w::price(i.base_vcore_hour),
            w::count(i.vcores),
            n,
            h,
            w::money(m.ahb_monthly)
        ),
    );
    let saving = Figure::new("monthly_saving", HEADLINES[2].1, m.monthly_saving, Unit::UsdPerMonth)
        .math(saving_formula, saving_sub);
    let pct = match m.saving_share {
        Some(s) => Figure::new("saving_pct", HEADLINES[3].1, s, Unit::Share).math(
            "monthly saving ÷ licence-included monthly bill",
            format!(
                "{} ÷ {} = {}",
                w::money(m.monthly_saving),
                w::money(m.li_monthly),
                format::value(s, Unit::Share)
            ),
        ),
        None => Figure::none("saving_pct", HEADLINES[3].1, Unit::Share, "n/a (no licence-included bill)"),
    };

    vec![
        li,
        ahb,
        saving,
        pct,
        cores_needed(i, m),
        cores_to_acquire(i, m),
        upfront(i, m),
        annual(i, m),
        breakeven(i, m),
        horizon(i, m),
    ]
}

fn cores_needed(i: &AhbInputs, m: &AhbResult) -> Figure {
    let ed = w::edition(i.edition);
    let (formula, sub) = if i.service == Service::Vm {
        (
            "max(vCPUs, 4) per VM × VMs, rounded up to 2-core packs".to_string(),
            format!(
                "max({}, 4) × {} = {} → {} cores",
                w::count(i.vcores),
                w::count(i.instances),
                w::count(m.cores_exact),
                w::count(m.cores_needed)
            ),
        )
    } else {
        (
            format!("vCores × instances ÷ vCores covered per {ed} core, rounded up to whole 2-core packs"),
            format!(
                "{} × {} ÷ {} = {} → {} cores",
                w::count(i.vcores),
                w::count(i.instances),
                w::count(m.vcores_per_core),
                w::count(m.cores_exact),
                w::count(m.cores_needed)
            ),
        )
    };
    Figure::new("cores_needed", HEADLINES[4].1, m.cores_needed, Unit::Cores).math(formula, sub)
}

fn cores_to_acquire(i: &AhbInputs, m: &AhbResult) -> Figure {
    Figure::new("cores_to_acquire", HEADLINES[5].1, m.cores_to_acquire, Unit::Cores).math(
        "max(0, cores needed − cores owned with active SA), rounded up to 2-core packs",
        format!(
            "max(0, {} − {}) → {} cores ({} packs)",
            w::count(m.cores_needed),
            w::count(i.cores_owned),
            w::count(m.cores_to_acquire),
            w::count(m.packs_to_acquire)
        ),
    )
}

fn recurring_formula(i: &AhbInputs, m: &AhbResult) -> (&'static str, String) {
    match i.acquire {
        Acquire::Sa | Acquire::LicenseSa => (
            "2-core packs × licence price per pack × SA % per year",
            format!(
                "{} × {} × {} = {}",
                w::count(m.packs_to_acquire),
                w::money(i.license_2core),
                w::percent(i.sa_pct),
                w::money(m.first_year_recurring)
            ),
        ),
        Acquire::Subscription => (
            "2-core packs × subscription price per 2 cores per year",
            format!(
                "{} × {} = {}",
                w::count(m.packs_to_acquire),
                w::money(i.subscription_2core_year),
                w::money(m.first_year_recurring)
            ),
        ),
    }
}

fn upfront(i: &AhbInputs, m: &AhbResult) -> Figure {
    let (rec_formula, rec_sub) = recurring_formula(i, m);
    let (formula, sub) = match i.acquire {
        Acquire::LicenseSa => (
            format!("2-core packs × licence price + first-year SA ({rec_formula})"),
            format!(
                "{} × {} + {} = {} + {} = {}",
                w::count(m.packs_to_acquire),
                w::money(i.license_2core),
                w::money(m.first_year_recurring),
                w::money(m.licence_purchase),
                w::money(m.first_year_recurring),
                w::money(m.upfront_cost)
            ),
        ),
        _ => (format!("first year paid in advance: {rec_formula}"), rec_sub),
    };
    Figure::new("upfront_cost", HEADLINES[6].1, m.upfront_cost, Unit::Usd).math(formula, sub)
}

fn annual(i: &AhbInputs, m: &AhbResult) -> Figure {
    let (formula, sub) = recurring_formula(i, m);
    Figure::new("annual_sa_cost", HEADLINES[7].1, m.first_year_recurring, Unit::UsdPerYear)
        .math(format!("{formula} (first year; later years grow by the renewal increase)"), sub)
}

fn has_range(m: &AhbResult) -> bool {
    m.first_year_recurring > 0.0 && m.monthly_saving > 0.0
}

fn breakeven(i: &AhbInputs, m: &AhbResult) -> Figure {
    let f = &m.flows;
    let label = HEADLINES[8].1;
    let formula = "the month after which cumulative savings stay at or above cumulative costs \
                   (savings accrue evenly; licences at month 0, SA or subscription yearly in advance)";
    let figure = match f.breakeven.at {
        Some(t) if f.total_costs <= 0.0 => Figure::new("breakeven_months", label, t, Unit::Months)
            .math(formula, "nothing to acquire: the saving starts at month 0 = 0 months"),
        Some(t) => {
            let month = (t.floor() as usize).min(m.months.saturating_sub(1));
            let paid: f64 = f.costs[..=month].iter().sum();
            let mut sub = format!(
                "costs paid by then {} ÷ saving {}/month = {} months",
                w::money(paid),
                w::cents(m.monthly_saving),
                format::number(t, 2)
            );
            if !f.breakeven.temporary.is_empty() {
                let earlier: Vec<String> = f.breakeven.temporary.iter().map(|x| w::months(*x)).collect();
                sub.push_str(&format!(
                    " (earlier, temporary break-even at {} undone by a renewal)",
                    earlier.join(", ")
                ));
            }
            Figure::new("breakeven_months", label, t, Unit::Months).math(formula, sub)
        }
        None => Figure::none(
            "breakeven_months",
            label,
            Unit::Months,
            &format!("not within {}", years_text(i.years)),
        )
        .math(
            formula,
            format!(
                "after {} months: savings {} < costs {}",
                m.months,
                w::money(f.total_savings),
                w::money(f.total_costs)
            ),
        ),
    };
    let points: Option<Vec<f64>> = m.range.iter().map(|p| p.breakeven).collect();
    match points {
        Some(p) if has_range(m) && f.total_costs > 0.0 => {
            let low = p.iter().copied().fold(f64::INFINITY, f64::min);
            let high = p.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            figure.range(low, high, range_basis(i))
        }
        _ => figure,
    }
}

fn horizon(i: &AhbInputs, m: &AhbResult) -> Figure {
    let f = &m.flows;
    let figure = Figure::new("horizon_saving", HEADLINES[9].1, f.net, Unit::Usd).math(
        format!(
            "monthly saving × {} months − licences − {} paid over {}",
            m.months,
            w::recurring(i.acquire),
            years_text(i.years)
        ),
        format!(
            "{} × {} = {} saved − {} paid = {}",
            w::cents(m.monthly_saving),
            m.months,
            w::money(f.total_savings),
            w::money(f.total_costs),
            w::money(f.net)
        ),
    );
    if has_range(m) {
        let nets = m.range.iter().map(|p| p.net);
        let low = nets.clone().fold(f64::INFINITY, f64::min);
        let high = nets.fold(f64::NEG_INFINITY, f64::max);
        figure.range(low, high, range_basis(i))
    } else {
        figure
    }
}
