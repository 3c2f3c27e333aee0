//! Prints the performance budgets: native compute time per calculator (release build of
//! the registry bench) and first-load transfer sizes of the built site.

use crate::{root, step, tools};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

pub fn run() -> Result<(), String> {
    step("native compute time per calculator (cargo bench -p registry)");
    tools::run(tools::cargo().args(["bench", "-p", "registry", "--bench", "compute"]))?;
    sizes()
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("gzip to memory");
    enc.finish().expect("gzip to memory").len()
}

/// First load = the page's wasm + JS + CSS (plotly.js is excluded: it loads with a chart).
fn sizes() -> Result<(), String> {
    let dist = root().join("dist");
    let entries = std::fs::read_dir(&dist).map_err(|_| "no dist/: run `cargo xtask dist` first".to_string())?;
    let mut first_load = 0;
    println!("{:<40} {:>10} {:>10}", "file (dist/)", "raw KB", "gzip KB");
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "wasm" | "js" | "css") {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let gz = gzip_len(&bytes);
        let lazy = name.starts_with("chart") || name.starts_with("embed");
        if !lazy {
            first_load += gz;
        }
        println!("{:<40} {:>10.1} {:>10.1}{}", name, bytes.len() as f64 / 1024.0, gz as f64 / 1024.0, if lazy { "  (on demand)" } else { "" });
    }
    println!("first load of a calculator page (wasm + JS + CSS, gzip): {:.1} KB (budget 250 KB)", first_load as f64 / 1024.0);
    Ok(())
}
