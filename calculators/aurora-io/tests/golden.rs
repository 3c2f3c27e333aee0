//! The shared golden scenarios (tests/golden/aurora-io.json at the workspace root), also
//! replayed by the CLI and browser tests: every headline's display string must match.

mod common;

use aurora_io::CALCULATOR;
use calc_core::{evaluate, Calculator, Inputs};
use common::query_pairs;

const HEADLINES: [&str; 7] = [
    "standard_monthly",
    "io_optimized_monthly",
    "monthly_saving",
    "annual_saving",
    "io_share",
    "breakeven_io_m",
    "breakeven_io_share",
];

#[test]
fn golden_scenarios_match() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/aurora-io.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let scenarios: serde_json::Value = serde_json::from_str(&text).expect("golden file is JSON");
    let scenarios = scenarios.as_array().expect("an array of scenarios");
    assert!((3..=5).contains(&scenarios.len()));
    for s in scenarios {
        let name = s["name"].as_str().unwrap();
        let url = s["url"].as_str().unwrap();
        assert!(url.starts_with("/tools/aurora-io"), "{name}: {url}");
        let mut inputs = Inputs::new();
        for (key, raw) in query_pairs(url) {
            let field = CALCULATOR.field(&key).unwrap_or_else(|| panic!("{name}: unknown key {key}"));
            inputs.set(&key, field.parse(&raw).unwrap_or_else(|e| panic!("{name}: {e}")));
        }
        let outcome = evaluate(&CALCULATOR, &inputs).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let expect = s["expect"].as_object().unwrap();
        for key in HEADLINES {
            let want = expect.get(key).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{name}: no {key}"));
            let got = &outcome.figure(key).unwrap_or_else(|| panic!("{name}: no figure {key}")).display;
            assert_eq!(got, want, "{name}: {key}");
        }
    }
}
