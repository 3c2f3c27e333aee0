//! Names and number phrasing shared by the verdict, math, notes and warnings.

use crate::model::{Acquire, Edition, Service, Tier};
use calc_core::{format, Unit};

pub fn tier(t: Tier) -> &'static str {
    match t {
        Tier::Gp => "General Purpose",
        Tier::Bc => "Business Critical",
        Tier::Hs => "Hyperscale",
    }
}

pub fn edition(e: Edition) -> &'static str {
    match e {
        Edition::Enterprise => "Enterprise",
        Edition::Standard => "Standard",
    }
}

pub fn service(s: Service) -> &'static str {
    match s {
        Service::SqlDb => "Azure SQL Database",
        Service::SqlMi => "Azure SQL Managed Instance",
        Service::Vm => "SQL Server on Azure VMs",
    }
}

/// What must be paid for, as the object of "pays back …".
pub fn acquisition(a: Acquire) -> &'static str {
    match a {
        Acquire::Sa => "the new SA",
        Acquire::LicenseSa => "the new licences and SA",
        Acquire::Subscription => "the SQL Server subscription",
    }
}

/// The recurring payment: "SA" or "subscription".
pub fn recurring(a: Acquire) -> &'static str {
    match a {
        Acquire::Sa | Acquire::LicenseSa => "SA",
        Acquire::Subscription => "subscription",
    }
}

/// An exact unit price for "show the math": up to 6 decimals, `$0.099966`.
pub fn price(value: f64) -> String {
    format::with_dollar(format::number(value, 6))
}

pub use calc_core::format::{cents, money};

pub fn count(value: f64) -> String {
    format::number(value, 2)
}

pub fn months(value: f64) -> String {
    format::value(value, Unit::Months)
}

pub fn percent(value: f64) -> String {
    format::value(value, Unit::Percent)
}

/// "1 VM" / "3 VMs".
pub fn plural(n: f64, one: &str, many: &str) -> String {
    if n == 1.0 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count(n))
    }
}
