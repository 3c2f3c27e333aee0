//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the payment-option table, the cumulative-cost chart and the assumptions.

use crate::fields::{hourly_text, key, Read, USD_PER_INSTANCE_HOUR};
use crate::model::{self, OptionRow, Report, Term, HOURS_PER_MONTH};
use crate::words;
use calc_core::charts::{self, Line};
use calc_core::{format, Assumption, Cell, Chart, Column, Figure, Outcome, Row, Table, Unit};

pub fn build(read: &Read, r: &Report) -> Outcome {
    Outcome {
        verdict: calc_core::Verdict::from_sentence(words::verdict(read, r)),
        headlines: headlines(read, r),
        tables: vec![option_table(read, r)],
        charts: vec![cost_chart(read, r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read),
        notes: words::notes(read, r),
        next_steps: vec![],
    }
}

fn headlines(read: &Read, r: &Report) -> Vec<Figure> {
    let s = &read.scenario;
    let fp = &s.footprint;
    let c = &s.chosen;
    let n = format::count(f64::from(fp.instances));
    let od = Figure::new("od_monthly", "On-Demand", r.od_monthly, Unit::USD_PER_MONTH).math(
        "instances × On-Demand price per instance-hour × hours running per month",
        format!(
            "{n} × {} × {} h = {}/month",
            format::rate(fp.od_hourly),
            format::count(fp.hours_per_month),
            format::cents(r.od_monthly)
        ),
    );
    let effective =
        Figure::new("ri_effective_monthly", "RI, effective", r.ri_effective_monthly, Unit::USD_PER_MONTH)
            .math(
                "instances × (upfront ÷ term hours + hourly charge) × 730 h, owed every hour of the term",
                format!(
                    "{n} × ({} ÷ {} h + {}) × 730 h = {n} × {} × 730 h = {}/month",
                    format::money(c.upfront),
                    format::count(c.term.hours()),
                    format::rate(c.hourly),
                    format::rate(c.effective_hourly()),
                    format::cents(r.ri_effective_monthly)
                ),
            );
    let discount = Figure::new("effective_discount", "Effective discount", r.effective_discount, Unit::SHARE)
        .math(
            "1 − effective hourly ÷ On-Demand hourly",
            format!(
                "1 − {} ÷ {} = {}",
                format::rate(c.effective_hourly()),
                format::rate(fp.od_hourly),
                format::share(r.effective_discount)
            ),
        );
    let commitment = c.total_commitment();
    let breakeven_formula = "RI commitment per instance ÷ one instance's On-Demand cost per month";
    let breakeven = match r.breakeven_month {
        Some(m) => Figure::new("breakeven_month", "Break-even", m, Unit::MONTHS).math(
            breakeven_formula,
            format!(
                "({} + {} × {} h) ÷ ({} × {} h) = {} ÷ {} = {} months",
                format::money(c.upfront),
                format::rate(c.hourly),
                format::count(c.term.hours()),
                format::rate(fp.od_hourly),
                format::count(fp.hours_per_month),
                format::money(commitment),
                format::cents(fp.od_monthly_per_instance()),
                format::number(m, 2)
            ),
        ),
        None => Figure::none("breakeven_month", "Break-even", Unit::MONTHS, "never (no On-Demand cost)")
            .math(
                breakeven_formula,
                "The instances run 0 hours or On-Demand costs $0, so the RI never pays off.",
            ),
    };
    let term_months = c.term.months();
    let term_saving =
        Figure::new("term_saving", "The chosen RI over its term", r.term_saving, Unit::USD).change().math(
            "On-Demand for the whole term − the RI commitment (negative: the RI costs more)",
            format!(
                "{} × {term_months} months − {n} × {} = {} − {} = {}",
                format::cents(r.od_monthly),
                format::money(commitment),
                format::money(r.od_monthly * f64::from(term_months)),
                format::money(f64::from(fp.instances) * commitment),
                format::money(r.term_saving)
            ),
        );
    let rate = format::percent(s.discount_rate * 100.0);
    let npv = Figure::new("npv_saving", "NPV of the saving", r.npv_saving, Unit::USD).math(
        format!(
            "avoided On-Demand − hourly charges each month, discounted at {rate} a year, − upfront fees now"
        ),
        format!(
            "{} a month for {term_months} months at {rate} a year − {} upfront = {}",
            format::cents(r.od_monthly - f64::from(fp.instances) * c.recurring_monthly()),
            format::money(f64::from(fp.instances) * c.upfront),
            format::money(r.npv_saving)
        ),
    );
    let (horizon, stranded) = migration_figures(read, r);
    vec![
        od,
        effective,
        discount,
        breakeven,
        term_saving,
        horizon,
        stranded,
        rightsize(read, r),
        npv,
        dsp(read, r),
    ]
}

fn migration_figures(read: &Read, r: &Report) -> (Figure, Figure) {
    let none = "no migration planned";
    match &r.migration {
        None => (
            Figure::none("horizon_saving", "Saving until the migration", Unit::USD, none),
            Figure::none("stranded_cost", "Stranded commitment", Unit::USD, none),
        ),
        Some(m) => {
            let month = read.scenario.migrate_month;
            let horizon = Figure::new("horizon_saving", "Saving until the migration", m.horizon_saving, Unit::USD).change()
                .math(
                    "On-Demand until the migration month − what the RI costs by then (its whole term, or every started year of a 1-year RI)",
                    format!(
                        "{} − {} = {}",
                        format::money(m.od_cost),
                        format::money(m.ri_cost),
                        format::money(m.horizon_saving)
                    ),
                );
            let stranded = Figure::new("stranded_cost", "Stranded commitment", m.stranded_cost, Unit::USD)
                .math(
                    "instances × months of the term left after the migration × effective monthly cost",
                    format!(
                        "{} months left after month {month}, at {}/month = {}",
                        format::count(m.stranded_cost / r.ri_effective_monthly.max(f64::MIN_POSITIVE)),
                        format::cents(r.ri_effective_monthly),
                        format::money(m.stranded_cost)
                    ),
                );
            (horizon, stranded)
        }
    }
}

fn rightsize(read: &Read, r: &Report) -> Figure {
    let label = "Right-sizing first saves";
    match (r.rightsize_saving_monthly, &read.scenario.rightsized) {
        (Some(v), Some(rs)) => Figure::new("rightsize_saving_monthly", label, v, Unit::USD_PER_MONTH).math(
            "commit-now effective monthly − right-sized effective monthly (same term and payment)",
            format!(
                "{} − {} × {} × 730 h = {} − {} = {}/month",
                format::cents(r.ri_effective_monthly),
                format::count(f64::from(rs.footprint.instances)),
                format::rate(rs.upfront / read.scenario.chosen.term.hours() + rs.hourly),
                format::cents(r.ri_effective_monthly),
                format::cents(r.ri_effective_monthly - v),
                format::cents(v)
            ),
        ),
        _ => Figure::none(
            "rightsize_saving_monthly",
            label,
            Unit::USD_PER_MONTH,
            "no right-sized class chosen",
        ),
    }
}

fn dsp(read: &Read, r: &Report) -> Figure {
    let s = &read.scenario;
    let label = "Database Savings Plan";
    let usage = f64::from(s.footprint.instances) * s.footprint.od_hourly;
    match r.dsp_monthly {
        Some(m) if s.dsp_discount > 0.0 => Figure::new("dsp_monthly", label, m, Unit::USD_PER_MONTH).math(
            "commitment per hour = On-Demand usage × (1 − discount), owed for 730 h a month for one year",
            format!(
                "{} × (1 − {}) × 730 h = {}/month",
                format::rate(usage),
                format::percent(s.dsp_discount * 100.0),
                format::cents(m)
            ),
        ),
        Some(_) => Figure::none("dsp_monthly", label, Unit::USD_PER_MONTH, "enter the discount AWS quotes"),
        None => Figure::none("dsp_monthly", label, Unit::USD_PER_MONTH, "not eligible (generation 7+ only)"),
    }
}

fn option_name(term: Term, payment: model::Payment) -> String {
    crate::fields::offer_name(term, payment)
}

fn option_table(read: &Read, r: &Report) -> Table {
    let money = |label: &str, unit: Unit| Column { label: label.to_string(), unit };
    let row = |o: &OptionRow| {
        let breakeven = o.breakeven_month.map_or(Cell::Text("never".into()), Cell::Num);
        Row::data(vec![
            Cell::Text(option_name(o.term, o.payment)),
            Cell::Num(o.upfront),
            Cell::Num(o.monthly),
            Cell::Num(o.effective_hourly),
            Cell::Num(o.effective_discount),
            breakeven,
            Cell::Num(o.term_total),
            Cell::Num(o.term_saving),
            Cell::Num(o.npv_saving),
        ])
    };
    let mut rows: Vec<&OptionRow> = r.rows.iter().filter(|o| o.offered).collect();
    rows.sort_by_key(|o| (o.term.months(), o.payment as u8));
    Table {
        key: "options",
        title: format!(
            "Every payment option for {} × {} with a price (fleet totals; hourly rate and discount per instance)",
            read.scenario.footprint.instances,
            crate::fields::class_words(read.class)
        ),
        columns: vec![
            money("Option", Unit::TEXT),
            money("Upfront", Unit::USD),
            money("Hourly charges a month", Unit::USD_PER_MONTH),
            money("Effective hourly", USD_PER_INSTANCE_HOUR),
            money("Discount", Unit::SHARE),
            money("Break-even", Unit::MONTHS),
            money("Term total", Unit::USD),
            money("Saving over the term", Unit::USD),
            money("NPV of the saving", Unit::USD),
        ],
        rows: rows.into_iter().map(row).collect(),
    }
}

fn cost_chart(read: &Read, r: &Report) -> Chart {
    let s = &read.scenario;
    let horizon = s.horizon_months().max(s.chosen.term.months());
    let c = model::chart(s, horizon);
    let xs: Vec<f64> = (0..=horizon).map(f64::from).collect();
    let mut lines = vec![
        Line::new("On-Demand", c.on_demand.clone()),
        Line::stairs(
            format!("Commit now: {}", option_name(s.chosen.term, s.chosen.payment)),
            c.commit_now.clone(),
        ),
    ];
    if let (Some(rs), Some(class)) = (c.rightsize_then_commit, read.rs_class) {
        lines.push(Line::stairs(
            format!("Right-size to {} then commit", crate::fields::class_words(class)),
            rs,
        ));
    }
    let mut markers = Vec::new();
    if let Some(m) = r.breakeven_month.filter(|m| *m <= f64::from(horizon)) {
        markers.push(charts::marker(
            format!("Break-even: {}", format::months(m)),
            m,
            s.footprint.od_cost_at(m),
        ));
    }
    if s.migrate_month > 0 {
        let m = f64::from(s.migrate_month);
        markers.push(charts::marker(
            format!("Migration: month {}", s.migrate_month),
            m,
            model::ri_cost_at(&s.footprint, &s.chosen, m),
        ));
    }
    charts::versus(
        "cumulative_cost",
        "What each option has cost if the instances are deleted at month N",
        ("Month", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        lines,
        markers,
    )
}

fn assumptions(read: &Read) -> Vec<Assumption> {
    let s = &read.scenario;
    let mut out = vec![
        Assumption::price(
            key::OD_HOURLY,
            format!(
                "On-Demand price per instance-hour, {} {}",
                read.engine_label(),
                crate::fields::class_words(read.class)
            ),
            hourly_text(s.footprint.od_hourly),
            read.od.clone(),
        ),
        Assumption::price(
            key::RI_UPFRONT,
            format!("RI upfront fee and hourly charge, {}", option_name(s.chosen.term, s.chosen.payment)),
            format!("{} per instance + {}", format::money(s.chosen.upfront), hourly_text(s.chosen.hourly)),
            read.ri.clone(),
        ),
    ];
    if let (Some(rs), Some(origin), Some(class)) = (&s.rightsized, &read.rs, read.rs_class) {
        out.push(Assumption::price(
            key::RS_OD_HOURLY,
            format!("Right-sized {}: On-Demand, RI upfront and hourly", crate::fields::class_words(class)),
            format!(
                "{}; {} per instance + {}",
                hourly_text(rs.footprint.od_hourly),
                format::money(rs.upfront),
                hourly_text(rs.hourly)
            ),
            origin.clone(),
        ));
    }
    out.push(Assumption::derived(
        "Hours a month an RI is owed",
        format!("{} hours (8,760 a year ÷ 12)", format::count(HOURS_PER_MONTH)),
        "AWS bills an RI for every hour of its term",
    ));
    out.push(Assumption::input(
        key::HOURS,
        "Hours running per month (On-Demand)",
        format::value(s.footprint.hours_per_month, Unit::HOURS_PER_MONTH),
        s.footprint.hours_per_month != HOURS_PER_MONTH,
    ));
    out.push(Assumption::input(
        key::DISCOUNT_RATE,
        "Discount rate for the NPV",
        format::percent(s.discount_rate * 100.0),
        s.discount_rate != 0.08,
    ));
    out
}
