//! Worked examples, the arithmetic in the comments. Defaults: SQL Server Enterprise, 2 instances
//! of 8 vCPUs, 730 hours a month, Software Assurance on, 3 years.

use calc_core::licensing::{oracle, sqlserver};
use calc_testkit::{assert_close, eval, value};
use licensing::CALCULATOR;

#[test]
fn sql_server_core_counts() {
    assert_eq!(sqlserver::per_vm(2.0), 4.0); // 2 vCPUs → the 4-core minimum
    assert_eq!(sqlserver::per_vm(4.0), 4.0);
    assert_eq!(sqlserver::per_vm(6.0), 6.0); // 3 packs
    assert_eq!(sqlserver::per_vm(7.0), 8.0); // 7 cores → 4 packs = 8
    assert_eq!(sqlserver::for_vms(2.0, 4.0), 16.0); // 4 VMs × the 4-core minimum
    assert_eq!(sqlserver::for_hosts(36.0, 1.0), 36.0); // every physical core of a c5 host
    assert_eq!(sqlserver::for_hosts(3.0, 2.0), 8.0); // 4-core minimum per host
}

#[test]
fn oracle_processor_counts() {
    use oracle::{processor_licences as p, Edition::*, Platform::*};
    assert_eq!(p(Enterprise, Aws, 16.0, true, 0.5), Ok(8.0)); // 16 vCPUs ÷ 2 with HT
    assert_eq!(p(Enterprise, Aws, 16.0, false, 0.5), Ok(16.0)); // HT off: 1 vCPU = 1 processor
    assert_eq!(p(Enterprise, Oci, oracle::ocpus_for_vcpus(16.0), true, 0.5), Ok(8.0)); // 8 OCPUs = 8
    assert_eq!(p(Enterprise, OnPrem, 8.0, true, 0.5), Ok(4.0)); // 8 cores × 0.5
    assert_eq!(p(StandardTwo, Azure, 8.0, true, 0.5), Ok(2.0)); // 8 ÷ 4 = 2 sockets
}

#[test]
fn sql_server_defaults_by_hand() {
    // 8 vCPUs × 2 × 730 h × 12 = 140,160 vCPU-hours a year.
    // Azure licence-included: 140,160 × $0.048 = $6,727.68 compute
    //   + 16 cores × $274 × 12 = $52,608 licence → $59,335.68 (cheaper than RDS: 140,160 × $0.584 = $81,853.44).
    // Azure Hybrid Benefit: $6,727.68 + 16 licences × ($15,123 ÷ 2) × 25% = 16 × $1,890.375 = $30,246
    //   → $36,973.68 (cheaper than EC2 with License Mobility: 140,160 × $0.096 + $30,246 = $43,701.36).
    let o = eval(&CALCULATOR, "");
    assert_close(value(&o, "li_annual"), 59_335.68);
    assert_close(value(&o, "byol_annual"), 36_973.68);
    assert_close(value(&o, "annual_saving"), 22_362.0);
    assert_close(value(&o, "horizon_saving"), 67_086.0);
    assert_close(value(&o, "licences_needed"), 16.0);
    assert_eq!(o.verdict.decision.key, "byol");
    assert_eq!(o.verdict.words, "Bring your own licences (Azure VM, Azure Hybrid Benefit)");
    assert_eq!(
        o.verdict.facts,
        [
            "It costs $36,974/year against $59,336/year for the cheapest licence-included option \
             (Azure VM, licence-included)",
            "It saves $22,362 a year, $67,086 over 3 years",
            "It needs 16 licences you must own",
        ]
    );
}

#[test]
fn without_sa_only_dedicated_hosts_take_the_licences() {
    // 16 vCPUs fit one c5 host (72 vCPUs): $3.366 × 8,760 h = $29,486.16, and no SA is paid.
    // Licences: the host's 36 physical cores.
    let o = eval(&CALCULATOR, "sa=false");
    assert_close(value(&o, "byol_annual"), 29_486.16);
    assert_close(value(&o, "licences_needed"), 36.0);
    let t = &o.tables[0];
    let ahb = t.rows.iter().find(|r| t.row_texts(r)[0].contains("Hybrid Benefit")).unwrap();
    assert!(t.row_texts(ahb)[2].starts_with("not available"), "{:?}", t.row_texts(ahb));
}

#[test]
fn oracle_ee_on_16_vcpus_by_hand() {
    // OCI licence-included: 16 vCPUs = 8 OCPUs × 8,760 h × $0.4301 = $30,141.41... per instance; 2 instances:
    // 16 OCPUs × 8,760 × $0.4301 = $60,282.82.
    // Azure VM BYOL: 32 vCPUs × 8,760 × $0.048 = $13,455.36 + 16 processors (2 × 16 ÷ 2) × $47,500 × 22%
    //   = $167,200 → $180,655.36. OCI BYOL: 16 × 8,760 × $0.1935 = $27,120.96 + $167,200 = $194,320.96.
    // BYOL costs $120,372.54 more a year: the verdict must not call it a saving.
    let o = eval(&CALCULATOR, "engine=oracle&vcpus=16");
    assert_close(value(&o, "li_annual"), 60_282.816);
    assert_close(value(&o, "byol_annual"), 180_655.36);
    assert_close(value(&o, "annual_saving"), 60_282.816 - 180_655.36);
    assert_eq!(o.verdict.decision.key, "stay_licence_included");
    assert_eq!(o.verdict.words, "Stay licence-included (OCI Base Database, licence-included)");
    assert!(!o.verdict.sentence().contains("saves"), "{}", o.verdict.sentence());
}

#[test]
fn hyper_threading_off_doubles_oracle_licences() {
    let on = eval(&CALCULATOR, "engine=oracle&vcpus=16&instances=1");
    let off = eval(&CALCULATOR, "engine=oracle&vcpus=16&instances=1&ht=false");
    // The cheapest BYOL option stays on AWS or Azure (8 processors with HT, 16 without) or moves to OCI (8 OCPUs).
    assert_close(value(&on, "licences_needed"), 8.0);
    assert!(value(&off, "licences_needed") >= 8.0);
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
    let t = &o.tables[0];
    let rds = t.rows.iter().find(|r| t.row_texts(r)[0] == "AWS RDS, licence-included").unwrap();
    assert!(t.row_texts(rds)[2].starts_with("not offered"));
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
