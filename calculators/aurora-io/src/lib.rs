//! Aurora I/O-Optimized vs Aurora Standard: both monthly bills for one cluster, the exact
//! break-even I/O volume and I/O share (beside AWS's 25% rule of thumb), month-to-month
//! ranges, and the "fix the top queries first" what-if.
//!
//! `compute_model` is the pure typed model; `AuroraIo` adapts it to the calc-core contract.

mod fields;
mod model;
mod outcome;

pub use fields::{class_price_key, CLASSES, ENGINES, FIELDS};
pub use model::{
    compute_model, io_optimized_bill, saving_at, standard_bill, AuroraInputs, AuroraResult, Bill, Breakeven,
    HEURISTIC_SHARE, NEAR, SWING,
};

use calc_core::{Calculator, Field, FieldError, Inputs, Meta, Outcome, Preset, PriceSheet, SourceLink};

include!(concat!(env!("OUT_DIR"), "/prices.rs"));

pub struct AuroraIo;

pub static CALCULATOR: AuroraIo = AuroraIo;

static META: Meta = Meta {
    slug: "aurora-io",
    title: "Aurora I/O-Optimized vs Standard",
    pitch: "Is Aurora I/O-Optimized cheaper for your cluster? Both monthly bills, the exact break-even I/O volume, and what fixing the top queries would do instead.",
    description: "Compare Amazon Aurora Standard and I/O-Optimized for your cluster: monthly and annual cost, the I/O share of the bill, and the exact break-even I/O volume and share, with sourced, dated us-east-1 prices.",
    methodology: &[
        "Aurora Standard = compute + storage GB × Standard storage price + I/O requests (millions) × price per million. Compute = provisioned instances × price per instance-hour × (1 − Reserved Instance discount) × hours + Serverless v2 average ACUs × price per ACU-hour × hours.",
        "Aurora I/O-Optimized = compute × uplift + storage GB × I/O-Optimized storage price, with no I/O charge. The uplift (1.3 by default) applies to instance-hours and ACU-hours alike, so an ACU-hour costs $0.12 × 1.3 = $0.156. The Reserved Instance discount applies to instance-hours in both configurations; Reserved Instances do not apply to Serverless v2.",
        "Break-even: I/O-Optimized is cheaper exactly when the I/O charge exceeds its premium P = (uplift − 1) × compute + (I/O-Optimized storage price − Standard storage price) × GB. The break-even volume is P ÷ price per million requests, and the break-even share is P ÷ (compute + Standard storage charge + P). With the default prices this is I > 0.30 × C + 1.25 × S, where C is compute and S the Standard storage charge.",
        "The I/O share is the I/O charge divided by the whole Standard bill (compute + storage + I/O): the metric behind AWS's guidance that Standard is the best choice when I/O is less than 25% of Aurora spending. That 25% is a rule of thumb; the break-even share above is exact for your cluster and moves with the mix of compute and storage (about 23% when storage is negligible, about 44% when the storage charge equals compute). Both are shown, with a warning when they disagree.",
        "Ranges recompute the Standard bill and the saving with I/O 20% lower and 20% higher, to show how month-to-month swings move the answer. The what-if recomputes Standard with I/O cut by the percentage you give, as indexing the top sequential-scan queries would.",
        "Not modelled: backup storage beyond the free allowance, snapshots, data transfer and Global Database replication I/O (charged in both configurations). Default prices are us-east-1 list prices; enter your Region's prices to override them.",
    ],
    sources: &[
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
            label: "Amazon Aurora FAQ (I/O billing, switching, Reserved Instances, Global Database I/O)",
            url: "https://aws.amazon.com/rds/aurora/faqs/",
        },
        SourceLink {
            label: "CloudFix: Aurora I/O-Optimized vs Standard (prices for Aurora PostgreSQL in us-east-1)",
            url: "https://cloudfix.com/blog/aws-aurora-i-o-optimized-made-easy/",
        },
        SourceLink {
            label: "Aurora Cost Optimization: The Hidden Database Bill (post 004)",
            url: "https://rajivonai.com/blog/2026-06-11-aurora-cost-optimization-the-hidden-database-bill/",
        },
    ],
};

static PRESETS: &[Preset] = &[
    Preset {
        key: "oltp-read-heavy",
        name: "Read-heavy OLTP cluster",
        description: "A writer and a reader on db.r6g.xlarge, 300 GB, 5 billion I/O requests a month from busy reads: I/O-Optimized wins, even after a 30% query fix.",
        values: &[
            ("class", "db.r6g.xlarge"),
            ("storage_gb", "300"),
            ("io_m", "5000"),
            ("io_reduction", "30"),
        ],
    },
    Preset {
        key: "storage-heavy-archive",
        name: "Storage-heavy archive",
        description: "One db.r6g.large holding 20,000 GB of mostly cold data with 300 million I/O requests a month: Standard wins, because I/O-Optimized storage costs 2.25 times as much.",
        values: &[
            ("instances", "1"),
            ("storage_gb", "20000"),
            ("io_m", "300"),
            ("io_reduction", "0"),
        ],
    },
    Preset {
        key: "serverless",
        name: "Serverless v2 cluster",
        description: "No provisioned instances, 8 ACUs on average, 200 GB and 1.5 billion I/O requests a month: I/O-Optimized is slightly cheaper today, but a 30% query fix makes Standard cheaper.",
        values: &[
            ("instances", "0"),
            ("acu", "8"),
            ("storage_gb", "200"),
            ("io_m", "1500"),
            ("io_reduction", "30"),
        ],
    },
];

impl Calculator for AuroraIo {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn prices(&self) -> &'static PriceSheet {
        &PRICES
    }

    fn presets(&self) -> &'static [Preset] {
        PRESETS
    }

    fn compute(&self, inputs: &Inputs, prices: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
        let (model_inputs, context) = fields::read(inputs, prices)?;
        let result = compute_model(&model_inputs);
        Ok(outcome::build(&model_inputs, &result, &context, prices))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TK: &str = "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/";

    #[test]
    fn sources_are_pinned_to_the_toolkit_snapshot() {
        for p in PRICES.entries {
            assert!(p.source.starts_with(TK), "{} is not from the pinned toolkit snapshot", p.key);
        }
    }
}
