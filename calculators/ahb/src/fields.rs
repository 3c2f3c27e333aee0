//! The single declaration of every input. URL keys are a public interface: never rename.

use calc_core::{Choice, Field, FieldKind, Unit};

pub const SERVICES: &[Choice] = &[
    Choice { key: "sqldb", label: "Azure SQL Database" },
    Choice { key: "sqlmi", label: "Azure SQL Managed Instance" },
    Choice { key: "vm", label: "SQL Server on Azure VMs" },
];

pub const MODELS: &[Choice] =
    &[Choice { key: "vcore", label: "vCore" }, Choice { key: "dtu", label: "DTU (Basic/Standard/Premium)" }];

pub const TIERS: &[Choice] = &[
    Choice { key: "gp", label: "General Purpose" },
    Choice { key: "bc", label: "Business Critical" },
    Choice { key: "hs", label: "Hyperscale" },
];

pub const EDITIONS: &[Choice] =
    &[Choice { key: "ee", label: "Enterprise" }, Choice { key: "se", label: "Standard" }];

pub const ACQUIRE: &[Choice] = &[
    Choice { key: "sa", label: "Buy SA for licences we own without SA" },
    Choice { key: "license_sa", label: "Buy new licences plus SA" },
    Choice { key: "subscription", label: "SQL Server subscription" },
];

const PRICE_DERIVED: &str = "the price sheet for the chosen service, tier and edition";

pub static FIELDS: &[Field] = &[
    Field {
        key: "service",
        label: "Azure service",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: SERVICES, default: "sqldb" },
        help: "Where the SQL Server workload runs. AHB applies to all three.",
        group: "Workload",
    },
    Field {
        key: "model",
        label: "Purchasing model",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: MODELS, default: "vcore" },
        help: "Azure SQL Database only. DTU databases cannot use AHB: they must move to vCore first.",
        group: "Workload",
    },
    Field {
        key: "tier",
        label: "Service tier",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: TIERS, default: "gp" },
        help: "Sets how many vCores one core licence covers. Managed Instance has no Hyperscale; \
               ignored for VMs.",
        group: "Workload",
    },
    Field {
        key: "edition",
        label: "Licence edition",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: EDITIONS, default: "ee" },
        help: "Edition of the SQL Server core licences you assign (and, on VMs, the edition you run).",
        group: "Workload",
    },
    Field {
        key: "vcores",
        label: "vCores per instance (vCPUs per VM)",
        unit: Unit::VCores,
        kind: FieldKind::Integer { min: 1, max: 10_000, default: 16 },
        help: "Provisioned vCores of each database or managed instance; for VMs, vCPUs of each VM.",
        group: "Workload",
    },
    Field {
        key: "instances",
        label: "Instances",
        unit: Unit::Count,
        kind: FieldKind::Integer { min: 1, max: 1_000, default: 1 },
        help: "Number of identical databases, managed instances or VMs.",
        group: "Workload",
    },
    Field {
        key: "hours",
        label: "Hours running per month",
        unit: Unit::HoursPerMonth,
        kind: FieldKind::Number { min: 1.0, max: 744.0, step: 1.0, default: 730.0 },
        help: "730 is Azure's billing month (always on).",
        group: "Workload",
    },
    Field {
        key: "cores_owned",
        label: "Core licences with active SA already available",
        unit: Unit::Cores,
        kind: FieldKind::Integer { min: 0, max: 100_000, default: 0 },
        help: "Cores you own with active Software Assurance (or subscription) that are not \
               assigned elsewhere. Their SA is already paid: it is sunk and not counted.",
        group: "Licences",
    },
    Field {
        key: "acquire",
        label: "How to get the remaining cores",
        unit: Unit::Text,
        kind: FieldKind::Choice { options: ACQUIRE, default: "sa" },
        help: "Licences are paid at month 0; SA and subscriptions yearly in advance.",
        group: "Licences",
    },
    Field {
        key: "li_vcore_hour",
        label: "Licence-included price",
        unit: Unit::UsdPerVcoreHour,
        kind: FieldKind::Auto { min: 0.0001, max: 100.0, step: 0.0001, derived_from: PRICE_DERIVED },
        help: "Pay-as-you-go price per vCore-hour (per vCPU-hour on VMs, compute plus SQL licence). \
               Empty: compute plus the SQL licence meter from the price sheet.",
        group: "Prices",
    },
    Field {
        key: "base_vcore_hour",
        label: "AHB (base) price",
        unit: Unit::UsdPerVcoreHour,
        kind: FieldKind::Auto { min: 0.0, max: 100.0, step: 0.0001, derived_from: PRICE_DERIVED },
        help: "Price per vCore-hour with AHB applied (compute only). Empty: from the price sheet.",
        group: "Prices",
    },
    Field {
        key: "license_2core",
        label: "Licence price per 2-core pack",
        unit: Unit::UsdPerPack,
        kind: FieldKind::Auto { min: 0.0, max: 1_000_000.0, step: 1.0, derived_from: PRICE_DERIVED },
        help: "SQL Server 2022 core licence, 2-core pack. Empty: list price for the edition. \
               SA is priced as a share of it.",
        group: "Prices",
    },
    Field {
        key: "sa_pct",
        label: "Software Assurance per year",
        unit: Unit::Percent,
        kind: FieldKind::Price { price: "sa_pct", min: 0.0, max: 100.0, step: 1.0 },
        help: "Yearly SA as a percentage of the licence price.",
        group: "Prices",
    },
    Field {
        key: "subscription_2core_year",
        label: "Subscription per 2 cores per year",
        unit: Unit::UsdPerPackYear,
        kind: FieldKind::Auto { min: 0.0, max: 1_000_000.0, step: 1.0, derived_from: PRICE_DERIVED },
        help: "SQL Server subscription price. Empty: list price for the edition.",
        group: "Prices",
    },
    Field {
        key: "sa_increase",
        label: "Renewal increase per year",
        unit: Unit::Percent,
        kind: FieldKind::Number { min: 0.0, max: 50.0, step: 1.0, default: 0.0 },
        help: "Yearly increase of SA or subscription renewals (typically 10–15% is cited). \
               The result also shows the range 0–15%.",
        group: "Prices",
    },
    Field {
        key: "years",
        label: "Horizon",
        unit: Unit::Years,
        kind: FieldKind::Integer { min: 1, max: 10, default: 3 },
        help: "Years over which savings and costs are compared.",
        group: "Horizon",
    },
];
