//! The pure model: one month of an Aurora cluster billed as Standard and as I/O-Optimized.
//! Plain numbers in, plain numbers out; no formatting, no field handling.

/// I/O volume swing used for the low–high ranges (month-to-month variation).
pub const SWING: f64 = 0.20;
/// Within this fraction of the break-even I/O volume the answer is called fragile.
pub const NEAR: f64 = 0.10;
/// AWS's rule of thumb: I/O-Optimized when I/O is 25% or more of the Aurora bill.
pub const HEURISTIC_SHARE: f64 = 0.25;
/// Hours a Reserved Instance is billed in a month, whether or not the instance runs
/// (8,760 h ÷ 12).
pub const RI_HOURS: f64 = 730.0;

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
    /// On I/O-Optimized, buy the ~30% more RI units it consumes instead of paying On-Demand
    /// for them.
    pub buy_extra_ri: bool,
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
    /// The new monthly RI commitment when the extra RI units are bought (0 otherwise).
    pub extra_ri_monthly: f64,
    /// What buying the extra RI units would commit a month, whether or not they are bought.
    pub extra_ri_if_bought: f64,
    /// How far one more GB moves the break-even, million requests/month (None without an I/O
    /// price or when I/O-Optimized storage is not dearer).
    pub breakeven_per_gb: Option<f64>,
}

impl AuroraResult {
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

/// The monthly fee of the RIs that cover the instances on Standard: owed for every hour of
/// the month whether the instances run or not.
pub fn ri_fee(i: &AuroraInputs) -> f64 {
    if has_ri(i) {
        i.instances * i.hourly * (1.0 - i.ri_discount_pct / 100.0) * RI_HOURS
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

/// The monthly commitment of the extra RI units I/O-Optimized consumes, if bought.
pub fn extra_ri_fee(i: &AuroraInputs) -> f64 {
    if has_ri(i) && i.buy_extra_ri {
        i.instances * i.hourly * (i.uplift - 1.0) * (1.0 - i.ri_discount_pct / 100.0) * RI_HOURS
    } else {
        0.0
    }
}

/// The I/O-Optimized bill (it does not depend on the I/O volume). An I/O-Optimized instance
/// consumes `uplift` times the RI units of the same Standard instance, so RIs bought for
/// Standard cover 1/uplift of its hours: the rest is On-Demand unless more RIs are bought.
pub fn io_optimized_bill(i: &AuroraInputs) -> Bill {
    let on_demand = match (has_ri(i), i.buy_extra_ri) {
        (false, _) => i.instances * i.hourly * i.uplift * i.hours,
        (true, false) => i.instances * i.hourly * (i.uplift - 1.0) * i.hours,
        (true, true) => 0.0,
    };
    let instances = ri_fee(i) + extra_ri_fee(i) + on_demand;
    let acus = i.acu * i.p_acu * i.uplift * i.hours;
    let compute = instances + acus;
    let storage = i.storage_gb * i.p_storage_iopt;
    Bill { instances, on_demand, acus, compute, storage, io: 0.0, total: compute + storage }
}

/// Standard − I/O-Optimized at a given I/O volume.
pub fn saving_at(i: &AuroraInputs, io_m: f64) -> f64 {
    standard_bill(i, io_m).total - io_optimized_bill(i).total
}

pub fn compute(i: &AuroraInputs) -> AuroraResult {
    let standard = standard_bill(i, i.io_m);
    let io_optimized = io_optimized_bill(i);
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
        extra_ri_monthly: extra_ri_fee(i),
        extra_ri_if_bought: extra_ri_fee(&AuroraInputs { buy_extra_ri: true, ..i.clone() }),
        breakeven_per_gb: {
            let delta = i.p_storage_iopt - i.p_storage;
            (delta > 0.0 && i.p_io > 0.0).then(|| delta / i.p_io)
        },
    }
}
