//! Assembles the laid-out pages into a PDF: page tree, the two embedded fonts, link
//! annotations, bookmarks and document information. No clock and no randomness: the same
//! input gives the same bytes.

use crate::doc::Doc;
use crate::fonts::{Fonts, Weight};
use pdf_writer::types::{ActionType, AnnotationType};
use pdf_writer::{Date, Finish, Pdf, Rect, Ref, Str, TextStr};

pub struct Info<'a> {
    pub title: &'a str,
    pub subject: &'a str,
    pub date: &'a str,
}

pub fn write(doc: Doc, fonts: &Fonts, info: &Info) -> Vec<u8> {
    let mut next_id = 0;
    let mut next = move || {
        next_id += 1;
        Ref::new(next_id)
    };
    let catalog = next();
    let tree = next();
    let regular = next();
    let bold = next();
    let info_id = next();
    let outline_root = next();

    let mut pdf = Pdf::new();
    let page_ids: Vec<Ref> = doc.pages.iter().map(|_| next()).collect();

    for (page, &page_id) in doc.pages.iter().zip(&page_ids) {
        let content_id = next();
        let annotation_ids: Vec<Ref> = page.links.iter().map(|_| next()).collect();
        let mut p = pdf.page(page_id);
        p.media_box(Rect::new(0.0, 0.0, doc.width, doc.height));
        p.parent(tree);
        p.contents(content_id);
        if !annotation_ids.is_empty() {
            p.annotations(annotation_ids.iter().copied());
        }
        p.resources()
            .fonts()
            .pair(Fonts::resource(Weight::Regular), regular)
            .pair(Fonts::resource(Weight::Bold), bold);
        p.finish();
        for ((rect, url), &id) in page.links.iter().zip(&annotation_ids) {
            let mut a = pdf.annotation(id);
            a.subtype(AnnotationType::Link).rect(*rect).border(0.0, 0.0, 0.0, None);
            a.action().action_type(ActionType::Uri).uri(Str(uri_bytes(url).as_slice()));
        }
        pdf.stream(content_id, page.content.as_bytes());
    }
    pdf.pages(tree).kids(page_ids.iter().copied()).count(page_ids.len() as i32);
    fonts.write(&mut pdf, regular, bold, &mut next);

    // Bookmarks, one per section.
    let items: Vec<Ref> = doc.bookmarks.iter().map(|_| next()).collect();
    if !items.is_empty() {
        pdf.outline(outline_root).first(items[0]).last(items[items.len() - 1]).count(items.len() as i32);
        for (k, b) in doc.bookmarks.iter().enumerate() {
            let mut item = pdf.outline_item(items[k]);
            item.title(TextStr(&b.title)).parent(outline_root);
            if k > 0 {
                item.prev(items[k - 1]);
            }
            if k + 1 < items.len() {
                item.next(items[k + 1]);
            }
            item.dest().page(page_ids[b.page]).xyz(0.0, b.y + 8.0, None);
        }
    }

    let mut cat = pdf.catalog(catalog);
    cat.pages(tree).lang(TextStr("en"));
    if !items.is_empty() {
        cat.outlines(outline_root);
    }
    cat.viewer_preferences().display_doc_title(true);
    cat.finish();

    let mut di = pdf.document_info(info_id);
    di.title(TextStr(info.title)).subject(TextStr(info.subject)).creator(TextStr("cost-calculator report"));
    if let Some(date) = parse_date(info.date) {
        di.creation_date(date);
    }
    di.finish();

    pdf.finish()
}

/// `YYYY-MM-DD` to a PDF date; anything else gives none.
fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| Date::new(year).month(month).day(day))
}

/// A URI action takes 7-bit ASCII: percent-encode anything else, and spaces.
fn uri_bytes(url: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(url.len());
    for &b in url.trim().as_bytes() {
        if b.is_ascii_graphic() {
            out.push(b);
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
    out
}
