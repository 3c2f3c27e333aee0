//! The pure model: each way of running the footprint (licence-included or bring your own
//! licences, on AWS, Azure or OCI), its annual compute, licence component, licences needed and
//! the support or Software Assurance BYOL keeps paying. Numbers and enums only; the licence
//! counting rules are `calc_core::licensing`.

use calc_core::licensing::oracle::{self, LicenceError, Platform};
use calc_core::licensing::sqlserver;

calc_core::choices! {
    /// The database engine, as its URL key and option label.
    pub enum Engine {
        SqlServer = "sqlserver" => "SQL Server",
        Oracle = "oracle" => "Oracle Database",
    }
}

calc_core::choices! {
    /// Enterprise, or the standard edition (SQL Server Standard, Oracle Standard Edition 2).
    pub enum Tier {
        Enterprise = "ee" => "Enterprise",
        Standard = "se" => "Standard (SQL Server Standard, Oracle Standard Edition 2)",
    }
}

/// The ways to run the footprint. Which exist depends on the engine: SQL Server has the first
/// five, Oracle `RdsLi`, `AwsByol`, `AzureByol`, `OciLi` and `OciByol`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    /// Amazon RDS, licence-included.
    RdsLi,
    /// SQL Server: EC2 shared tenancy with License Mobility. Oracle: RDS bring-your-own-licence.
    AwsByol,
    /// SQL Server on EC2 Dedicated Hosts, licensed by the hosts' physical cores.
    DedicatedHost,
    /// Azure VM with the pay-as-you-go SQL Server licence.
    AzureLi,
    /// SQL Server: Azure VM with Azure Hybrid Benefit. Oracle: Azure VM, your licences.
    AzureByol,
    /// OCI Base Database Service, licence-included.
    OciLi,
    /// OCI Base Database Service, your licences.
    OciByol,
}

impl Opt {
    pub fn for_engine(engine: Engine) -> &'static [Opt] {
        match engine {
            Engine::SqlServer => {
                &[Opt::RdsLi, Opt::AzureLi, Opt::AwsByol, Opt::DedicatedHost, Opt::AzureByol]
            }
            Engine::Oracle => &[Opt::RdsLi, Opt::OciLi, Opt::AwsByol, Opt::AzureByol, Opt::OciByol],
        }
    }

    pub fn licence_included(self) -> bool {
        matches!(self, Opt::RdsLi | Opt::AzureLi | Opt::OciLi)
    }
}

/// Why an option cannot be used for this footprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// SQL Server licences on shared cloud hardware or with Azure Hybrid Benefit need active
    /// Software Assurance (License Mobility) or subscriptions.
    NeedsSa,
    /// RDS for Oracle offers licence-included only for Standard Edition 2.
    OracleEeNotLicenceIncludedOnRds,
    /// No published rule converts OCI OCPUs to Standard Edition 2 sockets.
    Se2OnOci,
    /// One instance has more vCPUs than a Dedicated Host.
    LargerThanHost,
    /// Above the edition's per-instance vCPU limit (Standard Edition 2: 8 vCPUs).
    EditionLimit,
}

/// Prices, USD.
#[derive(Clone, Debug, PartialEq)]
pub struct Rates {
    /// RDS licence-included, per vCPU-hour, for the engine and edition.
    pub rds_li: f64,
    /// Licence-free compute on AWS per vCPU-hour: EC2 Windows for SQL Server, RDS BYOL for Oracle.
    pub aws_compute: f64,
    pub host_hour: f64,
    pub azure_vm: f64,
    /// SQL Server pay-as-you-go licence on Azure VMs, per core-month.
    pub azure_licence_core_month: f64,
    /// OCI licence-included and BYOL per OCPU-hour.
    pub oci_li: f64,
    pub oci_byol: f64,
    /// SQL Server: price of one core licence (half a 2-core pack). Oracle: per processor.
    pub licence_price: f64,
    /// SA (SQL Server) or support (Oracle) per year, % of the licence price.
    pub support_pct: f64,
    /// Oracle only: discount off list, %, which support is charged on.
    pub discount_pct: f64,
    pub core_factor: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LicInputs {
    pub engine: Engine,
    pub tier: Tier,
    /// vCPUs per instance.
    pub vcpus: f64,
    pub instances: f64,
    /// Hours each instance runs a month.
    pub hours: f64,
    /// Oracle: hyper-threading on (2 vCPUs = 1 processor on AWS and Azure).
    pub ht: bool,
    /// SQL Server: the licences have active Software Assurance (License Mobility).
    pub sa: bool,
    pub host_cores: f64,
    pub host_vcpus: f64,
    pub years: u32,
    pub rates: Rates,
}

/// One option's costs for a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Costed {
    pub opt: Opt,
    pub unavailable: Option<Unavailable>,
    /// Licence-free compute (for licence-included options: the rate without the licence).
    pub compute: f64,
    /// Licence-included options: what the rate charges above licence-free compute.
    pub licence_component: f64,
    /// Licences you must own (BYOL options; 0 for licence-included).
    pub licences: f64,
    /// SA or support BYOL keeps paying a year.
    pub support: f64,
    pub total: f64,
    /// Dedicated Hosts for `DedicatedHost`; OCPUs for OCI options; else 0.
    pub units: f64,
}

impl Costed {
    pub fn available(&self) -> bool {
        self.unavailable.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LicResult {
    pub options: Vec<Costed>,
    /// Index in `options` of the cheapest available licence-included and BYOL options.
    pub best_li: Option<usize>,
    pub best_byol: Option<usize>,
    pub li_annual: f64,
    pub byol_annual: f64,
    /// Licence-included − BYOL, a year (negative: BYOL costs more).
    pub annual_saving: f64,
    pub horizon_saving: f64,
    pub licences_needed: f64,
    /// The cheapest licence-included option's licence component ÷ its total.
    pub licence_share: f64,
    /// RDS licence-included: its licence component ÷ its licence-free compute (the post's "3x to 5x").
    pub licence_multiple: Option<f64>,
    /// Oracle Enterprise: the processor licences the same physical cores need on-premises
    /// with the core factor (vCPUs ÷ 2 cores with hyper-threading).
    pub onprem_licences: Option<f64>,
    /// vCPU-hours a year across all instances.
    pub vcpu_hours: f64,
}

/// Hours in a billing month: Azure's per-month licence meters are spread over it.
pub const MONTH_HOURS: f64 = 730.0;

/// The licences one BYOL option needs (SQL Server: core licences; Oracle: processor
/// licences), or why it cannot be used.
pub fn licences(i: &LicInputs, opt: Opt) -> Result<f64, Unavailable> {
    let n = i.instances.max(0.0).ceil();
    match i.engine {
        Engine::SqlServer => match opt {
            Opt::DedicatedHost => {
                if i.vcpus > i.host_vcpus {
                    return Err(Unavailable::LargerThanHost);
                }
                Ok(sqlserver::for_hosts(i.host_cores, hosts(i)))
            }
            Opt::AwsByol | Opt::AzureByol if !i.sa => Err(Unavailable::NeedsSa),
            _ => Ok(sqlserver::for_vms(i.vcpus, n)),
        },
        Engine::Oracle => {
            let edition = match i.tier {
                Tier::Enterprise => oracle::Edition::Enterprise,
                Tier::Standard => oracle::Edition::StandardTwo,
            };
            let (platform, cpus) = match opt {
                Opt::OciLi | Opt::OciByol => (Platform::Oci, oracle::ocpus_for_vcpus(i.vcpus)),
                Opt::AzureByol | Opt::AzureLi => (Platform::Azure, i.vcpus),
                _ => (Platform::Aws, i.vcpus),
            };
            match oracle::processor_licences(edition, platform, cpus, i.ht, i.core_factor()) {
                Ok(per) => Ok(per * n),
                Err(LicenceError::Se2OnOci) => Err(Unavailable::Se2OnOci),
                // `fields::read` refuses the scenario before the model runs; kept for direct callers.
                Err(LicenceError::Se2Limit { .. }) => Err(Unavailable::EditionLimit),
            }
        }
    }
}

impl LicInputs {
    fn core_factor(&self) -> f64 {
        self.rates.core_factor
    }
}

/// Dedicated Hosts needed to hold every instance: total vCPUs ÷ vCPUs per host, rounded up.
pub fn hosts(i: &LicInputs) -> f64 {
    if i.host_vcpus <= 0.0 {
        return 0.0;
    }
    (i.vcpus * i.instances.max(0.0).ceil() / i.host_vcpus - 1e-9).ceil().max(0.0)
}

fn cost(i: &LicInputs, opt: Opt) -> Costed {
    let r = &i.rates;
    let n = i.instances.max(0.0).ceil();
    let year_hours = i.hours * 12.0;
    let vcpu_hours = i.vcpus * n * year_hours;
    let ocpu_hours = oracle::ocpus_for_vcpus(i.vcpus) * n * year_hours;
    let mut unavailable = None;
    if opt == Opt::RdsLi && i.engine == Engine::Oracle && i.tier == Tier::Enterprise {
        unavailable = Some(Unavailable::OracleEeNotLicenceIncludedOnRds);
    }
    let licences = if opt.licence_included() {
        0.0
    } else {
        match licences(i, opt) {
            Ok(l) => l,
            Err(u) => {
                unavailable = Some(u);
                0.0
            }
        }
    };
    let (compute, licence_component, units) = match opt {
        Opt::RdsLi => (vcpu_hours * r.aws_compute, vcpu_hours * (r.rds_li - r.aws_compute), 0.0),
        Opt::AwsByol => (vcpu_hours * r.aws_compute, 0.0, 0.0),
        Opt::DedicatedHost => {
            let h = hosts(i);
            (h * r.host_hour * year_hours, 0.0, h)
        }
        Opt::AzureLi => {
            let cores = i.vcpus.max(sqlserver::MIN_CORES) * n;
            (vcpu_hours * r.azure_vm, cores * r.azure_licence_core_month * 12.0 * i.hours / MONTH_HOURS, 0.0)
        }
        Opt::AzureByol => (vcpu_hours * r.azure_vm, 0.0, 0.0),
        Opt::OciLi => {
            (ocpu_hours * r.oci_byol, ocpu_hours * (r.oci_li - r.oci_byol), ocpu_hours / year_hours.max(1e-9))
        }
        Opt::OciByol => (ocpu_hours * r.oci_byol, 0.0, ocpu_hours / year_hours.max(1e-9)),
    };
    let support = if opt.licence_included() {
        0.0
    } else {
        match i.engine {
            // SA is paid on licences that have it; licences without SA (Dedicated Hosts only)
            // cost nothing more a year.
            Engine::SqlServer if i.sa => licences * r.licence_price * r.support_pct / 100.0,
            Engine::SqlServer => 0.0,
            Engine::Oracle => {
                licences * r.licence_price * (1.0 - r.discount_pct / 100.0) * r.support_pct / 100.0
            }
        }
    };
    let total = compute + licence_component + support;
    Costed { opt, unavailable, compute, licence_component, licences, support, total, units }
}

fn cheapest(options: &[Costed], li: bool) -> Option<usize> {
    options
        .iter()
        .enumerate()
        .filter(|(_, c)| c.available() && c.opt.licence_included() == li)
        .min_by(|a, b| a.1.total.total_cmp(&b.1.total))
        .map(|(k, _)| k)
}

pub fn compute(i: &LicInputs) -> LicResult {
    let options: Vec<Costed> = Opt::for_engine(i.engine).iter().map(|&o| cost(i, o)).collect();
    let best_li = cheapest(&options, true);
    let best_byol = cheapest(&options, false);
    let li = best_li.map(|k| &options[k]);
    let byol = best_byol.map(|k| &options[k]);
    let li_annual = li.map_or(0.0, |c| c.total);
    let byol_annual = byol.map_or(0.0, |c| c.total);
    let annual_saving = li_annual - byol_annual;
    let licence_share = li.map_or(0.0, |c| if c.total > 0.0 { c.licence_component / c.total } else { 0.0 });
    let licence_multiple = options
        .iter()
        .find(|c| c.opt == Opt::RdsLi && c.available())
        .and_then(|c| (c.compute > 0.0).then(|| c.licence_component / c.compute));
    let onprem_licences = (i.engine == Engine::Oracle && i.tier == Tier::Enterprise).then(|| {
        let cores = if i.ht { i.vcpus / 2.0 } else { i.vcpus };
        let per = oracle::processor_licences(
            oracle::Edition::Enterprise,
            Platform::OnPrem,
            cores.ceil(),
            i.ht,
            i.rates.core_factor,
        )
        .unwrap_or(0.0);
        per * i.instances.max(0.0).ceil()
    });
    LicResult {
        best_li,
        best_byol,
        li_annual,
        byol_annual,
        annual_saving,
        horizon_saving: annual_saving * f64::from(i.years),
        licences_needed: byol.map_or(0.0, |c| c.licences),
        licence_share,
        licence_multiple,
        onprem_licences,
        vcpu_hours: i.vcpus * i.instances.max(0.0).ceil() * i.hours * 12.0,
        options,
    }
}
