//! Link round-trips, hostile links and the version migration, against a small test
//! calculator (never registered in the product).

use calc_core::*;
use proptest::prelude::*;
use scenario::{decode, encode, query_of, slug_of};

static PRICES: PriceSheet = PriceSheet {
    entries: &[Price::new(
        "p_io",
        "I/O",
        0.2,
        "USD/million",
        ("https://example.com/prices", "Example, prices"),
        Date::ymd(2026, 3, 28),
    )],
};

static FIELDS: &[Field] = &[
    Field {
        key: "storage_gb",
        label: "Storage",
        unit: Unit::GB,
        kind: FieldKind::Number { min: 0.0, max: 1_000_000.0, step: 10.0, default: 100.0 },
        help: "",
        group: "Storage",
    },
    Field {
        key: "instances",
        label: "Instances",
        unit: Unit::COUNT,
        kind: FieldKind::Integer { min: 0, max: 64, default: 2 },
        help: "",
        group: "Cluster",
    },
    Field {
        key: "engine",
        label: "Engine",
        unit: Unit::TEXT,
        kind: FieldKind::Choice {
            options: &[
                Choice { key: "postgresql", label: "PostgreSQL" },
                Choice { key: "mysql", label: "MySQL" },
            ],
            default: "postgresql",
        },
        help: "",
        group: "Cluster",
    },
    Field {
        key: "ha",
        label: "HA",
        unit: Unit::TEXT,
        kind: FieldKind::Toggle { default: false },
        help: "",
        group: "Cluster",
    },
    Field {
        key: "p_io",
        label: "I/O price",
        unit: Unit::rate("USD/million requests", "million requests"),
        kind: FieldKind::Price { price: "p_io", min: 0.0, max: 100.0, step: 0.01 },
        help: "",
        group: "Prices",
    },
    Field {
        key: "hourly",
        label: "Hourly",
        unit: Unit::USD_PER_HOUR,
        kind: FieldKind::Auto { min: 0.0, max: 1000.0, step: 0.001, derived_from: "engine" },
        help: "",
        group: "Prices",
    },
];

static META: Meta = Meta {
    slug: "test-calc",
    title: "Test",
    pitch: "",
    description: "",
    methodology: &[],
    caveats: &[],
    sources: &[],
};

const TOTAL: Headline = Headline::new("total", "Total", Unit::GB);

struct TestCalc;
impl Calculator for TestCalc {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn prices(&self) -> &'static PriceSheet {
        &PRICES
    }
    fn presets(&self) -> &'static [Preset] {
        &[]
    }
    fn headlines(&self) -> &'static [Headline] {
        &[TOTAL]
    }
    fn decisions(&self) -> &'static [Decision] {
        &[]
    }
    fn compute(&self, inputs: &Inputs, _: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
        let total = inputs.num("storage_gb") * inputs.num("instances");
        Ok(Outcome { headlines: vec![TOTAL.of(total)], ..Default::default() })
    }
}

/// Version 2 of the test calculator: v1 links had `storage_tb` (terabytes); v2 stores GB.
struct TestCalcV2;
static MIGRATIONS_V2: &[Migration] = &[Migration {
    from: 1,
    apply: |pairs| {
        for (k, v) in pairs.iter_mut() {
            if k == "storage_tb" {
                *k = "storage_gb".into();
                if let Ok(tb) = v.parse::<f64>() {
                    *v = format::plain(tb * 1000.0);
                }
            }
        }
    },
}];
impl Calculator for TestCalcV2 {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn fields(&self) -> &'static [Field] {
        FIELDS
    }
    fn prices(&self) -> &'static PriceSheet {
        &PRICES
    }
    fn presets(&self) -> &'static [Preset] {
        &[]
    }
    fn headlines(&self) -> &'static [Headline] {
        TestCalc.headlines()
    }
    fn decisions(&self) -> &'static [Decision] {
        &[]
    }
    fn migrations(&self) -> &'static [Migration] {
        MIGRATIONS_V2
    }
    fn compute(&self, i: &Inputs, p: &PriceSheet) -> Result<Outcome, Vec<FieldError>> {
        TestCalc.compute(i, p)
    }
}

#[test]
fn only_non_defaults_are_written() {
    assert_eq!(encode(&TestCalc, &defaults(&TestCalc)), "");
    let inputs =
        defaults(&TestCalc).with("storage_gb", Value::Num(0.1)).with("engine", Value::Choice("mysql".into()));
    assert_eq!(encode(&TestCalc, &inputs), "storage_gb=0.1&engine=mysql");
}

#[test]
fn hostile_links_keep_the_good_values_and_name_the_bad() {
    let cases: &[(&str, &str)] = &[
        ("storage_gb=-5", "`storage_gb=-5` is out of range (0–1,000,000 GB); using 100 GB."),
        ("storage_gb=NaN", "`storage_gb=NaN` is not a number (0–1,000,000 GB); using 100 GB."),
        ("storage_gb=inf", "is not a number"),
        ("storage_gb=1e999", "is not a number"),
        ("instances=-1", "is out of range"),
        ("instances=2.5", "must be a whole number"),
        ("engine=oracle", "is not a valid choice (one of: postgresql, mysql)"),
        ("bogus=1", "`bogus` is not an input of this calculator; ignored."),
        (
            "storage_gb=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "`storage_gb=<script>alert(1)</script>` is not a number",
        ),
        ("ha=maybe", "must be 1 or 0"),
    ];
    for (bad, expected) in cases {
        let prefix = if bad.starts_with("instances") { "" } else { "instances=7&" };
        let decoded = decode(&TestCalc, &format!("{prefix}{bad}&p_io=0.3"));
        assert_eq!(decoded.notices.len(), 1, "{bad}: {:?}", decoded.notices);
        assert!(decoded.notices[0].message.contains(expected), "{bad}: {}", decoded.notices[0].message);
        assert_eq!(decoded.inputs.num("p_io"), 0.3, "good values still load for {bad}");
        if !bad.starts_with("instances") {
            assert_eq!(decoded.inputs.num("instances"), 7.0);
        }
    }
}

#[test]
fn duplicates_huge_links_and_encoding_tricks() {
    let d = decode(&TestCalc, "storage_gb=5&storage_gb=9");
    assert_eq!(d.inputs.num("storage_gb"), 5.0);
    assert!(d.notices[0].message.contains("more than once"));

    let huge = format!("storage_gb=7&{}", "x=1&".repeat(25_000)); // 100 KB
    let d = decode(&TestCalc, &huge);
    assert_eq!(d.inputs.num("storage_gb"), 7.0);
    assert!(d.notices[0].message.contains("unusually long"));

    // %2526 decodes once to %26, never twice to '&'
    let d = decode(&TestCalc, "storage_gb=1%2526instances=9");
    assert_eq!(d.inputs.num("instances"), 2.0);
    let d = decode(&TestCalc, "?&&=&storage_gb=%31%32&%=%&engine=%6Dysql");
    assert_eq!(d.inputs.num("storage_gb"), 12.0);
    assert_eq!(d.inputs.choice("engine"), "mysql");
    // site keys are not inputs and raise no notice
    assert!(decode(&TestCalc, "theme=dark&inputs=0&v=1").notices.is_empty());
    let d = decode(&TestCalc, "v=999&storage_gb=3");
    assert_eq!(d.inputs.num("storage_gb"), 3.0);
    assert_eq!(d.notices.len(), 1);
}

#[test]
fn a_v1_link_opens_after_a_v2_rename() {
    // A link shared when the field was `storage_tb`…
    let d = decode(&TestCalcV2, "storage_tb=1.5&instances=3");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.inputs.num("storage_gb"), 1500.0);
    // …and new links say v=2 and are read without migrating again.
    let link = encode(&TestCalcV2, &d.inputs);
    assert_eq!(link, "v=2&storage_gb=1500&instances=3");
    assert_eq!(decode(&TestCalcV2, &link).inputs, d.inputs);
}

#[test]
fn urls_give_their_slug_and_query() {
    assert_eq!(slug_of("/tools/aurora-io?storage_gb=800"), Some("aurora-io"));
    assert_eq!(slug_of("https://calc.example/tools/ahb/?x=1#top"), Some("ahb"));
    assert_eq!(slug_of("/embed/ahb"), Some("ahb"));
    assert_eq!(slug_of("/tools/"), None);
    assert_eq!(slug_of("/other/ahb"), None);
    assert_eq!(slug_of("/tools/aurora-io/oltp-read-heavy/?io_m=1"), Some("aurora-io"));
    assert_eq!(scenario::page_key_of("https://x.example/embed/ahb/owned_sa/#?secret=a"), Some("owned_sa"));
    assert_eq!(scenario::page_key_of("/tools/ahb/"), None);
    assert_eq!(slug_of("/tools/ahb/a/b"), None);
    assert!(scenario::carries_scenario("?theme=dark&io_m=1"));
    assert!(!scenario::carries_scenario("theme=dark&inputs=0&bg=transparent&frame=cc1"));
    assert!(!scenario::carries_scenario(""));
    assert_eq!(query_of("https://x/tools/a?b=1#c"), "b=1");
    assert_eq!(query_of("b=1&c=2"), "b=1&c=2");
    assert_eq!(query_of("/tools/a"), "");
}

#[test]
fn scenario_links_use_the_canonical_path() {
    // The page's canonical link is `/tools/<slug>/`: a shared link names it, so a static host
    // serves it without first redirecting `/tools/<slug>` there.
    let mut inputs = calc_core::defaults(&TestCalc);
    assert_eq!(scenario::tools_path(&TestCalc, &inputs), "/tools/test-calc/");
    inputs.set("storage_gb", Value::Num(800.0));
    assert_eq!(scenario::tools_path(&TestCalc, &inputs), "/tools/test-calc/?storage_gb=800");
    let caption = scenario::Caption::new("Orders", "");
    assert_eq!(
        scenario::tools_path_captioned(&TestCalc, &inputs, &caption),
        "/tools/test-calc/?storage_gb=800&title=Orders"
    );
    assert_eq!(slug_of(&scenario::tools_path(&TestCalc, &inputs)), Some("test-calc"));
}

fn any_inputs() -> impl Strategy<Value = Inputs> {
    (
        0.0..=1_000_000.0f64,
        0i64..=64,
        prop::bool::ANY,
        prop::bool::ANY,
        0.0..=100.0f64,
        prop::option::of(0.0..=1000.0f64),
    )
        .prop_map(|(gb, n, mysql, ha, io, hourly)| {
            defaults(&TestCalc)
                .with("storage_gb", Value::Num(gb))
                .with("instances", Value::Num(n as f64))
                .with("engine", Value::Choice(if mysql { "mysql" } else { "postgresql" }.into()))
                .with("ha", Value::Bool(ha))
                .with("p_io", Value::Num(io))
                .with("hourly", hourly.map_or(Value::Auto, Value::Num))
        })
}

proptest! {
    #[test]
    fn decode_encode_round_trips(inputs in any_inputs()) {
        let link = encode(&TestCalc, &inputs);
        prop_assert_eq!(&link, &encode(&TestCalc, &inputs));
        let back = decode(&TestCalc, &link);
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        prop_assert_eq!(back.inputs, inputs);
    }

    #[test]
    fn any_text_decodes_without_panic(query in ".{0,300}") {
        let d = decode(&TestCalc, &query);
        prop_assert!(evaluate(&TestCalc, &d.inputs).is_ok());
    }
}

#[test]
fn a_caption_travels_in_the_link_as_plain_bounded_text() {
    use scenario::{Caption, MAX_NOTE_CHARS, MAX_TITLE_CHARS};
    let caption = Caption::new("Orders cluster, eu-west-1 & <b>prod</b>", "Line one\nline\ttwo");
    assert_eq!(caption.note, "Line one line two", "control characters become spaces");
    let query = caption.append_to("storage_gb=800");
    assert_eq!(
        query,
        "storage_gb=800&title=Orders%20cluster%2C%20eu-west-1%20%26%20%3Cb%3Eprod%3C%2Fb%3E&note=Line%20one%20line%20two"
    );
    let (back, notices) = Caption::from_query(&scenario::Query::parse(&query));
    assert_eq!(back, caption);
    assert!(notices.is_empty());
    assert_eq!(Caption::default().append_to("a=1"), "a=1");
    assert_eq!(Caption::new("x", "").append_to(""), "title=x");

    let long = format!("title={}&note={}", "t".repeat(200), "n".repeat(400));
    let (cut, notices) = Caption::from_query(&scenario::Query::parse(&long));
    assert_eq!(cut.title.chars().count(), MAX_TITLE_CHARS);
    assert_eq!(cut.note.chars().count(), MAX_NOTE_CHARS);
    assert_eq!(notices.len(), 2);
    assert!(notices[0].for_page.contains("cut"), "{}", notices[0].for_page);
    // Not inputs: the strict decoder ignores them, so a captioned link still evaluates.
    let inputs = scenario::decode_strict(&TestCalc, &query);
    assert!(inputs.is_ok());
}

mod comparisons {
    use super::*;
    use scenario::compare::{is_comparison, Comparison};
    use scenario::encode_component;

    fn calc() -> &'static dyn Calculator {
        &TestCalc
    }

    #[test]
    fn a_comparison_link_restores_each_scenario_with_its_name() {
        let a = "storage_gb=500&title=Today";
        let b = "storage_gb=900&instances=4&title=After%20the%20migration";
        let link = format!("/tools/test-calc/compare/?a={}&b={}", encode_component(a), encode_component(b));
        let read = Comparison::read_strict(calc(), query_of(&link)).expect("a good comparison");
        assert_eq!(read.scenarios.len(), 2);
        assert_eq!(read.scenarios[0].inputs.num("storage_gb"), 500.0);
        assert_eq!(read.scenarios[1].inputs.num("instances"), 4.0);
        assert_eq!(read.label(0), "Today");
        assert_eq!(read.label(1), "After the migration");
        // Written again, it reads back the same.
        let again = Comparison::read_strict(calc(), query_of(&read.path())).unwrap();
        assert_eq!(again.path(), read.path());
        assert!(is_comparison(&read.path()));
        assert_eq!(read.path(), link);
    }

    #[test]
    fn a_comparison_is_in_one_currency_its_own_else_a_s() {
        let (a, b) = (encode_component("storage_gb=500&cur=EUR"), encode_component("storage_gb=900&cur=GBP"));
        // B's own `cur` gives way to A's: the columns are compared in one currency.
        let read = Comparison::read_strict(calc(), &format!("a={a}&b={b}")).unwrap();
        assert!(read.scenarios.iter().all(|s| s.rate.currency == Currency::Eur));
        // The comparison's own `cur` is every column's.
        let read = Comparison::read_strict(calc(), &format!("a={a}&b={b}&cur=JPY")).unwrap();
        assert!(read.scenarios.iter().all(|s| s.rate.currency == Currency::Jpy));
    }

    #[test]
    fn only_a_makes_b_a_copy_and_bad_slots_name_themselves() {
        let read = Comparison::read_strict(calc(), "a=storage_gb%3D300").unwrap();
        assert_eq!(read.scenarios.len(), 2);
        assert_eq!(read.scenarios[1].inputs, read.scenarios[0].inputs);
        assert_eq!(read.label(1), "Scenario B");
        let (read, notices) = Comparison::read(calc(), "a=&b=storage_gb%3D-5&c=instances%3D3&d=1");
        assert_eq!(read.scenarios.len(), 3);
        assert_eq!(read.scenarios[1].inputs.num("storage_gb"), 100.0);
        assert!(notices.iter().any(|n| n.for_page.starts_with("Scenario B: ")), "{notices:?}");
        assert!(notices.iter().any(|n| n.key == "d"), "{notices:?}");
    }
}
