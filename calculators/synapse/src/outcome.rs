//! The model's numbers as the Outcome every channel shows: headline figures with their
//! math, the waterfall from today to optimized, the cost-against-pause-hours chart and the
//! assumptions.

use crate::fields::{
    key, level_name, region_label, stands_in, Read, DWU, HOURS_PER_WEEK, USD_PER_100_DWU_HOUR, USD_PER_TB,
    USD_PER_TB_MONTH,
};
use crate::meta;
use crate::model::{
    self, dedicated, Phase, SynapseInputs, SynapseResult, HOURS_PER_MONTH, HOURS_PER_WEEK as WEEK,
};
use crate::words;
use calc_core::charts::{self, Line};
use calc_core::AutoValue;
use calc_core::{
    format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Provenance, Row, Table, Unit,
};

pub fn build(read: &Read, r: &SynapseResult) -> Outcome {
    let i = &read.model;
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(i, r),
        tables: vec![waterfall(i, r)],
        charts: vec![pause_chart(i, r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read, r),
        notes: words::notes(read, r),
        next_steps: vec![],
        auto_values: auto_values(read),
    }
}

/// "10 × $1.51 × 168 h × 730 ÷ 168 = $11,023.00": one dedicated compute term.
fn term(dwu: f64, hours_week: f64, p: f64) -> String {
    format!(
        "{} × {} × {} h × 730 ÷ 168 = {}",
        format::number(dwu / 100.0, 2),
        format::rate(p),
        format::count(hours_week),
        format::cents(dedicated(dwu, hours_week, p))
    )
}

pub const CURRENT: Headline =
    Headline::new("current_monthly", "Today's pool, kept as is", Unit::USD_PER_MONTH);
pub const OPTIMIZED: Headline = Headline::new("optimized_monthly", "Recommended plan", Unit::USD_PER_MONTH);
pub const MONTHLY_SAVING: Headline =
    Headline::new("monthly_saving", "Recommended plan against today", Unit::USD_PER_MONTH);
/// The money that decides: the recommended plan over the user's horizon.
pub const HORIZON_SAVING: Headline =
    Headline::new("horizon_saving", "Recommended plan over the horizon", Unit::USD);
pub const RIGHTSIZE_SAVING: Headline =
    Headline::new("rightsize_saving", "Right-sizing on its own", Unit::USD_PER_MONTH);
pub const PAUSE_SAVING: Headline = Headline::new("pause_saving", "Pausing on its own", Unit::USD_PER_MONTH);
pub const SERVERLESS_SAVING: Headline =
    Headline::new("serverless_saving", "Serverless offload on its own", Unit::USD_PER_MONTH);
pub const HEADLINES: &[Headline] =
    &[CURRENT, OPTIMIZED, MONTHLY_SAVING, HORIZON_SAVING, RIGHTSIZE_SAVING, PAUSE_SAVING, SERVERLESS_SAVING];

fn headlines(i: &SynapseInputs, r: &SynapseResult) -> Vec<Figure> {
    vec![
        current(i, r),
        optimized(i, r),
        monthly_saving(r),
        horizon_saving(r),
        rightsize_saving(i, r),
        pause_saving(i, r),
        serverless_saving(i, r),
    ]
}

/// "1 TB × $23.00 = $23.00": the storage term, the same in every bill.
fn storage(i: &SynapseInputs, r: &SynapseResult) -> String {
    format!(
        "{} TB × {} = {}",
        format::count(i.storage_tb),
        format::rate(i.p_storage),
        format::cents(r.storage)
    )
}

/// TB the moved queries process: none when no hours are offloaded.
fn tb_moved(i: &SynapseInputs) -> String {
    format::count(if i.adhoc_pct > 0.0 { i.tb_scanned } else { 0.0 })
}

/// A level's compute in a stretch: with a reservation, its charge plus the DWU above it.
fn compute_term(i: &SynapseInputs, p: &Phase, dwu: f64, hours_week: f64) -> String {
    if p.reserved_dwu > 0.0 {
        format!(
            "reservation {} × {} × 730 = {} + above it {}",
            format::count(p.reserved_dwu / 100.0),
            format::rate(i.p_reserved_dwu_hour),
            format::cents(p.reservation),
            term((dwu - p.reserved_dwu).max(0.0), hours_week, i.p_dwu_hour)
        )
    } else {
        term(dwu, hours_week, i.p_dwu_hour)
    }
}

/// One stretch's arithmetic when the horizon has one stretch without a reservation; with a
/// reservation, each stretch's, then their average over the horizon.
fn over_horizon(r: &SynapseResult, each: impl Fn(&Phase) -> (String, f64), average: f64) -> String {
    match r.phases.as_slice() {
        [only] if only.reserved_dwu <= 0.0 => each(only).0,
        phases => {
            let mut first = 1.0;
            let mut parts = Vec::new();
            let mut weights = Vec::new();
            for p in phases {
                let (text, value) = each(p);
                let last = first + p.months - 1.0;
                let span = if last > first {
                    format!("months {} to {}", format::count(first), format::count(last))
                } else {
                    format!("month {}", format::count(first))
                };
                let kind = if p.reserved_dwu > 0.0 { "reservation running" } else { "pay-as-you-go" };
                parts.push(format!("{span} ({kind}): {text}"));
                weights.push(format!("{} × {}", format::count(p.months), format::cents(value)));
                first = last + 1.0;
            }
            format!(
                "{}; a month on average: ({}) ÷ {} = {}/month",
                parts.join("; "),
                weights.join(" + "),
                format::count(r.horizon_months),
                format::cents(average)
            )
        }
    }
}

fn current(i: &SynapseInputs, r: &SynapseResult) -> Figure {
    CURRENT.of(r.current_monthly).math(
        "level ÷ 100 × price per 100 DWU-hour × whole hours online per week × 730 ÷ 168 (with a reservation: its charge every hour, plus the DWU above it at pay-as-you-go) + storage TB × price per TB-month",
        over_horizon(
            r,
            |p| {
                let total = p.current_compute + r.storage;
                (
                    format!(
                        "{}: {} + storage {} = {}/month",
                        level_name(i.dwu),
                        compute_term(i, p, i.dwu, r.billed_hours),
                        storage(i, r),
                        format::cents(total)
                    ),
                    total,
                )
            },
            r.current_monthly,
        ),
    )
}

fn optimized(i: &SynapseInputs, r: &SynapseResult) -> Figure {
    OPTIMIZED.of(r.optimized_monthly).math(
        "plan level ÷ 100 × price × whole hours still running × 730 ÷ 168 (with a reservation: its charge, plus the DWU above it) + TB processed on serverless × price per TB, when the offload is in the plan + storage",
        over_horizon(
            r,
            |p| {
                let serverless = if p.steps.offload {
                    format!(
                        " + serverless {} TB × {} = {}",
                        tb_moved(i),
                        format::rate(i.p_tb),
                        format::cents(r.serverless_cost)
                    )
                } else {
                    String::new()
                };
                let total = p.optimized_compute + r.storage;
                (
                    format!(
                        "{}: {}{serverless} + storage {} = {}/month",
                        level_name(r.plan_dwu),
                        compute_term(i, p, r.plan_dwu, p.steps.hours_left),
                        storage(i, r),
                        format::cents(total)
                    ),
                    total,
                )
            },
            r.optimized_monthly,
        ),
    )
}

fn monthly_saving(r: &SynapseResult) -> Figure {
    let s = &r.steps;
    MONTHLY_SAVING.of(r.monthly_saving).change().math(
        "today − recommended plan = right-sizing + pausing at the new level + offload of the hours left (only when it saves there), a month on average over the horizon",
        format!(
            "{} − {} = {} + {} + {} = {}/month",
            format::cents(r.current_monthly),
            format::cents(r.optimized_monthly),
            format::cents(s.rightsize),
            format::cents(s.pause),
            format::cents(s.serverless_applied),
            format::cents(r.monthly_saving)
        ),
    )
}

fn horizon_saving(r: &SynapseResult) -> Figure {
    let parts: Vec<String> = r
        .phases
        .iter()
        .map(|p| format!("{} × {}", format::count(p.months), format::cents(p.saving())))
        .collect();
    let months: f64 = r.phases.iter().map(|p| p.months).sum();
    HORIZON_SAVING.of(r.horizon_saving).change().over(format!("over {}", format::months(months))).math(
        "the plan's monthly saving × the months of the horizon (while a reservation runs, and after it)",
        format!("{} = {}", parts.join(" + "), format::cents(r.horizon_saving)),
    )
}

/// DWU billed by the hour in a stretch: those above the reservation.
fn above(p: &Phase, dwu: f64) -> f64 {
    (dwu - p.reserved_dwu).max(0.0)
}

fn rightsize_saving(i: &SynapseInputs, r: &SynapseResult) -> Figure {
    RIGHTSIZE_SAVING.of(r.rightsize_saving).math(
        "(today's level − smallest Gen2 level ≥ peak × (1 + headroom), at most today's; with a reservation, only the DWU above it) ÷ 100 × price × hours × 730 ÷ 168",
        format!(
            "peak {} DWU × (1 + {}) = {} DWU → {}; {}",
            format::count(i.peak_dwu),
            format::percent(i.headroom_pct),
            format::number(r.needed_dwu, 1),
            level_name(r.target_dwu),
            over_horizon(
                r,
                |p| {
                    (
                        format!(
                            "({} − {}) ÷ 100 × {} × {} h × 730 ÷ 168 = {}/month",
                            format::count(above(p, i.dwu)),
                            format::count(above(p, r.target_dwu)),
                            format::rate(i.p_dwu_hour),
                            format::count(r.billed_hours),
                            format::cents(p.rightsize_saving)
                        ),
                        p.rightsize_saving,
                    )
                },
                r.rightsize_saving,
            )
        ),
    )
}

fn pause_saving(i: &SynapseInputs, r: &SynapseResult) -> Figure {
    PAUSE_SAVING.of(r.pause_saving).math(
        "today's level (with a reservation, only the DWU above it) ÷ 100 × price × whole hours paused per week × 730 ÷ 168",
        over_horizon(
            r,
            |p| (format!("{}/month", term(above(p, i.dwu), r.paused_hours, i.p_dwu_hour)), p.pause_saving),
            r.pause_saving,
        ),
    )
}

fn serverless_saving(i: &SynapseInputs, r: &SynapseResult) -> Figure {
    SERVERLESS_SAVING.of(r.serverless_saving).change().math(
        "today's level (with a reservation, only the DWU above it) ÷ 100 × price × whole hours of the ad-hoc share × 730 ÷ 168 − TB processed × price per TB (negative: costs more)",
        over_horizon(
            r,
            |p| {
                (
                    format!(
                        "{} ({} of {} h, whole hours) − {} TB × {} = {} − {}: {}",
                        term(above(p, i.dwu), r.offload_hours_alone, i.p_dwu_hour),
                        format::percent(i.adhoc_pct),
                        format::count(r.billed_hours),
                        tb_moved(i),
                        format::rate(i.p_tb),
                        format::cents(p.serverless_freed),
                        format::cents(r.serverless_cost),
                        // To the cent, as the rest of the line.
                        match p.serverless_saving {
                            x if x < 0.0 => format!("costs {}/month more", format::cents(-x)),
                            x => format!("saves {}/month", format::cents(x)),
                        }
                    ),
                    p.serverless_saving,
                )
            },
            r.serverless_saving,
        ),
    )
}

fn waterfall(i: &SynapseInputs, r: &SynapseResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD_PER_MONTH };
    let s = &r.steps;
    let mut cost = r.current_monthly;
    let mut rows = vec![Row::data(vec![
        Cell::Text(format!("Today: {}, {} h a week", level_name(i.dwu), format::count(r.billed_hours))),
        Cell::Num(0.0),
        Cell::Num(cost),
    ])];
    let mut step = |label: String, saved: f64| {
        cost -= saved;
        Row::data(vec![Cell::Text(label), Cell::Num(-saved), Cell::Num(cost)])
    };
    // A step that saves only after the reservation ends says from when.
    let from = |f: fn(&model::Steps) -> f64| match (r.reserved_phase(), r.payg_phase()) {
        (Some(reserved), Some(_)) if f(&reserved.steps) < 0.005 && f(&s_last(r)) >= 0.005 => {
            format!(" (from month {})", format::count(reserved.months + 1.0))
        }
        _ => String::new(),
    };
    let rightsizing = if r.retire && r.target_dwu < i.dwu {
        "− right-sizing: none, the pool no longer runs".to_string()
    } else {
        format!("− right-sizing to {}{}", level_name(r.plan_dwu), from(|s| s.rightsize))
    };
    rows.push(step(rightsizing, s.rightsize));
    rows.push(step(
        format!("− pausing {} h a week{}", format::count(r.paused_hours), from(|s| s.pause)),
        s.pause,
    ));
    let offload = if s.offload {
        format!("− serverless offload of {}{}", format::percent(i.adhoc_pct), from(|s| s.serverless_applied))
    } else if i.adhoc_pct > 0.0 && s.serverless < 0.0 {
        format!(
            "Serverless offload of {} left out: it would cost {} more",
            format::percent(i.adhoc_pct),
            words::per_month(-s.serverless)
        )
    } else {
        format!("Serverless offload of {} left out: it saves nothing", format::percent(i.adhoc_pct))
    };
    rows.push(step(offload, s.serverless_applied));
    rows.push(Row::total(vec![
        Cell::Text("= Recommended plan".to_string()),
        Cell::Num(-r.monthly_saving),
        Cell::Num(r.optimized_monthly),
    ]));
    Table {
        key: "waterfall",
        title: "From today to the recommended plan, lever by lever".to_string(),
        columns: vec![
            Column { label: "Step".to_string(), unit: Unit::TEXT },
            money("Change"),
            money("Monthly cost after"),
        ],
        rows,
    }
}

/// The plan's steps in the last stretch of the horizon (after the reservation, if it ends in it).
fn s_last(r: &SynapseResult) -> model::Steps {
    r.phases.last().map_or(r.steps, |p| p.steps)
}

fn pause_chart(i: &SynapseInputs, r: &SynapseResult) -> Chart {
    let max = if i.hours_week > 0.0 { i.hours_week } else { WEEK };
    let xs = charts::span(max, 22);
    // Each point is the model itself at that pause, so the lines follow its rules (whole
    // hours, the offload only where it saves).
    let at = |x: f64| model::compute(&SynapseInputs { pause_hours_week: x.min(i.hours_week), ..i.clone() });
    let today_level: Vec<f64> = xs
        .iter()
        .map(|&x| {
            let m = at(x);
            m.current_monthly - m.pause_saving
        })
        .collect();
    let optimized: Vec<f64> = xs.iter().map(|&x| at(x).optimized_monthly).collect();
    let markers = vec![
        charts::marker("Today", 0.0, r.current_monthly),
        charts::marker(
            format!("Recommended plan: {} h paused", format::count(r.paused_hours)),
            i.pause_hours_week,
            r.optimized_monthly,
        ),
    ];
    charts::versus(
        "cost_vs_pause",
        "Monthly cost against hours paused per week",
        ("Hours paused per week", HOURS_PER_WEEK),
        ("Monthly cost", Unit::USD_PER_MONTH),
        &xs,
        vec![
            Line::new(format!("{} (today's level), pausing only", level_name(i.dwu)), today_level),
            Line::new("Recommended plan", optimized),
        ],
        markers,
    )
}

/// Every number the result rests on: each price with its provenance, and the inputs.
fn assumptions(read: &Read, r: &SynapseResult) -> Vec<Assumption> {
    let i = &read.model;
    // A sheet price is the chosen region's (storage: West Europe's, standing in for it).
    let region = |p: &Provenance| match p {
        Provenance::Sheet(price) if price.region == Some(read.region) => {
            format!(", {}", region_label(read.region))
        }
        _ => String::new(),
    };
    vec![
        Assumption::price(
            key::P_DWU_HOUR,
            format!(
                "Dedicated SQL pool price per 100 DWU-hour (DW100c), pay-as-you-go{}",
                region(&read.p_dwu_hour)
            ),
            format::price(i.p_dwu_hour, USD_PER_100_DWU_HOUR),
            read.p_dwu_hour.clone(),
        ),
        Assumption::rule(
            Some(key::RESERVED_DISCOUNT),
            "Reservation discount off pay-as-you-go (used only with a reservation; about 37% for 1 year and 65% for 3 years, a Microsoft author's 2020 figures)",
            format!(
                "{}: {} per 100 DWU-hour, billed every hour of its term",
                format::percent(read.reserved_discount),
                format::rate(i.p_reserved_dwu_hour)
            ),
            &meta::RESERVED_DISCOUNT_2020,
        ),
        Assumption::price(
            key::P_TB,
            format!("Serverless SQL price per TB processed{}", region(&read.p_tb)),
            format::price(i.p_tb, USD_PER_TB),
            read.p_tb.clone(),
        ),
        Assumption::price(
            key::P_STORAGE,
            match &read.p_storage {
                Provenance::Sheet(p) if stands_in(p) => format!(
                    "Storage price per TB-month (billed while paused), West Europe's figure standing in for {}",
                    region_label(read.region)
                ),
                p => format!("Storage price per TB-month (billed while paused){}", region(p)),
            },
            format::price(i.p_storage, USD_PER_TB_MONTH),
            read.p_storage.clone(),
        ),
        Assumption::derived(
            "Weeks in a month",
            format::number(HOURS_PER_MONTH / WEEK, 3),
            "730 hours a month ÷ 168 hours a week",
        ),
        Assumption::derived(
            "Right-sized level",
            format!("{} ({} needed)", level_name(r.target_dwu), format::value(r.needed_dwu, DWU)),
            "smallest Gen2 level ≥ peak × (1 + headroom), never above today's level",
        ),
        Assumption::input(key::HEADROOM, "Headroom over the peak", format::percent(i.headroom_pct), false),
        Assumption::rule(
            Some(key::RESERVED_DWU),
            "A reservation is billed every hour of its term, used or not; the DWU above it bill at pay-as-you-go, and after it ends all of them do",
            if r.reserved_months_left > 0.0 {
                format!(
                    "{} reserved, {} left",
                    format::value(i.reserved_dwu, DWU),
                    format::plural(r.reserved_months_left, "month", "months")
                )
            } else {
                "no reservation".to_string()
            },
            &meta::RESERVATION_DISCOUNT,
        ),
        Assumption::input(
            key::HORIZON_MONTHS,
            "Horizon",
            format::plural(r.horizon_months, "month", "months"),
            false,
        ),
        Assumption::rule(
            Some(key::PAUSE_HOURS_WEEK),
            "Compute bills whole hours: hours online round up, paused hours round down",
            format!(
                "{} h online bill {} h; {} h paused save {} h",
                format::count(i.hours_week),
                format::count(r.billed_hours),
                format::count(i.pause_hours_week),
                format::count(r.paused_hours)
            ),
            &meta::HOURLY_BILLING,
        ),
    ]
}

/// The prices an input left empty was evaluated with.
fn auto_values(read: &Read) -> Vec<AutoValue> {
    let i = &read.model;
    vec![
        AutoValue::new(key::P_DWU_HOUR, i.p_dwu_hour),
        AutoValue::new(key::P_TB, i.p_tb),
        AutoValue::new(key::P_STORAGE, i.p_storage),
    ]
}
