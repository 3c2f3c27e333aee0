//! The pure model: Oracle licences and support, and the monthly cash flows of staying on
//! Oracle against moving to PostgreSQL. Numbers and enums only.

use calc_core::finance::{self, Irr};

/// Oracle's licence counting rules live in `calc_core::licensing::oracle`, shared with the
/// licensing calculator; re-exported here so this crate's API is unchanged.
pub use calc_core::licensing::oracle::{
    processor_licences, processor_licences_on_servers, se2_instance_sockets, Edition, LicenceError, Platform,
    Spread, SE2_MAX_SOCKETS, SE2_MAX_VCPUS,
};

/// How far past the horizon the model looks for the month moving breaks even: a break-even
/// later than this many years from the start is reported as not within them.
pub const LATER_PAYBACK_YEARS: u32 = 20;

#[derive(Clone, Debug, PartialEq)]
pub struct OraInputs {
    pub licences: f64,
    /// List price per processor of the edition, USD.
    pub list_price: f64,
    /// List price per processor of the options and packs, USD.
    pub options: f64,
    /// Discount off list, 0–100.
    pub discount_pct: f64,
    /// Support per year as a percentage of the net licence fee.
    pub support_pct: f64,
    /// The annual support bill the user knows; overrides the estimate.
    pub annual_support: Option<f64>,
    /// Amazon RDS for Oracle Licence Included: the licence and its support are in the RDS
    /// hourly price (part of `oracle_infra_monthly`), so there is no Oracle support bill.
    pub licence_included: bool,
    /// The month of the project (1–12) in which the next annual support renewal falls.
    pub renewal_month: u32,
    /// Yearly support increase, percent.
    pub uplift_pct: f64,
    pub oracle_infra_monthly: f64,
    pub target_monthly: f64,
    pub red_items: f64,
    pub hours_per_item: f64,
    pub hourly_rate: f64,
    pub other_one_time: f64,
    /// Months Oracle keeps running after the move starts.
    pub overlap_months: f64,
    pub years: u32,
    /// Annual discount rate for the NPV, percent.
    pub discount_rate_pct: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: usize,
    pub stay: f64,
    pub moved: f64,
    pub saving: f64,
    pub cumulative: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OraResult {
    pub annual_support_y1: f64,
    pub migration_cost: f64,
    pub rewrite_cost: f64,
    pub months: usize,
    /// Paid in month m (at its start) when staying and when moving.
    pub stay: Vec<f64>,
    pub moved: Vec<f64>,
    pub stay_total: f64,
    pub move_total: f64,
    /// Stay − move over the horizon (negative: the move costs more).
    pub saving: f64,
    /// The first month (1-based) from which the cumulative saving stays ≥ 0 to the horizon.
    pub payback_month: Option<usize>,
    pub npv: Option<f64>,
    /// Annualised from the monthly flows, or computed on the yearly totals when the monthly
    /// flows change sign around every renewal and give no single rate (`irr_yearly`).
    pub irr: Irr,
    pub irr_yearly: bool,
    /// When moving costs more over the horizon: the first month (after the horizon, within
    /// `LATER_PAYBACK_YEARS`) from which the cumulative saving stays at or above zero.
    pub later_payback_month: Option<usize>,
    /// Stay − move in a year once the move is done: the horizon's last year, or the first
    /// year wholly after the overlap when the overlap runs into the last year.
    pub steady_state_annual: f64,
    /// The project year (1-based) `steady_state_annual` is taken from.
    pub steady_state_year: usize,
    /// The months (1-based) in which moving still pays a support renewal (inside the overlap).
    pub overlap_renewals: Vec<usize>,
    /// Staying's last renewal in the horizon when it pays for months after it: its month
    /// (1-based), how many of its 12 months fall after the horizon, and that part of it
    /// (renewal × months ÷ 12). Counted in full, since it is paid in the horizon.
    pub stay_prepaid_after_horizon: Option<(usize, usize, f64)>,
    pub years: Vec<YearRow>,
}

/// Support bill in year 1: none with Licence Included; else what the user knows, or licences ×
/// (list + options) × (1 − discount) × support rate.
pub fn annual_support(i: &OraInputs) -> f64 {
    if i.licence_included {
        return 0.0;
    }
    i.annual_support.unwrap_or_else(|| {
        i.licences * (i.list_price + i.options) * (1.0 - i.discount_pct / 100.0) * i.support_pct / 100.0
    })
}

/// The 0-based months of support renewals: the first in `renewal_month`, then every 12.
fn renewal_index(i: &OraInputs) -> usize {
    i.renewal_month.clamp(1, 12) as usize - 1
}

/// Support paid in each of `months` months: the k-th renewal (k = 0, 1, …) in month
/// `renewal_month + 12k` is the year-1 bill × (1 + uplift)^k. Months before the first renewal
/// are covered by a renewal paid before the project, whichever way it goes.
pub fn support_by_month(i: &OraInputs, months: usize) -> Vec<f64> {
    let first = renewal_index(i);
    let y1 = annual_support(i);
    let growth = 1.0 + i.uplift_pct / 100.0;
    (0..months)
        .map(|m| match m.checked_sub(first) {
            Some(d) if d % 12 == 0 => y1 * growth.powi((d / 12) as i32),
            _ => 0.0,
        })
        .collect()
}

/// The bill month by month if Oracle stays and if the estate moves, and the one-time costs.
struct Flows {
    support_y1: f64,
    rewrite_cost: f64,
    migration_cost: f64,
    stay: Vec<f64>,
    moved: Vec<f64>,
}

fn flows(i: &OraInputs, months: usize) -> Flows {
    let support_y1 = annual_support(i);
    let support = support_by_month(i, months);
    let rewrite_cost = i.red_items * i.hours_per_item * i.hourly_rate;
    let migration_cost = rewrite_cost + i.other_one_time;
    let overlap = i.overlap_months.max(0.0);

    let stay: Vec<f64> = (0..months).map(|m| support[m] + i.oracle_infra_monthly).collect();
    let moved: Vec<f64> = (0..months)
        .map(|m| {
            // Oracle keeps running (and its renewals due inside the overlap are paid) until the
            // overlap ends; the first renewal at or after its end is not paid.
            let dual = if (m as f64) < overlap { support[m] + i.oracle_infra_monthly } else { 0.0 };
            let one_time = if m == 0 { migration_cost } else { 0.0 };
            one_time + i.target_monthly + dual
        })
        .collect();
    Flows { support_y1, rewrite_cost, migration_cost, stay, moved }
}

impl Flows {
    fn net(&self) -> Vec<f64> {
        self.stay.iter().zip(&self.moved).map(|(s, m)| s - m).collect()
    }

    /// What staying and moving cost over the horizon.
    fn totals(&self) -> (f64, f64) {
        (self.stay.iter().sum(), self.moved.iter().sum())
    }
}

fn horizon_months(i: &OraInputs) -> usize {
    i.years as usize * 12
}

/// The IRR of moving, annualised: from the monthly flows when they give one rate; else from
/// the yearly totals (each at the start of its year), which change sign once in the common
/// case where months between renewals cost more on PostgreSQL and each renewal month saves.
fn irr_of(net: &[f64]) -> (Irr, bool) {
    let annual = |r: f64| (1.0 + r).powi(12) - 1.0;
    match finance::irr(net) {
        Irr::Rate(r) => (Irr::Rate(annual(r)), false),
        monthly => match finance::irr(&finance::by_year(net)) {
            Irr::Rate(r) => (Irr::Rate(r), true),
            _ => match monthly {
                Irr::Multiple(rs) => (Irr::Multiple(rs.into_iter().map(annual).collect()), false),
                other => (other, false),
            },
        },
    }
}

pub fn compute(i: &OraInputs) -> OraResult {
    let months = horizon_months(i);
    let f = flows(i, months);
    let net = f.net();
    let (stay_total, move_total) = f.totals();
    let Flows { support_y1, rewrite_cost, migration_cost, stay, moved } = f;
    let cumulative = finance::cumulative(&net);
    let payback_month = payback(&cumulative);
    let monthly_rate = (1.0 + i.discount_rate_pct / 100.0).powf(1.0 / 12.0) - 1.0;
    let npv = finance::npv(monthly_rate, &net);
    let (irr, irr_yearly) = irr_of(&net);
    // Beyond the horizon: the same flows run on, to find a later break-even and a year wholly
    // after the overlap.
    let first_year_moved = (i.overlap_months.max(0.0) / 12.0).ceil() as usize;
    let steady_index = (i.years as usize - 1).max(first_year_moved);
    let needs_later = payback_month.is_none() || steady_index >= i.years as usize;
    let later = needs_later.then(|| {
        let longer = (LATER_PAYBACK_YEARS as usize * 12).max((steady_index + 1) * 12);
        flows(i, longer).net()
    });
    let later_payback_month = match (&later, payback_month) {
        (Some(net), None) => {
            payback(&finance::cumulative(&net[..LATER_PAYBACK_YEARS as usize * 12])).filter(|m| *m > months)
        }
        _ => None,
    };
    let support = support_by_month(i, months);
    let stay_prepaid_after_horizon = support.iter().rposition(|s| *s > 0.0).and_then(|last| {
        let after = (last + 12).saturating_sub(months);
        (after > 0).then(|| (last + 1, after, support[last] * after as f64 / 12.0))
    });
    let overlap_renewals: Vec<usize> = support
        .iter()
        .enumerate()
        .filter(|(m, s)| **s > 0.0 && (*m as f64) < i.overlap_months)
        .map(|(m, _)| m + 1)
        .collect();
    let stay_years = finance::by_year(&stay);
    let move_years = finance::by_year(&moved);
    let mut running = 0.0;
    let years: Vec<YearRow> = stay_years
        .iter()
        .zip(&move_years)
        .enumerate()
        .map(|(k, (s, m))| {
            running += s - m;
            YearRow { year: k + 1, stay: *s, moved: *m, saving: s - m, cumulative: running }
        })
        .collect();
    let steady_state_annual = match &later {
        Some(net) if steady_index >= years.len() => {
            net[steady_index * 12..(steady_index + 1) * 12].iter().sum()
        }
        _ => years.last().map_or(0.0, |y| y.saving),
    };
    OraResult {
        annual_support_y1: support_y1,
        migration_cost,
        rewrite_cost,
        months,
        stay,
        moved,
        stay_total,
        move_total,
        saving: stay_total - move_total,
        payback_month,
        npv,
        irr,
        irr_yearly,
        later_payback_month,
        steady_state_annual,
        steady_state_year: steady_index + 1,
        overlap_renewals,
        stay_prepaid_after_horizon,
        years,
    }
}

/// The first month (1-based) after which the running total never drops below zero again.
fn payback(cumulative: &[f64]) -> Option<usize> {
    let last_negative = cumulative.iter().rposition(|c| *c < -1e-9);
    match last_negative {
        None => Some(1),
        Some(k) if k + 1 < cumulative.len() => Some(k + 2),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payback_is_the_month_after_the_last_negative_total() {
        assert_eq!(payback(&[-5.0, -1.0, 2.0, 3.0]), Some(3));
        assert_eq!(payback(&[-5.0, 1.0, -1.0, 3.0]), Some(4));
        assert_eq!(payback(&[1.0, 2.0]), Some(1));
        assert_eq!(payback(&[1.0, -2.0]), None);
    }
}
