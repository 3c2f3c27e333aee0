//! The single declaration of every input, and the one typed read of them. URL keys are a
//! public interface: never rename one without a link migration.

use crate::model::{App, Engine, ReadinessInputs, TechLevel, Weights};
use calc_core::{ChoiceEnum, Field, FieldError, FieldKind, Inputs, PriceSheet, Provenance, Unit};

/// Every URL key, spelled once.
pub mod key {
    pub const ENGINE: &str = "engine";
    pub const APP: &str = "app";
    pub const SIZE_GB: &str = "size_gb";
    pub const READ_SHARE: &str = "read_share";
    pub const RED_ITEMS: &str = "red_items";
    pub const PROCEDURES: &str = "procedures";
    pub const CROSS_APPLY: &str = "cross_apply";
    pub const MERGE: &str = "merge";
    pub const CLR: &str = "clr";
    pub const ORA2PG_UNITS: &str = "ora2pg_units";
    pub const TECH_LEVEL: &str = "tech_level";
    pub const CONNECT_BY: &str = "connect_by";
    pub const XML: &str = "xml";
    pub const RAC_SEQUENCES: &str = "rac_sequences";
    pub const JOBS: &str = "jobs";
    pub const LINKED: &str = "linked";
    pub const W_RED: &str = "w_red";
    pub const W_PROCEDURE: &str = "w_procedure";
    pub const W_CROSS_APPLY: &str = "w_cross_apply";
    pub const W_MERGE: &str = "w_merge";
    pub const W_CLR: &str = "w_clr";
    pub const W_CONNECT_BY: &str = "w_connect_by";
    pub const W_XML: &str = "w_xml";
    pub const W_RAC_SEQUENCE: &str = "w_rac_sequence";
    pub const W_JOB: &str = "w_job";
    pub const W_LINKED: &str = "w_linked";
    pub const W_ORM: &str = "w_orm";
    pub const W_APP_SQL: &str = "w_app_sql";
    pub const W_POINTS_PER_DAY: &str = "w_points_per_day";
    pub const W_PER_TB: &str = "w_per_tb";
    pub const W_WRITES: &str = "w_writes";
    pub const TIER1_DAYS: &str = "tier1_days";
    pub const FIRST_WAVE_SCORE: &str = "first_wave_score";
    pub const W_DAY_HOURS: &str = "w_day_hours";
    pub const UNIT_MINUTES: &str = "unit_minutes";
    pub const DAY_HOURS: &str = "day_hours";
    pub const HUMAN_DAYS_LIMIT: &str = "human_days_limit";
}

/// The keys of the Oracle to PostgreSQL calculator that take the effort (its `red_items` and
/// `hours_per_item`). That crate is not a dependency, so they are spelled here once; the
/// registry's tests open the link with that calculator's strict decoder.
pub mod oracle_pg {
    pub const PATH: &str = "/tools/oracle-pg/";
    pub const ITEMS: &str = "red_items";
    pub const HOURS_PER_ITEM: &str = "hours_per_item";
    /// Its largest accepted `red_items`.
    pub const MAX_ITEMS: f64 = 100_000.0;
}

/// A count, shown as its number alone: the field's label says what it counts, and "1 items"
/// is never written (`format::value` has no singular).
pub const ITEMS: Unit = Unit::quantity("items", 0, "");
/// Ora2Pg's units (its report writes decimals: 249.9), shown as the number alone.
pub const UNITS: Unit = Unit::quantity("units", 1, "");
/// Points off the score of 100.
pub const POINTS: Unit = Unit::quantity("points", 2, "points");
/// A work weight: person-days per item.
pub const DAYS_PER_ITEM: Unit = Unit::quantity("person-days/item", 2, "person-days per item");
pub const POINTS_PER_DAY: Unit = Unit::quantity("points/person-day", 2, "points per person-day");
pub const POINTS_PER_TB: Unit = Unit::quantity("points/TB", 2, "points per TB");
/// The score itself, 0–100.
pub const SCORE: Unit = Unit::quantity("score", 1, "of 100");
pub const PERSON_DAYS: Unit = Unit::quantity("person-days", 1, "person-days");
pub const MINUTES: Unit = Unit::quantity("minutes", 1, "minutes");
pub const HOURS: Unit = Unit::quantity("hours", 2, "hours");
/// The contribution table's columns and the chart's axis: numbers alone under a labelled
/// heading, so that no cell reads "1 person-days".
pub const DAYS_COLUMN: Unit = Unit::quantity("person-days", 1, "");
pub const POINTS_COLUMN: Unit = Unit::quantity("points", 2, "");
pub const TIER: Unit = Unit::quantity("tier", 0, "");
pub const BLOCKERS: Unit = Unit::quantity("blockers", 0, "");

/// The singular of a unit's words, for a quantity shown as exactly 1 ("1 person-day per item").
pub fn singular(unit: Unit) -> Option<&'static str> {
    [
        (PERSON_DAYS, "person-day"),
        (DAYS_PER_ITEM, "person-day per item"),
        (POINTS, "point"),
        (POINTS_PER_DAY, "point per person-day"),
        (POINTS_PER_TB, "point per TB"),
        (MINUTES, "minute"),
        (HOURS, "hour"),
    ]
    .into_iter()
    .find(|(u, _)| *u == unit)
    .map(|(_, one)| one)
}

pub const PRICE_UNIT_MINUTES: &str = "ora2pg_unit_minutes";
pub const PRICE_DAY_HOURS: &str = "ora2pg_day_hours";
pub const PRICE_HUMAN_DAYS_LIMIT: &str = "ora2pg_human_days_limit";
/// Ora2Pg's technical level, shown in its grade ("C-5").
pub const LEVEL: Unit = Unit::quantity("level", 0, "");

pub const GROUP_DB: &str = "The database";
pub const GROUP_FOUND: &str = "What the assessment found";
pub const GROUP_WEIGHTS: &str = "Weights: this tool's judgement, yours to change";
pub const GROUP_ORA2PG: &str = "Ora2Pg's rules";

/// A count: a whole number (half a procedure is not a count).
const fn count(key: &'static str, label: &'static str, default: i64, help_text: &'static str) -> Field {
    Field {
        key,
        label,
        unit: ITEMS,
        kind: FieldKind::Integer { min: 0, max: 100_000, default },
        help: calc_core::prose!(help_text),
        group: GROUP_FOUND,
    }
}

const fn weight(key: &'static str, label: &'static str, default: f64, help_text: &'static str) -> Field {
    Field {
        key,
        label,
        unit: DAYS_PER_ITEM,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 0.05, default },
        help: calc_core::prose!(help_text),
        group: GROUP_WEIGHTS,
    }
}

/// A weight counted once for the database (the application's data access), not per item.
const fn once(key: &'static str, label: &'static str, default: f64, help: &'static str) -> Field {
    Field { unit: PERSON_DAYS, ..weight(key, label, default, help) }
}

pub static FIELDS: &[Field] = &[
    Field {
        key: key::ENGINE,
        label: "Source engine",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: Engine::OPTIONS, default: "sqlserver" },
        help: calc_core::prose!("The database you are scoring. The counts that exist on one engine only (CROSS APPLY, MERGE and CLR on SQL Server; Ora2Pg units, CONNECT BY, XML processing and RAC sequences on Oracle) are ignored for the other one, and the result says so."),
        group: GROUP_DB,
    },
    Field {
        key: key::APP,
        label: "How the application reaches the data",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: App::OPTIONS, default: "ef" },
        help: calc_core::prose!("An ORM moves by switching its database provider, then testing; hand-written SQL in the application must be reviewed and rewritten where it uses engine-specific syntax."),
        group: GROUP_DB,
    },
    Field {
        key: key::SIZE_GB,
        label: "Database size",
        unit: Unit::GB,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 200.0 },
        help: calc_core::prose!("Data and indexes, GB (1 TB = 1,000 GB). Size adds risk to the cutover (copy and validation time), not rewrite work."),
        group: GROUP_DB,
    },
    Field {
        key: key::READ_SHARE,
        label: "Share of the workload that reads",
        unit: Unit::PERCENT,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 5.0, default: 70.0 },
        help: calc_core::prose!("Reads against reads plus writes (for example from the engine's statement or I/O statistics). High-read databases move first: reads can be pointed at PostgreSQL while the write path is still being refactored."),
        group: GROUP_DB,
    },
    count(
        key::RED_ITEMS,
        "Other items to rewrite by hand",
        5,
        "The items the assessment (Microsoft Data Migration Assistant, AWS SCT's red action items) says need a manual rewrite, not counting the constructs entered below. Each one is a blocker.",
    ),
    count(
        key::PROCEDURES,
        "Stored procedures and functions",
        40,
        "T-SQL or PL/SQL procedures, functions and package routines. Even those a tool converts must be reviewed and tested.",
    ),
    count(
        key::CROSS_APPLY,
        "CROSS APPLY uses (SQL Server)",
        0,
        "Statements using CROSS APPLY or OUTER APPLY. They need a manual rewrite (usually as a LATERAL join). Each one is a blocker.",
    ),
    count(
        key::MERGE,
        "MERGE statements (SQL Server)",
        0,
        "T-SQL MERGE statements. They need a manual rewrite and a retest of their concurrency behaviour. Each one is a blocker.",
    ),
    count(
        key::CLR,
        "CLR integrations (SQL Server)",
        0,
        "CLR assemblies (.NET code inside SQL Server). PostgreSQL cannot run them: each must be rewritten in SQL, PL/pgSQL or the application. Each one is a blocker.",
    ),
    Field {
        key: key::ORA2PG_UNITS,
        label: "Ora2Pg migration units (Oracle)",
        unit: UNITS,
        kind: FieldKind::Number { min: 0.0, max: 10_000_000.0, step: 0.1, default: 0.0 },
        help: calc_core::prose!("The \"Total Estimated cost\" of Ora2Pg's report, in migration units. Ora2Pg's units measure the same work as the other items, procedures, CONNECT BY, XML, scheduled jobs (2 units each) and database links (3 units each): that work is counted once, by the larger of Ora2Pg's estimate and this tool's per-item one, in hours (the counts still count as blockers). 0 leaves it out."),
        group: GROUP_FOUND,
    },
    Field {
        key: key::TECH_LEVEL,
        label: "Ora2Pg technical level (Oracle)",
        unit: Unit::TEXT,
        kind: FieldKind::Choice { options: TechLevel::OPTIONS, default: "none" },
        help: calc_core::prose!("The number in the \"Migration level\" of Ora2Pg's report (B-5 is level 5). With the units, it gives Ora2Pg's grade A, B or C exactly as Ora2Pg computes it."),
        group: GROUP_FOUND,
    },
    count(
        key::CONNECT_BY,
        "CONNECT BY queries (Oracle)",
        0,
        "Hierarchical queries. Conversion tools fail on them; each is rewritten by hand, usually as a recursive common table expression. Each one is a blocker.",
    ),
    count(
        key::XML,
        "Oracle XML processing (Oracle)",
        0,
        "Code using Oracle-specific XML processing (XMLType methods and the like). Conversion tools fail on it. Each one is a blocker.",
    ),
    count(
        key::RAC_SEQUENCES,
        "Sequences relying on RAC concurrency (Oracle)",
        0,
        "Sequences the application hits hard from several RAC nodes. PostgreSQL handles concurrency differently: each may need a redesign to remove the bottleneck.",
    ),
    count(
        key::JOBS,
        "Scheduled jobs (SQL Server Agent, Oracle scheduler)",
        6,
        "Jobs the database runs on a schedule. Each must move to pg_cron or an external orchestrator such as Airflow. Ora2Pg's units already count them (2 units each).",
    ),
    count(
        key::LINKED,
        "Linked servers or database links",
        1,
        "Other databases this one queries directly. PostgreSQL reaches them through foreign data wrappers, which behave differently on large joins. Ora2Pg's units already count database links (3 units each).",
    ),
    weight(
        key::W_RED,
        "Other item to rewrite by hand",
        2.0,
        "Person-days to rewrite and test each other item by hand (16 hours, as the Oracle to PostgreSQL calculator assumes for a medium item, is 2 at 8 hours a day).",
    ),
    weight(
        key::W_PROCEDURE,
        "Stored procedure or function",
        0.2,
        "Person-days to review and test each procedure or function, even when a tool converted it.",
    ),
    weight(key::W_CROSS_APPLY, "CROSS APPLY use", 0.25, "Person-days for each CROSS APPLY rewrite."),
    weight(key::W_MERGE, "MERGE statement", 0.5, "Person-days for each MERGE rewrite."),
    weight(
        key::W_CLR,
        "CLR integration",
        5.0,
        "Person-days for each CLR assembly: a redesign, not a translation.",
    ),
    weight(key::W_CONNECT_BY, "CONNECT BY query", 1.0, "Person-days for each hierarchical query rewrite."),
    weight(key::W_XML, "Oracle XML processing", 2.0, "Person-days for each piece of XML processing."),
    weight(
        key::W_RAC_SEQUENCE,
        "Sequence relying on RAC",
        3.0,
        "Person-days for each hot sequence to redesign.",
    ),
    weight(key::W_JOB, "Scheduled job", 0.5, "Person-days for each job moved to pg_cron or an orchestrator."),
    weight(
        key::W_LINKED,
        "Linked server or database link",
        3.0,
        "Person-days for each link replaced by a foreign data wrapper (or by moving the join into the application).",
    ),
    once(
        key::W_ORM,
        "Switching an ORM's provider",
        5.0,
        "Person-days, once, to switch Entity Framework or another ORM to its PostgreSQL provider and test the differences.",
    ),
    once(
        key::W_APP_SQL,
        "Hand-written SQL in the application",
        15.0,
        "Person-days, once, to review and rewrite the application's own SQL.",
    ),
    Field {
        key: key::W_POINTS_PER_DAY,
        label: "Score points per person-day of work",
        unit: POINTS_PER_DAY,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 0.05, default: 0.5 },
        help: calc_core::prose!("How much a person-day of work lowers the score: at 0.5, 200 person-days take the whole score of 100."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::W_PER_TB,
        label: "Risk per TB stored",
        unit: POINTS_PER_TB,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 0.5, default: 2.0 },
        help: calc_core::prose!("Points off the score per TB (cutover and validation risk). No person-days: copying the data is not rewrite work."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::W_WRITES,
        label: "Risk of an all-write workload",
        unit: POINTS,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 1.0, default: 10.0 },
        help: calc_core::prose!("Points off the score for a workload that only writes, scaled by the write share (30% writes takes 30% of them). No person-days."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::TIER1_DAYS,
        label: "Tier 1 from this many person-days of code",
        unit: PERSON_DAYS,
        kind: FieldKind::Number { min: 0.5, max: 100_000.0, step: 1.0, default: 40.0 },
        help: calc_core::prose!("A database whose code in the database (items to rewrite, procedures, CROSS APPLY, MERGE, CLR, Ora2Pg units, CONNECT BY, XML) takes at least this many person-days is Tier 1, the harder tier: heavy T-SQL or PL/SQL and legacy. Below it, Tier 2, the easier."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::FIRST_WAVE_SCORE,
        label: "First wave from this score",
        unit: SCORE,
        kind: FieldKind::Number { min: 0.0, max: 100.0, step: 1.0, default: 80.0 },
        help: calc_core::prose!("A Tier 2 database scoring at least this is a first-wave candidate; below it, a later wave."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::W_DAY_HOURS,
        label: "Hours in a person-day of these weights",
        unit: HOURS,
        kind: FieldKind::Number { min: 1.0, max: 24.0, step: 0.5, default: 8.0 },
        help: calc_core::prose!("The weights are person-days of this many hours (an item to rewrite, 2 person-days, is 16 hours). Ora2Pg's person-days are 420 minutes: they are turned into hours and then into these person-days, and the hours handed to the Oracle to PostgreSQL calculator are the person-days × this."),
        group: GROUP_WEIGHTS,
    },
    Field {
        key: key::UNIT_MINUTES,
        label: "Minutes per Ora2Pg unit",
        unit: MINUTES,
        kind: FieldKind::Price { price: PRICE_UNIT_MINUTES, min: 1.0, max: 60.0, step: 1.0 },
        help: calc_core::prose!("Ora2Pg's COST_UNIT_VALUE: 5 minutes of a PostgreSQL expert by default; its maintainer suggests 10 for a team's first migration. Enter the value your report was run with."),
        group: GROUP_ORA2PG,
    },
    Field {
        key: key::DAY_HOURS,
        label: "Hours in an Ora2Pg person-day",
        unit: HOURS,
        kind: FieldKind::Price { price: PRICE_DAY_HOURS, min: 1.0, max: 24.0, step: 0.5 },
        help: calc_core::prose!("Ora2Pg counts a person-day as 420 minutes (7 hours). Used only for Ora2Pg's units: its person-days × these hours are the hours of its estimate, which this tool compares with its per-item estimate and hands over."),
        group: GROUP_ORA2PG,
    },
    Field {
        key: key::HUMAN_DAYS_LIMIT,
        label: "Ora2Pg level C above this many person-days",
        unit: Unit::quantity("person-days", 0, ""),
        kind: FieldKind::Price { price: PRICE_HUMAN_DAYS_LIMIT, min: 0.0, max: 10_000.0, step: 1.0 },
        help: calc_core::prose!("Ora2Pg's HUMAN_DAYS_LIMIT: a migration that needs code rewriting is level C when its units, at Ora2Pg's fixed 84 units a day, are more than this many person-days; B otherwise. 5 in Ora2Pg's code and generated configuration (its manual says 10). Enter the value your report was run with."),
        group: GROUP_ORA2PG,
    },
];

/// The inputs as the model takes them, and where the three Ora2Pg rules came from.
#[derive(Clone, Debug)]
pub struct Read {
    pub model: ReadinessInputs,
    pub unit_minutes: Provenance,
    pub day_hours: Provenance,
    pub days_limit: Provenance,
}

/// Inputs (complete and range-checked by `calc_core::evaluate`) to the typed model. Nothing
/// is refused: the other engine's counts are ignored, and the result says so.
pub fn read(inputs: &Inputs, prices: &PriceSheet) -> Result<Read, Vec<FieldError>> {
    let n = |k: &str| inputs.num(k);
    let model = ReadinessInputs {
        engine: inputs.pick(key::ENGINE),
        app: inputs.pick(key::APP),
        size_gb: n(key::SIZE_GB),
        read_pct: n(key::READ_SHARE),
        red_items: n(key::RED_ITEMS),
        ora2pg_units: n(key::ORA2PG_UNITS),
        procedures: n(key::PROCEDURES),
        cross_apply: n(key::CROSS_APPLY),
        merge: n(key::MERGE),
        clr: n(key::CLR),
        connect_by: n(key::CONNECT_BY),
        xml: n(key::XML),
        rac_sequences: n(key::RAC_SEQUENCES),
        jobs: n(key::JOBS),
        linked: n(key::LINKED),
        weights: Weights {
            red_item: n(key::W_RED),
            procedure: n(key::W_PROCEDURE),
            cross_apply: n(key::W_CROSS_APPLY),
            merge: n(key::W_MERGE),
            clr: n(key::W_CLR),
            connect_by: n(key::W_CONNECT_BY),
            xml: n(key::W_XML),
            rac_sequence: n(key::W_RAC_SEQUENCE),
            job: n(key::W_JOB),
            linked: n(key::W_LINKED),
            orm: n(key::W_ORM),
            app_sql: n(key::W_APP_SQL),
            points_per_day: n(key::W_POINTS_PER_DAY),
            per_tb: n(key::W_PER_TB),
            writes: n(key::W_WRITES),
            tier1_days: n(key::TIER1_DAYS),
            first_wave_score: n(key::FIRST_WAVE_SCORE),
            hours_per_day: n(key::W_DAY_HOURS),
        },
        unit_minutes: n(key::UNIT_MINUTES),
        ora2pg_day_hours: n(key::DAY_HOURS),
        tech_level: inputs.pick(key::TECH_LEVEL),
        days_limit: n(key::HUMAN_DAYS_LIMIT),
    };
    Ok(Read {
        unit_minutes: prices.provenance(PRICE_UNIT_MINUTES, model.unit_minutes),
        day_hours: prices.provenance(PRICE_DAY_HOURS, model.ora2pg_day_hours),
        days_limit: prices.provenance(PRICE_HUMAN_DAYS_LIMIT, model.days_limit),
        model,
    })
}
