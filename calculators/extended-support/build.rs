//! Compiles `prices.toml` into `PRICES` (see `price-codegen`): an unsourced or undated price
//! fails the build.

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    price_codegen::generate(&manifest_dir);
}
