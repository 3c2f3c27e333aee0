//! What the form holds, as plain data: the pre-rendered page is written from it at the
//! defaults, and the browser (`client`) changes it on each edit and redraws from it.

use calc_core::{defaults, format, Calculator, DecimalMark, Field, Inputs, Value};
use scenario::{Caption, Notice, Scenario};
use std::collections::BTreeMap;

/// The valid inputs (what the result and the link show), the text in each box (which may be
/// invalid while typing), the message for each invalid box, and each box's value from
/// before the edit in progress.
pub struct FormState {
    pub inputs: Inputs,
    pub texts: BTreeMap<&'static str, String>,
    pub errors: BTreeMap<&'static str, String>,
    /// How a number typed in another form than the canonical one was read ("read as 0.5").
    pub readings: BTreeMap<&'static str, String>,
    /// The value each box had when its current edit began: while the box is invalid the
    /// result shows this, never a half-typed prefix (typing 100 into a 1–64 box must not
    /// leave the result at 10).
    before_edit: BTreeMap<&'static str, Value>,
    /// The browser locale's decimal mark, for reading typed numbers.
    mark: DecimalMark,
    /// The scenario's name and note (plain text, carried in the link).
    pub caption: Caption,
    /// What in the link could not be used, and the inputs the link opened with.
    pub notices: Vec<Notice>,
    pub opened_with: Inputs,
}

fn texts_of(calc: &dyn Calculator, inputs: &Inputs) -> BTreeMap<&'static str, String> {
    calc.fields().iter().map(|f| (f.key, inputs.get(f.key).map(|v| f.write(v)).unwrap_or_default())).collect()
}

impl FormState {
    /// The form at the defaults: what the pre-rendered page shows.
    pub fn new(calc: &dyn Calculator, mark: DecimalMark) -> Self {
        let inputs = defaults(calc);
        FormState {
            texts: texts_of(calc, &inputs),
            opened_with: inputs.clone(),
            inputs,
            errors: BTreeMap::new(),
            readings: BTreeMap::new(),
            before_edit: BTreeMap::new(),
            mark,
            caption: Caption::default(),
            notices: Vec::new(),
        }
    }

    /// The text in a box.
    pub fn text(&self, key: &str) -> &str {
        self.texts.get(key).map_or("", String::as_str)
    }

    /// Move to the scenario in the link (its inputs and its name), with its notices.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn apply_link(&mut self, calc: &'static dyn Calculator, query: &str) {
        let (scenario, notices) = Scenario::read(calc, query);
        if scenario.inputs != self.inputs {
            self.restore(calc, scenario.inputs.clone());
        }
        self.caption = scenario.caption;
        self.opened_with = scenario.inputs;
        self.notices = notices;
    }

    /// While a box is invalid: which values the result and the link still use, said plainly.
    pub fn stale_note(&self, calc: &dyn Calculator) -> Option<String> {
        if self.errors.is_empty() {
            return None;
        }
        let kept: Vec<String> = self
            .errors
            .keys()
            .filter_map(|k| calc.field(k))
            .map(|f| format!("{} at {}", f.label, f.display(&self.inputs)))
            .collect();
        Some(format!(
            "Fix the highlighted input to update the result. Until then the result and the link keep {}, the value before this edit.",
            kept.join(", ")
        ))
    }
}

/// How the link left the page.
#[derive(Clone, Copy)]
pub enum LinkSent {
    Copied,
    Shared,
}

impl FormState {
    /// What "Copy link" says it copied: the link carries the valid inputs, so while a box is
    /// invalid it names the value the link keeps for it rather than claim it has what was typed.
    pub fn copied_note(&self, calc: &dyn Calculator) -> String {
        self.link_note(calc, LinkSent::Copied)
    }

    /// The status once the link has left the page, copied or given to the share sheet.
    pub fn link_note(&self, calc: &dyn Calculator, sent: LinkSent) -> String {
        let (how, verb) = match sent {
            LinkSent::Copied => ("copied", "copy"),
            LinkSent::Shared => ("shared", "share"),
        };
        let kept: Vec<String> = self
            .errors
            .keys()
            .filter_map(|k| calc.field(k))
            .map(|f| format!("{} at {}", f.label, f.display(&self.inputs)))
            .collect();
        if kept.is_empty() {
            return format!("Link {how}. Anyone who opens it sees these inputs.");
        }
        let (boxes, values, them) = if kept.len() == 1 {
            ("box holds", "its value before this edit", "it")
        } else {
            ("boxes hold", "their values before these edits", "them")
        };
        format!(
            "Link {how}, but without what the highlighted {boxes}: it keeps {}, {values}. Fix {them} and {verb} the link again.",
            kept.join(", ")
        )
    }

    /// A box now holds `text`: read it as the person meant it, or say why it cannot be.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn edit(&mut self, field: &'static Field, text: String) {
        if !self.before_edit.contains_key(field.key) {
            if let Some(value) = self.inputs.get(field.key).cloned() {
                self.before_edit.insert(field.key, value);
            }
        }
        match field.parse_typed(&text, self.mark) {
            Ok(value) => {
                match reading_of(field, &text, &value) {
                    Some(t) => self.readings.insert(field.key, t),
                    None => self.readings.remove(field.key),
                };
                self.inputs.set(field.key, value);
                self.errors.remove(field.key);
            }
            Err(err) => {
                if let Some(value) = self.before_edit.get(field.key).cloned() {
                    if self.inputs.get(field.key) != Some(&value) {
                        self.inputs.set(field.key, value);
                    }
                }
                self.readings.remove(field.key);
                self.errors.insert(field.key, format!("{} {}.", field.label, err.problem));
            }
        }
        self.texts.insert(field.key, text);
    }

    /// The edit of a box is over (it lost focus): its next edit starts from its value now.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn end_edit(&mut self, field: &'static Field) {
        self.before_edit.remove(field.key);
    }

    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn reset(&mut self, calc: &dyn Calculator) {
        self.restore(calc, defaults(calc));
    }

    /// Every box to `inputs` (complete and valid), with no edit in progress.
    pub fn restore(&mut self, calc: &dyn Calculator, inputs: Inputs) {
        self.texts = texts_of(calc, &inputs);
        self.errors.clear();
        self.readings.clear();
        self.before_edit.clear();
        self.inputs = inputs;
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
