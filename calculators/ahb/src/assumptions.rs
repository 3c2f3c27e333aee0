//! The assumptions list: every price with its source URL and date, or "your input".

use crate::model::{Acquire, AhbResult, Service, Tier};
use crate::resolve::{Origin, Resolved};
use crate::words as w;
use calc_core::{format, Assumption, Unit};

pub const AHB_DOC: &str = "https://learn.microsoft.com/en-us/azure/azure-sql/azure-hybrid-benefit";
pub const CENTRAL_DOC: &str =
    "https://learn.microsoft.com/en-us/azure/cost-management-billing/scope-level/manage-licenses-centrally";

fn priced(key: &'static str, label: &str, display: String, origin: &Origin) -> Assumption {
    match origin {
        Origin::User => Assumption {
            key: Some(key),
            label: label.to_string(),
            display,
            source: Some("your input".to_string()),
            as_of: None,
            overridden: true,
        },
        Origin::Sheet(prices) => {
            // A derived price (compute + licence meter) cites the meter it adds last; the
            // compute price has its own line with its own source.
            let from: Vec<&str> = prices.iter().map(|p| p.label).collect();
            Assumption {
                key: Some(key),
                label: format!("{label}; from the price sheet: {}", from.join(" + ")),
                display,
                source: prices.last().map(|p| p.source.to_string()),
                as_of: prices.iter().map(|p| p.as_of).min().map(str::to_string),
                overridden: false,
            }
        }
    }
}

fn input(key: &'static str, label: &str, display: String, overridden: bool) -> Assumption {
    Assumption {
        key: Some(key),
        label: label.to_string(),
        display,
        source: Some("your input".to_string()),
        as_of: None,
        overridden,
    }
}

pub fn assumptions(r: &Resolved, m: &AhbResult) -> Vec<Assumption> {
    let i = &r.inputs;
    let mut out = vec![Assumption {
        key: Some("tier"),
        label: "Licence coverage: Enterprise + SA core = 4 GP/Hyperscale vCores or 1 BC vCore; \
                Standard + SA core = 1 GP/Hyperscale vCore, 4 cores per BC vCore; VMs: 1 core per \
                vCPU, minimum 4 per VM"
            .to_string(),
        display: if m.eligible {
            format!("{} vCores per core", w::count(m.vcores_per_core))
        } else {
            "n/a (DTU)".into()
        },
        source: Some(AHB_DOC.to_string()),
        as_of: None,
        overridden: false,
    }];
    if !m.eligible {
        return out;
    }
    let per = if i.service == Service::Vm { "vCPU" } else { "vCore" };
    out.push(priced(
        "li_vcore_hour",
        &format!("Licence-included price per {per}-hour (compute + SQL licence)"),
        format::value(i.li_vcore_hour, Unit::UsdPerVcoreHour),
        &r.li,
    ));
    out.push(priced(
        "base_vcore_hour",
        &format!("AHB (base) price per {per}-hour (compute only)"),
        format::value(i.base_vcore_hour, Unit::UsdPerVcoreHour),
        &r.base,
    ));
    if m.cores_to_acquire > 0.0 {
        match i.acquire {
            Acquire::Sa | Acquire::LicenseSa => {
                out.push(priced(
                    "license_2core",
                    &format!("SQL Server {} licence per 2-core pack", w::edition(i.edition)),
                    format::value(i.license_2core, Unit::UsdPerPack),
                    &r.license,
                ));
                out.push(priced(
                    "sa_pct",
                    "Software Assurance per year, % of licence price",
                    format::value(i.sa_pct, Unit::Percent),
                    &r.sa_pct,
                ));
            }
            Acquire::Subscription => out.push(priced(
                "subscription_2core_year",
                &format!("SQL Server {} subscription per 2 cores per year", w::edition(i.edition)),
                format::value(i.subscription_2core_year, Unit::UsdPerPackYear),
                &r.subscription,
            )),
        }
        out.push(input(
            "sa_increase",
            "Renewal increase per year of SA or subscription",
            format::value(i.sa_increase, Unit::Percent),
            i.sa_increase != 0.0,
        ));
    }
    out.push(input(
        "hours",
        "Hours running per month (730 = Azure billing month)",
        format::value(i.hours, Unit::HoursPerMonth),
        i.hours != 730.0,
    ));
    out.push(input(
        "cores_owned",
        "Cores owned with active SA, free to assign",
        format::value(i.cores_owned, Unit::Cores),
        i.cores_owned != 0.0,
    ));
    out.push(input("years", "Horizon", format::value(f64::from(i.years), Unit::Years), i.years != 3));
    if i.service == Service::SqlDb && i.tier == Tier::Hs {
        out.push(Assumption {
            key: Some("tier"),
            label: "Hyperscale: AHB only for existing provisioned Hyperscale databases".to_string(),
            display: "existing databases only".to_string(),
            source: Some(CENTRAL_DOC.to_string()),
            as_of: None,
            overridden: false,
        });
    }
    out
}
