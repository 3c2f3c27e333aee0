//! The `cost` binary on the golden scenarios shared with the browser tests, and on bad input.

use std::process::Command;

fn cost(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cost")).args(args).output().expect("run cost");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn goldens() -> Vec<serde_json::Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden");
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let list: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        all.extend(list);
    }
    assert!(all.len() >= 6, "golden scenarios for every calculator");
    all
}

#[test]
fn eval_json_gives_every_golden_figure_exactly() {
    for g in goldens() {
        let url = g["url"].as_str().unwrap();
        let (code, out, err) = cost(&["eval", url, "--json"]);
        assert_eq!(code, 0, "{url}: {err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        for (key, expected) in g["expect"].as_object().unwrap() {
            let figure = &json["headlines"][key];
            assert_eq!(&figure["display"], expected, "{url} {key}");
            assert!(figure.get("value").is_some() && figure.get("unit").is_some());
            assert!(figure.get("low").is_some() && figure.get("high").is_some());
        }
        assert!(json["verdict"].as_str().is_some_and(|v| v.len() > 20));
    }
}

#[test]
fn eval_table_shows_verdict_figures_and_warnings_for_full_urls() {
    let (code, out, _) = cost(&["eval", "https://calc.example/tools/aurora-io?storage_gb=800&io_m=1200"]);
    assert_eq!(code, 0);
    assert!(out.contains("Verdict: ") && out.contains("/tools/aurora-io?storage_gb=800&io_m=1200"));
    assert!(out.contains("Warnings:"));
}

#[test]
fn list_names_every_calculator_and_key() {
    let (code, out, _) = cost(&["list"]);
    assert_eq!(code, 0);
    for needle in
        ["/tools/aurora-io", "/tools/ahb", "storage_gb", "0–1,000,000 GB", "one of: sqldb, sqlmi, vm"]
    {
        assert!(out.contains(needle), "{needle}");
    }
    let (_, json, _) = cost(&["list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(list.as_array().unwrap().len() >= 2);
}

#[test]
fn bad_input_exits_non_zero_naming_the_key_and_range() {
    let cases: &[(&str, &str)] = &[
        ("/tools/nope?x=1", "unknown calculator 'nope'"),
        ("/tools/aurora-io?bogus=1", "`bogus` is not an input"),
        ("/tools/aurora-io?storage_gb=-5", "`storage_gb=-5` is out of range (0–1,000,000 GB)"),
        ("/tools/aurora-io?io_m=lots", "`io_m=lots` is not a number"),
        ("/tools/aurora-io?io_m=NaN", "is not a number"),
        ("/tools/ahb?service=oracle", "one of: sqldb, sqlmi, vm"),
        ("not a link", "not a calculator link"),
    ];
    for (url, expected) in cases {
        let (code, out, err) = cost(&["eval", url, "--json"]);
        assert_eq!(code, 2, "{url}");
        assert!(out.is_empty());
        assert!(err.contains(expected), "{url}: {err}");
        assert!(!err.contains("panicked"));
    }
    assert_eq!(cost(&[]).0, 2);
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

#[test]
fn pdf_holds_every_golden_figure_exactly_as_eval_prints_it() {
    if !have("pdftotext") {
        println!("skipped: pdftotext (poppler-utils) is not installed; `cargo xtask test` installs it");
        return;
    }
    let dir = std::env::temp_dir().join(format!("cost-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (i, g) in goldens().iter().enumerate() {
        let url = g["url"].as_str().unwrap();
        let file = dir.join(format!("{i}.pdf"));
        let paper = if i % 2 == 0 { "a4" } else { "letter" };
        let (code, _, err) = cost(&[
            "pdf",
            url,
            "-o",
            file.to_str().unwrap(),
            "--date",
            "2026-11-21",
            "--paper",
            paper,
            "--origin",
            "https://calc.example",
        ]);
        assert_eq!(code, 0, "{url}: {err}");
        let text = Command::new("pdftotext").arg(&file).arg("-").output().unwrap().stdout;
        let text = String::from_utf8_lossy(&text).split_whitespace().collect::<Vec<_>>().join(" ");
        let (_, json, _) = cost(&["eval", url, "--json"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        let words =
            |v: &serde_json::Value| v.as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&words(&json["decision"])), "{url}: the decision");
        for fact in json["facts"].as_array().unwrap() {
            assert!(text.contains(&words(fact)), "{url}: the fact {fact}");
        }
        for (key, figure) in json["headlines"].as_object().unwrap() {
            assert!(text.contains(figure["display"].as_str().unwrap()), "{url}: {key}");
        }
        // a long link wraps across lines in the PDF
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        // the report carries the canonical link (defaults omitted), as the table prints it
        let (_, table, _) = cost(&["eval", url]);
        let canonical = table.lines().nth(1).unwrap();
        assert!(squeezed.contains(&format!("https://calc.example{canonical}")), "{url}: link {canonical}");
        assert!(text.contains("Generated on 2026-11-21"));
    }
    // same link and date, same bytes
    let a = dir.join("a.pdf");
    let b = dir.join("b.pdf");
    for f in [&a, &b] {
        cost(&["pdf", "/tools/ahb?vcores=8", "-o", f.to_str().unwrap(), "--date", "2026-11-21"]);
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let (code, _, err) = cost(&["pdf", "/tools/ahb?vcores=-1", "-o", a.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("vcores"));
    std::fs::remove_dir_all(&dir).ok();
}
