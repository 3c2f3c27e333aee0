//! Native time of one `evaluate` per calculator and preset (the recompute budget is well
//! under 1 ms), of where the answer flips and its tornado (budget 50 ms), and of its whole PDF
//! report. A plain timing loop: prints figures, asserts nothing.

use calc_core::{defaults, evaluate};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    println!(
        "{:<16} {:<40} {:>12} {:>10} {:>14}",
        "calculator", "scenario", "µs/compute", "ms/flips", "ms/PDF report"
    );
    for calc in registry::CALCULATORS {
        let mut scenarios = vec![("defaults".to_string(), defaults(*calc))];
        for preset in calc.presets() {
            scenarios.push((
                preset.name.to_string(),
                preset.inputs(*calc).expect("presets are checked by the registry tests"),
            ));
        }
        for (name, inputs) in scenarios {
            let runs = 2000;
            for _ in 0..50 {
                black_box(evaluate(*calc, black_box(&inputs)).ok());
            }
            let start = Instant::now();
            for _ in 0..runs {
                black_box(evaluate(*calc, black_box(&inputs)).ok());
            }
            let micros = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
            let flip_runs = 10;
            let start = Instant::now();
            for _ in 0..flip_runs {
                black_box(calc_core::sensitivity::of(*calc, black_box(&inputs)));
            }
            let flips_ms = start.elapsed().as_secs_f64() * 1e3 / flip_runs as f64;
            let pdf_runs = 20;
            let start = Instant::now();
            for _ in 0..pdf_runs {
                black_box(
                    report::pdf(
                        &scenario::Scenario {
                            calc: *calc,
                            inputs: inputs.clone(),
                            rate: calc_core::Rate::USD,
                            caption: Default::default(),
                        },
                        "https://calc.example/",
                        calc_core::Date::ymd(2026, 11, 21),
                        report::Paper::A4,
                    )
                    .ok(),
                );
            }
            let pdf_ms = start.elapsed().as_secs_f64() * 1e3 / pdf_runs as f64;
            let short: String = name.chars().take(40).collect();
            println!(
                "{:<16} {:<40} {:>12.1} {:>10.1} {:>14.2}",
                calc.meta().slug,
                short,
                micros,
                flips_ms,
                pdf_ms
            );
        }
    }
}
