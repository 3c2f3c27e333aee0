//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{Engine, LicInputs, Rates, Tier};
use calc_core::licensing::{oracle, sqlserver};
use calc_core::{format, ChoiceEnum, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Unit};

/// Every URL key, spelled once.
pub mod key {
    pub const ENGINE: &str = "engine";
    pub const EDITION: &str = "edition";
    pub const VCPUS: &str = "vcpus";
    pub const INSTANCES: &str = "instances";
    pub const HOURS: &str = "hours";
    pub const HT: &str = "ht";
    pub const SA: &str = "sa";
    pub const DISCOUNT: &str = "discount";
    pub const YEARS: &str = "years";
    pub const HOST_CORES: &str = "host_cores";
    pub const HOST_VCPUS: &str = "host_vcpus";
    pub const RDS_SQL_EE_LI: &str = "rds_sql_ee_li";
    pub const RDS_SQL_SE_LI: &str = "rds_sql_se_li";
    pub const EC2_WINDOWS: &str = "ec2_windows";
    pub const HOST_HOUR: &str = "host_hour";
    pub const RDS_ORA_SE2_LI: &str = "rds_ora_se2_li";
    pub const RDS_ORA_BYOL: &str = "rds_ora_byol";
    pub const AZURE_VM: &str = "azure_vm";
    pub const AZURE_SQL_EE: &str = "azure_sql_ee_core_month";
    pub const AZURE_SQL_SE: &str = "azure_sql_se_core_month";
    pub const OCI_EE_LI: &str = "oci_ee_li";
    pub const OCI_SE_LI: &str = "oci_se_li";
    pub const OCI_BYOL: &str = "oci_byol";
    pub const SQL_EE_PACK: &str = "sql_ee_pack";
    pub const SQL_SE_PACK: &str = "sql_se_pack";
    pub const SA_PCT: &str = "sa_pct";
    pub const ORA_EE_PROC: &str = "ora_ee_proc";
    pub const ORA_SE2_PROC: &str = "ora_se2_proc";
    pub const ORA_SUPPORT_PCT: &str = "ora_support_pct";
    pub const CORE_FACTOR: &str = "core_factor";
    pub const WIN_OWN: &str = "win_own";
    pub const WIN_DC_16: &str = "win_dc_16core";
    pub const EC2_WIN: &str = "ec2_win";
    pub const EC2_SQL_EE_LI: &str = "ec2_sql_ee_li";
    pub const EC2_SQL_SE_LI: &str = "ec2_sql_se_li";
    pub const AZURE_WIN: &str = "azure_win";
    pub const OCI_OCPUS_PER_LICENCE: &str = "oci_ocpus_per_licence";
}

pub const LICENCES: Unit = Unit::quantity("licences", 0, "licences");
pub const VCPUS: Unit = Unit::quantity("vCPUs", 0, "vCPUs");
pub const CORES: Unit = Unit::quantity("cores", 0, "cores");
pub const HOURS_MONTH: Unit = Unit::HOURS_PER_MONTH;
pub const USD_PER_VCPU_HOUR: Unit = Unit::rate("USD/vCPU-hour", "vCPU-hour");
pub const USD_PER_OCPU_HOUR: Unit = Unit::rate("USD/OCPU-hour", "OCPU-hour");
pub const USD_PER_HOST_HOUR: Unit = Unit::rate("USD/host-hour", "host-hour");
pub const USD_PER_CORE_MONTH: Unit = Unit::rate("USD/core-month", "core-month");
pub const USD_PER_PACK: Unit = Unit::money("USD/2-core pack");
pub const USD_PER_PROCESSOR: Unit = Unit::money("USD/processor");
pub const USD_PER_16_CORES: Unit = Unit::money("USD/16-core licence");

const FOOTPRINT: &str = "The database footprint";
const LICENCES_GROUP: &str = "Your licences";
const AWS: &str = "AWS prices";
const AZURE: &str = "Azure prices";
const OCI: &str = "OCI prices";

const fn price(
    key: &'static str,
    label: &'static str,
    unit: Unit,
    max: f64,
    step: f64,
    help_text: &'static str,
    group: &'static str,
) -> Field {
    Field {
        key,
        label,
        unit,
        kind: FieldKind::Price { price: key, min: 0.0, max, step },
        help: calc_core::prose!(help_text),
        group,
    }
}

pub static FIELDS: &[Field] = &[
    Field {
        key: key::ENGINE,
        label: "Database engine",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Engine::OPTIONS, default: "sqlserver" },
        help: calc_core::prose!("SQL Server is compared on AWS and Azure; Oracle on AWS, Azure and OCI."),
        group: FOOTPRINT,
    },
    Field {
        key: key::EDITION,
        label: "Edition",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Tier::OPTIONS, default: "ee" },
        help: calc_core::prose!("Enterprise, or the standard edition: SQL Server Standard (uses at most 24 vCPUs in SQL Server \
               2022, 32 in 2025) or Oracle Standard Edition 2 (at most 8 vCPUs per cloud instance)."),
        group: FOOTPRINT,
    },
    Field {
        key: key::VCPUS,
        label: "vCPUs per instance",
        unit: VCPUS,
        kind: FieldKind::Number { min: 1.0, max: 448.0, step: 1.0, default: 8.0 },
        help: calc_core::prose!("vCPUs of each database instance (an OCI instance of the same size has half as many OCPUs)."),
        group: FOOTPRINT,
    },
    Field {
        key: key::INSTANCES,
        label: "Instances",
        unit: Unit::COUNT,
        kind: FieldKind::Number { min: 1.0, max: 1000.0, step: 1.0, default: 2.0 },
        help: calc_core::prose!("Database instances of that size, including standbys that must be licensed."),
        group: FOOTPRINT,
    },
    Field {
        key: key::HOURS,
        label: "Hours a month",
        unit: HOURS_MONTH,
        kind: FieldKind::Number { min: 1.0, max: 744.0, step: 1.0, default: 730.0 },
        help: calc_core::prose!("Hours each instance runs in a month (730 = always on). Support and Software Assurance are \
               paid for the year whatever the hours."),
        group: FOOTPRINT,
    },
    Field {
        key: key::YEARS,
        label: "Horizon",
        unit: Unit::YEARS,
        kind: FieldKind::Integer { min: 1, max: 10, default: 3 },
        help: calc_core::prose!("Years over which the yearly difference is added up (prices held flat)."),
        group: FOOTPRINT,
    },
    Field {
        key: key::HT,
        label: "Hyper-threading on (Oracle)",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: true },
        help: calc_core::prose!("Oracle on AWS and Azure: 2 vCPUs count as 1 processor with hyper-threading, 1 vCPU as 1 without."),
        group: LICENCES_GROUP,
    },
    Field {
        key: key::SA,
        label: "SQL Server licences have Software Assurance",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: true },
        help: calc_core::prose!("Active Software Assurance (or subscriptions) gives License Mobility to AWS shared instances and \
               Azure Hybrid Benefit. Without it, licences may only go on dedicated hardware (EC2 Dedicated \
               Hosts), and only licences bought before 1 October 2019 for versions released before then."),
        group: LICENCES_GROUP,
    },
    Field {
        key: key::WIN_OWN,
        label: "You bring Windows Server licences (with Software Assurance)",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: false },
        help: calc_core::prose!("SQL Server on VMs runs on Windows Server. Off: every VM option pays the cloud's licence-included \
               Windows rate. On: Azure VMs (Azure Hybrid Benefit, at least 8 core licences per VM) and Dedicated \
               Hosts (every physical core, at least 16 per host) use your licences and pay their Software \
               Assurance instead; EC2 shared instances cannot take your Windows licences, and RDS includes Windows."),
        group: LICENCES_GROUP,
    },
    calc_core::licensing::oracle::oci_ratio_field(LICENCES_GROUP),
    Field {
        key: key::DISCOUNT,
        label: "Oracle discount off list",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 95.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!("Your negotiated Oracle discount; support is 22% of the net licence fee."),
        group: LICENCES_GROUP,
    },
    price(key::SQL_EE_PACK, "SQL Server Enterprise, 2-core pack", USD_PER_PACK, 200_000.0, 1.0,
        "List price of two Enterprise core licences; SA is a share of it.", LICENCES_GROUP),
    price(key::SQL_SE_PACK, "SQL Server Standard, 2-core pack", USD_PER_PACK, 100_000.0, 1.0,
        "List price of two Standard core licences.", LICENCES_GROUP),
    price(key::SA_PCT, "Software Assurance per year", Unit::PERCENT, 100.0, 1.0,
        "SA as a percentage of the licence price, paid every year BYOL keeps the licences.", LICENCES_GROUP),
    price(key::WIN_DC_16, "Windows Server Datacenter, 16-core licence", USD_PER_16_CORES, 100_000.0, 1.0,
        "List price; the Software Assurance on the Windows licences you bring is the same share of it as for SQL \
         Server.", LICENCES_GROUP),
    price(key::ORA_EE_PROC, "Oracle Enterprise Edition per processor", USD_PER_PROCESSOR, 500_000.0, 100.0,
        "List price per processor licence.", LICENCES_GROUP),
    price(key::ORA_SE2_PROC, "Oracle Standard Edition 2 per processor", USD_PER_PROCESSOR, 200_000.0, 100.0,
        "List price per processor (socket) licence.", LICENCES_GROUP),
    price(key::ORA_SUPPORT_PCT, "Oracle support per year", Unit::PERCENT, 100.0, 1.0,
        "Support as a percentage of the net licence fee, paid every year BYOL keeps the licences.", LICENCES_GROUP),
    Field {
        key: key::CORE_FACTOR,
        label: "Oracle core factor (on-premises comparison)",
        unit: Unit::MULTIPLIER,
        kind: FieldKind::Price { price: key::CORE_FACTOR, min: 0.25, max: 1.0, step: 0.25 },
        help: calc_core::prose!("Only for the on-premises comparison: 0.5 for Intel and AMD x86. It does not apply in AWS or Azure."),
        group: LICENCES_GROUP,
    },
    price(key::RDS_SQL_EE_LI, "RDS SQL Server Enterprise, licence-included", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your instance class's hourly rate ÷ its vCPUs.", AWS),
    price(key::RDS_SQL_SE_LI, "RDS SQL Server Standard, licence-included", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your instance class's hourly rate ÷ its vCPUs.", AWS),
    price(key::EC2_WINDOWS, "EC2 Windows compute without SQL Server", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your instance type's Windows rate ÷ its vCPUs: licence-free compute plus the Windows licence. Less the \
         Windows licence, it is the licence-free compute every EC2 option and the RDS comparison use.", AWS),
    price(key::EC2_WIN, "EC2 Windows Server licence, licence-included", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "What EC2 charges per vCPU-hour for Windows Server, on shared instances and Dedicated Hosts alike.", AWS),
    price(key::EC2_SQL_EE_LI, "EC2 Windows with SQL Server Enterprise, licence fee", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "EC2's licence-included fee per vCPU-hour for Windows Server with SQL Server Enterprise, on top of \
         licence-free compute.", AWS),
    price(key::EC2_SQL_SE_LI, "EC2 Windows with SQL Server Standard, licence fee", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "EC2's licence-included fee per vCPU-hour for Windows Server with SQL Server Standard.", AWS),
    Field {
        key: key::HOST_CORES,
        label: "Physical cores per Dedicated Host",
        unit: CORES,
        kind: FieldKind::Number { min: 1.0, max: 512.0, step: 1.0, default: 36.0 },
        help: calc_core::prose!("Every physical core of a Dedicated Host is licensed. c5 hosts: 36 cores; see your host family."),
        group: AWS,
    },
    Field {
        key: key::HOST_VCPUS,
        label: "vCPUs per Dedicated Host",
        unit: VCPUS,
        kind: FieldKind::Number { min: 1.0, max: 1024.0, step: 1.0, default: 72.0 },
        help: calc_core::prose!("How many instance vCPUs one host holds (c5: 72)."),
        group: AWS,
    },
    price(key::HOST_HOUR, "EC2 Dedicated Host", USD_PER_HOST_HOUR, 1000.0, 0.001,
        "On-demand price of one host of your family.", AWS),
    price(key::RDS_ORA_SE2_LI, "RDS Oracle Standard Edition 2, licence-included", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your instance class's hourly rate ÷ its vCPUs.", AWS),
    price(key::RDS_ORA_BYOL, "RDS Oracle, bring-your-own-licence", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your instance class's hourly rate ÷ its vCPUs.", AWS),
    price(key::AZURE_VM, "Azure VM compute", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "Your VM size's hourly rate without SQL Server ÷ its vCPUs.", AZURE),
    price(key::AZURE_WIN, "Azure Windows Server licence on VMs", USD_PER_VCPU_HOUR, 100.0, 0.001,
        "A Windows VM's rate less the same VM's Linux rate, per vCPU-hour.", AZURE),
    price(key::AZURE_SQL_EE, "SQL Server Enterprise licence on Azure VMs", USD_PER_CORE_MONTH, 10_000.0, 1.0,
        "Pay-as-you-go licence per core a month (at least 4 cores per VM).", AZURE),
    price(key::AZURE_SQL_SE, "SQL Server Standard licence on Azure VMs", USD_PER_CORE_MONTH, 10_000.0, 1.0,
        "Pay-as-you-go licence per core a month (at least 4 cores per VM).", AZURE),
    price(key::OCI_EE_LI, "OCI Base Database Enterprise, licence-included", USD_PER_OCPU_HOUR, 100.0, 0.0001,
        "Per OCPU-hour (1 OCPU = 2 vCPUs on x86).", OCI),
    price(key::OCI_SE_LI, "OCI Base Database Standard, licence-included", USD_PER_OCPU_HOUR, 100.0, 0.0001,
        "Per OCPU-hour.", OCI),
    price(key::OCI_BYOL, "OCI Base Database, bring-your-own-licence", USD_PER_OCPU_HOUR, 100.0, 0.0001,
        "The baseline OCPU rate BYOL still pays for the service.", OCI),
];

/// The model's inputs, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: LicInputs,
    pub engine_label: &'static str,
    /// (field key, the price's label, its unit, value, provenance) for the prices this engine uses.
    pub prices: Vec<(&'static str, &'static str, Unit, f64, Provenance)>,
}

pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let engine: Engine = inputs.pick(key::ENGINE);
    let tier: Tier = inputs.pick(key::EDITION);
    let vcpus = inputs.num(key::VCPUS);
    match (engine, tier) {
        (Engine::Oracle, Tier::Standard) if vcpus > oracle::SE2_MAX_VCPUS => {
            return Err(vec![FieldError::new(
                key::VCPUS,
                &format::plain(vcpus),
                format!(
                    "Oracle Standard Edition 2 may run on cloud instances of at most {} vCPUs; a larger \
                     instance needs Enterprise Edition",
                    format::count(oracle::SE2_MAX_VCPUS)
                ),
            )]);
        }
        (Engine::SqlServer, Tier::Standard) if vcpus > sqlserver::STANDARD_MAX_VCPUS => {
            return Err(vec![FieldError::new(
                key::VCPUS,
                &format::plain(vcpus),
                format!(
                    "SQL Server Standard uses at most {} vCPUs of an instance (SQL Server 2025; 24 in 2022), \
                     but every vCPU must be licensed: choose Enterprise or a smaller instance",
                    format::count(sqlserver::STANDARD_MAX_VCPUS)
                ),
            )]);
        }
        _ => {}
    }
    let win_own = inputs.flag(key::WIN_OWN);
    let mut used: Vec<&'static str> = match (engine, tier) {
        (Engine::SqlServer, Tier::Enterprise) => vec![
            key::RDS_SQL_EE_LI,
            key::EC2_WINDOWS,
            key::EC2_WIN,
            key::EC2_SQL_EE_LI,
            key::HOST_HOUR,
            key::AZURE_VM,
            key::AZURE_WIN,
            key::AZURE_SQL_EE,
            key::SQL_EE_PACK,
            key::SA_PCT,
        ],
        (Engine::SqlServer, Tier::Standard) => vec![
            key::RDS_SQL_SE_LI,
            key::EC2_WINDOWS,
            key::EC2_WIN,
            key::EC2_SQL_SE_LI,
            key::HOST_HOUR,
            key::AZURE_VM,
            key::AZURE_WIN,
            key::AZURE_SQL_SE,
            key::SQL_SE_PACK,
            key::SA_PCT,
        ],
        (Engine::Oracle, Tier::Enterprise) => vec![
            key::RDS_ORA_BYOL,
            key::AZURE_VM,
            key::OCI_EE_LI,
            key::OCI_BYOL,
            key::ORA_EE_PROC,
            key::ORA_SUPPORT_PCT,
            key::CORE_FACTOR,
        ],
        (Engine::Oracle, Tier::Standard) => vec![
            key::RDS_ORA_SE2_LI,
            key::RDS_ORA_BYOL,
            key::AZURE_VM,
            key::OCI_SE_LI,
            key::OCI_BYOL,
            key::ORA_SE2_PROC,
            key::ORA_SUPPORT_PCT,
        ],
    };
    if engine == Engine::SqlServer && win_own {
        used.push(key::WIN_DC_16);
    }
    let label_of = |k: &str| FIELDS.iter().find(|f| f.key == k).map(|f| (f.label, f.unit)).expect("declared");
    let price_list = used
        .iter()
        .map(|&k| {
            let v = inputs.num(k);
            let (label, unit) = label_of(k);
            (k, label, unit, v, prices.provenance(k, v))
        })
        .collect();
    let n = |k: &str| inputs.num(k);
    let (sql_li, sql_ec2, sql_lic, sql_pack) = match tier {
        Tier::Enterprise => (key::RDS_SQL_EE_LI, key::EC2_SQL_EE_LI, key::AZURE_SQL_EE, key::SQL_EE_PACK),
        Tier::Standard => (key::RDS_SQL_SE_LI, key::EC2_SQL_SE_LI, key::AZURE_SQL_SE, key::SQL_SE_PACK),
    };
    let rates = match engine {
        Engine::SqlServer => Rates {
            rds_li: n(sql_li),
            aws_compute: n(key::EC2_WINDOWS),
            ec2_win: n(key::EC2_WIN),
            ec2_sql_li: n(sql_ec2),
            host_hour: n(key::HOST_HOUR),
            azure_vm: n(key::AZURE_VM),
            azure_win: n(key::AZURE_WIN),
            azure_licence_core_month: n(sql_lic),
            oci_li: 0.0,
            oci_byol: 0.0,
            licence_price: n(sql_pack) / sqlserver::PACK_CORES,
            support_pct: n(key::SA_PCT),
            discount_pct: 0.0,
            core_factor: n(key::CORE_FACTOR),
            win_core_price: n(key::WIN_DC_16) / 16.0,
        },
        Engine::Oracle => Rates {
            rds_li: n(key::RDS_ORA_SE2_LI),
            aws_compute: n(key::RDS_ORA_BYOL),
            ec2_win: 0.0,
            ec2_sql_li: 0.0,
            host_hour: n(key::HOST_HOUR),
            azure_vm: n(key::AZURE_VM),
            azure_win: 0.0,
            azure_licence_core_month: 0.0,
            oci_li: match tier {
                Tier::Enterprise => n(key::OCI_EE_LI),
                Tier::Standard => n(key::OCI_SE_LI),
            },
            oci_byol: n(key::OCI_BYOL),
            licence_price: match tier {
                Tier::Enterprise => n(key::ORA_EE_PROC),
                Tier::Standard => n(key::ORA_SE2_PROC),
            },
            support_pct: n(key::ORA_SUPPORT_PCT),
            discount_pct: n(key::DISCOUNT),
            core_factor: n(key::CORE_FACTOR),
            win_core_price: 0.0,
        },
    };
    Ok(Read {
        model: LicInputs {
            engine,
            tier,
            vcpus,
            instances: inputs.num(key::INSTANCES),
            hours: inputs.num(key::HOURS),
            ht: inputs.flag(key::HT),
            sa: inputs.flag(key::SA),
            win_own: engine == Engine::SqlServer && win_own,
            host_cores: inputs.num(key::HOST_CORES),
            host_vcpus: inputs.num(key::HOST_VCPUS),
            oci_ocpus_per_licence: inputs.num(key::OCI_OCPUS_PER_LICENCE),
            years: inputs.num(key::YEARS) as u32,
            rates,
        },
        engine_label: engine.label(),
        prices: price_list,
    })
}
