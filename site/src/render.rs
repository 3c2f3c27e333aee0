//! Every route's body rendered to HTML natively (`document` puts the head around it). A
//! calculator's `#app` is rendered at the defaults, or at a scenario page's scenario: the
//! browser's `client` takes over exactly that markup, then applies the link.

use crate::embed_code::PageRef;
use crate::state::FormState;
use crate::{embed, pages, route};
use calc_core::{Calculator, DecimalMark};
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
/// not-found page. `scenario` is the query a scenario page is rendered at (empty: defaults);
/// `pages` the calculator's scenario pages, which a tools page's Embed panel offers.
pub fn body(path: &str, scenario: &str, pages: &[PageRef]) -> String {
    match route::parse(path) {
        route::Route::Index => html(pages::ToolsIndex),
        route::Route::Tool(calc) => calculator(calc, scenario, pages),
        route::Route::Embed(calc) => embed(calc, scenario),
        route::Route::Compare(calc) => {
            let (comparison, _) = scenario::compare::Comparison::read(calc, scenario);
            let app = crate::compare::page(&comparison, None);
            html(move || view! { <pages::ComparePage calc=calc app=app /> })
        }
        route::Route::NotFound => html(pages::NotFound),
    }
}

fn calculator(calc: &'static dyn Calculator, scenario: &str, scenario_pages: &[PageRef]) -> String {
    let state = FormState::at(calc, DecimalMark::Dot, scenario);
    let app = html(|| pages::calculator_app(calc, &state, scenario_pages));
    html(move || view! { <pages::CalculatorPage calc=calc app=app /> })
}

fn embed(calc: &'static dyn Calculator, scenario: &str) -> String {
    let state = FormState::at(calc, DecimalMark::Dot, scenario);
    let app = html(|| embed::embed_app(calc, &state));
    html(move || view! { <embed::EmbedPage app=app /> })
}
