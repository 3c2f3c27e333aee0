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
        let verdict = &json["verdict"];
        assert!(verdict["decision"].as_str().is_some_and(|v| !v.is_empty()), "{url}");
        assert!(verdict["decision_key"].as_str().is_some_and(|v| !v.is_empty()), "{url}");
        assert!(verdict["facts"].as_array().is_some_and(|f| f.iter().all(|x| x.is_string())), "{url}");
    }
}

#[test]
fn eval_table_shows_verdict_figures_and_warnings_for_full_urls() {
    let (code, out, _) = cost(&["eval", "https://calc.example/tools/aurora-io?storage_gb=800&io_m=1200"]);
    assert_eq!(code, 0);
    assert!(out.contains("Verdict: ") && out.contains("/tools/aurora-io/?storage_gb=800&io_m=1200"));
    assert!(out.contains("Warnings:"));
}

#[test]
fn an_example_pages_address_evaluates_as_its_link_does() {
    // What "Share" gives on /tools/aurora-io/oltp-read-heavy/: the preset, under its name.
    let (code, page, err) =
        cost(&["eval", "https://calc.example/tools/aurora-io/oltp-read-heavy/", "--json"]);
    assert_eq!(code, 0, "{err}");
    let link = "/tools/aurora-io/?class=db.r6g.xlarge&storage_gb=300&io_m=5000&io_reduction=30";
    let (_, same, _) = cost(&["eval", link, "--json"]);
    assert_eq!(page, same);
    // A query that sets inputs replaces the page's scenario; display keys keep it.
    let (_, replaced, _) = cost(&["eval", "/tools/aurora-io/oltp-read-heavy/?io_m=10", "--json"]);
    let (_, plain, _) = cost(&["eval", "/tools/aurora-io/?io_m=10", "--json"]);
    assert_eq!(replaced, plain);
    let (_, themed, _) = cost(&["eval", "/tools/aurora-io/oltp-read-heavy/?theme=dark", "--json"]);
    assert_eq!(themed, page);
    let (code, _, err) = cost(&["eval", "/tools/aurora-io/our-own-cluster/"]);
    assert_eq!(code, 2);
    assert!(err.contains("not one of aurora-io's examples"), "{err}");
}

#[test]
fn list_names_every_calculator_and_key() {
    let (code, out, _) = cost(&["list"]);
    assert_eq!(code, 0);
    for needle in
        ["/tools/aurora-io/", "/tools/ahb/", "storage_gb", "0–1,000,000 GB", "one of: sqldb, sqlmi, vm"]
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
        assert!(text.contains(&words(&json["verdict"]["decision"])), "{url}: the decision");
        for fact in json["verdict"]["facts"].as_array().unwrap() {
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

/// Every scenario a test should export: the golden links, and every calculator's defaults and
/// presets as the page's preset buttons link them.
fn every_scenario() -> Vec<String> {
    let mut urls: Vec<String> = goldens().iter().map(|g| g["url"].as_str().unwrap().to_string()).collect();
    for calc in registry::CALCULATORS {
        urls.push(format!("/tools/{}", calc.meta().slug));
        for preset in calc.presets() {
            let inputs = preset.inputs(*calc).unwrap();
            urls.push(scenario::tools_path(*calc, &inputs));
        }
    }
    urls
}

/// The export read back by the `csv` crate, strictly (every record the same width), as
/// (section, its header row, its records); header rows start with `section`, an empty record
/// separates sections.
type Section = (String, Vec<String>, Vec<Vec<String>>);

fn read_sections(bytes: &[u8]) -> Vec<Section> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    let mut sections: Vec<Section> = Vec::new();
    let mut width = None;
    for record in reader.records() {
        let record: Vec<String> = record.expect("well-formed CSV").iter().map(unguard).collect();
        assert_eq!(*width.get_or_insert(record.len()), record.len(), "one width");
        if record.iter().all(String::is_empty) {
            continue;
        }
        if record[0] == "section" {
            sections.push((String::new(), record, Vec::new()));
            continue;
        }
        let (name, _, rows) = sections.last_mut().expect("a header row before any record");
        if name.is_empty() {
            *name = record[0].clone();
        }
        assert_eq!(*name, record[0], "one section under one header row");
        rows.push(record);
    }
    sections
}

/// A text cell as written: the export puts an apostrophe before text a spreadsheet would run as
/// a formula (`'= With all three levers`); a reader takes it off.
fn unguard(field: &str) -> String {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => field.to_string(),
    }
}

/// `row[name]` by the header row.
fn cell<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let i = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {header:?}"));
    &row[i]
}

/// A CSV number equals a JSON number within 1e-9 relative; an empty cell is JSON's null.
fn same_number(csv: &str, json: &serde_json::Value, what: &str) {
    match json.as_f64() {
        None => assert!(json.is_null() && csv.is_empty(), "{what}: {csv:?} vs {json}"),
        Some(expected) => {
            assert!(!csv.contains(['e', 'E', ',', '$']), "{what}: {csv} is a plain decimal");
            let got: f64 = csv.parse().unwrap_or_else(|_| panic!("{what}: {csv:?} is not a number"));
            let scale = expected.abs().max(1e-300);
            assert!((got - expected).abs() / scale <= 1e-9 || got == expected, "{what}: {got} vs {expected}");
        }
    }
}

/// `same_number` for a value of `unit` (as `eval --json` names it): the CSV writes a share
/// (0–1) as a percentage, on the scale the inputs are typed in.
fn same_quantity(csv: &str, json: &serde_json::Value, unit: &str, what: &str) {
    let scaled = match json.as_f64() {
        Some(v) if unit == "share" => serde_json::json!(v * 100.0),
        _ => json.clone(),
    };
    same_number(csv, &scaled, what);
}

/// The unit the CSV names for a value of `unit`.
fn csv_unit(unit: &str) -> &str {
    if unit == "share" {
        "%"
    } else {
        unit
    }
}

#[test]
fn csv_for_every_golden_scenario_and_preset_parses_back_to_what_eval_json_says() {
    let dir = std::env::temp_dir().join(format!("cost-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let urls = every_scenario();
    assert!(urls.len() >= 20, "{} scenarios", urls.len());
    for (i, url) in urls.iter().enumerate() {
        let file = dir.join(format!("{i}.csv"));
        let args = [
            "csv",
            url,
            "-o",
            file.to_str().unwrap(),
            "--date",
            "2026-11-21",
            "--origin",
            "https://calc.example",
        ];
        let (code, _, err) = cost(&args);
        assert_eq!(code, 0, "{url}: {err}");
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBFsection,"), "{url}: UTF-8 BOM, then the first header row");
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(
            text.ends_with("\r\n") && text.matches('\n').count() == text.matches("\r\n").count(),
            "{url}: CRLF"
        );
        let (_, json, _) = cost(&["eval", url, "--json"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        let sections = read_sections(&bytes);
        let names: Vec<&str> = sections.iter().map(|(n, _, _)| n.as_str()).collect();
        let tables = json["tables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| !t["columns"].as_array().unwrap().is_empty());
        let mut expected_names = vec!["scenario", "input", "headline"];
        let (flips, swings) =
            (json["flip_points"].as_array().unwrap(), json["sensitivity"].as_array().unwrap());
        expected_names.extend(["flip"].iter().filter(|_| !flips.is_empty()));
        expected_names.extend(["sensitivity"].iter().filter(|_| !swings.is_empty()));
        expected_names.extend(tables.clone().map(|_| "table"));
        expected_names.push("assumption");
        assert_eq!(names, expected_names, "{url}");

        // scenario
        let (_, h, rows) = &sections[0];
        let scenario: std::collections::HashMap<&str, &str> =
            rows.iter().map(|r| (cell(h, r, "key"), cell(h, r, "value"))).collect();
        let (_, table, _) = cost(&["eval", url]);
        let canonical = table.lines().nth(1).unwrap();
        assert_eq!(scenario["link"], format!("https://calc.example{canonical}"), "{url}");
        assert_eq!(scenario["date"], "2026-11-21");
        assert_eq!(scenario["decision"], json["verdict"]["decision"].as_str().unwrap());
        assert_eq!(scenario["decision_key"], json["verdict"]["decision_key"].as_str().unwrap());
        let facts: Vec<&str> =
            rows.iter().filter(|r| cell(h, r, "key") == "fact").map(|r| cell(h, r, "value")).collect();
        let json_facts: Vec<&str> =
            json["verdict"]["facts"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
        assert_eq!(facts, json_facts, "{url}: the facts, one row each");
        // The oldest sheet price the scenario uses; none when every price it uses was typed.
        let cites_a_price = json["assumptions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["provenance"]["kind"] == "price sheet" && a["overridden"] == false);
        let as_of = scenario["prices_as_of"];
        assert!(
            if cites_a_price { as_of.len() == 10 && as_of.starts_with("20") } else { as_of.is_empty() },
            "{url}: {as_of}"
        );

        // inputs: every one, with the value it was evaluated with
        let (_, h, rows) = &sections[1];
        let inputs = json["inputs"].as_object().unwrap();
        assert_eq!(rows.len(), inputs.len(), "{url}: every input once");
        for row in rows {
            let key = cell(h, row, "key");
            let value = cell(h, row, "value");
            let what = format!("{url} input {key}");
            match &inputs[key] {
                serde_json::Value::String(s) => assert_eq!(value, s, "{what}"),
                serde_json::Value::Bool(b) => assert_eq!(value, if *b { "1" } else { "0" }, "{what}"),
                // Left on auto: the number it was evaluated with, where an assumption cites it.
                serde_json::Value::Null => {
                    assert!(cell(h, row, "display").starts_with("auto"), "{what}");
                    assert!(value.is_empty() || value.parse::<f64>().is_ok(), "{what}: {value}");
                }
                other => same_number(value, other, &what),
            }
            assert!(!cell(h, row, "label").is_empty() && !cell(h, row, "display").is_empty(), "{what}");
        }

        // headline figures, in the order the page shows them
        let (_, h, rows) = &sections[2];
        let figures = json["headlines"].as_object().unwrap();
        assert_eq!(rows.len(), figures.len(), "{url}: every headline figure");
        for row in rows {
            let key = cell(h, row, "key");
            let f = &figures[key];
            let what = format!("{url} figure {key}");
            let unit = f["unit"].as_str().unwrap();
            for part in ["value", "low", "high"] {
                same_quantity(cell(h, row, part), &f[part], unit, &format!("{what} {part}"));
            }
            for part in ["label", "display"] {
                assert_eq!(cell(h, row, part), f[part].as_str().unwrap(), "{what} {part}");
            }
            assert_eq!(cell(h, row, "unit"), csv_unit(unit), "{what} unit");
            assert_eq!(cell(h, row, "range_basis"), f["range_basis"].as_str().unwrap_or(""), "{what}");
        }

        // where the answer flips and what moves the primary figure, as `eval --json` gives them
        let mut next = 3;
        let mut section = |present: bool| {
            let s = if present { sections[next].clone() } else { (String::new(), Vec::new(), Vec::new()) };
            next += usize::from(present);
            s
        };
        let (_, h, rows) = &section(!flips.is_empty());
        assert_eq!(rows.len(), flips.len(), "{url}: every flip point");
        for (row, f) in rows.iter().zip(flips) {
            assert_eq!(cell(h, row, "key"), f["key"].as_str().unwrap(), "{url}");
            same_number(cell(h, row, "value"), &f["value"], &format!("{url} flip value"));
            assert_eq!(cell(h, row, "direction"), f["direction"].as_str().unwrap(), "{url}");
            assert_eq!(cell(h, row, "to_decision"), f["to_decision"].as_str().unwrap(), "{url}");
        }
        let (_, h, rows) = &section(!swings.is_empty());
        assert_eq!(rows.len(), swings.len(), "{url}: every sensitivity row");
        for (row, s) in rows.iter().zip(swings) {
            assert_eq!(cell(h, row, "key"), s["key"].as_str().unwrap(), "{url}");
            for part in ["low", "high", "figure_low", "figure_high"] {
                same_number(cell(h, row, part), &s[part], &format!("{url} sensitivity {part}"));
            }
        }

        // every table: title, columns with their units, rows with numbers unformatted
        for (t, (_, h, rows)) in tables.zip(&sections[next..]) {
            let key = t["key"].as_str().unwrap();
            let columns = t["columns"].as_array().unwrap();
            let labels: Vec<&str> = columns.iter().map(|c| c["label"].as_str().unwrap()).collect();
            assert_eq!(&h[3..3 + labels.len()], labels, "{url} table {key}");
            assert!(rows.iter().all(|r| r[1] == key), "{url} table {key}");
            assert_eq!(rows[0][2], "title");
            assert_eq!(rows[0][3], t["title"].as_str().unwrap());
            assert_eq!(rows[1][2], "unit");
            for (c, col) in columns.iter().enumerate() {
                assert_eq!(
                    rows[1][3 + c],
                    csv_unit(col["unit"].as_str().unwrap()),
                    "{url} table {key} unit {c}"
                );
            }
            let data = t["rows"].as_array().unwrap();
            assert_eq!(rows.len() - 2, data.len(), "{url} table {key}: every row");
            for (row, expected) in rows[2..].iter().zip(data) {
                assert_eq!(row[2], expected["kind"].as_str().unwrap());
                for (c, value) in expected["cells"].as_array().unwrap().iter().enumerate() {
                    let what = format!("{url} table {key} cell {c}");
                    let unit = columns[c]["unit"].as_str().unwrap();
                    match value {
                        // No text in a numeric column: it stays empty there.
                        serde_json::Value::String(_) if !unit.is_empty() => {
                            assert_eq!(row[3 + c], "", "{what}")
                        }
                        serde_json::Value::String(s) => assert_eq!(row[3 + c], *s, "{what}"),
                        n => same_quantity(&row[3 + c], n, unit, &what),
                    }
                }
            }
        }

        // assumptions: each with its text and, where it cites one, its source and date
        let (_, h, rows) = sections.last().unwrap();
        let assumptions = json["assumptions"].as_array().unwrap();
        assert_eq!(rows.len(), assumptions.len(), "{url}: every assumption");
        for (row, a) in rows.iter().zip(assumptions) {
            assert_eq!(cell(h, row, "label"), a["label"].as_str().unwrap());
            assert_eq!(cell(h, row, "display"), a["display"].as_str().unwrap());
            for url in a["provenance"]["urls"].as_array().unwrap() {
                assert!(cell(h, row, "source").contains(url.as_str().unwrap()));
            }
            let value = cell(h, row, "value");
            assert!(value.is_empty() || value.parse::<f64>().is_ok(), "{url}: {value}");
        }

        // `cost eval --csv` prints the same export, dated today
        let (code, printed, err) = cost(&["eval", url, "--csv"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(read_sections(printed.as_bytes()).len(), sections.len());
    }

    // same link and date, same bytes; the default file name is the page's
    let (a, b) = (dir.join("a.csv"), dir.join("b.csv"));
    for f in [&a, &b] {
        cost(&["csv", "/tools/ahb?vcores=8", "-o", f.to_str().unwrap(), "--date", "2026-11-21"]);
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let out = Command::new(env!("CARGO_BIN_EXE_cost"))
        .args(["csv", "/tools/ahb?vcores=8", "--date", "2026-11-21"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read(dir.join("ahb-2026-11-21.csv")).unwrap(), std::fs::read(&a).unwrap());
    // A named scenario's file is named after it (as the page saves it): letters and digits of
    // any script, lower-cased, every other run one hyphen.
    let named = "/tools/ahb/?vcores=8&title=Orders%20cluster%3A%20Q3%2FEU%20%E2%80%94%20M%C3%BCnchen!";
    let out = Command::new(env!("CARGO_BIN_EXE_cost"))
        .args(["csv", named, "--date", "2026-11-21"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.join("orders-cluster-q3-eu-münchen-ahb-2026-11-21.csv").is_file());
    let (code, _, err) = cost(&["csv", "/tools/ahb?vcores=-1", "-o", a.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("vcores"));
    assert_eq!(cost(&["eval", "/tools/ahb", "--json", "--csv"]).0, 2);
    std::fs::remove_dir_all(&dir).ok();
}

/// The CFO's spreadsheet: every price and input a number in its value column, percentages on
/// one scale, no text in a numeric column.
#[test]
fn csv_gives_prices_inputs_and_percentages_as_numbers() {
    let sections = |url: &str| {
        let (code, out, err) = cost(&["eval", url, "--csv"]);
        assert_eq!(code, 0, "{err}");
        read_sections(out.as_bytes())
    };
    let row = |s: &[Section], name: &str, key: &str| {
        let (_, h, rows) = s.iter().find(|(n, _, _)| n == name).unwrap().clone();
        let r =
            rows.iter().find(|r| cell(&h, r, "key") == key).unwrap_or_else(|| panic!("{name} {key}")).clone();
        (h, r)
    };
    // Before: the licence-included price (auto, compute + licence meter) had no number.
    let ahb = sections("/tools/ahb/");
    let (h, r) = row(&ahb, "input", "li_vcore_hour");
    assert_eq!((cell(&h, &r, "value"), cell(&h, &r, "unit")), ("0.252183", "USD/vCore-hour"));
    assert!(cell(&h, &r, "display").starts_with("auto"));
    let (h, r) = row(&ahb, "assumption", "li_vcore_hour");
    assert_eq!((cell(&h, &r, "value"), cell(&h, &r, "display")), ("0.252183", "$0.2522"));
    // Before: the Oracle list price per processor was text only.
    let oracle = sections("/tools/oracle-pg/");
    let (h, r) = row(&oracle, "assumption", "edition");
    assert_eq!((cell(&h, &r, "value"), cell(&h, &r, "display")), ("47500", "$47,500"));
    let (h, r) = row(&oracle, "assumption", "renewal_month");
    assert_eq!((cell(&h, &r, "value"), cell(&h, &r, "display")), ("1", "month 1"));
    // One scale for percentages: a share is written as the inputs are typed, in %.
    let aurora = sections("/tools/aurora-io/");
    let (h, r) = row(&aurora, "headline", "io_share");
    assert_eq!(cell(&h, &r, "unit"), "%");
    let share: f64 = cell(&h, &r, "value").parse().unwrap();
    assert!((share - 25.88).abs() < 0.01, "{share}");
    assert!(aurora.iter().flat_map(|(_, _, rows)| rows).all(|r| !r.iter().any(|c| c == "share")));
    // No text in a numeric column: "none" (no upfront fee) leaves the cell empty.
    for (name, h, rows) in sections("/tools/ri-roi/").iter().filter(|(n, _, _)| n == "table") {
        let units = &rows[1];
        for r in &rows[2..] {
            for (c, value) in r.iter().enumerate().skip(3) {
                if !units[c].is_empty() && !value.is_empty() {
                    assert!(value.parse::<f64>().is_ok(), "{name} {:?}: {value} under {}", r[1], h[c]);
                }
            }
        }
    }
}

/// Every preset's report, as a CFO gets it: it opens with the calculator or scenario name and
/// the decision, holds every headline figure, cites every default price by publisher and title
/// and every methodology source, and carries the link. Page images are kept for a person to
/// look at (tests/artifacts/report-pages).
#[test]
fn every_preset_report_names_its_decision_figures_sources_and_link() {
    if !have("pdftotext") || !have("pdftoppm") {
        println!("skipped: poppler-utils is not installed; `cargo xtask test` installs it");
        return;
    }
    let pages = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/artifacts/report-pages");
    std::fs::create_dir_all(pages).unwrap();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for calc in registry::CALCULATORS {
        for preset in calc.presets() {
            let inputs = preset.inputs(*calc).unwrap();
            let caption = scenario::Caption::new(&format!("Budget review: {}", preset.key), "");
            let url = scenario::tools_path_captioned(*calc, &inputs, &caption);
            let file = format!("{pages}/{}-{}.pdf", calc.meta().slug, preset.key);
            let (code, _, err) =
                cost(&["pdf", &url, "-o", &file, "--date", "2026-11-21", "--origin", "https://calc.example"]);
            assert_eq!(code, 0, "{url}: {err}");
            let text = Command::new("pdftotext").arg(&file).arg("-").output().unwrap().stdout;
            let text = String::from_utf8_lossy(&text).to_string();
            let flat = squeeze(&text);
            assert!(
                text.trim_start().starts_with(&format!("Budget review: {}", preset.key)),
                "{url}: the name first"
            );
            let outcome = calc_core::evaluate(*calc, &inputs).unwrap();
            assert!(flat.contains(&squeeze(&outcome.verdict.words)), "{url}: the decision");
            for fact in &outcome.verdict.facts {
                assert!(flat.contains(&squeeze(fact)), "{url}: the fact {fact}");
            }
            for f in &outcome.headlines {
                assert!(flat.contains(&squeeze(&f.display)), "{url}: {} {}", f.key, f.display);
            }
            // Every total says its period ("over 5 years") beside it.
            for f in outcome.headlines.iter().filter(|f| f.is_total()) {
                let period = f.period.as_deref().unwrap();
                assert!(flat.contains(&squeeze(period)), "{url}: {} {period}", f.key);
            }
            for a in outcome.assumptions.iter().filter(|a| !a.overridden) {
                for p in a.provenance.prices() {
                    assert!(flat.contains(&squeeze(p.cite)), "{url}: the source {}", p.cite);
                }
            }
            for s in calc.meta().sources {
                assert!(flat.contains(&squeeze(s.label)), "{url}: the source {}", s.label);
            }
            assert!(flat.contains(&squeeze(&format!("https://calc.example{url}"))), "{url}: the link");
            assert!(
                !text.contains("source post") && !text.contains("github.com\n"),
                "{url}: nothing internal"
            );
            let prefix = file.trim_end_matches(".pdf");
            let ok = Command::new("pdftoppm").args(["-r", "50", "-png", &file, prefix]).status().unwrap();
            assert!(ok.success());
        }
    }
}
