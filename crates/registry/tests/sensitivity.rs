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
fn aurora_flips_where_a_months_swing_stops_or_starts_crossing_its_break_even() {
    // Issue 37, item 6: between break-even ÷ 1.2 and break-even ÷ 0.8 a month with 20% more or
    // less I/O lands on the other side of the break-even, and the verdict is too close to call;
    // the I/O volume flips the answer at one of those two edges.
    let calc = registry::find("aurora-io").unwrap();
    for query in ["", "storage_gb=800&io_m=1200", "io_m=300", "instances=4&storage_gb=2000", "io_m=2000"] {
        let inputs = calc_testkit::query(calc, query);
        let outcome = evaluate(calc, &inputs).unwrap();
        let Some(breakeven) = outcome.figure("breakeven_io_m").and_then(|f| f.value) else { continue };
        let s = sensitivity::of(calc, &inputs);
        let flip = s.flip_points.iter().find(|f| f.key == "io_m").expect("I/O volume flips the answer");
        // Display precision of the field: 0.1 M requests.
        let edges = [breakeven / 1.2, breakeven / 0.8];
        assert!(
            edges.iter().any(|e| (flip.value - e).abs() <= 0.1 + 1e-9),
            "{query}: flip {} vs the band's edges {edges:?}",
            flip.value
        );
        let band = flip.from_decision.key == "too_close" || flip.to_decision.key == "too_close";
        assert!(band, "{query}: {flip:?}");
    }
}

#[test]
fn ri_roi_flips_to_buying_the_ri_at_its_own_break_even_month() {
    // A move at month 4 comes before the 1-year RI's break-even (6.5 months on the defaults), so
    // On-Demand is cheaper; the first whole month past the break-even, 7, makes the RI pay.
    let calc = registry::find("ri-roi").unwrap();
    let inputs = calc_testkit::query(calc, "migrate_month=4");
    let breakeven = evaluate(calc, &inputs).unwrap().figure("breakeven_month").and_then(|f| f.value).unwrap();
    let s = sensitivity::of(calc, &inputs);
    let flip = s
        .flip_points
        .iter()
        .find(|f| f.key == "migrate_month" && f.direction == Direction::Up)
        .expect("the move's month flips the answer");
    assert_eq!(flip.value, breakeven.ceil(), "flip {} vs break-even {breakeven}", flip.value);
}

#[test]
fn ahb_stops_paying_when_the_horizon_ends_before_its_own_break_even() {
    // New licences and SA break even at 58.3 months: a 5-year horizon covers it, 4 years do not.
    let calc = registry::find("ahb").unwrap();
    let inputs = calc_testkit::query(calc, "acquire=license_sa&years=5");
    let breakeven =
        evaluate(calc, &inputs).unwrap().figure("breakeven_months").and_then(|f| f.value).unwrap();
    let s = sensitivity::of(calc, &inputs);
    let flip = s.flip_points.iter().find(|f| f.key == "years").expect("the horizon flips the answer");
    assert_eq!(flip.direction, Direction::Down);
    assert_eq!(
        flip.value,
        (breakeven / 12.0).ceil() - 1.0,
        "flip {} vs break-even {breakeven} months",
        flip.value
    );
}
