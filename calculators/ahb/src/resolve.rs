//! From form/URL inputs and the price sheet to the typed model inputs, remembering where each
//! price came from (for the assumptions list). Cross-field problems become field errors.

use crate::model::{Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::{format, FieldError, Inputs, Price, PriceSheet};

/// Hours in Azure's billing month: converts per-core-month licence prices to per-hour.
pub const BILLING_HOURS: f64 = 730.0;

/// Where a price used by the model came from.
#[derive(Clone, Debug)]
pub enum Origin {
    /// The dated, sourced sheet (one entry, or two when summed: compute + licence meter).
    Sheet(Vec<&'static Price>),
    /// Typed by the user.
    User,
}

impl Origin {
    pub fn overridden(&self) -> bool {
        matches!(self, Origin::User)
    }
}

#[derive(Clone, Debug)]
pub struct Resolved {
    pub inputs: AhbInputs,
    pub li: Origin,
    pub base: Origin,
    pub license: Origin,
    pub sa_pct: Origin,
    pub subscription: Origin,
}

/// Sheet key of the compute (AHB/base) price per vCore-hour (per vCPU-hour on VMs).
pub fn base_key(service: Service, tier: Tier) -> &'static str {
    match (service, tier) {
        (Service::Vm, _) => "vm_compute_vcpu",
        (Service::SqlDb, Tier::Gp) => "sqldb_gp_base",
        (Service::SqlDb, Tier::Bc) => "sqldb_bc_base",
        (Service::SqlDb, Tier::Hs) => "sqldb_hs_base",
        (Service::SqlMi, Tier::Bc) => "sqlmi_bc_base",
        // Managed Instance has no Hyperscale; `resolve` refuses that pair before any lookup.
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

/// The licence meter per vCore-hour: VM prices are per core-month.
pub fn licence_hourly(service: Service, sheet_value: f64) -> f64 {
    match service {
        Service::Vm => sheet_value / BILLING_HOURS,
        _ => sheet_value,
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
    let mut keys = vec!["sa_pct"];
    for service in [Service::SqlDb, Service::SqlMi, Service::Vm] {
        for tier in [Tier::Gp, Tier::Bc, Tier::Hs] {
            for edition in [Edition::Enterprise, Edition::Standard] {
                keys.push(base_key(service, tier));
                keys.push(licence_key(service, tier, edition));
                keys.push(license_pack_key(edition));
                keys.push(subscription_key(edition));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

fn sheet(prices: &PriceSheet, key: &str) -> Result<&'static Price, FieldError> {
    prices.get(key).ok_or_else(|| FieldError::new("", "", format!("the price sheet has no entry `{key}`")))
}

pub fn resolve(inputs: &Inputs, prices: &PriceSheet) -> Result<Resolved, Vec<FieldError>> {
    let service = match inputs.choice("service") {
        "sqlmi" => Service::SqlMi,
        "vm" => Service::Vm,
        _ => Service::SqlDb,
    };
    let model = match inputs.choice("model") {
        "dtu" => PurchaseModel::Dtu,
        _ => PurchaseModel::VCore,
    };
    let tier = match inputs.choice("tier") {
        "bc" => Tier::Bc,
        "hs" => Tier::Hs,
        _ => Tier::Gp,
    };
    let edition = match inputs.choice("edition") {
        "se" => Edition::Standard,
        _ => Edition::Enterprise,
    };
    let acquire = match inputs.choice("acquire") {
        "license_sa" => Acquire::LicenseSa,
        "subscription" => Acquire::Subscription,
        _ => Acquire::Sa,
    };

    let mut errors = Vec::new();
    if model == PurchaseModel::Dtu && service != Service::SqlDb {
        errors.push(FieldError::new(
            "model",
            "dtu",
            "the DTU model exists only for Azure SQL Database; Managed Instance and VMs are \
             priced per vCore or vCPU (choose vcore)",
        ));
    }
    if service == Service::SqlMi && tier == Tier::Hs {
        errors.push(FieldError::new(
            "tier",
            "hs",
            "Azure SQL Managed Instance has no Hyperscale tier (choose gp or bc)",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let lookup = |key: &str| sheet(prices, key).map_err(|e| vec![e]);
    let base_price = lookup(base_key(service, tier))?;
    let licence_price = lookup(licence_key(service, tier, edition))?;
    let pack_price = lookup(license_pack_key(edition))?;
    let sub_price = lookup(subscription_key(edition))?;
    let sa_price = lookup("sa_pct")?;

    let (base_vcore_hour, base) = match inputs.opt_num("base_vcore_hour") {
        Some(v) => (v, Origin::User),
        None => (base_price.value, Origin::Sheet(vec![base_price])),
    };
    let (li_vcore_hour, li) = match inputs.opt_num("li_vcore_hour") {
        Some(v) => (v, Origin::User),
        None => (
            base_vcore_hour + licence_hourly(service, licence_price.value),
            Origin::Sheet(vec![base_price, licence_price]),
        ),
    };
    let (license_2core, license) = match inputs.opt_num("license_2core") {
        Some(v) => (v, Origin::User),
        None => (pack_price.value, Origin::Sheet(vec![pack_price])),
    };
    let (subscription_2core_year, subscription) = match inputs.opt_num("subscription_2core_year") {
        Some(v) => (v, Origin::User),
        None => (sub_price.value, Origin::Sheet(vec![sub_price])),
    };
    let sa_value = inputs.num("sa_pct");
    let sa_pct = if sa_value == sa_price.value { Origin::Sheet(vec![sa_price]) } else { Origin::User };

    if model == PurchaseModel::VCore && li_vcore_hour < base_vcore_hour {
        let key = if li.overridden() { "li_vcore_hour" } else { "base_vcore_hour" };
        let given = if li.overridden() { li_vcore_hour } else { base_vcore_hour };
        return Err(vec![FieldError::new(
            key,
            &format::plain(given),
            format!(
                "the licence-included price ({}) cannot be below the AHB (base) price ({}): it is \
                 the base price plus the SQL licence",
                format::rate(li_vcore_hour),
                format::rate(base_vcore_hour)
            ),
        )]);
    }

    Ok(Resolved {
        inputs: AhbInputs {
            service,
            model,
            tier,
            edition,
            vcores: inputs.num("vcores"),
            instances: inputs.num("instances"),
            hours: inputs.num("hours"),
            cores_owned: inputs.num("cores_owned"),
            acquire,
            li_vcore_hour,
            base_vcore_hour,
            license_2core,
            sa_pct: sa_value,
            subscription_2core_year,
            sa_increase: inputs.num("sa_increase"),
            years: inputs.num("years").max(1.0) as u32,
        },
        li,
        base,
        license,
        sa_pct,
        subscription,
    })
}
