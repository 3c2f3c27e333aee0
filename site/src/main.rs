//! The site: a static Leptos app. Each route is its own HTML file in dist/ (written by
//! `cargo xtask dist`), so routing is a look at the path on load.

mod browser;
mod chart;
mod embed;
mod form;
mod pages;
mod results;
mod route;

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    match route::current() {
        route::Route::Index => pages::ToolsIndex().into_any(),
        route::Route::Tool(calc) => view! { <pages::CalculatorPage calc=calc /> }.into_any(),
        route::Route::Embed(calc) => view! { <embed::EmbedPage calc=calc /> }.into_any(),
        route::Route::NotFound => pages::NotFound().into_any(),
    }
}
