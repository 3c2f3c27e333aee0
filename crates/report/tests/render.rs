//! Renders hand-built outcomes and checks the PDFs with poppler-utils (`pdftotext`,
//! `pdffonts`, `pdftoppm`, `pdfinfo`) when installed; those checks skip with a message when
//! the binaries are absent. PDFs and page images go to tests/artifacts/report/ (git-ignored).

mod fixture;

use report::{render, Paper};
use std::path::{Path, PathBuf};
use std::process::Command;

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/artifacts/report");
    std::fs::create_dir_all(&dir).expect("create tests/artifacts/report");
    dir
}

/// Runs a poppler tool; `None` (after printing why) when it is not installed.
fn poppler(tool: &str, args: &[&str]) -> Option<String> {
    match Command::new(tool).args(args).output() {
        Ok(out) => {
            assert!(out.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!(
                "skipping {tool} checks: `{tool}` is not installed (Debian: apt-get install poppler-utils)"
            );
            None
        }
        Err(e) => panic!("running {tool}: {e}"),
    }
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Text that pdftotext must find: words compared with whitespace collapsed (lines wrap),
/// URLs with whitespace removed (they wrap between characters).
struct Extracted {
    words: String,
    squeezed: String,
    /// `pdftotext -raw` (content-stream order, so a wrapped table cell stays in one piece),
    /// whitespace removed.
    raw_squeezed: String,
}

impl Extracted {
    fn assert_has(&self, expected: &str) {
        assert!(self.words.contains(&words(expected)), "pdftotext output lacks {expected:?}");
    }
    fn assert_has_url(&self, url: &str) {
        assert!(self.squeezed.contains(&squeezed(url)), "pdftotext output lacks URL {url:?}");
    }
}

fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let path = artifacts().join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

/// 20 mm, the report's margin on every side.
const MARGIN: f64 = 56.69;

fn attr(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
    tag[start..].split('"').next().and_then(|v| v.parse().ok()).expect("number")
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every word lies within the side margins, and the only words above or below the body
/// area are the running header (pages 2 on) and the footer: nothing overflows.
fn assert_within_margins(p: &str, header: &str) -> Option<()> {
    let html = poppler("pdftotext", &["-bbox", p, "-"])?;
    let pages: Vec<&str> = html.split("<page ").skip(1).collect();
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let (w, h) = (attr(page, "width"), attr(page, "height"));
        let tol = 0.6;
        let mut outside: Vec<String> = Vec::new();
        for word in page.split("<word ").skip(1) {
            let text = unescape(word.split('>').nth(1).and_then(|t| t.split("</word").next()).unwrap_or(""));
            let (x0, y0, x1, y1) =
                (attr(word, "xMin"), attr(word, "yMin"), attr(word, "xMax"), attr(word, "yMax"));
            assert!(
                x0 >= MARGIN - tol && x1 <= w - MARGIN + tol,
                "{p} page {}: {text:?} spans x {x0:.1}–{x1:.1}, outside the side margins",
                i + 1
            );
            assert!(y0 >= 0.0 && y1 <= h, "{p} page {}: {text:?} is off the page", i + 1);
            if y0 < MARGIN - tol || y1 > h - MARGIN - 6.0 + tol {
                outside.push(text);
            }
        }
        let mut expected: Vec<String> = format!("{} Page {} of {count}", report::DISCLAIMER, i + 1)
            .split_whitespace()
            .map(String::from)
            .collect();
        if i > 0 {
            expected.extend(header.split_whitespace().map(String::from));
        }
        outside.sort();
        expected.sort();
        assert_eq!(
            outside,
            expected,
            "{p} page {}: only the header and footer may sit in the margins",
            i + 1
        );
    }
    Some(())
}

/// Text, fonts and page images; `None` when poppler-utils is missing.
fn check_with_poppler(path: &Path) -> Option<Extracted> {
    let p = path.to_str().expect("utf-8 path");
    assert_within_margins(p, &format!("{} Scenario report · 2026-11-21", fixture::META.title))?;
    let text = poppler("pdftotext", &[p, "-"])?;

    let fonts = poppler("pdffonts", &[p])?;
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "two faces expected:\n{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (2 words: "CID TrueType"), encoding, emb, sub, uni, object, ID
        assert!(row.contains("CID TrueType") && row.contains("Identity-H"), "{row}");
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "embedded: {row}");
        assert_eq!(cols[n - 3], "yes", "ToUnicode: {row}");
    }
    assert!(fonts.contains("ReportSans-Regular") && fonts.contains("ReportSans-Bold"), "{fonts}");

    let info = poppler("pdfinfo", &[p])?;
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo page count");
    assert!(text.contains(&format!("Page 1 of {pages}")), "footer page numbers");
    assert!(text.contains(&format!("Page {pages} of {pages}")), "footer on the last page");
    assert_eq!(text.matches(report::DISCLAIMER).count(), pages, "disclaimer on every page");

    let stem = path.with_extension("");
    let stem = stem.to_str().expect("utf-8 path");
    poppler("pdftoppm", &["-r", "60", "-png", p, stem])?;
    let dir = path.parent().expect("dir");
    let name = Path::new(stem).file_name().expect("name").to_str().expect("utf-8").to_string();
    let pngs = std::fs::read_dir(dir)
        .expect("list artifacts")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f.starts_with(&format!("{name}-")) && f.ends_with(".png"))
        .count();
    assert!(pngs >= pages, "pdftoppm rendered {pngs} of {pages} pages");

    let raw = poppler("pdftotext", &["-raw", p, "-"])?;
    Some(Extracted { words: words(&text), squeezed: squeezed(&text), raw_squeezed: squeezed(&raw) })
}

#[test]
fn realistic_report_in_a4_and_letter() {
    let outcome = fixture::realistic();
    for (paper, name) in [(Paper::A4, "realistic-a4.pdf"), (Paper::Letter, "realistic-letter.pdf")] {
        let bytes = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, paper));
        assert!(bytes.starts_with(b"%PDF-"));
        let path = write_pdf(name, &bytes);
        let Some(text) = check_with_poppler(&path) else { return };

        text.assert_has(fixture::META.title);
        text.assert_has("Scenario report");
        text.assert_has("Generated on 2026-11-21");
        text.assert_has("Prices as of 2026-09-15");
        text.assert_has(&outcome.verdict.words);
        outcome.verdict.facts.iter().for_each(|f| text.assert_has(f));
        for f in &outcome.headlines {
            text.assert_has(f.label);
            text.assert_has(&f.display);
            text.assert_has(&f.range_line().expect("range"));
            let math = f.math.as_ref().expect("math");
            text.assert_has(&math.formula);
            text.assert_has(&math.substituted);
        }
        // The by-year table, with its total row.
        text.assert_has("Year 1");
        text.assert_has("Year 5");
        for caveat in fixture::META.caveats {
            text.assert_has(caveat);
        }
        for a in &outcome.assumptions {
            text.assert_has(&a.label);
            text.assert_has(&a.display);
            for p in a.provenance.prices() {
                text.assert_has_url(p.source);
            }
            if let Some(d) = a.provenance.as_of() {
                text.assert_has(&d.to_string());
            }
        }
        for s in fixture::META.sources {
            text.assert_has(s.label);
            text.assert_has_url(s.url);
        }
        for (label, value) in fixture::realistic_inputs() {
            text.assert_has(&label);
            text.assert_has(&value);
        }
        for w in &outcome.warnings {
            text.assert_has(&w.message);
        }
        for n in &outcome.notes {
            text.assert_has(n);
        }
        for p in fixture::META.methodology {
            text.assert_has(p);
        }
        for s in &outcome.charts[0].series {
            text.assert_has(&s.name);
        }
        for m in &outcome.charts[0].markers {
            text.assert_has(&m.label);
        }
        text.assert_has("$100,000");
        text.assert_has_url(fixture::LINK);
    }
}

#[test]
fn the_link_is_clickable() {
    let outcome = fixture::realistic();
    let bytes = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, Paper::A4));
    let pdf = String::from_utf8_lossy(&bytes);
    assert!(pdf.contains("/Subtype /Link"), "a link annotation");
    assert!(pdf.contains(&format!("/URI ({})", fixture::LINK)), "the annotation opens the scenario URL");
}

#[test]
fn extreme_inputs_render_without_losing_text() {
    let outcome = fixture::extreme();
    let url = fixture::long_url();
    assert_eq!(url.len(), 200);
    for (paper, name) in [(Paper::A4, "extreme-a4.pdf"), (Paper::Letter, "extreme-letter.pdf")] {
        let bytes = render(&fixture::input(&outcome, fixture::extreme_inputs(), &url, paper));
        let path = write_pdf(name, &bytes);
        let Some(text) = check_with_poppler(&path) else { return };
        text.assert_has(&outcome.verdict.words);
        outcome.verdict.facts.iter().for_each(|f| text.assert_has(f));
        for f in &outcome.headlines {
            assert_eq!(f.label.len(), 40);
            text.assert_has(f.label);
            text.assert_has(&f.display);
        }
        text.assert_has("$123,456,789,012");
        text.assert_has_url(&url);
        for w in &outcome.warnings {
            // The unbreakable token wraps between characters: compare it without whitespace.
            let (prose, _) = w.message.split_once("Supercali").unwrap_or((&w.message, ""));
            text.assert_has(prose.trim());
            assert!(text.squeezed.contains(&squeezed(&w.message)), "warning text intact");
        }
        // Long server names wrap between characters in the narrowed first column.
        assert!(text.raw_squeezed.contains("sql-prod-070-westeurope-businesscritical-replica"));
        text.assert_has(&format!("{} (continued)", outcome.tables[1].title));
        for (label, value) in fixture::extreme_inputs() {
            text.assert_has(&label);
            assert!(text.squeezed.contains(&squeezed(&value)));
        }
    }
}

#[test]
fn same_input_same_bytes() {
    let outcome = fixture::realistic();
    let a = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, Paper::A4));
    let b = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, Paper::A4));
    assert_eq!(a, b);
    let letter = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, Paper::Letter));
    assert_ne!(a, letter);
    assert!(String::from_utf8_lossy(&letter).contains("/MediaBox [0 0 612 792]"));
    assert!(String::from_utf8_lossy(&a).contains("/MediaBox [0 0 595 842]"));
}

#[test]
fn an_empty_outcome_still_renders() {
    let verdict = calc_core::Verdict::new(calc_core::Decision::new("none", "None"), "Nothing to compare.");
    let outcome = calc_core::Outcome { verdict, ..Default::default() };
    let bytes = render(&fixture::input(&outcome, Vec::new(), "", Paper::A4));
    let path = write_pdf("empty-a4.pdf", &bytes);
    if let Some(text) = check_with_poppler(&path) {
        text.assert_has("Nothing to compare.");
    }
}

#[test]
fn characters_outside_the_font_still_extract_exactly() {
    let verdict = "Saves 12% ✓ with a thin\u{2009}space and ₹ rupees.";
    let typed = calc_core::Verdict::new(calc_core::Decision::new("saves", "Saves"), verdict);
    let outcome = calc_core::Outcome { verdict: typed, ..Default::default() };
    let bytes = render(&fixture::input(&outcome, Vec::new(), fixture::LINK, Paper::A4));
    let path = write_pdf("fallback-a4.pdf", &bytes);
    if let Some(text) = check_with_poppler(&path) {
        // ActualText gives back the original characters, not the '?' drawn for them.
        text.assert_has(verdict);
    }
}

#[test]
fn torture_inputs_stay_inside_the_page() {
    use calc_core::{Axis, Cell, Chart, Column, Row, Series, Table, Unit};
    let mut outcome = fixture::extreme();
    let giant = format!("{}{}", "word ".repeat(2500), "x".repeat(3000));
    outcome.tables.push(Table {
        key: "giant",
        title: "A table title that goes on and on ".repeat(12),
        columns: vec![
            Column { label: "Item".into(), unit: Unit::TEXT },
            Column { label: "Amount".into(), unit: Unit::USD },
        ],
        rows: vec![
            Row::data(vec![Cell::Text(giant.clone()), Cell::Num(1.0)]),
            Row::total(vec![Cell::Text("Total".into()), Cell::Num(2.0)]),
        ],
    });
    outcome.tables.push(Table {
        key: "none",
        title: "No columns".into(),
        columns: Vec::new(),
        rows: vec![Row::data(Vec::new())],
    });
    outcome.charts.insert(
        0,
        Chart {
            key: "money_x",
            title: "Cost against spend".into(),
            x: Axis { label: "Monthly spend".into(), unit: Unit::USD },
            y: Axis { label: "Share".into(), unit: Unit::SHARE },
            series: vec![Series {
                name: "Saving share ".repeat(20),
                x: vec![1_000_000.0, 50_000_000_000.0, 123_456_789_012.0],
                y: vec![0.1, 0.35, 0.2],
                step: false,
            }],
            markers: vec![calc_core::Marker { label: "Peak ".repeat(40), x: 50_000_000_000.0, y: 0.35 }],
            categories: vec![],
        },
    );
    outcome.notes.extend((0..60).map(|k| format!("Note {k}: {}", "lorem ipsum ".repeat(k % 7 + 1))));
    let url = fixture::long_url();
    for paper in [Paper::A4, Paper::Letter] {
        let bytes = render(&fixture::input(&outcome, fixture::extreme_inputs(), &url, paper));
        let path = write_pdf(&format!("torture-{paper:?}.pdf").to_lowercase(), &bytes);
        let Some(text) = check_with_poppler(&path) else { return };
        // The giant cell is split across pages (header and caption repeat in between):
        // every word and every character of its unbreakable token is still there.
        assert_eq!(text.words.split(' ').filter(|w| *w == "word").count(), 2500);
        let xs: usize = text.words.split(' ').filter(|w| w.chars().all(|c| c == 'x')).map(str::len).sum();
        assert_eq!(xs, 3000);
        text.assert_has("Note 59:");
        text.assert_has(&"Saving share ".repeat(20));
    }
}

#[test]
fn a_bar_chart_prints_every_category_and_value() {
    let mut outcome = fixture::realistic();
    let categories = vec![
        "RDS licence-included".to_string(),
        "EC2 bring-your-own-licence on Dedicated Hosts, with Software Assurance".to_string(),
        "Change against today".to_string(),
    ];
    outcome.charts.insert(
        0,
        calc_core::charts::bars(
            "options",
            "Annual cost by option",
            "Option",
            ("Annual cost", calc_core::Unit::USD_PER_YEAR),
            categories.clone(),
            vec![calc_core::charts::Line::new("Total", vec![182_400.0, 96_310.0, -86_090.0])],
        ),
    );
    let bytes = render(&fixture::input(&outcome, fixture::realistic_inputs(), fixture::LINK, Paper::A4));
    let path = write_pdf("bars-a4.pdf", &bytes);
    let Some(text) = check_with_poppler(&path) else { return };
    text.assert_has("Annual cost by option");
    for c in &categories {
        assert!(text.squeezed.contains(&squeezed(c)), "category {c} printed whole");
    }
    for v in [182_400.0, 96_310.0, -86_090.0] {
        let v = calc_core::format::value(v, calc_core::Unit::USD_PER_YEAR);
        assert!(text.squeezed.contains(&squeezed(&v)), "value {v} printed");
    }
}
