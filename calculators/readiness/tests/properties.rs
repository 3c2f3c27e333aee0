//! Model invariants over the declared-valid input space: the score stays in 0..=100 and is
//! finite; no count, and no blocker, ever raises it or lowers the effort; the tier follows
//! its rule; the decision is the wave the database qualifies for; the work Ora2Pg's units
//! measure is counted once, by the larger estimate; the hours handed to the Oracle to
//! PostgreSQL calculator count each part at its own day length; Ora2Pg's grade is its own;
//! one of anything is singular.
//!
//! This calculator prices no plans: its "recommended plan" is the wave, and the property
//! that stands for "never dearer than another plan" is that the decision is exactly the wave
//! the score and tier qualify for, and that no piece of work is counted twice.

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
    let units = prop_oneof![Just(0.0), Just(1.0), 0.1..50_000.0f64];
    let ora2pg = (units, 1u32..=60, 2u32..=48, 2u32..=48, 0usize..3);
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

/// Every text a reader sees in an outcome.
fn texts(o: &Outcome) -> Vec<String> {
    let mut t = vec![o.verdict.words.clone()];
    t.extend(o.verdict.facts.iter().cloned());
    t.extend(o.headlines.iter().map(|f| f.display.clone()));
    t.extend(o.headlines.iter().filter_map(|f| f.math.as_ref()).map(|m| m.substituted.clone()));
    t.extend(o.warnings.iter().map(|w| w.message.clone()));
    t.extend(o.notes.iter().cloned());
    t.extend(o.assumptions.iter().map(|a| a.display.clone()));
    t.extend(o.next_steps.iter().map(|s| s.label.clone()));
    for table in &o.tables {
        t.extend(table.rows.iter().flat_map(|r| table.row_texts(r)));
    }
    t
}

/// "1 items", "1 person-days per item": a plural after a number that reads exactly 1.
fn plural_after_one(text: &str) -> Option<String> {
    const PLURALS: &[&str] = &["items", "units", "person-days", "points", "hours", "minutes", "jobs"];
    text.match_indices("1 ").find_map(|(i, _)| {
        let before = text[..i].chars().next_back();
        let lone = !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        let after = &text[i + 2..];
        let word = after.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        (lone && PLURALS.contains(&word)).then(|| format!("1 {word}"))
    })
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

#[test]
fn plural_after_one_finds_only_a_lone_one() {
    assert_eq!(plural_after_one("Linked servers: 1 items").as_deref(), Some("1 items"));
    assert_eq!(plural_after_one("1 person-days per item").as_deref(), Some("1 person-days"));
    for fine in ["21 items", "0.1 points", "3,001 units", "1 item", "1 person-day per item", "score 1 of 100"]
    {
        assert_eq!(plural_after_one(fine), None, "{fine}");
    }
}

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
        prop_assert_eq!(tier.starts_with("Tier 1 (harder: heavy"), fig(&o, "tier") == 1.0, "{}", tier);
        // Issue 37, item 7: every name says where it sits in difficulty, whatever its number.
        prop_assert_eq!(tier.starts_with("Tier 2 (easier"), fig(&o, "tier") == 2.0, "{}", tier);
        if letter(&o) == Some('C') && fig(&o, "tier") == 2.0 {
            prop_assert!(tier.contains("Ora2Pg level C"), "{tier}");
        }
    }

    #[test]
    fn the_decision_is_the_wave_the_database_qualifies_for(inputs in any_inputs(&CALCULATOR)) {
        // Tier 1 or a score of 0 (issue 31, Readiness 4) is excluded; a Tier 2 database above 0
        // is in the first wave at or above the bar, in a later wave below it.
        let o = evaluate(&CALCULATOR, &inputs).unwrap();
        let (score, tier) = (fig(&o, "score"), fig(&o, "tier"));
        let expected = if tier == 1.0 || score == 0.0 {
            "exclude"
        } else if score >= inputs.num("first_wave_score") {
            "first_wave"
        } else {
            "later_wave"
        };
        prop_assert_eq!(o.verdict.decision.key, expected, "{}", o.verdict.sentence());
    }

    #[test]
    fn work_ora2pg_measures_is_counted_once_by_the_larger_estimate(inputs in oracle_db()) {
        // Issue 31, Readiness 1 and 3: the items, procedures, CONNECT BY, XML, jobs and database
        // links Ora2Pg's units also measure are counted by the larger of the two estimates in
        // hours, never both: effort = without units − per item P + max(P, Ora2Pg U).
        let n = |k: &str| inputs.num(k);
        let per_item = n("red_items") * n("w_red")
            + n("procedures") * n("w_procedure")
            + n("connect_by") * n("w_connect_by")
            + n("xml") * n("w_xml")
            + n("jobs") * n("w_job")
            + n("linked") * n("w_linked");
        let without = evaluate(&CALCULATOR, &inputs.clone().with("ora2pg_units", Value::Num(0.0))).unwrap();
        let with = evaluate(&CALCULATOR, &inputs).unwrap();
        let units = n("ora2pg_units");
        let ora2pg = if units > 0.0 {
            ora2pg_days(units, n("unit_minutes"), n("day_hours")) * n("day_hours") / n("w_day_hours")
        } else {
            0.0
        };
        let expected = fig(&without, "effort_days") - per_item + per_item.max(ora2pg);
        let effort = fig(&with, "effort_days");
        prop_assert!((effort - expected).abs() <= 1e-9 * (1.0 + expected), "{effort} ≠ {expected}");
        prop_assert!(effort >= fig(&without, "effort_days") - 1e-9, "entering units never lowers the work");
    }

    #[test]
    fn one_of_anything_is_singular(inputs in any_inputs(&CALCULATOR), oracle in oracle_db()) {
        // Issue 31, Readiness 4: never "1 items" or "1 person-days per item".
        for inputs in [inputs, oracle] {
            let o = evaluate(&CALCULATOR, &inputs).unwrap();
            for t in texts(&o) {
                prop_assert!(plural_after_one(&t).is_none(), "{t}");
            }
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn first_wave_beside_blockers_says_why(inputs in any_inputs(&CALCULATOR)) {
        // Issue 37, item 7: "First wave" never sits beside blockers without saying why they do
        // not hold it back; without blockers it says nothing of them.
        let o = evaluate(&CALCULATOR, &inputs).unwrap();
        if o.verdict.decision.key == "first_wave" {
            let why = o.verdict.facts.iter().any(|f| f.contains("not hold it back"));
            prop_assert_eq!(why, fig(&o, "blockers") > 0.0, "{:?}", o.verdict);
        }
    }
}
