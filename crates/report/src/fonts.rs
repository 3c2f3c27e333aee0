//! The two embedded faces (Report Sans Regular and Bold, a subset of Liberation Sans 2.1.5,
//! see `fonts/README.md`): glyph lookup, advance widths for line breaking, text encoding for
//! the content stream, and the PDF font objects (Type0 / CIDFontType2, Identity-H, ToUnicode).

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Finish, Name, Pdf, Rect, Ref, Str};
use ttf_parser::{cmap, head, hhea, hmtx, maxp, os2, GlyphId, RawFace, Tag};

static REGULAR: &[u8] = include_bytes!("../fonts/ReportSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/ReportSans-Bold.ttf");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

pub struct Font {
    data: &'static [u8],
    base_font: &'static str,
    ascender: f32,
    descender: f32,
    cap_height: Option<f32>,
    bbox: [f32; 4],
    /// Every mapped character and its glyph, sorted by character.
    cmap: Vec<(char, u16)>,
    /// The character each glyph stands for in the ToUnicode CMap (the lowest code point
    /// the font's cmap maps to it), indexed by glyph id.
    unicode: Vec<Option<char>>,
    /// Advance widths in 1/1000 em, indexed by glyph id.
    widths: Vec<f32>,
    question: u16,
    space: u16,
}

/// What one character is drawn with.
struct Glyph {
    id: u16,
    /// False when the drawn glyph does not extract back to this character (a substitute or
    /// a glyph shared with another code point): the run then carries `/ActualText`.
    exact: bool,
}

impl Font {
    fn load(data: &'static [u8], base_font: &'static str) -> Font {
        // The faces are committed files checked by this crate's tests; failing to parse
        // them is a build defect, not an input error.
        Font::parse(data, base_font).expect("embedded font parses")
    }

    /// Reads only the tables a PDF needs (head, hhea, maxp, hmtx, cmap, OS/2), which keeps
    /// the rest of ttf-parser out of the wasm.
    fn parse(data: &'static [u8], base_font: &'static str) -> Option<Font> {
        let raw = RawFace::parse(data, 0).ok()?;
        let table = |tag: &[u8; 4]| raw.table(Tag::from_bytes(tag));
        let head = head::Table::parse(table(b"head")?)?;
        let hhea = hhea::Table::parse(table(b"hhea")?)?;
        let maxp = maxp::Table::parse(table(b"maxp")?)?;
        let hmtx = hmtx::Table::parse(hhea.number_of_metrics, maxp.number_of_glyphs, table(b"hmtx")?)?;
        let cmap = cmap::Table::parse(table(b"cmap")?)?;
        let cap_height = table(b"OS/2").and_then(os2::Table::parse).and_then(|t| t.capital_height());
        let upem = f32::from(head.units_per_em);
        let count = maxp.number_of_glyphs.get();

        // Sorted by insertion (subtables list code points in order, so this mostly appends;
        // it also keeps a sort routine out of the wasm). The first subtable that maps a
        // character wins, as in a text engine's lookup.
        let mut pairs: Vec<(char, u16)> = Vec::new();
        for sub in cmap.subtables {
            if !sub.is_unicode() {
                continue;
            }
            sub.codepoints(|cp| {
                if let (Some(c), Some(g)) = (char::from_u32(cp), sub.glyph_index(cp)) {
                    if let Err(at) = pairs.binary_search_by_key(&c, |&(k, _)| k) {
                        pairs.insert(at, (c, g.0));
                    }
                }
            });
        }
        let mut unicode: Vec<Option<char>> = vec![None; usize::from(count)];
        for &(c, g) in &pairs {
            if let Some(slot) = unicode.get_mut(usize::from(g)) {
                slot.get_or_insert(c);
            }
        }
        let widths = (0..count)
            .map(|g| (f32::from(hmtx.advance(GlyphId(g)).unwrap_or(0)) * 1000.0 / upem).round())
            .collect();
        let lookup = |c: char| pairs.binary_search_by_key(&c, |&(k, _)| k).map(|i| pairs[i].1).unwrap_or(0);
        let (question, space) = (lookup('?'), lookup(' '));
        let b = head.global_bbox;
        Some(Font {
            data,
            base_font,
            ascender: f32::from(hhea.ascender) / upem,
            descender: f32::from(hhea.descender) / upem,
            cap_height: cap_height.map(|h| f32::from(h) / upem),
            bbox: [b.x_min, b.y_min, b.x_max, b.y_max].map(|v| f32::from(v) * 1000.0 / upem),
            cmap: pairs,
            unicode,
            widths,
            question,
            space,
        })
    }

    fn glyph(&self, c: char) -> Glyph {
        let c = match c {
            '\t' | '\n' | '\r' => ' ',
            other => other,
        };
        match self.cmap.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => {
                let id = self.cmap[i].1;
                Glyph { id, exact: self.unicode.get(usize::from(id)).copied().flatten() == Some(c) }
            }
            Err(_) if c.is_whitespace() => Glyph { id: self.space, exact: false },
            Err(_) => Glyph { id: self.question, exact: false },
        }
    }

    /// Advance of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| self.widths.get(usize::from(self.glyph(c).id)).copied().unwrap_or(0.0))
            .sum();
        units * size / 1000.0
    }

    /// Glyph ids as big-endian u16 (Identity-H), and whether the run needs `/ActualText`
    /// for text extraction to give back exactly `text`.
    pub fn encode(&self, text: &str) -> (Vec<u8>, bool) {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        let mut exact = true;
        for c in text.chars() {
            let g = self.glyph(c);
            exact &= g.exact;
            bytes.extend_from_slice(&g.id.to_be_bytes());
        }
        (bytes, !exact)
    }

    /// Ascender and descender as fractions of the em (descender negative).
    fn metrics(&self) -> (f32, f32) {
        (self.ascender, self.descender)
    }

    /// Writes the Type0 font `type0` and its parts, using ids from `next`.
    fn write(&self, pdf: &mut Pdf, type0: Ref, next: &mut impl FnMut() -> Ref, weight: Weight) {
        let cid = next();
        let descriptor = next();
        let cmap = next();
        let file = next();
        let name = Name(self.base_font.as_bytes());
        let info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

        pdf.type0_font(type0)
            .base_font(name)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(name)
            .system_info(info)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        cid_font.widths().consecutive(0, self.widths.iter().copied());
        cid_font.finish();

        let (ascent, descent) = self.metrics();
        let cap = self.cap_height.unwrap_or(ascent * 0.8) * 1000.0;
        let [x0, y0, x1, y1] = self.bbox;
        pdf.font_descriptor(descriptor)
            .name(name)
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(x0, y0, x1, y1))
            .italic_angle(0.0)
            .ascent(ascent * 1000.0)
            .descent(descent * 1000.0)
            .cap_height(cap)
            .stem_v(if weight == Weight::Bold { 140.0 } else { 80.0 })
            .font_file2(file);

        let mut unicode = pdf_writer::types::UnicodeCmap::new(Name(b"Custom"), info);
        for (gid, c) in self.unicode.iter().enumerate() {
            if let (Some(c), Ok(gid)) = (c, u16::try_from(gid)) {
                unicode.pair(gid, *c);
            }
        }
        let cmap_data = unicode.finish();
        pdf.cmap(cmap, cmap_data.as_slice()).name(Name(b"Custom")).system_info(info);

        let length = i32::try_from(self.data.len()).unwrap_or(i32::MAX);
        pdf.stream(file, self.data).pair(Name(b"Length1"), length);
    }
}

pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
}

impl Fonts {
    pub fn load() -> Fonts {
        // A six-letter tag marks a subset font (ISO 32000-1, 9.6.4); fixed so output is
        // deterministic.
        Fonts {
            regular: Font::load(REGULAR, "RPTSNR+ReportSans-Regular"),
            bold: Font::load(BOLD, "RPTSNB+ReportSans-Bold"),
        }
    }

    pub fn get(&self, weight: Weight) -> &Font {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The resource name a page uses for a face.
    pub fn resource(weight: Weight) -> Name<'static> {
        match weight {
            Weight::Regular => Name(b"R"),
            Weight::Bold => Name(b"B"),
        }
    }

    /// Ascender (positive) and descender (negative) of the regular face, in em.
    pub fn metrics(&self) -> (f32, f32) {
        self.regular.metrics()
    }

    pub fn write(&self, pdf: &mut Pdf, regular: Ref, bold: Ref, next: &mut impl FnMut() -> Ref) {
        self.regular.write(pdf, regular, next, Weight::Regular);
        self.bold.write(pdf, bold, next, Weight::Bold);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_cover_the_characters_calculators_print() {
        let fonts = Fonts::load();
        for font in [&fonts.regular, &fonts.bold] {
            for c in "$€£×÷±–—…•≥≤−→’‘“”·%0123456789 AZaz".chars() {
                let g = font.glyph(c);
                assert!(g.exact && g.id != 0, "{c:?} missing");
            }
            assert!(font.width("$1,234", 10.0) > 20.0);
        }
    }

    #[test]
    fn characters_outside_the_faces_need_actual_text() {
        let fonts = Fonts::load();
        assert!(!fonts.regular.encode("plain text").1);
        assert!(fonts.regular.encode("tick ✓").1);
        assert!(fonts.regular.encode("thin\u{2009}space").1, "drawn with the space glyph");
    }
}
