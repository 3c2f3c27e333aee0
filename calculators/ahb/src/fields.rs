//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{licence_included_rate, Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::{
    format, Choice, ChoiceEnum, Date, Field, FieldError, FieldKind, Inputs, Price, PriceSheet, Provenance,
    Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const SERVICE: &str = "service";
    pub const REGION: &str = "region";
    pub const MODEL: &str = "model";
    pub const TIER: &str = "tier";
    pub const EDITION: &str = "edition";
    pub const VCORES: &str = "vcores";
    pub const INSTANCES: &str = "instances";
    pub const HOURS: &str = "hours";
    pub const CORES_OWNED: &str = "cores_owned";
    pub const ACQUIRE: &str = "acquire";
    pub const LI_VCORE_HOUR: &str = "li_vcore_hour";
    pub const BASE_VCORE_HOUR: &str = "base_vcore_hour";
    pub const LICENSE_2CORE: &str = "license_2core";
    pub const SA_PCT: &str = "sa_pct";
    pub const SUBSCRIPTION_2CORE_YEAR: &str = "subscription_2core_year";
    pub const SA_INCREASE: &str = "sa_increase";
    pub const YEARS: &str = "years";
    pub const SA_RENEWED_ANYWAY: &str = "sa_renewed_anyway";
    pub const START: &str = "start";
}

pub const USD_PER_VCORE_HOUR: Unit = Unit::rate("USD/vCore-hour", "vCore-hour");
pub const USD_PER_PACK: Unit = Unit::money("USD/2-core pack");
pub const USD_PER_PACK_YEAR: Unit = Unit::money("USD/2-core pack/year");
pub const CORES: Unit = Unit::quantity("cores", 0, "cores");
pub const VCORES: Unit = Unit::quantity("vCores", 0, "vCores");

pub const PRICE_SA_PCT: &str = "sa_pct";
const PRICE_DERIVED: &str = "the price sheet for the chosen service, tier, edition and region";

/// The regions the price sheet prices compute in, in its order (`SHEET_REGIONS`, the default
/// first; a test checks they are the same), each named as a reader knows it and as Azure spells
/// it, with the services the sheet has compute prices for there when it is not all of them.
pub static REGION_CHOICES: &[Choice] = &[
    Choice { key: "eastus", label: "East US (eastus)" },
    Choice { key: "westus3", label: "West US 3 (westus3), SQL Database only" },
    Choice { key: "westeurope", label: "West Europe (westeurope), Managed Instance only" },
];

/// "East US (eastus)" for `eastus`: the choice's label without what it covers.
pub fn region_name(code: &str) -> &str {
    REGION_CHOICES
        .iter()
        .find(|c| c.key == code)
        .map_or(code, |c| c.label.split(", ").next().unwrap_or(c.label))
}

/// The sheet's entry for `key` in `region`, or its only entry when the price has no region (the
/// Global SQL licence meters, licence packs, SA and subscriptions).
pub fn regional(prices: &PriceSheet, key: &str, region: &str) -> Option<&'static Price> {
    prices.find_in(key, region).or_else(|| prices.find(key).filter(|p| p.region.is_none()))
}

/// Whether a sheet price is another region's figure standing in for this one (its note says so).
pub fn stands_in(price: &Price) -> bool {
    price.proxy
}

pub static FIELDS: &[Field] = &[
    Field {
        key: key::SERVICE,
        label: "Azure service",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Service::OPTIONS, default: "sqldb" },
        help: calc_core::prose!("Where the SQL Server workload runs. AHB applies to all three."),
        group: "Workload",
    },
    Field {
        key: key::REGION,
        label: "Azure region",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: REGION_CHOICES, default: crate::SHEET_DEFAULT_REGION },
        help: calc_core::prose!(
            "Where it runs: the compute (AHB) price per vCore-hour is the price list's for this region. \
               The SQL licence meters are Global, so the saving per vCore is the same everywhere. The \
               list prices Azure SQL Database in East US and West US 3, Managed Instance in East US \
               (West Europe's figure standing in) and West Europe, and VMs in East US; elsewhere, enter \
               the AHB (base) price under Prices."
        ),
        group: "Workload",
    },
    Field {
        key: key::MODEL,
        label: "Purchasing model",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: PurchaseModel::OPTIONS, default: "vcore" },
        help: calc_core::prose!(
            "Azure SQL Database only. DTU databases cannot use AHB: they must move to vCore first."
        ),
        group: "Workload",
    },
    Field {
        key: key::TIER,
        label: "Service tier",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Tier::OPTIONS, default: "gp" },
        help: calc_core::prose!(
            "Sets how many vCores one core licence covers. Managed Instance has no Hyperscale; \
               ignored for VMs."
        ),
        group: "Workload",
    },
    Field {
        key: key::EDITION,
        label: "Licence edition",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Edition::OPTIONS, default: "ee" },
        help: calc_core::prose!(
            "Edition of the SQL Server core licences you assign (and, on VMs, the edition you run)."
        ),
        group: "Workload",
    },
    Field {
        key: key::VCORES,
        label: "vCores per instance (vCPUs per VM)",
        unit: VCORES,
        kind: FieldKind::Integer { min: 1, max: 10_000, default: 16 },
        help: calc_core::prose!(
            "Provisioned vCores of each database (at least 2) or managed instance (at least 4); \
               for VMs, vCPUs of each VM."
        ),
        group: "Workload",
    },
    Field {
        key: key::INSTANCES,
        label: "Instances",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 1_000, default: 1 },
        help: calc_core::prose!("Number of identical databases, managed instances or VMs."),
        group: "Workload",
    },
    Field {
        key: key::HOURS,
        label: "Hours running per month",
        unit: Unit::HOURS_PER_MONTH,
        kind: FieldKind::Number { min: 1.0, max: 744.0, step: 1.0, default: 730.0 },
        help: calc_core::prose!("730 is Azure's billing month (always on)."),
        group: "Workload",
    },
    Field {
        key: key::CORES_OWNED,
        label: "Core licences with active SA already available",
        unit: CORES,
        kind: FieldKind::Integer { min: 0, max: 100_000, default: 0 },
        help: calc_core::prose!(
            "Cores you own with active Software Assurance (or subscription) that are not \
               assigned elsewhere. This year's SA is already paid; keeping it at each renewal is \
               a cost of AHB unless you would renew it anyway."
        ),
        group: "Licences",
    },
    Field {
        key: key::SA_RENEWED_ANYWAY,
        label: "We would renew SA on those cores anyway",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: false },
        help: calc_core::prose!(
            "Tick if the on-premises servers keep needing these licences with SA, so their SA \
               renewals are not a cost of using them in Azure. Left unticked, each renewal after \
               the 180-day dual-use window counts against AHB."
        ),
        group: "Licences",
    },
    Field {
        key: key::ACQUIRE,
        label: "How to get the remaining cores",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Acquire::OPTIONS, default: "subscription" },
        help: calc_core::prose!(
            "Licences are paid at month 0; SA and subscriptions yearly in advance. SA is sold \
               with a licence or at renewal, so the first option is for SA you would otherwise \
               let lapse."
        ),
        group: "Licences",
    },
    Field {
        key: key::LI_VCORE_HOUR,
        label: "Licence-included price",
        unit: USD_PER_VCORE_HOUR,
        kind: FieldKind::Auto { min: 0.0001, max: 100.0, step: 0.0001, derived_from: PRICE_DERIVED },
        help: calc_core::prose!(
            "Pay-as-you-go price per vCore-hour, compute plus SQL licence. On VMs: the VM's \
               licence-included hourly rate ÷ its vCPUs (Azure bills the SQL licence of a 1–4 \
               vCPU VM as one 4-core band). Empty: from the price sheet."
        ),
        group: "Prices",
    },
    Field {
        key: key::BASE_VCORE_HOUR,
        label: "AHB (base) price",
        unit: USD_PER_VCORE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 100.0, step: 0.0001, derived_from: PRICE_DERIVED },
        help: calc_core::prose!(
            "Price per vCore-hour with AHB applied (compute only). Empty: from the price sheet."
        ),
        group: "Prices",
    },
    Field {
        key: key::LICENSE_2CORE,
        label: "Licence price per 2-core pack",
        unit: USD_PER_PACK,
        kind: FieldKind::Auto { min: 0.0, max: 1_000_000.0, step: 1.0, derived_from: PRICE_DERIVED },
        help: calc_core::prose!(
            "SQL Server core licence, 2-core pack. Empty: the SQL Server 2022 list price for the \
               edition (no dated public source confirms the 2025 list prices; type your quote). SA is \
               priced as a share of it."
        ),
        group: "Prices",
    },
    Field {
        key: key::SA_PCT,
        label: "Software Assurance per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_SA_PCT, min: 0.0, max: 100.0, step: 1.0 },
        help: calc_core::prose!("Yearly SA as a percentage of the licence price."),
        group: "Prices",
    },
    Field {
        key: key::SUBSCRIPTION_2CORE_YEAR,
        label: "Subscription per 2 cores per year",
        unit: USD_PER_PACK_YEAR,
        kind: FieldKind::Auto { min: 0.0, max: 1_000_000.0, step: 1.0, derived_from: PRICE_DERIVED },
        help: calc_core::prose!(
            "SQL Server subscription price. Empty: the list price quoted for SQL Server 2022 for \
               the edition (not confirmed for 2025; type your quote)."
        ),
        group: "Prices",
    },
    Field {
        key: key::SA_INCREASE,
        label: "Renewal increase per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 50.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!(
            "Yearly increase of SA or subscription renewals (typically 10–15% is cited). \
               The result also shows the range 0–15%."
        ),
        group: "Prices",
    },
    Field {
        key: key::YEARS,
        label: "Horizon",
        unit: Unit::YEARS,
        kind: FieldKind::Integer { min: 1, max: 10, default: 3 },
        help: calc_core::prose!(
            "Years over which savings and costs are compared. Renewals are bought only inside \
               it, and only while the year they pay for saves more than they cost; the break-even \
               must fall inside it."
        ),
        group: "Horizon",
    },
    Field {
        key: key::START,
        label: "Starting",
        unit: Unit::TEXT,
        kind: FieldKind::Date {
            min: Date::ymd(2024, 1, 1),
            max: Date::ymd(2036, 12, 31),
            default: DEFAULT_START,
        },
        help: calc_core::prose!(
            "The day the horizon starts. Date-dependent rules use it: AHB for existing \
               Hyperscale databases ends in December 2026."
        ),
        group: "Horizon",
    },
];

/// The first of the month after the price sheet's newest refresh; move it with the prices.
pub const DEFAULT_START: Date = Date::ymd(2026, 12, 1);

/// The inputs as the model takes them, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: AhbInputs,
    /// The region whose compute price the sheet's default is (Azure's code, `eastus`).
    pub region: &'static str,
    pub li: Provenance,
    pub base: Provenance,
    pub license: Provenance,
    pub sa_pct: Provenance,
    pub subscription: Provenance,
}

/// Sheet key of the compute (AHB/base) price per vCore-hour (per vCPU-hour on VMs).
pub fn base_key(service: Service, tier: Tier) -> &'static str {
    match (service, tier) {
        (Service::Vm, _) => "vm_compute_vcpu",
        (Service::SqlDb, Tier::Gp) => "sqldb_gp_base",
        (Service::SqlDb, Tier::Bc) => "sqldb_bc_base",
        (Service::SqlDb, Tier::Hs) => "sqldb_hs_base",
        (Service::SqlMi, Tier::Bc) => "sqlmi_bc_base",
        // Managed Instance has no Hyperscale; `read` refuses that pair before any lookup.
        (Service::SqlMi, Tier::Gp | Tier::Hs) => "sqlmi_gp_base",
    }
}

/// Sheet key of the SQL licence meter that licence-included pricing adds.
pub fn licence_key(service: Service, tier: Tier, edition: Edition) -> &'static str {
    match (service, tier, edition) {
        (Service::Vm, _, Edition::Enterprise) => "vm_license_ee_core_month",
        (Service::Vm, _, Edition::Standard) => "vm_license_se_core_month",
        (Service::SqlDb, Tier::Gp, _) => "sqldb_gp_license",
        (Service::SqlDb, Tier::Bc, _) => "sqldb_bc_license",
        (Service::SqlDb, Tier::Hs, _) => "sqldb_hs_license",
        (Service::SqlMi, Tier::Bc, _) => "sqlmi_bc_license",
        (Service::SqlMi, Tier::Gp | Tier::Hs, _) => "sqlmi_gp_license",
    }
}

pub fn license_pack_key(edition: Edition) -> &'static str {
    match edition {
        Edition::Enterprise => "license_ee_2core",
        Edition::Standard => "license_se_2core",
    }
}

pub fn subscription_key(edition: Edition) -> &'static str {
    match edition {
        Edition::Enterprise => "subscription_ee_2core_year",
        Edition::Standard => "subscription_se_2core_year",
    }
}

/// Every sheet key the calculator can look up (tests check each exists).
pub fn all_price_keys() -> Vec<&'static str> {
    let mut keys = vec![PRICE_SA_PCT];
    for &edition in Edition::ALL {
        keys.extend([license_pack_key(edition), subscription_key(edition)]);
        for &service in Service::ALL {
            for &tier in Tier::ALL {
                keys.extend([base_key(service, tier), licence_key(service, tier, edition)]);
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let service: Service = inputs.pick(key::SERVICE);
    let model: PurchaseModel = inputs.pick(key::MODEL);
    let tier: Tier = inputs.pick(key::TIER);
    let edition: Edition = inputs.pick(key::EDITION);
    let acquire: Acquire = inputs.pick(key::ACQUIRE);
    let region = inputs.option_of(key::REGION, REGION_CHOICES).key;

    let mut errors = Vec::new();
    if model == PurchaseModel::Dtu && service != Service::SqlDb {
        errors.push(FieldError::new(
            key::MODEL,
            "dtu",
            "the DTU model exists only for Azure SQL Database; Managed Instance and VMs are \
             priced per vCore or vCPU (choose vCore)",
        ));
    }
    let vcores = inputs.num(key::VCORES);
    let minimum = match service {
        Service::SqlDb => 2.0,
        Service::SqlMi => 4.0,
        Service::Vm => 1.0,
    };
    if vcores < minimum {
        errors.push(FieldError::new(
            key::VCORES,
            &format::plain(vcores),
            format!("{} needs at least {} vCores", service.label(), format::count(minimum)),
        ));
    }
    if service == Service::SqlMi && tier == Tier::Hs {
        errors.push(FieldError::new(
            key::TIER,
            "hs",
            "Azure SQL Managed Instance has no Hyperscale tier (choose General Purpose or Business Critical)",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // The compute price of the chosen region, unless typed; a region the sheet has none for is
    // refused, naming the regions that have it (a DTU database needs no price).
    let base_key = base_key(service, tier);
    let base_price = prices.find_in(base_key, region);
    let typed_base = inputs.opt_num(key::BASE_VCORE_HOUR);
    if typed_base.is_none() && base_price.is_none() && model == PurchaseModel::VCore {
        let has: Vec<&str> = prices.regions(base_key).into_iter().map(region_name).collect();
        let what = match service {
            Service::Vm => service.label().to_string(),
            _ => format!("{} {}", service.label(), tier.label()),
        };
        return Err(vec![FieldError::new(
            key::REGION,
            region,
            format!(
                "has no compute (AHB) price for {what} in the price list, which has one for {}: choose \
                 one of those, or enter the AHB (base) price under Prices",
                has.join(" and ")
            ),
        )]);
    }
    let base_price = base_price.unwrap_or_else(|| prices.get(base_key));
    // An auto price: the user's value, or the sheet's with its provenance.
    let auto = |k: &str, price: &'static Price| match inputs.opt_num(k) {
        Some(v) => (v, Provenance::Input),
        None => (price.value, Provenance::Sheet(price)),
    };
    let sheet = |k: &str| {
        regional(prices, k, region).unwrap_or_else(|| panic!("the price sheet has no `{k}` for {region}"))
    };
    let meter = sheet(licence_key(service, tier, edition));
    let (base_vcore_hour, base) = auto(key::BASE_VCORE_HOUR, base_price);
    let (license_2core, license) = auto(key::LICENSE_2CORE, sheet(license_pack_key(edition)));
    let (subscription_2core_year, subscription) =
        auto(key::SUBSCRIPTION_2CORE_YEAR, sheet(subscription_key(edition)));
    let (li_vcore_hour, li) = match inputs.opt_num(key::LI_VCORE_HOUR) {
        Some(v) => (v, Provenance::Input),
        None => (
            licence_included_rate(service, vcores, base_vcore_hour, meter.value),
            // The typed compute price plus the sheet's licence meter, or both from the sheet.
            Provenance::Sheets(if base == Provenance::Input { vec![meter] } else { vec![base_price, meter] }),
        ),
    };
    let sa_price = prices.get(PRICE_SA_PCT);
    let sa_value = inputs.num(key::SA_PCT);
    let sa_pct = if sa_value == sa_price.value { Provenance::Sheet(sa_price) } else { Provenance::Input };

    if model == PurchaseModel::VCore && li_vcore_hour < base_vcore_hour {
        let (field, given) = if li == Provenance::Input {
            (key::LI_VCORE_HOUR, li_vcore_hour)
        } else {
            (key::BASE_VCORE_HOUR, base_vcore_hour)
        };
        return Err(vec![FieldError::new(
            field,
            &format::plain(given),
            format!(
                "the licence-included price ({}) cannot be below the AHB (base) price ({}): it is \
                 the base price plus the SQL licence",
                format::rate(li_vcore_hour),
                format::rate(base_vcore_hour)
            ),
        )]);
    }

    Ok(Read {
        region,
        model: AhbInputs {
            service,
            model,
            tier,
            edition,
            vcores,
            instances: inputs.num(key::INSTANCES),
            hours: inputs.num(key::HOURS),
            cores_owned: inputs.num(key::CORES_OWNED),
            acquire,
            li_vcore_hour,
            base_vcore_hour,
            license_2core,
            sa_pct: sa_value,
            subscription_2core_year,
            sa_increase: inputs.num(key::SA_INCREASE),
            years: inputs.num(key::YEARS).max(1.0) as u32,
            sa_renewed_anyway: inputs.flag(key::SA_RENEWED_ANYWAY),
            start: inputs.date(key::START),
        },
        li,
        base,
        license,
        sa_pct,
        subscription,
    })
}
