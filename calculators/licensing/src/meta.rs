//! What the page says about the calculator, and its presets: content only.

use crate::fields::key;
use calc_core::{Meta, Preset, SourceLink};

pub const SQL_LICENSING: SourceLink = SourceLink {
    label: "Llambduh: SQL Server Licensing in AWS (per-core model, 2-core packs, 4-core minimum per VM)",
    url: "https://llambduh.beehiiv.com/p/sql-server-licensing-in-aws",
};
pub const MS_2019_CHANGE: SourceLink = SourceLink {
    label: "SoftwareOne: Microsoft makes significant licensing changes (dedicated hosts at Listed Providers, 2019-08-09)",
    url: "https://www.softwareone.com/hu-hu/blog/articles/2019/08/09/microsoft-makes-significant-licensing-changes",
};
pub const ORACLE_CLOUD_POLICY: SourceLink = SourceLink {
    label: "Oracle: Licensing Oracle Software in the Cloud Computing Environment (policy copy)",
    url: "https://docslib.org/doc/874760/licensing-oracle-software-cloud-computing-environment",
};
pub const OCI_BYOL_POST: SourceLink = SourceLink {
    label: "rajivonai.com, Oracle Cloud BYOL: True Cost Analysis Beyond the Headline Rate, 2026-03-25",
    url: "https://rajivonai.com/blog/2026-03-25-oracle-cloud-byol-true-cost/",
};
pub const AWS_ORACLE_LICENSING: SourceLink = SourceLink {
    label: "AWS Prescriptive Guidance: Oracle license (licence-included only for SE2)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/replatform-oracle-database-options/oracle-license.html",
};

pub const SQL_VIRTUALIZATION: SourceLink = SourceLink {
    label: "Miro Consulting: SQL Server virtualization (Standard licensed per virtual core; Enterprise on all physical cores covers as many VMs as core licences)",
    url: "https://miroconsulting.com/blog/sql-server-virtualization",
};
pub const AWS_WINDOWS_BYOL: SourceLink = SourceLink {
    label: "AWS Prescriptive Guidance: Bring licenses for Windows and SQL Server workloads (Windows Server cannot be brought to shared tenancy)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/optimize-costs-microsoft-workloads/byol-ded-hosts.html",
};
pub const AWS_LI_FEES: SourceLink = SourceLink {
    label: "AWS: Amazon EC2 User Guide, Optimize CPUs for License-Included instances (licence fees per vCPU-hour)",
    url: "https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/optimize-cpu.html",
};
pub const ORACLE_OCI_BYOL_RATIO: SourceLink = SourceLink {
    label: "Oracle (oracle-quickstart): OCI BYOL conversion ratio, \"For each supported Processor license You may activate up to 2 OCPUs\"",
    url: "https://github.com/oracle-quickstart/oci-essbase",
};

pub static META: Meta = Meta {
    slug: "licensing",
    title: "SQL Server and Oracle licensing across clouds",
    pitch: calc_core::prose!("For your SQL Server or Oracle footprint, what does licence-included cost on each cloud against \
            bringing your own licences, and how many licences does each option need?"),
    description: calc_core::prose!("Compare licence-included with bring-your-own-licence for SQL Server (AWS RDS, EC2 with SQL Server \
                  licence-included or with License Mobility, EC2 Dedicated Hosts, Azure VMs with and without Azure \
                  Hybrid Benefit) and Oracle (AWS RDS, Azure VMs, OCI Base Database): compute, Windows Server, licence \
                  component, licences needed, the support or Software Assurance BYOL keeps paying, and the \
                  recommended plan over the horizon."),
    methodology: calc_core::prose!(&[
        "Each option's yearly cost is its hourly rates × vCPUs (or OCPUs) × instances × hours a year (hours a month \
         × 12, at most 8,760). Licence-included rates are split into licence-free compute, Windows Server and a \
         licence component: the cost less the same hours at the licence-free rate (EC2 Windows compute less the \
         Windows fee for SQL Server, RDS bring-your-own-licence for Oracle, OCI's BYOL rate on OCI). On EC2 the \
         SQL Server licence-included fee is AWS's per vCPU-hour; on Azure the SQL Server licence is its own meter \
         per core-month, at least 4 cores per VM.",
        "Windows Server is priced alike on every VM option: EC2, Dedicated Hosts and Azure VMs pay their cloud's \
         licence-included Windows rate per vCPU-hour, unless you bring Windows Server licences, which Azure VMs \
         (Azure Hybrid Benefit, at least 8 core licences per VM) and Dedicated Hosts (every physical core, at least \
         16 per host) then use, paying their Software Assurance. EC2 shared instances cannot take your Windows \
         licences; RDS includes Windows in its rate.",
        "Bringing your own licences pays licence-free compute plus, every year, the Software Assurance (a share of \
         the licence price) or Oracle support (22% of the net licence fee) on the licences the option needs. The \
         licences themselves are assumed owned; the notes give what buying them at list would cost.",
        "SQL Server licences: every vCPU of each instance, at least 4 per instance, assigned per VM, with the 2-core \
         packs bought once for the total. On EC2 Dedicated Hosts (each host holds the whole instances that fit in \
         its vCPUs; hosts = instances ÷ that, rounded up) each VM is licensed by its virtual cores, or, for \
         Enterprise Edition where it needs fewer licences, every physical core of each host. Licences on AWS \
         shared instances and with Azure Hybrid Benefit need active Software Assurance; without it only dedicated \
         hardware remains, and only for licences bought before 1 October 2019.",
        "Oracle licences: on AWS and Azure 2 vCPUs = 1 processor with hyper-threading and 1 vCPU = 1 processor \
         without (Oracle's cloud policy, no core factor); Standard Edition 2 counts one socket per 4 vCPUs and is \
         refused above 8 vCPUs per instance. On OCI 1 OCPU = 2 vCPUs, and one processor licence covers 1 OCPU by \
         default (the conservative reading) or 2 (Oracle's BYOL conversion ratio): an input, as sources disagree. \
         RDS offers Oracle licence-included only for Standard Edition 2. The same cores on-premises, with the core \
         factor, are shown for comparison.",
        "The recommended plan is the cheapest option priced; its saving is measured against the cheapest option of \
         the other licence model (licence-included or your own licences), a year and over the horizon, holding \
         today's prices flat.",
    ]),
    caveats: calc_core::prose!(&[
        "Prices are on-demand list rates of example instances, divided per vCPU: reserved instances, savings plans \
         and your agreement's discounts change every option. Enter your own rates.",
        "Storage, backup and data transfer are not included; neither are Oracle options and packs, which \
         licence-included OCI Enterprise includes and BYOL must license.",
        "Licensing terms are the vendors' and change: this calculator applies the public rules as written and is \
         not licensing advice. Check your agreements before moving licences.",
    ]),
    sources: &[
        SourceLink {
            label: "rajivonai.com, AWS RDS Oracle and SQL Server: The License Cost Nobody Talks About, 2026-03-04",
            url: "https://rajivonai.com/blog/2026-03-04-aws-rds-oracle-sql-server-license-cost/",
        },
        OCI_BYOL_POST,
        SourceLink {
            label: "rajivonai.com, Database Licensing Cost Across AWS, Azure, GCP, and OCI, 2026-02-11",
            url: "https://rajivonai.com/blog/2026-02-11-database-licensing-cost-across-clouds/",
        },
        ORACLE_CLOUD_POLICY,
        AWS_ORACLE_LICENSING,
        SourceLink {
            label: "AWS: Bring Your Own Media for RDS for SQL Server (License Mobility through Software Assurance)",
            url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/sqlserver-byom.html",
        },
        SQL_LICENSING,
        MS_2019_CHANGE,
        SQL_VIRTUALIZATION,
        AWS_WINDOWS_BYOL,
        AWS_LI_FEES,
        ORACLE_OCI_BYOL_RATIO,
        SourceLink {
            label: "Microsoft Learn: Editions and supported features of SQL Server 2025 (Standard: lesser of 4 sockets or 32 cores)",
            url: "https://learn.microsoft.com/en-us/sql/sql-server/editions-and-components-of-sql-server-2025",
        },
    ],
};

pub static PRESETS: &[Preset] = &[
    Preset {
        key: "oracle_ee_16",
        name: "Oracle Enterprise Edition on 16 vCPUs",
        description:
            "One 16-vCPU Oracle Enterprise Edition database with hyper-threading, at a 50% discount: \
                      AWS and Azure against OCI.",
        values: &[(key::ENGINE, "oracle"), (key::VCPUS, "16"), (key::INSTANCES, "1"), (key::DISCOUNT, "50")],
    },
    Preset {
        key: "sql_no_sa",
        name: "SQL Server Enterprise licences without Software Assurance",
        description:
            "Two 8-vCPU instances with licences bought before 2019 and no SA: only Dedicated Hosts take them.",
        values: &[(key::SA, "false")],
    },
    Preset {
        key: "sql_standard_small",
        name: "SQL Server Standard on four 4-vCPU instances",
        description: "Small Standard instances, where the 4-core minimum and Software Assurance decide.",
        values: &[(key::EDITION, "se"), (key::VCPUS, "4"), (key::INSTANCES, "4")],
    },
];
