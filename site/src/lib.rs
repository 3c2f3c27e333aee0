//! The site: static pages, each rendered to HTML at build time by `cargo xtask dist` with
//! Leptos components (feature `ssr`, `render`), so a page shows its answer before any
//! WebAssembly arrives; the tools index and the not-found page need none. A calculator or
//! embed page then loads a small wasm (feature `client`, built once per calculator with only
//! that calculator in the registry) that takes the pre-rendered markup over without a view
//! framework: the parts that follow the inputs are HTML text from `html`, written by the
//! same functions at build time and in the browser.

// Built with neither feature (plain `cargo check`), nothing renders or runs.
#![cfg_attr(not(any(feature = "client", feature = "ssr")), allow(dead_code, unused_imports))]

pub mod compare;
pub mod html;
pub mod route;
pub mod state;
pub mod text_patch;

#[cfg(feature = "client")]
mod browser;
#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub use client::start;

#[cfg(feature = "ssr")]
pub mod document;
#[cfg(feature = "ssr")]
mod embed;
#[cfg(feature = "ssr")]
pub mod embed_code;
#[cfg(feature = "ssr")]
mod form;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
mod results;
#[cfg(feature = "ssr")]
pub mod scenario_pages;
#[cfg(feature = "ssr")]
mod startup;
