//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{processor_licences, Edition, LicenceError, OraInputs, Platform};
use calc_core::{
    choices, format, ChoiceEnum, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const EDITION: &str = "edition";
    pub const PLATFORM: &str = "platform";
    pub const CPUS: &str = "cpus";
    pub const HT: &str = "ht";
    pub const CORE_FACTOR: &str = "core_factor";
    pub const OPTIONS: &str = "options";
    pub const DISCOUNT: &str = "discount";
    pub const SUPPORT_PCT: &str = "support_pct";
    pub const ANNUAL_SUPPORT: &str = "annual_support";
    pub const UPLIFT: &str = "uplift";
    pub const ORACLE_INFRA_MONTHLY: &str = "oracle_infra_monthly";
    pub const TARGET_MONTHLY: &str = "target_monthly";
    pub const RED_ITEMS: &str = "red_items";
    pub const HOURS_PER_ITEM: &str = "hours_per_item";
    pub const HOURLY_RATE: &str = "hourly_rate";
    pub const OTHER_ONE_TIME: &str = "other_one_time";
    pub const OVERLAP_MONTHS: &str = "overlap_months";
    pub const YEARS: &str = "years";
    pub const DISCOUNT_RATE: &str = "discount_rate";
}

choices! {
    pub enum EditionChoice {
        Ee = "ee" => "Enterprise Edition",
        Se2 = "se2" => "Standard Edition 2",
    }
}

choices! {
    pub enum PlatformChoice {
        OnPrem = "onprem" => "On-premises",
        Aws = "aws" => "AWS",
        Azure = "azure" => "Azure",
        Gcp = "gcp" => "Google Cloud",
        Oci = "oci" => "Oracle Cloud (OCI)",
    }
}

pub const PROCESSORS: Unit = Unit::quantity("processors", 0, "processors");
pub const ITEMS: Unit = Unit::quantity("items", 0, "items");
pub const HOURS: Unit = Unit::quantity("hours", 1, "hours");
pub const USD_PER_HOUR: Unit = Unit::rate("USD/hour", "hour");
pub const USD_PER_PROCESSOR: Unit = Unit::money("USD/processor");

pub const PRICE_EE: &str = "ee_processor";
pub const PRICE_SE2: &str = "se2_processor";
pub const PRICE_SUPPORT: &str = "support_pct";
pub const PRICE_UPLIFT: &str = "uplift_pct";
pub const PRICE_CORE_FACTOR: &str = "core_factor";

const ESTATE: &str = "The Oracle estate";
const TARGET: &str = "The target";
const MIGRATION: &str = "The migration";
const HORIZON: &str = "The horizon";

pub static FIELDS: &[Field] = &[
    Field {
        key: key::EDITION,
        label: "Oracle edition",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: EditionChoice::OPTIONS, default: "ee" },
        help: "Enterprise Edition is licensed per processor; Standard Edition 2 per socket.",
        group: ESTATE,
    },
    Field {
        key: key::PLATFORM,
        label: "Where Oracle runs",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: PlatformChoice::OPTIONS, default: "aws" },
        help: "Sets the licence counting rule: the core factor on-premises, Oracle's cloud policy on AWS, \
               Azure and Google Cloud, 1 OCPU = 1 processor on OCI.",
        group: ESTATE,
    },
    Field {
        key: key::CPUS,
        label: "Cores, vCPUs or OCPUs",
        unit: Unit::COUNT,
        kind: FieldKind::Number { min: 1.0, max: 4096.0, step: 1.0, default: 16.0 },
        help: "Physical cores on-premises (sockets for Standard Edition 2), vCPUs on AWS, Azure or Google \
               Cloud, OCPUs on OCI, summed over the servers Oracle runs on.",
        group: ESTATE,
    },
    Field {
        key: key::HT,
        label: "Hyper-threading on",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: true },
        help: "In AWS, Azure and Google Cloud, 2 vCPUs count as 1 processor with hyper-threading, 1 without.",
        group: ESTATE,
    },
    Field {
        key: key::CORE_FACTOR,
        label: "Core factor",
        unit: Unit::MULTIPLIER,
        kind: FieldKind::Price { price: PRICE_CORE_FACTOR, min: 0.25, max: 1.0, step: 0.25 },
        help: "On-premises only: 0.5 for Intel and AMD x86, 1.0 for IBM POWER.",
        group: ESTATE,
    },
    Field {
        key: key::OPTIONS,
        label: "Options and packs per processor",
        unit: USD_PER_PROCESSOR,
        kind: FieldKind::Number { min: 0.0, max: 200_000.0, step: 500.0, default: 0.0 },
        help: "List price per processor of the options and packs you license (for example Diagnostics Pack \
               $7,500, Tuning Pack $5,000, RAC $23,000).",
        group: ESTATE,
    },
    Field {
        key: key::DISCOUNT,
        label: "Discount off list",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 95.0, step: 1.0, default: 0.0 },
        help: "Your negotiated discount; support is 22% of the net fee. Discounts of 40–70% are common, so \
               the list default overstates support: enter yours, or your annual support bill below.",
        group: ESTATE,
    },
    Field {
        key: key::SUPPORT_PCT,
        label: "Support per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_SUPPORT, min: 0.0, max: 50.0, step: 1.0 },
        help: "Oracle support as a percentage of the net licence fee.",
        group: ESTATE,
    },
    Field {
        key: key::ANNUAL_SUPPORT,
        label: "Annual support bill",
        unit: Unit::USD_PER_YEAR,
        kind: FieldKind::Auto { min: 0.0, max: 1e9, step: 100.0, derived_from: key::CPUS },
        help: "What you pay Oracle for support this year. Empty: estimated from the estate.",
        group: ESTATE,
    },
    Field {
        key: key::UPLIFT,
        label: "Support increase per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_UPLIFT, min: 0.0, max: 30.0, step: 0.5 },
        help: "How much the support bill rises each year (advisors cite 0–8%; the CFO-mandate preset uses 20%).",
        group: ESTATE,
    },
    Field {
        key: key::ORACLE_INFRA_MONTHLY,
        label: "Oracle infrastructure per month",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e8, step: 100.0, default: 3_000.0 },
        help: "Servers or cloud instances, storage and backup for Oracle today, without the licences.",
        group: ESTATE,
    },
    Field {
        key: key::TARGET_MONTHLY,
        label: "PostgreSQL run rate per month",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e8, step: 100.0, default: 3_000.0 },
        help: "The target's monthly cost (for example Aurora PostgreSQL instances, storage and I/O; the Aurora \
               and RI calculators price it). From the first month.",
        group: TARGET,
    },
    Field {
        key: key::RED_ITEMS,
        label: "Items to rewrite by hand",
        unit: ITEMS,
        kind: FieldKind::Number { min: 0.0, max: 100_000.0, step: 1.0, default: 150.0 },
        help: "The assessment's manual-conversion items (AWS SCT action items, Ora2Pg objects needing a rewrite). \
               For Ora2Pg units, enter the units and 5 minutes ÷ 60 = 0.0833 hours per item.",
        group: MIGRATION,
    },
    Field {
        key: key::HOURS_PER_ITEM,
        label: "Hours per item",
        unit: HOURS,
        kind: FieldKind::Number { min: 0.0, max: 1000.0, step: 1.0, default: 16.0 },
        help: "Engineering hours to rewrite and test one item (about 8 simple, 16 medium, 40 complex).",
        group: MIGRATION,
    },
    Field {
        key: key::HOURLY_RATE,
        label: "Engineering rate",
        unit: USD_PER_HOUR,
        kind: FieldKind::Number { min: 0.0, max: 2000.0, step: 5.0, default: 120.0 },
        help: "Blended hourly cost of the people doing the rewrite.",
        group: MIGRATION,
    },
    Field {
        key: key::OTHER_ONE_TIME,
        label: "Other one-time costs",
        unit: Unit::USD,
        kind: FieldKind::Number { min: 0.0, max: 1e9, step: 1000.0, default: 50_000.0 },
        help: "Testing, data replication (DMS), training and contingency, paid at the start.",
        group: MIGRATION,
    },
    Field {
        key: key::OVERLAP_MONTHS,
        label: "Months both run",
        unit: Unit::MONTHS,
        kind: FieldKind::Number { min: 0.0, max: 60.0, step: 1.0, default: 6.0 },
        help: "Oracle keeps running, and its support renewals due in this time are paid, until the move is done; \
               the first renewal after it is not paid.",
        group: MIGRATION,
    },
    Field {
        key: key::YEARS,
        label: "Horizon",
        unit: Unit::YEARS,
        kind: FieldKind::Integer { min: 3, max: 10, default: 5 },
        help: "Years over which staying and moving are compared.",
        group: HORIZON,
    },
    Field {
        key: key::DISCOUNT_RATE,
        label: "Discount rate",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 30.0, step: 0.5, default: 8.0 },
        help: "Your finance team's annual cost of capital, for the NPV.",
        group: HORIZON,
    },
];

/// The model's inputs, and where the figures came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: OraInputs,
    pub edition: Edition,
    pub platform: Platform,
    pub cpus: f64,
    pub ht: bool,
    pub core_factor: f64,
    pub list_price: Provenance,
    pub support: Provenance,
    pub uplift: Provenance,
    pub support_typed: bool,
}

pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let edition = match inputs.pick::<EditionChoice>(key::EDITION) {
        EditionChoice::Ee => Edition::Enterprise,
        EditionChoice::Se2 => Edition::StandardTwo,
    };
    let platform_choice: PlatformChoice = inputs.pick(key::PLATFORM);
    let platform = match platform_choice {
        PlatformChoice::OnPrem => Platform::OnPrem,
        PlatformChoice::Aws => Platform::Aws,
        PlatformChoice::Azure => Platform::Azure,
        PlatformChoice::Gcp => Platform::Gcp,
        PlatformChoice::Oci => Platform::Oci,
    };
    let cpus = inputs.num(key::CPUS);
    let ht = inputs.flag(key::HT);
    let core_factor = inputs.num(key::CORE_FACTOR);
    let licences = processor_licences(edition, platform, cpus, ht, core_factor).map_err(|e| match e {
        LicenceError::Se2OnOci => vec![FieldError::new(
            key::PLATFORM,
            "oci",
            "no published Oracle rule converts OCI OCPUs to Standard Edition 2 sockets: choose Enterprise \
             Edition on OCI, or price the estate where it runs today",
        )],
        LicenceError::Se2Limit { max } => vec![FieldError::new(
            key::CPUS,
            &format::plain(cpus),
            if platform == Platform::OnPrem {
                format!(
                    "Standard Edition 2 is limited to servers with at most {} sockets; a larger server needs \
                     Enterprise Edition",
                    format::count(max)
                )
            } else {
                format!(
                    "Standard Edition 2 may run on {} instances of at most {} vCPUs; a larger instance needs \
                     Enterprise Edition",
                    platform_choice.label(),
                    format::count(max)
                )
            },
        )],
    })?;
    let price_key = match edition {
        Edition::Enterprise => PRICE_EE,
        Edition::StandardTwo => PRICE_SE2,
    };
    let list = prices.get(price_key);
    let typed_support = inputs.opt_num(key::ANNUAL_SUPPORT);
    let support_pct = inputs.num(key::SUPPORT_PCT);
    let uplift = inputs.num(key::UPLIFT);
    Ok(Read {
        model: OraInputs {
            licences,
            list_price: list.value,
            options: inputs.num(key::OPTIONS),
            discount_pct: inputs.num(key::DISCOUNT),
            support_pct,
            annual_support: typed_support,
            uplift_pct: uplift,
            oracle_infra_monthly: inputs.num(key::ORACLE_INFRA_MONTHLY),
            target_monthly: inputs.num(key::TARGET_MONTHLY),
            red_items: inputs.num(key::RED_ITEMS),
            hours_per_item: inputs.num(key::HOURS_PER_ITEM),
            hourly_rate: inputs.num(key::HOURLY_RATE),
            other_one_time: inputs.num(key::OTHER_ONE_TIME),
            overlap_months: inputs.num(key::OVERLAP_MONTHS),
            years: inputs.num(key::YEARS) as u32,
            discount_rate_pct: inputs.num(key::DISCOUNT_RATE),
        },
        edition,
        platform,
        cpus,
        ht,
        core_factor,
        list_price: Provenance::Sheet(list),
        support: prices.provenance(PRICE_SUPPORT, support_pct),
        uplift: prices.provenance(PRICE_UPLIFT, uplift),
        support_typed: typed_support.is_some(),
    })
}
