//! The answer's regions in the pre-rendered page: each is an element whose content is
//! `html`'s text for the default inputs, which the browser (`client`) rewrites on each change.
//! Data in, markup out; no money is computed here.

use crate::html::{self, region, Evaluated};
use crate::state::FormState;
use calc_core::{Calculator, Inputs};
use leptos::prelude::*;

/// What in the link could not be used (empty in the pre-rendered page: it has no link).
pub fn link_notices() -> impl IntoView {
    view! { <div id=region::NOTICES></div> }
}

/// The answer's head: the scenario's name, the stale-value note and the verdict. Only the
/// verdict is a live region, so a screen reader hears the decision on each change rather
/// than the whole page.
pub fn verdict(state: &FormState, calc: &dyn Calculator, outcome: &Evaluated) -> impl IntoView {
    view! {
        <div id=region::CAPTION inner_html=html::caption(&state.caption)></div>
        <div id=region::STALE inner_html=html::stale(state.stale_note(calc).as_deref())></div>
        <div class="verdict" id=region::VERDICT aria-live="polite" hidden=outcome.is_err()>
            <p class="decision" id=region::DECISION inner_html=html::decision(outcome)></p>
            <ul class="facts" id=region::FACTS inner_html=html::facts(outcome)></ul>
        </div>
    }
}

/// Under the verdict: the price-age notice, the headline figures (or why the inputs cannot
/// be computed) and where the answer flips.
pub fn figures(calc: &dyn Calculator, state: &FormState, outcome: &Evaluated) -> impl IntoView {
    let sensitivity = calc_core::sensitivity::of(calc, &state.inputs);
    let holds = html::holds_unless(calc, &state.inputs, &state.caption, &sensitivity, true);
    view! {
        {price_age()}
        <div id=region::FIGURES inner_html=html::figures(calc, outcome)></div>
        {currency()}
        // Where the answer flips, under the cards: written at the defaults here, and by the
        // browser once typing pauses (it takes many evaluations, so never in a keystroke's frame).
        <div id=region::HOLDS class="holds-box" inner_html=holds></div>
    }
}

/// The answer: the verdict and the headline figures, or why the inputs cannot be computed.
pub fn summary(calc: &dyn Calculator, state: &FormState, outcome: &Evaluated) -> impl IntoView {
    view! {
        {verdict(state, calc, outcome)}
        {figures(calc, state, outcome)}
    }
}

/// What the answer rests on, read before changing the numbers: where it breaks (warnings),
/// notes, next steps and the charts. A calculator page puts it above the form.
pub fn support(calc: &dyn Calculator, outcome: &Evaluated) -> impl IntoView {
    let top = outcome.as_ref().map(|o| html::details_top(calc, o, true)).unwrap_or_default();
    view! {
        <div id=region::SUPPORT hidden=outcome.is_err()>
            <div id=region::DETAILS_TOP inner_html=top></div>
            {charts(outcome)}
        </div>
    }
}

/// Everything else that supports the answer: the tornado, the math, tables and assumptions,
/// after where it breaks (`with_top`, where the page does not show `support`).
pub fn details(calc: &dyn Calculator, inputs: &Inputs, outcome: &Evaluated, with_top: bool) -> impl IntoView {
    let o = outcome.as_ref().ok();
    let tornado = html::tornado(calc, &calc_core::sensitivity::of(calc, inputs));
    let part = |f: &dyn Fn(&calc_core::Outcome) -> String| o.map(f).unwrap_or_default();
    view! {
        <div id=region::DETAILS hidden=o.is_none()>
            {with_top.then(|| view! { <div id=region::DETAILS_TOP inner_html=part(&|o| html::details_top(calc, o, true))></div> })}
            <div id=region::TORNADO inner_html=tornado></div>
            <details class="math">
                <summary>"Show the math"</summary>
                <dl id=region::MATH inner_html=part(&html::math)></dl>
            </details>
            <div id=region::DETAILS_BOTTOM inner_html=part(&html::details_bottom)></div>
        </div>
    }
}

/// The charts' frames; the browser draws into them.
pub fn charts(outcome: &Evaluated) -> impl IntoView {
    view! { <div id=region::CHARTS inner_html=outcome.as_ref().map(html::charts).unwrap_or_default()></div> }
}

/// The currency the amounts are in: a menu, the rate (the reference rate, or the reader's
/// own) and, under them, where the rate comes from. The page is written in dollars; the
/// browser converts when the reader (or the link's `cur`) asks.
pub fn currency() -> impl IntoView {
    use calc_core::Currency;
    let options = Currency::ALL
        .into_iter()
        .map(|c| {
            let name = format!("{} · {}", c.code(), c.name());
            view! { <option value=c.code() selected=c == Currency::Usd>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="currency">
            <label for="currency">"Amounts in"</label>
            <select id="currency">{options}</select>
            <span id="fx-box" hidden>
                <label for="fx">"at"</label>
                <input type="text" inputmode="decimal" autocomplete="off" id="fx" size="9" aria-describedby="fx-unit" aria-invalid="false" />
                <span id="fx-unit"></span>
            </span>
            <div id=region::CURRENCY></div>
        </div>
    }
}

/// Where the price-age notice goes: it is judged on the reader's day, so the browser writes
/// it (the HTML was written on another day).
pub fn price_age() -> impl IntoView {
    view! { <div id=region::PRICE_AGE></div> }
}

/// What holds whatever the inputs are: written once per page, outside the live results.
#[component]
pub fn Caveats(calc: &'static dyn Calculator) -> impl IntoView {
    let caveats = calc.meta().caveats;
    (!caveats.is_empty()).then(|| {
        let items = caveats.iter().map(|c| view! { <li class="warning info">{*c}</li> }).collect_view();
        view! {
            <section class="caveats" aria-label="Before you decide">
                <h2 class="h3">"Before you decide"</h2>
                <ul class="warnings">{items}</ul>
            </section>
        }
    })
}
