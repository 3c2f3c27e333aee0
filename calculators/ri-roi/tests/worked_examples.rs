//! Worked examples, with the arithmetic done by hand in the comments.
//!
//! Aurora PostgreSQL db.r6g.large, us-east-1 (prices.toml; Vantage 2021-08-03 [U]):
//! On-Demand $0.26/h → 0.26 × 730 = $189.80 a month per instance.
//! 1-yr No Upfront: $0 + $0.17/h → commitment 0.17 × 8,760 = $1,489.20.
//! 1-yr All Upfront: $1,240 + $0/h.   3-yr All Upfront: $2,378 + $0/h.
//!
//! The rule every plan is priced by (issue 30): a rational buyer renews a 1-year RI for a
//! stretch (the last partial year before a migration included) only when On-Demand for that
//! stretch would cost more than the renewal, i.e. when the stretch is longer than the
//! break-even; otherwise those months run On-Demand. The same choice follows a 3-year term that
//! ends before the migration.

use ri_roi::model::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {{
        let (a, b) = ($a, $b);
        assert!(close(a, b), "{} = {a}, expected {b}", stringify!($a));
    }};
}

const OD: f64 = 0.26;

fn fleet(instances: u32) -> Footprint {
    Footprint { instances, hours_per_month: 730.0, od_hourly: OD }
}

fn offer(term: Term, payment: Payment, upfront: f64, hourly: f64) -> RiOffer {
    RiOffer { term, payment, upfront, hourly }
}

fn one_year_no() -> RiOffer {
    offer(Term::OneYear, Payment::NoUpfront, 0.0, 0.17)
}

fn one_year_all() -> RiOffer {
    offer(Term::OneYear, Payment::AllUpfront, 1_240.0, 0.0)
}

fn three_year_all() -> RiOffer {
    offer(Term::ThreeYear, Payment::AllUpfront, 2_378.0, 0.0)
}

fn scenario(chosen: RiOffer, migrate_month: u32) -> RiInputs {
    RiInputs {
        footprint: fleet(1),
        chosen,
        alternatives: vec![one_year_no(), one_year_all(), three_year_all()],
        rightsized: None,
        days_since_migration: 365,
        migrate_month,
        discount_rate: 0.0,
        dsp_discount: 0.0,
        dsp_eligible: false,
    }
}

fn reserved(o: &RiOffer) -> Cover {
    Cover::Reserved(o.term, o.payment)
}

/// The plan of `v` that buys `cover`.
fn plan_of(v: &Recommendation, cover: Cover) -> &Plan {
    v.plans.iter().find(|p| p.cover == cover).expect("a plan")
}

#[test]
fn seed_example_rightsize_beats_a_bigger_discount() {
    // Post 030: 50% off a $10,000/month oversized instance is $5,000 effective; right-sizing to
    // $4,000/month and taking 30% off is $2,800. Saving: 5,000 − 2,800 = $2,200 a month.
    let oversized = Footprint { instances: 1, hours_per_month: 730.0, od_hourly: 10_000.0 / 730.0 };
    let rightsized = Footprint { od_hourly: 4_000.0 / 730.0, ..oversized };
    let now = offer(Term::OneYear, Payment::NoUpfront, 0.0, 5_000.0 / 730.0);
    let rs = offer(Term::OneYear, Payment::NoUpfront, 0.0, 2_800.0 / 730.0);
    assert_close!(oversized.od_monthly(), 10_000.0);
    assert_close!(oversized.effective_monthly(&now), 5_000.0);
    assert_close!(rightsized.effective_monthly(&rs), 2_800.0);
    assert_close!(now.effective_discount(oversized.od_hourly), 0.50);
    assert_close!(rs.effective_discount(rightsized.od_hourly), 0.30);
    assert_close!(rightsize_saving_monthly(&oversized, &now, &rightsized, &rs), 2_200.0);

    // Same through the scenario: 2,200 × 12 = $26,400 over a 1-year term.
    let s = RiInputs {
        footprint: oversized,
        chosen: now,
        alternatives: vec![],
        rightsized: Some(RightSized {
            footprint: rightsized,
            upfront: 0.0,
            hourly: rs.hourly,
            alternatives: vec![],
            dsp_eligible: false,
        }),
        days_since_migration: 120,
        migrate_month: 0,
        discount_rate: 0.0,
        dsp_discount: 0.0,
        dsp_eligible: false,
    };
    let r = compute(&s);
    assert_close!(r.rightsize_saving_monthly.unwrap(), 2_200.0);
    assert_close!(r.rightsize_saving_term.unwrap(), 26_400.0);
    assert!(r.recommendation.rightsize_first());
}

#[test]
fn seed_example_over_three_years_with_all_upfront() {
    // Derived T2d: $2,200 × 36 = $79,200. As 3-yr All Upfront: 5,000 × 36 = $180,000 and
    // 2,800 × 36 = $100,800 upfront; effective monthly = upfront ÷ 36.
    let oversized = Footprint { instances: 1, hours_per_month: 730.0, od_hourly: 10_000.0 / 730.0 };
    let rightsized = Footprint { od_hourly: 4_000.0 / 730.0, ..oversized };
    let s = RiInputs {
        footprint: oversized,
        chosen: offer(Term::ThreeYear, Payment::AllUpfront, 180_000.0, 0.0),
        alternatives: vec![],
        rightsized: Some(RightSized {
            footprint: rightsized,
            upfront: 100_800.0,
            hourly: 0.0,
            alternatives: vec![],
            dsp_eligible: false,
        }),
        days_since_migration: 120,
        migrate_month: 0,
        discount_rate: 0.0,
        dsp_discount: 0.0,
        dsp_eligible: false,
    };
    let r = compute(&s);
    assert_close!(r.ri_effective_monthly, 5_000.0);
    assert_close!(r.rightsize_saving_monthly.unwrap(), 2_200.0);
    assert_close!(r.rightsize_saving_term.unwrap(), 79_200.0);
}

#[test]
fn right_sizing_compares_the_best_plan_at_each_size() {
    // Issue 30, item 5. 2 × db.r6g.2xlarge (4 normalized units of db.r6g.large each: On-Demand
    // $1.038/h = 757.74 a month; 1-yr All Upfront 4 × 1,240 = $4,960; 3-yr All Upfront
    // 4 × 2,378 = $9,512), the 1-yr All Upfront RI chosen, right-sized to db.r6g.large. Over 36
    // months:
    //   today's size:  On-Demand 2 × 757.74 × 36 = $54,557.28; 1-yr AU 3 × 2 × 4,960 = $29,760;
    //                  3-yr AU 2 × 9,512 = $19,024 ← best at today's size
    //   db.r6g.large:  On-Demand 2 × 189.80 × 36 = $13,665.60; 1-yr AU 3 × 2 × 1,240 = $7,440;
    //                  3-yr AU 2 × 2,378 = $4,756 ← best of all
    // Before: only the chosen 1-yr RI was priced at the smaller size: "Right-size to
    // db.r6g.large before committing", "the same 1-year All Upfront RI then costs $7,440 …,
    // $22,320 less than buying it now". After: the 3-yr RI at db.r6g.large, $4,756; right-sizing
    // first saves 19,024 − 4,756 = $14,268 against the best plan at today's size.
    let today = Footprint { instances: 2, hours_per_month: 730.0, od_hourly: 1.038 };
    let small = Footprint { od_hourly: OD, ..today };
    let x4 = |o: RiOffer| RiOffer { upfront: 4.0 * o.upfront, hourly: 4.0 * o.hourly, ..o };
    let s = RiInputs {
        footprint: today,
        chosen: x4(one_year_all()),
        alternatives: vec![x4(one_year_no()), x4(three_year_all())],
        rightsized: Some(RightSized {
            footprint: small,
            upfront: 1_240.0,
            hourly: 0.0,
            alternatives: vec![one_year_no(), three_year_all()],
            dsp_eligible: false,
        }),
        days_since_migration: 365,
        migrate_month: 0,
        discount_rate: 0.0,
        dsp_discount: 0.0,
        dsp_eligible: false,
    };
    let r = compute(&s);
    let v = &r.recommendation;
    assert_close!(v.od_cost(), 54_557.28);
    assert_close!(v.chosen_cost(), 29_760.0);
    let today_best = &v.plans[v.best_today];
    assert_eq!((today_best.cover, today_best.size), (reserved(&three_year_all()), Size::Today));
    assert_close!(today_best.cost(), 19_024.0);
    assert_eq!((v.best().cover, v.best().size), (reserved(&three_year_all()), Size::RightSized));
    assert_close!(v.best().cost(), 4_756.0);
    assert!(v.rightsize_first());
    assert_close!(r.rightsize_saving.unwrap(), 14_268.0);
    // The chosen RI at the smaller size, the old comparison, is still priced: $7,440.
    let small_one_year =
        v.plans.iter().find(|p| p.size == Size::RightSized && p.cover == reserved(&one_year_all()));
    assert_close!(small_one_year.unwrap().cost(), 7_440.0);

    // Right-sizing that saves nothing is not recommended: the same fleets the other way round,
    // today db.r6g.large "right-sized" to db.r6g.2xlarge: 4,756 − 19,024 = −$14,268.
    let bigger = RiInputs {
        footprint: small,
        chosen: one_year_all(),
        alternatives: vec![one_year_no(), three_year_all()],
        rightsized: Some(RightSized {
            footprint: today,
            upfront: 4_960.0,
            hourly: 0.0,
            alternatives: vec![x4(one_year_no()), x4(three_year_all())],
            dsp_eligible: false,
        }),
        ..s.clone()
    };
    let v = recommend(&bigger);
    assert_eq!(v.best().size, Size::Today);
    assert_close!(v.rightsize_saving().unwrap(), -14_268.0);
}

#[test]
fn breakeven_no_upfront_by_hand() {
    // 1,489.20 ÷ 189.80 = (0.17 × 12) ÷ 0.26 = 2.04 ÷ 0.26 = 7.846 months.
    let b = breakeven_month(&fleet(1), &one_year_no()).unwrap();
    assert_close!(b, 2.04 / 0.26);
    assert!((b - 7.846).abs() < 1e-3);
    // The fleet size does not move it: 3 instances owe 3× and save 3×.
    assert_close!(breakeven_month(&fleet(3), &one_year_no()).unwrap(), b);
    // Term saving: 12 × 189.80 − 1,489.20 = 2,277.60 − 1,489.20 = $788.40.
    assert_close!(term_saving(&fleet(1), &one_year_no()), 788.4);
}

#[test]
fn breakeven_all_upfront_is_upfront_over_od_monthly() {
    // 1-yr: 1,240 ÷ 189.80 = 6.533 months.   3-yr: 2,378 ÷ 189.80 = 12.529 (facts-2 §0: 12.53).
    assert_close!(breakeven_month(&fleet(1), &one_year_all()).unwrap(), 1_240.0 / 189.8);
    let b3 = breakeven_month(&fleet(1), &three_year_all()).unwrap();
    assert_close!(b3, 2_378.0 / 189.8);
    assert!((b3 - 12.53).abs() < 5e-3);
    // No On-Demand usage → no break-even.
    let idle = Footprint { hours_per_month: 0.0, ..fleet(1) };
    assert_eq!(breakeven_month(&idle, &three_year_all()), None);
}

#[test]
fn all_upfront_with_zero_hourly_is_not_free() {
    // The price list's hourly row for All Upfront is $0.0000; the cost is the upfront fee.
    // Effective hourly = 1,240 ÷ 8,760 = 0.141553 → discount 1 − 0.141553 ÷ 0.26 = 45.56 %.
    // 3-yr: 2,378 ÷ 26,280 = 0.090487 → 65.20 %.
    let a1 = one_year_all();
    assert_close!(a1.effective_hourly(), 1_240.0 / 8_760.0);
    assert!((a1.effective_discount(OD) - 0.4556).abs() < 5e-5);
    assert!((three_year_all().effective_discount(OD) - 0.6520).abs() < 5e-5);
    assert_close!(fleet(1).commitment(&a1), 1_240.0);
    assert_eq!(three_year_all().effective_discount(0.0), 0.0);
}

#[test]
fn renewal_stub_before_a_migration_runs_on_demand() {
    // Issue 30, item 1. Migration at month 13, 1 instance:
    //   On-Demand               13 × 189.80                         = $2,467.40
    //   1-yr All Upfront        1,240, then the 1-month stub: On-Demand 189.80 < a 1,240
    //                           renewal, so it runs On-Demand: 1,240 + 189.80 = $1,429.80  ← cheapest
    //   1-yr No Upfront         1,489.20 + 189.80                   = $1,679.00
    //   3-yr All Upfront        owed in full                        = $2,378.00
    // Before: every started year of a 1-year RI was owed (2 × 1,240 = $2,480, "a loss of
    // $12.60" against On-Demand) and the 3-year RI ($2,378) was recommended.
    let v = recommend(&scenario(one_year_all(), 13));
    let one_year = plan_of(&v, reserved(&one_year_all()));
    assert_close!(one_year.cost(), 1_429.8);
    assert_eq!(one_year.segments.len(), 2);
    assert_eq!((one_year.segments[1].cover, one_year.segments[1].months), (Cover::OnDemand, 1));
    assert_close!(plan_of(&v, reserved(&one_year_no())).cost(), 1_679.0);
    assert_close!(plan_of(&v, reserved(&three_year_all())).cost(), 2_378.0);
    assert_close!(v.od_cost(), 2_467.4);
    assert_eq!(v.best().cover, reserved(&one_year_all()));
    assert!(!v.chosen_loses_money());
    // Nothing is stranded: the 1-year term ended at month 12.
    assert_eq!(v.best().stranded(), 0.0);

    // Months 13–18 all leave a stub shorter than the 6.53-month break-even: On-Demand for it.
    // At 18 the 1-year plan costs 1,240 + 6 × 189.80 = $2,378.80, 80 cents more than the
    // 3-year RI ($2,378): the 3-year RI wins again.
    for m in 13..=17 {
        let v = recommend(&scenario(one_year_all(), m));
        assert_close!(v.best().cost(), 1_240.0 + f64::from(m - 12) * 189.8);
        assert_eq!(v.best().cover, reserved(&one_year_all()), "month {m}");
    }
    let v = recommend(&scenario(one_year_all(), 18));
    assert_close!(plan_of(&v, reserved(&one_year_all())).cost(), 2_378.8);
    assert_eq!(v.best().cover, reserved(&three_year_all()));

    // At 20 the 8-month stub is longer than the break-even (8 × 189.80 = 1,518.40 > 1,240): it is
    // renewed, and 4 of its 12 months are stranded: 4 ÷ 12 × 1,240 = $413.33.
    let v = recommend(&scenario(one_year_all(), 20));
    let one_year = plan_of(&v, reserved(&one_year_all()));
    assert_close!(one_year.cost(), 2_480.0);
    assert_close!(one_year.stranded(), 1_240.0 / 3.0);
}

#[test]
fn a_stub_exactly_at_the_breakeven_runs_on_demand() {
    // On-Demand $100 a month, 1-yr All Upfront $600: break-even exactly 6 months. Migration at
    // month 18 leaves a 6-month stub: On-Demand 600 = renewal 600, not higher, so On-Demand
    // (no commitment without a saving): 600 + 600 = $1,200. At 19 the 7-month stub costs 700
    // On-Demand > 600: renewed, 600 + 600 = $1,200, 5 months stranded (5 ÷ 12 × 600 = $250).
    let fp = Footprint { instances: 1, hours_per_month: 730.0, od_hourly: 100.0 / 730.0 };
    let au = offer(Term::OneYear, Payment::AllUpfront, 600.0, 0.0);
    let s = |m| RiInputs { footprint: fp, alternatives: vec![], ..scenario(au, m) };
    let v = recommend(&s(18));
    assert_eq!(v.chosen().segments.last().unwrap().cover, Cover::OnDemand);
    assert_close!(v.chosen_cost(), 1_200.0);
    let v = recommend(&s(19));
    assert_eq!(v.chosen().purchases().count(), 2);
    assert_close!(v.chosen_cost(), 1_200.0);
    assert_close!(v.chosen().stranded(), 250.0);
}

#[test]
fn a_three_year_term_ending_before_the_migration_is_followed_by_the_cheapest_cover() {
    // Migration at month 50, 1 instance. The 3-year All Upfront RI covers months 1–36 ($2,378);
    // the 14 months left are covered by the cheapest of:
    //   On-Demand 14 × 189.80                                  = $2,657.20
    //   1-yr All Upfront 1,240 + the 2-month stub On-Demand 379.60 = $1,619.60   ← cheapest
    //   1-yr No Upfront 1,489.20 + 379.60                         = $1,868.80
    //   another 3-yr All Upfront                                  = $2,378.00
    // Plan: 2,378 + 1,619.60 = $3,997.60. Before: 2,378 + 14 × 189.80 = $5,035.20.
    let v = recommend(&scenario(three_year_all(), 50));
    let p = plan_of(&v, reserved(&three_year_all()));
    assert_close!(p.cost(), 3_997.6);
    let covers: Vec<(Cover, u32)> = p.segments.iter().map(|s| (s.cover, s.months)).collect();
    assert_eq!(
        covers,
        [(reserved(&three_year_all()), 36), (reserved(&one_year_all()), 12), (Cover::OnDemand, 2)]
    );
    assert_eq!(p.stranded(), 0.0);
    // The 1-year RI renewed for four whole years, then the 2-month stub On-Demand:
    // 4 × 1,240 + 2 × 189.80 = $5,339.60.
    assert_close!(plan_of(&v, reserved(&one_year_all())).cost(), 5_339.6);
}

#[test]
fn a_744_hour_month_bills_the_ri_for_744_hours() {
    // Issue 30, item 7. 1 instance running 744 hours (a 31-day month), 1-yr No Upfront $0.17:
    //   On-Demand  0.26 × 744 = $193.44 a month
    //   RI         0.17 × 744 = $126.48 a month (before: 0.17 × 730 = $124.10, as if the month
    //              the instance ran 744 hours had 730)
    // Term saving 12 × (193.44 − 126.48) = $803.52 (before 12 × 193.44 − 1,489.20 = $832.08).
    // Break-even 12 × 126.48 ÷ 193.44 = 7.846 months, the same as at 730 hours: both sides scale.
    let fp = Footprint { hours_per_month: 744.0, ..fleet(1) };
    let nu = one_year_no();
    assert_close!(fp.od_monthly(), 193.44);
    assert_close!(fp.recurring_monthly(&nu), 126.48);
    assert_close!(fp.commitment(&nu), 1_517.76);
    assert_close!(term_saving(&fp, &nu), 803.52);
    assert_close!(breakeven_month(&fp, &nu).unwrap(), 2.04 / 0.26);
    // At 730 hours or fewer the RI is billed the average month's 730 hours.
    let night = Footprint { hours_per_month: 300.0, ..fleet(1) };
    assert_close!(night.recurring_monthly(&nu), 124.1);
    // All Upfront has no hourly charge: the month's length does not change it.
    assert_close!(fp.commitment(&one_year_all()), 1_240.0);
}

#[test]
fn migration_at_18_months_three_year_still_cheapest() {
    // Deleted at month 18:
    //   On-Demand        18 × 189.80                              = $3,416.40
    //   3-yr All Upfront owed in full                             = $2,378.00   ← cheapest
    //   1-yr All Upfront 1,240 + the 6-month stub On-Demand 1,138.80 = $2,378.80
    //   1-yr No Upfront  1,489.20 + 1,138.80                       = $2,628.00
    let s = scenario(three_year_all(), 18);
    let r = compute(&s);
    let v = &r.recommendation;
    assert_close!(plan_of(v, reserved(&one_year_all())).cost(), 2_378.8);
    assert_close!(plan_of(v, reserved(&one_year_no())).cost(), 2_628.0);
    assert_close!(r.od_cost, 3_416.4);
    assert_close!(r.plan_cost, 2_378.0);
    // Horizon saving 3,416.40 − 2,378 = 1,038.40; stranded: 18 of 36 months unused:
    // 18 ÷ 36 × 2,378 = $1,189.
    assert_close!(r.horizon_saving, 1_038.4);
    assert_close!(r.stranded_cost.unwrap(), 1_189.0);
    assert_eq!(v.horizon_months, 18);
    assert_eq!(v.best().cover, reserved(&three_year_all()));
    assert!(!v.chosen_loses_money());
}

#[test]
fn migration_at_6_months_three_year_loses_money() {
    // Deleted at month 6: On-Demand 6 × 189.80 = $1,138.80; 3-yr AU $2,378 (loses $1,239.20);
    // 1-yr AU $1,240; 1-yr NU $1,489.20. On-Demand is cheapest and the verdict names it.
    // Stranded: 30 months × 2,378 ÷ 36 = $1,981.67.
    let r = compute(&scenario(three_year_all(), 6));
    assert_close!(r.od_cost - r.chosen_cost, 1_138.8 - 2_378.0);
    assert_close!(r.recommendation.chosen().stranded(), 2_378.0 * 30.0 / 36.0);
    assert!(r.recommendation.chosen_loses_money());
    // The recommended plan is On-Demand: nothing saved, nothing stranded.
    assert_eq!((r.horizon_saving, r.stranded_cost), (0.0, Some(0.0)));
    assert_eq!(r.recommendation.best().cover, Cover::OnDemand);

    // At month 8: On-Demand 1,518.40 > 1-yr AU 1,240 → the 1-yr All Upfront RI is named.
    let v = compute(&scenario(three_year_all(), 8)).recommendation;
    assert!(v.chosen_loses_money());
    assert_eq!(v.best().cover, reserved(&one_year_all()));

    // Month 18 again, but the instance runs 200 h a month: On-Demand 18 × 0.26 × 200 = $936,
    // against $2,378 (3-yr AU) and 1,240 + 6 × 52 = $1,552 (1-yr AU): On-Demand wins.
    let mut s = scenario(three_year_all(), 18);
    s.footprint.hours_per_month = 200.0;
    let r = compute(&s);
    assert_close!(r.od_cost - r.chosen_cost, 936.0 - 2_378.0);
    assert!(r.recommendation.chosen_loses_money());
    assert_eq!(r.recommendation.best().cover, Cover::OnDemand);
}

#[test]
fn stranded_cost_by_hand() {
    // 2 instances on 1-yr No Upfront, migration at month 20: the 8-month stub is longer than the
    // 7.85-month break-even, so the RI is renewed at month 12 and owed to month 24: 4 months
    // unused at 0.17 × 730 = $124.10 each → 2 × 4 × 124.10 = $992.80.
    let s = RiInputs { footprint: fleet(2), ..scenario(one_year_no(), 20) };
    let v = recommend(&s);
    assert_close!(v.chosen().stranded(), 2.0 * 4.0 * 124.1);
    // A migration exactly at a renewal leaves nothing; no migration strands nothing.
    let v = recommend(&RiInputs { footprint: fleet(2), ..scenario(one_year_no(), 24) });
    assert_close!(v.chosen().stranded(), 0.0);
    let v = recommend(&RiInputs { footprint: fleet(2), ..scenario(one_year_no(), 0) });
    assert_close!(v.chosen().stranded(), 0.0);
}

#[test]
fn dsp_commitment_by_hand() {
    // 2 × Aurora db.r7g.large at $0.276/h: usage U = $0.552/h. At 20 % the commitment is
    // U × (1 − 0.20) = $0.4416/h, not $0.552; monthly 0.4416 × 730 = $322.368.
    assert!(dsp_eligible("db.r7g.large"));
    let fp = Footprint { instances: 2, hours_per_month: 730.0, od_hourly: 0.276 };
    assert_close!(dsp_commitment_hourly(2.0 * 0.276, 0.20), 0.4416);
    assert_close!(dsp_monthly(&fp, 0.20, true).unwrap(), 322.368);
    // r6g is not covered: no DSP cost, discount 0.
    assert!(!dsp_eligible("db.r6g.large"));
    assert_eq!(dsp_monthly(&fp, 0.20, false), None);
    assert_eq!(dsp_discount_for(false, 0.20), 0.0);
}

#[test]
fn dsp_eligibility_by_family() {
    for c in [
        "db.r7g.large",
        "db.r7i.xlarge",
        "db.r8g.2xlarge",
        "db.r8gd.large",
        "db.m7g.large",
        "db.m7i.large",
        "db.c7g.large",
        "db.x8g.large",
        "r8g",
        "db.serverless",
    ] {
        assert!(dsp_eligible(c), "{c}");
    }
    for c in [
        "db.r6g.large",
        "db.r6i.large",
        "db.r5.large",
        "db.t4g.medium",
        "db.t3.large",
        "db.m6g.large",
        "db.x2g.large",
        "",
        "db.",
    ] {
        assert!(!dsp_eligible(c), "{c}");
    }
    assert_eq!(instance_generation("db.r8gd.large"), Some(8));
}

#[test]
fn npv_by_hand_for_a_tiny_case() {
    // 1 instance, On-Demand $100 a month, 1-yr All Upfront $900. Annual rate 1.01^12 − 1 =
    // 12.6825 % → monthly exactly 1 %. NPV = −900 + 100 × (1 − 1.01^−12) ÷ 0.01
    //                                       = −900 + 100 × 11.2550775 = $225.5077.
    let fp = Footprint { instances: 1, hours_per_month: 730.0, od_hourly: 100.0 / 730.0 };
    let au = offer(Term::OneYear, Payment::AllUpfront, 900.0, 0.0);
    let annual = 1.01_f64.powi(12) - 1.0;
    assert!((monthly_rate(annual) - 0.01).abs() < 1e-12);
    assert!((npv_saving(&fp, &au, annual) - 225.507_747_348).abs() < 1e-6);
    // At 0 % the NPV is the plain term saving: 12 × 100 − 900 = $300.
    assert_close!(npv_saving(&fp, &au, 0.0), 300.0);
    // No Upfront at $50 a month recurring: saving 50 a month, 12 × 50 = $600 at 0 %.
    let nu = offer(Term::OneYear, Payment::NoUpfront, 0.0, 50.0 / 730.0);
    assert_close!(npv_saving(&fp, &nu, 0.0), 600.0);
}

#[test]
fn npv_counts_only_cash_that_flows_until_the_migration() {
    // Issue 30, item 2. The preset "a move within 18 months": 4 × db.r6g.large, 3-yr All Upfront
    // ($2,378 each, $9,512 at month 0), migration at month 18, 8 % a year → monthly
    // r = 1.08^(1/12) − 1 = 0.643403 %. The instances are gone after month 18, so On-Demand is
    // avoided for 18 months only: 4 × 189.80 = $759.20 at the end of months 1–18, worth
    // 759.20 × (1 − 1.00643403^−18) ÷ 0.00643403 = 759.20 × 16.945423 = $12,864.97 today.
    // NPV = 12,864.97 − 9,512 = $3,352.97. Before, 36 months of avoided On-Demand were
    // discounted: 759.20 × 32.043331 − 9,512 = $14,815.30, about 4.4 × too high.
    let s = RiInputs { footprint: fleet(4), discount_rate: 0.08, ..scenario(three_year_all(), 18) };
    let r = compute(&s);
    let rate = monthly_rate(0.08);
    let annuity = |n: i32| (1.0 - (1.0 + rate).powi(-n)) / rate;
    assert!((annuity(18) - 16.945_423).abs() < 1e-6);
    assert_close!(r.npv_saving, 759.2 * annuity(18) - 9_512.0);
    assert!((r.npv_saving - 3_352.97).abs() < 0.005);
    assert!((npv_saving(&fleet(4), &three_year_all(), 0.08) - 14_815.30).abs() < 0.005);

    // A No Upfront RI's monthly charges are owed after the migration too: 1 instance, 1-yr No
    // Upfront ($124.10 a month), migration at month 6, 0 %: On-Demand avoided 6 × 189.80 =
    // 1,138.80, charges paid 12 × 124.10 = 1,489.20 → NPV −$350.40 (the loss it is).
    let v = recommend(&scenario(one_year_no(), 6));
    assert_close!(plan_npv(&v.plans[0], v.chosen(), 0.0), 1_138.8 - 1_489.2);
}

#[test]
fn ninety_day_rule() {
    // 30 days after the migration: wait 60 more days (≈ 1.97 months → 2 whole months).
    assert_eq!(wait_days(30), 60);
    assert_eq!(wait_months(60), 2);
    assert_eq!(wait_months(90), 3);
    assert_eq!(wait_days(90), 0);
    assert_eq!(wait_days(400), 0);
    // A commitment bought after the wait: 2 months On-Demand (2 × 189.80 = 379.60), then the
    // 3-yr All Upfront RI for the 34 months left of 36: 379.60 + 2,378 = $2,757.60; 2 of its 36
    // months fall after the horizon: 2 ÷ 36 × 2,378 = $132.11 stranded.
    // Without a migration the plans are compared over 36 months after the wait, 38 in all, so
    // no term is cut off: 2 × 189.80 + 2,378 = $2,757.60, nothing stranded.
    let s = RiInputs { days_since_migration: 30, ..scenario(three_year_all(), 0) };
    let v = recommend(&s);
    assert_eq!(v.horizon_months, 38);
    assert_close!(v.chosen_cost(), 379.6 + 2_378.0);
    assert_close!(v.chosen().stranded(), 0.0);
    // With a migration at month 24: 2 months On-Demand, then the 3-yr RI for the 22 months
    // left: 14 of its 36 months after the migration, 14 ÷ 36 × 2,378 = $924.78 stranded.
    let v = recommend(&RiInputs { days_since_migration: 30, ..scenario(three_year_all(), 24) });
    assert_close!(v.chosen().stranded(), 2_378.0 * 14.0 / 36.0);
}

#[test]
fn offerings_and_the_comparison_over_36_months() {
    assert!(!is_offered(Term::ThreeYear, Payment::NoUpfront));
    assert!(is_offered(Term::OneYear, Payment::NoUpfront));
    let mut s = scenario(three_year_all(), 0);
    s.footprint = fleet(2);
    s.alternatives.push(three_year_all());
    let v = recommend(&s);
    // On-Demand, then the chosen RI once, then each alternative once.
    let covers: Vec<Cover> = v.plans.iter().map(|p| p.cover).collect();
    assert_eq!(
        covers,
        [Cover::OnDemand, reserved(&three_year_all()), reserved(&one_year_no()), reserved(&one_year_all())]
    );
    // No migration: compare over 36 months. 2 instances: On-Demand 2 × 36 × 189.80 = 13,665.60;
    // 1-yr AU renewed twice 3 × 2,480 = 7,440 > 3-yr 2 × 2,378 = 4,756.
    assert_eq!(v.horizon_months, 36);
    assert_close!(v.od_cost(), 13_665.6);
    assert_close!(plan_of(&v, reserved(&one_year_all())).cost(), 7_440.0);
    assert_eq!(v.best().cover, reserved(&three_year_all()));
}

// ---- The calculator as the page, the CLI and the PDF run it ----

mod page {
    use calc_core::{evaluate, Calculator, Outcome};
    use calc_testkit::{assert_close, display, eval, maybe, try_eval, value};
    use ri_roi::CALCULATOR;

    fn preset(key: &str) -> Outcome {
        let p = CALCULATOR.presets().iter().find(|p| p.key == key).expect("a preset");
        evaluate(&CALCULATOR, &p.inputs(&CALCULATOR).expect("a valid preset")).expect("evaluates")
    }

    #[test]
    fn defaults_two_aurora_r6g_large_one_year_all_upfront() {
        // On-Demand 2 × $0.26 × 730 = $379.60/month. 1-year All Upfront: $1,240 per instance,
        // effective 1,240 / 8,760 = $0.141553/h → 2 × 0.141553 × 730 = $206.67/month; discount
        // 1 − 0.141553 / 0.26 = 45.56%. Break-even 1,240 / 189.80 = 6.533 months.
        // Term saving 379.60 × 12 − 2 × 1,240 = 4,555.20 − 2,480 = $2,075.20.
        // Over 36 months: On-Demand 13,665.60; 1-year All Upfront renewed: 3 × 2,480 = 7,440;
        // 3-year All Upfront: 2 × 2,378 = 4,756 → the 3-year RI is cheapest, saving 8,909.60.
        let o = eval(&CALCULATOR, "");
        assert_close(value(&o, "od_monthly"), 379.6);
        assert_close(value(&o, "ri_effective_monthly"), 2.0 * 1240.0 / 8760.0 * 730.0);
        assert_close(value(&o, "effective_discount"), 1.0 - (1240.0 / 8760.0) / 0.26);
        assert_close(value(&o, "breakeven_month"), 1240.0 / 189.8);
        assert_close(value(&o, "term_saving"), 2075.2);
        assert_close(value(&o, "horizon_saving"), 13_665.6 - 4_756.0);
        assert_eq!(maybe(&o, "stranded_cost"), None);
        assert_eq!(o.verdict.decision.key, "buy_ri");
        assert_eq!(o.verdict.words, "Buy the 3-year All Upfront RI");
        // Issue 37, item 7: the defaults' 1-year All Upfront RI is an example, not the reader's
        // choice, so no fact calls it "the RI you chose" (its $7,440 is in the plans table).
        assert_eq!(
            o.verdict.facts,
            ["It costs $4,756 against $13,666 On-Demand over 36 months, a saving of $8,910"]
        );
        // Choose an RI (the 1-year No Upfront) and it is compared in the verdict.
        let o = eval(&CALCULATOR, "payment=no");
        assert!(
            o.verdict.facts.iter().any(|f| f == "The 1-year No Upfront RI you chose would cost $8,935"),
            "{:?}",
            o.verdict
        );
        // On-Demand, then the three offers with a price: 1-year No and All Upfront, 3-year All Upfront.
        assert_eq!(o.tables[0].rows.len(), 4);
    }

    #[test]
    fn the_cards_and_the_chart_describe_the_recommended_plan_beside_your_choice() {
        // Issue 30, item 8, on the defaults. The verdict recommends the 3-year All Upfront RI over
        // 36 months. Before, every card and the chart described the chosen 1-year RI over 12
        // months: "The chosen RI over its term: saves $2,075", "NPV of the saving: $1,890" (the
        // 1-year RI alone, 12 months), no saving card over the 36 months the verdict compares.
        // After, the cards lead with the recommended plan over those 36 months:
        //   saving 13,665.60 − 4,756 = $8,909.60; cost $4,756; 4,756 ÷ 36 = $132.11 a month;
        //   NPV at 8 %: 379.60 × (1 − 1.00643403^−36) ÷ 0.00643403 − 4,756
        //             = 379.60 × 32.043331 − 4,756 = 12,163.65 − 4,756 = $7,407.65;
        // and "your choice" follows: the 1-year RI renewed twice, 3 × 2,480 = $7,440.
        let o = eval(&CALCULATOR, "");
        let labels: Vec<&str> = o.headlines.iter().map(|f| f.label).collect();
        assert!(labels[..5].iter().all(|l| l.starts_with("Recommended plan")), "{labels:?}");
        assert_eq!(display(&o, "horizon_saving"), "saves $8,910");
        assert_eq!(display(&o, "plan_cost"), "$4,756");
        assert_close(value(&o, "plan_monthly"), 4_756.0 / 36.0);
        assert!((value(&o, "npv_saving") - 7_407.65).abs() < 0.005);
        assert_eq!(display(&o, "od_cost"), "$13,666");
        assert_eq!(display(&o, "chosen_cost"), "$7,440");
        assert!(o.figure("chosen_cost").unwrap().label.starts_with("Your choice"));
        let names: Vec<&str> = o.charts[0].series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "On-Demand",
                "Recommended: the 3-year All Upfront RI",
                "Your choice: the 1-year All Upfront RI, renewed twice"
            ]
        );
        // The chart ends where the comparison does, at the plans' costs over 36 months.
        let last = |i: usize| *o.charts[0].series[i].y.last().unwrap();
        assert_close(last(1), 4_756.0);
        assert_close(last(2), 7_440.0);
        // The table marks both.
        let plans: Vec<String> =
            o.tables[0].rows.iter().map(|r| o.tables[0].row_texts(r)[0].clone()).collect();
        assert!(plans.contains(&"3-year All Upfront RI (recommended)".to_string()), "{plans:?}");
        assert!(
            plans.contains(&"1-year All Upfront RI, renewed twice (your choice)".to_string()),
            "{plans:?}"
        );
    }

    #[test]
    fn with_a_migration_pdf_page_1_leads_with_the_saving_the_stranded_commitment_and_the_npv() {
        // Issue 30, item 4. The PDF's first page shows the first five figures with a value. For
        // the preset "a move within 18 months" they were On-Demand $759/month, RI effective
        // $264/month, 65.2%, 12.5 months and "saves $17,819" over the full 36-month term. Now:
        // the saving until the migration (13,665.60 − 9,512 = $4,153.60), the stranded commitment
        // (18 ÷ 36 × 9,512 = $4,756), the NPV to the migration ($3,352.97), the plan's cost
        // ($9,512) and its average per month (9,512 ÷ 18 = $528.44).
        let o = preset("serverless_in_18_months");
        let first: Vec<&str> =
            o.headlines.iter().filter(|f| f.value.is_some()).take(5).map(|f| f.key).collect();
        assert_eq!(first, ["horizon_saving", "stranded_cost", "npv_saving", "plan_cost", "plan_monthly"]);
        assert_eq!(display(&o, "horizon_saving"), "saves $4,154");
        assert_eq!(display(&o, "stranded_cost"), "$4,756");
        assert_eq!(display(&o, "npv_saving"), "$3,353");
        assert_eq!(display(&o, "plan_monthly"), "$528/month");
        // The full-term saving is still there, later and labelled as the chosen RI's.
        assert_eq!(display(&o, "term_saving"), "saves $17,819");
        let pos = |k: &str| o.headlines.iter().position(|f| f.key == k).unwrap();
        assert!(pos("term_saving") > 5);
    }

    #[test]
    fn a_move_at_month_13_buys_the_1_year_ri_then_one_month_on_demand() {
        // Issue 30, item 1, on the defaults (2 instances): On-Demand 13 × 379.60 = $4,934.80;
        // 1-year All Upfront 2,480, then 1 month On-Demand 379.60 = $2,859.60; 3-year All Upfront
        // 4,756. Before: "Buy the 3-year All Upfront RI" at $4,756, the 1-year RI reported as
        // costing $25.20 more than On-Demand (2 × 2,480 = 4,960).
        let o = eval(&CALCULATOR, "migrate_month=13");
        assert_eq!(o.verdict.words, "Buy the 1-year All Upfront RI");
        assert_eq!(
            o.verdict.facts,
            [
                "It costs $2,860 against $4,935 On-Demand over the 13 months before the migration, a saving of \
                 $2,075",
                "Run the last 1 month On-Demand rather than renew: renewing costs $2,480 against $379.60 On-Demand",
            ]
        );
        assert_close(value(&o, "horizon_saving"), 4_934.8 - 2_859.6);
        assert_close(value(&o, "stranded_cost"), 0.0);
        assert!(o.warnings.iter().all(|w| !w.message.contains("costs more than On-Demand")));
    }

    #[test]
    fn the_seed_example_right_sizes_first() {
        // $10,000/month at 50% off = $5,000; right-sized $4,000/month at 30% off = $2,800:
        // $2,200 a month more saved (post 030).
        // The preset types prices to five decimals (13.69863 an hour × 730 h = $9,999.9999):
        // each month is right to the cent.
        let o = preset("rightsize_first");
        let to_the_cent = |key: &str, want: f64| {
            let got = value(&o, key);
            assert!((got - want).abs() < 0.005, "{key}: {got} is not {want} to the cent");
        };
        to_the_cent("od_monthly", 10_000.0);
        to_the_cent("ri_effective_monthly", 5_000.0);
        to_the_cent("rightsize_saving_monthly", 2_200.0);
        assert_eq!(display(&o, "rightsize_saving_monthly"), "$2,200/month");
        assert_eq!(o.verdict.decision.key, "rightsize_first");
        assert_eq!(o.verdict.words, "Right-size to the class you priced before committing");
        // Over 36 months: the 1-year No Upfront RI at the smaller class, 36 × 2,800 = $100,800,
        // against 36 × 5,000 = $180,000 at today's size: right-sizing first saves $79,200
        // (= 2,200 × 36), and the cards describe that plan.
        assert_eq!(display(&o, "plan_cost"), "$100,800");
        assert_eq!(display(&o, "rightsize_saving"), "saves $79,200");
        assert_eq!(
            o.verdict.facts,
            [
                "Then buy the 1-year No Upfront RI at the class you priced: $100,800 over 36 months, against \
                 $360,000 On-Demand at today's size",
                "The 1-year No Upfront RI you chose costs $180,000 at today's size: right-sizing first saves $79,200",
            ]
        );
    }

    #[test]
    fn right_sizing_names_the_cheapest_plan_overall() {
        // Issue 30, item 5, through the page: 2 × db.r6g.2xlarge right-sized to db.r6g.large (the
        // model test above has the arithmetic). Before: "Right-size to db.r6g.large before
        // committing" with the 1-year RI at the smaller class, $7,440. After: the 3-year All
        // Upfront RI at db.r6g.large, $4,756.
        let o = eval(&CALCULATOR, "class=db.r6g.2xlarge&rs_class=db.r6g.large");
        assert_eq!(o.verdict.words, "Right-size to db.r6g.large before committing");
        assert_eq!(
            o.verdict.facts[..2],
            [
                "Then buy the 3-year All Upfront RI at db.r6g.large: $4,756 over 36 months, against $54,557 \
                 On-Demand at today's size",
                "At today's size the best plan, the 3-year All Upfront RI, costs $19,024: right-sizing first saves \
                 $14,268",
            ]
        );
        assert_eq!(display(&o, "rightsize_saving"), "saves $14,268");
        assert_eq!(display(&o, "plan_cost"), "$4,756");
        // Soon after a migration the smaller class can still win without any commitment.
        let o = eval(&CALCULATOR, "class=db.r6g.2xlarge&rs_class=db.r6g.large&migrate_month=5");
        assert_eq!(o.verdict.words, "Right-size to db.r6g.large and stay On-Demand");
    }

    #[test]
    fn a_move_at_month_18_strands_part_of_a_3_year_ri_that_still_wins() {
        // 4 × db.r6g.large, 3-year All Upfront $2,378 each = $9,512. On-Demand for 18 months:
        // 4 × 189.80 × 18 = $13,665.60. Saving until the move 13,665.60 − 9,512 = $4,153.60.
        // Stranded: 18 of 36 months left: 18 ÷ 36 × 9,512 = $4,756.
        // One 1-year All Upfront term then 6 months On-Demand: 4 × 1,240 + 6 × 759.20 = $9,515.20,
        // $3.20 more: the 3-year RI still wins.
        let o = preset("serverless_in_18_months");
        assert_close(value(&o, "horizon_saving"), 13_665.6 - 9_512.0);
        assert_close(value(&o, "stranded_cost"), 4_756.0);
        assert_eq!(o.verdict.decision.key, "buy_ri");
        assert_eq!(o.verdict.words, "Buy the 3-year All Upfront RI");
        assert!(
            o.verdict.facts.iter().any(|f| f
                == "A 3-year RI is still the cheapest even though $4,756 of it is stranded after month 18"),
            "{:?}",
            o.verdict.facts
        );
        // Ranked by cash, the 3-year RI wins by $3.20; at 8 % a year the 1-year plan, which pays
        // the 6 On-Demand months later, is worth more today: a note says so.
        //   PV of the 1-year plan's saving: 759.20 × a(18) − 4,960 − 759.20 × (a(18) − a(12))
        //   = 759.20 × a(12) − 4,960 = 759.20 × 11.512858 − 4,960 = $3,780.56; − $3,352.97 = $427.60.
        assert!(
            o.notes
                .iter()
                .any(|n| n.starts_with("At your 8% discount rate, the 1-year All Upfront RI, then 6 months")
                    && n.contains("$427.60 more in today's money")),
            "{:?}",
            o.notes
        );
    }

    #[test]
    fn a_move_soon_makes_on_demand_the_answer() {
        // Migration at month 4: On-Demand 2 × 189.80 × 4 = $1,518.40; the cheapest RI, 1-year All
        // Upfront, costs 2 × 1,240 = $2,480 whatever happens: stay On-Demand.
        let o = eval(&CALCULATOR, "migrate_month=4");
        assert_eq!(o.verdict.decision.key, "stay_on_demand");
        assert_eq!(o.verdict.words, "Stay On-Demand");
        assert_eq!(display(&o, "horizon_saving"), "no difference");
        assert_close(value(&o, "chosen_cost") - value(&o, "od_cost"), 2_480.0 - 1_518.4);
    }

    #[test]
    fn larger_sizes_are_priced_by_normalized_units_and_named_as_derived() {
        // db.r6g.2xlarge = 4 normalized units of db.r6g.large: 1-year All Upfront 4 × 1,240 = $4,960.
        let o = eval(&CALCULATOR, "class=db.r6g.2xlarge&instances=1");
        assert_close(value(&o, "ri_effective_monthly"), 4960.0 / 8760.0 * 730.0);
        let ri = o.assumptions.iter().find(|a| a.key == Some("ri_upfront")).unwrap();
        assert!(
            matches!(&ri.provenance, calc_core::Provenance::Derived(how) if how.contains("normalized units"))
        );
        // The sheet prices it is scaled from are cited with their date, so the scenario's oldest
        // price (its "prices as of") is the 2021 RI price, not the 2026 On-Demand one.
        let scaled =
            o.assumptions.iter().find(|a| a.label == "Sheet prices they are scaled from, 1-year All Upfront");
        assert_eq!(scaled.unwrap().display, "$1,240 upfront, no hourly charge per instance of db.r6g.large");
        let oldest = o.assumptions.iter().filter_map(|a| a.provenance.as_of()).min().unwrap();
        assert_eq!(oldest.to_string(), "2021-08-03");
    }

    #[test]
    fn every_price_compared_is_shown_and_an_unconfirmed_sheet_price_that_decides_is_named() {
        // Issue 30, item 3. The user types today's 1-year All Upfront price, $1,100 (the console),
        // and leaves the rest. Over 36 months: 1-year RI 3 × 2 × 1,100 = $6,600; the sheet's
        // 3-year All Upfront RI 2 × 2,378 = $4,756 (a 2021 Vantage figure) still wins. Before,
        // only On-Demand and the chosen offer were listed under the assumptions and nothing said
        // a 2021 price decided the answer.
        let o = eval(&CALCULATOR, "ri_upfront=1100");
        assert_eq!(o.verdict.words, "Buy the 3-year All Upfront RI");
        assert_close(value(&o, "chosen_cost"), 6_600.0);
        let rows: Vec<(&str, &str)> =
            o.assumptions.iter().map(|a| (a.label.as_str(), a.display.as_str())).collect();
        for expected in [
            ("RI prices, 1-year All Upfront (your choice)", "$1,100 upfront, no hourly charge per instance"),
            (
                "RI prices, 1-year No Upfront (compared)",
                "$0.17 per instance-hour, no upfront fee per instance",
            ),
            ("RI prices, 3-year All Upfront (compared)", "$2,378 upfront, no hourly charge per instance"),
        ] {
            assert!(rows.contains(&expected), "{expected:?} in {rows:?}");
        }
        let three_year = o.assumptions.iter().find(|a| a.label.starts_with("RI prices, 3-year")).unwrap();
        assert_eq!(three_year.key, Some("ri_3y_all_upfront"));
        assert_eq!(three_year.provenance.as_of().unwrap().to_string(), "2021-08-03");
        let warning =
            o.warnings.iter().find(|w| w.message.starts_with("The answer rests on")).expect("a warning");
        assert!(
            warning.message.contains(
                "3-year All Upfront at $2,378 upfront, no hourly charge (2021-08-03, an old or third-party figure)"
            ),
            "{}",
            warning.message
        );
        assert!(warning.fields.contains(&"ri_3y_all_upfront"));

        // Confirming the 3-year price ($2,600 today: 2 × 2,600 = $5,200, still below $6,600) and
        // On-Demand leaves nothing unconfirmed that decides the answer.
        let o = eval(&CALCULATOR, "ri_upfront=1100&ri_3y_all_upfront=2600&od_hourly=0.26");
        assert_close(value(&o, "plan_cost"), 5_200.0);
        assert!(o.warnings.iter().all(|w| !w.message.starts_with("The answer rests on")), "{:?}", o.warnings);

        // The same offer typed twice with two prices is refused, naming both.
        let e = try_eval(&CALCULATOR, "ri_upfront=1100&ri_1y_all_upfront=1200").unwrap_err();
        assert_eq!(e[0].key, "ri_1y_all_upfront");
        // A Partial Upfront price needs both its parts when the sheet has neither.
        let e = try_eval(&CALCULATOR, "ri_3y_partial_upfront=1000").unwrap_err();
        assert_eq!(e[0].key, "ri_3y_partial_hourly");
        // An offer the sheet lacks is compared once the user prices it: Aurora MySQL.
        let o = eval(&CALCULATOR, "engine=aurora_mysql&ri_upfront=1200&ri_hourly=0&ri_3y_all_upfront=2300");
        assert_eq!(o.verdict.words, "Buy the 3-year All Upfront RI");
        assert_close(value(&o, "plan_cost"), 4_600.0);
    }

    #[test]
    fn the_right_sized_class_takes_the_users_prices_scaled_by_normalized_units() {
        // Today's class db.r6g.2xlarge with the user's 3-year All Upfront price $9,000 (4 units):
        // db.r6g.large (1 unit) gets 9,000 ÷ 4 = $2,250, not the sheet's 2021 $2,378.
        // 2 × 2,250 = $4,500 over 36 months.
        let o = eval(&CALCULATOR, "class=db.r6g.2xlarge&rs_class=db.r6g.large&ri_3y_all_upfront=9000");
        assert_close(value(&o, "plan_cost"), 4_500.0);
        let rs = o
            .assumptions
            .iter()
            .find(|a| a.label == "Right-sized db.r6g.large: RI prices, 3-year All Upfront (compared)");
        assert!(
            matches!(&rs.unwrap().provenance, calc_core::Provenance::Derived(how) if how.contains("your price for db.r6g.2xlarge")),
            "{rs:?}"
        );
    }

    #[test]
    fn database_savings_plans_are_1_year_no_upfront_and_a_custom_class_is_asked_its_generation() {
        // Issue 30, item 6. Two instances of a class the user prices like an r7g: On-Demand
        // $0.276/h, 1-year All Upfront $2,000, a Database Savings Plan at 20 %. Over 36 months:
        //   On-Demand 2 × 0.276 × 730 × 36                      = $14,506.56
        //   1-year All Upfront 3 × 2 × 2,000                    = $12,000
        //   Savings Plan 2 × 0.276 × (1 − 0.20) × 730 = $322.37 a month, 1 year No Upfront renewed
        //   twice: 36 × 322.368                                 = $11,605.25   ← cheapest
        // Before: "not eligible (generation 7+ only)" and "the class you priced does not qualify",
        // and the 1-year RI ($12,000) was recommended. Now the page asks, and once the user says
        // the class is generation 7 or later the plan is compared and wins.
        let q = "class=custom&od_hourly=0.276&ri_upfront=2000&ri_hourly=0&dsp_discount=20";
        let o = eval(&CALCULATOR, q);
        assert_eq!(display(&o, "dsp_monthly"), "is the class you priced generation 7 or later?");
        assert!(o.warnings.iter().any(|w| w.fields.contains(&"custom_gen7")), "{:?}", o.warnings);
        assert!(o.warnings.iter().all(|w| !w.message.contains("does not qualify")));
        assert_eq!(o.verdict.words, "Buy the 1-year All Upfront RI");
        let o = eval(&CALCULATOR, &format!("{q}&custom_gen7=1"));
        assert_eq!(o.verdict.decision.key, "buy_savings_plan");
        assert_eq!(o.verdict.words, "Buy a 1-year Database Savings Plan");
        assert_close(value(&o, "dsp_monthly"), 322.368);
        assert_close(value(&o, "plan_cost"), 36.0 * 322.368);
        // The term rule and the discount ceilings are cited beside the discount.
        let rules: Vec<&str> = o
            .assumptions
            .iter()
            .filter(|a| matches!(a.provenance, calc_core::Provenance::Document(_)))
            .map(|a| a.display.as_str())
            .collect();
        assert!(rules.iter().any(|d| d.contains("1 year, No Upfront only")), "{rules:?}");
        assert!(rules
            .iter()
            .any(|d| d.contains("about 20% on provisioned") && d.contains("35% on serverless")));
        // Only 1-year No Upfront: the plan is bought for 12 months and renewed, never 3 years.
        let f = CALCULATOR.field("dsp_discount").unwrap();
        assert!(f.help.contains("1 year, No Upfront") && f.help.contains("20%") && f.help.contains("35%"));

        // More than about 20 % on a provisioned class is questioned.
        let o = eval(&CALCULATOR, "class=db.r7g.large&ri_upfront=1300&ri_hourly=0&dsp_discount=30");
        assert!(o.warnings.iter().any(|w| w.message.starts_with("30% is more than a Database Savings Plan")));
        // A generation-6 class stays out, said plainly.
        let o = eval(&CALCULATOR, "dsp_discount=20");
        assert_eq!(display(&o, "dsp_monthly"), "not eligible (generation 7+ only)");
    }

    #[test]
    fn refusals_say_what_to_do() {
        // No public Aurora MySQL RI price on the sheet: the user must enter it.
        let e = try_eval(&CALCULATOR, "engine=aurora_mysql").unwrap_err();
        assert_eq!(e[0].key, "ri_upfront");
        assert!(e[0].problem.contains("enter it from the AWS console"), "{}", e[0].problem);
        assert!(try_eval(&CALCULATOR, "engine=aurora_mysql&ri_upfront=1200&ri_hourly=0").is_ok());
        assert_eq!(try_eval(&CALCULATOR, "deployment=multi_az").unwrap_err()[0].key, "deployment");
        assert_eq!(try_eval(&CALCULATOR, "term=3&payment=no").unwrap_err()[0].key, "payment");
    }

    #[test]
    fn the_90_day_rule_comes_first() {
        let o = eval(&CALCULATOR, "days_since_migration=30");
        assert_eq!(o.verdict.decision.key, "do_not_buy_yet");
        assert_eq!(o.verdict.words, "Do not buy yet");
        assert!(o.verdict.facts[0].starts_with("Wait 60 more days"), "{:?}", o.verdict.facts);
    }

    #[test]
    fn golden_scenarios_match() {
        calc_testkit::assert_golden(&CALCULATOR);
    }
}
