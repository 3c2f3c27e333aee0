//! Worked examples, the arithmetic in the comments. Defaults: SQL Server Enterprise, 2 instances
//! of 8 vCPUs, 730 hours a month (8,760 a year), Software Assurance on, Windows Server
//! licence-included, 3 years.
//!
//! Default rates used below (prices.toml): EC2 Windows compute $0.096/vCPU-h, of which the
//! Windows fee is $0.046 (licence-free $0.050); EC2 Windows with SQL Server Enterprise fee
//! $0.421 (Standard $0.166); Azure VM $0.048 + Windows $0.046 per vCPU-h; Azure SQL Server
//! Enterprise $274 (Standard $73) per core-month; SQL Server Enterprise $15,123 (Standard
//! $3,945) per 2-core pack, SA 25% a year: $1,890.375 (Standard $493.125) per core licence;
//! Dedicated Host $3.366/h (36 cores, 72 vCPUs); RDS SQL Server Enterprise $0.584/vCPU-h.

use calc_core::licensing::{oracle, sqlserver};
use calc_testkit::{assert_close, display, eval, maybe, value};
use licensing::CALCULATOR;

/// The options table's row for an option, as text cells.
fn row(o: &calc_core::Outcome, option: &str) -> Vec<String> {
    let t = &o.tables[0];
    let r = t.rows.iter().find(|r| t.row_texts(r)[0] == option).unwrap_or_else(|| panic!("no row {option}"));
    t.row_texts(r)
}

/// A number cell of the options table (compute 2, Windows 3, licence component 4, licences 5,
/// SA or support 6, total a year 7, total over the horizon 8).
fn money_cell(o: &calc_core::Outcome, option: &str, col: usize) -> f64 {
    let t = &o.tables[0];
    let r = t.rows.iter().find(|r| t.row_texts(r)[0] == option).unwrap_or_else(|| panic!("no row {option}"));
    match &r.cells[col] {
        calc_core::Cell::Num(v) => *v,
        other => panic!("{option} column {col}: {other:?}"),
    }
}

const AHB: &str = "Azure VM, Azure Hybrid Benefit";
const AZURE_LI: &str = "Azure VM, licence-included";
const EC2_LM: &str = "AWS EC2, your licences (License Mobility)";
const EC2_LI: &str = "AWS EC2, Windows with SQL Server licence-included";
const HOSTS: &str = "AWS EC2 Dedicated Hosts, your licences";

#[test]
fn sql_server_core_counts() {
    assert_eq!(sqlserver::per_vm(2.0), 4.0); // 2 vCPUs → the 4-core minimum
    assert_eq!(sqlserver::per_vm(4.0), 4.0);
    assert_eq!(sqlserver::per_vm(7.0), 7.0); // assigned per VM; packs are bought for the total
    assert_eq!(sqlserver::for_vms(7.0, 1.0), 8.0); // one VM: 7 cores → 4 packs = 8
    assert_eq!(sqlserver::for_vms(7.0, 2.0), 14.0); // two VMs: 14 assigned = 7 packs, not 16
    assert_eq!(sqlserver::for_vms(2.0, 4.0), 16.0); // 4 VMs × the 4-core minimum
    assert_eq!(sqlserver::for_hosts(36.0, 1.0), 36.0); // every physical core of a c5 host
    assert_eq!(sqlserver::for_hosts(3.0, 2.0), 8.0); // 4-core minimum per host
}

#[test]
fn oracle_processor_counts() {
    use oracle::{processor_licences as p, Edition::*, Platform::*};
    assert_eq!(p(Enterprise, Aws, 16.0, true, 0.5), Ok(8.0)); // 16 vCPUs ÷ 2 with HT
    assert_eq!(p(Enterprise, Aws, 16.0, false, 0.5), Ok(16.0)); // HT off: 1 vCPU = 1 processor
    assert_eq!(p(Enterprise, OnPrem, 8.0, true, 0.5), Ok(4.0)); // 8 cores × 0.5
    assert_eq!(p(StandardTwo, Azure, 8.0, true, 0.5), Ok(2.0)); // 8 ÷ 4 = 2 sockets
                                                                // OCI: 16 vCPUs = 8 OCPUs; 8 licences at 1 OCPU per licence, 4 at 2.
    assert_eq!(oracle::oci_processor_licences(oracle::ocpus_for_vcpus(16.0), 1.0), 8.0);
    assert_eq!(oracle::oci_processor_licences(oracle::ocpus_for_vcpus(16.0), 2.0), 4.0);
}

/// Item 7: one pack rule across calculators. Three 5-vCPU VMs are assigned 5 core licences
/// each (15), and the 2-core packs are bought once for the total: 8 packs = 16 licences, as
/// the AHB calculator counts them. Before, each VM was rounded to packs (3 × 6 = 18).
#[test]
fn packs_are_bought_once_for_the_total() {
    // Azure Hybrid Benefit: 15 vCPUs × 8,760 h = 131,400 vCPU-hours.
    //   compute 131,400 × $0.048 = $6,307.20; Windows 131,400 × $0.046 = $6,044.40;
    //   SA 16 × $1,890.375 = $30,246 (before: 18 × $1,890.375 = $34,026.75)
    //   → $42,597.60.
    let o = eval(&CALCULATOR, "vcpus=5&instances=3");
    assert_close(value(&o, "licences_needed"), 16.0);
    assert_close(money_cell(&o, AHB, 6), 30_246.0);
    assert_close(value(&o, "plan_annual"), 42_597.60);
    assert_eq!(o.verdict.facts[2], "It needs 16 core licences (8 two-core packs) you must own");
}

/// Item 1: SQL Server on Dedicated Hosts is licensed per VM by its virtual cores (at least 4
/// per VM), or by every physical core of the host only where that is allowed (Enterprise) and
/// needs fewer licences; SA is paid on those licences only.
#[test]
fn two_small_standard_vms_on_a_host_need_8_licences_not_36() {
    // Two 4-vCPU Standard VMs fit one c5 host: per VM 2 × 4 = 8 core licences (4 packs).
    // Standard Edition cannot be licensed by the host's 36 physical cores for its VMs.
    // Before: 36 licences.
    let o = eval(&CALCULATOR, "edition=se&vcpus=4&sa=false");
    let t = &o.tables[0];
    let hosts = row(&o, HOSTS);
    assert_eq!(hosts[5], "8 licences", "{:?}", t.columns);
    // No SA: the host $3.366 × 8,760 = $29,486.16 + Windows 8 vCPUs × 8,760 × $0.046 =
    // $3,223.68 → $32,709.84, and no SA on licences bought before October 2019.
    assert_close(money_cell(&o, HOSTS, 7), 32_709.84);
    assert_close(money_cell(&o, HOSTS, 6), 0.0);

    // With SA, SA is paid on the 8 licences only: 8 × $493.125 = $3,945 (before: 36 ×
    // $493.125 = $17,752.50).
    let o = eval(&CALCULATOR, "edition=se&vcpus=4");
    assert_close(money_cell(&o, HOSTS, 6), 3_945.0);
}

#[test]
fn enterprise_hosts_licensed_by_physical_cores_when_that_needs_fewer() {
    // Nine 8-vCPU Enterprise VMs fill one host (72 vCPUs): per VM 9 × 8 = 72 licences, by the
    // host's physical cores 36. SA on 36: 36 × $1,890.375 = $68,053.50.
    // Host $29,486.16 + Windows 72 × 8,760 × $0.046 = $29,013.12 + $68,053.50 = $126,552.78.
    // Azure Hybrid Benefit: 72 × 8,760 × ($0.048 + $0.046) = $59,287.68 + 72 × $1,890.375 =
    // $136,107 → $195,394.68; so the hosts are recommended.
    let o = eval(&CALCULATOR, "vcpus=8&instances=9");
    assert_eq!(o.verdict.decision.key, "byol");
    assert_eq!(o.verdict.words, "Bring your own licences (AWS EC2 Dedicated Hosts, your licences)");
    assert_close(value(&o, "licences_needed"), 36.0);
    assert_close(value(&o, "plan_annual"), 126_552.78);
    assert_close(money_cell(&o, AHB, 7), 195_394.68);
    assert!(o.verdict.facts.iter().any(|f| f.contains("36 physical cores")), "{:?}", o.verdict.facts);
    // Standard Edition: the same nine VMs are licensed per VM (72).
    let se = eval(&CALCULATOR, "edition=se&vcpus=8&instances=9");
    assert_eq!(row(&se, HOSTS)[5], "72 licences");
}

/// Whole hosts: an instance runs on one host, so three 40-vCPU instances need three 72-vCPU
/// hosts (one each), not ⌈120 ÷ 72⌉ = 2 as before.
#[test]
fn each_instance_runs_on_one_host() {
    // 3 hosts × $3.366 × 8,760 = $88,458.48 of hosts.
    let o = eval(&CALCULATOR, "vcpus=40&instances=3");
    assert_close(money_cell(&o, HOSTS, 2), 88_458.48);
}

#[test]
fn without_sa_only_dedicated_hosts_take_the_licences_bought_before_october_2019() {
    // 16 vCPUs fit one c5 host: $3.366 × 8,760 = $29,486.16 + Windows 16 × 8,760 × $0.046 =
    // $6,447.36 → $35,933.52, no SA. Licences: 2 VMs × 8 vCPUs = 16 (before: the host's 36).
    let o = eval(&CALCULATOR, "sa=false");
    assert_close(value(&o, "plan_annual"), 35_933.52);
    assert_close(value(&o, "licences_needed"), 16.0);
    assert!(row(&o, AHB)[2].starts_with("not available"), "{:?}", row(&o, AHB));
    assert!(row(&o, EC2_LM)[2].starts_with("not available"));
    assert_eq!(
        o.verdict.facts[3],
        "Without Software Assurance only licences bought before 1 October 2019 may go on Dedicated Hosts"
    );
    assert!(o.warnings.iter().any(|w| w.message.contains("only on dedicated hardware (Dedicated Hosts)")
        && w.message.contains("1 October 2019")));
}

/// Item 2: Windows Server is priced alike on every VM option. Before, EC2 carried Windows in
/// its $0.096 rate and Azure did not, so Azure Hybrid Benefit beat EC2 License Mobility by
/// exactly 140,160 × ($0.096 − $0.048) = $6,727.68, the Windows licence.
#[test]
fn sql_server_defaults_by_hand() {
    // 8 vCPUs × 2 × 8,760 h = 140,160 vCPU-hours a year.
    // Azure licence-included: 140,160 × ($0.048 + $0.046) = $13,175.04
    //   + 16 cores × $274 × 12 = $52,608 → $65,783.04 (before, without Windows: $59,335.68).
    //   RDS: 140,160 × $0.584 = $81,853.44. EC2 licence-included: 140,160 × ($0.050 + $0.421)
    //   = $66,015.36.
    // Azure Hybrid Benefit: $13,175.04 + 16 × $1,890.375 = $30,246 → $43,421.04
    //   (before: $36,973.68). EC2 License Mobility: 140,160 × $0.096 + $30,246 = $43,701.36,
    //   now $280.32 dearer (140,160 × $0.002 of compute), not $6,727.68.
    let o = eval(&CALCULATOR, "");
    assert_close(value(&o, "li_annual"), 65_783.04);
    assert_close(value(&o, "byol_annual"), 43_421.04);
    assert_close(money_cell(&o, EC2_LM, 7) - money_cell(&o, AHB, 7), 280.32);
    assert_close(money_cell(&o, EC2_LI, 7), 66_015.36);
    // The recommended plan over the horizon: $43,421.04 × 3 = $130,263.12; it saves
    // $65,783.04 − $43,421.04 = $22,362 a year, $67,086 over 3 years.
    assert_close(value(&o, "plan_horizon"), 130_263.12);
    assert_close(value(&o, "plan_annual"), 43_421.04);
    assert_close(value(&o, "annual_saving"), 22_362.0);
    assert_close(value(&o, "horizon_saving"), 67_086.0);
    assert_close(value(&o, "licences_needed"), 16.0);
    // Licence costs' share: ($13,175.04 − $6,727.68 compute = $6,447.36 Windows + $30,246 SA)
    // ÷ $43,421.04 = 84.5%.
    assert_close(value(&o, "licence_share"), (6_447.36 + 30_246.0) / 43_421.04);
    assert_eq!(o.verdict.decision.key, "byol");
    assert_eq!(o.verdict.words, "Bring your own licences (Azure VM, Azure Hybrid Benefit)");
    assert_eq!(
        o.verdict.facts,
        [
            "It costs $43,421/year, $130,263 over 3 years",
            "It saves $22,362 a year against the cheapest licence-included plan (Azure VM, licence-included, \
             $65,783/year), $67,086 over 3 years",
            "It needs 16 core licences (8 two-core packs) you must own",
        ]
    );
}

#[test]
fn windows_licences_you_bring_go_on_azure_and_hosts_not_ec2_shared() {
    // Your Windows Server licences on Azure: at least 8 per VM, 2 × 8 = 16 core licences, SA
    // 16 × $6,771 ÷ 16 × 25% = 16 × $105.796875 = $1,692.75 instead of $6,447.36 of Windows.
    // Azure Hybrid Benefit: $6,727.68 + $1,692.75 + $30,246 = $38,666.43.
    // Dedicated Host: every physical core, 36 × $105.796875 = $3,808.6875.
    // EC2 License Mobility keeps paying Windows in its rate: $43,701.36.
    let o = eval(&CALCULATOR, "win_own=1");
    assert_close(value(&o, "plan_annual"), 38_666.43);
    assert_close(money_cell(&o, AHB, 3), 1_692.75);
    assert_close(money_cell(&o, AZURE_LI, 3), 1_692.75);
    assert_close(money_cell(&o, HOSTS, 3), 3_808.687_5);
    assert_close(money_cell(&o, EC2_LM, 7), 43_701.36);
    assert_close(money_cell(&o, EC2_LM, 3), 6_447.36);
}

/// Item 3: the verdict's reason matches the numbers. Before, two 4-vCPU Standard VMs without
/// SA read "The Software Assurance it keeps paying outweighs the licence component of the
/// rate" although no SA is paid: the Dedicated Host's compute is what costs more.
#[test]
fn the_reason_names_what_costs_more() {
    // Azure licence-included: 8 vCPUs × 8,760 = 70,080 vCPU-h × $0.048 = $3,363.84 compute;
    //   Windows 70,080 × $0.046 = $3,223.68; SQL Server Standard 8 cores × $73 × 12 = $7,008
    //   → $13,595.52.
    // Dedicated Host, no SA: $29,486.16 + Windows $3,223.68 = $32,709.84.
    // Compute: $29,486.16 − $3,363.84 = $26,122.32 more; licences: $10,231.68 − $3,223.68 =
    // $7,008 less.
    let o = eval(&CALCULATOR, "edition=se&vcpus=4&sa=false");
    assert_eq!(o.verdict.decision.key, "stay_licence_included");
    assert_eq!(
        o.verdict.facts,
        [
            "It costs $13,596/year, $40,787 over 3 years",
            "Bringing your own licences costs $19,114 more a year at best (AWS EC2 Dedicated Hosts, your licences), \
             $57,343 more over 3 years",
            "Its compute costs $26,122 a year more than the licence-included plan's, more than the $7,008 a year less \
             it pays for licences",
        ]
    );
    assert!(!o.verdict.sentence().contains("Software Assurance"), "{}", o.verdict.sentence());
    // Oracle: support is what costs more. OCI licence-included SE: 8 OCPUs × 8,760 × $0.215 =
    // $15,067.20, of which ($0.215 − $0.1935) × 70,080 = $1,506.72 licence. Azure BYOL: 4
    // sockets × $17,500 × 22% = $15,400 support.
    let o = eval(&CALCULATOR, "engine=oracle&edition=se&vcpus=8");
    assert_eq!(
        o.verdict.facts[2],
        "The Oracle support it pays ($15,400 a year) costs more than the Oracle licence in the licence-included rate \
         ($1,507 a year)"
    );
}

/// Item 4: EC2 licence-included SQL Server (Windows with SQL Server), the like-for-like
/// alternative to EC2 with your own licences: AWS's $0.421 per vCPU-hour (Enterprise,
/// Windows included) on top of licence-free compute.
#[test]
fn ec2_licence_included_sql_server_is_priced() {
    // Defaults: 140,160 × $0.050 = $7,008 compute + Windows 140,160 × $0.046 = $6,447.36 +
    // SQL Server 140,160 × ($0.421 − $0.046) = $52,560 → $66,015.36, against License Mobility
    // $43,701.36: the licences' SA ($30,246) against AWS's fee ($52,560).
    let o = eval(&CALCULATOR, "");
    let li = row(&o, EC2_LI);
    assert_eq!(li[1], "licence-included");
    assert_close(money_cell(&o, EC2_LI, 4), 52_560.0);
    // Where Azure's compute is dear and the servers run 300 hours a month (57,600 vCPU-hours),
    // EC2 licence-included is the cheapest plan: 57,600 × $0.471 = $27,129.60, against RDS
    // 57,600 × $0.584 = $33,638.40, Azure licence-included 57,600 × ($0.2 + $0.046) +
    // 16 × $274 × 3,600 ÷ 730 = $35,789.57 and EC2 License Mobility 57,600 × $0.096 + $30,246 =
    // $35,775.60.
    let o = eval(&CALCULATOR, "azure_vm=0.2&hours=300");
    assert_eq!(o.verdict.words, "Stay licence-included (AWS EC2, Windows with SQL Server licence-included)");
    assert_close(value(&o, "plan_annual"), 27_129.60);
    assert_close(value(&o, "annual_saving"), 35_775.60 - 27_129.60);
    assert_eq!(display(&o, "licences_needed"), "none: the licences are in the rate");
    // Below 4 vCPUs the SQL Server fee counts 4 vCPUs per instance (SQL Server's per-VM
    // minimum), Windows the instance's 2: 2 × 8,760 × $0.096 = $1,681.92 + 4 × 8,760 × $0.375 =
    // $13,140 → $14,821.92.
    let small = eval(&CALCULATOR, "vcpus=2&instances=1");
    assert_close(money_cell(&small, EC2_LI, 7), 14_821.92);
}

/// Item 5: on OCI one processor licence covers 1 OCPU by default (the conservative reading)
/// or 2 (Oracle's BYOL conversion ratio), an input; SE2 with your own licences is priced.
#[test]
fn oci_ratio_is_an_input_and_se2_is_priced_on_oci() {
    // One 16-vCPU EE instance = 8 OCPUs, 70% off list: support $47,500 × 30% × 22% = $3,135
    // per licence. OCI licence-included 8 × 8,760 × $0.4301 = $30,141.41.
    // 1 OCPU per licence: OCI BYOL 8 × 8,760 × $0.1935 = $13,560.48 + 8 × $3,135 = $38,640.48;
    //   Azure BYOL 16 × 8,760 × $0.048 = $6,727.68 + 8 × $3,135 = $31,807.68 → stay licence-included.
    // 2 OCPUs per licence: OCI BYOL $13,560.48 + 4 × $3,135 = $26,100.48 → bring your own.
    let q = "engine=oracle&vcpus=16&instances=1&discount=70";
    let one = eval(&CALCULATOR, q);
    assert_eq!(one.verdict.words, "Stay licence-included (OCI Base Database, licence-included)");
    assert_close(value(&one, "plan_annual"), 30_141.408);
    assert_close(money_cell(&one, "OCI Base Database, your licences", 7), 38_640.48);
    let two = eval(&CALCULATOR, &format!("{q}&oci_ocpus_per_licence=2"));
    assert_eq!(two.verdict.words, "Bring your own licences (OCI Base Database, your licences)");
    assert_close(value(&two, "plan_annual"), 26_100.48);
    assert_close(value(&two, "licences_needed"), 4.0);
    assert!(one.warnings.iter().any(|w| w.message.contains("conservative reading")));

    // SE2 on OCI (before: "not priced"): one 8-vCPU instance = 4 OCPUs: 4 licences at 1 OCPU
    // each: 4 × $17,500 × 22% = $15,400 + 4 × 8,760 × $0.1935 = $6,780.24 → $22,180.24; at 2,
    // 2 licences: $7,700 + $6,780.24 = $14,480.24.
    let se = eval(&CALCULATOR, "engine=oracle&edition=se&vcpus=8&instances=1");
    assert_close(money_cell(&se, "OCI Base Database, your licences", 7), 22_180.24);
    let se2 = eval(&CALCULATOR, "engine=oracle&edition=se&vcpus=8&instances=1&oci_ocpus_per_licence=2");
    assert_close(money_cell(&se2, "OCI Base Database, your licences", 7), 14_480.24);
}

/// Item 6: RDS for Oracle at a production class (db.r6i.large), not the burstable db.t3.large.
#[test]
fn rds_oracle_rates_are_a_production_class() {
    // SE2 on two 8-vCPU instances: 16 × 8,760 = 140,160 vCPU-h.
    // RDS licence-included 140,160 × $0.35 = $49,056 (db.t3.large: × $0.15 = $21,024).
    // RDS BYOL 140,160 × $0.125 = $17,520 + 4 sockets × $3,850 = $15,400 → $32,920
    // (db.t3.large: $9,530.88 + $15,400 = $24,930.88).
    let o = eval(&CALCULATOR, "engine=oracle&edition=se&vcpus=8");
    assert_close(money_cell(&o, "AWS RDS, licence-included", 7), 49_056.0);
    assert_close(money_cell(&o, "AWS RDS, your licences", 7), 32_920.0);
}

#[test]
fn oracle_ee_on_16_vcpus_by_hand() {
    // OCI licence-included: 2 instances × 8 OCPUs × 8,760 h × $0.4301 = $60,282.82.
    // Azure VM BYOL: 32 vCPUs × 8,760 × $0.048 = $13,455.36 + 16 processors (2 × 16 ÷ 2) × $47,500 × 22%
    //   = $167,200 → $180,655.36. OCI BYOL: 16 × 8,760 × $0.1935 = $27,120.96 + 16 × $10,450 = $194,320.96.
    // BYOL costs $120,372.54 more a year: the verdict must not call it a saving, and the
    // recommended plan's saving is measured against it.
    let o = eval(&CALCULATOR, "engine=oracle&vcpus=16");
    assert_close(value(&o, "li_annual"), 60_282.816);
    assert_close(value(&o, "byol_annual"), 180_655.36);
    assert_close(value(&o, "annual_saving"), 180_655.36 - 60_282.816);
    assert_eq!(display(&o, "annual_saving"), "saves $120,373/year");
    assert_eq!(o.verdict.decision.key, "stay_licence_included");
    assert_eq!(o.verdict.words, "Stay licence-included (OCI Base Database, licence-included)");
    assert!(!o.verdict.sentence().contains("saves"), "{}", o.verdict.sentence());
}

/// A 744-hour month is a 31-day month: a year still holds 8,760 hours, so 744 costs what 730
/// does (before: 744 × 12 = 8,928 hours, 1.9% more).
#[test]
fn a_744_hour_month_is_always_on() {
    let a = eval(&CALCULATOR, "hours=744");
    let b = eval(&CALCULATOR, "hours=730");
    assert_close(value(&a, "plan_annual"), value(&b, "plan_annual"));
    assert!(a.warnings.iter().any(|w| w.message.contains("8,760 hours")));
}

#[test]
fn hyper_threading_off_doubles_oracle_licences() {
    let on = eval(&CALCULATOR, "engine=oracle&vcpus=16&instances=1&discount=90");
    let off = eval(&CALCULATOR, "engine=oracle&vcpus=16&instances=1&discount=90&ht=false");
    // At 90% off the cheapest plan brings licences: 8 processors with HT (or 8 OCPUs on OCI).
    assert_close(value(&on, "licences_needed"), 8.0);
    assert!(maybe(&off, "licences_needed").is_none_or(|l| l >= 8.0));
}

#[test]
fn impossible_editions_are_refused_naming_the_field() {
    let e = calc_testkit::try_eval(&CALCULATOR, "engine=oracle&edition=se&vcpus=12").unwrap_err();
    assert_eq!(e[0].key, "vcpus");
    let e = calc_testkit::try_eval(&CALCULATOR, "edition=se&vcpus=33").unwrap_err();
    assert_eq!(e[0].key, "vcpus");
    assert!(calc_testkit::try_eval(&CALCULATOR, "edition=se&vcpus=32").is_ok());
}

#[test]
fn rds_has_no_licence_included_oracle_enterprise() {
    let o = eval(&CALCULATOR, "engine=oracle");
    assert!(row(&o, "AWS RDS, licence-included")[2].starts_with("not offered"));
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
