//! Tables: an outcome table as display text, column widths from the measured cell text,
//! and drawing with page breaks that repeat the header row.

use crate::doc::{ink, Align, Doc, Item, Row, Style};
use crate::fonts::Weight;
use calc_core::{Cell, RowKind, Table, Unit};

/// A table as it is printed: every cell already formatted by `calc_core::format`.
pub struct Grid {
    pub title: String,
    pub headers: Vec<String>,
    /// Right-aligned (number) columns.
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
    /// Rows set in bold (totals).
    pub strong: Vec<bool>,
}

pub fn grid(table: &Table) -> Grid {
    let rows: Vec<Vec<String>> = table.rows.iter().map(|r| table.row_texts(r)).collect();
    Grid {
        title: table.title.clone(),
        headers: table.columns.iter().map(|c| c.label.clone()).collect(),
        numeric: numeric_columns(table),
        rows,
        strong: table.rows.iter().map(|r| r.kind == RowKind::Total).collect(),
    }
}

/// Right-aligned columns: those whose cells are mostly numbers.
fn numeric_columns(table: &Table) -> Vec<bool> {
    (0..table.columns.len())
        .map(|i| {
            let is_num = |r: &&calc_core::Row| matches!(r.cells.get(i), Some(Cell::Num(_)));
            let nums = table.rows.iter().filter(is_num).count();
            let texts = table.rows.len() - nums;
            nums > texts || (nums == texts && table.columns[i].unit != Unit::TEXT && i > 0)
        })
        .collect()
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
/// The header and body rows as they will be drawn, and the body style.
fn rows(doc: &Doc, grid: &Grid) -> (Row, Vec<Row>, Style) {
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
    (header, rows, body)
}

/// The height that must follow the table's title on the same page: the whole table when it
/// fits on one page (a short table is never split), else its header and first two rows.
pub fn keep_together(doc: &Doc, grid: &Grid) -> f32 {
    let (header, rows, _) = rows(doc, grid);
    let whole: f32 = header.height + rows.iter().map(|r| r.height).sum::<f32>();
    if whole <= (doc.top - doc.bottom) * 0.9 {
        whole
    } else {
        header.height + rows.iter().take(2).map(|r| r.height).sum::<f32>()
    }
}

pub fn draw(doc: &mut Doc, grid: &Grid) {
    let total = doc.content_width();
    let (header, rows, body) = rows(doc, grid);
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

    // The header and the first two rows stay together, and so do the last two (a total never
    // stands alone at the top of a page); a page break repeats the header under a
    // "(continued)" caption; a row taller than a whole page is split between its lines.
    let first: f32 = header.height + rows.iter().take(2).map(|r| r.height).sum::<f32>();
    doc.ensure(first);
    doc.draw_row(&header);
    let room = doc.top - doc.bottom - caption.height - header.height;
    let lh = body.line_height();
    let break_page = |doc: &mut Doc| {
        doc.new_page();
        doc.draw_row(&caption);
        doc.draw_row(&header);
    };
    let n = rows.len();
    let tail: f32 = rows.iter().skip(n.saturating_sub(2)).map(|r| r.height).sum();
    for (k, row) in rows.into_iter().enumerate() {
        let mut row = row;
        if n >= 4 && k == n - 2 && tail > doc.space_left() && tail <= room {
            break_page(doc);
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::{Column, Row as TableRow};

    #[test]
    fn total_rows_are_marked_by_their_kind_not_their_text() {
        let table = Table {
            key: "t",
            title: "T".into(),
            columns: vec![
                Column { label: "Line".into(), unit: Unit::TEXT },
                Column { label: "Cost".into(), unit: Unit::USD },
            ],
            rows: vec![
                TableRow::data(vec![Cell::Text("Total of nothing".into()), Cell::Num(1.0)]),
                TableRow::total(vec![Cell::Text("Sum".into()), Cell::Num(1.0)]),
            ],
        };
        let g = grid(&table);
        assert_eq!(g.strong, vec![false, true]);
        assert_eq!(g.numeric, vec![false, true]);
        assert_eq!(g.rows[1], vec!["Sum", "$1.00"]);
    }
}
