//! What the form holds, as plain data: the pre-rendered page is written from it at the
//! defaults, and the browser (`client`) changes it on each edit and redraws from it.

use calc_core::SortedMap;
use calc_core::{defaults, format, Calculator, DecimalMark, Field, Inputs, Rate, Typed, Value};
use scenario::{Caption, Notice, Scenario};

/// The valid inputs (what the result and the link show), the text in each box (which may be
/// invalid while typing), the message for each invalid box, and each box's value from
/// before the edit in progress.
pub struct FormState {
    pub inputs: Inputs,
    pub texts: SortedMap<&'static str, String>,
    pub errors: SortedMap<&'static str, String>,
    /// How a number typed in another form than the canonical one was read
    /// ("Read as 3 000 (three thousand)").
    pub readings: SortedMap<&'static str, String>,
    /// Boxes whose text reads two ways ("3,000": 3 or 3000): the two readings, the
    /// locale's first. Until the reader picks one the result keeps the value before the edit.
    pub asks: SortedMap<&'static str, [f64; 2]>,
    /// A box's text and the value the reader picked for it, so the same text is not asked
    /// about again.
    picked: SortedMap<&'static str, (String, Value)>,
    /// The value each box had when its current edit began: while the box is invalid the
    /// result shows this, never a half-typed prefix (typing 100 into a 1–64 box must not
    /// leave the result at 10).
    before_edit: SortedMap<&'static str, Value>,
    /// The browser locale's decimal mark, for reading typed numbers.
    mark: DecimalMark,
    /// The currency amounts are shown and money boxes typed in (the link's `cur`, `fx`).
    pub rate: Rate,
    /// The scenario's name and note (plain text, carried in the link).
    pub caption: Caption,
    /// What in the link could not be used, and the inputs the link opened with.
    pub notices: Vec<Notice>,
    pub opened_with: Inputs,
}

fn texts_of(calc: &dyn Calculator, inputs: &Inputs, rate: &Rate) -> SortedMap<&'static str, String> {
    calc.fields()
        .iter()
        .map(|f| (f.key, inputs.get(f.key).map(|v| box_text(f, v, rate)).unwrap_or_default()))
        .collect()
}

/// A box's text for a value: a money value in the currency the reader types in, anything
/// else as a link writes it.
fn box_text(field: &Field, value: &Value, rate: &Rate) -> String {
    match value {
        Value::Num(n) if field.unit.is_money() && !rate.is_usd() => {
            format::plain(to_millionth(rate.from_usd(*n)))
        }
        _ => field.write(value),
    }
}

/// A converted amount to a millionth, so that it carries no float noise into a box or a
/// button (13,000 typed in pounds is not offered back as 13000.000000000002).
pub fn to_millionth(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

impl FormState {
    /// The form at the defaults: what the pre-rendered page shows.
    pub fn new(calc: &dyn Calculator, mark: DecimalMark) -> Self {
        let inputs = defaults(calc);
        FormState {
            texts: texts_of(calc, &inputs, &Rate::USD),
            opened_with: inputs.clone(),
            inputs,
            errors: SortedMap::new(),
            readings: SortedMap::new(),
            asks: SortedMap::new(),
            picked: SortedMap::new(),
            before_edit: SortedMap::new(),
            mark,
            rate: Rate::USD,
            caption: Caption::default(),
            notices: Vec::new(),
        }
    }

    /// The form at a page's own scenario (a scenario page's query; empty: the defaults), as the
    /// pre-render writes it and the client takes it over.
    pub fn at(calc: &'static dyn Calculator, mark: DecimalMark, scenario: &str) -> Self {
        let mut state = FormState::new(calc, mark);
        if !scenario.is_empty() {
            state.apply_link(calc, scenario);
        }
        state
    }

    /// Amounts in another currency: money boxes are written again in it (an edit in progress
    /// is kept as typed) and read in it from now on.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn set_rate(&mut self, calc: &dyn Calculator, rate: Rate) {
        self.rate = rate;
        self.picked.clear();
        for f in calc.fields().iter().filter(|f| f.unit.is_money()) {
            if self.errors.contains_key(f.key) || self.asks.contains_key(f.key) {
                continue;
            }
            if let Some(v) = self.inputs.get(f.key) {
                self.texts.insert(f.key, box_text(f, v, &rate));
                self.readings.remove(f.key);
            }
        }
    }

    /// The browser locale's decimal mark.
    pub fn mark(&self) -> DecimalMark {
        self.mark
    }

    /// The text in a box.
    pub fn text(&self, key: &str) -> &str {
        self.texts.get(key).map_or("", String::as_str)
    }

    /// Move to the scenario in the link (its inputs and its name), with its notices.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn apply_link(&mut self, calc: &'static dyn Calculator, query: &str) {
        let (scenario, notices) = Scenario::read(calc, query);
        self.rate = scenario.rate;
        self.restore(calc, scenario.inputs.clone());
        self.caption = scenario.caption;
        self.opened_with = scenario.inputs;
        self.notices = notices;
    }

    /// While a box is invalid: which values the result and the link still use, said plainly.
    pub fn stale_note(&self, calc: &dyn Calculator) -> Option<String> {
        if self.errors.is_empty() && self.asks.is_empty() {
            return None;
        }
        let kept: Vec<String> = self
            .errors
            .keys()
            .chain(self.asks.keys())
            .filter_map(|k| calc.field(k))
            .map(|f| format!("{} at {}", f.label, f.display(&self.inputs)))
            .collect();
        let what = match (self.errors.is_empty(), self.asks.is_empty()) {
            (false, true) => "Fix the highlighted input",
            (true, false) => "Say which number you meant",
            _ => "Fix the highlighted input and say which number you meant",
        };
        Some(format!(
            "{what} to update the result. Until then the result and the link keep {}, the value before this edit.",
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

    /// The box is still being read: invalid, or asking which number was meant.
    pub fn unsettled(&self) -> bool {
        !self.errors.is_empty() || !self.asks.is_empty()
    }

    /// The reader said which reading of an ambiguous box they meant: the box now holds it as
    /// their locale writes it, and the result follows.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn pick(&mut self, field: &'static Field, value: f64) {
        if !self.asks.get(field.key).is_some_and(|a| a.contains(&value)) {
            return;
        }
        let text = self.mark.plain(value);
        let model = if field.unit.is_money() { self.rate.to_usd(value) } else { value };
        self.picked.insert(field.key, (text.clone(), Value::Num(model)));
        self.edit(field, text);
        // The picked value is settled: a further edit of the box starts from it (in dollars,
        // as every value the result shows).
        self.before_edit.insert(field.key, Value::Num(model));
    }

    /// A box now holds `text`: read it as the person meant it, or say why it cannot be.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub fn edit(&mut self, field: &'static Field, text: String) {
        if !self.before_edit.contains_key(field.key) {
            if let Some(value) = self.inputs.get(field.key).cloned() {
                self.before_edit.insert(field.key, value);
            }
        }
        let read = match self.picked.get(field.key) {
            Some((picked, value)) if *picked == text => Ok(Typed::One(value.clone())),
            _ => field.read_typed_at(&text, self.mark, &self.rate),
        };
        self.asks.remove(field.key);
        match read {
            Ok(Typed::One(value)) => {
                match reading_of(field, &text, &value, self.mark, &self.rate) {
                    Some(t) => self.readings.insert(field.key, t),
                    None => self.readings.remove(field.key),
                };
                self.inputs.set(field.key, value);
                self.errors.remove(field.key);
            }
            Ok(Typed::Either(readings)) => {
                self.keep_before_edit(field);
                self.readings.remove(field.key);
                self.errors.remove(field.key);
                // Asked in the currency typed in; the pick converts back.
                let shown =
                    |v: f64| if field.unit.is_money() { to_millionth(self.rate.from_usd(v)) } else { v };
                self.asks.insert(field.key, readings.map(shown));
            }
            Err(err) => {
                self.keep_before_edit(field);
                self.readings.remove(field.key);
                self.errors.insert(field.key, format!("{} {}.", field.label, err.problem));
            }
        }
        self.texts.insert(field.key, text);
    }

    /// While a box is unsettled the result shows its value from before the edit.
    fn keep_before_edit(&mut self, field: &'static Field) {
        if let Some(value) = self.before_edit.get(field.key).cloned() {
            if self.inputs.get(field.key) != Some(&value) {
                self.inputs.set(field.key, value);
            }
        }
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
        self.texts = texts_of(calc, &inputs, &self.rate);
        self.errors.clear();
        self.readings.clear();
        self.asks.clear();
        self.picked.clear();
        self.before_edit.clear();
        self.inputs = inputs;
    }
}

/// "Read as 3 000 (three thousand)" when the box holds a number written otherwise than the
/// page writes it (a decimal comma, a thousands separator, `2k`, `30 %`), so a reading is
/// never silent, and written so that no locale can misread it.
fn reading_of(field: &Field, text: &str, value: &Value, mark: DecimalMark, rate: &Rate) -> Option<String> {
    let Value::Num(n) = value else { return None };
    let typed = text.trim();
    let plain = box_text(field, value, rate);
    let shown = if field.unit.is_money() { rate.from_usd(*n) } else { *n };
    (!typed.is_empty() && typed != plain && calc_core::decimal::parse(typed) != Some(shown))
        .then(|| format!("Read as {}", mark.unambiguous(shown)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aurora() -> &'static dyn Calculator {
        registry::find("aurora-io").expect("aurora-io is registered")
    }

    #[test]
    fn an_ambiguous_paste_asks_and_keeps_the_value_until_the_reader_picks() {
        let calc = aurora();
        let storage = calc.field("storage_gb").expect("field");
        let mut state = FormState::new(calc, DecimalMark::Comma);
        state.edit(storage, "3,000".into());
        // de-DE: 3 first, then 3000; the result keeps 500 GB meanwhile.
        assert_eq!(state.asks.get("storage_gb"), Some(&[3.0, 3000.0]));
        assert_eq!(state.inputs.get("storage_gb"), Some(&Value::Num(500.0)));
        assert!(state.errors.is_empty());
        let note = state.stale_note(calc).expect("a note while asking");
        assert!(note.starts_with("Say which number you meant"), "{note}");
        assert!(note.contains("Storage at 500 GB"), "{note}");
        state.pick(storage, 3000.0);
        assert!(state.asks.is_empty());
        assert_eq!(state.inputs.get("storage_gb"), Some(&Value::Num(3000.0)));
        assert_eq!(state.text("storage_gb"), "3000");
        assert!(state.stale_note(calc).is_none());
        // Picking the small reading writes it as the locale does, and it is not asked again.
        state.edit(storage, "1.234".into());
        state.pick(storage, 1.234);
        assert_eq!(state.text("storage_gb"), "1,234");
        assert_eq!(state.inputs.get("storage_gb"), Some(&Value::Num(1.234)));
        assert_eq!(
            state.readings.get("storage_gb").map(String::as_str),
            Some("Read as 1,234 (one point two three four)")
        );
        assert!(state.asks.is_empty());
        // A value that was not offered is ignored.
        state.edit(storage, "7,000".into());
        state.pick(storage, 42.0);
        assert_eq!(state.inputs.get("storage_gb"), Some(&Value::Num(1.234)));
    }

    #[test]
    fn a_reading_picked_in_another_currency_is_kept_in_dollars() {
        let calc = registry::find("oracle-pg").expect("oracle-pg is registered");
        let infra = calc.field("oracle_infra_monthly").expect("field");
        let mut state = FormState::new(calc, DecimalMark::Comma);
        // 0.87058 / 1.1684 pounds to the dollar, the reference rate's own quotient.
        state.set_rate(calc, Rate::given(calc_core::Currency::Gbp, 0.87058 / 1.1684));
        state.edit(infra, "13,000".into());
        // Offered as typed, without float noise.
        assert_eq!(state.asks.get("oracle_infra_monthly"), Some(&[13.0, 13000.0]));
        state.pick(infra, 13000.0);
        let dollars = state.rate.to_usd(13000.0);
        assert_eq!(state.inputs.get("oracle_infra_monthly"), Some(&Value::Num(dollars)));
        // An edit that is not yet a number keeps the picked £13,000 (in dollars) meanwhile.
        state.edit(infra, "13,000x".into());
        assert_eq!(state.inputs.get("oracle_infra_monthly"), Some(&Value::Num(dollars)));
    }

    #[test]
    fn readings_are_written_so_no_locale_misreads_them() {
        let calc = aurora();
        let storage = calc.field("storage_gb").expect("field");
        let mut state = FormState::new(calc, DecimalMark::Dot);
        state.edit(storage, "2k".into());
        assert_eq!(state.inputs.get("storage_gb"), Some(&Value::Num(2000.0)));
        assert_eq!(
            state.readings.get("storage_gb").map(String::as_str),
            Some("Read as 2\u{a0}000 (two thousand)")
        );
        state.edit(storage, "0,5".into());
        assert_eq!(
            state.readings.get("storage_gb").map(String::as_str),
            Some("Read as 0.5 (zero point five)")
        );
        state.edit(storage, "250".into());
        assert!(state.readings.is_empty());
    }
}
