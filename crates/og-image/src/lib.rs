//! A calculator page's link-preview image (`og:image`): a 1200×630 PNG that shows the answer,
//! not a logo, so a link pasted into Slack, LinkedIn, Substack or Medium already says what the
//! calculator concluded. `cargo xtask dist` writes one per page at the inputs the page is
//! pre-rendered at (`site::document::route_inputs`).
//!
//! What it shows, read at thumbnail size (Slack draws it about 360 px wide, LinkedIn 550): the
//! site name small, the calculator's title (or the scenario's name), the decision in large
//! type, the first three headline figures that have a value, and the line that says which
//! inputs and prices the figures are at. Every number is `Figure::display`, the text the cards
//! and the PDF show (`calc_core::format`); this crate formats nothing itself.
//!
//! Pure and deterministic: the same calculator and inputs give the same bytes. Native only
//! (xtask links it); the site's wasm never does.

use ab_glyph::{point, Font, FontRef, GlyphId, PxScale, ScaleFont};
use calc_core::{evaluate, Calculator, Inputs, Outcome};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

const REGULAR: &[u8] = include_bytes!("../../report/fonts/ReportSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../report/fonts/ReportSans-Bold.ttf");

/// The light theme of `assets/style.css`.
mod colour {
    pub type Rgb = [u8; 3];
    /// `--bg`
    pub const BG: Rgb = [0xff, 0xff, 0xff];
    /// `--ink`
    pub const INK: Rgb = [0x11, 0x18, 0x27];
    /// `--muted`
    pub const MUTED: Rgb = [0x4b, 0x55, 0x63];
    /// `--line`
    pub const LINE: Rgb = [0xd1, 0xd5, 0xdb];
    /// `--accent`
    pub const ACCENT: Rgb = [0x1d, 0x4e, 0xd8];
    /// `--accent-dark`
    pub const ACCENT_DARK: Rgb = [0x1e, 0x3a, 0x8a];
    /// `--info-bg`
    pub const PANEL: Rgb = [0xef, 0xf6, 0xff];
    /// `--error`
    pub const ERROR: Rgb = [0xb9, 0x1c, 0x1c];
}

/// How many headline figures the card shows at most.
const KEY_FIGURES: usize = 3;
const MARGIN: f32 = 64.0;
/// Between the decision's panel and the figures.
const GAP: f32 = 18.0;

/// The texts a card shows, chosen from the outcome; `render` lays them out.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// "Cost calculators", or "Cost calculators · <calculator>" when the title is a scenario's
    /// name.
    pub site: String,
    pub title: String,
    /// The verdict's decision in words, or why there is none.
    pub decision: String,
    /// Whether `decision` is an answer (false: the inputs cannot be computed).
    pub answered: bool,
    /// (label, value as the card shows it), at most three.
    pub figures: Vec<(String, String)>,
    /// Which inputs and prices the figures are at.
    pub footer: String,
}

impl Card {
    /// The card of `calc` at `inputs`; `heading` is a scenario's name, shown as the title.
    pub fn of(calc: &dyn Calculator, inputs: &Inputs, heading: Option<&str>) -> Card {
        let meta = calc.meta();
        let heading = heading.map(str::trim).filter(|h| !h.is_empty());
        let site = match heading {
            Some(_) => format!("{} · {}", registry_site_name(), meta.title),
            None => registry_site_name().to_string(),
        };
        let title = heading.unwrap_or(meta.title).to_string();
        let at = match heading {
            // The title already names it.
            Some(_) => "Figures for this scenario".to_string(),
            None => "Figures at the default inputs".to_string(),
        };
        match evaluate(calc, inputs) {
            Ok(o) => {
                let footer = match o.prices_as_of() {
                    Some(date) => format!("{at} · Prices as of {date}"),
                    None => at,
                };
                Card {
                    site,
                    title,
                    decision: o.verdict.words.clone(),
                    answered: true,
                    figures: key_figures(&o),
                    footer,
                }
            }
            Err(_) => Card {
                site,
                title,
                decision: "These inputs cannot be computed".to_string(),
                answered: false,
                figures: Vec::new(),
                footer: at,
            },
        }
    }

    /// Every text the card draws, for checking the font covers them.
    pub fn texts(&self) -> Vec<&str> {
        let mut out =
            vec![self.site.as_str(), self.title.as_str(), self.decision.as_str(), self.footer.as_str()];
        for (label, value) in &self.figures {
            out.extend([label.as_str(), value.as_str()]);
        }
        out.push(ELLIPSIS);
        out
    }

    /// The characters of the card's texts that its fonts cannot draw (a scenario name in
    /// another script): `cargo xtask dist` refuses such a card rather than draw boxes.
    pub fn missing_glyphs(&self) -> Vec<char> {
        let mut out: Vec<char> = self.texts().iter().flat_map(|t| missing_glyphs(t)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The site's name as every page says it.
fn registry_site_name() -> &'static str {
    registry::pages::SITE_NAME
}

/// The first figures that apply and have a value, as the page's cards and the PDF's first page
/// show them.
pub fn key_figures(o: &Outcome) -> Vec<(String, String)> {
    o.headlines
        .iter()
        .filter(|f| f.applies() && f.value.is_some())
        .take(KEY_FIGURES)
        .map(|f| match &f.period {
            // A total says the period it covers, as the PDF's first page does.
            Some(period) => (format!("{}, {period}", f.label), f.display.clone()),
            None => (f.label.to_string(), f.display.clone()),
        })
        .collect()
}

/// The characters of `text` that the card's fonts have no glyph for.
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let fonts = Fonts::load();
    let mut out: Vec<char> = text
        .chars()
        .filter(|c| {
            !c.is_whitespace() && (fonts.regular.glyph_id(*c).0 == 0 || fonts.bold.glyph_id(*c).0 == 0)
        })
        .collect();
    out.dedup();
    out
}

/// The PNG of the card of `calc` at `inputs` (see `Card::of`).
pub fn card(calc: &dyn Calculator, inputs: &Inputs, heading: Option<&str>) -> Vec<u8> {
    render(&Card::of(calc, inputs, heading))
}

/// Lays `card` out on 1200×630 and encodes it.
pub fn render(card: &Card) -> Vec<u8> {
    let fonts = Fonts::load();
    let mut canvas = Canvas::new();
    let content = WIDTH as f32 - 2.0 * MARGIN;
    let regular = |size| Style { font: &fonts.regular, size };
    let bold = |size| Style { font: &fonts.bold, size };

    // A band of the accent colour along the top: the site's mark.
    canvas.fill(0.0, 0.0, WIDTH as f32, 10.0, colour::ACCENT);

    // Figures first, bottom up, so the decision gets the room that is left.
    let footer_base = HEIGHT as f32 - 40.0;
    let footer = fit(regular(24.0), &card.footer, content, 1);
    let mut y = 50.0;
    let site = fit(regular(26.0), &card.site, content, 1);
    y = canvas.lines(&site, MARGIN, y, colour::MUTED);
    y += 8.0;
    let title = fit(bold(40.0), &card.title, content, 2);
    y = canvas.lines(&title, MARGIN, y, colour::INK);
    y += 18.0;

    // Each figure a row: its label on the left, its value right-aligned in bold.
    let label_style = regular(30.0);
    let rows: Vec<Row> =
        card.figures.iter().map(|(l, v)| Row::new(label_style, bold(46.0), l, v, content)).collect();
    let rule_gap = 14.0;
    let rows_height = |rows: &[Row]| rows.iter().map(|r| r.height + rule_gap).sum::<f32>();
    let figures_top_limit = footer_base - 44.0;

    // The decision: as large as fits in two lines beside the figures; the figures give way
    // (three, then two) before it shrinks below 54 px.
    let pad = 18.0;
    // First a whole decision with at least two figures; failing that, as many figures as fit
    // under the smallest decision, cut if it must be (no figures always fits).
    let sizes = [72.0, 66.0, 60.0, 54.0];
    let whole_first = (2.min(rows.len())..=rows.len()).rev().flat_map(|n| sizes.map(|s| (n, s, true)));
    let then_cut = (0..=rows.len()).rev().map(|n| (n, 54.0, false));
    let mut chosen = None;
    for (n, size, must_be_whole) in whole_first.chain(then_cut) {
        let candidate = fit(bold(size), &card.decision, content - 2.0 * pad - 12.0, 2);
        let panel = candidate.height() + 2.0 * pad;
        let fits = y + panel + GAP + rows_height(&rows[..n]) <= figures_top_limit;
        if fits && (!must_be_whole || !decision_was_cut(&candidate, &card.decision)) {
            chosen = Some((candidate, n));
            break;
        }
    }
    let (decision, shown) = chosen.expect("a decision without figures fits");
    let panel = decision.height() + 2.0 * pad;
    canvas.fill(MARGIN, y, content, panel, colour::PANEL);
    canvas.fill(MARGIN, y, 12.0, panel, colour::ACCENT);
    let ink = if card.answered { colour::ACCENT_DARK } else { colour::ERROR };
    canvas.lines(&decision, MARGIN + 12.0 + pad, y + pad, ink);
    y += panel + GAP;

    for row in &rows[..shown] {
        canvas.lines(&row.label, MARGIN, y + row.label_offset, colour::MUTED);
        canvas.lines_right(&row.value, MARGIN + content, y + row.value_offset, colour::INK);
        y += row.height + rule_gap / 2.0;
        canvas.fill(MARGIN, y, content, 2.0, colour::LINE);
        y += rule_gap / 2.0;
    }

    canvas.lines(&footer, MARGIN, footer_base - footer.height() + 24.0 * 0.2, colour::MUTED);
    canvas.png()
}

const ELLIPSIS: &str = "…";

/// Whether the text had to be shortened to fit.
fn decision_was_cut(lines: &Lines, text: &str) -> bool {
    lines.lines.iter().any(|l| l.ends_with(ELLIPSIS)) && !text.ends_with(ELLIPSIS)
}

struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Fonts {
    fn load() -> Fonts {
        Fonts {
            regular: FontRef::try_from_slice(REGULAR).expect("the report's regular face"),
            bold: FontRef::try_from_slice(BOLD).expect("the report's bold face"),
        }
    }
}

#[derive(Clone, Copy)]
struct Style<'f> {
    font: &'f FontRef<'static>,
    size: f32,
}

impl Style<'_> {
    fn scale(&self) -> PxScale {
        // `PxScale` is the font's ascent-to-descent height; `size` is its em, as CSS means it.
        let f = self.font;
        let units = f.units_per_em().unwrap_or(2048.0);
        PxScale::from(self.size * f.height_unscaled() / units)
    }

    fn width(&self, text: &str) -> f32 {
        let scaled = self.font.as_scaled(self.scale());
        let mut width = 0.0;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                width += scaled.kern(p, id);
            }
            width += scaled.h_advance(id);
            prev = Some(id);
        }
        width
    }

    fn line_height(&self) -> f32 {
        (self.size * 1.18).round()
    }
}

/// Lines of one style, laid out; `height` is their total line height.
struct Lines<'f> {
    style: Style<'f>,
    lines: Vec<String>,
}

impl Lines<'_> {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.style.line_height()
    }

    fn width(&self) -> f32 {
        self.lines.iter().map(|l| self.style.width(l)).fold(0.0, f32::max)
    }
}

/// `text` wrapped at its spaces into at most `max_lines` lines of `width`; what does not fit
/// ends the last line with an ellipsis, cut at a space when one is near, else between letters.
fn fit<'f>(style: Style<'f>, text: &str, width: f32, max_lines: usize) -> Lines<'f> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let joined = lines.last().map(|line| format!("{line} {word}"));
        match joined {
            Some(joined) if style.width(&joined) <= width => {
                *lines.last_mut().expect("joined to it") = joined;
            }
            Some(joined) if lines.len() == max_lines => {
                // No room for another line: the last one ends with an ellipsis.
                *lines.last_mut().expect("joined to it") = shorten(style, &joined, width);
                return Lines { style, lines };
            }
            _ => lines.push(word.to_string()),
        }
        // A single word wider than the line is cut.
        let last = lines.last_mut().expect("just pushed");
        if style.width(last) > width {
            *last = shorten(style, last, width);
            if words.peek().is_some() || lines.len() == max_lines {
                return Lines { style, lines };
            }
        }
    }
    Lines { style, lines }
}

/// `text` cut so that it and an ellipsis fit `width`: at the last space if that keeps at least
/// half the line, else between characters.
fn shorten(style: Style, text: &str, width: f32) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut n = chars.len();
    while n > 0 && style.width(&format!("{}{ELLIPSIS}", chars[..n].iter().collect::<String>())) > width {
        n -= 1;
    }
    let kept: String = chars[..n].iter().collect();
    let at_space = kept.rfind(' ').filter(|&i| i * 2 >= kept.len());
    let kept = match at_space {
        Some(i) => kept[..i].trim_end(),
        None => kept.trim_end(),
    };
    let kept = kept.trim_end_matches([',', ';', ':', '·', '(', '-', '—']).trim_end();
    format!("{kept}{ELLIPSIS}")
}

/// A figure's row: the label wrapped on the left, the value right-aligned (on two lines if it
/// must), side by side.
struct Row<'f> {
    label: Lines<'f>,
    value: Lines<'f>,
    height: f32,
    label_offset: f32,
    value_offset: f32,
}

impl<'f> Row<'f> {
    fn new(label_style: Style<'f>, value_style: Style<'f>, label: &str, value: &str, width: f32) -> Row<'f> {
        let gap = 32.0;
        let mut value_lines = fit(value_style, value, width * 0.6, 1);
        if value_lines.lines.iter().any(|l| l.ends_with(ELLIPSIS)) {
            value_lines = fit(value_style, value, width * 0.6, 2);
        }
        let label_width = width - value_lines.width() - gap;
        let label_lines = fit(label_style, label, label_width, 2);
        let height = label_lines.height().max(value_lines.height());
        // Both blocks centred on the row.
        Row {
            label_offset: (height - label_lines.height()) / 2.0,
            value_offset: (height - value_lines.height()) / 2.0,
            label: label_lines,
            value: value_lines,
            height,
        }
    }
}

/// An RGB image with opaque fills and antialiased text.
struct Canvas {
    pixels: Vec<colour::Rgb>,
}

impl Canvas {
    fn new() -> Canvas {
        Canvas { pixels: vec![colour::BG; (WIDTH * HEIGHT) as usize] }
    }

    fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, c: colour::Rgb) {
        let (x0, y0) = (x.round().max(0.0) as u32, y.round().max(0.0) as u32);
        let (x1, y1) = (((x + w).round() as u32).min(WIDTH), ((y + h).round() as u32).min(HEIGHT));
        for yy in y0..y1 {
            for xx in x0..x1 {
                self.pixels[(yy * WIDTH + xx) as usize] = c;
            }
        }
    }

    /// Draws `lines` with their first line's top at `top`; returns the y under the last.
    fn lines(&mut self, lines: &Lines, x: f32, top: f32, c: colour::Rgb) -> f32 {
        let mut y = top;
        for line in &lines.lines {
            self.text(lines.style, line, x, y, c);
            y += lines.style.line_height();
        }
        y
    }

    /// Like `lines`, each line's right edge at `right`.
    fn lines_right(&mut self, lines: &Lines, right: f32, top: f32, c: colour::Rgb) {
        let mut y = top;
        for line in &lines.lines {
            let x = right - lines.style.width(line);
            self.text(lines.style, line, x, y, c);
            y += lines.style.line_height();
        }
    }

    /// One line of text, its line box's top at `top`. Coverage is rounded to sixteenths, so
    /// the image keeps few colours and fits a PNG palette.
    fn text(&mut self, style: Style, text: &str, x: f32, top: f32, c: colour::Rgb) {
        let scale = style.scale();
        let scaled = style.font.as_scaled(scale);
        let leading = (style.line_height() - (scaled.ascent() - scaled.descent())) / 2.0;
        let baseline = (top + leading + scaled.ascent()).round();
        let mut pen = x.round();
        let mut prev: Option<GlyphId> = None;
        for ch in text.chars() {
            let id = scaled.glyph_id(ch);
            if let Some(p) = prev {
                pen += scaled.kern(p, id);
            }
            // A character the font lacks is left out, never drawn as a box (`missing_glyphs`).
            if id.0 == 0 && !ch.is_whitespace() {
                continue;
            }
            let glyph = id.with_scale_and_position(scale, point(pen, baseline));
            pen += scaled.h_advance(id);
            prev = Some(id);
            let Some(outlined) = style.font.outline_glyph(glyph) else { continue };
            let bounds = outlined.px_bounds();
            outlined.draw(|gx, gy, coverage| {
                let (px, py) = (bounds.min.x as i64 + gx as i64, bounds.min.y as i64 + gy as i64);
                if px < 0 || py < 0 || px >= WIDTH as i64 || py >= HEIGHT as i64 {
                    return;
                }
                let a = (coverage.clamp(0.0, 1.0) * 16.0).round() / 16.0;
                if a == 0.0 {
                    return;
                }
                let i = (py as u32 * WIDTH + px as u32) as usize;
                let under = self.pixels[i];
                self.pixels[i] = std::array::from_fn(|k| {
                    (f32::from(under[k]) * (1.0 - a) + f32::from(c[k]) * a).round() as u8
                });
            });
        }
    }

    /// A palette PNG when the image has at most 256 colours (it usually does: text is a few
    /// colours over a few fills), else RGB.
    fn png(&self) -> Vec<u8> {
        let mut palette: Vec<colour::Rgb> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut indexed = Vec::with_capacity(self.pixels.len());
        for p in &self.pixels {
            let i = *index.entry(*p).or_insert_with(|| {
                palette.push(*p);
                palette.len() - 1
            });
            indexed.push(i);
        }
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::High);
        let data: Vec<u8> = if palette.len() <= 256 {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette.concat());
            indexed.iter().map(|&i| i as u8).collect()
        } else {
            encoder.set_color(png::ColorType::Rgb);
            self.pixels.concat()
        };
        let mut writer = encoder.write_header().expect("a PNG header into memory");
        writer.write_image_data(&data).expect("PNG data into memory");
        writer.finish().expect("the PNG's end into memory");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::defaults;

    /// Every calculator's card at its defaults, then at each preset (named).
    fn every_card() -> Vec<(String, Card)> {
        let mut out = Vec::new();
        for calc in registry::CALCULATORS {
            let slug = calc.meta().slug;
            out.push((slug.to_string(), Card::of(*calc, &defaults(*calc), None)));
            for p in calc.presets() {
                let inputs = p.inputs(*calc).expect("presets are strict");
                out.push((format!("{slug}/{}", p.key), Card::of(*calc, &inputs, Some(p.name))));
            }
        }
        out
    }

    /// The PNG's size and its pixels as RGB.
    fn decode(png: &[u8]) -> (u32, u32, Vec<[u8; 3]>) {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("fits memory")];
        let info = reader.next_frame(&mut buf).expect("one frame");
        assert_eq!(info.bit_depth, png::BitDepth::Eight);
        let channels = match info.color_type {
            png::ColorType::Rgb => 3,
            png::ColorType::Rgba => 4,
            other => panic!("an RGB(A) image, not {other:?}"),
        };
        let pixels = buf[..info.buffer_size()].chunks(channels).map(|p| [p[0], p[1], p[2]]).collect();
        (info.width, info.height, pixels)
    }

    fn count(pixels: &[[u8; 3]], x: std::ops::Range<u32>, y: std::ops::Range<u32>, c: colour::Rgb) -> usize {
        y.flat_map(|yy| x.clone().map(move |xx| (yy * WIDTH + xx) as usize))
            .filter(|&i| pixels[i] == c)
            .count()
    }

    #[test]
    fn every_text_of_every_card_has_its_glyphs_in_the_font() {
        let mut missing = Vec::new();
        for (name, card) in every_card() {
            for text in card.texts() {
                let gaps = missing_glyphs(text);
                if !gaps.is_empty() {
                    missing.push(format!("{name}: {gaps:?} in {text:?}"));
                }
            }
        }
        assert!(missing.is_empty(), "characters the card's font cannot draw:\n{}", missing.join("\n"));
        assert_eq!(missing_glyphs("Ok → 中"), ['中'], "the check sees a missing glyph");
        let calc = registry::CALCULATORS[0];
        let named = Card::of(calc, &defaults(calc), Some("注文 cluster"));
        assert_eq!(named.missing_glyphs(), ['文', '注']);
    }

    #[test]
    fn a_card_is_a_1200_by_630_png_with_the_decision_and_figures_drawn_under_60_kb() {
        for calc in registry::CALCULATORS {
            let slug = calc.meta().slug;
            let png = card(*calc, &defaults(*calc), None);
            assert!(png.len() < 60_000, "{slug}: {} bytes", png.len());
            let (w, h, pixels) = decode(&png);
            assert_eq!((w, h), (WIDTH, HEIGHT), "{slug}");
            // The decision, in full ink, inside its panel (top left of the card's middle).
            let decision = count(&pixels, 90..1130, 150..330, colour::ACCENT_DARK);
            assert!(decision > 2_000, "{slug}: {decision} pixels of the decision");
            // The figures' values, right-aligned, under the panel.
            let figures = count(&pixels, 600..1136, 260..560, colour::INK);
            assert!(figures > 2_000, "{slug}: {figures} pixels of the figures");
            // The accent band along the top edge.
            assert_eq!(count(&pixels, 0..WIDTH, 0..10, colour::ACCENT), (WIDTH * 10) as usize, "{slug}");
        }
    }

    #[test]
    fn the_same_inputs_give_the_same_bytes() {
        let calc = registry::CALCULATORS[0];
        let preset = &calc.presets()[0];
        let inputs = preset.inputs(calc).expect("strict");
        assert_eq!(card(calc, &inputs, Some(preset.name)), card(calc, &inputs, Some(preset.name)));
        assert_ne!(card(calc, &inputs, Some(preset.name)), card(calc, &defaults(calc), None));
    }

    #[test]
    fn the_card_says_the_verdict_and_the_first_figures_with_a_value_as_the_page_does() {
        for calc in registry::CALCULATORS {
            let inputs = defaults(*calc);
            let o = evaluate(*calc, &inputs).expect("defaults evaluate");
            let card = Card::of(*calc, &inputs, None);
            assert_eq!(card.title, calc.meta().title);
            assert_eq!(card.decision, o.verdict.words);
            assert!(card.answered);
            assert!(!card.figures.is_empty() && card.figures.len() <= KEY_FIGURES, "{}", card.title);
            let first = o.headlines.iter().find(|f| f.applies() && f.value.is_some()).expect("a figure");
            assert_eq!(card.figures[0].1, first.display);
            assert!(card.figures[0].0.starts_with(first.label));
            assert!(card.footer.starts_with("Figures at the default inputs"), "{}", card.footer);
            if let Some(date) = o.prices_as_of() {
                assert!(card.footer.ends_with(&format!("Prices as of {date}")), "{}", card.footer);
            }
        }
        let calc = registry::CALCULATORS[0];
        let named = Card::of(calc, &defaults(calc), Some("  Orders cluster "));
        assert_eq!(named.title, "Orders cluster");
        assert_eq!(named.site, format!("{} · {}", registry::pages::SITE_NAME, calc.meta().title));
        assert!(named.footer.starts_with("Figures for this scenario"));
    }

    #[test]
    fn inputs_that_cannot_be_computed_say_so_rather_than_show_figures() {
        let calc = registry::CALCULATORS[0];
        let mut inputs = defaults(calc);
        inputs.set("not-a-field", calc_core::Value::Num(1.0));
        let card = Card::of(calc, &inputs, None);
        assert!(!card.answered);
        assert!(card.figures.is_empty());
        let (w, h, _) = decode(&render(&card));
        assert_eq!((w, h), (WIDTH, HEIGHT));
    }

    #[test]
    fn the_longest_texts_keep_clear_of_the_footer() {
        let long = "Bring your own licences (AWS EC2 Dedicated Hosts, your licences) before the renewal of every agreement";
        let label = "Its saving over the horizon against the other licence model, over the 36 months compared, discounted";
        let card = Card {
            site: format!("{} · SQL Server and Oracle licensing across clouds", registry::pages::SITE_NAME),
            title: "A scenario name that runs over two whole lines of the card's title and then some more"
                .into(),
            decision: long.into(),
            answered: true,
            figures: vec![(label.into(), "saves $1,234,567".into()); 3],
            footer: "Figures for this scenario · Prices as of 2026-03-28".into(),
        };
        let (_, _, pixels) = decode(&render(&card));
        // Figures end above the footer's band, whose text is muted, never ink.
        assert_eq!(count(&pixels, 0..WIDTH, 548..HEIGHT, colour::INK), 0);
        assert!(count(&pixels, 0..WIDTH, 548..HEIGHT, colour::MUTED) > 500, "the footer is drawn");
        assert!(count(&pixels, 0..WIDTH, 150..560, colour::ACCENT_DARK) > 2_000, "the decision is drawn");
    }

    #[test]
    fn long_texts_wrap_then_end_in_an_ellipsis_within_their_width() {
        let fonts = Fonts::load();
        let style = Style { font: &fonts.bold, size: 60.0 };
        let text = "Bring your own licences (Azure VM, Azure Hybrid Benefit) and then some more words to go";
        let lines = fit(style, text, 700.0, 2);
        assert_eq!(lines.lines.len(), 2);
        assert!(lines.lines.iter().all(|l| style.width(l) <= 700.0), "{:?}", lines.lines);
        assert!(lines.lines[1].ends_with(ELLIPSIS), "{:?}", lines.lines);
        assert!(!lines.lines[0].ends_with(ELLIPSIS));
        // One word wider than the line is cut between letters.
        let word = fit(style, "Supercalifragilisticexpialidocious", 300.0, 1);
        assert!(
            word.lines[0].ends_with(ELLIPSIS) && style.width(&word.lines[0]) <= 300.0,
            "{:?}",
            word.lines
        );
        // What fits is left whole.
        assert_eq!(fit(style, "Use AHB", 700.0, 2).lines, ["Use AHB"]);
    }
}
