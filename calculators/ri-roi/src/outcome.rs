//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the payment-option table, the cumulative-cost chart and the assumptions.

use crate::fields::{hourly_text, key, Read, USD_PER_INSTANCE_HOUR};
use crate::model::{self, OptionRow, RiResult, Term, HOURS_PER_MONTH};
use crate::words;
use crate::words::schedule;
use calc_core::charts::{self, Line};
use calc_core::{format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Row, Table, Unit};

pub fn build(read: &Read, r: &RiResult) -> Outcome {
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables: vec![option_table(read, r)],
        charts: vec![cost_chart(read, r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read),
        notes: words::notes(read, r),
        next_steps: vec![],
    }
}

pub const OD_MONTHLY: Headline = Headline::new("od_monthly", "On-Demand", Unit::USD_PER_MONTH);
pub const RI_EFFECTIVE: Headline =
    Headline::new("ri_effective_monthly", "RI, effective", Unit::USD_PER_MONTH);
pub const EFFECTIVE_DISCOUNT: Headline =
    Headline::new("effective_discount", "Effective discount", Unit::SHARE);
pub const BREAKEVEN: Headline = Headline::new("breakeven_month", "Break-even", Unit::MONTHS);
pub const TERM_SAVING: Headline = Headline::new("term_saving", "The chosen RI over its term", Unit::USD);
pub const HORIZON_SAVING: Headline = Headline::new("horizon_saving", "Saving until the migration", Unit::USD);
pub const STRANDED: Headline = Headline::new("stranded_cost", "Stranded commitment", Unit::USD);
pub const RIGHTSIZE_SAVING: Headline =
    Headline::new("rightsize_saving_monthly", "Right-sizing first saves", Unit::USD_PER_MONTH);
pub const NPV_SAVING: Headline = Headline::new("npv_saving", "NPV of the saving", Unit::USD);
pub const DSP_MONTHLY: Headline = Headline::new("dsp_monthly", "Database Savings Plan", Unit::USD_PER_MONTH);
pub const HEADLINES: &[Headline] = &[
    OD_MONTHLY,
    RI_EFFECTIVE,
    EFFECTIVE_DISCOUNT,
    BREAKEVEN,
    TERM_SAVING,
    HORIZON_SAVING,
    STRANDED,
    RIGHTSIZE_SAVING,
    NPV_SAVING,
    DSP_MONTHLY,
];

fn headlines(read: &Read, r: &RiResult) -> Vec<Figure> {
    vec![
        od_monthly(read, r),
        ri_effective(read, r),
        effective_discount(read, r),
        breakeven(read, r),
        term_saving(read, r),
        horizon_saving(r),
        stranded(read, r),
        rightsize(read, r),
        npv_saving(read, r),
        dsp(read, r),
    ]
}

/// The instance count as the math writes it.
fn instances(read: &Read) -> String {
    format::count(f64::from(read.model.footprint.instances))
}

fn od_monthly(read: &Read, r: &RiResult) -> Figure {
    let fp = &read.model.footprint;
    OD_MONTHLY.of(r.od_monthly).math(
        "instances × On-Demand price per instance-hour × hours running per month",
        format!(
            "{} × {} × {} h = {}/month",
            instances(read),
            format::rate(fp.od_hourly),
            format::count(fp.hours_per_month),
            format::cents(r.od_monthly)
        ),
    )
}

fn ri_effective(read: &Read, r: &RiResult) -> Figure {
    let (fp, c) = (&read.model.footprint, &read.model.chosen);
    let n = instances(read);
    let hours = format::count(fp.billed_hours_per_month());
    RI_EFFECTIVE.of(r.ri_effective_monthly).math(
        "instances × (upfront ÷ term months + hourly charge × hours billed a month), owed every hour of the term",
        format!(
            "{n} × ({} ÷ {} + {} × {hours} h) = {n} × {} = {}/month",
            format::money(c.upfront),
            c.term.months(),
            format::rate(c.hourly),
            format::cents(fp.effective_monthly(c)),
            format::cents(r.ri_effective_monthly)
        ),
    )
}

fn effective_discount(read: &Read, r: &RiResult) -> Figure {
    let s = &read.model;
    EFFECTIVE_DISCOUNT.of(r.effective_discount).math(
        "1 − effective hourly ÷ On-Demand hourly",
        format!(
            "1 − {} ÷ {} = {}",
            format::rate(s.chosen.effective_hourly()),
            format::rate(s.footprint.od_hourly),
            format::share(r.effective_discount)
        ),
    )
}

fn breakeven(read: &Read, r: &RiResult) -> Figure {
    let (fp, c) = (&read.model.footprint, &read.model.chosen);
    let formula = "RI commitment per instance ÷ one instance's On-Demand cost per month";
    match r.breakeven_month {
        Some(m) => BREAKEVEN.of(m).math(
            formula,
            format!(
                "({} + {} × {} h × {}) ÷ ({} × {} h) = {} ÷ {} = {} months",
                format::money(c.upfront),
                format::rate(c.hourly),
                format::count(fp.billed_hours_per_month()),
                c.term.months(),
                format::rate(fp.od_hourly),
                format::count(fp.hours_per_month),
                format::money(fp.commitment(c)),
                format::cents(fp.od_monthly_per_instance()),
                format::number(m, 2)
            ),
        ),
        None => BREAKEVEN
            .none("never (no On-Demand cost)")
            .math(formula, "The instances run 0 hours or On-Demand costs $0, so the RI never pays off."),
    }
}

fn term_saving(read: &Read, r: &RiResult) -> Figure {
    let (fp, c) = (&read.model.footprint, &read.model.chosen);
    let term_months = c.term.months();
    TERM_SAVING.of(r.term_saving).change().math(
        "On-Demand for the whole term − the RI commitment (negative: the RI costs more)",
        format!(
            "{} × {term_months} months − {} × {} = {} − {} = {}",
            format::cents(r.od_monthly),
            instances(read),
            format::money(fp.commitment(c)),
            format::money(r.od_monthly * f64::from(term_months)),
            format::money(f64::from(fp.instances) * fp.commitment(c)),
            format::money(r.term_saving)
        ),
    )
}

const NO_MIGRATION: &str = "no migration planned";

fn horizon_saving(r: &RiResult) -> Figure {
    let Some(m) = &r.migration else {
        return HORIZON_SAVING.none(NO_MIGRATION);
    };
    HORIZON_SAVING.of(m.horizon_saving).change().math(
        "On-Demand until the migration month − what the chosen RI costs by then: every term bought is owed \
         in full, and it is renewed only for months where On-Demand would cost more than the renewal",
        format!(
            "{} − {} ({}) = {}",
            format::money(m.od_cost),
            format::money(m.ri_cost),
            schedule(r.recommendation.chosen()),
            format::money(m.horizon_saving)
        ),
    )
}

fn stranded(read: &Read, r: &RiResult) -> Figure {
    let Some(m) = &r.migration else {
        return STRANDED.none(NO_MIGRATION);
    };
    let left: Vec<String> = r
        .recommendation
        .chosen()
        .purchases()
        .filter(|p| p.paid_months > p.months)
        .map(|p| {
            format!(
                "{} of {} months × {}/month",
                p.paid_months - p.months,
                p.paid_months,
                format::cents(p.cost() / f64::from(p.paid_months))
            )
        })
        .collect();
    STRANDED.of(m.stranded_cost).math(
        "months of a term bought but left after the migration × that term's cost per month",
        format!(
            "{} after month {} = {}",
            if left.is_empty() { "no months".to_string() } else { left.join(" + ") },
            read.model.migrate_month,
            format::money(m.stranded_cost)
        ),
    )
}

fn rightsize(read: &Read, r: &RiResult) -> Figure {
    match (r.rightsize_saving_monthly, &read.model.rightsized) {
        (Some(v), Some(rs)) => RIGHTSIZE_SAVING.of(v).math(
            "commit-now effective monthly − right-sized effective monthly (same term and payment)",
            format!(
                "{} − {} × {} × 730 h = {} − {} = {}/month",
                format::cents(r.ri_effective_monthly),
                format::count(f64::from(rs.footprint.instances)),
                format::rate(rs.upfront / read.model.chosen.term.hours() + rs.hourly),
                format::cents(r.ri_effective_monthly),
                format::cents(r.ri_effective_monthly - v),
                format::cents(v)
            ),
        ),
        _ => RIGHTSIZE_SAVING.none("no right-sized class chosen"),
    }
}

fn npv_saving(read: &Read, r: &RiResult) -> Figure {
    let s = &read.model;
    let count = f64::from(s.footprint.instances);
    let rate = format::percent(s.discount_rate * 100.0);
    if s.migrates() {
        let v = &r.recommendation;
        let od = model::present_value(&v.plans[0].cash(), s.discount_rate);
        let plan = model::present_value(&v.chosen().cash(), s.discount_rate);
        return NPV_SAVING.of(r.npv_saving).math(
            format!(
                "On-Demand avoided until the migration − the chosen RI's payments (upfront fees when bought, \
                 monthly charges to the end of each term, owed after the migration too), each discounted at \
                 {rate} a year"
            ),
            format!(
                "{} On-Demand for {} months, worth {} today − payments worth {} today = {}",
                format::cents(r.od_monthly),
                v.horizon_months,
                format::money(od),
                format::money(plan),
                format::money(r.npv_saving)
            ),
        );
    }
    NPV_SAVING.of(r.npv_saving).math(
        format!(
            "avoided On-Demand − hourly charges each month, discounted at {rate} a year, − upfront fees now"
        ),
        format!(
            "{} a month for {} months at {rate} a year − {} upfront = {}",
            format::cents(r.od_monthly - count * s.footprint.recurring_monthly(&s.chosen)),
            s.chosen.term.months(),
            format::money(count * s.chosen.upfront),
            format::money(r.npv_saving)
        ),
    )
}

fn dsp(read: &Read, r: &RiResult) -> Figure {
    let s = &read.model;
    let usage = f64::from(s.footprint.instances) * s.footprint.od_hourly;
    match r.dsp_monthly {
        Some(m) if s.dsp_discount > 0.0 => DSP_MONTHLY.of(m).math(
            "commitment per hour = On-Demand usage × (1 − discount), owed every hour of the month for one year",
            format!(
                "{} × (1 − {}) × {} h = {}/month",
                format::rate(usage),
                format::percent(s.dsp_discount * 100.0),
                format::count(s.footprint.billed_hours_per_month()),
                format::cents(m)
            ),
        ),
        Some(_) => DSP_MONTHLY.none("enter the discount AWS quotes"),
        None => DSP_MONTHLY.none("not eligible (generation 7+ only)"),
    }
}

fn option_name(term: Term, payment: model::Payment) -> String {
    crate::fields::offer_name(term, payment)
}

fn option_table(read: &Read, r: &RiResult) -> Table {
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
    let mut rows: Vec<&OptionRow> = r.rows.iter().collect();
    rows.sort_by_key(|o| (o.term.months(), o.payment as u8));
    Table {
        key: "options",
        title: format!(
            "Every payment option for {} × {} with a price (fleet totals; hourly rate and discount per instance)",
            read.model.footprint.instances,
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

fn cost_chart(read: &Read, r: &RiResult) -> Chart {
    let s = &read.model;
    let v = &r.recommendation;
    let horizon = v.horizon_months;
    let xs: Vec<f64> = (0..=horizon).map(f64::from).collect();
    let mut lines = vec![
        Line::new("On-Demand", model::committed_series(&v.plans[0], horizon)),
        Line::stairs(
            format!("Commit now: {}", schedule(v.chosen())),
            model::committed_series(v.chosen(), horizon),
        ),
    ];
    if let (Some(rs), Some(class)) = (&v.rightsize, read.rs_class) {
        lines.push(Line::stairs(
            format!("Right-size to {} then commit", crate::fields::class_words(class)),
            model::committed_series(rs, horizon),
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
    if s.migrates() {
        markers.push(charts::marker(
            format!("Migration: month {}", horizon),
            f64::from(horizon),
            v.chosen().cost(),
        ));
    }
    charts::versus(
        "cumulative_cost",
        "What each option has committed by month N, up to the months the instances run",
        ("Month", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        lines,
        markers,
    )
}

fn assumptions(read: &Read) -> Vec<Assumption> {
    let s = &read.model;
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
        format!(
            "{} hours ({})",
            format::count(s.footprint.billed_hours_per_month()),
            if s.footprint.hours_per_month > HOURS_PER_MONTH {
                "every hour of a month as long as the hours you run"
            } else {
                "8,760 a year ÷ 12"
            }
        ),
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
