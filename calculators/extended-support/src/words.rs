//! The words: the verdict, the warnings the inputs trigger, notes, and domain phrasing.

use crate::fields::{key, Read, USD_PER_ACU_HOUR, USD_PER_VCPU_HOUR};
use crate::model::{completions, Band, FleetResult, PathKind};
use calc_core::{format, ChoiceEnum, Date, Decision, Unit, Verdict, Warning};

/// Every decision the verdict can reach.
pub const UPGRADE_NOW: Decision = Decision::new("upgrade_now", "Upgrade now");
pub const UPGRADE_LATER: Decision = Decision::new("upgrade_later", "Upgrade by the later date");
pub const STAY: Decision = Decision::new("stay", "Stay on Extended Support to its end");
pub const EITHER: Decision = Decision::tie("either", "Any completion date costs the same");
pub const ENDED: Decision = Decision::new("ended", "Extended Support has ended for this version");
pub const NO_FLEET: Decision = Decision::empty("no_fleet", "No recommendation");
pub const DECISIONS: &[Decision] = &[UPGRADE_NOW, UPGRADE_LATER, STAY, EITHER, ENDED, NO_FLEET];

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `Dec 2026`.
pub fn month_name(d: Date) -> String {
    format!("{} {}", MONTHS[(d.month() as usize).saturating_sub(1) % 12], d.year())
}

/// Money in running text, whole dollars from $1,000.
pub fn usd(x: f64) -> String {
    format::money(x)
}

/// "80 vCPUs" or "16 ACUs".
pub fn units_text(read: &Read, units: f64) -> String {
    if read.model.serverless() {
        format!("{} ACUs", format::count(units))
    } else {
        format::plural(units, "vCPU", "vCPUs")
    }
}

/// The unit the surcharge is priced in.
pub fn rate_unit(read: &Read) -> Unit {
    if read.model.serverless() {
        USD_PER_ACU_HOUR
    } else {
        USD_PER_VCPU_HOUR
    }
}

pub fn verdict(read: &Read, r: &FleetResult) -> Verdict {
    let i = &read.model;
    let c = r.calendar;
    let version = i.version.label();
    if r.ended() {
        return Verdict::plain(ENDED)
            .fact(format!("{version} left Extended Support on {}; nothing after it is priced", c.end))
            .fact("AWS upgrades databases still on it to a supported version, so plan that upgrade now");
    }
    if r.units <= 0.0 {
        return Verdict::plain(NO_FLEET).fact(
            "no instance bills the surcharge: enter the databases and their vCPUs, or the Serverless v2 ACUs",
        );
    }
    let (now_date, later_date) = completions(i);
    let same = |a: f64, b: f64| (a - b).abs() < 0.005;
    let all_equal = same(r.now.total, r.stay.total) && same(r.later.total, r.stay.total);
    let mut v = if all_equal {
        Verdict::plain(EITHER)
    } else {
        match r.best {
            PathKind::Now => {
                Verdict::new(UPGRADE_NOW, format!("Upgrade now, to finish by {}", r.now.completes))
            }
            PathKind::Later => Verdict::new(UPGRADE_LATER, format!("Upgrade by {}", r.later.completes)),
            PathKind::Stay => Verdict::new(STAY, format!("Stay on Extended Support until {}", c.end)),
        }
    };
    v.push(format!(
        "staying until {} costs {} in surcharge on {}",
        c.end,
        usd(r.stay.surcharge_total),
        units_text(read, r.units)
    ));
    let best = r.path(r.best);
    match r.best {
        _ if all_equal => v.push(format!(
            "every completion date totals {}, so finish when it suits you, before {}",
            usd(r.stay.total),
            c.end
        )),
        PathKind::Now | PathKind::Later => {
            let when = if r.best == PathKind::Now { now_date } else { later_date };
            v.push(format!(
                "finishing by {} costs {} in all, project included: {} less than staying",
                when,
                usd(best.total),
                usd(r.stay.total - best.total)
            ));
        }
        PathKind::Stay => v.push(format!(
            "upgrading by {} would cost {} more than staying, since the new instance class adds {}",
            now_date,
            usd(r.now.total - r.stay.total),
            format::value(i.class_change, Unit::USD_PER_MONTH)
        )),
    }
    if now_date < c.end {
        if r.delay_month >= 0.005 {
            v.push(format!("each month of delay after {now_date} adds about {}", usd(r.delay_month)));
        } else if r.delay_month <= -0.005 {
            v.push(format!(
                "a month of delay after {now_date} lowers the total by {}: the new class costs more than the surcharge",
                usd(-r.delay_month)
            ));
        }
    }
    if let Some(y3) = c.year3.filter(|y3| *y3 > i.start && *y3 <= c.end) {
        v.push(format!("year-3 pricing from {y3} raises the rate to {}", rate_text(read, i.rates().1)));
    } else {
        v.push(format!("AWS upgrades the engine itself after {}", c.end));
    }
    v
}

/// `$0.20 per vCPU-hour`.
pub fn rate_text(read: &Read, rate: f64) -> String {
    format::price(rate, rate_unit(read))
}

pub fn warnings(read: &Read, r: &FleetResult) -> Vec<Warning> {
    let i = &read.model;
    let c = r.calendar;
    let version = i.version.label();
    let mut w = Vec::new();
    if r.ended() {
        w.push(Warning::caution(
            format!(
                "Extended Support for {version} ended on {}: AWS upgrades databases still on it, so the start date is past anything this calculator prices.",
                c.end
            ),
            &[key::VERSION, key::START],
        ));
        return w;
    }
    let (y12, y3) = i.rates();
    if i.start < c.year1 {
        w.push(Warning::info(
            format!(
                "No surcharge yet: standard support for {version} lasts to {}, and the surcharge starts automatically on {} for every database still on it. An upgrade finished before then pays none.",
                c.standard_end, c.year1
            ),
            &[key::VERSION, key::START, key::DONE_BY],
        ));
    } else {
        w.push(Warning::info(
            format!(
                "The surcharge started automatically: AWS enrolled every database still on {version} when standard support ended on {}, and has billed it since {}. It stops the day the upgrade completes.",
                c.standard_end, c.year1
            ),
            &[key::VERSION],
        ));
    }
    w.push(Warning::info(
        if i.serverless() {
            "Reserved Instances do not reduce the surcharge, and Serverless v2 has none: it is billed on every ACU-hour on top of the capacity price."
        } else {
            "Reserved Instances do not reduce the surcharge: it is billed per vCPU-hour on top of the instance price, the same for On-Demand and reserved instances, standbys and replicas included."
        },
        &[key::DEPLOYMENT],
    ));
    if let Some(y3day) = c.year3.filter(|d| *d <= c.end) {
        let billed_y3 = r.now.billed.iter().map(|b| b.year3).sum::<f64>() > 0.0;
        let late = if i.done_by >= y3day { " Your planned upgrade completes after that date." } else { "" };
        let ratio = if y12 > 0.0 {
            format!(", {} the year 1 and 2 rate", format::value(y3 / y12, Unit::MULTIPLIER))
        } else {
            String::new()
        };
        let verb = if i.start >= y3day { "has applied since" } else { "applies from" };
        let msg = format!("Year-3 pricing {verb} {y3day}: {}{ratio}.{late}", rate_text(read, y3));
        w.push(if billed_y3 || i.start >= y3day {
            Warning::caution(msg, &[key::VERSION, key::DONE_BY, key::P_VCPU_Y3, key::P_ACU_Y3])
        } else {
            Warning::info(msg, &[key::VERSION, key::P_VCPU_Y3, key::P_ACU_Y3])
        });
    }
    let past_end = if i.done_by > c.end || i.later > c.end {
        " A completion date you entered is after it, so that path is priced as upgraded on that day."
    } else {
        ""
    };
    w.push(Warning::caution(
        format!(
            "Extended Support for {version} ends on {}: after it AWS upgrades the engine automatically, so no path is priced beyond that day and staying means upgrading by then.{past_end}",
            c.end
        ),
        &[key::VERSION, key::DONE_BY, key::LATER],
    ));
    if !i.serverless() {
        w.push(Warning::info(
            "Stopping instances is no way round it: RDS starts a stopped DB instance again after seven days (Amazon RDS User Guide), and AWS does not say the surcharge pauses meanwhile, so every hour is priced here.",
            &[key::DEPLOYMENT],
        ));
    }
    if i.later < i.done_by {
        w.push(Warning::info(
            format!(
                "The later date is before the earliest completion, so that path completes on {}, like upgrading now.",
                i.done_by
            ),
            &[key::LATER, key::DONE_BY],
        ));
    }
    if i.done_by < i.start {
        w.push(Warning::info(
            format!(
                "The completion date is before the first day priced ({}): upgrading now is priced with no surcharge and the project in the first month.",
                i.start
            ),
            &[key::DONE_BY, key::START],
        ));
    }
    if r.band_now == Band::Standard && r.now.surcharge_total <= 0.0 && r.stay.surcharge_total > 0.0 {
        w.push(Warning::info(
            format!(
                "Finishing by {} avoids the surcharge entirely: the first billed day is {}.",
                i.done_by, c.year1
            ),
            &[key::DONE_BY],
        ));
    }
    w
}

pub fn notes(read: &Read, r: &FleetResult) -> Vec<String> {
    let i = &read.model;
    let mut notes = Vec::new();
    if !i.serverless() && r.billed_instances > 0.0 {
        notes.push(format!(
            "{} bill the surcharge: {} × ({} + {} read {} each).",
            format::plural(r.billed_instances, "instance", "instances"),
            format::plural(i.databases, "database", "databases"),
            format::plural(i.deployment.instances_per_database(), "instance", "instances"),
            format::count(i.replicas),
            if i.replicas == 1.0 { "replica" } else { "replicas" }
        ));
    }
    notes.push(
        "Hours are calendar hours, days × 24: a 31-day month bills 744 hours and February 672 or 696, not the 730-hour average month.".to_string(),
    );
    notes.push(
        "The default rates are us-east-1 figures quoted by third parties and marked as such; AWS publishes Region-specific rates on each engine's pricing page.".to_string(),
    );
    notes
}
