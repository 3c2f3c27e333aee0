//! The words: the verdict, the warnings the inputs trigger, notes and input names.

use crate::fields::{key, Read};
use crate::model::{Edition, OraResult, Platform, LATER_PAYBACK_YEARS};
use calc_core::{format, Decision, Verdict, Warning};

/// Every decision the verdict can reach.
pub const MOVE: Decision = Decision::new("move", "Move to PostgreSQL");
pub const MOVE_IF_PAYBACK_ACCEPTABLE: Decision =
    Decision::new("move_if_payback_acceptable", "Move only if the payback is acceptable");
pub const STAY_PAYS_BACK_LATER: Decision =
    Decision::new("stay_pays_back_later", "Stay on Oracle over this horizon: moving pays back later");
pub const STAY: Decision = Decision::new("stay", "Stay on Oracle for now");
pub const DECISIONS: &[Decision] = &[MOVE, MOVE_IF_PAYBACK_ACCEPTABLE, STAY_PAYS_BACK_LATER, STAY];

/// "after a $338,000 migration", or nothing when there is no one-time cost to name.
fn after_migration(r: &OraResult) -> String {
    if r.migration_cost > 0.0 {
        format!(" after a {} migration", format::money(r.migration_cost))
    } else {
        String::new()
    }
}

pub fn verdict(read: &Read, r: &OraResult) -> Verdict {
    let years = format::years(read.model.years);
    if r.saving > 0.0 {
        let saves = if r.steady_state_annual > 0.0 {
            format!(
                "it saves {} over {years}{}, and {} a year once moved",
                format::money(r.saving),
                after_migration(r),
                format::money(r.steady_state_annual)
            )
        } else {
            format!(
                "it saves {} over {years}{}, though once moved it costs {} a year more than Oracle",
                format::money(r.saving),
                after_migration(r),
                format::money(-r.steady_state_annual)
            )
        };
        match r.npv {
            // Ahead in cash but behind at the cost of capital: the decision is the CFO's,
            // and the verdict says on what it turns rather than "move".
            Some(v) if v < 0.0 => Verdict::new(
                MOVE_IF_PAYBACK_ACCEPTABLE,
                format!(
                    "Move only if {} is acceptable",
                    r.payback_month
                        .map_or_else(|| "a slow payback".to_string(), |m| format!("a month-{m} payback"))
                ),
            )
            .fact(saves)
            .fact(format!(
                "at a discount rate of {} its NPV is {}, so the saving comes too late to cover the cost of capital",
                format::percent(read.model.discount_rate_pct),
                format::money(v)
            )),
            _ => Verdict::plain(MOVE).fact(saves).fact(match r.payback_month {
                Some(m) => format!("it pays back in month {m}"),
                None => "it ends the horizon ahead".to_string(),
            }),
        }
    } else {
        let costs = if format::money(-r.saving) == format::money(0.0) {
            format!("moving and staying cost the same over {years}")
        } else if r.migration_cost > 0.0 {
            format!(
                "moving costs {} more than staying over {years}, including the {} migration",
                format::money(-r.saving),
                format::money(r.migration_cost)
            )
        } else {
            format!("moving costs {} more than staying over {years}", format::money(-r.saving))
        };
        match r.later_payback_month {
            Some(m) => Verdict::new(
                STAY_PAYS_BACK_LATER,
                format!("Stay on Oracle: moving pays back only in month {m}"),
            )
            .fact(costs)
            .fact(if r.steady_state_annual > 0.0 {
                format!(
                    "moving breaks even in month {m}, {} after the horizon, and saves {} a year once moved",
                    format::plural((m - r.months) as f64, "month", "months"),
                    format::money(r.steady_state_annual)
                )
            } else {
                format!(
                    "moving breaks even in month {m}, {} after the horizon, only once support has risen {} a year \
                     for long enough",
                    format::plural((m - r.months) as f64, "month", "months"),
                    format::percent(read.model.uplift_pct)
                )
            }),
            None if r.steady_state_annual > 0.0 => Verdict::plain(STAY).fact(costs).fact(format!(
                "once moved it saves {} a year, too little to pay back within {LATER_PAYBACK_YEARS} years",
                format::money(r.steady_state_annual)
            )),
            None => Verdict::plain(STAY).fact(costs).fact(format!(
                "once moved it costs {} a year more than staying on Oracle, so it {}",
                format::money(-r.steady_state_annual),
                if read.model.uplift_pct > 0.0 && r.annual_support_y1 > 0.0 {
                    format!("does not pay back within {LATER_PAYBACK_YEARS} years")
                } else {
                    "never pays back".to_string()
                }
            )),
        }
    }
}

pub fn warnings(read: &Read, r: &OraResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    let rewrite_days = i.red_items * i.hours_per_item / 8.0;
    if rewrite_days > 250.0 {
        w.push(Warning::caution(
            format!(
                "About {} person-days of hand rewriting: a PL/SQL-heavy estate (packages, CONNECT BY, XML processing) \
                 where estimates tend to grow. The tornado shows the saving with hours per item ±50%.",
                format::count(rewrite_days.round())
            ),
            &[key::RED_ITEMS, key::HOURS_PER_ITEM],
        ));
    }
    if i.discount_pct == 0.0 && !read.support_typed && !i.licence_included {
        w.push(Warning::caution(
            "Support is estimated at list price (0% discount). Most customers pay 40–70% less, which cuts the saving: \
             enter your discount or your annual support bill.",
            &[key::DISCOUNT, key::ANNUAL_SUPPORT],
        ));
    }
    if i.uplift_pct > 8.0 && !i.licence_included {
        w.push(Warning::info(
            format!(
                "A {} yearly support increase is above what advisors report as typical (0–8%); check it against your \
                 last renewals.",
                format::percent(i.uplift_pct)
            ),
            &[key::UPLIFT],
        ));
    }
    let cloud = read.platform != Platform::OnPrem && read.platform != Platform::Oci;
    if cloud && read.edition == Edition::Enterprise && !read.ht && !i.licence_included {
        w.push(Warning::info(
            "Without hyper-threading each vCPU counts as a whole processor in AWS, Azure and Google Cloud: twice the \
             licences of the same instance with hyper-threading.",
            &[key::HT],
        ));
    }
    if i.licence_included && read.standbys > 0.0 {
        w.push(Warning::info(
            "With Licence Included a Multi-AZ standby's licence is in RDS's Multi-AZ hourly price: include it in the \
             Oracle infrastructure; the standby count adds no licences.",
            &[key::STANDBYS, key::ORACLE_INFRA_MONTHLY],
        ));
    }
    // A renewal paid for the last few months of dual running: finishing the move before it
    // is the cheapest way to save a year of support.
    if let Some(&m) = r.overlap_renewals.last() {
        let used = (i.overlap_months - m as f64 + 1.0).ceil();
        if used <= 3.0 {
            w.push(Warning::info(
                format!(
                    "Moving pays the month-{m} support renewal, {}, for {} of dual running: finishing the move \
                     before month {m} would save it.",
                    format::money(r.stay[m - 1] - i.oracle_infra_monthly),
                    format::plural(used, "month", "months")
                ),
                &[key::OVERLAP_MONTHS, key::RENEWAL_MONTH],
            ));
        }
    }
    if r.payback_month.is_none()
        && r.saving <= 0.0
        && read.edition == Edition::Enterprise
        && !i.licence_included
    {
        w.push(Warning::info(
            "If Oracle must stay, compare bringing the licences to OCI (1 or 2 OCPUs per processor licence, by the reading your agreement takes) before renewing.",
            &[key::PLATFORM],
        ));
    }
    w
}

pub fn notes(read: &Read, r: &OraResult) -> Vec<String> {
    let i = &read.model;
    let mut notes = Vec::new();
    if r.migration_cost > 0.0 {
        notes.push(format!(
            "The migration is {} of rewriting ({} items × {} h × {}) and {} of other one-time costs.",
            format::money(r.rewrite_cost),
            format::count(i.red_items),
            format::count(i.hours_per_item),
            format::rate(i.hourly_rate),
            format::money(i.other_one_time)
        ));
    }
    if let Some((month, after, prepaid)) = r.stay_prepaid_after_horizon {
        let prorated = r.saving - prepaid;
        notes.push(format!(
            "Staying's month-{month} renewal pays for {} after the horizon ({}); counted only for its months \
             inside the horizon, moving {}.",
            format::plural(after as f64, "month", "months"),
            format::money(prepaid),
            if prorated > 0.0 {
                format!("saves {}", format::money(prorated))
            } else {
                format!("costs {} more", format::money(-prorated))
            }
        ));
    }
    if i.overlap_months > 0.0 && !i.licence_included {
        let paid = match r.overlap_renewals.as_slice() {
            [] => "no support renewal falls due in it, so moving pays none".to_string(),
            [m] => format!("the support renewal due in month {m} is paid, the first one after it is not"),
            ms => format!(
                "the support renewals due in months {} are paid, the first one after it is not",
                ms.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ")
            ),
        };
        notes.push(format!(
            "Oracle keeps running for {} of overlap; {paid}.",
            format::plural(i.overlap_months, "month", "months"),
        ));
    }
    notes
}
