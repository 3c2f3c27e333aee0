//! The golden scenarios in tests/golden/<slug>.json, for every registered calculator: each
//! link read by the real decoder, evaluated, and every headline's display compared exactly.
//! The CLI and browser tests replay the same files.

use calc_core::evaluate;

#[test]
fn every_calculator_has_golden_scenarios_and_they_match() {
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let path = format!("{}/../../tests/golden/{slug}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let scenarios: Vec<serde_json::Value> =
            serde_json::from_str(&text).expect("golden file is a JSON array");
        assert!((3..=5).contains(&scenarios.len()), "{slug}: 3 to 5 scenarios");
        for s in scenarios {
            let name = s["name"].as_str().unwrap();
            let url = s["url"].as_str().unwrap();
            assert_eq!(scenario::slug_of(url), Some(slug), "{name}: {url}");
            let inputs = scenario::decode_strict(*calc, scenario::query_of(url))
                .unwrap_or_else(|n| panic!("{name}: {n:?}"));
            let outcome = evaluate(*calc, &inputs).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let expect = s["expect"].as_object().expect("expect is an object");
            for figure in &outcome.headlines {
                assert!(expect.contains_key(figure.key), "{name}: no expectation for {}", figure.key);
            }
            for (key, want) in expect {
                let got = &outcome.figure(key).unwrap_or_else(|| panic!("{name}: no figure {key}")).display;
                assert_eq!(got, want.as_str().unwrap(), "{name}: {key}");
            }
        }
    }
}
