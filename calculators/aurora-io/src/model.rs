//! The pure model: one month of an Aurora cluster billed as Standard and as I/O-Optimized.
//! Plain numbers in, plain numbers out; no formatting, no field handling.

/// I/O volume swing used for the low–high ranges (month-to-month variation).
pub const SWING: f64 = 0.20;
/// Within this fraction of the break-even I/O volume the answer is called fragile.
pub const NEAR: f64 = 0.10;
/// AWS's rule of thumb: I/O-Optimized when I/O is 25% or more of the Aurora bill.
pub const HEURISTIC_SHARE: f64 = 0.25;
/// Hours a Reserved Instance (or a Savings Plan commitment) is billed in an average month,
/// whether or not the instance runs (8,760 h ÷ 12). A month in which the instances run longer
/// than this (a 31-day month of 744 h) bills the commitment for those hours too.
pub const RI_HOURS: f64 = 730.0;
/// Two costs closer than this (USD/month) are a tie; a tie goes to the plan with less new
/// commitment.
const TIE: f64 = 1e-9;

#[derive(Clone, Debug, PartialEq)]
pub struct AuroraInputs {
    /// Provisioned instances (writer + readers).
    pub instances: f64,
    /// USD per instance-hour on Standard, On-Demand.
    pub hourly: f64,
    /// Average Serverless v2 ACUs over the month.
    pub acu: f64,
    pub storage_gb: f64,
    /// I/O requests per month, in millions.
    pub io_m: f64,
    pub hours: f64,
    /// Effective discount of the Reserved Instances that cover the provisioned instances
    /// today (on Standard), 0–100; 0 means On-Demand.
    pub ri_discount_pct: f64,
    /// On I/O-Optimized, cover the ~30% more RI units it consumes with a new commitment
    /// (whole extra RIs, or a Database Savings Plan where the class qualifies) when that is
    /// cheaper than paying On-Demand for them.
    pub buy_extra_ri: bool,
    /// Normalized units of one instance of the class (Single-AZ; AWS's size-flexibility
    /// table: medium 2, large 4, xlarge 8 …).
    pub units: f64,
    /// Normalized units of the smallest size of the class's family that can be reserved: an
    /// extra RI is bought in whole units of this size.
    pub smallest_units: f64,
    /// The class is one a Database Savings Plan covers (generation 7 or later, not burstable).
    pub dsp_eligible: bool,
    /// Discount of a 1-year Database Savings Plan on instance-hours, 0–100; 0 leaves it out.
    pub dsp_discount_pct: f64,
    /// What-if: I/O removed by fixing the top queries, 0–100.
    pub io_reduction_pct: f64,
    /// USD per GB-month, Standard.
    pub p_storage: f64,
    /// USD per GB-month, I/O-Optimized.
    pub p_storage_iopt: f64,
    /// USD per million I/O requests, Standard.
    pub p_io: f64,
    /// USD per ACU-hour, Standard.
    pub p_acu: f64,
    /// I/O-Optimized multiplier on instance-hours and ACU-hours.
    pub uplift: f64,
}

/// One configuration's monthly bill, USD.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Bill {
    /// Provisioned instances: the RI fee (owed every hour) plus any On-Demand hours.
    pub instances: f64,
    /// The part of `instances` billed On-Demand.
    pub on_demand: f64,
    /// Serverless v2 ACU-hours.
    pub acus: f64,
    /// `instances + acus`.
    pub compute: f64,
    pub storage: f64,
    pub io: f64,
    pub total: f64,
}

/// How the I/O-Optimized instance-hours that the RIs you own leave uncovered are paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoverKind {
    /// On-Demand (also the whole bill when no RIs are owned).
    OnDemand,
    /// Whole extra RIs of the family's smallest size, rounded down; the rest On-Demand.
    RisDown,
    /// A Database Savings Plan for all of it.
    Dsp,
    /// Whole extra RIs rounded down, and a Database Savings Plan for the fraction left.
    RisDownAndDsp,
    /// Whole extra RIs rounded up: a part of the last one goes unused.
    RisUp,
}

impl CoverKind {
    /// Preference on a tie: the less new commitment, the better.
    pub const ORDER: [CoverKind; 5] =
        [CoverKind::OnDemand, CoverKind::RisDown, CoverKind::Dsp, CoverKind::RisDownAndDsp, CoverKind::RisUp];

    /// The plan buys a new commitment (RIs or a Savings Plan).
    pub fn commits(self) -> bool {
        self != CoverKind::OnDemand
    }
}

/// One way of paying for the I/O-Optimized instance-hours the RIs you own do not cover.
/// Units are normalized units per hour the instances run (AWS's size-flexibility units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cover {
    pub kind: CoverKind,
    /// Normalized units per hour left uncovered by the RIs you own.
    pub gap_units: f64,
    /// Whole extra RIs bought, of the family's smallest size.
    pub extra_ris: f64,
    /// Units of the gap the extra RIs cover (at most `extra_ris × smallest_units`).
    pub ri_units: f64,
    /// Units of the gap a Database Savings Plan covers.
    pub dsp_units: f64,
    /// Units of the gap billed On-Demand.
    pub od_units: f64,
    /// Monthly fee of the extra RIs, owed every hour.
    pub extra_ri_fee: f64,
    /// The Savings Plan's commitment, USD per hour (post-discount), owed every hour.
    pub dsp_hourly: f64,
    /// `dsp_hourly` over the hours it is billed in the month.
    pub dsp_fee: f64,
    /// The On-Demand part, for the hours the instances run.
    pub on_demand: f64,
}

impl Cover {
    /// What this way of covering the gap costs a month.
    pub fn cost(&self) -> f64 {
        self.extra_ri_fee + self.dsp_fee + self.on_demand
    }

    /// The new commitment it buys, USD/month (RIs and Savings Plan).
    pub fn commitment(&self) -> f64 {
        self.extra_ri_fee + self.dsp_fee
    }
}

/// Where the two bills are equal, as the I/O volume varies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Breakeven {
    /// Equal at `io_m` million requests/month, where the I/O charge is `io_cost`; `share` is
    /// that I/O charge over the Standard total then (None when that total is 0).
    At { io_m: f64, io_cost: f64, share: Option<f64> },
    /// I/O costs nothing on Standard, so the I/O volume never changes the answer.
    NoIoCharge,
    /// I/O-Optimized's premium is negative (its storage price is below Standard's), so it is
    /// cheaper at every I/O volume.
    IoOptimizedAlwaysCheaper,
}

impl Breakeven {
    pub fn io_m(&self) -> Option<f64> {
        match self {
            Breakeven::At { io_m, .. } => Some(*io_m),
            _ => None,
        }
    }

    pub fn share(&self) -> Option<f64> {
        match self {
            Breakeven::At { share, .. } => *share,
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AuroraResult {
    pub standard: Bill,
    pub io_optimized: Bill,
    /// Standard after the what-if I/O reduction.
    pub standard_fixed: Bill,
    /// I/O volume after the what-if reduction, million requests/month.
    pub io_fixed_m: f64,
    /// Standard − I/O-Optimized: positive when switching saves money.
    pub monthly_saving: f64,
    pub annual_saving: f64,
    /// I/O charge over the Standard total, 0–1 (0 for an empty bill).
    pub io_share: f64,
    /// I/O charge over Standard compute (the cost article's "I/O-to-compute ratio"); None without compute.
    pub io_to_compute: Option<f64>,
    /// What I/O-Optimized adds before the I/O it removes: its bill minus Standard's at zero
    /// I/O (`(uplift − 1) × compute + (p_storage_iopt − p_storage) × GB` when On-Demand).
    pub premium: f64,
    pub breakeven: Breakeven,
    /// Standard total at I/O −20% and +20%.
    pub standard_low: f64,
    pub standard_high: f64,
    /// Monthly saving at I/O −20% and +20%.
    pub saving_low: f64,
    pub saving_high: f64,
    /// Standard after the fix − I/O-Optimized: positive when switching still saves money.
    pub saving_after_fix: f64,
    /// How the I/O-Optimized bill pays for the hours the RIs you own leave uncovered: the
    /// cheapest of `covers`.
    pub cover: Cover,
    /// Every way of covering them the calculator priced, in `CoverKind::ORDER`: On-Demand,
    /// and the commitments when the user allows them.
    pub covers: Vec<Cover>,
    /// The cheapest cover with a new commitment allowed, whether or not it is (for a warning
    /// that says what turning it on would do).
    pub cover_if_bought: Cover,
    /// How far one more GB moves the break-even, million requests/month (None without an I/O
    /// price or when I/O-Optimized storage is not dearer).
    pub breakeven_per_gb: Option<f64>,
}

impl AuroraResult {
    /// There is compute to compare (instances or ACUs running): without it there is no
    /// recommendation.
    pub fn comparable(&self) -> bool {
        self.standard.compute > 0.0
    }

    /// The exact comparison: I/O-Optimized is cheaper.
    pub fn switch_wins(&self) -> bool {
        self.monthly_saving > 0.0
    }

    /// The 25% rule of thumb: I/O is 25% or more of the Standard bill.
    pub fn heuristic_says_switch(&self) -> bool {
        self.io_share >= HEURISTIC_SHARE
    }

    /// Today's I/O is within ±10% of the break-even volume.
    pub fn near_breakeven(&self, io_m: f64) -> bool {
        match self.breakeven {
            Breakeven::At { io_m: be, .. } if be > 0.0 => (io_m - be).abs() <= NEAR * be,
            Breakeven::At { .. } => io_m == 0.0,
            _ => false,
        }
    }
}

fn has_ri(i: &AuroraInputs) -> bool {
    i.ri_discount_pct > 0.0
}

/// Hours a commitment (an RI or a Savings Plan) is billed in the month: every hour of an
/// average month, or every hour the instances run when the month is longer (744 h).
pub fn commitment_hours(i: &AuroraInputs) -> f64 {
    RI_HOURS.max(i.hours)
}

/// On-Demand USD per normalized unit-hour of the class (Standard rates; an I/O-Optimized
/// instance consumes `uplift` times the units, so it costs `uplift` times as much).
pub fn unit_price(i: &AuroraInputs) -> f64 {
    if i.units > 0.0 {
        i.hourly / i.units
    } else {
        0.0
    }
}

/// The monthly fee of the RIs that cover the instances on Standard: owed for every hour of the
/// month whether the instances run or not.
pub fn ri_fee(i: &AuroraInputs) -> f64 {
    if has_ri(i) {
        i.instances * i.hourly * (1.0 - i.ri_discount_pct / 100.0) * commitment_hours(i)
    } else {
        0.0
    }
}

/// The Standard bill at a given I/O volume.
pub fn standard_bill(i: &AuroraInputs, io_m: f64) -> Bill {
    let on_demand = if has_ri(i) { 0.0 } else { i.instances * i.hourly * i.hours };
    let instances = ri_fee(i) + on_demand;
    let acus = i.acu * i.p_acu * i.hours;
    let compute = instances + acus;
    let storage = i.storage_gb * i.p_storage;
    let io = io_m * i.p_io;
    Bill { instances, on_demand, acus, compute, storage, io, total: compute + storage + io }
}

/// Normalized units per hour an I/O-Optimized cluster consumes beyond the RIs you own: an
/// I/O-Optimized instance consumes `uplift` times the units of the Standard one (AWS agent
/// toolkit), and the RIs you own cover the Standard units.
pub fn gap_units(i: &AuroraInputs) -> f64 {
    if has_ri(i) {
        (i.instances * i.units * (i.uplift - 1.0)).max(0.0)
    } else {
        0.0
    }
}

/// The gap paid for with `extra_ris` whole RIs of the smallest size, then a Savings Plan for
/// the units they leave when `dsp`, else On-Demand.
fn cover_with(i: &AuroraInputs, kind: CoverKind, extra_ris: f64, dsp: bool) -> Cover {
    let gap = gap_units(i);
    let price = unit_price(i);
    let hours = commitment_hours(i);
    let ri_units = (extra_ris * i.smallest_units).min(gap);
    let rest = (gap - ri_units).max(0.0);
    let (dsp_units, od_units) = if dsp { (rest, 0.0) } else { (0.0, rest) };
    let discount = 1.0 - i.ri_discount_pct / 100.0;
    let dsp_hourly = dsp_units * price * (1.0 - i.dsp_discount_pct / 100.0);
    Cover {
        kind,
        gap_units: gap,
        extra_ris,
        ri_units,
        dsp_units,
        od_units,
        extra_ri_fee: extra_ris * i.smallest_units * price * discount * hours,
        dsp_hourly,
        dsp_fee: dsp_hourly * hours,
        on_demand: od_units * price * i.hours,
    }
}

/// Every way of covering the gap priced with new commitments `allowed`: On-Demand always;
/// then whole RIs of the family's smallest size rounded down (the rest On-Demand) and rounded
/// up; and, for a class a Database Savings Plan covers, a plan for all of it and one for the
/// fraction the whole RIs leave. Fractions of an RI cannot be bought.
pub fn covers(i: &AuroraInputs, allowed: bool) -> Vec<Cover> {
    let mut out = vec![cover_with(i, CoverKind::OnDemand, 0.0, false)];
    let gap = gap_units(i);
    if !allowed || gap <= 0.0 || i.smallest_units <= 0.0 {
        return out;
    }
    let whole = gap / i.smallest_units;
    let (down, up) = ((whole + 1e-9).floor(), (whole - 1e-9).ceil());
    let dsp = i.dsp_eligible && i.dsp_discount_pct > 0.0;
    if down > 0.0 {
        out.push(cover_with(i, CoverKind::RisDown, down, false));
    }
    if dsp {
        out.push(cover_with(i, CoverKind::Dsp, 0.0, true));
        if down > 0.0 && up > down {
            out.push(cover_with(i, CoverKind::RisDownAndDsp, down, true));
        }
    }
    if up > down {
        out.push(cover_with(i, CoverKind::RisUp, up, false));
    }
    out
}

/// The cheapest of `covers`; a tie goes to the one with less new commitment (they are listed
/// in that order).
pub fn cheapest(covers: &[Cover]) -> Cover {
    let mut best = covers[0];
    for c in &covers[1..] {
        if c.cost() < best.cost() - TIE {
            best = *c;
        }
    }
    best
}

/// The I/O-Optimized bill (it does not depend on the I/O volume) with a given cover. An
/// I/O-Optimized instance consumes `uplift` times the RI units of the same Standard instance,
/// so RIs bought for Standard cover 1/uplift of its hours; `cover` pays for the rest.
pub fn io_optimized_bill_with(i: &AuroraInputs, cover: &Cover) -> Bill {
    let (instances, on_demand) = if has_ri(i) {
        (ri_fee(i) + cover.cost(), cover.on_demand)
    } else {
        let od = i.instances * i.hourly * i.uplift * i.hours;
        (od, od)
    };
    let acus = i.acu * i.p_acu * i.uplift * i.hours;
    let compute = instances + acus;
    let storage = i.storage_gb * i.p_storage_iopt;
    Bill { instances, on_demand, acus, compute, storage, io: 0.0, total: compute + storage }
}

/// The I/O-Optimized bill with the cheapest cover the inputs allow.
pub fn io_optimized_bill(i: &AuroraInputs) -> Bill {
    io_optimized_bill_with(i, &cheapest(&covers(i, i.buy_extra_ri)))
}

/// Standard − I/O-Optimized at a given I/O volume.
pub fn saving_at(i: &AuroraInputs, io_m: f64) -> f64 {
    standard_bill(i, io_m).total - io_optimized_bill(i).total
}

pub fn compute(i: &AuroraInputs) -> AuroraResult {
    let standard = standard_bill(i, i.io_m);
    let covers = covers(i, i.buy_extra_ri);
    let cover = cheapest(&covers);
    let io_optimized = io_optimized_bill_with(i, &cover);
    let io_fixed_m = i.io_m * (1.0 - i.io_reduction_pct / 100.0);
    let standard_fixed = standard_bill(i, io_fixed_m);
    let monthly_saving = standard.total - io_optimized.total;
    let io_share = if standard.total > 0.0 { standard.io / standard.total } else { 0.0 };
    let io_to_compute = (standard.compute > 0.0).then(|| standard.io / standard.compute);

    // What I/O-Optimized costs over Standard before any I/O: both bills are linear in the
    // I/O volume and only Standard's grows, so this over the I/O price is the exact break-even.
    let premium = io_optimized.total - standard_bill(i, 0.0).total;
    let breakeven = if i.p_io <= 0.0 {
        Breakeven::NoIoCharge
    } else if premium < 0.0 {
        Breakeven::IoOptimizedAlwaysCheaper
    } else {
        let io_m = premium / i.p_io;
        let standard_then = standard.compute + standard.storage + premium;
        let share = (standard_then > 0.0).then(|| premium / standard_then);
        Breakeven::At { io_m, io_cost: premium, share }
    };

    let (low_io, high_io) = (i.io_m * (1.0 - SWING), i.io_m * (1.0 + SWING));
    AuroraResult {
        standard,
        io_optimized,
        standard_fixed,
        io_fixed_m,
        monthly_saving,
        annual_saving: monthly_saving * 12.0,
        io_share,
        io_to_compute,
        premium,
        breakeven,
        standard_low: standard_bill(i, low_io).total,
        standard_high: standard_bill(i, high_io).total,
        saving_low: saving_at(i, low_io),
        saving_high: saving_at(i, high_io),
        saving_after_fix: standard_fixed.total - io_optimized.total,
        cover,
        cover_if_bought: cheapest(&self::covers(i, true)),
        covers,
        breakeven_per_gb: {
            let delta = i.p_storage_iopt - i.p_storage;
            (delta > 0.0 && i.p_io > 0.0).then(|| delta / i.p_io)
        },
    }
}
