//! Worked examples, the arithmetic in the comments. Defaults: Enterprise Edition on AWS, 16 vCPUs
//! with hyper-threading, list $47,500 per processor, 0% discount, 22% support, 4% uplift,
//! $3,000/month infrastructure on both sides, 150 items × 16 h × $120 + $50,000, 6 months of
//! overlap, 5 years, 8% discount rate.

use calc_core::finance::{self, Irr};
use calc_core::{evaluate, Calculator, Outcome};
use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
use oracle_pg::model::{
    compute, processor_licences, processor_licences_on_servers, Edition, LicenceError, OraInputs, Platform,
};
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
        licence_included: false,
        renewal_month: 1,
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
    // SE2 on AWS: 8 vCPUs = 2 sockets × 17,500 × 22% = 7,700 a year: the rewrite decides; it
    // pays back only years after the horizon (see `item7_...`).
    let se2 = preset("se2_on_aws");
    assert_close(value(&se2, "annual_support_y1"), 7_700.0);
    assert_eq!(se2.verdict.decision.key, "stay_pays_back_later", "{:?}", se2.verdict);
    let heavy = preset("plsql_heavy");
    assert_eq!(maybe(&heavy, "payback_month"), None);
    assert_eq!(heavy.verdict.decision.key, "stay", "{:?}", heavy.verdict);
    assert!(heavy.verdict.facts[0].starts_with("Moving costs $"), "{:?}", heavy.verdict);
    assert!(!heavy.verdict.sentence().contains("It saves"), "{:?}", heavy.verdict);
}

#[test]
fn the_tornado_and_the_year_table() {
    let o = eval(&CALCULATOR, "");
    let years = o.tables.iter().find(|t| t.key == "by_year").unwrap();
    assert_eq!(years.rows.len(), 6); // 5 years and the total

    // The tornado is the product's generic one: the saving over the horizon with each driver at
    // its low and high value. Hours per item move ±50% (16 → 8 and 24), so the migration's
    // engineering (items × hours × rate) moves by half either way, and the saving with it.
    let s = calc_core::sensitivity::of(&CALCULATOR, &calc_testkit::query(&CALCULATOR, ""));
    let hours = s.tornado.iter().find(|w| w.key == "hours_per_item").expect("hours per item swings");
    assert_close(hours.low, 8.0);
    assert_close(hours.high, 24.0);
    let saving = |h: f64| value(&eval(&CALCULATOR, &format!("hours_per_item={h}")), "saving");
    assert_close(hours.figure_low, saving(8.0));
    assert_close(hours.figure_high, saving(24.0));
    assert!(hours.figure_low > hours.figure_high, "fewer hours, a larger saving");
}

const STAY_DECISIONS: [&str; 2] = ["stay", "stay_pays_back_later"];

#[test]
fn item1_se2_limits_apply_per_server_or_instance() {
    // Oracle's cloud policy (Licensing Oracle Software in the Cloud Computing Environment): an
    // SE2 instance of 4 vCPUs or fewer counts as 1 socket, every further 4 vCPUs (rounded up) as
    // another, at most 8 vCPUs per instance. Oracle Database Licensing Information: SE2 only on
    // servers of at most 2 sockets. Both limits are per server or instance, not per estate.
    //
    // Two 8-vCPU instances: 2 × ⌈8 / 4⌉ = 4 processor licences, support 4 × $17,500 × 22% =
    // $15,400 a year. Before `servers` existed the 16 vCPUs were one instance and refused.
    let two = eval(&CALCULATOR, "edition=se2&cpus=16&servers=2");
    assert_close(value(&two, "processor_licences"), 4.0);
    assert_close(value(&two, "annual_support_y1"), 15_400.0);
    // One 16-vCPU instance is still refused, with the reason.
    let e = try_eval(&CALCULATOR, "edition=se2&cpus=16").unwrap_err();
    assert_eq!(e[0].key, "cpus");
    assert!(e[0].problem.contains("at most 8 vCPUs"), "{}", e[0].problem);
    // Sockets are counted one instance at a time: two 2-vCPU instances are 2 sockets, where the
    // estate-wide count gave ⌈4 / 4⌉ = 1; two 6-vCPU instances are 2 × 2 = 4, not ⌈12 / 4⌉ = 3.
    assert_close(value(&eval(&CALCULATOR, "edition=se2&cpus=4&servers=2"), "processor_licences"), 2.0);
    assert_close(value(&eval(&CALCULATOR, "edition=se2&cpus=12&servers=2"), "processor_licences"), 4.0);
    // Spread as evenly as possible: 10 vCPUs over 3 instances are 4 + 3 + 3, one socket each.
    let ten = eval(&CALCULATOR, "edition=se2&cpus=10&servers=3");
    assert_close(value(&ten, "processor_licences"), 3.0);
    let math = &ten.figure("processor_licences").unwrap().math.as_ref().unwrap().substituted;
    assert_eq!(math, "1 instance of 4 vCPUs × 1 socket + 2 instances of 3 vCPUs × 1 socket = 3 processors");
    // A fleet of 1,000 instances of 4 vCPUs: 1,000 sockets.
    assert_close(
        value(&eval(&CALCULATOR, "edition=se2&cpus=4000&servers=1000"), "processor_licences"),
        1000.0,
    );
    // The count follows the instances, so the same vCPUs can need fewer licences on more, smaller
    // instances: 24 vCPUs as four 6-vCPU instances are 4 × 2 = 8 sockets, as six 4-vCPU
    // instances 6 × 1 = 6 (the property test checks the forms that do hold).
    let p = |cpus, servers| {
        processor_licences_on_servers(Edition::StandardTwo, Platform::Aws, cpus, servers, true, 0.5)
    };
    assert_eq!((p(24.0, 4.0), p(24.0, 6.0)), (Ok(8.0), Ok(6.0)));
    // On-premises `cpus` counts SE2 sockets: two 2-socket servers are 4 processors (refused
    // before, as one 4-socket server); 3 sockets on one server are refused; on two, 2 + 1.
    let onprem = eval(&CALCULATOR, "edition=se2&platform=onprem&cpus=4&servers=2");
    assert_close(value(&onprem, "processor_licences"), 4.0);
    let e = try_eval(&CALCULATOR, "edition=se2&platform=onprem&cpus=3").unwrap_err();
    assert!(e[0].problem.contains("at most 2 sockets"), "{}", e[0].problem);
    assert_close(
        value(&eval(&CALCULATOR, "edition=se2&platform=onprem&cpus=3&servers=2"), "processor_licences"),
        3.0,
    );
    // Each server runs on at least one core: 16 vCPUs cannot be spread over 20 servers.
    let e = try_eval(&CALCULATOR, "servers=20").unwrap_err();
    assert_eq!(e[0].key, "servers");
    // Enterprise Edition counts the estate's total: 16 vCPUs ÷ 2 = 8 on one instance or four.
    assert_close(value(&eval(&CALCULATOR, "servers=4"), "processor_licences"), 8.0);
}

#[test]
fn item2_the_month_support_renews_decides_what_dual_running_pays() {
    // Renewal in month 7 of the project, 6 months of overlap, the defaults otherwise.
    // Staying pays every renewal in the horizon: months 7, 19, 31, 43 and 55, the same five
    // amounts as before: 83,600 × (1 + 1.04 + 1.04² + 1.04³ + 1.04⁴) = 83,600 × 5.41632256 =
    // 452,804.57, + 60 × 3,000 = 632,804.57 (unchanged).
    // Moving: the overlap ends after month 6, so the month-7 renewal is the first after it and
    // is not paid: 338,000 + 60 × 3,000 + 6 × 3,000 = 536,000. Before, the renewal was assumed
    // in month 1, inside the overlap: 619,600 and "Move only if a month-49 payback is acceptable".
    let o = eval(&CALCULATOR, "renewal_month=7");
    assert_close(value(&o, "stay_total"), 83_600.0 * 5.41632256 + 180_000.0);
    assert_close(value(&o, "move_total"), 536_000.0);
    assert_close(value(&o, "saving"), 83_600.0 * 5.41632256 + 180_000.0 - 536_000.0); // 96,804.57
                                                                                      // Cumulative saving: month 1: 3,000 − 341,000 = −341,000; months 2–6: −3,000 each
                                                                                      // (−356,000); month 7: +83,600 (−272,400); 19: +86,944 (−185,456); 31: +90,421.76
                                                                                      // (−95,034.24); 43: +94,038.63 (−995.61); 55: +97,800.17 (+96,804.56): payback in month 55.
    assert_eq!(display(&o, "payback_month"), "55 months");
    // NPV at 8% a year, (1.08)^(1/12) − 1 a month, each difference at the start of its month.
    let d = |m: f64| 1.08f64.powf(-m / 12.0);
    let npv = -341_000.0 - 3_000.0 * (1..6).map(|m| d(m as f64)).sum::<f64>()
        + (0..5).map(|k| 83_600.0 * 1.04f64.powi(k) * d(6.0 + 12.0 * k as f64)).sum::<f64>();
    assert_close(value(&o, "npv"), npv); // +$17,795: the cost of capital is covered
    assert!(npv > 0.0);
    assert_eq!(o.verdict.decision.key, "move", "{:?}", o.verdict);
    // Staying's month-55 renewal (97,800.17) pays for months 55–66, six of them after the
    // horizon: counted in full, since it is paid in the horizon, and disclosed prorated:
    // 96,804.57 − 97,800.17 × 6 / 12 = 47,904.49.
    assert!(
        o.notes
            .iter()
            .any(|n| n.contains("6 months after the horizon ($48,900)") && n.contains("saves $47,904")),
        "{:?}",
        o.notes
    );
    // Renewal in month 1 is the old rule: old links keep their figures.
    assert_close(value(&eval(&CALCULATOR, "renewal_month=1"), "move_total"), 619_600.0);
    // An overlap of 7 months takes in the month-7 renewal: 536,000 + 83,600 + 3,000 = 622,600,
    // and the warning says finishing a month sooner saves that renewal.
    let late = eval(&CALCULATOR, "renewal_month=7&overlap_months=7");
    assert_close(value(&late, "move_total"), 622_600.0);
    assert!(
        late.warnings.iter().any(|w| w.message.contains("month-7 support renewal, $83,600, for 1 month")),
        "{:?}",
        late.warnings
    );
}

#[test]
fn item3_options_and_packs_cannot_be_licensed_on_se2() {
    // Oracle Database Licensing Information: options and management packs extend Enterprise
    // Edition; Enterprise Manager Licensing Information: the Diagnostics and Tuning Packs "can be
    // purchased only with Enterprise Edition". Before, SE2 with $7,500 of packs per processor was
    // priced: 2 × ($17,500 + $7,500) × 22% = $11,000 of support a year. Now it is refused.
    let e = try_eval(&CALCULATOR, "edition=se2&cpus=8&options=7500").unwrap_err();
    assert_eq!(e[0].key, "options");
    assert!(e[0].problem.contains("only with Enterprise Edition"), "{}", e[0].problem);
    // On Enterprise Edition they are priced: 8 × ($47,500 + $7,500) × 22% = $96,800 a year.
    assert_close(value(&eval(&CALCULATOR, "options=7500"), "annual_support_y1"), 96_800.0);
}

#[test]
fn item5_licence_included_and_standbys() {
    // AWS, RDS for Oracle licensing options: Licence Included only for Standard Edition 2, the
    // licence held by AWS and sold in the hourly price: no Oracle support bill. 8 vCPUs of SE2
    // on RDS at $2,000 a month (the Licence Included price, entered as infrastructure).
    // Before, the calculator charged 2 × $17,500 × 22% = $7,700 a year of support nobody pays.
    let li = eval(&CALCULATOR, "edition=se2&licence=li&cpus=8&oracle_infra_monthly=2000");
    assert_close(value(&li, "annual_support_y1"), 0.0);
    assert_eq!(display(&li, "processor_licences"), "none: Licence Included");
    // Staying: 60 × 2,000 = 120,000. Moving: 338,000 + 60 × 3,000 + 6 × 2,000 = 530,000; once
    // moved PostgreSQL costs 12 × (3,000 − 2,000) = 12,000 a year more: it never pays back.
    assert_close(value(&li, "stay_total"), 120_000.0);
    assert_close(value(&li, "move_total"), 530_000.0);
    assert_eq!(li.verdict.decision.key, "stay", "{:?}", li.verdict);
    assert!(li.verdict.facts[1].contains("costs $12,000 a year more"), "{:?}", li.verdict);
    // Licence Included exists only for SE2 on RDS, and has no support bill to type.
    for bad in [
        "licence=li",
        "edition=se2&licence=li&platform=azure&cpus=8",
        "edition=se2&licence=li&cpus=8&annual_support=5000",
    ] {
        assert!(try_eval(&CALCULATOR, bad).is_err(), "{bad}");
    }
    // With your own licences, a Multi-AZ or Data Guard standby is licensed like the primary
    // (AWS Prescriptive Guidance; Oracle, Licensing Data Recovery Environments): 8 × (1 + 1) =
    // 16 processors, support 16 × $47,500 × 22% = $167,200 a year (before: 8, $83,600).
    let standby = eval(&CALCULATOR, "standbys=1");
    assert_close(value(&standby, "processor_licences"), 16.0);
    assert_close(value(&standby, "annual_support_y1"), 167_200.0);
    // Staying: 167,200 × 5.41632256 + 180,000 = 1,085,609.13; moving: 338,000 + 180,000 + 18,000
    // + 167,200 = 703,200.
    assert_close(value(&standby, "stay_total"), 167_200.0 * 5.41632256 + 180_000.0);
    assert_close(value(&standby, "move_total"), 703_200.0);
    // With Licence Included a standby adds no licences; the warning says where its price goes.
    let li_standby = eval(&CALCULATOR, "edition=se2&licence=li&cpus=8&standbys=1");
    assert_close(value(&li_standby, "annual_support_y1"), 0.0);
    assert!(li_standby.warnings.iter().any(|w| w.fields.contains(&"standbys")));
}

#[test]
fn item6_irr_on_yearly_totals_when_renewals_flip_the_monthly_signs() {
    // PostgreSQL at $4,000 a month against $3,000 of Oracle infrastructure: after the overlap
    // every month costs $1,000 more on PostgreSQL and every renewal month saves the renewal, so
    // the monthly differences change sign around every renewal and have several IRRs (before:
    // "several rates: use the NPV").
    let o = eval(&CALCULATOR, "target_monthly=4000");
    let r = compute(&OraInputs { target_monthly: 4_000.0, ..defaults() });
    let net: Vec<f64> = r.stay.iter().zip(&r.moved).map(|(s, m)| s - m).collect();
    assert!(matches!(finance::irr(&net), Irr::Multiple(_)), "{:?}", finance::irr(&net));
    // Yearly totals: year 1: (83,600 + 12 × 3,000) − (338,000 + 12 × 4,000 + 6 × 3,000 + 83,600)
    // = −368,000; years 2–5: the renewal − 12 × 1,000: 74,944, 78,421.76, 82,038.63, 85,800.17.
    // One sign change, one rate: the r with Σ yₖ / (1 + r)^k = 0, about −5.1% a year.
    let years: Vec<f64> = r.years.iter().map(|y| y.saving).collect();
    assert_close(years[0], -368_000.0);
    assert_close(years[1], 74_944.0);
    let Irr::Rate(rate) = r.irr else { panic!("{:?}", r.irr) };
    assert!(r.irr_yearly);
    let npv_at: f64 = years.iter().enumerate().map(|(k, y)| y / (1.0 + rate).powi(k as i32)).sum();
    assert!(npv_at.abs() < 1e-6, "{npv_at}");
    assert_eq!(display(&o, "irr"), "-5.1%");
    // Flows that give one monthly rate keep it: the defaults' 1.5%.
    assert_eq!(display(&eval(&CALCULATOR, ""), "irr"), "1.5%");
}

#[test]
fn item7_a_break_even_after_the_horizon_shows_its_month() {
    // Same scenario: moving costs 46,795.44 more over 5 years (the yearly totals above sum to
    // −368,000 + 321,204.56). Running the same costs on: month 61 pays the sixth renewal,
    // 83,600 × 1.04⁵ = 101,712.18, less the month's 1,000: the cumulative saving reaches
    // −46,795.44 + 100,712.18 = 53,916.74 and stays above zero (each later year adds its renewal
    // less 12,000). Before: "Stay on Oracle for now … about 1 more years at that rate".
    let o = eval(&CALCULATOR, "target_monthly=4000");
    // Moving: 338,000 + 60 × 4,000 + 6 × 3,000 + 83,600 = 679,600.
    assert_close(value(&o, "saving"), 83_600.0 * 5.41632256 + 180_000.0 - 679_600.0);
    assert_eq!(o.verdict.decision.key, "stay_pays_back_later", "{:?}", o.verdict);
    assert_eq!(o.verdict.words, "Stay on Oracle: moving pays back only in month 61");
    assert_eq!(display(&o, "payback_month"), "month 61, after the 5-year horizon");
    assert!(!o.verdict.sentence().contains("more years"), "{:?}", o.verdict);
    // The SE2 preset: −71,794 over 5 years, 9,008 a year once moved: month 133.
    let se2 = preset("se2_on_aws");
    assert_eq!(display(&se2, "payback_month"), "month 133, after the 5-year horizon");
    // Economics that never turn positive stay "Stay": Licence Included above, and the PL/SQL-heavy
    // preset, whose $5.8 million rewrite is not repaid within 20 years.
    assert_eq!(display(&preset("plsql_heavy"), "payback_month"), "not within 20 years");
    // No migration cost: the verdict names none (before: "including a $0.00 migration").
    let free = eval(&CALCULATOR, "red_items=0&other_one_time=0&target_monthly=12000");
    assert!(STAY_DECISIONS.contains(&free.verdict.decision.key), "{:?}", free.verdict);
    assert!(!free.verdict.sentence().contains("migration"), "{:?}", free.verdict);
    // Once moved it costs 12 × 12,000 − (97,800.17 + 12 × 3,000) = 10,200 a year more in year 5;
    // the verdict never calls that a saving.
    assert!(!free.verdict.sentence().contains("saves"), "{:?}", free.verdict);
}

/// The model's inputs at the page's defaults (Enterprise Edition, 16 AWS vCPUs = 8 processors).
fn defaults() -> OraInputs {
    OraInputs {
        licences: 8.0,
        list_price: 47_500.0,
        options: 0.0,
        discount_pct: 0.0,
        support_pct: 22.0,
        annual_support: None,
        licence_included: false,
        renewal_month: 1,
        uplift_pct: 4.0,
        oracle_infra_monthly: 3_000.0,
        target_monthly: 3_000.0,
        red_items: 150.0,
        hours_per_item: 16.0,
        hourly_rate: 120.0,
        other_one_time: 50_000.0,
        overlap_months: 6.0,
        years: 5,
        discount_rate_pct: 8.0,
    }
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}

/// OCI counts OCPUs per processor licence at the ratio the reader chooses (public sources
/// disagree: 1, the conservative default, or 2, Oracle's BYOL conversion for OCI offerings),
/// rounded up instance by instance, for either edition; SE2 on OCI is priced, not refused.
#[test]
fn oci_counts_ocpus_at_the_ratio_the_reader_chooses() {
    let licences = |q: &str| value(&eval(&CALCULATOR, q), "processor_licences");
    // Enterprise, 16 OCPUs on one instance: 16 ÷ 1 = 16; at 2 OCPUs a licence, 16 ÷ 2 = 8.
    assert_eq!(licences("/tools/oracle-pg?platform=oci&cpus=16"), 16.0);
    assert_eq!(licences("/tools/oracle-pg?platform=oci&cpus=16&oci_ocpus_per_licence=2"), 8.0);
    // 15 OCPUs over 2 instances (8 + 7) at 2 a licence: ceil(8/2) + ceil(7/2) = 4 + 4 = 8.
    assert_eq!(licences("/tools/oracle-pg?platform=oci&cpus=15&servers=2&oci_ocpus_per_licence=2"), 8.0);
    // Standard Edition 2 on OCI, 8 OCPUs on 2 instances at 1 a licence: 4 + 4 = 8 processors.
    assert_eq!(licences("/tools/oracle-pg?edition=se2&platform=oci&cpus=8&servers=2"), 8.0);
}
