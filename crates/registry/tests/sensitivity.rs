//! Where the answer flips, for every calculator: a reported flip is real (the value it names
//! gives the other decision), and where a calculator computes its own break-even the generic
//! flip lands on it.

use calc_core::sensitivity::{self, Direction};
use calc_core::{defaults, evaluate, Value};
use registry::CALCULATORS;

#[test]
fn every_flip_of_the_defaults_and_presets_gives_the_decision_it_names() {
    let mut wrong = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let mut scenarios = vec![("defaults", defaults(*calc))];
        scenarios.extend(calc.presets().iter().map(|p| (p.key, p.inputs(*calc).unwrap())));
        for (name, inputs) in scenarios {
            let s = sensitivity::of(*calc, &inputs);
            for f in &s.flip_points {
                let moved = inputs.clone().with(f.key, Value::Num(f.value));
                let got = evaluate(*calc, &moved).map(|o| o.verdict.decision);
                if got != Ok(f.to_decision) || f.to_decision == f.from_decision {
                    wrong.push(format!(
                        "{slug} {name}: {}={} gives {got:?}, not {}",
                        f.key, f.value, f.to_decision.key
                    ));
                }
                let toward = match f.direction {
                    Direction::Up => f.value > f.current,
                    Direction::Down => f.value < f.current,
                };
                if !toward {
                    wrong.push(format!("{slug} {name}: {} flips the wrong way", f.key));
                }
            }
            for w in &s.tornado {
                if !(w.low <= w.high && w.figure_low.is_finite() && w.figure_high.is_finite()) {
                    wrong.push(format!("{slug} {name}: swing of {} is {w:?}", w.key));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn aurora_flips_at_its_own_break_even_io_volume() {
    let calc = registry::find("aurora-io").unwrap();
    for query in ["", "storage_gb=800&io_m=1200", "io_m=300", "instances=4&storage_gb=2000"] {
        let inputs = calc_testkit::query(calc, query);
        let outcome = evaluate(calc, &inputs).unwrap();
        let Some(breakeven) = outcome.figure("breakeven_io_m").and_then(|f| f.value) else { continue };
        let s = sensitivity::of(calc, &inputs);
        let flip = s.flip_points.iter().find(|f| f.key == "io_m").expect("I/O volume flips the answer");
        // Display precision of the figure and the field: 0.1 M requests.
        assert!(
            (flip.value - breakeven).abs() <= 0.1 + 1e-9,
            "{query}: flip {} vs break-even {breakeven}",
            flip.value
        );
    }
}
