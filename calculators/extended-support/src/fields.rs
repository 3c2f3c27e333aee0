//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{Deployment, FleetInputs, Version};
use calc_core::{
    ChoiceEnum, Date, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Style, Unit,
};

/// Every URL key, spelled once.
pub mod key {
    pub const VERSION: &str = "version";
    pub const DEPLOYMENT: &str = "deployment";
    pub const DATABASES: &str = "databases";
    pub const REPLICAS: &str = "replicas";
    pub const VCPUS: &str = "vcpus";
    pub const ACUS: &str = "acus";
    pub const START: &str = "start";
    pub const DONE_BY: &str = "done_by";
    pub const LATER: &str = "later";
    pub const ENG_HOURS: &str = "eng_hours";
    pub const ENG_RATE: &str = "eng_rate";
    pub const TESTING: &str = "testing";
    pub const BG_DAYS: &str = "bg_days";
    pub const CLASS_CHANGE: &str = "class_change";
    pub const RISK: &str = "risk";
    pub const P_VCPU_Y12: &str = "p_vcpu_y12";
    pub const P_VCPU_Y3: &str = "p_vcpu_y3";
    pub const P_ACU_Y12: &str = "p_acu_y12";
    pub const P_ACU_Y3: &str = "p_acu_y3";
    pub const P_INSTANCE: &str = "p_instance";
    pub const P_ACU: &str = "p_acu";
}

pub const GROUP_FLEET: &str = "Fleet";
pub const GROUP_DATES: &str = "Dates";
pub const GROUP_PROJECT: &str = "Upgrade project";
pub const GROUP_PRICES: &str = "Prices";

/// Price-sheet keys of the overridable prices.
pub const PRICE_VCPU_Y12: &str = "es_vcpu_y12";
pub const PRICE_VCPU_Y3: &str = "es_vcpu_y3";
pub const PRICE_ACU_Y12: &str = "es_acu_y12";
pub const PRICE_ACU_Y3: &str = "es_acu_y3";
pub const PRICE_INSTANCE: &str = "instance_hour";
pub const PRICE_ACU: &str = "acu_hour";

pub const USD_PER_VCPU_HOUR: Unit = Unit::rate("USD/vCPU-hour", "vCPU-hour");
pub const USD_PER_ACU_HOUR: Unit = Unit::rate("USD/ACU-hour", "ACU-hour");
pub const USD_PER_INSTANCE_HOUR: Unit = Unit::rate("USD/hour", "instance-hour");
pub const USD_PER_HOUR: Unit = Unit::rate("USD/hour", "hour");
pub const VCPUS: Unit = Unit::quantity("vCPUs", 0, "vCPUs");
pub const ACUS: Unit = Unit::quantity("ACU", 1, "ACUs");
pub const HOURS: Unit = Unit::quantity("hours", 0, "hours");
pub const DAYS: Unit = Unit::quantity("days", 0, "days");
pub const INSTANCES: Unit =
    Unit { key: "count", label: "", style: Style::Quantity { decimals: 0, suffix: "" } };

/// The first of the month in which the prices and calendar were read (2026-12-06).
pub const DEFAULT_START: Date = Date::ymd(2026, 12, 1);

pub static FIELDS: &[Field] = &[
    Field {
        key: key::VERSION,
        label: "Engine and major version",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Version::OPTIONS, default: "rds_pg_13" },
        help: calc_core::prose!("The major version the fleet runs (RDS console, Databases, Engine version). Each has AWS's own calendar: the first day billed at the year-1 rate, the first day of year-3 pricing and the last day of Extended Support."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::DEPLOYMENT,
        label: "Deployment",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Deployment::OPTIONS, default: "multi_az" },
        help: calc_core::prose!("Every instance bills the surcharge: a Multi-AZ standby is one more instance, a Multi-AZ DB cluster has two readable standbys. For Aurora, count the writer here and the readers below; Serverless v2 bills per ACU-hour instead of per vCPU-hour."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::DATABASES,
        label: "Databases on this version",
        unit: INSTANCES,
        kind: FieldKind::Integer { min: 0, max: 5000, default: 10 },
        help: calc_core::prose!("RDS DB instances or Multi-AZ DB clusters (not counting standbys or read replicas), or Aurora clusters, still on this major version across your accounts and Regions at these prices."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::REPLICAS,
        label: "Read replicas per database",
        unit: INSTANCES,
        kind: FieldKind::Integer { min: 0, max: 15, default: 0 },
        help: calc_core::prose!("Read replicas of each database on the same major version (Aurora: reader instances per cluster). Each bills the surcharge like its primary. Not used for Serverless v2, whose ACUs below cover all its instances."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::VCPUS,
        label: "vCPUs per instance",
        unit: VCPUS,
        kind: FieldKind::Integer { min: 1, max: 192, default: 4 },
        help: calc_core::prose!("The instance class's vCPUs (db.r6g.xlarge: 4; db.r6g.2xlarge: 8). If the instances differ, use the average. The surcharge is per vCPU-hour of every instance."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::ACUS,
        label: "Serverless v2 average ACUs per cluster",
        unit: ACUS,
        kind: FieldKind::Number { min: 0.0, max: 4096.0, step: 0.5, default: 8.0 },
        help: calc_core::prose!("Average Aurora capacity of each Serverless v2 cluster, all its instances together (CloudWatch ServerlessDatabaseCapacity, Average, summed over the instances). Used only for Aurora Serverless v2."),
        group: GROUP_FLEET,
    },
    Field {
        key: key::START,
        label: "Price from",
        unit: Unit::TEXT,
        kind: FieldKind::Date { min: Date::ymd(2024, 1, 1), max: Date::ymd(2030, 12, 31), default: DEFAULT_START },
        help: calc_core::prose!("The first day priced, usually today or the first of this month. Every path runs from here to the last day of Extended Support."),
        group: GROUP_DATES,
    },
    Field {
        key: key::DONE_BY,
        label: "Upgrade completes, starting now",
        unit: Unit::TEXT,
        kind: FieldKind::Date { min: Date::ymd(2024, 1, 1), max: Date::ymd(2031, 12, 31), default: Date::ymd(2027, 3, 31) },
        help: calc_core::prose!("The day the switchover to the new major version is done if the project starts now. The surcharge is billed through that day, as AWS bills it."),
        group: GROUP_DATES,
    },
    Field {
        key: key::LATER,
        label: "Or upgrade by",
        unit: Unit::TEXT,
        kind: FieldKind::Date { min: Date::ymd(2024, 1, 1), max: Date::ymd(2031, 12, 31), default: Date::ymd(2027, 12, 31) },
        help: calc_core::prose!("A later completion date to compare, such as the day before year-3 pricing starts or a planned release. Never earlier than the date above."),
        group: GROUP_DATES,
    },
    Field {
        key: key::ENG_HOURS,
        label: "Engineering hours",
        unit: HOURS,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 400.0 },
        help: calc_core::prose!("Your estimate of the work across the fleet: compatibility fixes, driver and ORM updates, parameter groups, rehearsals, the switchover and the follow-up."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::ENG_RATE,
        label: "Cost per engineering hour",
        unit: USD_PER_HOUR,
        kind: FieldKind::Number { min: 0.0, max: 1000.0, step: 5.0, default: 100.0 },
        help: calc_core::prose!("Your loaded cost of an engineering hour (salary, benefits and overhead, or a contractor's rate). The default $100 is only an example: type your own."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::TESTING,
        label: "Testing",
        unit: Unit::USD,
        kind: FieldKind::Number { min: 0.0, max: 100_000_000.0, step: 500.0, default: 10_000.0 },
        help: calc_core::prose!("Test environments, load tests and tooling for the upgrade, in USD."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::BG_DAYS,
        label: "Blue/Green overlap",
        unit: DAYS,
        kind: FieldKind::Number { min: 0.0, max: 90.0, step: 1.0, default: 7.0 },
        help: calc_core::prose!("Days a Blue/Green deployment's green copy (the whole fleet on the new version, standbys and replicas included) runs beside the old one before the switchover. 0 for an in-place upgrade."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::CLASS_CHANGE,
        label: "Instance-class change after the upgrade",
        unit: Unit::USD_PER_MONTH,
        kind: FieldKind::Number { min: -10_000_000.0, max: 10_000_000.0, step: 10.0, default: 0.0 },
        help: calc_core::prose!("If the new version needs a different instance class (an old class it no longer supports), the fleet's monthly price difference from the day after the upgrade: positive if dearer, negative if cheaper. 0 if the classes stay."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::RISK,
        label: "Risk buffer on the project",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 200.0, step: 5.0, default: 20.0 },
        help: calc_core::prose!("Contingency added to engineering, testing and the Blue/Green copy, for the surprises a major-version upgrade brings."),
        group: GROUP_PROJECT,
    },
    Field {
        key: key::P_VCPU_Y12,
        label: "Surcharge per vCPU-hour, years 1 and 2",
        unit: USD_PER_VCPU_HOUR,
        kind: FieldKind::Price { price: PRICE_VCPU_Y12, min: 0.0, max: 10.0, step: 0.001 },
        help: calc_core::prose!("RDS and Aurora provisioned instances (us-east-1 by default; type your Region's rate from the engine's pricing page)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_VCPU_Y3,
        label: "Surcharge per vCPU-hour, year 3",
        unit: USD_PER_VCPU_HOUR,
        kind: FieldKind::Price { price: PRICE_VCPU_Y3, min: 0.0, max: 10.0, step: 0.001 },
        help: calc_core::prose!("From the start of year-3 pricing to the end of Extended Support."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_ACU_Y12,
        label: "Surcharge per ACU-hour, years 1 and 2",
        unit: USD_PER_ACU_HOUR,
        kind: FieldKind::Price { price: PRICE_ACU_Y12, min: 0.0, max: 10.0, step: 0.001 },
        help: calc_core::prose!("Aurora Serverless v2."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_ACU_Y3,
        label: "Surcharge per ACU-hour, year 3",
        unit: USD_PER_ACU_HOUR,
        kind: FieldKind::Price { price: PRICE_ACU_Y3, min: 0.0, max: 10.0, step: 0.001 },
        help: calc_core::prose!("Aurora Serverless v2, from the start of year-3 pricing."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_INSTANCE,
        label: "Blue/Green copy, price per instance-hour",
        unit: USD_PER_INSTANCE_HOUR,
        kind: FieldKind::Price { price: PRICE_INSTANCE, min: 0.0, max: 200.0, step: 0.001 },
        help: calc_core::prose!("On-Demand price of one instance of the green copy (db.r6g.xlarge for RDS in us-east-1 by default; type your class's price)."),
        group: GROUP_PRICES,
    },
    Field {
        key: key::P_ACU,
        label: "Blue/Green copy, price per ACU-hour",
        unit: USD_PER_ACU_HOUR,
        kind: FieldKind::Price { price: PRICE_ACU, min: 0.0, max: 10.0, step: 0.001 },
        help: calc_core::prose!("Aurora Serverless v2 capacity of the green copy."),
        group: GROUP_PRICES,
    },
];

/// The inputs as the model takes them, and where each price came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: FleetInputs,
    pub vcpu_y12: Provenance,
    pub vcpu_y3: Provenance,
    pub acu_y12: Provenance,
    pub acu_y3: Provenance,
    pub instance_hour: Provenance,
    pub acu_hour: Provenance,
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model. A
/// deployment that does not exist for the engine is refused.
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let version: Version = inputs.pick(key::VERSION);
    let deployment: Deployment = inputs.pick(key::DEPLOYMENT);
    if version.is_aurora() != deployment.is_aurora() {
        let problem = if version.is_aurora() {
            "is an RDS deployment; an Aurora version runs as an Aurora provisioned or Serverless v2 cluster"
        } else {
            "is an Aurora deployment; RDS for MySQL and PostgreSQL run as Single-AZ, Multi-AZ DB instances or Multi-AZ DB clusters"
        };
        return Err(vec![FieldError::new(key::DEPLOYMENT, deployment.key(), problem)]);
    }
    let model = FleetInputs {
        version,
        deployment,
        databases: inputs.num(key::DATABASES),
        replicas: inputs.num(key::REPLICAS),
        vcpus: inputs.num(key::VCPUS),
        acus: inputs.num(key::ACUS),
        start: inputs.date(key::START),
        done_by: inputs.date(key::DONE_BY),
        later: inputs.date(key::LATER),
        eng_hours: inputs.num(key::ENG_HOURS),
        eng_rate: inputs.num(key::ENG_RATE),
        testing: inputs.num(key::TESTING),
        bluegreen_days: inputs.num(key::BG_DAYS),
        class_change: inputs.num(key::CLASS_CHANGE),
        risk_pct: inputs.num(key::RISK),
        vcpu_y12: inputs.num(key::P_VCPU_Y12),
        vcpu_y3: inputs.num(key::P_VCPU_Y3),
        acu_y12: inputs.num(key::P_ACU_Y12),
        acu_y3: inputs.num(key::P_ACU_Y3),
        instance_hour: inputs.num(key::P_INSTANCE),
        acu_hour: inputs.num(key::P_ACU),
    };
    Ok(Read {
        vcpu_y12: prices.provenance(PRICE_VCPU_Y12, model.vcpu_y12),
        vcpu_y3: prices.provenance(PRICE_VCPU_Y3, model.vcpu_y3),
        acu_y12: prices.provenance(PRICE_ACU_Y12, model.acu_y12),
        acu_y3: prices.provenance(PRICE_ACU_Y3, model.acu_y3),
        instance_hour: prices.provenance(PRICE_INSTANCE, model.instance_hour),
        acu_hour: prices.provenance(PRICE_ACU, model.acu_hour),
        model,
    })
}
