//! A chart from an Outcome's series. The page ships only a small loader (assets/chart.js);
//! plotly.js itself is fetched when a chart first scrolls into view.

use calc_core::{format, Chart, Style, Unit};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Defined by assets/chart.js; draws `spec` (JSON) into `el` once plotly.js is loaded.
    #[wasm_bindgen(js_namespace = costChart, js_name = draw, catch)]
    fn draw(el: &web_sys::Element, spec: &str) -> Result<(), JsValue>;
}

#[component]
pub fn ChartView(chart: Chart) -> impl IntoView {
    let el = NodeRef::<leptos::html::Div>::new();
    let spec = spec_json(&chart);
    Effect::new(move |_| {
        if let Some(div) = el.get() {
            let _ = draw(&div, &spec);
        }
    });
    let summary = format!("Chart: {}", chart.title);
    // Marked points are numbered on the plot and named here, where long labels wrap instead
    // of colliding or running off a phone's screen.
    let points = (!chart.markers.is_empty()).then(|| {
        let items = chart.markers.iter().map(|m| view! { <li>{m.label.clone()}</li> }).collect_view();
        view! { <ol class="chart-points">{items}</ol> }
    });
    view! {
        <figure class="chart">
            <figcaption>{chart.title.clone()}</figcaption>
            <div class="chart-area" class:bars=chart.is_bars() node_ref=el role="img" aria-label=summary></div>
            {points}
        </figure>
    }
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

/// The chart as the small JSON spec chart.js understands (numbers are finite: `evaluate`
/// guarantees it).
fn spec_json(c: &Chart) -> String {
    let nums = |v: &[f64]| v.iter().map(|n| format!("{n}")).collect::<Vec<_>>().join(",");
    let series = c
        .series
        .iter()
        .map(|s| {
            let labels = s.y.iter().map(|v| json_str(&format::value(*v, c.y.unit))).collect::<Vec<_>>();
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
        .map(|m| format!(r#"{{"label":{},"x":{},"y":{}}}"#, json_str(&m.label), m.x, m.y))
        .collect::<Vec<_>>()
        .join(",");
    let categories = c.categories.iter().map(|k| json_str(k)).collect::<Vec<_>>().join(",");
    format!(
        r#"{{"title":{},"x_label":{},"y_label":{},"y_style":"{}","series":[{}],"markers":[{}],"categories":[{}]}}"#,
        json_str(&c.title),
        json_str(&c.x.label),
        json_str(&c.y.label),
        value_style(c.y.unit),
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
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
