//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::AuroraInputs;
use calc_core::{
    choices, Choice, ChoiceEnum, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Style, Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const ENGINE: &str = "engine";
    pub const ENGINE_VERSION: &str = "engine_version";
    pub const CLASS: &str = "class";
    pub const INSTANCES: &str = "instances";
    pub const HOURLY: &str = "hourly";
    pub const ACU: &str = "acu";
    pub const HOURS: &str = "hours";
    pub const RI_DISCOUNT: &str = "ri_discount";
    pub const BUY_EXTRA_RI: &str = "buy_extra_ri";
    pub const STORAGE_GB: &str = "storage_gb";
    pub const IO_M: &str = "io_m";
    pub const IO_REDUCTION: &str = "io_reduction";
    pub const P_STORAGE: &str = "p_storage";
    pub const P_STORAGE_IOPT: &str = "p_storage_iopt";
    pub const P_IO: &str = "p_io";
    pub const P_ACU: &str = "p_acu";
    pub const IOPT_UPLIFT: &str = "iopt_uplift";
    pub const DSP_DISCOUNT: &str = "dsp_discount";
}

pub const GROUP_CLUSTER: &str = "Cluster";
pub const GROUP_STORAGE_IO: &str = "Storage and I/O";
pub const GROUP_PRICES: &str = "Prices";

choices! {
    pub enum Engine {
        Postgres = "postgresql" => "Aurora PostgreSQL",
        Mysql = "mysql" => "Aurora MySQL",
    }
}

choices! {
    /// Engine versions, by whether they can use I/O-Optimized (Aurora User Guide: Aurora
    /// MySQL 3.03.1 and later; Aurora PostgreSQL 13.10, 14.7, 15.2 and later).
    pub enum EngineVersion {
        Supported = "current" => "Supports I/O-Optimized (MySQL 3.03.1+; PostgreSQL 13.10+, 14.7+, 15.2+)",
        Older = "older" => "Older: Aurora MySQL 2, or PostgreSQL before 13.10, 14.7 or 15.2",
    }
}

/// Instance classes on the price sheet. The price key is `class_` + the class with dots as
/// underscores (see [`class_price_key`]); a test checks every option has one. The class is
/// data (it names a price), not a branch of the model, so it stays a plain list.
pub const CLASSES: &[Choice] = &[
    Choice { key: "db.t4g.medium", label: "db.t4g.medium (2 vCPU, 4 GiB)" },
    Choice { key: "db.r6g.large", label: "db.r6g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r6g.xlarge", label: "db.r6g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r6g.2xlarge", label: "db.r6g.2xlarge (8 vCPU, 64 GiB)" },
    Choice { key: "db.r6g.4xlarge", label: "db.r6g.4xlarge (16 vCPU, 128 GiB)" },
    Choice { key: "db.r7g.large", label: "db.r7g.large (2 vCPU, 16 GiB)" },
    Choice { key: "db.r7g.xlarge", label: "db.r7g.xlarge (4 vCPU, 32 GiB)" },
    Choice { key: "db.r7g.2xlarge", label: "db.r7g.2xlarge (8 vCPU, 64 GiB)" },
];

/// Normalized units of each instance size, Single-AZ (Aurora User Guide, "Reserved DB instances
/// for Aurora": size-flexible reserved DB instances). An RI of one size covers these units of
/// any size of the same family; fractions of an RI cannot be bought.
pub const SIZE_UNITS: &[(&str, f64)] = &[
    ("micro", 0.5),
    ("small", 1.0),
    ("medium", 2.0),
    ("large", 4.0),
    ("xlarge", 8.0),
    ("2xlarge", 16.0),
    ("4xlarge", 32.0),
    ("8xlarge", 64.0),
    ("12xlarge", 96.0),
    ("16xlarge", 128.0),
    ("24xlarge", 192.0),
];

/// The smallest class Aurora offers in each family on the list (Aurora User Guide, supported DB
/// instance classes: db.t4g.medium and db.t4g.large only; db.r6g and db.r7g from large up): the
/// size an extra RI is bought in, so the gap is covered in the finest whole steps.
pub const SMALLEST_CLASS: &[(&str, &str)] =
    &[("t4g", "db.t4g.medium"), ("r6g", "db.r6g.large"), ("r7g", "db.r7g.large")];

/// Database Savings Plans cover instance classes of generation 7 and later that are not
/// burstable (AWS agent toolkit, commitment pricing: r7g, r7i, r8g, m7g, c7g …; not r6g, r6i,
/// r5 or t-classes).
pub const DSP_MIN_GENERATION: u32 = 7;

/// What reserving and Savings Plans depend on for a class: its family's size units, the
/// smallest class of the family and whether a Database Savings Plan covers it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClassFacts {
    pub units: f64,
    pub smallest: &'static str,
    pub smallest_units: f64,
    pub dsp_eligible: bool,
}

fn size_units(class: &str) -> Option<f64> {
    let size = class.rsplit('.').next()?;
    SIZE_UNITS.iter().find(|(s, _)| *s == size).map(|(_, u)| *u)
}

/// The facts for `db.<family>.<size>`; None for a class outside the tables (a test keeps every
/// class on the list inside them).
pub fn class_facts(class: &str) -> Option<ClassFacts> {
    let family = class.strip_prefix("db.")?.split('.').next()?;
    let smallest = SMALLEST_CLASS.iter().find(|(f, _)| *f == family)?.1;
    let generation: u32 = family.chars().filter(|c| c.is_ascii_digit()).collect::<String>().parse().ok()?;
    Some(ClassFacts {
        units: size_units(class)?,
        smallest,
        smallest_units: size_units(smallest)?,
        dsp_eligible: !family.starts_with('t') && generation >= DSP_MIN_GENERATION,
    })
}

pub const USD_PER_INSTANCE_HOUR: Unit = Unit::rate("USD/hour", "instance-hour");
pub const USD_PER_ACU_HOUR: Unit = Unit::rate("USD/ACU-hour", "ACU-hour");
pub const USD_PER_MILLION: Unit = Unit::rate("USD/million requests", "million requests");
pub const MILLION_REQUESTS: Unit = Unit {
    key: "million requests/month",
    label: "million requests/month",
    style: Style::Quantity { decimals: 1, suffix: "M requests" },
};
pub const ACU: Unit = Unit::quantity("ACU", 2, "ACU");

/// Price-sheet keys of the overridable prices.
pub const PRICE_STORAGE: &str = "storage_standard";
pub const PRICE_STORAGE_IOPT: &str = "storage_iopt";
pub const PRICE_IO: &str = "io_standard";
pub const PRICE_ACU: &str = "acu_standard";
pub const PRICE_ACU_IOPT: &str = "acu_iopt";
pub const PRICE_UPLIFT: &str = "iopt_uplift";
pub const PRICE_DSP: &str = "dsp_discount_provisioned";

/// `db.r6g.large` -> `class_db_r6g_large`.
pub fn class_price_key(class: &str) -> String {
    format!("class_{}", class.replace('.', "_"))
}

pub static FIELDS: &[Field] = &[
    Field {
        key: key::ENGINE,
        label: "Engine",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Engine::OPTIONS, default: "postgresql" },
        help: calc_core::prose!("Aurora PostgreSQL or Aurora MySQL. The price sources give the same instance, storage and I/O rates for both; the engine changes what one I/O is (a page read is 8 KB on PostgreSQL, 16 KB on MySQL; writes count in 4 KB units)."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::ENGINE_VERSION,
        label: "Engine version",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: EngineVersion::OPTIONS, default: "current" },
        help: calc_core::prose!("I/O-Optimized needs Aurora MySQL 3.03.1 or later, or Aurora PostgreSQL 13.10, 14.7, 15.2 or later (RDS console, the cluster's engine version)."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::CLASS,
        label: "Instance class",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: CLASSES, default: "db.r6g.large" },
        help: calc_core::prose!("The provisioned instance class of the writer and readers (RDS console, Databases, the cluster's instances). Sets the default hourly price; if your instances differ in size, enter their average hourly price below."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::INSTANCES,
        label: "Provisioned instances",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 0, max: 16, default: 2 },
        help: calc_core::prose!("Writer plus readers that are provisioned instances (not Serverless v2); an Aurora cluster has at most 16 (a writer and 15 readers). 0 for an all-serverless cluster. Every reader is billed per hour like the writer."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::HOURLY,
        label: "Price per instance-hour (Standard)",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 100.0, step: 0.001, derived_from: key::CLASS },
        help: calc_core::prose!("On-Demand USD per instance-hour on Aurora Standard. Leave empty to use the class's us-east-1 list price; enter your own for another Region or a mix of classes (Cost Explorer, usage type InstanceUsage:db.*, cost ÷ hours). I/O-Optimized instances cost this × the uplift."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::ACU,
        label: "Serverless v2 average ACUs",
        unit: ACU,
        kind: FieldKind::Number { min: 0.0, max: 4096.0, step: 0.5, default: 0.0 },
        help: calc_core::prose!("Average Aurora Serverless v2 capacity over the month, summed across serverless instances (CloudWatch ServerlessDatabaseCapacity, Average, or Cost Explorer usage type Aurora:ServerlessV2Usage ÷ hours). 0 if the cluster has none."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::HOURS,
        label: "Hours per month",
        unit: Unit::HOURS_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 744.0, step: 1.0, default: 730.0 },
        help: calc_core::prose!("Hours the instances and ACUs run in the month. 730 is the average month (8,760 h ÷ 12); 744 is a 31-day month."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::RI_DISCOUNT,
        label: "Reserved Instance discount",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 66.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!("The effective discount of the Reserved Instances that cover these instances today (upfront spread over the term plus the hourly fee, against On-Demand); Aurora RIs reach about 66% on a 3-year All Upfront term. 0 for On-Demand. The RI fee is owed for every hour of the month (744 hours in a 31-day month). After a switch, an I/O-Optimized instance consumes about 1.3× the RI units, so your RIs cover about 77% of it and the rest is On-Demand unless you buy more. RIs do not apply to Serverless v2."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::BUY_EXTRA_RI,
        label: "On I/O-Optimized, buy the extra RIs or a Savings Plan",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: false },
        help: calc_core::prose!("Cover the ~30% more RI units I/O-Optimized consumes with a new commitment instead of On-Demand, when that costs less: whole RIs of the family's smallest size (rounded down or up, whichever is cheaper) at the same discount, or, for generation 7 and later classes, a 1-year Database Savings Plan. Off: the hours your RIs do not cover are On-Demand. A new commitment runs for its term; the result shows it."),
        group: GROUP_CLUSTER,
    },
    Field {
        key: key::STORAGE_GB,
        label: "Storage",
        unit: Unit::GB,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 500.0 },
        help: calc_core::prose!("Billed cluster volume in GB-months (CloudWatch VolumeBytesUsed, Average, ÷ 1,073,741,824; or Cost Explorer usage type Aurora:StorageUsage). Aurora volumes grow to 128 TiB (131,072 GB), up to 256 TiB on some engine versions."),
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: key::IO_M,
        label: "I/O requests per month",
        unit: MILLION_REQUESTS,
        kind: FieldKind::Number { min: 0.0, max: 10_000_000.0, step: 10.0, default: 750.0 },
        help: calc_core::prose!("Read plus write I/O requests in a month, in millions: CloudWatch VolumeReadIOPs + VolumeWriteIOPs (statistic Sum, cluster level) summed over a whole month, ÷ 1,000,000; or Cost Explorer usage type Aurora:StorageIOUsage. Use a full month, not a busy week."),
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: key::IO_REDUCTION,
        label: "What-if: cut I/O by fixing the top queries",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 95.0, step: 5.0, default: 0.0 },
        help: calc_core::prose!("Your assumption: the share of I/O you expect to remove by indexing the top sequential-scan queries and rewriting the worst offenders. 0 leaves it out. When set, the result shows the Standard bill after that fix beside switching. Measure it in staging first."),
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: key::P_STORAGE,
        label: "Standard storage price",
        unit: Unit::USD_PER_GB_MONTH,
        kind: FieldKind::Price { price: PRICE_STORAGE, min: 0.0, max: 100.0, step: 0.001 },
        help: calc_core::prose!("USD per GB-month on Aurora Standard (us-east-1 list price by default)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_STORAGE_IOPT,
        label: "I/O-Optimized storage price",
        unit: Unit::USD_PER_GB_MONTH,
        kind: FieldKind::Price { price: PRICE_STORAGE_IOPT, min: 0.0, max: 100.0, step: 0.001 },
        help: calc_core::prose!("USD per GB-month on Aurora I/O-Optimized (us-east-1 list price by default)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_IO,
        label: "I/O price (Standard)",
        unit: USD_PER_MILLION,
        kind: FieldKind::Price { price: PRICE_IO, min: 0.0, max: 100.0, step: 0.01 },
        help: calc_core::prose!("USD per million read and write I/O requests on Aurora Standard. I/O-Optimized has no I/O charge."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_ACU,
        label: "Serverless v2 price per ACU-hour (Standard)",
        unit: USD_PER_ACU_HOUR,
        kind: FieldKind::Price { price: PRICE_ACU, min: 0.0, max: 100.0, step: 0.001 },
        help: calc_core::prose!("USD per ACU-hour on Aurora Standard. On I/O-Optimized an ACU-hour costs this × the uplift."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::IOPT_UPLIFT,
        label: "I/O-Optimized compute uplift",
        unit: Unit::MULTIPLIER,
        kind: FieldKind::Price { price: PRICE_UPLIFT, min: 1.0, max: 2.0, step: 0.01 },
        help: calc_core::prose!("How much more an instance-hour and an ACU-hour cost on I/O-Optimized than on Standard (1.3 = 30% more)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::DSP_DISCOUNT,
        label: "Database Savings Plan discount (generation 7 and later)",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_DSP, min: 0.0, max: 50.0, step: 1.0 },
        help: calc_core::prose!("The discount of a 1-year No Upfront Database Savings Plan on Aurora instance-hours of a generation 7 or later class (db.r7g and newer; not db.r6g or db.t4g); AWS's toolkit says up to about 20% on provisioned instances. It discounts the whole I/O-Optimized rate. Used only to cover the hours your RIs leave on I/O-Optimized, when new commitments are allowed; 0 leaves it out."),
        group: GROUP_PRICES,
    },
];

/// The inputs as the model takes them, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: AuroraInputs,
    pub engine: Engine,
    pub version: EngineVersion,
    pub class: &'static str,
    /// The sheet's price for the chosen class.
    pub class_price: f64,
    pub hourly: Provenance,
    pub p_storage: Provenance,
    pub p_storage_iopt: Provenance,
    pub p_io: Provenance,
    pub p_acu: Provenance,
    pub uplift: Provenance,
    pub dsp_discount: Provenance,
    /// The family's smallest class: the size an extra RI is bought in.
    pub smallest_class: &'static str,
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model.
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let chosen = inputs.choice(key::CLASS);
    let class = CLASSES
        .iter()
        .find(|c| c.key == chosen)
        .unwrap_or_else(|| panic!("input `{}`: `{chosen}` is not one of its choices", key::CLASS))
        .key;
    // A sheet without the class (a Region's own sheet, say) is refused, not priced at 0.
    let Some(class_sheet) = prices.find(&class_price_key(class)) else {
        return Err(vec![FieldError::new(key::CLASS, class, "has no price on the price sheet")]);
    };
    let class_price = class_sheet.value;
    let Some(facts) = class_facts(class) else {
        return Err(vec![FieldError::new(key::CLASS, class, "has no normalized size on record")]);
    };
    let typed_hourly = inputs.opt_num(key::HOURLY);
    let model = AuroraInputs {
        instances: inputs.num(key::INSTANCES),
        hourly: typed_hourly.unwrap_or(class_price),
        acu: inputs.num(key::ACU),
        storage_gb: inputs.num(key::STORAGE_GB),
        io_m: inputs.num(key::IO_M),
        hours: inputs.num(key::HOURS),
        ri_discount_pct: inputs.num(key::RI_DISCOUNT),
        buy_extra_ri: inputs.flag(key::BUY_EXTRA_RI),
        units: facts.units,
        smallest_units: facts.smallest_units,
        dsp_eligible: facts.dsp_eligible,
        dsp_discount_pct: inputs.num(key::DSP_DISCOUNT),
        io_reduction_pct: inputs.num(key::IO_REDUCTION),
        p_storage: inputs.num(key::P_STORAGE),
        p_storage_iopt: inputs.num(key::P_STORAGE_IOPT),
        p_io: inputs.num(key::P_IO),
        p_acu: inputs.num(key::P_ACU),
        uplift: inputs.num(key::IOPT_UPLIFT),
    };
    let hourly = match typed_hourly {
        Some(_) => Provenance::Input,
        None => Provenance::Sheet(class_sheet),
    };
    let engine: Engine = inputs.pick(key::ENGINE);
    let version: EngineVersion = inputs.pick(key::ENGINE_VERSION);
    Ok(Read {
        engine,
        version,
        class,
        class_price,
        hourly,
        p_storage: prices.provenance(PRICE_STORAGE, model.p_storage),
        p_storage_iopt: prices.provenance(PRICE_STORAGE_IOPT, model.p_storage_iopt),
        p_io: prices.provenance(PRICE_IO, model.p_io),
        p_acu: prices.provenance(PRICE_ACU, model.p_acu),
        uplift: prices.provenance(PRICE_UPLIFT, model.uplift),
        dsp_discount: prices.provenance(PRICE_DSP, model.dsp_discount_pct),
        smallest_class: facts.smallest,
        model,
    })
}
