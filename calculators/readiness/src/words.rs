//! The words: the verdict, the warnings the inputs trigger, notes, and the names of the
//! inputs as a DBA reads them.

use crate::fields::{key, Read};
use crate::model::{App, Engine, Grade, Item, MigrationLevel, ReadinessResult, TechLevel, Wave};
use calc_core::{format, Decision, Style, Unit, Verdict, Warning};

/// The input behind an item, for a warning's field links.
pub fn item_key(item: Item) -> &'static str {
    match item {
        Item::RedItems => key::RED_ITEMS,
        Item::Ora2PgUnits => key::ORA2PG_UNITS,
        Item::Procedures => key::PROCEDURES,
        Item::CrossApply => key::CROSS_APPLY,
        Item::Merge => key::MERGE,
        Item::Clr => key::CLR,
        Item::ConnectBy => key::CONNECT_BY,
        Item::Xml => key::XML,
        Item::RacSequences => key::RAC_SEQUENCES,
        Item::Jobs => key::JOBS,
        Item::Linked => key::LINKED,
        Item::App => key::APP,
        Item::Size => key::SIZE_GB,
        Item::Writes => key::READ_SHARE,
    }
}

/// An item's name on this engine, for the table, the chart and the text.
pub fn item_name(item: Item, engine: Engine, app: App) -> &'static str {
    let sql = engine == Engine::SqlServer;
    match item {
        Item::RedItems => "Other items to rewrite by hand",
        Item::Ora2PgUnits => "Ora2Pg migration units",
        Item::Procedures if sql => "T-SQL procedures and functions",
        Item::Procedures => "PL/SQL procedures and functions",
        Item::CrossApply => "CROSS APPLY",
        Item::Merge => "MERGE",
        Item::Clr => "CLR integrations",
        Item::ConnectBy => "CONNECT BY queries",
        Item::Xml => "Oracle XML processing",
        Item::RacSequences => "Sequences relying on RAC",
        Item::Jobs if sql => "SQL Server Agent jobs",
        Item::Jobs => "Oracle scheduler jobs",
        Item::Linked if sql => "Linked servers",
        Item::Linked => "Database links",
        Item::App => match app {
            App::EntityFramework => "Entity Framework provider switch",
            App::OtherOrm => "ORM provider switch",
            App::HandWrittenSql => "Hand-written SQL in the application",
        },
        Item::Size => "Database size",
        Item::Writes => "Write share",
    }
}

pub fn engine_name(engine: Engine) -> &'static str {
    match engine {
        Engine::SqlServer => "SQL Server",
        Engine::Oracle => "Oracle",
    }
}

/// The tier by its name, in words the inputs never contradict: "simple CRUD or ORM-driven" only
/// for an ORM-driven database that Ora2Pg does not grade C.
pub fn tier_name(read: &Read, r: &ReadinessResult) -> String {
    let i = &read.model;
    let code = match i.engine {
        Engine::SqlServer => "T-SQL",
        Engine::Oracle => "PL/SQL",
    };
    // The checklist numbers the harder tier 1: each name says which it is, so the names read in
    // order of difficulty whatever a reader assumes of the numbers.
    if r.tier == 1 {
        format!("Tier 1 (harder: heavy {code} and legacy)")
    } else if r.grade.is_some_and(|g| g.level == MigrationLevel::C) {
        format!("Tier 2 (easier; {code} to rewrite, Ora2Pg level C)")
    } else if i.app == App::HandWrittenSql {
        format!("Tier 2 (easier: light {code}, hand-written SQL)")
    } else {
        "Tier 2 (easier: simple CRUD or ORM-driven)".into()
    }
}

/// Ora2Pg's grade as its report writes it: "C-5".
pub fn grade_text(g: &Grade) -> String {
    let letter = match g.level {
        MigrationLevel::A => "A",
        MigrationLevel::B => "B",
        MigrationLevel::C => "C",
    };
    format!("{letter}-{}", g.tech)
}

pub fn score_text(score: f64) -> String {
    format::value(score, crate::fields::SCORE)
}

/// A value with its unit as `format::value` writes it, but singular when it shows as exactly 1:
/// "1 person-day", "1 person-day per item", "2 points".
pub fn quantity(value: f64, unit: Unit) -> String {
    match (unit.style, crate::fields::singular(unit)) {
        (Style::Quantity { decimals, .. }, Some(one)) if format::number(value, decimals) == "1" => {
            format!("1 {one}")
        }
        _ => format::value(value, unit),
    }
}

/// A number of things, as shown with `decimals`: "1 item", "40 items", "249.9 units".
pub fn noun(value: f64, decimals: usize, one: &str, many: &str) -> String {
    match format::number(value, decimals) {
        n if n == "1" => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

pub fn days_text(days: f64) -> String {
    quantity(days, crate::fields::PERSON_DAYS)
}

/// The item taking the most points, if any takes points.
fn heaviest(read: &Read, r: &ReadinessResult) -> Option<String> {
    let i = &read.model;
    let top = r.rows.iter().filter(|c| c.points > 0.0).max_by(|a, b| a.points.total_cmp(&b.points))?;
    Some(format!(
        "{} ({})",
        item_name(top.item, i.engine, i.app),
        quantity(top.points, crate::fields::POINTS)
    ))
}

/// The person-days of the blockers at their per-item weights, when there are any.
fn blocker_days(r: &ReadinessResult) -> Option<f64> {
    (r.blockers > 0.0)
        .then(|| r.rows.iter().filter(|c| c.item.is_blocker()).map(|c| c.amount * c.weight).sum())
}

/// Every decision the verdict can reach.
pub const EXCLUDE: Decision = Decision::new("exclude", "Exclude from the initial business case");
pub const FIRST_WAVE: Decision = Decision::new("first_wave", "First wave");
pub const LATER_WAVE: Decision = Decision::new("later_wave", "Later wave");
pub const DECISIONS: &[Decision] = &[EXCLUDE, FIRST_WAVE, LATER_WAVE];

pub fn verdict(read: &Read, r: &ReadinessResult) -> Verdict {
    let i = &read.model;
    let w = &i.weights;
    let effort = days_text(r.effort_days);
    let score = score_text(r.score);
    let mut v = match r.wave {
        // Tier 2 at a score of 0: the points take the whole score, so no wave can hold it.
        Wave::Exclude if r.tier == 2 => Verdict::plain(EXCLUDE)
            .fact(format!(
                "score {score}: its points add up to {}, more than the whole score",
                format::count(r.total_points)
            ))
            .fact(format!("{}, about {effort} of work", tier_name(read, r)))
            .fact("plan it as a project of its own, outside the initial business case"),
        Wave::Exclude => Verdict::plain(EXCLUDE)
            .fact(tier_name(read, r))
            .fact(format!(
                "its code in the database takes {} (Tier 1 from {}), about {effort} of rewriting and testing \
                 in all, score {score}",
                days_text(r.code_days),
                days_text(w.tier1_days),
            ))
            .fact("move Tier 2 databases first, since migrating this one first would stall the programme"),
        Wave::First => {
            let v = Verdict::plain(FIRST_WAVE)
                .fact(format!("score {score}, {}, about {effort} of work", tier_name(read, r)));
            // Blockers beside "First wave" say why they do not hold it back.
            match blocker_days(r) {
                Some(days) => v.fact(format!(
                    "its {} {} by hand of about {}, and its code stays under Tier 1's {}, so {} not hold it \
                     back",
                    noun(r.blockers, 0, "blocker", "blockers"),
                    if r.blockers == 1.0 { "is a rewrite" } else { "are rewrites" },
                    days_text(days),
                    days_text(w.tier1_days),
                    if r.blockers == 1.0 { "it does" } else { "they do" }
                )),
                None => v.fact("a good early candidate to build the team's PostgreSQL experience"),
            }
        }
        Wave::Later => Verdict::plain(LATER_WAVE)
            .fact(format!(
                "{}, but its score of {score} is below the first-wave bar of {}",
                tier_name(read, r),
                format::count(w.first_wave_score)
            ))
            .fact(format!("about {effort} of work")),
    };
    if let Some(h) = heaviest(read, r) {
        v.push(format!("what lowers it most: {h}"));
    }
    v
}

pub fn warnings(read: &Read, r: &ReadinessResult) -> Vec<Warning> {
    let i = &read.model;
    let mut w = Vec::new();
    if !r.ignored.is_empty() || r.tech_ignored {
        let mut names: Vec<&str> = r.ignored.iter().map(|&it| item_name(it, i.engine, i.app)).collect();
        let mut keys: Vec<&'static str> = r.ignored.iter().map(|&it| item_key(it)).collect();
        if r.tech_ignored {
            names.insert(0, "Ora2Pg technical level");
            keys.insert(0, key::TECH_LEVEL);
        }
        let other = match i.engine {
            Engine::SqlServer => "Oracle",
            Engine::Oracle => "SQL Server",
        };
        w.push(Warning::caution(
            format!(
                "Ignored: {} exist only on {other}, and this database is {}. Set them to 0, or choose {other} \
                 as the source engine if that is what you assessed.",
                names.join(", "),
                engine_name(i.engine)
            ),
            &keys,
        ));
    }
    let code_entered = i.red_items + i.procedures + i.ora2pg_units > 0.0;
    if code_entered {
        w.push(Warning::caution(
            "Conversion tools are optimistic: AWS SCT may claim 95% automated conversion, but the remaining 5% of \
             code often holds the core business logic. Score and plan from the items left to rewrite by hand, \
             never from the percentage converted.",
            &[key::RED_ITEMS, key::PROCEDURES],
        ));
    } else {
        w.push(Warning::caution(
            "No code is counted: no items to rewrite, procedures or Ora2Pg units. Unless the database really has \
             none, run an assessment (Microsoft Data Migration Assistant, AWS SCT or Ora2Pg) and enter what it \
             finds before relying on this score.",
            &[key::RED_ITEMS, key::PROCEDURES, key::ORA2PG_UNITS],
        ));
    }
    if let (Engine::Oracle, Some(tech)) = (i.engine, i.tech_level.number()) {
        if tech > 3 && r.units_days.is_none() {
            w.push(Warning::info(
                format!(
                    "Ora2Pg's technical level {tech} means code to rewrite: enter the total estimated cost of its \
                     report in units to grade it B or C."
                ),
                &[key::ORA2PG_UNITS, key::TECH_LEVEL],
            ));
        }
        // Ora2Pg's levels 1 and 2 have no stored functions, procedures or packages; 3 and 5 have some.
        let found = if i.procedures > 0.0 && tech <= 2 {
            Some(format!(
                "found no stored functions or procedures, but {} entered",
                noun(i.procedures, 0, "procedure is", "procedures are")
            ))
        } else if i.procedures == 0.0 && matches!(i.tech_level, TechLevel::Simple | TechLevel::Difficult) {
            Some("found stored functions or procedures, but none are entered".to_string())
        } else {
            None
        };
        if let Some(found) = found {
            w.push(Warning::caution(
                format!(
                    "Ora2Pg's technical level {tech} means it {found}: check the level and the count against \
                     the report."
                ),
                &[key::TECH_LEVEL, key::PROCEDURES],
            ));
        }
    }
    match i.app {
        App::EntityFramework => w.push(Warning::caution(
            format!("Entity Framework generates {}-specific queries: switching its provider to PostgreSQL often \
             exposes subtle differences in case sensitivity and transaction handling. Run the application's test \
             suite against PostgreSQL before counting this database as ready.",
                engine_name(i.engine)
            ),
            &[key::APP],
        )),
        App::OtherOrm => w.push(Warning::info(
            "Switching an ORM to its PostgreSQL provider changes the SQL it generates: test case-sensitive \
             comparisons and transaction behaviour against PostgreSQL before counting this database as ready.",
            &[key::APP],
        )),
        App::HandWrittenSql => {}
    }
    if i.linked > 0.0 {
        w.push(Warning::caution(
            format!(
                "{}: PostgreSQL reaches other databases through foreign data wrappers, which have different \
                 performance profiles for large joins. Test the largest cross-database queries, or move those \
                 joins into the application.",
                item_name(Item::Linked, i.engine, i.app)
            ),
            &[key::LINKED],
        ));
    }
    if i.jobs > 0.0 {
        let jobs = match i.engine {
            Engine::SqlServer => noun(i.jobs, 0, "SQL Server Agent job: it", "SQL Server Agent jobs: each"),
            Engine::Oracle => noun(i.jobs, 0, "Oracle scheduler job: it", "Oracle scheduler jobs: each"),
        };
        w.push(Warning::info(
            format!(
                "{jobs} must move to pg_cron or an external orchestrator such as Airflow, with its schedule, \
                 retries and alerting."
            ),
            &[key::JOBS],
        ));
    }
    if r.row(Item::RacSequences).is_some_and(|c| c.amount > 0.0) {
        w.push(Warning::caution(
            "PostgreSQL handles concurrency differently from Oracle RAC: queries that were fast on Oracle may need \
             index tuning or design changes, such as removing sequence bottlenecks.",
            &[key::RAC_SEQUENCES],
        ));
    }
    if let (Some(units), Some(units_hours)) = (r.units_days, r.units_hours) {
        let ora2pg = format!(
            "Ora2Pg's {} of {} ({})",
            days_text(units),
            quantity(i.ora2pg_day_hours, crate::fields::HOURS),
            quantity(units_hours, crate::fields::HOURS)
        );
        let per_item = format!(
            "this tool's per-item {} of {} ({})",
            days_text(r.per_item_days),
            quantity(i.weights.hours_per_day, crate::fields::HOURS),
            quantity(r.per_item_hours, crate::fields::HOURS)
        );
        let (used, other) =
            if units_hours >= r.per_item_hours { (ora2pg, per_item) } else { (per_item, ora2pg) };
        w.push(Warning::info(
            format!(
                "What Ora2Pg's units measure (other items, procedures, CONNECT BY, XML, jobs, database links) is \
                 counted once, by the larger estimate in hours: {used} against {other}. Those counts still count \
                 as blockers.",
            ),
            &[key::ORA2PG_UNITS],
        ));
    }
    if r.total_points > 100.0 {
        w.push(Warning::info(
            format!(
                "The points add up to {}, more than the 100 the score starts from: the score stops at 0. Compare \
                 such databases by their person-days.",
                quantity(r.total_points, crate::fields::POINTS)
            ),
            &[],
        ));
    }
    w
}

pub fn notes(read: &Read, r: &ReadinessResult) -> Vec<String> {
    let i = &read.model;
    let mut notes = vec![
        "The weights are this tool's judgement, not published figures: no public source gives scoring weights for \
         migration readiness. Change any of them under Weights; the table shows what each input takes off the \
         score."
            .to_string(),
    ];
    if let (Some(days), Some(hours)) = (r.units_days, r.units_hours) {
        notes.push(format!(
            "Ora2Pg's rule: {} × {} ÷ ({} × 60 minutes) rounded up = {} of its own, {} = {} of {}. Its \
             migration level (A, B or C) counts person-days at a fixed 84 units a day, whatever the minutes per \
             unit.",
            noun(i.ora2pg_units, 3, "unit", "units"),
            quantity(i.unit_minutes, crate::fields::MINUTES),
            quantity(i.ora2pg_day_hours, crate::fields::HOURS),
            days_text(days),
            quantity(hours, crate::fields::HOURS),
            days_text(hours / i.weights.hours_per_day),
            quantity(i.weights.hours_per_day, crate::fields::HOURS)
        ));
    }
    if i.engine == Engine::Oracle && r.effort_days > crate::fields::oracle_pg::MAX_ITEMS {
        notes.push(format!(
            "{} is more than the Oracle to PostgreSQL savings calculator accepts as items to rewrite, so no link \
             to it is offered: split the estate and score each database on its own.",
            days_text(r.effort_days)
        ));
    }
    notes.push(
        "Not counted in the person-days: copying the data, testing the whole application, the cutover and \
         running both databases side by side."
            .to_string(),
    );
    notes
}

/// The label of the link into the Oracle to PostgreSQL calculator: the person-days, and the
/// hours they are entered as.
pub fn oracle_pg_label(days: f64, hours_per_day: f64) -> String {
    format!(
        "Cost these {} in the Oracle to PostgreSQL migration savings calculator (entered there as {} to rewrite \
         by hand at {} each: {})",
        days_text(days),
        noun(days, 3, "item", "items"),
        quantity(hours_per_day, crate::fields::HOURS),
        quantity(days * hours_per_day, crate::fields::HOURS)
    )
}
