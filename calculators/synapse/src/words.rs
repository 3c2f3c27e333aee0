//! The words: the verdict, the warnings the inputs trigger, notes, and domain phrasing.

use crate::fields::{
    key, level_name, region_label, stands_in, Read, DEFAULT_RESERVED_DISCOUNT, DWU, TB_PER_MONTH,
    USD_PER_100_DWU_HOUR,
};
use crate::model::SynapseResult;
use calc_core::{format, Decision, Provenance, Unit, Verdict, Warning};

pub fn per_month(x: f64) -> String {
    format::value(x, Unit::USD_PER_MONTH)
}

/// `12.5 TB/month`.
pub fn tb_month(x: f64) -> String {
    format::value(x, TB_PER_MONTH)
}

/// "saves $X/month" or "costs $X/month more": a loss is never called a saving.
pub fn effect(x: f64) -> String {
    if x < 0.0 {
        format!("costs {} more", per_month(-x))
    } else {
        format!("saves {}", per_month(x))
    }
}

/// The same for several levers together: "save $X/month" or "cost $X/month more".
pub fn effect_together(x: f64) -> String {
    if x < 0.0 {
        format!("cost {} more", per_month(-x))
    } else {
        format!("save {}", per_month(x))
    }
}

/// Every decision the verdict can reach.
pub const NO_COMPUTE: Decision = Decision::empty("no_recommendation", "No recommendation");
pub const NOTHING_TO_CUT: Decision = Decision::new("nothing_to_cut", "Nothing to cut with these inputs");
/// Apply the levers that save; the words name them ("Right-size DW1000c to DW500c").
pub const APPLY_LEVERS: Decision = Decision::new("apply_levers", "Apply the levers that save");
/// Every lever that saves does so only once a reservation the pool holds has ended.
pub const APPLY_AFTER_RESERVATION: Decision =
    Decision::new("apply_when_reservation_ends", "Apply the levers when the reservation ends");
/// The plan pauses every hour the pool runs (or it runs none): it is not right-sized but
/// deleted, or its data archived.
pub const RETIRE: Decision = Decision::new("delete_or_archive", "Delete or archive the pool");
pub const DECISIONS: &[Decision] =
    &[NO_COMPUTE, NOTHING_TO_CUT, APPLY_LEVERS, APPLY_AFTER_RESERVATION, RETIRE];

/// A plan's change smaller than half a cent is no change.
const CENT: f64 = 0.005;

/// "$33,069": money over the horizon.
fn money(x: f64) -> String {
    format::value(x, Unit::USD)
}

/// "12 months", "1 month".
fn months(n: f64) -> String {
    format::plural(n, "month", "months")
}

pub fn verdict(read: &Read, r: &SynapseResult) -> Verdict {
    let i = &read.model;
    let mut v = decision(read, r);
    if let Some(fact) = reservation_fact(r) {
        v.push(fact);
    }
    if i.adhoc_pct > 0.0 && !r.steps.offload && !r.retire && r.current_compute > 0.0 {
        v.push(keep_adhoc(r));
    }
    v.push(priced_at(read));
    v
}

/// Which prices the figures rest on: the chosen region's and their date, or the user's own rate.
fn priced_at(read: &Read) -> String {
    let i = &read.model;
    let rate = format::price(i.p_dwu_hour, USD_PER_100_DWU_HOUR);
    let region = region_label(read.region);
    let sheet = [&read.p_tb, &read.p_storage].into_iter().find_map(|p| match p {
        Provenance::Sheet(p) => Some(p.as_of),
        _ => None,
    });
    match (&read.p_dwu_hour, sheet) {
        (Provenance::Sheet(p), _) => format!(
            "priced at {region} pay-as-you-go rates ({rate}, as of {}); enter your own under Prices",
            p.as_of
        ),
        (_, Some(as_of)) => {
            format!("priced at your rate of {rate}; the other default prices are for {region} ({as_of})")
        }
        _ => format!("priced at your rates ({rate})"),
    }
}

/// The decision and the money fact: what the plan does and what it saves over the horizon.
fn decision(read: &Read, r: &SynapseResult) -> Verdict {
    let i = &read.model;
    let today = r.phases.first().map_or(r.current_monthly, |p| p.current_compute + r.storage);
    if r.billed_hours <= 0.0 {
        let mut v = Verdict::plain(RETIRE)
            .fact(format!("it runs no hours a week, yet it bills {} of storage", per_month(r.storage)));
        if r.storage > 0.0 {
            v.push(delete_ends_storage(r));
        }
        return v;
    }
    if r.retire {
        let paused =
            format!("paused all {} hours it runs a week, it computes nothing", format::count(r.billed_hours));
        let mut v = Verdict::plain(RETIRE).fact(if r.monthly_saving >= CENT {
            format!("{paused}: {}", saving_over_time(r, "that", false))
        } else {
            paused
        });
        if r.storage > 0.0 {
            v.push(delete_ends_storage(r));
        }
        return v;
    }
    if r.current_compute <= 0.0 {
        return Verdict::plain(NO_COMPUTE)
            .fact(
                "the pool's compute costs $0 at these prices, so there is nothing for right-sizing, pausing or serverless to save",
            )
            .fact("enter its price per 100 DWU-hour");
    }
    // Each lever of the plan that saves within the horizon, and whether it saves already while
    // the reservation runs (a lever that saves only after it is started then, not before).
    let saves = |f: &dyn Fn(&crate::model::Steps) -> f64| {
        let now = r.phases.first().is_some_and(|p| f(&p.steps) >= CENT);
        let ever = r.phases.iter().any(|p| f(&p.steps) >= CENT);
        ever.then_some(now)
    };
    let mut levers: Vec<(String, bool)> = Vec::new();
    if let Some(now) = saves(&|s| s.rightsize) {
        levers.push((format!("right-size {} to {}", level_name(i.dwu), level_name(r.plan_dwu)), now));
    }
    if let Some(now) = saves(&|s| s.pause) {
        levers.push((format!("pause {} hours a week", format::count(r.paused_hours)), now));
    }
    if let Some(now) = saves(&|s| s.serverless_applied) {
        levers.push(("move the ad-hoc hours to serverless SQL".to_string(), now));
    }
    let from = r.reserved_phase().map_or(1.0, |p| p.months + 1.0);
    let list = |items: Vec<String>| match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    };
    let several = levers.len() > 1;
    match levers.iter().any(|(_, now)| *now) {
        _ if levers.is_empty() => {
            Verdict::plain(NOTHING_TO_CUT).fact(format!("the pool costs {} today", per_month(today)))
        }
        false => Verdict::new(
            APPLY_AFTER_RESERVATION,
            capitalised(&format!(
                "from month {}, {}",
                format::count(from),
                list(levers.into_iter().map(|(l, _)| l).collect())
            )),
        )
        .fact(saving_over_time(r, if several { "together they" } else { "it" }, several)),
        true => Verdict::new(
            APPLY_LEVERS,
            capitalised(&list(
                levers
                    .into_iter()
                    .map(|(l, now)| if now { l } else { format!("{l} from month {}", format::count(from)) })
                    .collect(),
            )),
        )
        .fact(saving_over_time(r, if several { "together they" } else { "it" }, several)),
    }
}

/// "It saves $5,512/month (from $11,046/month to $5,534/month), $66,138 over 12 months", or,
/// when a reservation ends within the horizon, what it saves while it runs and after.
fn saving_over_time(r: &SynapseResult, subject: &str, several: bool) -> String {
    let verb: fn(f64) -> String = if several { effect_together } else { effect };
    let total = format!("{} over {}", money(r.horizon_saving), months(r.horizon_months));
    match (r.reserved_phase(), r.payg_phase()) {
        (Some(reserved), Some(after)) => {
            let during = if reserved.saving() >= CENT {
                verb(reserved.saving())
            } else if several {
                "save nothing".to_string()
            } else {
                "saves nothing".to_string()
            };
            format!(
                "{subject} {during} while the reservation runs (months 1 to {}), then {}: {total}",
                format::count(reserved.months),
                per_month(after.saving())
            )
        }
        _ => format!(
            "{subject} {} (from {} to {}), {total}",
            verb(r.monthly_saving),
            per_month(r.current_monthly),
            per_month(r.optimized_monthly)
        ),
    }
}

/// The reservation is billed whether the pool runs or not: say so, and until when.
fn reservation_fact(r: &SynapseResult) -> Option<String> {
    let reserved = r.reserved_phase()?;
    let past = if r.reserved_months_left > r.horizon_months {
        format!(", past your {}-month horizon,", format::count(r.horizon_months))
    } else {
        String::new()
    };
    Some(format!(
        "the reservation of {} bills {} through month {}{past} whether the pool runs or not, so shrinking or pausing under it saves nothing until then",
        format::value(reserved.reserved_dwu, DWU),
        per_month(reserved.reservation),
        format::count(r.reserved_months_left)
    ))
}

/// A pool that never runs bills its storage while paused; deleting it ends that too.
fn delete_ends_storage(r: &SynapseResult) -> String {
    format!(
        "deleting it, after exporting the data you keep, also ends its storage bill of {}",
        per_month(r.storage)
    )
}

/// Why the plan leaves the offload out: in the plan, after right-sizing and pausing, the hours
/// it frees are worth less than the serverless bill.
fn keep_adhoc(r: &SynapseResult) -> String {
    format!(
        "keep the ad-hoc queries on the dedicated pool: the hours they free are worth {}, {} the {} serverless would bill{}",
        per_month(r.steps.freed),
        if r.steps.freed < r.serverless_cost - CENT { "less than" } else { "no more than" },
        per_month(r.serverless_cost),
        match r.plan_breakeven_tb {
            // Floored to 0.1 TB, so "below" stays true.
            Some(tb) if tb >= 0.1 => format!(" (break-even below {})", tb_month((tb * 10.0).floor() / 10.0)),
            _ => String::new(),
        }
    )
}

/// "Right-size …" for "right-size …": the decision's words start with a capital.
fn capitalised(s: &str) -> String {
    let mut s = s.to_string();
    s[..1].make_ascii_uppercase();
    s
}

pub fn warnings(read: &Read, r: &SynapseResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    if r.undersized && !r.retire {
        w.push(Warning::caution(
            format!(
                "Peak × headroom is {} DWU, above today's {}: the pool may already be too small. Right-sizing keeps today's level; check the peak before pausing or offloading.",
                format::number(r.needed_dwu, 0),
                level_name(i.dwu)
            ),
            &[key::PEAK_DWU, key::HEADROOM, key::DWU],
        ));
    } else if r.plan_dwu < i.dwu {
        w.push(Warning::info(
            format!(
                "{} must carry the peak you entered, including quarter-end if it falls on this pool: scale back up for those days or enter the quarter-end peak.",
                level_name(r.target_dwu)
            ),
            &[key::PEAK_DWU, key::HEADROOM],
        ));
    }
    let fractional = |x: f64| (x - x.round()).abs() > 1e-9;
    let mut rounded = Vec::new();
    if fractional(i.hours_week) {
        rounded.push(format!(
            "{} hours online bill {}",
            format::count(i.hours_week),
            format::count(r.billed_hours)
        ));
    }
    if fractional(i.pause_hours_week) {
        rounded.push(format!(
            "a pause of {} hours saves {}",
            format::count(i.pause_hours_week),
            format::count(r.paused_hours)
        ));
    }
    if !rounded.is_empty() {
        w.push(Warning::info(
            format!(
                "Compute bills whole hours: an hour online for any part of it bills in full, so {}. Count only whole clock hours in each pause window.",
                rounded.join(" and ")
            ),
            &[key::HOURS_WEEK, key::PAUSE_HOURS_WEEK],
        ));
    }
    if r.paused_hours > 0.0 && !r.retire {
        w.push(Warning::caution(
            "Resuming a paused pool takes time and clears the cache, so the first queries after a resume run slower. Schedule resumes before ETL and users arrive.",
            &[key::PAUSE_HOURS_WEEK],
        ));
    }
    if i.adhoc_pct > 0.0 {
        w.push(Warning::caution(
            "Serverless SQL bills every TB a query processes: queries without partition pruning scan, and bill, whole tables and folders. Partition the lake, store Parquet, filter on partition columns, and set a TB limit (sp_set_data_processed_limit) before moving analysts.",
            &[key::TB_SCANNED, key::ADHOC_SHARE],
        ));
        if r.serverless_costs_more() {
            w.push(Warning::caution(
                format!(
                    "The offload costs more than it saves: {} on serverless against {} of dedicated hours freed ({} on its own).",
                    per_month(r.serverless_cost),
                    per_month(r.serverless_freed),
                    effect(r.serverless_saving)
                ),
                &[key::TB_SCANNED, key::P_TB, key::ADHOC_SHARE],
            ));
        }
    } else if i.tb_scanned > 0.0 {
        w.push(Warning::info(
            "The TB scanned on serverless is left out: no dedicated hours are offloaded (0% ad-hoc), so no queries move.",
            &[key::TB_SCANNED, key::ADHOC_SHARE],
        ));
    }
    if let Some(reserved) = r.reserved_phase() {
        if reserved.reserved_dwu > i.dwu {
            w.push(Warning::info(
                format!(
                    "The reservation covers {}, more than the pool's {}: the rest applies to other matching pools in its scope, or is wasted every hour.",
                    format::value(reserved.reserved_dwu, DWU),
                    level_name(i.dwu)
                ),
                &[key::RESERVED_DWU, key::DWU],
            ));
        }
        if r.paused_hours > 0.0 {
            w.push(Warning::caution(
                format!(
                    "While the reservation runs, each paused hour wastes its {} reserved DWU: through month {}, pausing saves only the DWU above it.",
                    format::count(reserved.reserved_dwu),
                    format::count(r.reserved_months_left)
                ),
                &[key::PAUSE_HOURS_WEEK, key::RESERVED_DWU, key::RESERVED_MONTHS],
            ));
        }
        if read.reserved_discount == DEFAULT_RESERVED_DISCOUNT {
            w.push(Warning::caution(
                format!(
                    "The default reservation discount ({}, a 1-year term in a Microsoft author's 2020 figures) is uncertain: enter yours, 1 − the reservation's cost ÷ (quantity × hours in its term × the pay-as-you-go price). It moves the totals, not the savings.",
                    format::percent(DEFAULT_RESERVED_DISCOUNT)
                ),
                &[key::RESERVED_DISCOUNT],
            ));
        }
    }
    if let Provenance::Sheet(p) = &read.p_dwu_hour {
        if p.uncertain && r.current_compute > 0.0 {
            w.push(Warning::caution(
                format!(
                    "The default price per 100 DWU-hour for {} ({}) is uncertain: other, undated sources quote a different figure for this region. Check your bill and enter your price; it moves every figure.",
                    region_label(read.region),
                    format::rate(p.value)
                ),
                &[key::P_DWU_HOUR, key::REGION],
            ));
        }
    }
    if let Provenance::Sheet(p) = &read.p_storage {
        if p.uncertain && i.storage_tb > 0.0 {
            let whose = if stands_in(p) {
                format!(", West Europe's figure standing in for {}", region_label(read.region))
            } else {
                String::new()
            };
            w.push(Warning::caution(
                format!(
                    "The default storage price ({} per TB-month{whose}) is uncertain: other sources quote $122.88. Check your bill and enter your price; storage is the same in every column, so only the totals move, not the savings.",
                    format::rate(p.value)
                ),
                &[key::P_STORAGE],
            ));
        }
    }
    w
}

pub fn notes(read: &Read, r: &SynapseResult) -> Vec<String> {
    let i = &read.model;
    let s = &r.steps;
    let alone = r.rightsize_saving + r.pause_saving + r.serverless_saving;
    let why = if r.retire {
        "it pauses every hour the pool runs, so right-sizing a pool that no longer runs adds nothing"
            .to_string()
    } else if i.adhoc_pct > 0.0 && !s.offload {
        format!(
            "it leaves the serverless offload out, as after right-sizing and pausing it would {}",
            if s.serverless < 0.0 {
                format!("cost {} more", per_month(-s.serverless))
            } else {
                "save nothing".to_string()
            }
        )
    } else if r.monthly_saving < CENT && r.reserved_phase().is_some() {
        "the reservation is billed whether the pool runs or not, so no lever saves while it runs".to_string()
    } else if r.monthly_saving < CENT {
        "no lever saves with these inputs".to_string()
    } else if r.monthly_saving - alone >= CENT {
        "more than the levers on their own add up to, as it moves the ad-hoc hours to serverless only once the reservation has ended".to_string()
    } else if alone - r.monthly_saving >= CENT {
        "less than the sum of the levers on their own, because pausing and the offload act on a smaller pool and fewer hours once the levers before them apply".to_string()
    } else {
        "the sum of the levers it applies, as no lever here acts on what another already removed".to_string()
    };
    let plan = if r.monthly_saving < CENT { "changes nothing".to_string() } else { effect(r.monthly_saving) };
    let mut notes = vec![format!(
        "Each lever on its own: right-sizing {}, pausing {}, the serverless offload {}. The recommended plan {plan}: {why}.",
        effect(r.rightsize_saving),
        effect(r.pause_saving),
        effect(r.serverless_saving),
    )];
    if r.current_monthly > 0.0 && r.monthly_saving / r.current_monthly >= 0.0005 {
        notes.push(format!(
            "The recommended plan is {} less than today's {}. The source blog's \"cut their Synapse compute bill in half\" is a claim about other pools, shown as context only.",
            format::share(r.monthly_saving / r.current_monthly),
            per_month(r.current_monthly)
        ));
    }
    if i.peak_dwu > 0.0 {
        notes.push(format!(
            "Today's level is {}× the peak you entered; the blog's \"4-10x oversized\" is context, not an input.",
            format::number(i.dwu / i.peak_dwu, 2)
        ));
    }
    notes.push(format!(
        "Default prices are pay-as-you-go Azure retail prices for {} (storage is West Europe's figure in every region); other regions, newer prices and your discounts differ: choose your region or enter your prices under Prices. A reservation the pool already holds is modelled; buying a new one, or a Synapse pre-purchase plan, is not: after a reservation ends the figures are at pay-as-you-go.",
        region_label(read.region)
    ));
    notes
}
