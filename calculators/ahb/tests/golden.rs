//! The shared golden scenarios (tests/golden/ahb.json), also run by the CLI and browser tests:
//! each URL is parsed field by field, evaluated, and every headline display compared exactly.

mod common;

use calc_core::Calculator;

const HEADLINE_KEYS: [&str; 10] = [
    "li_monthly",
    "ahb_monthly",
    "monthly_saving",
    "saving_pct",
    "cores_needed",
    "cores_to_acquire",
    "upfront_cost",
    "annual_sa_cost",
    "breakeven_months",
    "horizon_saving",
];

#[test]
fn golden_scenarios_match_exactly() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/ahb.json");
    let text = std::fs::read_to_string(path).expect("tests/golden/ahb.json");
    let scenarios: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let scenarios = scenarios.as_array().expect("a JSON array");
    assert!((3..=5).contains(&scenarios.len()));
    for s in scenarios {
        let name = s["name"].as_str().unwrap();
        let url = s["url"].as_str().unwrap();
        assert!(
            url.starts_with(&format!("/tools/{}?", ahb::CALCULATOR.meta().slug)),
            "{name}: {url}"
        );
        let expect = s["expect"].as_object().unwrap();
        for key in HEADLINE_KEYS {
            assert!(expect.contains_key(key), "{name}: no expectation for {key}");
        }
        let outcome = common::ok(url);
        for (key, want) in expect {
            let got = common::display(&outcome, key);
            assert_eq!(got, want.as_str().unwrap(), "{name}: {key}");
        }
    }
}
