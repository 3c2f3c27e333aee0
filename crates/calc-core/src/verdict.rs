//! What a calculator concludes, as types: the decision (a declared key and the words a reader
//! acts on) and the facts behind it. Every channel iterates it; nothing parses it back.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// A decision a calculator can reach, declared once per calculator (`DECISIONS` in its
/// `words.rs`): a stable `key` that tools compare (flip points, comparisons, JSON) and a
/// short `label` that names the decision wherever the key is shown to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Decision {
    pub key: &'static str,
    pub label: &'static str,
    /// The options cost the same: a point between two decisions, not a decision a reader
    /// moves to (flip points look past it).
    #[serde(skip)]
    pub tie: bool,
    /// No recommendation: the inputs leave nothing to decide (no compute, no requests). Flip
    /// points into it come after every other.
    #[serde(skip)]
    pub empty: bool,
}

impl Decision {
    pub const fn new(key: &'static str, label: &'static str) -> Self {
        Decision { key, label, tie: false, empty: false }
    }

    /// The decision when the options cost the same.
    pub const fn tie(key: &'static str, label: &'static str) -> Self {
        Decision { key, label, tie: true, empty: false }
    }

    /// No recommendation: nothing to decide with these inputs.
    pub const fn empty(key: &'static str, label: &'static str) -> Self {
        Decision { key, label, tie: false, empty: true }
    }
}

/// The answer: the decision in words (it may carry figures, "Move only if a month-49 payback
/// is acceptable"), then the facts that support it, each shown as one bullet.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub decision: Decision,
    /// The decision as the reader sees it, on one line.
    pub words: String,
    /// One sentence each, starting with a capital, without closing punctuation.
    pub facts: Vec<String>,
}

impl Verdict {
    pub fn new(decision: Decision, words: impl Into<String>) -> Self {
        Verdict { decision, words: words.into(), facts: Vec::new() }
    }

    /// A verdict whose words are the decision's label.
    pub fn plain(decision: Decision) -> Self {
        Verdict::new(decision, decision.label)
    }

    /// Adds a fact; its first letter is written as a capital, since it starts a bullet.
    pub fn fact(mut self, fact: impl Into<String>) -> Self {
        self.push(fact);
        self
    }

    pub fn push(&mut self, fact: impl Into<String>) {
        let fact = fact.into();
        if !fact.is_empty() {
            self.facts.push(crate::format::capitalized(&fact));
        }
    }

    /// One line for a place that holds a single text (a PDF's subject): the decision, then
    /// the facts, each as a sentence.
    pub fn sentence(&self) -> String {
        let mut out = self.words.clone();
        out.push('.');
        for f in &self.facts {
            out.push(' ');
            out.push_str(f);
            if !f.ends_with(['.', '?', '!']) {
                out.push('.');
            }
        }
        out
    }
}

impl Default for Verdict {
    fn default() -> Self {
        Verdict::new(Decision::new("", ""), "")
    }
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Verdict", 3)?;
        st.serialize_field("decision", &self.words)?;
        st.serialize_field("decision_key", self.decision.key)?;
        st.serialize_field("facts", &self.facts)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SWITCH: Decision = Decision::new("switch", "Switch");

    #[test]
    fn facts_start_with_a_capital_and_the_sentence_ends_each() {
        let v = Verdict::plain(SWITCH).fact("it saves $5/month").fact("Breaks even at 3 M.");
        assert_eq!(v.facts, ["It saves $5/month", "Breaks even at 3 M."]);
        assert_eq!(v.sentence(), "Switch. It saves $5/month. Breaks even at 3 M.");
    }
}
