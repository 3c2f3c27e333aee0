//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{processor_licences_on_servers, Edition, LicenceError, OraInputs, Platform};
use calc_core::licensing::oracle::oci_licences_on_instances;
use calc_core::{
    choices, format, ChoiceEnum, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const EDITION: &str = "edition";
    pub const PLATFORM: &str = "platform";
    pub const LICENCE: &str = "licence";
    pub const CPUS: &str = "cpus";
    pub const SERVERS: &str = "servers";
    pub const OCI_OCPUS_PER_LICENCE: &str = "oci_ocpus_per_licence";
    pub const HT: &str = "ht";
    pub const CORE_FACTOR: &str = "core_factor";
    pub const STANDBYS: &str = "standbys";
    pub const OPTIONS: &str = "options";
    pub const DISCOUNT: &str = "discount";
    pub const SUPPORT_PCT: &str = "support_pct";
    pub const ANNUAL_SUPPORT: &str = "annual_support";
    pub const RENEWAL_MONTH: &str = "renewal_month";
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
    pub enum LicenceChoice {
        Own = "byol" => "Your own licences, with Oracle support",
        Included = "li" => "Licence Included (Amazon RDS, Standard Edition 2)",
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
        help: calc_core::prose!("Enterprise Edition is licensed per processor; Standard Edition 2 per socket. Options and packs \
               (RAC, Partitioning, Diagnostics and Tuning Packs…) are sold only with Enterprise Edition."),
        group: ESTATE,
    },
    Field {
        key: key::LICENCE,
        label: "How Oracle is licensed",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: LicenceChoice::OPTIONS, default: "byol" },
        help: calc_core::prose!("Your own licences: you pay Oracle support every year. Licence Included: Amazon RDS for Oracle \
               Standard Edition 2 sells the licence in its hourly price, so there is no Oracle support bill; \
               enter that RDS price as Oracle infrastructure below."),
        group: ESTATE,
    },
    Field {
        key: key::PLATFORM,
        label: "Where Oracle runs",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: PlatformChoice::OPTIONS, default: "aws" },
        help: calc_core::prose!("Sets the licence counting rule: the core factor on-premises, Oracle's cloud policy on AWS, \
               Azure and Google Cloud, OCPUs per processor licence on OCI (the input below)."),
        group: ESTATE,
    },
    Field {
        key: key::CPUS,
        label: "Cores, vCPUs or OCPUs",
        unit: Unit::COUNT,
        kind: FieldKind::Number { min: 1.0, max: 4096.0, step: 1.0, default: 16.0 },
        help: calc_core::prose!("Physical cores on-premises (sockets for Standard Edition 2), vCPUs on AWS, Azure or Google \
               Cloud, OCPUs on OCI, summed over the servers Oracle runs on."),
        group: ESTATE,
    },
    Field {
        key: key::SERVERS,
        label: "Servers or instances",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 4096, default: 1 },
        help: calc_core::prose!("How many servers or cloud instances the cores or vCPUs above are spread over, evenly. Standard \
               Edition 2's limits apply to each: at most 2 sockets per server, at most 8 vCPUs per cloud \
               instance, whose sockets are counted one instance at a time. Enterprise Edition counts the total."),
        group: ESTATE,
    },
    calc_core::licensing::oracle::oci_ratio_field(ESTATE),
    Field {
        key: key::HT,
        label: "Hyper-threading on",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: true },
        help: calc_core::prose!("In AWS, Azure and Google Cloud, 2 vCPUs count as 1 processor with hyper-threading, 1 without."),
        group: ESTATE,
    },
    Field {
        key: key::CORE_FACTOR,
        label: "Core factor",
        unit: Unit::MULTIPLIER,
        kind: FieldKind::Price { price: PRICE_CORE_FACTOR, min: 0.25, max: 1.0, step: 0.25 },
        help: calc_core::prose!("On-premises only: 0.5 for Intel and AMD x86, 1.0 for IBM POWER."),
        group: ESTATE,
    },
    Field {
        key: key::STANDBYS,
        label: "Standby copies under your own licences",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 0, max: 8, default: 0 },
        help: calc_core::prose!("Copies of the estate above kept as standbys and not counted in its cores: an Amazon RDS Multi-AZ \
               standby or a Data Guard standby needs the same licences as the primary when you bring your own. \
               With Licence Included the standby is in RDS's Multi-AZ price."),
        group: ESTATE,
    },
    Field {
        key: key::OPTIONS,
        label: "Options and packs per processor",
        unit: USD_PER_PROCESSOR,
        kind: FieldKind::Number { min: 0.0, max: 200_000.0, step: 500.0, default: 0.0 },
        help: calc_core::prose!("List price per processor of the options and packs you license (for example Diagnostics Pack \
               $7,500, Tuning Pack $5,000, RAC $23,000)."),
        group: ESTATE,
    },
    Field {
        key: key::DISCOUNT,
        label: "Discount off list",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 95.0, step: 1.0, default: 0.0 },
        help: calc_core::prose!("Your negotiated discount; support is 22% of the net fee. Discounts of 40–70% are common, so \
               the list default overstates support: enter yours, or your annual support bill below."),
        group: ESTATE,
    },
    Field {
        key: key::SUPPORT_PCT,
        label: "Support per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_SUPPORT, min: 0.0, max: 50.0, step: 1.0 },
        help: calc_core::prose!("Oracle support as a percentage of the net licence fee."),
        group: ESTATE,
    },
    Field {
        key: key::ANNUAL_SUPPORT,
        label: "Annual support bill",
        unit: Unit::USD_PER_YEAR,
        kind: FieldKind::Auto { min: 0.0, max: 1e9, step: 100.0, derived_from: key::CPUS },
        help: calc_core::prose!("What your next support renewal costs. Empty: estimated from the estate."),
        group: ESTATE,
    },
    Field {
        key: key::RENEWAL_MONTH,
        label: "Next support renewal, month of the project",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 1, max: 12, default: 1 },
        help: calc_core::prose!("The month of the project in which Oracle support next renews (1: at the start). Staying pays \
               every renewal in the horizon; moving pays only those due before the overlap ends."),
        group: ESTATE,
    },
    Field {
        key: key::UPLIFT,
        label: "Support increase per year",
        unit: Unit::PERCENT,
        kind: FieldKind::Price { price: PRICE_UPLIFT, min: 0.0, max: 30.0, step: 0.5 },
        help: calc_core::prose!("How much the support bill rises each year (advisors cite 0–8%; the CFO-mandate preset uses 20%)."),
        group: ESTATE,
    },
    Field {
        key: key::ORACLE_INFRA_MONTHLY,
        label: "Oracle infrastructure per month",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e8, step: 100.0, default: 3_000.0 },
        help: calc_core::prose!("Servers or cloud instances, storage and backup for Oracle today, without the licences."),
        group: ESTATE,
    },
    Field {
        key: key::TARGET_MONTHLY,
        label: "PostgreSQL run rate per month",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: 0.0, max: 1e8, step: 100.0, default: 3_000.0 },
        help: calc_core::prose!("The target's monthly cost (for example Aurora PostgreSQL instances, storage and I/O; the Aurora \
               and RI calculators price it). From the first month."),
        group: TARGET,
    },
    Field {
        key: key::RED_ITEMS,
        label: "Items to rewrite by hand",
        unit: ITEMS,
        kind: FieldKind::Number { min: 0.0, max: 100_000.0, step: 1.0, default: 150.0 },
        help: calc_core::prose!("The assessment's manual-conversion items (AWS SCT action items, Ora2Pg objects needing a rewrite). \
               For Ora2Pg units, enter the units and 5 minutes ÷ 60 = 0.0833 hours per item."),
        group: MIGRATION,
    },
    Field {
        key: key::HOURS_PER_ITEM,
        label: "Hours per item",
        unit: HOURS,
        kind: FieldKind::Number { min: 0.0, max: 1000.0, step: 1.0, default: 16.0 },
        help: calc_core::prose!("Engineering hours to rewrite and test one item (about 8 simple, 16 medium, 40 complex)."),
        group: MIGRATION,
    },
    Field {
        key: key::HOURLY_RATE,
        label: "Engineering rate",
        unit: USD_PER_HOUR,
        kind: FieldKind::Number { min: 0.0, max: 2000.0, step: 5.0, default: 120.0 },
        help: calc_core::prose!("Blended hourly cost of the people doing the rewrite."),
        group: MIGRATION,
    },
    Field {
        key: key::OTHER_ONE_TIME,
        label: "Other one-time costs",
        unit: Unit::USD,
        kind: FieldKind::Number { min: 0.0, max: 1e9, step: 1000.0, default: 50_000.0 },
        help: calc_core::prose!("Testing, data replication (DMS), training and contingency, paid at the start."),
        group: MIGRATION,
    },
    Field {
        key: key::OVERLAP_MONTHS,
        label: "Months both run",
        unit: Unit::MONTHS,
        kind: FieldKind::Number { min: 0.0, max: 60.0, step: 1.0, default: 6.0 },
        help: calc_core::prose!("Oracle keeps running, and its support renewals due in this time are paid, until the move is done; \
               the first renewal after it is not paid."),
        group: MIGRATION,
    },
    Field {
        key: key::YEARS,
        label: "Horizon",
        unit: Unit::YEARS,
        kind: FieldKind::Integer { min: 3, max: 10, default: 5 },
        help: calc_core::prose!("Years over which staying and moving are compared."),
        group: HORIZON,
    },
    Field {
        key: key::DISCOUNT_RATE,
        label: "Discount rate",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 30.0, step: 0.5, default: 8.0 },
        help: calc_core::prose!("Your finance team's annual cost of capital, for the NPV."),
        group: HORIZON,
    },
];

/// The model's inputs, and where the figures came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: OraInputs,
    /// OCPUs one processor licence covers on OCI.
    pub oci_ocpus_per_licence: f64,
    pub edition: Edition,
    pub platform: Platform,
    pub cpus: f64,
    pub servers: f64,
    pub ht: bool,
    pub core_factor: f64,
    /// Processor licences of the estate without its standbys.
    pub primary_licences: f64,
    pub standbys: f64,
    pub list_price: Provenance,
    pub support: Provenance,
    pub uplift: Provenance,
    pub support_typed: bool,
}

/// The cross-field refusals: combinations Oracle or AWS do not sell.
fn refusals(
    inputs: &Inputs,
    edition: Edition,
    platform: Platform,
    licence: LicenceChoice,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let options = inputs.num(key::OPTIONS);
    if edition == Edition::StandardTwo && options > 0.0 {
        errors.push(FieldError::new(
            key::OPTIONS,
            &format::plain(options),
            "options and packs (RAC, Partitioning, Diagnostics and Tuning Packs…) are sold only with Enterprise \
             Edition: Standard Edition 2 cannot license them; set them to 0 or choose Enterprise Edition",
        ));
    }
    if licence == LicenceChoice::Included {
        if edition != Edition::StandardTwo || platform != Platform::Aws {
            let (k, given) = if edition != Edition::StandardTwo {
                (key::EDITION, "ee")
            } else {
                (key::PLATFORM, inputs.pick::<PlatformChoice>(key::PLATFORM).key())
            };
            errors.push(FieldError::new(
                k,
                given,
                "Licence Included is sold only by Amazon RDS for Oracle Standard Edition 2: choose Standard Edition 2 \
                 on AWS, or your own licences",
            ));
        }
        if let Some(bill) = inputs.opt_num(key::ANNUAL_SUPPORT) {
            errors.push(FieldError::new(
                key::ANNUAL_SUPPORT,
                &format::plain(bill),
                "with Licence Included there is no Oracle support bill (it is in the RDS hourly price): leave it \
                 empty, or choose your own licences",
            ));
        }
    }
    let cpus = inputs.num(key::CPUS);
    let servers = inputs.num(key::SERVERS);
    if servers > cpus.ceil() {
        errors.push(FieldError::new(
            key::SERVERS,
            &format::plain(servers),
            format!(
                "{} cores, sockets or vCPUs cannot be spread over {} servers: each runs on at least one",
                format::count(cpus.ceil()),
                format::count(servers)
            ),
        ));
    }
    errors
}

pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let edition = match inputs.pick::<EditionChoice>(key::EDITION) {
        EditionChoice::Ee => Edition::Enterprise,
        EditionChoice::Se2 => Edition::StandardTwo,
    };
    let licence: LicenceChoice = inputs.pick(key::LICENCE);
    let platform_choice: PlatformChoice = inputs.pick(key::PLATFORM);
    let platform = match platform_choice {
        PlatformChoice::OnPrem => Platform::OnPrem,
        PlatformChoice::Aws => Platform::Aws,
        PlatformChoice::Azure => Platform::Azure,
        PlatformChoice::Gcp => Platform::Gcp,
        PlatformChoice::Oci => Platform::Oci,
    };
    let errors = refusals(inputs, edition, platform, licence);
    if !errors.is_empty() {
        return Err(errors);
    }
    let licence_included = licence == LicenceChoice::Included;
    let cpus = inputs.num(key::CPUS);
    let servers = inputs.num(key::SERVERS);
    let ht = inputs.flag(key::HT);
    let core_factor = inputs.num(key::CORE_FACTOR);
    // On OCI both editions count OCPUs per processor licence, at the ratio the reader chooses.
    let counted = match platform {
        Platform::Oci => Ok(oci_licences_on_instances(cpus, servers, inputs.num(key::OCI_OCPUS_PER_LICENCE))),
        _ => processor_licences_on_servers(edition, platform, cpus, servers, ht, core_factor),
    };
    // With Licence Included AWS holds the licence: the count is not the customer's, and the
    // instance classes RDS sells for it are its own limit.
    let primary_licences = match counted {
        Err(_) if licence_included => 0.0,
        Err(e) => return Err(vec![licence_error(e, platform_choice, cpus, servers)]),
        Ok(n) => n,
    };
    let standbys = inputs.num(key::STANDBYS);
    let licences = if licence_included { 0.0 } else { primary_licences * (1.0 + standbys) };
    let price_key = match edition {
        Edition::Enterprise => PRICE_EE,
        Edition::StandardTwo => PRICE_SE2,
    };
    let list = prices.get(price_key);
    let typed_support = inputs.opt_num(key::ANNUAL_SUPPORT);
    let support_pct = inputs.num(key::SUPPORT_PCT);
    let uplift = inputs.num(key::UPLIFT);
    Ok(Read {
        oci_ocpus_per_licence: inputs.num(key::OCI_OCPUS_PER_LICENCE),
        model: OraInputs {
            licences,
            list_price: list.value,
            options: inputs.num(key::OPTIONS),
            discount_pct: inputs.num(key::DISCOUNT),
            support_pct,
            annual_support: typed_support,
            licence_included,
            renewal_month: inputs.num(key::RENEWAL_MONTH) as u32,
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
        servers,
        ht,
        core_factor,
        primary_licences,
        standbys,
        list_price: Provenance::Sheet(list),
        support: prices.provenance(PRICE_SUPPORT, support_pct),
        uplift: prices.provenance(PRICE_UPLIFT, uplift),
        support_typed: typed_support.is_some(),
    })
}

fn licence_error(e: LicenceError, platform: PlatformChoice, cpus: f64, servers: f64) -> FieldError {
    match e {
        LicenceError::Se2OnOci => FieldError::new(
            key::PLATFORM,
            "oci",
            "no published Oracle rule converts OCI OCPUs to Standard Edition 2 sockets: choose Enterprise \
             Edition on OCI, or price the estate where it runs today",
        ),
        LicenceError::Se2Limit { max } => {
            let each = if servers > 1.0 { " each" } else { "" };
            let spread = if servers > 1.0 {
                format!(" ({} over {} servers or instances)", format::count(cpus), format::count(servers))
            } else {
                String::new()
            };
            FieldError::new(
                key::CPUS,
                &format::plain(cpus),
                if platform == PlatformChoice::OnPrem {
                    format!(
                        "Standard Edition 2 is limited to servers with at most {} sockets{each}{spread}; a larger \
                         server needs Enterprise Edition, or spread the sockets over more servers",
                        format::count(max)
                    )
                } else {
                    format!(
                        "Standard Edition 2 may run on {} instances of at most {} vCPUs{each}{spread}; a larger \
                         instance needs Enterprise Edition, or spread the vCPUs over more instances",
                        platform.label(),
                        format::count(max)
                    )
                },
            )
        }
    }
}
