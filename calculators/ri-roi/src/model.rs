//! The arithmetic. Money is USD; "fleet" figures cover every instance, "per instance" figures
//! one. Months are 730 hours on average, years 8,760; a month the user says runs longer (up to
//! 744 hours, a 31-day month) bills an RI for every one of its hours too.
//!
//! Every option is priced as a plan a rational buyer would execute over the months the
//! instances will run (the horizon): a commitment is bought, renewed only while renewing costs
//! less than On-Demand for the months it would cover, and the rest runs On-Demand.

pub const HOURS_PER_MONTH: f64 = 730.0;
pub const HOURS_PER_YEAR: f64 = 8_760.0;
pub const MONTHS_PER_YEAR: u32 = 12;
/// "Never purchase a database RI within the first 90 days of a cloud migration." (post 030)
pub const WAIT_RULE_DAYS: u32 = 90;
pub const MAX_MIGRATE_MONTH: u32 = 60;
/// With no migration planned the options are compared over 36 months after any 90-day wait: a
/// whole number of terms for both 1-year (renewed twice) and 3-year RIs, so neither is cut off
/// mid-term.
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

    /// Hours a month a commitment is billed: every hour of the month, 730 on average, or the
    /// hours the instances run when the user says the month is longer (744 in a 31-day month).
    pub fn billed_hours_per_month(&self) -> f64 {
        self.hours_per_month.max(HOURS_PER_MONTH)
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

    /// An RI's recurring charge for one instance over one month: every billed hour.
    pub fn recurring_monthly(&self, offer: &RiOffer) -> f64 {
        offer.hourly * self.billed_hours_per_month()
    }

    /// What one instance owes over the RI's whole term: the upfront fee and every month's
    /// recurring charge.
    pub fn commitment(&self, offer: &RiOffer) -> f64 {
        offer.upfront + self.recurring_monthly(offer) * f64::from(offer.term.months())
    }

    /// The commitment spread over the term's months, per instance.
    pub fn effective_monthly(&self, offer: &RiOffer) -> f64 {
        self.commitment(offer) / f64::from(offer.term.months())
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
    /// The upfront fee and the recurring charge for every hour of the term (8,760 a year).
    pub fn total_commitment(&self) -> f64 {
        self.upfront + self.hourly * self.term.hours()
    }

    /// AWS's definition: the upfront fee amortised over the term plus the recurring rate.
    pub fn effective_hourly(&self) -> f64 {
        self.upfront / self.term.hours() + self.hourly
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
    (od > 0.0).then(|| fp.commitment(offer) / od)
}

/// On-Demand over the full term minus the RI's total commitment, fleet-wide.
pub fn term_saving(fp: &Footprint, offer: &RiOffer) -> f64 {
    fp.od_cost_at(f64::from(offer.term.months())) - fp.count() * fp.commitment(offer)
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
    let monthly_saving = fp.od_monthly() - fp.count() * fp.recurring_monthly(offer);
    let annuity: f64 = (1..=offer.term.months()).map(|t| v.powi(t as i32)).sum();
    monthly_saving * annuity - fp.count() * offer.upfront
}

/// Net present value of what `plan` saves against `baseline` (On-Demand over the same months),
/// discounted monthly: Σ (baseline cash − plan cash) ÷ (1 + monthly rate)^t. Only cash that
/// flows counts: On-Demand avoided stops when the instances are gone at the end of the horizon,
/// while a commitment's monthly charges run to the end of its term. Negative rates count as 0.
pub fn plan_npv(baseline: &Plan, plan: &Plan, annual_rate: f64) -> f64 {
    present_value(&baseline.cash(), annual_rate) - present_value(&plan.cash(), annual_rate)
}

/// Cash paid at months 0, 1, 2… in today's money at an annual rate (monthly compounding).
pub fn present_value(cash: &[f64], annual_rate: f64) -> f64 {
    let v = 1.0 / (1.0 + monthly_rate(annual_rate.max(0.0)));
    cash.iter().enumerate().map(|(t, c)| c * v.powi(t as i32)).sum()
}

/// What covers the fleet during one stretch of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cover {
    OnDemand,
    Reserved(Term, Payment),
    /// A 1-year No Upfront Database Savings Plan.
    SavingsPlan,
}

/// Which footprint a stretch runs on: today's class, or the right-sized one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Today,
    RightSized,
}

/// A commitment a plan can buy, per instance: its term, upfront fee and hourly charge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Commitment {
    pub cover: Cover,
    pub months: u32,
    pub upfront: f64,
    pub hourly: f64,
}

impl Commitment {
    pub fn reserved(o: &RiOffer) -> Self {
        Commitment {
            cover: Cover::Reserved(o.term, o.payment),
            months: o.term.months(),
            upfront: o.upfront,
            hourly: o.hourly,
        }
    }

    /// What one instance owes over the whole term.
    pub fn per_instance(&self, fp: &Footprint) -> f64 {
        self.upfront + self.hourly * fp.billed_hours_per_month() * f64::from(self.months)
    }

    pub fn fleet(&self, fp: &Footprint) -> f64 {
        fp.count() * self.per_instance(fp)
    }

    /// AWS's effective hourly rate: the upfront fee over the term's hours (8,760 a year) plus
    /// the hourly charge.
    pub fn effective_hourly(&self) -> f64 {
        self.upfront / (f64::from(self.months) * HOURS_PER_MONTH) + self.hourly
    }

    /// 1 − effective ÷ On-Demand; 0 without an On-Demand price.
    pub fn discount(&self, od_hourly: f64) -> f64 {
        if od_hourly > 0.0 {
            1.0 - self.effective_hourly() / od_hourly
        } else {
            0.0
        }
    }

    /// Months the fleet must run before the commitment beats On-Demand.
    pub fn breakeven_month(&self, fp: &Footprint) -> Option<f64> {
        let od = fp.od_monthly_per_instance();
        (od > 0.0).then(|| self.per_instance(fp) / od)
    }
}

/// One stretch of a plan: what covers the fleet from month `start` for `months` months of the
/// horizon, and what it is paid. Money is fleet-wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub cover: Cover,
    pub size: Size,
    pub start: u32,
    /// Months of the horizon it covers.
    pub months: u32,
    /// Months it is paid for: a commitment's whole term, owed even after the instances are
    /// gone; On-Demand only the months it covers.
    pub paid_months: u32,
    /// Paid at `start`.
    pub upfront: f64,
    /// Paid at the end of each paid month.
    pub monthly: f64,
    /// What On-Demand would cost for the months it covers, on the same footprint.
    pub od_cost: f64,
}

impl Segment {
    fn on_demand(fp: &Footprint, size: Size, start: u32, months: u32) -> Self {
        Segment {
            cover: Cover::OnDemand,
            size,
            start,
            months,
            paid_months: months,
            upfront: 0.0,
            monthly: fp.od_monthly(),
            od_cost: fp.od_monthly() * f64::from(months),
        }
    }

    fn commitment(fp: &Footprint, size: Size, c: &Commitment, start: u32, months: u32) -> Self {
        let months = months.min(c.months);
        Segment {
            cover: c.cover,
            size,
            start,
            months,
            od_cost: fp.od_monthly() * f64::from(months),
            paid_months: c.months,
            upfront: fp.count() * c.upfront,
            monthly: fp.count() * c.hourly * fp.billed_hours_per_month(),
        }
    }

    pub fn cost(&self) -> f64 {
        self.upfront + self.monthly * f64::from(self.paid_months)
    }

    /// The part of a commitment paid for months after the horizon, when nothing runs on it.
    pub fn stranded(&self) -> f64 {
        match self.paid_months {
            0 => 0.0,
            p => self.cost() * f64::from(p.saturating_sub(self.months)) / f64::from(p),
        }
    }

    /// What it has committed by month `t`: a commitment's whole cost once bought, On-Demand
    /// month by month.
    pub fn committed_by(&self, t: f64) -> f64 {
        let start = f64::from(self.start);
        match self.cover {
            Cover::OnDemand => self.monthly * calc_core::clamp(t - start, 0.0, f64::from(self.months)),
            _ if t >= start => self.cost(),
            _ => 0.0,
        }
    }
}

/// One way to run the fleet over the horizon, named after the commitment it buys.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub cover: Cover,
    pub size: Size,
    /// The commitment it is named after, per instance (none On-Demand).
    pub commitment: Option<Commitment>,
    pub segments: Vec<Segment>,
}

impl Plan {
    pub fn cost(&self) -> f64 {
        self.segments.iter().map(Segment::cost).sum()
    }

    pub fn stranded(&self) -> f64 {
        self.segments.iter().map(Segment::stranded).sum()
    }

    pub fn committed_by(&self, t: f64) -> f64 {
        self.segments.iter().map(|s| s.committed_by(t)).sum()
    }

    /// The commitments it buys, in order.
    pub fn purchases(&self) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(|s| s.cover != Cover::OnDemand)
    }

    /// Cash paid at each month 0..: upfront fees in the month of purchase, monthly charges at
    /// the end of each paid month (a commitment's after the horizon too, since they are owed).
    pub fn cash(&self) -> Vec<f64> {
        let end = self.segments.iter().map(|s| s.start + s.paid_months).max().unwrap_or(0);
        let mut cash = vec![0.0; end as usize + 1];
        for s in &self.segments {
            cash[s.start as usize] += s.upfront;
            for t in s.start + 1..=s.start + s.paid_months {
                cash[t as usize] += s.monthly;
            }
        }
        cash
    }
}

/// The fleet On-Demand for `months` months from `start`, after `segments`: joined to a
/// stretch On-Demand just before it.
fn push_on_demand(segments: &mut Vec<Segment>, fp: &Footprint, size: Size, start: u32, months: u32) {
    if months == 0 {
        return;
    }
    match segments.last_mut() {
        Some(last)
            if last.cover == Cover::OnDemand && last.size == size && last.start + last.months == start =>
        {
            last.months += months;
            last.paid_months += months;
            last.od_cost += fp.od_monthly() * f64::from(months);
        }
        _ => segments.push(Segment::on_demand(fp, size, start, months)),
    }
}

/// Buy `c` at `start` for a stretch of `months`, then: a yearly commitment is renewed for each
/// following year, or the last part of one, only when On-Demand for those months would cost
/// more than the renewal (the stretch is longer than the break-even); otherwise those months
/// run On-Demand. A longer commitment that ends before the stretch does is followed by the
/// cheapest of `options` (or On-Demand) for the rest.
fn commit(
    fp: &Footprint,
    size: Size,
    c: &Commitment,
    start: u32,
    months: u32,
    options: &[Commitment],
) -> Vec<Segment> {
    let mut segments = vec![Segment::commitment(fp, size, c, start, months)];
    let mut done = c.months.min(months);
    while done < months {
        let left = months - done;
        if c.months > MONTHS_PER_YEAR {
            segments.extend(cheapest_cover(fp, size, start + done, left, options));
            break;
        }
        let stub = left.min(c.months);
        if fp.od_cost_at(f64::from(stub)) > c.fleet(fp) {
            segments.push(Segment::commitment(fp, size, c, start + done, stub));
        } else {
            push_on_demand(&mut segments, fp, size, start + done, stub);
        }
        done += stub;
    }
    segments
}

/// The cheapest way to cover `months` months from `start`: On-Demand, or any of `options`
/// executed as in [`commit`]. On-Demand wins ties.
fn cheapest_cover(
    fp: &Footprint,
    size: Size,
    start: u32,
    months: u32,
    options: &[Commitment],
) -> Vec<Segment> {
    let mut best = Vec::new();
    push_on_demand(&mut best, fp, size, start, months);
    let mut best_cost: f64 = best.iter().map(Segment::cost).sum();
    for c in options {
        let segments = commit(fp, size, c, start, months, options);
        let cost: f64 = segments.iter().map(Segment::cost).sum();
        if cost < best_cost {
            (best, best_cost) = (segments, cost);
        }
    }
    best
}

/// The plan that buys `c` (or nothing) for `fp` over `horizon` months, after `wait` months
/// On-Demand on `today` (the 90-day rule), with `options` for what follows a commitment.
pub fn plan(
    today: &Footprint,
    (fp, size): (&Footprint, Size),
    c: Option<&Commitment>,
    wait: u32,
    horizon: u32,
    options: &[Commitment],
) -> Plan {
    let wait = if c.is_some() || size == Size::RightSized { wait.min(horizon) } else { 0 };
    let mut segments = Vec::new();
    push_on_demand(&mut segments, today, Size::Today, 0, wait);
    let rest = horizon - wait;
    match c {
        Some(c) if rest > 0 => segments.extend(commit(fp, size, c, wait, rest, options)),
        _ => push_on_demand(&mut segments, fp, size, wait, rest),
    }
    Plan { cover: c.map_or(Cover::OnDemand, |c| c.cover), size, commitment: c.copied(), segments }
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
    current.count() * current.effective_monthly(now)
        - rightsized.count() * rightsized.effective_monthly(rs_offer)
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
        calc_core::clamp(discount, 0.0, 1.0)
    } else {
        0.0
    }
}

/// Post-discount $/hour to commit so that On-Demand usage `usage_od_hourly` is covered at
/// `discount`: U × (1 − d). Committing U itself would over-commit.
pub fn dsp_commitment_hourly(usage_od_hourly: f64, discount: f64) -> f64 {
    usage_od_hourly * (1.0 - calc_core::clamp(discount, 0.0, 1.0))
}

/// The Database Savings Plan that covers `fp` running every hour, per instance: 1 year, No
/// Upfront, U × (1 − d) an hour owed for every billed hour.
pub fn dsp_commitment(fp: &Footprint, discount: f64) -> Commitment {
    Commitment {
        cover: Cover::SavingsPlan,
        months: MONTHS_PER_YEAR,
        upfront: 0.0,
        hourly: dsp_commitment_hourly(fp.od_hourly, discount),
    }
}

/// Monthly DSP cost of the fleet (1-year, No Upfront, owed every billed hour); `None` for an
/// ineligible class.
pub fn dsp_monthly(fp: &Footprint, discount: f64, eligible: bool) -> Option<f64> {
    eligible.then(|| fp.count() * dsp_commitment_hourly(fp.od_hourly, discount) * fp.billed_hours_per_month())
}

/// The right-sized footprint: the chosen term and payment option priced for it, and every
/// other offer with a price.
#[derive(Clone, Debug, PartialEq)]
pub struct RightSized {
    pub footprint: Footprint,
    pub upfront: f64,
    pub hourly: f64,
    /// The other offers for the right-sized class; the chosen term and payment comes first.
    pub alternatives: Vec<RiOffer>,
    /// Whether a Database Savings Plan covers the right-sized class.
    pub dsp_eligible: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RiInputs {
    pub footprint: Footprint,
    pub chosen: RiOffer,
    /// The other options for this class (from the price sheet or overridden); the chosen one
    /// may be repeated, the comparison keeps one per term and payment.
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
    /// The months the recommendation compares over: until the migration, or without one 36
    /// months after the 90-day wait.
    pub fn horizon_months(&self) -> u32 {
        match self.migrate_month.min(MAX_MIGRATE_MONTH) {
            0 => DEFAULT_HORIZON_MONTHS + self.wait_months(),
            m => m,
        }
    }

    /// Whole months On-Demand before the 90-day rule allows a purchase.
    pub fn wait_months(&self) -> u32 {
        wait_months(wait_days(self.days_since_migration))
    }

    /// Whether a migration is planned within the range.
    pub fn migrates(&self) -> bool {
        self.migrate_month > 0
    }

    /// The chosen term and payment at the right-sized class.
    fn rightsized_offer(&self) -> Option<(Footprint, RiOffer)> {
        self.rightsized.as_ref().map(|rs| {
            let offer = RiOffer { upfront: rs.upfront, hourly: rs.hourly, ..self.chosen };
            (rs.footprint, offer)
        })
    }

    /// Chosen first, then each other offered term and payment once.
    pub fn offers(&self) -> Vec<RiOffer> {
        offers(self.chosen, &self.alternatives)
    }

    /// Every commitment on offer for today's class: each RI, then the Savings Plan.
    fn commitments(&self) -> Vec<Commitment> {
        let dsp = self.dsp(&self.footprint, self.dsp_eligible);
        self.offers().iter().map(Commitment::reserved).chain(dsp).collect()
    }

    /// Every commitment on offer for the right-sized class.
    fn rightsized_commitments(&self) -> Option<(Footprint, Vec<Commitment>)> {
        let rs = self.rightsized.as_ref()?;
        let (fp, chosen) = self.rightsized_offer()?;
        let dsp = self.dsp(&fp, rs.dsp_eligible);
        Some((fp, offers(chosen, &rs.alternatives).iter().map(Commitment::reserved).chain(dsp).collect()))
    }

    /// The Database Savings Plan for a footprint, when it qualifies and a discount is given.
    fn dsp(&self, fp: &Footprint, eligible: bool) -> Option<Commitment> {
        let d = dsp_discount_for(eligible, self.dsp_discount);
        (d > 0.0).then(|| dsp_commitment(fp, d))
    }
}

/// `chosen` first, then each other offered term and payment once.
fn offers(chosen: RiOffer, alternatives: &[RiOffer]) -> Vec<RiOffer> {
    let mut offers = vec![chosen];
    for o in alternatives {
        if !offers.iter().any(|x| x.term == o.term && x.payment == o.payment) {
            offers.push(*o);
        }
    }
    offers.retain(|o| is_offered(o.term, o.payment));
    offers
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub horizon_months: u32,
    /// Every plan priced over the horizon: at today's size On-Demand first, then the chosen RI,
    /// the other RIs and the Savings Plan; then the same at the right-sized class.
    pub plans: Vec<Plan>,
    /// The cheapest plan of all (ties go to the earlier: On-Demand at today's size, so a
    /// commitment that loses money, or a right-sizing that saves nothing, never wins).
    pub best: usize,
    /// The cheapest plan at today's size.
    pub best_today: usize,
    /// The cheapest plan at the right-sized class, when one is compared.
    pub best_rightsized: Option<usize>,
    /// The chosen RI, executed the same way.
    pub chosen: usize,
    /// Days before the 90-day rule allows a purchase.
    pub wait_days: u32,
}

impl Recommendation {
    pub fn best(&self) -> &Plan {
        &self.plans[self.best]
    }

    pub fn chosen(&self) -> &Plan {
        &self.plans[self.chosen]
    }

    pub fn od_cost(&self) -> f64 {
        self.plans[0].cost()
    }

    pub fn cheapest_cost(&self) -> f64 {
        self.best().cost()
    }

    pub fn chosen_cost(&self) -> f64 {
        self.chosen().cost()
    }

    /// The best plan at today's size − the best at the right-sized class.
    pub fn rightsize_saving(&self) -> Option<f64> {
        self.best_rightsized.map(|i| self.plans[self.best_today].cost() - self.plans[i].cost())
    }

    /// Right-sizing first is the cheapest plan.
    pub fn rightsize_first(&self) -> bool {
        self.best().size == Size::RightSized
    }

    /// The chosen RI costs more than On-Demand over the horizon.
    pub fn chosen_loses_money(&self) -> bool {
        self.chosen_cost() > self.od_cost()
    }
}

/// The index of the cheapest of `plans[range]`; the earlier wins ties.
fn cheapest(plans: &[Plan], range: std::ops::Range<usize>) -> usize {
    let start = range.start;
    range.fold(start, |best, i| if plans[i].cost() < plans[best].cost() { i } else { best })
}

pub fn recommend(s: &RiInputs) -> Recommendation {
    let h = s.horizon_months();
    let fp = &s.footprint;
    let days_wait = wait_days(s.days_since_migration);
    let wait = s.wait_months();
    let options = s.commitments();
    let today = (fp, Size::Today);
    let mut plans = vec![plan(fp, today, None, wait, h, &options)];
    plans.extend(options.iter().map(|c| plan(fp, today, Some(c), wait, h, &options)));
    let best_today = cheapest(&plans, 0..plans.len());
    // The right-sized class, bought after the 90-day wait: staying On-Demand at it, or any of
    // its commitments.
    let best_rightsized = s.rightsized_commitments().map(|(rs, rs_options)| {
        let first = plans.len();
        let at = (&rs, Size::RightSized);
        plans.push(plan(fp, at, None, wait, h, &rs_options));
        plans.extend(rs_options.iter().map(|c| plan(fp, at, Some(c), wait, h, &rs_options)));
        cheapest(&plans, first..plans.len())
    });
    let best = match best_rightsized {
        Some(i) if plans[i].cost() < plans[best_today].cost() => i,
        _ => best_today,
    };
    // The chosen RI is priced the same way even when AWS does not sell it (a link can ask).
    let chosen_cover = Cover::Reserved(s.chosen.term, s.chosen.payment);
    let chosen =
        plans.iter().position(|p| p.cover == chosen_cover && p.size == Size::Today).unwrap_or_else(|| {
            plans.push(plan(fp, today, Some(&Commitment::reserved(&s.chosen)), wait, h, &options));
            plans.len() - 1
        });
    Recommendation {
        horizon_months: h,
        plans,
        best,
        best_today,
        best_rightsized,
        chosen,
        wait_days: days_wait,
    }
}

/// The headline numbers (the CLI's `--json` keys) and the recommendation. The first ones
/// describe the recommended plan over the horizon; the chosen RI's own figures follow.
#[derive(Clone, Debug, PartialEq)]
pub struct RiResult {
    /// On-Demand over the horizon − the recommended plan.
    pub horizon_saving: f64,
    /// The recommended plan's commitment left after the migration; `None` without one.
    pub stranded_cost: Option<f64>,
    /// NPV of the recommended plan's saving, cash that flows only.
    pub npv_saving: f64,
    pub plan_cost: f64,
    /// The plan's cost over the horizon ÷ its months.
    pub plan_monthly: f64,
    pub od_cost: f64,
    pub od_monthly: f64,
    /// The chosen RI executed over the horizon.
    pub chosen_cost: f64,
    pub ri_effective_monthly: f64,
    pub effective_discount: f64,
    pub breakeven_month: Option<f64>,
    pub term_saving: f64,
    /// The best plan at today's size − the best at the right-sized class, over the horizon.
    pub rightsize_saving: Option<f64>,
    pub rightsize_saving_monthly: Option<f64>,
    /// Monthly difference × the chosen term's months.
    pub rightsize_saving_term: Option<f64>,
    pub dsp_monthly: Option<f64>,
    pub recommendation: Recommendation,
}

pub fn compute(s: &RiInputs) -> RiResult {
    let fp = &s.footprint;
    let chosen = &s.chosen;
    let rightsize_saving_monthly =
        s.rightsized_offer().map(|(rs, offer)| rightsize_saving_monthly(fp, chosen, &rs, &offer));
    let dsp_discount = dsp_discount_for(s.dsp_eligible, s.dsp_discount);
    let v = recommend(s);
    let best = v.best();
    RiResult {
        horizon_saving: v.od_cost() - best.cost(),
        stranded_cost: s.migrates().then(|| best.stranded()),
        npv_saving: plan_npv(&v.plans[0], best, s.discount_rate),
        plan_cost: best.cost(),
        plan_monthly: best.cost() / f64::from(v.horizon_months.max(1)),
        od_cost: v.od_cost(),
        od_monthly: fp.od_monthly(),
        chosen_cost: v.chosen_cost(),
        ri_effective_monthly: fp.count() * fp.effective_monthly(chosen),
        effective_discount: chosen.effective_discount(fp.od_hourly),
        breakeven_month: breakeven_month(fp, chosen),
        term_saving: term_saving(fp, chosen),
        rightsize_saving: v.rightsize_saving(),
        rightsize_saving_monthly,
        rightsize_saving_term: rightsize_saving_monthly.map(|m| m * f64::from(chosen.term.months())),
        dsp_monthly: dsp_monthly(fp, dsp_discount, s.dsp_eligible),
        recommendation: v,
    }
}

/// Cumulative cost committed by each month 0..=horizon of a plan, for the chart.
pub fn committed_series(plan: &Plan, horizon: u32) -> Vec<f64> {
    (0..=horizon).map(|k| plan.committed_by(f64::from(k))).collect()
}
