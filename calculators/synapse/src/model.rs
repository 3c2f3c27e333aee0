//! The pure model: a month of an Azure Synapse dedicated SQL pool today, each lever on its
//! own, and the recommended plan (the levers applied in order, the offload only where it
//! saves), over a horizon of months split where a reservation the pool holds ends. Plain
//! numbers in, plain numbers out.

/// The Gen2 service levels (DW100c … DW30000c), in DWU, smallest first.
pub const LEVELS: &[f64] = &[
    100.0, 200.0, 300.0, 400.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0, 5000.0, 6000.0, 7500.0,
    10000.0, 15000.0, 30000.0,
];
/// Hours in the average month (8,760 h ÷ 12), as Azure bills.
pub const HOURS_PER_MONTH: f64 = 730.0;
/// Hours in a week.
pub const HOURS_PER_WEEK: f64 = 168.0;

#[derive(Clone, Debug, PartialEq)]
pub struct SynapseInputs {
    /// Provisioned service level today, DWU (one of `LEVELS`).
    pub dwu: f64,
    /// Peak DWU actually used.
    pub peak_dwu: f64,
    /// Headroom over the peak, 0–100+ %.
    pub headroom_pct: f64,
    /// Hours the pool runs per week today.
    pub hours_week: f64,
    /// Hours per week the pool would be paused (at most `hours_week`).
    pub pause_hours_week: f64,
    /// Share of the dedicated hours that serve only ad-hoc queries, 0–100 %.
    pub adhoc_pct: f64,
    /// TB a month those queries would process on serverless SQL.
    pub tb_scanned: f64,
    pub storage_tb: f64,
    /// DWU a reservation covers (whole units of 100), 0 without one.
    pub reserved_dwu: f64,
    /// Whole months until the reservation ends.
    pub reserved_months: f64,
    /// Months the comparison covers (at least 1).
    pub horizon_months: f64,
    /// USD per 100 DWU-hour, pay-as-you-go.
    pub p_dwu_hour: f64,
    /// USD per 100 DWU-hour of reserved capacity, billed every hour of its term.
    pub p_reserved_dwu_hour: f64,
    /// USD per TB processed by serverless SQL.
    pub p_tb: f64,
    /// USD per TB-month of pool storage.
    pub p_storage: f64,
}

/// The recommended plan in a month: the levers applied in order, each at the level and hours
/// the previous ones left, the offload only when it saves there. Over the horizon, the
/// months' average.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Steps {
    pub rightsize: f64,
    pub pause: f64,
    /// Dedicated compute the offload would free after right-sizing and pausing, minus the
    /// serverless bill (negative: it would cost more).
    pub serverless: f64,
    /// Dedicated compute the offload would free after right-sizing and pausing.
    pub freed: f64,
    /// What the offload changes in the plan: its saving where it is in it, nothing elsewhere.
    pub serverless_applied: f64,
    /// The offload is part of the plan (in some month of the horizon, for the average).
    pub offload: bool,
    /// Whole hours a week the offload would free after pausing.
    pub offload_hours: f64,
    /// Dedicated hours per week the plan leaves running.
    pub hours_left: f64,
}

/// A stretch of the horizon with one billing: while a reservation runs, or after.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Phase {
    /// Months of the horizon it lasts.
    pub months: f64,
    /// DWU the reservation covers in it (0 once it has ended).
    pub reserved_dwu: f64,
    /// The reservation's monthly charge, billed whether the pool runs or not.
    pub reservation: f64,
    /// Today's compute a month (the reservation included).
    pub current_compute: f64,
    /// Each lever on its own, against today.
    pub rightsize_saving: f64,
    pub pause_saving: f64,
    pub serverless_saving: f64,
    pub serverless_freed: f64,
    pub steps: Steps,
    /// The plan's compute and serverless bill a month (the reservation included).
    pub optimized_compute: f64,
}

impl Phase {
    pub fn saving(&self) -> f64 {
        self.current_compute - self.optimized_compute
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SynapseResult {
    /// Peak × (1 + headroom).
    pub needed_dwu: f64,
    /// The smallest offered level at or above the need, never above today's level.
    pub target_dwu: f64,
    /// The level the plan keeps: the right-sized one, or today's when the plan pauses every hour.
    pub plan_dwu: f64,
    /// The need exceeds today's level: the pool may already be too small.
    pub undersized: bool,
    /// Whole hours a week billed today (the hours online, rounded up).
    pub billed_hours: f64,
    /// Whole hours a week the pause schedule saves (rounded down, at most the billed hours).
    pub paused_hours: f64,
    /// Whole hours a week the offload on its own frees.
    pub offload_hours_alone: f64,
    /// The plan pauses every hour the pool runs: delete or archive it rather than right-size.
    pub retire: bool,
    pub storage: f64,
    /// What the moved queries cost on serverless SQL a month.
    pub serverless_cost: f64,
    /// The horizon in months, and its stretches: while the reservation runs, then after it
    /// (one stretch without a reservation, or when it outlasts the horizon).
    pub horizon_months: f64,
    pub phases: Vec<Phase>,
    /// Whole months the reservation still runs (0 without one), within the horizon or not.
    pub reserved_months_left: f64,
    /// Averages a month over the horizon.
    pub current_compute: f64,
    pub current_monthly: f64,
    pub rightsize_saving: f64,
    pub pause_saving: f64,
    pub serverless_saving: f64,
    /// Dedicated compute the offload frees on its own (today's level and hours).
    pub serverless_freed: f64,
    /// The recommended plan: the cheapest of the plans priced, month by month.
    pub steps: Steps,
    /// The plan's dedicated compute and serverless bill.
    pub optimized_compute: f64,
    pub optimized_monthly: f64,
    pub monthly_saving: f64,
    /// The plan's saving over the whole horizon.
    pub horizon_saving: f64,
    /// TB a month at which the offload on its own breaks even (None without a TB price or
    /// without an offload).
    pub breakeven_tb: Option<f64>,
    /// TB a month below which the offload saves in the plan, after right-sizing and pausing.
    pub plan_breakeven_tb: Option<f64>,
}

impl SynapseResult {
    pub fn serverless_costs_more(&self) -> bool {
        self.serverless_saving < 0.0
    }

    /// The stretch while the reservation runs, when it falls in the horizon.
    pub fn reserved_phase(&self) -> Option<&Phase> {
        self.phases.first().filter(|p| p.reserved_dwu > 0.0)
    }

    /// The stretch after the reservation ends, when it falls in the horizon (the only one
    /// without a reservation).
    pub fn payg_phase(&self) -> Option<&Phase> {
        self.phases.last().filter(|p| p.reserved_dwu <= 0.0)
    }
}

/// Hours a month for hours a week: × 730 ÷ 168.
pub fn month_hours(hours_week: f64) -> f64 {
    hours_week * HOURS_PER_MONTH / HOURS_PER_WEEK
}

/// Monthly compute of a pool at `dwu` running `hours_week`.
pub fn dedicated(dwu: f64, hours_week: f64, p_dwu_hour: f64) -> f64 {
    dwu / 100.0 * p_dwu_hour * month_hours(hours_week)
}

/// The smallest offered level at or above `need` (the largest when none is), never above
/// `today`. A hair of tolerance so that 400 × 1.2 reads as 480, not 480.0000001.
pub fn rightsized(need: f64, today: f64) -> f64 {
    let fits = LEVELS.iter().copied().find(|&l| l >= need * (1.0 - 1e-12));
    fits.unwrap_or(LEVELS[LEVELS.len() - 1]).min(today)
}

/// Hours a week billed for a pool online `hours_week`: compute bills whole hours, so a part
/// of an hour online bills as a whole one. A hair of tolerance so that 40 stays 40.
pub fn billed_hours(hours_week: f64) -> f64 {
    (hours_week - 1e-9).ceil().max(0.0)
}

/// Hours a week a pause window of `hours_week` saves: only the whole hours it covers.
pub fn whole_hours(hours_week: f64) -> f64 {
    (hours_week + 1e-9).floor().max(0.0)
}

pub fn compute(i: &SynapseInputs) -> SynapseResult {
    let needed_dwu = i.peak_dwu * (1.0 + i.headroom_pct / 100.0);
    let target_dwu = rightsized(needed_dwu, i.dwu);
    let storage = i.storage_tb * i.p_storage;
    // Compute bills whole hours: the hours online round up, the paused and offloaded hours
    // (the windows the pool is off) round down.
    let billed = billed_hours(i.hours_week);
    let paused = whole_hours(i.pause_hours_week).min(billed);
    let adhoc = i.adhoc_pct / 100.0;
    // Nothing moves when no dedicated hours are offloaded, so nothing is scanned either.
    let serverless_cost = if adhoc > 0.0 { i.tb_scanned * i.p_tb } else { 0.0 };
    let offload_hours_alone = whole_hours(billed * adhoc);
    // A pool paused every hour it runs is not right-sized: it no longer runs at any level.
    let running = billed - paused;
    let retire = running <= 0.0;
    let plan_dwu = if retire { i.dwu } else { target_dwu };
    let offload_hours = whole_hours(running * adhoc);
    let hours = Hours { billed, paused, running, offload_hours_alone, offload_hours };

    // The horizon splits where the reservation ends: while it runs, it is billed whether the
    // pool runs or not; after, the pool bills at pay-as-you-go (reservations do not renew).
    let horizon = i.horizon_months.max(1.0);
    let reserved_months =
        if i.reserved_dwu > 0.0 { calc_core::clamp(i.reserved_months, 0.0, horizon) } else { 0.0 };
    let mut phases = Vec::new();
    if reserved_months > 0.0 {
        phases.push(phase(i, &hours, reserved_months, i.reserved_dwu, target_dwu, plan_dwu, serverless_cost));
    }
    if horizon - reserved_months > 0.0 {
        phases.push(phase(i, &hours, horizon - reserved_months, 0.0, target_dwu, plan_dwu, serverless_cost));
    }
    let avg = |f: &dyn Fn(&Phase) -> f64| phases.iter().map(|p| p.months * f(p)).sum::<f64>() / horizon;
    let steps = Steps {
        rightsize: avg(&|p| p.steps.rightsize),
        pause: avg(&|p| p.steps.pause),
        serverless: avg(&|p| p.steps.serverless),
        freed: avg(&|p| p.steps.freed),
        serverless_applied: avg(&|p| p.steps.serverless_applied),
        offload: phases.iter().any(|p| p.steps.offload),
        offload_hours,
        hours_left: phases.last().map_or(running, |p| p.steps.hours_left),
    };
    let current_compute = avg(&|p| p.current_compute);
    let optimized_compute = avg(&|p| p.optimized_compute);
    let serverless_freed = avg(&|p| p.serverless_freed);
    let monthly_saving = current_compute - optimized_compute;
    SynapseResult {
        needed_dwu,
        target_dwu,
        plan_dwu,
        undersized: needed_dwu > i.dwu * (1.0 + 1e-12),
        billed_hours: billed,
        paused_hours: paused,
        offload_hours_alone,
        retire,
        storage,
        serverless_cost,
        horizon_months: horizon,
        reserved_months_left: if i.reserved_dwu > 0.0 { i.reserved_months } else { 0.0 },
        current_compute,
        current_monthly: current_compute + storage,
        rightsize_saving: avg(&|p| p.rightsize_saving),
        pause_saving: avg(&|p| p.pause_saving),
        serverless_saving: avg(&|p| p.serverless_saving),
        serverless_freed,
        steps,
        optimized_compute,
        optimized_monthly: optimized_compute + storage,
        monthly_saving,
        horizon_saving: monthly_saving * horizon,
        breakeven_tb: (i.p_tb > 0.0 && adhoc > 0.0).then(|| serverless_freed / i.p_tb),
        plan_breakeven_tb: (i.p_tb > 0.0 && adhoc > 0.0).then(|| steps.freed / i.p_tb),
        phases,
    }
}

/// Whole hours a week: billed today, paused, left running, and freed by the offload.
struct Hours {
    billed: f64,
    paused: f64,
    running: f64,
    offload_hours_alone: f64,
    offload_hours: f64,
}

/// A month with `covered` DWU reserved (0: pay-as-you-go): today, each lever on its own, and
/// the plan.
fn phase(
    i: &SynapseInputs,
    h: &Hours,
    months: f64,
    covered: f64,
    target_dwu: f64,
    plan_dwu: f64,
    serverless_cost: f64,
) -> Phase {
    let reservation = covered / 100.0 * i.p_reserved_dwu_hour * HOURS_PER_MONTH;
    // The reservation is billed every hour; only the DWU above it bill by the hour online.
    let cost = |dwu: f64, hours_week: f64| {
        reservation + dedicated((dwu - covered).max(0.0), hours_week, i.p_dwu_hour)
    };
    let today = cost(i.dwu, h.billed);
    let serverless_freed = today - cost(i.dwu, h.billed - h.offload_hours_alone);

    // In order: right-size, then pause, then offload the ad-hoc share of the hours left, the
    // offload only when it saves there: a rational buyer leaves out a lever that costs more.
    let sized = cost(plan_dwu, h.billed);
    let paused = cost(plan_dwu, h.running);
    let freed = paused - cost(plan_dwu, h.running - h.offload_hours);
    let offload = i.adhoc_pct > 0.0 && freed - serverless_cost > 0.0;
    let steps = Steps {
        rightsize: today - sized,
        pause: sized - paused,
        serverless: freed - serverless_cost,
        freed,
        serverless_applied: if offload { freed - serverless_cost } else { 0.0 },
        offload,
        offload_hours: h.offload_hours,
        hours_left: if offload { h.running - h.offload_hours } else { h.running },
    };
    Phase {
        months,
        reserved_dwu: covered,
        reservation,
        current_compute: today,
        rightsize_saving: today - cost(target_dwu, h.billed),
        pause_saving: today - cost(i.dwu, h.billed - h.paused),
        serverless_saving: serverless_freed - serverless_cost,
        serverless_freed,
        optimized_compute: paused - steps.serverless_applied,
        steps,
    }
}
