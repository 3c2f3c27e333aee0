//! Model invariants over the declared-valid input space: the score stays in 0..=100 and is
//! finite; no count, and no blocker, ever raises it or lowers the effort; the tier follows
//! its rule; the hours handed to the Oracle to PostgreSQL calculator count each part at its
//! own day length.

use calc_core::{evaluate, Cell, Inputs, Outcome, Value};
use calc_testkit::{any_inputs, query};
use proptest::prelude::*;
use readiness::model::ora2pg_days;
use readiness::CALCULATOR;

/// An Oracle database as an assessment finds one: counts, Ora2Pg units (or none) and the two day
/// lengths over realistic ranges, the other inputs at their defaults. The declared-valid space
/// (`any_inputs`) almost never has an effort the Oracle calculator accepts.
fn oracle_db() -> impl Strategy<Value = Inputs> {
    let counts = (0u32..300, 0u32..2000, 0u32..60, 0u32..30, 0u32..40, 0u32..200, 0u32..20);
    let ora2pg = (prop_oneof![Just(0.0), 0.1..50_000.0f64], 1u32..=60, 2u32..=48, 2u32..=48, 0usize..3);
    let grade = (0usize..6, prop_oneof![Just(5u32), 0u32..400]);
    (counts, ora2pg, grade).prop_map(|(counts, ora2pg, (tech, limit))| {
        let (red, procs, connect_by, xml, rac, jobs, links) = counts;
        let (units, minutes, ora2pg_half_hours, weight_half_hours, app) = ora2pg;
        let n = |v: u32| Value::Num(f64::from(v));
        query(&CALCULATOR, "engine=oracle")
            .with("app", Value::Choice(["ef", "orm", "sql"][app].to_string()))
            .with("red_items", n(red))
            .with("procedures", n(procs))
            .with("connect_by", n(connect_by))
            .with("xml", n(xml))
            .with("rac_sequences", n(rac))
            .with("jobs", n(jobs))
            .with("linked", n(links))
            .with("ora2pg_units", Value::Num((units * 10.0).round() / 10.0))
            .with("tech_level", Value::Choice(TECH[tech].to_string()))
            .with("unit_minutes", n(minutes))
            .with("day_hours", Value::Num(f64::from(ora2pg_half_hours) / 2.0))
            .with("human_days_limit", n(limit))
            .with("w_day_hours", Value::Num(f64::from(weight_half_hours) / 2.0))
    })
}

const TECH: [&str; 6] = ["none", "1", "2", "3", "4", "5"];

/// Ora2Pg's level letter, if graded: a later letter is more work.
fn letter(o: &Outcome) -> Option<char> {
    let f = o.figure("ora2pg_level").unwrap();
    f.value.map(|_| f.display.chars().next().unwrap())
}

/// The hours an Oracle effort is handed over as (its items × hours per item), if it is.
fn handed_hours(o: &Outcome) -> Option<f64> {
    let step = o.next_steps.first()?;
    let query = step.href.split_once('?')?.1;
    let mut items = None;
    let mut hours = None;
    for pair in query.split('&') {
        match pair.split_once('=')? {
            ("red_items", v) => items = v.parse::<f64>().ok(),
            ("hours_per_item", v) => hours = v.parse::<f64>().ok(),
            _ => {}
        }
    }
    Some(items? * hours?)
}

/// The effort in hours by hand from the contribution table: every row's person-days at the
/// weights' day length, except Ora2Pg's, which is its own person-days at its own day length.
fn hours_by_part(inputs: &Inputs, o: &Outcome) -> f64 {
    let t = &o.tables[0];
    let w = inputs.num("w_day_hours");
    t.rows[..t.rows.len() - 1]
        .iter()
        .map(|row| {
            let (Cell::Text(name), Cell::Num(days)) = (&row.cells[0], &row.cells[3]) else { panic!("a row") };
            if name == "Ora2Pg migration units" && *days > 0.0 {
                let h = inputs.num("day_hours");
                ora2pg_days(inputs.num("ora2pg_units"), inputs.num("unit_minutes"), h) * h
            } else {
                days * w
            }
        })
        .sum()
}

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
    fn the_hand_off_counts_each_part_at_its_own_day_length(inputs in oracle_db()) {
        // Issue 31, Readiness 1: the weights' person-days at their hours, Ora2Pg's at its own.
        let o = evaluate(&CALCULATOR, &inputs).unwrap();
        let handed = handed_hours(&o).expect("an Oracle effort in range is handed over");
        let expected = hours_by_part(&inputs, &o);
        // The items are handed over to a thousandth of a person-day.
        let tolerance = 0.0005 * inputs.num("w_day_hours") + 1e-9 * expected.abs();
        prop_assert!((handed - expected).abs() <= tolerance, "{handed} ≠ {expected}");
    }

    #[test]
    fn ora2pg_level_is_its_difficulty_assessment(inputs in oracle_db(), more in 0.0..5_000.0f64, minutes in 1u32..=60) {
        // Issue 31, Readiness 2: A at technical level 3 or less; above 3, C when ceil(units ÷ 84)
        // is more than the human-days limit, else B; no grade without a level, nor above 3
        // without units.
        let o = evaluate(&CALCULATOR, &inputs).unwrap();
        let units = inputs.num("ora2pg_units");
        let f = o.figure("ora2pg_level").unwrap();
        match inputs.choice("tech_level") {
            "none" => prop_assert_eq!(f.value, None),
            t if t <= "3" => prop_assert_eq!(f.display.clone(), format!("A-{t}")),
            _ if units == 0.0 => prop_assert_eq!(f.value, None),
            t => {
                let c = (units / 84.0).ceil() > inputs.num("human_days_limit");
                prop_assert_eq!(f.display.clone(), format!("{}-{t}", if c { 'C' } else { 'B' }));
            }
        }
        // More units never lower the level; the minutes of a unit never change it (84 units a day).
        let bigger = inputs.clone().with("ora2pg_units", Value::Num(units + more.round()));
        let bigger = evaluate(&CALCULATOR, &bigger).unwrap();
        prop_assert!(units == 0.0 || letter(&bigger) >= letter(&o), "{:?} < {:?}", letter(&bigger), letter(&o));
        let other = inputs.clone().with("unit_minutes", Value::Num(f64::from(minutes)));
        let other = evaluate(&CALCULATOR, &other).unwrap();
        prop_assert_eq!(&other.figure("ora2pg_level").unwrap().display, &f.display);
    }

    #[test]
    fn tier_labels_never_contradict_the_inputs(inputs in any_inputs(&CALCULATOR)) {
        // Issue 31, Readiness 2: "simple CRUD or ORM-driven" only behind an ORM and never on a
        // database Ora2Pg grades C; "heavy" only for Tier 1.
        let o = evaluate(&CALCULATOR, &inputs).unwrap();
        let tier = o.figure("tier").unwrap().display.clone();
        if tier.contains("ORM-driven") {
            prop_assert!(inputs.choice("app") != "sql", "{tier}");
            prop_assert!(letter(&o) != Some('C'), "{tier}");
        }
        prop_assert_eq!(tier.starts_with("Tier 1 (heavy"), fig(&o, "tier") == 1.0, "{}", tier);
        if letter(&o) == Some('C') && fig(&o, "tier") == 2.0 {
            prop_assert!(tier.contains("Ora2Pg level C"), "{tier}");
        }
    }

    #[test]
    fn more_reads_never_lower_the_score(inputs in any_inputs(&CALCULATOR), extra in 0.0..100.0f64) {
        let a = evaluate(&CALCULATOR, &inputs).unwrap();
        let more = (inputs.num("read_share") + extra.round()).min(100.0);
        let b = evaluate(&CALCULATOR, &inputs.clone().with("read_share", Value::Num(more))).unwrap();
        prop_assert!(fig(&b, "score") >= fig(&a, "score") - 1e-9);
    }
}
