//! Model invariants over the declared-valid input space: the score stays in 0..=100 and is
//! finite; no count, and no blocker, ever raises it or lowers the effort; the tier follows
//! its rule.

use calc_core::{evaluate, Outcome, Value};
use calc_testkit::any_inputs;
use proptest::prelude::*;
use readiness::CALCULATOR;

fn fig(o: &Outcome, key: &str) -> f64 {
    o.figure(key).unwrap().value.unwrap()
}

const COUNTS: &[&str] = &[
    "red_items",
    "procedures",
    "cross_apply",
    "merge",
    "clr",
    "ora2pg_units",
    "connect_by",
    "xml",
    "rac_sequences",
    "jobs",
    "linked",
    "size_gb",
];
const BLOCKERS: &[&str] = &["red_items", "cross_apply", "merge", "clr", "connect_by", "xml"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn score_in_range_and_finite(inputs in any_inputs(&CALCULATOR)) {
        let o = evaluate(&CALCULATOR, &inputs).expect("nothing is refused");
        prop_assert!(o.all_finite());
        let score = fig(&o, "score");
        prop_assert!((0.0..=100.0).contains(&score), "{score}");
        let tier = fig(&o, "tier");
        prop_assert!(tier == 1.0 || tier == 2.0);
        prop_assert!(fig(&o, "effort_days") >= 0.0 && fig(&o, "blockers") >= 0.0);
        // Tier 1 is always excluded; the first wave is always Tier 2 at or above its bar.
        if tier == 1.0 {
            prop_assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
        } else if o.verdict.decision.key == "first_wave" {
            prop_assert!(score >= inputs.num("first_wave_score"));
        }
    }

    #[test]
    fn any_count_up_never_raises_the_score(inputs in any_inputs(&CALCULATOR), which in 0..COUNTS.len(), extra in 0.0..1000.0f64) {
        let k = COUNTS[which];
        let max = if k == "ora2pg_units" { 10_000_000.0 } else if k == "size_gb" { 1_000_000.0 } else { 100_000.0 };
        let a = evaluate(&CALCULATOR, &inputs).unwrap();
        let more = (inputs.num(k) + extra.round()).min(max);
        let b = evaluate(&CALCULATOR, &inputs.clone().with(k, Value::Num(more))).unwrap();
        prop_assert!(fig(&b, "score") <= fig(&a, "score") + 1e-9, "{k}: {} > {}", fig(&b, "score"), fig(&a, "score"));
        prop_assert!(fig(&b, "effort_days") >= fig(&a, "effort_days") - 1e-9, "{k}");
        prop_assert!(fig(&b, "tier") <= fig(&a, "tier"), "{k}: a count up never makes a database simpler");
    }

    #[test]
    fn more_blockers_never_raise_the_score(inputs in any_inputs(&CALCULATOR), which in 0..BLOCKERS.len(), extra in 1.0..500.0f64) {
        let k = BLOCKERS[which];
        let a = evaluate(&CALCULATOR, &inputs).unwrap();
        let more = (inputs.num(k) + extra.round()).min(100_000.0);
        let b = evaluate(&CALCULATOR, &inputs.clone().with(k, Value::Num(more))).unwrap();
        prop_assert!(fig(&b, "blockers") >= fig(&a, "blockers"));
        prop_assert!(fig(&b, "score") <= fig(&a, "score") + 1e-9);
    }

    #[test]
    fn more_reads_never_lower_the_score(inputs in any_inputs(&CALCULATOR), extra in 0.0..100.0f64) {
        let a = evaluate(&CALCULATOR, &inputs).unwrap();
        let more = (inputs.num("read_share") + extra.round()).min(100.0);
        let b = evaluate(&CALCULATOR, &inputs.clone().with("read_share", Value::Num(more))).unwrap();
        prop_assert!(fig(&b, "score") >= fig(&a, "score") - 1e-9);
    }
}
