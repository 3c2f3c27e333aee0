//! The model's numbers as the Outcome every channel shows: headline figures with their math,
//! the payment-option table, the cumulative-cost chart and the assumptions.

use crate::fields::{hourly_text, key, OfferPrice, Read, USD_PER_INSTANCE_HOUR};
use crate::model::{self, RiResult, HOURS_PER_MONTH};
use crate::words;
use crate::words::schedule;
use calc_core::charts::{self, Line};
use calc_core::AutoValue;
use calc_core::{
    format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Provenance, Row, Table, Unit,
};

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
        auto_values: auto_values(read),
    }
}

// The recommended plan over the horizon first (the PDF's first page shows the first five that
// have a value), then the On-Demand baseline, then the chosen RI ("your choice").
pub const HORIZON_SAVING: Headline =
    Headline::new("horizon_saving", "Recommended plan vs On-Demand", Unit::USD);
pub const STRANDED: Headline =
    Headline::new("stranded_cost", "Recommended plan: stranded commitment", Unit::USD);
pub const NPV_SAVING: Headline =
    Headline::new("npv_saving", "Recommended plan: NPV of the saving", Unit::USD);
pub const PLAN_COST: Headline = Headline::new("plan_cost", "Recommended plan costs", Unit::USD);
pub const PLAN_MONTHLY: Headline =
    Headline::new("plan_monthly", "Recommended plan, average per month", Unit::USD_PER_MONTH);
pub const OD_COST: Headline = Headline::new("od_cost", "On-Demand over the same months", Unit::USD);
pub const OD_MONTHLY: Headline = Headline::new("od_monthly", "On-Demand per month", Unit::USD_PER_MONTH);
pub const CHOSEN_COST: Headline = Headline::new("chosen_cost", "Your choice costs", Unit::USD);
pub const RI_EFFECTIVE: Headline =
    Headline::new("ri_effective_monthly", "Your choice: RI, effective per month", Unit::USD_PER_MONTH);
pub const EFFECTIVE_DISCOUNT: Headline =
    Headline::new("effective_discount", "Your choice: discount off On-Demand", Unit::SHARE);
pub const BREAKEVEN: Headline = Headline::new("breakeven_month", "Your choice: break-even", Unit::MONTHS);
pub const TERM_SAVING: Headline = Headline::new("term_saving", "Your choice over one full term", Unit::USD);
pub const RIGHTSIZE_SAVING: Headline = Headline::new("rightsize_saving", "Right-sizing first", Unit::USD);
pub const RIGHTSIZE_MONTHLY: Headline =
    Headline::new("rightsize_saving_monthly", "Right-sizing your choice, per month", Unit::USD_PER_MONTH);
pub const DSP_MONTHLY: Headline =
    Headline::new("dsp_monthly", "Database Savings Plan, per month", Unit::USD_PER_MONTH);
pub const HEADLINES: &[Headline] = &[
    HORIZON_SAVING,
    STRANDED,
    NPV_SAVING,
    PLAN_COST,
    PLAN_MONTHLY,
    RIGHTSIZE_SAVING,
    OD_COST,
    OD_MONTHLY,
    CHOSEN_COST,
    RI_EFFECTIVE,
    EFFECTIVE_DISCOUNT,
    BREAKEVEN,
    TERM_SAVING,
    RIGHTSIZE_MONTHLY,
    DSP_MONTHLY,
];

fn headlines(read: &Read, r: &RiResult) -> Vec<Figure> {
    vec![
        horizon_saving(read, r),
        stranded(read, r),
        npv_saving(read, r),
        plan_cost(read, r),
        plan_monthly(read, r),
        rightsize_saving(read, r),
        od_cost(read, r),
        od_monthly(read, r),
        chosen_cost(read, r),
        ri_effective(read, r),
        effective_discount(read, r),
        breakeven(read, r),
        term_saving(read, r),
        rightsize(read, r),
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
            format::exact_price(fp.od_hourly),
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
            "{n} × ({} ÷ {} + {} × {hours} h) = {n} × {} {} {}/month",
            format::cents(c.upfront),
            c.term.months(),
            format::exact_price(c.hourly),
            format::cents(fp.effective_monthly(c)),
            format::equals(
                f64::from(fp.instances) * format::shown(fp.effective_monthly(c), 2),
                r.ri_effective_monthly,
                2
            ),
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
            format::exact_price(s.chosen.effective_hourly()),
            format::exact_price(s.footprint.od_hourly),
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
                format::cents(c.upfront),
                format::exact_price(c.hourly),
                format::count(fp.billed_hours_per_month()),
                c.term.months(),
                format::exact_price(fp.od_hourly),
                format::count(fp.hours_per_month),
                format::cents(fp.commitment(c)),
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
    TERM_SAVING.of(r.term_saving).change().over(format!("over one {term_months}-month term")).math(
        "On-Demand for the whole term − the RI commitment (negative: the RI costs more)",
        format!(
            "{} × {term_months} months − {} × {} = {} − {} = {}",
            format::cents(r.od_monthly),
            instances(read),
            format::cents(fp.commitment(c)),
            format::cents(r.od_monthly * f64::from(term_months)),
            format::cents(f64::from(fp.instances) * fp.commitment(c)),
            format::cents(r.term_saving)
        ),
    )
}

const NO_MIGRATION: &str = "no migration planned";

/// "the 36 months compared" or "the 18 months until the migration".
fn months_compared(read: &Read, r: &RiResult) -> String {
    let h = r.recommendation.horizon_months;
    if read.model.migrates() {
        format!("the {h} months until the migration")
    } else {
        format!("the {h} months compared")
    }
}

fn horizon_saving(read: &Read, r: &RiResult) -> Figure {
    let v = &r.recommendation;
    HORIZON_SAVING.of(r.horizon_saving).change().over(format!("over {}", months_compared(read, r))).math(
        format!(
            "On-Demand over {} − the recommended plan over the same months (every term it buys owed in \
             full; renewed only where On-Demand would cost more)",
            months_compared(read, r)
        ),
        format!(
            "{} − {} ({}) = {}",
            format::cents(r.od_cost),
            format::cents(r.plan_cost),
            schedule(read, v.best()),
            format::cents(r.horizon_saving)
        ),
    )
}

fn stranded(read: &Read, r: &RiResult) -> Figure {
    let Some(stranded) = r.stranded_cost else {
        return STRANDED.not_applicable(NO_MIGRATION);
    };
    let left: Vec<String> = r
        .recommendation
        .best()
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
    STRANDED.of(stranded).over("after the migration, to the end of the terms bought").math(
        "months of a term the recommended plan buys but leaves after the migration × that term's cost per month",
        format!(
            "{} after month {} = {}",
            if left.is_empty() { "no months".to_string() } else { left.join(" + ") },
            read.model.migrate_month,
            format::cents(stranded)
        ),
    )
}

fn npv_saving(read: &Read, r: &RiResult) -> Figure {
    let s = &read.model;
    let v = &r.recommendation;
    let rate = format::percent(s.discount_rate * 100.0);
    let od = model::present_value(&v.plans[0].cash(), s.discount_rate);
    let plan = model::present_value(&v.best().cash(), s.discount_rate);
    NPV_SAVING.of(r.npv_saving).over(format!("over {}, discounted to today", months_compared(read, r))).math(
        format!(
            "On-Demand avoided over {} − the recommended plan's payments (upfront fees when bought, monthly \
             charges to the end of each term, owed after a migration too), each discounted at {rate} a year",
            months_compared(read, r)
        ),
        format!(
            "{} On-Demand for {} months, worth {} today − payments worth {} today = {}",
            format::cents(r.od_monthly),
            v.horizon_months,
            format::cents(od),
            format::cents(plan),
            format::cents(r.npv_saving)
        ),
    )
}

fn plan_cost(read: &Read, r: &RiResult) -> Figure {
    let v = &r.recommendation;
    let parts: Vec<String> = v.best().segments.iter().map(|s| format::cents(s.cost())).collect();
    PLAN_COST.of(r.plan_cost).over(format!("over {}", months_compared(read, r))).math(
        format!("what the recommended plan pays for {}, each stretch in order", months_compared(read, r)),
        format!("{} ({}) = {}", parts.join(" + "), schedule(read, v.best()), format::cents(r.plan_cost)),
    )
}

fn plan_monthly(read: &Read, r: &RiResult) -> Figure {
    PLAN_MONTHLY.of(r.plan_monthly).math(
        format!("the recommended plan's cost ÷ {}", months_compared(read, r)),
        format!(
            "{} ÷ {} = {}/month",
            format::cents(r.plan_cost),
            r.recommendation.horizon_months,
            format::cents(r.plan_monthly)
        ),
    )
}

fn rightsize_saving(read: &Read, r: &RiResult) -> Figure {
    let v = &r.recommendation;
    let (Some(saving), Some(i)) = (r.rightsize_saving, v.best_rightsized) else {
        return RIGHTSIZE_SAVING.not_applicable("no right-sized class chosen");
    };
    let today = &v.plans[v.best_today];
    RIGHTSIZE_SAVING.of(saving).change().over(format!("over {}", months_compared(read, r))).math(
        format!(
            "the best plan at today's size − the best plan at the right-sized class (bought after the 90-day \
             wait), over {}",
            months_compared(read, r)
        ),
        format!(
            "{} ({}) − {} ({}) = {}",
            format::cents(today.cost()),
            schedule(read, today),
            format::cents(v.plans[i].cost()),
            schedule(read, &v.plans[i]),
            format::cents(saving)
        ),
    )
}

fn od_cost(read: &Read, r: &RiResult) -> Figure {
    OD_COST.of(r.od_cost).over(format!("over {}", months_compared(read, r))).math(
        format!("On-Demand per month × {}", months_compared(read, r)),
        format!(
            "{} × {} = {}",
            format::cents(r.od_monthly),
            r.recommendation.horizon_months,
            format::cents(r.od_cost)
        ),
    )
}

fn chosen_cost(read: &Read, r: &RiResult) -> Figure {
    let v = &r.recommendation;
    CHOSEN_COST.of(r.chosen_cost).over(format!("over {}", months_compared(read, r))).math(
        format!("the RI you chose, bought and renewed the same way, over {}", months_compared(read, r)),
        format!("{} = {}", schedule(read, v.chosen()), format::cents(r.chosen_cost)),
    )
}

fn rightsize(read: &Read, r: &RiResult) -> Figure {
    match (r.rightsize_saving_monthly, &read.model.rightsized) {
        (Some(v), Some(rs)) => {
            let offer = model::RiOffer { upfront: rs.upfront, hourly: rs.hourly, ..read.model.chosen };
            RIGHTSIZE_MONTHLY.of(v).math(
                "the chosen RI's effective monthly cost − the same term and payment's at the right-sized class",
                format!(
                    "{} − {} × {} = {} − {} = {}/month",
                    format::cents(r.ri_effective_monthly),
                    format::count(f64::from(rs.footprint.instances)),
                    format::cents(rs.footprint.effective_monthly(&offer)),
                    format::cents(r.ri_effective_monthly),
                    format::cents(r.ri_effective_monthly - v),
                    format::cents(v)
                ),
            )
        }
        _ => RIGHTSIZE_MONTHLY.not_applicable("no right-sized class chosen"),
    }
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
        None if read.class == "custom" => DSP_MONTHLY.none("is the class you priced generation 7 or later?"),
        None => DSP_MONTHLY.not_applicable("not eligible (generation 7+ only)"),
    }
}

/// "3-year All Upfront RI (recommended)".
fn plan_label(read: &Read, r: &RiResult, i: usize) -> String {
    let v = &r.recommendation;
    let mut name = format::capitalized(&schedule(read, &v.plans[i]).replacen("the ", "", 1));
    match (i == v.best, i == v.chosen) {
        (true, true) => name.push_str(" (recommended, your choice)"),
        (true, false) => name.push_str(" (recommended)"),
        (false, true) => name.push_str(" (your choice)"),
        _ => {}
    }
    name
}

fn option_table(read: &Read, r: &RiResult) -> Table {
    let s = &read.model;
    let v = &r.recommendation;
    let h = v.horizon_months;
    let col = |label: String, unit: Unit| Column { label, unit };
    let none = || Cell::Text("none".to_string());
    let mut columns = vec![
        col("Plan".into(), Unit::TEXT),
        col("Upfront per instance".into(), crate::fields::USD_PER_INSTANCE),
        col("Hourly charge per instance".into(), USD_PER_INSTANCE_HOUR),
        col("Effective hourly".into(), USD_PER_INSTANCE_HOUR),
        col("Discount off On-Demand".into(), Unit::SHARE),
        col("Break-even".into(), Unit::MONTHS),
        col(format!("Cost over {h} months"), Unit::USD),
        col(
            if s.rightsized.is_some() {
                "Saving against On-Demand at today's size"
            } else {
                "Saving against On-Demand"
            }
            .into(),
            Unit::USD,
        ),
    ];
    if s.migrates() {
        columns.push(col("Stranded after the migration".into(), Unit::USD));
    }
    columns.push(col("NPV of the saving".into(), Unit::USD));
    let rows = (0..v.plans.len())
        .map(|i| {
            let p = &v.plans[i];
            let fp = match (p.size, &s.rightsized) {
                (model::Size::RightSized, Some(rs)) => &rs.footprint,
                _ => &s.footprint,
            };
            let mut cells = vec![Cell::Text(plan_label(read, r, i))];
            match p.commitment {
                Some(c) => cells.extend([
                    Cell::Num(c.upfront),
                    Cell::Num(c.hourly),
                    Cell::Num(c.effective_hourly()),
                    Cell::Num(c.discount(fp.od_hourly)),
                    c.breakeven_month(fp).map_or(Cell::Text("never".into()), Cell::Num),
                ]),
                None => cells.extend([none(), none(), Cell::Num(fp.od_hourly), Cell::Num(0.0), none()]),
            }
            cells.extend([Cell::Num(p.cost()), Cell::Num(v.od_cost() - p.cost())]);
            if s.migrates() {
                cells.push(Cell::Num(p.stranded()));
            }
            cells.push(Cell::Num(model::plan_npv(&v.plans[0], p, s.discount_rate)));
            Row::data(cells)
        })
        .collect();
    Table {
        key: "options",
        title: format!(
            "Every plan priced for {} × {} over {} (fleet totals; prices and rates per instance)",
            s.footprint.instances,
            crate::fields::class_words(read.class),
            months_compared(read, r)
        ),
        columns,
        rows,
    }
}

fn cost_chart(read: &Read, r: &RiResult) -> Chart {
    let s = &read.model;
    let v = &r.recommendation;
    let horizon = v.horizon_months;
    let xs: Vec<f64> = (0..=horizon).map(f64::from).collect();
    let od = model::committed_series(&v.plans[0], horizon);
    let best = model::committed_series(v.best(), horizon);
    let mut lines = vec![Line::new("On-Demand", od.clone())];
    if v.best != 0 {
        lines.push(Line::stairs(format!("Recommended: {}", schedule(read, v.best())), best.clone()));
    }
    if v.chosen != v.best {
        lines.push(Line::stairs(
            format!("Your choice: {}", schedule(read, v.chosen())),
            model::committed_series(v.chosen(), horizon),
        ));
    }
    // The best plan at the other size, when right-sizing is compared and it is not drawn yet.
    let other = if v.rightsize_first() { Some(v.best_today) } else { v.best_rightsized };
    if let Some(i) = other.filter(|i| ![0, v.best, v.chosen].contains(i)) {
        let size = match v.plans[i].size {
            model::Size::Today => "today's size".to_string(),
            model::Size::RightSized => read.rs_class.map_or("", crate::fields::class_words).to_string(),
        };
        lines.push(Line::stairs(
            format!("Best at {size}: {}", schedule(read, &v.plans[i])),
            model::committed_series(&v.plans[i], horizon),
        ));
    }
    let mut markers = Vec::new();
    if let Some(m) = model::crossing_month(&od, &best).filter(|m| v.best != 0 && *m > 0.0) {
        markers.push(charts::marker(
            format!("Recommended plan breaks even: {}", format::months(m)),
            m,
            v.plans[0].committed_by(m),
        ));
    }
    if s.migrates() {
        markers.push(charts::marker(
            format!("Migration: month {horizon}"),
            f64::from(horizon),
            v.best().cost(),
        ));
    }
    charts::versus(
        "cumulative_cost",
        "What each plan has committed by month N, over the months compared",
        ("Month", Unit::MONTHS),
        ("Cumulative USD", Unit::USD),
        &xs,
        lines,
        markers,
    )
}

/// One offer's prices as assumption rows: "RI prices, 3-year All Upfront (compared)", and when
/// they are scaled from sheet prices for another size, those prices with their source and date.
fn offer_rows(o: &OfferPrice, whose: &str, chosen: bool, key: Option<&'static str>) -> Vec<Assumption> {
    let role = if chosen { "your choice" } else { "compared" };
    let offer = crate::fields::offer_name(o.offer.term, o.offer.payment);
    let mut rows = vec![Assumption {
        key,
        label: format!("{whose}RI prices, {offer} ({role})"),
        display: format!("{} per instance", crate::fields::offer_prices_text(&o.offer)),
        overridden: o.origin == Provenance::Input,
        provenance: o.origin.clone(),
    }];
    if let (Provenance::Derived(_), [upfront, hourly]) = (&o.origin, o.basis.as_slice()) {
        let base = model::RiOffer { upfront: upfront.value, hourly: hourly.value, ..o.offer };
        rows.push(Assumption {
            key: None,
            label: if whose.is_empty() {
                format!("Sheet prices they are scaled from, {offer}")
            } else {
                format!("{whose}sheet prices they are scaled from, {offer}")
            },
            display: format!(
                "{} per instance of {}",
                crate::fields::offer_prices_text(&base),
                upfront.label.split(' ').next().unwrap_or("the family's large size")
            ),
            overridden: false,
            provenance: Provenance::Sheets(o.basis.clone()),
        });
    }
    rows
}

/// Every price the comparison uses, each with its source and date: On-Demand and every RI
/// offer at today's class, then at the right-sized one.
fn assumptions(read: &Read) -> Vec<Assumption> {
    let s = &read.model;
    let mut out = vec![Assumption::price(
        key::OD_HOURLY,
        format!(
            "On-Demand price per instance-hour, {} {}",
            read.engine_label(),
            crate::fields::class_words(read.class)
        ),
        hourly_text(s.footprint.od_hourly),
        read.od.clone(),
    )];
    for (i, o) in read.offers.iter().enumerate() {
        // The chosen offer's row answers to the RI fields; the others to their own.
        let key = if i == 0 { Some(key::RI_UPFRONT) } else { o.keys.iter().flatten().next().copied() };
        out.extend(offer_rows(o, "", i == 0, key));
    }
    if let (Some(rs), Some(origin), Some(class)) = (&s.rightsized, &read.rs_od, read.rs_class) {
        let class = crate::fields::class_words(class);
        out.push(Assumption::price(
            key::RS_OD_HOURLY,
            format!("Right-sized {class}: On-Demand price per instance-hour"),
            hourly_text(rs.footprint.od_hourly),
            origin.clone(),
        ));
        for (i, o) in read.rs_offers.iter().enumerate() {
            let key = (i == 0).then_some(key::RS_RI_UPFRONT);
            out.extend(offer_rows(o, &format!("Right-sized {class}: "), i == 0, key));
        }
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
    if s.dsp_discount > 0.0 {
        out.push(Assumption::input(
            key::DSP_DISCOUNT,
            "Database Savings Plan discount on this usage",
            format::percent(s.dsp_discount * 100.0),
            true,
        ));
        out.push(Assumption::rule(
            Some(key::DSP_DISCOUNT),
            "Database Savings Plan terms sold",
            "1 year, No Upfront only: every rate in AWS's Database Savings Plans price list".to_string(),
            &crate::meta::DSP_PRICE_LIST,
        ));
        out.push(Assumption::rule(
            Some(key::DSP_DISCOUNT),
            "Database Savings Plan discounts",
            "up to about 20% on provisioned instances, up to about 35% on serverless".to_string(),
            &crate::meta::DSP_DISCOUNTS,
        ));
    }
    out.push(Assumption::input(
        key::DISCOUNT_RATE,
        "Discount rate for the NPV",
        format::percent(s.discount_rate * 100.0),
        s.discount_rate != 0.08,
    ));
    out
}

/// The prices an input left empty was evaluated with: On-Demand, then each offer priced, by
/// the field that sets its upfront fee and the one that sets its hourly charge.
fn auto_values(read: &Read) -> Vec<AutoValue> {
    let s = &read.model;
    let mut out = vec![AutoValue::new(key::OD_HOURLY, s.footprint.od_hourly)];
    if let Some(rs) = &s.rightsized {
        out.push(AutoValue::new(key::RS_OD_HOURLY, rs.footprint.od_hourly));
    }
    for o in read.offers.iter().chain(&read.rs_offers) {
        for (k, v) in o.keys.iter().zip([o.offer.upfront, o.offer.hourly]) {
            if let Some(k) = k {
                out.push(AutoValue::new(k, v));
            }
        }
    }
    out
}
