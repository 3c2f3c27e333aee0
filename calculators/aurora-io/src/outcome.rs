//! The model's numbers as the Outcome every channel shows: headline figures with their
//! math, the bill table, the cost-against-I/O chart and the assumptions.

use crate::fields::{key, Read, MILLION_REQUESTS, USD_PER_ACU_HOUR, USD_PER_INSTANCE_HOUR, USD_PER_MILLION};
use crate::meta::{SOURCES, SRC_DSP, SRC_RI_SIZES};
use crate::model::{
    commitment_hours, gap_units, ri_fee, standard_bill, unit_price, AuroraInputs, AuroraResult, Bill,
    Breakeven, Cover, CoverKind, HEURISTIC_SHARE, SWING,
};
use crate::words::{self, mreq};
use calc_core::charts::{self, Line};
use calc_core::AutoValue;
use calc_core::{
    format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Provenance, Row, Table, Unit,
};

pub fn build(read: &Read, r: &AuroraResult) -> Outcome {
    let i = &read.model;
    let assumptions = assumptions(read, r);
    // "Prices as of": the oldest sheet price this scenario cites, not the sheet's oldest row.
    let as_of = assumptions.iter().filter_map(|a| a.provenance.as_of()).min();
    let mut tables = vec![bill_table(i, r)];
    tables.extend(cover_table(read, r));
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables,
        charts: vec![cost_chart(i, r)],
        warnings: words::warnings(read, r),
        assumptions,
        notes: words::notes(read, r, as_of),
        next_steps: vec![],
        auto_values: auto_values(read),
    }
}

pub const STANDARD: Headline = Headline::new("standard_monthly", "Aurora Standard", Unit::USD_PER_MONTH);
pub const IO_OPTIMIZED: Headline =
    Headline::new("io_optimized_monthly", "Aurora I/O-Optimized", Unit::USD_PER_MONTH);
pub const MONTHLY_SAVING: Headline =
    Headline::new("monthly_saving", "Switching to I/O-Optimized", Unit::USD_PER_MONTH);
pub const ANNUAL_SAVING: Headline = Headline::new("annual_saving", "Switching, per year", Unit::USD_PER_YEAR);
pub const IO_SHARE: Headline = Headline::new("io_share", "I/O share of the Standard bill", Unit::SHARE);
pub const BREAKEVEN_IO: Headline = Headline::new("breakeven_io_m", "Break-even I/O volume", MILLION_REQUESTS);
pub const BREAKEVEN_SHARE: Headline =
    Headline::new("breakeven_io_share", "I/O share at break-even", Unit::SHARE);
pub const HEADLINES: &[Headline] =
    &[STANDARD, IO_OPTIMIZED, MONTHLY_SAVING, ANNUAL_SAVING, IO_SHARE, BREAKEVEN_IO, BREAKEVEN_SHARE];

fn headlines(read: &Read, r: &AuroraResult) -> Vec<Figure> {
    let i = &read.model;
    let basis = format!(
        "I/O volume {} below to {} above the {} entered (month-to-month swings); compute and storage unchanged",
        format::percent(SWING * 100.0),
        format::percent(SWING * 100.0),
        mreq(i.io_m)
    );
    if !r.comparable() {
        // No compute, so no recommendation: the bills are what was entered, but no card may
        // read as a saving or as where an answer flips.
        let why = "The cluster has no instance or ACU hours, so there is no compute to compare and no recommendation.";
        let none = |h: Headline| h.none(NO_RECOMMENDATION).math("no recommendation without compute", why);
        return vec![
            standard(read, r, &basis),
            io_optimized(read, r),
            none(MONTHLY_SAVING),
            none(ANNUAL_SAVING),
            io_share(r),
            none(BREAKEVEN_IO),
            none(BREAKEVEN_SHARE),
        ];
    }
    let (breakeven_io, breakeven_share) = breakeven(i, r);
    vec![
        standard(read, r, &basis),
        io_optimized(read, r),
        monthly_saving(r, &basis),
        annual_saving(r, &basis),
        io_share(r),
        breakeven_io,
        breakeven_share,
    ]
}

/// What the saving and break-even cards read when the verdict makes no recommendation.
pub const NO_RECOMMENDATION: &str = "no recommendation: no compute";

fn standard(read: &Read, r: &AuroraResult, basis: &str) -> Figure {
    let i = &read.model;
    let std = &r.standard;
    STANDARD.of(std.total).range(r.standard_low, r.standard_high, basis).math(
        "instances × price per instance-hour × hours (with RIs: × (1 − RI discount) × 730 h, owed every hour) \
         + ACUs × price per ACU-hour × hours + storage GB × Standard storage price + I/O (million requests) × price per million",
        format!(
            "Compute: {}. Storage: {} GB × {} = {}. I/O: {} M × {} = {}. Total: {} + {} + {} = {}/month.",
            compute_terms(read, r, std, false),
            format::count(i.storage_gb),
            format::rate(i.p_storage),
            format::cents(std.storage),
            format::count(i.io_m),
            format::rate(i.p_io),
            format::cents(std.io),
            format::cents(std.compute),
            format::cents(std.storage),
            format::cents(std.io),
            format::cents(std.total)
        ),
    )
}

fn io_optimized(read: &Read, r: &AuroraResult) -> Figure {
    let i = &read.model;
    let iopt = &r.io_optimized;
    IO_OPTIMIZED.of(iopt.total).math(
        "compute at uplift × the Standard rates (RIs bought for Standard cover 1 ÷ uplift of an instance's hours; \
         the rest On-Demand, or, when allowed and cheaper, whole extra RIs of the family's smallest size or a \
         Database Savings Plan) + storage GB × I/O-Optimized storage price (no I/O charge)",
        format!(
            "Compute: {}. Storage: {} GB × {} = {}. I/O: none. Total: {} + {} = {}/month.",
            compute_terms(read, r, iopt, true),
            format::count(i.storage_gb),
            format::rate(i.p_storage_iopt),
            format::cents(iopt.storage),
            format::cents(iopt.compute),
            format::cents(iopt.storage),
            format::cents(iopt.total)
        ),
    )
}

fn monthly_saving(r: &AuroraResult, basis: &str) -> Figure {
    MONTHLY_SAVING.of(r.monthly_saving).change().range(r.saving_low, r.saving_high, basis).math(
        "Standard total − I/O-Optimized total (negative: I/O-Optimized costs more)",
        format!(
            "{} − {} = {}/month",
            format::cents(r.standard.total),
            format::cents(r.io_optimized.total),
            format::cents(r.monthly_saving)
        ),
    )
}

fn annual_saving(r: &AuroraResult, basis: &str) -> Figure {
    ANNUAL_SAVING.of(r.annual_saving).change().range(r.saving_low * 12.0, r.saving_high * 12.0, basis).math(
        "monthly saving × 12",
        // To the cent, as the monthly figure's math shows it; `≈` where that rounding moves
        // the product.
        format!(
            "{} × 12 {} {}/year",
            format::cents(r.monthly_saving),
            format::equals(format::shown(r.monthly_saving, 2) * 12.0, r.annual_saving, 2),
            format::cents(r.annual_saving)
        ),
    )
}

fn io_share(r: &AuroraResult) -> Figure {
    let std = &r.standard;
    IO_SHARE.of(r.io_share).math(
        "Standard I/O charge ÷ Standard total (compute + storage + I/O)",
        format!("{} ÷ {} = {}", format::cents(std.io), format::cents(std.total), format::share(r.io_share)),
    )
}

/// The break-even I/O volume and the I/O share it means, or why there is none.
fn breakeven(i: &AuroraInputs, r: &AuroraResult) -> (Figure, Figure) {
    let std = &r.standard;
    let premium_text = format!(
        "(({} − {}) + ({} − {}) × {} GB)",
        format::cents(r.io_optimized.compute),
        format::cents(std.compute),
        format::rate(i.p_storage_iopt),
        format::rate(i.p_storage),
        format::count(i.storage_gb)
    );
    let be_formula = "((I/O-Optimized compute − Standard compute) + (I/O-Optimized − Standard storage price) × GB) ÷ price per million I/O";
    let share_formula =
        "break-even I/O charge ÷ (Standard compute + Standard storage + break-even I/O charge)";
    let neither = |display: &str, why: String| {
        (
            BREAKEVEN_IO.none(display).math(be_formula, why.clone()),
            BREAKEVEN_SHARE.none(display).math(share_formula, why),
        )
    };
    match r.breakeven {
        Breakeven::At { io_m, io_cost, share: be_share } => {
            let m = BREAKEVEN_IO.of(io_m).math(
                be_formula,
                format!(
                    "{premium_text} ÷ {} = {} ÷ {} = {}/month",
                    format::rate(i.p_io),
                    format::cents(io_cost),
                    format::rate(i.p_io),
                    mreq(io_m)
                ),
            );
            let s = match be_share {
                Some(s) => BREAKEVEN_SHARE.of(s).math(
                    share_formula,
                    format!(
                        "{} ÷ ({} + {} + {}) = {}, against AWS's {} rule of thumb",
                        format::cents(io_cost),
                        format::cents(std.compute),
                        format::cents(std.storage),
                        format::cents(io_cost),
                        format::share(s),
                        format::percent(HEURISTIC_SHARE * 100.0)
                    ),
                ),
                None => BREAKEVEN_SHARE
                    .none("no Standard cost")
                    .math(share_formula, "The Standard bill is $0.00 at the break-even, so there is no share."),
            };
            (m, s)
        }
        Breakeven::NoIoCharge => neither(
            "no I/O charge",
            format!("The I/O price is {}, so the I/O volume never changes either bill.", format::rate(i.p_io)),
        ),
        Breakeven::IoOptimizedAlwaysCheaper => neither(
            "none: I/O-Optimized is always cheaper",
            format!(
                "{premium_text} = {}: I/O-Optimized costs less than Standard even with no I/O, so there is no break-even.",
                format::cents(r.premium)
            ),
        ),
    }
}

/// The instance terms of one bill: the RI fee (owed for every hour of the month), what pays
/// for the I/O-Optimized hours the RIs leave (extra RIs, a Savings Plan, On-Demand), and the
/// On-Demand hours; "2 × $0.26 × 730 h = $379.60".
fn instance_terms(read: &Read, r: &AuroraResult, bill: &Bill, io_optimized: bool) -> Vec<String> {
    let i = &read.model;
    let mut parts = Vec::new();
    if i.instances <= 0.0 {
        return parts;
    }
    let n = format::count(i.instances);
    let h = format::rate(i.hourly);
    let discount = format::percent(i.ri_discount_pct);
    let ri_hours = format::number(commitment_hours(i), 0);
    let hours = format::count(i.hours);
    if i.ri_discount_pct > 0.0 {
        parts.push(format!("RIs {n} × {h} × (1 − {discount}) × {ri_hours} h = {}", format::cents(ri_fee(i))));
    }
    let c = &r.cover;
    if io_optimized && i.ri_discount_pct > 0.0 && c.kind != CoverKind::OnDemand {
        let unit = format::rate(unit_price(i));
        if c.extra_ris > 0.0 {
            parts.push(format!(
                "{} {} × {} × (1 − {discount}) × {ri_hours} h = {}",
                words::more_ris(read, c.extra_ris),
                format::count(c.extra_ris),
                format::rate(unit_price(i) * i.smallest_units),
                format::cents(c.extra_ri_fee)
            ));
        }
        if c.dsp_units > 0.0 {
            parts.push(format!(
                "Database Savings Plan {} units × {unit} × (1 − {}) × {ri_hours} h = {}",
                format::count(c.dsp_units),
                format::percent(i.dsp_discount_pct),
                format::cents(c.dsp_fee)
            ));
        }
        if c.od_units > 0.0 {
            parts.push(format!(
                "On-Demand {} units × {unit} × {hours} h = {}",
                format::count(c.od_units),
                format::cents(c.on_demand)
            ));
        }
    } else if bill.on_demand > 0.0 {
        let share = match (io_optimized, i.ri_discount_pct > 0.0) {
            (false, _) => String::new(),
            (true, false) => format!(" × {}", format::number(i.uplift, 4)),
            (true, true) => format!(" × {} not covered by RIs", format::number(i.uplift - 1.0, 4)),
        };
        parts.push(format!("On-Demand {n} × {h}{share} × {hours} h = {}", format::cents(bill.on_demand)));
    }
    parts
}

/// Compute in "show the math": instance terms and ACU terms, then their sum.
fn compute_terms(read: &Read, r: &AuroraResult, bill: &Bill, io_optimized: bool) -> String {
    let i = &read.model;
    let mut parts = instance_terms(read, r, bill, io_optimized);
    if i.acu > 0.0 {
        let uplift =
            if io_optimized { format!(" × {}", format::number(i.uplift, 4)) } else { String::new() };
        parts.push(format!(
            "{} ACU × {}{uplift} × {} h = {}",
            format::count(i.acu),
            format::rate(i.p_acu),
            format::count(i.hours),
            format::cents(bill.acus)
        ));
    }
    match parts.as_slice() {
        [] => "no instances or ACUs = $0.00".to_string(),
        [one] => one.clone(),
        _ => format!("{} = {}", parts.join(" + "), format::cents(bill.compute)),
    }
}

fn bill_table(i: &AuroraInputs, r: &AuroraResult) -> Table {
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD_PER_MONTH };
    // The what-if column only when the user assumed a fix.
    let fix = i.io_reduction_pct > 0.0;
    let (s, o, f) = (&r.standard, &r.io_optimized, &r.standard_fixed);
    let row = |label: &str, a: f64, b: f64, c: f64| {
        let mut cells = vec![Cell::Text(label.to_string()), Cell::Num(a), Cell::Num(b)];
        if fix {
            cells.push(Cell::Num(c));
        }
        cells
    };
    let mut columns = vec![
        Column { label: "Line".to_string(), unit: Unit::TEXT },
        money("Aurora Standard"),
        money("Aurora I/O-Optimized"),
    ];
    if fix {
        columns
            .push(money(&format!("Standard after cutting I/O by {}", format::percent(i.io_reduction_pct))));
    }
    Table {
        key: "bill",
        title: "Monthly bill by line".to_string(),
        columns,
        rows: vec![
            Row::data(row("Compute (instances and ACUs)", s.compute, o.compute, f.compute)),
            Row::data(row("Storage", s.storage, o.storage, f.storage)),
            Row::data(row("I/O", s.io, o.io, f.io)),
            Row::total(row("Total", s.total, o.total, f.total)),
        ],
    }
}

fn cost_chart(i: &AuroraInputs, r: &AuroraResult) -> Chart {
    let reach = i.io_m.max(r.breakeven.io_m().unwrap_or(0.0));
    let x_max = if reach > 0.0 { 2.0 * reach } else { 100.0 };
    let xs = charts::span(x_max, 21);
    let standard_y = xs.iter().map(|&x| standard_bill(i, x).total).collect();
    let iopt_y = vec![r.io_optimized.total; xs.len()];
    let mut markers = vec![charts::marker(format!("Today: {}", mreq(i.io_m)), i.io_m, r.standard.total)];
    if let Some(be) = r.breakeven.io_m() {
        markers.push(charts::marker(format!("Break-even: {}", mreq(be)), be, standard_bill(i, be).total));
    }
    if i.io_reduction_pct > 0.0 && i.io_m > 0.0 {
        let label = format!("After fixing queries (−{} I/O)", format::percent(i.io_reduction_pct));
        markers.push(charts::marker(label, r.io_fixed_m, r.standard_fixed.total));
    }
    charts::versus(
        "cost_vs_io",
        "Monthly cost against I/O volume",
        ("I/O requests per month (millions)", MILLION_REQUESTS),
        ("Monthly cost", Unit::USD_PER_MONTH),
        &xs,
        vec![Line::new("Aurora Standard", standard_y), Line::new("Aurora I/O-Optimized", iopt_y)],
        markers,
    )
}

/// Every way the calculator priced of paying for the I/O-Optimized hours the RIs you own leave
/// uncovered, with what each commits and costs: shown when there is more than one to compare.
fn cover_table(read: &Read, r: &AuroraResult) -> Option<Table> {
    if r.covers.len() < 2 {
        return None;
    }
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD_PER_MONTH };
    let rows = r
        .covers
        .iter()
        .map(|c| {
            let mut label = words::cover_name(read, c);
            if c.kind == r.cover.kind {
                label.push_str(" — cheapest, in the I/O-Optimized bill");
            }
            Row::data(vec![
                Cell::Text(label),
                Cell::Num(c.commitment()),
                Cell::Num(c.on_demand),
                Cell::Num(c.cost()),
            ])
        })
        .collect();
    Some(Table {
        key: "covers",
        title: format!(
            "Ways to pay for the {} normalized units an hour your RIs leave on I/O-Optimized",
            format::count(gap_units(&read.model))
        ),
        columns: vec![
            Column { label: "Way".to_string(), unit: Unit::TEXT },
            money("New commitment"),
            money("On-Demand"),
            money("Cost"),
        ],
        rows,
    })
}

/// Every number the result rests on: each price it uses with its provenance, the rules that
/// decide how I/O-Optimized hours are covered, and the inputs that shape the comparison.
fn assumptions(read: &Read, r: &AuroraResult) -> Vec<Assumption> {
    let i = &read.model;
    let price = |k: &'static str, label: &str, value: f64, unit: Unit, origin: &Provenance| {
        Assumption::price(k, label, format::price(value, unit), origin.clone())
    };
    let mut out = Vec::new();
    if i.instances > 0.0 {
        let hourly_label = match read.hourly {
            Provenance::Input => "Price per instance-hour, Standard".to_string(),
            _ => format!("Price per instance-hour, {}, Standard On-Demand, us-east-1", read.class),
        };
        out.push(price(key::HOURLY, &hourly_label, i.hourly, USD_PER_INSTANCE_HOUR, &read.hourly));
    }
    if r.comparable() {
        out.push(price(
            key::IOPT_UPLIFT,
            "I/O-Optimized compute uplift",
            i.uplift,
            Unit::MULTIPLIER,
            &read.uplift,
        ));
    }
    if i.instances > 0.0 {
        out.push(Assumption::derived(
            "Price per instance-hour, I/O-Optimized",
            format!(
                "{} ({} × {})",
                format::price(i.hourly * i.uplift, USD_PER_INSTANCE_HOUR),
                format::rate(i.hourly),
                format::number(i.uplift, 4)
            ),
            "price per instance-hour × uplift",
        ));
    }
    if i.acu > 0.0 {
        out.push(price(
            key::P_ACU,
            "Serverless v2 price per ACU-hour, Standard",
            i.p_acu,
            USD_PER_ACU_HOUR,
            &read.p_acu,
        ));
        let acu_iopt = Assumption::derived(
            "Serverless v2 price per ACU-hour, I/O-Optimized (ACU price × uplift)",
            format::price(i.p_acu * i.uplift, USD_PER_ACU_HOUR),
            "price per ACU-hour × uplift",
        );
        // Both factors from the sheet: cite them (with their date). Otherwise the derivation
        // rests on a typed price, so the row counts as overridden.
        out.push(match (&read.p_acu, &read.uplift) {
            (Provenance::Sheet(acu), Provenance::Sheet(uplift)) => {
                Assumption { provenance: Provenance::Sheets(vec![acu, uplift]), ..acu_iopt }
            }
            _ => Assumption { overridden: true, ..acu_iopt },
        });
    }
    out.push(price(
        key::P_STORAGE,
        "Storage price, Standard",
        i.p_storage,
        Unit::USD_PER_GB_MONTH,
        &read.p_storage,
    ));
    out.push(price(
        key::P_STORAGE_IOPT,
        "Storage price, I/O-Optimized",
        i.p_storage_iopt,
        Unit::USD_PER_GB_MONTH,
        &read.p_storage_iopt,
    ));
    out.push(price(
        key::P_IO,
        "I/O price, Standard (I/O-Optimized: $0)",
        i.p_io,
        USD_PER_MILLION,
        &read.p_io,
    ));
    out.push(Assumption::input(
        key::HOURS,
        "Hours per month",
        format::value(i.hours, Unit::HOURS_PER_MONTH),
        false,
    ));
    out.push(Assumption::input(
        key::RI_DISCOUNT,
        "Reserved Instance discount of the RIs you own (their fee is owed every hour; on I/O-Optimized they cover 1 ÷ uplift of the hours; not on ACUs)",
        format::percent(i.ri_discount_pct),
        false,
    ));
    if i.ri_discount_pct > 0.0 && i.instances > 0.0 {
        out.push(Assumption::input(
            key::BUY_EXTRA_RI,
            "On I/O-Optimized, buy whole extra RIs or a Savings Plan for the hours your RIs leave, when cheaper than On-Demand",
            if i.buy_extra_ri { "yes" } else { "no" }.to_string(),
            i.buy_extra_ri,
        ));
        out.push(Assumption::rule(
            None,
            "Normalized units (RI size flexibility)",
            format!(
                "{} = {} units, {} on I/O-Optimized; an extra RI is bought whole, as {} ({} units)",
                read.class,
                format::count(i.units),
                format::count(i.units * i.uplift),
                read.smallest_class,
                format::count(i.smallest_units)
            ),
            &SOURCES[SRC_RI_SIZES],
        ));
        if i.buy_extra_ri {
            out.push(Assumption::rule(
                None,
                "Database Savings Plans (1-year, No Upfront): classes covered",
                if i.dsp_eligible {
                    format!("{} is covered (generation 7 or later)", read.class)
                } else {
                    format!("{} is not covered (generation 7 and later only, not burstable)", read.class)
                },
                &SOURCES[SRC_DSP],
            ));
        }
    }
    if r.covers.iter().any(|c: &Cover| c.kind == CoverKind::Dsp) {
        out.push(price(
            key::DSP_DISCOUNT,
            "Database Savings Plan discount on instance-hours, generation 7 and later (it discounts the whole I/O-Optimized rate)",
            i.dsp_discount_pct,
            Unit::PERCENT,
            &read.dsp_discount,
        ));
    }
    out.push(Assumption::input(
        key::IO_REDUCTION,
        "What-if I/O cut from fixing the top queries",
        format::percent(i.io_reduction_pct),
        false,
    ));
    out
}

/// The price an input left empty was evaluated with.
fn auto_values(read: &Read) -> Vec<AutoValue> {
    vec![AutoValue::new(key::HOURLY, read.model.hourly)]
}
