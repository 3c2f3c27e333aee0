//! Worked examples computed by hand with the default weights: person-days per item (other
//! items 2, procedures 0.2, CROSS APPLY 0.25, MERGE 0.5, CLR 5, CONNECT BY 1, XML 2, RAC
//! sequences 3, jobs 0.5, links 3; ORM switch 5, hand-written SQL 15, once), 0.5 points per
//! person-day, 2 points per TB, 10 points × write share; Tier 1 from 40 person-days of code;
//! first wave from a score of 80. Ora2Pg: 5 minutes per unit, 7-hour (420-minute) days.

use calc_core::{Calculator, Outcome, Provenance};
use calc_testkit::{assert_close, display, eval, value};
use readiness::model::ora2pg_days;
use readiness::{CALCULATOR, PRICES, PRICE_DAY_HOURS, PRICE_UNIT_MINUTES};

fn run(q: &str) -> Outcome {
    eval(&CALCULATOR, q)
}

#[test]
fn defaults_sql_server_with_entity_framework_is_first_wave() {
    // Work   5 items × 2 + 40 procedures × 0.2 + 6 jobs × 0.5 + 1 linked × 3 + EF switch 5
    //        = 10 + 8 + 3 + 3 + 5                                  = 29 person-days
    // Score  100 − 29 × 0.5 − 0.2 TB × 2 − 30% writes × 10 = 100 − 14.5 − 0.4 − 3 = 82.1
    // Tier   code = 10 + 8 = 18 person-days < 40 → Tier 2; 82.1 ≥ 80 → first wave.
    // Blockers: the 5 items to rewrite by hand.
    let o = run("");
    assert_close(value(&o, "effort_days"), 29.0);
    assert_close(value(&o, "score"), 82.1);
    assert_close(value(&o, "tier"), 2.0);
    assert_close(value(&o, "blockers"), 5.0);
    assert_eq!(display(&o, "score"), "82.1 of 100");
    assert_eq!(display(&o, "tier"), "Tier 2 (easier: simple CRUD or ORM-driven)");
    assert_eq!(display(&o, "effort_days"), "29 person-days");
    assert_eq!(o.verdict.decision.key, "first_wave", "{}", o.verdict.sentence());
    assert_eq!(o.verdict.words, "First wave");
    // The heaviest input: 5 items × 2 = 10 person-days × 0.5 = 5 points.
    assert_eq!(
        o.verdict.facts,
        [
            "Score 82.1 of 100, Tier 2 (easier: simple CRUD or ORM-driven), about 29 person-days of work",
            // Issue 37, item 7: "First wave" beside 5 blockers says why they do not hold it back:
            // 5 items × 2 person-days = 10, and the code, 18 person-days, is under Tier 1's 40.
            "Its 5 blockers are rewrites by hand of about 10 person-days, and its code stays under Tier 1's 40 \
             person-days, so they do not hold it back",
            "What lowers it most: Other items to rewrite by hand (5 points)",
        ]
    );
    assert!(o.warnings.iter().any(|w| w.message.contains("case sensitivity and transaction handling")));
    assert!(o.warnings.iter().any(|w| w.message.contains("foreign data wrappers")));
    assert!(o.warnings.iter().any(|w| w.message.contains("95% automated")));
    // SQL Server: no link into the Oracle calculator.
    assert!(o.next_steps.is_empty());
}

#[test]
fn oracle_with_forty_red_items_is_tier_1_and_excluded() {
    // Work   40 × 2 + 40 × 0.2 + 6 × 0.5 + 1 × 3 + 5 = 80 + 8 + 3 + 3 + 5 = 99 person-days
    // Score  100 − 99 × 0.5 − 0.4 − 3 = 100 − 49.5 − 3.4 = 47.1
    // Tier   code = 80 + 8 = 88 ≥ 40 → Tier 1 → exclude from the initial business case.
    // The SQL Server-only counts default to 0, so nothing is ignored.
    let o = run("engine=oracle&red_items=40");
    assert_close(value(&o, "effort_days"), 99.0);
    assert_close(value(&o, "score"), 47.1);
    assert_close(value(&o, "tier"), 1.0);
    assert_close(value(&o, "blockers"), 40.0);
    assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
    assert!(!o.warnings.iter().any(|w| w.message.starts_with("Ignored")));
    // The effort goes to the Oracle to PostgreSQL calculator as 99 items × 8 hours = 792 hours:
    // the weights are person-days of 8 hours.
    assert_eq!(o.next_steps.len(), 1);
    assert_eq!(o.next_steps[0].href, "/tools/oracle-pg/?red_items=99&hours_per_item=8");
    assert!(o.next_steps[0].label.contains("99 person-days"));
}

#[test]
fn tier_rule_flips_at_the_bar() {
    // Code = items × 2 + 40 × 0.2 = 2 × items + 8. At 16 items: 40 ≥ 40 → Tier 1; at 15: 38 → Tier 2.
    assert_close(value(&run("red_items=16"), "tier"), 1.0);
    assert_close(value(&run("red_items=15"), "tier"), 2.0);
    // Jobs and links are work but not code: 1,000 jobs never make a database Tier 1.
    let o = run("jobs=1000");
    assert_close(value(&o, "tier"), 2.0);
    // 500 + 29 − 3 = 526 person-days; the score stops at 0; Tier 2, but a score of 0 is excluded.
    assert_close(value(&o, "effort_days"), 526.0);
    assert_close(value(&o, "score"), 0.0);
    assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
    // A user-set bar moves the tier: code 18 person-days ≥ 10.
    assert_close(value(&run("tier1_days=10"), "tier"), 1.0);
}

#[test]
fn first_wave_bar_and_risk_terms() {
    // 2 TB, 50% reads: 100 − 14.5 − 2 × 2 − 50% × 10 = 100 − 14.5 − 4 − 5 = 76.5 → later wave.
    let o = run("size_gb=2000&read_share=50");
    assert_close(value(&o, "score"), 76.5);
    assert_close(value(&o, "effort_days"), 29.0);
    assert_eq!(o.verdict.decision.key, "later_wave", "{}", o.verdict.sentence());
    // A bar of 75 lets it in.
    assert_eq!(run("size_gb=2000&read_share=50&first_wave_score=75").verdict.decision.key, "first_wave");
}

#[test]
fn ora2pg_units_follow_ora2pg_rule_and_replace_the_code_weights() {
    // ceil(units × minutes ÷ 420): 84 units × 5 = 420 min → 1 day; 85 → 2; 0.1 → at least 1.
    assert_eq!(ora2pg_days(84.0, 5.0, 7.0), 1.0);
    assert_eq!(ora2pg_days(85.0, 5.0, 7.0), 2.0);
    assert_eq!(ora2pg_days(0.1, 5.0, 7.0), 1.0);
    assert_eq!(ora2pg_days(0.0, 5.0, 7.0), 0.0);
    // The report example: 249.9 units give 6 person-days with a 10-minute unit (2,499 ÷ 420 = 5.95).
    assert_eq!(ora2pg_days(249.9, 10.0, 7.0), 6.0);
    // Per-item estimate of the same work: 5 items × 2 + 40 procedures × 0.2 + 6 jobs × 0.5 + 1 link
    // × 3 = 24 person-days of 8 hours = 192 hours.
    // Oracle, 1,200 units: ceil(6,000 ÷ 420 = 14.29) = 15 of Ora2Pg's days × 7 = 105 hours < 192,
    // so the per-item 24 counts: work = 24 + EF 5 = 29, as without units.
    let o = run("engine=oracle&ora2pg_units=1200");
    assert_close(value(&o, "effort_days"), 29.0);
    assert!(o.warnings.iter().any(|w| w.message.contains("counted once, by the larger")));
    // 3,000 units: ceil(15,000 ÷ 420 = 35.71) = 36 days × 7 = 252 hours > 192, so Ora2Pg's counts,
    // as 252 ÷ 8 = 31.5 person-days: work = 31.5 + EF 5 = 36.5 (before: 36 + 11 = 47).
    // Score = 100 − 18.25 − 0.4 − 3 = 78.35 (before 73.1); code: the larger of 31.5 and 18 = 31.5
    // < 40 → Tier 2, later wave. Blockers stay 5.
    let o = run("engine=oracle&ora2pg_units=3000");
    assert_close(value(&o, "effort_days"), 36.5);
    assert_close(value(&o, "score"), 78.35);
    assert_close(value(&o, "blockers"), 5.0);
    assert_eq!(o.verdict.decision.key, "later_wave", "{}", o.verdict.sentence());
    // 1,200 units at 10 minutes: ceil(12,000 ÷ 420 = 28.57) = 29 days × 7 = 203 hours > 192 →
    // 203 ÷ 8 = 25.375 person-days: work 25.375 + EF 5 = 30.375 (before 29 + 11 = 40).
    let o = run("engine=oracle&ora2pg_units=1200&unit_minutes=10");
    assert_close(value(&o, "effort_days"), 30.375);
    let a = o.assumptions.iter().find(|a| a.key == Some("unit_minutes")).unwrap();
    assert_eq!(a.provenance, Provenance::Input);
}

#[test]
fn one_day_length_weights_are_8_hour_days_and_ora2pg_days_are_7_hours() {
    // Issue 31, Readiness 1. The weights are person-days of 8 hours (an item to rewrite, 2 days,
    // is the Oracle to PostgreSQL calculator's 16-hour medium item); only Ora2Pg's units are
    // 420-minute days (`_get_human_cost` in darold/ora2pg divides by 420).
    //
    // Oracle, 206 items to rewrite: 206 × 2 + 40 × 0.2 + 6 × 0.5 + 1 × 3 + EF 5
    //   = 412 + 8 + 3 + 3 + 5 = 431 person-days of 8 hours = 3,448 hours.
    // Before: handed over at 7 hours a day, 431 × 7 = 3,017 hours.
    let o = run("engine=oracle&red_items=206");
    assert_close(value(&o, "effort_days"), 431.0);
    assert_eq!(o.next_steps[0].href, "/tools/oracle-pg/?red_items=431&hours_per_item=8");
    assert!(o.next_steps[0].label.contains("3,448 hours"), "{}", o.next_steps[0].label);

    // The two estimates of the same work are compared in hours, not in days of two lengths.
    // Ora2Pg: 3,000 units × 5 minutes = 15,000 minutes; ceil(15,000 ÷ 420 = 35.71) = 36 of its
    //   person-days × 7 hours = 252 hours = 31.5 person-days of 8 hours.
    // Per item (with the jobs and link its units also count, item 3): 5 × 2 + 40 × 0.2 + 6 × 0.5
    //   + 1 × 3 = 24 person-days × 8 = 192 hours.
    // 252 > 192, so Ora2Pg's 31.5 counts (before: its 36 days were added as if they were 8 hours long).
    // Work  31.5 + EF 5 = 36.5 person-days (before 36 + 6 × 0.5 + 1 × 3 + 5 = 47).
    // Score 100 − 36.5 × 0.5 − 0.2 TB × 2 − 30% × 10 = 100 − 18.25 − 0.4 − 3 = 78.35 (before 73.1).
    // Hand-off: 252 hours of Ora2Pg's + EF 5 × 8 = 40 hours = 292 hours = 36.5 × 8 (before 47 × 7 = 329).
    let o = run("engine=oracle&ora2pg_units=3000");
    assert_close(value(&o, "effort_days"), 36.5);
    assert_close(value(&o, "score"), 78.35);
    assert_eq!(o.next_steps[0].href, "/tools/oracle-pg/?red_items=36.5&hours_per_item=8");
    assert!(o.next_steps[0].label.contains("292 hours"), "{}", o.next_steps[0].label);
    let t = &o.tables[0];
    let units = t.rows.iter().map(|r| t.row_texts(r)).find(|r| r[0] == "Ora2Pg migration units").unwrap();
    assert_eq!(units[3], "31.5", "{units:?}"); // under the "Person-days" heading
    assert!(units[2].contains("36 person-days of 7 hours"), "{units:?}");

    // The Ora2Pg preset: per item 120 procedures × 0.2 + 6 CONNECT BY × 1 + 2 XML × 2 + 10 jobs × 0.5
    // + 2 links × 3 = 24 + 6 + 4 + 5 + 6 = 45 days × 8 = 360 hours, more than Ora2Pg's 36 days × 7
    // = 252 hours: the per-item 45 counts. Work 45 + ORM 5 = 50 (before, Ora2Pg's "36 > 34 days"
    // won and the jobs and links were added to it: 36 + 5 + 6 + 5 = 52).
    // Score 100 − 25 − 0.8 TB × 2 − 3 = 70.4 (before 69.4).
    let o = run("engine=oracle&app=orm&size_gb=800&red_items=0&procedures=120&ora2pg_units=3000&connect_by=6&xml=2&jobs=10&linked=2");
    assert_close(value(&o, "effort_days"), 50.0);
    assert_close(value(&o, "score"), 70.4);
    // A team that works 7.5-hour days: the same 431 person-days are 3,232.5 hours.
    let o = run("engine=oracle&red_items=206&w_day_hours=7.5");
    assert_eq!(o.next_steps[0].href, "/tools/oracle-pg/?red_items=431&hours_per_item=7.5");
}

#[test]
fn ora2pg_units_already_count_jobs_and_database_links() {
    // Issue 31, Readiness 3. Ora2Pg's total cost includes 2 units per JOB and 3 per DATABASE LINK
    // (%OBJECT_SCORE in lib/Ora2Pg/PLSQL.pm, added to total_cost_value in _show_report), so when
    // units are entered, the scheduled jobs and database links are inside them.
    //
    // Oracle, 3,000 units, defaults (5 items, 40 procedures, 6 jobs, 1 database link):
    // Per item, what Ora2Pg also measures: 5 × 2 + 40 × 0.2 + 6 × 0.5 + 1 × 3 = 10 + 8 + 3 + 3
    //   = 24 person-days × 8 = 192 hours.
    // Ora2Pg: ceil(15,000 ÷ 420) = 36 of its days × 7 = 252 hours > 192: its 31.5 person-days count,
    //   jobs and link included.
    // Work  31.5 + EF 5 = 36.5 person-days (before: 31.5 + 3 + 3 + 5 = 42.5, jobs and link twice).
    // Score 100 − 36.5 × 0.5 − 0.4 − 3 = 100 − 18.25 − 3.4 = 78.35 (before 75.35): still a later wave.
    // Hand-off: 252 + 5 × 8 = 292 hours = 36.5 × 8.
    let o = run("engine=oracle&ora2pg_units=3000");
    assert_close(value(&o, "effort_days"), 36.5);
    assert_close(value(&o, "score"), 78.35);
    assert_eq!(o.verdict.decision.key, "later_wave", "{}", o.verdict.sentence());
    assert_eq!(o.next_steps[0].href, "/tools/oracle-pg/?red_items=36.5&hours_per_item=8");
    let t = &o.tables[0];
    let row = |name: &str| t.rows.iter().map(|r| t.row_texts(r)).find(|r| r[0] == name).unwrap();
    for name in ["Oracle scheduler jobs", "Database links"] {
        let r = row(name);
        assert_eq!((r[2].as_str(), r[3].as_str()), ("in the Ora2Pg units", "0"), "{r:?}");
    }
    let w = o.warnings.iter().find(|w| w.message.contains("counted once")).unwrap();
    assert!(w.message.contains("jobs, database links"), "{}", w.message);
    // While Ora2Pg's estimate is the larger, jobs and links change nothing.
    let none = run("engine=oracle&ora2pg_units=3000&jobs=0&linked=0");
    assert_close(value(&none, "effort_days"), 36.5);
    // 100 jobs make the per-item estimate the larger: 10 + 8 + 100 × 0.5 + 3 = 71 days × 8 = 568
    // hours > 252, so work = 71 + 5 = 76 and the units are inside it.
    let o = run("engine=oracle&ora2pg_units=3000&jobs=100");
    assert_close(value(&o, "effort_days"), 76.0);
    // The tier still reads the code from the larger estimate of it: Ora2Pg's 31.5 against the
    // per-item 18 (items and procedures). With a bar of 30 both are Tier 1: jobs never make a
    // database simpler.
    assert_close(value(&run("engine=oracle&ora2pg_units=3000&tier1_days=30"), "tier"), 1.0);
    assert_close(value(&run("engine=oracle&ora2pg_units=3000&jobs=100&tier1_days=30"), "tier"), 1.0);
    // Without units (and on SQL Server) jobs and links are counted per item, as before: 29.
    assert_close(value(&run("engine=oracle"), "effort_days"), 29.0);
    assert_close(value(&run(""), "effort_days"), 29.0);
}

#[test]
fn ora2pg_migration_level_follows_its_difficulty_assessment() {
    // Issue 31, Readiness 2. Ora2Pg's difficulty_assessment (lib/Ora2Pg.pm): level A when the
    // technical level is 3 or less; B above 3; C above 3 when ceil(total units ÷ 84) exceeds
    // HUMAN_DAYS_LIMIT (5 in its code and generated configuration). The 84 units a day are fixed:
    // they do not follow COST_UNIT_VALUE.
    //
    // Its documented example: 249.9 units at 10 minutes a unit = 2,499 minutes, ceil(2,499 ÷ 420
    // = 5.95) = "6 person-day(s)", yet ceil(249.9 ÷ 84 = 2.975) = 3 ≤ 5, so "B-5".
    let o = run("engine=oracle&app=orm&ora2pg_units=249.9&unit_minutes=10&tech_level=5");
    assert_eq!(display(&o, "ora2pg_level"), "B-5");
    assert_close(value(&o, "ora2pg_level"), 5.0);
    // 3,000 units at level 5: ceil(3,000 ÷ 84 = 35.71) = 36 > 5 → C-5.
    let o = run("engine=oracle&app=orm&ora2pg_units=3000&tech_level=5");
    assert_eq!(display(&o, "ora2pg_level"), "C-5");
    // The bar: 420 units are exactly 5 of its days, not more than 5 → B; 420.1 → ceil(5.001) = 6 → C.
    assert_eq!(display(&run("engine=oracle&ora2pg_units=420&tech_level=4"), "ora2pg_level"), "B-4");
    assert_eq!(display(&run("engine=oracle&ora2pg_units=420.1&tech_level=4"), "ora2pg_level"), "C-4");
    // Levels 1 to 3 are A whatever the units (no rewrite); a limit of 40 days makes 36 a B.
    assert_eq!(display(&run("engine=oracle&ora2pg_units=3000&tech_level=3"), "ora2pg_level"), "A-3");
    assert_eq!(
        display(&run("engine=oracle&ora2pg_units=3000&tech_level=5&human_days_limit=40"), "ora2pg_level"),
        "B-5"
    );
    // Without the units a level above 3 cannot be graded B or C; a level of 3 or less is still A.
    let o = run("engine=oracle&tech_level=5");
    assert_eq!(display(&o, "ora2pg_level"), "no units entered");
    assert!(o.warnings.iter().any(|w| w.message.contains("to grade it B or C")));
    assert_eq!(display(&run("engine=oracle&tech_level=2&procedures=0"), "ora2pg_level"), "A-2");
    assert_eq!(display(&run("engine=oracle"), "ora2pg_level"), "not entered");
    // SQL Server: the level is Oracle's (as the units), ignored and said to be.
    let o = run("tech_level=5");
    assert_eq!(display(&o, "ora2pg_level"), "Oracle only");
    assert!(o.warnings.iter().any(|w| w.message.starts_with("Ignored: Ora2Pg technical level")));
    // Ora2Pg's levels 1 and 2 mean it found no stored functions: 40 procedures contradict it.
    assert!(run("engine=oracle&tech_level=1")
        .warnings
        .iter()
        .any(|w| w.message.contains("found no stored functions")));
}

#[test]
fn tier_labels_never_contradict_the_inputs() {
    // Issue 31, Readiness 2. Tier 2 was always "simple CRUD or ORM-driven".
    // SQL Server, hand-written SQL, defaults: work 5 × 2 + 40 × 0.2 + 6 × 0.5 + 1 × 3 + 15 = 39;
    // code 18 < 40 → Tier 2; score 100 − 19.5 − 0.4 − 3 = 77.1 → later wave. Not ORM-driven:
    let o = run("app=sql");
    assert_close(value(&o, "score"), 77.1);
    assert_eq!(display(&o, "tier"), "Tier 2 (easier: light T-SQL, hand-written SQL)");
    assert!(o.verdict.facts[0].starts_with("Tier 2 (easier: light T-SQL, hand-written SQL), but its score"));
    // Oracle behind Hibernate graded C-5 by Ora2Pg (3,000 units: 36 of its days): not simple CRUD.
    // Work: Ora2Pg 252 hours > per item 24 days × 8 = 192 → 31.5 + ORM 5 = 36.5; code 31.5 < 40.
    let o = run("engine=oracle&app=orm&ora2pg_units=3000&tech_level=5");
    assert_close(value(&o, "tier"), 2.0);
    assert_eq!(display(&o, "tier"), "Tier 2 (easier; PL/SQL to rewrite, Ora2Pg level C)");
    // An ORM with light code keeps the blog's words; Tier 1 keeps its own.
    assert_eq!(display(&run("app=orm"), "tier"), "Tier 2 (easier: simple CRUD or ORM-driven)");
    assert_eq!(
        display(&run("engine=oracle&red_items=40"), "tier"),
        "Tier 1 (harder: heavy PL/SQL and legacy)"
    );
}

#[test]
fn counts_are_whole_numbers_and_one_of_anything_is_singular() {
    // Issue 31, Readiness 4. Half a procedure is not a count: the link is refused, naming the range.
    let refused = scenario::decode_strict(&CALCULATOR, scenario::query_of("red_items=2.5")).unwrap_err();
    assert!(
        refused.iter().any(|n| n.key == "red_items" && n.message.contains("whole number")),
        "{refused:?}"
    );
    // Ora2Pg's units are not counts: its report writes 249.9.
    assert_close(value(&run("engine=oracle&ora2pg_units=249.9"), "effort_days"), 29.0);
    // On the defaults the one linked server was "1 items", the CONNECT BY weight "1 person-days
    // per item". 1 CONNECT BY query × 1 = 1 person-day, 0.5 points.
    let o = run("engine=oracle&connect_by=1&jobs=1");
    let t = &o.tables[0];
    let row = |name: &str| t.rows.iter().map(|r| t.row_texts(r)).find(|r| r[0] == name).unwrap();
    assert_eq!(row("Database links")[1], "1 item");
    assert_eq!(row("Oracle scheduler jobs")[1], "1 item");
    assert_eq!(row("PL/SQL procedures and functions")[1], "40 items");
    let connect_by = row("CONNECT BY queries");
    assert_eq!((connect_by[1].as_str(), connect_by[2].as_str()), ("1 item", "1 person-day per item"));
    assert!(o.warnings.iter().any(|w| w.message.starts_with("1 Oracle scheduler job: it must move")));
    let every = o.assumptions.iter().find(|a| a.key == Some("w_connect_by")).unwrap();
    assert_eq!(every.display, "1 person-day per item");
    // Inputs are shown as their numbers: the label says what they count.
    let inputs = calc_core::complete(&CALCULATOR, &calc_testkit::query(&CALCULATOR, "linked=1"));
    let linked = CALCULATOR.field("linked").unwrap();
    assert_eq!(linked.display(&inputs), "1");
    // An effort of exactly 1 person-day: an ORM switch weighted 1, nothing else counted.
    let o = run("app=orm&w_orm=1&red_items=0&procedures=0&jobs=0&linked=0");
    assert_eq!(display(&o, "effort_days"), "1 person-day");
    assert!(o.verdict.facts[0].contains("about 1 person-day of work"), "{:?}", o.verdict.facts);
    // On Oracle it is handed over as 1 item of 8 hours.
    let o = run("engine=oracle&app=orm&w_orm=1&red_items=0&procedures=0&jobs=0&linked=0");
    assert!(o.next_steps[0].label.contains("as 1 item to rewrite by hand at 8 hours each: 8 hours"));
    // 1 Ora2Pg unit is 1 of its days (at least 1), 7 hours = 0.875 person-days: work 1.875, 15 hours.
    let o = run("engine=oracle&app=orm&w_orm=1&red_items=0&procedures=0&jobs=0&linked=0&ora2pg_units=1");
    assert!(o.notes.iter().any(|n| n.starts_with("Ora2Pg's rule: 1 unit × 5 minutes")), "{:?}", o.notes);
    assert!(o.next_steps[0].label.contains("as 1.875 items to rewrite by hand at 8 hours each: 15 hours"));
    let o = run("engine=oracle&tech_level=2&procedures=1");
    assert!(o.warnings.iter().any(|w| w.message.contains("but 1 procedure is entered")));
}

#[test]
fn a_score_of_zero_is_excluded_not_a_later_wave() {
    // Issue 31, Readiness 4. 1,000 Agent jobs on the defaults: work 29 − 3 + 1,000 × 0.5 = 526
    // person-days; points 526 × 0.5 + 0.4 + 3 = 266.4 > 100, score 0. Jobs are not code, so it is
    // Tier 2 (code 18 < 40), and it was a "later wave"; a score of 0 leaves no readiness at all.
    let o = run("jobs=1000");
    assert_close(value(&o, "score"), 0.0);
    assert_close(value(&o, "tier"), 2.0);
    assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
    assert_eq!(
        o.verdict.facts,
        [
            "Score 0 of 100: its points add up to 266.4, more than the whole score",
            "Tier 2 (easier: simple CRUD or ORM-driven), about 526 person-days of work",
            "Plan it as a project of its own, outside the initial business case",
            "What lowers it most: SQL Server Agent jobs (250 points)",
        ]
    );
    // A 1,000 TB database with no code: 1,000 TB × 2 = 2,000 points; score 0 → excluded too.
    let o = run("size_gb=1000000&red_items=0&procedures=0&jobs=0&linked=0");
    assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
    // Even a first-wave bar of 0 does not let a score of 0 in.
    assert_eq!(run("jobs=1000&first_wave_score=0").verdict.decision.key, "exclude");
    // Above 0 it is a wave again: 190 jobs → work 29 − 3 + 95 = 121, points 60.5 + 3.4 = 63.9,
    // score 36.1 → later wave.
    assert_eq!(run("jobs=190").verdict.decision.key, "later_wave");
}

#[test]
fn the_other_engines_counts_are_ignored_and_said_to_be() {
    // CONNECT BY and Ora2Pg units on SQL Server change nothing but add a warning naming them.
    let o = run("connect_by=5&ora2pg_units=300");
    assert_close(value(&o, "score"), 82.1);
    let w = o.warnings.iter().find(|w| w.message.starts_with("Ignored")).expect("a warning");
    assert!(
        w.message.contains("CONNECT BY queries") && w.message.contains("Ora2Pg migration units"),
        "{}",
        w.message
    );
    assert_eq!(w.fields, vec!["ora2pg_units", "connect_by"]);
    // CLR on Oracle likewise.
    let o = run("engine=oracle&clr=3");
    assert_close(value(&o, "score"), 82.1);
    assert!(o.warnings.iter().any(|w| w.message.starts_with("Ignored: CLR integrations")));
}

#[test]
fn sql_server_constructs_are_blockers_and_work() {
    // 8 CROSS APPLY × 0.25 + 4 MERGE × 0.5 + 2 CLR × 5 = 2 + 2 + 10 = 14 more person-days:
    // work 43, code 32 → Tier 2; score 100 − 21.5 − 3.4 = 75.1 → later wave; blockers 5 + 14 = 19.
    let o = run("cross_apply=8&merge=4&clr=2");
    assert_close(value(&o, "effort_days"), 43.0);
    assert_close(value(&o, "score"), 75.1);
    assert_close(value(&o, "blockers"), 19.0);
    assert_close(value(&o, "tier"), 2.0);
    // The contribution table and the bar chart carry the same points, one row per input.
    let t = &o.tables[0];
    let chart = &o.charts[0];
    assert!(chart.is_bars());
    assert_eq!(chart.categories.len(), t.rows.len() - 1);
    let clr = chart.categories.iter().position(|c| c == "CLR integrations").unwrap();
    assert_close(chart.series[0].y[clr], 5.0);
    assert_eq!(t.row_texts(t.rows.last().unwrap())[0], "Total: score 100 − 24.9 = 75.1 of 100");
}

#[test]
fn weights_are_shown_as_this_tools_judgement_until_changed() {
    let o = run("w_red=1");
    let red = o.assumptions.iter().find(|a| a.key == Some("w_red")).unwrap();
    assert_eq!(red.provenance, Provenance::Input);
    assert!(red.overridden);
    let proc = o.assumptions.iter().find(|a| a.key == Some("w_procedure")).unwrap();
    assert!(matches!(&proc.provenance, Provenance::Derived(t) if t.contains("this tool's judgement")));
    // Every weight field is listed (with the weights' day length), plus the three Ora2Pg rules from
    // the sheet (minutes per unit, hours in its person-day, the human-days limit of level C).
    assert_eq!(o.assumptions.len(), 18 + 3);
    assert!(matches!(o.assumptions.last().unwrap().provenance, Provenance::Sheet(_)));
    assert_eq!(PRICES.value(PRICE_UNIT_MINUTES), 5.0);
    assert_eq!(PRICES.value(PRICE_DAY_HOURS), 7.0);
    assert_eq!(CALCULATOR.meta().slug, "readiness");
}

#[test]
fn boundaries_all_zero_and_huge() {
    // Nothing counted, all reads, no size, EF: work 5, score 100 − 2.5 = 97.5, first wave, with a
    // warning that no code was counted.
    let o = run("size_gb=0&read_share=100&red_items=0&procedures=0&jobs=0&linked=0");
    assert_close(value(&o, "score"), 97.5);
    assert_eq!(o.verdict.decision.key, "first_wave");
    assert!(o.warnings.iter().any(|w| w.message.starts_with("No code is counted")));
    // A 1,000 TB database with no code: score 0 from size alone, still Tier 2, but a score of 0
    // is excluded (before: a later wave).
    let o = run("size_gb=1000000&red_items=0&procedures=0&jobs=0&linked=0");
    assert_close(value(&o, "score"), 0.0);
    assert_eq!(o.verdict.decision.key, "exclude", "{}", o.verdict.sentence());
    // An Oracle effort beyond what the Oracle calculator accepts gets no link, and a note says why.
    let o = run("engine=oracle&red_items=100000");
    assert!(o.next_steps.is_empty());
    assert!(o.notes.iter().any(|n| n.contains("no link")));
}

#[test]
fn golden_scenarios_match() {
    calc_testkit::assert_golden(&CALCULATOR);
}
