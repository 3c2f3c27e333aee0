//! The words: the verdict, the warnings the inputs trigger, notes, and domain phrasing.

use crate::fields::{key, Engine, EngineVersion, Read, MILLION_REQUESTS, USD_PER_INSTANCE_HOUR};
use crate::model::{AuroraResult, Breakeven, HEURISTIC_SHARE, NEAR, RI_HOURS, SWING};
use calc_core::{format, Decision, Provenance, Unit, Verdict, Warning};

/// An I/O volume: `881.9 M requests`.
pub fn mreq(x: f64) -> String {
    format::value(x, MILLION_REQUESTS)
}

fn per_month(x: f64) -> String {
    format::value(x, Unit::USD_PER_MONTH)
}

/// Every decision the verdict can reach.
pub const NO_COMPUTE: Decision = Decision::new("no_recommendation", "No recommendation");
pub const UPGRADE_FIRST: Decision = Decision::new("upgrade_first", "Stay on Standard for now");
pub const EITHER: Decision = Decision::new("either", "Either");
pub const FIX_FIRST: Decision =
    Decision::new("fix_first", "Fix the top queries first, then stay on Standard");
pub const SWITCH: Decision = Decision::new("switch", "Switch to I/O-Optimized");
pub const STAY: Decision = Decision::new("stay", "Stay on Standard");
pub const DECISIONS: &[Decision] = &[NO_COMPUTE, UPGRADE_FIRST, EITHER, FIX_FIRST, SWITCH, STAY];

pub fn verdict(read: &Read, r: &AuroraResult) -> Verdict {
    let i = &read.model;
    if r.standard.compute <= 0.0 {
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
    let mut v = if r.monthly_saving.abs() < 0.005 {
        Verdict::plain(EITHER)
            .fact("Standard and I/O-Optimized cost the same")
            .fact(format!("both cost {} {today}", per_month(r.standard.total)))
    } else if fix_first {
        Verdict::plain(FIX_FIRST)
            .fact(format!("I/O-Optimized saves {} {today}", per_month(r.monthly_saving)))
            .fact(format!(
                "{}, Standard falls to {fixed}, {} below I/O-Optimized",
                cut(i.io_reduction_pct),
                per_month(-r.saving_after_fix)
            ))
    } else if r.switch_wins() {
        Verdict::plain(SWITCH).fact(format!(
            "it saves {} ({}) {today}",
            per_month(r.monthly_saving),
            format::value(r.annual_saving, Unit::USD_PER_YEAR)
        ))
    } else {
        Verdict::plain(STAY)
            .fact(format!("I/O-Optimized would cost {} more {today}", per_month(-r.monthly_saving)))
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
            format!(
                "{}, Standard falls to {fixed}, still {} above I/O-Optimized",
                cut(i.io_reduction_pct),
                per_month(r.saving_after_fix)
            )
        } else {
            format!("{}, Standard falls further, to {fixed}", cut(i.io_reduction_pct))
        });
    }
    v
}

pub fn warnings(read: &Read, r: &AuroraResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    if let Breakeven::At { io_m: be, .. } = r.breakeven {
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
                "The {rule} rule of thumb and the exact comparison disagree: I/O is {} of the Standard bill, so the rule says switch, but at these prices I/O-Optimized costs {} more.{exact} Go by the dollar figures.",
                format::share(r.io_share),
                per_month(-r.monthly_saving)
            )
        } else {
            format!(
                "The {rule} rule of thumb and the exact comparison disagree: I/O is only {} of the Standard bill, so the rule says stay, but at these prices I/O-Optimized saves {}.{exact} Go by the dollar figures.",
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
        let covered = format::share(1.0 / i.uplift);
        let msg = if i.buy_extra_ri {
            format!(
                "An I/O-Optimized instance consumes about {} the RI units of the same Standard instance (AWS agent toolkit), so switching means buying {} of new RI commitment for the RI term, on top of the RIs you own. That commitment is in the I/O-Optimized bill here; if you may switch back, it becomes a stranded cost.",
                format::value(i.uplift, Unit::MULTIPLIER),
                per_month(r.extra_ri_monthly)
            )
        } else {
            format!(
                "An I/O-Optimized instance consumes about {} the RI units of the same Standard instance (AWS agent toolkit), so the RIs you own cover {covered} of its hours and the rest, {}, is billed On-Demand in the I/O-Optimized bill here. Buying the extra RIs instead would be a new commitment of {} for the RI term.",
                format::value(i.uplift, Unit::MULTIPLIER),
                per_month(r.io_optimized.on_demand),
                per_month(r.extra_ri_if_bought)
            )
        };
        w.push(Warning::info(msg, &[key::RI_DISCOUNT, key::BUY_EXTRA_RI]));
    }
    if i.ri_discount_pct > 0.0 && i.instances > 0.0 && i.hours < RI_HOURS {
        w.push(Warning::info(
            format!(
                "The RI fee is owed for all {} hours of the month even though the instances run {}: only On-Demand hours scale with the hours.",
                format::number(RI_HOURS, 0),
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
            "Buying extra RIs applies only to instances covered by RIs today: with an RI discount of 0% the instances are On-Demand in both configurations.",
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

pub fn notes(read: &Read, r: &AuroraResult) -> Vec<String> {
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
        if r.monthly_saving.abs() >= 0.005 && r.switch_wins() == r.heuristic_says_switch() {
            let says = if r.switch_wins() { "switch" } else { "stay on Standard" };
            notes.push(format!(
                "The exact break-even share for this cluster is {} and AWS's {} rule of thumb agrees with the dollar comparison here: both say {says}.",
                format::share(s),
                format::percent(HEURISTIC_SHARE * 100.0)
            ));
        }
    }
    notes.push(
        "AWS's Aurora FAQ says that when I/O spend exceeds 25% of the Aurora bill, I/O-Optimized can save \"up to 40%\". Context only: the figures above are computed from your inputs.".to_string(),
    );
    notes.push(format!(
        "Default prices are us-east-1 On-Demand list prices (AWS agent toolkit; prices as of {} or later); the instance prices are the Aurora MySQL list, and Aurora PostgreSQL rates are within 1–2% of them. Other Regions differ and AWS publishes no fixed regional multiplier: enter your Region's prices under Prices.",
        read.prices_as_of
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
