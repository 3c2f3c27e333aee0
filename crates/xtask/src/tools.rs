//! Installs the toolchain on a fresh machine with only Rust, from the registries this
//! machine can reach (crates.io, npm, Debian). Every step checks first and skips what is
//! already installed, so a warm run costs seconds.

use crate::{root, step};
use std::path::PathBuf;
use std::process::Command;

#[derive(Clone, Copy, PartialEq)]
pub enum Need {
    /// What `serve` needs: Rust tools and npm packages.
    Build,
    /// Plus the browser and the PDF tools for the tests.
    All,
}

pub fn setup(need: Need) -> Result<(), String> {
    ensure_wasm_target()?;
    if need == Need::All {
        ensure_components()?;
    }
    ensure_wasm_bindgen()?;
    if need == Need::All {
        ensure_debian_packages()?;
    }
    ensure_npm_packages()
}

pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// PATH with the npm tools (wasm-opt) and cargo-installed binaries first.
pub fn path_env() -> String {
    let cargo_bin = cargo_home().join("bin");
    let npm_bin = root().join("node_modules/.bin");
    format!("{}:{}:{}", npm_bin.display(), cargo_bin.display(), std::env::var("PATH").unwrap_or_default())
}

fn cargo_home() -> PathBuf {
    std::env::var("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|_| {
        PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into())).join(".cargo")
    })
}

pub fn run(cmd: &mut Command) -> Result<(), String> {
    let status = cmd.env("PATH", path_env()).status().map_err(|e| format!("{cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).env("PATH", path_env()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    step("installing the wasm32-unknown-unknown target (rustup)");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// rustfmt and clippy, which the test command runs (rustup's default profile has them).
fn ensure_components() -> Result<(), String> {
    let missing: Vec<&str> = [("rustfmt", "fmt"), ("clippy", "clippy")]
        .into_iter()
        .filter(|(_, sub)| output("cargo", &[sub, "--version"]).is_none())
        .map(|(component, _)| component)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!("installing the rustup components {}", missing.join(" ")));
    run(Command::new("rustup").args(["component", "add"]).args(&missing))
}

/// The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let version = wasm_bindgen_version()?;
    if output("wasm-bindgen", &["--version"]).is_some_and(|v| v.trim() == format!("wasm-bindgen {version}")) {
        return Ok(());
    }
    step(&format!("installing wasm-bindgen-cli {version} (cargo install, about 4 min cold)"));
    // Not --locked: its lock file names a webpki-roots release the registry does not serve.
    run(cargo().args(["install", "--force", "wasm-bindgen-cli", "--version", &version]))
}

fn ensure_debian_packages() -> Result<(), String> {
    let missing: Vec<&str> = [("chromium", "/usr/bin/chromium"), ("poppler-utils", "/usr/bin/pdftotext")]
        .iter()
        .filter(|(_, bin)| !std::path::Path::new(bin).exists())
        .map(|(pkg, _)| *pkg)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!("installing Debian packages: {} (apt-get)", missing.join(" ")));
    run(Command::new("apt-get").arg("update").arg("-qq"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn ensure_npm_packages() -> Result<(), String> {
    let lock = root().join("package-lock.json");
    let installed = root().join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(l), Ok(i)) => i.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh && root().join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    step("installing npm packages from package-lock.json (npm ci)");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root()))
}
