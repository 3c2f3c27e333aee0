//! Native render time of the big (extreme) report and the realistic one:
//! `cargo run --release -p report --example timing`.

#[path = "../tests/fixture/mod.rs"]
mod fixture;

use report::{render, Paper};
use std::time::Instant;

fn main() {
    const RUNS: u32 = 20;
    let url = fixture::long_url();
    let cases = [
        ("extreme", fixture::extreme(), fixture::extreme_inputs(), url.as_str()),
        ("realistic", fixture::realistic(), fixture::realistic_inputs(), fixture::LINK),
    ];
    for (name, outcome, inputs, link) in &cases {
        let input = fixture::input(outcome, inputs.clone(), link, Paper::A4);
        let bytes = render(&input); // warm-up
        let start = Instant::now();
        for _ in 0..RUNS {
            std::hint::black_box(render(std::hint::black_box(&input)));
        }
        let mean = start.elapsed().as_secs_f64() * 1000.0 / f64::from(RUNS);
        println!("{name}: {} bytes, mean {mean:.2} ms over {RUNS} renders", bytes.len());
    }
}
