//! Renders an Outcome: verdict, headline cards, warnings, the math, chart, tables,
//! assumptions. Data in, markup out; no money is computed here.

use crate::chart::ChartView;
use calc_core::{Calculator, FieldError, Level, Outcome, Provenance};
use leptos::prelude::*;
use scenario::Notice;

/// What in the link could not be used, in the page's words (labels, not URL keys). It goes
/// away once the inputs are edited or reset: it described the link, not the form.
#[component]
pub fn LinkNotices(
    notices: RwSignal<Vec<Notice>>,
    opened_with: RwSignal<calc_core::Inputs>,
    inputs: RwSignal<calc_core::Inputs>,
) -> impl IntoView {
    move || {
        let notices = notices.get();
        (!notices.is_empty()).then(|| {
            let items = notices.into_iter().map(|n| view! { <li>{n.for_page}</li> }).collect_view();
            view! {
                <div class="link-notice" role="status" id="link-notices"
                    hidden=move || inputs.with(|i| opened_with.with(|o| i != o))>
                    <p>"Some values in this link could not be used:"</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// The answer: the verdict and the headline figures, or why the inputs cannot be computed.
/// Only the verdict is a live region, so a screen reader hears the decision on each change
/// rather than the whole page.
#[component]
pub fn Summary(
    calc: &'static dyn Calculator,
    outcome: Memo<Result<Outcome, Vec<FieldError>>>,
    stale: Signal<Option<String>>,
    /// The scenario's name and note, shown above the answer when given.
    caption: RwSignal<scenario::Caption>,
) -> impl IntoView {
    let named = move || {
        caption.with(|c| {
            (!c.is_empty()).then(|| {
                let (title, note) = (c.title.clone(), c.note.clone());
                view! {
                    <div class="scenario-caption">
                        {(!title.is_empty()).then(|| view! { <p class="scenario-title" id="scenario-title">{title}</p> })}
                        {(!note.is_empty()).then(|| view! { <p class="scenario-note">{note}</p> })}
                    </div>
                }
            })
        })
    };
    let decision = move || outcome.with(|o| o.as_ref().map(|o| o.decision().to_string()).unwrap_or_default());
    let facts = move || {
        outcome
            .with(|o| o.as_ref().map(Outcome::facts).unwrap_or_default())
            .into_iter()
            .map(|f| view! { <li>{f}</li> })
            .collect_view()
    };
    view! {
        {named}
        {move || stale.get().map(|note| view! { <p class="stale" role="status">{note}</p> })}
        <div class="verdict" id="verdict" aria-live="polite" hidden=move || outcome.with(Result::is_err)>
            <p class="decision">{decision}</p>
            <ul class="facts">{facts}</ul>
        </div>
        {move || match outcome.get() {
            Ok(o) => cards(&o).into_any(),
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

/// Everything that supports the answer: warnings, notes, charts, the math, tables and
/// assumptions.
#[component]
pub fn Details(
    calc: &'static dyn Calculator,
    outcome: Memo<Result<Outcome, Vec<FieldError>>>,
    /// False where the page shows the charts elsewhere (`Charts`).
    #[prop(default = true)]
    with_charts: bool,
) -> impl IntoView {
    move || {
        outcome.get().ok().map(|o| view! { <OutcomeDetails calc=calc outcome=o with_charts=with_charts /> })
    }
}

#[component]
pub fn Charts(outcome: Memo<Result<Outcome, Vec<FieldError>>>) -> impl IntoView {
    move || {
        outcome
            .get()
            .ok()
            .map(|o| o.charts.into_iter().map(|c| view! { <ChartView chart=c /> }).collect_view())
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
                    let date = format!(", {}", price.as_of);
                    view! { <span class="cite">{external(price.source, price.cite)}{date}</span> }
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

/// The headline figures. A range caption shared by every card is said once, under them;
/// a range whose ends read the same is not a range.
fn cards(outcome: &Outcome) -> impl IntoView {
    let bases: Vec<Option<String>> = outcome
        .headlines
        .iter()
        .filter(|f| f.range_display().is_some())
        .map(|f| f.range_basis.clone())
        .collect();
    let shared = bases.len() > 1 && bases.windows(2).all(|w| w[0] == w[1]);
    let shared_basis = if shared { bases.first().cloned().flatten() } else { None };
    let items = outcome
        .headlines
        .iter()
        .map(|f| {
            let range = f.range_display().map(|r| {
                let basis = if shared { None } else { f.range_basis.clone() };
                view! { <p class="range">"Range " {r}{basis.map(|b| view! { <span class="basis">{b}</span> })}</p> }
            });
            view! {
                <div class="card" data-key=f.key>
                    <p class="card-label">{f.label}</p>
                    <p class="card-value">{breakable(&f.display)}</p>
                    {range}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="cards">{items}</div>
        {shared_basis.map(|b| view! { <p class="range shared-basis">"Ranges: " {b}</p> })}
    }
}

/// A figure that may wrap at its spaces and before its unit ("$1,240" / "/month"); a number
/// itself has no break opportunity.
fn breakable(display: &str) -> impl IntoView {
    match display.find('/') {
        Some(at) if at > 0 => {
            let (number, unit) = display.split_at(at);
            view! { {number.to_string()}<wbr/>{unit.to_string()} }.into_any()
        }
        _ => display.to_string().into_any(),
    }
}

#[component]
fn OutcomeDetails(calc: &'static dyn Calculator, outcome: Outcome, with_charts: bool) -> impl IntoView {
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
    let charts = with_charts
        .then(|| outcome.charts.iter().map(|c| view! { <ChartView chart=c.clone() /> }).collect_view());
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
    // Links to another calculator carrying a figure from this one (same site, same tab).
    let next = outcome
        .next_steps
        .iter()
        .map(|s| view! { <p class="next-step"><a href=s.href.clone()>{s.label.clone()}" →"</a></p> })
        .collect_view();
    view! {
        {(!outcome.warnings.is_empty()).then(|| view! {
            <h2 class="h3">"Where it breaks"</h2>
            <ul class="warnings">{warnings}</ul>
        })}
        {notes}
        {next}
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
/// Judged on the reader's day, so it appears once the wasm runs (the HTML was written on
/// another day).
#[component]
pub fn PriceAge(calc: &'static dyn Calculator) -> impl IntoView {
    let today = RwSignal::new(None);
    Effect::new(move |_| today.set(Some(crate::browser::today())));
    move || {
        today
            .get()
            .and_then(|day| calc.prices().staleness(day))
            .map(|notice| view! { <p class="price-age" role="note" id="price-age">{notice}</p> })
    }
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
