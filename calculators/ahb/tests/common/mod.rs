//! Shared test helpers: URL query → Inputs → Outcome, and typed inputs with clean numbers.
#![allow(dead_code)]

use ahb::{Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::{evaluate, FieldError, Inputs, Outcome};

/// Read `a=1&b=x` (or a full `/tools/ahb?a=1` URL) with the site's own link decoder,
/// strictly: any value the page would replace by a default fails the test.
pub fn query(q: &str) -> Inputs {
    scenario::decode_strict(&ahb::CALCULATOR, scenario::query_of(q))
        .unwrap_or_else(|notices| panic!("{q}: {notices:?}"))
}

pub fn run(q: &str) -> Result<Outcome, Vec<FieldError>> {
    evaluate(&ahb::CALCULATOR, &query(q))
}

pub fn ok(q: &str) -> Outcome {
    run(q).unwrap_or_else(|e| panic!("{q}: {e:?}"))
}

pub fn display(o: &Outcome, key: &str) -> String {
    o.figure(key).unwrap_or_else(|| panic!("no figure {key}")).display.clone()
}

pub fn value(o: &Outcome, key: &str) -> Option<f64> {
    o.figure(key).unwrap_or_else(|| panic!("no figure {key}")).value
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + b.abs())
}

/// Typed inputs with round prices: LI $0.25, AHB $0.15 (licence $0.10 per vCore-hour),
/// $10,000 per 2-core pack, SA 25%, subscription $4,000 per 2 cores per year, 730 h, 3 years.
pub fn typed() -> AhbInputs {
    AhbInputs {
        service: Service::SqlDb,
        model: PurchaseModel::VCore,
        tier: Tier::Gp,
        edition: Edition::Enterprise,
        vcores: 16.0,
        instances: 1.0,
        hours: 730.0,
        cores_owned: 0.0,
        acquire: Acquire::Sa,
        li_vcore_hour: 0.25,
        base_vcore_hour: 0.15,
        license_2core: 10_000.0,
        sa_pct: 25.0,
        subscription_2core_year: 4_000.0,
        sa_increase: 0.0,
        years: 3,
    }
}
