//! Built by `cargo xtask dist` into dist/pdf/ and imported by assets/pdf.js on the first
//! click of "Download PDF" or "Download CSV", so the PDF writer, its fonts and the CSV writer
//! never weigh on a page's first load. It reads the scenario link exactly as the page does and
//! renders with the same `report::pdf` as `cost pdf` and `report::csv`
//! as `cost csv`; a compare page's, with `report::compare_pdf` and `report::compare_csv` as
//! `cost compare --pdf` and `--csv`.

use wasm_bindgen::prelude::*;

/// The date a report is stamped with (today in UTC), from `Date.now()`: the same rule as
/// `cost pdf`. The page also names the file with it.
#[wasm_bindgen]
pub fn today(now_millis: f64) -> String {
    calc_core::Date::today_utc(now_millis).to_string()
}

/// The scenario a query stands for and its absolute link, read exactly as the page reads it.
fn scenario_of(slug: &str, query: &str, origin: &str) -> Result<(scenario::Scenario, String), JsValue> {
    let calc = registry::find(slug).ok_or_else(|| JsValue::from_str("unknown calculator"))?;
    let (scenario, _) = scenario::Scenario::read(calc, query);
    let link = scenario.link(origin);
    Ok((scenario, link))
}

fn refused(errors: Vec<calc_core::FieldError>) -> JsValue {
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    JsValue::from_str(&text.join("; "))
}

/// The day `today` returned (`YYYY-MM-DD`), which dates a report and judges its prices' age.
fn day(date: &str) -> Result<calc_core::Date, JsValue> {
    calc_core::Date::parse(date).map_err(|e| JsValue::from_str(&e))
}

fn paper(letter: bool) -> report::Paper {
    if letter {
        report::Paper::Letter
    } else {
        report::Paper::A4
    }
}

/// PDF bytes for `/tools/<slug>?<query>`; `origin` makes the link in the report absolute,
/// `date` is what `today` returned.
#[wasm_bindgen]
pub fn pdf(slug: &str, query: &str, origin: &str, date: &str, letter: bool) -> Result<Vec<u8>, JsValue> {
    let date = day(date)?;
    let (scenario, link) = scenario_of(slug, query, origin)?;
    report::pdf(&scenario, &link, date, paper(letter)).map_err(refused)
}

/// The CSV export's bytes (UTF-8 with a BOM) for `/tools/<slug>?<query>`, as `cost csv` writes
/// it for the same link and date.
#[wasm_bindgen]
pub fn csv(slug: &str, query: &str, origin: &str, date: &str) -> Result<Vec<u8>, JsValue> {
    let date = day(date)?;
    let (scenario, link) = scenario_of(slug, query, origin)?;
    report::csv(&scenario, &link, date).map(String::into_bytes).map_err(refused)
}

/// The name the page saves the file under (`ext`: `pdf` or `csv`): `report::file_name`, as
/// `cost csv` names it: the scenario's name, the calculator and the date.
#[wasm_bindgen]
pub fn file_name(slug: &str, query: &str, date: &str, ext: &str) -> Result<String, JsValue> {
    let date = day(date)?;
    let (scenario, _) = scenario_of(slug, query, "")?;
    Ok(report::file_name(&scenario, date, ext))
}

/// The comparison a compare page's query (`a=…&b=…[&c=…]`) stands for and its absolute
/// link, read exactly as the compare page reads it (`Comparison::read`).
fn comparison_of(
    slug: &str,
    query: &str,
    origin: &str,
) -> Result<(scenario::compare::Comparison, String), JsValue> {
    let calc = registry::find(slug).ok_or_else(|| JsValue::from_str("unknown calculator"))?;
    let (comparison, _) = scenario::compare::Comparison::read(calc, query);
    let link = comparison.link(origin);
    Ok((comparison, link))
}

/// The comparison's PDF for `/tools/<slug>/compare/?<query>`, as `cost compare --pdf` writes it
/// for the same links, date and paper.
#[wasm_bindgen]
pub fn compare_pdf(
    slug: &str,
    query: &str,
    origin: &str,
    date: &str,
    letter: bool,
) -> Result<Vec<u8>, JsValue> {
    let date = day(date)?;
    let (comparison, link) = comparison_of(slug, query, origin)?;
    report::compare_pdf(&comparison, &link, date, paper(letter)).map_err(refused)
}

/// The comparison's CSV (UTF-8 with a BOM), as `cost compare --csv` writes it.
#[wasm_bindgen]
pub fn compare_csv(slug: &str, query: &str, origin: &str, date: &str) -> Result<Vec<u8>, JsValue> {
    let date = day(date)?;
    let (comparison, link) = comparison_of(slug, query, origin)?;
    report::compare_csv(&comparison, &link, date).map(String::into_bytes).map_err(refused)
}

/// The name the compare page saves its PDF or CSV under: `report::compare_file_name`.
#[wasm_bindgen]
pub fn compare_file_name(slug: &str, query: &str, date: &str, ext: &str) -> Result<String, JsValue> {
    let date = day(date)?;
    let (comparison, _) = comparison_of(slug, query, "")?;
    Ok(report::compare_file_name(&comparison, date, ext))
}

/// Where the answer flips for `/tools/<slug>?<query>` (the analysis the page runs when typing
/// pauses): how many flip points it finds. `cargo xtask bench` times it in the browser.
#[wasm_bindgen]
pub fn flip_points(slug: &str, query: &str) -> Result<usize, JsValue> {
    let (scenario, _) = scenario_of(slug, query, "")?;
    Ok(calc_core::sensitivity::of(scenario.calc, &scenario.inputs).flip_points.len())
}
