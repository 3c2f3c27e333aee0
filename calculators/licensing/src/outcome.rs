//! The model's numbers as the Outcome every channel shows: the recommended plan over the
//! horizon and what it saves, with their math, the table of every option, the bar chart and
//! the assumptions.

use crate::fields::{key, Read, LICENCES};
use crate::meta;
use crate::model::{Costed, Engine, LicResult, Opt, Tier};
use crate::words;
use calc_core::charts::{self, Line};
use calc_core::licensing::sqlserver::HostBasis;
use calc_core::{format, Assumption, Cell, Chart, Column, Figure, Headline, Outcome, Row, Table, Unit};

pub fn build(read: &Read, r: &LicResult) -> Outcome {
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables: vec![options_table(read, r)],
        charts: vec![chart(read, r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read),
        notes: words::notes(read, r),
        next_steps: vec![],
        auto_values: vec![],
    }
}

fn name(read: &Read, c: &Costed) -> &'static str {
    words::option_name(read.model.engine, c.opt)
}

/// The arithmetic of one option's yearly total: each part with what it multiplies.
fn option_math(read: &Read, c: &Costed) -> String {
    let i = &read.model;
    let rt = &i.rates;
    let year_hours = i.year_hours();
    let n = i.instances.max(0.0).ceil();
    let vcpu_hours = i.vcpus * n * year_hours;
    let vh = format!("{} vCPU-hours", format::count(vcpu_hours));
    let oh = format!("{} OCPU-hours", format::count(c.units * year_hours));
    let mut parts: Vec<String> = Vec::new();
    let compute_basis = match (i.engine, c.opt) {
        (_, Opt::DedicatedHost) => format!(
            "{} × {} h × {}",
            format::plural(c.units, "host", "hosts"),
            format::count(year_hours),
            format::rate(rt.host_hour)
        ),
        (_, Opt::OciLi | Opt::OciByol) => format!("{oh} × {}", format::rate(rt.oci_byol)),
        (_, Opt::AzureLi | Opt::AzureByol) => format!("{vh} × {}", format::rate(rt.azure_vm)),
        (Engine::SqlServer, _) => format!("{vh} × {} licence-free", format::rate(i.ec2_free())),
        (Engine::Oracle, _) => format!("{vh} × {}", format::rate(rt.aws_compute)),
    };
    parts.push(format!("compute {} ({compute_basis})", format::cents(c.compute)));
    if c.windows > 0.0 {
        let basis = if c.windows_licences > 0.0 {
            format!(
                "{} of your own × {} SA",
                format::plural(c.windows_licences, "core licence", "core licences"),
                format::cents(i.win_sa_per_core())
            )
        } else {
            let rate = match c.opt {
                Opt::AzureLi | Opt::AzureByol => rt.azure_win,
                _ => rt.ec2_win,
            };
            format!("{vh} × {}", format::rate(rate))
        };
        parts.push(format!("Windows {} ({basis})", format::cents(c.windows)));
    }
    if c.licence_component > 0.0 {
        let basis = match (i.engine, c.opt) {
            (Engine::SqlServer, Opt::RdsLi) => {
                format!("{vh} × ({} − {})", format::rate(rt.rds_li), format::rate(i.ec2_free()))
            }
            (Engine::Oracle, Opt::RdsLi) => {
                format!("{vh} × ({} − {})", format::rate(rt.rds_li), format::rate(rt.aws_compute))
            }
            (_, Opt::Ec2Li) => format!(
                "{} vCPU-hours, at least 4 vCPUs per instance, × ({} − {} Windows)",
                format::count(i.vcpus.max(4.0) * n * year_hours),
                format::rate(rt.ec2_sql_li),
                format::rate(rt.ec2_win)
            ),
            (_, Opt::AzureLi) => format!(
                "{} cores × {} × {} h ÷ 730",
                format::count(i.vcpus.max(4.0) * n),
                format::cents(rt.azure_licence_core_month),
                format::count(year_hours)
            ),
            _ => format!("{oh} × ({} − {})", format::rate(rt.oci_li), format::rate(rt.oci_byol)),
        };
        parts.push(format!("licence {} ({basis})", format::cents(c.licence_component)));
    }
    if c.support > 0.0 {
        parts.push(format!(
            "{} {} ({} × {})",
            match i.engine {
                Engine::SqlServer => "SA",
                Engine::Oracle => "support",
            },
            format::cents(c.support),
            format::plural(c.licences, "licence", "licences"),
            format::cents(i.upkeep_per_licence())
        ));
    }
    format!("{}: {} = {}", name(read, c), parts.join(" + "), format::cents(c.total))
}

pub const PLAN_HORIZON: Headline =
    Headline::new("plan_horizon", "Recommended plan over the horizon", Unit::USD);
pub const HORIZON_SAVING: Headline =
    Headline::new("horizon_saving", "Its saving over the horizon against the other licence model", Unit::USD);
pub const PLAN_ANNUAL: Headline =
    Headline::new("plan_annual", "Recommended plan, a year", Unit::USD_PER_YEAR);
pub const ANNUAL_SAVING: Headline =
    Headline::new("annual_saving", "Its saving a year against the other licence model", Unit::USD_PER_YEAR);
pub const LICENCES_NEEDED: Headline =
    Headline::new("licences_needed", "Licences the recommended plan needs you to own", LICENCES);
pub const LICENCE_SHARE: Headline =
    Headline::new("licence_share", "Licences' share of the recommended plan's cost", Unit::SHARE);
pub const LI_ANNUAL: Headline =
    Headline::new("li_annual", "Cheapest licence-included plan, a year", Unit::USD_PER_YEAR);
pub const BYOL_ANNUAL: Headline =
    Headline::new("byol_annual", "Cheapest plan with your own licences, a year", Unit::USD_PER_YEAR);
pub const HEADLINES: &[Headline] = &[
    PLAN_HORIZON,
    HORIZON_SAVING,
    PLAN_ANNUAL,
    ANNUAL_SAVING,
    LICENCES_NEEDED,
    LICENCE_SHARE,
    LI_ANNUAL,
    BYOL_ANNUAL,
];

fn headlines(read: &Read, r: &LicResult) -> Vec<Figure> {
    let rec = r.best.map(|k| &r.options[k]);
    let alt = r.alternative.map(|k| &r.options[k]);
    vec![
        plan_horizon(read, r, rec),
        horizon_saving(read, r, rec.zip(alt)),
        plan_annual(read, rec),
        annual_saving(read, r, rec.zip(alt)),
        licences_needed(read, rec),
        licence_share(read, r, rec),
        li_annual(read, r.best_li.map(|k| &r.options[k])),
        byol_annual(read, r.best_byol.map(|k| &r.options[k])),
    ]
}

fn plan_horizon(read: &Read, r: &LicResult, rec: Option<&Costed>) -> Figure {
    let years = read.model.years;
    match rec {
        Some(c) => PLAN_HORIZON.of(r.plan_horizon).over(format!("over {}", format::years(years))).math(
            format!("the recommended plan a year × {}, prices held flat", format::years(years)),
            format!(
                "{}: {} × {years} = {}",
                name(read, c),
                format::cents(c.total),
                format::cents(r.plan_horizon)
            ),
        ),
        None => PLAN_HORIZON.none("no plan available"),
    }
}

fn horizon_saving(read: &Read, r: &LicResult, pair: Option<(&Costed, &Costed)>) -> Figure {
    let years = read.model.years;
    match pair {
        Some((c, a)) => {
            HORIZON_SAVING.of(r.horizon_saving).change().over(format!("over {}", format::years(years))).math(
                format!(
                    "(the cheapest plan of the other licence model − the recommended plan) a year × {}",
                    format::years(years)
                ),
                format!(
                    "({} {} − {} {}) × {years} = {}",
                    name(read, a),
                    format::cents(a.total),
                    name(read, c),
                    format::cents(c.total),
                    format::cents(r.horizon_saving)
                ),
            )
        }
        None => HORIZON_SAVING.none("no plan of the other licence model is available"),
    }
}

fn plan_annual(read: &Read, rec: Option<&Costed>) -> Figure {
    match rec {
        Some(c) => PLAN_ANNUAL.of(c.total).math(
            "compute + Windows Server + licence component or the SA or support the licences keep paying, a year",
            option_math(read, c),
        ),
        None => PLAN_ANNUAL.none("no plan available"),
    }
}

fn annual_saving(read: &Read, r: &LicResult, pair: Option<(&Costed, &Costed)>) -> Figure {
    match pair {
        Some((c, a)) => ANNUAL_SAVING.of(r.annual_saving).change().math(
            "the cheapest plan of the other licence model − the recommended plan, a year",
            format!(
                "{} {} − {} {} = {}",
                name(read, a),
                format::cents(a.total),
                name(read, c),
                format::cents(c.total),
                format::cents(r.annual_saving)
            ),
        ),
        None => ANNUAL_SAVING.none("no plan of the other licence model is available"),
    }
}

fn licences_needed(read: &Read, rec: Option<&Costed>) -> Figure {
    match rec {
        Some(c) if !c.opt.licence_included() => {
            LICENCES_NEEDED.of(c.licences).math(licence_rule(read, c), licence_sub(read, c))
        }
        Some(_) => LICENCES_NEEDED.none("none: the licences are in the rate"),
        None => LICENCES_NEEDED.not_applicable("n/a"),
    }
}

fn licence_share(read: &Read, r: &LicResult, rec: Option<&Costed>) -> Figure {
    match rec {
        Some(c) => LICENCE_SHARE.of(r.licence_share).math(
            "(Windows Server + licence component + SA or support) ÷ the recommended plan's cost a year",
            format!(
                "{}: ({} + {} + {}) ÷ {} = {}",
                name(read, c),
                format::cents(c.windows),
                format::cents(c.licence_component),
                format::cents(c.support),
                format::cents(c.total),
                format::share(r.licence_share)
            ),
        ),
        None => LICENCE_SHARE.not_applicable("n/a"),
    }
}

fn li_annual(read: &Read, li: Option<&Costed>) -> Figure {
    match li {
        Some(c) => LI_ANNUAL
            .of(c.total)
            .math("vCPU-hours (or OCPU-hours) a year × the licence-included rates", option_math(read, c)),
        None => LI_ANNUAL.none("not available"),
    }
}

fn byol_annual(read: &Read, byol: Option<&Costed>) -> Figure {
    match byol {
        Some(c) => BYOL_ANNUAL.of(c.total).math(
            "licence-free compute and Windows Server a year + licences × the SA or support each keeps paying",
            option_math(read, c),
        ),
        None => BYOL_ANNUAL.none("not available"),
    }
}

fn licence_rule(read: &Read, c: &Costed) -> String {
    let i = &read.model;
    match (i.engine, c.opt, c.basis) {
        (Engine::SqlServer, Opt::DedicatedHost, Some(HostBasis::PhysicalCores)) => {
            "every physical core of each Dedicated Host, at least 4, in 2-core packs bought for the total (fewer than \
             licensing each VM)"
                .into()
        }
        (Engine::SqlServer, _, _) => {
            "every vCPU of each instance, at least 4 per instance, in 2-core packs bought once for the total".into()
        }
        (Engine::Oracle, Opt::OciByol, _) => format!(
            "1 processor licence per {} per instance (OCPUs = vCPUs ÷ 2), rounded up",
            format::plural(i.oci_ocpus_per_licence, "OCPU", "OCPUs")
        ),
        (Engine::Oracle, _, _) => match (i.tier, i.ht) {
            (Tier::Standard, _) => "one socket per 4 vCPUs per instance, rounded up, at most 8 vCPUs".into(),
            (_, true) => "2 vCPUs = 1 processor licence with hyper-threading, per instance, rounded up".into(),
            (_, false) => "1 vCPU = 1 processor licence without hyper-threading".into(),
        },
    }
}

fn licence_sub(read: &Read, c: &Costed) -> String {
    let i = &read.model;
    let n = i.instances.ceil();
    let per = if n > 0.0 { c.licences / n } else { 0.0 };
    match (i.engine, c.opt) {
        (Engine::SqlServer, Opt::DedicatedHost) if c.basis == Some(HostBasis::PhysicalCores) => format!(
            "{} × {} cores = {} licences",
            format::plural(c.units, "host", "hosts"),
            format::count(i.host_cores.max(4.0).ceil()),
            format::count(c.licences)
        ),
        (Engine::SqlServer, _) => format!(
            "{} vCPUs → {} per instance × {} = {} assigned → {} = {} licences",
            format::count(i.vcpus),
            format::count(i.vcpus.max(4.0).ceil()),
            format::count(n),
            format::count(c.assigned),
            format::plural(c.licences / 2.0, "two-core pack", "two-core packs"),
            format::count(c.licences)
        ),
        (Engine::Oracle, Opt::OciByol) => format!(
            "{} OCPUs ÷ {} per licence, per instance = {} licences",
            format::count(c.units),
            format::count(i.oci_ocpus_per_licence),
            format::count(c.licences)
        ),
        _ => format!(
            "{} vCPUs → {} per instance × {} = {} licences",
            format::count(i.vcpus),
            format::count(per),
            format::count(n),
            format::count(c.licences)
        ),
    }
}

fn options_table(read: &Read, r: &LicResult) -> Table {
    let i = &read.model;
    let money = |label: &str| Column { label: label.to_string(), unit: Unit::USD };
    let upkeep = match i.engine {
        Engine::SqlServer => "Software Assurance a year",
        Engine::Oracle => "Support a year",
    };
    let rows = r
        .options
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let kind = match (c.opt.licence_included(), Some(k) == r.best) {
                (true, true) => "licence-included (recommended)",
                (true, false) => "licence-included",
                (false, true) => "your licences (recommended)",
                (false, false) => "your licences",
            };
            match c.unavailable {
                Some(u) => Row::data(vec![
                    Cell::Text(name(read, c).into()),
                    Cell::Text(kind.into()),
                    Cell::Text(words::unavailable_reason(u).into()),
                    Cell::Text(String::new()),
                    Cell::Text(String::new()),
                    Cell::Text(String::new()),
                    Cell::Text(String::new()),
                    Cell::Text(String::new()),
                    Cell::Text(String::new()),
                ]),
                None => Row::data(vec![
                    Cell::Text(name(read, c).into()),
                    Cell::Text(kind.into()),
                    Cell::Num(c.compute),
                    Cell::Num(c.windows),
                    Cell::Num(c.licence_component),
                    if c.opt.licence_included() {
                        Cell::Text("in the rate".into())
                    } else {
                        Cell::Num(c.licences)
                    },
                    Cell::Num(c.support),
                    Cell::Num(c.total),
                    Cell::Num(c.total * f64::from(i.years)),
                ]),
            }
        })
        .collect();
    Table {
        key: "options",
        title: format!("Every option for {}, a year and over {}", read.engine_label, format::years(i.years)),
        columns: vec![
            Column { label: "Option".into(), unit: Unit::TEXT },
            Column { label: "Licence".into(), unit: Unit::TEXT },
            money("Compute a year"),
            money("Windows Server a year"),
            money("Licence component a year"),
            Column { label: "Licences needed".into(), unit: LICENCES },
            money(upkeep),
            money("Total a year"),
            money(&format!("Total over {}", format::years(i.years))),
        ],
        rows,
    }
}

fn chart(read: &Read, r: &LicResult) -> Chart {
    let avail: Vec<&Costed> = r.options.iter().filter(|c| c.available()).collect();
    charts::bars(
        "options",
        format!("{}: cost a year of each option", read.engine_label),
        "Option",
        ("USD a year", Unit::USD_PER_YEAR),
        avail.iter().map(|c| name(read, c).to_string()).collect(),
        vec![
            Line::new("Compute", avail.iter().map(|c| c.compute).collect()),
            Line::new(
                "Licences: Windows, licence component, support or Software Assurance",
                avail.iter().map(|c| c.licence_costs()).collect(),
            ),
        ],
    )
}

fn assumptions(read: &Read) -> Vec<Assumption> {
    let i = &read.model;
    let mut out: Vec<Assumption> = read
        .prices
        .iter()
        .map(|(k, label, unit, v, prov)| Assumption::price(k, *label, format::price(*v, *unit), prov.clone()))
        .collect();
    let rule = |label: &str, display: String, doc| Assumption::rule(None, label, display, doc);
    match i.engine {
        Engine::SqlServer => {
            out.push(rule(
                "SQL Server per-core licences",
                "every virtual core of each VM, at least 4 per VM, in 2-core packs bought once for the total; \
                 Dedicated Hosts: per VM, or every physical core of each host where that needs fewer licences"
                    .into(),
                &meta::SQL_LICENSING,
            ));
            out.push(rule(
                "SQL Server by physical cores",
                "Enterprise Edition only (its physical-core licences cover the VMs on the host; without SA as many VMs \
                 as core licences); Standard is licensed per VM"
                    .into(),
                &meta::SQL_VIRTUALIZATION,
            ));
            out.push(rule(
                "Licences on AWS shared instances and Azure Hybrid Benefit",
                "need active Software Assurance (License Mobility) or subscriptions; without it, dedicated hardware \
                 (Dedicated Hosts) only, for licences bought before 1 October 2019"
                    .into(),
                &meta::MS_2019_CHANGE,
            ));
            out.push(rule(
                "Windows Server on VMs",
                if i.win_own {
                    "your licences on Azure VMs (at least 8 core licences per VM) and Dedicated Hosts (every physical \
                     core, at least 16 per host), paying their Software Assurance; EC2 shared instances pay AWS's \
                     Windows rate"
                        .into()
                } else {
                    "licence-included on EC2, Dedicated Hosts and Azure VMs at the per-vCPU rates above; RDS \
                     includes it in its rate"
                        .into()
                },
                &meta::AWS_WINDOWS_BYOL,
            ));
            out.push(rule(
                "EC2 licence-included SQL Server",
                "AWS's fee per vCPU-hour for Windows Server with SQL Server, on top of licence-free compute"
                    .into(),
                &meta::AWS_LI_FEES,
            ));
            out.push(Assumption::derived(
                "EC2 licence-free compute",
                format!("{} per vCPU-hour", format::rate(i.ec2_free())),
                "the EC2 Windows compute rate less the EC2 Windows licence fee",
            ));
        }
        Engine::Oracle => {
            out.push(rule(
                "Oracle processors in AWS and Azure",
                "2 vCPUs = 1 processor with hyper-threading, 1 without; core factor not applied; SE2 at most 8 vCPUs, \
                 one socket per 4 vCPUs"
                    .into(),
                &meta::ORACLE_CLOUD_POLICY,
            ));
            out.push(Assumption::rule(
                Some(key::OCI_OCPUS_PER_LICENCE),
                "Oracle on OCI",
                format!(
                    "1 OCPU = 2 vCPUs on x86; one processor licence (SE2: socket licence) per {}, your input; sources \
                     disagree between 1 (the conservative reading, the default) and 2 (Oracle's BYOL conversion ratio)",
                    format::plural(i.oci_ocpus_per_licence, "OCPU", "OCPUs")
                ),
                &meta::ORACLE_OCI_BYOL_RATIO,
            ));
            out.push(rule(
                "RDS for Oracle licence-included",
                "Standard Edition 2 only; Enterprise Edition is bring-your-own-licence".into(),
                &meta::AWS_ORACLE_LICENSING,
            ));
        }
    }
    out.push(Assumption::derived(
        "Licence-included rates",
        "licence-free compute + Windows Server + licence component".into(),
        "the licence component is the licence-included cost less the same hours at the licence-free rate and, on VMs, \
         the Windows licence (for RDS it also holds Windows and the managed-service premium)",
    ));
    out
}
