//! The golden scenarios in tests/golden/<slug>.json, for every registered calculator (see
//! `calc_testkit::assert_golden`). The CLI and browser tests replay the same files.

#[test]
fn every_calculator_has_golden_scenarios_and_they_match() {
    for calc in registry::CALCULATORS {
        calc_testkit::assert_golden(*calc);
    }
}
