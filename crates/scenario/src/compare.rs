//! Several scenarios of one calculator in one link: `/tools/<slug>/compare/?a=…&b=…[&c=…]`,
//! each slot's value the scenario's own query (as its single-scenario link writes it, caption
//! included) escaped as one component. The single-scenario link format is unchanged, so
//! a comparison is made of links that already work on their own.

use crate::{encode_component, is_site_key, Notice, Query, Scenario};
use calc_core::Calculator;

/// The slots' keys, in column order: A is the scenario the others are compared with.
pub const SLOTS: [&str; 3] = ["a", "b", "c"];

/// The slots as they are named to a reader: "scenario B".
pub const LETTERS: [&str; 3] = ["A", "B", "C"];

/// Two or three scenarios of one calculator.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub scenarios: Vec<Scenario>,
}

impl Comparison {
    /// A comparison link's scenarios as a visitor's page reads them. A link with only A
    /// (as "Compare with another scenario" starts one) gets B as a copy of A; without A the
    /// calculator's defaults stand in. Anything unusable in a slot falls back as a single
    /// link's would, its notice naming the slot.
    pub fn read(calc: &'static dyn Calculator, query: &str) -> (Comparison, Vec<Notice>) {
        let query = Query::parse(query);
        let mut notices = Vec::new();
        for (key, _) in &query.pairs {
            if !SLOTS.contains(&key.as_str()) && !is_site_key(key) {
                let problem = format!("`{key}` is not a part of a comparison; ignored");
                let for_page = format!("“{key}” is not a part of a comparison and was ignored");
                notices.push(Notice::new(key, problem, None, for_page));
            }
        }
        let mut scenarios: Vec<Scenario> = Vec::new();
        for (i, slot) in SLOTS.iter().enumerate() {
            let given = query.get(slot);
            let (scenario, slot_notices) = match given {
                Some(text) => Scenario::read(calc, text),
                None if i == 0 => Scenario::read(calc, ""),
                None if i == 1 => (scenarios[0].clone(), Vec::new()),
                None => break,
            };
            notices.extend(slot_notices.into_iter().map(|n| n.in_slot(LETTERS[i])));
            scenarios.push(scenario);
        }
        // One currency for all: the comparison's own `cur` (and `fx`), else A's.
        if query.get("cur").is_some() {
            let (rate, money) = crate::rate_of(&query);
            notices.extend(money);
            scenarios[0].rate = rate;
        }
        (Comparison::of(scenarios), notices)
    }

    /// The same, for tools and tests: any notice is an error.
    pub fn read_strict(calc: &'static dyn Calculator, query: &str) -> Result<Comparison, Vec<Notice>> {
        crate::strict(Comparison::read(calc, query))
    }

    /// The comparison's scenarios from single-scenario links' queries, in order (A first).
    /// Shown in A's currency, the comparison's one.
    pub fn of(mut scenarios: Vec<Scenario>) -> Comparison {
        if let Some(rate) = scenarios.first().map(|s| s.rate) {
            for s in &mut scenarios {
                s.rate = rate;
            }
        }
        Comparison { scenarios }
    }

    pub fn calc(&self) -> &'static dyn Calculator {
        self.scenarios[0].calc
    }

    /// The query: `a=…&b=…[&c=…]`.
    pub fn query(&self) -> String {
        self.scenarios
            .iter()
            .zip(SLOTS)
            .map(|(s, slot)| format!("{slot}={}", encode_component(&s.query())))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// `/tools/<slug>/compare/?a=…&b=…`.
    pub fn path(&self) -> String {
        format!("{}?{}", compare_page(self.calc()), self.query())
    }

    /// The full link on `origin`.
    pub fn link(&self, origin: &str) -> String {
        format!("{}{}", origin.trim_end_matches('/'), self.path())
    }

    /// A column's name: the scenario's own name, else "Scenario B".
    pub fn label(&self, index: usize) -> String {
        let title = &self.scenarios[index].caption.title;
        if title.is_empty() {
            format!("Scenario {}", LETTERS[index])
        } else {
            title.clone()
        }
    }

    /// Every column's name, A first.
    pub fn labels(&self) -> Vec<String> {
        (0..self.scenarios.len()).map(|i| self.label(i)).collect()
    }
}

/// The comparison page of a calculator: `/tools/<slug>/compare/`.
pub fn compare_page(calc: &dyn Calculator) -> String {
    format!("/tools/{}/compare/", calc.meta().slug)
}

/// Whether a link is a comparison (`/tools/<slug>/compare/?…`).
pub fn is_comparison(url: &str) -> bool {
    crate::page_key_of(url) == Some("compare")
}

impl Notice {
    fn in_slot(mut self, slot: &str) -> Notice {
        self.problem = format!("in scenario {slot}, {}", self.problem);
        self.message = format!("In scenario {slot}, {}", self.message);
        self.for_page = format!("Scenario {slot}: {}", self.for_page);
        self
    }
}
