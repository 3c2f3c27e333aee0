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
