//! Model invariants over the declared-valid input space.

use calc_core::licensing::sqlserver;
use licensing::model::{compute, Engine, LicInputs, Rates, Tier};
use proptest::prelude::*;

fn inputs(engine: Engine, tier: Tier, vcpus: f64, instances: f64, ht: bool, sa: bool) -> LicInputs {
    LicInputs {
        engine,
        tier,
        vcpus,
        instances,
        hours: 730.0,
        ht,
        sa,
        host_cores: 36.0,
        host_vcpus: 72.0,
        years: 3,
        rates: Rates {
            rds_li: 0.584,
            aws_compute: 0.096,
            host_hour: 3.366,
            azure_vm: 0.048,
            azure_licence_core_month: 274.0,
            oci_li: 0.4301,
            oci_byol: 0.1935,
            licence_price: 7561.5,
            support_pct: 25.0,
            discount_pct: 0.0,
            core_factor: 0.5,
        },
    }
}

proptest! {
    #[test]
    fn more_vcpus_never_need_fewer_licences(v in 1.0f64..64.0, extra in 0.0f64..64.0, n in 1.0f64..10.0) {
        prop_assert!(sqlserver::for_vms(v.ceil() + extra.ceil(), n) >= sqlserver::for_vms(v.ceil(), n));
        for ht in [true, false] {
            for engine in [Engine::SqlServer, Engine::Oracle] {
                let a = compute(&inputs(engine, Tier::Enterprise, v.ceil(), n.ceil(), ht, true));
                let b = compute(&inputs(engine, Tier::Enterprise, v.ceil() + extra.ceil(), n.ceil(), ht, true));
                for (x, y) in a.options.iter().zip(&b.options) {
                    if x.available() && y.available() {
                        prop_assert!(y.licences >= x.licences, "{:?} {} → {}", x.opt, x.licences, y.licences);
                    }
                }
            }
        }
    }

    #[test]
    fn byol_never_costs_less_than_its_compute_and_nothing_is_nan(
        v in 1.0f64..448.0, n in 1.0f64..50.0, ht: bool, sa: bool, oracle: bool
    ) {
        let engine = if oracle { Engine::Oracle } else { Engine::SqlServer };
        let r = compute(&inputs(engine, Tier::Enterprise, v.ceil(), n.ceil(), ht, sa));
        for c in &r.options {
            prop_assert!(c.total.is_finite() && c.licences.is_finite());
            if !c.opt.licence_included() {
                prop_assert!(c.total >= c.compute - 1e-9);
            }
        }
        prop_assert!(r.annual_saving.is_finite() && r.licence_share.is_finite());
        prop_assert!((r.li_annual - r.byol_annual - r.annual_saving).abs() < 1e-6);
    }
}
