//! The model's numbers as the Outcome every channel shows: the headline comparison with its
//! math, the table of every option, the bar chart and the assumptions.

use crate::fields::{Read, LICENCES};
use crate::meta;
use crate::model::{Costed, Engine, LicResult, Opt};
use crate::words;
use calc_core::charts::{self, Line};
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
    }
}

fn name(read: &Read, c: &Costed) -> &'static str {
    words::option_name(read.model.engine, c.opt)
}

/// The arithmetic of one option's yearly total.
fn option_math(read: &Read, r: &LicResult, c: &Costed) -> String {
    let i = &read.model;
    let hours = format!("{} h × 12", format::count(i.hours));
    let vcpu = format!(
        "{} vCPUs × {}",
        format::count(i.vcpus),
        format::plural(i.instances.ceil(), "instance", "instances")
    );
    let rt = &i.rates;
    let body = match c.opt {
        Opt::RdsLi => format!("{vcpu} × {hours} × {} = {}", format::rate(rt.rds_li), format::money(c.total)),
        Opt::AwsByol | Opt::AzureByol => {
            let rate = if c.opt == Opt::AwsByol { rt.aws_compute } else { rt.azure_vm };
            format!(
                "{vcpu} × {hours} × {} + {} × {} = {}",
                format::rate(rate),
                format::plural(c.licences, "licence", "licences"),
                format::money(per_licence_upkeep(read)),
                format::money(c.total)
            )
        }
        Opt::DedicatedHost => format!(
            "{} × {hours} × {} + {} × {} = {}",
            format::plural(c.units, "host", "hosts"),
            format::rate(rt.host_hour),
            format::plural(c.licences, "licence", "licences"),
            format::money(if i.sa { per_licence_upkeep(read) } else { 0.0 }),
            format::money(c.total)
        ),
        Opt::AzureLi => format!(
            "{vcpu} × {hours} × {} + {} cores × {} × 12 × {} h ÷ 730 = {}",
            format::rate(rt.azure_vm),
            format::count(i.vcpus.max(4.0) * i.instances.ceil()),
            format::money(rt.azure_licence_core_month),
            format::count(i.hours),
            format::money(c.total)
        ),
        Opt::OciLi | Opt::OciByol => {
            let rate = if c.opt == Opt::OciLi { rt.oci_li } else { rt.oci_byol };
            let upkeep = if c.opt == Opt::OciByol {
                format!(
                    " + {} × {}",
                    format::plural(c.licences, "licence", "licences"),
                    format::money(per_licence_upkeep(read))
                )
            } else {
                String::new()
            };
            format!(
                "{} OCPUs × {hours} × {}{upkeep} = {}",
                format::count(c.units),
                format::rate(rate),
                format::money(c.total)
            )
        }
    };
    let _ = r;
    format!("{}: {body}", name(read, c))
}

/// SA or support a year for one licence.
fn per_licence_upkeep(read: &Read) -> f64 {
    let rt = &read.model.rates;
    rt.licence_price * (1.0 - rt.discount_pct / 100.0) * rt.support_pct / 100.0
}

pub const LI_ANNUAL: Headline =
    Headline::new("li_annual", "Licence-included, a year (cheapest)", Unit::USD_PER_YEAR);
pub const BYOL_ANNUAL: Headline =
    Headline::new("byol_annual", "Your own licences, a year (cheapest)", Unit::USD_PER_YEAR);
pub const ANNUAL_SAVING: Headline =
    Headline::new("annual_saving", "Bringing your own licences", Unit::USD_PER_YEAR);
pub const HORIZON_SAVING: Headline = Headline::new("horizon_saving", "The same over the horizon", Unit::USD);
pub const LICENCES_NEEDED: Headline =
    Headline::new("licences_needed", "Licences the cheapest BYOL option needs", LICENCES);
pub const LICENCE_SHARE: Headline =
    Headline::new("licence_share", "Licence component of the licence-included rate", Unit::SHARE);
pub const HEADLINES: &[Headline] =
    &[LI_ANNUAL, BYOL_ANNUAL, ANNUAL_SAVING, HORIZON_SAVING, LICENCES_NEEDED, LICENCE_SHARE];

fn headlines(read: &Read, r: &LicResult) -> Vec<Figure> {
    let li = r.best_li.map(|k| &r.options[k]);
    let byol = r.best_byol.map(|k| &r.options[k]);
    let both = li.zip(byol);
    vec![
        li_annual(read, r, li),
        byol_annual(read, r, byol),
        annual_saving(r, both),
        horizon_saving(read, r, both),
        licences_needed(read, byol),
        licence_share(r, li),
    ]
}

fn li_annual(read: &Read, r: &LicResult, li: Option<&Costed>) -> Figure {
    match li {
        Some(c) => LI_ANNUAL
            .of(c.total)
            .math("vCPU-hours (or OCPU-hours) a year × the licence-included rate", option_math(read, r, c)),
        None => LI_ANNUAL.none("not available"),
    }
}

fn byol_annual(read: &Read, r: &LicResult, byol: Option<&Costed>) -> Figure {
    match byol {
        Some(c) => BYOL_ANNUAL.of(c.total).math(
            "licence-free compute a year + licences × the support or Software Assurance each keeps paying",
            option_math(read, r, c),
        ),
        None => BYOL_ANNUAL.none("not available"),
    }
}

fn annual_saving(r: &LicResult, both: Option<(&Costed, &Costed)>) -> Figure {
    match both {
        Some((l, b)) => ANNUAL_SAVING.of(r.annual_saving).change().math(
            "cheapest licence-included − cheapest BYOL (negative: BYOL costs more)",
            format!(
                "{} − {} = {}",
                format::money(l.total),
                format::money(b.total),
                format::money(r.annual_saving)
            ),
        ),
        None => ANNUAL_SAVING.none("n/a"),
    }
}

fn horizon_saving(read: &Read, r: &LicResult, both: Option<(&Costed, &Costed)>) -> Figure {
    let i = &read.model;
    match both {
        Some(_) => HORIZON_SAVING.of(r.horizon_saving).change().math(
            format!("the yearly difference × {}, prices held flat", format::years(i.years)),
            // The yearly figure to the cent, so the product checks to the dollar.
            format!("{} × {} = {}", format::cents(r.annual_saving), i.years, format::money(r.horizon_saving)),
        ),
        None => HORIZON_SAVING.none("n/a"),
    }
}

fn licences_needed(read: &Read, byol: Option<&Costed>) -> Figure {
    match byol {
        Some(c) => LICENCES_NEEDED.of(c.licences).math(licence_rule(read, c.opt), licence_sub(read, c)),
        None => LICENCES_NEEDED.none("n/a"),
    }
}

/// "n/a" when no licence-included option is available (the model always has one today).
fn licence_share(r: &LicResult, li: Option<&Costed>) -> Figure {
    match li {
        Some(c) => LICENCE_SHARE.of(r.licence_share).math(
            "(licence-included cost − the same hours at the licence-free rate) ÷ licence-included cost",
            format!(
                "{} ÷ {} = {}",
                format::money(c.licence_component),
                format::money(c.total),
                format::share(r.licence_share)
            ),
        ),
        None => LICENCE_SHARE.none("n/a"),
    }
}

fn licence_rule(read: &Read, opt: Opt) -> String {
    match (read.model.engine, opt) {
        (Engine::SqlServer, Opt::DedicatedHost) => {
            "every physical core of each Dedicated Host, at least 4, in 2-core packs".into()
        }
        (Engine::SqlServer, _) => {
            "every vCPU of each instance, at least 4 per instance, in 2-core packs".into()
        }
        (Engine::Oracle, Opt::OciByol) => "1 OCPU = 1 processor licence (OCPUs = vCPUs ÷ 2)".into(),
        (Engine::Oracle, _) => match (read.model.tier, read.model.ht) {
            (crate::model::Tier::Standard, _) => {
                "one socket per 4 vCPUs per instance, rounded up, at most 8 vCPUs".into()
            }
            (_, true) => {
                "2 vCPUs = 1 processor licence with hyper-threading, per instance, rounded up".into()
            }
            (_, false) => "1 vCPU = 1 processor licence without hyper-threading".into(),
        },
    }
}

fn licence_sub(read: &Read, c: &Costed) -> String {
    let i = &read.model;
    let n = i.instances.ceil();
    let per = if n > 0.0 { c.licences / n } else { 0.0 };
    match c.opt {
        Opt::DedicatedHost => format!(
            "{} × {} cores = {} licences",
            format::plural(c.units, "host", "hosts"),
            format::count(i.host_cores),
            format::count(c.licences)
        ),
        Opt::OciByol => format!("{} OCPUs = {} licences", format::count(c.units), format::count(c.licences)),
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
        .map(|c| {
            let kind = if c.opt.licence_included() { "licence-included" } else { "your licences" };
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
                ]),
                None => Row::data(vec![
                    Cell::Text(name(read, c).into()),
                    Cell::Text(kind.into()),
                    Cell::Num(c.compute),
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
                "Licence, support or Software Assurance",
                avail.iter().map(|c| c.licence_component + c.support).collect(),
            ),
        ],
    )
}

fn assumptions(read: &Read) -> Vec<Assumption> {
    let mut out: Vec<Assumption> = read
        .prices
        .iter()
        .map(|(k, label, unit, v, prov)| Assumption::price(k, *label, format::price(*v, *unit), prov.clone()))
        .collect();
    let rule = |label: &str, display: &str, doc| Assumption::rule(None, label, display.to_string(), doc);
    match read.model.engine {
        Engine::SqlServer => {
            out.push(rule(
                "SQL Server per-core licences",
                "every virtual core, at least 4 per VM, sold in 2-core packs; Dedicated Hosts: every physical core",
                &meta::SQL_LICENSING,
            ));
            out.push(rule(
                "Licences on AWS shared instances and Azure Hybrid Benefit",
                "need active Software Assurance (License Mobility) or subscriptions; without it, Dedicated Hosts only, for licences bought before 1 October 2019",
                &meta::MS_2019_CHANGE,
            ));
        }
        Engine::Oracle => {
            out.push(rule(
                "Oracle processors in AWS and Azure",
                "2 vCPUs = 1 processor with hyper-threading, 1 without; core factor not applied; SE2 at most 8 vCPUs, one socket per 4 vCPUs",
                &meta::ORACLE_CLOUD_POLICY,
            ));
            out.push(rule(
                "Oracle on OCI",
                "1 OCPU = 1 processor; 1 OCPU = 2 vCPUs on x86",
                &meta::OCI_BYOL_POST,
            ));
            out.push(rule(
                "RDS for Oracle licence-included",
                "Standard Edition 2 only; Enterprise Edition is bring-your-own-licence",
                &meta::AWS_ORACLE_LICENSING,
            ));
        }
    }
    out.push(Assumption::derived(
        "Licence-included rates",
        "licence-free compute + licence component".into(),
        "the licence component is the licence-included cost less the same hours at the licence-free rate (for RDS it also holds the managed-service premium)",
    ));
    out
}
