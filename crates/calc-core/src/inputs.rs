use crate::SortedMap;
use serde::Serialize;

/// One input value. Integers are carried as whole `Num`s.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Num(f64),
    Choice(String),
    Bool(bool),
    Date(crate::Date),
    /// Not set: the calculator derives it (see `FieldKind::Auto`).
    Auto,
}

impl Value {
    /// What a value is, for a panic's message: formatting the value itself (`Debug`) would
    /// bring float and string escaping code into every page's wasm.
    fn kind(value: Option<&Value>) -> &'static str {
        match value {
            None => "missing",
            Some(Value::Num(_)) => "a number",
            Some(Value::Choice(_)) => "a choice",
            Some(Value::Bool(_)) => "a toggle",
            Some(Value::Date(_)) => "a date",
            Some(Value::Auto) => "auto",
        }
    }
}

/// A complete scenario: every field of a calculator with a valid value, keyed by URL key.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Inputs {
    values: SortedMap<String, Value>,
}

impl Inputs {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, key: &str, value: Value) {
        self.values.insert(key.to_string(), value);
    }

    pub fn with(mut self, key: &str, value: Value) -> Self {
        self.set(key, value);
        self
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.values.get(key)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// A number the calculator declares. `evaluate` fills every declared field, so a missing
    /// or non-numeric key is a programming error (a typo): it panics instead of reading 0.
    pub fn num(&self, key: &str) -> f64 {
        match self.values.get(key) {
            Some(Value::Num(n)) => *n,
            other => panic!("input `{key}` is not a number: it is {}", Value::kind(other)),
        }
    }

    /// An optional override (`FieldKind::Auto`): `None` when left on auto.
    pub fn opt_num(&self, key: &str) -> Option<f64> {
        match self.values.get(key) {
            Some(Value::Num(n)) => Some(*n),
            Some(Value::Auto) => None,
            other => panic!("input `{key}` is not an auto number: it is {}", Value::kind(other)),
        }
    }

    /// The key of a choice field.
    pub fn choice(&self, key: &str) -> &str {
        match self.values.get(key) {
            Some(Value::Choice(c)) => c,
            other => panic!("input `{key}` is not a choice: it is {}", Value::kind(other)),
        }
    }

    /// A choice field as its typed enum (see `choices!`).
    pub fn pick<C: crate::ChoiceEnum>(&self, key: &str) -> C {
        let text = self.choice(key);
        C::from_key(text).unwrap_or_else(|| panic!("input `{key}`: `{text}` is not one of its choices"))
    }

    /// A choice field declared by a plain list of options (a region, an instance class): the
    /// option it names, as the list spells it.
    pub fn option_of(&self, key: &str, options: &'static [crate::Choice]) -> &'static crate::Choice {
        let text = self.choice(key);
        options
            .iter()
            .find(|c| c.key == text)
            .unwrap_or_else(|| panic!("input `{key}`: `{text}` is not one of its choices"))
    }

    pub fn date(&self, key: &str) -> crate::Date {
        match self.values.get(key) {
            Some(Value::Date(d)) => *d,
            other => panic!("input `{key}` is not a date: it is {}", Value::kind(other)),
        }
    }

    pub fn flag(&self, key: &str) -> bool {
        match self.values.get(key) {
            Some(Value::Bool(b)) => *b,
            other => panic!("input `{key}` is not a toggle: it is {}", Value::kind(other)),
        }
    }
}
