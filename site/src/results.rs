//! Renders an Outcome: verdict, headline cards, warnings, the math, chart, tables,
//! assumptions. Data in, markup out; no money is computed here.

use crate::chart::ChartView;
use calc_core::{Calculator, FieldError, Level, Outcome, Provenance};
use leptos::prelude::*;
use scenario::Notice;

#[component]
pub fn LinkNotices(notices: Vec<Notice>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        let items = notices.into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view();
        view! {
            <div class="link-notice" role="status" id="link-notices">
                <p>"Some values in this link could not be used:"</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

#[component]
pub fn Results(
    calc: &'static dyn Calculator,
    outcome: Memo<Result<Outcome, Vec<FieldError>>>,
    stale: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        {move || stale.get().map(|note| view! { <p class="stale" role="status">{note}</p> })}
        {move || match outcome.get() {
            Ok(o) => view! { <OutcomeView calc=calc outcome=o /> }.into_any(),
            Err(errors) => {
                let items = errors
                    .into_iter()
                    .map(|e| {
                        // Name the input by its label, never its URL key.
                        let label = calc.field(&e.key).map_or("These inputs", |f| f.label);
                        view! { <li>{format!("{label}: {}", e.problem)}</li> }
                    })
                    .collect_view();
                view! { <div class="problem" role="alert"><p>"These inputs cannot be computed:"</p><ul>{items}</ul></div> }.into_any()
            }
        }}
    }
}

/// An external link: it opens in a new tab, so it never replaces the calculator (or an
/// embed's frame) with another site.
pub fn external(href: &'static str, text: impl IntoView + 'static) -> impl IntoView {
    view! { <a href=href target="_blank" rel="noopener noreferrer">{text}</a> }
}

/// Where a number comes from: a price's source and date, a document, or words.
fn provenance(p: &Provenance, overridden: bool) -> AnyView {
    match p {
        _ if overridden => view! { <span>"your input"</span> }.into_any(),
        Provenance::Sheet(_) | Provenance::Sheets(_) => {
            let links = p
                .prices()
                .into_iter()
                .map(|price| {
                    let date = format!(" (as of {})", price.as_of);
                    view! { <span class="cite">{external(price.source, host_of(price.source))}{date}</span> }
                })
                .collect_view();
            view! { <span>{links}</span> }.into_any()
        }
        Provenance::Document(doc) => external(doc.url, doc.label).into_any(),
        Provenance::Input => view! { <span>"your input"</span> }.into_any(),
        Provenance::Derived(how) => view! { <span>{how.clone()}</span> }.into_any(),
    }
}

/// The inputs a warning is about, as links to their boxes.
fn related_inputs(calc: &'static dyn Calculator, keys: &[&'static str]) -> Option<AnyView> {
    let links: Vec<_> = keys
        .iter()
        .filter_map(|k| calc.field(k))
        .map(|f| view! { <a class="related" href=format!("#f-{}", f.key)>{f.label}</a> })
        .collect();
    (!links.is_empty()).then(|| view! { <span class="related-inputs">" Inputs: " {links}</span> }.into_any())
}

#[component]
fn OutcomeView(calc: &'static dyn Calculator, outcome: Outcome) -> impl IntoView {
    let cards = outcome
        .headlines
        .iter()
        .map(|f| {
            let range = f.range_display().map(|r| {
                let basis = f.range_basis.clone().unwrap_or_default();
                view! { <p class="range">"Range " {r}<span class="basis">{basis}</span></p> }
            });
            view! {
                <div class="card" data-key=f.key>
                    <p class="card-label">{f.label}</p>
                    <p class="card-value">{f.display.clone()}</p>
                    {range}
                </div>
            }
        })
        .collect_view();
    let warnings = outcome
        .warnings
        .iter()
        .map(|w| {
            let class = if w.level == Level::Caution { "warning caution" } else { "warning info" };
            let fields = w.fields.join(" ");
            view! { <li class=class data-fields=fields>{w.message.clone()}{related_inputs(calc, &w.fields)}</li> }
        })
        .collect_view();
    let math = outcome
        .headlines
        .iter()
        .filter_map(|f| {
            let m = f.math.as_ref()?;
            Some(view! {
                <div class="math-item">
                    <dt>{f.label}</dt>
                    <dd><span class="formula">{m.formula.clone()}</span><br/><code>{m.substituted.clone()}</code></dd>
                </div>
            })
        })
        .collect_view();
    let charts = outcome.charts.iter().map(|c| view! { <ChartView chart=c.clone() /> }).collect_view();
    let tables = outcome.tables.iter().map(table_view).collect_view();
    let assumptions = outcome
        .assumptions
        .iter()
        .map(|a| {
            let source = provenance(&a.provenance, a.overridden);
            view! { <tr><th scope="row">{a.label.clone()}</th><td class="num">{a.display.clone()}</td><td>{source}</td></tr> }
        })
        .collect_view();
    let notes = outcome.notes.iter().map(|n| view! { <p class="note">{n.clone()}</p> }).collect_view();
    view! {
        <p class="verdict" id="verdict">{outcome.verdict.clone()}</p>
        <div class="cards">{cards}</div>
        {(!outcome.warnings.is_empty()).then(|| view! {
            <h2 class="h3">"Where it breaks"</h2>
            <ul class="warnings">{warnings}</ul>
        })}
        {notes}
        {charts}
        <details class="math">
            <summary>"Show the math"</summary>
            <dl>{math}</dl>
        </details>
        {tables}
        <h2 class="h3">"Assumptions"</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Assumptions">
            <table class="assumptions">
                <thead><tr><th scope="col">"Item"</th><th scope="col">"Value"</th><th scope="col">"Source"</th></tr></thead>
                <tbody>{assumptions}</tbody>
            </table>
        </div>
    }
}

/// A notice when the default prices are more than 180 days old today.
#[component]
pub fn PriceAge(calc: &'static dyn Calculator) -> impl IntoView {
    calc.prices()
        .staleness(crate::browser::today())
        .map(|notice| view! { <p class="price-age" role="note" id="price-age">{notice}</p> })
}

/// What holds whatever the inputs are: written once per page, outside the live results.
#[component]
pub fn Caveats(calc: &'static dyn Calculator) -> impl IntoView {
    let caveats = calc.meta().caveats;
    (!caveats.is_empty()).then(|| {
        let items = caveats.iter().map(|c| view! { <li class="warning info">{*c}</li> }).collect_view();
        view! {
            <section class="caveats" aria-label="Before you decide">
                <h2 class="h3">"Before you decide"</h2>
                <ul class="warnings">{items}</ul>
            </section>
        }
    })
}

fn table_view(t: &calc_core::Table) -> impl IntoView {
    let head = t.columns.iter().map(|c| view! { <th scope="col">{c.label.clone()}</th> }).collect_view();
    let rows = t
        .rows
        .iter()
        .map(|row| {
            let class = if row.kind == calc_core::RowKind::Total { "total" } else { "" };
            let cells = t
                .row_texts(row)
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    if i == 0 {
                        view! { <th scope="row">{text}</th> }.into_any()
                    } else {
                        view! { <td class="num">{text}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr class=class>{cells}</tr> }
        })
        .collect_view();
    view! {
        // Focusable so a keyboard can scroll a table wider than the screen.
        <div class="table-wrap" tabindex="0" role="region" aria-label=t.title.clone()>
            <table data-key=t.key>
                <caption>{t.title.clone()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn host_of(url: &str) -> String {
    url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(url).to_string()
}
