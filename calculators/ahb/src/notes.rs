//! Warnings and context notes (licence coverage, sunk SA, escalation, "up to" claims).

use crate::model::{Acquire, AhbInputs, AhbResult, Edition, PurchaseModel, Service, Tier, VM_MIN_CORES};
use crate::outcome::years_text;
use crate::resolve::{Resolved, BILLING_HOURS};
use crate::words as w;
use calc_core::Warning;

pub fn warnings(r: &Resolved, m: &AhbResult) -> Vec<Warning> {
    let i = &r.inputs;
    let mut out = Vec::new();
    if i.model == PurchaseModel::Dtu {
        out.push(Warning::caution(
            "DTU model: legacy DTU-based Azure SQL databases do not support Azure Hybrid Benefit. \
             You must migrate the database to the vCore model first (General Purpose, Business \
             Critical or Hyperscale), then apply your licences.",
            &["model"],
        ));
        return out;
    }
    out.push(Warning::caution(
        format!(
            "Compliance: assign AHB only to vCores covered by core licences with active SA or a \
             subscription ({} {} cores here), and keep a record of which licences cover which \
             resources. Over-assigning cores in the cloud is non-compliant and is what triggers \
             audit penalties from Microsoft; Azure's central licence assignment helps track it.",
            w::count(m.cores_needed),
            w::edition(i.edition)
        ),
        &["cores_owned", "vcores", "instances", "edition"],
    ));
    out.push(Warning::info(
        "Migration: Microsoft's 180-day dual-use right lets the same licences cover the on-premises \
         servers and Azure while you migrate; after 180 days the on-premises use must stop, so do \
         not count those cores twice.",
        &["cores_owned"],
    ));
    if i.acquire == Acquire::Sa && m.cores_to_acquire > 0.0 {
        out.push(Warning::caution(
            "SA is normally bought with a licence or renewed before it lapses; licences whose SA has \
             lapsed may not be eligible for new SA. Confirm with your reseller, otherwise compare \
             'licences plus SA' or a subscription.",
            &["acquire"],
        ));
    }
    if i.service == Service::SqlDb && i.tier == Tier::Hs {
        out.push(Warning::caution(
            "Hyperscale: new Hyperscale databases no longer receive Azure Hybrid Benefit; only \
             existing Hyperscale databases with provisioned compute keep it. For a new Hyperscale \
             database the licence-included price applies and this saving is not available.",
            &["tier"],
        ));
    }
    if i.service == Service::SqlDb && i.tier != Tier::Bc {
        out.push(Warning::info(
            "Serverless: this models provisioned compute. Serverless databases cannot use AHB; \
             they always pay the licence-included price.",
            &["service", "tier"],
        ));
    }
    if i.service == Service::Vm && i.vcores < VM_MIN_CORES {
        out.push(Warning::info(
            format!(
                "Each VM needs at least 4 core licences, so a {}-vCPU VM is licensed (and billed \
                 licence-included) as 4 vCPUs.",
                w::count(i.vcores)
            ),
            &["vcores"],
        ));
    }
    if i.service == Service::Vm && !r.base.overridden() {
        out.push(Warning::info(
            "VM compute: the default AHB price is an example size (Standard_D2_v4, East US, without \
             the Windows Server licence). Enter your VM's hourly rate ÷ its vCPUs; Windows Server \
             licensing (and its own AHB) is not modelled.",
            &["base_vcore_hour"],
        ));
    }
    if i.service == Service::Vm && !r.li.overridden() {
        out.push(Warning::info(
            format!(
                "No price was found for the Azure VM SQL Server licence meter: the default uses the \
                 Azure Arc pay-as-you-go {} licence per core-month ÷ {} hours as a proxy. Enter \
                 your VM's licence-included rate ÷ vCPUs if you have it.",
                w::edition(i.edition),
                BILLING_HOURS
            ),
            &["li_vcore_hour"],
        ));
    }
    if i.service == Service::SqlMi && !(r.li.overridden() && r.base.overridden()) {
        out.push(Warning::info(
            "Managed Instance defaults: compute prices are West Europe (no citable East US price \
             was found) and the Business Critical licence meter is the SQL Database one used as a \
             proxy. The saving rests on the Global licence meter, so it does not depend on region.",
            &["li_vcore_hour", "base_vcore_hour"],
        ));
    }
    if i.cores_owned > m.cores_needed {
        out.push(Warning::info(
            format!(
                "You have {} more cores with SA than this workload needs; they stay available for \
                 other workloads.",
                w::count(i.cores_owned - m.cores_needed)
            ),
            &["cores_owned"],
        ));
    }
    out
}

pub fn coverage_sentence(i: &AhbInputs, m: &AhbResult) -> String {
    let ed = w::edition(i.edition);
    let packs = if m.cores_exact != m.cores_needed {
        format!(" ({} rounded up to whole 2-core packs)", w::count(m.cores_exact))
    } else {
        String::new()
    };
    if i.service == Service::Vm {
        return format!(
            "{} × {} vCPUs need {} {ed} cores{packs}: one core licence per vCPU, with a minimum of 4 \
             per VM.",
            w::plural(i.instances, "VM", "VMs"),
            w::count(i.vcores),
            w::count(m.cores_needed)
        );
    }
    let rule = match (i.edition, i.tier) {
        (Edition::Enterprise, Tier::Bc) => "1 Enterprise core with SA covers 1 Business Critical vCore",
        (Edition::Enterprise, _) => "1 Enterprise core with SA covers 4 General Purpose or Hyperscale vCores",
        (Edition::Standard, Tier::Bc) => "4 Standard cores with SA cover 1 Business Critical vCore",
        (Edition::Standard, _) => "1 Standard core with SA covers 1 General Purpose or Hyperscale vCore",
    };
    format!(
        "{} {} vCores ({}) need {} {ed} cores{packs}: {rule}.",
        w::count(m.vcores_total),
        w::tier(i.tier),
        w::service(i.service),
        w::count(m.cores_needed)
    )
}

pub fn notes(r: &Resolved, m: &AhbResult) -> Vec<String> {
    let i = &r.inputs;
    let mut out = Vec::new();
    if m.eligible {
        out.push(coverage_sentence(i, m));
        if i.service == Service::Vm && i.edition == Edition::Enterprise {
            out.push(
                "On VMs, an Enterprise core can instead cover 4 vCPUs of a VM running Standard \
                 edition; that option is not modelled here."
                    .to_string(),
            );
        }
    }
    out.push(
        "Software Assurance you already pay on licences you own is sunk: it is paid whether or not \
         you use AHB, so it is not counted as a cost here. Only new SA, new licences or a new \
         subscription are."
            .to_string(),
    );
    if m.eligible && m.cores_to_acquire > 0.0 {
        let escal = match i.acquire {
            Acquire::Subscription => "Subscription renewals are escalated by the same renewal increase",
            _ => "SA renewals are escalated by the renewal increase",
        };
        out.push(format!(
            "{escal} ({} a year). Licences are paid at month 0; SA and subscriptions yearly in advance \
             (months 0, 12, 24…), so the lines can cross more than once: the break-even shown is the \
             last crossing.",
            w::percent(i.sa_increase)
        ));
        for p in &m.range {
            if p.breakeven.is_none() && m.flows.breakeven.at.is_some() {
                out.push(format!(
                    "At a {} renewal increase it does not pay back within {}.",
                    w::percent(p.increase_pct),
                    years_text(i.years)
                ));
                break;
            }
        }
    }
    out.push(
        "Context only, not a forecast: the source post says Microsoft cites savings of \"up to \
         roughly 55%\" for qualifying configurations, and Microsoft markets \"up to 85%\" when \
         Windows Server and SQL Server AHB are combined with reserved pricing. The figures above \
         are computed from your inputs instead."
            .to_string(),
    );
    out
}
