//! The pure model: a fleet on a major version past its end of standard support, its Extended
//! Support surcharge day by day and month by month to the end of Extended Support, and three
//! ways to finish the upgrade (as soon as the project can, by a later date, or on the last day
//! AWS allows). Typed inputs in, numbers out: no formatting, no field handling.
//!
//! Hours are real calendar hours (days × 24), not a 730-hour average month: AWS bills Extended
//! Support by the day it starts and stops, and its own worked example counts days ("You will
//! only be charged for 30 days of Extended Support", Amazon RDS User Guide, Extended Support
//! charges). A path bills the surcharge on every day from the first day billed at year-1
//! pricing through the day its upgrade completes, as in that example (billed from April 1,
//! upgraded April 30: 30 days).

use calc_core::{choices, Date};

choices! {
    /// Engine and major version. Each has AWS's Extended Support calendar (`calendar`).
    pub enum Version {
        RdsMysql57 = "rds_mysql_57" => "RDS for MySQL 5.7",
        RdsMysql80 = "rds_mysql_80" => "RDS for MySQL 8.0",
        RdsPg11 = "rds_pg_11" => "RDS for PostgreSQL 11",
        RdsPg12 = "rds_pg_12" => "RDS for PostgreSQL 12",
        RdsPg13 = "rds_pg_13" => "RDS for PostgreSQL 13",
        RdsPg14 = "rds_pg_14" => "RDS for PostgreSQL 14",
        AuroraMysql2 = "aurora_mysql_2" => "Aurora MySQL version 2 (MySQL 5.7)",
        AuroraMysql3 = "aurora_mysql_3" => "Aurora MySQL version 3 (MySQL 8.0)",
        AuroraPg11 = "aurora_pg_11" => "Aurora PostgreSQL 11",
        AuroraPg12 = "aurora_pg_12" => "Aurora PostgreSQL 12",
        AuroraPg13 = "aurora_pg_13" => "Aurora PostgreSQL 13",
        AuroraPg14 = "aurora_pg_14" => "Aurora PostgreSQL 14",
    }
}

choices! {
    /// How each database runs, so how many instances bill the surcharge.
    pub enum Deployment {
        SingleAz = "single_az" => "RDS Single-AZ DB instance",
        MultiAz = "multi_az" => "RDS Multi-AZ DB instance (1 standby)",
        MultiAzCluster = "multi_az_cluster" => "RDS Multi-AZ DB cluster (writer and 2 readable standbys)",
        Aurora = "aurora" => "Aurora provisioned cluster (writer; readers below)",
        AuroraServerless = "aurora_serverless_v2" => "Aurora Serverless v2 cluster (ACUs)",
    }
}

/// AWS's Extended Support calendar for one major version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// The last day of standard support.
    pub standard_end: Date,
    /// The first day billed at the year-1 rate ("start of RDS Extended Support year 1 pricing").
    pub year1: Date,
    /// The first day billed at the year-3 rate; `None` where AWS lists "Not applicable" (the
    /// year-1 rate to the end).
    pub year3: Option<Date>,
    /// The last day of Extended Support ("RDS end of Extended Support date"): after it AWS
    /// upgrades the engine itself, so nothing is priced beyond it.
    pub end: Date,
}

const fn cal(standard_end: Date, year1: Date, year3: Option<Date>, end: Date) -> Calendar {
    Calendar { standard_end, year1, year3, end }
}

const fn d(y: i32, m: u32, day: u32) -> Date {
    Date::ymd(y, m, day)
}

impl Version {
    /// The dates, as AWS publishes them:
    /// - RDS for MySQL: Amazon RDS User Guide, "Supported MySQL major versions on Amazon RDS"
    ///   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html),
    ///   read 2026-12-06: 5.7 standard support to 29 February 2024, year 1 pricing 1 March
    ///   2024, year 3 pricing 1 March 2026, end 28 February 2027; 8.0: 31 July 2026,
    ///   1 August 2026, 1 August 2028, 31 July 2029.
    /// - RDS for PostgreSQL: Amazon RDS for PostgreSQL Release Notes, "Release calendar for
    ///   Amazon RDS for PostgreSQL major versions"
    ///   (https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html),
    ///   the copy listing PostgreSQL 18.3 (released 27 February 2026): 11: 29 February 2024,
    ///   1 April 2024, 1 April 2026, 31 March 2027 (Extended Support began 1 March 2024 but
    ///   charges only from 1 April); 12: 28 February 2025, 1 March 2025, 1 March 2027,
    ///   29 February 2028; 13: 28 February 2026, 1 March 2026, 1 March 2028, 28 February 2029;
    ///   14: 28 February 2027, 1 March 2027, 1 March 2029, 28 February 2030.
    /// - Aurora MySQL: Aurora MySQL Release Notes, "Release calendar for Aurora MySQL major
    ///   versions"
    ///   (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.release-calendars.html),
    ///   the copy listing Aurora MySQL 8.4.8 (released 3 September 2026): version 2:
    ///   31 October 2024, 1 December 2024, 1 December 2026, 30 June 2029 (earlier copies said
    ///   "Not applicable" for year 3 and an end of 28 February 2027); version 3: 30 April 2028,
    ///   1 May 2028, "Not applicable", 31 July 2029.
    /// - Aurora PostgreSQL: Aurora PostgreSQL Release Notes, "Release calendar for Aurora
    ///   PostgreSQL major versions"
    ///   (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html),
    ///   the copy listing 18.4 (released 21 August 2026): the same dates as RDS for
    ///   PostgreSQL 11 to 14.
    pub const fn calendar(self) -> Calendar {
        match self {
            Version::RdsMysql57 => cal(d(2024, 2, 29), d(2024, 3, 1), Some(d(2026, 3, 1)), d(2027, 2, 28)),
            Version::RdsMysql80 => cal(d(2026, 7, 31), d(2026, 8, 1), Some(d(2028, 8, 1)), d(2029, 7, 31)),
            Version::RdsPg11 | Version::AuroraPg11 => {
                cal(d(2024, 2, 29), d(2024, 4, 1), Some(d(2026, 4, 1)), d(2027, 3, 31))
            }
            Version::RdsPg12 | Version::AuroraPg12 => {
                cal(d(2025, 2, 28), d(2025, 3, 1), Some(d(2027, 3, 1)), d(2028, 2, 29))
            }
            Version::RdsPg13 | Version::AuroraPg13 => {
                cal(d(2026, 2, 28), d(2026, 3, 1), Some(d(2028, 3, 1)), d(2029, 2, 28))
            }
            Version::RdsPg14 | Version::AuroraPg14 => {
                cal(d(2027, 2, 28), d(2027, 3, 1), Some(d(2029, 3, 1)), d(2030, 2, 28))
            }
            Version::AuroraMysql2 => {
                cal(d(2024, 10, 31), d(2024, 12, 1), Some(d(2026, 12, 1)), d(2029, 6, 30))
            }
            Version::AuroraMysql3 => cal(d(2028, 4, 30), d(2028, 5, 1), None, d(2029, 7, 31)),
        }
    }

    pub fn is_aurora(self) -> bool {
        matches!(
            self,
            Version::AuroraMysql2
                | Version::AuroraMysql3
                | Version::AuroraPg11
                | Version::AuroraPg12
                | Version::AuroraPg13
                | Version::AuroraPg14
        )
    }
}

impl Deployment {
    pub fn is_aurora(self) -> bool {
        matches!(self, Deployment::Aurora | Deployment::AuroraServerless)
    }

    /// Instances of one database before its read replicas: the primary and its standbys
    /// (AWS: "RDS Extended Support charges apply to standby instances in Multi-AZ
    /// deployments"). An Aurora cluster's writer; its readers are counted as replicas.
    pub fn instances_per_database(self) -> f64 {
        match self {
            Deployment::SingleAz | Deployment::Aurora => 1.0,
            Deployment::MultiAz => 2.0,
            Deployment::MultiAzCluster => 3.0,
            Deployment::AuroraServerless => 0.0,
        }
    }
}

/// Every input, typed, with prices already taken from the sheet or the user.
#[derive(Clone, Debug, PartialEq)]
pub struct FleetInputs {
    pub version: Version,
    pub deployment: Deployment,
    /// Databases (RDS DB instances or Multi-AZ DB clusters; Aurora clusters).
    pub databases: f64,
    /// Read replicas per database (Aurora: readers per cluster).
    pub replicas: f64,
    /// vCPUs per instance (provisioned).
    pub vcpus: f64,
    /// Average ACUs per Serverless v2 cluster, all its instances together.
    pub acus: f64,
    /// The first day priced.
    pub start: Date,
    /// The day the upgrade completes if the project starts now.
    pub done_by: Date,
    /// A later completion date to compare.
    pub later: Date,
    pub eng_hours: f64,
    /// USD per engineering hour.
    pub eng_rate: f64,
    /// Testing, USD.
    pub testing: f64,
    /// Days the Blue/Green copy runs beside the fleet before the switchover.
    pub bluegreen_days: f64,
    /// The instance-class change the new version needs: USD per month for the whole fleet
    /// (negative when the new class is cheaper), from the day after the upgrade.
    pub class_change: f64,
    /// Risk buffer on the project cost, percent.
    pub risk_pct: f64,
    /// Extended Support, USD per vCPU-hour in years 1–2 and in year 3.
    pub vcpu_y12: f64,
    pub vcpu_y3: f64,
    /// Extended Support, USD per ACU-hour in years 1–2 and in year 3 (Serverless v2).
    pub acu_y12: f64,
    pub acu_y3: f64,
    /// USD per instance-hour of the Blue/Green copy.
    pub instance_hour: f64,
    /// USD per ACU-hour of the Blue/Green copy of a Serverless v2 cluster.
    pub acu_hour: f64,
}

impl FleetInputs {
    pub fn calendar(&self) -> Calendar {
        self.version.calendar()
    }

    pub fn serverless(&self) -> bool {
        self.deployment == Deployment::AuroraServerless
    }

    /// Instances that bill the surcharge every hour: each database's primary, standbys and
    /// read replicas (0 for Serverless v2, billed by ACU).
    pub fn billed_instances(&self) -> f64 {
        if self.serverless() {
            0.0
        } else {
            self.databases * (self.deployment.instances_per_database() + self.replicas)
        }
    }

    /// vCPUs (or ACUs for Serverless v2) billed every hour.
    pub fn units(&self) -> f64 {
        if self.serverless() {
            self.databases * self.acus
        } else {
            self.billed_instances() * self.vcpus
        }
    }

    /// The surcharge per unit-hour in years 1–2 and in year 3.
    pub fn rates(&self) -> (f64, f64) {
        if self.serverless() {
            (self.acu_y12, self.acu_y3)
        } else {
            (self.vcpu_y12, self.vcpu_y3)
        }
    }

    /// The rate band in force on a day.
    pub fn band_on(&self, day: Date) -> Band {
        let c = self.calendar();
        if day < c.year1 {
            Band::Standard
        } else if day > c.end {
            Band::Ended
        } else if c.year3.is_some_and(|y3| day >= y3) {
            Band::Year3
        } else {
            Band::Year12
        }
    }

    /// The surcharge rate per unit-hour on a day.
    pub fn rate_on(&self, day: Date) -> f64 {
        let (y12, y3) = self.rates();
        match self.band_on(day) {
            Band::Year12 => y12,
            Band::Year3 => y3,
            Band::Standard | Band::Ended => 0.0,
        }
    }
}

/// Which rate applies on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// Standard support, or Extended Support before its first billed day: no surcharge.
    Standard,
    Year12,
    Year3,
    /// After the end of Extended Support: AWS has upgraded the engine.
    Ended,
}

/// One month of the horizon: the days of that calendar month inside [start, end].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    /// The first of the calendar month.
    pub month: Date,
    /// The first day of the month inside the horizon.
    pub first: Date,
    /// The day after the last day of the month inside the horizon.
    pub after: Date,
    /// Days of the whole calendar month.
    pub days_in_month: f64,
}

impl Month {
    pub fn days(&self) -> f64 {
        days(self.first, self.after)
    }
}

/// Days in the half-open span [from, to), 0 when empty.
pub fn days(from: Date, to: Date) -> f64 {
    from.days_until(to).max(0) as f64
}

/// Days shared by [a0, a1) and [b0, b1).
fn overlap(a0: Date, a1: Date, b0: Date, b1: Date) -> f64 {
    days(a0.max(b0), a1.min(b1))
}

pub fn first_of_month(day: Date) -> Date {
    Date::ymd(day.year(), day.month(), 1)
}

/// The calendar months from the start's month to the end of Extended Support.
pub fn months(start: Date, end: Date) -> Vec<Month> {
    let stop = end.plus_days(1);
    let mut out = Vec::new();
    let mut month = first_of_month(start);
    while month < stop {
        let next = month.plus_months(1);
        out.push(Month {
            month,
            first: start.max(month),
            after: stop.min(next),
            days_in_month: days(month, next),
        });
        month = next;
    }
    out
}

/// Surcharge unit-days of one month up to and including `through`, split by rate band.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BilledDays {
    pub year12: f64,
    pub year3: f64,
}

impl BilledDays {
    pub fn total(&self) -> f64 {
        self.year12 + self.year3
    }
}

/// Days of `m` billed at each rate when the upgrade completes on `through` (billed through
/// that day).
pub fn billed_days(i: &FleetInputs, m: &Month, through: Date) -> BilledDays {
    let c = i.calendar();
    let stop = m.after.min(through.plus_days(1));
    let end = c.end.plus_days(1);
    let y3 = c.year3.unwrap_or(end).min(end);
    BilledDays { year12: overlap(m.first, stop, c.year1, y3), year3: overlap(m.first, stop, y3, end) }
}

/// One way to finish the upgrade, month by month over the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// The day the upgrade completes (the surcharge is billed through it).
    pub completes: Date,
    pub billed: Vec<BilledDays>,
    pub surcharge: Vec<f64>,
    /// The instance-class change from the day after the upgrade.
    pub class_change: Vec<f64>,
    /// The project cost, in the month the upgrade completes.
    pub project: Vec<f64>,
    /// Everything paid in each month.
    pub cost: Vec<f64>,
    pub cumulative: Vec<f64>,
    pub surcharge_total: f64,
    pub class_total: f64,
    pub total: f64,
}

/// The project: engineering, testing and the Blue/Green copy, before and after the buffer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Project {
    pub engineering: f64,
    pub testing: f64,
    /// The Blue/Green copy's hours: instances (or ACUs) × price × 24 × days.
    pub bluegreen: f64,
    /// Engineering + testing + Blue/Green.
    pub base: f64,
    pub buffer: f64,
    /// `base + buffer`.
    pub total: f64,
}

pub fn project(i: &FleetInputs) -> Project {
    let engineering = i.eng_hours * i.eng_rate;
    let copy_per_hour = if i.serverless() {
        i.databases * i.acus * i.acu_hour
    } else {
        i.billed_instances() * i.instance_hour
    };
    let bluegreen = copy_per_hour * 24.0 * i.bluegreen_days;
    let base = engineering + i.testing + bluegreen;
    let buffer = base * i.risk_pct / 100.0;
    Project { engineering, testing: i.testing, bluegreen, base, buffer, total: base + buffer }
}

/// The path whose upgrade completes on `completes` (a day after the end of Extended Support is
/// the end: AWS upgrades the engine then).
pub fn path(i: &FleetInputs, months: &[Month], completes: Date, project_total: f64) -> Path {
    let c = i.calendar();
    let completes = completes.min(c.end);
    let units = i.units();
    let (y12, y3) = i.rates();
    let after_upgrade = completes.plus_days(1);
    let stop = c.end.plus_days(1);
    // The project is paid in the month the upgrade completes, or the first month when that
    // is before the start.
    let project_month = months.iter().position(|m| completes < m.after).unwrap_or(0);
    let (mut billed, mut surcharge, mut class_change, mut project, mut cost, mut cumulative) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let mut running = 0.0;
    for (k, m) in months.iter().enumerate() {
        let b = billed_days(i, m, completes);
        let s = units * 24.0 * (b.year12 * y12 + b.year3 * y3);
        let new_class_days = overlap(m.first, m.after, after_upgrade, stop);
        let cc = i.class_change * new_class_days / m.days_in_month;
        let p = if k == project_month { project_total } else { 0.0 };
        running += s + cc + p;
        billed.push(b);
        surcharge.push(s);
        class_change.push(cc);
        project.push(p);
        cost.push(s + cc + p);
        cumulative.push(running);
    }
    Path {
        completes,
        surcharge_total: surcharge.iter().sum(),
        class_total: class_change.iter().sum(),
        total: running,
        billed,
        surcharge,
        class_change,
        project,
        cost,
        cumulative,
    }
}

/// The three paths compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    Now,
    Later,
    Stay,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FleetResult {
    pub calendar: Calendar,
    pub months: Vec<Month>,
    pub units: f64,
    pub billed_instances: f64,
    pub project: Project,
    /// Completes when the project can, starting now.
    pub now: Path,
    /// Completes on the later date (never before `now`).
    pub later: Path,
    /// Stays on Extended Support to its last day, when the upgrade can no longer wait.
    pub stay: Path,
    /// The cheapest path (ties go to the earlier upgrade).
    pub best: PathKind,
    /// Stay total − upgrade-now total: positive when upgrading now costs less.
    pub saving_now: f64,
    /// The month (1 = the start's month) from whose end upgrading now has cost no more in
    /// total than staying, and stays so; `None` when it never does, or avoids no surcharge.
    pub payback_month: Option<usize>,
    /// What finishing one calendar month after `done_by` adds to the total.
    pub delay_month: f64,
    /// The surcharge of a full calendar month at the start's rate (the start's month).
    pub monthly_now: f64,
    /// The start's rate band.
    pub band_now: Band,
}

impl FleetResult {
    /// Extended Support is over before the start: nothing to price.
    pub fn ended(&self) -> bool {
        self.months.is_empty()
    }

    pub fn path(&self, c: PathKind) -> &Path {
        match c {
            PathKind::Now => &self.now,
            PathKind::Later => &self.later,
            PathKind::Stay => &self.stay,
        }
    }
}

/// The earliest completion and the later one, as the paths use them.
pub fn completions(i: &FleetInputs) -> (Date, Date) {
    (i.done_by, i.later.max(i.done_by))
}

pub fn compute(i: &FleetInputs) -> FleetResult {
    let c = i.calendar();
    let months = months(i.start, c.end);
    let project = project(i);
    let (now_date, later_date) = completions(i);
    let now = path(i, &months, now_date, project.total);
    let later = path(i, &months, later_date, project.total);
    let stay = path(i, &months, c.end, project.total);
    let delayed = path(i, &months, now_date.plus_months(1), project.total);
    // Cheapest first; a tie (to the cent) goes to the earlier upgrade.
    let cheaper = |a: &Path, b: &Path| a.total < b.total - 0.005;
    let mut best = PathKind::Now;
    if cheaper(&later, &now) {
        best = PathKind::Later;
    }
    if cheaper(&stay, best_path(best, &now, &later)) {
        best = PathKind::Stay;
    }
    // Nothing to pay back when upgrading now avoids no surcharge (no fleet, or already past).
    let avoids_surcharge = stay.surcharge_total - now.surcharge_total > 0.005;
    let payback_month = if !avoids_surcharge {
        None
    } else {
        let diff: Vec<f64> = stay.cumulative.iter().zip(&now.cumulative).map(|(s, n)| s - n).collect();
        // The first month from which the difference is never negative again.
        let last_negative = diff.iter().rposition(|d| *d < -1e-9);
        match last_negative {
            Some(k) if k + 1 >= diff.len() => None,
            Some(k) => Some(k + 2),
            None if diff.is_empty() => None,
            None => Some(1),
        }
    };
    let start_month = first_of_month(i.start);
    let band_now = i.band_on(i.start);
    let monthly_now = i.units() * 24.0 * days(start_month, start_month.plus_months(1)) * i.rate_on(i.start);
    FleetResult {
        calendar: c,
        units: i.units(),
        billed_instances: i.billed_instances(),
        project,
        saving_now: stay.total - now.total,
        payback_month,
        delay_month: delayed.total - now.total,
        monthly_now,
        band_now,
        months,
        now,
        later,
        stay,
        best,
    }
}

fn best_path<'a>(c: PathKind, now: &'a Path, later: &'a Path) -> &'a Path {
    match c {
        PathKind::Later => later,
        _ => now,
    }
}
