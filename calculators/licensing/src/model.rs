//! The pure model: each way of running the footprint (licence-included or bring your own
//! licences, on AWS, Azure or OCI), its annual compute, Windows Server, licence component,
//! licences needed and the support or Software Assurance BYOL keeps paying. Numbers and enums
//! only; the licence counting rules are `calc_core::licensing`.

use calc_core::licensing::oracle::{self, Platform};
use calc_core::licensing::sqlserver::{self, HostBasis};

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

/// The ways to run the footprint. Which exist depends on the engine: SQL Server has `RdsLi`,
/// `Ec2Li`, `AzureLi`, `AwsByol`, `DedicatedHost` and `AzureByol`; Oracle `RdsLi`, `OciLi`,
/// `AwsByol`, `AzureByol` and `OciByol`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    /// Amazon RDS, licence-included.
    RdsLi,
    /// SQL Server: EC2 shared tenancy, Windows with SQL Server licence-included.
    Ec2Li,
    /// SQL Server: EC2 shared tenancy with License Mobility. Oracle: RDS bring-your-own-licence.
    AwsByol,
    /// SQL Server on EC2 Dedicated Hosts, your licences (per VM or per physical core).
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
                &[Opt::RdsLi, Opt::Ec2Li, Opt::AzureLi, Opt::AwsByol, Opt::DedicatedHost, Opt::AzureByol]
            }
            Engine::Oracle => &[Opt::RdsLi, Opt::OciLi, Opt::AwsByol, Opt::AzureByol, Opt::OciByol],
        }
    }

    pub fn licence_included(self) -> bool {
        matches!(self, Opt::RdsLi | Opt::Ec2Li | Opt::AzureLi | Opt::OciLi)
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
    /// SQL Server: EC2 Windows compute (licence-free compute + the Windows licence) per
    /// vCPU-hour. Oracle: RDS bring-your-own-licence per vCPU-hour.
    pub aws_compute: f64,
    /// EC2 Windows Server licence-included fee per vCPU-hour (shared tenancy and Dedicated
    /// Hosts alike).
    pub ec2_win: f64,
    /// EC2 "Windows Server with SQL Server" licence-included fee per vCPU-hour, for the edition
    /// (it includes the Windows licence).
    pub ec2_sql_li: f64,
    pub host_hour: f64,
    pub azure_vm: f64,
    /// Azure Windows Server licence per vCPU-hour (the Windows VM rate less the Linux rate).
    pub azure_win: f64,
    /// SQL Server pay-as-you-go licence on Azure VMs, per core-month.
    pub azure_licence_core_month: f64,
    /// OCI licence-included and BYOL per OCPU-hour.
    pub oci_li: f64,
    pub oci_byol: f64,
    /// SQL Server: price of one core licence (half a 2-core pack). Oracle: per processor.
    pub licence_price: f64,
    /// SA (SQL Server, and Windows Server you bring) or support (Oracle) per year, % of the
    /// licence price.
    pub support_pct: f64,
    /// Oracle only: discount off list, %, which support is charged on.
    pub discount_pct: f64,
    pub core_factor: f64,
    /// Windows Server Datacenter, price of one core licence (a 16-core licence ÷ 16).
    pub win_core_price: f64,
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
    /// SQL Server: you bring Windows Server licences (with Software Assurance).
    pub win_own: bool,
    pub host_cores: f64,
    pub host_vcpus: f64,
    /// Oracle on OCI: OCPUs one processor licence covers (1 conservative, 2 the other reading).
    pub oci_ocpus_per_licence: f64,
    pub years: u32,
    pub rates: Rates,
}

/// One option's costs for a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Costed {
    pub opt: Opt,
    pub unavailable: Option<Unavailable>,
    /// Licence-free compute: instances, Dedicated Hosts or OCI's base OCPU rate (for
    /// licence-included options: the same hours at the licence-free rate).
    pub compute: f64,
    /// Windows Server a year: the licence-included charge, or Software Assurance on the
    /// Windows licences you bring. 0 where it is inside the rate (RDS) or not needed (Oracle).
    pub windows: f64,
    /// Licence-included options: what the rate charges for the database licence above
    /// licence-free compute and Windows.
    pub licence_component: f64,
    /// Database licences you must own (BYOL options; 0 for licence-included): core licences
    /// in whole 2-core packs (SQL Server) or processor licences (Oracle).
    pub licences: f64,
    /// SQL Server: core licences assigned to the VMs or hosts before rounding to packs.
    pub assigned: f64,
    /// SQL Server on Dedicated Hosts: licensed per VM or per physical core.
    pub basis: Option<HostBasis>,
    /// Windows Server core licences you bring for this option (0 if none are used).
    pub windows_licences: f64,
    /// SA or support on the database licences a year.
    pub support: f64,
    pub total: f64,
    /// Dedicated Hosts for `DedicatedHost`; OCPUs for OCI options; else 0.
    pub units: f64,
}

impl Costed {
    pub fn available(&self) -> bool {
        self.unavailable.is_none()
    }

    /// What the option pays for licences a year: Windows, the licence component of the rate,
    /// and SA or support.
    pub fn licence_costs(&self) -> f64 {
        self.windows + self.licence_component + self.support
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LicResult {
    pub options: Vec<Costed>,
    /// Index in `options` of the cheapest available option overall: the recommended plan.
    pub best: Option<usize>,
    /// Index in `options` of the cheapest available licence-included and BYOL options.
    pub best_li: Option<usize>,
    pub best_byol: Option<usize>,
    /// The cheapest option of the other licence model than the recommended plan.
    pub alternative: Option<usize>,
    pub li_annual: f64,
    pub byol_annual: f64,
    /// What the recommended plan saves a year against the alternative (never negative).
    pub annual_saving: f64,
    pub horizon_saving: f64,
    /// The recommended plan a year and over the horizon.
    pub plan_annual: f64,
    pub plan_horizon: f64,
    /// The recommended plan's licence costs ÷ its total.
    pub licence_share: f64,
    /// RDS licence-included: its licence component ÷ its licence-free compute (the post's "3x to 5x").
    pub licence_multiple: Option<f64>,
    /// Oracle Enterprise: the processor licences the same physical cores need on-premises
    /// with the core factor (vCPUs ÷ 2 cores with hyper-threading).
    pub onprem_licences: Option<f64>,
    /// vCPU-hours a year across all instances.
    pub vcpu_hours: f64,
}

/// Hours in an average month: Azure's per-month licence meters are spread over it.
pub const MONTH_HOURS: f64 = 730.0;

/// Hours in a year (365 days): an instance cannot run more, whatever "hours a month" says (a
/// 744-hour month is a 31-day month, not a twelfth of a year).
pub const YEAR_HOURS: f64 = 8760.0;

/// Windows Server: at least 8 core licences per VM (Azure Hybrid Benefit) and at least 16 per
/// physical server (every physical core licensed).
pub const WIN_MIN_CORES_PER_VM: f64 = 8.0;
pub const WIN_MIN_CORES_PER_SERVER: f64 = 16.0;

impl LicInputs {
    fn n(&self) -> f64 {
        self.instances.max(0.0).ceil()
    }

    /// Hours each instance runs a year, at most a year's 8,760.
    pub fn year_hours(&self) -> f64 {
        (self.hours.max(0.0) * 12.0).min(YEAR_HOURS)
    }

    /// SQL Server on AWS: licence-free EC2 compute per vCPU-hour (the Windows rate less the
    /// Windows licence).
    pub fn ec2_free(&self) -> f64 {
        (self.rates.aws_compute - self.rates.ec2_win).max(0.0)
    }

    /// Software Assurance a year on one Windows Server core licence you bring.
    pub fn win_sa_per_core(&self) -> f64 {
        self.rates.win_core_price * self.rates.support_pct / 100.0
    }

    /// SA or support a year on one database licence.
    pub fn upkeep_per_licence(&self) -> f64 {
        let r = &self.rates;
        match self.engine {
            Engine::SqlServer => r.licence_price * r.support_pct / 100.0,
            Engine::Oracle => r.licence_price * (1.0 - r.discount_pct / 100.0) * r.support_pct / 100.0,
        }
    }
}

/// Dedicated Hosts needed to hold every instance: an instance runs on one host, so each host
/// holds the whole instances that fit in its vCPUs (72 ÷ 40 = 1 instance of 40 vCPUs, not 1.8),
/// and the hosts are whole: instances ÷ instances per host, rounded up.
pub fn hosts(i: &LicInputs) -> f64 {
    if i.host_vcpus <= 0.0 || i.vcpus <= 0.0 || i.vcpus > i.host_vcpus {
        return 0.0;
    }
    let per_host = (i.host_vcpus / i.vcpus + 1e-9).floor().max(1.0);
    (i.n() / per_host - 1e-9).ceil().max(0.0)
}

/// Whether SQL Server may be licensed by the hosts' physical cores: Enterprise Edition only
/// (Standard licensed per physical core covers the physical OS only, so VMs are licensed one
/// by one), and without SA only for as many VMs per host as the host has core licences.
pub fn physical_core_licensing_allowed(i: &LicInputs) -> bool {
    if i.tier != Tier::Enterprise {
        return false;
    }
    let h = hosts(i);
    i.sa || (h > 0.0 && (i.n() / h).ceil() <= i.host_cores.max(sqlserver::MIN_CORES).ceil())
}

/// The licences one BYOL option needs (SQL Server: core licences in whole 2-core packs, and
/// how a Dedicated Host is licensed; Oracle: processor licences), or why it cannot be used.
pub fn licences(i: &LicInputs, opt: Opt) -> Result<(f64, Option<HostBasis>), Unavailable> {
    let n = i.n();
    match i.engine {
        Engine::SqlServer => match opt {
            Opt::DedicatedHost => {
                if i.vcpus > i.host_vcpus {
                    return Err(Unavailable::LargerThanHost);
                }
                let (l, basis) = sqlserver::for_dedicated_hosts(
                    i.vcpus,
                    n,
                    i.host_cores,
                    hosts(i),
                    physical_core_licensing_allowed(i),
                );
                Ok((l, Some(basis)))
            }
            Opt::AwsByol | Opt::AzureByol if !i.sa => Err(Unavailable::NeedsSa),
            _ => Ok((sqlserver::for_vms(i.vcpus, n), None)),
        },
        Engine::Oracle => {
            let edition = match i.tier {
                Tier::Enterprise => oracle::Edition::Enterprise,
                Tier::Standard => oracle::Edition::StandardTwo,
            };
            if edition == oracle::Edition::StandardTwo && i.vcpus > oracle::SE2_MAX_VCPUS {
                // `fields::read` refuses the scenario before the model runs; kept for direct callers.
                return Err(Unavailable::EditionLimit);
            }
            let per = match opt {
                Opt::OciLi | Opt::OciByol => {
                    oracle::oci_processor_licences(oracle::ocpus_for_vcpus(i.vcpus), i.oci_ocpus_per_licence)
                }
                _ => {
                    let platform = if opt == Opt::AzureByol { Platform::Azure } else { Platform::Aws };
                    oracle::processor_licences(edition, platform, i.vcpus, i.ht, i.rates.core_factor)
                        .map_err(|_| Unavailable::EditionLimit)?
                }
            };
            Ok((per * n, None))
        }
    }
}

/// Windows Server core licences you bring for an option that can use them: Azure VMs (Azure
/// Hybrid Benefit: every vCPU, at least 8 per VM) and Dedicated Hosts (Datacenter: every
/// physical core, at least 16 per host), in 2-core packs bought for the total. `None`: the
/// option cannot use your Windows licences (EC2 shared tenancy) or includes Windows (RDS).
pub fn windows_licences(i: &LicInputs, opt: Opt) -> Option<f64> {
    if !i.win_own || i.engine != Engine::SqlServer {
        return None;
    }
    match opt {
        Opt::AzureLi | Opt::AzureByol => {
            Some(sqlserver::round_to_packs(i.vcpus.max(WIN_MIN_CORES_PER_VM).ceil() * i.n()))
        }
        Opt::DedicatedHost => {
            Some(sqlserver::round_to_packs(i.host_cores.max(WIN_MIN_CORES_PER_SERVER).ceil() * hosts(i)))
        }
        _ => None,
    }
}

fn cost(i: &LicInputs, opt: Opt) -> Costed {
    let r = &i.rates;
    let n = i.n();
    let year_hours = i.year_hours();
    let vcpu_hours = i.vcpus * n * year_hours;
    let ocpus = oracle::ocpus_for_vcpus(i.vcpus) * n;
    let ocpu_hours = ocpus * year_hours;
    let mut unavailable = None;
    if opt == Opt::RdsLi && i.engine == Engine::Oracle && i.tier == Tier::Enterprise {
        unavailable = Some(Unavailable::OracleEeNotLicenceIncludedOnRds);
    }
    let (licences, basis) = if opt.licence_included() {
        (0.0, None)
    } else {
        match licences(i, opt) {
            Ok(l) => l,
            Err(u) => {
                unavailable = Some(u);
                (0.0, None)
            }
        }
    };
    let assigned = match (i.engine, basis) {
        (Engine::SqlServer, Some(HostBasis::PhysicalCores)) => {
            i.host_cores.max(sqlserver::MIN_CORES).ceil() * hosts(i)
        }
        (Engine::SqlServer, _) if !opt.licence_included() && licences > 0.0 => {
            sqlserver::assigned_for_vms(i.vcpus, n)
        }
        _ => licences,
    };
    // Windows Server (SQL Server on VMs): your licences where the option can use them, else
    // the cloud's licence-included charge per vCPU-hour. RDS includes it in its rate.
    let own_windows = windows_licences(i, opt);
    let windows = match (i.engine, opt) {
        (Engine::Oracle, _) | (_, Opt::RdsLi) => 0.0,
        _ => match own_windows {
            Some(cores) => cores * i.win_sa_per_core(),
            None => {
                let per_vcpu_hour = match opt {
                    Opt::AzureLi | Opt::AzureByol => r.azure_win,
                    _ => r.ec2_win,
                };
                vcpu_hours * per_vcpu_hour
            }
        },
    };
    let (compute, licence_component, units) = match (i.engine, opt) {
        (Engine::SqlServer, Opt::RdsLi) => {
            let free = vcpu_hours * i.ec2_free();
            (free, vcpu_hours * r.rds_li - free, 0.0)
        }
        (Engine::Oracle, Opt::RdsLi) => {
            (vcpu_hours * r.aws_compute, vcpu_hours * (r.rds_li - r.aws_compute), 0.0)
        }
        // AWS's SQL Server fee per vCPU-hour, for at least 4 vCPUs per instance (SQL Server's
        // per-VM minimum; Windows is per vCPU).
        (_, Opt::Ec2Li) => {
            let sql_vcpu_hours = i.vcpus.max(sqlserver::MIN_CORES) * n * year_hours;
            (vcpu_hours * i.ec2_free(), sql_vcpu_hours * (r.ec2_sql_li - r.ec2_win).max(0.0), 0.0)
        }
        (Engine::SqlServer, Opt::AwsByol) => (vcpu_hours * i.ec2_free(), 0.0, 0.0),
        (Engine::Oracle, Opt::AwsByol) => (vcpu_hours * r.aws_compute, 0.0, 0.0),
        (_, Opt::DedicatedHost) => {
            let h = hosts(i);
            (h * r.host_hour * year_hours, 0.0, h)
        }
        (_, Opt::AzureLi) => {
            let cores = i.vcpus.max(sqlserver::MIN_CORES) * n;
            let months = year_hours / MONTH_HOURS;
            (vcpu_hours * r.azure_vm, cores * r.azure_licence_core_month * months, 0.0)
        }
        (_, Opt::AzureByol) => (vcpu_hours * r.azure_vm, 0.0, 0.0),
        (_, Opt::OciLi) => (ocpu_hours * r.oci_byol, ocpu_hours * (r.oci_li - r.oci_byol), ocpus),
        (_, Opt::OciByol) => (ocpu_hours * r.oci_byol, 0.0, ocpus),
    };
    let support = if opt.licence_included() {
        0.0
    } else {
        match i.engine {
            // SA is paid on the licences the option needs, if they have it; licences without
            // SA (Dedicated Hosts only) cost nothing more a year.
            Engine::SqlServer if i.sa => licences * i.upkeep_per_licence(),
            Engine::SqlServer => 0.0,
            Engine::Oracle => licences * i.upkeep_per_licence(),
        }
    };
    let total = compute + windows + licence_component + support;
    Costed {
        opt,
        unavailable,
        compute,
        windows,
        licence_component,
        licences,
        assigned,
        basis,
        windows_licences: own_windows.unwrap_or(0.0),
        support,
        total,
        units,
    }
}

fn cheapest(options: &[Costed], filter: impl Fn(&Costed) -> bool) -> Option<usize> {
    options
        .iter()
        .enumerate()
        .filter(|(_, c)| c.available() && filter(c))
        .min_by(|a, b| a.1.total.total_cmp(&b.1.total))
        .map(|(k, _)| k)
}

pub fn compute(i: &LicInputs) -> LicResult {
    let options: Vec<Costed> = Opt::for_engine(i.engine).iter().map(|&o| cost(i, o)).collect();
    let best_li = cheapest(&options, |c| c.opt.licence_included());
    let best_byol = cheapest(&options, |c| !c.opt.licence_included());
    // The recommended plan is the cheapest the calculator prices; a tie stays licence-included.
    let best = match (best_li, best_byol) {
        (Some(l), Some(b)) => Some(if options[b].total < options[l].total { b } else { l }),
        (l, b) => l.or(b),
    };
    let alternative = match best {
        Some(k) if Some(k) == best_li => best_byol,
        Some(_) => best_li,
        None => None,
    };
    let total_of = |k: Option<usize>| k.map_or(0.0, |k| options[k].total);
    let plan_annual = total_of(best);
    let annual_saving = match (best, alternative) {
        (Some(_), Some(a)) => (options[a].total - plan_annual).max(0.0),
        _ => 0.0,
    };
    let licence_share = best.map_or(0.0, |k| {
        let c = &options[k];
        if c.total > 0.0 {
            c.licence_costs() / c.total
        } else {
            0.0
        }
    });
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
        per * i.n()
    });
    let years = f64::from(i.years);
    LicResult {
        best,
        best_li,
        best_byol,
        alternative,
        li_annual: total_of(best_li),
        byol_annual: total_of(best_byol),
        annual_saving,
        horizon_saving: annual_saving * years,
        plan_annual,
        plan_horizon: plan_annual * years,
        licence_share,
        licence_multiple,
        onprem_licences,
        vcpu_hours: i.vcpus * i.n() * i.year_hours(),
        options,
    }
}
