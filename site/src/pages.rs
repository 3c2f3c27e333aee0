//! The pages as `cargo xtask dist` writes them: the tools index, a calculator page, the
//! not-found page.

use crate::embed_code::PageRef;
use crate::state::FormState;
use crate::{embed, form, html, results};
use calc_core::{evaluate, Calculator};
use leptos::prelude::*;
use registry::pages::SITE_NAME;

/// "Prices as of 2026-03-28" (the oldest default price on the calculator's sheet), or
/// nothing for a calculator that uses no price.
pub fn as_of_text(calc: &dyn Calculator) -> Option<String> {
    calc.prices().as_of().map(|d| format!("Prices as of {d}"))
}

#[component]
fn Chrome(children: Children) -> impl IntoView {
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="/tools/">{SITE_NAME}</a>
            <span class="tagline">"Runs in your browser. Your numbers never leave your machine."</span>
        </header>
        <main id="main">{children()}</main>
        <footer class="site-footer">
            <p>"Estimates from public list prices, not quotes. Every default price shows its source and date, and every price can be changed."</p>
        </footer>
    }
}

#[component]
pub fn ToolsIndex() -> impl IntoView {
    let cards = registry::CALCULATORS
        .iter()
        .map(|calc| {
            let meta = calc.meta();
            view! {
                <li class="tool-card">
                    <h2><a href=format!("/tools/{}/", meta.slug)>{meta.title}</a></h2>
                    <p>{meta.pitch}</p>
                    {as_of_text(*calc).map(|t| view! { <p class="muted">{t}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <Chrome>
            <h1>{SITE_NAME}</h1>
            <p class="lead">"Type your own numbers, see the math, share the scenario as a link. Nothing is sent anywhere: every calculation runs on your machine."</p>
            <ul class="tool-list" id="tool-list">{cards}</ul>
        </Chrome>
    }
}

/// A static page: the path is filled in by a line of script (the page has no wasm).
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Chrome>
            <h1>"Page not found"</h1>
            <p>"There is no page at " <code id="missing-path">"this address"</code> "."</p>
            <script inner_html="document.getElementById('missing-path').textContent=location.pathname;"></script>
            <p><a href="/tools/">"See all cost calculators"</a></p>
        </Chrome>
    }
}

/// A calculator page as `cargo xtask dist` writes it: what never changes (the title, the
/// examples, the caveats, the methodology and sources) is only in the HTML; `#app` holds
/// `calculator_app`, rendered at the defaults and taken over by the calculator's wasm.
#[component]
pub fn CalculatorPage(calc: &'static dyn Calculator, app: String) -> impl IntoView {
    let meta = calc.meta();
    let methodology = meta.methodology.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
    let sources = meta
        .sources
        .iter()
        .map(|s| view! { <li inner_html=html::external(s.url, s.label)></li> })
        .collect_view();
    let presets = calc
        .presets()
        .iter()
        .map(|p| {
            // Each preset has a page of its own, pre-rendered at it (`scenario_pages`).
            let href = format!("/tools/{}/{}/", meta.slug, p.key);
            view! { <li><a href=href title=p.description>{p.name}</a></li> }
        })
        .collect_view();
    view! {
        <Chrome>
            <h1>{meta.title}</h1>
            <p class="lead">{meta.pitch}</p>
            <nav class="presets" aria-label="Example scenarios">
                <span>"Examples: "</span><ul>{presets}</ul>
            </nav>
            <crate::startup::StartNotes />
            <div id="app" inner_html=app></div>
            <results::Caveats calc=calc />
            <section class="methodology">
                <h2>"Methodology"</h2>
                {methodology}
                {as_of_text(calc).map(|t| view! { <p class="muted">{t} ". Every default is listed with its source under Assumptions and can be overridden."</p> })}
                <h2>"Sources"</h2>
                <ul>{sources}</ul>
            </section>
        </Chrome>
    }
}

/// The comparison page: `#app` holds `compare::page` at the example comparison, which the
/// comparison page's own wasm (`compare-page`) replaces with the address's.
#[component]
pub fn ComparePage(calc: &'static dyn Calculator, app: String) -> impl IntoView {
    let meta = calc.meta();
    view! {
        <Chrome>
            <h1>"Compare scenarios: " {meta.title}</h1>
            <p class="lead">"Each column is one scenario; under each figure of B and C, its difference against A. Edit a scenario on the calculator's page and come back."</p>
            <p class="muted"><a href=format!("/tools/{}/", meta.slug)>"Back to the calculator"</a></p>
            <crate::startup::StartNotes />
            <div id="app">
                {results::link_notices()}
                <div id=crate::compare::REGION inner_html=app></div>
                <p class="status" role="status" id="share-status"></p>
                <p class="compare-link-box">
                    <label for="share-link">"Link to this comparison"</label>
                    <input id="share-link" type="text" readonly />
                </p>
            </div>
        </Chrome>
    }
}

/// The part of a calculator page that follows the inputs, at the page's scenario (the
/// defaults, or a scenario page's): link notices, the answer, the inputs and the details (the
/// browser's `client` takes it over).
pub fn calculator_app(
    calc: &'static dyn Calculator,
    state: &FormState,
    scenario_pages: &[PageRef],
) -> impl IntoView {
    let outcome = evaluate(calc, &state.inputs);
    view! {
        {results::link_notices()}
        // The answer comes first in the document: on a phone it is the first screen, with
        // where it breaks and the charts before the inputs; on a wide screen the inputs sit
        // beside them (grid areas in style.css). The share actions follow the verdict, in
        // the flow: a bar stuck to the screen's edge hid the answer on short screens.
        <div class="calc-layout">
            <section class="calc-summary" aria-label="Answer">
                // Shown by the client while the page edits a scenario of a comparison.
                <p class="compare-edit" id="compare-edit" hidden>
                    <span id="compare-edit-what"></span>" "
                    <a id="compare-back" href=crate::compare::start_link(calc, "")>"Back to the comparison"</a>
                </p>
                {results::verdict(state, calc, &outcome)}
                {form::share_bar()}
                {results::figures(calc, state, &outcome)}
                // Under the figures, so that on a phone the first figure stays on the first screen.
                <p class="compare-open">
                    <a id="compare-link" href=crate::compare::start_link(calc, &scenario::write_query(calc, &state.inputs, &state.rate, &state.caption))>
                        "Compare with another scenario"
                    </a>
                </p>
            </section>
            <section class="calc-support" aria-label="Where it breaks, and the charts">
                {results::support(calc, &outcome)}
            </section>
            <section class="calc-form" aria-label="Inputs">
                // Kept in view at the top of the screen while the reader goes down the form.
                <p class="answer-line" id=html::region::ANSWER_LINE inner_html=html::answer_line(calc, &outcome)></p>
                <h2 class="h3 form-title">"Your numbers"</h2>
                {form::form(calc, state)}
                {form::reset_bar()}
                {embed::embed_panel(calc, state, scenario_pages)}
            </section>
            <section class="calc-details" aria-label="Details">
                {results::details(calc, &state.inputs, &outcome, false)}
            </section>
        </div>
    }
}
