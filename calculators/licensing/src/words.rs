//! The words: option names, why an option is unavailable, the verdict, warnings and notes.

use crate::fields::{key, Read};
use crate::model::{Costed, Engine, LicResult, Opt, Tier, Unavailable, MONTH_HOURS};
use calc_core::licensing::sqlserver::{self, HostBasis};
use calc_core::{format, Decision, Verdict, Warning};

pub fn option_name(engine: Engine, opt: Opt) -> &'static str {
    match (engine, opt) {
        (_, Opt::RdsLi) => "AWS RDS, licence-included",
        (_, Opt::Ec2Li) => "AWS EC2, Windows with SQL Server licence-included",
        (Engine::SqlServer, Opt::AwsByol) => "AWS EC2, your licences (License Mobility)",
        (Engine::Oracle, Opt::AwsByol) => "AWS RDS, your licences",
        (_, Opt::DedicatedHost) => "AWS EC2 Dedicated Hosts, your licences",
        (_, Opt::AzureLi) => "Azure VM, licence-included",
        (Engine::SqlServer, Opt::AzureByol) => "Azure VM, Azure Hybrid Benefit",
        (Engine::Oracle, Opt::AzureByol) => "Azure VM, your licences",
        (_, Opt::OciLi) => "OCI Base Database, licence-included",
        (_, Opt::OciByol) => "OCI Base Database, your licences",
    }
}

pub fn unavailable_reason(u: Unavailable) -> &'static str {
    match u {
        Unavailable::NeedsSa => "not available: needs licences with active Software Assurance",
        Unavailable::OracleEeNotLicenceIncludedOnRds => {
            "not offered: RDS for Oracle is licence-included only for Standard Edition 2"
        }
        Unavailable::LargerThanHost => "not available: one instance is larger than a host",
        Unavailable::EditionLimit => "not available: above the edition's vCPU limit",
    }
}

fn upkeep(engine: Engine) -> &'static str {
    match engine {
        Engine::SqlServer => "Software Assurance",
        Engine::Oracle => "Oracle support",
    }
}

/// Every decision the verdict can reach.
pub const NO_OPTION: Decision =
    Decision::empty("no_recommendation", "No option is available for this footprint");
pub const BYOL: Decision = Decision::new("byol", "Bring your own licences");
pub const STAY: Decision = Decision::new("stay_licence_included", "Stay licence-included");
pub const EITHER: Decision = Decision::tie("either", "Either way costs the same");
pub const DECISIONS: &[Decision] = &[NO_OPTION, BYOL, STAY, EITHER];

/// "16 core licences in 8 packs" / "16 processor licences".
pub fn licences_phrase(engine: Engine, c: &Costed) -> String {
    match engine {
        Engine::SqlServer => format!(
            "{} ({})",
            format::plural(c.licences, "core licence", "core licences"),
            format::plural(sqlserver::packs(c.licences), "two-core pack", "two-core packs")
        ),
        Engine::Oracle => format::plural(c.licences, "processor licence", "processor licences"),
    }
}

/// Why bringing licences costs more than the licence-included plan, from the numbers: the
/// licences it keeps paying for when they cost more than the licences in the rate (Windows
/// left out when both pay the same for it), otherwise its compute.
fn why_byol_costs_more(e: Engine, li: &Costed, byol: &Costed, money: impl Fn(f64) -> String) -> String {
    let same_windows = (byol.windows - li.windows).abs() < 0.5;
    let (pay_b, pay_l) = if same_windows {
        (byol.support, li.licence_component)
    } else {
        (byol.support + byol.windows, li.licence_component + li.windows)
    };
    let db = match e {
        Engine::SqlServer => "SQL Server",
        Engine::Oracle => "Oracle",
    };
    if pay_b >= 0.5 && pay_b >= pay_l {
        if same_windows {
            format!(
                "the {} it pays ({} a year) costs more than the {db} licence in the licence-included rate ({} a year)",
                upkeep(e),
                money(pay_b),
                money(pay_l)
            )
        } else {
            let what = if byol.support > 0.0 {
                format!("the {} and Windows Server licences it pays", upkeep(e))
            } else {
                "the Windows Server licences it pays".to_string()
            };
            format!(
                "{what} ({} a year) cost more than the licence-included plan's licences, Windows included ({} a year)",
                money(pay_b),
                money(pay_l)
            )
        }
    } else if pay_l - pay_b >= 0.5 {
        format!(
            "its compute costs {} a year more than the licence-included plan's, more than the {} a year less it pays \
             for licences",
            money(byol.compute - li.compute),
            money(pay_l - pay_b)
        )
    } else {
        format!(
            "its compute costs {} a year more than the licence-included plan's",
            money(byol.compute - li.compute)
        )
    }
}

pub fn verdict(read: &Read, r: &LicResult) -> Verdict {
    let i = &read.model;
    let e = i.engine;
    let years = format::years(i.years);
    let Some(best) = r.best else {
        return Verdict::plain(NO_OPTION).fact("see the table for the reasons");
    };
    let rec = &r.options[best];
    let rec_name = option_name(e, rec.opt);
    let alt = r.alternative.map(|k| &r.options[k]);
    // The verdict writes money at the cards' precision, so a figure reads the same in both.
    let d = format::money_decimals([
        r.plan_horizon,
        r.horizon_saving,
        r.plan_annual,
        r.annual_saving,
        r.li_annual,
        r.byol_annual,
    ]);
    let money = |v: f64| format::value_at(v, calc_core::Unit::USD, d);
    let per_year = |v: f64| format!("{}/year", money(v));
    let costs = format!("it costs {}, {} over {years}", per_year(rec.total), money(r.plan_horizon));
    if let Some(a) = alt {
        if (a.total - rec.total).abs() < 0.005 {
            return Verdict::plain(EITHER).fact(format!(
                "{rec_name} and {} both cost {}",
                option_name(e, a.opt),
                per_year(rec.total)
            ));
        }
    }
    if rec.opt.licence_included() {
        let mut v = Verdict::new(STAY, format!("{} ({rec_name})", STAY.label)).fact(costs);
        if let Some(b) = alt {
            v = v
                .fact(format!(
                    "bringing your own licences costs {} more a year at best ({}), {} more over {years}",
                    money(r.annual_saving),
                    option_name(e, b.opt),
                    money(r.horizon_saving)
                ))
                .fact(why_byol_costs_more(e, rec, b, money));
        }
        v
    } else {
        let mut v = Verdict::new(BYOL, format!("{} ({rec_name})", BYOL.label)).fact(costs);
        if let Some(l) = alt {
            v = v.fact(format!(
                "it saves {} a year against the cheapest licence-included plan ({}, {}), {} over {years}",
                money(r.annual_saving),
                option_name(e, l.opt),
                per_year(l.total),
                money(r.horizon_saving)
            ));
        }
        v = v.fact(format!("it needs {} you must own", licences_phrase(e, rec)));
        if rec.opt == Opt::DedicatedHost && e == Engine::SqlServer {
            v = v.fact(match (i.sa, rec.basis) {
                (false, _) => {
                    "without Software Assurance only licences bought before 1 October 2019 may go on \
                               Dedicated Hosts"
                        .to_string()
                }
                (true, Some(HostBasis::PhysicalCores)) => format!(
                    "the hosts' {} physical cores need fewer licences than the VMs' virtual cores",
                    format::count(rec.assigned)
                ),
                (true, _) => {
                    "each VM is licensed by its virtual cores, fewer licences than the hosts' physical cores"
                        .to_string()
                }
            });
        }
        v
    }
}

pub fn warnings(read: &Read, r: &LicResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    match i.engine {
        Engine::SqlServer => {
            w.push(Warning::caution(
                "EC2 Dedicated Hosts cut SQL Server licensing but shift high availability, patching and backups \
                 back to your DBA team, giving up what RDS manages for you.",
                &[key::HOST_CORES, key::HOST_HOUR],
            ));
            if !i.sa {
                w.push(Warning::caution(
                    "Without Software Assurance or License Mobility, Microsoft allows your licences on AWS only on \
                     dedicated hardware (Dedicated Hosts), and only licences bought before 1 October 2019 (or added \
                     as true-ups under an agreement in force then) for versions released before that date; EC2 shared \
                     instances and Azure Hybrid Benefit need SA. Check your licence statement.",
                    &[key::SA],
                ));
            }
            if i.win_own {
                w.push(Warning::info(
                    "Your Windows Server licences are used on Azure VMs (Azure Hybrid Benefit, at least 8 core \
                     licences per VM) and Dedicated Hosts (every physical core, at least 16 per host), and their \
                     Software Assurance is counted there. EC2 shared instances cannot take them and RDS includes \
                     Windows, so those pay AWS's Windows rate.",
                    &[key::WIN_OWN, key::WIN_DC_16],
                ));
            }
            if i.vcpus < sqlserver::MIN_CORES {
                w.push(Warning::info(
                    format!(
                        "Below 4 vCPUs ({} here), EC2's SQL Server licence fee is counted for 4 vCPUs per instance, as SQL \
                         Server is licensed for at least 4 cores per VM, and RDS's rate per vCPU: check your instance \
                         class's price.",
                        format::count(i.vcpus)
                    ),
                    &[key::VCPUS],
                ));
            }
            if i.tier == Tier::Standard && i.vcpus > calc_core::licensing::sqlserver::STANDARD_MAX_VCPUS_2022
            {
                w.push(Warning::caution(
                    format!(
                        "SQL Server 2022 Standard uses at most 24 vCPUs; {} vCPUs are usable only by SQL Server 2025 \
                         Standard, yet every vCPU is licensed.",
                        format::count(i.vcpus)
                    ),
                    &[key::VCPUS, key::EDITION],
                ));
            }
        }
        Engine::Oracle => {
            if i.ht {
                if let Some(onprem) = r.onprem_licences {
                    w.push(Warning::info(
                        format!(
                            "On AWS and Azure Oracle counts 2 vCPUs as 1 processor and ignores the core factor: the \
                             same {} physical cores on-premises (x86, core factor {}) would need {} processor licences, \
                             half as many.",
                            format::count((i.vcpus / 2.0).ceil() * i.instances.ceil()),
                            format::number(i.rates.core_factor, 2),
                            format::count(onprem)
                        ),
                        &[key::HT, key::CORE_FACTOR],
                    ));
                }
            } else {
                w.push(Warning::caution(
                    "Without hyper-threading each vCPU counts as a whole processor on AWS and Azure: twice the \
                     licences of the same instance with hyper-threading.",
                    &[key::HT],
                ));
            }
            w.push(Warning::caution(
                format!(
                    "On OCI one processor licence is counted here for every {}, the {} reading; sources disagree \
                     between 1 and 2, so check your Oracle agreement.",
                    format::plural(i.oci_ocpus_per_licence, "OCPU", "OCPUs"),
                    if i.oci_ocpus_per_licence <= 1.0 { "conservative" } else { "less conservative" }
                ),
                &[key::OCI_OCPUS_PER_LICENCE],
            ));
            w.push(Warning::caution(
                "If an Unlimited License Agreement is expiring, moving to OCI or another cloud under BYOL needs strict \
                 audit compliance: over-provisioned OCPUs or vCPUs at certification trigger a large true-up bill.",
                &[key::VCPUS, key::INSTANCES],
            ));
            w.push(Warning::info(
                "If the application stays on AWS or Azure while the database moves to OCI, add latency and the cost \
                 of egress and an interconnect (FastConnect, or the Azure–Oracle interconnect), not priced here.",
                &[key::OCI_BYOL, key::OCI_EE_LI],
            ));
            if i.rates.discount_pct == 0.0 {
                w.push(Warning::caution(
                    "Oracle support is estimated at list price (0% discount), which overstates what BYOL keeps \
                     paying: enter your discount.",
                    &[key::DISCOUNT],
                ));
            }
        }
    }
    if i.hours > MONTH_HOURS {
        w.push(Warning::info(
            format!(
                "A year holds 8,760 hours (730 a month on average): {} hours a month, a 31-day month, is counted as \
                 always on, not as {} hours a year.",
                format::count(i.hours),
                format::count(i.hours * 12.0)
            ),
            &[key::HOURS],
        ));
    }
    w.push(Warning::info(
        "Bringing licences needs strict compliance tracking: cores provisioned in the cloud beyond what you own \
         are an audit finding with both Oracle and Microsoft.",
        &[key::VCPUS],
    ));
    w
}

pub fn notes(read: &Read, r: &LicResult) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(m) = r.licence_multiple {
        notes.push(format!(
            "rajivonai.com's article on RDS licensing says that for Enterprise editions the licence component of the RDS rate \"can exceed \
             the cost of the underlying EC2 compute by 3x to 5x\" (context only). Here the RDS licence-included rate \
             charges {} its licence-free compute on top of it.",
            format::value(m, calc_core::Unit::MULTIPLIER)
        ));
    }
    if let (Some(_), Some(b)) = (r.best_li, r.best_byol) {
        let pct = if r.li_annual > 0.0 { (r.li_annual - r.byol_annual) / r.li_annual } else { 0.0 };
        notes.push(format!(
            "rajivonai.com's article claims BYOL \"routinely\" saves 40–50% on AWS commercial database bills (context, not \
             a default). Here the cheapest plan with your own licences costs {} a year than the cheapest licence-included \
             plan, as a share of that plan's cost.",
            if pct >= 0.0 {
                format!("{} less", format::share(pct))
            } else {
                format!("{} more", format::share(-pct))
            }
        ));
        let byol = &r.options[b];
        let buy = byol.licences * read.model.rates.licence_price;
        notes.push(format!(
            "Bringing your own licences assumes you already own the {}; buying them at list would cost {} once.",
            licences_phrase(read.model.engine, byol),
            format::money(buy)
        ));
    }
    notes
}
