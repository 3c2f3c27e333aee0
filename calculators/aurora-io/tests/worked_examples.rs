//! Worked examples computed by hand. Prices are the sheet's us-east-1 defaults:
//! db.r6g.large $0.26/h, db.r6g.2xlarge $1.038/h, db.r7g.large $0.276/h, Standard storage
//! $0.10/GB-month, I/O-Optimized storage $0.225/GB-month, I/O $0.20 per million,
//! ACU $0.12/ACU-hour, uplift 1.3.

use aurora_io::model::{compute, AuroraInputs, Breakeven};
use aurora_io::{
    class_facts, class_price_key, CALCULATOR, CLASSES, FIELDS, PRICES, PRICE_ACU, PRICE_ACU_IOPT, PRICE_DSP,
    PRICE_UPLIFT,
};
use calc_core::{Calculator, Outcome, Provenance};
use calc_testkit::{assert_close, display, eval, value};

/// `key=value` pairs as a link's query, evaluated as the page would.
fn run(pairs: &[(&str, &str)]) -> Outcome {
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    eval(&CALCULATOR, &query.join("&"))
}

fn preset(key: &str) -> Outcome {
    let preset = CALCULATOR.presets().iter().find(|p| p.key == key).expect("a preset");
    calc_core::evaluate(&CALCULATOR, &preset.inputs(&CALCULATOR).expect("a valid preset")).expect("evaluates")
}

#[test]
fn defaults_two_r6g_large_500_gb_750_million() {
    // Compute            2 × $0.26 × 730 h                 = $379.60
    // Standard storage   500 GB × $0.10                    =  $50.00
    // Standard I/O       750 M × $0.20                     = $150.00
    // Standard total     379.60 + 50 + 150                 = $579.60
    // I/O-Opt compute    379.60 × 1.3                      = $493.48
    // I/O-Opt storage    500 × $0.225                      = $112.50
    // I/O-Opt total      493.48 + 112.50                   = $605.98
    // Saving             579.60 − 605.98                   = −$26.38 (× 12 = −$316.56)
    // I/O share          150 / 579.60                      = 25.88%
    // Premium            0.3 × 379.60 + 0.125 × 500        = 113.88 + 62.50 = $176.38
    // Break-even         176.38 / 0.20                     = 881.9 M requests
    // Break-even share   176.38 / (379.60 + 50 + 176.38)   = 176.38 / 605.98 = 29.11%
    // The 25% rule says switch (25.9% ≥ 25%); the dollars say stay: the two disagree.
    let o = run(&[]);
    assert_close(value(&o, "standard_monthly"), 579.60);
    assert_close(value(&o, "io_optimized_monthly"), 605.98);
    assert_close(value(&o, "monthly_saving"), -26.38);
    assert_close(value(&o, "annual_saving"), -316.56);
    assert_close(value(&o, "io_share"), 150.0 / 579.60);
    assert_close(value(&o, "breakeven_io_m"), 881.9);
    assert_close(value(&o, "breakeven_io_share"), 176.38 / 605.98);
    assert_eq!(display(&o, "standard_monthly"), "$579.60/month");
    assert_eq!(display(&o, "io_optimized_monthly"), "$605.98/month");
    assert_eq!(display(&o, "monthly_saving"), "costs $26.38/month more");
    assert_eq!(display(&o, "annual_saving"), "costs $316.56/year more");
    assert_eq!(display(&o, "io_share"), "25.9%");
    assert_eq!(display(&o, "breakeven_io_m"), "881.9 M requests");
    assert_eq!(display(&o, "breakeven_io_share"), "29.1%");

    // Ranges at I/O ±20% (600 M and 900 M): Standard 379.60 + 50 + 120 = $549.60 and
    // 379.60 + 50 + 180 = $609.60; saving 549.60 − 605.98 = −$56.38 and 609.60 − 605.98 = $3.62.
    let std = o.figure("standard_monthly").unwrap();
    assert_close(std.low.unwrap(), 549.60);
    assert_close(std.high.unwrap(), 609.60);
    let saving = o.figure("monthly_saving").unwrap();
    assert_close(saving.low.unwrap(), -56.38);
    assert_close(saving.high.unwrap(), 3.62);
    let annual = o.figure("annual_saving").unwrap();
    assert_close(annual.low.unwrap(), -56.38 * 12.0);
    assert_close(annual.high.unwrap(), 3.62 * 12.0);
    assert!(saving.range_basis.as_deref().unwrap().contains("20%"));

    // The math shows the user's numbers.
    let math = std.math.as_ref().unwrap();
    assert!(
        math.substituted.starts_with("Compute: On-Demand 2 × $0.26 × 730 h = $379.60."),
        "{}",
        math.substituted
    );
    assert!(math.substituted.ends_with("= $579.60/month."), "{}", math.substituted);
    let be_math = &o.figure("breakeven_io_m").unwrap().math.as_ref().unwrap().substituted;
    assert_eq!(
        be_math,
        "(($493.48 − $379.60) + ($0.225 − $0.10) × 500 GB) ÷ $0.20 = $176.38 ÷ $0.20 = 881.9 M requests/month"
    );

    // The what-if defaults to 0, so the verdict rests on the inputs alone. Issue 37, item 6: the
    // saving card's own range runs from costing $56.38 more (I/O 20% lower, 600 M) to saving
    // $3.62 (I/O 20% higher, 900 M, past the 881.9 M break-even), so a normal month flips the
    // answer: the verdict says it is too close to call and names what to measure, not "Stay".
    assert_eq!(
        (o.verdict.decision.key, o.verdict.words.as_str()),
        ("too_close", "Too close to call: measure a few months of I/O")
    );
    assert_eq!(
        o.verdict.facts,
        [
            "At today's I/O, I/O-Optimized costs $26.38/month more, but a month with 20% less I/O would cost \
             $56.38/month more and one with 20% more would save $3.62/month",
            "Measure the billed I/O of several months (CloudWatch VolumeReadIOPs plus VolumeWriteIOPs): switch \
             only if every month stays above the break-even of 881.9 M requests/month"
        ]
    );
    // Rule-of-thumb disagreement is flagged; the ±20% flip is the verdict itself, not repeated.
    assert!(o.warnings.iter().any(|w| w.message.contains("rule of thumb and the exact comparison disagree")));
    assert!(!o.warnings.iter().any(|w| w.message.contains("swing in I/O flips the answer")));
    // Where the answer changes: below 881.9 ÷ 1.2 = 734.9 M a 20% busier month still stays
    // under the break-even (Stay); from 881.9 ÷ 0.8 = 1,102.4 M a 20% quieter one stays above it
    // (Switch).
    let s = calc_core::sensitivity::of(&CALCULATOR, &calc_testkit::query(&CALCULATOR, ""));
    let io: Vec<(f64, &str)> =
        s.flip_points.iter().filter(|f| f.key == "io_m").map(|f| (f.value, f.to_decision.key)).collect();
    assert_eq!(io, [(734.9, "stay"), (1102.4, "switch")], "{:?}", s.flip_points);
}

#[test]
fn a_clear_month_either_side_of_the_band_names_the_option() {
    // 700 M: 840 M at +20% is still below the 881.9 M break-even, so every month in the range
    // costs more on I/O-Optimized: Stay. 1,200 M: 960 M at −20% is still above it: Switch.
    let stay = run(&[("io_m", "700")]);
    assert_eq!(stay.verdict.decision.key, "stay", "{:?}", stay.verdict);
    assert!(
        stay.verdict.facts.iter().any(|f| f.starts_with("The answer flips at 881.9 M")),
        "{:?}",
        stay.verdict
    );
    let switch = run(&[("io_m", "1200")]);
    assert_eq!(switch.verdict.decision.key, "switch", "{:?}", switch.verdict);
}

#[test]
fn aws_toolkit_offline_example_two_r6g_2xlarge() {
    // The AWS agent toolkit's own worked example (io-optimized-worked-examples.md):
    // Compute            2 × $1.038 × 730 h                = $1,515.48
    // Standard           1,515.48 + 800 × 0.10 + 1,200 × 0.20 = 1,515.48 + 80 + 240 = $1,835.48
    // I/O-Optimized      1,515.48 × 1.3 + 800 × 0.225      = 1,970.124 + 180 = $2,150.124
    // Saving             1,835.48 − 2,150.124              = −$314.644 (toolkit: "+$315/mo")
    // I/O share          240 / 1,835.48                    = 13.08% (toolkit: 13.1%)
    // Premium            0.3 × 1,515.48 + 0.125 × 800      = 454.644 + 100 = $554.644
    // Break-even         554.644 / 0.20                    = 2,773.22 M (toolkit: "~2.5 billion")
    // Break-even share   554.644 / 2,150.124               = 25.80%
    let o = run(&[("class", "db.r6g.2xlarge"), ("instances", "2"), ("storage_gb", "800"), ("io_m", "1200")]);
    assert_close(value(&o, "standard_monthly"), 1835.48);
    assert_close(value(&o, "io_optimized_monthly"), 2150.124);
    assert_close(value(&o, "monthly_saving"), -314.644);
    assert_close(value(&o, "annual_saving"), -314.644 * 12.0);
    assert_close(value(&o, "io_share"), 240.0 / 1835.48);
    assert_close(value(&o, "breakeven_io_m"), 2773.22);
    assert_close(value(&o, "breakeven_io_share"), 554.644 / 2150.124);
    assert_eq!(display(&o, "standard_monthly"), "$1,835/month");
    assert_eq!(display(&o, "io_optimized_monthly"), "$2,150/month");
    // One precision on the cards: with $1,835 beside it, the saving is in whole dollars too.
    assert_eq!(display(&o, "monthly_saving"), "costs $315/month more");
    assert_eq!(display(&o, "annual_saving"), "costs $3,776/year more");
    assert_eq!(display(&o, "io_share"), "13.1%");
    assert_eq!(display(&o, "breakeven_io_m"), "2,773.2 M requests");
    assert_eq!(display(&o, "breakeven_io_share"), "25.8%");
}

#[test]
fn serverless_cluster_eight_acus() {
    // Compute            8 ACU × $0.12 × 730 h             = $700.80
    // Standard           700.80 + 200 × 0.10 + 1,500 × 0.20 = 700.80 + 20 + 300 = $1,020.80
    // I/O-Optimized      700.80 × 1.3 + 200 × 0.225        = 911.04 + 45 = $956.04
    //                    (= 8 × $0.156 × 730 + 45: the sheet's I/O-Optimized ACU price)
    // Saving             1,020.80 − 956.04                 = $64.76 (× 12 = $777.12)
    // I/O share          300 / 1,020.80                    = 29.39%
    // Premium            0.3 × 700.80 + 0.125 × 200        = 210.24 + 25 = $235.24
    // Break-even         235.24 / 0.20                     = 1,176.2 M
    // Break-even share   235.24 / (700.80 + 20 + 235.24)   = 235.24 / 956.04 = 24.61%
    // What-if −30%       1,050 M × 0.20 = 210 → Standard 700.80 + 20 + 210 = $930.80,
    //                    $25.24 below I/O-Optimized: fix the queries first.
    let o = run(&[
        ("instances", "0"),
        ("acu", "8"),
        ("storage_gb", "200"),
        ("io_m", "1500"),
        ("io_reduction", "30"),
    ]);
    assert_close(value(&o, "standard_monthly"), 1020.80);
    assert_close(value(&o, "io_optimized_monthly"), 956.04);
    assert_close(value(&o, "io_optimized_monthly"), 8.0 * 0.156 * 730.0 + 45.0);
    assert_close(value(&o, "monthly_saving"), 64.76);
    assert_close(value(&o, "annual_saving"), 777.12);
    assert_close(value(&o, "io_share"), 300.0 / 1020.80);
    assert_close(value(&o, "breakeven_io_m"), 1176.2);
    assert_close(value(&o, "breakeven_io_share"), 235.24 / 956.04);
    // A saving under $100 keeps its cents, so every card in the view does.
    assert_eq!(display(&o, "standard_monthly"), "$1,020.80/month");
    assert_eq!(display(&o, "io_optimized_monthly"), "$956.04/month");
    assert_eq!(display(&o, "monthly_saving"), "saves $64.76/month");
    assert_eq!(display(&o, "annual_saving"), "saves $777.12/year");
    assert_eq!(display(&o, "io_share"), "29.4%");
    assert_eq!(display(&o, "breakeven_io_m"), "1,176.2 M requests");
    assert_eq!(display(&o, "breakeven_io_share"), "24.6%");
    // Switching saves today, but the fix the user plans makes Standard the cheaper one: the
    // decision is the fix.
    assert_eq!(o.verdict.decision.key, "fix_first");
    assert!(o.verdict.facts[0].starts_with("I/O-Optimized saves $64.76/month"), "{:?}", o.verdict);
    assert_eq!(o.verdict.facts[1], "If fixing the top queries cuts I/O by 30% as you assume, Standard falls to $930.80/month, $25.24/month below I/O-Optimized");
    let total = &o.tables[0].rows[3];
    assert_eq!(total.kind, calc_core::RowKind::Total);
    assert!(matches!(total.cells[3], calc_core::Cell::Num(n) if calc_testkit::close(n, 930.80)));
}

#[test]
fn ri_discount_applies_to_instances_not_acus_and_a_744_hour_month_bills_the_ri_744_hours() {
    // 1 × db.r7g.large covered by a 40% RI, plus 4 ACUs, over a 744-hour (31-day) month. An RI
    // is billed for every hour of its term, so a month the instance runs 744 hours bills the RI
    // for 744 hours too (AWS: a reserved DB instance "bills a discounted hourly rate for every
    // hour within the term"); before, the fee stayed at 730 h and 14 hours were covered free.
    // RI fee (every hour)  1 × $0.276 × (1 − 0.40) × 744 h  = $123.2064 (was $120.888 at 730 h)
    // ACUs (no RI)         4 × $0.12 × 744 h                 = $357.12
    // Standard compute     123.2064 + 357.12                 = $480.3264
    // Standard             480.3264 + 1,000 × 0.10 + 2,000 × 0.20 = $980.3264 (was $978.008)
    // I/O-Optimized: the RI covers 1/1.3 of the instance's units; the other 0.3 is On-Demand:
    //   1 × $0.276 × 0.3 × 744 h = $61.6032; ACUs 357.12 × 1.3 = $464.256
    //   compute 123.2064 + 61.6032 + 464.256 = $649.0656; total 649.0656 + 225 = $874.0656
    // Saving               980.3264 − 874.0656               = $106.2608 (the fee is in both)
    // Premium              874.0656 − (480.3264 + 100)       = $293.7392 → 1,468.696 M
    let o = run(&[
        ("class", "db.r7g.large"),
        ("instances", "1"),
        ("ri_discount", "40"),
        ("acu", "4"),
        ("hours", "744"),
        ("storage_gb", "1000"),
        ("io_m", "2000"),
    ]);
    assert_close(value(&o, "standard_monthly"), 980.3264);
    assert_close(value(&o, "io_optimized_monthly"), 874.0656);
    assert_close(value(&o, "monthly_saving"), 106.2608);
    assert_close(value(&o, "breakeven_io_m"), 1468.696);
    let math = &o.figure("standard_monthly").unwrap().math.as_ref().unwrap().substituted;
    assert!(
        math.starts_with(
            "Compute: RIs 1 × $0.276 × (1 − 40%) × 744 h = $123.21 + 4 ACU × $0.12 × 744 h = $357.12 = $480.33."
        ),
        "{math}"
    );
    let iopt = &o.figure("io_optimized_monthly").unwrap().math.as_ref().unwrap().substituted;
    assert!(iopt.contains("On-Demand 1 × $0.276 × 0.3 not covered by RIs × 744 h = $61.60"), "{iopt}");
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.starts_with("Reserved Instances do not apply to Aurora Serverless v2")));
    // 730 hours or fewer: the average month, 730 h.
    let o = run(&[("class", "db.r7g.large"), ("instances", "1"), ("ri_discount", "40"), ("hours", "720")]);
    assert_close(value(&o, "standard_monthly"), 0.276 * 0.6 * 730.0 + 50.0 + 150.0);
}

#[test]
fn owned_ris_cover_less_of_io_optimized_so_the_default_cluster_stays() {
    // The review's case: defaults with a 40% RI. Standard: RI fee 2 × 0.26 × 0.6 × 730 = $227.76;
    // + 50 + 150 = $427.76. I/O-Optimized with the RIs you own: 227.76 + On-Demand for the
    // uncovered 0.3: 2 × 0.26 × 0.3 × 730 = $113.88 → compute $341.64, + 112.50 = $454.14.
    // Switching costs 454.14 − 427.76 = $26.38/month more (the old model said it saved $19.17).
    let o = run(&[("ri_discount", "40")]);
    assert_close(value(&o, "standard_monthly"), 427.76);
    assert_close(value(&o, "io_optimized_monthly"), 454.14);
    assert_close(value(&o, "monthly_saving"), -26.38);
    // A month with 20% more I/O would save $3.62 (the default cluster's range): too close to call.
    assert_eq!(o.verdict.decision.key, "too_close");
    assert!(o.verdict.facts[0].contains("I/O-Optimized costs $26.38/month more"), "{:?}", o.verdict);
    assert!(
        o.warnings.iter().any(|w| w.message.contains("cover 76.9% of the I/O-Optimized hours")),
        "{:?}",
        o.warnings
    );
}

#[test]
fn extra_ris_are_bought_whole_so_the_review_case_stays_on_standard() {
    // Issue 30, Aurora 1: the review's case, defaults with a 40% RI and "buy the extra RIs".
    // Size flexibility works in normalized units (Aurora User Guide: large = 4, xlarge = 8 …)
    // and an I/O-Optimized instance consumes 1.3× the units of the Standard one (AWS toolkit):
    //   2 × db.r6g.large on I/O-Optimized use 2 × 4 × 1.3 = 10.4 units an hour; the RIs you own
    //   cover 8; the gap is 2.4 units = 0.6 of a db.r6g.large, the smallest r6g AWS sells.
    // Fractions of an RI cannot be bought, so the two ways to cover the gap are:
    //   round down, 0 RIs:  2.4 units × ($0.26 ÷ 4) × 730 h On-Demand   = $113.88
    //   round up, 1 RI:     1 × $0.26 × (1 − 40%) × 730 h (1.6 units idle) = $113.88
    // A tie goes to the plan without a new commitment: On-Demand.
    // I/O-Optimized 227.76 + 113.88 + 112.50 = $454.14; Standard $427.76: switching costs
    // $26.38/month more today, though a month with 20% more I/O would save $3.62: too close to
    // call. Before: 0.6 of an RI ($68.33) gave $408.59 and "switch,
    // saves $19.17/month".
    let o = run(&[("ri_discount", "40"), ("buy_extra_ri", "1")]);
    assert_close(value(&o, "standard_monthly"), 427.76);
    assert_close(value(&o, "io_optimized_monthly"), 454.14);
    assert_close(value(&o, "monthly_saving"), -26.38);
    assert_eq!(o.verdict.decision.key, "too_close", "{:?}", o.verdict);
    assert!(
        o.verdict.facts.iter().any(|f| f.contains("1 more db.r6g.large RI would cost the same")),
        "{:?}",
        o.verdict
    );
    assert!(
        o.warnings.iter().any(|w| w.message.contains("10.4 normalized units an hour where your RIs cover 8")),
        "{:?}",
        o.warnings
    );
    let covers = o.tables.iter().find(|t| t.key == "covers").expect("the covers priced");
    assert_eq!(covers.rows.len(), 2, "{covers:?}");
}

#[test]
fn rounding_up_to_a_whole_ri_wins_when_the_gap_is_most_of_one() {
    // 3 × db.r6g.large, 40% RIs, 1,000 M I/O, "buy the extra RIs":
    // Standard   RIs 3 × 0.26 × 0.6 × 730 = $341.64; + 50 + 1,000 × 0.20 = $591.64
    // Gap        3 × 4 × 0.3 = 3.6 units = 0.9 of a db.r6g.large
    //   round down (0 RIs): 3.6 × 0.065 × 730 On-Demand = $170.82
    //   round up (1 RI):    1 × 0.26 × 0.6 × 730        = $113.88  ← cheaper
    // I/O-Optimized 341.64 + 113.88 + 112.50 = $568.02; saving 591.64 − 568.02 = $23.62.
    // (On-Demand for the gap, $624.96, would lose $33.32; 0.9 of an RI, as before, $556.63.)
    // At 800 M (I/O 20% lower) Standard is 551.64 and the switch would cost $16.38 more: too
    // close to call, and the cover is still named.
    let o = run(&[("instances", "3"), ("ri_discount", "40"), ("buy_extra_ri", "1"), ("io_m", "1000")]);
    assert_close(value(&o, "standard_monthly"), 591.64);
    assert_close(value(&o, "io_optimized_monthly"), 568.02);
    assert_close(value(&o, "monthly_saving"), 23.62);
    assert_eq!(o.verdict.decision.key, "too_close", "{:?}", o.verdict);
    assert!(
        o.verdict.facts.iter().any(|f| f.contains("1 more db.r6g.large RI ($113.88/month")),
        "{:?}",
        o.verdict
    );
    let iopt = &o.figure("io_optimized_monthly").unwrap().math.as_ref().unwrap().substituted;
    assert!(iopt.contains("1 more db.r6g.large RI 1 × $0.26 × (1 − 40%) × 730 h = $113.88"), "{iopt}");
}

#[test]
fn rounding_down_wins_when_the_fraction_left_is_small() {
    // 7 × db.r6g.large, 40% RIs, 3,000 M I/O, "buy the extra RIs":
    // Standard   RIs 7 × 0.26 × 0.6 × 730 = $797.16; + 50 + 600 = $1,447.16
    // Gap        7 × 4 × 0.3 = 8.4 units = 2.1 db.r6g.large
    //   round down (2 RIs): 2 × 0.26 × 0.6 × 730 = $227.76, + 0.4 × 0.065 × 730 = $18.98
    //                       On-Demand                 = $246.74  ← cheaper
    //   round up (3 RIs):   3 × 113.88                = $341.64
    // I/O-Optimized 797.16 + 246.74 + 112.50 = $1,156.40; saving $290.76 (× 12 = $3,489.12).
    // Before: 2.1 RIs ($239.15) gave $1,148.81 and "saves $298.35".
    let o = run(&[("instances", "7"), ("ri_discount", "40"), ("buy_extra_ri", "1"), ("io_m", "3000")]);
    assert_close(value(&o, "io_optimized_monthly"), 1156.40);
    assert_close(value(&o, "monthly_saving"), 290.76);
    assert_eq!(display(&o, "monthly_saving"), "saves $291/month");
    assert_eq!(display(&o, "annual_saving"), "saves $3,489/year");
    let iopt = &o.figure("io_optimized_monthly").unwrap().math.as_ref().unwrap().substituted;
    assert!(
        iopt.contains(
            "2 more db.r6g.large RIs 2 × $0.26 × (1 − 40%) × 730 h = $227.76 + On-Demand 0.4 units × $0.065 × 730 h = $18.98"
        ),
        "{iopt}"
    );
    assert!(o.verdict.facts.iter().any(|f| f.contains("2 more db.r6g.large RIs")), "{:?}", o.verdict);
}

#[test]
fn a_savings_plan_covers_the_rest_of_a_generation_7_cluster() {
    // Issue 30, Aurora 3: 2 × db.r7g.large, 30% RIs, 1,000 M I/O, new commitment allowed. A
    // Database Savings Plan covers generation 7+ classes and discounts the full I/O-Optimized
    // rate (AWS toolkit); the sheet's discount is AWS's "up to ~20%" for provisioned instances.
    // Standard   RIs 2 × 0.276 × 0.7 × 730 = $282.072; + 50 + 200 = $532.072
    // Gap        2 × 4 × 0.3 = 2.4 units = 0.6 of a db.r7g.large ($0.069 a unit-hour)
    //   On-Demand:      2.4 × 0.069 × 730             = $120.888
    //   1 more RI:      1 × 0.276 × 0.7 × 730          = $141.036
    //   Savings Plan:   2.4 × 0.069 × (1 − 20%) = $0.13248/hour × 730 h = $96.7104  ← cheapest
    // I/O-Optimized 282.072 + 96.7104 + 112.50 = $491.2824; saving $40.7896 (× 12 = $489.48).
    // Before: 0.6 of an RI ($84.62) gave $479.19 and "saves $52.88", a purchase AWS does not sell.
    let q = [("class", "db.r7g.large"), ("ri_discount", "30"), ("buy_extra_ri", "1"), ("io_m", "1000")];
    let o = run(&q);
    assert_close(value(&o, "standard_monthly"), 532.072);
    assert_close(value(&o, "io_optimized_monthly"), 491.2824);
    assert_close(value(&o, "monthly_saving"), 40.7896);
    assert_eq!(display(&o, "monthly_saving"), "saves $40.79/month");
    assert_eq!(o.verdict.decision.key, "switch", "{:?}", o.verdict);
    assert!(
        o.verdict
            .facts
            .iter()
            .any(|f| f.contains("a 1-year Database Savings Plan of $0.1325/hour ($96.71/month)")),
        "{:?}",
        o.verdict
    );
    let iopt = &o.figure("io_optimized_monthly").unwrap().math.as_ref().unwrap().substituted;
    assert!(iopt.contains("Database Savings Plan 2.4 units × $0.069 × (1 − 20%) × 730 h = $96.71"), "{iopt}");
    // The discount that decides it is shown, cited and flagged as an "up to" figure.
    let dsp = o.assumptions.iter().find(|a| a.key == Some("dsp_discount")).expect("the DSP discount");
    assert_eq!(dsp.display, "20%");
    assert!(matches!(dsp.provenance, Provenance::Sheet(p) if p.uncertain));
    assert!(o.prices_used().iter().any(|p| p.key == "dsp_discount_provisioned"));
    assert!(o.warnings.iter().any(|w| w.message.contains("up to about 20%")), "{:?}", o.warnings);
    // Every way priced is listed: On-Demand, 1 RI (rounded up) and the Savings Plan.
    let covers = o.tables.iter().find(|t| t.key == "covers").expect("the covers priced");
    assert_eq!(covers.rows.len(), 3, "{covers:?}");

    // A typed discount of 0 leaves the Savings Plan out: On-Demand ($120.888) is then cheapest.
    let o = run(&[q.as_slice(), &[("dsp_discount", "0")]].concat());
    assert_close(value(&o, "io_optimized_monthly"), 282.072 + 120.888 + 112.5);
    assert!(o.assumptions.iter().all(|a| a.key != Some("dsp_discount")));
}

#[test]
fn whole_ris_first_then_a_savings_plan_for_the_fraction() {
    // 7 × db.r7g.large, 30% RIs, 1,000 M I/O: the gap is 7 × 4 × 0.3 = 8.4 units = 2.1 RIs.
    // RIs (30% off) beat the Savings Plan (20% off), so whole RIs cover what they can and the
    // plan the fraction (AWS applies RIs first, then Savings Plans):
    //   2 RIs:         2 × 0.276 × 0.7 × 730              = $282.072
    //   0.4 units:     0.4 × 0.069 × 0.8 = $0.02208/hour × 730 = $16.1184
    //   total                                             = $298.1904
    // Against: all On-Demand 8.4 × 0.069 × 730 = $423.108; 2 RIs + On-Demand $302.22;
    // all Savings Plan $338.4864; 3 RIs $423.108.
    // Standard 7 × 0.276 × 0.7 × 730 = $987.252 + 250 = $1,237.252; I/O-Optimized
    // 987.252 + 298.1904 + 112.50 = $1,397.9424: stay, switching costs $160.69/month more.
    let o = run(&[
        ("class", "db.r7g.large"),
        ("instances", "7"),
        ("ri_discount", "30"),
        ("buy_extra_ri", "1"),
        ("io_m", "1000"),
    ]);
    assert_close(value(&o, "io_optimized_monthly"), 1397.9424);
    assert_close(value(&o, "monthly_saving"), 1237.252 - 1397.9424);
    assert_eq!(o.verdict.decision.key, "stay");
    let covers = o.tables.iter().find(|t| t.key == "covers").expect("the covers priced");
    assert_eq!(covers.rows.len(), 5, "{covers:?}");
    assert!(
        o.verdict
            .facts
            .iter()
            .any(|f| f.contains("2 more db.r7g.large RIs and a 1-year Database Savings Plan")),
        "{:?}",
        o.verdict
    );
}

#[test]
fn no_savings_plan_for_r6g_or_t4g() {
    // Database Savings Plans cover generation 7 and later, not db.r6g or burstable db.t4g:
    // only On-Demand and whole RIs are priced, and the page says why.
    for class in ["db.r6g.xlarge", "db.t4g.medium"] {
        let o = run(&[("class", class), ("ri_discount", "30"), ("buy_extra_ri", "1")]);
        let covers = o.tables.iter().find(|t| t.key == "covers").expect("the covers priced");
        assert!(
            covers.rows.iter().all(|r| !format!("{:?}", r.cells[0]).contains("Savings Plan")),
            "{covers:?}"
        );
        assert!(o.assumptions.iter().all(|a| a.key != Some("dsp_discount")), "{class}");
        assert!(
            o.warnings.iter().any(|w| w.message.contains("Database Savings Plan does not cover")),
            "{class}: {:?}",
            o.warnings
        );
    }
    // db.t4g.medium is 2 units and the smallest t4g: 1 instance's gap is 0.6 units = 0.3 RI.
    // 30% RIs: On-Demand 0.6 × 0.0365 × 730 = $15.987; 1 RI 0.073 × 0.7 × 730 = $37.303.
    let o =
        run(&[("class", "db.t4g.medium"), ("instances", "1"), ("ri_discount", "30"), ("buy_extra_ri", "1")]);
    assert_close(value(&o, "io_optimized_monthly"), 0.073 * 0.7 * 730.0 + 15.987 + 112.5);
}

#[test]
fn no_saving_card_when_there_is_no_recommendation() {
    // Issue 30, Aurora 2: no instances and no ACUs: Standard is 500 × 0.10 + 750 × 0.20 = $200
    // and I/O-Optimized 500 × 0.225 = $112.50, but with no compute there is no recommendation,
    // so no card may read "saves": before, "saves $87.50/month" and "saves $1,050.00/year".
    let o = run(&[("instances", "0")]);
    assert_eq!(o.verdict.decision.key, "no_recommendation");
    assert_close(value(&o, "standard_monthly"), 200.0);
    assert_close(value(&o, "io_optimized_monthly"), 112.5);
    for key in ["monthly_saving", "annual_saving", "breakeven_io_m", "breakeven_io_share"] {
        let f = o.figure(key).unwrap();
        assert_eq!(f.value, None, "{key}: {f:?}");
        assert!(!f.display.contains("saves") && f.display.starts_with("no recommendation"), "{key}: {f:?}");
    }
    // 0 hours is the same: nothing runs.
    let o = run(&[("hours", "0")]);
    assert_eq!(o.verdict.decision.key, "no_recommendation");
    assert_eq!(o.figure("monthly_saving").unwrap().value, None);
}

#[test]
fn the_ri_fee_is_owed_every_hour_and_only_on_demand_hours_scale() {
    // 365 hours with a 40% RI: Standard instances still 2 × 0.26 × 0.6 × 730 = $227.76.
    // On-Demand, the same cluster for 365 h: 2 × 0.26 × 365 = $189.80.
    let ri = run(&[("hours", "365"), ("ri_discount", "40")]);
    let od = run(&[("hours", "365")]);
    assert_close(value(&ri, "standard_monthly"), 227.76 + 50.0 + 150.0);
    assert_close(value(&od, "standard_monthly"), 189.80 + 50.0 + 150.0);
    assert!(ri.warnings.iter().any(|w| w.message.contains("owed for all 730 hours")));
}

#[test]
fn no_compute_no_recommendation_and_old_engines_are_told_to_upgrade() {
    let o = run(&[("instances", "0")]);
    assert_eq!(o.verdict.decision.key, "no_recommendation", "{:?}", o.verdict);
    let o = run(&[("engine_version", "older"), ("io_m", "5000")]);
    assert_eq!(o.verdict.decision.key, "upgrade_first");
    assert_eq!(o.verdict.facts[0], "This engine version cannot use I/O-Optimized");
    assert!(o.warnings.iter().any(|w| w.fields.contains(&"engine_version")));
}

#[test]
fn the_what_if_stays_out_of_the_verdict_unless_assumed() {
    // Default io_reduction is 0: no "fix the queries" in the verdict or the table.
    let o = run(&[("io_m", "5000")]);
    assert!(!o.verdict.sentence().contains("queries"), "{:?}", o.verdict);
    assert_eq!(o.tables[0].columns.len(), 3);
}

#[test]
fn hourly_override_replaces_the_class_price() {
    // 2 × $0.30 × 730 = $438 compute; Standard 438 + 50 + 150 = $638; I/O-Opt 569.40 + 112.50 = $681.90.
    let o = run(&[("hourly", "0.30")]);
    assert_close(value(&o, "standard_monthly"), 638.0);
    assert_close(value(&o, "io_optimized_monthly"), 681.9);
    let a = o.assumptions.iter().find(|a| a.key == Some("hourly")).unwrap();
    assert!(a.overridden);
    assert_eq!((a.label.as_str(), &a.provenance), ("Price per instance-hour, Standard", &Provenance::Input));
}

#[test]
fn a_typed_acu_price_makes_the_io_optimized_acu_price_a_derivation() {
    // $0.13 × 1.3 = $0.169: no longer the sheet's $0.156, so it cites no sheet price.
    let o = run(&[("p_acu", "0.13"), ("acu", "2")]);
    let acu = o.assumptions.iter().find(|a| a.label.contains("ACU-hour, I/O-Optimized")).unwrap();
    assert_eq!(acu.display, "$0.169 per ACU-hour");
    assert_eq!(acu.provenance, Provenance::Derived("price per ACU-hour × uplift".into()));
    assert!(acu.overridden && acu.key.is_none());
}

#[test]
fn no_io_price_means_no_breakeven() {
    // p_io = 0: Standard = 379.60 + 50 = $429.60 whatever the I/O; I/O-Opt $605.98.
    let o = run(&[("p_io", "0")]);
    assert_close(value(&o, "standard_monthly"), 429.60);
    assert_close(value(&o, "monthly_saving"), -176.38);
    assert_close(value(&o, "io_share"), 0.0);
    let be = o.figure("breakeven_io_m").unwrap();
    assert_eq!((be.value, be.display.as_str()), (None, "no I/O charge"));
    let bs = o.figure("breakeven_io_share").unwrap();
    assert_eq!((bs.value, bs.display.as_str()), (None, "no I/O charge"));
    assert!(
        o.verdict.facts.iter().any(|f| f.starts_with("With no I/O charge on Standard")),
        "{:?}",
        o.verdict
    );
}

#[test]
fn cheaper_io_optimized_storage_means_always_cheaper() {
    // uplift 1, I/O-Opt storage $0.05 < $0.10: premium = 0 × 379.60 + (0.05 − 0.10) × 500 = −$25.
    let o = run(&[("iopt_uplift", "1"), ("p_storage_iopt", "0.05")]);
    assert_close(value(&o, "monthly_saving"), 579.60 - (379.60 + 25.0));
    assert_eq!(display(&o, "breakeven_io_m"), "none: I/O-Optimized is always cheaper");
    assert!(o.verdict.sentence().contains("cheaper at any I/O volume"), "{:?}", o.verdict);
}

#[test]
fn the_pure_model_matches_the_outcome() {
    let i = AuroraInputs {
        instances: 2.0,
        hourly: 0.26,
        acu: 0.0,
        storage_gb: 500.0,
        io_m: 750.0,
        hours: 730.0,
        ri_discount_pct: 0.0,
        buy_extra_ri: false,
        units: 4.0,
        smallest_units: 4.0,
        dsp_eligible: false,
        dsp_discount_pct: 20.0,
        io_reduction_pct: 20.0,
        p_storage: 0.10,
        p_storage_iopt: 0.225,
        p_io: 0.20,
        p_acu: 0.12,
        uplift: 1.3,
    };
    let r = compute(&i);
    assert_close(r.standard.total, 579.60);
    assert_close(r.io_optimized.total, 605.98);
    assert_close(r.standard_fixed.total, 549.60);
    assert_close(r.io_fixed_m, 600.0);
    assert_close(r.premium, 176.38);
    assert!(matches!(r.breakeven, Breakeven::At { io_m, .. } if (io_m - 881.9).abs() < 1e-9));
    assert!(!r.switch_wins() && r.heuristic_says_switch());
    assert_close(r.io_to_compute.unwrap(), 150.0 / 379.60);
}

#[test]
fn near_breakeven_is_too_close_to_call() {
    // Break-even 881.9 M; 850 M is 3.6% below it: the verdict says it is too close to call
    // (a month with 20% more I/O, 1,020 M, saves), so no warning repeats it.
    let o = run(&[("io_m", "850")]);
    assert_eq!(o.verdict.decision.key, "too_close", "{:?}", o.verdict);
    assert!(!o.warnings.iter().any(|w| w.message.contains("within 10% of the break-even")));
}

#[test]
fn every_class_has_a_price() {
    for class in CLASSES {
        let p = PRICES.get(&class_price_key(class.key));
        assert!(p.value > 0.0 && p.unit == "USD/hour");
    }
    assert_eq!(class_price_key("db.r6g.large"), "class_db_r6g_large");
    // Every class has its normalized units, its family's smallest class and whether a
    // Database Savings Plan covers it (Aurora User Guide; AWS toolkit).
    for class in CLASSES {
        let f = class_facts(class.key).unwrap_or_else(|| panic!("{} has no size facts", class.key));
        assert!(f.units >= f.smallest_units && f.smallest_units > 0.0, "{}", class.key);
        assert_eq!(f.dsp_eligible, class.key.starts_with("db.r7g"), "{}", class.key);
    }
    let large = class_facts("db.r6g.xlarge").unwrap();
    assert_eq!((large.units, large.smallest, large.smallest_units), (8.0, "db.r6g.large", 4.0));
    let t = class_facts("db.t4g.medium").unwrap();
    assert_eq!((t.units, t.smallest, t.dsp_eligible), (2.0, "db.t4g.medium", false));
    let dsp = PRICES.get(PRICE_DSP);
    assert!(dsp.uncertain && dsp.value == 20.0 && dsp.unit == "%");
    assert_close(PRICES.value("class_db_r6g_large"), 0.26);
}

#[test]
fn io_optimized_acu_price_is_acu_price_times_uplift() {
    // 0.12 × 1.3 = 0.156: the model's derivation matches the published I/O-Optimized ACU price.
    assert_close(PRICES.value(PRICE_ACU) * PRICES.value(PRICE_UPLIFT), PRICES.value(PRICE_ACU_IOPT));
    let o = run(&[("acu", "2")]);
    let acu = o.assumptions.iter().find(|a| a.label.contains("ACU-hour, I/O-Optimized")).unwrap();
    assert_eq!(acu.provenance, Provenance::Sheets(vec![PRICES.get(PRICE_ACU), PRICES.get(PRICE_UPLIFT)]));
    assert!(!acu.overridden && acu.provenance.as_of() == Some(calc_core::Date::ymd(2026, 3, 28)), "{acu:?}");
    assert_eq!(acu.display, "$0.156 per ACU-hour");
}

#[test]
fn oltp_preset_io_optimized_wins() {
    // 2 × $0.519 × 730 = $757.74; Standard 757.74 + 30 + 1,000 = $1,787.74;
    // I/O-Opt 985.062 + 67.50 = $1,052.562; saving $735.178.
    let o = preset("oltp-read-heavy");
    assert_close(value(&o, "monthly_saving"), 735.178);
    assert_eq!(o.verdict.decision.key, "switch", "{:?}", o.verdict);
}

#[test]
fn archive_preset_standard_wins() {
    // 1 × $0.26 × 730 = $189.80; Standard 189.80 + 2,000 + 60 = $2,249.80;
    // I/O-Opt 246.74 + 4,500 = $4,746.74; saving −$2,496.94.
    let o = preset("storage-heavy-archive");
    assert_close(value(&o, "monthly_saving"), -2496.94);
    assert_eq!(o.verdict.decision.key, "stay", "{:?}", o.verdict);
}

#[test]
fn serverless_preset_has_no_instances() {
    let o = preset("serverless");
    assert_close(value(&o, "io_optimized_monthly"), 956.04);
    assert_eq!(o.verdict.decision.key, "fix_first", "{:?}", o.verdict);
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}

#[test]
fn url_keys_units_and_sources_are_the_public_interface() {
    // Renaming a key needs a link migration; unit keys are in the JSON of `cost eval --json`.
    let fields: Vec<String> = FIELDS.iter().map(|f| format!("{}:{}", f.key, f.unit.key)).collect();
    assert_eq!(
        fields.join(", "),
        "engine:, engine_version:, class:, instances:count, hourly:USD/hour, acu:ACU, hours:hours/month, \
         ri_discount:%, buy_extra_ri:, storage_gb:GB, io_m:million requests/month, io_reduction:%, \
         p_storage:USD/GB-month, p_storage_iopt:USD/GB-month, p_io:USD/million requests, p_acu:USD/ACU-hour, \
         iopt_uplift:x, dsp_discount:%"
    );
    let units: Vec<&str> = run(&[]).headlines.iter().map(|f| f.unit.key).collect();
    let want =
        ["USD/month", "USD/month", "USD/month", "USD/year", "share", "million requests/month", "share"];
    assert_eq!(units, want);
    const TK: &str = "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/database-skills/amazon-aurora-postgresql/";
    assert!(
        PRICES.entries.iter().all(|p| p.source.starts_with(TK)),
        "every default price is from the pinned toolkit snapshot"
    );
}

#[test]
fn static_caveats_are_stated_once_not_as_warnings() {
    let caveats = CALCULATOR.meta().caveats;
    assert!(caveats[0].contains("once every 30 days") && caveats[1].contains("Global Database"));
    let o = run(&[("ri_discount", "30"), ("storage_gb", "200000"), ("io_m", "850")]);
    assert!(o.warnings.iter().all(|w| !caveats.contains(&w.message.as_str()) && !w.fields.is_empty()));
}

#[test]
fn prices_as_of_is_the_oldest_price_this_scenario_uses() {
    // Issue 30, everywhere: the PDF's "Prices as of" is the oldest price the scenario used
    // (`Outcome::prices_as_of`, from the prices its assumptions cite). An instance cluster uses
    // the class price of 2026-03-28; with no compute only storage and I/O prices (2026-06-15)
    // are used, so the instance and ACU prices are not cited. Before, every scenario cited the
    // class and ACU prices and read 2026-03-28.
    let date = |q: &[(&str, &str)]| run(q).prices_as_of();
    assert_eq!(date(&[]), Some(calc_core::Date::ymd(2026, 3, 28)));
    assert_eq!(date(&[("instances", "0")]), Some(calc_core::Date::ymd(2026, 6, 15)));
    let o = run(&[("instances", "0")]);
    assert!(o.prices_used().iter().all(|p| !p.key.starts_with("class_") && !p.key.starts_with("acu")));
    // A serverless cluster uses the ACU prices, not the instance price.
    let o = run(&[("instances", "0"), ("acu", "8")]);
    assert!(o.prices_used().iter().any(|p| p.key == "acu_standard"));
    assert!(o.prices_used().iter().all(|p| !p.key.starts_with("class_")));
    // Typed prices for everything a scenario uses leave no sheet date to report.
    let all_typed = [("instances", "0"), ("p_storage", "0.11"), ("p_storage_iopt", "0.24"), ("p_io", "0.21")];
    assert_eq!(date(&all_typed), None);
    // The note says the same date.
    let o = run(&[("instances", "0")]);
    assert!(
        o.notes.iter().any(|n| n.contains("the oldest this answer uses is from 2026-06-15")),
        "{:?}",
        o.notes
    );
}
