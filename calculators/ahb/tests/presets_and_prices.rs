//! Presets parse and evaluate; every price the calculator can look up exists and is sourced.

mod common;

use ahb::resolve::all_price_keys;
use ahb::PRICES;
use calc_core::{defaults, evaluate, Calculator, FieldKind, Inputs};

#[test]
fn every_preset_parses_and_evaluates() {
    let calc = &ahb::CALCULATOR;
    assert_eq!(calc.presets().len(), 3);
    for preset in calc.presets() {
        let mut inputs = Inputs::new();
        for (key, raw) in preset.values {
            let field = calc.field(key).unwrap_or_else(|| panic!("{}: unknown key {key}", preset.key));
            inputs.set(key, field.parse(raw).unwrap_or_else(|e| panic!("{}: {e}", preset.key)));
        }
        let outcome = evaluate(calc, &inputs).unwrap_or_else(|e| panic!("{}: {e:?}", preset.key));
        assert!(outcome.all_finite() && !outcome.verdict.is_empty(), "{}", preset.key);
    }
}

#[test]
fn presets_tell_their_stories() {
    let owned = common::ok("service=sqldb&tier=gp&edition=ee&vcores=16&cores_owned=4");
    assert_eq!(owned.figure("breakeven_months").unwrap().value, Some(0.0));
    let buy_sa = common::ok("service=sqlmi&tier=gp&edition=ee&vcores=32&acquire=sa&sa_increase=10");
    assert_eq!(buy_sa.figure("cores_to_acquire").unwrap().display, "8 cores"); // 32 / 4
    assert!(buy_sa.figure("breakeven_months").unwrap().value.is_some());
    let bc = common::ok("service=sqldb&tier=bc&edition=ee&vcores=8&acquire=license_sa&years=7");
    assert!(bc.figure("breakeven_months").unwrap().value.unwrap() > 36.0);
}

#[test]
fn every_lookup_exists_in_the_price_sheet() {
    for key in all_price_keys() {
        let price = PRICES.get(key).unwrap_or_else(|| panic!("no price `{key}`"));
        assert!(price.source.starts_with("https://") && price.as_of.len() == 10, "{key}");
        assert!(price.value.is_finite() && price.value > 0.0, "{key}");
    }
    for field in ahb::CALCULATOR.fields() {
        if let FieldKind::Price { price, min, max, .. } = &field.kind {
            let value = PRICES.get(price).unwrap_or_else(|| panic!("no price `{price}`")).value;
            assert!(value >= *min && value <= *max, "{price} outside its field's range");
        }
    }
    // And no sheet entry is unused.
    let used = all_price_keys();
    for p in PRICES.entries {
        assert!(used.contains(&p.key), "unused price `{}`", p.key);
    }
}

#[test]
fn every_service_tier_edition_resolves_its_auto_prices() {
    let calc = &ahb::CALCULATOR;
    for service in ["sqldb", "sqlmi", "vm"] {
        for tier in ["gp", "bc", "hs"] {
            for edition in ["ee", "se"] {
                for acquire in ["sa", "license_sa", "subscription"] {
                    let q = format!("service={service}&tier={tier}&edition={edition}&acquire={acquire}");
                    let result = evaluate(calc, &common::query(&q));
                    if service == "sqlmi" && tier == "hs" {
                        assert_eq!(result.unwrap_err()[0].key, "tier");
                        continue;
                    }
                    let o = result.unwrap_or_else(|e| panic!("{q}: {e:?}"));
                    let li = o.figure("li_monthly").unwrap().value.unwrap();
                    let base = o.figure("ahb_monthly").unwrap().value.unwrap();
                    assert!(li > base && base > 0.0, "{q}");
                    for a in &o.assumptions {
                        assert!(a.source.is_some(), "{q}: {} has no source", a.label);
                    }
                }
            }
        }
    }
}

#[test]
fn defaults_are_complete_and_meta_is_set() {
    let calc = &ahb::CALCULATOR;
    let d = defaults(calc);
    assert_eq!(d.iter().count(), calc.fields().len());
    assert_eq!(calc.meta().slug, "ahb");
    assert_eq!(calc.meta().title, "Azure Hybrid Benefit break-even for SQL Server");
    assert!(calc.meta().sources.iter().all(|s| s.url.starts_with("https://")));
    let keys: Vec<&str> = calc.fields().iter().map(|f| f.key).collect();
    for key in [
        "service",
        "model",
        "tier",
        "edition",
        "vcores",
        "instances",
        "cores_owned",
        "acquire",
        "li_vcore_hour",
        "base_vcore_hour",
        "license_2core",
        "sa_pct",
        "subscription_2core_year",
        "sa_increase",
        "hours",
        "years",
    ] {
        assert!(keys.contains(&key), "missing URL key {key}");
    }
}
