//! The words: the verdict, the warnings the inputs trigger, notes, and domain phrasing.

use crate::fields::{key, Engine, EngineVersion, Read, MILLION_REQUESTS, USD_PER_INSTANCE_HOUR};
use crate::model::{
    commitment_hours, gap_units, AuroraResult, Breakeven, Cover, CoverKind, HEURISTIC_SHARE, NEAR, SWING,
};
use calc_core::{format, Date, Decision, Provenance, Unit, Verdict, Warning};

/// An I/O volume: `881.9 M requests`.
pub fn mreq(x: f64) -> String {
    format::value(x, MILLION_REQUESTS)
}

fn per_month(x: f64) -> String {
    format::value(x, Unit::USD_PER_MONTH)
}

/// Two monthly amounts of one sentence, at one precision: "$1,488/month, still $435/month".
fn per_month_pair(a: f64, b: f64) -> (String, String) {
    let d = format::money_decimals([a, b]);
    (format::value_at(a, Unit::USD_PER_MONTH, d), format::value_at(b, Unit::USD_PER_MONTH, d))
}

/// "1 more db.r6g.large RI", "2 more db.r6g.large RIs".
pub fn more_ris(read: &Read, n: f64) -> String {
    let ri = if n == 1.0 { "RI" } else { "RIs" };
    format!("{} more {} {ri}", format::count(n), read.smallest_class)
}

fn per_hour(x: f64) -> String {
    format!("{}/hour", format::rate(x))
}

/// A way of covering the hours the RIs leave, as a row label: "1 more db.r6g.large RI".
pub fn cover_name(read: &Read, c: &Cover) -> String {
    let more = more_ris(read, c.extra_ris);
    match c.kind {
        CoverKind::OnDemand => "On-Demand".to_string(),
        CoverKind::RisDown if c.od_units > 0.0 => format!("{more} (rounded down), the rest On-Demand"),
        CoverKind::RisDown => more,
        CoverKind::RisUp => format!(
            "{more} (rounded up; {} normalized units an hour unused)",
            format::count(c.extra_ris * read.model.smallest_units - c.ri_units)
        ),
        CoverKind::Dsp => format!("1-year Database Savings Plan of {}", per_hour(c.dsp_hourly)),
        CoverKind::RisDownAndDsp => {
            format!("{more} and a 1-year Database Savings Plan of {} for the rest", per_hour(c.dsp_hourly))
        }
    }
}

/// A cover that commits, in a sentence: "1 more db.r6g.large RI ($113.88/month for the RI term)".
fn cover_phrase(read: &Read, c: &Cover) -> String {
    let more = more_ris(read, c.extra_ris);
    let plan = |hourly: f64, fee: f64| {
        format!("a 1-year Database Savings Plan of {} ({})", per_hour(hourly), per_month(fee))
    };
    match c.kind {
        CoverKind::OnDemand => format!("On-Demand ({})", per_month(c.on_demand)),
        CoverKind::RisDown if c.od_units > 0.0 => format!(
            "{more} ({} for the RI term) and On-Demand for the rest ({})",
            per_month(c.extra_ri_fee),
            per_month(c.on_demand)
        ),
        CoverKind::RisDown | CoverKind::RisUp => {
            format!("{more} ({} for the RI term)", per_month(c.extra_ri_fee))
        }
        CoverKind::Dsp => plan(c.dsp_hourly, c.dsp_fee),
        CoverKind::RisDownAndDsp => format!(
            "{more} and a 1-year Database Savings Plan of {} ({} in all)",
            per_hour(c.dsp_hourly),
            per_month(c.commitment())
        ),
    }
}

/// The cheapest priced cover that buys a new commitment, if any was priced.
fn best_commitment(r: &AuroraResult) -> Option<&Cover> {
    r.covers.iter().filter(|c| c.kind.commits()).min_by(|a, b| a.cost().total_cmp(&b.cost()))
}

/// How the I/O-Optimized bill pays for the hours the RIs leave, when the user allowed a new
/// commitment and there is something to cover: one fact for the verdict.
fn cover_fact(read: &Read, r: &AuroraResult) -> Option<String> {
    let i = &read.model;
    if !(i.buy_extra_ri && i.ri_discount_pct > 0.0 && gap_units(i) > 0.0) {
        return None;
    }
    let c = &r.cover;
    if c.kind.commits() {
        return Some(format!(
            "on I/O-Optimized, the hours your RIs leave are cheapest covered by {}",
            cover_phrase(read, c)
        ));
    }
    let alternative = best_commitment(r).map(|alt| {
        let what = match alt.kind {
            CoverKind::Dsp => "a Database Savings Plan".to_string(),
            CoverKind::RisDownAndDsp => format!("{} and a Savings Plan", more_ris(read, alt.extra_ris)),
            _ => more_ris(read, alt.extra_ris),
        };
        let cost = if (alt.cost() - c.cost()).abs() < 0.005 {
            "the same".to_string()
        } else {
            per_month(alt.cost())
        };
        format!("; {what} would cost {cost}")
    });
    Some(format!(
        "on I/O-Optimized, the hours your RIs leave are cheapest On-Demand ({}){}",
        per_month(c.on_demand),
        alternative.unwrap_or_default()
    ))
}

/// Every decision the verdict can reach.
pub const NO_COMPUTE: Decision = Decision::empty("no_recommendation", "No recommendation");
pub const UPGRADE_FIRST: Decision = Decision::new("upgrade_first", "Stay on Standard for now");
pub const EITHER: Decision = Decision::tie("either", "Either");
pub const FIX_FIRST: Decision =
    Decision::new("fix_first", "Fix the top queries first, then stay on Standard");
pub const SWITCH: Decision = Decision::new("switch", "Switch to I/O-Optimized");
pub const STAY: Decision = Decision::new("stay", "Stay on Standard");
/// A month with 20% less or more I/O than entered lands on the other side of the break-even:
/// the saving card's own range crosses the decision, so the verdict names neither option.
pub const TOO_CLOSE: Decision = Decision::new("too_close", "Too close to call");
pub const DECISIONS: &[Decision] = &[NO_COMPUTE, UPGRADE_FIRST, EITHER, FIX_FIRST, SWITCH, STAY, TOO_CLOSE];

/// The saving card's range (I/O 20% lower to 20% higher) runs from a loss to a saving, so a
/// normal month can flip the answer: the verdict says it is too close to call instead of
/// naming one option, unless the options cost the same today (a tie) or the decision is the
/// query fix (which rests on the fix, not on the switch).
pub fn too_close(read: &Read, r: &AuroraResult) -> bool {
    let i = &read.model;
    let fixing = i.io_reduction_pct > 0.0 && r.standard.io > 0.0;
    let fix_first = fixing && r.switch_wins() && r.saving_after_fix < 0.0;
    r.comparable()
        && read.version == EngineVersion::Supported
        && r.monthly_saving.abs() >= 0.005
        && !fix_first
        && (r.saving_low < 0.0) != (r.saving_high < 0.0)
}

pub fn verdict(read: &Read, r: &AuroraResult) -> Verdict {
    let i = &read.model;
    if !r.comparable() {
        return Verdict::plain(NO_COMPUTE)
            .fact(
                "the cluster has no provisioned instances and no Serverless v2 capacity (or runs 0 hours), \
                 so there is no compute to compare",
            )
            .fact("enter its instances or average ACUs");
    }
    if read.version != EngineVersion::Supported {
        return Verdict::plain(UPGRADE_FIRST).fact("this engine version cannot use I/O-Optimized").fact(
            format!(
                "upgrade first (at these prices and today's I/O, I/O-Optimized would {} after the upgrade)",
                if r.switch_wins() {
                    format!("save {}", per_month(r.monthly_saving))
                } else {
                    format!("cost {} more", per_month(-r.monthly_saving))
                }
            ),
        );
    }
    let today = format!("at today's I/O (I/O is {} of the Standard bill)", format::share(r.io_share));
    let cut =
        |pct: f64| format!("if fixing the top queries cuts I/O by {} as you assume", format::percent(pct));
    let fixed = per_month(r.standard_fixed.total);
    let fixing = i.io_reduction_pct > 0.0 && r.standard.io > 0.0;
    // Switching wins today but the fix the user plans would make Standard cheaper again: the
    // decision is the fix, not the switch.
    let fix_first = fixing && r.switch_wins() && r.saving_after_fix < 0.0;
    let mut v = if too_close(read, r) {
        return too_close_verdict(read, r);
    } else if r.monthly_saving.abs() < 0.005 {
        Verdict::plain(EITHER)
            .fact("Standard and I/O-Optimized cost the same")
            .fact(format!("both cost {} {today}", per_month(r.standard.total)))
    } else if fix_first {
        let mut v = Verdict::plain(FIX_FIRST)
            .fact(format!("I/O-Optimized saves {} {today}", per_month(r.monthly_saving)))
            .fact({
                let (fixed, gap) = per_month_pair(r.standard_fixed.total, -r.saving_after_fix);
                format!("{}, Standard falls to {fixed}, {gap} below I/O-Optimized", cut(i.io_reduction_pct))
            });
        if let Some(fact) = cover_fact(read, r) {
            v.push(fact);
        }
        v
    } else if r.switch_wins() {
        // The month and the year at one precision: "$424/month ($5,083/year)".
        let decimals = format::money_decimals([r.monthly_saving, r.annual_saving]);
        let mut v = Verdict::plain(SWITCH).fact(format!(
            "it saves {} ({}) {today}",
            format::value_at(r.monthly_saving, Unit::USD_PER_MONTH, decimals),
            format::value_at(r.annual_saving, Unit::USD_PER_YEAR, decimals)
        ));
        if let Some(fact) = cover_fact(read, r) {
            v.push(fact);
        }
        v
    } else {
        let mut v = Verdict::plain(STAY)
            .fact(format!("I/O-Optimized would cost {} more {today}", per_month(-r.monthly_saving)));
        if let Some(fact) = cover_fact(read, r) {
            v.push(fact);
        }
        v
    };
    v.push(match r.breakeven {
        Breakeven::At { io_m, share: Some(s), .. } => {
            format!("the answer flips at {}/month ({} I/O share)", mreq(io_m), format::share(s))
        }
        Breakeven::At { io_m, share: None, .. } => format!("the answer flips at {}/month", mreq(io_m)),
        Breakeven::NoIoCharge => {
            "with no I/O charge on Standard, the I/O volume cannot change the answer".into()
        }
        Breakeven::IoOptimizedAlwaysCheaper => {
            "at these prices I/O-Optimized is cheaper at any I/O volume".into()
        }
    });
    if fixing && !fix_first {
        v.push(if r.switch_wins() {
            let (fixed, gap) = per_month_pair(r.standard_fixed.total, r.saving_after_fix);
            format!("{}, Standard falls to {fixed}, still {gap} above I/O-Optimized", cut(i.io_reduction_pct))
        } else {
            format!("{}, Standard falls further, to {fixed}", cut(i.io_reduction_pct))
        });
    }
    v
}

/// Too close to call: what a month with less or more I/O does, and what to measure to decide.
fn too_close_verdict(read: &Read, r: &AuroraResult) -> Verdict {
    let i = &read.model;
    let swing = format::percent(SWING * 100.0);
    let today = if r.switch_wins() {
        format!("I/O-Optimized saves {}", per_month(r.monthly_saving))
    } else {
        format!("I/O-Optimized costs {} more", per_month(-r.monthly_saving))
    };
    // Standard's bill grows with I/O and I/O-Optimized's does not, so the month with less I/O
    // is the one that favours Standard.
    let less = if r.saving_low < 0.0 {
        format!("cost {} more", per_month(-r.saving_low))
    } else {
        "cost the same".to_string()
    };
    let more = if r.saving_high > 0.0 {
        format!("save {}", per_month(r.saving_high))
    } else {
        "cost the same".to_string()
    };
    let mut v = Verdict::new(TOO_CLOSE, "Too close to call: measure a few months of I/O").fact(format!(
        "at today's I/O, {today}, but a month with {swing} less I/O would {less} and one with {swing} more would {more}"
    ));
    let threshold = match r.breakeven {
        Breakeven::At { io_m, .. } => format!("the break-even of {}/month", mreq(io_m)),
        // The range crosses only where a break-even exists; said plainly all the same.
        _ => "the break-even".to_string(),
    };
    v.push(format!(
        "measure the billed I/O of several months (CloudWatch VolumeReadIOPs plus VolumeWriteIOPs): switch only if \
         every month stays above {threshold}"
    ));
    if let Some(fact) = cover_fact(read, r) {
        v.push(fact);
    }
    if i.io_reduction_pct > 0.0 && r.standard.io > 0.0 {
        let (gap, side) = if r.saving_after_fix < 0.0 {
            (-r.saving_after_fix, "below")
        } else {
            (r.saving_after_fix, "above")
        };
        let (fixed, gap) = per_month_pair(r.standard_fixed.total, gap);
        v.push(format!(
            "if fixing the top queries cuts I/O by {} as you assume, Standard falls to {fixed}, {gap} {side} I/O-Optimized",
            format::percent(i.io_reduction_pct),
        ));
    }
    v
}

pub fn warnings(read: &Read, r: &AuroraResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    // A verdict that is too close to call already says what a month's swing does.
    if let (Breakeven::At { io_m: be, .. }, false) = (r.breakeven, too_close(read, r)) {
        let swing = format::percent(SWING * 100.0);
        if r.near_breakeven(i.io_m) {
            w.push(Warning::caution(
                format!(
                    "Today's I/O ({}) is within {} of the break-even ({}): normal month-to-month swings can flip the answer (with I/O {swing} lower or higher the monthly saving runs from {} to {}). Decide on several months of I/O, not one.",
                    mreq(i.io_m),
                    format::percent(NEAR * 100.0),
                    mreq(be),
                    per_month(r.saving_low),
                    per_month(r.saving_high)
                ),
                &[key::IO_M],
            ));
        } else if (r.saving_low < 0.0) != (r.saving_high < 0.0) {
            w.push(Warning::info(
                format!(
                    "A {swing} swing in I/O flips the answer: the monthly saving runs from {} with I/O {swing} lower to {} with I/O {swing} higher (break-even {}).",
                    per_month(r.saving_low),
                    per_month(r.saving_high),
                    mreq(be)
                ),
                &[key::IO_M],
            ));
        }
    }
    if r.monthly_saving.abs() >= 0.005 && r.switch_wins() != r.heuristic_says_switch() {
        let exact = match r.breakeven {
            Breakeven::At { io_m, share: Some(s), .. } => {
                format!(
                    " The exact break-even for this cluster is {}/month, an I/O share of {}.",
                    mreq(io_m),
                    format::share(s)
                )
            }
            _ => String::new(),
        };
        let rule = format::percent(HEURISTIC_SHARE * 100.0);
        let msg = if r.heuristic_says_switch() {
            format!(
                "The {rule} rule of thumb and the exact comparison disagree: I/O is {} of the Standard bill, so the rule says switch, but at these prices I/O-Optimized costs {} more.{exact} Go by the cost figures.",
                format::share(r.io_share),
                per_month(-r.monthly_saving)
            )
        } else {
            format!(
                "The {rule} rule of thumb and the exact comparison disagree: I/O is only {} of the Standard bill, so the rule says stay, but at these prices I/O-Optimized saves {}.{exact} Go by the cost figures.",
                format::share(r.io_share),
                per_month(r.monthly_saving)
            )
        };
        w.push(Warning::caution(msg, &[key::IO_M, key::STORAGE_GB]));
    }
    if i.storage_gb > 0.0 {
        let per_gb = match r.breakeven_per_gb {
            Some(m_per_gb) => format!(
                " Each extra GB adds {} a month to I/O-Optimized's premium and moves the break-even up by {} M requests/month.",
                format::rate(i.p_storage_iopt - i.p_storage),
                format::count(m_per_gb)
            ),
            None => String::new(),
        };
        w.push(Warning::info(
            format!(
                "Storage only grows in practice. The cost article in the sources: Aurora storage \"auto-grows and doesn't shrink; bloat and unarchived cold data inflate it permanently.\" AWS frees space when data is removed, such as by dropping or truncating a table, on versions with dynamic resizing, but bloat from deleted rows stays billed until the table is rebuilt.{per_gb}"
            ),
            &[key::STORAGE_GB],
        ));
    }
    if i.storage_gb > 262_144.0 {
        w.push(Warning::caution(
            "This is more than 256 TiB (262,144 GB), above the largest Aurora cluster volume; check the storage figure.",
            &[key::STORAGE_GB],
        ));
    } else if i.storage_gb > 131_072.0 {
        w.push(Warning::caution(
            "This is more than 128 TiB (131,072 GB): only some Aurora engine versions grow a cluster volume beyond that (up to 256 TiB).",
            &[key::STORAGE_GB],
        ));
    }
    if i.ri_discount_pct > 0.0 && i.instances > 0.0 {
        w.push(Warning::info(ri_cover_message(read, r), &[key::RI_DISCOUNT, key::BUY_EXTRA_RI]));
    }
    let gap = gap_units(i);
    if i.buy_extra_ri && i.ri_discount_pct > 0.0 && gap > 0.0 && !i.dsp_eligible {
        w.push(Warning::info(
            format!(
                "A Database Savings Plan does not cover {} (it covers generation 7 and later classes, not burstable ones), so only whole RIs were priced for the hours your RIs leave.",
                read.class
            ),
            &[key::CLASS, key::BUY_EXTRA_RI],
        ));
    }
    if r.cover.dsp_units > 0.0 && read.dsp_discount != Provenance::Input {
        w.push(Warning::caution(
            format!(
                "The Savings Plan's {} is AWS's \"up to about 20%\" for provisioned instances, not a quote for this usage: check the rate AWS offers for it (Billing and Cost Management, Savings Plans, Purchase) and type it under Prices.",
                format::percent(i.dsp_discount_pct)
            ),
            &[key::DSP_DISCOUNT],
        ));
    }
    if i.ri_discount_pct > 0.0 && i.instances > 0.0 && i.hours < commitment_hours(i) {
        let plan = if r.cover.dsp_units > 0.0 { " and the Savings Plan's commitment are" } else { " is" };
        w.push(Warning::info(
            format!(
                "The RI fee{plan} owed for all {} hours of the month even though the instances run {}: only On-Demand hours scale with the hours.",
                format::number(commitment_hours(i), 0),
                format::value(i.hours, Unit::HOURS_PER_MONTH)
            ),
            &[key::HOURS, key::RI_DISCOUNT],
        ));
    }
    if read.version != EngineVersion::Supported {
        w.push(Warning::caution(
            "Aurora MySQL 2 and Aurora PostgreSQL before 13.10, 14.7 or 15.2 cannot use I/O-Optimized: AWS supports it on Aurora MySQL 3.03.1 and later and on Aurora PostgreSQL 13.10, 14.7, 15.2 and later. The comparison shows what the switch would do after an upgrade.",
            &[key::ENGINE_VERSION],
        ));
    }
    if i.buy_extra_ri && i.ri_discount_pct <= 0.0 {
        w.push(Warning::info(
            "Buying extra RIs or a Savings Plan applies only to instances covered by RIs today: with an RI discount of 0% the instances are On-Demand in both configurations.",
            &[key::BUY_EXTRA_RI],
        ));
    }
    if i.ri_discount_pct > 0.0 && i.acu > 0.0 {
        w.push(Warning::info(
            "Reserved Instances do not apply to Aurora Serverless v2, so ACU-hours stay at the On-Demand price here in both configurations (Database Savings Plans can cover them).",
            &[key::RI_DISCOUNT, key::ACU],
        ));
    }
    w
}

/// What the RIs you own cover on I/O-Optimized and how the rest is paid for.
fn ri_cover_message(read: &Read, r: &AuroraResult) -> String {
    let i = &read.model;
    let gap = gap_units(i);
    let owned = i.instances * i.units;
    let head = format!(
        "An I/O-Optimized instance consumes about {} the RI units of the same Standard instance (AWS agent toolkit): {} × {} use {} normalized units an hour where your RIs cover {}, so they cover {} of the I/O-Optimized hours.",
        format::value(i.uplift, Unit::MULTIPLIER),
        format::count(i.instances),
        read.class,
        format::count(owned + gap),
        format::count(owned),
        format::share(if owned + gap > 0.0 { owned / (owned + gap) } else { 1.0 }),
    );
    let c = &r.cover;
    let tail = if gap <= 0.0 {
        String::new()
    } else if !i.buy_extra_ri {
        let instead = match &r.cover_if_bought {
            b if b.kind.commits() => format!(
                " Covering it with {} instead would cost {} less, a new commitment for its term.",
                cover_phrase(read, b),
                per_month(c.cost() - b.cost())
            ),
            _ => " Whole RIs would cost no less than that.".to_string(),
        };
        format!(
            " The rest, {}, is billed On-Demand in the I/O-Optimized bill here.{instead}",
            per_month(c.on_demand)
        )
    } else if c.kind.commits() {
        format!(
            " The {} units left are covered by {}: {} of new commitment for its term, in the I/O-Optimized bill here; if you may switch back, it becomes a stranded cost.",
            format::count(gap),
            cover_phrase(read, c),
            per_month(c.commitment())
        )
    } else {
        let alternative = best_commitment(r)
            .map(|alt| format!(" costs no more than {}", cover_phrase(read, alt)))
            .unwrap_or_default();
        format!(
            " Fractions of an RI cannot be bought, and On-Demand for the {} units left ({}){alternative}.",
            format::count(gap),
            per_month(c.on_demand)
        )
    };
    head + &tail
}

pub fn notes(read: &Read, r: &AuroraResult, prices_as_of: Option<Date>) -> Vec<String> {
    let i = &read.model;
    let mut notes = Vec::new();
    let ratio = match r.io_to_compute {
        Some(x) => format!(
            " The cost article's \"I/O-to-compute ratio\" is a different metric: here I/O is {} compute ({} ÷ {}).",
            format::value(x, Unit::MULTIPLIER),
            format::cents(r.standard.io),
            format::cents(r.standard.compute)
        ),
        None => String::new(),
    };
    notes.push(format!(
        "The I/O share is the I/O charge as a share of the whole Standard bill (compute + storage + I/O), the basis of AWS's 25% guidance.{ratio}"
    ));
    if let Some(s) = r.breakeven.share() {
        let decided = r.monthly_saving.abs() >= 0.005 && !too_close(read, r);
        if decided && r.switch_wins() == r.heuristic_says_switch() {
            let says = if r.switch_wins() { "switch" } else { "stay on Standard" };
            notes.push(format!(
                "The exact break-even share for this cluster is {} and AWS's {} rule of thumb agrees with the cost comparison here: both say {says}.",
                format::share(s),
                format::percent(HEURISTIC_SHARE * 100.0)
            ));
        }
    }
    notes.push(
        "AWS's Aurora FAQ says that when I/O spend exceeds 25% of the Aurora bill, I/O-Optimized can save \"up to 40%\". Context only: the figures above are computed from your inputs.".to_string(),
    );
    let as_of =
        prices_as_of.map(|d| format!("; the oldest this answer uses is from {d}")).unwrap_or_default();
    notes.push(format!(
        "Default prices are us-east-1 On-Demand list prices (AWS agent toolkit{as_of}); the instance prices are the Aurora MySQL list, and Aurora PostgreSQL rates are within 1–2% of them. Other Regions differ and AWS publishes no fixed regional multiplier: enter your Region's prices under Prices."
    ));
    let engine = if read.engine == Engine::Mysql {
        "Aurora MySQL: one read I/O is a 16 KB page read from storage"
    } else {
        "Aurora PostgreSQL: one read I/O is an 8 KB page read from storage"
    };
    notes.push(format!(
        "{engine}; writes count in 4 KB units. The sources give the same instance, storage and I/O prices for PostgreSQL and MySQL (the toolkit's PostgreSQL reference says MySQL instance rates are within 1–2%)."
    ));
    notes.push(
        "Not in either bill: backup storage beyond the free allowance, snapshots, data transfer and Global Database replication; AWS says backup, snapshot, export and backtrack prices do not change with I/O-Optimized.".to_string(),
    );
    if i.instances > 0.0 && read.hourly == Provenance::Input && (i.hourly - read.class_price).abs() > 1e-12 {
        notes.push(format!(
            "Your instance price {} replaces the {} list price {}.",
            format::price(i.hourly, USD_PER_INSTANCE_HOUR),
            read.class,
            format::rate(read.class_price)
        ));
    }
    notes
}
