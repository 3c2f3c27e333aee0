//! The site: static Leptos pages. Every route is rendered to HTML at build time by
//! `cargo xtask dist` with these components (feature `ssr`, `render`), so a page shows its
//! answer before any WebAssembly arrives; the tools index and the not-found page need none.
//! A calculator page's wasm (feature `hydrate`, built once per calculator with only that
//! calculator in the registry) hydrates the part of the page that changes, `#app`, then
//! applies the scenario in the link.

// Built with neither feature (plain `cargo check`), nothing renders or hydrates.
#![cfg_attr(not(any(feature = "hydrate", feature = "ssr")), allow(dead_code, unused_imports))]

mod browser;
mod chart;
mod embed;
mod form;
mod pages;
#[cfg(feature = "ssr")]
pub mod render;
mod results;
pub mod route;

/// Hydrates the calculator or embed page this wasm was built for, then reads its link.
#[cfg(feature = "hydrate")]
pub fn start() {
    use leptos::prelude::*;
    console_error_panic_hook::set_once();
    let Some(root) = browser::element_by_id("app") else { return };
    let query = browser::search();
    let (calc, embed) = match route::parse(&browser::pathname()) {
        route::Route::Tool(calc) => (calc, false),
        route::Route::Embed(calc) => (calc, true),
        _ => return,
    };
    // The page was rendered at the defaults: hydrate exactly that, then move to the link's
    // scenario (the page marks its results pending until then).
    let state = form::FormState::new(calc);
    let show_inputs = RwSignal::new(true);
    let s = state.clone();
    if embed {
        leptos::mount::hydrate_from(
            root,
            move || view! { <embed::EmbedApp calc=calc state=s show_inputs=show_inputs /> },
        )
        .forget();
        show_inputs.set(embed::options(&query).show_inputs);
    } else {
        leptos::mount::hydrate_from(root, move || view! { <pages::CalculatorApp calc=calc state=s /> })
            .forget();
    }
    state.apply_link(calc, &query);
    // The DOM follows the signals in microtasks; the frame after them shows the link's answer.
    request_animation_frame(browser::mark_ready);
}
