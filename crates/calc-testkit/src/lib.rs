//! What every calculator's tests need, once: read a link as the page does, evaluate it,
//! read figures by key, compare with one tolerance, and generate any declared-valid input.

use calc_core::{evaluate, format, Calculator, Field, FieldError, FieldKind, Inputs, Outcome, Value};
use proptest::prelude::*;

/// Read `a=1&b=x` (or a full `/tools/<slug>?a=1` URL) with the site's own link decoder,
/// strictly: any value the page would replace by a default fails the test.
pub fn query(calc: &dyn Calculator, q: &str) -> Inputs {
    scenario::decode_strict(calc, scenario::query_of(q)).unwrap_or_else(|notices| panic!("{q}: {notices:?}"))
}

pub fn try_eval(calc: &dyn Calculator, q: &str) -> Result<Outcome, Vec<FieldError>> {
    evaluate(calc, &query(calc, q))
}

pub fn eval(calc: &dyn Calculator, q: &str) -> Outcome {
    try_eval(calc, q).unwrap_or_else(|e| panic!("{q}: {e:?}"))
}

/// A headline's number; panics when it has none.
#[track_caller]
pub fn value(o: &Outcome, key: &str) -> f64 {
    o.figure(key)
        .unwrap_or_else(|| panic!("no figure {key}"))
        .value
        .unwrap_or_else(|| panic!("{key} has no value"))
}

/// A headline's number, `None` when it is shown without one ("not within 3 years").
#[track_caller]
pub fn maybe(o: &Outcome, key: &str) -> Option<f64> {
    o.figure(key).unwrap_or_else(|| panic!("no figure {key}")).value
}

#[track_caller]
pub fn display<'a>(o: &'a Outcome, key: &str) -> &'a str {
    &o.figure(key).unwrap_or_else(|| panic!("no figure {key}")).display
}

/// Equal to 1e-9 relative: hand arithmetic in the tests is written to the cent, so a
/// looser match would hide a wrong formula.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    assert!(close(actual, expected), "expected {expected}, got {actual}");
}

/// Replays `tests/golden/<slug>.json`: each link read by the real decoder, evaluated, and
/// every headline's display compared exactly (the CLI and browser tests replay the same file).
#[track_caller]
pub fn assert_golden(calc: &dyn Calculator) {
    let slug = calc.meta().slug;
    let path = format!("{}/../../tests/golden/{slug}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let scenarios: Vec<serde_json::Value> = serde_json::from_str(&text).expect("golden file is a JSON array");
    assert!((3..=5).contains(&scenarios.len()), "{slug}: 3 to 5 scenarios");
    for s in scenarios {
        let name = s["name"].as_str().expect("a name");
        let url = s["url"].as_str().expect("a url");
        assert_eq!(scenario::slug_of(url), Some(slug), "{name}: {url}");
        let outcome = eval(calc, url);
        let expect = s["expect"].as_object().expect("expect is an object");
        for figure in &outcome.headlines {
            assert!(expect.contains_key(figure.key), "{name}: no expectation for {}", figure.key);
        }
        for (key, want) in expect {
            assert!(
                calc.headlines().iter().any(|h| h.key == key),
                "{name}: {key} is not a declared headline"
            );
            assert_eq!(display(&outcome, key), want.as_str().expect("a display"), "{name}: {key}");
        }
    }
}

/// Any valid value of one field, as the form or a URL would give it: the ends of its range
/// well represented, numbers round-tripped through their URL text.
fn value_for(field: &Field, pick: usize, raw: u64, auto: bool) -> Value {
    let t = match raw % 8 {
        0 => 0.0,
        1 => 1.0,
        _ => (raw >> 3) as f64 / (u64::MAX >> 3) as f64,
    };
    match &field.kind {
        FieldKind::Choice { options, .. } => Value::Choice(options[pick % options.len()].key.to_string()),
        FieldKind::Toggle { .. } => Value::Bool(auto),
        FieldKind::Date { min, max, .. } => {
            let span = min.days_until(*max).max(0) as f64;
            let days = (span * t).round() as u32;
            Value::Date(min.plus_days(days))
        }
        FieldKind::Integer { min, max, .. } => {
            Value::Num((*min as f64 + ((*max - *min) as f64 * t).round()).min(*max as f64))
        }
        FieldKind::Auto { .. } if auto && pick.is_multiple_of(2) => Value::Auto,
        FieldKind::Number { min, max, .. }
        | FieldKind::Price { min, max, .. }
        | FieldKind::Auto { min, max, .. } => {
            let v = (min + (max - min) * t).clamp(*min, *max);
            field.parse(&format::plain(v)).expect("in range")
        }
    }
}

/// Every field of `calc` at any declared-valid value.
pub fn any_inputs(calc: &'static dyn Calculator) -> impl Strategy<Value = Inputs> {
    let n = calc.fields().len();
    prop::collection::vec((0usize..1000, any::<u64>(), any::<bool>()), n).prop_map(move |picks| {
        let mut inputs = Inputs::new();
        for (field, (pick, raw, auto)) in calc.fields().iter().zip(picks) {
            inputs.set(field.key, value_for(field, pick, raw, auto));
        }
        inputs
    })
}
