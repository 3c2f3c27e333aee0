//! Worked examples computed by hand. Rates are the sheet's us-east-1 defaults: $0.10 per
//! vCPU-hour in years 1 and 2, $0.20 in year 3; $0.085 and $0.17 per ACU-hour; the Blue/Green
//! copy at $0.435 per instance-hour (db.r6g.xlarge) or $0.12 per ACU-hour. Hours are calendar
//! hours: days × 24.
//!
//! AWS's own worked example. The AWS Cloud Financial Management post "Estimating the charges
//! for Amazon RDS Extended Support" could not be read past its introduction in any stored copy
//! (the copy ends at "How are the charges calculated"), so its figures are not reproduced
//! here. The examples AWS publishes in the Amazon RDS User Guide are reproduced instead:
//! "RDS for PostgreSQL 11 enters Extended Support on March 1, 2024, but charges don't start
//! until April 1, 2024. You upgrade your RDS for PostgreSQL 11 database to RDS for PostgreSQL
//! 12 on April 30, 2024. You will only be charged for 30 days of Extended Support on RDS for
//! PostgreSQL 11." (Extended Support charges), and "you have an RDS for MySQL 5.7 database …
//! On March 1, 2024, Amazon RDS started charging you … On July 31, 2024, you upgraded this
//! database to RDS for MySQL 8.0 … Amazon RDS won't charge you for RDS Extended Support for
//! this database until August 1, 2026" (Viewing the enrollment … in Amazon RDS Extended
//! Support).

use calc_core::{Date, Outcome, RowKind};
use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
use extended_support::model::{self, Deployment, FleetInputs, PathKind, Version};
use extended_support::CALCULATOR;

/// `key=value` pairs as a link's query, evaluated as the page would.
fn run(pairs: &[(&str, &str)]) -> Outcome {
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    eval(&CALCULATOR, &query.join("&"))
}

fn preset(key: &str) -> Outcome {
    let preset = CALCULATOR.presets.iter().find(|p| p.key == key).expect("a preset");
    calc_core::evaluate(&CALCULATOR, &preset.inputs(&CALCULATOR).expect("a valid preset")).expect("evaluates")
}

/// A fleet at the sheet's default rates, for model-level examples.
fn fleet(version: Version, deployment: Deployment, databases: f64, vcpus: f64) -> FleetInputs {
    FleetInputs {
        version,
        deployment,
        databases,
        replicas: 0.0,
        vcpus,
        acus: 0.0,
        start: Date::ymd(2024, 1, 1),
        done_by: Date::ymd(2024, 1, 1),
        later: Date::ymd(2024, 1, 1),
        eng_hours: 0.0,
        eng_rate: 0.0,
        testing: 0.0,
        bluegreen_days: 0.0,
        class_change: 0.0,
        risk_pct: 0.0,
        vcpu_y12: 0.10,
        vcpu_y3: 0.20,
        acu_y12: 0.085,
        acu_y3: 0.17,
        instance_hour: 0.435,
        acu_hour: 0.12,
    }
}

#[test]
fn aws_user_guide_postgresql_11_is_charged_for_30_days() {
    // PostgreSQL 11: Extended Support from 2024-03-01, first billed day 2024-04-01 (AWS's
    // calendar: "Start of RDS Extended Support year 1 pricing 1 April 2024"); upgraded
    // 2024-04-30. Billed April 1 to 30 = 30 days, as AWS says. For one Single-AZ db.m5.large
    // (2 vCPUs): 30 days × 24 h = 720 h × 2 vCPUs × $0.10 = $144.00. March costs nothing.
    let o = run(&[
        ("version", "rds_pg_11"),
        ("deployment", "single_az"),
        ("databases", "1"),
        ("vcpus", "2"),
        ("start", "2024-03-01"),
        ("done_by", "2024-04-30"),
        ("later", "2024-04-30"),
    ]);
    let months = &o.tables[1];
    assert_eq!(months.key, "months");
    let num = |row: usize, col: usize| match months.rows[row].cells[col] {
        calc_core::Cell::Num(n) => n,
        _ => panic!("not a number"),
    };
    // Row 0 is March 2024 (no surcharge), row 1 April (30 days × 24 h = 720 h).
    assert_close(num(0, 4), 0.0);
    assert_close(num(1, 1), 720.0);
    assert_close(num(1, 4), 144.0);
    // Upgrading then: $144.00 of surcharge in all (the project inputs are left at their defaults).
    let i = FleetInputs {
        start: Date::ymd(2024, 3, 1),
        done_by: Date::ymd(2024, 4, 30),
        later: Date::ymd(2024, 4, 30),
        ..fleet(Version::RdsPg11, Deployment::SingleAz, 1.0, 2.0)
    };
    let r = model::compute(&i);
    let days: f64 = r.now.billed.iter().map(|b| b.total()).sum();
    assert_eq!(days, 30.0);
    assert_close(r.now.surcharge_total, 144.0);
    // Staying instead would have been billed every day from 2024-04-01 to 2027-03-31: 730 days
    // at $0.10 (2024-04-01 to 2026-03-31) and 365 at $0.20 (2026-04-01 to 2027-03-31):
    // 730 × 24 × 2 × 0.10 = $3,504.00 + 365 × 24 × 2 × 0.20 = $3,504.00 → $7,008.00.
    assert_close(r.stay.surcharge_total, 7008.0);
}

#[test]
fn aws_user_guide_mysql_57_billed_from_march_to_july_and_not_again_until_august_2026() {
    // MySQL 5.7 charged from 2024-03-01, upgraded to 8.0 on 2024-07-31: March 31 + April 30 +
    // May 31 + June 30 + July 31 = 153 days. For 4 vCPUs: 153 × 24 × 4 × $0.10 = $1,468.80.
    let i = FleetInputs {
        start: Date::ymd(2024, 3, 1),
        done_by: Date::ymd(2024, 7, 31),
        ..fleet(Version::RdsMysql57, Deployment::SingleAz, 1.0, 4.0)
    };
    let r = model::compute(&i);
    assert_eq!(r.now.billed.iter().map(|b| b.total()).sum::<f64>(), 153.0);
    assert_close(r.now.surcharge_total, 1468.80);
    // "won't charge you … until August 1, 2026": MySQL 8.0's first billed day.
    assert_eq!(Version::RdsMysql80.calendar().year1, Date::ymd(2026, 8, 1));
}

#[test]
fn a_full_year_3_is_12_average_months_of_292_dollars_for_2_vcpus() {
    // Third-party pages quote "$292/month" for 2 vCPUs in year 3: 2 × $0.20 × 730 h. Calendar
    // hours agree over a whole year: MySQL 5.7's year 3, 2026-03-01 to 2027-02-28, is 365 days
    // = 8,760 h × 2 vCPUs × $0.20 = $3,504.00 = 12 × $292. A 31-day month alone is 744 h =
    // $297.60 and February 672 h = $268.80.
    let i = FleetInputs {
        start: Date::ymd(2026, 3, 1),
        done_by: Date::ymd(2027, 2, 28),
        ..fleet(Version::RdsMysql57, Deployment::SingleAz, 1.0, 2.0)
    };
    let r = model::compute(&i);
    assert_close(r.stay.surcharge_total, 3504.0);
    assert_close(r.stay.surcharge_total, 12.0 * 292.0);
    assert_close(r.stay.surcharge[0], 297.60); // March 2026
    assert_close(r.stay.surcharge[11], 268.80); // February 2027
}

#[test]
fn defaults_postgresql_13_multi_az_fleet() {
    // 10 RDS for PostgreSQL 13 Multi-AZ databases × 2 instances × 4 vCPUs = 80 vCPUs.
    // A day costs 80 × 24 × $0.10 = $192.00 in years 1–2 and $384.00 in year 3.
    // December 2026 (start): 31 days × 24 h = 744 h × 80 × $0.10        = $5,952.00/month
    // Staying to 2029-02-28:
    //   2026-12-01 to 2028-02-29: 31 + 365 + 31 + 29 = 456 days × $192 = $87,552.00
    //   2028-03-01 to 2029-02-28 (year 3): 365 days × $384          = $140,160.00
    //   surcharge                                                     = $227,712.00
    // Project: 400 h × $100 = $40,000 + $10,000 testing
    //   + Blue/Green 20 instances × $0.435 × 24 h × 7 days = $1,461.60
    //   = $51,461.60 × 1.20                                           = $61,753.92
    // Upgrade now, done 2027-03-31: 31 + 31 + 28 + 31 = 121 days × $192 = $23,232.00
    //   total $23,232.00 + $61,753.92                                 = $84,985.92
    // Later, done 2027-12-31: 31 + 365 = 396 days × $192 = $76,032.00 → $137,785.92
    // Stay: $227,712.00 + $61,753.92 (the same project, by 2029-02-28) = $289,465.92
    // Upgrading now saves $289,465.92 − $84,985.92                   = $204,480.00
    // A month of delay (done 2027-04-30): 30 days × $192             = $5,760.00
    // Payback: the project is paid in March 2027 (month 4); $61,753.92 ÷ $192 = 321.6 days
    //   after 2027-03-31 → mid-February 2028: ahead from the end of month 15 (Feb 2028).
    let o = run(&[]);
    assert_close(value(&o, "monthly_now"), 5952.0);
    assert_close(value(&o, "stay_surcharge"), 227_712.0);
    assert_close(value(&o, "project_cost"), 61_753.92);
    assert_close(value(&o, "now_total"), 84_985.92);
    assert_close(value(&o, "later_total"), 137_785.92);
    assert_close(value(&o, "stay_total"), 289_465.92);
    assert_close(value(&o, "saving_now"), 204_480.0);
    assert_close(value(&o, "payback_month"), 15.0);
    assert_close(value(&o, "delay_month"), 5760.0);
    assert_eq!(display(&o, "saving_now"), "saves $204,480");
    assert_eq!(display(&o, "payback_month"), "month 15 (Feb 2028)");
    assert_eq!(display(&o, "monthly_now"), "$5,952/month");
    assert_eq!(o.verdict.decision.key, "upgrade_now");
    assert_eq!(o.verdict.words, "Upgrade now, to finish by 2027-03-31");
    assert_eq!(
        o.verdict.facts,
        [
            "Staying until 2029-02-28 costs $227,712 in surcharge on 80 vCPUs",
            "Finishing by 2027-03-31 costs $84,986 in all, project included: $204,480 less than staying",
            "Each month of delay after 2027-03-31 adds about $5,760",
            "Year-3 pricing from 2028-03-01 raises the rate to $0.20 per vCPU-hour",
        ]
    );
    // The math shows the arithmetic with the user's numbers.
    let stay = o.figure("stay_surcharge").unwrap().math.as_ref().unwrap();
    assert_eq!(
        stay.substituted,
        "2026-12-01 to 2029-02-28: years 1 and 2: 456 days × 24 h × 80 vCPUs × $0.10 = $87,552.00; \
         year 3: 365 days × 24 h × 80 vCPUs × $0.20 = $140,160.00 = $227,712.00"
    );
    let project = o.figure("project_cost").unwrap().math.as_ref().unwrap();
    assert_eq!(
        project.substituted,
        "(400 h × $100.00 = $40,000.00 + $10,000.00 + 20 instances × $0.435 × 24 h × 7 days = $1,461.60 = $51,461.60) × (1 + 20%) = $61,753.92"
    );
    // Month by month: 27 months (Dec 2026 to Feb 2029) and a total row.
    let months = &o.tables[1];
    assert_eq!(months.rows.len(), 28);
    assert_eq!(months.rows[27].kind, RowKind::Total);
    // The warnings the brief asks for: automatic start, no RI discount, year 3, the end.
    let all: Vec<&str> = o.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(all.iter().any(|m| m.starts_with("The surcharge started automatically")), "{all:?}");
    assert!(all.iter().any(|m| m.starts_with("Reserved Instances do not reduce the surcharge")));
    assert!(all
        .iter()
        .any(|m| m.starts_with("Year-3 pricing applies from 2028-03-01: $0.20 per vCPU-hour, 2×")));
    assert!(all
        .iter()
        .any(|m| m.contains("ends on 2029-02-28: after it AWS upgrades the engine automatically")));
    assert!(all.iter().any(|m| m.contains("RDS starts a stopped DB instance again after seven days")));
}

#[test]
fn mysql_57_in_year_3_three_months_before_the_forced_upgrade() {
    // 6 Multi-AZ databases × (2 + 1 replica) × 8 vCPUs = 144 vCPUs at the year-3 $0.20:
    // a day costs 144 × 24 × $0.20 = $691.20.
    // December 2026: 31 × $691.20                                   = $21,427.20/month
    // Stay to 2027-02-28: 31 + 31 + 28 = 90 days × $691.20           = $62,208.00
    // Project: 300 h × $100 = $30,000 + $15,000
    //   + Blue/Green 18 instances × $0.87 × 24 × 5 = $1,879.20 → $46,879.20 × 1.25 = $58,599.00
    // Now (2027-01-31): 62 days × $691.20 = $42,854.40 → total        = $101,453.40
    // Later (2027-02-15): 77 days × $691.20 = $53,222.40 → total      = $111,821.40
    // Stay: $62,208.00 + $58,599.00                                   = $120,807.00
    // Saving $19,353.60; a month of delay (2027-02-28) adds the 28 February days = $19,353.60.
    let o = preset("mysql57-year3");
    assert_close(value(&o, "monthly_now"), 21_427.20);
    assert_close(value(&o, "stay_surcharge"), 62_208.0);
    assert_close(value(&o, "project_cost"), 58_599.0);
    assert_close(value(&o, "now_total"), 101_453.40);
    assert_close(value(&o, "later_total"), 111_821.40);
    assert_close(value(&o, "stay_total"), 120_807.0);
    assert_close(value(&o, "saving_now"), 19_353.60);
    assert_close(value(&o, "delay_month"), 19_353.60);
    // Upgrading now is ahead only once staying pays for the same project, on 2027-02-28.
    assert_close(value(&o, "payback_month"), 3.0);
    assert_eq!(o.verdict.decision.key, "upgrade_now");
    assert_eq!(o.verdict.facts[3], "AWS upgrades the engine itself after 2027-02-28");
}

#[test]
fn postgresql_14_finished_before_the_first_billed_day_pays_no_surcharge() {
    // 20 Single-AZ databases × (1 + 1 replica) × 2 vCPUs = 80 vCPUs; standard support to
    // 2027-02-28, billed from 2027-03-01. Done 2027-02-15: no surcharge at all.
    // Project: 600 × $100 = $60,000 + $20,000 + 40 instances × $0.218 × 24 × 3 = $627.84
    //   = $80,627.84 × 1.2 = $96,753.408.
    // Stay: 2027-03-01 to 2029-02-28 = 365 + 366 = 731 days × $192 = $140,352.00
    //   + 2029-03-01 to 2030-02-28 = 365 days × $384 = $140,160.00 → $280,512.00.
    // A month of delay (done 2027-03-15): 15 March days × $192 = $2,880.00.
    let o = preset("pg14-before-extended-support");
    assert_close(value(&o, "monthly_now"), 0.0);
    assert_close(value(&o, "project_cost"), 96_753.408);
    assert_close(value(&o, "now_total"), 96_753.408);
    assert_close(value(&o, "stay_surcharge"), 280_512.0);
    assert_close(value(&o, "saving_now"), 280_512.0);
    assert_close(value(&o, "delay_month"), 2880.0);
    assert_eq!(o.verdict.decision.key, "upgrade_now");
    assert!(o.warnings.iter().any(|w| w.message.starts_with("No surcharge yet")));
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.starts_with("Finishing by 2027-02-15 avoids the surcharge entirely")));
}

#[test]
fn aurora_serverless_v2_is_billed_per_acu_hour() {
    // 16 ACUs: a day costs 16 × 24 × $0.085 = $32.64, and $65.28 at the year-3 $0.17.
    // December 2026: 31 × $32.64                                      = $1,011.84/month
    // Stay: 456 days × $32.64 = $14,883.84 + 365 × $65.28 = $23,827.20 = $38,711.04
    // Project: 160 × $100 = $16,000 + $5,000 + 16 ACUs × $0.12 × 24 × 2 = $92.16
    //   = $21,092.16 × 1.2 = $25,310.592
    // Now (2027-06-30): 212 days × $32.64 = $6,919.68 → $32,230.272
    // Later (2028-02-29, the day before year 3): 456 days → $14,883.84 + $25,310.592 = $40,194.432
    // Stay total $64,021.632; saving $31,791.36; a month of delay (to 2027-07-30): 30 × $32.64 = $979.20.
    let o = preset("aurora-serverless-v2");
    assert_close(value(&o, "monthly_now"), 1011.84);
    assert_close(value(&o, "stay_surcharge"), 38_711.04);
    assert_close(value(&o, "project_cost"), 25_310.592);
    assert_close(value(&o, "now_total"), 32_230.272);
    assert_close(value(&o, "later_total"), 40_194.432);
    assert_close(value(&o, "stay_total"), 64_021.632);
    assert_close(value(&o, "saving_now"), 31_791.36);
    assert_close(value(&o, "delay_month"), 979.20);
    assert_eq!(o.verdict.facts[0], "Staying until 2029-02-28 costs $38,711 in surcharge on 16 ACUs");
    assert!(!o.warnings.iter().any(|w| w.message.contains("stopped DB instance")));
}

#[test]
fn the_rate_doubles_on_the_year_3_boundary() {
    // Aurora MySQL version 2: year-3 pricing from 2026-12-01. One cluster, a writer and a
    // reader on 4 vCPUs = 8 vCPUs. November 2026: 30 × 24 × 8 × $0.10 = $576.00; December:
    // 31 × 24 × 8 × $0.20 = $1,190.40. The day before and the day of the boundary: 24 × 8 ×
    // $0.10 = $19.20 and 24 × 8 × $0.20 = $38.40.
    let i = FleetInputs {
        replicas: 1.0,
        start: Date::ymd(2026, 11, 1),
        done_by: Date::ymd(2026, 12, 31),
        ..fleet(Version::AuroraMysql2, Deployment::Aurora, 1.0, 4.0)
    };
    let r = model::compute(&i);
    assert_close(r.now.surcharge[0], 576.0);
    assert_close(r.now.surcharge[1], 1190.40);
    let one_day = |d: Date| FleetInputs { start: d, done_by: d, ..i.clone() };
    assert_close(model::compute(&one_day(Date::ymd(2026, 11, 30))).now.surcharge_total, 19.20);
    assert_close(model::compute(&one_day(Date::ymd(2026, 12, 1))).now.surcharge_total, 38.40);
}

#[test]
fn nothing_is_priced_after_the_end_of_extended_support() {
    // MySQL 5.7's Extended Support ends 2027-02-28: the last day costs, the next does not exist.
    let o = run(&[("version", "rds_mysql_57"), ("start", "2027-03-01")]);
    assert_eq!(o.verdict.decision.key, "ended");
    assert_eq!(maybe(&o, "now_total"), None);
    assert!(o.tables.is_empty());
    let last = run(&[("version", "rds_mysql_57"), ("start", "2027-02-28"), ("done_by", "2027-06-30")]);
    // One day: 80 vCPUs × 24 h × $0.20 = $384.00, and a completion after the end is the end.
    assert_close(value(&last, "stay_surcharge"), 384.0);
    assert_close(value(&last, "now_total"), value(&last, "stay_total"));
    assert!(last.warnings.iter().any(|w| w.message.contains("A completion date you entered is after it")));
}

#[test]
fn a_dearer_instance_class_can_make_staying_the_cheapest() {
    // One Single-AZ PostgreSQL 13 database on 2 vCPUs pays 2 × 24 × $0.10 = $4.80 a day,
    // about $146 a month; if the new version needs a class $500/month dearer, every month on
    // Extended Support is $354 cheaper, so staying to the end wins and the verdict says so.
    let o = run(&[("deployment", "single_az"), ("databases", "1"), ("vcpus", "2"), ("class_change", "500")]);
    assert_eq!(o.verdict.decision.key, "stay");
    assert!(value(&o, "stay_total") < value(&o, "now_total"));
    assert!(display(&o, "saving_now").starts_with("costs "), "{}", display(&o, "saving_now"));
    assert!(o.verdict.facts[1].starts_with("Upgrading by 2027-03-31 would cost"), "{:?}", o.verdict);
}

#[test]
fn an_rds_version_cannot_run_as_an_aurora_cluster() {
    let err = try_eval(&CALCULATOR, "version=rds_pg_13&deployment=aurora").unwrap_err();
    assert_eq!(err[0].key, "deployment");
    let err = try_eval(&CALCULATOR, "version=aurora_pg_13&deployment=multi_az").unwrap_err();
    assert_eq!(err[0].key, "deployment");
}

#[test]
fn the_cheapest_path_is_the_one_recommended() {
    for o in [run(&[]), preset("mysql57-year3"), preset("aurora-serverless-v2")] {
        let totals = [value(&o, "now_total"), value(&o, "later_total"), value(&o, "stay_total")];
        let min = totals.iter().cloned().fold(f64::INFINITY, f64::min);
        let chosen = match o.verdict.decision.key {
            "upgrade_now" => totals[0],
            "upgrade_later" => totals[1],
            "stay" => totals[2],
            other => panic!("{other}"),
        };
        assert_close(chosen, min);
    }
    let _ = PathKind::Now;
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}

#[test]
fn a_class_change_between_the_two_rates_makes_the_day_before_year_3_cheapest() {
    // 80 vCPUs pay $192 a day (about $5,840 a month) in years 1–2 and $384 (about $11,680) in
    // year 3. A new class $8,000/month dearer costs more than the year 1–2 surcharge and less
    // than year 3's: the cheapest is to stay until the day before year-3 pricing (2028-02-29).
    // Now: $23,232.00 + project $61,753.92 + 23 months × $8,000 = $184,000 → $268,985.92.
    // Later (2028-02-29): $87,552.00 + $61,753.92 + 12 months × $8,000 = $96,000 → $245,305.92.
    // Stay: $227,712.00 + $61,753.92 = $289,465.92.
    let o = run(&[("class_change", "8000"), ("later", "2028-02-29")]);
    assert_close(value(&o, "now_total"), 268_985.92);
    assert_close(value(&o, "later_total"), 245_305.92);
    assert_close(value(&o, "stay_total"), 289_465.92);
    assert_eq!(o.verdict.decision.key, "upgrade_later");
    assert_eq!(o.verdict.words, "Upgrade by 2028-02-29");
    // Delaying the early upgrade by a month saves the class change and pays April's surcharge:
    // 30 × $192 = $5,760 − $8,000 = −$2,240.
    assert_close(value(&o, "delay_month"), -2240.0);
}

#[test]
fn no_fleet_no_recommendation_and_nothing_to_pay_back() {
    let o = run(&[("databases", "0")]);
    assert_eq!(o.verdict.decision.key, "no_fleet");
    assert_eq!(maybe(&o, "payback_month"), None);
    assert_eq!(display(&o, "payback_month"), "no surcharge to pay back");
    assert_close(value(&o, "stay_surcharge"), 0.0);
}
