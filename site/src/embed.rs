//! `/embed/<slug>?<scenario>`: the calculator without site chrome for a blog column, and
//! the "Embed" panel on each tools page that writes the snippets for the current scenario.

use crate::pages::as_of_text;
use crate::{browser, form, results};
use calc_core::{evaluate, Calculator};
use leptos::prelude::*;

/// Embed options read from the link (site keys, not inputs).
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub struct Options {
    pub show_inputs: bool,
}

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn options(query: &str) -> Options {
    let mut o = Options { show_inputs: true };
    for pair in query.trim_start_matches('?').split('&') {
        if let Some(("inputs", v)) = pair.split_once('=') {
            o.show_inputs = scenario::decode_component(v) != "0";
        }
    }
    o
}

#[cfg(feature = "ssr")]
/// The embed page as `cargo xtask dist` writes it: `#app` holds `EmbedApp` at the defaults.
#[component]
pub fn EmbedPage(app: String) -> impl IntoView {
    view! {
        <p class="pending-note" role="status">"Reading the scenario in the link…"</p>
        <div id="app" inner_html=app></div>
    }
}

/// The embed, hydrated by the calculator's wasm. `inputs=0` in the link removes the inputs
/// (`show_inputs`; theme.js hides them before the first paint).
#[component]
pub fn EmbedApp(
    calc: &'static dyn Calculator,
    state: form::FormState,
    show_inputs: RwSignal<bool>,
) -> impl IntoView {
    let meta = calc.meta();
    let inputs = state.inputs;
    let outcome = Memo::new(move |_| evaluate(calc, &inputs.get()));
    let caption = state.caption;
    let full = move || caption.with(|c| scenario::tools_path_captioned(calc, &inputs.get(), c));
    let form_state = state.clone();
    view! {
        <div class="embed-root">
            <header class="embed-header">
                <h1 class="embed-title">{meta.title}</h1>
                <a class="open-full" href=full target="_blank" rel="noopener">"Open in the full calculator ↗"</a>
            </header>
            <results::LinkNotices notices=state.notices opened_with=state.opened_with inputs=inputs />
            // A blog reader gets the answer first; the inputs and the supporting detail are
            // one click away.
            <section class="calc-summary" aria-label="Answer">
                <results::Summary calc=calc outcome=outcome stale=state.stale_note(calc) caption=state.caption />
            </section>
            {move || show_inputs.get().then(|| view! {
                <details class="embed-inputs">
                    <summary>"Change the numbers"</summary>
                    <form::Form calc=calc state=form_state.clone() />
                </details>
            })}
            <results::Charts outcome=outcome />
            <details class="embed-details">
                <summary>"Details: warnings, the math, assumptions and sources"</summary>
                <results::PriceAge calc=calc />
                <results::Details calc=calc outcome=outcome with_charts=false />
                <results::Caveats calc=calc />
            </details>
            <p class="attribution">
                <a href="/tools/" target="_blank" rel="noopener">{registry::pages::SITE_NAME}</a>
                " · runs in your browser; prices as of " {as_of_text(calc)}
            </p>
        </div>
    }
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The two snippets for the current scenario, with copy buttons and a live preview that is
/// only loaded when the panel is opened.
#[component]
pub fn EmbedPanel(calc: &'static dyn Calculator, inputs: RwSignal<calc_core::Inputs>) -> impl IntoView {
    let slug = calc.meta().slug;
    let title = calc.meta().title;
    let query = Memo::new(move |_| scenario::encode(calc, &inputs.get()));
    let origin = browser::origin();
    let origin2 = origin.clone();
    let script_snippet = move || {
        format!(
            "<div data-cost-calculator=\"{slug}\" data-scenario=\"{}\"></div>\n<script src=\"{origin}/embed.js\" async></script>",
            escape_attr(&query.get())
        )
    };
    let iframe_src = move || {
        let q = query.get();
        if q.is_empty() {
            format!("{origin2}/embed/{slug}/")
        } else {
            format!("{origin2}/embed/{slug}/?{q}")
        }
    };
    let src_for_snippet = iframe_src.clone();
    let iframe_snippet = move || {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\"></iframe>",
            escape_attr(&src_for_snippet()),
            escape_attr(title)
        )
    };
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let copy = move |which: &'static str, text: String| {
        leptos::task::spawn_local(async move {
            if browser::copy(&text).await {
                status.set(format!("{which} copied."));
            } else {
                status.set("Your browser blocked copying; select the snippet and press Ctrl+C.".into());
            }
        });
    };
    let s1 = script_snippet.clone();
    let s2 = iframe_snippet.clone();
    view! {
        <details class="embed-panel" id="embed-panel" on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            let open_now = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
            open.set(open_now);
        }>
            <summary>"Embed this calculator"</summary>
            <p>"Paste into a blog post. The calculator opens with the inputs you have now; readers can change them."</p>
            <label for="embed-script">"With the loader script (sized to its content)"</label>
            <textarea id="embed-script" readonly rows="3" prop:value=script_snippet></textarea>
            <button type="button" class="secondary" id="copy-embed-script" on:click=move |_| copy("Embed code", s1())>"Copy embed code"</button>
            <label for="embed-iframe">"Plain iframe (fixed height, scrolls inside)"</label>
            <textarea id="embed-iframe" readonly rows="3" prop:value=iframe_snippet></textarea>
            <button type="button" class="secondary" id="copy-embed-iframe" on:click=move |_| copy("Iframe code", s2())>"Copy iframe code"</button>
            <p class="status" role="status">{move || status.get()}</p>
            {move || open.get().then(|| view! {
                <p class="muted">"Live preview"</p>
                <iframe class="embed-preview" id="embed-preview" src=iframe_src() title=format!("Preview: {title}")></iframe>
            })}
        </details>
    }
}
