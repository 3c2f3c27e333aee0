//! The input declarations (form, URL keys, ranges, help) and their reading into the typed model.

use crate::model::AuroraInputs;
use calc_core::{Choice, Field, FieldError, FieldKind, Inputs, PriceSheet, Unit};

pub const GROUP_CLUSTER: &str = "Cluster";
pub const GROUP_STORAGE_IO: &str = "Storage and I/O";
pub const GROUP_PRICES: &str = "Prices";

pub const ENGINES: &[Choice] = &[
    Choice { key: "postgresql", label: "Aurora PostgreSQL" },
    Choice { key: "mysql", label: "Aurora MySQL" },
];

/// Instance classes on the price sheet. The price key is `class_` + the class with dots as
/// underscores (see [`class_price_key`]); a test checks every option has one.
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

/// Price-sheet keys of the overridable prices.
pub const PRICE_STORAGE: &str = "storage_standard";
pub const PRICE_STORAGE_IOPT: &str = "storage_iopt";
pub const PRICE_IO: &str = "io_standard";
pub const PRICE_ACU: &str = "acu_standard";
pub const PRICE_ACU_IOPT: &str = "acu_iopt";
pub const PRICE_UPLIFT: &str = "iopt_uplift";

/// `db.r6g.large` -> `class_db_r6g_large`.
pub fn class_price_key(class: &str) -> String {
    format!("class_{}", class.replace('.', "_"))
}

pub static FIELDS: &[Field] = &[
    Field {
        key: "engine",
        label: "Engine",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: ENGINES, default: "postgresql" },
        help: "Aurora PostgreSQL or Aurora MySQL. The price sources give the same instance, storage and I/O rates for both; the engine changes what one I/O is (a page read is 8 KB on PostgreSQL, 16 KB on MySQL; writes count in 4 KB units).",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "class",
        label: "Instance class",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: CLASSES, default: "db.r6g.large" },
        help: "The provisioned instance class of the writer and readers (RDS console, Databases, the cluster's instances). Sets the default hourly price; if your instances differ in size, enter their average hourly price below.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "instances",
        label: "Provisioned instances",
        unit: Unit::Count,
        kind: FieldKind::Integer { min: 0, max: 64, default: 2 },
        help: "Writer plus readers that are provisioned instances (not Serverless v2). 0 for an all-serverless cluster. Every reader is billed per hour like the writer.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "hourly",
        label: "Price per instance-hour (Standard)",
        unit: Unit::UsdPerHour,
        kind: FieldKind::Auto { min: 0.0, max: 100.0, step: 0.001, derived_from: "class" },
        help: "On-Demand USD per instance-hour on Aurora Standard. Leave empty to use the class's us-east-1 list price; enter your own for another Region or a mix of classes (Cost Explorer, usage type InstanceUsage:db.*, cost ÷ hours). I/O-Optimized instances cost this × the uplift.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "acu",
        label: "Serverless v2 average ACUs",
        unit: Unit::Acu,
        kind: FieldKind::Number { min: 0.0, max: 4096.0, step: 0.5, default: 0.0 },
        help: "Average Aurora Serverless v2 capacity over the month, summed across serverless instances (CloudWatch ServerlessDatabaseCapacity, Average, or Cost Explorer usage type Aurora:ServerlessV2Usage ÷ hours). 0 if the cluster has none.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "hours",
        label: "Hours per month",
        unit: Unit::HoursPerMonth,
        kind: FieldKind::Number { min: 0.0, max: 744.0, step: 1.0, default: 730.0 },
        help: "Hours the instances and ACUs run in the month. 730 is the average month (8,760 h ÷ 12); 744 is a 31-day month.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "ri_discount",
        label: "Reserved Instance discount",
        unit: Unit::Percent,
        kind: FieldKind::Number { min: 0.0, max: 75.0, step: 1.0, default: 0.0 },
        help: "Your effective Reserved Instance discount on provisioned instance-hours, applied in both configurations. Reserved Instances do not apply to Serverless v2, so ACUs stay at the On-Demand price. 0 for On-Demand.",
        group: GROUP_CLUSTER,
    },
    Field {
        key: "storage_gb",
        label: "Storage",
        unit: Unit::Gb,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 500.0 },
        help: "Billed cluster volume in GB-months (CloudWatch VolumeBytesUsed, Average, ÷ 1,073,741,824; or Cost Explorer usage type Aurora:StorageUsage). Aurora volumes grow to 128 TiB (131,072 GB), up to 256 TiB on some engine versions.",
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: "io_m",
        label: "I/O requests per month",
        unit: Unit::MillionRequests,
        kind: FieldKind::Number { min: 0.0, max: 10_000_000.0, step: 10.0, default: 750.0 },
        help: "Read plus write I/O requests in a month, in millions: CloudWatch VolumeReadIOPs + VolumeWriteIOPs (statistic Sum, cluster level) summed over a whole month, ÷ 1,000,000; or Cost Explorer usage type Aurora:StorageIOUsage. Use a full month, not a busy week.",
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: "io_reduction",
        label: "What-if: cut I/O by fixing the top queries",
        unit: Unit::Percent,
        kind: FieldKind::Number { min: 0.0, max: 95.0, step: 5.0, default: 20.0 },
        help: "The share of I/O you expect to remove by indexing the top sequential-scan queries and rewriting the worst offenders. Shows the Standard bill after that fix next to switching. Only a what-if: measure it in staging first.",
        group: GROUP_STORAGE_IO,
    },
    Field {
        key: "p_storage",
        label: "Standard storage price",
        unit: Unit::UsdPerGbMonth,
        kind: FieldKind::Price { price: PRICE_STORAGE, min: 0.0, max: 100.0, step: 0.001 },
        help: "USD per GB-month on Aurora Standard (us-east-1 list price by default).",
        group: GROUP_PRICES,
    },
    Field {
        key: "p_storage_iopt",
        label: "I/O-Optimized storage price",
        unit: Unit::UsdPerGbMonth,
        kind: FieldKind::Price { price: PRICE_STORAGE_IOPT, min: 0.0, max: 100.0, step: 0.001 },
        help: "USD per GB-month on Aurora I/O-Optimized (us-east-1 list price by default).",
        group: GROUP_PRICES,
    },
    Field {
        key: "p_io",
        label: "I/O price (Standard)",
        unit: Unit::UsdPerMillion,
        kind: FieldKind::Price { price: PRICE_IO, min: 0.0, max: 100.0, step: 0.01 },
        help: "USD per million read and write I/O requests on Aurora Standard. I/O-Optimized has no I/O charge.",
        group: GROUP_PRICES,
    },
    Field {
        key: "p_acu",
        label: "Serverless v2 price per ACU-hour (Standard)",
        unit: Unit::UsdPerAcuHour,
        kind: FieldKind::Price { price: PRICE_ACU, min: 0.0, max: 100.0, step: 0.001 },
        help: "USD per ACU-hour on Aurora Standard. On I/O-Optimized an ACU-hour costs this × the uplift.",
        group: GROUP_PRICES,
    },
    Field {
        key: "iopt_uplift",
        label: "I/O-Optimized compute uplift",
        unit: Unit::Multiplier,
        kind: FieldKind::Price { price: PRICE_UPLIFT, min: 1.0, max: 2.0, step: 0.01 },
        help: "How much more an instance-hour and an ACU-hour cost on I/O-Optimized than on Standard (1.3 = 30% more).",
        group: GROUP_PRICES,
    },
];

/// What the inputs say beyond the model's numbers: used for the assumptions and notes.
#[derive(Clone, Debug)]
pub struct Context {
    pub engine: String,
    pub class: String,
    /// The sheet's price for the chosen class.
    pub class_price: f64,
    /// True when the user typed an hourly price instead of using the class's.
    pub hourly_overridden: bool,
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model.
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<(AuroraInputs, Context), Vec<FieldError>> {
    let class = inputs.choice("class").to_string();
    let Some(class_price) = prices.get(&class_price_key(&class)).map(|p| p.value) else {
        return Err(vec![FieldError::new("class", &class, "has no price on the price sheet")]);
    };
    let typed_hourly = inputs.opt_num("hourly");
    let model = AuroraInputs {
        instances: inputs.num("instances"),
        hourly: typed_hourly.unwrap_or(class_price),
        acu: inputs.num("acu"),
        storage_gb: inputs.num("storage_gb"),
        io_m: inputs.num("io_m"),
        hours: inputs.num("hours"),
        ri_discount_pct: inputs.num("ri_discount"),
        io_reduction_pct: inputs.num("io_reduction"),
        p_storage: inputs.num("p_storage"),
        p_storage_iopt: inputs.num("p_storage_iopt"),
        p_io: inputs.num("p_io"),
        p_acu: inputs.num("p_acu"),
        uplift: inputs.num("iopt_uplift"),
    };
    let context = Context {
        engine: inputs.choice("engine").to_string(),
        class,
        class_price,
        hourly_overridden: typed_hourly.is_some(),
    };
    Ok((model, context))
}
