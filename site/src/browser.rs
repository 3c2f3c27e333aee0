//! The few browser APIs the client touches, in one place. Each helper that takes an id does
//! nothing when the page has no such element (an embed has no share bar).

use crate::text_patch;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

// The text is parsed aside, then the page's nodes are walked beside the new ones, changing a
// text or an attribute where they differ and replacing a node only where its kind differs.
// A keystroke that changes numbers changes only the text nodes that show them, so the browser
// restyles nothing new, and focus, selection and scroll positions inside a region survive. A
// chart's drawing area (`data-drawing`) belongs to plotly.js once drawn: chart.js redraws it.
#[wasm_bindgen(inline_js = r#"
export function numberMarks(code) {
  try {
    const parts = new Intl.NumberFormat(navigator.language, { style: "currency", currency: code }).formatToParts(-1234567.5);
    const of = (t) => (parts.find((p) => p.type === t) || {}).value;
    const ints = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
    const at = (t) => parts.findIndex((p) => p.type === t);
    return [of("group") || ",", of("decimal") || ".", ints.length > 2 && ints[ints.length - 2] === 2 ? "1" : "", of("currency") || "", at("currency") > at("integer") ? "1" : ""].join("\u0001");
  } catch (e) {
    return "";
  }
}
export function morph(el, html) {
  const t = document.createElement("template");
  t.innerHTML = html;
  sync(el, t.content);
}
function sync(page, fresh) {
  const old = page.childNodes, next = Array.from(fresh.childNodes);
  next.forEach((b, i) => {
    const a = old[i];
    if (!a) page.appendChild(b);
    else if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) page.replaceChild(b, a);
    else if (b.nodeType !== 1) { if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue; }
    else if (!b.hasAttribute("data-drawing")) { attributes(a, b); sync(a, b); }
  });
  while (old.length > next.length) page.removeChild(page.lastChild);
}
export function setTexts(el, at, texts, total) {
  const parts = texts.split("\0"), walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), nodes = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n);
  if (nodes.length !== total) return false;
  at.forEach((i, k) => { if (nodes[i].nodeValue !== parts[k]) nodes[i].nodeValue = parts[k]; });
  return true;
}
function attributes(a, b) {
  for (const { name, value } of Array.from(b.attributes)) if (a.getAttribute(name) !== value) a.setAttribute(name, value);
  for (const { name } of Array.from(a.attributes)) if (!b.hasAttribute(name)) a.removeAttribute(name);
}
const waiting = new Set();
let watcher = null;
export function drawChart(el, spec) {
  if (window.costChart) return window.costChart.draw(el, spec);
  el.costFirstSpec = spec;
  if (waiting.has(el)) return;
  waiting.add(el);
  watcher = watcher || new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    watcher.disconnect();
    import("/chart.js").then(() => {
      waiting.forEach((a) => { if (a.isConnected) window.costChart.draw(a, a.costFirstSpec); });
      waiting.clear();
    }, () => waiting.forEach((a) => { a.textContent = "The chart's script could not be loaded; the figures and tables above are complete."; }));
  }, { rootMargin: "300px" });
  watcher.observe(el);
}
export function report(compare, slug, query, letter, csv) {
  return import("/pdf.js").then(() => (compare ? window.costPdf.compare : window.costPdf.download)(slug, query, letter, csv));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = numberMarks)]
    fn number_marks_js(code: &str) -> String;
    fn morph(el: &Element, html: &str);
    #[wasm_bindgen(js_name = setTexts)]
    fn set_texts(el: &Element, at: &[u32], texts: &str, total: u32) -> bool;
    /// assets/chart.js draws `spec` (JSON) into `el`: chart.js itself is fetched only when a
    /// chart area first comes near the screen (it then fetches plotly.js the same way).
    #[wasm_bindgen(js_name = drawChart, catch)]
    fn chart_draw(el: &Element, spec: &str) -> Result<(), JsValue>;
    /// assets/pdf.js, fetched on the first PDF or CSV: it loads the report module and saves
    /// the file (with `compare`, a comparison's, whose `query` is `a=…&b=…`); resolves to the
    /// generation time in milliseconds.
    #[wasm_bindgen(js_name = report)]
    fn start_report(compare: bool, slug: &str, query: &str, letter: bool, csv: bool) -> js_sys::Promise;
}

/// Generate and save the PDF report (`csv`: the CSV export); `Ok(milliseconds)` or a message
/// for the page.
pub async fn download_report(slug: &str, query: &str, letter: bool, csv: bool) -> Result<f64, String> {
    report(false, slug, query, letter, csv).await
}

/// The same for a comparison's PDF or CSV.
pub async fn download_comparison(slug: &str, query: &str, letter: bool, csv: bool) -> Result<f64, String> {
    report(true, slug, query, letter, csv).await
}

/// pdf.js's import, like the file's making, fails only in the promise.
async fn report(compare: bool, slug: &str, query: &str, letter: bool, csv: bool) -> Result<f64, String> {
    let what = if csv { "CSV" } else { "PDF" };
    match wasm_bindgen_futures::JsFuture::from(start_report(compare, slug, query, letter, csv)).await {
        Ok(ms) => Ok(ms.as_f64().unwrap_or(0.0)),
        Err(_) => Err(format!("The {what} could not be generated; please reload the page and try again.")),
    }
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a page has a window")
}

thread_local! {
    // Looked up once: every lookup of the window is a call out of the wasm and a type check.
    static DOCUMENT: web_sys::Document = window().document().expect("a page has a document");
    static ORIGIN: String = window().location().origin().unwrap_or_default();
    // The page's own title, as the pre-render wrote it, before any scenario name.
    static PAGE_TITLE: String = document().title();
}

fn document() -> web_sys::Document {
    DOCUMENT.with(Clone::clone)
}

pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

pub fn origin() -> String {
    ORIGIN.with(Clone::clone)
}

pub fn pathname() -> String {
    window().location().pathname().unwrap_or_default()
}

/// The scenario a scenario page was pre-rendered at (`html[data-scenario]`), as a link's
/// query; empty on a calculator's own page.
pub fn page_scenario() -> String {
    document().document_element().and_then(|root| root.get_attribute("data-scenario")).unwrap_or_default()
}

pub fn element_by_id(id: &str) -> Option<Element> {
    DOCUMENT.with(|d| d.get_element_by_id(id))
}

/// Makes the element's content `html`, which showed `was`, with the fewest changes: when only
/// texts differ, those text nodes are set (`setTexts`: nothing is parsed); otherwise `morph`
/// parses the HTML and walks it beside the page's nodes (in JavaScript: a walk of a few
/// hundred nodes costs far less there than one boundary crossing per node from wasm).
pub fn set_html(id: &str, was: Option<&str>, html: &str) {
    let Some(el) = element_by_id(id) else { return };
    // A drawn chart's area holds plotly's nodes, not the HTML's: its texts cannot be counted.
    let texts =
        was.filter(|_| !html.contains("data-drawing")).and_then(|was| text_patch::text_changes(was, html));
    if let Some((changes, total)) = texts {
        let at: Vec<u32> = changes.iter().map(|(i, _)| *i).collect();
        let texts: Vec<&str> = changes.iter().map(|(_, t)| t.as_str()).collect();
        // A text holding a NUL cannot be sent joined by NULs (captions never hold one).
        if !texts.iter().any(|t| t.contains('\0')) && set_texts(&el, &at, &texts.join("\0"), total) {
            return;
        }
    }
    morph(&el, html);
}

/// What a box or text area holds ("" when the page has no such element).
pub fn value(id: &str) -> String {
    element_by_id(id).map(|el| value_of(&el)).unwrap_or_default()
}

/// What a box, list or text area holds.
pub fn value_of(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// An element's text ("" when the page has no such element).
pub fn text(id: &str) -> String {
    element_by_id(id).and_then(|el| el.text_content()).unwrap_or_default()
}

pub fn set_text(id: &str, text: &str) {
    if let Some(el) = element_by_id(id) {
        el.set_text_content(Some(text));
    }
}

/// An attribute set to `value`, or removed with `None`.
pub fn set_attr(id: &str, name: &str, value: Option<&str>) {
    if let Some(el) = element_by_id(id) {
        let _ = match value {
            Some(v) => el.set_attribute(name, v),
            None => el.remove_attribute(name),
        };
    }
}

/// A box's, list's or text area's value (a checkbox: checked when `text` is "1").
pub fn set_value(id: &str, text: &str) {
    if let Some(el) = element_by_id(id) {
        if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
            if i.type_() == "checkbox" {
                i.set_checked(text == "1");
            } else {
                i.set_value(text);
            }
        } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
            s.set_value(text);
        } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
            t.set_value(text);
        }
    }
}

/// Moves focus to the element `id` (a box whose question's button just went away).
pub fn focus(id: &str) {
    if let Some(el) = element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Opens the `<details>` `id`, brings it into view and moves focus to its summary.
pub fn open_disclosure(id: &str) {
    let Some(el) = element_by_id(id) else { return };
    let _ = el.set_attribute("open", "");
    el.scroll_into_view();
    if let Some(summary) =
        el.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

/// A box and its field marked invalid (or not).
pub fn mark_invalid(id: &str, invalid: bool) {
    let Some(el) = element_by_id(id) else { return };
    if el.has_attribute("aria-invalid") {
        let _ = el.set_attribute("aria-invalid", if invalid { "true" } else { "false" });
    }
    if let Some(field) = el.closest(".field").ok().flatten() {
        let _ = field.class_list().toggle_with_force("invalid", invalid);
    }
}

/// Hands each chart area in the element `id` its spec, in order.
pub fn draw_charts(id: &str, specs: &[String]) {
    let Some(container) = element_by_id(id) else { return };
    let Ok(areas) = container.query_selector_all(".chart-area") else { return };
    for (i, spec) in specs.iter().enumerate() {
        if let Some(el) = areas.item(i as u32).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = chart_draw(&el, spec);
        }
    }
}

/// Runs `f` once after `ms` milliseconds; the handle clears it.
pub fn set_timeout(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let callback = Closure::once_into_js(f);
    window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).ok()
}

pub fn clear_timeout(handle: i32) {
    window().clear_timeout_with_handle(handle);
}

/// Runs `f` once, as the next frame begins (before it is drawn): a timeout set from there runs
/// after that frame.
pub fn at_next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// Update the address bar without a reload or a history entry (and without touching it when
/// it already says this): `path` (a directory: `/` added, as a shared link writes it, on a
/// host that served the page at `/tools/<slug>` too) with `query`.
pub fn replace_address(path: &str, query: &str) {
    let mut path = path.to_string();
    if search().trim_start_matches('?') == query && pathname() == path && path.ends_with('/') {
        return;
    }
    if !path.ends_with('/') {
        path.push('/');
    }
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The browser's language, when it is US English. Its marks are answered without asking Intl:
/// the first Intl call of a page loads the locale data (25–48 ms on the bench machine), and a
/// link's figures waited for it. They are CLDR's for en-US, which
/// tests/browser/currency.test.mjs checks Intl still gives.
fn us_english() -> bool {
    matches!(window().navigator().language().as_deref(), Some("en-US" | "en"))
}

/// How the browser's language writes an amount of `currency`: its group and decimal marks,
/// groups of two (en-IN), its sign and which side the sign goes.
pub fn number_marks(currency: calc_core::Currency) -> calc_core::format::Marks {
    if currency == calc_core::Currency::Usd && us_english() {
        return calc_core::format::Marks {
            symbol: Some("$".to_string()),
            ..calc_core::format::Marks::neutral()
        };
    }
    let text = number_marks_js(currency.code());
    let parts: Vec<&str> = text.split('\u{1}').collect();
    match parts.as_slice() {
        [group, decimal, lakh, symbol, after] => calc_core::format::Marks {
            group: group.to_string(),
            decimal: decimal.to_string(),
            lakh: !lakh.is_empty(),
            symbol: (!symbol.is_empty()).then(|| symbol.to_string()),
            symbol_after: !after.is_empty(),
        },
        _ => calc_core::format::Marks::neutral(),
    }
}

/// Opens `path` on this site in this tab.
pub fn go_to(path: &str) {
    let _ = window().location().set_href(path);
}

/// The decimal mark of the browser's language: how `1.5` is written there.
pub fn decimal_mark() -> calc_core::DecimalMark {
    if us_english() {
        return calc_core::DecimalMark::Dot;
    }
    let lang = window().navigator().language().unwrap_or_else(|| "en".to_string());
    let written: String = js_sys::Number::from(1.5).to_locale_string(&lang).into();
    if written.contains(',') {
        calc_core::DecimalMark::Comma
    } else {
        calc_core::DecimalMark::Dot
    }
}

/// Whether the reader's country prints on US Letter (the Americas' letter countries and the
/// Philippines, by the browser's language region); A4 elsewhere.
pub fn letter_paper() -> bool {
    let lang = window().navigator().language().unwrap_or_default();
    let region = lang.rsplit(['-', '_']).next().filter(|r| r.len() == 2 && *r != lang).unwrap_or("");
    matches!(
        region.to_ascii_uppercase().as_str(),
        "US" | "CA"
            | "MX"
            | "PH"
            | "CL"
            | "CO"
            | "VE"
            | "CR"
            | "GT"
            | "DO"
            | "PA"
            | "PR"
            | "SV"
            | "NI"
            | "HN"
    )
}

/// Whether the browser has a share sheet (`navigator.share`: phones, and some desktops).
pub fn can_share() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"share".into()).is_ok_and(|f| f.is_function())
}

/// Opens the system's share sheet with the link. `Err(true)` when the reader closed it,
/// `Err(false)` when the browser refused (the page then copies the link instead).
pub async fn share(title: &str, url: &str) -> Result<(), bool> {
    let navigator = window().navigator();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let share = js_sys::Reflect::get(&navigator, &"share".into()).map_err(|_| false)?;
    let share: js_sys::Function = share.dyn_into().map_err(|_| false)?;
    let promise: js_sys::Promise =
        share.call1(&navigator, &data).map_err(|_| false)?.dyn_into().map_err(|_| false)?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string());
            Err(name.as_deref() == Some("AbortError"))
        }
    }
}

/// Today's date in UTC, the rule the report uses too.
pub fn today() -> calc_core::Date {
    calc_core::Date::today_utc(js_sys::Date::now())
}

/// The tab, a bookmark and the history name the scenario: `document.title` is its name
/// before the page's title (the page's title alone when it has none).
pub fn name_title(name: &str) {
    let title = PAGE_TITLE.with(|page| registry::pages::scenario_title(page, name));
    let doc = document();
    if doc.title() != title {
        doc.set_title(&title);
    }
}

/// Copy text to the clipboard; false when the browser refuses (then the page offers the
/// selected text instead).
pub async fn copy(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn select_input(id: &str) {
    if let Some(input) = element_by_id(id).and_then(|el| el.dyn_into::<HtmlInputElement>().ok()) {
        // The link is in a closed panel (the share bar's "Name this scenario"): open it.
        if let Some(panel) = input.closest("details").ok().flatten() {
            let _ = panel.set_attribute("open", "");
        }
        input.select();
    }
}

/// Whether the page was opened on a link carrying a scenario that the app has not shown yet
/// (theme.js sets html[data-pending] before the first paint).
pub fn is_pending() -> bool {
    document().document_element().is_some_and(|root| root.has_attribute("data-pending"))
}

/// Sets or removes a flag attribute on the document's root element.
pub fn flag_root(name: &str, on: bool) {
    if let Some(root) = document().document_element() {
        let _ = if on { root.set_attribute(name, "") } else { root.remove_attribute(name) };
    }
}

/// The app has read the link and answers for it: the page stops marking its results pending
/// (html[data-pending], set by theme.js before the first paint) and says it is ready.
pub fn mark_ready() {
    flag_root("data-pending", false);
    // theme.js shows the inputs in the task after the answer's frame: a start that came first
    // shows them now, so a ready page always has them laid out.
    flag_root("data-answer-first", false);
    flag_root("data-ready", true);
}
