//! The browser entry point: hydrate the page `cargo xtask dist` rendered (see lib.rs).

fn main() {
    #[cfg(feature = "hydrate")]
    site::start();
}
