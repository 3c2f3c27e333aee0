//! Property tests over the valid input ranges: instances 0–1000, hours 0–744 a month, hourly
//! prices 0–1000, upfront fees 0–10⁶, migration month 0–60, discount rates 0–100 %.

use proptest::prelude::*;
use ri_roi::model::*;

fn term() -> impl Strategy<Value = Term> {
    prop_oneof![Just(Term::OneYear), Just(Term::ThreeYear)]
}

fn payment() -> impl Strategy<Value = Payment> {
    prop_oneof![Just(Payment::NoUpfront), Just(Payment::PartialUpfront), Just(Payment::AllUpfront)]
}

fn footprint() -> impl Strategy<Value = Footprint> {
    (0u32..=1000, 0.0..=744.0f64, 0.0..=1000.0f64).prop_map(|(instances, hours_per_month, od_hourly)| {
        Footprint { instances, hours_per_month, od_hourly }
    })
}

/// A fleet that actually runs, so that break-even exists.
fn running_footprint() -> impl Strategy<Value = Footprint> {
    (1u32..=1000, 1.0..=744.0f64, 0.001..=1000.0f64).prop_map(|(instances, hours_per_month, od_hourly)| {
        Footprint { instances, hours_per_month, od_hourly }
    })
}

fn offer() -> impl Strategy<Value = RiOffer> {
    (term(), payment(), 0.0..=1.0e6f64, 0.0..=1000.0f64)
        .prop_map(|(term, payment, upfront, hourly)| RiOffer { term, payment, upfront, hourly })
}

fn scenario() -> impl Strategy<Value = RiInputs> {
    (
        footprint(),
        offer(),
        prop::collection::vec(offer(), 0..6),
        prop::option::of((footprint(), 0.0..=1.0e6f64, 0.0..=1000.0f64)),
        (0u32..=1000, 0u32..=60, 0.0..=1.0f64, 0.0..=1.0f64, any::<bool>()),
    )
        .prop_map(|(footprint, chosen, alternatives, rs, (days, m, rate, dsp, eligible))| RiInputs {
            footprint,
            chosen,
            alternatives,
            rightsized: rs.map(|(footprint, upfront, hourly)| RightSized { footprint, upfront, hourly }),
            days_since_migration: days,
            migrate_month: m,
            discount_rate: rate,
            dsp_discount: dsp,
            dsp_eligible: eligible,
        })
}

fn tol(x: f64) -> f64 {
    1e-9 * x.abs().max(1.0)
}

fn saving(fp: &Footprint, o: &RiOffer, m: u32) -> f64 {
    migration(fp, o, m).unwrap().horizon_saving
}

proptest! {
    /// Invariant: while the number of started terms stays the same, a longer horizon never
    /// lowers the saving (the commitment is fixed, On-Demand keeps growing). For a 3-year RI this
    /// holds over the whole 1..=60 range: after month 36 both sides run On-Demand. For a 1-year
    /// RI the saving drops by one commitment at each renewal (months 13, 25, ...), so it holds
    /// within each year; across whole years it grows when the RI pays back within its term.
    #[test]
    fn longer_horizon_never_lowers_saving_within_a_term(fp in footprint(), o in offer(), m in 1u32..60) {
        let same_terms = match o.term {
            Term::OneYear => m.div_ceil(12) == (m + 1).div_ceil(12),
            Term::ThreeYear => true,
        };
        if same_terms {
            let (a, b) = (saving(&fp, &o, m), saving(&fp, &o, m + 1));
            prop_assert!(b >= a - tol(a), "saving({m}) = {a} > saving({}) = {b}", m + 1);
            let (sa, sb) = (stranded_cost(&fp, &o, m), stranded_cost(&fp, &o, m + 1));
            prop_assert!(sb <= sa + tol(sa), "stranded cost rose from {sa} to {sb}");
        }
    }

    #[test]
    fn one_year_saving_grows_across_renewals_when_it_pays_back(
        fp in footprint(),
        pays_back in 0.0..=1.0f64,
        years in 1u32..5,
    ) {
        // Recurring rate at or below the On-Demand run rate, so the term saving is >= 0.
        let hourly = pays_back * fp.od_monthly_per_instance() / HOURS_PER_MONTH;
        let o = RiOffer { term: Term::OneYear, payment: Payment::NoUpfront, upfront: 0.0, hourly };
        let (a, b) = (saving(&fp, &o, 12 * years), saving(&fp, &o, 12 * (years + 1)));
        prop_assert!(b >= a - tol(a));
    }

    /// At the break-even month the On-Demand and RI cumulative costs are equal, and the chart
    /// series cross there.
    #[test]
    fn costs_are_equal_at_breakeven(
        fp in running_footprint(),
        (term, payment) in (term(), payment()),
        pays_back in 0.0..0.999f64,
        upfront_share in 0.0..=1.0f64,
    ) {
        // An RI that breaks even within its term: commitment = share × On-Demand over the term,
        // split between upfront fee and recurring charge in any proportion.
        let commitment = pays_back * fp.od_monthly_per_instance() * f64::from(term.months());
        let o = RiOffer {
            term,
            payment,
            upfront: upfront_share * commitment,
            hourly: (1.0 - upfront_share) * commitment / term.hours(),
        };
        // Within the term up to rounding; evaluate inside it so a 1-year RI is not renewed.
        let b = breakeven_month(&fp, &o).unwrap();
        prop_assert!(b <= f64::from(term.months()) * (1.0 + 1e-12));
        let b = b.min(f64::from(term.months()));
        let (od, ri) = (fp.od_cost_at(b), ri_cost_at(&fp, &o, b));
        prop_assert!((od - ri).abs() <= 1e-6 * od.abs().max(ri.abs()).max(1e-12), "{od} vs {ri}");
        let months = o.term.months();
        let cross = crossing_month(&od_series(&fp, months), &ri_series(&fp, &o, months)).unwrap();
        prop_assert!((cross - b).abs() <= 1e-6 * b.max(1.0), "crossing {cross} vs break-even {b}");
    }

    #[test]
    fn npv_at_zero_rate_is_the_term_saving(fp in footprint(), o in offer()) {
        let (npv, ts) = (npv_saving(&fp, &o, 0.0), term_saving(&fp, &o));
        prop_assert!((npv - ts).abs() <= 1e-9 * npv.abs().max(ts.abs()).max(1.0));
    }

    #[test]
    fn no_nan_or_infinity(s in scenario()) {
        let r = compute(&s);
        let mut values = vec![
            r.od_monthly, r.ri_effective_monthly, r.effective_discount, r.term_saving, r.npv_saving,
            r.recommendation.cheapest_cost, r.recommendation.od_cost, r.recommendation.chosen_cost,
        ];
        values.extend(r.breakeven_month);
        values.extend(r.rightsize_saving_monthly);
        values.extend(r.rightsize_saving_term);
        values.extend(r.dsp_monthly);
        values.extend(r.recommendation.rightsize_cost);
        if let Some(m) = r.migration {
            values.extend([m.od_cost, m.ri_cost, m.horizon_saving, m.stranded_cost]);
        }
        for row in &r.rows {
            values.extend([row.upfront, row.monthly, row.effective_hourly, row.effective_discount,
                row.term_total, row.term_saving, row.npv_saving]);
            values.extend(row.breakeven_month);
        }
        let c = cost_lines(&s, 60);
        values.extend(c.on_demand.iter().chain(&c.commit_now).chain(c.rightsize_then_commit.iter().flatten()));
        prop_assert!(values.iter().all(|v| v.is_finite()), "{values:?}");
        if let Some(x) = crossing_month(&c.on_demand, &c.commit_now) {
            prop_assert!(x.is_finite() && (0.0..=60.0).contains(&x));
        }
    }

    /// The verdict never names an option dearer than On-Demand, so never an RI that loses
    /// money before the migration, and names something else when the chosen RI loses money.
    #[test]
    fn verdict_never_recommends_a_losing_ri(s in scenario()) {
        let v = recommend(&s);
        prop_assert!(v.cheapest_cost <= v.od_cost);
        if v.chosen_loses_money {
            prop_assert_ne!(v.cheapest, Plan::Reserved(s.chosen.term, s.chosen.payment));
        }
        if let Plan::Reserved(t, p) = v.cheapest {
            prop_assert!(is_offered(t, p));
        }
    }
}
