//! The input form, the share bar and the reset bar as the pre-rendered page carries them,
//! generated from the calculator's field declarations. The browser (`client`) finds their
//! parts by id (`f-<key>` the box, `r-<key>` its reading, `e-<key>` its error) and brings
//! them to life; nothing here runs in the browser.

use crate::state::FormState;
use calc_core::{Calculator, Field, FieldKind};
use leptos::prelude::*;
use scenario::{MAX_NOTE_CHARS, MAX_TITLE_CHARS};

pub fn form(calc: &'static dyn Calculator, state: &FormState) -> impl IntoView {
    let mut groups: Vec<&'static str> = Vec::new();
    for f in calc.fields() {
        if !groups.contains(&f.group) {
            groups.push(f.group);
        }
    }
    let sets = groups
        .into_iter()
        .map(|group| {
            let fields = calc
                .fields()
                .iter()
                .filter(|f| f.group == group)
                .map(|f| field_input(calc, f, state.text(f.key).to_string()))
                .collect_view();
            view! {
                <fieldset>
                    <legend>{group}</legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="inputs" novalidate>
            {sets}
        </form>
    }
}

/// "Name this scenario": a title and a note that travel in the link and head the report.
/// They sit with the share actions, not above the inputs the answer depends on.
fn caption_inputs() -> impl IntoView {
    view! {
        <fieldset class="caption">
            <legend>"Name this scenario (optional)"</legend>
            <div class="field">
                <label for="f-title">"Scenario name"</label>
                <input id="f-title" type="text" maxlength=MAX_TITLE_CHARS autocomplete="off"
                    placeholder="e.g. Orders cluster, eu-west-1" />
            </div>
            <div class="field">
                <label for="f-note">"Note"</label>
                <textarea id="f-note" rows="2" maxlength=MAX_NOTE_CHARS></textarea>
                <p class="help">"Printed at the top of the PDF and kept in the link."</p>
            </div>
        </fieldset>
    }
}

fn field_input(calc: &'static dyn Calculator, field: &'static Field, text: String) -> impl IntoView {
    let id = format!("f-{}", field.key);
    let help_id = format!("h-{}", field.key);
    let err_id = format!("e-{}", field.key);
    let described = format!("{help_id} {err_id}");
    let control = match &field.kind {
        FieldKind::Choice { options, .. } => {
            let opts = options
                .iter()
                .map(|o| view! { <option value=o.key selected=o.key == text>{o.label}</option> })
                .collect_view();
            view! {
                <select id=id.clone() name=field.key aria-describedby=described>
                    {opts}
                </select>
            }
            .into_any()
        }
        FieldKind::Date { min, max, .. } => view! {
            <input type="date" id=id.clone() name=field.key aria-describedby=described
                min=min.to_string() max=max.to_string() value=text />
        }
        .into_any(),
        FieldKind::Toggle { .. } => view! {
            <input type="checkbox" id=id.clone() name=field.key aria-describedby=described checked=text == "1" />
        }
        .into_any(),
        _ => {
            let placeholder =
                field.derived_hint(calc).map(|hint| format!("auto, {hint}")).unwrap_or_default();
            view! {
                <span class="with-unit">
                    <input type="text" inputmode="decimal" autocomplete="off" id=id.clone() name=field.key
                        placeholder=placeholder title=field.help
                        aria-describedby=described aria-invalid="false" value=text />
                    <span class="unit" aria-hidden="true" id=field.unit.is_money().then(|| format!("u-{}", field.key))>
                        {field.unit.label()}
                    </span>
                </span>
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id>{field.label}</label>
            {control}
            <p class="reading" id=format!("r-{}", field.key) aria-live="polite"></p>
            <p class="help" id=help_id>{field.help}</p>
            <p class="error" id=err_id role="alert"></p>
        </div>
    }
}

/// The share actions in one row under the verdict: Share (the system's share sheet where the
/// browser has one, else the link copied), PDF (on the paper usual in the reader's country;
/// the other size is offered once it is saved), CSV, and "Name this scenario", whose name,
/// note and link open in a panel over the page rather than pushing the answer down.
pub fn share_bar() -> impl IntoView {
    view! {
        <div class="share" id="share">
            <div class="share-row">
                <button type="button" id="copy-link">"Share"</button>
                <button type="button" id="download-pdf" class="secondary">
                    <span class="vh">"Download "</span>"PDF"
                </button>
                <button type="button" id="download-csv" class="secondary">
                    <span class="vh">"Download "</span>"CSV"
                </button>
                <details class="share-more" id="share-more">
                    <summary>"Name"<span class="wide">" this scenario"</span></summary>
                    <div class="share-panel">
                        {caption_inputs()}
                        <label for="share-link">"Link to this scenario"</label>
                        <input id="share-link" type="text" readonly />
                        <button type="button" class="link" id="open-embed">"Embed this scenario in a blog post ↓"</button>
                    </div>
                </details>
            </div>
            <p class="status" role="status" id="share-status"></p>
            <p class="paper-step" id="paper-step" hidden>
                <span id="paper-now"></span>" "
                <button type="button" id="paper-other" class="link"></button>
            </p>
        </div>
    }
}

/// Reset to the defaults, with an undo: a reset by mistake must not lose a scenario.
pub fn reset_bar() -> impl IntoView {
    view! {
        <div class="buttons reset-bar">
            <button type="button" id="reset" class="secondary">"Reset to defaults"</button>
            <button type="button" id="undo-reset" class="secondary" hidden>"Undo reset"</button>
            <p class="status" role="status" id="reset-status"></p>
        </div>
    }
}
