//! A bar chart (a `Chart` with categories) as vector graphics: one row per category, its
//! name on the left, a bar per series from the zero line, and the value printed at the bar's
//! end through `calc_core::format`, so the figures read the same as the tables.

use crate::chart::PALETTE;
use crate::doc::{ink, Align, Doc, Style};
use crate::fonts::Weight;
use calc_core::{format, Chart};

const NAME: Style = Style::new(Weight::Regular, 8.0, ink::TEXT);
const VALUE: Style = Style::new(Weight::Regular, 7.5, ink::MUTED);
const AXIS_TITLE: Style = Style::new(Weight::Regular, 8.0, ink::MUTED);
const BAR: f32 = 9.0;
const GAP: f32 = 2.0;
const ROW_PAD: f32 = 5.0;

struct Layout {
    names: Vec<Vec<String>>,
    name_w: f32,
    row_h: f32,
}

fn layout(doc: &Doc, chart: &Chart) -> Layout {
    let name_max = doc.content_width() * 0.38;
    let names: Vec<Vec<String>> = chart.categories.iter().map(|c| doc.wrap(NAME, c, name_max)).collect();
    let name_w = names.iter().flatten().map(|l| doc.width_of(NAME, l)).fold(0.0, f32::max);
    let lines = names.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let bars = chart.series.len().max(1) as f32;
    let row_h = (bars * BAR + (bars - 1.0) * GAP).max(lines * NAME.line_height()) + ROW_PAD;
    Layout { names, name_w, row_h }
}

fn legend_height(chart: &Chart) -> f32 {
    if chart.series.len() > 1 {
        NAME.line_height() + 4.0
    } else {
        0.0
    }
}

pub fn height(doc: &Doc, chart: &Chart) -> f32 {
    let l = layout(doc, chart);
    legend_height(chart) + AXIS_TITLE.line_height() + 4.0 + l.row_h * chart.categories.len() as f32 + 4.0
}

pub fn has_data(chart: &Chart) -> bool {
    !chart.categories.is_empty()
        && chart
            .series
            .iter()
            .all(|s| s.y.len() == chart.categories.len() && s.y.iter().all(|v| v.is_finite()))
}

pub fn draw(doc: &mut Doc, chart: &Chart) {
    let l = layout(doc, chart);
    let total_h = height(doc, chart);
    doc.ensure(total_h);
    let top = doc.y;
    let (left, right) = (doc.left, doc.right);
    let mut y = top;

    if chart.series.len() > 1 {
        let mut x = left;
        let base = y - doc.baseline_offset(NAME);
        for (i, s) in chart.series.iter().enumerate() {
            let c = PALETTE[i % PALETTE.len()];
            doc.fill(x, base - 1.0, 10.0, 7.0, c);
            x += 14.0 + doc.text(x + 14.0, base, NAME, &s.name, Align::Left) + 14.0;
        }
        y -= legend_height(chart);
    }
    doc.text(left, y - doc.baseline_offset(AXIS_TITLE), AXIS_TITLE, &chart.y.shown_label(), Align::Left);
    y -= AXIS_TITLE.line_height() + 4.0;

    let values = chart.series.iter().flat_map(|s| s.y.iter().copied());
    let (lo, hi) = values.fold((0f64, 0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // Bars are laid out on the dollar figures (a rate only scales them) and labelled from
    // them, so `format` converts each label once.
    let label = |v: f64| format::value(v, chart.y.unit);
    let widest = chart
        .series
        .iter()
        .flat_map(|s| s.y.iter())
        .map(|v| doc.width_of(VALUE, &label(*v)))
        .fold(0.0, f32::max);
    let plot_left = left + l.name_w + 8.0 + if lo < 0.0 { widest + 4.0 } else { 0.0 };
    let plot_right = right - widest - 4.0;
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let at = |v: f64| plot_left + (plot_right - plot_left) * ((v - lo) / span) as f32;
    let zero = at(0.0);
    let rows_top = y;
    let rows_bottom = y - l.row_h * chart.categories.len() as f32;

    for (k, name) in l.names.iter().enumerate() {
        let row_top = rows_top - k as f32 * l.row_h;
        for (j, line) in name.iter().enumerate() {
            let base = row_top - doc.baseline_offset(NAME) - j as f32 * NAME.line_height();
            doc.text(left, base, NAME, line, Align::Left);
        }
        for (i, s) in chart.series.iter().enumerate() {
            let v = s.y[k];
            let bar_top = row_top - i as f32 * (BAR + GAP);
            let (x0, x1) = (zero.min(at(v)), zero.max(at(v)));
            doc.fill(x0, bar_top - BAR, (x1 - x0).max(0.5), BAR, PALETTE[i % PALETTE.len()]);
            let base = bar_top - BAR + (BAR - VALUE.size) / 2.0 + 1.0;
            if v < 0.0 {
                doc.text(x0 - 3.0, base, VALUE, &label(v), Align::Right);
            } else {
                doc.text(x1 + 3.0, base, VALUE, &label(v), Align::Left);
            }
        }
    }
    doc.line(zero, rows_top + 2.0, zero, rows_bottom + ROW_PAD - 2.0, 0.8, ink::MUTED);
    doc.y = top - total_h;
}
