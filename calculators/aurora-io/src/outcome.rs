//! Turns the model's numbers into the Outcome every channel shows: headlines with their math,
//! the verdict, the bill table, the cost-vs-I/O chart, warnings, assumptions and notes.

use crate::fields::Context;
use crate::model::{AuroraInputs, AuroraResult, Breakeven, HEURISTIC_SHARE, SWING};
use calc_core::format;
use calc_core::{Figure, Outcome, PriceSheet, Unit};

mod assumptions;
mod text;
mod visuals;

use text::{cents, count, mreq, pct, share};

pub fn build(i: &AuroraInputs, r: &AuroraResult, ctx: &Context, prices: &PriceSheet) -> Outcome {
    Outcome {
        verdict: text::verdict(i, r),
        headlines: headlines(i, r),
        tables: vec![visuals::bill_table(i, r)],
        charts: vec![visuals::cost_chart(i, r)],
        warnings: text::warnings(i, r),
        assumptions: assumptions::assumptions(i, ctx, prices),
        notes: text::notes(i, r, ctx, prices),
    }
}

fn headlines(i: &AuroraInputs, r: &AuroraResult) -> Vec<Figure> {
    let basis = format!(
        "I/O volume {}% below to {}% above the {} entered (month-to-month swings); compute and storage unchanged",
        pct(SWING * 100.0),
        pct(SWING * 100.0),
        mreq(i.io_m)
    );
    let (std, iopt) = (&r.standard, &r.io_optimized);

    let standard = Figure::new("standard_monthly", "Aurora Standard", std.total, Unit::UsdPerMonth)
        .range(r.standard_low, r.standard_high, basis.clone())
        .math(
            "instances × price per instance-hour × (1 − RI discount) × hours + ACUs × price per ACU-hour × hours \
             + storage GB × Standard storage price + I/O (million requests) × price per million",
            format!(
                "Compute: {}. Storage: {} GB × {} = {}. I/O: {} M × {} = {}. Total: {} + {} + {} = {}/month.",
                text::compute_terms(i, std),
                count(i.storage_gb),
                format::rate(i.p_storage),
                cents(std.storage),
                count(i.io_m),
                format::rate(i.p_io),
                cents(std.io),
                cents(std.compute),
                cents(std.storage),
                cents(std.io),
                cents(std.total)
            ),
        );

    let io_optimized =
        Figure::new("io_optimized_monthly", "Aurora I/O-Optimized", iopt.total, Unit::UsdPerMonth).math(
            "Standard compute × uplift + storage GB × I/O-Optimized storage price (no I/O charge)",
            format!(
                "Compute: {} × {} = {}. Storage: {} GB × {} = {}. I/O: none. Total: {} + {} = {}/month.",
                cents(std.compute),
                format::number(i.uplift, 4),
                cents(iopt.compute),
                count(i.storage_gb),
                format::rate(i.p_storage_iopt),
                cents(iopt.storage),
                cents(iopt.compute),
                cents(iopt.storage),
                cents(iopt.total)
            ),
        );

    let monthly =
        Figure::new("monthly_saving", "Monthly saving from switching", r.monthly_saving, Unit::UsdPerMonth)
            .range(r.saving_low, r.saving_high, basis.clone())
            .math(
                "Standard total − I/O-Optimized total (negative: I/O-Optimized costs more)",
                format!("{} − {} = {}/month", cents(std.total), cents(iopt.total), cents(r.monthly_saving)),
            );

    let annual =
        Figure::new("annual_saving", "Annual saving from switching", r.annual_saving, Unit::UsdPerYear)
            .range(r.saving_low * 12.0, r.saving_high * 12.0, basis)
            .math(
                "monthly saving × 12",
                format!("{} × 12 = {}/year", cents(r.monthly_saving), cents(r.annual_saving)),
            );

    let io_share = Figure::new("io_share", "I/O share of the Standard bill", r.io_share, Unit::Share).math(
        "Standard I/O charge ÷ Standard total (compute + storage + I/O)",
        format!("{} ÷ {} = {}", cents(std.io), cents(std.total), share(r.io_share)),
    );

    let premium_text = format!(
        "({} × {} + ({} − {}) × {} GB)",
        format::number(i.uplift - 1.0, 4),
        cents(std.compute),
        format::rate(i.p_storage_iopt),
        format::rate(i.p_storage),
        count(i.storage_gb)
    );
    let be_formula = "((uplift − 1) × Standard compute + (I/O-Optimized − Standard storage price) × GB) ÷ price per million I/O";
    let share_formula =
        "break-even I/O charge ÷ (Standard compute + Standard storage + break-even I/O charge)";
    let (be_m, be_share) = match r.breakeven {
        Breakeven::At { io_m, io_cost, share: be_share } => {
            let m = Figure::new("breakeven_io_m", "Break-even I/O volume", io_m, Unit::MillionRequests).math(
                be_formula,
                format!(
                    "{premium_text} ÷ {} = {} ÷ {} = {}/month",
                    format::rate(i.p_io),
                    cents(io_cost),
                    format::rate(i.p_io),
                    mreq(io_m)
                ),
            );
            let s = match be_share {
                Some(s) => Figure::new("breakeven_io_share", "I/O share at break-even", s, Unit::Share).math(
                    share_formula,
                    format!(
                        "{} ÷ ({} + {} + {}) = {}, against AWS's {}% rule of thumb",
                        cents(io_cost),
                        cents(std.compute),
                        cents(std.storage),
                        cents(io_cost),
                        share(s),
                        pct(HEURISTIC_SHARE * 100.0)
                    ),
                ),
                None => Figure::none(
                    "breakeven_io_share",
                    "I/O share at break-even",
                    Unit::Share,
                    "no Standard cost",
                )
                .math(share_formula, "The Standard bill is $0.00 at the break-even, so there is no share."),
            };
            (m, s)
        }
        Breakeven::NoIoCharge => {
            let why = format!(
                "The I/O price is {}, so the I/O volume never changes either bill.",
                format::rate(i.p_io)
            );
            (
                Figure::none(
                    "breakeven_io_m",
                    "Break-even I/O volume",
                    Unit::MillionRequests,
                    "no I/O charge",
                )
                .math(be_formula, why.clone()),
                Figure::none("breakeven_io_share", "I/O share at break-even", Unit::Share, "no I/O charge")
                    .math(share_formula, why),
            )
        }
        Breakeven::IoOptimizedAlwaysCheaper => {
            let why = format!(
                "{premium_text} = {}: I/O-Optimized costs less than Standard even with no I/O, so there is no break-even.",
                cents(r.premium)
            );
            (
                Figure::none(
                    "breakeven_io_m",
                    "Break-even I/O volume",
                    Unit::MillionRequests,
                    "none: I/O-Optimized is always cheaper",
                )
                .math(be_formula, why.clone()),
                Figure::none(
                    "breakeven_io_share",
                    "I/O share at break-even",
                    Unit::Share,
                    "none: I/O-Optimized is always cheaper",
                )
                .math(share_formula, why),
            )
        }
    };

    vec![standard, io_optimized, monthly, annual, io_share, be_m, be_share]
}
