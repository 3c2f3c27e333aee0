use crate::sensitivity::Driver;
use crate::{Decision, Field, FieldError, Headline, Inputs, Outcome, PriceSheet, Value};
use serde::Serialize;

#[derive(Debug, PartialEq, Serialize)]
pub struct SourceLink {
    pub label: &'static str,
    pub url: &'static str,
}

/// What a calculator is, for the tools index, the page head and the report.
#[derive(Debug, Serialize)]
pub struct Meta {
    /// URL path segment: `/tools/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the tools index.
    pub pitch: &'static str,
    /// The page's meta description.
    pub description: &'static str,
    /// Paragraphs explaining how the result is computed.
    pub methodology: &'static [&'static str],
    /// What holds whatever the inputs are ("switching back is allowed at any time"): shown
    /// once beside the result, never rebuilt per keystroke or mixed with the warnings the
    /// inputs trigger.
    pub caveats: &'static [&'static str],
    pub sources: &'static [SourceLink],
}

/// A named, realistic scenario: the non-default values it sets, as URL text.
#[derive(Debug, Serialize)]
pub struct Preset {
    pub key: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub values: &'static [(&'static str, &'static str)],
}

impl Preset {
    /// The preset as complete inputs: the defaults with each of its values parsed by its
    /// field. A key that is not a field, or a value its field refuses, is an error (the
    /// registry's tests check every preset).
    pub fn inputs(&self, calc: &dyn Calculator) -> Result<Inputs, FieldError> {
        let mut inputs = defaults(calc);
        for (key, raw) in self.values {
            let field = calc
                .field(key)
                .ok_or_else(|| FieldError::new(key, raw, format!("preset `{}`: not an input", self.key)))?;
            inputs.set(key, field.parse(raw)?);
        }
        Ok(inputs)
    }
}

/// A change of a calculator's fields between link versions: `apply` rewrites the raw
/// key/value pairs of a version-`from` link into version `from + 1`, so links shared
/// before a field was renamed or re-scaled still open.
pub struct Migration {
    pub from: u32,
    pub apply: fn(&mut Vec<(String, String)>),
}

/// The one contract every calculator implements. Object-safe so a registry can list them.
pub trait Calculator: Sync {
    fn meta(&self) -> &'static Meta;
    /// The single declaration of every input, in form order.
    fn fields(&self) -> &'static [Field];
    fn prices(&self) -> &'static PriceSheet;
    fn presets(&self) -> &'static [Preset];
    /// The headline figures every outcome lists, in order.
    fn headlines(&self) -> &'static [Headline];
    /// Every decision a verdict can reach.
    fn decisions(&self) -> &'static [Decision];
    /// The headline whose money decides: the figure the tornado moves.
    fn primary(&self) -> Option<Headline> {
        None
    }
    /// The inputs that drive the decision, ranked first among the flip points, with their
    /// plausible ranges for the tornado.
    fn drivers(&self) -> &'static [Driver] {
        &[]
    }
    /// Pure: inputs (complete and range-checked by `evaluate`) to an outcome. Cross-field
    /// problems come back as field errors.
    fn compute(&self, inputs: &Inputs, prices: &PriceSheet) -> Result<Outcome, Vec<FieldError>>;

    /// Link migrations, oldest first: a link of version `v` goes through every migration
    /// with `from >= v`. The current link version is `1 + migrations().len()`.
    fn migrations(&self) -> &'static [Migration] {
        &[]
    }

    fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields().iter().find(|f| f.key == key)
    }
}

/// A calculator as the template builds it: its declarations in `meta.rs` and `fields.rs`,
/// and `compute` (in `lib.rs`) reading the inputs, running the model and building the outcome.
pub struct Definition {
    pub meta: &'static Meta,
    pub fields: &'static [Field],
    pub prices: &'static PriceSheet,
    pub presets: &'static [Preset],
    pub headlines: &'static [Headline],
    pub decisions: &'static [Decision],
    /// The headline whose money decides (the tornado moves it).
    pub primary: Option<Headline>,
    /// The inputs that drive the decision, ranked first among the flip points.
    pub drivers: &'static [Driver],
    pub migrations: &'static [Migration],
    pub compute: fn(&Inputs, &PriceSheet) -> Result<Outcome, Vec<FieldError>>,
}

impl Calculator for Definition {
    fn meta(&self) -> &'static Meta {
        self.meta
    }
    fn fields(&self) -> &'static [Field] {
        self.fields
    }
    fn prices(&self) -> &'static PriceSheet {
        self.prices
    }
    fn presets(&self) -> &'static [Preset] {
        self.presets
    }
    fn headlines(&self) -> &'static [Headline] {
        self.headlines
    }
    fn decisions(&self) -> &'static [Decision] {
        self.decisions
    }
    fn primary(&self) -> Option<Headline> {
        self.primary
    }
    fn drivers(&self) -> &'static [Driver] {
        self.drivers
    }
    fn compute(&self, inputs: &Inputs, prices: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
        (self.compute)(inputs, prices)
    }
    fn migrations(&self) -> &'static [Migration] {
        self.migrations
    }
}

/// Every field at its declared default.
pub fn defaults(calc: &dyn Calculator) -> Inputs {
    let mut inputs = Inputs::new();
    for field in calc.fields() {
        inputs.set(field.key, field.default_value(calc.prices()));
    }
    inputs
}

/// `inputs` over the defaults: every field set, as the form shows it and a report lists it.
pub fn complete(calc: &dyn Calculator, inputs: &Inputs) -> Inputs {
    let mut all = defaults(calc);
    for (key, value) in inputs.iter() {
        all.set(key, value.clone());
    }
    all
}

/// The only way channels run a model: fills missing fields with defaults, re-checks every
/// value against its declaration, computes, and refuses a non-finite result rather than
/// showing NaN.
pub fn evaluate(calc: &dyn Calculator, inputs: &Inputs) -> Result<Outcome, Vec<FieldError>> {
    let mut complete = defaults(calc);
    let mut errors = Vec::new();
    for (key, value) in inputs.iter() {
        let Some(field) = calc.field(key) else {
            errors.push(FieldError::new(key, "", "is not an input of this calculator"));
            continue;
        };
        let ok = match value {
            Value::Auto => matches!(field.kind, crate::FieldKind::Auto { .. }),
            other => field.parse(&field.write(other)).is_ok_and(|v| &v == other),
        };
        if ok {
            complete.set(key, value.clone());
        } else {
            let given = field.write(value);
            let problem = field.parse(&given).err().map(|e| e.problem);
            errors.push(FieldError::new(
                key,
                &given,
                problem.unwrap_or_else(|| format!("is not allowed ({})", field.allowed())),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut outcome = calc.compute(&complete, calc.prices())?;
    outcome.settle_precision();
    if outcome.all_finite() {
        Ok(outcome)
    } else {
        Err(vec![FieldError::new(
            "",
            "",
            "these inputs produce a result that cannot be represented; please check extreme values",
        )])
    }
}

/// A calculator's prose that only a pre-rendered page, the report and the CLI show: a field's
/// help, and `Meta`'s pitch, description, methodology and caveats. The browser's page build
/// (feature `page-wasm`, which the site's `client` turns on) takes them over from the HTML
/// already on the page, so there they are left out: 2–3 KB gzip of every page's wasm.
#[cfg(not(feature = "page-wasm"))]
#[macro_export]
macro_rules! prose {
    (&[$($paragraph:expr),* $(,)?]) => { &[$($paragraph),*] };
    ($text:expr) => { $text };
}

/// A calculator's prose (see the other build's `prose!`): empty in the page's wasm.
#[cfg(feature = "page-wasm")]
#[macro_export]
macro_rules! prose {
    // Each text is still evaluated (and so still type-checked and used) at compile time.
    (&[$($paragraph:expr),* $(,)?]) => {{
        let _ = [$($paragraph),*];
        &[]
    }};
    ($text:expr) => {{
        let _ = $text;
        ""
    }};
}

/// A calculator crate's `CALCULATOR` as the template builds it (ARCHITECTURE.md): its prices
/// (`prices.toml`, compiled by its build script), the declarations of `meta`, `fields`,
/// `outcome` and `words`, and `compute` = `fields::read` → `model::compute` →
/// `outcome::build`. The crate names what differs: its primary headline, its decision drivers
/// and, when a key was renamed, its link migrations.
#[macro_export]
macro_rules! calculator {
    (primary: $primary:expr, drivers: [$($driver:expr),* $(,)?] $(, migrations: $migrations:expr)? $(,)?) => {
        include!(concat!(env!("OUT_DIR"), "/prices.rs"));

        pub static CALCULATOR: $crate::Definition = $crate::Definition {
            meta: &meta::META,
            fields: fields::FIELDS,
            prices: &PRICES,
            presets: meta::PRESETS,
            headlines: outcome::HEADLINES,
            decisions: words::DECISIONS,
            primary: Some($primary),
            drivers: &[$($driver),*],
            migrations: $crate::calculator!(@migrations $($migrations)?),
            compute,
        };

        fn compute(
            inputs: &$crate::Inputs,
            prices: &$crate::PriceSheet,
        ) -> Result<$crate::Outcome, Vec<$crate::FieldError>> {
            let read = fields::read(inputs, prices)?;
            let result = model::compute(&read.model);
            Ok(outcome::build(&read, &result))
        }
    };
    (@migrations $migrations:expr) => { $migrations };
    (@migrations) => { &[] };
}
