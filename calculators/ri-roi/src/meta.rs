//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

/// The Database Savings Plan term rule cites it: AWS's published price list for the offer,
/// every one of whose rates is 1-year No Upfront (a public copy; publication 2026-04-22).
pub const DSP_PRICE_LIST: SourceLink = SourceLink {
    label: "AWS Price List, Database Savings Plans offer file (ap-south-2, published 2026-04-22; a public copy)",
    url: "https://github.com/timfanda35/aws-pricing-list-loader/blob/88d7d0132a2c03c0bf2bce1853f104c9af0e12eb/files/AWSDatabaseSavingsPlans-ap-south-2-index.csv",
};

/// The discount help and the warning above 20% cite it.
pub const DSP_DISCOUNTS: SourceLink = SourceLink {
    label: "nOps, AWS Database Savings Plans: up to 35% on serverless, up to 20% on instance-based workloads",
    url: "https://www.nops.io/blog/aws-database-savings-plans",
};

pub static META: Meta = Meta {
    slug: "ri-roi",
    title: "Reserved Instance ROI for cloud databases",
    pitch: calc_core::prose!("Should you buy Reserved Instances for these databases now, which term and payment option, and \
            what if you right-size first or move off this engine before the term ends?"),
    description: calc_core::prose!("Compare On-Demand with every RDS and Aurora Reserved Instance payment option and a Database \
                  Savings Plan: effective discount, break-even month, NPV, the cost of a planned migration and \
                  the commitment it strands, and right-sizing before committing."),
    methodology: calc_core::prose!(&[
        "On-Demand costs instances × price per instance-hour × the hours they run each month. A Reserved \
         Instance is owed for every hour of its term whether the instance runs or not: its commitment is the \
         upfront fee + the hourly charge × the hours of every month of the term (730 on average; as many as \
         the instances run in a longer month, up to 744), per instance. Its effective hourly rate is the upfront \
         fee spread over the term's hours plus the hourly charge (AWS's definition), and its effective discount \
         is 1 − effective ÷ On-Demand.",
        "Every option is a plan over the months the instances will really run: until the planned migration, \
         or 36 months after the 90-day wait when none is planned (whole terms of both lengths). A plan buys its \
         commitment and renews it for the next year, or for the months left before the migration, only when \
         On-Demand for those months would cost more than the renewal (they are longer than the break-even); \
         otherwise they run On-Demand. A 3-year term that ends before the migration is followed by the cheapest \
         cover for the rest: another RI or On-Demand. The cheapest plan is recommended and On-Demand wins ties, \
         so a commitment that loses money before the migration is never recommended.",
        "Break-even month = the commitment ÷ one instance's On-Demand cost per month. The stranded cost is the \
         part of each term the plan buys that falls after the migration, at that term's cost per month. The NPV \
         counts only cash that flows, discounted monthly at (1 + the annual rate)^(1/12) − 1: the On-Demand \
         avoided until the migration against the plan's payments (upfront fees when bought, monthly charges to \
         the end of each term, after the migration too).",
        "Right-size then commit: every plan is priced at the right-sized class too, bought after the rest of the \
         90-day wait (rounded up to whole months) with today's instances On-Demand meanwhile; the cheapest plan at \
         either size is recommended. The monthly figure 'right-sizing your choice' compares the chosen term and \
         payment's effective monthly cost at the two sizes, as in rajivonai.com's example.",
        "Database Savings Plans: AWS's price list has 1-year No Upfront rates only. To cover On-Demand usage U at \
         discount d you commit U × (1 − d) per hour, owed every hour; provisioned instances get up to about 20%, \
         serverless up to about 35%, and only generation 7 and later, non-burstable classes qualify. RDS \
         Multi-AZ (one standby) is priced at twice the Single-AZ rate, as AWS says it costs approximately twice \
         as much. Every price the comparison uses is listed with its source and date and can be entered; a sheet \
         price you have not entered that decides the answer is named.",
    ]),
    caveats: calc_core::prose!(&[
        "Never buy a database RI in the first 90 days after a migration: use them to capture the 95th \
         percentile CPU and memory, size down to it, and commit the floor, not the peak (rajivonai.com's rule).",
        "An RI cannot be cancelled, resold or converted for RDS and Aurora: there is no RDS RI marketplace and \
         no convertible RDS RI. It is tied to its engine and region; size flexibility works only within one \
         family and generation for MySQL, MariaDB, PostgreSQL and Aurora (never for SQL Server or \
         licence-included Oracle), and a Single-AZ RI does not cover a Multi-AZ instance.",
        "Aurora I/O-Optimized instances consume about 1.3× the RI units of Aurora Standard ones.",
    ]),
    sources: &[
        SourceLink {
            label: "rajivonai.com, The Math Behind Database Reserved Instances: When to Wait, 2026-04-01",
            url: "https://rajivonai.com/blog/2026-04-01-cloud-database-reserved-instance-math/",
        },
        SourceLink {
            label: "rajivonai.com, Cloud Database Cost Engineering framework, 2026-02-04",
            url: "https://rajivonai.com/blog/2026-02-04-cloud-database-cost-engineering-framework/",
        },
        SourceLink {
            label: "AWS agent toolkit: commitment pricing analyzer, Aurora On-Demand rates (2026-06-15)",
            url: "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/scripts/commitment_pricing_analyzer.py",
        },
        SourceLink {
            label: "Vantage ec2instances.info: RDS prices from the AWS price list (2021-08-03)",
            url: "https://github.com/vantage-sh/ec2instances.info/blob/14ede5a54df6e33be6ccf96ae9cb60e168635844/www/rds/instances.json",
        },
        SourceLink {
            label: "Amazon RDS User Guide: On-Demand DB instances (Multi-AZ costs approximately twice as much)",
            url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html",
        },
        DSP_PRICE_LIST,
        DSP_DISCOUNTS,
        SourceLink {
            label: "CloudYali, AWS Database Savings Plans: up to 35% on Aurora Serverless, up to 20% on RDS instances (2026)",
            url: "https://www.cloudyali.io/blogs/aws-database-savings-plans",
        },
        SourceLink {
            label: "Archera: AWS RDS commitments (no convertible RDS RIs)",
            url: "https://docs.archera.ai/help-center/cloud-service-intelligence/cloud-service-intelligence/aws/rds",
        },
    ],
};

/// The seed's example in per-hour prices: $10,000/month is 10,000 ÷ 730 an hour, written to
/// five decimals (13.69863), the fewest that give the month to the cent (730 × 13.69863 =
/// $9,999.9999), so the box and the link show a price a person would type.
pub static PRESETS: &[Preset] = &[
    Preset {
        key: "rightsize_first",
        name: "Right-size first: $10,000 a month down to $4,000",
        description:
            "rajivonai.com's example: 50% off an oversized $10,000/month instance ($5,000) loses to \
                      right-sizing it to $4,000/month and taking 30% off ($2,800): $2,200 a month more saved.",
        values: &[
            (key::CLASS, "custom"),
            (key::INSTANCES, "1"),
            (key::PAYMENT, "no"),
            (key::RS_CLASS, "custom"),
            (key::OD_HOURLY, "13.69863"),
            (key::RI_UPFRONT, "0"),
            (key::RI_HOURLY, "6.84932"),
            (key::RS_OD_HOURLY, "5.47945"),
            (key::RS_RI_UPFRONT, "0"),
            (key::RS_RI_HOURLY, "3.83562"),
        ],
    },
    Preset {
        key: "serverless_in_18_months",
        name: "A move to Aurora Serverless within 18 months",
        description:
            "Four db.r6g.large Aurora PostgreSQL instances that will be replaced by Aurora Serverless \
                      at month 18: which commitment still pays, and how much of it is stranded.",
        values: &[(key::INSTANCES, "4"), (key::TERM, "3"), (key::MIGRATE_MONTH, "18")],
    },
    Preset {
        key: "steady_production",
        name: "Steady production cluster: 3-year All Upfront",
        description:
            "A three-instance db.r6g.large Aurora PostgreSQL cluster that will run for years: the 3-year \
                      All Upfront RI is the cheapest option.",
        values: &[(key::INSTANCES, "3"), (key::TERM, "3")],
    },
];
