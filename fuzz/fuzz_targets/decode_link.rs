//! Any bytes as a scenario link, for every calculator: decoding must not panic, the
//! decoded inputs must evaluate to a finite outcome, and re-encoding must round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for calc in registry::CALCULATORS {
        let decoded = scenario::decode(*calc, &text);
        if let Ok(outcome) = calc_core::evaluate(*calc, &decoded.inputs) {
            assert!(outcome.all_finite());
        }
        let link = scenario::encode(*calc, &decoded.inputs);
        let again = scenario::decode(*calc, &link);
        assert!(again.notices.is_empty(), "{link}: {:?}", again.notices);
        assert_eq!(again.inputs, decoded.inputs);
    }
});
