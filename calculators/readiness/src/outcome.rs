//! The model's numbers as the Outcome every channel shows: the four headline figures with
//! their math, the contribution table and bar chart, the weights as assumptions, and the link
//! that carries the effort into the Oracle to PostgreSQL calculator.

use crate::fields::{
    self, key, oracle_pg, Read, DAYS_COLUMN, DAYS_PER_ITEM, HOURS, LEVEL, MINUTES, PERSON_DAYS, POINTS,
    POINTS_COLUMN, POINTS_PER_TB,
};
use crate::model::{Contribution, Engine, Item, Kind, MigrationLevel, ReadinessResult, LEVEL_UNITS_PER_DAY};
use crate::words::{self, item_name, quantity};
use calc_core::charts::{self, Line};
use calc_core::{
    format, Assumption, Cell, Chart, Column, Figure, Headline, NextStep, Outcome, Provenance, Row, Table,
    Unit,
};

pub fn build(read: &Read, r: &ReadinessResult) -> Outcome {
    Outcome {
        verdict: words::verdict(read, r),
        headlines: headlines(read, r),
        tables: vec![contributions(read, r)],
        charts: vec![contribution_chart(read, r)],
        warnings: words::warnings(read, r),
        assumptions: assumptions(read),
        notes: words::notes(read, r),
        next_steps: next_steps(read, r),
        auto_values: vec![],
    }
}

fn name(read: &Read, item: Item) -> &'static str {
    item_name(item, read.model.engine, read.model.app)
}

/// "5 × 2 + 40 × 0.2 + Ora2Pg 36 × 7 ÷ 8": the person-days of the rows that take some (Ora2Pg's
/// person-days × its hours ÷ the weights' hours), joined by " + ".
fn day_terms(read: &Read, r: &ReadinessResult, rows: &[&Contribution]) -> String {
    let parts: Vec<String> = rows
        .iter()
        .filter(|c| c.days > 0.0)
        .map(|c| match c.item {
            Item::Ora2PgUnits => format!(
                "Ora2Pg {} × {} ÷ {}",
                format::count(r.units_days.unwrap_or(0.0)),
                format::count(read.model.ora2pg_day_hours),
                format::count(read.model.weights.hours_per_day)
            ),
            Item::App => format!("{} {}", name(read, c.item), format::count(c.days)),
            _ => format!("{} × {}", format::count(c.amount), format::count(c.weight)),
        })
        .collect();
    if parts.is_empty() {
        "0".into()
    } else {
        parts.join(" + ")
    }
}

/// The five headline figures, in the order the outcome lists them.
pub const SCORE: Headline = Headline::new("score", "Readiness score", fields::SCORE);
pub const TIER: Headline = Headline::new("tier", "Tier", fields::TIER);
pub const BLOCKERS: Headline = Headline::new("blockers", "Blockers", fields::BLOCKERS);
pub const EFFORT: Headline = Headline::new("effort_days", "Effort", PERSON_DAYS);
pub const ORA2PG_LEVEL: Headline = Headline::new("ora2pg_level", "Ora2Pg migration level", LEVEL);
pub const HEADLINES: &[Headline] = &[SCORE, TIER, BLOCKERS, EFFORT, ORA2PG_LEVEL];

fn headlines(read: &Read, r: &ReadinessResult) -> Vec<Figure> {
    vec![score(read, r), tier(read, r), blockers(read, r), effort(read, r), ora2pg_level(read, r)]
}

fn score(read: &Read, r: &ReadinessResult) -> Figure {
    let i = &read.model;
    let w = &i.weights;
    let risk = |item: Item| r.row(item).map_or(0.0, |c| c.points);
    SCORE.of(r.score).math(
        "100 − person-days of work × points per person-day − TB stored × points per TB − write share × points \
         for an all-write workload, never below 0",
        format!(
            "100 − {} × {} − {} TB × {} − {} × {} = 100 − {} − {} − {} = {}",
            format::count(r.effort_days),
            format::count(w.points_per_day),
            format::count(i.size_gb / 1000.0),
            format::count(w.per_tb),
            format::share((100.0 - i.read_pct) / 100.0),
            format::count(w.writes),
            format::count(r.effort_days * w.points_per_day),
            format::count(risk(Item::Size)),
            format::count(risk(Item::Writes)),
            words::score_text(r.score)
        ),
    )
}

/// The tier, shown by its name.
fn tier(read: &Read, r: &ReadinessResult) -> Figure {
    let i = &read.model;
    let w = &i.weights;
    // The code per item, whether or not Ora2Pg's units cover its work.
    let code: Vec<String> = r
        .rows
        .iter()
        .filter(|c| c.item.kind() == Kind::Code && c.item != Item::Ora2PgUnits)
        .filter(|c| c.amount * c.weight > 0.0)
        .map(|c| format!("{} × {}", format::count(c.amount), format::count(c.weight)))
        .collect();
    let per_item = if code.is_empty() {
        "0".to_string()
    } else {
        format!("{} = {}", code.join(" + "), format::count(r.code_per_item_days))
    };
    let code = match (r.units_days, r.units_hours) {
        (Some(days), Some(hours)) => format!(
            "code: the larger of Ora2Pg's {} × {} ÷ {} = {} and per item {} → {}",
            format::count(days),
            format::count(i.ora2pg_day_hours),
            format::count(w.hours_per_day),
            format::count(hours / w.hours_per_day),
            per_item,
            words::days_text(r.code_days)
        ),
        _ => format!("code {per_item} → {}", words::days_text(r.code_days)),
    };
    Figure {
        display: words::tier_name(read, r),
        ..TIER.of(f64::from(r.tier)).math(
            "Tier 1, the harder, when the code in the database takes at least the Tier 1 bar in person-days \
             (with Ora2Pg's units, the larger of their estimate and the per-item one); Tier 2, the easier, \
             otherwise",
            format!(
                "{code} {} {}: Tier {}",
                if r.tier == 1 { "≥" } else { "<" },
                words::days_text(w.tier1_days),
                if r.tier == 1 { "1, the harder" } else { "2, the easier" }
            ),
        )
    }
}

fn blockers(read: &Read, r: &ReadinessResult) -> Figure {
    let blocking: Vec<String> = r
        .rows
        .iter()
        .filter(|c| c.item.is_blocker() && c.amount > 0.0)
        .map(|c| format!("{} {}", name(read, c.item), format::count(c.amount)))
        .collect();
    BLOCKERS.of(r.blockers).math(
        match read.model.engine {
            Engine::SqlServer => "items to rewrite by hand + CROSS APPLY + MERGE + CLR integrations",
            Engine::Oracle => "items to rewrite by hand + CONNECT BY queries + Oracle XML processing",
        },
        if blocking.is_empty() {
            "none".to_string()
        } else {
            format!("{} = {}", blocking.join(" + "), format::count(r.blockers))
        },
    )
}

fn effort(read: &Read, r: &ReadinessResult) -> Figure {
    let all: Vec<&Contribution> = r.rows.iter().collect();
    let figure = EFFORT.of(r.effort_days).math(
        "count × person-days per item for every input but size and write share, the application once; Ora2Pg's \
         units as ceil(units × minutes per unit ÷ minutes in its person-day) of its person-days × its hours ÷ the \
         hours in a person-day of the weights",
        format!("{} = {}", day_terms(read, r, &all), words::days_text(r.effort_days)),
    );
    Figure { display: words::days_text(r.effort_days), ..figure }
}

/// Ora2Pg's grade, "C-5", exactly as its `difficulty_assessment` gives it; its number is the
/// technical level.
fn ora2pg_level(read: &Read, r: &ReadinessResult) -> Figure {
    let i = &read.model;
    let Some(g) = r.grade else {
        return ORA2PG_LEVEL.none(match (i.engine, i.tech_level.number()) {
            (Engine::SqlServer, _) => "Oracle only",
            (Engine::Oracle, None) => "not entered",
            (Engine::Oracle, Some(_)) => "no units entered",
        });
    };
    let why = match g.level {
        MigrationLevel::A => format!("technical level {} ≤ 3: A", g.tech),
        level => format!(
            "technical level {} > 3; ceil({} ÷ {} = {}) = {} {} {}: {}",
            g.tech,
            words::noun(i.ora2pg_units, 3, "unit", "units"),
            format::count(LEVEL_UNITS_PER_DAY),
            format::number(i.ora2pg_units / LEVEL_UNITS_PER_DAY, 2),
            words::days_text(g.level_days),
            if level == MigrationLevel::C { ">" } else { "≤" },
            format::count(i.days_limit),
            if level == MigrationLevel::C { "C" } else { "B" },
        ),
    };
    Figure {
        display: words::grade_text(&g),
        ..ORA2PG_LEVEL.of(f64::from(g.tech)).math(
            "Ora2Pg: A when the technical level is 3 or less; B above 3; C above 3 when ceil(units ÷ 84) is more \
             than the human-days limit (84 units a day whatever the minutes per unit)",
            format!("{why}-{}", g.tech),
        )
    }
}

fn amount_cell(read: &Read, c: &Contribution) -> String {
    match c.item {
        Item::Ora2PgUnits => words::noun(c.amount, 1, "unit", "units"),
        Item::App => "yes".into(),
        Item::Size => format::value(read.model.size_gb, Unit::GB),
        Item::Writes => format::share(c.amount),
        _ => words::noun(c.amount, 0, "item", "items"),
    }
}

fn weight_cell(read: &Read, r: &ReadinessResult, c: &Contribution) -> String {
    let i = &read.model;
    match c.item {
        Item::Ora2PgUnits if c.covered => "below the per-item estimate of the same work".into(),
        Item::Ora2PgUnits => format!(
            "Ora2Pg: {} per unit, {} of {}",
            quantity(i.unit_minutes, MINUTES),
            words::days_text(r.units_days.unwrap_or(0.0)),
            quantity(i.ora2pg_day_hours, HOURS)
        ),
        _ if c.covered => "in the Ora2Pg units".into(),
        Item::App => quantity(c.weight, PERSON_DAYS),
        Item::Size => quantity(c.weight, POINTS_PER_TB),
        Item::Writes => format!("{} at 100% writes", quantity(c.weight, POINTS)),
        _ => quantity(c.weight, DAYS_PER_ITEM),
    }
}

fn contributions(read: &Read, r: &ReadinessResult) -> Table {
    let mut rows: Vec<Row> = r
        .rows
        .iter()
        .map(|c| {
            Row::data(vec![
                Cell::Text(name(read, c.item).into()),
                Cell::Text(amount_cell(read, c)),
                Cell::Text(weight_cell(read, r, c)),
                Cell::Num(c.days),
                Cell::Num(c.points),
                Cell::Text(if c.item.is_blocker() { format::count(c.amount) } else { String::new() }),
            ])
        })
        .collect();
    rows.push(Row::total(vec![
        Cell::Text(format!(
            "Total: score 100 − {} = {}",
            format::count(r.total_points),
            words::score_text(r.score)
        )),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        Cell::Num(r.effort_days),
        Cell::Num(r.total_points),
        Cell::Text(format::count(r.blockers)),
    ]));
    Table {
        key: "contributions",
        title: "What each input takes off the score of 100".into(),
        columns: vec![
            Column { label: "Input".into(), unit: Unit::TEXT },
            Column { label: "Found".into(), unit: Unit::TEXT },
            Column { label: "Weight".into(), unit: Unit::TEXT },
            Column { label: "Person-days".into(), unit: DAYS_COLUMN },
            Column { label: "Points".into(), unit: POINTS_COLUMN },
            Column { label: "Blockers".into(), unit: Unit::TEXT },
        ],
        rows,
    }
}

fn contribution_chart(read: &Read, r: &ReadinessResult) -> Chart {
    charts::bars(
        "contributions",
        "Points each input takes off the score",
        "Input",
        ("Points off the score", POINTS_COLUMN),
        r.rows.iter().map(|c| name(read, c.item).to_string()).collect(),
        vec![Line::new("Points", r.rows.iter().map(|c| c.points).collect())],
    )
}

/// Every weight, as this tool's judgement until the user changes it; the two Ora2Pg rules
/// with their sources.
fn assumptions(read: &Read) -> Vec<Assumption> {
    let i = &read.model;
    let mut out = Vec::new();
    for field in crate::fields::FIELDS.iter().filter(|f| f.group == crate::fields::GROUP_WEIGHTS) {
        let calc_core::FieldKind::Number { default, .. } = field.kind else { continue };
        let value = weight_value(i, field.key);
        let overridden = value != default;
        let provenance = if overridden {
            Provenance::Input
        } else {
            Provenance::Derived(
                "this tool's judgement, not a published figure; change it under Weights".into(),
            )
        };
        out.push(Assumption {
            key: Some(field.key),
            label: field.label.to_string(),
            display: quantity(value, field.unit),
            provenance,
            overridden,
        });
    }
    out.push(Assumption::price(
        key::UNIT_MINUTES,
        "Minutes of work in one Ora2Pg migration unit",
        quantity(i.unit_minutes, MINUTES),
        read.unit_minutes.clone(),
    ));
    out.push(Assumption::price(
        key::DAY_HOURS,
        "Hours in an Ora2Pg person-day (420 minutes)",
        quantity(i.ora2pg_day_hours, HOURS),
        read.day_hours.clone(),
    ));
    out.push(Assumption::price(
        key::HUMAN_DAYS_LIMIT,
        "Ora2Pg level C above this many person-days (at 84 units a day)",
        words::days_text(i.days_limit),
        read.days_limit.clone(),
    ));
    out
}

fn weight_value(i: &crate::model::ReadinessInputs, k: &str) -> f64 {
    let w = &i.weights;
    match k {
        key::W_RED => w.red_item,
        key::W_PROCEDURE => w.procedure,
        key::W_CROSS_APPLY => w.cross_apply,
        key::W_MERGE => w.merge,
        key::W_CLR => w.clr,
        key::W_CONNECT_BY => w.connect_by,
        key::W_XML => w.xml,
        key::W_RAC_SEQUENCE => w.rac_sequence,
        key::W_JOB => w.job,
        key::W_LINKED => w.linked,
        key::W_ORM => w.orm,
        key::W_APP_SQL => w.app_sql,
        key::W_POINTS_PER_DAY => w.points_per_day,
        key::W_PER_TB => w.per_tb,
        key::W_WRITES => w.writes,
        key::TIER1_DAYS => w.tier1_days,
        key::FIRST_WAVE_SCORE => w.first_wave_score,
        key::W_DAY_HOURS => w.hours_per_day,
        other => panic!("`{other}` is not a weight"),
    }
}

/// The effort as the Oracle to PostgreSQL calculator takes it: person-days of the weights' day
/// length (to a thousandth, so the hours are right to the minute) as its items to rewrite by
/// hand, at the hours of that day each. Ora2Pg's part is already in those person-days (its
/// hours ÷ the weights' hours), so the hours handed over are each part's at its own day length.
/// Oracle only, when there is work and it fits that calculator's range.
fn next_steps(read: &Read, r: &ReadinessResult) -> Vec<NextStep> {
    let i = &read.model;
    let days = (r.effort_days * 1000.0).round() / 1000.0;
    if i.engine != Engine::Oracle || days <= 0.0 || days > oracle_pg::MAX_ITEMS {
        return Vec::new();
    }
    let hours_per_day = i.weights.hours_per_day;
    vec![NextStep {
        label: words::oracle_pg_label(days, hours_per_day),
        href: format!(
            "{}?{}={}&{}={}",
            oracle_pg::PATH,
            oracle_pg::ITEMS,
            format::plain(days),
            oracle_pg::HOURS_PER_ITEM,
            format::plain(hours_per_day)
        ),
    }]
}
