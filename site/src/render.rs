//! Every route's body rendered to HTML natively (`document` puts the head around it). A calculator's `#app` is rendered at the defaults: the browser's `client` takes
//! over exactly that markup, then applies the link.

use crate::{embed, pages, route};
use calc_core::Calculator;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// A view as HTML text.
pub(crate) fn html<V: IntoView>(f: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let html = owner.with(|| f().into_view().to_html());
    owner.unset();
    html
}

/// The `<body>` content of a route: the tools index, a calculator page, an embed or the
/// not-found page.
pub fn body(path: &str) -> String {
    match route::parse(path) {
        route::Route::Index => html(pages::ToolsIndex),
        route::Route::Tool(calc) => calculator(calc),
        route::Route::Embed(calc) => embed(calc),
        route::Route::NotFound => html(pages::NotFound),
    }
}

fn calculator(calc: &'static dyn Calculator) -> String {
    let app = html(|| pages::calculator_app(calc));
    html(move || view! { <pages::CalculatorPage calc=calc app=app /> })
}

fn embed(calc: &'static dyn Calculator) -> String {
    let app = html(|| embed::embed_app(calc));
    html(move || view! { <embed::EmbedPage app=app /> })
}
