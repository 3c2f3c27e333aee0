//! The pure model: what an assessment found in one database, weighted into points off a score
//! of 100, a tier, a count of blockers, person-days of work and a wave. Plain numbers in,
//! plain numbers out.
//!
//! Each counted item costs its weight in person-days of work; the score is 100 minus those
//! person-days × points per person-day and minus the two risk terms (size and writes), which
//! take points but add no work. Weights are inputs, never constants here.
//!
//! One day length: the weights are person-days of `Weights::hours_per_day` (8); Ora2Pg's units
//! give Ora2Pg's person-days of 420 minutes, which are turned into hours and then into this
//! tool's person-days before anything is added, compared or handed over.

calc_core::choices! {
    /// The source engine. Some inputs exist only on one of them (`Item::applies`).
    pub enum Engine {
        SqlServer = "sqlserver" => "SQL Server",
        Oracle = "oracle" => "Oracle",
    }
}

calc_core::choices! {
    /// How the application reaches the data.
    pub enum App {
        EntityFramework = "ef" => "Entity Framework",
        OtherOrm = "orm" => "Another ORM (Hibernate, Django, Rails…)",
        HandWrittenSql = "sql" => "Hand-written SQL and procedure calls",
    }
}

calc_core::choices! {
    /// Ora2Pg's technical level: the number in its report's "Migration level: B-5".
    pub enum TechLevel {
        NotEntered = "none" => "Not entered",
        Trivial = "1" => "1 = trivial: no stored functions and no triggers",
        Easy = "2" => "2 = easy: no stored functions but with triggers, no manual rewriting",
        Simple = "3" => "3 = simple: stored functions and/or triggers, no manual rewriting",
        Manual = "4" => "4 = manual: no stored functions but with triggers or views with code rewriting",
        Difficult = "5" => "5 = difficult: stored functions and/or triggers with code rewriting",
    }
}

impl TechLevel {
    pub fn number(self) -> Option<u8> {
        match self {
            TechLevel::NotEntered => None,
            TechLevel::Trivial => Some(1),
            TechLevel::Easy => Some(2),
            TechLevel::Simple => Some(3),
            TechLevel::Manual => Some(4),
            TechLevel::Difficult => Some(5),
        }
    }
}

/// Ora2Pg's migration level: A (might run automatically), B (code rewrite up to the human-days
/// limit), C (above it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrationLevel {
    A,
    B,
    C,
}

/// Ora2Pg's grade of a migration, "C-5": its level and the technical level it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grade {
    pub level: MigrationLevel,
    /// The technical level, 1–5.
    pub tech: u8,
    /// The person-days the level counts: ceil(units ÷ 84).
    pub level_days: f64,
}

/// Ora2Pg's migration level counts person-days at a fixed 84 units a day (5-minute units in a
/// 420-minute day), whatever COST_UNIT_VALUE is (`difficulty_assessment`, lib/Ora2Pg.pm).
pub const LEVEL_UNITS_PER_DAY: f64 = 84.0;

/// Ora2Pg's grade exactly as `difficulty_assessment` gives it: A when the technical level is 3
/// or less; B above 3; C above 3 when ceil(units ÷ 84) is more than the human-days limit.
pub fn ora2pg_grade(units: f64, tech: u8, days_limit: f64) -> Grade {
    let level_days = ora2pg_ceil(units / LEVEL_UNITS_PER_DAY);
    let level = if tech <= 3 {
        MigrationLevel::A
    } else if level_days > days_limit {
        MigrationLevel::C
    } else {
        MigrationLevel::B
    };
    Grade { level, tech, level_days }
}

/// Every input that can take points off the score, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    RedItems,
    Ora2PgUnits,
    Procedures,
    CrossApply,
    Merge,
    Clr,
    ConnectBy,
    Xml,
    RacSequences,
    Jobs,
    Linked,
    App,
    Size,
    Writes,
}

/// What an item's points measure, for the tier rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Code in the database (T-SQL, PL/SQL): decides the tier.
    Code,
    /// Jobs, links and sequences around the code: work, not tier.
    Surroundings,
    /// The application's data access: work, not tier.
    Application,
    /// Size and write share: risk points, no work.
    Risk,
}

impl Item {
    pub const ALL: [Item; 14] = [
        Item::RedItems,
        Item::Ora2PgUnits,
        Item::Procedures,
        Item::CrossApply,
        Item::Merge,
        Item::Clr,
        Item::ConnectBy,
        Item::Xml,
        Item::RacSequences,
        Item::Jobs,
        Item::Linked,
        Item::App,
        Item::Size,
        Item::Writes,
    ];

    /// Whether the item exists on `engine`: the other engine's counts are ignored.
    pub fn applies(self, engine: Engine) -> bool {
        match self {
            Item::CrossApply | Item::Merge | Item::Clr => engine == Engine::SqlServer,
            Item::Ora2PgUnits | Item::ConnectBy | Item::Xml | Item::RacSequences => engine == Engine::Oracle,
            _ => true,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Item::RedItems
            | Item::Ora2PgUnits
            | Item::Procedures
            | Item::CrossApply
            | Item::Merge
            | Item::Clr
            | Item::ConnectBy
            | Item::Xml => Kind::Code,
            Item::RacSequences | Item::Jobs | Item::Linked => Kind::Surroundings,
            Item::App => Kind::Application,
            Item::Size | Item::Writes => Kind::Risk,
        }
    }

    /// Items a conversion tool leaves for a hand rewrite: each one counted is a blocker.
    pub fn is_blocker(self) -> bool {
        matches!(
            self,
            Item::RedItems | Item::CrossApply | Item::Merge | Item::Clr | Item::ConnectBy | Item::Xml
        )
    }

    /// Work Ora2Pg's units also measure: counted once, by the larger estimate. Its total cost
    /// includes 2 units per JOB and 3 per DATABASE LINK (`%OBJECT_SCORE` in Ora2Pg's PLSQL.pm).
    pub fn covered_by_units(self) -> bool {
        matches!(
            self,
            Item::RedItems | Item::Procedures | Item::ConnectBy | Item::Xml | Item::Jobs | Item::Linked
        )
    }
}

/// The weights: person-days per item, points per person-day, risk points, and the two
/// decision bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub red_item: f64,
    pub procedure: f64,
    pub cross_apply: f64,
    pub merge: f64,
    pub clr: f64,
    pub connect_by: f64,
    pub xml: f64,
    pub rac_sequence: f64,
    pub job: f64,
    pub linked: f64,
    /// Switching an ORM's provider (Entity Framework or another) and testing it, once.
    pub orm: f64,
    /// Reviewing and testing the application's hand-written SQL, once.
    pub app_sql: f64,
    /// Score points per person-day of work.
    pub points_per_day: f64,
    /// Risk points per TB stored.
    pub per_tb: f64,
    /// Risk points for a workload that only writes (scaled by the write share).
    pub writes: f64,
    /// Person-days of code in the database from which it is Tier 1.
    pub tier1_days: f64,
    /// Lowest score of a first-wave database.
    pub first_wave_score: f64,
    /// Hours in a person-day of these weights (8): the effort's day length.
    pub hours_per_day: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReadinessInputs {
    pub engine: Engine,
    pub app: App,
    pub size_gb: f64,
    /// Share of the workload that reads, 0–100 %.
    pub read_pct: f64,
    pub red_items: f64,
    pub ora2pg_units: f64,
    pub procedures: f64,
    pub cross_apply: f64,
    pub merge: f64,
    pub clr: f64,
    pub connect_by: f64,
    pub xml: f64,
    pub rac_sequences: f64,
    pub jobs: f64,
    pub linked: f64,
    pub weights: Weights,
    /// Minutes of work in one Ora2Pg unit.
    pub unit_minutes: f64,
    /// Hours in one of Ora2Pg's person-days (420 minutes: 7).
    pub ora2pg_day_hours: f64,
    /// Ora2Pg's technical level, from its report (Oracle).
    pub tech_level: TechLevel,
    /// Ora2Pg's HUMAN_DAYS_LIMIT: level C above this many of its level's person-days.
    pub days_limit: f64,
}

/// One row of the contribution table: an applicable item, its amount, weight and points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    pub item: Item,
    /// The count (items, units), TB stored, or write share 0–1.
    pub amount: f64,
    /// Person-days per unit of `amount` for work, points per unit for risk terms (for
    /// units: none, the Ora2Pg rule applies).
    pub weight: f64,
    /// Person-days of work of `Weights::hours_per_day` hours (0 for risk terms).
    pub days: f64,
    /// Points off the score.
    pub points: f64,
    /// Counted, but its work is inside the other estimate of the same code: for the items
    /// Ora2Pg's units measure, inside the units; for the units, inside the larger per-item one.
    pub covered: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wave {
    First,
    Later,
    /// Tier 1, or a score of 0: out of the initial business case.
    Exclude,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReadinessResult {
    /// The applicable items, in `Item::ALL` order.
    pub rows: Vec<Contribution>,
    /// Items of the other engine entered with a non-zero count (ignored).
    pub ignored: Vec<Item>,
    pub total_points: f64,
    /// 100 − points, never below 0.
    pub score: f64,
    /// Person-days of the code in the database: decides the tier. With Ora2Pg's units, the larger
    /// of their person-days and the per-item code's, whichever estimate counts for the work, so
    /// that jobs or links never make a database simpler.
    pub code_days: f64,
    /// This tool's per-item person-days of the code in the database.
    pub code_per_item_days: f64,
    pub tier: u8,
    pub blockers: f64,
    /// Person-days of `Weights::hours_per_day` hours.
    pub effort_days: f64,
    /// The effort in hours, each part at its own day length: what the Oracle to PostgreSQL
    /// calculator takes.
    pub effort_hours: f64,
    /// Ora2Pg's person-days (its own 420-minute days) for the units, when units are entered.
    pub units_days: Option<f64>,
    /// The same estimate in hours (Ora2Pg's person-days × its day length).
    pub units_hours: Option<f64>,
    /// Ora2Pg's grade: Oracle, with a technical level, and units unless the level is 3 or less
    /// (A whatever the units).
    pub grade: Option<Grade>,
    /// A technical level entered for SQL Server (ignored).
    pub tech_ignored: bool,
    /// This tool's per-item person-days for the work the units also measure.
    pub per_item_days: f64,
    /// The same estimate in hours (person-days × the weights' day length).
    pub per_item_hours: f64,
    pub wave: Wave,
}

impl ReadinessResult {
    pub fn row(&self, item: Item) -> Option<&Contribution> {
        self.rows.iter().find(|c| c.item == item)
    }
}

/// A whole number as Ora2Pg rounds up: it prints the number as Perl does (15 significant
/// digits) and adds 1 when decimals were printed (`$tmp++ if ($tmp =~ s/\.\d+//)`), so that
/// 84 × 5 ÷ 420 printed as "1" stays 1.
pub fn ora2pg_ceil(x: f64) -> f64 {
    let printed = calc_core::decimal::round_significant(x, 15);
    if printed.fract() == 0.0 {
        printed
    } else {
        printed.trunc() + 1.0
    }
}

/// Ora2Pg's human cost (`_get_human_cost`): units × minutes per unit, in person-days of
/// `day_hours` (420 minutes in Ora2Pg) rounded up, and 1 person-day below one day's minutes.
pub fn ora2pg_days(units: f64, unit_minutes: f64, day_hours: f64) -> f64 {
    if units <= 0.0 {
        return 0.0;
    }
    let minutes = units * unit_minutes;
    let day = day_hours * 60.0;
    if minutes >= day {
        ora2pg_ceil(minutes / day)
    } else {
        1.0
    }
}

impl ReadinessInputs {
    /// The amount of an item and its weight (points per unit of amount).
    pub fn amount_and_weight(&self, item: Item) -> (f64, f64) {
        let w = &self.weights;
        match item {
            Item::RedItems => (self.red_items, w.red_item),
            Item::Ora2PgUnits => (self.ora2pg_units, 0.0),
            Item::Procedures => (self.procedures, w.procedure),
            Item::CrossApply => (self.cross_apply, w.cross_apply),
            Item::Merge => (self.merge, w.merge),
            Item::Clr => (self.clr, w.clr),
            Item::ConnectBy => (self.connect_by, w.connect_by),
            Item::Xml => (self.xml, w.xml),
            Item::RacSequences => (self.rac_sequences, w.rac_sequence),
            Item::Jobs => (self.jobs, w.job),
            Item::Linked => (self.linked, w.linked),
            Item::App => match self.app {
                App::EntityFramework | App::OtherOrm => (1.0, w.orm),
                App::HandWrittenSql => (1.0, w.app_sql),
            },
            Item::Size => (self.size_gb / 1000.0, w.per_tb),
            Item::Writes => ((100.0 - self.read_pct) / 100.0, w.writes),
        }
    }
}

pub fn compute(i: &ReadinessInputs) -> ReadinessResult {
    let units = if i.engine == Engine::Oracle { i.ora2pg_units } else { 0.0 };
    let units_days = (units > 0.0).then(|| ora2pg_days(units, i.unit_minutes, i.ora2pg_day_hours));
    let units_hours = units_days.map(|d| d * i.ora2pg_day_hours);
    // Ora2Pg's estimate in this tool's person-days: its hours over the weights' day length.
    let units_as_days = units_hours.map(|h| h / i.weights.hours_per_day);
    // The work Ora2Pg's units measure is counted once, by the larger of its estimate and this tool's
    // per-item one, compared in hours: never less work for entering units, so no count up
    // raises the score.
    let per_item: f64 = Item::ALL
        .iter()
        .filter(|it| it.covered_by_units() && it.applies(i.engine))
        .map(|&it| {
            let (amount, weight) = i.amount_and_weight(it);
            amount * weight
        })
        .sum();
    let per_item_hours = per_item * i.weights.hours_per_day;
    let units_win = units_hours.is_some_and(|h| h >= per_item_hours);
    let mut rows = Vec::new();
    let mut ignored = Vec::new();
    for item in Item::ALL {
        let (amount, weight) = i.amount_and_weight(item);
        if !item.applies(i.engine) {
            if amount > 0.0 {
                ignored.push(item);
            }
            continue;
        }
        let covered = match item {
            Item::Ora2PgUnits => units_days.is_some() && !units_win,
            _ => units_win && item.covered_by_units(),
        };
        let days = match item {
            _ if covered || item.kind() == Kind::Risk => 0.0,
            Item::Ora2PgUnits => units_as_days.unwrap_or(0.0),
            _ => amount * weight,
        };
        let points =
            if item.kind() == Kind::Risk { amount * weight } else { days * i.weights.points_per_day };
        rows.push(Contribution { item, amount, weight, days, points, covered });
    }
    let total_points: f64 = rows.iter().map(|c| c.points).sum();
    let code_per_item_days: f64 = Item::ALL
        .iter()
        .filter(|it| it.kind() == Kind::Code && **it != Item::Ora2PgUnits && it.applies(i.engine))
        .map(|&it| {
            let (amount, weight) = i.amount_and_weight(it);
            amount * weight
        })
        .sum();
    let code_days = units_as_days.map_or(code_per_item_days, |u| u.max(code_per_item_days));
    let blockers: f64 = rows.iter().filter(|c| c.item.is_blocker()).map(|c| c.amount).sum();
    let effort_days: f64 = rows.iter().map(|c| c.days).sum();
    // Each part at its own day length: Ora2Pg's person-days at its hours, the rest at the weights'.
    let effort_hours: f64 = rows
        .iter()
        .map(|c| match (c.item, units_hours) {
            (Item::Ora2PgUnits, Some(h)) if c.days > 0.0 => h,
            _ => c.days * i.weights.hours_per_day,
        })
        .sum();
    let score = calc_core::clamp(100.0 - total_points, 0.0, 100.0);
    let tier = if code_days >= i.weights.tier1_days { 1 } else { 2 };
    let grade = match (i.engine, i.tech_level.number()) {
        (Engine::Oracle, Some(tech)) if tech <= 3 || units > 0.0 => {
            Some(ora2pg_grade(units, tech, i.days_limit))
        }
        _ => None,
    };
    let tech_ignored = i.engine != Engine::Oracle && i.tech_level != TechLevel::NotEntered;
    // A score of 0 leaves no readiness to rank: its points take the whole score.
    let wave = if tier == 1 || score <= 0.0 {
        Wave::Exclude
    } else if score >= i.weights.first_wave_score {
        Wave::First
    } else {
        Wave::Later
    };
    ReadinessResult {
        rows,
        ignored,
        total_points,
        score,
        code_days,
        code_per_item_days,
        tier,
        blockers,
        effort_days,
        effort_hours,
        units_days,
        units_hours,
        grade,
        tech_ignored,
        per_item_days: per_item,
        per_item_hours,
        wave,
    }
}
