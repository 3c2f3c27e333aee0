//! The arithmetic. Money is USD; "fleet" figures cover every instance, "per instance" figures
//! one. Months are 730 hours, years 8,760.

pub const HOURS_PER_MONTH: f64 = 730.0;
pub const HOURS_PER_YEAR: f64 = 8_760.0;
pub const MONTHS_PER_YEAR: u32 = 12;
/// "Never purchase a database RI within the first 90 days of a cloud migration." (post 030)
pub const WAIT_RULE_DAYS: u32 = 90;
pub const MAX_MIGRATE_MONTH: u32 = 60;
/// With no migration planned the options are compared over 36 months: a whole number of terms
/// for both 1-year (renewed twice) and 3-year RIs, so neither is cut off mid-term.
pub const DEFAULT_HORIZON_MONTHS: u32 = 36;
/// Database Savings Plans cover generation 7 and later, not burstable classes (facts-2 §1.2).
pub const DSP_MIN_GENERATION: u32 = 7;

calc_core::choices! {
    /// The RI term; its key and label are the term field's options.
    pub enum Term {
        OneYear = "1" => "1 year",
        ThreeYear = "3" => "3 years",
    }
}

impl Term {
    pub fn years(self) -> u32 {
        match self {
            Term::OneYear => 1,
            Term::ThreeYear => 3,
        }
    }

    pub fn months(self) -> u32 {
        self.years() * MONTHS_PER_YEAR
    }

    pub fn hours(self) -> f64 {
        f64::from(self.years()) * HOURS_PER_YEAR
    }
}

calc_core::choices! {
    /// The RI payment option; its key and label are the payment field's options.
    pub enum Payment {
        NoUpfront = "no" => "No Upfront",
        PartialUpfront = "partial" => "Partial Upfront",
        AllUpfront = "all" => "All Upfront",
    }
}

/// AWS sells No Upfront RDS and Aurora RIs for a 1-year term only (facts B2).
pub fn is_offered(term: Term, payment: Payment) -> bool {
    !(term == Term::ThreeYear && payment == Payment::NoUpfront)
}

/// Instances of one class, the hours each runs per month, and the On-Demand rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Footprint {
    pub instances: u32,
    pub hours_per_month: f64,
    pub od_hourly: f64,
}

impl Footprint {
    pub fn count(&self) -> f64 {
        f64::from(self.instances)
    }

    pub fn od_monthly_per_instance(&self) -> f64 {
        self.od_hourly * self.hours_per_month
    }

    pub fn od_monthly(&self) -> f64 {
        self.count() * self.od_monthly_per_instance()
    }

    /// On-Demand cost of the fleet over `months` (fractional months allowed).
    pub fn od_cost_at(&self, months: f64) -> f64 {
        self.od_monthly() * months.max(0.0)
    }
}

/// One RI offering, priced per instance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RiOffer {
    pub term: Term,
    pub payment: Payment,
    pub upfront: f64,
    /// Recurring charge, owed for every hour of the term whether the instance runs or not.
    pub hourly: f64,
}

impl RiOffer {
    pub fn total_commitment(&self) -> f64 {
        self.upfront + self.hourly * self.term.hours()
    }

    /// AWS's definition: the upfront fee amortised over the term plus the recurring rate.
    pub fn effective_hourly(&self) -> f64 {
        self.upfront / self.term.hours() + self.hourly
    }

    pub fn effective_monthly(&self) -> f64 {
        self.effective_hourly() * HOURS_PER_MONTH
    }

    pub fn recurring_monthly(&self) -> f64 {
        self.hourly * HOURS_PER_MONTH
    }

    /// 1 − effective ÷ On-Demand; 0 when there is no On-Demand price to compare with.
    pub fn effective_discount(&self, od_hourly: f64) -> f64 {
        if od_hourly > 0.0 {
            1.0 - self.effective_hourly() / od_hourly
        } else {
            0.0
        }
    }
}

/// Months the instance must keep running before the RI beats On-Demand: the commitment is owed
/// whatever happens, so it pays off once On-Demand would have cost as much.
pub fn breakeven_month(fp: &Footprint, offer: &RiOffer) -> Option<f64> {
    let od = fp.od_monthly_per_instance();
    (od > 0.0).then(|| offer.total_commitment() / od)
}

/// Fleet cost of the RI option if the instances are deleted `t` months after purchase.
/// A 1-year RI is renewed yearly, and every started year is owed in full. A 3-year RI is not
/// renewed: after month 36 the fleet runs On-Demand, because no one buys a second 3-year term
/// that would outlive a migration planned within the 60-month range.
pub fn ri_cost_at(fp: &Footprint, offer: &RiOffer, t: f64) -> f64 {
    let t = t.max(0.0);
    let term = f64::from(offer.term.months());
    let commitment = fp.count() * offer.total_commitment();
    match offer.term {
        Term::OneYear => commitment * (t / term).ceil().max(1.0),
        Term::ThreeYear => commitment + fp.od_cost_at(t - term),
    }
}

/// The part of the commitment that buys nothing after a migration at month `m` (0 = none):
/// commitment-months left after `m`, valued at the RI's effective monthly cost.
pub fn stranded_cost(fp: &Footprint, offer: &RiOffer, m: u32) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let term = offer.term.months();
    let paid_until = match offer.term {
        Term::OneYear => m.div_ceil(term) * term,
        Term::ThreeYear => term,
    };
    let remaining = paid_until.saturating_sub(m);
    fp.count() * offer.effective_monthly() * f64::from(remaining)
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MigrationOutcome {
    pub od_cost: f64,
    pub ri_cost: f64,
    /// On-Demand minus RI over the months until the migration.
    pub horizon_saving: f64,
    pub stranded_cost: f64,
}

/// Costs until the instances are deleted at month `m`; `None` when no migration is planned.
pub fn migration(fp: &Footprint, offer: &RiOffer, m: u32) -> Option<MigrationOutcome> {
    (m > 0).then(|| {
        let t = f64::from(m);
        let od_cost = fp.od_cost_at(t);
        let ri_cost = ri_cost_at(fp, offer, t);
        MigrationOutcome {
            od_cost,
            ri_cost,
            horizon_saving: od_cost - ri_cost,
            stranded_cost: stranded_cost(fp, offer, m),
        }
    })
}

/// On-Demand over the full term minus the RI's total commitment, fleet-wide.
pub fn term_saving(fp: &Footprint, offer: &RiOffer) -> f64 {
    fp.od_cost_at(f64::from(offer.term.months())) - fp.count() * offer.total_commitment()
}

/// Monthly rate equivalent to an annual rate: (1 + r)^(1/12) − 1.
pub fn monthly_rate(annual: f64) -> f64 {
    (1.0 + annual).powf(1.0 / 12.0) - 1.0
}

/// Net present value of the RI's saving against On-Demand over its term. Cash flows: the upfront
/// fee at month 0; the recurring charge and the avoided On-Demand bill at the end of each month
/// 1..=term (billed in arrears). Negative annual rates are treated as 0.
pub fn npv_saving(fp: &Footprint, offer: &RiOffer, annual_rate: f64) -> f64 {
    let v = 1.0 / (1.0 + monthly_rate(annual_rate.max(0.0)));
    let monthly_saving = fp.od_monthly() - fp.count() * offer.recurring_monthly();
    let annuity: f64 = (1..=offer.term.months()).map(|t| v.powi(t as i32)).sum();
    monthly_saving * annuity - fp.count() * offer.upfront
}

/// One line of the payment-option table. Money is fleet-wide; rates and discount per instance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OptionRow {
    pub term: Term,
    pub payment: Payment,
    pub offered: bool,
    pub upfront: f64,
    pub monthly: f64,
    pub effective_hourly: f64,
    pub effective_discount: f64,
    pub breakeven_month: Option<f64>,
    pub term_total: f64,
    pub term_saving: f64,
    pub npv_saving: f64,
}

pub fn option_row(fp: &Footprint, offer: &RiOffer, annual_rate: f64) -> OptionRow {
    OptionRow {
        term: offer.term,
        payment: offer.payment,
        offered: is_offered(offer.term, offer.payment),
        upfront: fp.count() * offer.upfront,
        monthly: fp.count() * offer.recurring_monthly(),
        effective_hourly: offer.effective_hourly(),
        effective_discount: offer.effective_discount(fp.od_hourly),
        breakeven_month: breakeven_month(fp, offer),
        term_total: fp.count() * offer.total_commitment(),
        term_saving: term_saving(fp, offer),
        npv_saving: npv_saving(fp, offer, annual_rate),
    }
}

/// Days to wait before buying under the 90-day rule (0 once 90 days have passed).
pub fn wait_days(days_since_migration: u32) -> u32 {
    WAIT_RULE_DAYS.saturating_sub(days_since_migration)
}

/// Whole months of waiting, rounded up (730 h a month = 30.42 days); 90 days → 3 months.
pub fn wait_months(days: u32) -> u32 {
    let months = (u64::from(days) * 24).div_ceil(HOURS_PER_MONTH as u64);
    u32::try_from(months).unwrap_or(u32::MAX)
}

/// Commit-now effective monthly minus right-size-then-commit effective monthly (fleet-wide).
pub fn rightsize_saving_monthly(
    current: &Footprint,
    now: &RiOffer,
    rightsized: &Footprint,
    rs_offer: &RiOffer,
) -> f64 {
    current.count() * now.effective_monthly() - rightsized.count() * rs_offer.effective_monthly()
}

/// Right-size then commit: the current fleet On-Demand while waiting `wait` months, then the
/// right-sized fleet on its RI from month `wait`. Cost if everything is deleted at month `t`.
pub fn rightsize_cost_at(
    current: &Footprint,
    rightsized: &Footprint,
    rs_offer: &RiOffer,
    wait: u32,
    t: f64,
) -> f64 {
    let w = f64::from(wait);
    if t < w {
        current.od_cost_at(t)
    } else {
        current.od_cost_at(w) + ri_cost_at(rightsized, rs_offer, t - w)
    }
}

fn series(horizon: u32, cost: impl Fn(f64) -> f64) -> Vec<f64> {
    (0..=horizon).map(|k| cost(f64::from(k))).collect()
}

/// Cumulative On-Demand cost at months 0..=horizon.
pub fn od_series(fp: &Footprint, horizon: u32) -> Vec<f64> {
    series(horizon, |t| fp.od_cost_at(t))
}

/// Cumulative cost of committing now at months 0..=horizon (see [`ri_cost_at`]).
pub fn ri_series(fp: &Footprint, offer: &RiOffer, horizon: u32) -> Vec<f64> {
    series(horizon, |t| ri_cost_at(fp, offer, t))
}

/// First month (interpolated linearly between samples) at which `a − b` reaches zero or changes
/// sign. For On-Demand against an RI within its term this is exactly the break-even month.
pub fn crossing_month(a: &[f64], b: &[f64]) -> Option<f64> {
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    if d.first() == Some(&0.0) {
        return Some(0.0);
    }
    d.windows(2).enumerate().find_map(|(i, w)| {
        let crosses = (w[0] < 0.0 && w[1] >= 0.0) || (w[0] > 0.0 && w[1] <= 0.0);
        crosses.then(|| i as f64 + w[0] / (w[0] - w[1]))
    })
}

/// Generation number of an instance class: "db.r7g.large" → 7, "r6gd" → 6.
pub fn instance_generation(class: &str) -> Option<u32> {
    let family = class.strip_prefix("db.").unwrap_or(class).split('.').next()?;
    let digits: String =
        family.chars().skip_while(|c| c.is_ascii_alphabetic()).take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// Database Savings Plans eligibility: Aurora Serverless, or a non-burstable class of generation
/// 7 or later (r7g, r7i, r8g, r8gd, m7g, m7i, c7g, c7i, x8g; not r6g, r6i, r5 or t-classes).
pub fn dsp_eligible(class: &str) -> bool {
    let family = class.strip_prefix("db.").unwrap_or(class);
    if family.starts_with("serverless") {
        return true;
    }
    !family.starts_with('t') && instance_generation(class).is_some_and(|g| g >= DSP_MIN_GENERATION)
}

/// The discount a DSP gives this class: `discount` when eligible, 0 otherwise.
pub fn dsp_discount_for(eligible: bool, discount: f64) -> f64 {
    if eligible {
        discount.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Post-discount $/hour to commit so that On-Demand usage `usage_od_hourly` is covered at
/// `discount`: U × (1 − d). Committing U itself would over-commit.
pub fn dsp_commitment_hourly(usage_od_hourly: f64, discount: f64) -> f64 {
    usage_od_hourly * (1.0 - discount.clamp(0.0, 1.0))
}

/// Monthly DSP cost (1-year, No Upfront, owed every hour); `None` for an ineligible class.
pub fn dsp_monthly(usage_od_hourly: f64, discount: f64, eligible: bool) -> Option<f64> {
    eligible.then(|| dsp_commitment_hourly(usage_od_hourly, discount) * HOURS_PER_MONTH)
}

/// The option a recommendation can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    OnDemand,
    Reserved(Term, Payment),
    SavingsPlan,
}

/// The right-sized footprint, priced for the same term and payment option as the chosen RI.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RightSized {
    pub footprint: Footprint,
    pub upfront: f64,
    pub hourly: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RiInputs {
    pub footprint: Footprint,
    pub chosen: RiOffer,
    /// The other options for this class (from the price sheet or overridden); the chosen one
    /// may be repeated, the table keeps one row per term and payment.
    pub alternatives: Vec<RiOffer>,
    pub rightsized: Option<RightSized>,
    pub days_since_migration: u32,
    /// 0 = no migration planned, else 1..=60.
    pub migrate_month: u32,
    /// Annual discount rate as a fraction (0.08 = 8 %).
    pub discount_rate: f64,
    pub dsp_discount: f64,
    pub dsp_eligible: bool,
}

impl RiInputs {
    /// The months the recommendation compares over: the migration month, or 36 without one.
    pub fn horizon_months(&self) -> u32 {
        match self.migrate_month.min(MAX_MIGRATE_MONTH) {
            0 => DEFAULT_HORIZON_MONTHS,
            m => m,
        }
    }

    fn rightsized_offer(&self) -> Option<(Footprint, RiOffer)> {
        self.rightsized.map(|rs| {
            let offer = RiOffer { upfront: rs.upfront, hourly: rs.hourly, ..self.chosen };
            (rs.footprint, offer)
        })
    }

    /// Chosen first, then each other term and payment once.
    fn offers(&self) -> Vec<RiOffer> {
        let mut offers = vec![self.chosen];
        for o in &self.alternatives {
            if !offers.iter().any(|x| x.term == o.term && x.payment == o.payment) {
                offers.push(*o);
            }
        }
        offers
    }

    fn dsp_usage_hourly(&self) -> f64 {
        self.footprint.count() * self.footprint.od_hourly
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Recommendation {
    pub horizon_months: u32,
    /// Cheapest over the horizon; On-Demand wins ties, so an RI that loses money never wins.
    pub cheapest: Plan,
    pub cheapest_cost: f64,
    pub od_cost: f64,
    pub chosen_cost: f64,
    /// The chosen RI costs more than On-Demand over the horizon.
    pub chosen_loses_money: bool,
    /// A migration is planned within 36 months and a 3-year RI is still the cheapest option.
    pub three_year_cheapest_despite_migration: bool,
    pub rightsize_cost: Option<f64>,
    /// Right-sizing then committing costs less over the horizon than committing now.
    pub rightsize_first: bool,
    /// Days before the 90-day rule allows a purchase.
    pub wait_days: u32,
}

pub fn recommend(s: &RiInputs) -> Recommendation {
    let h = s.horizon_months();
    let t = f64::from(h);
    let fp = &s.footprint;
    let od_cost = fp.od_cost_at(t);
    let mut candidates = vec![(Plan::OnDemand, od_cost)];
    for o in s.offers().iter().filter(|o| is_offered(o.term, o.payment)) {
        candidates.push((Plan::Reserved(o.term, o.payment), ri_cost_at(fp, o, t)));
    }
    let dsp_discount = dsp_discount_for(s.dsp_eligible, s.dsp_discount);
    let dsp = dsp_monthly(s.dsp_usage_hourly(), dsp_discount, s.dsp_eligible);
    if let Some(monthly) = dsp.filter(|_| dsp_discount > 0.0) {
        // Owed per started year like a 1-year RI; an upper bound, since a DSP can go on
        // covering other eligible database usage after a migration.
        let years = (t / 12.0).ceil().max(1.0);
        candidates.push((Plan::SavingsPlan, monthly * 12.0 * years));
    }
    let (cheapest, cheapest_cost) =
        candidates.iter().copied().fold(candidates[0], |best, c| if c.1 < best.1 { c } else { best });
    let chosen_cost = ri_cost_at(fp, &s.chosen, t);
    let days_wait = wait_days(s.days_since_migration);
    let rightsize_cost =
        s.rightsized_offer().map(|(rs, offer)| rightsize_cost_at(fp, &rs, &offer, wait_months(days_wait), t));
    Recommendation {
        horizon_months: h,
        cheapest,
        cheapest_cost,
        od_cost,
        chosen_cost,
        chosen_loses_money: chosen_cost > od_cost,
        three_year_cheapest_despite_migration: s.migrate_month > 0
            && h < Term::ThreeYear.months()
            && matches!(cheapest, Plan::Reserved(Term::ThreeYear, _)),
        rightsize_cost,
        rightsize_first: rightsize_cost.is_some_and(|c| c < chosen_cost),
        wait_days: days_wait,
    }
}

/// The headline numbers (the CLI's `--json` keys), the option table and the recommendation.
#[derive(Clone, Debug, PartialEq)]
pub struct RiResult {
    pub od_monthly: f64,
    pub ri_effective_monthly: f64,
    pub effective_discount: f64,
    pub breakeven_month: Option<f64>,
    pub term_saving: f64,
    pub migration: Option<MigrationOutcome>,
    pub rightsize_saving_monthly: Option<f64>,
    /// Monthly difference × the chosen term's months.
    pub rightsize_saving_term: Option<f64>,
    pub npv_saving: f64,
    pub dsp_monthly: Option<f64>,
    pub rows: Vec<OptionRow>,
    pub recommendation: Recommendation,
}

pub fn compute(s: &RiInputs) -> RiResult {
    let fp = &s.footprint;
    let chosen = &s.chosen;
    let rightsize_saving_monthly =
        s.rightsized_offer().map(|(rs, offer)| rightsize_saving_monthly(fp, chosen, &rs, &offer));
    let dsp_discount = dsp_discount_for(s.dsp_eligible, s.dsp_discount);
    RiResult {
        od_monthly: fp.od_monthly(),
        ri_effective_monthly: fp.count() * chosen.effective_monthly(),
        effective_discount: chosen.effective_discount(fp.od_hourly),
        breakeven_month: breakeven_month(fp, chosen),
        term_saving: term_saving(fp, chosen),
        migration: migration(fp, chosen, s.migrate_month.min(MAX_MIGRATE_MONTH)),
        rightsize_saving_monthly,
        rightsize_saving_term: rightsize_saving_monthly.map(|m| m * f64::from(chosen.term.months())),
        npv_saving: npv_saving(fp, chosen, s.discount_rate),
        dsp_monthly: dsp_monthly(s.dsp_usage_hourly(), dsp_discount, s.dsp_eligible),
        rows: s.offers().iter().map(|o| option_row(fp, o, s.discount_rate)).collect(),
        recommendation: recommend(s),
    }
}

/// Cumulative-cost series for the chart, months 0..=horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLines {
    pub on_demand: Vec<f64>,
    pub commit_now: Vec<f64>,
    pub rightsize_then_commit: Option<Vec<f64>>,
}

pub fn cost_lines(s: &RiInputs, horizon: u32) -> CostLines {
    let fp = &s.footprint;
    let wait = wait_months(wait_days(s.days_since_migration));
    CostLines {
        on_demand: od_series(fp, horizon),
        commit_now: ri_series(fp, &s.chosen, horizon),
        rightsize_then_commit: s
            .rightsized_offer()
            .map(|(rs, offer)| series(horizon, |t| rightsize_cost_at(fp, &rs, &offer, wait, t))),
    }
}
