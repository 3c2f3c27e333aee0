//! What every calculator gets checked for free, from its declarations alone: keys, prices,
//! presets, defaults, the whole declared-valid input space, link round trips, and the
//! template's files.

use calc_core::{defaults, evaluate, FieldKind, Value};
use proptest::prelude::*;
use registry::CALCULATORS;
use std::path::Path;

/// A calculator's defaults, then each preset's inputs (presets are checked on their own).
fn defaults_and_presets(calc: &dyn calc_core::Calculator) -> Vec<calc_core::Inputs> {
    std::iter::once(defaults(calc))
        .chain(calc.presets().iter().map(|p| p.inputs(calc).expect("a valid preset")))
        .collect()
}

fn url_safe(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn slugs_are_unique_url_safe_and_every_default_scenario_computes() {
    for (i, calc) in CALCULATORS.iter().enumerate() {
        let slug = calc.meta().slug;
        assert!(CALCULATORS[i + 1..].iter().all(|c| c.meta().slug != slug), "duplicate {slug}");
        assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{slug}");
        let outcome = evaluate(*calc, &defaults(*calc)).unwrap_or_else(|e| panic!("{slug}: {e:?}"));
        assert!(!outcome.verdict.words.is_empty() && !outcome.headlines.is_empty(), "{slug}");
        let meta = calc.meta();
        assert!(!meta.methodology.is_empty() && !meta.sources.is_empty(), "{slug}: methodology and sources");
        for s in meta.sources {
            assert!(s.url.starts_with("https://"), "{slug}: source {} is not an https URL", s.url);
        }
    }
}

#[test]
fn field_keys_are_unique_url_safe_not_site_keys_and_defaults_are_valid() {
    for calc in CALCULATORS {
        let fields = calc.fields();
        for (i, f) in fields.iter().enumerate() {
            assert!(url_safe(f.key), "{}", f.key);
            assert!(fields[i + 1..].iter().all(|g| g.key != f.key), "{} twice", f.key);
            assert!(!scenario::is_site_key(f.key), "{} is reserved for the site", f.key);
            let default = f.default_value(calc.prices());
            if default != Value::Auto {
                assert_eq!(f.parse(&f.write(&default)).as_ref(), Ok(&default), "{}: default", f.key);
            }
            if let FieldKind::Choice { options, .. } = f.kind {
                for (j, o) in options.iter().enumerate() {
                    assert!(url_safe(o.key) || o.key.contains('.'), "{}: choice {}", f.key, o.key);
                    assert!(options[j + 1..].iter().all(|p| p.key != o.key), "{}: {} twice", f.key, o.key);
                }
            }
        }
    }
}

#[test]
fn every_declared_price_exists_with_a_source_and_date() {
    for calc in CALCULATORS {
        for field in calc.fields() {
            if let FieldKind::Price { price, .. } = field.kind {
                let p =
                    calc.prices().find(price).unwrap_or_else(|| panic!("{}: no price {price}", field.key));
                assert!(p.source.starts_with("https://"), "{price}");
            }
        }
        assert!(!calc.prices().entries.is_empty(), "{}: an empty price sheet", calc.meta().slug);
    }
}

#[test]
fn presets_are_strict_in_declaration_order_and_evaluate() {
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let presets = calc.presets();
        assert!(!presets.is_empty(), "{slug}: no presets");
        let order: Vec<&str> = calc.fields().iter().map(|f| f.key).collect();
        for (i, p) in presets.iter().enumerate() {
            assert!(presets[i + 1..].iter().all(|q| q.key != p.key), "{slug}: preset {} twice", p.key);
            let inputs = p.inputs(*calc).unwrap_or_else(|e| panic!("{slug} preset {}: {e}", p.key));
            let positions: Vec<usize> =
                p.values.iter().map(|(k, _)| order.iter().position(|o| o == k).expect("a field")).collect();
            assert!(positions.windows(2).all(|w| w[0] < w[1]), "{slug} preset {}: declaration order", p.key);
            evaluate(*calc, &inputs).unwrap_or_else(|e| panic!("{slug} preset {}: {e:?}", p.key));
        }
    }
}

/// A verdict a reader can act on at a glance: a decision of at most 10 words and at most four
/// facts of at most 30 words each, each fact one sentence.
#[test]
fn verdicts_are_one_decision_line_and_short_facts() {
    let words = |s: &str| s.split_whitespace().count();
    let mut long = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let scenarios = std::iter::once(("defaults", defaults(*calc)))
            .chain(calc.presets().iter().map(|p| (p.key, p.inputs(*calc).expect("checked above"))));
        for (name, inputs) in scenarios {
            let outcome = evaluate(*calc, &inputs).expect("checked above");
            let (decision, facts) = (outcome.verdict.words.as_str(), &outcome.verdict.facts);
            if words(decision) > 10 {
                long.push(format!("{slug} {name}: decision of {} words: {decision}", words(decision)));
            }
            if facts.len() > 4 {
                long.push(format!("{slug} {name}: {} facts: {facts:?}", facts.len()));
            }
            for f in facts.iter().filter(|f| words(f) > 30) {
                long.push(format!("{slug} {name}: a fact of {} words: {f}", words(f)));
            }
            for f in facts.iter().filter(|f| f.trim_end_matches('.').contains(". ")) {
                long.push(format!("{slug} {name}: a fact of several sentences: {f}"));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Nothing internal reaches a reader: no "source post" or "Post 004", no URL syntax, and no
/// URL key (keys with an underscore are unmistakable) in the words of any default or preset.
#[test]
fn reader_facing_text_names_nothing_internal() {
    let mut found = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let meta = calc.meta();
        let keys: Vec<&str> = calc.fields().iter().map(|f| f.key).filter(|k| k.contains('_')).collect();
        let mut texts: Vec<String> =
            meta.methodology.iter().chain(meta.caveats).map(|t| t.to_string()).collect();
        texts.extend(meta.sources.iter().map(|s| s.label.to_string()));
        texts.extend(calc.fields().iter().flat_map(|f| [f.label.to_string(), f.help.to_string()]));
        for inputs in defaults_and_presets(*calc) {
            let o = evaluate(*calc, &inputs).expect("checked above");
            texts.push(o.verdict.words.clone());
            texts.extend(o.verdict.facts.iter().cloned());
            texts.extend(o.warnings.iter().map(|w| w.message.clone()));
            texts.extend(o.notes.iter().cloned());
            texts.extend(o.assumptions.iter().map(|a| a.label.clone()));
            texts.extend(o.headlines.iter().map(|f| f.display.clone()));
        }
        for t in &texts {
            let lower = t.to_lowercase();
            let post_number = lower
                .match_indices("post ")
                .any(|(i, _)| lower[i + 5..].chars().next().is_some_and(|c| c.is_ascii_digit()));
            if lower.contains("source post") || post_number || t.contains('`') {
                found.push(format!("{slug}: {t}"));
            }
            if let Some(k) = keys
                .iter()
                .find(|k| t.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').any(|w| w == **k))
            {
                found.push(format!("{slug}: the key {k} in: {t}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn no_nan_or_infinity_for_any_declared_valid_input(
        (pick, inputs) in (0..CALCULATORS.len())
            .prop_flat_map(|i| calc_testkit::any_inputs(CALCULATORS[i]).prop_map(move |inputs| (i, inputs)))
    ) {
        let calc = CALCULATORS[pick];
        match evaluate(calc, &inputs) {
            Ok(o) => {
                prop_assert!(o.all_finite());
                prop_assert!(declared(calc, &o).is_ok(), "{}", declared(calc, &o).unwrap_err());
                let texts = std::iter::once(&o.verdict.words)
                    .chain(&o.verdict.facts)
                    .chain(o.headlines.iter().map(|f| &f.display))
                    .chain(o.warnings.iter().map(|w| &w.message));
                for t in texts {
                    let bad = t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "NaN" || w == "inf");
                    prop_assert!(!bad && !t.is_empty(), "{t}");
                }
            }
            // Only refusals that name a declared input; never "cannot be represented".
            Err(errors) => {
                for e in errors {
                    prop_assert!(calc.field(&e.key).is_some(), "{}: {e}", calc.meta().slug);
                }
            }
        }
        // The same scenario as a link reads back to the same inputs.
        let query = scenario::encode(calc, &inputs);
        let back = scenario::decode_strict(calc, &query).map_err(|n| TestCaseError::fail(format!("{n:?}")))?;
        prop_assert_eq!(back, inputs);
    }
}

/// The outcome speaks in the calculator's declared words: its headlines, exactly and in
/// order, and one of its decisions.
fn declared(calc: &dyn calc_core::Calculator, o: &calc_core::Outcome) -> Result<(), String> {
    let slug = calc.meta().slug;
    let listed: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
    let declared: Vec<&str> = calc.headlines().iter().map(|h| h.key).collect();
    if listed != declared {
        return Err(format!("{slug}: headlines {listed:?}, declared {declared:?}"));
    }
    for (f, h) in o.headlines.iter().zip(calc.headlines()) {
        if (f.label, f.unit) != (h.label, h.unit) {
            return Err(format!("{slug}: {} is not as declared", f.key));
        }
    }
    if !calc.decisions().contains(&o.verdict.decision) {
        return Err(format!("{slug}: the decision {:?} is not declared", o.verdict.decision));
    }
    Ok(())
}

#[test]
fn declarations_are_unique_and_defaults_and_presets_use_only_them() {
    let mut problems = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let heads = calc.headlines();
        let decisions = calc.decisions();
        if heads.is_empty() || decisions.is_empty() {
            problems.push(format!("{slug}: declares no headlines or decisions"));
        }
        for (i, h) in heads.iter().enumerate() {
            assert!(url_safe(h.key), "{slug}: headline {}", h.key);
            assert!(heads[i + 1..].iter().all(|g| g.key != h.key), "{slug}: headline {} twice", h.key);
        }
        for (i, d) in decisions.iter().enumerate() {
            assert!(url_safe(d.key) && !d.label.is_empty(), "{slug}: decision {}", d.key);
            assert!(decisions[i + 1..].iter().all(|e| e.key != d.key), "{slug}: decision {} twice", d.key);
        }
        for inputs in defaults_and_presets(*calc) {
            let o = evaluate(*calc, &inputs).unwrap_or_else(|e| panic!("{slug}: {e:?}"));
            problems.extend(declared(*calc, &o).err());
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn next_steps_open_a_registered_calculator_with_a_strict_link() {
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        for inputs in defaults_and_presets(*calc) {
            let outcome = evaluate(*calc, &inputs).unwrap_or_else(|e| panic!("{slug}: {e:?}"));
            for step in &outcome.next_steps {
                assert!(!step.label.is_empty(), "{slug}: a next step without a label");
                let target = scenario::slug_of(&step.href)
                    .and_then(|s| CALCULATORS.iter().find(|c| c.meta().slug == s))
                    .unwrap_or_else(|| panic!("{slug}: {} opens no registered calculator", step.href));
                let canonical = format!("/tools/{}/", target.meta().slug);
                assert!(
                    step.href == canonical || step.href.starts_with(&format!("{canonical}?")),
                    "{slug}: {} is not the site-relative canonical path {canonical}",
                    step.href
                );
                let read = scenario::decode_strict(*target, scenario::query_of(&step.href))
                    .unwrap_or_else(|n| panic!("{slug}: {}: {n:?}", step.href));
                evaluate(*target, &read).unwrap_or_else(|e| panic!("{slug}: {}: {e:?}", step.href));
            }
        }
    }
}

/// The files of the calculator template (ARCHITECTURE.md); a folder without one of them is
/// not a calculator yet.
const TEMPLATE: &[&str] = &[
    "Cargo.toml",
    "build.rs",
    "prices.toml",
    "src/lib.rs",
    "src/meta.rs",
    "src/fields.rs",
    "src/model.rs",
    "src/outcome.rs",
    "src/words.rs",
    "tests/worked_examples.rs",
    "tests/properties.rs",
];

#[test]
fn every_calculator_folder_follows_the_template_and_is_registered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../calculators");
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let mut folders = 0;
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        folders += 1;
        for file in TEMPLATE {
            assert!(
                entry.path().join(file).is_file(),
                "calculators/{name} has no {file} (see ARCHITECTURE.md)"
            );
        }
        let mut extra: Vec<String> = std::fs::read_dir(entry.path().join("src"))
            .unwrap()
            .flatten()
            .map(|e| format!("src/{}", e.file_name().to_string_lossy()))
            .filter(|f| !TEMPLATE.contains(&f.as_str()))
            .collect();
        extra.sort();
        assert!(extra.is_empty(), "calculators/{name} has files outside the template: {extra:?}");
        assert!(
            manifest.contains(&format!("\"../../calculators/{name}\"")),
            "calculators/{name} is not listed in crates/registry/Cargo.toml"
        );
    }
    assert_eq!(folders, CALCULATORS.len(), "every registered calculator has a folder");
}

#[test]
fn a_named_scenario_heads_its_page_title() {
    let meta = CALCULATORS[0].meta();
    let page = registry::pages::calculator_title(meta);
    assert_eq!(registry::pages::scenario_title(&page, ""), page);
    assert_eq!(
        registry::pages::scenario_title(&page, "Orders cluster"),
        format!("Orders cluster — {} — Cost calculators", meta.title)
    );
}

#[test]
fn every_total_says_its_period() {
    // A CFO reads "$619,600" on the report's first page: over what? Every amount of money that
    // is not per month or per year says the period it covers ("over 5 years", "one-time").
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        let mut scenarios = defaults_and_presets(*calc);
        // The golden scenarios reach the other branches (nothing bought, no migration, …).
        let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/golden/{slug}.json"));
        if let Ok(text) = std::fs::read_to_string(golden) {
            let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
            for case in cases {
                let url = case["url"].as_str().unwrap();
                scenarios.push(scenario::decode_strict(*calc, scenario::query_of(url)).unwrap());
            }
        }
        for inputs in scenarios {
            let o = evaluate(*calc, &inputs).unwrap();
            for f in o.headlines.iter().filter(|f| f.is_total()) {
                let period =
                    f.period.as_deref().unwrap_or_else(|| panic!("{slug}: {} says no period", f.key));
                assert!(!period.is_empty() && !period.contains("  "), "{slug}: {}: {period:?}", f.key);
            }
        }
    }
}

/// The dollar amounts in a text with their decimals: "$1,167.60 × 36 = $42,034" gives
/// [(1167.6, 2), (42034.0, 0)].
fn dollar_amounts(text: &str) -> Vec<(f64, usize)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(rest.len());
        let number = rest[..end].trim_end_matches(['.', ',']);
        let decimals = number.split_once('.').map_or(0, |(_, f)| f.len());
        if let Ok(n) = number.replace(',', "").parse::<f64>() {
            out.push((n, decimals));
        }
        rest = &rest[end..];
    }
    out
}

/// Issue 37, item 11: "show the math" writes the totals of a line at one precision (to the
/// cent: the arithmetic must check), never "$1,167.60 × 36 = $42,034"; a unit price keeps its
/// own decimals, and a preset types a price as a person would, not `13.698630136986301`.
#[test]
fn math_lines_keep_one_money_precision_and_presets_round_their_prices() {
    let mut found = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        for p in calc.presets() {
            for (key, value) in p.values {
                let decimals = value.split_once('.').map_or(0, |(_, f)| f.len());
                if value.parse::<f64>().is_ok() && decimals > 6 {
                    found.push(format!("{slug} preset {}: {key} = {value}", p.key));
                }
            }
        }
        let scenarios = std::iter::once(("defaults", defaults(*calc)))
            .chain(calc.presets().iter().map(|p| (p.key, p.inputs(*calc).expect("checked above"))));
        for (name, inputs) in scenarios {
            let o = evaluate(*calc, &inputs).expect("checked above");
            for f in &o.headlines {
                let Some(math) = &f.math else { continue };
                let amounts = dollar_amounts(&math.substituted);
                // Whole dollars beside cents: a total rounded in one place and not another.
                let whole = amounts.iter().any(|(n, d)| *d == 0 && *n >= 1.0);
                let cents = amounts.iter().any(|(n, d)| *d == 2 && *n >= 1.0);
                if whole && cents {
                    found.push(format!("{slug} {name} {}: {}", f.key, math.substituted));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Issue 37, item 10: an input left on auto is written in the CSV as the number it was
/// evaluated with, so each reported auto value names an auto field of its calculator and is a
/// finite number; and every auto price that decides the defaults is reported.
#[test]
fn auto_values_name_auto_fields_and_are_numbers() {
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        for inputs in defaults_and_presets(*calc) {
            let o = evaluate(*calc, &inputs).expect("evaluates");
            for a in &o.auto_values {
                let field = calc.field(a.key).unwrap_or_else(|| panic!("{slug}: {} is no field", a.key));
                assert!(matches!(field.kind, FieldKind::Auto { .. }), "{slug}: {} is not auto", a.key);
                assert!(a.value.is_finite() && a.value >= 0.0, "{slug}: {} = {}", a.key, a.value);
            }
        }
        let autos = calc.fields().iter().filter(|f| matches!(f.kind, FieldKind::Auto { .. })).count();
        let reported = evaluate(*calc, &defaults(*calc)).expect("evaluates").auto_values.len();
        assert!(autos == 0 || reported > 0, "{slug}: {autos} auto fields, none reported");
    }
}

/// Issue 37, item 11, for the verdict: a fact writes its money amounts at one precision, never
/// "$423.62/month ($5,083/year)".
#[test]
fn verdict_facts_keep_one_money_precision() {
    let mut found = Vec::new();
    for calc in CALCULATORS {
        let slug = calc.meta().slug;
        for inputs in defaults_and_presets(*calc) {
            let o = evaluate(*calc, &inputs).expect("evaluates");
            for fact in &o.verdict.facts {
                let amounts = dollar_amounts(fact);
                let whole = amounts.iter().any(|(n, d)| *d == 0 && *n >= 1.0);
                let cents = amounts.iter().any(|(n, d)| *d == 2 && *n >= 1.0);
                if whole && cents {
                    found.push(format!("{slug}: {fact}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
