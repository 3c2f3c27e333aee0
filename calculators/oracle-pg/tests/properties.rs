//! Model invariants over valid inputs (the registry checks the generic ones: no NaN, links).

use oracle_pg::model::{compute, OraInputs};
use proptest::prelude::*;

prop_compose! {
    fn model_inputs()(
        licences in 1u32..=256,
        list in 0.0f64..=100_000.0,
        options in 0.0f64..=50_000.0,
        discount in 0.0f64..=90.0,
        uplift in 0.0f64..=30.0,
        infra in 0.0f64..=50_000.0,
        target in 0.0f64..=50_000.0,
        items in 0.0f64..=2_000.0,
        hours in 0.0f64..=100.0,
        rate in 0.0f64..=300.0,
        other in 0.0f64..=1e6,
        overlap in 0u32..=36,
        years in 3u32..=10,
        discount_rate in 0.0f64..=30.0,
    ) -> OraInputs {
        OraInputs {
            licences: f64::from(licences),
            list_price: list,
            options,
            discount_pct: discount,
            support_pct: 22.0,
            annual_support: None,
            uplift_pct: uplift,
            oracle_infra_monthly: infra,
            target_monthly: target,
            red_items: items,
            hours_per_item: hours,
            hourly_rate: rate,
            other_one_time: other,
            overlap_months: f64::from(overlap),
            years,
            discount_rate_pct: discount_rate,
        }
    }
}

proptest! {
    #[test]
    fn more_hours_per_item_never_bring_payback_earlier(i in model_inputs(), extra in 0.0f64..=100.0) {
        let at = |p: Option<usize>| p.unwrap_or(usize::MAX);
        let base = compute(&i);
        let more = compute(&OraInputs { hours_per_item: i.hours_per_item + extra, ..i.clone() });
        prop_assert!(at(more.payback_month) >= at(base.payback_month));
        prop_assert!(more.saving <= base.saving + 1e-6);
    }

    #[test]
    fn a_higher_uplift_never_lowers_the_saving(i in model_inputs(), extra in 0.0f64..=20.0) {
        let base = compute(&i);
        let more = compute(&OraInputs { uplift_pct: i.uplift_pct + extra, ..i.clone() });
        prop_assert!(more.saving >= base.saving - 1e-6 * (1.0 + base.saving.abs()));
    }

    #[test]
    fn totals_add_up_and_nothing_is_nan(i in model_inputs()) {
        let r = compute(&i);
        prop_assert!((r.saving - (r.stay_total - r.move_total)).abs() <= 1e-6 * (1.0 + r.stay_total));
        let sum: f64 = r.years.iter().map(|y| y.saving).sum();
        prop_assert!((sum - r.saving).abs() <= 1e-6 * (1.0 + r.stay_total.abs() + r.move_total.abs()));
        prop_assert!(r.stay_total.is_finite() && r.move_total.is_finite());
        prop_assert!(r.npv.is_none_or(f64::is_finite));
    }
}
