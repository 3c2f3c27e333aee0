//! Properties that must hold for every valid input.

mod common;

use ahb::{compute_model, Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::{evaluate, format, Calculator, Inputs, Value};
use proptest::prelude::*;

fn service(i: u8) -> Service {
    [Service::SqlDb, Service::SqlMi, Service::Vm][i as usize % 3]
}
fn tier(i: u8) -> Tier {
    [Tier::Gp, Tier::Bc, Tier::Hs][i as usize % 3]
}
fn edition(i: u8) -> Edition {
    [Edition::Enterprise, Edition::Standard][i as usize % 2]
}
fn acquire(i: u8) -> Acquire {
    [Acquire::Sa, Acquire::LicenseSa, Acquire::Subscription][i as usize % 3]
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
    ) -> AhbInputs {
        AhbInputs {
            service: service(choices.0),
            model: PurchaseModel::VCore,
            tier: tier(choices.1),
            edition: edition(choices.2),
            vcores: vcores as f64,
            instances: instances as f64,
            hours,
            cores_owned: cores_owned as f64,
            acquire: acquire(choices.3),
            li_vcore_hour: base + licence,
            base_vcore_hour: base,
            license_2core,
            sa_pct,
            subscription_2core_year: subscription,
            sa_increase,
            years,
        }
    }
}

proptest! {
    #[test]
    fn more_vcores_never_lower_the_saving(i in typed_inputs(), extra in 0u32..=256) {
        let base = compute_model(&i).monthly_saving;
        let more = compute_model(&AhbInputs { vcores: i.vcores + extra as f64, ..i.clone() }).monthly_saving;
        prop_assert!(more >= base, "{} < {}", more, base);
    }

    #[test]
    fn owning_more_cores_never_delays_breakeven(i in typed_inputs(), extra in 0u32..=64) {
        let at = |r: &ahb::AhbResult| r.flows.breakeven.at.unwrap_or(f64::INFINITY);
        let fewer = compute_model(&i);
        let more = compute_model(&AhbInputs { cores_owned: i.cores_owned + extra as f64, ..i.clone() });
        prop_assert!(at(&more) <= at(&fewer) + 1e-9, "{} > {}", at(&more), at(&fewer));
        prop_assert!(more.flows.net >= fewer.flows.net - 1e-6);
        prop_assert!(more.cores_to_acquire <= fewer.cores_to_acquire);
    }

    #[test]
    fn cores_are_whole_packs_and_cover_the_vcores(i in typed_inputs()) {
        let r = compute_model(&i);
        prop_assert_eq!(r.cores_needed % 2.0, 0.0);
        prop_assert_eq!(r.cores_to_acquire % 2.0, 0.0);
        prop_assert!(r.cores_needed * r.vcores_per_core >= r.licensed_vcores);
        prop_assert!(r.cores_to_acquire + i.cores_owned >= r.cores_needed);
    }
}

/// A valid value for every field, as the form or a URL would give it.
fn any_inputs() -> impl Strategy<Value = Vec<(usize, u64, bool)>> {
    let n = ahb::CALCULATOR.fields().len();
    prop::collection::vec((0usize..1000, any::<u64>(), any::<bool>()), n)
}

fn value_for(field: &calc_core::Field, pick: usize, raw: u64, auto: bool) -> Value {
    use calc_core::FieldKind::*;
    // A position in [0, 1] with the ends (and a few round values) well represented.
    let t = match raw % 8 {
        0 => 0.0,
        1 => 1.0,
        _ => (raw >> 3) as f64 / (u64::MAX >> 3) as f64,
    };
    match &field.kind {
        Choice { options, .. } => Value::Choice(options[pick % options.len()].key.to_string()),
        Toggle { .. } => Value::Bool(auto),
        Integer { min, max, .. } => {
            Value::Num((*min as f64 + ((*max - *min) as f64 * t).round()).min(*max as f64))
        }
        Auto { .. } if auto => Value::Auto,
        Number { min, max, .. } | Price { min, max, .. } | Auto { min, max, .. } => {
            let v = (min + (max - min) * t).clamp(*min, *max);
            // Round-trip through the URL text, as a shared link would.
            field.parse(&format::plain(v)).expect("in range")
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn no_nan_or_infinity_anywhere(picks in any_inputs()) {
        let calc = &ahb::CALCULATOR;
        let mut inputs = Inputs::new();
        for (field, (pick, raw, auto)) in calc.fields().iter().zip(picks) {
            inputs.set(field.key, value_for(field, pick, raw, auto));
        }
        match evaluate(calc, &inputs) {
            Ok(o) => {
                prop_assert!(o.all_finite());
                prop_assert_eq!(o.headlines.len(), 10);
                for f in &o.headlines {
                    prop_assert!(!f.display.contains("NaN") && !f.display.contains("inf"), "{}", f.display);
                }
            }
            // Only the declared cross-field refusals, never "cannot be represented".
            Err(errors) => {
                for e in errors {
                    prop_assert!(["model", "tier", "li_vcore_hour", "base_vcore_hour"].contains(&e.key.as_str()), "{e}");
                }
            }
        }
    }
}
