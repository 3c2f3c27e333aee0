//! The pure, typed model: resolved inputs in, numbers out. No formatting, no price lookups.

use calc_core::payback::CashFlows;
use calc_core::Date;

// The choices the model branches on; `fields.rs` declares them as inputs, `words.rs` names them.
calc_core::choices! {
    pub enum Service {
        SqlDb = "sqldb" => "Azure SQL Database",
        SqlMi = "sqlmi" => "Azure SQL Managed Instance",
        Vm = "vm" => "SQL Server on Azure VMs",
    }
}

calc_core::choices! {
    pub enum PurchaseModel {
        VCore = "vcore" => "vCore",
        Dtu = "dtu" => "DTU (Basic/Standard/Premium)",
    }
}

calc_core::choices! {
    pub enum Tier {
        Gp = "gp" => "General Purpose",
        Bc = "bc" => "Business Critical",
        Hs = "hs" => "Hyperscale",
    }
}

calc_core::choices! {
    pub enum Edition {
        Enterprise = "ee" => "Enterprise",
        Standard = "se" => "Standard",
    }
}

calc_core::choices! {
    pub enum Acquire {
        /// SA yearly in advance; SA is sold with a licence or at renewal, not after it lapsed.
        Sa = "sa" => "Renew SA we would otherwise drop",
        /// Licences at month 0 plus SA yearly in advance.
        LicenseSa = "license_sa" => "Buy new licences plus SA",
        /// A SQL Server subscription, yearly in advance.
        Subscription = "subscription" => "SQL Server subscription",
    }
}

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
    /// SA on the owned cores would be renewed whether or not they are used in Azure (the
    /// on-premises servers still need it): then keeping it is not a cost of AHB.
    pub sa_renewed_anyway: bool,
    /// The month the horizon starts (date-dependent rules: the Hyperscale change).
    pub start: Date,
}

/// Microsoft ends AHB for existing provisioned Hyperscale databases in December 2026 (new
/// ones have had no licence charge since 2023-12-15); savings stop at the start of that month.
pub const HYPERSCALE_AHB_ENDS: Date = Date::ymd(2026, 12, 1);

/// The renewal increases (percent a year) whose results bound the reported range.
pub const RANGE_INCREASES: [f64; 2] = [0.0, 15.0];

/// Minimum core licences per VM (SQL Server per-core licensing; also the PAYG VM meter band).
pub const VM_MIN_CORES: f64 = calc_core::licensing::sqlserver::MIN_CORES;

/// Hours in Azure's billing month: converts per-core-month licence prices to per-hour.
pub const BILLING_HOURS: f64 = 730.0;

/// The sheet's licence-included price per vCore-hour: the base price plus the licence meter.
/// VM meters are per core-month, and a 1–4 vCPU VM pays the 4-core band, spread over its vCPUs.
pub fn licence_included_rate(service: Service, vcores: f64, base: f64, licence_meter: f64) -> f64 {
    match service {
        Service::Vm if vcores > 0.0 => {
            base + (licence_meter / BILLING_HOURS) * (vcores.max(VM_MIN_CORES) / vcores)
        }
        Service::Vm => base + licence_meter / BILLING_HOURS,
        _ => base + licence_meter,
    }
}

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

/// Months of AHB saving from `start`: none past the Hyperscale end date, unlimited otherwise.
pub fn saving_months(i: &AhbInputs) -> Option<usize> {
    (i.service == Service::SqlDb && i.tier == Tier::Hs)
        .then(|| i.start.months_until(HYPERSCALE_AHB_ENDS).max(0) as usize)
}

/// Round a core count up to whole cores, then up to whole 2-core packs (the shared rule).
pub use calc_core::licensing::sqlserver::round_to_packs;

/// What AHB saves and what keeps it going, before any renewal increase.
#[derive(Clone, Debug, PartialEq)]
pub struct Terms {
    pub monthly_saving: f64,
    /// Months the saving lasts from the start (`None`: as long as the horizon).
    pub saving_months: Option<usize>,
    /// Licence packs bought at month 0.
    pub licence_purchase: f64,
    /// New SA or the subscription, yearly in advance from month 0.
    pub recurring: f64,
    /// SA that keeps the owned cores eligible, yearly from the first renewal (month 12).
    pub owned_sa: f64,
}

/// One year of the plan: what is paid at its start and what AHB saves in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanYear {
    pub paid: f64,
    pub saved: f64,
    /// Months of the year with an AHB saving (fewer than 12 once Hyperscale's AHB ends).
    pub ahb_months: usize,
}

/// The renewal a rational buyer does not make, and why: it would buy a year that saves less
/// than it costs (or nothing at all, once AHB has ended).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lapse {
    /// The year (0-based) the renewal would pay for; it falls due at month 12 × year.
    pub year: usize,
    pub renewal: f64,
    /// What AHB would save in that year.
    pub saving: f64,
    /// Months of that year with an AHB saving.
    pub ahb_months: usize,
}

/// The AHB plan as a rational buyer executes it over the horizon: licences (if any) and the
/// first year of SA or subscription at month 0, then each yearly renewal only while the year
/// it pays for saves more than it costs. A lapse is final: SA is not sold again once it has
/// lapsed, and the savings only shrink (Hyperscale) while renewals only grow.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Monthly savings and payments over the horizon.
    pub flows: CashFlows,
    /// The years paid for, from year 0.
    pub years: Vec<PlanYear>,
    /// The first renewal not made inside the horizon.
    pub lapse: Option<Lapse>,
}

impl Plan {
    /// `terms` at a yearly renewal increase of `increase_pct`, over `horizon_years`.
    pub fn new(terms: &Terms, increase_pct: f64, horizon_years: u32) -> Plan {
        let months = horizon_years as usize * 12;
        let lasts = terms.saving_months.unwrap_or(months).min(months);
        let growth = 1.0 + increase_pct / 100.0;
        let mut savings = vec![0.0; months];
        let mut costs = vec![0.0; months];
        let mut years = Vec::new();
        let mut lapse = None;
        for year in 0..horizon_years as usize {
            let start = year * 12;
            let escalated = growth.powi(year as i32);
            let paid = if year == 0 {
                terms.licence_purchase + terms.recurring
            } else {
                (terms.recurring + terms.owned_sa) * escalated
            };
            let ahb_months = lasts.saturating_sub(start).min(12);
            let saved = terms.monthly_saving * ahb_months as f64;
            if year > 0 && saved <= paid {
                lapse = Some(Lapse { year, renewal: paid, saving: saved, ahb_months });
                break;
            }
            costs[start] = paid;
            savings[start..start + ahb_months].fill(terms.monthly_saving);
            years.push(PlanYear { paid, saved, ahb_months });
        }
        Plan { flows: CashFlows::new(savings, costs), years, lapse }
    }

    /// Savings minus payments over the horizon.
    pub fn net(&self) -> f64 {
        self.flows.net()
    }

    /// Months into each year paid for at which that year's saving has repaid that year's
    /// payment (0 for a year that costs nothing); `None` for a year that does not repay itself.
    pub fn year_paybacks(&self, monthly_saving: f64) -> Vec<Option<f64>> {
        self.years
            .iter()
            .map(|y| match y.paid {
                p if p <= 0.0 => Some(0.0),
                p if monthly_saving > 0.0 && p <= y.saved => Some(p / monthly_saving),
                _ => None,
            })
            .collect()
    }

    /// Each of two or more years paid for repays its own payment within the year: the
    /// payback is then a figure of each year, not of the cumulative lines.
    pub fn pays_back_each_year(&self, monthly_saving: f64) -> bool {
        let paybacks = self.year_paybacks(monthly_saving);
        paybacks.len() >= 2 && paybacks.iter().all(Option::is_some) && self.years[0].paid > 0.0
    }
}

/// The result at one renewal increase, used for the low–high range.
#[derive(Clone, Debug, PartialEq)]
pub struct RangePoint {
    pub increase_pct: f64,
    /// Sustained break-even inside the horizon.
    pub breakeven: Option<f64>,
    pub first_payback: Option<f64>,
    /// The AHB plan's net over the horizon.
    pub net: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AhbResult {
    /// False for DTU databases: no AHB, every number below is zero.
    pub eligible: bool,
    /// vCores × instances (vCPUs × VMs).
    pub vcores_total: f64,
    /// vCores that core licences must cover (VMs: at least 4 per VM).
    pub licensed_vcores: f64,
    pub vcores_per_core: f64,
    /// Core licences before rounding to whole cores.
    pub cores_exact: f64,
    /// Whole core licences that cover the licensed vCores.
    pub cores_needed: f64,
    /// Owned cores with SA assigned to this workload.
    pub owned_used: f64,
    /// What keeping SA on the owned cores costs a year, from its first renewal (0 when it
    /// would be renewed anyway).
    pub owned_sa_yearly: f64,
    pub cores_to_acquire: f64,
    pub packs_to_acquire: f64,
    /// The first month's bills: the licence meter is charged only while AHB has something to
    /// save (none on Hyperscale from December 2026).
    pub li_monthly: f64,
    pub ahb_monthly: f64,
    pub monthly_saving: f64,
    /// Monthly saving as a share of the monthly licence-included bill; `None` when that bill
    /// is zero.
    pub saving_share: Option<f64>,
    /// The licence-included bill over the horizon (the licence meter only while it exists).
    pub li_horizon: f64,
    /// Licence packs bought at month 0.
    pub licence_purchase: f64,
    /// SA or subscription for year one.
    pub first_year_recurring: f64,
    /// Everything the AHB plan pays at month 0.
    pub upfront_cost: f64,
    pub months: usize,
    /// Months the saving lasts from the start (`None`: as long as the flows run).
    pub saving_months: Option<usize>,
    /// The AHB plan, executed rationally over the horizon.
    pub plan: Plan,
    /// The AHB plan is the cheaper of the two plans priced (it saves more than it costs);
    /// otherwise the recommended plan is to stay on licence-included pricing.
    pub recommended: bool,
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
            owned_used: 0.0,
            owned_sa_yearly: 0.0,
            cores_to_acquire: 0.0,
            packs_to_acquire: 0.0,
            li_monthly: 0.0,
            ahb_monthly: 0.0,
            monthly_saving: 0.0,
            saving_share: None,
            li_horizon: 0.0,
            licence_purchase: 0.0,
            first_year_recurring: 0.0,
            upfront_cost: 0.0,
            months,
            saving_months: None,
            plan: Plan { flows: CashFlows::new(Vec::new(), Vec::new()), years: Vec::new(), lapse: None },
            recommended: false,
            range: Vec::new(),
        }
    }

    /// The AHB plan's flows when it is the recommended plan; none (licence-included pricing,
    /// nothing bought, nothing saved) otherwise.
    pub fn recommended_flows(&self) -> CashFlows {
        if self.recommended {
            self.plan.flows.clone()
        } else {
            CashFlows::new(vec![0.0; self.months], vec![0.0; self.months])
        }
    }

    /// The recommended plan's net over the horizon: the AHB plan's, or 0 when staying on
    /// licence-included pricing is cheaper. Never below either plan's.
    pub fn recommended_net(&self) -> f64 {
        if self.recommended {
            self.plan.net()
        } else {
            0.0
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
    // Licences cover whole cores; only what is bought comes in 2-core packs, after the
    // cores already owned are assigned.
    let cores_needed = cores_exact.ceil();
    let owned_used = inputs.cores_owned.min(cores_needed);
    let cores_to_acquire = round_to_packs((cores_needed - inputs.cores_owned).max(0.0));
    let packs_to_acquire = cores_to_acquire / 2.0;

    // The licence-included price per vCore-hour already carries the licence band of the
    // size (on a 1–4 vCPU VM, the 4-core band spread over its vCPUs), so the saving is
    // charged on the vCores that run. Once Hyperscale's licence meter is gone, there is none.
    let saving_months = saving_months(inputs);
    let meter_charged = saving_months != Some(0);
    let licence_per_vcore_hour =
        if meter_charged { (inputs.li_vcore_hour - inputs.base_vcore_hour).max(0.0) } else { 0.0 };
    let ahb_monthly = inputs.base_vcore_hour * vcores_total * inputs.hours;
    let monthly_saving = licence_per_vcore_hour * vcores_total * inputs.hours;
    let li_monthly = ahb_monthly + monthly_saving;
    let saving_share = (li_monthly > 0.0).then(|| monthly_saving / li_monthly);
    let metered_months = saving_months.unwrap_or(months).min(months) as f64;
    let li_horizon = ahb_monthly * months as f64 + monthly_saving * metered_months;

    let licence_purchase = match inputs.acquire {
        Acquire::LicenseSa => packs_to_acquire * inputs.license_2core,
        Acquire::Sa | Acquire::Subscription => 0.0,
    };
    let first_year_recurring = match inputs.acquire {
        Acquire::Sa | Acquire::LicenseSa => packs_to_acquire * inputs.license_2core * inputs.sa_pct / 100.0,
        Acquire::Subscription => packs_to_acquire * inputs.subscription_2core_year,
    };
    let owned_sa_yearly = if inputs.sa_renewed_anyway {
        0.0
    } else {
        owned_used / 2.0 * inputs.license_2core * inputs.sa_pct / 100.0
    };
    let terms = Terms {
        monthly_saving,
        saving_months,
        licence_purchase,
        recurring: first_year_recurring,
        owned_sa: owned_sa_yearly,
    };
    let plan = Plan::new(&terms, inputs.sa_increase, inputs.years);
    let recommended = plan.net() > 0.0;

    let mut increases = RANGE_INCREASES.to_vec();
    increases.push(inputs.sa_increase);
    let range = increases
        .into_iter()
        .map(|g| {
            let p = Plan::new(&terms, g, inputs.years);
            RangePoint {
                increase_pct: g,
                breakeven: p.flows.breakeven().at,
                first_payback: p.flows.first_payback(),
                net: p.net(),
            }
        })
        .collect();

    AhbResult {
        eligible: true,
        vcores_total,
        licensed_vcores,
        vcores_per_core: ratio,
        cores_exact,
        cores_needed,
        owned_used,
        owned_sa_yearly,
        cores_to_acquire,
        packs_to_acquire,
        li_monthly,
        ahb_monthly,
        monthly_saving,
        saving_share,
        li_horizon,
        licence_purchase,
        first_year_recurring,
        upfront_cost: licence_purchase + first_year_recurring,
        months,
        saving_months,
        plan,
        recommended,
        range,
    }
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
