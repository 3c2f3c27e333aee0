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
        prop::option::of((
            footprint(),
            0.0..=1.0e6f64,
            0.0..=1000.0f64,
            prop::collection::vec(offer(), 0..4),
            any::<bool>(),
        )),
        (0u32..=1000, 0u32..=60, 0.0..=1.0f64, 0.0..=1.0f64, any::<bool>()),
    )
        .prop_map(|(footprint, chosen, alternatives, rs, (days, m, rate, dsp, eligible))| RiInputs {
            footprint,
            chosen,
            alternatives,
            rightsized: rs.map(|(footprint, upfront, hourly, alternatives, dsp_eligible)| RightSized {
                footprint,
                upfront,
                hourly,
                alternatives,
                dsp_eligible,
            }),
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

proptest! {
    /// The recommended plan is never more expensive, over the user's horizon, than any other
    /// plan the calculator prices (On-Demand, every RI offered, the Savings Plan), and so never
    /// dearer than On-Demand: a commitment that loses money is never recommended.
    #[test]
    fn the_recommended_plan_is_the_cheapest_priced(s in scenario()) {
        let v = recommend(&s);
        let best = v.best().cost();
        for p in &v.plans {
            if p.cover == Cover::OnDemand || is_offered_cover(p.cover) {
                prop_assert!(best <= p.cost() + tol(p.cost()), "{:?} costs {} < {best}", p.cover, p.cost());
            }
        }
        prop_assert!(best <= v.od_cost() + tol(v.od_cost()));
        // Right-sizing is recommended only when its best plan beats the best at today's size.
        if v.rightsize_first() {
            prop_assert!(v.rightsize_saving().unwrap() > 0.0);
        }
        if v.chosen_loses_money() {
            prop_assert_ne!(v.best, v.chosen);
        }
        if let Cover::Reserved(t, p) = v.best().cover {
            prop_assert!(is_offered(t, p));
        }
    }

    /// Every plan covers each month of the horizon exactly once, and a commitment is renewed for
    /// a stub only when On-Demand for the stub would cost more (issue 30, item 1).
    #[test]
    fn plans_cover_the_horizon_once_and_renew_only_when_it_pays(s in scenario()) {
        let v = recommend(&s);
        let h = v.horizon_months;
        for p in &v.plans {
            let mut t = 0;
            for (i, seg) in p.segments.iter().enumerate() {
                prop_assert_eq!(seg.start, t, "{:?}", p.segments);
                t += seg.months;
                let renewal = i > 0 && p.segments[i - 1].cover == seg.cover && seg.cover != Cover::OnDemand;
                if renewal {
                    prop_assert!(seg.od_cost > seg.cost() - tol(seg.cost()), "{:?}", seg);
                }
            }
            prop_assert_eq!(t, h);
        }
    }

    /// A plan never costs more than the rule it replaces: a 1-year RI owed for every started
    /// year, a 3-year RI followed by On-Demand.
    #[test]
    fn renewing_only_when_it_pays_never_costs_more(fp in footprint(), o in offer(), m in 1u32..=60) {
        let s = RiInputs {
            footprint: fp,
            chosen: o,
            alternatives: vec![],
            rightsized: None,
            days_since_migration: 365,
            migrate_month: m,
            discount_rate: 0.0,
            dsp_discount: 0.0,
            dsp_eligible: false,
        };
        let v = recommend(&s);
        let c = fp.count() * fp.commitment(&o);
        let before = match o.term {
            Term::OneYear => f64::from(m.div_ceil(12)) * c,
            Term::ThreeYear => c + fp.od_cost_at(f64::from(m.saturating_sub(36))),
        };
        prop_assert!(v.chosen_cost() <= before + tol(before), "{} > {before}", v.chosen_cost());
    }

    /// A commitment is billed for every hour of the month: never fewer than 730, and as many as
    /// the instances run in a longer month (issue 30, item 7).
    #[test]
    fn an_ri_is_billed_at_least_the_hours_the_instances_run(fp in footprint(), o in offer()) {
        prop_assert!(fp.billed_hours_per_month() >= fp.hours_per_month);
        prop_assert!(fp.billed_hours_per_month() >= HOURS_PER_MONTH);
        let billed = fp.recurring_monthly(&o);
        prop_assert!(billed + tol(billed) >= o.hourly * fp.hours_per_month);
    }

    /// At the break-even month the On-Demand and RI cumulative costs are equal.
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
            hourly: (1.0 - upfront_share) * commitment
                / (fp.billed_hours_per_month() * f64::from(term.months())),
        };
        let b = breakeven_month(&fp, &o).unwrap();
        prop_assert!(b <= f64::from(term.months()) * (1.0 + 1e-12));
        let (od, ri) = (fp.od_cost_at(b), fp.count() * fp.commitment(&o));
        prop_assert!((od - ri).abs() <= 1e-6 * od.abs().max(ri.abs()).max(1e-12), "{od} vs {ri}");
    }

    #[test]
    fn npv_at_zero_rate_is_the_term_saving(fp in footprint(), o in offer()) {
        let (npv, ts) = (npv_saving(&fp, &o, 0.0), term_saving(&fp, &o));
        prop_assert!((npv - ts).abs() <= 1e-9 * npv.abs().max(ts.abs()).max(1.0));
    }

    /// With nothing discounted, the NPV of a plan's saving is the plain saving over the horizon:
    /// every payment it owes (after the migration too) against the On-Demand it avoids until
    /// the migration (issue 30, item 2).
    #[test]
    fn npv_at_zero_rate_is_the_saving_over_the_horizon(s in scenario()) {
        let v = recommend(&s);
        for p in &v.plans {
            let (npv, saving) = (plan_npv(&v.plans[0], p, 0.0), v.od_cost() - p.cost());
            prop_assert!((npv - saving).abs() <= 1e-9 * npv.abs().max(saving.abs()).max(1.0));
        }
    }

    #[test]
    fn no_nan_or_infinity(s in scenario()) {
        let r = compute(&s);
        let v = &r.recommendation;
        let mut values = vec![
            r.horizon_saving, r.npv_saving, r.plan_cost, r.plan_monthly, r.od_cost, r.chosen_cost,
            r.od_monthly, r.ri_effective_monthly, r.effective_discount, r.term_saving,
            v.cheapest_cost(), v.od_cost(), v.chosen_cost(),
        ];
        values.extend(r.stranded_cost);
        values.extend(r.breakeven_month);
        values.extend(r.rightsize_saving_monthly);
        values.extend(r.rightsize_saving_term);
        values.extend(r.dsp_monthly);
        values.extend(r.rightsize_saving);
        for p in &v.plans {
            values.extend([p.cost(), p.stranded()]);
            values.extend(committed_series(p, v.horizon_months));
        }
        prop_assert!(values.iter().all(|v| v.is_finite()), "{values:?}");
    }
}

fn is_offered_cover(c: Cover) -> bool {
    match c {
        Cover::Reserved(t, p) => is_offered(t, p),
        _ => true,
    }
}

mod page {
    use calc_core::{evaluate, Calculator};
    use proptest::prelude::*;
    use ri_roi::CALCULATOR;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// Any declared-valid input, as the page and the CLI read it: a refusal names a declared
        /// input; otherwise every number is finite, the recommended plan costs no more over the
        /// horizon than On-Demand, the chosen RI or the best plan at today's size, no money
        /// figure in the verdict calls a loss a saving, and the verdict reads at a glance.
        #[test]
        fn any_input_gives_a_finite_outcome_whose_recommendation_is_cheapest(
            inputs in calc_testkit::any_inputs(&CALCULATOR)
        ) {
            match evaluate(&CALCULATOR, &inputs) {
                Ok(o) => {
                    prop_assert!(o.all_finite());
                    let listed: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
                    let declared: Vec<&str> = CALCULATOR.headlines().iter().map(|h| h.key).collect();
                    prop_assert_eq!(listed, declared);
                    let v = |k: &str| o.figure(k).and_then(|f| f.value).unwrap();
                    let tol = |x: f64| 1e-9 * x.abs().max(1.0);
                    let plan = v("plan_cost");
                    prop_assert!(plan <= v("od_cost") + tol(plan));
                    prop_assert!(plan <= v("chosen_cost") + tol(plan));
                    prop_assert!(v("horizon_saving") >= -tol(plan));
                    if let Some(saving) = o.figure("rightsize_saving").and_then(|f| f.value) {
                        if o.verdict.decision.key == "rightsize_first" {
                            prop_assert!(saving > 0.0);
                        }
                    }
                    prop_assert!(o.verdict.facts.len() <= 4, "{:?}", o.verdict.facts);
                    for f in &o.verdict.facts {
                        prop_assert!(f.split_whitespace().count() <= 30, "{f}");
                        prop_assert!(!f.contains("a saving of -") && !f.contains("saves -"), "{f}");
                    }
                    prop_assert!(o.verdict.words.split_whitespace().count() <= 10, "{}", o.verdict.words);
                }
                Err(errors) => {
                    for e in errors {
                        prop_assert!(CALCULATOR.field(&e.key).is_some(), "{e}");
                    }
                }
            }
        }
    }
}
