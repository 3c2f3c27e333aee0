//! The input form, generated from the calculator's field declarations.

use crate::browser;
use calc_core::{defaults, format, Calculator, DecimalMark, Field, FieldKind, Inputs, Value};
use leptos::prelude::*;
use scenario::{Caption, Notice, MAX_NOTE_CHARS, MAX_TITLE_CHARS};
use std::collections::BTreeMap;

/// What the form holds: the valid inputs (what the result and the link show), the text in
/// each box (which may be invalid while typing), the message for each invalid box, and each
/// box's value from before the edit in progress.
#[derive(Clone)]
pub struct FormState {
    pub inputs: RwSignal<Inputs>,
    texts: RwSignal<BTreeMap<&'static str, String>>,
    errors: RwSignal<BTreeMap<&'static str, String>>,
    /// How a number typed in another form than the canonical one was read ("read as 0.5").
    readings: RwSignal<BTreeMap<&'static str, String>>,
    /// The value each box had when its current edit began: while the box is invalid the
    /// result shows this, never a half-typed prefix (typing 100 into a 1–64 box must not
    /// leave the result at 10).
    before_edit: RwSignal<BTreeMap<&'static str, Value>>,
    /// The browser locale's decimal mark, for reading typed numbers.
    mark: DecimalMark,
    /// The scenario's name and note (plain text, carried in the link).
    pub caption: RwSignal<Caption>,
    /// What in the link could not be used, and the inputs the link opened with.
    pub notices: RwSignal<Vec<Notice>>,
    pub opened_with: RwSignal<Inputs>,
}

fn texts_of(calc: &dyn Calculator, inputs: &Inputs) -> BTreeMap<&'static str, String> {
    calc.fields().iter().map(|f| (f.key, inputs.get(f.key).map(|v| f.write(v)).unwrap_or_default())).collect()
}

impl FormState {
    /// The form at the defaults: what the pre-rendered page shows and hydrates.
    pub fn new(calc: &dyn Calculator) -> Self {
        let inputs = defaults(calc);
        FormState {
            texts: RwSignal::new(texts_of(calc, &inputs)),
            opened_with: RwSignal::new(inputs.clone()),
            inputs: RwSignal::new(inputs),
            errors: RwSignal::new(BTreeMap::new()),
            readings: RwSignal::new(BTreeMap::new()),
            before_edit: RwSignal::new(BTreeMap::new()),
            mark: browser::decimal_mark(),
            caption: RwSignal::new(Caption::default()),
            notices: RwSignal::new(Vec::new()),
        }
    }

    /// Move to the scenario in the link (its inputs and its name), with its notices.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pub fn apply_link(&self, calc: &dyn Calculator, query: &str) {
        let mut decoded = scenario::decode(calc, query);
        let (caption, cut) = Caption::from_query(query);
        decoded.notices.extend(cut);
        if decoded.inputs != self.inputs.get_untracked() {
            self.restore(calc, decoded.inputs.clone());
        }
        self.caption.set(caption);
        self.opened_with.set(decoded.inputs);
        if !decoded.notices.is_empty() {
            self.notices.set(decoded.notices);
        }
    }

    /// While a box is invalid: which values the result and the link still use, said plainly.
    pub fn stale_note(&self, calc: &'static dyn Calculator) -> Signal<Option<String>> {
        let (errors, inputs) = (self.errors, self.inputs);
        Signal::derive(move || {
            let keys: Vec<&'static str> = errors.with(|e| e.keys().copied().collect());
            if keys.is_empty() {
                return None;
            }
            let kept: Vec<String> = inputs.with(|i| {
                keys.iter()
                    .filter_map(|k| calc.field(k))
                    .map(|f| format!("{} at {}", f.label, f.display(i)))
                    .collect()
            });
            Some(format!(
                "Fix the highlighted input to update the result. Until then the result and the link keep {}, the value before this edit.",
                kept.join(", ")
            ))
        })
    }

    fn edit(&self, field: &'static Field, text: String) {
        if !self.before_edit.with_untracked(|b| b.contains_key(field.key)) {
            let current = self.inputs.with_untracked(|i| i.get(field.key).cloned());
            if let Some(value) = current {
                self.before_edit.update(|b| {
                    b.insert(field.key, value);
                });
            }
        }
        match field.parse_typed(&text, self.mark) {
            Ok(value) => {
                let reading = reading_of(field, &text, &value);
                self.readings.update(|r| match reading {
                    Some(t) => {
                        r.insert(field.key, t);
                    }
                    None => {
                        r.remove(field.key);
                    }
                });
                self.inputs.update(|i| i.set(field.key, value));
                self.errors.update(|e| {
                    e.remove(field.key);
                });
            }
            Err(err) => {
                let before = self.before_edit.with_untracked(|b| b.get(field.key).cloned());
                if let Some(value) = before {
                    if self.inputs.with_untracked(|i| i.get(field.key) != Some(&value)) {
                        self.inputs.update(|i| i.set(field.key, value));
                    }
                }
                self.readings.update(|r| {
                    r.remove(field.key);
                });
                self.errors.update(|e| {
                    e.insert(field.key, format!("{} {}.", field.label, err.problem));
                });
            }
        }
        self.texts.update(|t| {
            t.insert(field.key, text);
        });
    }

    /// The edit of a box is over (it lost focus): its next edit starts from its value now.
    fn end_edit(&self, field: &'static Field) {
        self.before_edit.update(|b| {
            b.remove(field.key);
        });
    }

    fn reset(&self, calc: &dyn Calculator) {
        self.restore(calc, defaults(calc));
    }

    /// Every box to `inputs` (complete and valid), with no edit in progress.
    fn restore(&self, calc: &dyn Calculator, inputs: Inputs) {
        self.texts.set(texts_of(calc, &inputs));
        self.errors.set(BTreeMap::new());
        self.readings.set(BTreeMap::new());
        self.before_edit.set(BTreeMap::new());
        self.inputs.set(inputs);
    }
}

/// "Read as 1,234.5" when the box holds a number written otherwise than the page writes it
/// (a decimal comma, a thousands separator), so a reading is never silent.
fn reading_of(field: &Field, text: &str, value: &Value) -> Option<String> {
    let Value::Num(n) = value else { return None };
    let typed = text.trim();
    let plain = field.write(value);
    (!typed.is_empty() && typed != plain).then(|| format!("Read as {}", format::number(*n, 10)))
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
    view! {
        <form class="inputs" on:submit=|ev| ev.prevent_default() novalidate>
            <CaptionInputs caption=state.caption />
            {sets}
        </form>
    }
}

/// "Name this scenario": a title and a note that travel in the link and head the report.
#[component]
fn CaptionInputs(caption: RwSignal<Caption>) -> impl IntoView {
    let title = move || caption.with(|c| c.title.clone());
    let note = move || caption.with(|c| c.note.clone());
    view! {
        <fieldset class="caption">
            <legend>"Name this scenario (optional)"</legend>
            <div class="field">
                <label for="f-title">"Scenario name"</label>
                <input id="f-title" type="text" maxlength=MAX_TITLE_CHARS autocomplete="off"
                    placeholder="e.g. Orders cluster, eu-west-1" prop:value=title
                    on:input=move |ev| caption.update(|c| c.title = Caption::clean(&event_target_value(&ev), MAX_TITLE_CHARS)) />
            </div>
            <div class="field">
                <label for="f-note">"Note"</label>
                <textarea id="f-note" rows="2" maxlength=MAX_NOTE_CHARS prop:value=note
                    on:input=move |ev| caption.update(|c| c.note = Caption::clean(&event_target_value(&ev), MAX_NOTE_CHARS))></textarea>
                <p class="help">"Printed at the top of the PDF and kept in the link."</p>
            </div>
        </fieldset>
    }
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
    let readings = state.readings;
    let reading = move || readings.with(|r| r.get(field.key).cloned());
    let described = format!("{help_id} {err_id}");
    // What the pre-rendered HTML shows before the wasm sets the property (`prop:` is not
    // rendered to HTML).
    let initial = texts.with_untracked(|t| t.get(field.key).cloned().unwrap_or_default());
    let unit = field.unit.label();
    let control = match &field.kind {
        FieldKind::Choice { options, .. } => {
            let st = state.clone();
            let opts = options
                .iter()
                .map(|o| view! { <option value=o.key selected=o.key == initial>{o.label}</option> })
                .collect_view();
            view! {
                <select id=id.clone() name=field.key aria-describedby=described.clone()
                    prop:value=text
                    on:change=move |ev| st.edit(field, event_target_value(&ev))>
                    {opts}
                </select>
            }
            .into_any()
        }
        FieldKind::Date { min, max, .. } => {
            let st = state.clone();
            view! {
                <input type="date" id=id.clone() name=field.key aria-describedby=described.clone()
                    min=min.to_string() max=max.to_string()
                    value=initial.clone()
                    prop:value=text
                    on:change=move |ev| st.edit(field, event_target_value(&ev)) />
            }
            .into_any()
        }
        FieldKind::Toggle { .. } => {
            let st = state.clone();
            view! {
                <input type="checkbox" id=id.clone() name=field.key aria-describedby=described.clone()
                    checked=initial == "1"
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
                        value=initial.clone()
                        prop:value=text
                        on:input=move |ev| st.edit(field, event_target_value(&ev))
                        on:blur={
                            let st = state.clone();
                            move |_| st.end_edit(field)
                        } />
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
            <p class="reading" aria-live="polite">{reading}</p>
            <p class="help" id=help_id>{field.help}</p>
            <p class="error" id=err_id role="alert">{error}</p>
        </div>
    }
}

#[component]
pub fn ShareBar(
    calc: &'static dyn Calculator,
    inputs: RwSignal<Inputs>,
    caption: RwSignal<Caption>,
) -> impl IntoView {
    let link = Memo::new(move |_| {
        let path = caption.with(|c| scenario::tools_path_captioned(calc, &inputs.get(), c));
        format!("{}{path}", browser::origin())
    });
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
    // "Download PDF" and "Download CSV": both made on this machine by the on-demand module.
    let export = move |csv: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let what = if csv { "CSV" } else { "PDF" };
        status.set(format!("Preparing the {what} on your machine…"));
        let query = caption.with_untracked(|c| c.append_to(&scenario::encode(calc, &inputs.get_untracked())));
        leptos::task::spawn_local(async move {
            match browser::download_report(calc.meta().slug, &query, letter.get_untracked(), csv).await {
                Ok(ms) => status.set(format!("{what} saved (generated in {ms:.0} ms).")),
                Err(message) => status.set(message),
            }
            busy.set(false);
        });
    };
    view! {
        <div class="share">
            <div class="buttons">
                <button type="button" id="copy-link" on:click=copy>"Copy link"</button>
                <button type="button" id="download-pdf" on:click=move |_| export(false) prop:disabled=move || busy.get()>"Download PDF"</button>
                <span class="paper-choice">
                    <label class="paper" for="paper">"Paper"</label>
                    <select id="paper" on:change=move |ev| letter.set(event_target_value(&ev) == "letter")>
                        <option value="a4">"A4"</option>
                        <option value="letter">"US Letter"</option>
                    </select>
                </span>
                <button type="button" id="download-csv" class="secondary" on:click=move |_| export(true) prop:disabled=move || busy.get()>"Download CSV"</button>
            </div>
            <p class="status" role="status" id="share-status">{move || status.get()}</p>
            <details class="share-link">
                <summary>"Show the link"</summary>
                <label for="share-link">"Link to this scenario"</label>
                <input id="share-link" type="text" readonly prop:value=move || link.get() />
            </details>
        </div>
    }
}

/// Reset to the defaults, with an undo: a reset by mistake must not lose a scenario.
#[component]
pub fn ResetBar(calc: &'static dyn Calculator, state: FormState) -> impl IntoView {
    let before: RwSignal<Option<Inputs>> = RwSignal::new(None);
    let inputs = state.inputs;
    let s1 = state.clone();
    let reset = move |_| {
        before.set(Some(s1.inputs.get_untracked()));
        s1.reset(calc);
    };
    let undo = move |_| {
        if let Some(inputs) = before.get_untracked() {
            state.restore(calc, inputs);
            before.set(None);
        }
    };
    // Offered until the first edit after the reset.
    let shown = move || before.with(Option::is_some) && inputs.with(|i| *i == defaults(calc));
    view! {
        <div class="buttons reset-bar">
            <button type="button" id="reset" class="secondary" on:click=reset>"Reset to defaults"</button>
            <button type="button" id="undo-reset" class="secondary" hidden=move || !shown() on:click=undo>"Undo reset"</button>
            <p class="status" role="status" id="reset-status">{move || shown().then_some("Inputs reset to the defaults.")}</p>
        </div>
    }
}
