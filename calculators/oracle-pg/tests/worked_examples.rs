//! Worked examples, the arithmetic in the comments. Defaults: Enterprise Edition on AWS, 16 vCPUs
//! with hyper-threading, list $47,500 per processor, 0% discount, 22% support, 4% uplift,
//! $3,000/month infrastructure on both sides, 150 items × 16 h × $120 + $50,000, 6 months of
//! overlap, 5 years, 8% discount rate.

use calc_core::{evaluate, Calculator, Outcome};
use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
use oracle_pg::model::{compute, processor_licences, Edition, LicenceError, OraInputs, Platform};
use oracle_pg::CALCULATOR;

#[test]
fn licence_counts_on_each_platform() {
    use Edition::{Enterprise as EE, StandardTwo as SE2};
    use Platform::*;
    assert_eq!(processor_licences(EE, OnPrem, 16.0, true, 0.5), Ok(8.0)); // 16 cores × 0.5
    assert_eq!(processor_licences(EE, OnPrem, 6.0, true, 0.25), Ok(2.0)); // 6 × 0.25 = 1.5 → 2
    assert_eq!(processor_licences(EE, Aws, 16.0, true, 0.5), Ok(8.0)); // 16 vCPUs ÷ 2 with HT
    assert_eq!(processor_licences(EE, Azure, 16.0, false, 0.5), Ok(16.0)); // 1 vCPU = 1 without HT
    assert_eq!(processor_licences(EE, Gcp, 5.0, true, 0.5), Ok(3.0)); // 5 ÷ 2 = 2.5 → 3
    assert_eq!(processor_licences(EE, Oci, 8.0, true, 0.5), Ok(8.0)); // 8 OCPUs = 8
    assert_eq!(processor_licences(SE2, Aws, 8.0, true, 0.5), Ok(2.0)); // 8 vCPUs ÷ 4 = 2 sockets
    assert_eq!(processor_licences(SE2, Aws, 3.0, true, 0.5), Ok(1.0)); // ≤ 4 vCPUs = 1 socket
    assert_eq!(processor_licences(SE2, Aws, 16.0, true, 0.5), Err(LicenceError::Se2Limit { max: 8.0 }));
    assert_eq!(processor_licences(SE2, Oci, 4.0, true, 0.5), Err(LicenceError::Se2OnOci)); // no published rule
    assert_eq!(processor_licences(SE2, OnPrem, 3.0, true, 0.5), Err(LicenceError::Se2Limit { max: 2.0 }));
    // The page refuses SE2 above the limit with the reason.
    let e = try_eval(&CALCULATOR, "edition=se2&cpus=16").unwrap_err();
    assert_eq!(e[0].key, "cpus");
    assert!(e[0].problem.contains("at most 8 vCPUs"), "{}", e[0].problem);
}

#[test]
fn the_default_scenario_by_hand() {
    // Licences 16 ÷ 2 = 8; support 8 × $47,500 × 22% = $83,600 in year 1, then × 1.04 a year:
    // 83,600 × (1 + 1.04 + 1.0816 + 1.124864 + 1.16985856) = 83,600 × 5.41632256 = 452,804.57.
    // Staying: 452,804.57 + 60 × 3,000 = 632,804.57.
    // Moving: migration 150 × 16 × 120 + 50,000 = 338,000 in month 1; target 60 × 3,000 = 180,000;
    // overlap 6 months: Oracle infrastructure 6 × 3,000 = 18,000 and the month-1 renewal 83,600
    // (due inside the overlap); the month-13 renewal is after it and not paid. 619,600 in all.
    // Saving 632,804.57 − 619,600 = 13,204.57.
    let o = eval(&CALCULATOR, "");
    assert_close(value(&o, "processor_licences"), 8.0);
    assert_close(value(&o, "annual_support_y1"), 83_600.0);
    assert_close(value(&o, "stay_total"), 83_600.0 * 5.41632256 + 180_000.0);
    assert_close(value(&o, "move_total"), 619_600.0);
    assert_close(value(&o, "migration_cost"), 338_000.0);
    assert_close(value(&o, "saving"), 83_600.0 * 5.41632256 + 180_000.0 - 619_600.0);
    // Cumulative saving: month 1: 86,600 − 427,600 = −341,000; months 2–6: −3,000 each
    // (−356,000); months 7–12: 0; then each year's renewal is saved: month 13 +86,944
    // (−269,056), 25 +90,421.76 (−178,634.24), 37 +94,038.63 (−84,595.61), 49 +97,800.17
    // (+13,204.56) and it stays there: payback in month 49.
    assert_eq!(display(&o, "payback_month"), "49 months");
    assert_close(value(&o, "steady_state_annual"), 83_600.0 * 1.16985856);
    assert_eq!(o.verdict.decision.key, "move_if_payback_acceptable", "{:?}", o.verdict);
    assert_eq!(o.verdict.words, "Move only if a month-49 payback is acceptable");
    assert!(o.verdict.facts[0].starts_with("It saves $13,205 over 5 years"), "{:?}", o.verdict);
    assert!(o.verdict.facts[1].contains("NPV is -$"), "{:?}", o.verdict);
}

fn inputs() -> OraInputs {
    OraInputs {
        licences: 2.0,
        list_price: 10_000.0,
        options: 0.0,
        discount_pct: 0.0,
        support_pct: 20.0,
        annual_support: None,
        uplift_pct: 10.0,
        oracle_infra_monthly: 0.0,
        target_monthly: 0.0,
        red_items: 0.0,
        hours_per_item: 0.0,
        hourly_rate: 0.0,
        other_one_time: 3_000.0,
        overlap_months: 0.0,
        years: 3,
        discount_rate_pct: 0.0,
    }
}

#[test]
fn support_escalates_and_the_first_renewal_after_the_overlap_is_not_paid() {
    // Support 2 × 10,000 × 20% = 4,000, then 4,400, 4,840 (+10% a year). Staying: 13,240.
    // Overlap 13 months: moving pays 3,000 + the renewals at months 1 and 13 (4,000 + 4,400);
    // the month-25 renewal is after the overlap and not paid: 11,400. Saving 1,840.
    let r = compute(&OraInputs { overlap_months: 13.0, ..inputs() });
    assert_close(r.annual_support_y1, 4_000.0);
    assert_close(r.stay_total, 13_240.0);
    assert_close(r.move_total, 11_400.0);
    assert_close(r.saving, 1_840.0);
    // Cumulative: month 1: 4,000 − 7,000 = −3,000; month 13: 4,400 − 4,400 = 0 → −3,000;
    // month 25: +4,840 → 1,840: payback in month 25.
    assert_eq!(r.payback_month, Some(25));
    // With no overlap: month 1: 4,000 − 3,000 = +1,000 and it only grows: payback in month 1.
    assert_eq!(compute(&inputs()).payback_month, Some(1));
}

#[test]
fn npv_of_a_tiny_case() {
    // 1 year, support 1,000 (typed), no uplift, migration 900 in month 1, nothing else:
    // differences: month 1: 1,000 − 900 = 100, months 2–12: 0. NPV = 100 at any rate
    // (the first flow is not discounted). At 0% the NPV equals the saving.
    let r = compute(&OraInputs {
        annual_support: Some(1_000.0),
        other_one_time: 900.0,
        years: 3,
        uplift_pct: 0.0,
        discount_rate_pct: 12.0,
        ..inputs()
    });
    // Years 2 and 3 add 1,000 each at months 13 and 25: discounted at 12%/year = (1.12)^(12/12)
    // and (1.12)^2: 1,000 / 1.12 + 1,000 / 1.2544 = 892.857 + 797.194 = 1,690.05; NPV 1,790.05.
    assert!((r.npv.unwrap() - (100.0 + 1000.0 / 1.12 + 1000.0 / 1.2544)).abs() < 1e-6, "{:?}", r.npv);
    let flat = compute(&OraInputs {
        annual_support: Some(1_000.0),
        other_one_time: 900.0,
        uplift_pct: 0.0,
        ..inputs()
    });
    assert_close(flat.npv.unwrap(), flat.saving);
}

fn preset(key: &str) -> Outcome {
    let p = CALCULATOR.presets().iter().find(|p| p.key == key).expect("a preset");
    evaluate(&CALCULATOR, &p.inputs(&CALCULATOR).expect("valid")).expect("evaluates")
}

#[test]
fn presets_tell_their_stories() {
    // CFO mandate: 32 on-prem cores × 0.5 = 16 processors × 47,500 × 50% × 22% = 83,600 a year,
    // rising 20% a year: moving pays back in cash, but its NPV at 8% is still negative, so
    // the verdict says what the move turns on.
    let cfo = preset("cfo_mandate");
    assert_close(value(&cfo, "annual_support_y1"), 83_600.0);
    assert_eq!(cfo.verdict.decision.key, "move_if_payback_acceptable", "{:?}", cfo.verdict);
    assert!(cfo.verdict.words.starts_with("Move only if a month-"), "{:?}", cfo.verdict);
    // SE2 on AWS: 8 vCPUs = 2 sockets × 17,500 × 22% = 7,700 a year: the rewrite decides.
    let se2 = preset("se2_on_aws");
    assert_close(value(&se2, "annual_support_y1"), 7_700.0);
    assert_eq!(se2.verdict.decision.key, "stay", "{:?}", se2.verdict);
    let heavy = preset("plsql_heavy");
    assert_eq!(maybe(&heavy, "payback_month"), None);
    assert_eq!(heavy.verdict.decision.key, "stay", "{:?}", heavy.verdict);
    assert!(!heavy.verdict.sentence().contains("saves"), "{:?}", heavy.verdict);
}

#[test]
fn the_tornado_and_the_year_table() {
    let o = eval(&CALCULATOR, "");
    let tornado = o.tables.iter().find(|t| t.key == "tornado").unwrap();
    assert_eq!(tornado.rows.len(), 4);
    let years = o.tables.iter().find(|t| t.key == "by_year").unwrap();
    assert_eq!(years.rows.len(), 6); // 5 years + total
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
