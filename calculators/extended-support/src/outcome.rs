//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the paths, month-by-month and by-year tables, the cumulative chart and the assumptions.

use crate::fields::{key, Read, USD_PER_ACU_HOUR, USD_PER_INSTANCE_HOUR};
use crate::meta::{
    SOURCES, SRC_AURORA_MYSQL_CALENDAR, SRC_AURORA_PG_CALENDAR, SRC_RDS_CHARGES, SRC_RDS_MYSQL_CALENDAR,
    SRC_RDS_PG_CALENDAR, SRC_STOP, SRC_VANTAGE,
};
use crate::model::{completions, first_of_month, Band, FleetResult, Month, Path, PathKind, Version};
use crate::words::{self, month_name, rate_text, units_text, usd};
use calc_core::charts::{self, Line};
use calc_core::{
    format, Assumption, Cell, Chart, ChoiceEnum, Column, Figure, Headline, Outcome, Row, Table, Unit,
};

pub fn build(read: &Read, r: &FleetResult) -> Outcome {
    let (tables, charts) = if r.ended() {
        (vec![], vec![])
    } else {
        (vec![paths_table(read, r), months_table(read, r), years_table(r)], vec![cumulative_chart(r)])
    };
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables,
        charts,
        warnings: words::warnings(read, r),
        assumptions: assumptions(read, r),
        notes: words::notes(read, r),
        next_steps: vec![],
        auto_values: vec![],
    }
}

pub const MONTHLY_NOW: Headline =
    Headline::new("monthly_now", "Surcharge per month at the start", Unit::USD_PER_MONTH);
pub const STAY_SURCHARGE: Headline =
    Headline::new("stay_surcharge", "Surcharge if you stay to the end", Unit::USD);
pub const PROJECT: Headline = Headline::new("project_cost", "Upgrade project, with the buffer", Unit::USD);
pub const NOW_TOTAL: Headline = Headline::new("now_total", "Upgrade now: total", Unit::USD);
pub const LATER_TOTAL: Headline = Headline::new("later_total", "Upgrade by the later date: total", Unit::USD);
pub const STAY_TOTAL: Headline = Headline::new("stay_total", "Stay to the end: total", Unit::USD);
pub const SAVING_NOW: Headline = Headline::new("saving_now", "Upgrading now instead of staying", Unit::USD);
pub const PAYBACK: Headline =
    Headline::new("payback_month", "Upgrading now is ahead of staying from", Unit::MONTHS);
pub const DELAY: Headline = Headline::new("delay_month", "A month of delay adds", Unit::USD);
pub const HEADLINES: &[Headline] =
    &[MONTHLY_NOW, STAY_SURCHARGE, PROJECT, NOW_TOTAL, LATER_TOTAL, STAY_TOTAL, SAVING_NOW, PAYBACK, DELAY];

fn headlines(read: &Read, r: &FleetResult) -> Vec<Figure> {
    if r.ended() {
        let over = format!("nothing: Extended Support ended on {}", r.calendar.end);
        return vec![
            MONTHLY_NOW.of(0.0).math("no day after the end of Extended Support is priced", over.clone()),
            STAY_SURCHARGE
                .of(0.0)
                .over(format!("none: Extended Support ended on {}", r.calendar.end))
                .math("no day after the end of Extended Support is priced", over.clone()),
            project(read, r),
            NOW_TOTAL.none("not priced"),
            LATER_TOTAL.none("not priced"),
            STAY_TOTAL.none("not priced"),
            SAVING_NOW.none("not priced"),
            PAYBACK.none("not priced"),
            DELAY.none("not priced"),
        ];
    }
    let (now_date, later_date) = completions(&read.model);
    let span = span(read, r);
    vec![
        monthly_now(read, r),
        stay_surcharge(read, r),
        project(read, r),
        total(NOW_TOTAL, &r.now, &format!("completing on {now_date}")).over(span.clone()),
        total(LATER_TOTAL, &r.later, &format!("completing on {later_date}")).over(span.clone()),
        total(STAY_TOTAL, &r.stay, &format!("upgrading on the last day, {}", r.calendar.end))
            .over(span.clone()),
        saving_now(r).over(span),
        payback(r),
        delay(read, r),
    ]
}

/// The period the totals cover: from the start to the end of Extended Support.
fn span(read: &Read, r: &FleetResult) -> String {
    format!("from {} to the end of Extended Support, {}", read.model.start, r.calendar.end)
}

fn band_name(b: Band) -> &'static str {
    match b {
        Band::Standard => "no surcharge (before the first billed day)",
        Band::Year12 => "year 1 and 2 rate",
        Band::Year3 => "year-3 rate",
        Band::Ended => "after the end of Extended Support",
    }
}

fn monthly_now(read: &Read, r: &FleetResult) -> Figure {
    let i = &read.model;
    let month = first_of_month(i.start);
    let days = crate::model::days(month, month.plus_months(1));
    let rate = i.rate_on(i.start);
    MONTHLY_NOW.of(r.monthly_now).math(
        "units billed × rate in force on the start date × days in the start's month × 24 h",
        format!(
            "{}: {} × {} ({}) × {} days × 24 h = {} × {} h = {}",
            month_name(month),
            units_text(read, r.units),
            format::rate(rate),
            band_name(r.band_now),
            format::count(days),
            units_text(read, r.units),
            format::count(days * 24.0),
            format::cents(r.monthly_now)
        ),
    )
}

/// "Year 1–2: 456 days × 24 h × 80 vCPUs × $0.10 = $87,552.00; year 3: …".
fn surcharge_terms(read: &Read, p: &Path, units: f64) -> String {
    let (y12, y3) = read.model.rates();
    let d12: f64 = p.billed.iter().map(|b| b.year12).sum();
    let d3: f64 = p.billed.iter().map(|b| b.year3).sum();
    let mut parts = Vec::new();
    for (name, days, rate) in [("years 1 and 2", d12, y12), ("year 3", d3, y3)] {
        if days > 0.0 {
            parts.push(format!(
                "{name}: {} days × 24 h × {} × {} = {}",
                format::count(days),
                units_text(read, units),
                format::rate(rate),
                format::cents(days * 24.0 * units * rate)
            ));
        }
    }
    if parts.is_empty() {
        "no billed day".to_string()
    } else {
        parts.join("; ")
    }
}

fn stay_surcharge(read: &Read, r: &FleetResult) -> Figure {
    let c = r.calendar;
    STAY_SURCHARGE.of(r.stay.surcharge_total).over(format!("from {} to {}", read.model.start.max(c.year1), c.end)).math(
        "every day from the start (or the first billed day) through the end of Extended Support × 24 h × units billed × that day's rate",
        format!(
            "{} to {}: {} = {}",
            read.model.start.max(c.year1),
            c.end,
            surcharge_terms(read, &r.stay, r.units),
            format::cents(r.stay.surcharge_total)
        ),
    )
}

fn project(read: &Read, r: &FleetResult) -> Figure {
    let i = &read.model;
    let p = r.project;
    let copy = if i.serverless() {
        format!(
            "{} ACUs × {} × 24 h × {} days",
            format::count(i.databases * i.acus),
            format::rate(i.acu_hour),
            format::count(i.bluegreen_days)
        )
    } else {
        format!(
            "{} × {} × 24 h × {} days",
            format::plural(r.billed_instances, "instance", "instances"),
            format::rate(i.instance_hour),
            format::count(i.bluegreen_days)
        )
    };
    PROJECT.of(p.total).over("one-time").math(
        "(engineering hours × cost per hour + testing + Blue/Green copy) × (1 + risk buffer)",
        format!(
            "({} h × {} = {} + {} + {} = {}) × (1 + {}) = {}",
            format::count(i.eng_hours),
            format::rate(i.eng_rate),
            format::cents(p.engineering),
            format::cents(p.testing),
            if i.bluegreen_days > 0.0 {
                format!("{copy} = {}", format::cents(p.bluegreen))
            } else {
                "$0.00".into()
            },
            format::cents(p.base),
            format::percent(i.risk_pct),
            format::cents(p.total)
        ),
    )
}

fn total(h: Headline, p: &Path, when: &str) -> Figure {
    h.of(p.total).math(
        "surcharge through the completion day + upgrade project + instance-class change after it, to the end of Extended Support",
        format!(
            "{when}: {} + {} + {} = {}",
            format::cents(p.surcharge_total),
            format::cents(p.project.iter().sum()),
            format::cents(p.class_total),
            format::cents(p.total)
        ),
    )
}

fn saving_now(r: &FleetResult) -> Figure {
    SAVING_NOW.of(r.saving_now).change().math(
        "stay total − upgrade-now total (negative: upgrading now costs more)",
        format!(
            "{} − {} = {}",
            format::cents(r.stay.total),
            format::cents(r.now.total),
            format::cents(r.saving_now)
        ),
    )
}

fn payback(r: &FleetResult) -> Figure {
    let formula = "the month (the start's month is 1) from whose end upgrading now's running total stays at or below staying's";
    match r.payback_month {
        Some(m) => {
            let k = m - 1;
            let month = r.months[k].month;
            let mut figure = PAYBACK.of(m as f64);
            figure.display = format!("month {m} ({})", month_name(month));
            figure.math(
                formula,
                format!(
                    "end of {}: staying {} vs upgrading now {}, and ahead every month after",
                    month_name(month),
                    format::money(r.stay.cumulative[k]),
                    format::money(r.now.cumulative[k])
                ),
            )
        }
        None if r.stay.surcharge_total - r.now.surcharge_total <= 0.005 => PAYBACK
            .none("no surcharge to pay back")
            .math(formula, "upgrading now avoids no surcharge: both paths pay the same to the end"),
        None => PAYBACK.none(&format!("not by {}", r.calendar.end)).math(
            formula,
            format!(
                "at {}: staying {} < upgrading now {}",
                r.calendar.end,
                format::money(r.stay.total),
                format::money(r.now.total)
            ),
        ),
    }
}

fn delay(read: &Read, r: &FleetResult) -> Figure {
    let (now_date, _) = completions(&read.model);
    let later = now_date.plus_months(1).min(r.calendar.end);
    DELAY
        .of(r.delay_month)
        .over("for each month the upgrade completes later, to the end of Extended Support")
        .math(
            "total if the upgrade completes one calendar month later − total as planned",
            format!("completing on {later} instead of {now_date}: {}", format::cents(r.delay_month)),
        )
}

fn path_name(k: PathKind) -> &'static str {
    match k {
        PathKind::Now => "Upgrade now",
        PathKind::Later => "Upgrade by the later date",
        PathKind::Stay => "Stay on Extended Support to its end",
    }
}

fn paths_table(read: &Read, r: &FleetResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let rows = [PathKind::Now, PathKind::Later, PathKind::Stay]
        .into_iter()
        .map(|k| {
            let p = r.path(k);
            let mut name = path_name(k).to_string();
            if k == r.best {
                name.push_str(" (cheapest)");
            }
            Row::data(vec![
                Cell::Text(name),
                Cell::Text(p.completes.to_string()),
                Cell::Num(p.surcharge_total),
                Cell::Num(p.project.iter().sum()),
                Cell::Num(p.class_total),
                Cell::Num(p.total),
            ])
        })
        .collect();
    Table {
        key: "paths",
        title: format!("Three ways to finish the upgrade, {} to {}", read.model.start, r.calendar.end),
        columns: vec![
            Column { label: "Path".to_string(), unit: Unit::TEXT },
            Column { label: "Upgrade completes".to_string(), unit: Unit::TEXT },
            money("Surcharge"),
            money("Upgrade project"),
            money("Instance-class change"),
            money("Total"),
        ],
        rows,
    }
}

fn month_rate(read: &Read, m: &Month) -> String {
    let i = &read.model;
    let last = last_day(m);
    let (first_band, last_band) = (i.band_on(m.first), i.band_on(last));
    if first_band != last_band {
        format!("{} from {}", format::rate(i.rate_on(last)), rate_change_day(read, m))
    } else if matches!(first_band, Band::Year12 | Band::Year3) {
        format!("{} ({})", format::rate(i.rate_on(m.first)), band_name(first_band))
    } else {
        band_name(first_band).to_string()
    }
}

/// The last day of the month inside the horizon.
fn last_day(m: &Month) -> calc_core::Date {
    m.first.plus_days((m.days() as u32).saturating_sub(1))
}

/// The first day of `m` whose band differs from the month's first day.
fn rate_change_day(read: &Read, m: &Month) -> calc_core::Date {
    let i = &read.model;
    let first = i.band_on(m.first);
    let mut d = m.first;
    while d < m.after && i.band_on(d) == first {
        d = d.plus_days(1);
    }
    d
}

fn months_table(read: &Read, r: &FleetResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let mut rows: Vec<Row> = r
        .months
        .iter()
        .enumerate()
        .map(|(k, m)| {
            Row::data(vec![
                Cell::Text(month_name(m.month)),
                Cell::Num(m.days() * 24.0),
                Cell::Text(month_rate(read, m)),
                Cell::Num(r.stay.surcharge[k]),
                Cell::Num(r.now.surcharge[k]),
                Cell::Num(r.now.project[k] + r.now.class_change[k]),
                Cell::Num(r.stay.cumulative[k]),
                Cell::Num(r.now.cumulative[k]),
            ])
        })
        .collect();
    rows.push(Row::total(vec![
        Cell::Text("Total".to_string()),
        Cell::Num(r.months.iter().map(|m| m.days() * 24.0).sum()),
        Cell::Text(String::new()),
        Cell::Num(r.stay.surcharge_total),
        Cell::Num(r.now.surcharge_total),
        Cell::Num(r.now.project.iter().sum::<f64>() + r.now.class_total),
        Cell::Num(r.stay.total),
        Cell::Num(r.now.total),
    ]));
    Table {
        key: "months",
        title: format!(
            "Month by month: the surcharge if you stay, and upgrading now (done {})",
            r.now.completes
        ),
        columns: vec![
            Column { label: "Month".to_string(), unit: Unit::TEXT },
            Column { label: "Hours".to_string(), unit: crate::fields::HOURS },
            Column { label: "Rate".to_string(), unit: Unit::TEXT },
            money("Surcharge if you stay"),
            money("Surcharge, upgrading now"),
            money("Project and class change"),
            money("Cumulative, staying"),
            money("Cumulative, upgrading now"),
        ],
        rows,
    }
}

/// Twelve-month periods from the start's month.
fn years_table(r: &FleetResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let mut rows = Vec::new();
    for (y, chunk) in r.months.chunks(12).enumerate() {
        let from = y * 12;
        let to = from + chunk.len();
        let sum = |p: &Path| p.cost[from..to].iter().sum::<f64>();
        let label = format!(
            "Year {}: {} to {}",
            y + 1,
            month_name(chunk[0].month),
            month_name(chunk[chunk.len() - 1].month)
        );
        rows.push(Row::data(vec![
            Cell::Text(label),
            Cell::Num(sum(&r.now)),
            Cell::Num(sum(&r.later)),
            Cell::Num(sum(&r.stay)),
            Cell::Num(r.stay.surcharge[from..to].iter().sum()),
        ]));
    }
    rows.push(Row::total(vec![
        Cell::Text("Total".to_string()),
        Cell::Num(r.now.total),
        Cell::Num(r.later.total),
        Cell::Num(r.stay.total),
        Cell::Num(r.stay.surcharge_total),
    ]));
    Table {
        key: "years",
        title: "By year from the start: everything each path pays".to_string(),
        columns: vec![
            Column { label: "Year".to_string(), unit: Unit::TEXT },
            money("Upgrade now"),
            money("Upgrade by the later date"),
            money("Stay to the end"),
            money("Of which surcharge, staying"),
        ],
        rows,
    }
}

fn cumulative_chart(r: &FleetResult) -> Chart {
    let xs: Vec<f64> = (0..=r.months.len()).map(|k| k as f64).collect();
    let line = |name: &str, p: &Path| {
        let mut y = vec![0.0];
        y.extend(p.cumulative.iter().copied());
        Line::new(name, y)
    };
    let mut markers = Vec::new();
    // Year-3 pricing, where it starts inside the horizon (at the start of its month).
    if let Some(y3) = r.calendar.year3 {
        if let Some(k) = r.months.iter().position(|m| m.first <= y3 && y3 < m.after).filter(|k| *k > 0) {
            markers.push(charts::marker(
                format!("Year-3 pricing from {y3}"),
                k as f64,
                r.stay.cumulative[k - 1],
            ));
        }
    }
    if let Some(m) = r.payback_month {
        markers.push(charts::marker(
            format!("Upgrading now pays back by the end of month {m}"),
            m as f64,
            r.now.cumulative[m - 1],
        ));
    }
    charts::versus(
        "cumulative",
        "Cumulative cost of each path, month by month",
        ("Month from the start", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        vec![
            line("Upgrade now", &r.now),
            line("Upgrade by the later date", &r.later),
            line("Stay to the end", &r.stay),
        ],
        markers,
    )
}

fn calendar_source(v: Version) -> usize {
    match v {
        Version::RdsMysql57 | Version::RdsMysql80 => SRC_RDS_MYSQL_CALENDAR,
        Version::RdsPg11 | Version::RdsPg12 | Version::RdsPg13 | Version::RdsPg14 => SRC_RDS_PG_CALENDAR,
        Version::AuroraMysql2 | Version::AuroraMysql3 => SRC_AURORA_MYSQL_CALENDAR,
        _ => SRC_AURORA_PG_CALENDAR,
    }
}

fn assumptions(read: &Read, r: &FleetResult) -> Vec<Assumption> {
    let i = &read.model;
    let c = r.calendar;
    let cal = &SOURCES[calendar_source(i.version)];
    let mut out = vec![
        Assumption::rule(
            Some(key::VERSION),
            format!("{}: end of standard support", i.version.label()),
            c.standard_end.to_string(),
            cal,
        ),
        Assumption::rule(
            Some(key::VERSION),
            "First day billed at the year 1 and 2 rate",
            c.year1.to_string(),
            cal,
        ),
        Assumption::rule(
            Some(key::VERSION),
            "First day billed at the year-3 rate",
            c.year3.map_or("none: the year 1 rate to the end".to_string(), |d| d.to_string()),
            cal,
        ),
        Assumption::rule(
            Some(key::VERSION),
            "Last day of Extended Support (AWS upgrades the engine after it)",
            c.end.to_string(),
            cal,
        ),
        Assumption::rule(
            Some(key::DEPLOYMENT),
            "Standbys and read replicas bill the surcharge; billed by the day through the upgrade day",
            "yes".to_string(),
            &SOURCES[SRC_RDS_CHARGES],
        ),
        Assumption::rule(
            Some(key::DEPLOYMENT),
            "Reserved Instances reduce the surcharge",
            "no".to_string(),
            &SOURCES[SRC_VANTAGE],
        ),
        Assumption::rule(
            None,
            "A stopped RDS DB instance is started again after",
            "7 days".to_string(),
            &SOURCES[SRC_STOP],
        ),
    ];
    if i.serverless() {
        out.push(Assumption::price(
            key::P_ACU_Y12,
            "Surcharge per ACU-hour, years 1 and 2",
            format::price(i.acu_y12, USD_PER_ACU_HOUR),
            read.acu_y12.clone(),
        ));
        out.push(Assumption::price(
            key::P_ACU_Y3,
            "Surcharge per ACU-hour, year 3",
            format::price(i.acu_y3, USD_PER_ACU_HOUR),
            read.acu_y3.clone(),
        ));
        out.push(Assumption::price(
            key::P_ACU,
            "Blue/Green copy per ACU-hour",
            format::price(i.acu_hour, USD_PER_ACU_HOUR),
            read.acu_hour.clone(),
        ));
    } else {
        out.push(Assumption::price(
            key::P_VCPU_Y12,
            "Surcharge per vCPU-hour, years 1 and 2",
            rate_text(read, i.vcpu_y12),
            read.vcpu_y12.clone(),
        ));
        out.push(Assumption::price(
            key::P_VCPU_Y3,
            "Surcharge per vCPU-hour, year 3",
            rate_text(read, i.vcpu_y3),
            read.vcpu_y3.clone(),
        ));
        out.push(Assumption::price(
            key::P_INSTANCE,
            "Blue/Green copy per instance-hour",
            format::price(i.instance_hour, USD_PER_INSTANCE_HOUR),
            read.instance_hour.clone(),
        ));
    }
    out.push(Assumption::derived(
        "Units billed every hour",
        units_text(read, r.units),
        if i.serverless() {
            "clusters × average ACUs".to_string()
        } else {
            format!(
                "databases × (instances per database + read replicas) × vCPUs = {} × ({} + {}) × {}",
                format::count(i.databases),
                format::count(i.deployment.instances_per_database()),
                format::count(i.replicas),
                format::count(i.vcpus)
            )
        },
    ));
    out.push(Assumption::input(key::ENG_HOURS, "Engineering hours", format::count(i.eng_hours), false));
    out.push(Assumption::input(key::ENG_RATE, "Cost per engineering hour", format::rate(i.eng_rate), false));
    out.push(Assumption::input(key::TESTING, "Testing", usd(i.testing), false));
    out.push(Assumption::input(
        key::BG_DAYS,
        "Blue/Green overlap",
        format::plural(i.bluegreen_days, "day", "days"),
        false,
    ));
    out.push(Assumption::input(
        key::CLASS_CHANGE,
        "Instance-class change after the upgrade",
        format::value(i.class_change, Unit::USD_PER_MONTH),
        false,
    ));
    out.push(Assumption::input(key::RISK, "Risk buffer on the project", format::percent(i.risk_pct), false));
    out
}
