//! Helpers shared by the integration tests.
#![allow(dead_code)]

use aurora_io::CALCULATOR;
use calc_core::{evaluate, Calculator, FieldError, Inputs, Outcome};

/// `key=value` pairs as typed in a URL or a form, parsed by each field's own declaration.
pub fn inputs(pairs: &[(&str, &str)]) -> Inputs {
    let mut inputs = Inputs::new();
    for (key, raw) in pairs {
        let field = CALCULATOR.field(key).unwrap_or_else(|| panic!("{key} is not a field"));
        let value = field.parse(raw).unwrap_or_else(|e| panic!("{e}"));
        inputs.set(key, value);
    }
    inputs
}

pub fn run(pairs: &[(&str, &str)]) -> Outcome {
    evaluate(&CALCULATOR, &inputs(pairs)).unwrap_or_else(|e| panic!("{e:?}"))
}

pub fn try_run(inputs: &Inputs) -> Result<Outcome, Vec<FieldError>> {
    evaluate(&CALCULATOR, inputs)
}

pub fn value(outcome: &Outcome, key: &str) -> f64 {
    outcome.figure(key).and_then(|f| f.value).unwrap_or_else(|| panic!("{key} has no value"))
}

pub fn display<'a>(outcome: &'a Outcome, key: &str) -> &'a str {
    &outcome.figure(key).unwrap_or_else(|| panic!("no figure {key}")).display
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * (1.0 + a.abs().max(b.abs()))
}

#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    assert!(close(actual, expected), "expected {expected}, got {actual}");
}
