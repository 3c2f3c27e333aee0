//! Inputs <-> URL query string, generic over a calculator's field declarations.
//!
//! Links are a public interface: only non-default values are written (short links), numbers
//! in their shortest exact form, and a version key `v` (absent means 1) lets a later change
//! of a field still read old links through the calculator's migrations. Decoding never
//! fails: every bad value is replaced by its default and named in a polite notice.

pub mod compare;
mod percent;
mod query;

pub use percent::encode_component;
pub use query::Query;

use calc_core::currency::{Basis, Currency, Rate, GIVEN_RANGE};
use calc_core::{defaults, format, Calculator, Inputs, Value};

/// Keys that say how a page looks (an embed's colours, the currency amounts are shown in), not
/// what it computes.
const DISPLAY_KEYS: &[&str] = &["theme", "inputs", "bg", "frame", "cur", "fx"];

/// Keys the site reads itself (the link's version, its caption, the display keys, and on a
/// calculator page that edits a scenario of a comparison, that comparison's query and the
/// scenario's slot: `compare`, `slot`); they are not inputs and raise no notice.
pub fn is_site_key(key: &str) -> bool {
    ["v", "title", "note", "compare", "slot"].contains(&key) || DISPLAY_KEYS.contains(&key)
}

/// A link longer than this is read only up to here.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
const MAX_SHOWN_VALUE: usize = 40;

/// Something in a link that was not used as given. Plain text, never markup.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: String,
    /// What is wrong, e.g. "`storage_gb=-5` is out of range (0–1,000,000 GB)".
    pub problem: String,
    /// What was used instead ("100 GB"), when a default replaced the value.
    pub fallback: Option<String>,
    /// The sentence for the terminal: problem and fallback together, naming the URL key.
    pub message: String,
    /// The sentence the page shows: the input by its label, no URL syntax.
    pub for_page: String,
}

impl Notice {
    fn new(key: &str, problem: String, fallback: Option<String>, for_page: String) -> Self {
        let end = |text: String| match &fallback {
            Some(f) => format!("{text}; using {f}."),
            None => format!("{text}."),
        };
        Notice {
            key: key.to_string(),
            message: end(problem.clone()),
            for_page: end(for_page),
            problem,
            fallback,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub inputs: Inputs,
    pub notices: Vec<Notice>,
}

/// The query part of a full URL, a path with a query, or a bare query.
pub fn query_of(url: &str) -> &str {
    let without_fragment = url.split('#').next().unwrap_or("");
    match without_fragment.split_once('?') {
        Some((_, q)) => q,
        None if without_fragment.contains('=') && !without_fragment.contains('/') => without_fragment,
        None => "",
    }
}

/// Read a query string into complete inputs (defaults for everything not given or refused).
pub fn decode(calc: &dyn Calculator, query: &str) -> Decoded {
    decode_query(calc, &Query::parse(query))
}

fn decode_query(calc: &dyn Calculator, query: &Query) -> Decoded {
    let mut notices = Vec::new();
    if query.truncated {
        let problem =
            format!("The link is unusually long; only its first {} KB were read", MAX_QUERY_BYTES / 1024);
        notices.push(Notice::new("", problem.clone(), None, problem));
    }
    let mut pairs = query.pairs.clone();

    let version = pairs.iter().find(|(k, _)| k == "v").map(|(_, v)| v.trim().parse::<u32>().ok());
    let current = current_version(calc);
    let version = match version {
        None => 1,
        Some(Some(v)) if (1..=current).contains(&v) => v,
        Some(_) => {
            let problem = "This link's version is not one this page knows".to_string();
            notices.push(Notice::new("v", problem.clone(), Some(format!("version {current}")), problem));
            current
        }
    };
    for migration in calc.migrations().iter().filter(|m| m.from >= version) {
        (migration.apply)(&mut pairs);
    }

    let mut inputs = defaults(calc);
    let mut seen: Vec<String> = Vec::new();
    for (key, raw) in pairs {
        if is_site_key(&key) {
            continue;
        }
        let Some(field) = calc.field(&key) else {
            let problem = format!("`{}` is not an input of this calculator; ignored", shorten(&key));
            let for_page = format!("“{}” is not an input of this calculator and was ignored", shorten(&key));
            notices.push(Notice::new(&key, problem, None, for_page));
            continue;
        };
        if seen.contains(&key) {
            let problem = format!("`{key}` appears more than once; the first value was used");
            let for_page =
                format!("{} appears more than once in the link; the first value was used", field.label);
            notices.push(Notice::new(&key, problem, None, for_page));
            continue;
        }
        seen.push(key.clone());
        match field.parse(&raw) {
            Ok(value) => inputs.set(field.key, value),
            Err(err) => {
                let fallback = field.display(&defaults(calc));
                let problem = format!("`{}={}` {}", key, shorten(&raw), err.problem);
                let for_page = format!("{}: “{}” {}", field.label, shorten(&raw), err.problem);
                notices.push(Notice::new(&key, problem, Some(fallback), for_page));
            }
        }
    }
    Decoded { inputs, notices }
}

/// Read a query string strictly, for tools and tests rather than visitors: anything the page
/// would have replaced by a default (an unknown key, a bad or duplicated value) is an error.
pub fn decode_strict(calc: &dyn Calculator, query: &str) -> Result<Inputs, Vec<Notice>> {
    let decoded = decode(calc, query);
    if decoded.notices.is_empty() {
        Ok(decoded.inputs)
    } else {
        Err(decoded.notices)
    }
}

/// Write the inputs that differ from the defaults, in declaration order: deterministic and short.
pub fn encode(calc: &dyn Calculator, inputs: &Inputs) -> String {
    let base = defaults(calc);
    let mut parts = Vec::new();
    let version = current_version(calc);
    if version > 1 {
        parts.push(format!("v={version}"));
    }
    for field in calc.fields() {
        let Some(value) = inputs.get(field.key) else { continue };
        if Some(value) == base.get(field.key) || *value == Value::Auto {
            continue;
        }
        parts.push(format!("{}={}", field.key, encode_component(&field.write(value))));
    }
    parts.join("&")
}

/// `/tools/<slug>/?<query>` for the inputs: the page's canonical path, which a static host
/// serves without a redirect.
pub fn tools_path(calc: &dyn Calculator, inputs: &Inputs) -> String {
    tools_path_captioned(calc, inputs, &Caption::default())
}

/// What a person calls a scenario ("Orders cluster, eu-west-1") and a note on it: plain text
/// carried in the link as `title` and `note`, shown escaped on the page and printed at the top
/// of the report. Bounded so a link stays shareable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Caption {
    pub title: String,
    pub note: String,
}

pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_NOTE_CHARS: usize = 300;

impl Caption {
    /// Typed or linked text made safe to carry: control characters and repeated whitespace
    /// become single spaces, the ends are trimmed, and anything past `max` characters is cut.
    pub fn clean(text: &str, max: usize) -> String {
        let spaced: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let words: Vec<&str> = spaced.split_whitespace().collect();
        words.join(" ").chars().take(max).collect()
    }

    pub fn new(title: &str, note: &str) -> Caption {
        Caption { title: Caption::clean(title, MAX_TITLE_CHARS), note: Caption::clean(note, MAX_NOTE_CHARS) }
    }

    /// The caption a link carries (the first `title` and `note`), with a notice when either
    /// was cut to its bound.
    pub fn from_query(query: &Query) -> (Caption, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut read = |key: &str, what: &str, max: usize| {
            let raw = Caption::clean(query.get(key).unwrap_or_default(), usize::MAX);
            if raw.chars().count() > max {
                let problem = format!("{what} is longer than {max} characters and was cut");
                notices.push(Notice::new(key, problem.clone(), None, problem));
            }
            raw.chars().take(max).collect()
        };
        let title = read("title", "The scenario name", MAX_TITLE_CHARS);
        let note = read("note", "The note", MAX_NOTE_CHARS);
        (Caption { title, note }, notices)
    }

    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.note.is_empty()
    }

    /// `query` with `title=…&note=…` after the inputs (nothing added for an empty caption).
    pub fn append_to(&self, query: &str) -> String {
        let mut parts: Vec<String> = (!query.is_empty()).then(|| query.to_string()).into_iter().collect();
        for (key, text) in [("title", &self.title), ("note", &self.note)] {
            if !text.is_empty() {
                parts.push(format!("{key}={}", encode_component(text)));
            }
        }
        parts.join("&")
    }
}

/// `/tools/<slug>/?<query>` for the inputs and the scenario's caption: the canonical path
/// (the one the page's `<link rel="canonical">` names), so a shared link opens without a
/// redirect from `/tools/<slug>` to `/tools/<slug>/`.
pub fn tools_path_captioned(calc: &dyn Calculator, inputs: &Inputs, caption: &Caption) -> String {
    tools_path_shown(calc, inputs, &Rate::USD, caption)
}

/// The same in a currency: `/tools/<slug>/?<inputs>&cur=EUR[&fx=0.93]&title=…`.
pub fn tools_path_shown(calc: &dyn Calculator, inputs: &Inputs, rate: &Rate, caption: &Caption) -> String {
    let query = write_query(calc, inputs, rate, caption);
    let slug = calc.meta().slug;
    if query.is_empty() {
        format!("/tools/{slug}/")
    } else {
        format!("/tools/{slug}/?{query}")
    }
}

/// A scenario's query: its inputs (in dollars, as the model takes them), its currency, its caption.
pub fn write_query(calc: &dyn Calculator, inputs: &Inputs, rate: &Rate, caption: &Caption) -> String {
    let mut query = encode(calc, inputs);
    let money = currency_query(rate);
    if !money.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&money);
    }
    caption.append_to(&query)
}

/// `cur=EUR`, with `&fx=0.93` for a reader's own rate; nothing for US dollars.
pub fn currency_query(rate: &Rate) -> String {
    match rate.basis {
        Basis::Identity => String::new(),
        Basis::Reference { .. } => format!("cur={}", rate.currency.code()),
        Basis::Given => format!("cur={}&fx={}", rate.currency.code(), format::plain(rate.per_usd)),
    }
}

/// The currency a link asks for (`cur`, and `fx` for a rate of the reader's own): the
/// reference rate when `fx` is absent; US dollars, with a notice, for what cannot be used.
pub fn rate_of(query: &Query) -> (Rate, Vec<Notice>) {
    let mut notices = Vec::new();
    let codes = Currency::ALL.map(Currency::code).join(", ");
    let currency = match query.get("cur") {
        None => Currency::Usd,
        Some(code) => Currency::from_code(code).unwrap_or_else(|| {
            let problem = format!("`cur={}` is not a currency this page offers ({codes})", shorten(code));
            let for_page = format!("“{}” is not a currency this page offers ({codes})", shorten(code));
            notices.push(Notice::new("cur", problem, Some("US dollars".into()), for_page));
            Currency::Usd
        }),
    };
    let rate = match query.get("fx") {
        None => Rate::reference(currency),
        Some(raw) if currency == Currency::Usd => {
            let problem = format!("`fx={}` has no currency to convert to (`cur`); ignored", shorten(raw));
            let for_page = "The link gives an exchange rate without a currency; it was ignored".to_string();
            notices.push(Notice::new("fx", problem, None, for_page));
            Rate::USD
        }
        Some(raw) => match Rate::read_given(currency, raw) {
            Some(rate) => rate,
            None => {
                let (low, high) = GIVEN_RANGE;
                let range = format!(
                    "a number of {} per US dollar, {}–{}",
                    currency.code(),
                    format::plain(low),
                    format::plain(high)
                );
                let problem = format!("`fx={}` is not {range}", shorten(raw));
                let for_page = format!("The exchange rate “{}” is not {range}", shorten(raw));
                notices.push(Notice::new("fx", problem, Some("the reference rate".into()), for_page));
                Rate::reference(currency)
            }
        },
    };
    (rate, notices)
}

/// One scenario: a calculator, its complete inputs, the currency it is read in and the caption
/// a person gave it. Read once from a link; the page, the report, the CSV and the CLI all take it.
#[derive(Clone)]
pub struct Scenario {
    pub calc: &'static dyn Calculator,
    pub inputs: Inputs,
    /// The currency amounts are shown in (inputs and models stay in dollars).
    pub rate: Rate,
    pub caption: Caption,
}

impl std::fmt::Debug for Scenario {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scenario")
            .field("calc", &self.calc.meta().slug)
            .field("inputs", &self.inputs)
            .field("rate", &self.rate)
            .field("caption", &self.caption)
            .finish()
    }
}

/// What was read, or its notices when there are any (the `read_strict`s of tools and tests).
pub(crate) fn strict<T>((read, notices): (T, Vec<Notice>)) -> Result<T, Vec<Notice>> {
    if notices.is_empty() {
        Ok(read)
    } else {
        Err(notices)
    }
}

impl Scenario {
    /// A link's scenario as a visitor's page reads it: anything unusable falls back to a
    /// default and is named in a notice.
    pub fn read(calc: &'static dyn Calculator, query: &str) -> (Scenario, Vec<Notice>) {
        let query = Query::parse(query);
        let mut decoded = decode_query(calc, &query);
        let (rate, money) = rate_of(&query);
        decoded.notices.extend(money);
        let (caption, cut) = Caption::from_query(&query);
        decoded.notices.extend(cut);
        (Scenario { calc, inputs: decoded.inputs, rate, caption }, decoded.notices)
    }

    /// The same, for tools and tests: any notice is an error.
    pub fn read_strict(calc: &'static dyn Calculator, query: &str) -> Result<Scenario, Vec<Notice>> {
        strict(Scenario::read(calc, query))
    }

    /// `/tools/<slug>/?<query>`, the caption after the inputs.
    pub fn path(&self) -> String {
        tools_path_shown(self.calc, &self.inputs, &self.rate, &self.caption)
    }

    /// The query: inputs, currency, caption.
    pub fn query(&self) -> String {
        write_query(self.calc, &self.inputs, &self.rate, &self.caption)
    }

    /// How its amounts are written in a report or the terminal: its currency, neutral marks.
    pub fn presentation(&self) -> format::Presentation {
        format::Presentation::at(self.rate)
    }

    /// The full link on `origin` (`https://your.site`).
    pub fn link(&self, origin: &str) -> String {
        format!("{}{}", origin.trim_end_matches('/'), self.path())
    }
}

/// The calculator slug of a tools or embed path (`/tools/aurora-io?x=1` -> `aurora-io`).
pub fn slug_of(url: &str) -> Option<&str> {
    page_of(url).map(|(slug, _)| slug)
}

/// A scenario page's key: `oltp` in `/tools/aurora-io/oltp/` (a preset's page, or one a site
/// owner added), or `None` for a calculator's own page.
pub fn page_key_of(url: &str) -> Option<&str> {
    page_of(url).and_then(|(_, key)| key)
}

fn page_of(url: &str) -> Option<(&str, Option<&str>)> {
    let path = url.split(['?', '#']).next()?;
    let path =
        path.split_once("://").map(|(_, rest)| rest.split_once('/').map_or("", |(_, p)| p)).unwrap_or(path);
    let mut segments = path.trim_matches('/').split('/').filter(|s| *s != "index.html");
    let first = segments.next()?;
    let slug = match first {
        "tools" | "embed" => segments.next()?,
        _ => return None,
    };
    let key = segments.next();
    (!slug.is_empty() && segments.next().is_none()).then_some((slug, key))
}

/// Whether a link's query says anything of the scenario: on a scenario page's address, a
/// query that does replaces the page's scenario (as any link restores every input); one with
/// only display keys keeps it.
pub fn carries_scenario(query: &str) -> bool {
    Query::parse(query).pairs.iter().any(|(key, _)| !DISPLAY_KEYS.contains(&key.as_str()))
}

/// The version written into new links: 1 + the number of migrations.
pub fn current_version(calc: &dyn Calculator) -> u32 {
    1 + calc.migrations().len() as u32
}

fn shorten(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_SHOWN_VALUE {
        let head: String = clean.chars().take(MAX_SHOWN_VALUE).collect();
        format!("{head}…")
    } else {
        clean
    }
}
