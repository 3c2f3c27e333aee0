//! `cargo xtask <command>`: the two commands of the README (`serve`, `test`) and their parts.
//! Each installs what it needs and skips what is already there.

mod bench;
mod browser;
mod embeds;
mod prices;
mod server;
mod site;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask <command>
  serve [--port N]   install what is missing, build the site, serve it on 127.0.0.1
  test               install what is missing, run native tests, build the release site, run browser tests
  setup              only install what is missing
  dist               only build the release site into dist/
  browser [NAME]     only run the browser tests (files matching NAME) against the current dist/
  prices [--from DIR] [--only SLUG] [--check]
                     refresh the price sheets from the vendors' own price files
  bench [pages]      print the performance budgets: compute time, first-load sizes, per-page
                     bytes, paint, first figure and input latency in chromium (pages: only those)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::setup(tools::Need::All),
        Some("dist") => tools::setup(tools::Need::Build).and_then(|_| site::build()),
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench::run(args.get(1).map(String::as_str)),
        Some("browser") => browser::run(args.get(1).map(String::as_str)),
        Some("prices") => prices::run(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => {
            step(&format!("done in {:.0}s", started.elapsed().as_secs_f64()));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String]) -> Result<(), String> {
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args.get(i + 1).and_then(|p| p.parse().ok()).ok_or("--port needs a number")?,
        None => 8080,
    };
    tools::setup(tools::Need::Build)?;
    site::build()?;
    let server = server::start(&root().join("dist"), port)?;
    step(&format!("serving dist/ at http://127.0.0.1:{}/tools/  (Ctrl+C to stop)", server.port));
    server.join();
    Ok(())
}

fn test() -> Result<(), String> {
    tools::setup(tools::Need::All)?;
    step("formatting (cargo fmt --check)");
    tools::run(tools::cargo().args(["fmt", "--all", "--check"]))
        .map_err(|_| "the tree is not formatted: run `cargo fmt --all`".to_string())?;
    lint()?;
    step("native tests (cargo test --workspace; the site crate with its pre-render)");
    tools::run(tools::cargo().args(["test", "--workspace", "--exclude", "site"]))?;
    tools::run(tools::cargo().args(["test", "-p", "site", "--features", "ssr"]))?;
    site::build()?;
    browser::run(None)
}

/// Clippy with warnings as errors on everything that is built: the workspace natively, the
/// site's pre-render (`ssr`) and its browser build (`client`, for wasm32).
fn lint() -> Result<(), String> {
    let deny = ["--", "-D", "warnings"];
    step("clippy on the workspace, the site's pre-render and its wasm client (-D warnings)");
    tools::run(tools::cargo().args(["clippy", "--workspace", "--all-targets"]).args(deny))?;
    tools::run(
        tools::cargo().args(["clippy", "-p", "site", "--all-targets", "--features", "ssr"]).args(deny),
    )?;
    tools::run(
        tools::cargo()
            .args(["clippy", "-p", "site", "--features", "client", "--target", "wasm32-unknown-unknown"])
            .args(deny),
    )
}

/// The workspace root (xtask lives in crates/xtask).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// Progress line for slow steps.
pub fn step(message: &str) {
    println!("==> {message}");
}
