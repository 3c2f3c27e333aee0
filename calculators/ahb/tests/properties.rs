//! Model invariants for every valid input (the registry checks the generic ones: no NaN,
//! links round-trip).

use ahb::{compute, Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
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
        let base = compute(&i).monthly_saving;
        let more = compute(&AhbInputs { vcores: i.vcores + extra as f64, ..i.clone() }).monthly_saving;
        prop_assert!(more >= base, "{} < {}", more, base);
    }

    #[test]
    fn owning_more_cores_never_delays_breakeven(i in typed_inputs(), extra in 0u32..=64) {
        let at = |r: &ahb::AhbResult| r.flows.breakeven().at.unwrap_or(f64::INFINITY);
        let fewer = compute(&i);
        let more = compute(&AhbInputs { cores_owned: i.cores_owned + extra as f64, ..i.clone() });
        prop_assert!(at(&more) <= at(&fewer) + 1e-9, "{} > {}", at(&more), at(&fewer));
        prop_assert!(more.flows.net() >= fewer.flows.net() - 1e-6);
        prop_assert!(more.cores_to_acquire <= fewer.cores_to_acquire);
    }

    #[test]
    fn cores_are_whole_packs_and_cover_the_vcores(i in typed_inputs()) {
        let r = compute(&i);
        prop_assert_eq!(r.cores_needed % 2.0, 0.0);
        prop_assert_eq!(r.cores_to_acquire % 2.0, 0.0);
        prop_assert!(r.cores_needed * r.vcores_per_core >= r.licensed_vcores);
        prop_assert!(r.cores_to_acquire + i.cores_owned >= r.cores_needed);
    }
}
