//! `cost compare` against `cost eval`: the same scenarios, the same figures, and differences
//! that are the differences of what `eval --json` prints.

use std::process::Command;

fn cost(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cost")).args(args).output().expect("run cost");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = cost(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

/// For each calculator: its defaults against each example (by the example page's address, as
/// "Share" gives it), and a three-way comparison of the defaults, the first and the last
/// example.
/// `cost compare LINKS… OUTPUT… --date 2026-12-06 --origin https://calc.example`.
fn compare_args<'a>(links: &'a [String], output: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["compare"];
    args.extend(links.iter().map(String::as_str));
    args.extend(output);
    args.extend(["--date", "2026-12-06", "--origin", "https://calc.example"]);
    args
}

fn comparisons() -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let defaults = format!("/tools/{slug}/");
        let presets: Vec<String> =
            calc.presets().iter().map(|p| format!("/tools/{slug}/{}/", p.key)).collect();
        for p in &presets {
            all.push(vec![defaults.clone(), p.clone()]);
        }
        if let (Some(first), Some(last)) = (presets.first(), presets.last()) {
            all.push(vec![defaults.clone(), first.clone(), last.clone()]);
        }
    }
    all
}

/// Equal to the last bits a JSON round trip may move (serde_json's float parsing is not
/// always correctly rounded).
fn same(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

#[test]
fn compare_json_differences_are_the_differences_of_eval_json() {
    let cases = comparisons();
    assert!(cases.len() >= 20, "{} comparisons", cases.len());
    let mut three_way = 0;
    for links in cases {
        let mut args: Vec<&str> = vec!["compare"];
        args.extend(links.iter().map(String::as_str));
        args.push("--json");
        let compared = json_of(&args);
        let evals: Vec<serde_json::Value> = links.iter().map(|l| json_of(&["eval", l, "--json"])).collect();
        let slug = links[0].split('/').nth(2).unwrap();
        assert_eq!(compared["calculator"], slug);
        assert!(compared["link"].as_str().unwrap().starts_with(&format!("/tools/{slug}/compare/?a=")));

        // Each scenario is every key `eval --json` gives for its link, with its label and link.
        let scenarios = compared["scenarios"].as_array().unwrap();
        assert_eq!(scenarios.len(), links.len());
        for (i, (s, eval)) in scenarios.iter().zip(&evals).enumerate() {
            let mut s = s.as_object().unwrap().clone();
            let label = s.remove("label").unwrap();
            assert!(label.as_str().is_some_and(|l| !l.is_empty()), "{links:?} {i}");
            assert!(s.remove("link").unwrap().as_str().unwrap().starts_with(&format!("/tools/{slug}/")));
            assert_eq!(&serde_json::Value::Object(s), eval, "{links:?}: scenario {i} is eval --json's");
        }
        // An example's page is labelled with the example's name.
        let preset = registry::find(slug)
            .unwrap()
            .presets()
            .iter()
            .find(|p| links[1].ends_with(&format!("/{}/", p.key)));
        assert_eq!(scenarios[1]["label"], preset.unwrap().name, "{links:?}");
        assert_eq!(scenarios[0]["label"], "Scenario A");

        // diff.b = B − A, diff.c = C − A, of the values as `eval --json` has them.
        for (i, slot) in ["b", "c"].iter().enumerate().take(links.len() - 1) {
            let diff = compared["diff"][slot].as_object().unwrap_or_else(|| panic!("{links:?}: diff.{slot}"));
            let (a, other) = (&evals[0]["headlines"], &evals[i + 1]["headlines"]);
            assert_eq!(diff.len(), a.as_object().unwrap().len(), "{links:?}: every headline in diff.{slot}");
            for (key, d) in diff {
                let what = format!("{links:?} diff.{slot}.{key}");
                match (a[key]["value"].as_f64(), other[key]["value"].as_f64()) {
                    (Some(va), Some(vo)) => {
                        assert!(same(d["amount"].as_f64().unwrap(), vo - va), "{what}: {d} vs {}", vo - va);
                        match d["percent"].as_f64() {
                            // No share of A when A is zero or B is on the other side of zero
                            // (a saving against a cost): "+391% of a cost" reads as nonsense.
                            None => assert!((va == 0.0 || va * vo < 0.0) && d["percent"].is_null(), "{what}"),
                            Some(p) => assert!(same(p, (vo - va) / va.abs() * 100.0), "{what}: {p}"),
                        }
                        assert_eq!(d["unit"], a[key]["unit"], "{what}");
                    }
                    _ => assert!(d.is_null(), "{what}: a figure without a number has no difference"),
                }
            }
        }
        if links.len() == 3 {
            three_way += 1;
        } else {
            assert!(compared["diff"].get("c").is_none());
        }

        // The inputs that differ: exactly those whose values `eval --json` gives differently.
        let keys: Vec<&str> =
            compared["differing_inputs"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
        let inputs = evals[0]["inputs"].as_object().unwrap();
        for key in inputs.keys() {
            let differs = evals.iter().any(|e| e["inputs"][key] != evals[0]["inputs"][key]);
            assert_eq!(keys.contains(&key.as_str()), differs, "{links:?}: input {key}");
        }

        // The comparison's own link gives the same comparison.
        let (code, again, err) = cost(&["compare", compared["link"].as_str().unwrap(), "--json"]);
        assert_eq!(code, 0, "{err}");
        let again: serde_json::Value = serde_json::from_str(&again).unwrap();
        assert_eq!(again["diff"], compared["diff"], "{links:?}: by its link");
        assert_eq!(again["scenarios"], compared["scenarios"], "{links:?}: by its link");
    }
    assert!(three_way >= 9, "a three-way comparison for every calculator");
}

#[test]
fn the_table_names_each_column_and_says_no_difference_where_there_is_none() {
    let a = "/tools/aurora-io/?storage_gb=800&title=Today";
    let (code, out, err) = cost(&["compare", a, "/tools/aurora-io/oltp-read-heavy/", a]);
    assert_eq!(code, 0, "{err}");
    let header = out.lines().find(|l| l.contains("A: Today")).expect("a header row");
    for column in ["A: Today", "B: Read-heavy OLTP cluster", "C: Today"] {
        assert!(header.contains(column), "{column}: {header}");
    }
    assert!(out.contains("Decision"));
    // C has A's inputs: each of its figures reads "no difference".
    let (_, a_eval, _) = cost(&["eval", a, "--json"]);
    let a_eval: serde_json::Value = serde_json::from_str(&a_eval).unwrap();
    let figures = a_eval["headlines"].as_object().unwrap();
    assert_eq!(out.matches("vs A: no difference").count(), figures.len(), "{out}");
    for f in figures.values() {
        assert!(out.contains(f["display"].as_str().unwrap()), "{}", f["display"]);
    }
    // The inputs that differ, each scenario's value in its column.
    let storage = out.lines().find(|l| l.trim_start().starts_with("Storage")).expect("storage differs");
    assert!(storage.contains("800 GB") && storage.contains("300 GB"), "{storage}");

    // Only A and its copy: nothing differs.
    let (code, out, _) = cost(&["compare", "/tools/ahb/compare/?a=vcores%3D8"]);
    assert_eq!(code, 0);
    assert!(out.contains("A: Scenario A") && out.contains("B: Scenario B"), "{out}");
    assert!(out.contains("Inputs that differ: none"), "{out}");
}

#[test]
fn scenarios_of_two_calculators_or_bad_links_are_refused_by_name() {
    let (code, out, err) = cost(&["compare", "/tools/aurora-io/", "/tools/ahb?vcores=8", "--json"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("aurora-io") && err.contains("ahb") && err.contains("one calculator"), "{err}");
    let cases: &[(&[&str], &str)] = &[
        (
            &["compare", "/tools/ahb/", "/tools/ahb?vcores=-1"],
            "in scenario B, error: `vcores=-1` is out of range",
        ),
        (
            &["compare", "/tools/ahb/compare/?a=vcores%3D8&b=bogus%3D1"],
            "in scenario B, `bogus` is not an input",
        ),
        (&["compare", "/tools/ahb/"], "two or three scenario links"),
        (&["compare", "/tools/ahb/", "/tools/ahb/", "/tools/ahb/", "/tools/ahb/"], "at most three"),
        (&["eval", "/tools/ahb/compare/?a=vcores%3D8"], "`cost compare` reads it"),
        (&["compare", "/tools/ahb/", "/tools/ahb/", "--json", "--csv"], "not both"),
    ];
    for (args, expected) in cases {
        let (code, _, err) = cost(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"));
    }
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

/// Every calculator's defaults (named), first and last example as one comparison's PDF: its
/// first page holds each label, each decision and each key figure's difference against A as
/// the compare page writes it; every scenario's figures follow in its appendix.
#[test]
fn the_comparison_pdf_names_each_scenario_decision_and_difference() {
    if !have("pdftotext") {
        println!("skipped: pdftotext (poppler-utils) is not installed; `cargo xtask test` installs it");
        return;
    }
    let dir = std::env::temp_dir().join(format!("cost-compare-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        let presets = calc.presets();
        let links = vec![
            format!("/tools/{slug}/?title=Today"),
            format!("/tools/{slug}/{}/", presets[0].key),
            format!("/tools/{slug}/{}/", presets[presets.len() - 1].key),
        ];
        let file = dir.join(format!("{slug}.pdf"));
        let args = compare_args(&links, &["--pdf", file.to_str().unwrap()]);
        let (code, _, err) = cost(&args);
        assert_eq!(code, 0, "{links:?}: {err}");
        let text = Command::new("pdftotext").arg(&file).arg("-").output().unwrap().stdout;
        let text = String::from_utf8_lossy(&text).to_string();
        let first_page = squeeze(text.split('\u{c}').next().unwrap());
        let flat = squeeze(&text);
        assert!(flat.starts_with(&squeeze(calc.meta().title)), "{slug}: the calculator first");

        let scenarios: Vec<scenario::Scenario> = links
            .iter()
            .map(|l| {
                // An example's page stands for its inputs under its name.
                let link = match scenario::page_key_of(l) {
                    Some(key) => {
                        let p = presets.iter().find(|p| p.key == key).unwrap();
                        let caption = scenario::Caption::new(p.name, "");
                        scenario::tools_path_captioned(*calc, &p.inputs(*calc).unwrap(), &caption)
                    }
                    None => l.clone(),
                };
                scenario::Scenario::read_strict(*calc, scenario::query_of(&link)).unwrap()
            })
            .collect();
        let comparison = scenario::compare::Comparison::of(scenarios);
        let outcomes: Vec<calc_core::Outcome> =
            comparison.scenarios.iter().map(|s| calc_core::evaluate(*calc, &s.inputs).unwrap()).collect();
        for (i, o) in outcomes.iter().enumerate() {
            let label = comparison.label(i);
            assert!(first_page.contains(&squeeze(&label)), "{slug}: the label {label}");
            assert!(
                first_page.contains(&squeeze(&o.verdict.words)),
                "{slug}: the decision {}",
                o.verdict.words
            );
            let appendix = format!("Appendix {} — {label}", ["A", "B", "C"][i]);
            assert!(flat.contains(&squeeze(&appendix)), "{slug}: {appendix}");
            for f in &o.headlines {
                assert!(flat.contains(&squeeze(&f.display)), "{slug}: {} {}", f.key, f.display);
            }
        }
        let rows = calc_core::compare::headlines(&outcomes);
        let key = rows.iter().filter(|r| r.values.iter().any(Option::is_some)).take(5);
        for row in key {
            assert!(first_page.contains(&squeeze(row.label)), "{slug}: {}", row.label);
            for d in row.versus_first.iter().flatten() {
                let shown = d.display(row.unit, row.money_decimals);
                assert!(first_page.contains(&squeeze(&shown)), "{slug}: {} {shown}", row.key);
            }
        }
        assert!(flat.contains(&squeeze(&comparison.link("https://calc.example"))), "{slug}: the link");
    }
    // The same links and date give the same bytes.
    let (a, b) = (dir.join("a.pdf"), dir.join("b.pdf"));
    for f in [&a, &b] {
        let (code, _, err) = cost(&[
            "compare",
            "/tools/ahb/",
            "/tools/ahb?vcores=8",
            "--pdf",
            f.to_str().unwrap(),
            "--date",
            "2026-12-06",
        ]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

/// A CSV number equals a JSON number (a share written ×100, as the CSV writes it) to the 12
/// significant digits the CSV keeps; an empty cell is JSON's null.
fn same_cell(cell: &str, json: &serde_json::Value, unit: &str, what: &str) {
    match json.as_f64() {
        None => assert!(cell.is_empty(), "{what}: {cell:?} vs {json}"),
        Some(v) => {
            let v = if unit == "share" { v * 100.0 } else { v };
            let got: f64 = cell.parse().unwrap_or_else(|_| panic!("{what}: {cell:?} is not a number"));
            assert!((got - v).abs() <= 1e-11 * v.abs().max(1e-300) || got == v, "{what}: {got} vs {v}");
        }
    }
}

/// The comparison's CSV read back with the `csv` crate (strict: every record one width): the
/// differences are `compare --json`'s, and each scenario's block holds its headline figures
/// and decision as `eval --json` gives them.
#[test]
fn the_comparison_csv_carries_every_scenario_and_its_differences() {
    let dir = std::env::temp_dir().join(format!("cost-compare-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for links in comparisons() {
        let file = dir.join("c.csv");
        let args = compare_args(&links, &["--csv", "-o", file.to_str().unwrap()]);
        let (code, _, err) = cost(&args);
        assert_eq!(code, 0, "{links:?}: {err}");
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBFsection,key,value,label,link"), "{links:?}");
        let mut json_args = vec!["compare"];
        json_args.extend(links.iter().map(String::as_str));
        json_args.push("--json");
        let compared = json_of(&json_args);
        let evals: Vec<serde_json::Value> = links.iter().map(|l| json_of(&["eval", l, "--json"])).collect();

        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes.as_slice());
        let (mut header, mut slot, mut blocks): (Vec<String>, Option<usize>, Vec<usize>) =
            (Vec::new(), None, Vec::new());
        let (mut scenario_rows, mut differences) = (0, 0);
        for record in reader.records() {
            let record: Vec<String> =
                record.expect("one width, well formed").iter().map(str::to_string).collect();
            if record.iter().all(String::is_empty) {
                continue;
            }
            if record[0] == "section" {
                header = record;
                continue;
            }
            let cell = |name: &str| -> &str {
                let i =
                    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} in {header:?}"));
                &record[i]
            };
            match (record[0].as_str(), slot) {
                ("comparison", None) if cell("key") == "scenario" => {
                    let i = scenario_rows;
                    assert_eq!(cell("value"), ["a", "b", "c"][i]);
                    assert_eq!(cell("label"), compared["scenarios"][i]["label"].as_str().unwrap());
                    assert_eq!(
                        cell("link"),
                        format!("https://calc.example{}", compared["scenarios"][i]["link"].as_str().unwrap())
                    );
                    scenario_rows += 1;
                }
                ("comparison", None) => {
                    if cell("key") == "link" {
                        assert_eq!(
                            cell("value"),
                            format!("https://calc.example{}", compared["link"].as_str().unwrap())
                        );
                    }
                }
                ("difference", None) => {
                    let key = cell("key");
                    let unit = evals[0]["headlines"][key]["unit"].as_str().unwrap();
                    assert_eq!(cell("unit"), if unit == "share" { "%" } else { unit }, "{links:?} {key}");
                    for (i, s) in ["a", "b", "c"].iter().enumerate() {
                        let value = evals
                            .get(i)
                            .map_or(serde_json::Value::Null, |e| e["headlines"][key]["value"].clone());
                        same_cell(cell(s), &value, unit, &format!("{links:?} {key} {s}"));
                    }
                    for s in ["b", "c"] {
                        let d = &compared["diff"][s][key];
                        same_cell(
                            cell(&format!("{s}_minus_a")),
                            &d["amount"],
                            unit,
                            &format!("{links:?} {key} {s}"),
                        );
                        same_cell(
                            cell(&format!("{s}_percent")),
                            &d["percent"],
                            "",
                            &format!("{links:?} {key} {s}%"),
                        );
                    }
                    differences += 1;
                }
                ("scenario", _) if header[1] == "slot" => {
                    let i = ["a", "b", "c"].iter().position(|s| *s == cell("slot")).unwrap();
                    assert_eq!(cell("label"), compared["scenarios"][i]["label"].as_str().unwrap());
                    slot = Some(i);
                    blocks.push(i);
                }
                ("scenario", Some(i)) if cell("key") == "decision" => {
                    assert_eq!(cell("value"), evals[i]["verdict"]["decision"].as_str().unwrap(), "{links:?}");
                }
                ("headline", Some(i)) => {
                    let key = cell("key");
                    let f = &evals[i]["headlines"][key];
                    let unit = f["unit"].as_str().unwrap();
                    same_cell(cell("value"), &f["value"], unit, &format!("{links:?} scenario {i} {key}"));
                    assert_eq!(cell("display"), f["display"].as_str().unwrap());
                }
                (name, Some(_)) => assert!(!["comparison", "difference"].contains(&name)),
                (name, None) => panic!("{links:?}: a {name} record before the first scenario's block"),
            }
        }
        assert_eq!(scenario_rows, links.len(), "{links:?}: a scenario row per slot");
        assert_eq!(
            differences,
            evals[0]["headlines"].as_object().unwrap().len(),
            "{links:?}: every headline"
        );
        assert_eq!(blocks, (0..links.len()).collect::<Vec<_>>(), "{links:?}: a block per scenario, in order");
    }
    // On stdout without -o: the same file, but dated as asked.
    let (code, out, _) =
        cost(&["compare", "/tools/ahb/", "/tools/ahb?vcores=8", "--csv", "--date", "2026-12-06"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("\u{feff}section,key,value,label,link") && out.contains("comparison,date,2026-12-06")
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// The compare page saves its files by the single file name's character rule: the scenarios'
/// names when any is named, else `compare-<calculator>-<date>`.
#[test]
fn a_comparison_file_is_named_after_its_scenarios() {
    let calc = registry::find("aurora-io").unwrap();
    let date = calc_core::Date::parse("2026-12-06").unwrap();
    let name = |query: &str, ext: &str| {
        let comparison = scenario::compare::Comparison::read_strict(calc, query).unwrap();
        report::compare_file_name(&comparison, date, ext)
    };
    assert_eq!(name("a=&b=io_m%3D10", "pdf"), "compare-aurora-io-2026-12-06.pdf");
    assert_eq!(
        name("a=title%3DToday&b=io_m%3D10%26title%3DAfter%2520migration%2521", "pdf"),
        "today-vs-after-migration-aurora-io-2026-12-06.pdf"
    );
    assert_eq!(
        name("a=title%3DToday&b=io_m%3D10&c=title%3DQ3%252FEU", "csv"),
        "today-vs-scenario-b-vs-q3-eu-aurora-io-2026-12-06.csv"
    );
}
