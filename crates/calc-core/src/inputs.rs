use serde::Serialize;
use std::collections::BTreeMap;

/// One input value. Integers are carried as whole `Num`s.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Num(f64),
    Choice(String),
    Bool(bool),
    /// Not set: the calculator derives it (see `FieldKind::Auto`).
    Auto,
}

/// A complete scenario: every field of a calculator with a valid value, keyed by URL key.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Inputs {
    values: BTreeMap<String, Value>,
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

    /// A number; 0 when missing or not numeric (declarations guarantee presence after `defaults`).
    pub fn num(&self, key: &str) -> f64 {
        match self.values.get(key) {
            Some(Value::Num(n)) => *n,
            _ => 0.0,
        }
    }

    /// An optional override: `None` when left on auto.
    pub fn opt_num(&self, key: &str) -> Option<f64> {
        match self.values.get(key) {
            Some(Value::Num(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn choice(&self, key: &str) -> &str {
        match self.values.get(key) {
            Some(Value::Choice(c)) => c,
            _ => "",
        }
    }

    pub fn flag(&self, key: &str) -> bool {
        matches!(self.values.get(key), Some(Value::Bool(true)))
    }
}
