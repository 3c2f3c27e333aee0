//! The pure, typed model: resolved inputs in, numbers out. No formatting, no price lookups.

use crate::fields::{Acquire, Edition, PurchaseModel, Service, Tier};
use calc_core::finance;
use calc_core::payback::CashFlows;

/// Every input resolved to a number: prices already taken from the sheet or the user.
#[derive(Clone, Debug, PartialEq)]
pub struct AhbInputs {
    pub service: Service,
    pub model: PurchaseModel,
    pub tier: Tier,
    pub edition: Edition,
    /// vCores per database/instance, or vCPUs per VM.
    pub vcores: f64,
    pub instances: f64,
    pub hours: f64,
    pub cores_owned: f64,
    pub acquire: Acquire,
    /// Licence-included price per vCore-hour (compute + SQL licence).
    pub li_vcore_hour: f64,
    /// AHB (base, compute-only) price per vCore-hour.
    pub base_vcore_hour: f64,
    pub license_2core: f64,
    /// SA per year, percent of the licence price.
    pub sa_pct: f64,
    pub subscription_2core_year: f64,
    /// Yearly renewal increase of SA / subscription, percent.
    pub sa_increase: f64,
    pub years: u32,
}

/// The renewal increases (percent a year) whose results bound the reported range.
pub const RANGE_INCREASES: [f64; 2] = [0.0, 15.0];

/// Minimum core licences per VM (SQL Server per-core licensing; also the PAYG VM meter band).
pub const VM_MIN_CORES: f64 = 4.0;

/// vCores (or vCPUs) that one core licence with SA covers.
pub fn vcores_per_core(service: Service, tier: Tier, edition: Edition) -> f64 {
    match (service, edition, tier) {
        (Service::Vm, _, _) => 1.0,
        (_, Edition::Enterprise, Tier::Gp | Tier::Hs) => 4.0,
        (_, Edition::Enterprise, Tier::Bc) => 1.0,
        (_, Edition::Standard, Tier::Gp | Tier::Hs) => 1.0,
        (_, Edition::Standard, Tier::Bc) => 0.25,
    }
}

/// Round a core count up to whole cores, then up to whole 2-core packs.
pub fn round_to_packs(cores: f64) -> f64 {
    let whole = cores.ceil().max(0.0);
    whole + whole % 2.0
}

/// The result at one renewal increase, used for the low–high range.
#[derive(Clone, Debug, PartialEq)]
pub struct RangePoint {
    pub increase_pct: f64,
    pub breakeven: Option<f64>,
    pub net: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AhbResult {
    /// False for DTU databases: no AHB, every number below is zero.
    pub eligible: bool,
    /// vCores × instances (vCPUs × VMs).
    pub vcores_total: f64,
    /// vCores on which the licence is charged and must be covered (VMs: at least 4 per VM).
    pub licensed_vcores: f64,
    pub vcores_per_core: f64,
    /// Core licences before rounding to whole 2-core packs.
    pub cores_exact: f64,
    pub cores_needed: f64,
    pub cores_to_acquire: f64,
    pub packs_to_acquire: f64,
    pub li_monthly: f64,
    pub ahb_monthly: f64,
    pub monthly_saving: f64,
    /// Saving as a share of the licence-included bill; `None` when that bill is zero.
    pub saving_share: Option<f64>,
    /// Licence packs bought at month 0.
    pub licence_purchase: f64,
    /// SA or subscription for year one.
    pub first_year_recurring: f64,
    /// Everything paid at month 0.
    pub upfront_cost: f64,
    pub months: usize,
    /// Monthly savings and what is paid for them over the horizon.
    pub flows: CashFlows,
    pub range: Vec<RangePoint>,
}

impl AhbResult {
    fn not_eligible(inputs: &AhbInputs) -> Self {
        let months = inputs.years as usize * 12;
        AhbResult {
            eligible: false,
            vcores_total: inputs.vcores * inputs.instances,
            licensed_vcores: 0.0,
            vcores_per_core: 0.0,
            cores_exact: 0.0,
            cores_needed: 0.0,
            cores_to_acquire: 0.0,
            packs_to_acquire: 0.0,
            li_monthly: 0.0,
            ahb_monthly: 0.0,
            monthly_saving: 0.0,
            saving_share: None,
            licence_purchase: 0.0,
            first_year_recurring: 0.0,
            upfront_cost: 0.0,
            months,
            flows: CashFlows::new(Vec::new(), Vec::new()),
            range: Vec::new(),
        }
    }
}

pub fn compute(inputs: &AhbInputs) -> AhbResult {
    if inputs.model == PurchaseModel::Dtu {
        return AhbResult::not_eligible(inputs);
    }
    let months = inputs.years as usize * 12;
    let vcores_total = inputs.vcores * inputs.instances;
    let licensed_vcores = match inputs.service {
        Service::Vm => inputs.vcores.max(VM_MIN_CORES) * inputs.instances,
        _ => vcores_total,
    };
    let ratio = vcores_per_core(inputs.service, inputs.tier, inputs.edition);
    let cores_exact = licensed_vcores / ratio;
    let cores_needed = round_to_packs(cores_exact);
    let cores_to_acquire = round_to_packs((cores_needed - inputs.cores_owned).max(0.0));
    let packs_to_acquire = cores_to_acquire / 2.0;

    let licence_per_vcore_hour = (inputs.li_vcore_hour - inputs.base_vcore_hour).max(0.0);
    let ahb_monthly = inputs.base_vcore_hour * vcores_total * inputs.hours;
    let monthly_saving = licence_per_vcore_hour * licensed_vcores * inputs.hours;
    let li_monthly = ahb_monthly + monthly_saving;
    let saving_share = (li_monthly > 0.0).then(|| monthly_saving / li_monthly);

    let licence_purchase = match inputs.acquire {
        Acquire::LicenseSa => packs_to_acquire * inputs.license_2core,
        Acquire::Sa | Acquire::Subscription => 0.0,
    };
    let first_year_recurring = match inputs.acquire {
        Acquire::Sa | Acquire::LicenseSa => packs_to_acquire * inputs.license_2core * inputs.sa_pct / 100.0,
        Acquire::Subscription => packs_to_acquire * inputs.subscription_2core_year,
    };

    let flows_at = |increase_pct: f64| {
        flows(monthly_saving, licence_purchase, first_year_recurring, increase_pct, months)
    };
    let flows = flows_at(inputs.sa_increase);
    let mut increases = RANGE_INCREASES.to_vec();
    increases.push(inputs.sa_increase);
    let range = increases
        .into_iter()
        .map(|g| {
            let f = flows_at(g);
            RangePoint { increase_pct: g, breakeven: f.breakeven().at, net: f.net() }
        })
        .collect();

    AhbResult {
        eligible: true,
        vcores_total,
        licensed_vcores,
        vcores_per_core: ratio,
        cores_exact,
        cores_needed,
        cores_to_acquire,
        packs_to_acquire,
        li_monthly,
        ahb_monthly,
        monthly_saving,
        saving_share,
        licence_purchase,
        first_year_recurring,
        upfront_cost: licence_purchase + first_year_recurring,
        months,
        flows,
        range,
    }
}

/// Savings accrue from month 0; licences are paid at month 0, SA or the subscription yearly
/// in advance, growing by the renewal increase.
fn flows(monthly_saving: f64, licence: f64, first_year: f64, increase_pct: f64, months: usize) -> CashFlows {
    let savings = finance::constant(monthly_saving, months);
    let mut costs = finance::yearly_in_advance(first_year, increase_pct / 100.0, months);
    if let Some(first) = costs.first_mut() {
        *first += licence;
    }
    CashFlows::new(savings, costs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_round_up_to_even_whole_cores() {
        assert_eq!(round_to_packs(0.0), 0.0);
        assert_eq!(round_to_packs(0.5), 2.0);
        assert_eq!(round_to_packs(3.0), 4.0);
        assert_eq!(round_to_packs(4.0), 4.0);
        assert_eq!(round_to_packs(4.25), 6.0);
    }

    #[test]
    fn coverage_table() {
        use Edition::*;
        use Tier::*;
        assert_eq!(vcores_per_core(Service::SqlDb, Gp, Enterprise), 4.0);
        assert_eq!(vcores_per_core(Service::SqlMi, Hs, Enterprise), 4.0);
        assert_eq!(vcores_per_core(Service::SqlDb, Bc, Enterprise), 1.0);
        assert_eq!(vcores_per_core(Service::SqlDb, Gp, Standard), 1.0);
        assert_eq!(vcores_per_core(Service::SqlDb, Bc, Standard), 0.25);
        assert_eq!(vcores_per_core(Service::Vm, Gp, Enterprise), 1.0);
    }
}
