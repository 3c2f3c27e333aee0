//! Every number the result rests on: each price with its source and date, or "your input".

use super::text;
use crate::fields::{
    class_price_key, Context, PRICE_ACU, PRICE_ACU_IOPT, PRICE_IO, PRICE_STORAGE, PRICE_STORAGE_IOPT,
    PRICE_UPLIFT,
};
use crate::model::AuroraInputs;
use calc_core::{format, Assumption, PriceSheet, Unit};

/// A price the model used: sourced from the sheet when it matches, else "your input".
fn price_assumption(
    key: &'static str,
    label: &str,
    value: f64,
    unit: Unit,
    sheet_key: &str,
    prices: &PriceSheet,
) -> Assumption {
    let sheet = prices.get(sheet_key);
    let from_sheet = sheet.is_some_and(|p| (p.value - value).abs() <= 1e-12);
    let display = text::price_display(value, unit);
    match sheet {
        Some(p) if from_sheet => Assumption {
            key: Some(key),
            label: label.to_string(),
            display,
            source: Some(p.source.to_string()),
            as_of: Some(p.as_of.to_string()),
            overridden: false,
        },
        _ => your_input(Some(key), label, display, true),
    }
}

fn your_input(key: Option<&'static str>, label: &str, display: String, overridden: bool) -> Assumption {
    Assumption {
        key,
        label: label.to_string(),
        display,
        source: Some("your input".to_string()),
        as_of: None,
        overridden,
    }
}

pub fn assumptions(i: &AuroraInputs, ctx: &Context, prices: &PriceSheet) -> Vec<Assumption> {
    let mut out = Vec::new();
    let class_key = class_price_key(&ctx.class);
    if ctx.hourly_overridden {
        out.push(your_input(
            Some("hourly"),
            "Price per instance-hour, Standard",
            text::price_display(i.hourly, Unit::UsdPerHour),
            true,
        ));
    } else {
        out.push(price_assumption(
            "hourly",
            &format!("Price per instance-hour, {}, Standard On-Demand, us-east-1", ctx.class),
            i.hourly,
            Unit::UsdPerHour,
            &class_key,
            prices,
        ));
    }
    out.push(price_assumption(
        "iopt_uplift",
        "I/O-Optimized compute uplift",
        i.uplift,
        Unit::Multiplier,
        PRICE_UPLIFT,
        prices,
    ));
    if i.instances > 0.0 {
        out.push(Assumption {
            key: None,
            label: "Price per instance-hour, I/O-Optimized (derived)".to_string(),
            display: format!(
                "{} per instance-hour ({} × {})",
                format::rate(i.hourly * i.uplift),
                format::rate(i.hourly),
                format::number(i.uplift, 4)
            ),
            source: Some("price per instance-hour × uplift".to_string()),
            as_of: None,
            overridden: false,
        });
    }
    out.push(price_assumption(
        "p_acu",
        "Serverless v2 price per ACU-hour, Standard",
        i.p_acu,
        Unit::UsdPerAcuHour,
        PRICE_ACU,
        prices,
    ));
    let acu_iopt = i.p_acu * i.uplift;
    let acu_label = "Serverless v2 price per ACU-hour, I/O-Optimized (ACU price × uplift)";
    let mut acu_row =
        price_assumption("p_acu", acu_label, acu_iopt, Unit::UsdPerAcuHour, PRICE_ACU_IOPT, prices);
    acu_row.key = None;
    if acu_row.overridden {
        acu_row.source = Some(format!(
            "derived from your inputs: {} × {}",
            format::rate(i.p_acu),
            format::number(i.uplift, 4)
        ));
    }
    out.push(acu_row);
    out.push(price_assumption(
        "p_storage",
        "Storage price, Standard",
        i.p_storage,
        Unit::UsdPerGbMonth,
        PRICE_STORAGE,
        prices,
    ));
    out.push(price_assumption(
        "p_storage_iopt",
        "Storage price, I/O-Optimized",
        i.p_storage_iopt,
        Unit::UsdPerGbMonth,
        PRICE_STORAGE_IOPT,
        prices,
    ));
    out.push(price_assumption(
        "p_io",
        "I/O price, Standard (I/O-Optimized: $0)",
        i.p_io,
        Unit::UsdPerMillion,
        PRICE_IO,
        prices,
    ));
    out.push(your_input(
        Some("hours"),
        "Hours per month",
        format::value(i.hours, Unit::HoursPerMonth),
        false,
    ));
    out.push(your_input(
        Some("ri_discount"),
        "Reserved Instance discount on instance-hours (both configurations; not on ACUs)",
        format::value(i.ri_discount_pct, Unit::Percent),
        false,
    ));
    out.push(your_input(
        Some("io_reduction"),
        "What-if I/O cut from fixing the top queries",
        format::value(i.io_reduction_pct, Unit::Percent),
        false,
    ));
    out
}
