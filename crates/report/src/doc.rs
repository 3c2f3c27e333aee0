//! Page flow: a cursor moving down the page, text measured with the real glyph advances,
//! word wrapping (long tokens such as URLs are broken by characters), rows kept whole and
//! page breaks. Coordinates are PDF points with the origin at the bottom left.

use crate::fonts::{Fonts, Weight};
use pdf_writer::types::{LineCapStyle, LineJoinStyle};
use pdf_writer::{Content, Name, Rect, Str, TextStr};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    pub const fn hex(v: u32) -> Rgb {
        Rgb(((v >> 16) & 0xff) as f32 / 255.0, ((v >> 8) & 0xff) as f32 / 255.0, (v & 0xff) as f32 / 255.0)
    }
}

/// The palette: a dark navy for structure, near-black body text, greys for secondary text
/// and rules.
pub mod ink {
    use super::Rgb;
    pub const TEXT: Rgb = Rgb::hex(0x1d2430);
    pub const HEAD: Rgb = Rgb::hex(0x15325a);
    pub const MUTED: Rgb = Rgb::hex(0x5b6573);
    pub const RULE: Rgb = Rgb::hex(0xc9ced6);
    pub const HAIRLINE: Rgb = Rgb::hex(0xe2e5ea);
    pub const TINT: Rgb = Rgb::hex(0xeef2f7);
    pub const LINK: Rgb = Rgb::hex(0x1f5fa8);
    pub const CAUTION: Rgb = Rgb::hex(0xb35c00);
    pub const CAUTION_TINT: Rgb = Rgb::hex(0xfdf3e7);
    pub const INFO: Rgb = Rgb::hex(0x2f6f9f);
    pub const INFO_TINT: Rgb = Rgb::hex(0xedf4fa);
    pub const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
    pub const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
}

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Rgb,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Rgb) -> Style {
        Style { weight, size, color }
    }
    pub const fn color(self, color: Rgb) -> Style {
        Style { color, ..self }
    }
    pub fn line_height(self) -> f32 {
        self.size * 1.32
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// Something drawn in a row, positioned relative to the row's top edge.
pub enum Item {
    /// `x` is the left edge (Left), right edge (Right) or centre (Center); `dy` is the
    /// distance from the row top down to the line box top.
    Text {
        x: f32,
        dy: f32,
        style: Style,
        text: String,
        align: Align,
        link: Option<String>,
    },
    Rule {
        x0: f32,
        x1: f32,
        dy: f32,
        width: f32,
        color: Rgb,
    },
    Fill {
        x: f32,
        dy: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
}

/// A horizontal band that is never split across pages.
#[derive(Default)]
pub struct Row {
    pub height: f32,
    pub items: Vec<Item>,
}

impl Row {
    pub fn new(height: f32) -> Row {
        Row { height, items: Vec::new() }
    }
    pub fn text(&mut self, x: f32, dy: f32, style: Style, text: impl Into<String>, align: Align) {
        self.items.push(Item::Text { x, dy, style, text: text.into(), align, link: None });
    }

    /// Cuts the row `at` points below its top: what starts above the cut stays, the rest
    /// moves to a second row (for rows taller than a page).
    pub fn split(self, at: f32) -> (Row, Row) {
        let mut head = Row::new(at);
        let mut rest = Row::new((self.height - at).max(0.0));
        for item in self.items {
            let dy = match &item {
                Item::Text { dy, .. } | Item::Rule { dy, .. } | Item::Fill { dy, .. } => *dy,
            };
            if dy < at - 0.01 {
                head.items.push(item);
            } else {
                rest.items.push(match item {
                    Item::Text { x, dy, style, text, align, link } => {
                        Item::Text { x, dy: dy - at, style, text, align, link }
                    }
                    Item::Rule { x0, x1, dy, width, color } => {
                        Item::Rule { x0, x1, dy: dy - at, width, color }
                    }
                    Item::Fill { x, dy, w, h, color } => Item::Fill { x, dy: dy - at, w, h, color },
                });
            }
        }
        (head, rest)
    }
}

pub struct Page {
    pub content: Content,
    pub links: Vec<(Rect, String)>,
}

pub struct Bookmark {
    pub title: String,
    pub page: usize,
    pub y: f32,
}

pub struct Doc<'a> {
    pub fonts: &'a Fonts,
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    pub pages: Vec<Page>,
    pub y: f32,
    pub bookmarks: Vec<Bookmark>,
    /// The page drawing goes to (the last one, except while adding page furniture).
    current: usize,
    ascent: f32,
    descent: f32,
}

impl<'a> Doc<'a> {
    pub fn new(fonts: &'a Fonts, width: f32, height: f32, margin: f32) -> Doc<'a> {
        let (ascent, descent) = fonts.metrics();
        let mut doc = Doc {
            fonts,
            width,
            height,
            left: margin,
            right: width - margin,
            top: height - margin,
            bottom: margin + 6.0,
            pages: Vec::new(),
            y: 0.0,
            bookmarks: Vec::new(),
            current: 0,
            ascent,
            descent,
        };
        doc.new_page();
        doc
    }

    pub fn content_width(&self) -> f32 {
        self.right - self.left
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page { content: Content::new(), links: Vec::new() });
        self.current = self.pages.len() - 1;
        self.y = self.top;
    }

    /// Directs drawing to page `index` (for headers and footers once the page count is known).
    pub fn select_page(&mut self, index: usize) {
        self.current = index.min(self.pages.len() - 1);
    }

    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    pub fn space_left(&self) -> f32 {
        self.y - self.bottom
    }

    fn at_page_top(&self) -> bool {
        self.y >= self.top - 0.01
    }

    /// Starts a new page unless `height` fits below the cursor (or the page is still empty:
    /// something taller than a page is then split by its rows).
    pub fn ensure(&mut self, height: f32) {
        if height > self.space_left() + 0.01 && !self.at_page_top() {
            self.new_page();
        }
    }

    /// Vertical space; swallowed at the top of a page.
    pub fn gap(&mut self, height: f32) {
        if !self.at_page_top() {
            self.y = (self.y - height).max(self.bottom);
        }
    }

    pub fn content(&mut self) -> &mut Content {
        &mut self.pages[self.current].content
    }

    pub fn width_of(&self, style: Style, text: &str) -> f32 {
        self.fonts.get(style.weight).width(text, style.size)
    }

    /// Distance from the top of a line box to the baseline.
    pub fn baseline_offset(&self, style: Style) -> f32 {
        let glyphs = (self.ascent - self.descent) * style.size;
        (style.line_height() - glyphs) / 2.0 + self.ascent * style.size
    }

    /// Draws one line of text; returns its width.
    pub fn text(&mut self, x: f32, baseline: f32, style: Style, text: &str, align: Align) -> f32 {
        let font = self.fonts.get(style.weight);
        let width = font.width(text, style.size);
        if text.is_empty() {
            return 0.0;
        }
        let x = match align {
            Align::Left => x,
            Align::Right => x - width,
            Align::Center => x - width / 2.0,
        };
        let (glyphs, actual) = font.encode(text);
        let c = self.content();
        if actual {
            c.begin_marked_content_with_properties(Name(b"Span")).properties().actual_text(TextStr(text));
        }
        let Rgb(r, g, b) = style.color;
        c.set_fill_rgb(r, g, b);
        c.begin_text();
        c.set_font(Fonts::resource(style.weight), style.size);
        c.next_line(x, baseline);
        c.show(Str(&glyphs));
        c.end_text();
        if actual {
            c.end_marked_content();
        }
        width
    }

    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        let c = self.content();
        c.set_fill_rgb(color.0, color.1, color.2);
        c.rect(x, y, w, h);
        c.fill_nonzero();
    }

    pub fn line(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, width: f32, color: Rgb) {
        let c = self.content();
        c.set_stroke_rgb(color.0, color.1, color.2);
        c.set_line_width(width);
        c.set_line_cap(LineCapStyle::ButtCap);
        c.set_line_join(LineJoinStyle::MiterJoin);
        c.move_to(x0, y0);
        c.line_to(x1, y1);
        c.stroke();
    }

    pub fn link(&mut self, rect: Rect, url: &str) {
        self.pages[self.current].links.push((rect, url.to_string()));
    }

    /// Draws a row at the cursor and moves below it. Does not break pages.
    pub fn draw_row(&mut self, row: &Row) {
        let top = self.y;
        for item in &row.items {
            match item {
                Item::Text { x, dy, style, text, align, link } => {
                    let baseline = top - dy - self.baseline_offset(*style);
                    let width = self.text(*x, baseline, *style, text, *align);
                    if let Some(url) = link {
                        let x0 = match align {
                            Align::Left => *x,
                            Align::Right => x - width,
                            Align::Center => x - width / 2.0,
                        };
                        let rect = Rect::new(x0, top - dy - style.line_height(), x0 + width, top - dy);
                        self.link(rect, url);
                    }
                }
                Item::Rule { x0, x1, dy, width, color } => {
                    self.line(*x0, top - dy, *x1, top - dy, *width, *color)
                }
                Item::Fill { x, dy, w, h, color } => self.fill(*x, top - dy - h, *w, *h, *color),
            }
        }
        self.y -= row.height;
    }

    /// Draws rows, breaking pages between rows. With `keep`, the block moves to the next
    /// page as a whole when it fits on one page.
    pub fn flow(&mut self, rows: &[Row], keep: bool) {
        let total: f32 = rows.iter().map(|r| r.height).sum();
        if keep && total <= self.top - self.bottom {
            self.ensure(total);
        }
        for row in rows {
            self.ensure(row.height);
            self.draw_row(row);
        }
    }

    /// One row per wrapped line of `text`.
    pub fn paragraph(&self, x: f32, width: f32, style: Style, text: &str) -> Vec<Row> {
        let lh = style.line_height();
        self.wrap(style, text, width)
            .into_iter()
            .map(|line| {
                let mut row = Row::new(lh);
                row.text(x, 0.0, style, line, Align::Left);
                row
            })
            .collect()
    }

    /// Like `paragraph`, each line a link to `url`.
    pub fn link_paragraph(&self, x: f32, width: f32, style: Style, text: &str, url: &str) -> Vec<Row> {
        let mut rows = self.paragraph(x, width, style, text);
        for row in &mut rows {
            for item in &mut row.items {
                if let Item::Text { link, .. } = item {
                    *link = Some(url.to_string());
                }
            }
        }
        rows
    }

    /// Greedy word wrap with real advances. Explicit newlines start new lines; a word wider
    /// than the line is broken between characters, preferably after a URL delimiter.
    pub fn wrap(&self, style: Style, text: &str, max_width: f32) -> Vec<String> {
        let font = self.fonts.get(style.weight);
        let size = style.size;
        let fits = |w: f32| w <= max_width + 0.01;
        let space = font.width(" ", size);
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in para.split([' ', '\t', '\r']).filter(|w| !w.is_empty()) {
                let word_width = font.width(word, size);
                let sep = if line.is_empty() { 0.0 } else { space };
                if fits(line_width + sep + word_width) {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width += sep + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if fits(word_width) {
                    line = word.to_string();
                    line_width = word_width;
                } else {
                    let mut pieces = break_token(|s| font.width(s, size), word, max_width);
                    line = pieces.pop().unwrap_or_default();
                    line_width = font.width(&line, size);
                    lines.extend(pieces);
                }
            }
            lines.push(line);
        }
        // A trailing empty line from a final newline carries nothing.
        while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{00ad}' | '\u{2010}' | '\u{2011}')
}

/// Splits a token wider than `max_width` into pieces that fit, each at least one character,
/// breaking after `/ ? & = _ . , : ; #` when one falls in the last 40% of a piece, and never
/// right after a hyphen.
fn break_token(width: impl Fn(&str) -> f32, token: &str, max_width: f32) -> Vec<String> {
    let chars: Vec<char> = token.chars().collect();
    // No kerning, so a run's advance is the sum of its characters' advances.
    let advances: Vec<f32> = chars.iter().map(|c| width(c.encode_utf8(&mut [0; 4]))).collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start + 1;
        let mut run = advances[start];
        while end < chars.len() && run + advances[end] <= max_width + 0.01 {
            run += advances[end];
            end += 1;
        }
        if end < chars.len() {
            let len = end - start;
            let soft = (start + 1..end)
                .rev()
                .take_while(|&i| (i - start) as f32 >= len as f32 * 0.6)
                .find(|&i| matches!(chars[i - 1], '/' | '?' | '&' | '=' | '_' | '.' | ',' | ':' | ';' | '#'));
            if let Some(i) = soft {
                end = i;
            }
            // Text extraction (poppler) joins a line ending in a hyphen with the next one
            // and drops the hyphen: carry the hyphen over to the next line instead.
            if end - start > 1 && is_hyphen(chars[end - 1]) {
                end -= 1;
            }
        }
        pieces.push(chars[start..end].iter().collect());
        start = end;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_break_after_delimiters_and_never_lose_characters() {
        let w = |s: &str| s.chars().count() as f32;
        let pieces = break_token(w, "https://example.com/a/very/long/path?x=1&y=2", 10.0);
        assert_eq!(pieces.concat(), "https://example.com/a/very/long/path?x=1&y=2");
        assert!(pieces.iter().all(|p| p.chars().count() <= 10 && !p.is_empty()));
        assert_eq!(break_token(w, "abc", 0.5), vec!["a", "b", "c"]);
        assert_eq!(break_token(w, "abcd-efgh", 5.0), vec!["abcd", "-efgh"]);
    }

    #[test]
    fn wrap_respects_width_and_keeps_every_word() {
        let fonts = Fonts::load();
        let doc = Doc::new(&fonts, 595.0, 842.0, 56.0);
        let style = Style::new(Weight::Regular, 10.0, ink::TEXT);
        let text = "The quick brown fox jumps over the lazy dog and keeps running past https://example.com/a/really/long/url/that/cannot/fit/on/one/line/at/all?with=query&and=more";
        let lines = doc.wrap(style, text, 120.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(doc.width_of(style, line) <= 120.01, "{line}");
        }
        let joined: String = lines.concat();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        assert_eq!(doc.wrap(style, "a\nb", 100.0), vec!["a", "b"]);
    }
}
