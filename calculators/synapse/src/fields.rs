//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::SynapseInputs;
use calc_core::{Choice, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Unit};

/// Every URL key, spelled once.
pub mod key {
    pub const REGION: &str = "region";
    pub const DWU: &str = "dwu";
    pub const PEAK_DWU: &str = "peak_dwu";
    pub const HEADROOM: &str = "headroom";
    pub const HOURS_WEEK: &str = "hours_week";
    pub const PAUSE_HOURS_WEEK: &str = "pause_hours_week";
    pub const ADHOC_SHARE: &str = "adhoc_share";
    pub const TB_SCANNED: &str = "tb_scanned";
    pub const RESERVED_DWU: &str = "reserved_dwu";
    pub const RESERVED_MONTHS: &str = "reserved_months";
    pub const RESERVED_DISCOUNT: &str = "reserved_discount";
    pub const HORIZON_MONTHS: &str = "horizon_months";
    pub const STORAGE_TB: &str = "storage_tb";
    pub const P_DWU_HOUR: &str = "p_dwu_hour";
    pub const P_TB: &str = "p_tb";
    pub const P_STORAGE: &str = "p_storage";
}

pub const GROUP_POOL: &str = "Dedicated SQL pool";
pub const GROUP_LEVERS: &str = "Levers";
pub const GROUP_RESERVATION: &str = "Reservation and horizon";
pub const GROUP_PRICES: &str = "Prices";

/// The Gen2 service levels; the key is the DWU count (`dwu=1000` is DW1000c). Must match
/// `model::LEVELS` (a test checks it). The level names a size, not a branch of the model, so
/// it stays a plain list.
pub const LEVEL_CHOICES: &[Choice] = &[
    Choice { key: "100", label: "DW100c" },
    Choice { key: "200", label: "DW200c" },
    Choice { key: "300", label: "DW300c" },
    Choice { key: "400", label: "DW400c" },
    Choice { key: "500", label: "DW500c" },
    Choice { key: "1000", label: "DW1000c" },
    Choice { key: "1500", label: "DW1500c" },
    Choice { key: "2000", label: "DW2000c" },
    Choice { key: "2500", label: "DW2500c" },
    Choice { key: "3000", label: "DW3000c" },
    Choice { key: "5000", label: "DW5000c" },
    Choice { key: "6000", label: "DW6000c" },
    Choice { key: "7500", label: "DW7500c" },
    Choice { key: "10000", label: "DW10000c" },
    Choice { key: "15000", label: "DW15000c" },
    Choice { key: "30000", label: "DW30000c" },
];

pub const USD_PER_100_DWU_HOUR: Unit = Unit::rate("USD/100 DWU-hour", "100 DWU-hour");
pub const USD_PER_TB: Unit = Unit::rate("USD/TB", "TB processed");
pub const USD_PER_TB_MONTH: Unit = Unit::rate("USD/TB-month", "TB-month");
pub const DWU: Unit = Unit::quantity("DWU", 0, "DWU");
pub const HOURS_PER_WEEK: Unit = Unit::quantity("hours/week", 1, "hours/week");
pub const TB_PER_MONTH: Unit = Unit::quantity("TB/month", 3, "TB/month");
pub const TB: Unit = Unit::quantity("TB", 3, "TB");

/// The regions the price sheet prices, in its order (`SHEET_REGIONS`, the default first; a test
/// checks they are the same), each named as a reader knows it and as Azure spells it.
pub static REGION_CHOICES: &[Choice] = &[
    Choice { key: "westeurope", label: "West Europe (westeurope)" },
    Choice { key: "brazilsouth", label: "Brazil South (brazilsouth)" },
    Choice { key: "canadacentral", label: "Canada Central (canadacentral)" },
    Choice { key: "eastus", label: "East US (eastus)" },
    Choice { key: "southeastasia", label: "Southeast Asia (southeastasia)" },
];

/// "West Europe (westeurope)" for `westeurope`; the code itself for a region the list lacks.
pub fn region_label(code: &str) -> &str {
    REGION_CHOICES.iter().find(|c| c.key == code).map_or(code, |c| c.label)
}

/// Whether a sheet price is another region's figure standing in for this one (its note says so).
pub fn stands_in(price: &calc_core::Price) -> bool {
    price.proxy
}

/// Price-sheet keys of the overridable prices.
pub const PRICE_DWU: &str = "dwu_100_hour";
/// The reservation discount off pay-as-you-go a Microsoft author published for 1-year terms
/// (about 65% for 3 years); a cited rule, not a dated list price.
pub const DEFAULT_RESERVED_DISCOUNT: f64 = 37.0;
pub const PRICE_TB: &str = "serverless_tb";
pub const PRICE_STORAGE: &str = "storage_tb_month";

pub static FIELDS: &[Field] = &[
    Field {
        key: key::REGION,
        label: "Region",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: REGION_CHOICES, default: crate::SHEET_DEFAULT_REGION },
        help: calc_core::prose!("The Azure region of the pool. Its pay-as-you-go prices per 100 DWU-hour and per TB processed on serverless are read from the price list for that region; storage is West Europe's figure in every region (uncertain). Prices you enter under Prices replace them."),
        group: GROUP_POOL,
    },
    Field {
        key: key::DWU,
        label: "Provisioned service level",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: LEVEL_CHOICES, default: "1000" },
        help: calc_core::prose!("The dedicated SQL pool's performance level today (Azure portal, the pool's Overview, \"Performance level\"; Gen2, DW100c to DW30000c). In a link, the DWU count: dwu=1000 is DW1000c."),
        group: GROUP_POOL,
    },
    Field {
        key: key::PEAK_DWU,
        label: "Peak DWU actually used",
        unit: DWU,
        kind: FieldKind::Number { min: 0.0, max: 30_000.0, step: 50.0, default: 400.0 },
        help: calc_core::prose!("The highest DWU the workload you must keep serving really used (Azure Monitor, the pool's \"DWU used\" metric, Max, over a representative month; include quarter-end if the pool must carry it at this size). Enter today's level to leave right-sizing out."),
        group: GROUP_POOL,
    },
    Field {
        key: key::HEADROOM,
        label: "Headroom over the peak",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 200.0, step: 5.0, default: 20.0 },
        help: calc_core::prose!("Spare capacity to keep above the peak. The right-sized level is the smallest Gen2 level at or above peak × (1 + headroom), never above today's level."),
        group: GROUP_POOL,
    },
    Field {
        key: key::HOURS_WEEK,
        label: "Hours running per week",
        unit: HOURS_PER_WEEK,
        kind: FieldKind::Number { min: 0.0, max: 168.0, step: 1.0, default: 168.0 },
        help: calc_core::prose!("Hours a week the pool is online today (168 = always on). Compute bills whole hours: an hour online for any part of it bills in full. A month is 730 hours, 730 ÷ 168 weeks."),
        group: GROUP_POOL,
    },
    Field {
        key: key::STORAGE_TB,
        label: "Storage",
        unit: TB,
        kind: FieldKind::Number { min: 0.0, max: 10_000.0, step: 0.5, default: 1.0 },
        help: calc_core::prose!("Data stored in the pool, TB (Azure portal, the pool's storage size). Billed whether the pool runs or is paused; the levers do not change it."),
        group: GROUP_POOL,
    },
    Field {
        key: key::PAUSE_HOURS_WEEK,
        label: "Hours paused per week",
        unit: HOURS_PER_WEEK,
        kind: FieldKind::Number { min: 0.0, max: 168.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!("Hours a week a pause schedule would take the pool offline, out of the hours it runs today (nights and weekends for a non-production pool: 168 − 5 × 12 = 108). Only whole clock hours save: a pause from 18:30 to 07:00 saves 12 hours (19:00 to 07:00). 168 of 168 means the pool is not needed: delete or archive it. 0 leaves pausing out."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::ADHOC_SHARE,
        label: "Dedicated hours that serve only ad-hoc queries",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("The share of the hours the pool still runs that it runs only for analysts' ad-hoc and exploratory queries, so that it could be paused once they move to serverless SQL. 0 leaves the offload out."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::TB_SCANNED,
        label: "TB a month those queries would process on serverless",
        unit: TB_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 100_000.0, step: 0.5, default: 0.0 },
        help: calc_core::prose!("Data the moved queries would process on serverless SQL in a month: data read (whole files or tables without partition pruning), moved between nodes and written. Measure it on a sample first (sys.dm_external_data_processed)."),
        group: GROUP_LEVERS,
    },
    Field {
        key: key::RESERVED_DWU,
        label: "DWU covered by a reservation",
        unit: DWU,
        kind: FieldKind::Number { min: 0.0, max: 30_000.0, step: 100.0, default: 0.0 },
        help: calc_core::prose!("The reserved capacity that applies to this pool, in DWU (Azure portal, Reservations: the quantity of the Synapse reservation × 100; a quantity of 10 covers DW1000c). Reserved capacity is billed every hour whether the pool runs or not, so pausing or shrinking the pool below it saves nothing until the reservation ends. 0 if there is none."),
        group: GROUP_RESERVATION,
    },
    Field {
        key: key::RESERVED_MONTHS,
        label: "Months left on the reservation",
        unit: Unit::MONTHS,
        kind: FieldKind::Integer { min: 0, max: 36, default: 12 },
        help: calc_core::prose!("Whole months until the reservation ends (its expiry date in the Azure portal), or until you exchange or return it. Reservations do not renew on their own; after one ends the pool bills at pay-as-you-go."),
        group: GROUP_RESERVATION,
    },
    Field {
        key: key::RESERVED_DISCOUNT,
        label: "Reservation discount off pay-as-you-go",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 1.0, default: DEFAULT_RESERVED_DISCOUNT },
        help: calc_core::prose!("How much less the reservation costs than pay-as-you-go: 1 − its cost ÷ (quantity × hours in its term × the pay-as-you-go price per 100 DWU-hour). About 37% for 1 year and 65% for 3 years (a Microsoft author, 2020). It is billed the same in every plan while the reservation runs, so it moves the totals, never the savings."),
        group: GROUP_RESERVATION,
    },
    Field {
        key: key::HORIZON_MONTHS,
        label: "Horizon",
        unit: Unit::MONTHS,
        kind: FieldKind::Integer { min: 1, max: 60, default: 12 },
        help: calc_core::prose!("Months the comparison covers. Monthly figures are averages over it (they differ from month to month only when a reservation ends within it); the plan's saving over it is the total."),
        group: GROUP_RESERVATION,
    },
    Field {
        key: key::P_DWU_HOUR,
        label: "Dedicated SQL pool price per 100 DWU-hour",
        unit: USD_PER_100_DWU_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 100.0, step: 0.01, derived_from: key::REGION },
        help: calc_core::prose!("Pay-as-you-go USD per 100 DWU-hour, the DW100c hourly price. Empty: the price list's for the region. Gen2 levels are priced in proportion: DW1000c costs 10 times as much an hour."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_TB,
        label: "Serverless SQL price per TB processed",
        unit: USD_PER_TB,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.01, derived_from: key::REGION },
        help: calc_core::prose!("USD per TB of data processed by the serverless SQL pool. Empty: the price list's for the region."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_STORAGE,
        label: "Storage price per TB-month",
        unit: USD_PER_TB_MONTH,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.01, derived_from: key::REGION },
        help: calc_core::prose!("USD per TB-month of dedicated SQL pool storage, billed while paused too. Empty: West Europe's figure, the only dated one found, for every region (uncertain: check your bill)."),
        group: GROUP_PRICES,
    },
];

/// The inputs as the model takes them, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: SynapseInputs,
    /// The region whose prices the sheet's defaults are (Azure's code, `westeurope`).
    pub region: &'static str,
    pub p_dwu_hour: Provenance,
    /// The reservation discount, %, as entered.
    pub reserved_discount: f64,
    pub p_tb: Provenance,
    pub p_storage: Provenance,
}

/// `DW1000c` for 1000.
pub fn level_name(dwu: f64) -> String {
    format!("DW{}c", calc_core::decimal::display(dwu.round()))
}

/// What each price is, as a refusal names it.
const PRICE_NAMES: &[(&str, &str)] = &[
    (PRICE_DWU, "price per 100 DWU-hour"),
    (PRICE_TB, "serverless price per TB"),
    (PRICE_STORAGE, "storage price per TB-month"),
];

/// A price left on auto is the sheet's for the region; a typed one is the user's. A region the
/// sheet has no such price for is refused, on the region, naming the regions that have it.
struct Pricer<'a> {
    inputs: &'a Inputs,
    prices: &'a PriceSheet,
    region: &'static str,
    missing: Vec<&'static str>,
}

impl Pricer<'_> {
    fn price(&mut self, field: &str, sheet_key: &'static str) -> (f64, Provenance) {
        match self.inputs.opt_num(field) {
            Some(v) => (v, Provenance::Input),
            None => match self.prices.find_in(sheet_key, self.region) {
                Some(p) => (p.value, Provenance::Sheet(p)),
                None => {
                    self.missing.push(sheet_key);
                    (0.0, Provenance::Input)
                }
            },
        }
    }

    /// "has no storage price per TB-month in the price list (it has one for West Europe
    /// (westeurope)); …".
    fn refusal(&self) -> Option<FieldError> {
        if self.missing.is_empty() {
            return None;
        }
        let parts: Vec<String> = self
            .missing
            .iter()
            .map(|k| {
                let what = PRICE_NAMES.iter().find(|(key, _)| key == k).map_or(*k, |(_, what)| what);
                let has: Vec<&str> = self.prices.regions(k).into_iter().map(region_label).collect();
                format!("{what} in the price list (it has one for {})", has.join(", "))
            })
            .collect();
        Some(FieldError::new(
            key::REGION,
            self.region,
            format!(
                "has no {}: choose a region that has it, or enter the price under Prices",
                parts.join(" and no ")
            ),
        ))
    }
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model; a region
/// without a price the scenario leaves on auto, pausing more hours than the pool runs, and a
/// reservation that is not whole units of 100 DWU, are refused.
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let level = inputs.option_of(key::DWU, LEVEL_CHOICES).key;
    let dwu =
        calc_core::decimal::parse(level).unwrap_or_else(|| panic!("DW level `{level}` is not a number"));
    let region = inputs.option_of(key::REGION, REGION_CHOICES).key;
    let mut pricer = Pricer { inputs, prices, region, missing: Vec::new() };
    let (p_dwu_hour, p_dwu_hour_from) = pricer.price(key::P_DWU_HOUR, PRICE_DWU);
    let (p_tb, p_tb_from) = pricer.price(key::P_TB, PRICE_TB);
    let (p_storage, p_storage_from) = pricer.price(key::P_STORAGE, PRICE_STORAGE);
    let model = SynapseInputs {
        dwu,
        peak_dwu: inputs.num(key::PEAK_DWU),
        headroom_pct: inputs.num(key::HEADROOM),
        hours_week: inputs.num(key::HOURS_WEEK),
        pause_hours_week: inputs.num(key::PAUSE_HOURS_WEEK),
        adhoc_pct: inputs.num(key::ADHOC_SHARE),
        tb_scanned: inputs.num(key::TB_SCANNED),
        storage_tb: inputs.num(key::STORAGE_TB),
        reserved_dwu: inputs.num(key::RESERVED_DWU),
        reserved_months: inputs.num(key::RESERVED_MONTHS),
        horizon_months: inputs.num(key::HORIZON_MONTHS),
        p_dwu_hour,
        p_reserved_dwu_hour: p_dwu_hour * (1.0 - inputs.num(key::RESERVED_DISCOUNT) / 100.0),
        p_tb,
        p_storage,
    };
    let mut errors: Vec<FieldError> = pricer.refusal().into_iter().collect();
    if model.pause_hours_week > model.hours_week {
        errors.push(FieldError::new(
            key::PAUSE_HOURS_WEEK,
            &calc_core::format::plain(model.pause_hours_week),
            format!(
                "is more than the {} hours a week the pool runs; pause at most that many",
                calc_core::format::count(model.hours_week)
            ),
        ));
    }
    if (model.reserved_dwu / 100.0).fract().abs() > 1e-9 {
        errors.push(FieldError::new(
            key::RESERVED_DWU,
            &calc_core::format::plain(model.reserved_dwu),
            "is not a whole number of reserved units: reservations are bought in units of 100 DWU",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Read {
        region,
        p_dwu_hour: p_dwu_hour_from,
        reserved_discount: inputs.num(key::RESERVED_DISCOUNT),
        p_tb: p_tb_from,
        p_storage: p_storage_from,
        model,
    })
}
