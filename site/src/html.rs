//! The parts of a calculator page that follow the inputs, written as HTML text. The same
//! functions fill these regions in the pre-rendered page (through `inner_html`) and in the
//! browser after every change (`client`), so the two cannot drift apart, and the browser
//! needs no view framework to show an answer.
//!
//! Every region is named by the id of the element that holds it (`region`). Text is escaped
//! here and nowhere else.

use calc_core::sensitivity::{self, Sensitivity};
use calc_core::{
    decimal, format, Calculator, Chart, FieldError, Inputs, Level, Outcome, Provenance, Style, Unit, Value,
};
use scenario::{Caption, Notice};
use std::fmt::Write;

/// The ids of the elements whose content these functions write.
pub mod region {
    pub const NOTICES: &str = "link-notices-box";
    pub const CAPTION: &str = "caption-box";
    pub const STALE: &str = "stale-box";
    pub const VERDICT: &str = "verdict";
    pub const DECISION: &str = "decision";
    pub const FACTS: &str = "facts";
    pub const FIGURES: &str = "figures-box";
    pub const DETAILS: &str = "details-box";
    pub const DETAILS_TOP: &str = "details-top";
    pub const CHARTS: &str = "charts-box";
    pub const MATH: &str = "math-box";
    pub const DETAILS_BOTTOM: &str = "details-bottom";
    pub const PRICE_AGE: &str = "price-age-box";
    pub const CURRENCY: &str = "currency-line-box";
    pub const HOLDS: &str = "holds-box";
    pub const TORNADO: &str = "tornado-box";
    pub const ANSWER_LINE: &str = "answer-line";
    pub const SUPPORT: &str = "support-box";
}

/// What an outcome region shows: the answer, or why the inputs cannot be computed.
pub type Evaluated = Result<Outcome, Vec<FieldError>>;

/// `text` with `&`, `<`, `>` and `"` escaped: safe as element text and as an attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// `<tag class="…">text</tag>` with the text escaped.
fn element(out: &mut String, tag: &str, class: &str, text: &str) {
    if class.is_empty() {
        let _ = write!(out, "<{tag}>");
    } else {
        let _ = write!(out, "<{tag} class=\"{class}\">");
    }
    push_escaped(out, text);
    let _ = write!(out, "</{tag}>");
}

/// An external link: it opens in a new tab, so it never replaces the calculator (or an
/// embed's frame) with another site.
pub fn external(href: &str, text: &str) -> String {
    format!("<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>", escape(href), escape(text))
}

/// What in the link could not be used, in the page's words (labels, not URL keys).
pub fn notices(notices: &[Notice]) -> String {
    if notices.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<div class=\"link-notice\" role=\"status\" id=\"link-notices\"><p>Some values in this link could not be used:</p><ul>",
    );
    for n in notices {
        element(&mut out, "li", "", &n.for_page);
    }
    out.push_str("</ul></div>");
    out
}

/// The scenario's name and note, above the answer when given.
pub fn caption(c: &Caption) -> String {
    if c.is_empty() {
        return String::new();
    }
    let mut out = String::from("<div class=\"scenario-caption\">");
    if !c.title.is_empty() {
        out.push_str("<p class=\"scenario-title\" id=\"scenario-title\">");
        push_escaped(&mut out, &c.title);
        out.push_str("</p>");
    }
    if !c.note.is_empty() {
        element(&mut out, "p", "scenario-note", &c.note);
    }
    out.push_str("</div>");
    out
}

/// While a box is invalid: which values the result still uses.
pub fn stale(note: Option<&str>) -> String {
    note.map(|n| format!("<p class=\"stale\" role=\"status\">{}</p>", escape(n))).unwrap_or_default()
}

/// The verdict's decision, on one line (the text of its `<p class="decision">`).
pub fn decision(outcome: &Evaluated) -> String {
    outcome.as_ref().map(|o| escape(&o.verdict.words)).unwrap_or_default()
}

/// The facts under the decision, as bullets (the items of its `<ul class="facts">`).
pub fn facts(outcome: &Evaluated) -> String {
    let mut out = String::new();
    for f in outcome.iter().flat_map(|o| &o.verdict.facts) {
        element(&mut out, "li", "", f);
    }
    out
}

/// The answer in one line, kept in view at the top of the form while the reader edits it
/// (on a phone the verdict and the cards are screens above the last box): the decision and
/// the calculator's key figure, unless the decision's words already carry it.
pub fn answer_line(calc: &dyn Calculator, outcome: &Evaluated) -> String {
    let mut out = String::new();
    match outcome {
        Ok(o) => {
            element(&mut out, "span", "al-decision", &o.verdict.words);
            let primary = calc.primary().map(|h| h.key);
            let figure = o.headlines.iter().find(|f| Some(f.key) == primary && f.applies());
            if let Some(f) = figure.filter(|f| !o.verdict.words.contains(f.display.as_str())) {
                // The label gives way to the number on a narrow screen (style.css cuts it short).
                out.push_str("<span class=\"al-figure\">");
                element(&mut out, "span", "al-label", &format!("{}:", f.label));
                out.push(' ');
                element(&mut out, "span", "al-value", &f.display);
                out.push_str("</span>");
            }
        }
        Err(errors) => {
            let first = errors.first().map(|e| {
                let label = calc.field(&e.key).map_or("These inputs", |f| f.label);
                format!("{label}: {}", e.problem)
            });
            element(&mut out, "span", "al-problem", &format!("No answer. {}", first.unwrap_or_default()));
        }
    }
    out
}

/// The headline figures, or the inputs that cannot be computed (named by their labels).
pub fn figures(calc: &dyn Calculator, outcome: &Evaluated) -> String {
    match outcome {
        Ok(o) => cards(o),
        Err(errors) => {
            let mut out = String::from(
                "<div class=\"problem\" role=\"alert\"><p>These inputs cannot be computed:</p><ul>",
            );
            for e in errors {
                let label = calc.field(&e.key).map_or("These inputs", |f| f.label);
                element(&mut out, "li", "", &format!("{label}: {}", e.problem));
            }
            out.push_str("</ul></div>");
            out
        }
    }
}

/// The headline cards. A range caption shared by every card is said once, under them; a
/// range whose ends read the same is not a range. Figures that do not apply to the scenario
/// ("no migration planned", "no difference") follow the cards as muted lines.
fn cards(outcome: &Outcome) -> String {
    let bases: Vec<Option<&String>> = outcome
        .headlines
        .iter()
        .filter(|f| f.range_display().is_some())
        .map(|f| f.range_basis.as_ref())
        .collect();
    let shared = bases.len() > 1 && bases.windows(2).all(|w| w[0] == w[1]);
    let mut out = String::from("<div class=\"cards\">");
    let (applying, not): (Vec<_>, Vec<_>) = outcome.headlines.iter().partition(|f| f.applies());
    for f in applying {
        let _ = write!(out, "<div class=\"card\" data-key=\"{}\">", escape(f.key));
        element(&mut out, "p", "card-label", f.label);
        out.push_str("<p class=\"card-value\">");
        breakable(&mut out, &f.display);
        out.push_str("</p>");
        if let Some(range) = f.range_line() {
            out.push_str("<p class=\"range\">");
            push_escaped(&mut out, &range);
            if let (false, Some(basis)) = (shared, &f.range_basis) {
                element(&mut out, "span", "basis", basis);
            }
            out.push_str("</p>");
        }
        out.push_str("</div>");
    }
    for f in not {
        let _ = write!(out, "<div class=\"card na\" data-key=\"{}\">", escape(f.key));
        element(&mut out, "p", "card-label", f.label);
        element(&mut out, "p", "card-value", &f.display);
        out.push_str("</div>");
    }
    out.push_str("</div>");
    if let Some(Some(basis)) = bases.first().filter(|_| shared) {
        element(&mut out, "p", "range shared-basis", &format!("Ranges: {basis}"));
    }
    out
}

/// A figure that may wrap at its spaces and before its unit ("$1,240" / "/month"); a number
/// itself has no break opportunity.
fn breakable(out: &mut String, display: &str) {
    match display.find('/') {
        Some(at) if at > 0 => {
            let (number, unit) = display.split_at(at);
            push_escaped(out, number);
            out.push_str("<wbr>");
            push_escaped(out, unit);
        }
        _ => push_escaped(out, display),
    }
}

/// Above the charts: where the answer breaks, notes, and links that carry a figure to
/// another calculator (same site, same tab). A warning names the inputs it is about, as links
/// to their boxes where the page has them (`to_inputs`; an embed with `inputs=0` has none,
/// and names them in plain text).
pub fn details_top(calc: &dyn Calculator, o: &Outcome, to_inputs: bool) -> String {
    let mut out = String::new();
    if !o.warnings.is_empty() {
        out.push_str("<h2 class=\"h3\">Where it breaks</h2><ul class=\"warnings\">");
        for w in &o.warnings {
            let class = if w.level == Level::Caution { "warning caution" } else { "warning info" };
            let _ = write!(out, "<li class=\"{class}\" data-fields=\"{}\">", escape(&w.fields.join(" ")));
            push_escaped(&mut out, &w.message);
            let links: Vec<String> = w
                .fields
                .iter()
                .filter_map(|k| calc.field(k))
                .map(|f| {
                    if to_inputs {
                        format!("<a class=\"related\" href=\"#f-{}\">{}</a>", escape(f.key), escape(f.label))
                    } else {
                        format!("<span class=\"related\">{}</span>", escape(f.label))
                    }
                })
                .collect();
            if !links.is_empty() {
                let _ = write!(out, "<span class=\"related-inputs\"> Inputs: {}</span>", links.concat());
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    for n in &o.notes {
        element(&mut out, "p", "note", n);
    }
    for s in &o.next_steps {
        let _ = write!(out, "<p class=\"next-step\"><a href=\"{}\">", escape(&s.href));
        push_escaped(&mut out, &s.label);
        out.push_str(" →</a></p>");
    }
    out
}

/// The charts' frames (titles, the drawing area, the numbered points); `chart_spec` is what
/// assets/chart.js draws into each `.chart-area`.
pub fn charts(o: &Outcome) -> String {
    let mut out = String::new();
    for c in &o.charts {
        chart_figure(&mut out, c);
    }
    out
}

/// "The answer holds unless": the nearest flips in the reader's units, each a link to the
/// scenario with that input just past its flip (the client applies it in place), or plain
/// text where the page has no inputs to move (`to_inputs` false: an embed with `inputs=0`
/// shows one fixed scenario).
pub fn holds_unless(
    calc: &dyn Calculator,
    inputs: &Inputs,
    caption: &Caption,
    s: &Sensitivity,
    to_inputs: bool,
) -> String {
    let flips = s.nearest(3);
    if flips.is_empty() {
        return String::new();
    }
    let mut out = String::from("<p class=\"holds-title\">The answer holds unless</p><ul class=\"holds\">");
    for f in flips {
        let condition = escape(&sensitivity::condition(calc, f));
        if to_inputs {
            let moved = inputs.clone().with(f.key, Value::Num(f.value));
            let href = scenario::tools_path_shown(calc, &moved, &format::rate_in_force(), caption);
            let _ = write!(out, "<li><a href=\"{}\" data-flip>{condition}</a>", escape(&href));
        } else {
            let _ = write!(out, "<li>{condition}");
        }
        let _ = write!(out, ": {}</li>", escape(f.to_decision.label));
    }
    out.push_str("</ul>");
    out
}

/// The frame of the tornado chart (the browser draws into it), or nothing.
pub fn tornado(calc: &dyn Calculator, s: &Sensitivity) -> String {
    let mut out = String::new();
    if let Some(c) = sensitivity::tornado_chart(calc, s) {
        chart_figure(&mut out, &c);
    }
    out
}

fn chart_figure(out: &mut String, c: &Chart) {
    out.push_str("<figure class=\"chart\">");
    element(out, "figcaption", "", &c.title);
    let class = if c.is_bars() { "chart-area bars" } else { "chart-area" };
    let _ = write!(
        out,
        "<div class=\"{class}\" data-drawing role=\"img\" aria-label=\"Chart: {}\"></div>",
        escape(&c.title)
    );
    // Marked points are numbered on the plot and named here, where long labels wrap
    // instead of colliding or running off a phone's screen.
    if !c.markers.is_empty() {
        out.push_str("<ol class=\"chart-points\">");
        for m in &c.markers {
            element(out, "li", "", &m.label);
        }
        out.push_str("</ol>");
    }
    out.push_str("</figure>");
}

/// Each headline's formula and the formula with the numbers in.
pub fn math(o: &Outcome) -> String {
    let mut out = String::new();
    for f in &o.headlines {
        let Some(m) = &f.math else { continue };
        out.push_str("<div class=\"math-item\">");
        element(&mut out, "dt", "", f.label);
        out.push_str("<dd>");
        element(&mut out, "span", "formula", &m.formula);
        out.push_str("<br>");
        element(&mut out, "code", "", &m.substituted);
        out.push_str("</dd></div>");
    }
    out
}

/// The tables, then the assumptions with where each number comes from.
pub fn details_bottom(o: &Outcome) -> String {
    let mut out = String::new();
    for t in &o.tables {
        table(&mut out, t);
    }
    let _ = write!(out, "<h2 class=\"h3\">Assumptions</h2><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Assumptions\">{SCROLL_HINT}<table class=\"assumptions\"><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Value</th><th scope=\"col\">Source</th></tr></thead><tbody>");
    for a in &o.assumptions {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&a.label),
            escape(&a.display),
            provenance(&a.provenance, a.overridden)
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Said at the start of a table wider than its column (a phone): style.css shows it only
/// while the table can scroll further sideways, beside a shadow at the edge that hides columns.
const SCROLL_HINT: &str =
    "<p class=\"scroll-hint\" aria-hidden=\"true\">Scroll sideways for more columns →</p>";

fn table(out: &mut String, t: &calc_core::Table) {
    // Focusable so a keyboard can scroll a table wider than the screen.
    let _ = write!(
        out,
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{SCROLL_HINT}<table data-key=\"{}\">",
        escape(&t.title),
        escape(t.key)
    );
    element(out, "caption", "", &t.title);
    out.push_str("<thead><tr>");
    for c in &t.columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&c.label));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        let class = if row.kind == calc_core::RowKind::Total { "total" } else { "" };
        let _ = write!(out, "<tr class=\"{class}\">");
        for (i, text) in t.row_texts(row).into_iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{}</th>", escape(&text));
            } else {
                let _ = write!(out, "<td class=\"num\">{}</td>", escape(&text));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// Where a number comes from: a price's source and date, a document, or words.
fn provenance(p: &Provenance, overridden: bool) -> String {
    match p {
        _ if overridden => "<span>your input</span>".to_string(),
        Provenance::Sheet(_) | Provenance::Sheets(_) => {
            let links: String = p
                .prices()
                .into_iter()
                .map(|price| {
                    format!(
                        "<span class=\"cite\">{}, {}</span>",
                        external(price.source, price.cite),
                        price.as_of
                    )
                })
                .collect();
            format!("<span>{links}</span>")
        }
        Provenance::Document(doc) => external(doc.url, doc.label),
        Provenance::Input => "<span>your input</span>".to_string(),
        Provenance::Derived(how) => format!("<span>{}</span>", escape(how)),
    }
}

/// What the reader must know about the prices this scenario rests on, on the reader's day:
/// the oldest when it is over 180 days old, and any uncertain one (`prices::notice`).
pub fn price_age(outcome: &Evaluated, today: calc_core::Date) -> String {
    outcome
        .as_ref()
        .ok()
        .and_then(|o| calc_core::prices::notice(&o.prices_used(), today))
        .map(|n| {
            format!(
                "<details class=\"price-age\" id=\"price-age\"><summary>{}</summary><p>{}</p></details>",
                escape(&n.summary),
                escape(&n.detail)
            )
        })
        .unwrap_or_default()
}

/// Under the cards, when amounts are not in dollars: the currency, the rate and where it
/// comes from, judged on the reader's day (a reference rate over 30 days old says so).
pub fn currency_line(rate: &calc_core::Rate, today: calc_core::Date) -> String {
    let Some(text) = rate.describe(today) else { return String::new() };
    let source = match rate.basis {
        calc_core::currency::Basis::Reference { source, .. } => {
            format!(
                " <a href=\"{}\" target=\"_blank\" rel=\"noopener\">The rates as published</a>.",
                escape(source)
            )
        }
        _ => String::new(),
    };
    let stale = if rate.is_stale(today) { " data-stale" } else { "" };
    format!("<p class=\"currency-line\"{stale}>{}{source}</p>", escape(&text))
}

/// How chart.js formats the value axis, in the page's number style.
fn value_style(unit: Unit) -> &'static str {
    match unit.style {
        _ if unit.is_money() => "money",
        Style::Share => "share",
        Style::Percent => "percent",
        _ => "number",
    }
}

/// A chart as the small JSON spec assets/chart.js understands (numbers are finite:
/// `evaluate` guarantees it).
pub fn chart_spec(c: &Chart) -> String {
    let nums = |v: &[f64]| v.iter().map(|n| decimal::display(*n)).collect::<Vec<_>>().join(",");
    // Plotted in the currency in force (labels are written from the dollar figures, as the
    // cards are).
    let dollars = c;
    let c = &c.shown();
    let series = c
        .series
        .iter()
        .zip(&dollars.series)
        .map(|(s, d)| {
            let labels = d.y.iter().map(|v| json_str(&format::value(*v, c.y.unit))).collect::<Vec<_>>();
            format!(
                r#"{{"name":{},"x":[{}],"y":[{}],"step":{},"labels":[{}]}}"#,
                json_str(&s.name),
                nums(&s.x),
                nums(&s.y),
                s.step,
                labels.join(",")
            )
        })
        .collect::<Vec<_>>()
        .join(",");
    let markers = c
        .markers
        .iter()
        .map(|m| {
            let (x, y) = (decimal::display(m.x), decimal::display(m.y));
            format!(r#"{{"label":{},"x":{x},"y":{y}}}"#, json_str(&m.label))
        })
        .collect::<Vec<_>>()
        .join(",");
    let categories = c.categories.iter().map(|k| json_str(k)).collect::<Vec<_>>().join(",");
    let (prefix, suffix) = format::symbol_around();
    format!(
        r#"{{"title":{},"x_label":{},"y_label":{},"y_style":"{}","money_prefix":{},"money_suffix":{},"separators":{},"series":[{}],"markers":[{}],"categories":[{}]}}"#,
        json_str(&c.title),
        json_str(&c.x.label),
        json_str(&c.y.label),
        value_style(c.y.unit),
        json_str(&prefix),
        json_str(&suffix),
        json_str(&format::separators()),
        series,
        markers,
        categories
    )
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a number box says under it: how its text was read ("Read as 3 000 (three
/// thousand)"), or, when the text reads two ways, the question and a button per reading, the
/// locale's first. The result keeps the value before the edit until one is pressed.
pub fn field_message(
    key: &str,
    reading: Option<&str>,
    ask: Option<[f64; 2]>,
    mark: calc_core::DecimalMark,
) -> String {
    let Some(readings) = ask else { return reading.map(escape).unwrap_or_default() };
    let short = |n: f64| mark.unambiguous(n).split(" (").next().unwrap_or_default().to_string();
    let mut out = String::from("<span class=\"ask\">");
    push_escaped(&mut out, &format!("Did you mean {} or {}?", short(readings[0]), short(readings[1])));
    out.push_str("</span>");
    for n in readings {
        let _ = write!(
            out,
            " <button type=\"button\" class=\"pick\" data-pick=\"{}\" data-value=\"{}\">",
            escape(key),
            format::plain(n)
        );
        push_escaped(&mut out, &mark.unambiguous(n));
        out.push_str("</button>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::{defaults, evaluate};

    fn calc(slug: &str) -> &'static dyn Calculator {
        *registry::CALCULATORS.iter().find(|c| c.meta().slug == slug).expect("registered")
    }

    #[test]
    fn the_answer_line_is_the_decision_and_the_key_figure() {
        let aurora = calc("aurora-io");
        let outcome = evaluate(aurora, &defaults(aurora));
        let o = outcome.as_ref().expect("defaults evaluate");
        let key = o.headlines.iter().find(|f| f.key == "monthly_saving").expect("primary");
        let line = answer_line(aurora, &outcome);
        assert_eq!(
            line,
            format!(
                "<span class=\"al-decision\">{}</span><span class=\"al-figure\"><span class=\"al-label\">{}:</span> <span class=\"al-value\">{}</span></span>",
                escape(&o.verdict.words),
                escape(key.label),
                escape(&key.display)
            )
        );
    }

    #[test]
    fn the_answer_line_does_not_repeat_a_figure_the_decision_carries() {
        // llm-budget's decision is "This workload costs $900.00/month", its key figure.
        let llm = calc("llm-budget");
        let line = answer_line(llm, &evaluate(llm, &defaults(llm)));
        assert!(line.contains("This workload costs"), "{line}");
        assert!(!line.contains("al-figure"), "{line}");
    }

    #[test]
    fn the_answer_line_says_when_there_is_no_answer() {
        let aurora = calc("aurora-io");
        let problem =
            FieldError { key: "storage_gb".into(), given: "x".into(), problem: "must be a number".into() };
        let line = answer_line(aurora, &Err(vec![problem]));
        assert!(line.starts_with("<span class=\"al-problem\">No answer. "), "{line}");
        assert!(line.contains("must be a number"), "{line}");
    }

    #[test]
    fn figures_that_do_not_apply_are_muted_lines_after_the_cards() {
        // ri-roi at its defaults plans no migration and picks no right-sized class.
        let ri = calc("ri-roi");
        let html = figures(ri, &evaluate(ri, &defaults(ri)));
        let stranded = html.find("<div class=\"card na\" data-key=\"stranded_cost\">").expect("muted");
        assert!(html.contains("no migration planned"));
        let last_card = html.rfind("<div class=\"card\" ").expect("cards");
        assert!(last_card < stranded, "the muted lines follow every card");
        assert!(
            html.contains("<div class=\"card\" data-key=\"horizon_saving\">"),
            "a figure that applies is a card"
        );
    }

    #[test]
    fn a_difference_of_nothing_does_not_apply() {
        let none = calc_core::Headline::new("d", "Difference", Unit::USD_PER_MONTH).of(0.001).change();
        assert_eq!(none.display, "no difference");
        assert!(!none.applies());
        let some = calc_core::Headline::new("d", "Difference", Unit::USD_PER_MONTH).of(-26.38).change();
        assert!(some.applies());
        assert!(!calc_core::Headline::new("d", "Stranded", Unit::USD)
            .not_applicable("no migration planned")
            .applies());
    }

    #[test]
    fn every_table_says_it_scrolls_where_it_can() {
        let ri = calc("ri-roi");
        let outcome = evaluate(ri, &defaults(ri)).expect("defaults evaluate");
        let html = details_bottom(&outcome);
        let wraps = html.matches("<div class=\"table-wrap\"").count();
        assert!(wraps > 1);
        assert_eq!(html.matches(SCROLL_HINT).count(), wraps, "one hint per scrolling table");
    }
}
