fn main() {
    price_codegen::generate(&std::env::var("CARGO_MANIFEST_DIR").unwrap());
}
