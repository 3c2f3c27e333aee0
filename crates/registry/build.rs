//! The registry lists every calculator crate it depends on from `calculators/`: adding a
//! calculator is its folder plus one dependency line in this crate's Cargo.toml. The list is
//! generated in that line's order, which is the order of the tools index.

use std::fmt::Write;

fn main() {
    let manifest = std::fs::read_to_string("Cargo.toml").expect("registry Cargo.toml");
    println!("cargo:rerun-if-changed=Cargo.toml");
    let mut crates = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps && line.contains("\"../../calculators/") {
            let name = line.split('=').next().expect("a dependency name").trim();
            crates.push(name.replace('-', "_"));
        }
    }
    assert!(!crates.is_empty(), "the registry depends on no calculator");
    // COST_ONLY=<slug>: a build that lists one calculator, so the site's wasm for that
    // calculator's pages links no other (cargo xtask dist builds one wasm per calculator).
    println!("cargo:rerun-if-env-changed=COST_ONLY");
    if let Ok(only) = std::env::var("COST_ONLY") {
        let name = only.replace('-', "_");
        assert!(crates.contains(&name), "COST_ONLY={only}: no such calculator in the registry");
        crates = vec![name];
    }
    let mut code = String::from("/// Every calculator the product ships, in the order of the tools index.\n");
    writeln!(code, "pub static CALCULATORS: &[&dyn calc_core::Calculator] = &[").unwrap();
    for name in &crates {
        writeln!(code, "    &{name}::CALCULATOR,").unwrap();
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("calculators.rs");
    std::fs::write(out, code).expect("write calculators.rs");
}
