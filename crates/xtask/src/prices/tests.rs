//! The importers on the committed samples (tests/fixtures/prices, README there: each file's
//! source and date), malformed copies of them, and whole refreshes of temporary sheets.

use super::table::Table;
use super::*;
use calc_core::Date;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/prices")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(fixtures().join(rel)).unwrap()
}

fn row<'a>(t: &'a Table, attrs: &[(&str, &str)]) -> &'a table::Row {
    let rows: Vec<_> = t
        .rows
        .iter()
        .filter(|r| attrs.iter().all(|(k, v)| r.attrs.get(*k).map(String::as_str) == Some(*v)))
        .collect();
    assert_eq!(rows.len(), 1, "{attrs:?} matches {} rows", rows.len());
    rows[0]
}

const DSP: &str = "aws/AWSDatabaseSavingsPlans/ap-south-2.csv";

#[test]
fn savings_plan_csv_reproduces_aws_rows() {
    let t = aws_savings_plan::parse(&read(DSP), "AWSDatabaseSavingsPlans", "ap-south-2").unwrap();
    assert_eq!(t.stamp.as_of, Date::ymd(2026, 4, 22));
    assert_eq!(t.stamp.version, "20260422194203");
    assert_eq!(
        t.stamp.source,
        "https://pricing.us-east-1.amazonaws.com/savingsPlan/v1.0/aws/AWSDatabaseSavingsPlans/20260422194203/ap-south-2/index.csv"
    );
    assert_eq!(t.rows.len(), 11);
    // Aurora PostgreSQL (operation 0021) db.r7g.large: Standard and I/O-Optimized.
    let std = row(
        &t,
        &[
            ("discountedusagetypebase", "InstanceUsage:db.r7g.large"),
            ("discountedoperation", "CreateDBInstance:0021"),
        ],
    );
    assert_eq!((std.value, std.unit.as_str()), (0.2504, "Hrs"));
    assert_eq!(std.id, "SKU DZCHH8H3SPVYZ2Z4, rate code DZCHH8H3SPVYZ2Z4.UJM5TU6NK6ZBRBME");
    assert_eq!(std.attrs["purchaseoption"], "No Upfront");
    assert_eq!(std.attrs["leasecontractlength"], "1");
    assert_eq!(std.attrs["usagetype"], "DatabaseSP:1yrNoUpfront");
    let io = row(
        &t,
        &[
            ("discountedusagetypebase", "InstanceUsageIOOptimized:db.r7g.large"),
            ("discountedoperation", "CreateDBInstance:0021"),
        ],
    );
    assert_eq!(io.value, 0.3256);
    let pg = row(
        &t,
        &[
            ("discountedusagetypebase", "InstanceUsage:db.r7g.large"),
            ("discountedoperation", "CreateDBInstance:0014"),
        ],
    );
    assert_eq!(pg.value, 0.2176);
    let acu = row(
        &t,
        &[
            ("discountedusagetypebase", "Aurora:ServerlessV2Usage"),
            ("discountedoperation", "CreateDBInstance:0021"),
        ],
    );
    assert_eq!((acu.value, acu.unit.as_str()), (0.117, "ACU-Hr"));
    // Every rate of the file is the one plan AWS sells.
    assert!(t.rows.iter().all(|r| r.attrs["usagetype"] == "DatabaseSP:1yrNoUpfront"));
}

#[test]
fn savings_plan_csv_of_another_shape_is_refused_naming_the_field() {
    let text = read(DSP);
    let no_rate = text.replacen(",DiscountedRate,", ",Rate,", 1);
    let e = aws_savings_plan::parse(&no_rate, "AWSDatabaseSavingsPlans", "ap-south-2").unwrap_err();
    assert!(e.contains("`DiscountedRate`"), "{e}");
    let no_date: String =
        text.lines().filter(|l| !l.starts_with("Publication Date")).map(|l| format!("{l}\n")).collect();
    let e = aws_savings_plan::parse(&no_date, "AWSDatabaseSavingsPlans", "ap-south-2").unwrap_err();
    assert!(e.contains("`Publication Date`"), "{e}");
    let e = aws_offer::parse(&text, "AmazonRDS", "ap-south-2").unwrap_err();
    assert!(e.contains("not `AmazonRDS`"), "an RDS importer refuses a Savings Plan file: {e}");
}

#[test]
fn offer_json_and_csv_in_the_documented_shape_read_alike() {
    let json =
        aws_offer::parse(&read("format-samples/AmazonRDS-us-east-1.json"), "AmazonRDS", "us-east-1").unwrap();
    let csv =
        aws_offer::parse(&read("format-samples/AmazonRDS-us-east-1.csv"), "AmazonRDS", "us-east-1").unwrap();
    for t in [&json, &csv] {
        assert_eq!(t.stamp.version, "20260328000000");
        assert_eq!(t.stamp.as_of, Date::ymd(2026, 3, 28));
        assert_eq!(t.rows.len(), 5);
        let od =
            row(t, &[("termtype", "OnDemand"), ("instancetype", "db.r6g.large"), ("storage", "EBS Only")]);
        assert_eq!((od.value, od.unit.as_str()), (0.26, "Hrs"));
        assert_eq!(od.attrs["databaseengine"], "Aurora PostgreSQL");
        assert_eq!(od.attrs["deploymentoption"], "Single-AZ");
        let io = row(t, &[("termtype", "OnDemand"), ("storage", "Aurora IO Optimization Mode")]);
        assert_eq!(io.value, 0.338);
        assert_eq!(io.attrs["usagetypebase"], "InstanceUsageIOOptimized:db.r6g.large");
        // A Reserved offer is two rows: the upfront fee (Quantity) and the hourly charge (Hrs).
        let ri =
            [("termtype", "Reserved"), ("leasecontractlength", "1yr"), ("purchaseoption", "All Upfront")];
        let fee = row(t, &[ri[0], ri[1], ri[2], ("unit", "Quantity")]);
        assert_eq!(fee.value, 1240.0);
        assert_eq!(row(t, &[ri[0], ri[1], ri[2], ("unit", "Hrs")]).value, 0.0);
        assert_eq!(fee.attrs["offeringclass"], "standard");
        assert_eq!(row(t, &[("usagetypebase", "Aurora:StorageUsage")]).unit, "GB-Mo");
    }
    assert!(json.stamp.source.ends_with("/AmazonRDS/20260328000000/us-east-1/index.json"));
}

#[test]
fn offer_files_of_another_shape_are_refused_naming_the_field() {
    let json = read("format-samples/AmazonRDS-us-east-1.json");
    let e = aws_offer::parse(&json.replace("\"publicationDate\"", "\"published\""), "AmazonRDS", "us-east-1")
        .unwrap_err();
    assert!(e.contains("`publicationDate`"), "{e}");
    let e = aws_offer::parse(&json.replacen("\"pricePerUnit\"", "\"price\"", 1), "AmazonRDS", "us-east-1")
        .unwrap_err();
    assert!(e.contains("`pricePerUnit`"), "{e}");
    let e = aws_offer::parse(&json, "AmazonEC2", "us-east-1").unwrap_err();
    assert!(e.contains("not `AmazonEC2`"), "{e}");
    let csv = read("format-samples/AmazonRDS-us-east-1.csv");
    let e = aws_offer::parse(&csv.replacen("\"PricePerUnit\"", "\"Price\"", 1), "AmazonRDS", "us-east-1")
        .unwrap_err();
    assert!(e.contains("`PricePerUnit`"), "{e}");
    let e = aws_offer::parse(&csv.replacen("\"Version\"", "\"Edition\"", 1), "AmazonRDS", "us-east-1")
        .unwrap_err();
    assert!(e.contains("`Version`"), "{e}");
}

fn azure_stamp() -> table::Stamp {
    azure_retail::stamp("serviceName eq 'Virtual Machines'", "westeurope", Date::ymd(2022, 6, 6))
}

#[test]
fn azure_pages_reproduce_retail_rows() {
    let t = azure_retail::parse(&[read("azure/sample/westeurope/page0.json")], azure_stamp()).unwrap();
    assert_eq!(t.rows.len(), 7);
    let d16 = row(&t, &[("meterid", "0007942f-35ac-5c71-9845-63365457677b"), ("type", "Consumption")]);
    assert_eq!((d16.value, d16.unit.as_str()), (1.504, "1 Hour"));
    assert_eq!(d16.starts, Some(Date::ymd(2021, 12, 1)));
    assert_eq!(d16.attrs["armregionname"], "eastus2");
    assert_eq!(d16.attrs["skuname"], "Standard_D16s_v5");
    let dev = row(&t, &[("meterid", "0007942f-35ac-5c71-9845-63365457677b"), ("type", "DevTestConsumption")]);
    assert_eq!(dev.value, 0.768);
    let disk = row(&t, &[("metername", "E10 Disks")]);
    assert_eq!((disk.value, disk.unit.as_str()), (10.56, "1/Month"));
    assert_eq!(t.stamp.as_of, Date::ymd(2022, 6, 6));
    assert!(t.stamp.source.starts_with("https://prices.azure.com/api/retail/prices?"));
}

#[test]
fn azure_pages_of_another_shape_are_refused_naming_the_field() {
    let page = read("azure/sample/westeurope/page0.json");
    let e = azure_retail::parse(&[page.replace("\"Items\"", "\"Rows\"")], azure_stamp()).unwrap_err();
    assert!(e.contains("missing `Items`"), "{e}");
    let e = azure_retail::parse(&[page.replacen("\"retailPrice\"", "\"listPrice\"", 1)], azure_stamp())
        .unwrap_err();
    assert!(e.contains("missing `retailPrice`"), "{e}");
    let e = azure_retail::parse(&[page.replace("\"NextPageLink\"", "\"Next\"")], azure_stamp()).unwrap_err();
    assert!(e.contains("missing `NextPageLink`"), "{e}");
}

#[test]
fn an_azure_reservation_is_a_term_price_spread_over_its_hours() {
    // Made here, not published: one item of the documented shape with type Reservation, whose
    // unitPrice is the whole term's price (learn.microsoft.com, Azure Retail Prices API).
    let page = r#"{"BillingCurrency":"USD","Items":[{"currencyCode":"USD","retailPrice":1168.0,"unitPrice":1168.0,
      "armRegionName":"eastus","effectiveStartDate":"2026-01-01T00:00:00Z","meterId":"m","meterName":"D4ds v5",
      "productName":"Virtual Machines Ddsv5 Series","skuName":"Standard_D4ds_v5","unitOfMeasure":"1 Hour",
      "type":"Reservation","reservationTerm":"1 Year"}],"NextPageLink":null}"#;
    let t = azure_retail::parse(&[page.to_string()], azure_stamp()).unwrap();
    assert_eq!((t.rows[0].value, t.rows[0].unit.as_str()), (1168.0, "USD per 1 Year"));
    let m = mapping::parse(
        "demo",
        "[files.vm]\nimporter = \"azure-retail\"\nfilter = \"x\"\nregions = [\"eastus\"]\n\
         [prices.ri]\nfile = \"vm\"\nmatch = { type = \"Reservation\" }\nper_hour = true\n",
    )
    .unwrap();
    let tables: mapping::Tables = [("azure/vm/eastus".to_string(), t)].into_iter().collect();
    let r = mapping::resolve(&m, &m.prices[0], "eastus", &tables, Date::ymd(2026, 12, 6)).unwrap();
    assert_eq!(r.value, mapping::tidy(1168.0 / 8760.0));
    let m2 = mapping::parse(
        "demo",
        "[files.vm]\nimporter = \"azure-retail\"\nfilter = \"x\"\nregions = [\"eastus\"]\n\
         [prices.ri]\nfile = \"vm\"\nmatch = { type = \"Consumption\" }\n",
    )
    .unwrap();
    let e = mapping::resolve(&m2, &m2.prices[0], "eastus", &tables, Date::ymd(2026, 12, 6)).unwrap_err();
    assert!(e.contains("no row") && e.contains("[prices.ri]"), "{e}");
}

fn genai() -> Table {
    let stamp = genai_prices::stamp("47df840a5ab10bbcffb8e5ac01b9899032245d1b", Date::ymd(2026, 8, 21));
    genai_prices::parse(&read("genai-prices/data.json"), stamp).unwrap()
}

fn g<'a>(t: &'a Table, model: &str, field: &str, tier: &str, part: &str) -> Vec<&'a table::Row> {
    t.rows
        .iter()
        .filter(|r| {
            r.attrs["model"] == model
                && r.attrs["field"] == field
                && r.attrs["tier"] == tier
                && r.attrs["part"] == part
        })
        .collect()
}

#[test]
fn genai_prices_reproduces_models_tiers_and_dates() {
    let t = genai();
    assert_eq!(
        t.stamp.source,
        "https://github.com/pydantic/genai-prices/blob/47df840a5ab10bbcffb8e5ac01b9899032245d1b/prices/new_data/v2/data.json"
    );
    let opus = g(&t, "claude-opus-5", "input_mtok", "base", "price");
    assert_eq!((opus[0].value, opus[0].unit.as_str(), opus[0].starts), (5.0, "USD/million tokens", None));
    assert_eq!(g(&t, "claude-opus-5", "cache_write_1h_mtok", "base", "price")[0].value, 10.0);
    assert_eq!(g(&t, "claude-opus-5", "context_window", "base", "price")[0].value, 1_000_000.0);
    // Sonnet 5: $2 from the start, and the file still lists a $3 step on 2026-09-01.
    let sonnet5: Vec<(f64, Option<Date>)> =
        g(&t, "claude-sonnet-5", "input_mtok", "base", "price").iter().map(|r| (r.value, r.starts)).collect();
    assert_eq!(sonnet5, vec![(2.0, None), (3.0, Some(Date::ymd(2026, 9, 1)))]);
    // GPT-5.4: $2.50, $5 above 272,000 input tokens.
    assert_eq!(g(&t, "gpt-5.4", "input_mtok", "base", "price")[0].value, 2.5);
    assert_eq!(g(&t, "gpt-5.4", "input_mtok", "1", "threshold")[0].value, 272_000.0);
    assert_eq!(g(&t, "gpt-5.4", "input_mtok", "1", "price")[0].value, 5.0);
    assert_eq!(g(&t, "gpt-5.4", "output_mtok", "1", "price")[0].value, 22.5);
    assert!(
        g(&t, "gpt-5.5", "cache_write_mtok", "base", "price").is_empty(),
        "OpenAI lists no cache write for 5.5"
    );
    // DeepSeek's peak hours are a row of their own, told apart by `window`.
    let ds = g(&t, "deepseek-chat", "input_mtok", "base", "price");
    assert_eq!(ds.len(), 2);
    assert_eq!(ds[1].attrs["window"], "00:30:00Z-16:30:00Z");
    assert_eq!(ds[1].value, 0.27);
}

#[test]
fn genai_prices_of_another_shape_is_refused_naming_the_field() {
    let text = read("genai-prices/data.json");
    let stamp = genai_prices::stamp("47df840", Date::ymd(2026, 8, 21));
    let e = genai_prices::parse(&text.replacen("\"prices\"", "\"pricing\"", 1), stamp.clone()).unwrap_err();
    assert!(e.contains("missing `prices`"), "{e}");
    let e = genai_prices::parse(&text.replacen("\"models\"", "\"items\"", 1), stamp.clone()).unwrap_err();
    assert!(e.contains("no `models`"), "{e}");
    let e = genai_prices::parse("{\"providers\": []}", stamp).unwrap_err();
    assert!(e.contains("not a list of providers"), "{e}");
}

/// A temporary workspace: the real sheets and mappings of `slugs`, the real citations.
fn workspace(name: &str, slugs: &[&str]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-prices-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let real = crate::root();
    for slug in slugs {
        let to = dir.join("calculators").join(slug);
        std::fs::create_dir_all(&to).unwrap();
        for f in ["prices.toml", "refresh.toml"] {
            std::fs::copy(real.join("calculators").join(slug).join(f), to.join(f)).unwrap();
        }
    }
    std::fs::create_dir_all(dir.join("crates/price-codegen")).unwrap();
    std::fs::copy(
        real.join("crates/price-codegen/citations.toml"),
        dir.join("crates/price-codegen/citations.toml"),
    )
    .unwrap();
    dir
}

const TODAY: Date = Date::ymd(2026, 12, 6);
const GENAI_URL: &str =
    "https://github.com/pydantic/genai-prices/blob/47df840a5ab10bbcffb8e5ac01b9899032245d1b/prices/new_data/v2/data.json";

#[test]
fn refreshing_the_llm_sheet_from_the_sample_rewrites_values_history_and_sources() {
    let root = workspace("llm", &["llm-budget"]);
    let mappings = load_mappings(&root, None).unwrap();
    let before: toml::Table =
        std::fs::read_to_string(root.join("calculators/llm-budget/prices.toml")).unwrap().parse().unwrap();
    let plan = refresh(&root, &mappings, &fixtures(), TODAY).unwrap();
    assert!(plan.changed());
    plan.write().unwrap();
    let text = std::fs::read_to_string(root.join("calculators/llm-budget/prices.toml")).unwrap();
    let after: toml::Table = text.parse().unwrap();
    let p = |key: &str| after[key].as_table().unwrap().clone();
    // Every mapped key now cites the file and carries its date; hand-entered ones are untouched.
    for m in &mappings[0].prices {
        let t = p(&m.key);
        assert_eq!(t["source"].as_str(), Some(GENAI_URL), "{}", m.key);
        assert_eq!(t["as_of"].as_str(), Some("2026-08-21"), "{}", m.key);
        assert_eq!(t["uncertain"].as_bool(), Some(true), "a third-party list: {}", m.key);
        assert!(t["note"].as_str().unwrap().contains("genai-prices"), "{}", m.key);
    }
    for hand in ["deepseek_chat_in", "opus_5_min_cache", "anthropic_batch", "gpt_5_5_lc_in", "dev_day_avg"] {
        assert_eq!(after[hand], before[hand], "{hand} is hand-entered");
    }
    // Unchanged value: newer date and source, no history.
    assert_eq!(p("opus_5_in")["value"].as_float(), Some(5.0));
    assert!(p("opus_5_in").get("history").is_none());
    // A changed value keeps the old one in its history, closed on the file's date.
    let cw = p("gpt_5_5_context_window");
    assert_eq!(cw["value"].as_float(), Some(1_000_000.0));
    let h = cw["history"].as_array().unwrap();
    let last = h.last().unwrap().as_table().unwrap();
    assert_eq!(last["value"].as_float().or(last["value"].as_integer().map(|i| i as f64)), Some(1_050_000.0));
    assert_eq!(last["from"].as_str(), Some("2026-07-24"));
    assert_eq!(last["to"].as_str(), Some("2026-08-21"));
    // The cache-write fallback and the long-context tier.
    assert_eq!(p("gpt_5_5_write")["value"].as_float(), Some(5.0));
    assert!(p("gpt_5_5_write")["note"].as_str().unwrap().contains("fallback"));
    assert_eq!(p("gpt_5_4_lc_tokens")["value"].as_float(), Some(272_000.0));
    assert_eq!(p("gpt_5_4_lc_out")["value"].as_float(), Some(22.5));
    // The file's source is now cited, and a second run changes nothing.
    let cites = std::fs::read_to_string(root.join("crates/price-codegen/citations.toml")).unwrap();
    assert!(cites.contains(GENAI_URL) && cites.contains("Pydantic, genai-prices"));
    let again = refresh(&root, &mappings, &fixtures(), TODAY).unwrap();
    assert!(!again.changed(), "{}", again.diff());
    let _ = std::fs::remove_dir_all(&root);
}

/// A calculator of the test's own whose one price reads the AWS Savings Plan sample.
fn dsp_calculator(root: &Path) {
    let dir = root.join("calculators/dsp-demo");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("prices.toml"),
        "[dsp_aurora_r7g_large]\nlabel = \"DSP rate\"\nvalue = 0.25\nunit = \"USD/hour\"\n\
         source = \"https://github.com/darold/ora2pg\"\nas_of = \"2026-01-01\"\nnote = \"placeholder\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("refresh.toml"),
        "[files.dsp]\nimporter = \"aws-savings-plan\"\noffer = \"AWSDatabaseSavingsPlans\"\nregions = [\"ap-south-2\"]\n\
         [prices.dsp_aurora_r7g_large]\nfile = \"dsp\"\n\
         match = { discountedusagetypebase = \"InstanceUsage:db.r7g.large\", discountedoperation = \"CreateDBInstance:0021\" }\n",
    )
    .unwrap();
}

#[test]
fn a_savings_plan_rate_refreshes_with_its_version_and_history() {
    let root = workspace("dsp", &[]);
    dsp_calculator(&root);
    let mappings = load_mappings(&root, Some("dsp-demo")).unwrap();
    let plan = refresh(&root, &mappings, &fixtures(), TODAY).unwrap();
    assert_eq!(plan.change_count(), 1);
    assert!(plan
        .summary()
        .contains("dsp-demo dsp_aurora_r7g_large [ap-south-2]: 0.25 (2026-01-01) -> 0.2504 (2026-04-22)"));
    assert!(plan.diff().contains("+value = 0.2504"), "{}", plan.diff());
    plan.write().unwrap();
    let t: toml::Table =
        std::fs::read_to_string(root.join("calculators/dsp-demo/prices.toml")).unwrap().parse().unwrap();
    let p = t["dsp_aurora_r7g_large"].as_table().unwrap();
    assert!(p["source"]
        .as_str()
        .unwrap()
        .ends_with("/AWSDatabaseSavingsPlans/20260422194203/ap-south-2/index.csv"));
    assert!(p["note"].as_str().unwrap().contains("rate code DZCHH8H3SPVYZ2Z4.UJM5TU6NK6ZBRBME"));
    assert_eq!(p["history"].as_array().unwrap()[0]["value"].as_float(), Some(0.25));
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn one_malformed_file_stops_the_refresh_before_any_sheet_is_written() {
    let root = workspace("partial", &["llm-budget"]);
    dsp_calculator(&root);
    // A copy of the samples where the Savings Plan file lost its rate column.
    let dir = root.join("samples");
    for rel in ["genai-prices/data.json", "sources.toml", DSP] {
        std::fs::create_dir_all(dir.join(rel).parent().unwrap()).unwrap();
        std::fs::copy(fixtures().join(rel), dir.join(rel)).unwrap();
    }
    let broken = read(DSP).replacen(",DiscountedRate,", ",Rate,", 1);
    std::fs::write(dir.join(DSP), broken).unwrap();
    let sheets = [
        "calculators/llm-budget/prices.toml",
        "calculators/dsp-demo/prices.toml",
        "crates/price-codegen/citations.toml",
    ];
    let before: Vec<String> = sheets.iter().map(|s| std::fs::read_to_string(root.join(s)).unwrap()).collect();
    let mappings = load_mappings(&root, None).unwrap();
    let e = refresh(&root, &mappings, &dir, TODAY).err().expect("refused");
    assert!(e.contains("`DiscountedRate`"), "{e}");
    let after: Vec<String> = sheets.iter().map(|s| std::fs::read_to_string(root.join(s)).unwrap()).collect();
    assert_eq!(before, after, "nothing written");
    // A mapping that finds no row stops it the same way.
    std::fs::copy(fixtures().join(DSP), dir.join(DSP)).unwrap();
    let text = std::fs::read_to_string(root.join("calculators/dsp-demo/refresh.toml")).unwrap();
    std::fs::write(
        root.join("calculators/dsp-demo/refresh.toml"),
        text.replace("db.r7g.large", "db.r9z.large"),
    )
    .unwrap();
    let mappings = load_mappings(&root, None).unwrap();
    let e = refresh(&root, &mappings, &dir, TODAY).err().expect("refused");
    assert!(e.contains("dsp-demo [prices.dsp_aurora_r7g_large]") && e.contains("no row"), "{e}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_sheet_figure_newer_than_the_file_is_kept() {
    let text =
        "[a]\nlabel = \"a\"\nvalue = 2.0\nunit = \"u\"\nsource = \"https://x\"\nas_of = \"2026-11-01\"\n";
    let r = mapping::Resolved {
        value: 3.0,
        as_of: Date::ymd(2026, 8, 21),
        source: "https://y".into(),
        cite: "Y".into(),
        note: "n".into(),
        uncertain: false,
    };
    let (after, changes, warnings) =
        sheet::apply(text, &[sheet::Update { key: "a".into(), by_region: vec![(String::new(), r)] }])
            .unwrap();
    assert_eq!(after, text);
    assert!(changes.is_empty());
    assert!(warnings[0].contains("newer than the file"), "{warnings:?}");
}

#[test]
fn other_regions_go_beside_the_default() {
    let text = "[a]\nlabel = \"a\"\nvalue = 1.51\nunit = \"u\"\nsource = \"https://x\"\nas_of = \"2024-07-01\"\nregion = \"westeurope\"\n";
    let at = |v: f64| mapping::Resolved {
        value: v,
        as_of: Date::ymd(2026, 9, 18),
        source: "https://y".into(),
        cite: "Y".into(),
        note: "n".into(),
        uncertain: false,
    };
    let update = sheet::Update {
        key: "a".into(),
        by_region: vec![
            ("eastus".into(), at(1.51)),
            ("westeurope".into(), at(1.52)),
            ("brazilsouth".into(), at(2.42)),
        ],
    };
    let (after, changes, _) = sheet::apply(text, &[update]).unwrap();
    let t: toml::Table = after.parse().unwrap();
    let a = t["a"].as_table().unwrap();
    assert_eq!(a["region"].as_str(), Some("westeurope"), "the sheet's own region stays the default");
    assert_eq!(a["value"].as_float(), Some(1.52));
    assert_eq!(a["regions"]["eastus"]["value"].as_float(), Some(1.51));
    assert_eq!(a["regions"]["brazilsouth"]["as_of"].as_str(), Some("2026-09-18"));
    assert_eq!(a["history"].as_array().unwrap().len(), 1);
    assert_eq!(changes.len(), 3);
}

#[test]
fn every_committed_mapping_reads_and_names_keys_of_its_sheet() {
    let root = crate::root();
    for m in load_mappings(&root, None).unwrap() {
        let sheet: toml::Table =
            std::fs::read_to_string(root.join("calculators").join(&m.slug).join("prices.toml"))
                .unwrap()
                .parse()
                .unwrap();
        assert!(!m.prices.is_empty(), "{}", m.slug);
        for p in &m.prices {
            assert!(
                sheet.contains_key(&p.key),
                "{}: refresh.toml maps [{}], which prices.toml lacks",
                m.slug,
                p.key
            );
        }
    }
}

#[test]
fn a_discount_is_the_plan_rate_against_the_on_demand_rate_of_the_same_region() {
    // The Savings Plan sample (ap-south-2) against an On-Demand row of the documented offer
    // shape placed in the same region for this test: 0.2504 against 0.313 is 20 % off.
    let dsp = aws_savings_plan::parse(&read(DSP), "AWSDatabaseSavingsPlans", "ap-south-2").unwrap();
    let json = read("format-samples/AmazonRDS-us-east-1.json")
        .replace("db.r6g.large", "db.r7g.large")
        .replace("0.2600000000", "0.3130000000");
    let rds = aws_offer::parse(&json, "AmazonRDS", "ap-south-2").unwrap();
    let tables: mapping::Tables = [
        ("aws/AWSDatabaseSavingsPlans/ap-south-2".to_string(), dsp),
        ("aws/AmazonRDS/ap-south-2".to_string(), rds),
    ]
    .into_iter()
    .collect();
    let m = mapping::parse(
        "demo",
        "[files.rds]\nimporter = \"aws-offer\"\noffer = \"AmazonRDS\"\nregions = [\"ap-south-2\"]\n\
         [files.dsp]\nimporter = \"aws-savings-plan\"\noffer = \"AWSDatabaseSavingsPlans\"\nregions = [\"ap-south-2\"]\n\
         [prices.off]\nfile = \"dsp\"\n\
         match = { discountedusagetypebase = \"InstanceUsage:db.r7g.large\", discountedoperation = \"CreateDBInstance:0021\" }\n\
         percent_off = { file = \"rds\", match = { termtype = \"OnDemand\", instancetype = \"db.r7g.large\", storage = \"EBS Only\" } }\n",
    )
    .unwrap();
    let r = mapping::resolve(&m, &m.prices[0], "ap-south-2", &tables, TODAY).unwrap();
    assert_eq!(r.value, 20.0);
    assert_eq!(r.as_of, Date::ymd(2026, 3, 28), "the older of the two files");
    assert!(r.note.contains("20.00 % below"), "{}", r.note);
}
