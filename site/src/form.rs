//! The input form, generated from the calculator's field declarations.

use crate::browser;
use calc_core::{defaults, Calculator, Field, FieldKind, Inputs};
use leptos::prelude::*;
use scenario::Notice;
use std::collections::BTreeMap;

/// What the form holds: the last valid inputs (what the result shows), the text in each
/// box (which may be invalid while typing) and the message for each invalid box.
#[derive(Clone)]
pub struct FormState {
    pub inputs: RwSignal<Inputs>,
    texts: RwSignal<BTreeMap<&'static str, String>>,
    errors: RwSignal<BTreeMap<&'static str, String>>,
    pub notices: Vec<Notice>,
}

fn texts_of(calc: &dyn Calculator, inputs: &Inputs) -> BTreeMap<&'static str, String> {
    calc.fields().iter().map(|f| (f.key, inputs.get(f.key).map(|v| f.write(v)).unwrap_or_default())).collect()
}

impl FormState {
    pub fn from_link(calc: &dyn Calculator, query: &str) -> Self {
        let decoded = scenario::decode(calc, query);
        FormState {
            texts: RwSignal::new(texts_of(calc, &decoded.inputs)),
            inputs: RwSignal::new(decoded.inputs),
            errors: RwSignal::new(BTreeMap::new()),
            notices: decoded.notices,
        }
    }

    pub fn has_errors(&self) -> Signal<bool> {
        let errors = self.errors;
        Signal::derive(move || !errors.with(|e| e.is_empty()))
    }

    fn edit(&self, field: &'static Field, text: String) {
        match field.parse(&text) {
            Ok(value) => {
                self.inputs.update(|i| i.set(field.key, value));
                self.errors.update(|e| {
                    e.remove(field.key);
                });
            }
            Err(err) => self.errors.update(|e| {
                e.insert(field.key, format!("{} {}.", field.label, err.problem));
            }),
        }
        self.texts.update(|t| {
            t.insert(field.key, text);
        });
    }

    fn reset(&self, calc: &dyn Calculator) {
        let base = defaults(calc);
        self.texts.set(texts_of(calc, &base));
        self.errors.set(BTreeMap::new());
        self.inputs.set(base);
    }
}

#[component]
pub fn Form(calc: &'static dyn Calculator, state: FormState) -> impl IntoView {
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
                .map(|f| view! { <FieldInput calc=calc field=f state=state.clone() /> })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{group}</legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view();
    view! { <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>{sets}</form> }
}

#[component]
fn FieldInput(calc: &'static dyn Calculator, field: &'static Field, state: FormState) -> impl IntoView {
    let id = format!("f-{}", field.key);
    let help_id = format!("h-{}", field.key);
    let err_id = format!("e-{}", field.key);
    let texts = state.texts;
    let errors = state.errors;
    let text = move || texts.with(|t| t.get(field.key).cloned().unwrap_or_default());
    let error = move || errors.with(|e| e.get(field.key).cloned());
    let described = format!("{help_id} {err_id}");
    let unit = field.unit.label();
    let control = match &field.kind {
        FieldKind::Choice { options, .. } => {
            let st = state.clone();
            let opts =
                options.iter().map(|o| view! { <option value=o.key>{o.label}</option> }).collect_view();
            view! {
                <select id=id.clone() name=field.key aria-describedby=described.clone()
                    prop:value=text
                    on:change=move |ev| st.edit(field, event_target_value(&ev))>
                    {opts}
                </select>
            }
            .into_any()
        }
        FieldKind::Toggle { .. } => {
            let st = state.clone();
            view! {
                <input type="checkbox" id=id.clone() name=field.key aria-describedby=described.clone()
                    prop:checked=move || text() == "1"
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        st.edit(field, if on { "1".into() } else { "0".into() })
                    } />
            }
            .into_any()
        }
        _ => {
            let st = state.clone();
            let placeholder =
                field.derived_hint(calc).map(|hint| format!("auto, {hint}")).unwrap_or_default();
            view! {
                <span class="with-unit">
                    <input type="text" inputmode="decimal" autocomplete="off" id=id.clone() name=field.key
                        placeholder=placeholder title=field.help
                        aria-describedby=described.clone()
                        aria-invalid=move || if error().is_some() { "true" } else { "false" }
                        prop:value=text
                        on:input=move |ev| st.edit(field, event_target_value(&ev)) />
                    <span class="unit" aria-hidden="true">{unit}</span>
                </span>
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=id>{field.label}</label>
            {control}
            <p class="help" id=help_id>{field.help}</p>
            <p class="error" id=err_id role="alert">{error}</p>
        </div>
    }
}

#[component]
pub fn ShareBar(calc: &'static dyn Calculator, state: FormState) -> impl IntoView {
    let inputs = state.inputs;
    let link =
        Memo::new(move |_| format!("{}{}", browser::origin(), scenario::tools_path(calc, &inputs.get())));
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let url = link.get_untracked();
        leptos::task::spawn_local(async move {
            if browser::copy(&url).await {
                status.set("Link copied. Anyone who opens it sees these inputs.".into());
            } else {
                browser::select_input("share-link");
                status.set("Your browser blocked copying; the link is selected, press Ctrl+C.".into());
            }
        });
    };
    let letter = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let pdf = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        status.set("Preparing the PDF on your machine…".into());
        let query = scenario::encode(calc, &inputs.get_untracked());
        leptos::task::spawn_local(async move {
            match browser::download_pdf(calc.meta().slug, &query, letter.get_untracked()).await {
                Ok(ms) => status.set(format!("PDF saved (generated in {ms:.0} ms).")),
                Err(message) => status.set(message),
            }
            busy.set(false);
        });
    };
    let reset = move |_| {
        state.reset(calc);
        status.set("Inputs reset to the defaults.".into());
    };
    view! {
        <div class="share">
            <label for="share-link">"Link to this scenario"</label>
            <input id="share-link" type="text" readonly prop:value=move || link.get() />
            <div class="buttons">
                <button type="button" id="copy-link" on:click=copy>"Copy link"</button>
                <button type="button" id="reset" class="secondary" on:click=reset>"Reset"</button>
            </div>
            <div class="buttons pdf">
                <button type="button" id="download-pdf" on:click=pdf prop:disabled=move || busy.get()>"Download PDF"</button>
                <label class="paper" for="paper">"Paper"</label>
                <select id="paper" on:change=move |ev| letter.set(event_target_value(&ev) == "letter")>
                    <option value="a4">"A4"</option>
                    <option value="letter">"US Letter"</option>
                </select>
            </div>
            <p class="status" role="status" id="share-status">{move || status.get()}</p>
        </div>
    }
}
