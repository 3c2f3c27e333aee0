//! The words: option names, why an option is unavailable, the verdict, warnings and notes.

use crate::fields::{key, Read};
use crate::model::{Engine, LicResult, Opt, Tier, Unavailable};
use calc_core::{format, Decision, Verdict, Warning};

pub fn option_name(engine: Engine, opt: Opt) -> &'static str {
    match (engine, opt) {
        (_, Opt::RdsLi) => "AWS RDS, licence-included",
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
        Unavailable::Se2OnOci => "not priced: no published rule converts OCPUs to Standard Edition 2 sockets",
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
    Decision::new("no_recommendation", "No option is available for this footprint");
pub const BYOL: Decision = Decision::new("byol", "Bring your own licences");
pub const STAY: Decision = Decision::new("stay_licence_included", "Stay licence-included");
pub const EITHER: Decision = Decision::new("either", "Either way costs the same");
pub const DECISIONS: &[Decision] = &[NO_OPTION, BYOL, STAY, EITHER];

pub fn verdict(read: &Read, r: &LicResult) -> Verdict {
    let e = read.model.engine;
    let years = format::years(read.model.years);
    let (Some(li), Some(byol)) = (r.best_li, r.best_byol) else {
        return Verdict::plain(NO_OPTION).fact("see the table for the reasons");
    };
    let li = &r.options[li];
    let byol = &r.options[byol];
    let (li_name, byol_name) = (option_name(e, li.opt), option_name(e, byol.opt));
    let per_year = |v: f64| format!("{}/year", format::money(v));
    if r.annual_saving > 0.0 {
        Verdict::new(BYOL, format!("{} ({byol_name})", BYOL.label))
            .fact(format!(
                "it costs {} against {} for the cheapest licence-included option ({li_name})",
                per_year(byol.total),
                per_year(li.total)
            ))
            .fact(format!(
                "it saves {} a year, {} over {years}",
                format::money(r.annual_saving),
                format::money(r.horizon_saving)
            ))
            .fact(format!("it needs {} licences you must own", format::count(byol.licences)))
    } else if r.annual_saving < 0.0 {
        Verdict::new(STAY, format!("{} ({li_name})", STAY.label))
            .fact(format!("it costs {}", per_year(li.total)))
            .fact(format!(
                "bringing your own licences costs {} more a year at best ({byol_name}), {} more over {years}",
                format::money(-r.annual_saving),
                format::money(-r.horizon_saving)
            ))
            .fact(format!("the {} it keeps paying outweighs the licence component of the rate", upkeep(e)))
    } else {
        Verdict::plain(EITHER).fact(format!("{li_name} and {byol_name} both cost {}", per_year(li.total)))
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
                    "Without Software Assurance, Microsoft allows your licences on AWS only on Dedicated Hosts, and \
                     only licences bought before 1 October 2019 (or added as true-ups under an agreement in force \
                     then) for versions released before that date. Check your licence statement.",
                    &[key::SA],
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
        let pct = if r.li_annual > 0.0 { r.annual_saving / r.li_annual } else { 0.0 };
        notes.push(format!(
            "rajivonai.com's article claims BYOL \"routinely\" saves 40–50% on AWS commercial database bills (context, not \
             a default). Here the cheapest BYOL option is {} than the cheapest licence-included one.",
            if pct >= 0.0 {
                format!("{} cheaper", format::share(pct))
            } else {
                format!("{} dearer", format::share(-pct))
            }
        ));
        let byol = &r.options[b];
        let buy = byol.licences * read.model.rates.licence_price;
        notes.push(format!(
            "BYOL assumes you already own the {} licences; buying them at list would cost {} once.",
            format::count(byol.licences),
            format::money(buy)
        ));
    }
    notes
}
