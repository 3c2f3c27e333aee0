//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

pub const ORACLE_DB_LICENSING: SourceLink = SourceLink {
    label:
        "Oracle, Database Licensing Information User Manual 19c (Standard Edition 2: servers of at most 2 \
            sockets; options and packs for Enterprise Edition)",
    url: "https://docs.oracle.com/en/database/oracle/oracle-database/19/dblic/Licensing-Information.html",
};

pub const ORACLE_PACKS_EE_ONLY: SourceLink = SourceLink {
    label:
        "Oracle, Enterprise Manager Licensing Information: the Diagnostics and Tuning Packs can be purchased \
            only with Enterprise Edition",
    url: "https://docs.oracle.com/cd/E63000_01/OEMLI/db_mgmt.htm",
};

pub const RDS_LICENSING: SourceLink = SourceLink {
    label: "AWS, Amazon RDS for Oracle licensing options (Licence Included only for Standard Edition 2; \
            licensing Multi-AZ deployments)",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.Licensing.html",
};

pub const RDS_MULTI_AZ_BYOL: SourceLink = SourceLink {
    label:
        "AWS Prescriptive Guidance, Oracle licensing options: with your own licences, both the primary and \
            the Multi-AZ standby need licences",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/migration-oracle-database/licensing.html",
};

pub const ORACLE_DATA_RECOVERY: SourceLink = SourceLink {
    label:
        "Oracle, Licensing Data Recovery Environments (standby copies are licensed; the 10-day failover rule \
            covers only a clustered node on shared storage)",
    url: "https://www.oracle.com/assets/data-recovery-licensing-070587.pdf",
};

pub static META: Meta = Meta {
    slug: "oracle-pg",
    title: "Oracle to PostgreSQL migration savings",
    pitch: calc_core::prose!("If you leave Oracle for PostgreSQL, what does it cost to get there, when does it pay back, and \
            what do you save over five years?"),
    description: calc_core::prose!("Compare staying on Oracle (licences counted by platform, 22% support rising every year, \
                  infrastructure) with moving to PostgreSQL (the rewrite, dual running, the target's run rate): \
                  totals, payback month, NPV, IRR and the inputs that move the answer most."),
    methodology: calc_core::prose!(&[
        "Oracle licences: on-premises, cores × the core factor, rounded up; on AWS, Azure and Google Cloud \
         (Oracle's Authorized Cloud Environment policy) 2 vCPUs = 1 processor with hyper-threading and 1 vCPU \
         without, and the core factor does not apply; on OCI, OCPUs per processor licence as the input says (1 by \
         default, the conservative reading; Oracle's BYOL conversion for OCI offerings allows up to 2), per instance, \
         for either edition. Standard Edition 2 counts \
         sockets, and its limits apply to each server or instance the estate is spread over (evenly): one socket \
         per 4 vCPUs of each cloud instance, rounded up, at most 8 vCPUs per instance, at most 2 sockets per \
         server on-premises; a larger instance or server needs Enterprise Edition and is refused with the reason \
         (on OCI, Standard Edition 2 counts OCPUs like Enterprise Edition). Options and packs are sold only with \
         Enterprise Edition. A standby copy under your own licences (an RDS Multi-AZ standby, a Data Guard \
         standby) is licensed like the primary.",
        "Support is the bill you know, or licences × (list price + options per processor) × (1 − your discount) \
         × 22%; with Amazon RDS Licence Included (Standard Edition 2 only) there is none, the licence being in \
         the RDS hourly price you enter as infrastructure. It renews yearly in advance from the month you give \
         (the months before it are covered by a renewal already paid, whichever way you go), rising by the \
         uplift at each renewal. Staying pays every renewal in the horizon, plus Oracle's infrastructure every \
         month.",
        "Moving pays the migration in month 1 (items to rewrite by hand × hours per item × the engineering rate, \
         plus other one-time costs), the target's run rate every month, and Oracle until the overlap ends: its \
         infrastructure, and any support renewal that falls due before the end of the overlap; the first \
         renewal after it is not paid.",
        "Saving = staying − moving over the horizon. The payback month is the first month from which the \
         cumulative saving stays at or above zero to the end of the horizon; when moving costs more over the \
         horizon, the same costs run on for up to 20 years to find the month it breaks even. NPV discounts the \
         monthly differences at (1 + the annual rate)^(1/12) − 1, each at the start of its month; the IRR is \
         the monthly rate that zeroes them, annualised, or, when the monthly differences change sign around \
         every renewal and give no single rate, the rate that zeroes the yearly totals. The tornado recomputes \
         the saving over the horizon with hours per item ±50%, the uplift at 0% and doubled, the target's run \
         rate ±20%, the overlap at none and doubled, the renewal in each month of the year, and the items, \
         engineering rate and discount ±20%; the answer's flip points say how far each input can move before \
         the decision changes.",
    ]),
    caveats: calc_core::prose!(&[
        "Schema conversion tools are optimistic: AWS SCT may report 95% automated conversion, but the remaining 5% \
         often holds the core business logic (hierarchical CONNECT BY queries, XML processing, PL/SQL packages). \
         Price the rewrite from the manual items, not the percentage.",
        "Aurora PostgreSQL handles concurrency differently from Oracle RAC: queries fast on Oracle may need index \
         tuning or design changes (sequence bottlenecks) on PostgreSQL.",
        "Oracle's matching service levels rule: every licence in a licence set must have the same support level, \
         so dropping support on part of a set is not allowed unless those licences are terminated. A partial exit \
         keeps paying support on the whole set until the last database leaves.",
        "Dropping support and coming back later costs back-support for the whole lapse plus a reinstatement fee \
         (advisors cite about 150% of the last annual support). If Oracle must stay for some systems, compare \
         bringing the licences to OCI.",
    ]),
    sources: &[
        ORACLE_DB_LICENSING,
        ORACLE_PACKS_EE_ONLY,
        RDS_LICENSING,
        RDS_MULTI_AZ_BYOL,
        ORACLE_DATA_RECOVERY,
        SourceLink {
            label: "rajivonai.com, Oracle to Aurora PostgreSQL: License Cost Elimination in Practice, 2026-03-11",
            url: "https://rajivonai.com/blog/2026-03-11-aurora-postgresql-migration-cost-savings/",
        },
        SourceLink {
            label: "Oracle Technology Global Price List (copy dated 2022-10-11)",
            url: "https://doczz.net/doc/6555981/oracle-technology-global-price-list",
        },
        SourceLink {
            label: "Oracle: Licensing Oracle Software in the Cloud Computing Environment (policy copy)",
            url: "https://docslib.org/doc/874760/licensing-oracle-software-cloud-computing-environment",
        },
        SourceLink {
            label: "Redress Compliance: Oracle technology price list and 22% support",
            url: "https://www.redresscompliance.com/oracle-technology-price-list.html",
        },
        SourceLink {
            label: "Redress Compliance: Oracle core factor table",
            url: "https://www.redresscompliance.com/oracle-core-factor.html",
        },
        SourceLink {
            label: "Redress Compliance: Oracle matching service level policy",
            url: "https://www.redresscompliance.com/oracle-matching-service-level-policy.html",
        },
        SourceLink {
            label: "Remend: how much an Oracle licence costs (options, 4% support increase)",
            url: "https://www.remend.com/faqs/how-much-does-an-oracle-license-cost/",
        },
        SourceLink {
            label: "Ora2Pg migration assessment (cost units of 5 minutes)",
            url: "https://github.com/darold/ora2pg",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "cfo_mandate",
        name: "The CFO's mandate: support up 20% a year",
        description:
            "The situation in rajivonai.com's article: Enterprise Edition on 32 on-premises cores at a 50% discount, \
                      support rising 20% a year, 200 items to rewrite.",
        values: &[
            (key::PLATFORM, "onprem"),
            (key::CPUS, "32"),
            (key::DISCOUNT, "50"),
            (key::UPLIFT, "20"),
            (key::RED_ITEMS, "200"),
        ],
    },
    Preset {
        key: "se2_on_aws",
        name: "Standard Edition 2 on AWS",
        description:
            "An 8-vCPU Standard Edition 2 database on EC2 (2 sockets) with 40 items to rewrite: small \
                      licences, so the rewrite decides.",
        values: &[
            (key::EDITION, "se2"),
            (key::CPUS, "8"),
            (key::RED_ITEMS, "40"),
            (key::OTHER_ONE_TIME, "20000"),
            (key::OVERLAP_MONTHS, "3"),
        ],
    },
    Preset {
        key: "plsql_heavy",
        name: "A PL/SQL-heavy estate that does not pay back in 5 years",
        description:
            "Enterprise Edition on 16 vCPUs at a 60% discount with 1,200 complex items (40 hours each) and \
                      a year of dual running.",
        values: &[
            (key::DISCOUNT, "60"),
            (key::RED_ITEMS, "1200"),
            (key::HOURS_PER_ITEM, "40"),
            (key::OVERLAP_MONTHS, "12"),
        ],
    },
];
