//! Shared test helpers: URL query → Inputs → Outcome, and typed inputs with clean numbers.
#![allow(dead_code)]

use ahb::{Acquire, AhbInputs, Edition, PurchaseModel, Service, Tier};
use calc_core::{evaluate, Calculator, FieldError, Inputs, Outcome};

/// Parse `a=1&b=x` (or a full `/tools/ahb?a=1` URL) with each field's own parser.
pub fn query(q: &str) -> Inputs {
    let q = q.split_once('?').map(|(_, rest)| rest).unwrap_or(q);
    let calc = &ahb::CALCULATOR;
    let mut inputs = Inputs::new();
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let field = calc
            .field(key)
            .unwrap_or_else(|| panic!("unknown key {key}"));
        let value = field.parse(raw).unwrap_or_else(|e| panic!("{e}"));
        inputs.set(key, value);
    }
    inputs
}

pub fn run(q: &str) -> Result<Outcome, Vec<FieldError>> {
    evaluate(&ahb::CALCULATOR, &query(q))
}

pub fn ok(q: &str) -> Outcome {
    run(q).unwrap_or_else(|e| panic!("{q}: {e:?}"))
}

pub fn display(o: &Outcome, key: &str) -> String {
    o.figure(key)
        .unwrap_or_else(|| panic!("no figure {key}"))
        .display
        .clone()
}

pub fn value(o: &Outcome, key: &str) -> Option<f64> {
    o.figure(key)
        .unwrap_or_else(|| panic!("no figure {key}"))
        .value
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
