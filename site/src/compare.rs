//! The comparison page, `/tools/<slug>/compare/?a=…&b=…[&c=…]` (`scenario::compare`): a column
//! per scenario headed by its name, its verdict, every headline figure with, for B and C, the
//! difference against A (`calc_core::compare`), then the inputs in which the scenarios differ.
//! Written as HTML text by the same function at build time (the page is pre-rendered at the
//! defaults against the first preset) and in the browser, which reads the address's
//! comparison with a wasm of its own (`compare-page`, `dist/compare-app/<slug>/`), so neither
//! page's first load carries the other's code. Adding, removing and editing a scenario
//! are links: a scenario is edited on the calculator page itself, at that scenario, with the
//! comparison carried in the site keys `compare` (the comparison's query, escaped as one
//! component) and `slot` (`a`, `b` or `c`); "Back to the comparison" puts the edited scenario
//! in its slot.

use crate::html::{escape, Evaluated};
use calc_core::compare::{differing_inputs, headlines};
use calc_core::{evaluate, Calculator, Outcome};
use scenario::compare::{compare_page, Comparison, LETTERS, SLOTS};
use scenario::{encode_component, Caption, Query, Scenario};
use std::fmt::Write;

/// The element whose content `page` writes.
pub const REGION: &str = "compare-box";

/// The comparison a calculator's compare page is pre-rendered at: A the defaults, B its first
/// preset under the preset's name (a copy of A for a calculator without presets).
pub fn example(calc: &'static dyn Calculator) -> Comparison {
    let a = Scenario::read(calc, "").0;
    let b = calc
        .presets()
        .first()
        .and_then(|p| {
            Some(Scenario {
                calc,
                inputs: p.inputs(calc).ok()?,
                rate: a.rate,
                caption: Caption::new(p.name, ""),
            })
        })
        .unwrap_or_else(|| a.clone());
    Comparison::of(vec![a, b])
}

/// "Compare with another scenario": the comparison page with the scenario (a link's query) as
/// A; the page makes B a copy of it.
pub fn start_link(calc: &dyn Calculator, query: &str) -> String {
    format!("{}?a={}", compare_page(calc), encode_component(query))
}

/// The calculator page at scenario `slot` of `comparison`, which it edits.
fn edit_link(comparison: &Comparison, slot: usize) -> String {
    let s = &comparison.scenarios[slot];
    let own = s.query();
    let sep = if own.is_empty() { "" } else { "&" };
    format!("/tools/{}/?{own}{sep}{}", s.calc.meta().slug, edit_keys(&comparison.query(), slot))
}

/// The comparison a calculator page edits, from its address: the comparison's query and the
/// slot being edited, or none for a page that is not editing one. The calculator page never
/// reads the other scenarios: it only puts its own back in its slot (`back_link`), which
/// keeps comparisons out of every calculator page's first load.
pub fn editing(query: &str) -> Option<(String, usize)> {
    let query = Query::parse(query);
    let slot = SLOTS.iter().position(|s| Some(*s) == query.get("slot"))?;
    Some((query.get("compare")?.to_string(), slot))
}

/// "Back to the comparison": the comparison (its query) with `slot` holding the edited
/// scenario (its link's query).
pub fn back_link(calc: &dyn Calculator, comparison: &str, slot: usize, edited: &str) -> String {
    let (key, value) = (SLOTS[slot], encode_component(edited));
    let mut found = false;
    let mut parts: Vec<String> = comparison
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p.split('=').next() == Some(key) {
                found = true;
                format!("{key}={value}")
            } else {
                p.to_string()
            }
        })
        .collect();
    if !found {
        parts.push(format!("{key}={value}"));
    }
    format!("{}?{}", compare_page(calc), parts.join("&"))
}

/// The site keys an edited scenario's address carries after its own query.
pub fn edit_keys(comparison: &str, slot: usize) -> String {
    format!("compare={}&slot={}", encode_component(comparison), SLOTS[slot])
}

/// The comparison in `currency`: each slot's link carries it.
fn in_currency(comparison: &Comparison, currency: calc_core::Currency) -> Comparison {
    let mut c = comparison.clone();
    for s in &mut c.scenarios {
        s.rate = calc_core::Rate::reference(currency);
    }
    c
}

/// The currency menu: each choice is the comparison's address in that currency.
fn currency_menu(comparison: &Comparison) -> String {
    let now = comparison.scenarios[0].rate.currency;
    let mut out = String::from(
        "<p class=\"currency\"><label for=\"compare-currency\">Amounts in</label> <select id=\"compare-currency\">",
    );
    for c in calc_core::Currency::ALL {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{} · {}</option>",
            escape(&in_currency(comparison, c).path()),
            if c == now { " selected" } else { "" },
            c.code(),
            c.name()
        );
    }
    out.push_str("</select></p>");
    out
}

/// The comparison's actions, columns and currency; `today` (the reader's day: none at build
/// time, where the page is in dollars) judges the rate's age.
pub fn page(comparison: &Comparison, today: Option<calc_core::Date>) -> String {
    let calc = comparison.calc();
    let n = comparison.scenarios.len();
    let outcomes: Vec<Evaluated> = comparison.scenarios.iter().map(|s| evaluate(calc, &s.inputs)).collect();
    // Differences need every scenario's figures; a scenario that cannot be computed says why.
    let (rows, outcomes) = if outcomes.iter().all(Result::is_ok) {
        let ok: Vec<Outcome> = outcomes.into_iter().flatten().collect();
        (headlines(&ok), ok.into_iter().map(Ok).collect())
    } else {
        (Vec::new(), outcomes)
    };
    let inputs: Vec<_> = comparison.scenarios.iter().map(|s| s.inputs.clone()).collect();
    let differing = differing_inputs(calc, &inputs);

    let mut out = String::from("<div class=\"compare-actions\">");
    out.push_str("<button type=\"button\" id=\"compare-share\">Share</button>");
    out.push_str("<button type=\"button\" id=\"compare-pdf\" class=\"secondary\"><span class=\"vh\">Download </span>PDF</button>");
    out.push_str("<button type=\"button\" id=\"compare-csv\" class=\"secondary\"><span class=\"vh\">Download </span>CSV</button>");
    if n < SLOTS.len() {
        let mut more = comparison.clone();
        more.scenarios.push(comparison.scenarios[n - 1].clone());
        let _ = write!(
            out,
            "<a class=\"compare-add\" id=\"compare-add\" href=\"{}\">Add a scenario</a>",
            escape(&more.path())
        );
    }
    out.push_str("</div>");
    out.push_str(&currency_menu(comparison));

    // On a phone one column shows at a time: a tab per scenario.
    out.push_str("<nav class=\"compare-tabs\" aria-label=\"Scenarios\">");
    for (i, slot) in SLOTS.iter().enumerate().take(n) {
        let named = !comparison.scenarios[i].caption.title.is_empty();
        let label =
            if named { format!("{}: {}", LETTERS[i], comparison.label(i)) } else { comparison.label(i) };
        let _ = write!(out, "<a href=\"#col-{slot}\">{}</a>", escape(&label));
    }
    out.push_str("</nav>");

    // Each column spans the same rows (head, verdict, each figure, inputs), so on a wide
    // screen a figure lines up with the same figure of the other scenarios (CSS subgrid).
    let span = 3 + if rows.is_empty() { 1 } else { rows.len() };
    let _ = write!(out, "<div class=\"compare\" style=\"--cols:{n};--rows:{span}\">");
    for (i, s) in comparison.scenarios.iter().enumerate() {
        let slot = SLOTS[i];
        let letter = LETTERS[i];
        let _ =
            write!(out, "<section class=\"compare-col\" id=\"col-{slot}\" aria-labelledby=\"col-{slot}-h\">");
        out.push_str("<div class=\"cc-head\">");
        let _ = write!(out, "<h2 id=\"col-{slot}-h\">");
        if !s.caption.title.is_empty() {
            let _ = write!(out, "<span class=\"cc-slot\">{letter}<span class=\"vh\">:</span></span> ");
        }
        let _ = write!(out, "{}</h2>", escape(&comparison.label(i)));
        if !s.caption.note.is_empty() {
            let _ = write!(out, "<p class=\"cc-note\">{}</p>", escape(&s.caption.note));
        }
        out.push_str("<p class=\"cc-edit\">");
        let _ = write!(
            out,
            "<a href=\"{}\">Edit<span class=\"vh\"> scenario {letter}</span></a>",
            escape(&edit_link(comparison, i))
        );
        if i > 0 && n == SLOTS.len() {
            let mut fewer = comparison.clone();
            fewer.scenarios.remove(i);
            let _ = write!(
                out,
                "<a href=\"{}\">Remove<span class=\"vh\"> scenario {letter}</span></a>",
                escape(&fewer.path())
            );
        }
        out.push_str("</p></div>");
        match &outcomes[i] {
            Ok(o) => {
                out.push_str("<div class=\"cc-verdict\">");
                // The decision's label where its words say more than the label.
                if o.verdict.words != o.verdict.decision.label {
                    let _ = write!(out, "<p class=\"cc-decision\">{}</p>", escape(o.verdict.decision.label));
                }
                let _ = write!(out, "<p class=\"decision\">{}</p></div>", escape(&o.verdict.words));
            }
            Err(_) => out.push_str("<div class=\"cc-verdict\"></div>"),
        }
        if rows.is_empty() {
            out.push_str("<div class=\"cc-figures\">");
            out.push_str(&crate::html::figures(calc, &outcomes[i]));
            out.push_str("</div>");
        }
        for row in &rows {
            let _ = write!(out, "<div class=\"cc-figure\" data-key=\"{}\">", escape(row.key));
            let _ = write!(out, "<p class=\"card-label\">{}</p>", escape(row.label));
            let _ = write!(out, "<p class=\"card-value\">{}</p>", escape(&row.displays[i]));
            if i > 0 {
                let diff = match row.versus_first[i] {
                    Some(d) => d.display(row.unit, row.money_decimals),
                    None if row.displays[i] == row.displays[0] => "no difference".to_string(),
                    None => "not comparable".to_string(),
                };
                // The unrounded difference, for a script or a test to check against the CLI's.
                let amount = row.versus_first[i]
                    .map(|d| calc_core::format::plain(d.shown(row.unit)))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<p class=\"cc-diff\" data-diff=\"{amount}\">Against A: {}</p>",
                    escape(&diff)
                );
            }
            out.push_str("</div>");
        }
        out.push_str("<div class=\"cc-inputs\"><h3>Inputs that differ</h3>");
        if differing.is_empty() {
            out.push_str("<p class=\"muted\">None: the scenarios have the same inputs.</p>");
        } else {
            out.push_str("<dl>");
            for f in &differing {
                let _ = write!(
                    out,
                    "<div><dt>{}</dt><dd>{}</dd></div>",
                    escape(f.label),
                    escape(&f.display(&s.inputs))
                );
            }
            out.push_str("</dl>");
        }
        out.push_str("</div></section>");
    }
    out.push_str("</div>");
    if let Some(today) = today {
        out.push_str(&crate::html::currency_line(&comparison.scenarios[0].rate, today));
    }
    out
}

/// The comparison page in the browser: it shows the address's comparison (or, with none in
/// the address, the example it was pre-rendered at) with the link's notices, and answers
/// Share, PDF and CSV; adding, removing and editing are links.
#[cfg(feature = "client")]
pub fn start(calc: &'static dyn Calculator) {
    use crate::browser;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let Some(root) = browser::element_by_id("app") else { return };
    let address = browser::search();
    let given = Query::parse(&address).pairs.iter().any(|(k, _)| SLOTS.contains(&k.as_str()));
    let home = browser::page_scenario();
    let (comparison, notices) = Comparison::read(calc, if given { &address } else { &home });
    let rate = comparison.scenarios[0].rate;
    calc_core::format::present_in(calc_core::format::Presentation {
        rate,
        marks: browser::number_marks(rate.currency),
    });
    browser::set_html(REGION, None, &page(&comparison, Some(browser::today())));
    browser::set_html(crate::html::region::NOTICES, None, &crate::html::notices(&notices));
    let link = comparison.link(&browser::origin());
    browser::set_value("share-link", &link);
    let query = comparison.query();
    let title = format!("Compare: {}", comparison.labels().join(", "));
    let busy = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(button) = el.closest("button").ok().flatten() else { return };
        let status = |text: &str| browser::set_text("share-status", text);
        let (link, title, query, busy) = (link.clone(), title.clone(), query.clone(), busy.clone());
        match button.id().as_str() {
            "compare-share" => wasm_bindgen_futures::spawn_local(async move {
                if browser::can_share() && browser::share(&title, &link).await != Err(false) {
                    return;
                }
                if browser::copy(&link).await {
                    browser::set_text("share-status", "Link to this comparison copied.");
                } else {
                    browser::select_input("share-link");
                    browser::set_text(
                        "share-status",
                        "Your browser blocked copying; the link is selected, press Ctrl+C.",
                    );
                }
            }),
            id @ ("compare-pdf" | "compare-csv") if !busy.get() => {
                let csv = id == "compare-csv";
                let what = if csv { "CSV" } else { "PDF" };
                busy.set(true);
                status(&format!("Preparing the {what} on your machine…"));
                wasm_bindgen_futures::spawn_local(async move {
                    let letter = browser::letter_paper();
                    let text = match browser::download_comparison(calc.meta().slug, &query, letter, csv).await
                    {
                        Ok(ms) => {
                            format!("{what} saved (generated in {} ms).", calc_core::decimal::fixed(ms, 0))
                        }
                        Err(message) => message,
                    };
                    browser::set_text("share-status", &text);
                    busy.set(false);
                });
            }
            _ => {}
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    // Another currency is another address: the comparison's link carries it.
    let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else {
            return;
        };
        if el.id() == "compare-currency" {
            browser::go_to(&el.value());
        }
    });
    let _ = root.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    on_change.forget();
    // Every column is written: the next frame shows them.
    browser::mark_ready();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aurora() -> &'static dyn Calculator {
        registry::find("aurora-io").expect("aurora-io")
    }

    #[test]
    fn the_example_is_the_defaults_against_the_first_preset_by_name() {
        for calc in registry::CALCULATORS {
            let c = example(*calc);
            assert_eq!(c.scenarios.len(), 2);
            assert_eq!(c.scenarios[0].inputs, calc_core::defaults(*calc));
            if let Some(p) = calc.presets().first() {
                assert_eq!(c.label(1), p.name);
                assert_eq!(c.scenarios[1].inputs, p.inputs(*calc).expect("a valid preset"));
            }
            // The page reads back what it is pre-rendered at.
            let read = Comparison::read_strict(*calc, &c.query()).expect("a clean comparison");
            assert_eq!(read.query(), c.query());
        }
    }

    #[test]
    fn each_column_shows_its_figures_and_the_difference_against_a() {
        let calc = aurora();
        let c = example(calc);
        let html = page(&c, None);
        let outcomes: Vec<Outcome> =
            c.scenarios.iter().map(|s| evaluate(calc, &s.inputs).expect("computes")).collect();
        for row in headlines(&outcomes) {
            for display in &row.displays {
                assert!(html.contains(&escape(display)), "{display}");
            }
            let d = row.versus_first[1].map(|d| d.display(row.unit, row.money_decimals));
            let expected = d.unwrap_or_else(|| "no difference".into());
            assert!(html.contains(&format!("Against A: {}", escape(&expected))), "{expected} in {html}");
        }
        assert!(html.contains(&escape(&outcomes[1].verdict.words)));
        for f in differing_inputs(calc, &[c.scenarios[0].inputs.clone(), c.scenarios[1].inputs.clone()]) {
            assert!(html.contains(&format!("<dt>{}</dt>", escape(f.label))), "{}", f.label);
        }
        // Two columns: one more can be added, none removed.
        assert!(html.contains("Add a scenario") && !html.contains(">Remove"));
        assert_eq!(html.matches("<section class=\"compare-col\"").count(), 2);
    }

    #[test]
    fn edit_and_back_put_the_edited_scenario_in_its_slot() {
        let calc = aurora();
        let c = example(calc);
        let link = edit_link(&c, 1);
        let query = scenario::query_of(&link);
        // The calculator page reads its own scenario from the link, the site keys aside.
        let (own, notices) = Scenario::read(calc, query);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(own.inputs, c.scenarios[1].inputs);
        assert_eq!(own.caption, c.scenarios[1].caption);
        let (found, slot) = editing(query).expect("an edit");
        assert_eq!((found.as_str(), slot), (c.query().as_str(), 1));
        assert_eq!(edit_keys(&found, slot), format!("compare={}&slot=b", encode_component(&c.query())));
        let back = back_link(calc, &found, slot, "title=Edited");
        let (read, notices) = Comparison::read(calc, scenario::query_of(&back));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(read.label(1), "Edited");
        assert_eq!(read.scenarios[1].inputs, calc_core::defaults(calc));
        assert_eq!(read.scenarios[0].inputs, c.scenarios[0].inputs);
        // A slot the comparison did not name yet is added.
        let a_only = Comparison::of(vec![c.scenarios[0].clone()]).query();
        let back = back_link(calc, &a_only, 2, "io_m=5");
        let (read, _) = Comparison::read(calc, scenario::query_of(&back));
        assert_eq!(read.scenarios.len(), 3);
        assert_eq!(read.scenarios[2].inputs.get("io_m"), Some(&calc_core::Value::Num(5.0)));
        // A page that edits nothing.
        assert!(editing("io_m=5").is_none());
    }

    #[test]
    fn three_columns_offer_remove_on_b_and_c_and_no_more_adding() {
        let calc = aurora();
        let mut c = example(calc);
        c.scenarios.push(c.scenarios[1].clone());
        let html = page(&c, None);
        assert_eq!(html.matches(">Remove<").count(), 2);
        assert!(!html.contains("Add a scenario"));
        assert_eq!(html.matches("Against A: ").count(), 2 * calc.headlines().len());
    }
}
