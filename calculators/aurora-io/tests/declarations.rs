//! The declarations hold together: every price a field or class names is on the sheet,
//! every preset parses and evaluates, and the presets land where their names say.

mod common;

use aurora_io::{class_price_key, CALCULATOR, CLASSES, PRICES};
use calc_core::{defaults, evaluate, Calculator, FieldKind, Inputs, Unit};
use common::{assert_close, value};

const HEADLINES: [&str; 7] = [
    "standard_monthly",
    "io_optimized_monthly",
    "monthly_saving",
    "annual_saving",
    "io_share",
    "breakeven_io_m",
    "breakeven_io_share",
];

#[test]
fn url_keys_are_the_public_interface() {
    let keys: Vec<&str> = CALCULATOR.fields().iter().map(|f| f.key).collect();
    assert_eq!(
        keys,
        [
            "engine",
            "class",
            "instances",
            "hourly",
            "acu",
            "hours",
            "ri_discount",
            "storage_gb",
            "io_m",
            "io_reduction",
            "p_storage",
            "p_storage_iopt",
            "p_io",
            "p_acu",
            "iopt_uplift"
        ]
    );
    for f in CALCULATOR.fields() {
        assert!(["Cluster", "Storage and I/O", "Prices"].contains(&f.group), "{} group {}", f.key, f.group);
        assert!(f.help.len() > 40, "{} needs help text", f.key);
    }
}

#[test]
fn every_price_field_key_is_on_the_sheet() {
    for f in CALCULATOR.fields() {
        if let FieldKind::Price { price, .. } = f.kind {
            assert!(PRICES.get(price).is_some(), "field {} names missing price {price}", f.key);
        }
    }
}

#[test]
fn every_class_has_a_price() {
    for class in CLASSES {
        let p =
            PRICES.get(&class_price_key(class.key)).unwrap_or_else(|| panic!("no price for {}", class.key));
        assert!(p.value > 0.0 && p.unit == "USD/hour");
    }
    assert_eq!(class_price_key("db.r6g.large"), "class_db_r6g_large");
    assert_close(PRICES.value("class_db_r6g_large"), 0.26);
}

#[test]
fn every_price_is_sourced_and_dated() {
    for p in PRICES.entries {
        assert!(p.source.starts_with("https://"), "{}", p.key);
        assert_eq!(p.as_of.len(), 10, "{}", p.key);
        assert!(!p.label.is_empty() && !p.note.is_empty(), "{}", p.key);
    }
    assert_eq!(PRICES.as_of(), "2026-03-28");
}

#[test]
fn io_optimized_acu_price_is_acu_price_times_uplift() {
    // 0.12 × 1.3 = 0.156: the model's derivation matches the published I/O-Optimized ACU price.
    assert_close(PRICES.value("acu_standard") * PRICES.value("iopt_uplift"), PRICES.value("acu_iopt"));
    let o = evaluate(&CALCULATOR, &Inputs::new()).unwrap();
    let acu = o.assumptions.iter().find(|a| a.label.contains("ACU-hour, I/O-Optimized")).unwrap();
    assert!(!acu.overridden && acu.as_of.as_deref() == Some("2026-03-28"), "{acu:?}");
    assert_eq!(acu.display, "$0.156 per ACU-hour");
}

#[test]
fn defaults_evaluate_with_the_headline_keys_in_order() {
    let o = evaluate(&CALCULATOR, &defaults(&CALCULATOR)).unwrap();
    let keys: Vec<&str> = o.headlines.iter().map(|f| f.key).collect();
    assert_eq!(keys, HEADLINES);
    let units: Vec<Unit> = o.headlines.iter().map(|f| f.unit).collect();
    assert_eq!(
        units,
        [
            Unit::UsdPerMonth,
            Unit::UsdPerMonth,
            Unit::UsdPerMonth,
            Unit::UsdPerYear,
            Unit::Share,
            Unit::MillionRequests,
            Unit::Share
        ]
    );
    assert!(o.headlines.iter().all(|f| f.math.is_some()), "every headline shows its math");
    assert_eq!(o.charts[0].key, "cost_vs_io");
    assert_eq!(o.charts[0].series.len(), 2);
    assert_eq!(o.tables[0].columns.len(), 4);
    // Every default price is an assumption with its source and date.
    for a in &o.assumptions {
        if a.source.as_deref() != Some("your input") && a.key.is_some() {
            assert!(a.source.as_deref().unwrap().starts_with("https://") && a.as_of.is_some(), "{a:?}");
        }
    }
    assert!(o.warnings.iter().any(|w| w.message.contains("once every 30 days")));
}

fn preset_inputs(key: &str) -> Inputs {
    let preset = CALCULATOR.presets().iter().find(|p| p.key == key).unwrap();
    let mut inputs = Inputs::new();
    for (k, raw) in preset.values {
        let field = CALCULATOR.field(k).unwrap_or_else(|| panic!("preset {key}: no field {k}"));
        inputs.set(k, field.parse(raw).unwrap_or_else(|e| panic!("preset {key}: {e}")));
    }
    inputs
}

#[test]
fn every_preset_parses_and_evaluates() {
    assert_eq!(CALCULATOR.presets().len(), 3);
    for p in CALCULATOR.presets() {
        let o = evaluate(&CALCULATOR, &preset_inputs(p.key)).unwrap_or_else(|e| panic!("{}: {e:?}", p.key));
        assert_eq!(o.headlines.len(), 7, "{}", p.key);
    }
}

#[test]
fn presets_set_only_non_default_values_in_declaration_order() {
    let d = defaults(&CALCULATOR);
    let order: Vec<&str> = CALCULATOR.fields().iter().map(|f| f.key).collect();
    for p in CALCULATOR.presets() {
        let mut last = 0;
        for (k, raw) in p.values {
            let at = order.iter().position(|o| o == k).unwrap();
            assert!(at >= last, "preset {}: {k} out of declaration order", p.key);
            last = at;
            let v = CALCULATOR.field(k).unwrap().parse(raw).unwrap();
            assert_ne!(d.get(k), Some(&v), "preset {}: {k}={raw} is the default", p.key);
        }
    }
}

#[test]
fn oltp_preset_io_optimized_wins() {
    // 2 × $0.519 × 730 = $757.74; Standard 757.74 + 30 + 1,000 = $1,787.74;
    // I/O-Opt 985.062 + 67.50 = $1,052.562; saving $735.178.
    let o = evaluate(&CALCULATOR, &preset_inputs("oltp-read-heavy")).unwrap();
    assert_close(value(&o, "monthly_saving"), 735.178);
    assert!(o.verdict.starts_with("Switch to I/O-Optimized"), "{}", o.verdict);
}

#[test]
fn archive_preset_standard_wins() {
    // 1 × $0.26 × 730 = $189.80; Standard 189.80 + 2,000 + 60 = $2,249.80;
    // I/O-Opt 246.74 + 4,500 = $4,746.74; saving −$2,496.94.
    let o = evaluate(&CALCULATOR, &preset_inputs("storage-heavy-archive")).unwrap();
    assert_close(value(&o, "monthly_saving"), -2496.94);
    assert!(o.verdict.starts_with("Stay on Standard"), "{}", o.verdict);
}

#[test]
fn serverless_preset_has_no_instances() {
    let o = evaluate(&CALCULATOR, &preset_inputs("serverless")).unwrap();
    assert_close(value(&o, "io_optimized_monthly"), 956.04);
    assert!(o.verdict.contains("fix the queries first"), "{}", o.verdict);
}

#[test]
fn out_of_range_values_are_refused_by_the_declaration() {
    let f = |k: &str| CALCULATOR.field(k).unwrap();
    assert!(f("instances").parse("65").is_err());
    assert!(f("instances").parse("1.5").is_err());
    assert!(f("hours").parse("745").is_err());
    assert!(f("ri_discount").parse("76").is_err());
    assert!(f("io_reduction").parse("96").is_err());
    assert!(f("iopt_uplift").parse("0.9").is_err());
    assert!(f("class").parse("db.r6i.large").is_err());
    assert_eq!(f("hourly").parse(""), Ok(calc_core::Value::Auto));
}
