//! The result of a calculation as plain data. The site renders it as cards, tables and
//! charts; the report renders the same value as a PDF; the CLI prints it. So a result can
//! never differ between channels.

use crate::unit::Style;
use crate::{format, Price, SourceLink, Unit, Verdict};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Outcome {
    /// The decision a reader acts on and the facts behind it.
    pub verdict: Verdict,
    #[serde(serialize_with = "headlines_as_object")]
    pub headlines: Vec<Figure>,
    pub tables: Vec<Table>,
    pub charts: Vec<Chart>,
    pub warnings: Vec<Warning>,
    pub assumptions: Vec<Assumption>,
    /// Context that is not a warning (e.g. a vendor's "up to" claim, shown as context only).
    pub notes: Vec<String>,
    /// Where to go next with this result: another page of the site, opened with a link that
    /// carries a figure from this one (e.g. an effort estimate into a savings calculator).
    pub next_steps: Vec<NextStep>,
    /// The number each input left on auto was evaluated with (a price from the sheet, or one
    /// derived from another input), in its field's unit: the CSV's value column for it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub auto_values: Vec<AutoValue>,
}

/// An input left on auto and the number the calculation used for it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AutoValue {
    pub key: &'static str,
    pub value: f64,
}

impl AutoValue {
    pub const fn new(key: &'static str, value: f64) -> Self {
        AutoValue { key, value }
    }
}

/// A link to another page of the site that carries this result: `href` is site-relative
/// (`/tools/oracle-pg?red_items=46.5&hours_per_item=7`), `label` says what it opens and what it
/// carries. Renderers show it as a link (the page) or as the label and the full address (PDF, CLI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub label: String,
    pub href: String,
}

/// A headline figure a calculator shows, declared once (`HEADLINES` in its `outcome.rs`):
/// its key in links to figures, JSON and CSV, the label on its card, and its unit. Every
/// outcome lists exactly its calculator's headlines, in declaration order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headline {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
}

impl Headline {
    pub const fn new(key: &'static str, label: &'static str, unit: Unit) -> Self {
        Headline { key, label, unit }
    }

    /// This headline's figure at `value`.
    pub fn of(&self, value: f64) -> Figure {
        Figure::new(self.key, self.label, value, self.unit)
    }

    /// This headline with no number, shown as `display` (e.g. "not within 3 years").
    pub fn none(&self, display: &str) -> Figure {
        Figure::none(self.key, self.label, self.unit, display)
    }

    /// This headline where it does not apply to the scenario, shown as `display` ("no
    /// migration planned"): a page shows it as a muted line, not a card among the answers.
    pub fn not_applicable(&self, display: &str) -> Figure {
        Figure { applies: false, ..self.none(display) }
    }
}

/// A headline figure. `value` is `None` when there is no meaningful number
/// (e.g. "does not pay back within 3 years").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub key: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub unit: Unit,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The value as every channel shows it.
    pub display: String,
    /// What the low–high range represents.
    pub range_basis: Option<String>,
    pub math: Option<Math>,
    /// The period a total covers, in words ("over 5 years", "one-time"): every amount of
    /// money that is not per month or per year says it, and the report prints it beside the
    /// figure on its first page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Decimals of a money figure, set once for all the figures of a view.
    #[serde(skip)]
    pub money_decimals: Option<usize>,
    /// A difference read in words: "saves $26.38/month" or "costs $26.38/month more", never
    /// "saving −$26.38".
    #[serde(skip)]
    pub change: bool,
    /// False where the figure does not apply to the scenario (`Headline::not_applicable`).
    #[serde(skip)]
    pub applies: bool,
}

impl Figure {
    fn new(key: &'static str, label: &'static str, value: f64, unit: Unit) -> Self {
        Figure {
            key,
            label,
            value: Some(value),
            unit,
            low: None,
            high: None,
            display: format::value(value, unit),
            range_basis: None,
            math: None,
            period: None,
            money_decimals: None,
            change: false,
            applies: true,
        }
    }

    /// A difference between two options, shown as "saves X" or "costs X more".
    pub fn change(mut self) -> Self {
        self.change = true;
        self.display = self.shown(self.value.unwrap_or_default());
        self
    }

    fn text(&self, value: f64) -> String {
        match self.money_decimals {
            Some(d) => format::value_at(value, self.unit, d),
            None => format::value(value, self.unit),
        }
    }

    /// The value as the card shows it (a range keeps signed numbers).
    fn shown(&self, value: f64) -> String {
        match self.change {
            true if self.text(value.abs()) == self.text(0.0) => "no difference".to_string(),
            true if value < 0.0 => format!("costs {} more", self.text(-value)),
            true => format!("saves {}", self.text(value)),
            false => self.text(value),
        }
    }

    fn none(key: &'static str, label: &'static str, unit: Unit, display: &str) -> Self {
        Figure { value: None, display: display.to_string(), ..Figure::new(key, label, 0.0, unit) }
    }

    pub fn range(mut self, low: f64, high: f64, basis: impl Into<String>) -> Self {
        self.low = Some(low.min(high));
        self.high = Some(low.max(high));
        self.range_basis = Some(basis.into());
        self
    }

    /// The period the total covers, in words: "over 5 years", "one-time".
    pub fn over(mut self, period: impl Into<String>) -> Self {
        self.period = Some(period.into());
        self
    }

    /// An amount of money in USD, not per month, year or unit: a total, which says its period.
    pub fn is_total(&self) -> bool {
        self.unit == Unit::USD && self.value.is_some()
    }

    pub fn math(mut self, formula: impl Into<String>, substituted: impl Into<String>) -> Self {
        self.math = Some(Math { formula: formula.into(), substituted: substituted.into() });
        self
    }

    /// Whether the figure says something about this scenario: false where it does not apply
    /// ("no migration planned") or where a difference is none ("no difference").
    pub fn applies(&self) -> bool {
        self.applies && !(self.change && self.value.is_some_and(|v| self.text(v.abs()) == self.text(0.0)))
    }

    /// "$1,100 to $1,380/month" style text for the range; none when both ends read the same.
    /// A difference says its range in the headline's own words, never as a signed range
    /// whose ends read the opposite way: "between saving $3.62 and costing $56.38 a month".
    pub fn range_display(&self) -> Option<String> {
        let (low, high) = (self.low?, self.high?);
        if self.text(low) == self.text(high) {
            return None;
        }
        if !self.change {
            return Some(format!("{} to {}", self.text(low), self.text(high)));
        }
        // An end without its period ("$3.62"), the period said once at the end ("a month").
        let (amount, per) = match self.unit.style {
            Style::MoneyPer(period) => (Unit::USD, format!(" a {period}")),
            _ => (self.unit, String::new()),
        };
        let text = |v: f64| match self.money_decimals {
            Some(d) => format::value_at(v, amount, d),
            None => format::value(v, amount),
        };
        let zero = |v: f64| text(v.abs()) == text(0.0);
        let words = match (low, high) {
            // Both ends save: the smaller saving first.
            (l, h) if l >= 0.0 || zero(l) => match zero(l) {
                true => format!("between no difference and saving {}", text(h)),
                false => format!("between saving {} and {}", text(l), text(h)),
            },
            // Both ends cost more: the smaller cost first.
            (l, h) if h <= 0.0 || zero(h) => match zero(h) {
                true => format!("between no difference and costing {} more", text(-l)),
                false => format!("between costing {} and {} more", text(-h), text(-l)),
            },
            // The range crosses zero: the saving end, then the cost end.
            (l, h) => format!("between saving {} and costing {}", text(h), text(-l)),
        };
        Some(format!("{words}{per}"))
    }

    /// The range as a line under the figure: "Range $1,100 to $1,380/month", or a
    /// difference's own words, "Between saving $3.62 and costing $56.38 a month".
    pub fn range_line(&self) -> Option<String> {
        let range = self.range_display()?;
        Some(match self.change {
            true => format!("B{}", &range[1..]),
            false => format!("Range {range}"),
        })
    }
}

/// "Show the math": the formula in words, then with the user's numbers substituted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Math {
    pub formula: String,
    pub substituted: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub key: &'static str,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// What a row is, so renderers never guess it from its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    Data,
    /// A sum of the data rows above it (set in bold).
    Total,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub kind: RowKind,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn data(cells: Vec<Cell>) -> Self {
        Row { kind: RowKind::Data, cells }
    }
    pub fn total(cells: Vec<Cell>) -> Self {
        Row { kind: RowKind::Total, cells }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub label: String,
    pub unit: Unit,
}

impl Table {
    /// The cells of a row as text, each money column at one precision down its length (unit
    /// prices at the decimals the most precise of them needs).
    pub fn row_texts(&self, row: &Row) -> Vec<String> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, col)| match row.cells.get(i) {
                Some(Cell::Num(n)) if col.unit.is_rate() => {
                    format::rate_at(*n, format::rate_decimals(self.numbers(i)))
                }
                Some(Cell::Num(n)) if col.unit.is_money() => {
                    format::value_at(*n, col.unit, self.money_decimals(i))
                }
                Some(cell) => cell.display(col.unit),
                None => String::new(),
            })
            .collect()
    }

    fn money_decimals(&self, column: usize) -> usize {
        format::money_decimals(self.numbers(column))
    }

    fn numbers(&self, column: usize) -> impl Iterator<Item = f64> + '_ {
        self.rows.iter().filter_map(move |r| match r.cells.get(column) {
            Some(Cell::Num(n)) => Some(*n),
            _ => None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Num(f64),
}

impl Cell {
    pub fn display(&self, unit: Unit) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Num(n) => format::value(*n, unit),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chart {
    pub key: &'static str,
    pub title: String,
    pub x: Axis,
    pub y: Axis,
    pub series: Vec<Series>,
    pub markers: Vec<Marker>,
    /// Empty for a chart over a numeric `x`. Otherwise a bar chart: each series holds one value
    /// per category (`y[k]` for `categories[k]`), drawn as horizontal bars against `y`'s unit,
    /// so long category names stay readable on a phone.
    pub categories: Vec<String>,
}

impl Outcome {
    /// The outcome's numbers in the currency in force (`format::presenting`), for a channel that
    /// writes numbers rather than text (`cost eval --json`): money figures, their ranges, money
    /// table cells and charts converted at its rate. Texts were written in it already.
    pub fn shown(&self) -> Outcome {
        let rate = format::rate_in_force();
        let mut o = self.clone();
        if rate.is_usd() {
            return o;
        }
        for f in o.headlines.iter_mut().filter(|f| f.unit.is_money()) {
            for v in [&mut f.value, &mut f.low, &mut f.high].into_iter().flatten() {
                *v = rate.from_usd(*v);
            }
        }
        for t in &mut o.tables {
            let money: Vec<bool> = t.columns.iter().map(|c| c.unit.is_money()).collect();
            for row in &mut t.rows {
                for (cell, money) in row.cells.iter_mut().zip(&money) {
                    if let (Cell::Num(n), true) = (cell, money) {
                        *n = rate.from_usd(*n);
                    }
                }
            }
        }
        o.charts = o.charts.iter().map(Chart::shown).collect();
        o
    }
}

impl Chart {
    pub fn is_bars(&self) -> bool {
        !self.categories.is_empty()
    }

    /// The chart as drawn in the currency in force (`format::presenting`): money axes'
    /// values converted at its rate and "USD" in their titles named by its code, so ticks
    /// fall on round amounts of the reader's currency.
    pub fn shown(&self) -> Chart {
        let rate = format::rate_in_force();
        if rate.is_usd() {
            return self.clone();
        }
        let mut chart = self.clone();
        let (x_money, y_money) = (chart.x.unit.is_money(), chart.y.unit.is_money());
        let convert = |v: &mut f64, money: bool| {
            if money {
                *v = rate.from_usd(*v);
            }
        };
        for s in &mut chart.series {
            s.x.iter_mut().for_each(|v| convert(v, x_money));
            s.y.iter_mut().for_each(|v| convert(v, y_money));
        }
        for m in &mut chart.markers {
            convert(&mut m.x, x_money);
            convert(&mut m.y, y_money);
        }
        for axis in [&mut chart.x, &mut chart.y] {
            axis.label = axis.shown_label();
        }
        chart
    }
}

impl Axis {
    /// The axis's title in the currency in force ("EUR/month" for a money axis in "USD/month").
    pub fn shown_label(&self) -> String {
        if self.unit.is_money() {
            format::naming(&self.label, format::rate_in_force().currency).into_owned()
        } else {
            self.label.clone()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Axis {
    pub label: String,
    pub unit: Unit,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    pub x: Vec<f64>,
    pub y: Vec<f64>,
    /// Step lines (costs paid in lumps) are drawn as stairs.
    pub step: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Marker {
    pub label: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Level {
    Info,
    Caution,
}

/// A caveat shown beside the result it qualifies, tied to the inputs that trigger it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub level: Level,
    pub message: String,
    pub fields: Vec<&'static str>,
}

impl Warning {
    pub fn caution(message: impl Into<String>, fields: &[&'static str]) -> Self {
        Warning { level: Level::Caution, message: message.into(), fields: fields.to_vec() }
    }
    pub fn info(message: impl Into<String>, fields: &[&'static str]) -> Self {
        Warning { level: Level::Info, message: message.into(), fields: fields.to_vec() }
    }
}

/// Where a number the result rests on comes from. Renderers match on it: only `Sheet`,
/// `Sheets` and `Document` carry a link.
#[derive(Clone, Debug, PartialEq)]
pub enum Provenance {
    /// A dated, sourced price from the calculator's sheet.
    Sheet(&'static Price),
    /// A sum or product of several sheet prices (e.g. compute + licence meter).
    Sheets(Vec<&'static Price>),
    /// A published rule or document (not a price).
    Document(&'static SourceLink),
    /// Typed by the user (or an input left at its default).
    Input,
    /// Computed from other values; the text says how: "price per instance-hour × uplift".
    Derived(String),
}

impl Provenance {
    /// The prices it cites, oldest first.
    pub fn prices(&self) -> Vec<&'static Price> {
        let mut prices = match self {
            Provenance::Sheet(p) => vec![*p],
            Provenance::Sheets(ps) => ps.clone(),
            _ => Vec::new(),
        };
        crate::sort_small_by(&mut prices, |a, b| a.as_of < b.as_of);
        prices
    }

    /// The oldest as-of date it cites, if it cites a price.
    pub fn as_of(&self) -> Option<crate::Date> {
        self.prices().first().map(|p| p.as_of)
    }

    /// Plain text for a cell that cannot hold a link: "your input", the derivation, or the
    /// cited URLs.
    pub fn text(&self) -> String {
        match self {
            Provenance::Input => "your input".to_string(),
            Provenance::Derived(how) => how.clone(),
            Provenance::Document(link) => link.url.to_string(),
            Provenance::Sheet(_) | Provenance::Sheets(_) => {
                self.prices().iter().map(|p| p.source).collect::<Vec<_>>().join(" ; ")
            }
        }
    }
}

impl Serialize for Provenance {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Provenance", 3)?;
        let (kind, urls): (&str, Vec<&str>) = match self {
            Provenance::Sheet(_) | Provenance::Sheets(_) => {
                let kind =
                    if self.prices().iter().all(|p| p.rule) { "published rule" } else { "price sheet" };
                (kind, self.prices().iter().map(|p| p.source).collect())
            }
            Provenance::Document(link) => ("document", vec![link.url]),
            Provenance::Input => ("your input", Vec::new()),
            Provenance::Derived(_) => ("derived", Vec::new()),
        };
        st.serialize_field("kind", kind)?;
        st.serialize_field("urls", &urls)?;
        st.serialize_field("text", &self.text())?;
        st.end()
    }
}

/// A number the result rests on, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// The input that sets or overrides it, if any.
    pub key: Option<&'static str>,
    pub label: String,
    pub display: String,
    pub provenance: Provenance,
    /// True when the user replaced the sheet's default.
    pub overridden: bool,
}

impl Assumption {
    /// A value the user typed, or an input left at its default.
    pub fn input(key: &'static str, label: impl Into<String>, display: String, overridden: bool) -> Self {
        Assumption { key: Some(key), label: label.into(), display, provenance: Provenance::Input, overridden }
    }

    /// A price that is either the sheet's (cited) or the user's override of it.
    pub fn price(key: &'static str, label: impl Into<String>, display: String, origin: Provenance) -> Self {
        let overridden = origin == Provenance::Input;
        Assumption { key: Some(key), label: label.into(), display, provenance: origin, overridden }
    }

    /// A value computed from others, explained in words.
    pub fn derived(label: impl Into<String>, display: String, how: impl Into<String>) -> Self {
        Assumption {
            key: None,
            label: label.into(),
            display,
            provenance: Provenance::Derived(how.into()),
            overridden: false,
        }
    }

    /// A rule from a published document.
    pub fn rule(
        key: Option<&'static str>,
        label: impl Into<String>,
        display: String,
        doc: &'static SourceLink,
    ) -> Self {
        Assumption {
            key,
            label: label.into(),
            display,
            provenance: Provenance::Document(doc),
            overridden: false,
        }
    }
}

fn headlines_as_object<S: Serializer>(figures: &[Figure], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(figures.len()))?;
    for f in figures {
        map.serialize_entry(f.key, f)?;
    }
    map.end()
}

impl Outcome {
    pub fn figure(&self, key: &str) -> Option<&Figure> {
        self.headlines.iter().find(|f| f.key == key)
    }

    /// The sheet prices this scenario rests on (every one an assumption cites, rules left
    /// out), oldest first.
    pub fn prices_used(&self) -> Vec<&'static Price> {
        let mut used: Vec<&'static Price> = Vec::new();
        for p in self.assumptions.iter().flat_map(|a| a.provenance.prices()).filter(|p| !p.rule) {
            if !used.iter().any(|u| std::ptr::eq(*u, p)) {
                used.push(p);
            }
        }
        crate::sort_small_by(&mut used, |a, b| a.as_of < b.as_of);
        used
    }

    /// The date of the oldest sheet price this scenario uses: its "prices as of".
    pub fn prices_as_of(&self) -> Option<crate::Date> {
        self.prices_used().first().map(|p| p.as_of)
    }

    /// One money precision for the headline cards (whole dollars when any amount reaches
    /// $1,000, cents otherwise; unit prices keep theirs), so "$1,835" never sits beside
    /// "-$314.64". `evaluate` applies it.
    pub fn settle_precision(&mut self) {
        let is_total = |f: &Figure| f.unit.is_money() && !f.unit.is_rate();
        let amounts =
            self.headlines.iter().filter(|f| is_total(f)).flat_map(|f| [f.value, f.low, f.high]).flatten();
        let decimals = format::money_decimals(amounts);
        for f in self.headlines.iter_mut().filter(|f| is_total(f)) {
            f.money_decimals = Some(decimals);
            if let Some(v) = f.value {
                f.display = f.shown(v);
            }
        }
    }

    /// Every number in the outcome is finite: the contract `evaluate` enforces.
    pub fn all_finite(&self) -> bool {
        let figs =
            self.headlines.iter().all(|f| [f.value, f.low, f.high].iter().flatten().all(|v| v.is_finite()));
        let tables = self.tables.iter().all(|t| {
            t.rows.iter().flat_map(|r| &r.cells).all(|c| !matches!(c, Cell::Num(n) if !n.is_finite()))
        });
        let charts = self.charts.iter().all(|c| {
            c.series.iter().all(|s| s.x.iter().chain(&s.y).all(|v| v.is_finite()))
                && c.markers.iter().all(|m| m.x.is_finite() && m.y.is_finite())
        });
        figs && tables && charts
    }
}

#[cfg(test)]
mod range_words {
    use super::*;

    const SAVING: Headline = Headline::new("saving", "Monthly saving", Unit::USD_PER_MONTH);

    fn range(value: f64, low: f64, high: f64) -> (String, Option<String>) {
        let mut f = SAVING.of(value).change().range(low, high, "±20% I/O");
        f.money_decimals = Some(2);
        f.display = f.shown(value);
        (f.display.clone(), f.range_line())
    }

    #[test]
    fn a_difference_s_range_uses_the_headline_s_words() {
        // The card: costs $26.38/month more, the range crossing zero.
        assert_eq!(
            range(-26.38, -56.38, 3.62),
            (
                "costs $26.38/month more".into(),
                Some("Between saving $3.62 and costing $56.38 a month".into())
            )
        );
        assert_eq!(range(40.0, 10.0, 70.5).1.as_deref(), Some("Between saving $10.00 and $70.50 a month"));
        assert_eq!(
            range(-40.0, -70.5, -10.0).1.as_deref(),
            Some("Between costing $10.00 and $70.50 more a month")
        );
        assert_eq!(
            range(40.0, 0.001, 70.5).1.as_deref(),
            Some("Between no difference and saving $70.50 a month")
        );
        assert_eq!(range(0.0, -0.001, 0.001).1, None);
        // A figure that is not a difference keeps its plain range.
        let mut total =
            Headline::new("bill", "Bill", Unit::USD_PER_MONTH).of(1240.0).range(1100.0, 1380.0, "");
        total.money_decimals = Some(0);
        assert_eq!(total.range_line().as_deref(), Some("Range $1,100/month to $1,380/month"));
    }
}
