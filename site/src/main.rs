//! The browser entry point: take over the page `cargo xtask dist` rendered (see lib.rs).

fn main() {
    #[cfg(feature = "client")]
    site::start();
}
