//! The main chart as vector graphics: axes with "nice" ticks (money through
//! `calc_core::format::money`), gridlines, series lines (step series as stairs), a legend,
//! and markers with labels placed where they neither leave the plot nor overlap.

use crate::doc::{ink, Align, Doc, Rgb, Style};
use crate::fonts::Weight;
use calc_core::{format, Chart, Unit};

pub(crate) const PALETTE: [Rgb; 6] = [
    Rgb::hex(0x1f4e79),
    Rgb::hex(0xd07a1f),
    Rgb::hex(0x4f8a3c),
    Rgb::hex(0x7a5195),
    Rgb::hex(0x3a9bbf),
    Rgb::hex(0x9c6b30),
];
const MARKER: Rgb = Rgb::hex(0xb3261e);
const TICK: Style = Style::new(Weight::Regular, 7.5, ink::MUTED);
const AXIS_TITLE: Style = Style::new(Weight::Regular, 8.0, ink::MUTED);
const LEGEND: Style = Style::new(Weight::Regular, 8.5, ink::TEXT);
const LABEL: Style = Style::new(Weight::Regular, 7.5, ink::TEXT);
const PLOT_HEIGHT: f32 = 200.0;

/// A tick label. Every money tick on one axis has the same precision: whole units when the
/// ticks are one or more apart ("$500", "€1,000"), cents otherwise. `v` is already in the
/// currency in force (`Chart::shown`).
fn tick_label(v: f64, unit: Unit, step: f64) -> String {
    match unit {
        u if u.is_money() => format::with_symbol(format::group_thousands(v, if step >= 1.0 { 0 } else { 2 })),
        Unit::PERCENT | Unit::SHARE | Unit::MULTIPLIER => format::value(v, unit),
        _ => format::number(v, 2),
    }
}

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(raw.log10().floor());
    let f = raw / p;
    let m = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * p
}

/// Ticks `k * step` within [lo, hi] (with tolerance); computed from integers so no error
/// accumulates.
fn ticks_within(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let eps = step * 1e-9;
    let first = ((lo - eps) / step).ceil() as i64;
    let last = ((hi + eps) / step).floor() as i64;
    if last.saturating_sub(first) > 1000 {
        return Vec::new();
    }
    (first..=last.max(first)).map(|k| k as f64 * step).filter(|v| *v >= lo - eps && *v <= hi + eps).collect()
}

struct Scale {
    d0: f64,
    d1: f64,
    p0: f32,
    p1: f32,
}

impl Scale {
    fn at(&self, v: f64) -> f32 {
        let t = if self.d1 == self.d0 { 0.5 } else { (v - self.d0) / (self.d1 - self.d0) };
        self.p0 + (self.p1 - self.p0) * t as f32
    }
}

/// The height the chart takes with its legend and axis titles. `chart` is in dollars, as the
/// model wrote it: it is drawn in the currency in force.
pub fn height(doc: &Doc, chart: &Chart) -> f32 {
    if chart.is_bars() {
        return crate::bars::height(doc, chart);
    }
    legend_rows(doc, chart).iter().map(|row| row.height).sum::<f32>()
        + 6.0
        + AXIS_TITLE.line_height()
        + PLOT_HEIGHT
        + 4.0
        + TICK.line_height()
        + AXIS_TITLE.line_height()
        + 4.0
}

struct LegendEntry {
    series: usize,
    lines: Vec<String>,
    width: f32,
}

struct LegendRow {
    entries: Vec<LegendEntry>,
    height: f32,
}

/// Legend entries packed into rows across the text width; a name too long for one line
/// wraps under its swatch.
fn legend_rows(doc: &Doc, chart: &Chart) -> Vec<LegendRow> {
    let total = doc.content_width();
    let mut rows: Vec<LegendRow> = Vec::new();
    let mut used = f32::MAX;
    for (series, s) in chart.series.iter().enumerate() {
        let lines = doc.wrap(LEGEND, &s.name, total - 22.0);
        let width = 22.0 + lines.iter().map(|l| doc.width_of(LEGEND, l)).fold(0.0, f32::max);
        let height = lines.len() as f32 * LEGEND.line_height();
        if used + width > total {
            rows.push(LegendRow { entries: Vec::new(), height: 0.0 });
            used = 0.0;
        }
        let row = rows.last_mut().expect("a row");
        row.height = row.height.max(height);
        row.entries.push(LegendEntry { series, lines, width });
        used += width + 16.0;
    }
    rows
}

/// Whether the chart has points, all finite and with finite spans (so ticks can be
/// computed).
pub fn has_data(chart: &Chart) -> bool {
    if chart.is_bars() {
        return crate::bars::has_data(chart);
    }
    let xs = chart.series.iter().flat_map(|s| &s.x).chain(chart.markers.iter().map(|m| &m.x));
    let ys = chart.series.iter().flat_map(|s| &s.y).chain(chart.markers.iter().map(|m| &m.y));
    let span = |values: &mut dyn Iterator<Item = &f64>| {
        let (lo, hi) = values.fold((0f64, 0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        (hi - lo).is_finite()
    };
    chart.series.iter().any(|s| s.x.len().min(s.y.len()) > 0)
        && span(&mut xs.clone())
        && span(&mut ys.clone())
}

/// Draws `chart` (in dollars) in the currency in force: a bar chart labels its bars from the
/// dollar figures as the tables do; a line chart is plotted in that currency.
pub fn draw(doc: &mut Doc, chart: &Chart) {
    if chart.is_bars() {
        return crate::bars::draw(doc, chart);
    }
    let chart = &chart.shown();
    let total_h = height(doc, chart);
    doc.ensure(total_h);
    let top = doc.y;
    let left = doc.left;
    let right = doc.right;

    // Legend.
    let mut y = top;
    for row in legend_rows(doc, chart) {
        let mut x = left;
        let base = y - doc.baseline_offset(LEGEND);
        for entry in row.entries {
            let color = PALETTE[entry.series % PALETTE.len()];
            let mid = base + LEGEND.size * 0.3;
            if chart.series[entry.series].step {
                stroke(
                    doc,
                    &[(x, mid - 2.5), (x + 8.0, mid - 2.5), (x + 8.0, mid + 2.5), (x + 16.0, mid + 2.5)],
                    1.8,
                    color,
                );
            } else {
                stroke(doc, &[(x, mid), (x + 16.0, mid)], 1.8, color);
            }
            for (k, line) in entry.lines.iter().enumerate() {
                doc.text(x + 22.0, base - k as f32 * LEGEND.line_height(), LEGEND, line, Align::Left);
            }
            x += entry.width + 16.0;
        }
        y -= row.height;
    }
    y -= 6.0;

    // Data ranges.
    let points = chart.series.iter().flat_map(|s| s.x.iter().zip(&s.y));
    let markers = chart.markers.iter().map(|m| (&m.x, &m.y));
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, 0f64, 0f64);
    for (x, y) in points.chain(markers) {
        x0 = x0.min(*x);
        x1 = x1.max(*x);
        y0 = y0.min(*y);
        y1 = y1.max(*y);
    }
    if x0 > x1 {
        (x0, x1) = (0.0, 1.0);
    }
    if x1 - x0 <= f64::EPSILON * x0.abs().max(1.0) {
        (x0, x1) = (x0 - 1.0, x1 + 1.0);
    }
    if y1 - y0 <= f64::EPSILON * y0.abs().max(1.0) {
        y1 = y0 + 1.0;
    }
    let y_step = nice_step((y1 - y0) / 5.0);
    let (y0, y1) = ((y0 / y_step).floor() * y_step, (y1 / y_step).ceil() * y_step);
    let y_ticks = ticks_within(y0, y1, y_step);
    let y_labels: Vec<String> = y_ticks.iter().map(|v| tick_label(*v, chart.y.unit, y_step)).collect();
    let label_w = y_labels.iter().map(|l| doc.width_of(TICK, l)).fold(0.0, f32::max);

    // Y axis title above the tick labels.
    doc.text(
        left,
        y - doc.baseline_offset(AXIS_TITLE),
        AXIS_TITLE,
        &axis_title(doc, &chart.y.label, right - left),
        Align::Left,
    );
    y -= AXIS_TITLE.line_height();

    let plot_left = left + label_w + 6.0;
    let plot_top = y - 4.0;
    let plot_bottom = plot_top - PLOT_HEIGHT + 4.0;

    // X ticks: multiples of 12 for month axes spanning two years or more, else nice steps;
    // thinned until their labels do not touch.
    let months = chart.x.unit == Unit::MONTHS || chart.x.label.to_ascii_lowercase().contains("month");
    let mut x_step = if months && x1 - x0 >= 24.0 {
        [12.0, 24.0, 36.0, 60.0, 120.0, 240.0, 600.0, 1200.0]
            .into_iter()
            .find(|s| (x1 - x0) / s <= 10.0)
            .unwrap_or(nice_step((x1 - x0) / 8.0))
    } else {
        nice_step((x1 - x0) / 8.0)
    };
    let last_label =
        tick_label(ticks_within(x0, x1, x_step).last().copied().unwrap_or(x1), chart.x.unit, x_step);
    let plot_right = right - (doc.width_of(TICK, &last_label) / 2.0).max(2.0);
    let xs = Scale { d0: x0, d1: x1, p0: plot_left, p1: plot_right };
    let ys = Scale { d0: y0, d1: y1, p0: plot_bottom, p1: plot_top };
    let x_ticks = loop {
        let ticks = ticks_within(x0, x1, x_step);
        let widest = ticks
            .iter()
            .map(|v| doc.width_of(TICK, &tick_label(*v, chart.x.unit, x_step)))
            .fold(0.0, f32::max);
        let spacing = if ticks.len() > 1 { xs.at(ticks[1]) - xs.at(ticks[0]) } else { f32::MAX };
        if spacing >= widest + 8.0 {
            break ticks;
        }
        x_step *= 2.0;
    };

    // Gridlines and y ticks.
    for (v, label) in y_ticks.iter().zip(&y_labels) {
        let py = ys.at(*v);
        let (width, color) = if *v == 0.0 { (0.8, ink::MUTED) } else { (0.4, ink::HAIRLINE) };
        doc.line(plot_left, py, plot_right, py, width, color);
        doc.text(plot_left - 6.0, py - TICK.size * 0.35, TICK, label, Align::Right);
    }
    // X axis and ticks.
    doc.line(plot_left, plot_bottom, plot_right, plot_bottom, 0.8, ink::MUTED);
    let label_y = plot_bottom - 4.0 - doc.baseline_offset(TICK);
    for v in &x_ticks {
        let px = xs.at(*v);
        doc.line(px, plot_bottom, px, plot_bottom - 3.0, 0.6, ink::MUTED);
        doc.text(px, label_y, TICK, &tick_label(*v, chart.x.unit, x_step), Align::Center);
    }
    let x_title_top = plot_bottom - 4.0 - TICK.line_height();
    doc.text(
        (plot_left + plot_right) / 2.0,
        x_title_top - doc.baseline_offset(AXIS_TITLE),
        AXIS_TITLE,
        &axis_title(doc, &chart.x.label, right - left),
        Align::Center,
    );

    // Series, clipped to the plot.
    {
        let c = doc.content();
        c.save_state();
        c.rect(plot_left, plot_bottom - 1.0, plot_right - plot_left, plot_top - plot_bottom + 2.0);
        c.clip_nonzero();
        c.end_path();
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (i, s) in chart.series.iter().enumerate() {
        let n = s.x.len().min(s.y.len());
        let mut pts = Vec::with_capacity(n * 2);
        for k in 0..n {
            let (px, py) = (xs.at(s.x[k]), ys.at(s.y[k]));
            if s.step && k > 0 {
                pts.push((px, ys.at(s.y[k - 1])));
            }
            pts.push((px, py));
        }
        stroke(doc, &pts, 1.6, PALETTE[i % PALETTE.len()]);
        segments.extend(pts.windows(2).map(|w| (w[0], w[1])));
    }
    doc.content().restore_state();

    // Markers: dashed guides to the x axis, then labels placed clear of the plot edges,
    // other labels, dots, guides and (where possible) the series lines, then the dots.
    let dots: Vec<(f32, f32)> = chart.markers.iter().map(|m| (xs.at(m.x), ys.at(m.y))).collect();
    for &(px, py) in &dots {
        let c = doc.content();
        c.save_state();
        c.set_dash_pattern([2.0, 2.0], 0.0);
        c.set_stroke_rgb(MARKER.0, MARKER.1, MARKER.2);
        c.set_line_width(0.6);
        c.move_to(px, py);
        c.line_to(px, plot_bottom);
        c.stroke();
        c.restore_state();
    }
    segments.extend(dots.iter().map(|&(px, py)| ((px, py), (px, plot_bottom))));
    let scene = Scene {
        bounds: (plot_left + 2.0, plot_bottom + 2.0, plot_right - 2.0, plot_top),
        dots: &dots,
        segments: &segments,
    };
    let mut placed: Vec<Placed> = Vec::new();
    for (m, &(px, py)) in chart.markers.iter().zip(&dots) {
        let lines = doc.wrap(LABEL, &m.label, (plot_right - plot_left) * 0.42);
        let lh = LABEL.line_height();
        let w = lines.iter().map(|l| doc.width_of(LABEL, l)).fold(0.0, f32::max) + 4.0;
        let h = lines.len() as f32 * lh + 2.0;
        let (bx, by) = scene.place(px, py, w, h, &placed);
        // A leader from the dot to the label.
        let (cx, cy) = (px.clamp(bx, bx + w), py.clamp(by, by + h));
        doc.line(px, py, cx, cy, 0.6, MARKER);
        placed.push(Placed { label: (bx, by, bx + w, by + h), leader: ((px, py), (cx, cy)) });
        doc.fill(bx, by, w, h, ink::WHITE);
        for (k, line) in lines.iter().enumerate() {
            let line_top = by + h - 1.0 - k as f32 * lh;
            doc.text(bx + 2.0, line_top - doc.baseline_offset(LABEL), LABEL.color(MARKER), line, Align::Left);
        }
    }
    for &(px, py) in &dots {
        dot(doc, px, py, 3.2);
    }

    doc.y = top - total_h;
}

fn axis_title(doc: &Doc, text: &str, width: f32) -> String {
    doc.wrap(AXIS_TITLE, text, width).into_iter().next().unwrap_or_default()
}

/// (left, bottom, right, top)
type Box4 = (f32, f32, f32, f32);
type Segment = ((f32, f32), (f32, f32));

/// A label already placed, and the leader from its dot.
struct Placed {
    label: Box4,
    leader: Segment,
}

struct Scene<'a> {
    bounds: Box4,
    dots: &'a [(f32, f32)],
    segments: &'a [Segment],
}

impl Scene<'_> {
    /// The bottom-left corner for a `w` × `h` label of the dot at (`px`, `py`): of the
    /// candidate spots around the dot inside the plot that clear earlier labels and every
    /// dot, the one with the lowest cost: its distance from the dot, plus heavy penalties
    /// for covering a series line or guide, for a leader crossing another label, and for
    /// sitting nearer another dot than its own. Clamped into the plot if no spot is free.
    fn place(&self, px: f32, py: f32, w: f32, h: f32, placed: &[Placed]) -> (f32, f32) {
        let (l, b, r, t) = self.bounds;
        let mut best: Option<(f32, (f32, f32))> = None;
        for dx in [6.0, 18.0, 36.0, 60.0] {
            for dy in [4.0, 14.0, 28.0, 46.0, 70.0, 100.0] {
                for (x, y) in [
                    (px + dx, py + dy),
                    (px - dx - w, py + dy),
                    (px + dx, py - dy - h),
                    (px - dx - w, py - dy - h),
                ] {
                    if let Some(c) = self.cost(px, py, (x, y, x + w, y + h), placed) {
                        if best.is_none_or(|(bc, _)| c < bc) {
                            best = Some((c, (x, y)));
                        }
                    }
                }
            }
        }
        best.map(|(_, at)| at).unwrap_or_else(|| ((px + 6.0).min(r - w).max(l), (py + 4.0).min(t - h).max(b)))
    }

    fn cost(&self, px: f32, py: f32, bx: Box4, placed: &[Placed]) -> Option<f32> {
        let (l, b, r, t) = self.bounds;
        let (x0, y0, x1, y1) = bx;
        if x0 < l || x1 > r || y0 < b || y1 > t {
            return None;
        }
        let grown = |(a, c, d, e): Box4, by: f32| (a - by, c - by, d + by, e + by);
        let overlap = |p: Box4, q: Box4| p.0 < q.2 && p.2 > q.0 && p.1 < q.3 && p.3 > q.1;
        if placed.iter().any(|p| overlap(grown(p.label, 2.0), bx)) {
            return None;
        }
        let near =
            |(dx, dy): (f32, f32), by: f32| dx > x0 - by && dx < x1 + by && dy > y0 - by && dy < y1 + by;
        if self.dots.iter().any(|&d| near(d, 4.0)) {
            return None;
        }
        let distance = |(dx, dy): (f32, f32)| (dx.clamp(x0, x1) - dx).hypot(dy.clamp(y0, y1) - dy);
        let mine = distance((px, py));
        let mut cost = mine;
        let lines = self.segments.iter().chain(placed.iter().map(|p| &p.leader));
        cost += 1000.0 * lines.filter(|&&(p, q)| hits(grown(bx, 1.0), p, q)).count() as f32;
        let anchor = (px.clamp(x0, x1), py.clamp(y0, y1));
        if placed.iter().any(|p| hits(grown(p.label, 1.0), (px, py), anchor)) {
            cost += 500.0;
        }
        if self.dots.iter().any(|&d| d != (px, py) && distance(d) < mine + 6.0) {
            cost += 300.0;
        }
        Some(cost)
    }
}

/// Whether the segment p–q crosses the box (Liang–Barsky clipping).
fn hits((x0, y0, x1, y1): Box4, p: (f32, f32), q: (f32, f32)) -> bool {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (a, c) in [(-dx, p.0 - x0), (dx, x1 - p.0), (-dy, p.1 - y0), (dy, y1 - p.1)] {
        if a == 0.0 {
            if c < 0.0 {
                return false;
            }
        } else {
            let t = c / a;
            if a < 0.0 {
                if t > t1 {
                    return false;
                }
                t0 = t0.max(t);
            } else {
                if t < t0 {
                    return false;
                }
                t1 = t1.min(t);
            }
        }
    }
    t0 <= t1
}

fn stroke(doc: &mut Doc, pts: &[(f32, f32)], width: f32, color: Rgb) {
    let Some(&(x, y)) = pts.first() else { return };
    let c = doc.content();
    c.set_stroke_rgb(color.0, color.1, color.2);
    c.set_line_width(width);
    c.set_line_join(pdf_writer::types::LineJoinStyle::RoundJoin);
    c.set_line_cap(pdf_writer::types::LineCapStyle::RoundCap);
    c.move_to(x, y);
    for &(x, y) in &pts[1..] {
        c.line_to(x, y);
    }
    if pts.len() == 1 {
        c.line_to(x, y);
    }
    c.stroke();
}

fn dot(doc: &mut Doc, x: f32, y: f32, r: f32) {
    let k = 0.552_284_8 * r;
    let c = doc.content();
    c.set_fill_rgb(MARKER.0, MARKER.1, MARKER.2);
    c.set_stroke_rgb(1.0, 1.0, 1.0);
    c.set_line_width(1.0);
    c.move_to(x + r, y);
    c.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    c.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    c.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    c.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    c.close_path();
    c.fill_nonzero_and_stroke();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_and_ticks() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.7), 2.0);
        assert_eq!(nice_step(23_000.0), 25_000.0);
        assert_eq!(nice_step(31_000.0), 50_000.0);
        assert_eq!(ticks_within(-100.0, 250.0, 100.0), vec![-100.0, 0.0, 100.0, 200.0]);
        assert_eq!(ticks_within(0.0, 60.0, 12.0), vec![0.0, 12.0, 24.0, 36.0, 48.0, 60.0]);
    }

    #[test]
    fn money_ticks_use_the_shared_formatter() {
        assert_eq!(tick_label(250_000.0, Unit::USD, 50_000.0), "$250,000");
        assert_eq!(tick_label(-50_000.0, Unit::USD, 50_000.0), "-$50,000");
        assert_eq!(tick_label(0.0, Unit::USD, 50_000.0), "$0");
        assert_eq!(tick_label(0.0, Unit::USD, 0.5), "$0.00");
        assert_eq!(tick_label(2.5, Unit::USD_PER_HOUR, 0.5), "$2.50");
        assert_eq!(tick_label(500.0, Unit::USD, 250.0), "$500");
        assert_eq!(tick_label(24.0, Unit::MONTHS, 12.0), "24");
    }

    #[test]
    fn segments_hit_boxes() {
        let b = (0.0, 0.0, 10.0, 10.0);
        assert!(hits(b, (-5.0, 5.0), (15.0, 5.0)));
        assert!(hits(b, (2.0, 2.0), (3.0, 3.0)));
        assert!(!hits(b, (-5.0, 11.0), (15.0, 11.0)));
        assert!(!hits(b, (-5.0, -1.0), (-1.0, 20.0)));
    }
}
