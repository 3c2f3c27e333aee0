//! Model invariants over the whole valid input space (the registry checks the generic ones:
//! no NaN, links round-trip).

use aurora_io::model::{compute, standard_bill, AuroraInputs, RI_HOURS};
use aurora_io::CALCULATOR;
use calc_core::{evaluate, Outcome, Value};
use calc_testkit::any_inputs;
use proptest::prelude::*;

/// A value on a grid of `1/scale` inside `[0, max]`, so it round-trips through URL text.
fn grid(max: f64, scale: f64) -> impl Strategy<Value = f64> {
    let top = (max * scale) as u64;
    prop_oneof![
        1 => Just(0.0),
        1 => Just(max),
        8 => (0..=top).prop_map(move |k| k as f64 / scale),
    ]
}

fn model_inputs() -> impl Strategy<Value = AuroraInputs> {
    (
        ((0u32..=16).prop_map(f64::from), any::<bool>()),
        grid(100.0, 1000.0),
        grid(4096.0, 2.0),
        grid(1_000_000.0, 10.0),
        grid(10_000_000.0, 10.0),
        grid(744.0, 10.0),
        grid(66.0, 10.0),
        grid(95.0, 10.0),
        (grid(100.0, 1000.0), grid(100.0, 1000.0), grid(100.0, 1000.0), grid(100.0, 1000.0)),
        (100u32..=200).prop_map(|k| k as f64 / 100.0),
    )
        .prop_map(
            |(
                (instances, buy_extra_ri),
                hourly,
                acu,
                storage_gb,
                io_m,
                hours,
                ri,
                cut,
                (ps, psi, pio, pacu),
                uplift,
            )| {
                AuroraInputs {
                    instances,
                    buy_extra_ri,
                    hourly,
                    acu,
                    storage_gb,
                    io_m,
                    hours,
                    ri_discount_pct: ri,
                    io_reduction_pct: cut,
                    p_storage: ps,
                    p_storage_iopt: psi,
                    p_io: pio,
                    p_acu: pacu,
                    uplift,
                }
            },
        )
}

fn fig(o: &Outcome, key: &str) -> f64 {
    o.figure(key).and_then(|f| f.value).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn shares_are_shares_and_savings_are_differences(inputs in any_inputs(&CALCULATOR)) {
        let o = evaluate(&CALCULATOR, &inputs).expect("valid inputs evaluate");
        let share = fig(&o, "io_share");
        prop_assert!((0.0..=1.0).contains(&share));
        if let Some(s) = o.figure("breakeven_io_share").unwrap().value {
            prop_assert!((0.0..=1.0).contains(&s));
        }
        let (std, iopt, saving) = (fig(&o, "standard_monthly"), fig(&o, "io_optimized_monthly"), fig(&o, "monthly_saving"));
        prop_assert_eq!(saving, std - iopt);
        prop_assert_eq!(fig(&o, "annual_saving"), saving * 12.0);
        // The verdict names the cheaper option and never calls a loss a saving.
        let supported = inputs.choice("engine_version") == "current";
        let key = o.verdict.decision.key;
        let has_compute = key != "no_recommendation";
        if has_compute && supported && saving.abs() >= 0.005 {
            // Switching wins today, unless the planned query fix makes Standard cheaper again:
            // then the decision is the fix, and staying on Standard.
            let (says_switch, says_fix) = (key == "switch", key == "fix_first");
            prop_assert_eq!(says_switch || says_fix, saving > 0.0, "{:?}", o.verdict);
            prop_assert!(says_switch || says_fix || key == "stay", "{:?}", o.verdict);
        }
    }

    #[test]
    fn extra_ris_pay_exactly_when_the_instances_run_more_than_their_discounted_hours(i in model_inputs()) {
        // The uncovered (uplift − 1) share costs hours × price On-Demand, or
        // (1 − discount) × 730 × price as RIs: buying them is cheaper exactly when
        // hours > (1 − discount) × 730.
        prop_assume!(i.ri_discount_pct > 0.0 && i.instances > 0.0 && i.hourly > 0.0 && i.uplift > 1.0);
        let own = compute(&AuroraInputs { buy_extra_ri: false, ..i.clone() });
        let bought = compute(&AuroraInputs { buy_extra_ri: true, ..i.clone() });
        let threshold = (1.0 - i.ri_discount_pct / 100.0) * RI_HOURS;
        if i.hours > threshold + 1e-6 {
            prop_assert!(bought.monthly_saving > own.monthly_saving);
        } else if i.hours < threshold - 1e-6 {
            prop_assert!(bought.monthly_saving < own.monthly_saving);
        }
        // Standard does not depend on the choice.
        prop_assert_eq!(own.standard.total, bought.standard.total);
    }

    #[test]
    fn io_optimized_does_not_depend_on_io_and_standard_never_falls(inputs in any_inputs(&CALCULATOR), io2 in grid(10_000_000.0, 10.0)) {
        let io1 = inputs.num("io_m");
        let other = inputs.clone().with("io_m", Value::Num(io2));
        let (a, b) = (evaluate(&CALCULATOR, &inputs).unwrap(), evaluate(&CALCULATOR, &other).unwrap());
        prop_assert_eq!(fig(&a, "io_optimized_monthly"), fig(&b, "io_optimized_monthly"));
        let (lo, hi) = if io1 <= io2 { (&a, &b) } else { (&b, &a) };
        prop_assert!(fig(lo, "standard_monthly") <= fig(hi, "standard_monthly"));
        // The break-even does not depend on today's I/O either.
        prop_assert_eq!(&a.figure("breakeven_io_m").unwrap().display, &b.figure("breakeven_io_m").unwrap().display);
    }

    #[test]
    fn standard_is_monotone_in_io(i in model_inputs(), x in grid(10_000_000.0, 10.0), y in grid(10_000_000.0, 10.0)) {
        let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
        prop_assert!(standard_bill(&i, lo).total <= standard_bill(&i, hi).total);
        let r = compute(&i);
        prop_assert!(r.standard_low <= r.standard.total && r.standard.total <= r.standard_high);
        prop_assert!(r.saving_low <= r.monthly_saving && r.monthly_saving <= r.saving_high);
        prop_assert!(r.standard_fixed.total <= r.standard.total);
    }

    #[test]
    fn the_two_bills_are_equal_at_the_reported_breakeven(i in model_inputs()) {
        let r = compute(&i);
        if let Some(be) = r.breakeven.io_m() {
            prop_assert!(be >= 0.0 && be.is_finite());
            let at = compute(&AuroraInputs { io_m: be, ..i.clone() });
            prop_assert!((at.standard.total - at.io_optimized.total).abs() < 0.01,
                "Standard {} vs I/O-Optimized {} at {} M", at.standard.total, at.io_optimized.total, be);
            // The exact answer agrees with the break-even: switching wins above it, not below.
            if i.io_m > be * (1.0 + 1e-9) + 1e-9 { prop_assert!(r.monthly_saving > -0.01); }
            if i.io_m < be * (1.0 - 1e-9) - 1e-9 { prop_assert!(r.monthly_saving < 0.01); }
            if let Some(s) = r.breakeven.share() {
                prop_assert!((s - at.io_share).abs() < 1e-9);
            }
        }
    }
}
