use calc_core::finance::*;
use proptest::prelude::*;

fn flows() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-1e9..1e9f64, 0..120)
}

proptest! {
    #[test]
    fn npv_is_finite_or_none_and_zero_rate_is_the_sum(f in flows(), rate in -0.99..10.0f64) {
        if let Some(v) = npv(rate, &f) {
            prop_assert!(v.is_finite());
        }
        let sum: f64 = f.iter().sum();
        let at_zero = npv(0.0, &f).unwrap();
        prop_assert!((at_zero - sum).abs() <= 1e-6 * (1.0 + sum.abs()));
    }

    #[test]
    fn irr_where_it_exists_zeroes_npv(f in prop::collection::vec(-1e6..1e6f64, 2..40)) {
        let rates = match irr(&f) {
            Irr::Rate(r) => vec![r],
            Irr::Multiple(rs) => rs,
            _ => vec![],
        };
        let scale: f64 = f.iter().map(|x| x.abs()).sum();
        for r in rates {
            prop_assert!(r.is_finite() && r > -1.0);
            // Near r = -100% NPV is huge in absolute terms; check it scaled by (1+r)^n.
            let g = 1.0 + r;
            let scaled: f64 = f.iter().enumerate().map(|(t, x)| x * g.powi((f.len() - 1 - t) as i32)).sum();
            let bound = f.iter().enumerate().map(|(t, x)| (x * g.powi((f.len() - 1 - t) as i32)).abs()).sum::<f64>();
            prop_assert!(scaled.abs() <= 1e-7 * bound.max(1e-300) || scale == 0.0, "r={r} scaled={scaled}");
        }
    }

    #[test]
    fn breakeven_and_payback_are_finite_and_in_horizon(
        s in prop::collection::vec(-1e7..1e7f64, 0..72),
        c in prop::collection::vec(0.0..1e8f64, 0..72),
    ) {
        let b = breakeven(&s, &c);
        let horizon = s.len().max(c.len()) as f64;
        for t in b.at.iter().chain(&b.temporary) {
            prop_assert!(t.is_finite() && *t >= 0.0 && *t <= horizon);
        }
        if let Some(p) = payback(&s) { prop_assert!(p.is_finite()); }
        if let Some(p) = discounted_payback(0.07, &s) { prop_assert!(p.is_finite()); }
    }

    #[test]
    fn series_helpers_stay_finite(base in -1e9..1e9f64, g in -0.5..0.5f64, n in 0usize..120) {
        prop_assert!(escalated(base, g, n).iter().all(|v| v.is_finite()));
        prop_assert!(cumulative(&yearly_in_advance(base, g, n)).iter().all(|v| v.is_finite()));
        prop_assert_eq!(by_year(&constant(base, n)).len(), n.div_ceil(12));
    }
}
