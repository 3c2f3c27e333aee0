//! The few browser APIs the app touches, in one place.

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

fn window() -> Option<web_sys::Window> {
    web_sys::window()
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

/// Update the address bar without a reload or a history entry.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let path = pathname();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The decimal mark of the browser's language: how `1.5` is written there.
pub fn decimal_mark() -> calc_core::DecimalMark {
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
    calc_core::Date::today_utc(js_sys::Date::now())
}

pub fn set_title(title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
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

/// Mark the document as an embed (no chrome; transparent sizing) and pick its theme.
/// Marks the document as an embed (its theme is set by theme.js before the first paint).
pub fn mark_embed() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-embed", "1");
    }
}
