//! Model invariants over valid inputs (the registry checks the generic ones: no NaN, links).

use calc_core::evaluate;
use calc_testkit::any_inputs;
use oracle_pg::model::{compute, processor_licences_on_servers, Edition, OraInputs, Platform};
use oracle_pg::CALCULATOR;
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
        renewal_month in 1u32..=12,
    ) -> OraInputs {
        OraInputs {
            licences: f64::from(licences),
            list_price: list,
            options,
            discount_pct: discount,
            support_pct: 22.0,
            annual_support: None,
            licence_included: false,
            renewal_month,
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

    #[test]
    fn a_later_renewal_month_never_raises_the_cost_of_moving(i in model_inputs(), later in 0u32..=11) {
        // Moving pays the renewals that fall inside the overlap; a later first renewal leaves
        // fewer (never more) of them inside it, and the k-th renewal's amount does not depend on
        // the month.
        let month = (i.renewal_month + later).min(12);
        let base = compute(&i);
        let moved = compute(&OraInputs { renewal_month: month, ..i.clone() });
        prop_assert!(moved.move_total <= base.move_total + 1e-6 * (1.0 + base.move_total));
    }

    #[test]
    fn the_recommended_plan_is_never_dearer_over_the_horizon(inputs in any_inputs(&CALCULATOR)) {
        // The verdict recommends moving only when moving costs less than staying over the
        // user's horizon, and staying only when it costs no more.
        if let Ok(o) = evaluate(&CALCULATOR, &inputs) {
            prop_assert!(o.all_finite());
            for t in std::iter::once(&o.verdict.words).chain(&o.verdict.facts).chain(o.headlines.iter().map(|f| &f.display)) {
                prop_assert!(!t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "NaN" || w == "inf"), "{t}");
                prop_assert!(o.verdict.words.split_whitespace().count() <= 10, "{}", o.verdict.words);
            }
            let stay = o.figure("stay_total").and_then(|f| f.value).unwrap();
            let moved = o.figure("move_total").and_then(|f| f.value).unwrap();
            let tolerance = 1e-6 * (1.0 + stay.abs() + moved.abs());
            match o.verdict.decision.key {
                "move" | "move_if_payback_acceptable" => prop_assert!(moved < stay + tolerance, "{:?}", o.verdict),
                "stay" | "stay_pays_back_later" => prop_assert!(stay <= moved + tolerance, "{:?}", o.verdict),
                other => prop_assert!(false, "undeclared decision {other}"),
            }
            // Never a loss called a saving.
            if moved > stay + tolerance {
                prop_assert!(!o.verdict.sentence().contains("saves $-"), "{:?}", o.verdict);
                prop_assert!(!o.verdict.sentence().contains("It saves"), "{:?}", o.verdict);
            }
            prop_assert!(!o.verdict.sentence().contains("saves -$"), "{:?}", o.verdict);
        }
    }

    #[test]
    fn more_servers_never_lower_an_se2_licence_count(
        size in 1u32..=8,
        servers in 1u32..=200,
        more in 1u32..=50,
        split in 2u32..=4,
        cloud in any::<bool>(),
    ) {
        // (a) More servers or instances of the same size never need fewer licences; (b) splitting
        // each server or instance into smaller ones never needs fewer; (c) spreading the same
        // total over several instances never needs fewer than the estate counted as one. (The
        // same total over more servers of *other* sizes can need fewer: four 6-vCPU instances are
        // 8 sockets, six 4-vCPU instances 6; see the worked example.)
        let platform = if cloud { Platform::Aws } else { Platform::OnPrem };
        let size = if cloud { f64::from(size) } else { f64::from(size.min(2)) };
        let count = |cpus: f64, n: f64| {
            processor_licences_on_servers(Edition::StandardTwo, platform, cpus, n, true, 0.5)
        };
        let n = f64::from(servers);
        let base = count(size * n, n).expect("within the limits");
        let bigger = count(size * (n + f64::from(more)), n + f64::from(more)).expect("within the limits");
        prop_assert!(bigger >= base);
        let k = f64::from(split);
        if size * n >= k * n {
            let finer = count(size * n, k * n).expect("smaller servers stay within the limits");
            prop_assert!(finer >= base, "{} over {} → {}, over {} → {}", size * n, n, base, k * n, finer);
        }
        let one = if cloud { (size * n / 4.0).ceil() } else { size * n };
        let at_least_one_each = if cloud { n } else { 0.0 };
        prop_assert!(base >= one && base >= at_least_one_each);
    }
}
