//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

/// Where the Aurora User Guide gives the normalized units of each size (RI size flexibility).
pub const SRC_RI_SIZES: usize = 3;
/// Where AWS's toolkit lists the families Database Savings Plans cover.
pub const SRC_DSP: usize = 4;

pub static SOURCES: &[SourceLink] = &[
    SourceLink {
        label: "AWS agent toolkit: Aurora I/O-Optimized pricing tables (storage, I/O, +30% compute; us-east-1)",
        url: "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/references/io-optimized-pricing-tables.md",
    },
    SourceLink {
        label: "AWS agent toolkit: acu_calculator.py static prices, instance classes and ACUs (2026-03-28)",
        url: "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/scripts/acu_calculator.py",
    },
    SourceLink {
        label: "Amazon Aurora User Guide: Aurora storage (storage configurations, 25% guidance, switching)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html",
    },
    SourceLink {
        label: "Amazon Aurora User Guide: Reserved DB instances for Aurora (size flexibility, normalized units per size)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithReservedDBInstances.html",
    },
    SourceLink {
        label: "AWS agent toolkit: Aurora commitment pricing (Database Savings Plans: 1-year No Upfront, generation 7+ families, up to ~20% on provisioned instances)",
        url: "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/references/commitment-pricing-mechanics.md",
    },
    SourceLink {
        label: "Amazon Aurora User Guide: supported DB instance classes (db.t4g from medium; db.r6g and db.r7g from large)",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html",
    },
    SourceLink {
        label: "Amazon Aurora FAQ (I/O billing, switching, Reserved Instances, Global Database I/O)",
        url: "https://aws.amazon.com/rds/aurora/faqs/",
    },
    SourceLink {
        label: "CloudFix: Aurora I/O-Optimized vs Standard (prices for Aurora PostgreSQL in us-east-1)",
        url: "https://cloudfix.com/blog/aws-aurora-i-o-optimized-made-easy/",
    },
    SourceLink {
        label: "Aurora Cost Optimization: The Hidden Database Bill (2026-06-11)",
        url: "https://rajivonai.com/blog/2026-06-11-aurora-cost-optimization-the-hidden-database-bill/",
    },
];

pub static META: Meta = Meta {
    slug: "aurora-io",
    title: "Aurora I/O-Optimized vs Standard",
    pitch: calc_core::prose!("Is Aurora I/O-Optimized cheaper for your cluster? Both monthly bills, the exact break-even I/O volume, and what fixing the top queries would do instead."),
    description: calc_core::prose!("Compare Amazon Aurora Standard and I/O-Optimized for your cluster: monthly and annual cost, the I/O share of the bill, and the exact break-even I/O volume and share, with sourced, dated us-east-1 prices."),
    methodology: calc_core::prose!(&[
        "Aurora Standard = compute + storage GB × Standard storage price + I/O requests (millions) × price per million. Compute = provisioned instances × price per instance-hour × hours On-Demand, or with Reserved Instances their fee, instances × price per instance-hour × (1 − RI discount) × the hours it is billed; + Serverless v2 average ACUs × price per ACU-hour × hours.",
        "Aurora I/O-Optimized = compute × uplift + storage GB × I/O-Optimized storage price, with no I/O charge. The uplift (1.3 by default) applies to instance-hours and ACU-hours alike, so an ACU-hour costs $0.12 × 1.3 = $0.156. Reserved Instances do not apply to Serverless v2.",
        "Reserved Instances: their fee is owed for every hour of the month (730 in an average month, 744 when the instances run a 31-day month). An I/O-Optimized instance consumes 1.3 times the normalized units of the Standard one, so the RIs you own cover 1 ÷ 1.3 of its hours. The rest is On-Demand, unless you allow a new commitment: then the calculator prices whole RIs of the family's smallest size (fractions cannot be bought) rounded down, with the rest On-Demand, and rounded up; and, for generation 7 and later classes, a 1-year Database Savings Plan, which discounts the whole I/O-Optimized rate, for all of the rest or for the fraction whole RIs leave. The cheapest is in the I/O-Optimized bill; a tie goes to the smaller commitment.",
        "Break-even: I/O-Optimized is cheaper exactly when the I/O charge exceeds its premium P = (uplift − 1) × compute + (I/O-Optimized storage price − Standard storage price) × GB. The break-even volume is P ÷ price per million requests, and the break-even share is P ÷ (compute + Standard storage charge + P). With the default prices this is I > 0.30 × C + 1.25 × S, where C is compute and S the Standard storage charge.",
        "The I/O share is the I/O charge divided by the whole Standard bill (compute + storage + I/O): the metric behind AWS's guidance that Standard is the best choice when I/O is less than 25% of Aurora spending. That 25% is a rule of thumb; the break-even share above is exact for your cluster and moves with the mix of compute and storage (about 23% when storage is negligible, about 44% when the storage charge equals compute). Both are shown, with a warning when they disagree.",
        "Ranges recompute the Standard bill and the saving with I/O 20% lower and 20% higher, to show how month-to-month swings move the answer. When that range runs from a loss to a saving (today's I/O between the break-even ÷ 1.2 and the break-even ÷ 0.8), a normal month lands on either side of the break-even, so the verdict says the choice is too close to call and names what to measure instead of recommending either option. The what-if recomputes Standard with I/O cut by the percentage you give, as indexing the top sequential-scan queries would.",
        "Not modelled: backup storage beyond the free allowance, snapshots, data transfer and Global Database replication I/O (charged in both configurations). Default prices are us-east-1 list prices; enter your Region's prices to override them.",
    ]),
    caveats: calc_core::prose!(&[
        "Switching is one-sided: AWS lets you switch a cluster from Standard to I/O-Optimized only once every 30 days, and back to Standard at any time (Aurora User Guide, storage configurations; Aurora FAQ). There is no downtime, except that NVMe-based instances need an engine restart.",
        "With Aurora Global Database, the I/O that replicates data across Regions is still charged on I/O-Optimized (Aurora FAQ). It is in neither bill here; if this cluster replicates to other Regions, that charge remains after switching.",
        "Validate on a month of real metrics before switching: sum CloudWatch VolumeReadIOPs + VolumeWriteIOPs (cluster level, statistic Sum) over a full month, or read the Aurora:StorageIOUsage line in Cost Explorer; weekday and weekend I/O can differ 3–5×. For I/O driven by a few queries, fix them in staging, confirm the metric moved, then promote.",
    ]),
    sources: SOURCES,
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "oltp-read-heavy",
        name: "Read-heavy OLTP cluster",
        description: "A writer and a reader on db.r6g.xlarge, 300 GB, 5 billion I/O requests a month from busy reads: I/O-Optimized wins, even after a 30% query fix.",
        values: &[
            (key::CLASS, "db.r6g.xlarge"),
            (key::STORAGE_GB, "300"),
            (key::IO_M, "5000"),
            (key::IO_REDUCTION, "30"),
        ],
    },
    Preset {
        key: "storage-heavy-archive",
        name: "Storage-heavy archive",
        description: "One db.r6g.large holding 20,000 GB of mostly cold data with 300 million I/O requests a month: Standard wins, because I/O-Optimized storage costs 2.25 times as much.",
        values: &[
            (key::INSTANCES, "1"),
            (key::STORAGE_GB, "20000"),
            (key::IO_M, "300"),
            (key::IO_REDUCTION, "0"),
        ],
    },
    Preset {
        key: "serverless",
        name: "Serverless v2 cluster",
        description: "No provisioned instances, 8 ACUs on average, 200 GB and 1.5 billion I/O requests a month: I/O-Optimized is slightly cheaper today, but a 30% query fix makes Standard cheaper.",
        values: &[
            (key::INSTANCES, "0"),
            (key::ACU, "8"),
            (key::STORAGE_GB, "200"),
            (key::IO_M, "1500"),
            (key::IO_REDUCTION, "30"),
        ],
    },
];
