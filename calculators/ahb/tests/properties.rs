//! Model invariants for every valid input (the registry checks the generic ones: no NaN,
//! links round-trip).

use ahb::model::compute;
use ahb::{Acquire, AhbInputs, AhbResult, Edition, PurchaseModel, Service, Tier};
use calc_core::ChoiceEnum;
use proptest::prelude::*;

/// Any option of a choice.
fn option<C: ChoiceEnum>(pick: u8) -> C {
    C::ALL[pick as usize % C::ALL.len()]
}

prop_compose! {
    fn typed_inputs()(
        choices in (0u8..3, 0u8..3, 0u8..2, 0u8..3),
        vcores in 1u32..=512,
        instances in 1u32..=50,
        hours in 1.0f64..=744.0,
        cores_owned in 0u32..=400,
        base in 0.0f64..=2.0,
        licence in 0.0f64..=2.0,
        license_2core in 0.0f64..=50_000.0,
        sa_pct in 0.0f64..=100.0,
        subscription in 0.0f64..=20_000.0,
        sa_increase in 0.0f64..=50.0,
        years in 1u32..=10,
        sa_renewed_anyway in any::<bool>(),
    ) -> AhbInputs {
        AhbInputs {
            service: option::<Service>(choices.0),
            model: PurchaseModel::VCore,
            tier: option::<Tier>(choices.1),
            edition: option::<Edition>(choices.2),
            vcores: vcores as f64,
            instances: instances as f64,
            hours,
            cores_owned: cores_owned as f64,
            acquire: option::<Acquire>(choices.3),
            li_vcore_hour: base + licence,
            base_vcore_hour: base,
            license_2core,
            sa_pct,
            subscription_2core_year: subscription,
            sa_increase,
            years,
            sa_renewed_anyway,
            start: calc_core::Date::ymd(2026, 12, 1),
        }
    }
}

proptest! {
    #[test]
    fn more_vcores_never_lower_the_saving(i in typed_inputs(), extra in 0u32..=256) {
        let base = compute(&i).monthly_saving;
        let more = compute(&AhbInputs { vcores: i.vcores + extra as f64, ..i.clone() }).monthly_saving;
        prop_assert!(more >= base, "{} < {}", more, base);
    }

    #[test]
    fn owning_more_cores_whose_sa_is_paid_anyway_never_delays_breakeven(i in typed_inputs(), extra in 0u32..=64) {
        // Owned cores cost nothing only when their SA would be renewed anyway; otherwise their
        // SA renewal can cost more than a cheap subscription, and then owning more can cost more.
        let i = AhbInputs { sa_renewed_anyway: true, ..i };
        let at = |r: &AhbResult| r.long_run.breakeven().at.unwrap_or(f64::INFINITY);
        let fewer = compute(&i);
        let more = compute(&AhbInputs { cores_owned: i.cores_owned + extra as f64, ..i.clone() });
        prop_assert!(at(&more) <= at(&fewer) + 1e-9, "{} > {}", at(&more), at(&fewer));
        prop_assert!(more.flows.net() >= fewer.flows.net() - 1e-6);
        prop_assert!(more.cores_to_acquire <= fewer.cores_to_acquire);
    }

    #[test]
    fn only_the_purchase_rounds_to_packs(i in typed_inputs()) {
        let r = compute(&i);
        prop_assert_eq!(r.cores_needed.fract(), 0.0);
        prop_assert!(r.cores_needed * r.vcores_per_core >= r.licensed_vcores - 1e-9);
        prop_assert!((r.cores_needed - 1.0) * r.vcores_per_core < r.licensed_vcores);
        prop_assert_eq!(r.cores_to_acquire % 2.0, 0.0);
        let short = (r.cores_needed - i.cores_owned).max(0.0);
        prop_assert!(r.cores_to_acquire >= short && r.cores_to_acquire - short <= 1.0);
    }

    #[test]
    fn breakeven_does_not_move_with_the_horizon(i in typed_inputs(), other in 1u32..=10) {
        let a = compute(&i);
        let b = compute(&AhbInputs { years: other, ..i.clone() });
        prop_assert_eq!(a.long_run.breakeven().at, b.long_run.breakeven().at);
        prop_assert_eq!(a.long_run.first_payback(), b.long_run.first_payback());
    }

    #[test]
    fn a_higher_renewal_increase_never_brings_breakeven_earlier(i in typed_inputs(), more in 0.0f64..=50.0) {
        let at = |r: &AhbResult| r.long_run.breakeven().at.unwrap_or(f64::INFINITY);
        let low = compute(&i);
        let high = compute(&AhbInputs { sa_increase: (i.sa_increase + more).min(50.0), ..i.clone() });
        prop_assert!(at(&high) >= at(&low) - 1e-9);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_verdict_follows_the_net_and_never_calls_a_loss_a_saving(
        inputs in calc_testkit::any_inputs(&ahb::CALCULATOR)
    ) {
        let Ok(o) = calc_core::evaluate(&ahb::CALCULATOR, &inputs) else { return Ok(()) };
        // Every outcome speaks in the declared words: all the headlines in order, a declared decision.
        let listed: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
        let declared: Vec<&str> = ahb::CALCULATOR.headlines.iter().map(|h| h.key).collect();
        prop_assert_eq!(listed, declared);
        prop_assert!(ahb::CALCULATOR.decisions.contains(&o.verdict.decision), "{:?}", o.verdict);
        let Some(net) = o.figure("horizon_saving").and_then(|f| f.value) else { return Ok(()) };
        if net <= 0.0 {
            prop_assert!(
                o.verdict.decision.key != "use_ahb" && !o.verdict.sentence().contains("net saving"),
                "{:?}",
                o.verdict
            );
        } else if o.figure("monthly_saving").and_then(|f| f.value).unwrap_or(0.0) > 0.0 {
            prop_assert_eq!(o.verdict.decision.key, "use_ahb", "{:?}", o.verdict);
        }
    }
}
