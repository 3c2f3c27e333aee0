//! Built by `cargo xtask dist` into dist/pdf/ and imported by assets/pdf.js on the first
//! click of "Download PDF", so the PDF writer and its fonts never weigh on a page's first
//! load. It reads the scenario link exactly as the page does and renders with the same
//! `report::for_scenario` as `cost pdf`.

use wasm_bindgen::prelude::*;

/// PDF bytes for `/tools/<slug>?<query>`; `origin` makes the link in the report absolute.
#[wasm_bindgen]
pub fn pdf(slug: &str, query: &str, origin: &str, date: &str, letter: bool) -> Result<Vec<u8>, JsValue> {
    let calc = registry::find(slug).ok_or_else(|| JsValue::from_str("unknown calculator"))?;
    let inputs = scenario::decode(calc, query).inputs;
    let link = format!("{}{}", origin.trim_end_matches('/'), scenario::tools_path(calc, &inputs));
    let paper = if letter { report::Paper::Letter } else { report::Paper::A4 };
    report::for_scenario(calc, &inputs, &link, date, paper).map_err(|errors| {
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        JsValue::from_str(&text.join("; "))
    })
}
