//! The model's numbers as the Outcome every channel shows: the headline figures with their
//! math and ranges, the by-year table, the cumulative chart and the assumptions.

use crate::fields::{
    key, region_name, stands_in, Read, CORES, USD_PER_PACK, USD_PER_PACK_YEAR, USD_PER_VCORE_HOUR,
};
use crate::model::{Acquire, AhbInputs, AhbResult, RangePoint, Service, Tier};
use crate::{meta, words};
use calc_core::payback::{self, Labels};
use calc_core::AutoValue;
use calc_core::{format, Assumption, ChoiceEnum, Figure, Headline, Outcome, Provenance, Unit};

/// Shown instead of a number on every figure of a DTU database.
pub const DTU_DISPLAY: &str = "n/a (DTU)";

pub const LI_MONTHLY: Headline = Headline::new("li_monthly", "Licence-included bill", Unit::USD_PER_MONTH);
pub const AHB_MONTHLY: Headline = Headline::new("ahb_monthly", "Bill with AHB", Unit::USD_PER_MONTH);
pub const MONTHLY_SAVING: Headline = Headline::new("monthly_saving", "Monthly saving", Unit::USD_PER_MONTH);
pub const SAVING_PCT: Headline = Headline::new(
    "saving_pct",
    "Monthly saving, as a share of the monthly licence-included bill",
    Unit::SHARE,
);
pub const CORES_NEEDED: Headline = Headline::new("cores_needed", "Core licences needed", CORES);
pub const CORES_TO_ACQUIRE: Headline = Headline::new("cores_to_acquire", "Cores to acquire", CORES);
pub const UPFRONT: Headline = Headline::new("upfront_cost", "Paid at month 0", Unit::USD);
pub const ANNUAL_SA_COST: Headline =
    Headline::new("annual_sa_cost", "SA or subscription per year", Unit::USD_PER_YEAR);
pub const FIRST_PAYBACK: Headline = Headline::new("first_payback_months", "First payback", Unit::MONTHS);
pub const BREAKEVEN: Headline = Headline::new("breakeven_months", "Break-even (stays ahead)", Unit::MONTHS);
pub const HORIZON_SAVING: Headline = Headline::new("horizon_saving", "Net over the horizon", Unit::USD);

/// Every headline, in display order: first the recommended plan's money over the horizon and
/// the cash it takes (the PDF's first page shows the first five with a value), then its saving
/// and payback, then what it buys, then the bills the saving comes from.
pub const HEADLINES: &[Headline] = &[
    HORIZON_SAVING,
    UPFRONT,
    ANNUAL_SA_COST,
    MONTHLY_SAVING,
    FIRST_PAYBACK,
    BREAKEVEN,
    CORES_TO_ACQUIRE,
    CORES_NEEDED,
    SAVING_PCT,
    LI_MONTHLY,
    AHB_MONTHLY,
];

pub fn build(read: &Read, m: &AhbResult) -> Outcome {
    let i = &read.model;
    if !m.eligible {
        return Outcome {
            verdict: words::dtu_verdict(),
            headlines: HEADLINES.iter().map(|h| h.none(DTU_DISPLAY)).collect(),
            tables: Vec::new(),
            charts: Vec::new(),
            warnings: words::warnings(read, m),
            assumptions: assumptions(read, m),
            notes: words::notes(i, m),
            next_steps: vec![],
            auto_values: auto_values(read),
        };
    }
    let labels = Labels { savings: "AHB savings", costs: "Licences, SA, subscription paid" };
    // The details show the AHB plan: the recommended one, or, when staying on licence-included
    // pricing is cheaper, what buying would do (with no break-even to mark).
    let (table_title, chart_title) = if m.recommended {
        (
            "Year by year: AHB savings, what you pay for licences, SA or subscription, and the net"
                .to_string(),
            format!("Cumulative AHB savings vs the cost of {}", words::acquisition(i.acquire)),
        )
    } else {
        (
            format!(
                "Year by year if you bought {} (not recommended): AHB savings, what you would pay, and the net",
                words::acquisition(i.acquire)
            ),
            format!("If you bought {}: cumulative AHB savings vs its cost", words::acquisition(i.acquire)),
        )
    };
    let mut chart = payback::cumulative_chart("cumulative", chart_title, &m.plan.flows, "a renewal");
    if !m.recommended {
        chart.markers.clear();
    }
    Outcome {
        verdict: {
            let mut v = words::verdict(i, m);
            v.push(words::priced_at(read));
            v
        },
        headlines: headlines(i, m),
        tables: vec![payback::by_year_table("by_year", table_title, &m.plan.flows, &labels)],
        charts: vec![chart],
        warnings: words::warnings(read, m),
        assumptions: assumptions(read, m),
        notes: words::notes(i, m),
        next_steps: vec![],
        auto_values: auto_values(read),
    }
}

/// The lowest and highest of some values.
fn bounds(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    (values.clone().fold(f64::INFINITY, f64::min), values.fold(f64::NEG_INFINITY, f64::max))
}

/// A figure's low–high range across the renewal increases, when the net depends on them and
/// every point has a value.
fn ranged(f: Figure, i: &AhbInputs, m: &AhbResult, value: impl Fn(&RangePoint) -> Option<f64>) -> Figure {
    let varies = m.recommended && m.range.iter().any(|p| p.net != m.range[0].net);
    let values: Option<Vec<f64>> = m.range.iter().map(value).collect();
    match values {
        Some(v) if varies && f.value.is_some() => {
            let (low, high) = bounds(v.into_iter());
            let (from, to) = bounds(m.range.iter().map(|p| p.increase_pct));
            let basis = format!(
                "{} renewal increase from {} to {} a year (sources cite 10–15% SA renewal increases); \
                 your input is {}",
                words::recurring(i.acquire),
                format::percent(from),
                format::percent(to),
                format::percent(i.sa_increase)
            );
            f.range(low, high, basis)
        }
        _ => f,
    }
}

fn headlines(i: &AhbInputs, m: &AhbResult) -> Vec<Figure> {
    vec![
        horizon(i, m),
        upfront(i, m),
        annual(i, m),
        monthly_saving(i, m),
        first_payback(i, m),
        breakeven(i, m),
        cores_to_acquire(i, m),
        cores_needed(i, m),
        saving_pct(i, m),
        li_monthly(i, m),
        ahb_monthly(i, m),
    ]
}

/// "16 × 1 × 730 h": the vCores, instances and hours every monthly bill multiplies by.
fn times_usage(i: &AhbInputs) -> String {
    format!("{} × {} × {} h", format::count(i.vcores), format::count(i.instances), format::number(i.hours, 1))
}

fn li_monthly(i: &AhbInputs, m: &AhbResult) -> Figure {
    let per = words::vcore(i.service);
    LI_MONTHLY.of(m.li_monthly).math(
        format!("licence-included price per {per}-hour × {per}s × instances × hours"),
        format!(
            "{} × {} = {}",
            format::exact_price(i.li_vcore_hour),
            times_usage(i),
            format::cents(m.li_monthly)
        ),
    )
}

fn ahb_monthly(i: &AhbInputs, m: &AhbResult) -> Figure {
    AHB_MONTHLY.of(m.ahb_monthly).math(
        "AHB (base) price per vCore-hour × vCores × instances × hours",
        format!(
            "{} × {} = {}",
            format::exact_price(i.base_vcore_hour),
            times_usage(i),
            format::cents(m.ahb_monthly)
        ),
    )
}

fn monthly_saving(i: &AhbInputs, m: &AhbResult) -> Figure {
    let per = words::vcore(i.service);
    if m.saving_months == Some(0) {
        return MONTHLY_SAVING.of(0.0).math(
            "(licence-included − AHB price) × vCores × instances × hours",
            "Hyperscale carries no SQL licence charge from December 2026: licence-included = AHB price, nothing to save",
        );
    }
    if !m.recommended {
        return not_bought(&MONTHLY_SAVING, i, m);
    }
    MONTHLY_SAVING.of(m.monthly_saving).math(
        format!("(licence-included − AHB price) × {per}s × instances × hours"),
        format!(
            "({} − {}) × {} = {}",
            format::exact_price(i.li_vcore_hour),
            format::exact_price(i.base_vcore_hour),
            times_usage(i),
            format::cents(m.monthly_saving)
        ),
    )
}

fn saving_pct(i: &AhbInputs, m: &AhbResult) -> Figure {
    match m.saving_share {
        Some(_) if !m.recommended && m.monthly_saving > 0.0 => not_bought(&SAVING_PCT, i, m),
        Some(s) => SAVING_PCT.of(s).math(
            "monthly saving ÷ licence-included monthly bill",
            format!(
                "{} ÷ {} = {}",
                format::cents(m.monthly_saving),
                format::cents(m.li_monthly),
                format::share(s)
            ),
        ),
        None => SAVING_PCT.not_applicable("n/a (no licence-included bill)"),
    }
}

/// Why the recommended plan buys nothing: what buying would cost, or that AHB saves nothing.
fn why_not_buy(i: &AhbInputs, m: &AhbResult) -> String {
    if m.monthly_saving <= 0.0 {
        "AHB saves nothing here, so nothing is bought".to_string()
    } else {
        format!(
            "AHB would save {}/month, but buying {} would be a {}-year net cost of {}",
            format::cents(m.monthly_saving),
            words::acquisition(i.acquire),
            i.years,
            format::cents(-m.plan.net())
        )
    }
}

/// A figure of the recommended plan when it stays on licence-included pricing: zero, with why.
fn not_bought(h: &Headline, i: &AhbInputs, m: &AhbResult) -> Figure {
    h.of(0.0).math(
        "the recommended plan stays on licence-included pricing: nothing bought, nothing saved",
        why_not_buy(i, m),
    )
}

fn cores_to_acquire(i: &AhbInputs, m: &AhbResult) -> Figure {
    if !m.recommended {
        return not_bought(&CORES_TO_ACQUIRE, i, m);
    }
    CORES_TO_ACQUIRE.of(m.cores_to_acquire).math(
        "max(0, cores needed − cores owned with active SA), rounded up to 2-core packs",
        format!(
            "max(0, {} − {}) → {} cores ({} packs)",
            format::count(m.cores_needed),
            format::count(i.cores_owned),
            format::count(m.cores_to_acquire),
            format::count(m.packs_to_acquire)
        ),
    )
}

fn cores_needed(i: &AhbInputs, m: &AhbResult) -> Figure {
    if m.saving_months == Some(0) {
        return CORES_NEEDED.of(0.0).math(
            "core licences AHB needs to cover the vCores",
            "Hyperscale carries no SQL licence charge from December 2026: no core licence is needed",
        );
    }
    let ed = i.edition.label();
    let (formula, sub) = if i.service == Service::Vm {
        (
            "max(vCPUs, 4) per VM × VMs".to_string(),
            format!(
                "max({}, 4) × {} = {} → {} cores",
                format::count(i.vcores),
                format::count(i.instances),
                format::count(m.cores_exact),
                format::count(m.cores_needed)
            ),
        )
    } else {
        (
            format!("vCores × instances ÷ vCores covered per {ed} core, rounded up to whole cores"),
            format!(
                "{} × {} ÷ {} = {} → {} cores",
                format::count(i.vcores),
                format::count(i.instances),
                format::count(m.vcores_per_core),
                format::count(m.cores_exact),
                format::count(m.cores_needed)
            ),
        )
    };
    CORES_NEEDED.of(m.cores_needed).math(formula, sub)
}

fn recurring_formula(i: &AhbInputs, m: &AhbResult) -> (&'static str, String) {
    match i.acquire {
        Acquire::Sa | Acquire::LicenseSa => (
            "2-core packs × licence price per pack × SA % per year",
            format!(
                "{} × {} × {} = {}",
                format::count(m.packs_to_acquire),
                format::cents(i.license_2core),
                format::percent(i.sa_pct),
                format::cents(m.first_year_recurring)
            ),
        ),
        Acquire::Subscription => (
            "2-core packs × subscription price per 2 cores per year",
            format!(
                "{} × {} = {}",
                format::count(m.packs_to_acquire),
                format::cents(i.subscription_2core_year),
                format::cents(m.first_year_recurring)
            ),
        ),
    }
}

fn upfront(i: &AhbInputs, m: &AhbResult) -> Figure {
    if !m.recommended {
        return not_bought(&UPFRONT, i, m).over("one-time, at the start");
    }
    let (rec_formula, rec_sub) = recurring_formula(i, m);
    let (formula, sub) = match i.acquire {
        Acquire::LicenseSa => (
            format!("2-core packs × licence price + first-year SA ({rec_formula})"),
            format!(
                "{} × {} + {} = {} + {} = {}",
                format::count(m.packs_to_acquire),
                format::cents(i.license_2core),
                format::cents(m.first_year_recurring),
                format::cents(m.licence_purchase),
                format::cents(m.first_year_recurring),
                format::cents(m.upfront_cost)
            ),
        ),
        _ => (format!("first year paid in advance: {rec_formula}"), rec_sub),
    };
    UPFRONT.of(m.upfront_cost).over("one-time, at the start").math(formula, sub)
}

/// "months 0, 12 and 24": when the plan pays a yearly payment (`from`: the first year it can).
fn paid_in(m: &AhbResult, from: usize) -> String {
    let months: Vec<String> = (from..m.plan.years.len()).map(|y| format::count((y * 12) as f64)).collect();
    match months.as_slice() {
        [] => "no month".to_string(),
        [one] => format!("month {one} only"),
        [init @ .., last] => format!("months {} and {last}", init.join(", ")),
    }
}

/// New SA or subscription, plus the SA that keeps owned cores eligible, in the years the plan
/// pays them (before the renewal increase).
fn annual(i: &AhbInputs, m: &AhbResult) -> Figure {
    if !m.recommended {
        return not_bought(&ANNUAL_SA_COST, i, m);
    }
    let (formula, sub) = recurring_formula(i, m);
    let owned = if m.plan.years.len() > 1 { m.owned_sa_yearly } else { 0.0 };
    let yearly = m.first_year_recurring + owned;
    let figure = ANNUAL_SA_COST.of(yearly);
    let later = if i.sa_increase > 0.0 { "; later years grow by the renewal increase" } else { "" };
    if owned > 0.0 {
        figure.math(
            format!("{formula} + owned cores ÷ 2 × licence price per pack × SA % (from the first renewal, month 12)"),
            format!(
                "{} + {} ÷ 2 × {} × {} = {} + {} = {}/year (paid in {}{later})",
                format::cents(m.first_year_recurring),
                format::count(m.owned_used),
                format::cents(i.license_2core),
                format::percent(i.sa_pct),
                format::cents(m.first_year_recurring),
                format::cents(owned),
                format::cents(yearly),
                paid_in(m, if m.first_year_recurring > 0.0 { 0 } else { 1 })
            ),
        )
    } else {
        figure.math(
            format!("{formula}, paid yearly in advance while it saves more than it costs"),
            format!("{sub} (paid in {}{later})", paid_in(m, 0)),
        )
    }
}

/// A payback figure when the recommended plan buys nothing: "no saving", or "not within N years".
fn no_payback(h: &Headline, i: &AhbInputs, m: &AhbResult, formula: &str) -> Figure {
    let shown = if m.monthly_saving <= 0.0 {
        "no saving".to_string()
    } else {
        format!("not within {}", format::years(i.years))
    };
    h.none(&shown).math(formula, why_not_buy(i, m))
}

fn first_payback(i: &AhbInputs, m: &AhbResult) -> Figure {
    let formula = "the first month cumulative savings reach cumulative costs, even if a later payment puts them behind again";
    if !m.recommended {
        return no_payback(&FIRST_PAYBACK, i, m, formula);
    }
    let flows = &m.plan.flows;
    let figure = match flows.first_payback() {
        Some(t) if flows.costs_by(t) <= 0.0 => {
            FIRST_PAYBACK.of(t).math(formula, "nothing is paid before the saving starts = 0 months")
        }
        Some(t) => {
            let mut f = FIRST_PAYBACK.of(t).math(
                formula,
                format!(
                    "{} paid by then ÷ {}/month saved = {} months",
                    format::cents(flows.costs_by(t)),
                    format::cents(m.monthly_saving),
                    format::number(t, 2)
                ),
            );
            if let Some(each) = words::each_year_payback(m) {
                f.display = format!("{each} of each year");
            }
            f
        }
        None => FIRST_PAYBACK.none(&format!("not within {}", format::years(i.years))).math(
            formula,
            format!(
                "{} saved over {} months never reaches the {} paid",
                format::cents(flows.total_savings()),
                flows.months(),
                format::cents(flows.total_costs())
            ),
        ),
    };
    ranged(figure, i, m, |p| p.first_payback)
}

fn breakeven(i: &AhbInputs, m: &AhbResult) -> Figure {
    let timing = "licences at month 0, SA or subscription yearly in advance while it saves more than it costs; within the horizon";
    if !m.recommended {
        return no_payback(
            &BREAKEVEN,
            i,
            m,
            "the month after which cumulative savings stay at or above cumulative costs",
        );
    }
    let figure = payback::breakeven_figure(&BREAKEVEN, &m.plan.flows, timing, i.years);
    ranged(figure, i, m, |p| p.breakeven)
}

fn horizon(i: &AhbInputs, m: &AhbResult) -> Figure {
    if !m.recommended {
        return not_bought(&HORIZON_SAVING, i, m).change().over(format!("over {}", format::years(i.years)));
    }
    let bought = match i.acquire {
        Acquire::LicenseSa => "licences and SA",
        Acquire::Sa => "SA",
        Acquire::Subscription => "subscription",
    };
    let paid_for = match (m.cores_to_acquire > 0.0, m.owned_sa_yearly > 0.0) {
        (true, true) => format!("{bought} and SA on the cores you own"),
        (false, true) => "SA on the cores you own".to_string(),
        _ => bought.to_string(),
    };
    let figure = payback::horizon_figure(&HORIZON_SAVING, &m.plan.flows, &paid_for, i.years).change();
    ranged(figure, i, m, |p| Some(p.net))
}

/// A price with its provenance; a sum of sheet prices names its parts.
fn priced(k: &'static str, label: &str, display: String, origin: &Provenance) -> Assumption {
    let label = match origin {
        Provenance::Sheets(parts) => {
            let from: Vec<&str> = parts.iter().map(|p| p.label).collect();
            format!("{label}; from the price sheet: {}", from.join(" + "))
        }
        _ => label.to_string(),
    };
    Assumption::price(k, label, display, origin.clone())
}

fn assumptions(read: &Read, m: &AhbResult) -> Vec<Assumption> {
    let i = &read.model;
    let coverage = Assumption::rule(
        Some(key::TIER),
        "Licence coverage: Enterprise + SA core = 4 GP/Hyperscale vCores or 1 BC vCore; Standard + SA \
         core = 1 GP/Hyperscale vCore, 4 cores per BC vCore; VMs: 1 core per vCPU, minimum 4 per VM",
        if m.eligible {
            format!("{} vCores per core", format::count(m.vcores_per_core))
        } else {
            DTU_DISPLAY.into()
        },
        &meta::AHB_DOC,
    );
    let mut out = vec![coverage];
    if !m.eligible {
        return out;
    }
    let per = words::vcore(i.service);
    // The region a sheet compute price is for (or another region's standing in for it).
    let region = match &read.base {
        Provenance::Sheet(p) if stands_in(p) => {
            format!(", West Europe's figure standing in for {}", region_name(read.region))
        }
        Provenance::Sheet(_) => format!(", {}", region_name(read.region)),
        _ => String::new(),
    };
    if m.saving_months == Some(0) {
        // No licence meter left to price: licence-included is the compute price.
        out.push(Assumption::rule(
            Some(key::LI_VCORE_HOUR),
            "Licence-included price per vCore-hour on Hyperscale from December 2026: no SQL licence charge, so it is the AHB (base) price",
            format::value(i.base_vcore_hour, USD_PER_VCORE_HOUR),
            &meta::CENTRAL_DOC,
        ));
    } else {
        out.push(priced(
            key::LI_VCORE_HOUR,
            &format!("Licence-included price per {per}-hour (compute + SQL licence){region}"),
            format::value(i.li_vcore_hour, USD_PER_VCORE_HOUR),
            &read.li,
        ));
    }
    out.push(priced(
        key::BASE_VCORE_HOUR,
        &format!("AHB (base) price per {per}-hour (compute only){region}"),
        format::value(i.base_vcore_hour, USD_PER_VCORE_HOUR),
        &read.base,
    ));
    // The licence price and SA % price new SA and licences, and the SA that keeps owned cores.
    let sa_priced =
        m.owned_sa_yearly > 0.0 || (m.cores_to_acquire > 0.0 && i.acquire != Acquire::Subscription);
    if sa_priced {
        out.push(priced(
            key::LICENSE_2CORE,
            &format!("SQL Server {} licence per 2-core pack", i.edition.label()),
            format::value(i.license_2core, USD_PER_PACK),
            &read.license,
        ));
        out.push(priced(
            key::SA_PCT,
            "Software Assurance per year, % of licence price",
            format::value(i.sa_pct, Unit::PERCENT),
            &read.sa_pct,
        ));
    }
    if m.cores_to_acquire > 0.0 || m.owned_sa_yearly > 0.0 {
        if m.cores_to_acquire > 0.0 && i.acquire == Acquire::Subscription {
            out.push(priced(
                key::SUBSCRIPTION_2CORE_YEAR,
                &format!("SQL Server {} subscription per 2 cores per year", i.edition.label()),
                format::value(i.subscription_2core_year, USD_PER_PACK_YEAR),
                &read.subscription,
            ));
        }
        out.push(Assumption::input(
            key::SA_INCREASE,
            "Renewal increase per year of SA or subscription",
            format::value(i.sa_increase, Unit::PERCENT),
            i.sa_increase != 0.0,
        ));
    }
    out.push(Assumption::input(
        key::HOURS,
        "Hours running per month (730 = Azure billing month)",
        format::value(i.hours, Unit::HOURS_PER_MONTH),
        i.hours != 730.0,
    ));
    out.push(Assumption::input(
        key::CORES_OWNED,
        "Cores owned with active SA, free to assign",
        format::value(i.cores_owned, CORES),
        i.cores_owned != 0.0,
    ));
    out.push(Assumption::input(
        key::YEARS,
        "Horizon",
        format::value(f64::from(i.years), Unit::YEARS),
        i.years != 3,
    ));
    if i.service == Service::SqlDb && i.tier == Tier::Hs {
        out.push(Assumption::rule(
            Some(key::TIER),
            "Hyperscale: AHB only for existing provisioned Hyperscale databases",
            "existing databases only".to_string(),
            &meta::CENTRAL_DOC,
        ));
    }
    out
}

/// The prices an input left empty was evaluated with.
fn auto_values(read: &Read) -> Vec<AutoValue> {
    let i = &read.model;
    vec![
        AutoValue::new(key::LI_VCORE_HOUR, i.li_vcore_hour),
        AutoValue::new(key::BASE_VCORE_HOUR, i.base_vcore_hour),
        AutoValue::new(key::LICENSE_2CORE, i.license_2core),
        AutoValue::new(key::SUBSCRIPTION_2CORE_YEAR, i.subscription_2core_year),
    ]
}
