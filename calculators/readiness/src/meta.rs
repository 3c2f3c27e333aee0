//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

pub static META: Meta = Meta {
    slug: "readiness",
    title: "Open-source database migration readiness score",
    pitch: calc_core::prose!("Is this SQL Server or Oracle database ready for PostgreSQL: first wave, a later wave, or out of \
            the business case?"),
    description: calc_core::prose!("Score one SQL Server or Oracle database out of 100 from what its assessment found (items to \
                  rewrite by hand, procedures, CROSS APPLY, MERGE, CLR, CONNECT BY, XML, jobs, linked servers, \
                  ORM use, size, read share): its tier, blockers, person-days of work and migration wave, with \
                  every weight shown and yours to change."),
    methodology: calc_core::prose!(&[
        "Work: each input the assessment counted costs its count × its weight in person-days of 8 hours (an \
         input): other items to \
         rewrite by hand 2, procedures and functions 0.2, CROSS APPLY 0.25, MERGE 0.5, CLR integrations 5, \
         CONNECT BY 1, Oracle XML processing 2, sequences relying on RAC 3, scheduled jobs 0.5, linked servers or \
         database links 3, and once for the application: 5 to switch Entity Framework or another ORM to its \
         PostgreSQL provider, 15 to review hand-written SQL. The effort is their sum.",
        "Score: 100 − person-days × 0.5 points − 2 points per TB stored − 10 points × the share of writes, never \
         below 0. Size and writes are cutover risk, not work: they lower the score and add no person-days.",
        "These weights are this tool's judgement: the sources name what to count but give no weights. Every \
         weight and both bars below are inputs shown under Assumptions, so a team can set its own and share them \
         in the link.",
        "Where an Ora2Pg unit count is entered (Oracle), Ora2Pg's own rule gives its person-days: ceil(units × \
         minutes per unit ÷ 420 minutes), at least 1, with 5 minutes per unit by default. Its person-days are 7 \
         hours long: they count as their hours, in person-days of the weights' 8 hours. The work it measures \
         (other items, procedures, CONNECT BY, XML, and the scheduled jobs and database links its units also \
         count) is counted once, by the larger of the two estimates in hours, so entering units never lowers the \
         effort. Those counts still count as blockers. For the tier, the code is the larger of Ora2Pg's estimate \
         and the per-item code.",
        "Tier, numbered as the checklist numbers it, Tier 1 the harder: 40 or more person-days of code in the \
         database (items to rewrite, procedures, CROSS APPLY, MERGE, CLR, Ora2Pg units, CONNECT BY, XML) make a \
         database Tier 1 (harder: heavy T-SQL or PL/SQL, legacy); less, Tier 2 (easier): simple CRUD or \
         ORM-driven behind an ORM, light T-SQL or PL/SQL behind hand-written SQL, and PL/SQL to rewrite when \
         Ora2Pg grades it C. Blockers are the items a conversion tool leaves for a hand rewrite: other \
         items to rewrite, CROSS APPLY, MERGE and CLR on SQL Server; other items, CONNECT BY and XML processing on \
         Oracle.",
        "Ora2Pg's grade (Oracle): from the technical level of its report (1 to 5) and its units, exactly as \
         Ora2Pg derives it: A at level 3 or less (might run automatically); above 3, B, or C when ceil(units ÷ \
         84) is more than its human-days limit (5 by default). Its level counts a fixed 84 units a day whatever \
         the minutes per unit, so 249.9 units at 10 minutes are 6 person-days of work but B-5.",
        "Recommendation: Tier 1 is excluded from the initial business case, and so is a score of 0 (its points \
         take the whole score); Tier 2 with a score of 80 or more is a first-wave candidate; Tier 2 below 80, a \
         later wave. Counts are whole numbers; counts that exist only on the other engine are ignored, and the \
         result says so. For Oracle, the effort opens the Oracle to PostgreSQL savings calculator as hours, each \
         part at its own day length (the weights' 8 hours, Ora2Pg's 7). Not counted: copying the data, \
         whole-application testing, cutover and running both databases side by side.",
    ]),
    caveats: calc_core::prose!(&[
        "The score ranks databases against each other with one set of weights; it is not a probability of \
         success. Keep the weights the same across an estate when comparing databases.",
        "Target new microservices and simple, high-read databases for the first wave: phased migrations (Tier 2 \
         first) show a faster return and build the team's PostgreSQL experience.",
        "Counts come from an assessment tool (Microsoft Data Migration Assistant, AWS SCT, Ora2Pg); a database \
         that was not assessed scores as if it had no code.",
    ]),
    sources: &[
        SourceLink {
            label: "rajivonai.com, SQL Server to PostgreSQL Migration Cost Defense Checklist, 2026-04-16",
            url: "https://rajivonai.com/blog/2026-04-16-sql-server-to-postgresql-migration-checklist/",
        },
        SourceLink {
            label: "rajivonai.com, Oracle to Aurora PostgreSQL: License Cost Elimination in Practice, 2026-03-11",
            url: "https://rajivonai.com/blog/2026-03-11-aurora-postgresql-migration-cost-savings/",
        },
        SourceLink {
            label: "Ora2Pg Pro: global Oracle migration assessment (migration unit, default 5 minutes)",
            url: "https://postgrespro.com/docs/ora2pgpro/24/ora2pgpro-global-oracle-migration-assessment",
        },
        SourceLink {
            label: "Ora2Pg (person-days of 420 minutes, rounded up)",
            url: "https://github.com/darold/ora2pg",
        },
        SourceLink {
            label: "An Ora2Pg report summary: migration levels A, B, C and technical levels 1 to 5",
            url: "https://gist.github.com/fortran01/f2f085d8cd846d03041dc4f74e482b9f",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "crud-microservice",
        name: "A small Entity Framework microservice on SQL Server",
        description: "50 GB, 90% reads, 6 procedures and one Agent job: the first-wave kind of database.",
        values: &[
            (key::SIZE_GB, "50"),
            (key::READ_SHARE, "90"),
            (key::RED_ITEMS, "0"),
            (key::PROCEDURES, "6"),
            (key::JOBS, "1"),
            (key::LINKED, "0"),
        ],
    },
    Preset {
        key: "legacy-tsql",
        name: "A legacy SQL Server database full of T-SQL",
        description:
            "2 TB, hand-written SQL, 400 procedures, 60 items to rewrite, 40 CROSS APPLY, 25 MERGE, 3 CLR \
                      assemblies, 35 Agent jobs and 6 linked servers: Tier 1.",
        values: &[
            (key::APP, "sql"),
            (key::SIZE_GB, "2000"),
            (key::READ_SHARE, "60"),
            (key::RED_ITEMS, "60"),
            (key::PROCEDURES, "400"),
            (key::CROSS_APPLY, "40"),
            (key::MERGE, "25"),
            (key::CLR, "3"),
            (key::JOBS, "35"),
            (key::LINKED, "6"),
        ],
    },
    Preset {
        key: "oracle-ora2pg",
        name: "An Oracle schema assessed with Ora2Pg",
        description:
            "800 GB behind Hibernate, 3,000 Ora2Pg units at technical level 5, 120 procedures, 6 CONNECT BY \
                      queries, 2 XML routines, 10 scheduler jobs and 2 database links.",
        values: &[
            (key::ENGINE, "oracle"),
            (key::APP, "orm"),
            (key::SIZE_GB, "800"),
            (key::RED_ITEMS, "0"),
            (key::PROCEDURES, "120"),
            (key::ORA2PG_UNITS, "3000"),
            (key::TECH_LEVEL, "5"),
            (key::CONNECT_BY, "6"),
            (key::XML, "2"),
            (key::JOBS, "10"),
            (key::LINKED, "2"),
        ],
    },
];
