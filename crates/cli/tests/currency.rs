//! A link's currency (`cur`, `fx`): every money figure of `cost eval --json` is the dollar
//! figure × the rate, and every other figure is unchanged, for every calculator's defaults and
//! examples; the terminal names the rate and its date.

use std::process::Command;

fn cost(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_cost")).args(args).output().expect("run cost");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn links() -> Vec<String> {
    let mut all = Vec::new();
    for calc in registry::CALCULATORS {
        let slug = calc.meta().slug;
        all.push(format!("/tools/{slug}/"));
        all.extend(calc.presets().iter().map(|p| format!("/tools/{slug}/{}/", p.key)));
    }
    all
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn money_headlines_are_the_dollar_figures_times_the_rate_and_the_rest_do_not_move() {
    for (cur, fx) in [("EUR", None), ("JPY", None), ("GBP", Some("0.8"))] {
        for link in links() {
            let usd = cost(&["eval", &link, "--json"]);
            let shown = match fx {
                Some(r) => format!("{link}?cur={cur}&fx={r}"),
                None => format!("{link}?cur={cur}"),
            };
            let other = cost(&["eval", &shown, "--json"]);
            let rate = other["currency"]["per_usd"].as_f64().expect("the rate");
            if let Some(r) = fx {
                assert_eq!(rate, r.parse::<f64>().unwrap());
            }
            assert_eq!(other["currency"]["code"], cur);
            let (a, b) = (usd["headlines"].as_object().unwrap(), other["headlines"].as_object().unwrap());
            assert_eq!(a.len(), b.len());
            for (key, u) in a {
                let e = &b[key];
                let unit = u["unit"].as_str().unwrap();
                if let Some(rest) = unit.strip_prefix("USD") {
                    assert_eq!(e["unit"], format!("{cur}{rest}"), "{shown} {key}");
                    for field in ["value", "low", "high"] {
                        if let (Some(x), Some(y)) = (u[field].as_f64(), e[field].as_f64()) {
                            assert!(close(y, x * rate), "{shown} {key}.{field}: {y} is not {x} × {rate}");
                        }
                    }
                    let display = e["display"].as_str().unwrap();
                    let symbol = match cur {
                        "EUR" => "€",
                        "JPY" => "¥",
                        _ => "£",
                    };
                    // An amount written as one ("no difference" has none).
                    if u["value"].is_number() && display.chars().any(|c| c.is_ascii_digit()) {
                        assert!(display.contains(symbol), "{shown} {key}: {display}");
                        assert!(!display.contains('$'), "{shown} {key}: {display}");
                    }
                    if cur == "JPY" && ["USD", "USD/month", "USD/year"].contains(&unit) {
                        // The yen has no cents in a total (a unit price keeps its decimals).
                        assert!(!display.contains('.'), "{shown} {key}: {display}");
                    }
                } else {
                    // Its math may name amounts ("$176.38 ÷ $0.20"), which are converted.
                    for field in ["value", "low", "high", "display", "unit"] {
                        assert_eq!(
                            e[field], u[field],
                            "{shown} {key}.{field} is not money and must not move"
                        );
                    }
                }
            }
            // The decision does not depend on the currency it is read in.
            assert_eq!(usd["verdict"]["decision_key"], other["verdict"]["decision_key"], "{shown}");
        }
    }
}

#[test]
fn the_terminal_names_the_rate_its_date_and_its_age() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_cost")).args(["eval", "/tools/ahb/?cur=EUR"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("/tools/ahb/?cur=EUR"), "{text}");
    assert!(
        text.contains("Amounts in euros (EUR) at ")
            && text.contains("the European Central Bank's reference rate of "),
        "{text}"
    );
    let bad =
        Command::new(env!("CARGO_BIN_EXE_cost")).args(["eval", "/tools/ahb/?cur=XYZ"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a currency this page offers"));
}

/// Every amount written after `symbol` in `text` ("£1,240", "£6.43"), as a number.
fn amounts(text: &str, symbol: char) -> Vec<f64> {
    text.match_indices(symbol)
        .filter_map(|(at, _)| {
            let digits: String = text[at + symbol.len_utf8()..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .filter(|c| *c != ',')
                .collect();
            digits.trim_end_matches('.').parse().ok()
        })
        .collect()
}

fn pdf_text(link: &str, file: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cost"))
        .args(["pdf", link, "-o", file.to_str().unwrap(), "--date", "2026-12-06"])
        .output()
        .expect("run cost");
    assert!(out.status.success(), "{link}: {}", String::from_utf8_lossy(&out.stderr));
    let text = Command::new("pdftotext").arg(file).arg("-").output().expect("pdftotext").stdout;
    String::from_utf8_lossy(&text).into_owned()
}

/// At 4 pounds to the dollar, no amount in a report (its bars' labels included) is more than 8
/// times its largest dollar amount: an amount converted twice would be 16 times it. (A chart's
/// top tick rounds up to the next step, so a report's largest amount may double.)
#[test]
fn a_report_in_another_currency_converts_each_amount_once() {
    let dir = std::env::temp_dir().join(format!("cost-currency-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut with_money = 0;
    for calc in registry::CALCULATORS {
        let link = format!("/tools/{}/", calc.meta().slug);
        let file = dir.join("r.pdf");
        let usd = amounts(&pdf_text(&link, &file), '$').into_iter().fold(0.0, f64::max);
        let gbp =
            amounts(&pdf_text(&format!("{link}?cur=GBP&fx=4"), &file), '£').into_iter().fold(0.0, f64::max);
        if usd > 0.0 {
            with_money += 1;
        }
        assert!(gbp <= 8.0 * usd, "{link}: £{gbp} against a largest ${usd}");
    }
    // Readiness prices nothing in its default report; every other calculator does.
    assert!(with_money >= registry::CALCULATORS.len() - 1, "{with_money}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A comparison in euros: each difference is B − A of the euro values beside it, and each
/// scenario carries the rate as `eval --json` does.
#[test]
fn a_comparison_in_another_currency_differs_in_that_currency() {
    let compared = cost(&["compare", "/tools/ahb/?cur=EUR", "/tools/ahb/?vcores=8", "--json"]);
    let scenarios = compared["scenarios"].as_array().expect("scenarios");
    for s in scenarios {
        assert_eq!(s["currency"]["code"], "EUR", "{s}");
    }
    let (a, b) = (&scenarios[0]["headlines"], &scenarios[1]["headlines"]);
    let mut money = 0;
    for (key, d) in compared["diff"]["b"].as_object().expect("diff") {
        let (Some(amount), Some(va), Some(vb)) =
            (d["amount"].as_f64(), a[key]["value"].as_f64(), b[key]["value"].as_f64())
        else {
            continue;
        };
        assert!(close(amount, vb - va), "{key}: {amount} against {vb} − {va}");
        if d["unit"].as_str().is_some_and(|u| u.starts_with("EUR")) {
            money += 1;
        }
    }
    assert!(money > 0, "no money figure compared");
}
