//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the by-year table, the cumulative stay-vs-move chart and the assumptions (the tornado is the
//! product's generic one, from the drivers `lib.rs` declares).

use crate::fields::{key, Read, PROCESSORS, USD_PER_PROCESSOR};
use crate::model::{
    se2_instance_sockets, Edition, OraInputs, OraResult, Platform, Spread, LATER_PAYBACK_YEARS,
};
use crate::{meta, words};
use calc_core::charts::{self, Line};
use calc_core::finance::{self, Irr};
use calc_core::AutoValue;
use calc_core::{format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Row, Table, Unit};

pub fn build(read: &Read, r: &OraResult) -> Outcome {
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables: vec![by_year(r)],
        charts: vec![cumulative_chart(r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read),
        notes: words::notes(read, r),
        next_steps: vec![],
        auto_values: auto_values(read),
    }
}

/// How the licences were counted: the rule, and the user's numbers in it.
fn licence_math(read: &Read) -> (String, String) {
    let n = format::count(read.cpus);
    let primary = format::count(read.primary_licences);
    let servers = read.servers;
    let (rule, counted) = match (read.edition, read.platform) {
        (Edition::Enterprise, Platform::OnPrem) => (
            "cores × core factor, rounded up".to_string(),
            format!("{n} × {} = {primary} processors", format::number(read.core_factor, 2)),
        ),
        (_, Platform::Oci) => {
            let ratio = read.oci_ocpus_per_licence;
            (
                format!(
                    "OCPUs ÷ {} per processor licence, rounded up per instance (public sources disagree: the input sets it)",
                    format::count(ratio)
                ),
                format!("{n} OCPUs ÷ {} = {primary} processors", format::count(ratio)),
            )
        }
        (Edition::Enterprise, _) if read.ht => {
            ("vCPUs ÷ 2 with hyper-threading, rounded up".into(), format!("{n} ÷ 2 = {primary} processors"))
        }
        (Edition::Enterprise, _) => {
            ("1 vCPU = 1 processor without hyper-threading".into(), format!("{n} = {primary} processors"))
        }
        (Edition::StandardTwo, Platform::OnPrem) if servers > 1.0 => (
            "sockets, at most 2 per server".into(),
            format!("{n} sockets over {} servers = {primary} processors", format::count(servers)),
        ),
        (Edition::StandardTwo, Platform::OnPrem) => {
            ("sockets, at most 2 per server".into(), format!("{n} sockets = {primary} processors"))
        }
        (Edition::StandardTwo, _) => {
            let spread = Spread::new(read.cpus, servers);
            let group = |count: f64, vcpus: f64| {
                format!(
                    "{} of {} vCPUs × {}",
                    format::plural(count, "instance", "instances"),
                    format::count(vcpus),
                    format::plural(se2_instance_sockets(vcpus), "socket", "sockets")
                )
            };
            let smaller = spread.servers - spread.larger;
            let groups = match (spread.larger > 0.0, smaller > 0.0) {
                (true, true) => {
                    format!("{} + {}", group(spread.larger, spread.size + 1.0), group(smaller, spread.size))
                }
                (true, false) => group(spread.larger, spread.size + 1.0),
                _ => group(smaller, spread.size),
            };
            (
                "per instance of at most 8 vCPUs: 4 vCPUs or fewer = 1 socket, each further 4 (rounded up) = 1 \
                 more; each socket licensed as a processor"
                    .into(),
                format!("{groups} = {primary} processors"),
            )
        }
    };
    if read.standbys > 0.0 {
        (
            format!("{rule}, × (1 + standby copies)"),
            format!(
                "{counted}; × (1 + {}) = {} processors",
                format::count(read.standbys),
                format::count(read.model.licences)
            ),
        )
    } else {
        (rule, counted)
    }
}

pub const LICENCES: Headline = Headline::new("processor_licences", "Oracle processor licences", PROCESSORS);
pub const SUPPORT_Y1: Headline = Headline::new("annual_support_y1", "Support, year 1", Unit::USD_PER_YEAR);
pub const STAY_TOTAL: Headline = Headline::new("stay_total", "Staying on Oracle", Unit::USD);
pub const MOVE_TOTAL: Headline = Headline::new("move_total", "Moving to PostgreSQL", Unit::USD);
pub const SAVING: Headline = Headline::new("saving", "Moving, over the horizon", Unit::USD);
pub const MIGRATION: Headline = Headline::new("migration_cost", "Migration, one-time", Unit::USD);
pub const PAYBACK: Headline = Headline::new("payback_month", "Payback", Unit::MONTHS);
pub const NPV: Headline = Headline::new("npv", "NPV of moving", Unit::USD);
pub const IRR: Headline = Headline::new("irr", "IRR of moving", Unit::SHARE);
pub const STEADY_STATE: Headline =
    Headline::new("steady_state_annual", "Saving a year once moved", Unit::USD_PER_YEAR);
pub const HEADLINES: &[Headline] =
    &[LICENCES, SUPPORT_Y1, STAY_TOTAL, MOVE_TOTAL, SAVING, MIGRATION, PAYBACK, NPV, IRR, STEADY_STATE];

fn headlines(read: &Read, r: &OraResult) -> Vec<Figure> {
    let i = &read.model;
    vec![
        licences(read),
        support(read, r),
        stay_total(i, r),
        move_total(i, r),
        saving(r).over(format!("over {}", format::years(i.years))),
        migration(i, r),
        payback(i, r),
        npv(i, r),
        irr(r),
        steady_state(i, r),
    ]
}

fn licences(read: &Read) -> Figure {
    if read.model.licence_included {
        return LICENCES.none("none: Licence Included").math(
            "Licence Included: AWS holds the Oracle licence and sells it in the RDS hourly price",
            "no processor licences of yours",
        );
    }
    let (formula, substituted) = licence_math(read);
    LICENCES.of(read.model.licences).math(formula, substituted)
}

fn support(read: &Read, r: &OraResult) -> Figure {
    let i = &read.model;
    let support = SUPPORT_Y1.of(r.annual_support_y1);
    if i.licence_included {
        support.math(
            "Licence Included: no Oracle support bill; the RDS hourly price, entered as infrastructure, includes it",
            format!("{}/year", format::cents(0.0)),
        )
    } else if read.support_typed {
        support.math(
            "the annual support bill you entered",
            format!("{}/year", format::cents(r.annual_support_y1)),
        )
    } else {
        support.math(
            "licences × (list price + options per processor) × (1 − discount) × support rate",
            format!(
                "{} × ({} + {}) × (1 − {}) × {} = {}/year",
                format::count(i.licences),
                format::cents(i.list_price),
                format::cents(i.options),
                format::percent(i.discount_pct),
                format::percent(i.support_pct),
                format::cents(r.annual_support_y1)
            ),
        )
    }
}

fn stay_total(i: &OraInputs, r: &OraResult) -> Figure {
    STAY_TOTAL.of(r.stay_total).over(format!("over {}", format::years(i.years))).math(
        format!(
            "a support renewal every 12 months from month {}, rising {} a year, + infrastructure × months, over {}",
            i.renewal_month,
            format::percent(i.uplift_pct),
            format::years(i.years)
        ),
        format!(
            "{} support + {} × {} months = {}",
            format::cents(r.stay_total - i.oracle_infra_monthly * r.months as f64),
            format::cents(i.oracle_infra_monthly),
            r.months,
            format::cents(r.stay_total)
        ),
    )
}

fn move_total(i: &OraInputs, r: &OraResult) -> Figure {
    MOVE_TOTAL.of(r.move_total).over(format!("over {}", format::years(i.years))).math(
        "migration + target run rate × months + Oracle's infrastructure and the support renewals due until the \
         overlap ends",
        format!(
            "{} + {} × {} + {} = {}",
            format::cents(r.migration_cost),
            format::cents(i.target_monthly),
            r.months,
            format::cents(r.move_total - r.migration_cost - i.target_monthly * r.months as f64),
            format::cents(r.move_total)
        ),
    )
}

fn saving(r: &OraResult) -> Figure {
    SAVING.of(r.saving).change().math(
        "staying − moving over the horizon (negative: moving costs more)",
        format!(
            "{} − {} = {}",
            format::cents(r.stay_total),
            format::cents(r.move_total),
            format::cents(r.saving)
        ),
    )
}

fn migration(i: &OraInputs, r: &OraResult) -> Figure {
    MIGRATION.of(r.migration_cost).over("one-time").math(
        "items to rewrite × hours per item × rate + other one-time costs",
        format!(
            "{} × {} h × {} + {} = {}",
            format::count(i.red_items),
            format::count(i.hours_per_item),
            format::rate(i.hourly_rate),
            format::cents(i.other_one_time),
            format::cents(r.migration_cost)
        ),
    )
}

fn payback(i: &OraInputs, r: &OraResult) -> Figure {
    let formula = "the first month from which the cumulative saving stays at or above zero";
    let at_horizon = format!("cumulative saving after {} months: {}", r.months, format::cents(r.saving));
    match (r.payback_month, r.later_payback_month) {
        (Some(m), _) => PAYBACK.of(m as f64).math(
            formula,
            format!("cumulative saving by month {m}: {}", format::cents(finance::cumulative(&net(r))[m - 1])),
        ),
        (None, Some(m)) => PAYBACK.none(&format!("month {m}, after the {}-year horizon", i.years)).math(
            format!("{formula}, the same costs running on after the horizon"),
            format!("{at_horizon}; it stays at or above zero from month {m}"),
        ),
        (None, None) => PAYBACK.none(&format!("not within {LATER_PAYBACK_YEARS} years")).math(
            format!("{formula}, the same costs running on for {LATER_PAYBACK_YEARS} years"),
            at_horizon,
        ),
    }
}

fn npv(i: &OraInputs, r: &OraResult) -> Figure {
    match r.npv {
        Some(v) => NPV.of(v).over(format!("over {}, discounted to today", format::years(i.years))).math(
            format!(
                "monthly (staying − moving) discounted at {} a year",
                format::percent(i.discount_rate_pct)
            ),
            format!("{} months of differences → {}", r.months, format::cents(v)),
        ),
        None => NPV.none("n/a"),
    }
}

fn irr(r: &OraResult) -> Figure {
    match &r.irr {
        Irr::Rate(x) if r.irr_yearly => IRR.of(*x).math(
            "the annual rate at which the NPV of moving is zero, on yearly totals (the monthly differences change \
             sign around every renewal)",
            format!(
                "yearly differences {} → {}",
                r.years.iter().map(|y| format::cents(y.saving)).collect::<Vec<_>>().join(", "),
                format::share(*x)
            ),
        ),
        Irr::Rate(x) => {
            IRR.of(*x).math("the annual rate at which the NPV of moving is zero", format::share(*x))
        }
        Irr::Multiple(_) => IRR.none("several rates: use the NPV"),
        Irr::NoSignChange | Irr::NotFound => IRR.none("none"),
    }
}

fn steady_state(i: &OraInputs, r: &OraResult) -> Figure {
    let formula = if r.steady_state_year as u32 == i.years {
        "the last year of the horizon: staying − moving"
    } else {
        "the first year wholly after the overlap (past the horizon): staying − moving"
    };
    STEADY_STATE
        .of(r.steady_state_annual)
        .math(formula, format!("year {}: {}", r.steady_state_year, format::cents(r.steady_state_annual)))
}

fn net(r: &OraResult) -> Vec<f64> {
    r.stay.iter().zip(&r.moved).map(|(s, m)| s - m).collect()
}

fn by_year(r: &OraResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let mut rows: Vec<Row> = r
        .years
        .iter()
        .map(|y| {
            Row::data(vec![
                Cell::Text(format!("Year {}", y.year)),
                Cell::Num(y.stay),
                Cell::Num(y.moved),
                Cell::Num(y.saving),
                Cell::Num(y.cumulative),
            ])
        })
        .collect();
    rows.push(Row::total(vec![
        Cell::Text("Total".into()),
        Cell::Num(r.stay_total),
        Cell::Num(r.move_total),
        Cell::Num(r.saving),
        Cell::Num(r.saving),
    ]));
    Table {
        key: "by_year",
        title: "Year by year: staying on Oracle against moving to PostgreSQL".into(),
        columns: vec![
            Column { label: "Year".into(), unit: Unit::TEXT },
            money("Staying"),
            money("Moving"),
            money("Saving"),
            money("Cumulative saving"),
        ],
        rows,
    }
}

fn cumulative_chart(r: &OraResult) -> Chart {
    let xs: Vec<f64> = (0..=r.months).map(|m| m as f64).collect();
    let cum = |flows: &[f64]| {
        let mut out = vec![0.0];
        out.extend(finance::cumulative(flows));
        out
    };
    let mut markers = Vec::new();
    if let Some(m) = r.payback_month {
        let at = finance::cumulative(&r.moved)[m - 1];
        markers.push(charts::marker(format!("Payback: month {m}"), m as f64, at));
    }
    charts::versus(
        "cumulative",
        "Cumulative cost: staying on Oracle against moving to PostgreSQL",
        ("Month", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        vec![
            Line::stairs("Staying on Oracle", cum(&r.stay)),
            Line::stairs("Moving to PostgreSQL", cum(&r.moved)),
        ],
        markers,
    )
}

fn assumptions(read: &Read) -> Vec<Assumption> {
    let i = &read.model;
    let mut out = Vec::new();
    if i.licence_included {
        out.push(Assumption::rule(
            Some(key::LICENCE),
            "Licence Included (Amazon RDS for Oracle, Standard Edition 2 only)",
            "no Oracle licences or support bill: both are in the RDS hourly price".into(),
            &meta::RDS_LICENSING,
        ));
    } else {
        out.push(Assumption::price(
            key::EDITION,
            "Licence list price per processor",
            format::value(i.list_price, USD_PER_PROCESSOR),
            read.list_price.clone(),
        ));
        out.push(Assumption::price(
            key::SUPPORT_PCT,
            "Support per year, % of the net licence fee",
            format::percent(i.support_pct),
            read.support.clone(),
        ));
        out.push(Assumption::price(
            key::UPLIFT,
            "Support increase per year",
            format::percent(i.uplift_pct),
            read.uplift.clone(),
        ));
        out.push(Assumption::input(
            key::DISCOUNT,
            "Discount off list",
            format::percent(i.discount_pct),
            i.discount_pct != 0.0,
        ));
        out.push(Assumption::input(
            key::RENEWAL_MONTH,
            "Next support renewal, month of the project",
            format!("month {}", i.renewal_month),
            i.renewal_month != 1,
        ));
        if read.edition == Edition::StandardTwo {
            out.push(Assumption::rule(
                Some(key::SERVERS),
                "Standard Edition 2 limits, per server or instance",
                "at most 2 sockets per server; in AWS, Azure and Google Cloud at most 8 vCPUs per instance, \
                 4 vCPUs or fewer = 1 socket"
                    .into(),
                &meta::ORACLE_DB_LICENSING,
            ));
        }
        if read.standbys > 0.0 {
            out.push(Assumption::rule(
                Some(key::STANDBYS),
                "Standbys under your own licences (RDS Multi-AZ, Data Guard)",
                format!("licensed like the primary: {}", format::plural(read.standbys, "copy", "copies")),
                &meta::RDS_MULTI_AZ_BYOL,
            ));
        }
    }
    out.push(Assumption::input(
        key::OVERLAP_MONTHS,
        "Months both run (Oracle support renewals due in them are paid)",
        format::count(i.overlap_months),
        i.overlap_months != 6.0,
    ));
    out.push(Assumption::derived(
        "When costs fall",
        format!(
            "migration in month 1; support yearly in advance from month {}; run rates monthly",
            i.renewal_month
        ),
        "the model's convention, as the methodology describes",
    ));
    out
}

/// The support bill an input left empty was evaluated with (estimated from the estate).
fn auto_values(read: &Read) -> Vec<AutoValue> {
    if read.model.licence_included {
        return vec![];
    }
    vec![AutoValue::new(key::ANNUAL_SUPPORT, crate::model::annual_support(&read.model))]
}
