//! Tables: an outcome table as display text (long monthly tables summarised by year),
//! column widths from the measured cell text, and drawing with page breaks that repeat the
//! header row.

use crate::doc::{ink, Align, Doc, Item, Row, Style};
use crate::fonts::Weight;
use calc_core::{format, Cell, Table, Unit};

/// A table as it is printed: every cell already formatted by `calc_core::format`.
pub struct Grid {
    pub title: String,
    pub headers: Vec<String>,
    /// Right-aligned (number) columns.
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
    /// Rows set in bold (totals).
    pub strong: Vec<bool>,
    /// How the table was derived, printed under it.
    pub note: Option<String>,
}

/// Monthly tables longer than this are summarised by year.
const SUMMARISE_OVER: usize = 30;

pub fn grid(table: &Table) -> Grid {
    if table.rows.len() > SUMMARISE_OVER {
        if let Some(grid) = summarise_by_year(table) {
            return grid;
        }
    }
    let numeric = numeric_columns(table);
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| (0..table.columns.len()).map(|i| cell_text(r.get(i), table.columns[i].unit)).collect())
        .collect();
    let strong = rows.iter().map(|r| is_total(r.first().map(String::as_str))).collect();
    Grid {
        title: table.title.clone(),
        headers: table.columns.iter().map(|c| c.label.clone()).collect(),
        numeric,
        rows,
        strong,
        note: None,
    }
}

fn cell_text(cell: Option<&Cell>, unit: Unit) -> String {
    cell.map(|c| c.display(unit)).unwrap_or_default()
}

fn is_total(first: Option<&str>) -> bool {
    first.is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("total"))
}

fn numeric_columns(table: &Table) -> Vec<bool> {
    (0..table.columns.len())
        .map(|i| {
            let nums = table.rows.iter().filter(|r| matches!(r.get(i), Some(Cell::Num(_)))).count();
            let texts = table.rows.iter().filter(|r| matches!(r.get(i), Some(Cell::Text(_)))).count();
            nums > texts || (nums == texts && table.columns[i].unit != Unit::Text && i > 0)
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Period {
    /// "Month 13", "M13", 13.
    Index(i64),
    /// "2026-03", "Mar 2026".
    Dated { year: i32, month: u32 },
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn parse_period(cell: Option<&Cell>, unit: Unit, header_says_month: bool) -> Option<Period> {
    match cell? {
        Cell::Num(n) if (unit == Unit::Months || header_says_month) && n.fract() == 0.0 => {
            Some(Period::Index(*n as i64))
        }
        Cell::Num(_) => None,
        Cell::Text(t) => parse_period_text(t, header_says_month),
    }
}

fn parse_period_text(text: &str, header_says_month: bool) -> Option<Period> {
    let t = text.trim().to_ascii_lowercase();
    let index = |s: &str| s.trim().parse::<i64>().ok();
    if let Some(rest) = t.strip_prefix("month") {
        return index(rest).map(Period::Index);
    }
    if let Some(rest) = t.strip_prefix('m') {
        if rest.chars().all(|c| c.is_ascii_digit()) {
            return index(rest).map(Period::Index);
        }
    }
    if header_says_month {
        if let Some(i) = index(&t) {
            return Some(Period::Index(i));
        }
    }
    // 2026-03 or 2026-03-01
    let parts: Vec<&str> = t.split('-').collect();
    if parts.len() >= 2 && parts[0].len() == 4 && parts[1].len() == 2 {
        if let (Ok(year), Ok(month)) = (parts[0].parse::<i32>(), parts[1].parse::<u32>()) {
            if (1..=12).contains(&month) {
                return Some(Period::Dated { year, month });
            }
        }
    }
    // Mar 2026, March 2026
    let mut words = t.split_whitespace();
    if let (Some(name), Some(year), None) = (words.next(), words.next(), words.next()) {
        let month = MONTHS.iter().position(|m| name.starts_with(m) && name.len() >= 3)?;
        let year = year.parse::<i32>().ok().filter(|y| (1000..=9999).contains(y))?;
        return Some(Period::Dated { year, month: month as u32 + 1 });
    }
    None
}

/// How a numeric column is summarised over a year.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rollup {
    /// A money amount per month: the year's total.
    Sum(Unit),
    /// A running total, level, rate or count: the value in the year's last month.
    Last,
}

fn rollup(label: &str, unit: Unit) -> Rollup {
    let l = label.to_ascii_lowercase();
    let running = ["cumulative", "balance", "to date", "running", "end of"].iter().any(|w| l.contains(w));
    match unit {
        _ if running => Rollup::Last,
        Unit::Usd => Rollup::Sum(Unit::Usd),
        Unit::UsdPerMonth => Rollup::Sum(Unit::Usd),
        _ => Rollup::Last,
    }
}

fn summarise_by_year(table: &Table) -> Option<Grid> {
    let first = table.columns.first()?;
    let says_month = first.label.to_ascii_lowercase().contains("month");
    let periods: Vec<Option<Period>> =
        table.rows.iter().map(|r| parse_period(r.first(), first.unit, says_month)).collect();
    let leading = periods.iter().take_while(|p| p.is_some()).count();
    // Months first, then at most a few summary rows (e.g. "Total").
    if leading < 24 || table.rows.len() - leading > 3 {
        return None;
    }
    let periods: Vec<Period> = periods[..leading].iter().flatten().copied().collect();
    let dated = matches!(periods[0], Period::Dated { .. });
    if periods.iter().any(|p| matches!(p, Period::Dated { .. }) != dated) {
        return None;
    }

    // Consecutive runs of rows that share a year.
    let start = match periods[0] {
        Period::Index(i) => i,
        Period::Dated { .. } => 0,
    };
    let year_of = |p: Period| match p {
        Period::Index(i) => i.saturating_sub(start).div_euclid(12),
        Period::Dated { year, .. } => i64::from(year),
    };
    let mut groups: Vec<(i64, std::ops::Range<usize>)> = Vec::new();
    for (i, p) in periods.iter().enumerate() {
        let y = year_of(*p);
        match groups.last_mut() {
            Some((last, range)) if *last == y => range.end = i + 1,
            _ => groups.push((y, i..i + 1)),
        }
    }

    let cols = &table.columns;
    let rollups: Vec<Rollup> = cols.iter().map(|c| rollup(&c.label, c.unit)).collect();
    let mut rows = Vec::new();
    for (year, range) in &groups {
        let first_p = periods[range.start];
        let last_p = periods[range.end - 1];
        let label = match (first_p, last_p) {
            (Period::Index(a), Period::Index(b)) => format!("Year {} (months {}–{})", year + 1, a, b),
            (Period::Dated { month: a, .. }, Period::Dated { month: b, .. })
                if range.len() == 12 && a == 1 && b == 12 =>
            {
                format!("{year}")
            }
            (Period::Dated { month: a, .. }, Period::Dated { month: b, .. }) => {
                format!("{year} ({}–{})", MONTH_NAMES[a as usize - 1], MONTH_NAMES[b as usize - 1])
            }
            _ => format!("{year}"),
        };
        let mut row = vec![label];
        for (c, col) in cols.iter().enumerate().skip(1) {
            let cells = &table.rows[range.clone()];
            let text = match rollups[c] {
                Rollup::Sum(unit) => {
                    let nums: Vec<f64> = cells
                        .iter()
                        .filter_map(|r| if let Some(Cell::Num(n)) = r.get(c) { Some(*n) } else { None })
                        .collect();
                    if nums.is_empty() {
                        cell_text(cells.last().and_then(|r| r.get(c)), col.unit)
                    } else {
                        format::value(nums.iter().sum(), unit)
                    }
                }
                Rollup::Last => cell_text(cells.last().and_then(|r| r.get(c)), col.unit),
            };
            row.push(text);
        }
        rows.push(row);
    }
    for r in &table.rows[leading..] {
        rows.push((0..cols.len()).map(|i| cell_text(r.get(i), cols[i].unit)).collect());
    }

    let mut headers: Vec<String> = cols.iter().map(|c| c.label.clone()).collect();
    headers[0] = "Year".to_string();
    let summed = rollups.iter().skip(1).any(|r| matches!(r, Rollup::Sum(_)));
    let kept =
        rollups.iter().enumerate().skip(1).any(|(i, r)| *r == Rollup::Last && numeric_columns(table)[i]);
    let mut note = format!("Summarised by year from {leading} monthly rows.");
    if summed {
        note.push_str(" Money amounts are totals for each year.");
    }
    if kept {
        note.push_str(if summed {
            " Cumulative and other columns show the value in the year’s last month."
        } else {
            " Columns show the value in the year’s last month."
        });
    }
    let strong = rows.iter().map(|r| is_total(r.first().map(String::as_str))).collect();
    Some(Grid {
        title: table.title.clone(),
        headers,
        numeric: numeric_columns(table),
        rows,
        strong,
        note: Some(note),
    })
}

const BODY: Style = Style::new(Weight::Regular, 9.0, ink::TEXT);
const HEAD: Style = Style::new(Weight::Bold, 8.0, ink::MUTED);
const GUTTER: f32 = 10.0;
const PAD_Y: f32 = 3.5;

/// Column widths (summing to `total` with the gutters), the gutter and the body text size.
///
/// In order: headers on one line; headers wrapped between words; then smaller type; then
/// narrower gutters with text columns wrapping while number columns keep their width; and
/// only as a last resort every column shrinks (numbers then wrap too).
fn layout(doc: &Doc, grid: &Grid, total: f32) -> (Vec<f32>, f32, f32) {
    let n = grid.headers.len().max(1);
    let natural = |size: f32, whole_headers: bool| -> Vec<f32> {
        (0..n)
            .map(|i| {
                let body = Style { size, ..BODY };
                let cells = grid.rows.iter().enumerate().map(|(r, row)| {
                    let style = if grid.strong[r] { Style { weight: Weight::Bold, ..body } } else { body };
                    row.get(i).map(|t| doc.width_of(style, t)).unwrap_or(0.0)
                });
                let header = grid.headers.get(i).map(|h| {
                    if whole_headers {
                        doc.width_of(HEAD, h)
                    } else {
                        h.split(' ').map(|w| doc.width_of(HEAD, w)).fold(0.0, f32::max)
                    }
                });
                cells.chain(header).fold(0.0, f32::max)
            })
            .collect()
    };
    let spread = |mut widths: Vec<f32>, gutter: f32| -> Vec<f32> {
        let room = total - gutter * (n - 1) as f32;
        let extra = (room - widths.iter().sum::<f32>()) / n as f32;
        widths.iter_mut().for_each(|w| *w += extra);
        widths
    };
    let fits = |widths: &[f32], gutter: f32| widths.iter().sum::<f32>() + gutter * (n - 1) as f32 <= total;
    for size in [9.0, 8.0, 7.5] {
        for whole in [true, false] {
            let widths = natural(size, whole);
            if fits(&widths, GUTTER) {
                return (spread(widths, GUTTER), GUTTER, size);
            }
        }
    }
    let size = 7.5;
    let gutter = 6.0;
    let mut widths = natural(size, false);
    let room = total - gutter * (n - 1) as f32;
    let numbers: f32 = (0..n).filter(|&i| grid.numeric[i]).map(|i| widths[i]).sum();
    let texts: Vec<usize> = (0..n).filter(|&i| !grid.numeric[i]).collect();
    let text_natural: f32 = texts.iter().map(|&i| widths[i]).sum();
    let text_min = texts.len() as f32 * 60.0;
    if !texts.is_empty() && numbers + text_min <= room {
        // Text columns share what the numbers leave, in proportion to their natural width.
        let share = room - numbers;
        for &i in &texts {
            widths[i] = share * widths[i] / text_natural.max(0.01);
        }
        return (widths, gutter, size);
    }
    let fair = room / n as f32;
    let sum: f32 = widths.iter().sum();
    let excess: f32 = widths.iter().map(|w| (w - fair).max(0.0)).sum();
    let over = sum - room;
    widths.iter_mut().for_each(|w| {
        if *w > fair {
            *w -= over * (*w - fair) / excess;
        }
    });
    (widths, gutter, size)
}

fn cells_row(
    doc: &Doc,
    x: &[f32],
    widths: &[f32],
    numeric: &[bool],
    cells: &[String],
    style: Style,
    rule: Option<(f32, crate::doc::Rgb)>,
) -> Row {
    let lh = style.line_height();
    let mut row = Row::default();
    let mut lines_max = 1;
    for (i, text) in cells.iter().enumerate().take(widths.len()) {
        let lines = doc.wrap(style, text, widths[i]);
        lines_max = lines_max.max(lines.len());
        for (l, line) in lines.into_iter().enumerate() {
            let dy = PAD_Y + l as f32 * lh;
            if numeric[i] {
                row.text(x[i] + widths[i], dy, style, line, Align::Right);
            } else {
                row.text(x[i], dy, style, line, Align::Left);
            }
        }
    }
    row.height = lines_max as f32 * lh + 2.0 * PAD_Y;
    if let Some((width, color)) = rule {
        let (x0, x1) = (x[0], x[x.len() - 1] + widths[widths.len() - 1]);
        row.items.push(Item::Rule { x0, x1, dy: row.height, width, color });
    }
    row
}

/// Draws `grid` at the cursor (its title is drawn by the caller as a section heading).
pub fn draw(doc: &mut Doc, grid: &Grid) {
    let total = doc.content_width();
    let (widths, gutter, size) = layout(doc, grid, total);
    let body = Style { size, ..BODY };
    let mut x = Vec::with_capacity(widths.len());
    let mut at = doc.left;
    for w in &widths {
        x.push(at);
        at += w + gutter;
    }
    let header = cells_row(doc, &x, &widths, &grid.numeric, &grid.headers, HEAD, Some((0.8, ink::HEAD)));
    let rows: Vec<Row> = grid
        .rows
        .iter()
        .enumerate()
        .map(|(r, cells)| {
            let strong = grid.strong[r];
            let style = if strong { Style { weight: Weight::Bold, ..body } } else { body };
            let mut row =
                cells_row(doc, &x, &widths, &grid.numeric, cells, style, Some((0.4, ink::HAIRLINE)));
            if strong {
                let x1 = x[x.len() - 1] + widths[widths.len() - 1];
                row.items.push(Item::Rule { x0: x[0], x1, dy: 0.0, width: 0.8, color: ink::HEAD });
            }
            row
        })
        .collect();
    let continued = Style::new(Weight::Regular, 8.0, ink::MUTED);
    let caption = {
        let mut row = Row::new(continued.line_height() + 2.0);
        let suffix = " (continued)";
        let lines = doc.wrap(continued, &grid.title, total - doc.width_of(continued, &format!("…{suffix}")));
        let title = match lines.as_slice() {
            [] => suffix.trim_start().to_string(),
            [only] => format!("{only}{suffix}"),
            [first, ..] => format!("{}…{suffix}", first.trim_end()),
        };
        row.text(doc.left, 0.0, continued, title, Align::Left);
        row
    };

    // The header and the first rows stay together; a page break repeats the header under a
    // "(continued)" caption; a row taller than a whole page is split between its lines.
    let first: f32 = header.height + rows.iter().take(3).map(|r| r.height).sum::<f32>().min(80.0);
    doc.ensure(first);
    doc.draw_row(&header);
    let room = doc.top - doc.bottom - caption.height - header.height;
    let lh = body.line_height();
    let break_page = |doc: &mut Doc| {
        doc.new_page();
        doc.draw_row(&caption);
        doc.draw_row(&header);
    };
    for row in rows {
        let mut row = row;
        loop {
            if row.height <= doc.space_left() + 0.01 {
                doc.draw_row(&row);
                break;
            }
            let fit = doc.space_left() - PAD_Y;
            if row.height <= room + 0.01 || fit < lh {
                break_page(doc);
                continue;
            }
            let (head, rest) = row.split(PAD_Y + (fit / lh).floor() * lh);
            doc.draw_row(&head);
            break_page(doc);
            row = rest;
        }
    }
    if let Some(note) = &grid.note {
        doc.gap(4.0);
        let style = Style::new(Weight::Regular, 8.0, ink::MUTED);
        let rows = doc.paragraph(doc.left, total, style, note);
        doc.flow(&rows, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::Column;

    fn monthly(n: usize, label: impl Fn(usize) -> String) -> Table {
        Table {
            key: "monthly",
            title: "Monthly".into(),
            columns: vec![
                Column { label: "Month".into(), unit: Unit::Text },
                Column { label: "Cost".into(), unit: Unit::Usd },
                Column { label: "Cumulative cost".into(), unit: Unit::Usd },
                Column { label: "Instances".into(), unit: Unit::Count },
            ],
            rows: (1..=n)
                .map(|m| {
                    vec![
                        Cell::Text(label(m)),
                        Cell::Num(100.0),
                        Cell::Num(100.0 * m as f64),
                        Cell::Num(m as f64),
                    ]
                })
                .collect(),
        }
    }

    #[test]
    fn long_monthly_tables_become_years() {
        let g = grid(&monthly(60, |m| format!("Month {m}")));
        assert_eq!(g.rows.len(), 5);
        assert_eq!(g.rows[0], vec!["Year 1 (months 1–12)", "$1,200", "$1,200", "12"]);
        assert_eq!(g.rows[4], vec!["Year 5 (months 49–60)", "$1,200", "$6,000", "60"]);
        assert!(g.note.as_deref().unwrap().contains("60 monthly rows"));
    }

    #[test]
    fn dated_months_group_by_calendar_year() {
        let g = grid(&monthly(36, |m| format!("{} {}", MONTH_NAMES[(m + 5) % 12], 2026 + (m + 5) / 12)));
        assert_eq!(g.rows[0][0], "2026 (Jul–Dec)");
        assert_eq!(g.rows[1][0], "2027");
        assert_eq!(g.rows[1][1], "$1,200");
    }

    #[test]
    fn short_or_non_monthly_tables_stay() {
        assert_eq!(grid(&monthly(24, |m| format!("Month {m}"))).rows.len(), 24);
        assert_eq!(grid(&monthly(40, |m| format!("Server {m}"))).rows.len(), 40);
    }
}
