//! `/embed/<slug>?<scenario>`: the calculator without site chrome for a blog column, and
//! the "Embed" panel on each tools page that writes the snippets for the current scenario,
//! as the pre-rendered page carries them (the browser's `client` fills and follows them).

use crate::embed_code::{write_pages, PageRef, Room};
use crate::pages::as_of_text;
use crate::state::FormState;
use crate::{form, results};
use calc_core::{evaluate, Calculator};
use leptos::prelude::*;

/// The embed page as `cargo xtask dist` writes it: `#app` holds `embed_app` at the defaults.
#[component]
pub fn EmbedPage(app: String) -> impl IntoView {
    view! {
        // The landmark a screen reader jumps to, as on the tools pages.
        <main id="main">
            <crate::startup::StartNotes />
            <div id="app" inner_html=app></div>
        </main>
    }
}

/// The embed at the page's scenario (the defaults, or a scenario page's). `inputs=0` in the
/// link removes the inputs (theme.js hides them before the first paint, the browser removes
/// them).
pub fn embed_app(calc: &'static dyn Calculator, state: &FormState) -> impl IntoView {
    let meta = calc.meta();
    let outcome = evaluate(calc, &state.inputs);
    let charts_at_defaults = outcome.as_ref().map_or(0, |o| o.charts.len());
    view! {
        <div class="embed-root">
            <header class="embed-header">
                <h1 class="embed-title">{meta.title}</h1>
                <a class="open-full" id="open-full" href=scenario::tools_path_captioned(calc, &state.inputs, &state.caption) target="_blank" rel="noopener">"Open in the full calculator ↗"</a>
            </header>
            {results::link_notices()}
            // A blog reader gets the answer first; the inputs and the supporting detail are
            // one click away.
            <section class="calc-summary" aria-label="Answer">
                {results::summary(calc, state, &outcome)}
            </section>
            <details class="embed-inputs">
                <summary>"Change the numbers"</summary>
                {form::form(calc, state)}
            </details>
            // Closed until the reader opens it: the chart library (plotly.js, most of an
            // embed's weight) loads only then, since an embed is sized to its content and a
            // chart in it is always "in view" (assets/chart.js waits for that).
            <details class="embed-charts">
                <summary>{if charts_at_defaults > 1 { "Show the charts" } else { "Show the chart" }}</summary>
                {results::charts(&outcome)}
            </details>
            <details class="embed-details">
                <summary>"Details: warnings, the math, assumptions and sources"</summary>
                {results::details(calc, &state.inputs, &outcome, true)}
                <results::Caveats calc=calc />
            </details>
            <p class="attribution">
                <a href="/tools/" target="_blank" rel="noopener">{registry::pages::SITE_NAME}</a>
                " · runs in your browser" {as_of_text(calc).map(|t| format!("; {}", t.to_lowercase()))}
            </p>
        </div>
    }
}

/// "Embed this scenario": the snippets for the current scenario and the options a blogger
/// picks (colours, the answer only, a transparent background), each copied with one click,
/// the address to paste into WordPress, and a live preview. `assets/embed-panel.js` writes
/// them, loaded when the panel first opens; the attributes are its inputs: the scenario (kept
/// up to date by the client), the calculator's scenario pages (which scenarios WordPress can
/// embed as they are) and the room an embed takes before it reports its height (`Room`).
pub fn embed_panel(calc: &dyn Calculator, state: &FormState, pages: &[PageRef]) -> impl IntoView {
    let meta = calc.meta();
    let room = Room::of(meta.slug);
    let query = state.caption.append_to(&scenario::encode(calc, &state.inputs));
    let themes =
        [("light", "Light", true), ("dark", "Dark", false), ("auto", "The reader's system setting", false)]
            .map(|(key, label, checked)| {
                let id = format!("embed-theme-{key}");
                view! {
                    <label class="choice" for=id.clone()>
                        <input type="radio" name="embed-theme" id=id.clone() value=key checked=checked />
                        " " {label}
                    </label>
                }
            });
    view! {
        <details class="embed-panel" id="embed-panel" data-slug=meta.slug data-title=meta.title
            data-query=query data-inputs=scenario::encode(calc, &state.inputs) data-name=state.caption.title.clone()
            data-pages=write_pages(pages)
            data-reserve=room.reserve[0].clone() data-reserve-answer=room.reserve[1].clone()
            data-height=room.height[0] data-height-answer=room.height[1]>
            <summary>"Embed this scenario"</summary>
            <p>"Paste into a blog post. The calculator opens with the inputs you have now; readers can change them."</p>
            <fieldset class="embed-options">
                <legend>"Colours"</legend>
                {themes}
            </fieldset>
            <label class="choice" for="embed-hide-inputs">
                <input type="checkbox" id="embed-hide-inputs" />" The answer only (hide the inputs)"
            </label>
            <label class="choice" for="embed-transparent">
                <input type="checkbox" id="embed-transparent" />" Transparent background (for a dark blog)"
            </label>
            <label for="embed-script">"With the loader script (sized to its content; Ghost: an HTML card)"</label>
            <textarea id="embed-script" readonly rows="3"></textarea>
            <button type="button" class="secondary" id="copy-embed-script">"Copy embed code"</button>
            <label for="embed-iframe">"Plain iframe, for platforms that remove scripts (fixed height, scrolls inside)"</label>
            <textarea id="embed-iframe" readonly rows="3"></textarea>
            <button type="button" class="secondary" id="copy-embed-iframe">"Copy iframe code"</button>
            <label for="embed-wordpress">"WordPress: paste this address on a line of its own"</label>
            <input id="embed-wordpress" type="text" readonly />
            <button type="button" class="secondary" id="copy-embed-wordpress">"Copy address"</button>
            <div id="embed-wordpress-note"></div>
            <p class="muted">"Substack and Medium show a pasted address as a link card with the verdict and key figures."</p>
            <p class="status" role="status" id="embed-status"></p>
            <div id="embed-preview-box"></div>
        </details>
    }
}
