//! The few browser APIs the app touches, in one place. The same components also render to
//! HTML natively (`cargo xtask dist`, feature `ssr`), where there is no window: every helper a
//! component calls while rendering answers a neutral value off the browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// assets/pdf.js: loads the report module on first use and saves the PDF (or, with
    /// `csv`, the CSV export); resolves to the generation time in milliseconds.
    #[wasm_bindgen(js_namespace = costPdf, js_name = download, catch)]
    fn report_download(slug: &str, query: &str, letter: bool, csv: bool) -> Result<js_sys::Promise, JsValue>;
}

/// Generate and save the PDF report (`csv`: the CSV export); `Ok(milliseconds)` or a message
/// for the page.
pub async fn download_report(slug: &str, query: &str, letter: bool, csv: bool) -> Result<f64, String> {
    let what = if csv { "CSV" } else { "PDF" };
    let promise =
        report_download(slug, query, letter, csv).map_err(|_| format!("The {what} tools did not load."))?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(ms) => Ok(ms.as_f64().unwrap_or(0.0)),
        Err(_) => Err(format!("The {what} could not be generated; please reload the page and try again.")),
    }
}

/// The browser is there: false when the components render to HTML natively.
const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

fn window() -> Option<web_sys::Window> {
    if IN_BROWSER {
        web_sys::window()
    } else {
        None
    }
}

pub fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

pub fn origin() -> String {
    window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

pub fn pathname() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// Update the address bar without a reload or a history entry (and without touching it when
/// it already says this).
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    if search().trim_start_matches('?') == query {
        return;
    }
    let path = pathname();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

thread_local! {
    static ADDRESS_TIMER: std::cell::Cell<Option<leptos::prelude::TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// `replace_query` once typing pauses: `history.replaceState` costs Chrome several
/// milliseconds, too much to pay on every keystroke. "Copy link" never reads the address bar
/// (it encodes the inputs), so it is exact meanwhile.
pub fn replace_query_soon(query: String) {
    if !IN_BROWSER {
        return;
    }
    if let Some(previous) = ADDRESS_TIMER.with(|t| t.take()) {
        previous.clear();
    }
    let handle = leptos::prelude::set_timeout_with_handle(
        move || {
            ADDRESS_TIMER.with(|t| t.set(None));
            replace_query(&query);
        },
        std::time::Duration::from_millis(250),
    );
    ADDRESS_TIMER.with(|t| t.set(handle.ok()));
}

/// The decimal mark of the browser's language: how `1.5` is written there.
pub fn decimal_mark() -> calc_core::DecimalMark {
    if !IN_BROWSER {
        return calc_core::DecimalMark::Dot;
    }
    let lang = window().and_then(|w| w.navigator().language()).unwrap_or_else(|| "en".to_string());
    let written: String = js_sys::Number::from(1.5).to_locale_string(&lang).into();
    if written.contains(',') {
        calc_core::DecimalMark::Comma
    } else {
        calc_core::DecimalMark::Dot
    }
}

/// Today's date in UTC, the rule the report uses too.
pub fn today() -> calc_core::Date {
    calc_core::Date::today_utc(if IN_BROWSER { js_sys::Date::now() } else { 0.0 })
}

/// Copy text to the clipboard; false when the browser refuses (then the page offers the
/// selected text instead).
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn select_input(id: &str) {
    if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}

/// The element the pre-rendered page keeps for the app.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// The app has read the link and answers for it: the page stops marking its results pending
/// (html[data-pending], set by theme.js before the first paint) and says it is ready.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn mark_ready() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.remove_attribute("data-pending");
        let _ = root.set_attribute("data-ready", "");
    }
}
