//! `cargo xtask prices [--from DIR] [--only SLUG] [--check]`: reads the vendors' own
//! machine-readable price files and rewrites the calculators' `prices.toml`, each refreshed
//! price stamped with its file's publication date (`as_of`), an address naming the file and its
//! version (`source`, cited in price-codegen's `citations.toml`) and a note naming the row.
//!
//! `calculators/<slug>/refresh.toml` says which row feeds which price ([`mapping`]); prices no
//! mapping names (Oracle's PDF list, licence packs, third-party figures) are never touched.
//! Without `--from` the files are downloaded with `curl` into
//! `target/prices-download/<today>/`, which `--from` can read again offline. Every file is read
//! and every mapping resolved before anything is written: a file of a shape an importer does
//! not know, or a mapping that finds no row or several, stops the refresh and writes nothing.
//!
//! The same run rewrites the currency reference table (`calc-core`'s `currency/reference.rs`)
//! from the ECB's euro reference rates of the day ([`ecb`]); `--only rates` refreshes it
//! alone, `--only SLUG` leaves it.

pub mod aws_offer;
pub mod aws_savings_plan;
pub mod azure_retail;
pub mod csv;
pub mod ecb;
pub mod genai_prices;
pub mod mapping;
pub mod sheet;
pub mod table;

use calc_core::currency::Currency;
use calc_core::Date;
use mapping::{Importer, Mapping, Tables};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const USAGE: &str = "usage: cargo xtask prices [--from DIR] [--only SLUG] [--check]
  reads the vendors' price files named by calculators/*/refresh.toml and rewrites prices.toml,
  and the ECB's reference rates (ecb/eurofxref-daily.xml) and rewrites the currency table
  --from DIR   read the files from DIR (the layout of target/prices-download/<day>/) instead
               of downloading them
  --only SLUG  refresh one calculator (`--only rates`: the currency table alone)
  --check      print what would change and exit non-zero if anything would; write nothing";

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub from: Option<PathBuf>,
    pub only: Option<String>,
    pub check: bool,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--from" => o.from = Some(PathBuf::from(it.next().ok_or("--from needs a directory")?)),
            "--only" => o.only = Some(it.next().ok_or("--only needs a calculator")?.clone()),
            "--check" => o.check = true,
            _ => return Err(USAGE.to_string()),
        }
    }
    Ok(o)
}

fn today() -> Date {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0);
    Date::today_utc(ms)
}

/// The command: refresh, then print what changed.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut opts = parse_args(args)?;
    let root = crate::root();
    let today = today();
    let rates_only = opts.only.as_deref() == Some(RATES);
    let with_rates = opts.only.is_none() || rates_only;
    let mappings = if rates_only { Vec::new() } else { load_mappings(&root, opts.only.as_deref())? };
    if opts.from.is_none() {
        let dir = root.join("target/prices-download").join(today.to_string());
        crate::step(&format!("downloading the vendors' files into {}", dir.display()));
        download(&mappings, &dir, today)?;
        if with_rates {
            curl(ecb::DAILY_XML, &dir.join(ecb::XML_PATH))?;
        }
        opts.from = Some(dir);
    }
    let dir = opts.from.as_deref().expect("a directory");
    let mut plan = refresh(&root, &mappings, dir, today)?;
    if with_rates {
        plan.rates = Some(rates(&root, dir)?);
    }
    for w in &plan.warnings {
        eprintln!("warning: {w}");
    }
    print!("{}", plan.summary());
    if opts.check {
        print!("{}", plan.diff());
        if plan.changed() {
            return Err(format!("{} would change (nothing written)", plan.what_changed()));
        }
        return Ok(());
    }
    plan.write()?;
    crate::step(&format!(
        "wrote {}; check them before committing (README, \"Refreshing prices\")",
        plan.what_changed()
    ));
    Ok(())
}

/// `--only rates`: the currency reference table alone.
pub const RATES: &str = "rates";

/// The reference table rewritten from the ECB file in `dir` (its XML form, else its CSV form);
/// writes nothing.
pub fn rates(root: &Path, dir: &Path) -> Result<RatesPlan, String> {
    let xml = dir.join(ecb::XML_PATH);
    let csv = dir.join(ecb::CSV_PATH);
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let rates = if xml.is_file() {
        ecb::parse_xml(&read(&xml)?).map_err(|e| format!("{}: {e}", xml.display()))?
    } else if csv.is_file() {
        ecb::parse_csv(&read(&csv)?).map_err(|e| format!("{}: {e}", csv.display()))?
    } else {
        return Err(format!(
            "{}: no {} or {} (the ECB's euro reference rates)",
            dir.display(),
            ecb::XML_PATH,
            ecb::CSV_PATH
        ));
    };
    let path = root.join(ecb::REFERENCE_RS);
    let before = read(&path)?;
    let after = ecb::reference_rs(&rates);
    Ok(RatesPlan { path, before, after, rates })
}

/// Every calculator's mapping, or one.
pub fn load_mappings(root: &Path, only: Option<&str>) -> Result<Vec<Mapping>, String> {
    let dir = root.join("calculators");
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("refresh.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    if let Some(only) = only {
        if !slugs.iter().any(|s| s == only) {
            return Err(format!(
                "no calculators/{only}/refresh.toml (calculators with one: {})",
                slugs.join(", ")
            ));
        }
        slugs.retain(|s| s == only);
    }
    slugs.iter().map(|s| mapping::read(s, &dir.join(s).join("refresh.toml"))).collect()
}

/// Every distinct file the mappings read, by its path in the `--from` layout.
fn needed(mappings: &[Mapping]) -> Result<BTreeMap<String, (mapping::FileSpec, String)>, String> {
    let mut out: BTreeMap<String, (mapping::FileSpec, String)> = BTreeMap::new();
    for m in mappings {
        for spec in m.files.values() {
            for region in spec.file_regions() {
                let path = spec.path(&region);
                if let Some((other, _)) = out.get(&path) {
                    if other.importer != spec.importer || other.filter != spec.filter {
                        return Err(format!(
                            "{}: [files.{}] reads {path} with other settings than another calculator",
                            m.slug, spec.name
                        ));
                    }
                }
                out.insert(path, (spec.clone(), region));
            }
        }
    }
    Ok(out)
}

/// `sources.toml` in a `--from` directory: the date and address of each file that carries no
/// date of its own (Azure pages: `retrieved`; genai-prices: `commit` and `date`).
fn sources(dir: &Path) -> Result<toml::Table, String> {
    let path = dir.join("sources.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => text.parse().map_err(|e| format!("{}: {e}", path.display())),
        Err(_) => Ok(toml::Table::new()),
    }
}

fn source_date(sources: &toml::Table, path: &str, field: &str) -> Result<String, String> {
    sources
        .get(path)
        .and_then(|t| t.get(field))
        .and_then(toml::Value::as_str)
        .map(str::to_string)
        .ok_or(format!("sources.toml has no `{field}` for \"{path}\": the file carries no date of its own"))
}

/// Reads and parses every file the mappings need from `dir`; fails on the first file missing or
/// of a shape its importer does not know.
pub fn load_tables(mappings: &[Mapping], dir: &Path) -> Result<Tables, String> {
    let sources = sources(dir)?;
    let mut tables = Tables::new();
    for (path, (spec, region)) in needed(mappings)? {
        let at = |e: String| format!("{}: {e}", dir.join(&path).display());
        let table = match spec.importer {
            Importer::AwsOffer | Importer::AwsSavingsPlan => {
                let csv = dir.join(format!("{path}.csv"));
                let json = dir.join(format!("{path}.json"));
                let file = if csv.is_file() { csv } else { json };
                let text = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{} (.csv or .json): {e}", dir.join(&path).display()))?;
                if spec.importer == Importer::AwsOffer {
                    aws_offer::parse(&text, &spec.offer, &region).map_err(at)?
                } else {
                    aws_savings_plan::parse(&text, &spec.offer, &region).map_err(at)?
                }
            }
            Importer::AzureRetail => {
                let mut pages = Vec::new();
                for n in 0.. {
                    match std::fs::read_to_string(dir.join(&path).join(format!("page{n}.json"))) {
                        Ok(t) => pages.push(t),
                        Err(_) => break,
                    }
                }
                if pages.is_empty() {
                    return Err(format!("{}: no page0.json", dir.join(&path).display()));
                }
                let retrieved = Date::parse(&source_date(&sources, &path, "retrieved")?).map_err(at)?;
                azure_retail::parse(
                    &pages,
                    azure_retail::stamp(&spec.azure_filter(&region), &region, retrieved),
                )
                .map_err(at)?
            }
            Importer::GenaiPrices => {
                let text = std::fs::read_to_string(dir.join(&path)).map_err(|e| at(e.to_string()))?;
                let commit = source_date(&sources, &path, "commit")?;
                let date = Date::parse(&source_date(&sources, &path, "date")?).map_err(at)?;
                genai_prices::parse(&text, genai_prices::stamp(&commit, date)).map_err(at)?
            }
        };
        tables.insert(path, table);
    }
    Ok(tables)
}

/// One calculator's sheet before and after.
pub struct SheetPlan {
    pub slug: String,
    pub path: PathBuf,
    pub before: String,
    pub after: String,
    pub changes: Vec<sheet::Change>,
}

/// The currency reference table before and after.
pub struct RatesPlan {
    pub path: PathBuf,
    pub before: String,
    pub after: String,
    pub rates: ecb::Rates,
}

pub struct Plan {
    pub sheets: Vec<SheetPlan>,
    pub citations: (PathBuf, String, String),
    pub warnings: Vec<String>,
    /// Set by a run that refreshes the reference rates too.
    pub rates: Option<RatesPlan>,
}

/// Reads every file, resolves every mapping and computes every new sheet; writes nothing.
pub fn refresh(root: &Path, mappings: &[Mapping], dir: &Path, today: Date) -> Result<Plan, String> {
    let tables = load_tables(mappings, dir)?;
    let mut sheets = Vec::new();
    let mut warnings = Vec::new();
    let mut cited: Vec<(String, String)> = Vec::new();
    for m in mappings {
        let mut updates = Vec::new();
        for p in &m.prices {
            let spec = &m.files[&p.file];
            let mut regions = spec.file_regions();
            if !p.regional {
                regions.truncate(1);
            }
            let mut by_region = Vec::new();
            for region in regions {
                let r = mapping::resolve(m, p, &region, &tables, today)?;
                cited.push((r.source.clone(), r.cite.clone()));
                by_region.push((region, r));
            }
            updates.push(sheet::Update { key: p.key.clone(), by_region });
        }
        let path = root.join("calculators").join(&m.slug).join("prices.toml");
        let before = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (after, changes, warns) =
            sheet::apply(&before, &updates).map_err(|e| format!("{}: {e}", m.slug))?;
        after
            .parse::<toml::Table>()
            .map_err(|e| format!("{}: the rewritten sheet does not parse: {e}", m.slug))?;
        warnings.extend(warns.into_iter().map(|w| format!("{}: {w}", m.slug)));
        sheets.push(SheetPlan { slug: m.slug.clone(), path, before, after, changes });
    }
    let cpath = root.join("crates/price-codegen/citations.toml");
    let cbefore = std::fs::read_to_string(&cpath).map_err(|e| format!("{}: {e}", cpath.display()))?;
    cited.sort();
    cited.dedup();
    // Only cite what a rewritten sheet now names.
    cited.retain(|(url, _)| sheets.iter().any(|s| s.after.contains(url.as_str())));
    let cafter = sheet::cite(&cbefore, &cited)?;
    Ok(Plan { sheets, citations: (cpath, cbefore, cafter), warnings, rates: None })
}

impl Plan {
    pub fn change_count(&self) -> usize {
        self.sheets.iter().map(|s| s.changes.len()).sum()
    }

    pub fn changed(&self) -> bool {
        self.sheets.iter().any(|s| s.before != s.after)
            || self.citations.1 != self.citations.2
            || self.rates_changed()
    }

    /// "3 prices", "3 prices and the reference rates", "the reference rates".
    pub fn what_changed(&self) -> String {
        let prices = format!("{} prices", self.change_count());
        match (self.change_count(), self.rates_changed()) {
            (0, true) => "the reference rates".into(),
            (_, true) => format!("{prices} and the reference rates"),
            _ => prices,
        }
    }

    pub fn rates_changed(&self) -> bool {
        self.rates.as_ref().is_some_and(|r| r.before != r.after)
    }

    pub fn summary(&self) -> String {
        let mut out = String::new();
        for s in &self.sheets {
            for c in &s.changes {
                let region = c.region.as_deref().map(|r| format!(" [{r}]")).unwrap_or_default();
                let old = c.old.map_or("(none)".to_string(), |v| v.to_string());
                let old_as_of = c.old_as_of.as_deref().unwrap_or("-");
                out.push_str(&format!(
                    "{} {}{region}: {old} ({old_as_of}) -> {} ({})\n",
                    s.slug, c.key, c.new, c.new_as_of
                ));
            }
        }
        if let Some(r) = self.rates.as_ref().filter(|r| r.before != r.after) {
            let old = ecb::read_reference_rs(&r.before);
            for c in Currency::ALL.into_iter().filter(|c| *c != Currency::Usd) {
                let was = old.as_ref().and_then(|(as_of, list)| {
                    let v = list.iter().find(|(code, _)| code == c.code())?.1;
                    Some(format!("{} ({as_of})", calc_core::format::number(v, 6)))
                });
                out.push_str(&format!(
                    "rates {} per USD: {} -> {} ({}, {})\n",
                    c.code(),
                    was.unwrap_or_else(|| "(unreadable)".into()),
                    calc_core::format::number(r.rates.per_usd(c), 6),
                    r.rates.as_of,
                    r.rates.source
                ));
            }
        }
        out
    }

    /// The lines that would change, file by file.
    pub fn diff(&self) -> String {
        let mut out = String::new();
        let files = self
            .sheets
            .iter()
            .map(|s| (&s.path, &s.before, &s.after))
            .chain(std::iter::once((&self.citations.0, &self.citations.1, &self.citations.2)))
            .chain(self.rates.iter().map(|r| (&r.path, &r.before, &r.after)));
        for (path, before, after) in files {
            if before != after {
                out.push_str(&format!("--- {}\n+++ {}\n", path.display(), path.display()));
                out.push_str(&line_diff(before, after));
            }
        }
        out
    }

    /// Writes every sheet and the citations, after everything was computed: each to a
    /// temporary file beside it first, then all renamed, so a failed write leaves no sheet half
    /// written.
    pub fn write(&self) -> Result<(), String> {
        let (cpath, cbefore, cafter) = &self.citations;
        let files: Vec<(&PathBuf, &String)> = self
            .sheets
            .iter()
            .filter(|s| s.before != s.after)
            .map(|s| (&s.path, &s.after))
            .chain((cbefore != cafter).then_some((cpath, cafter)))
            .chain(self.rates.iter().filter(|r| r.before != r.after).map(|r| (&r.path, &r.after)))
            .collect();
        let temp = |p: &Path| {
            let mut name = p.as_os_str().to_owned();
            name.push(".refresh");
            PathBuf::from(name)
        };
        for (path, text) in &files {
            std::fs::write(temp(path), text).map_err(|e| format!("{}: {e}", temp(path).display()))?;
        }
        for (path, _) in &files {
            std::fs::rename(temp(path), path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(())
    }
}

/// A minimal line diff: the changed stretch between the common head and tail, repeated for
/// each stretch (good enough to read a refresh; `git diff` after writing is the full view).
pub fn line_diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        // Find the nearest resynchronisation point.
        let mut best = (a.len(), b.len());
        'search: for d in 1..=(a.len() - i + b.len() - j) {
            for di in 0..=d {
                let dj = d - di;
                if i + di < a.len() && j + dj < b.len() && a[i + di] == b[j + dj] {
                    best = (i + di, j + dj);
                    break 'search;
                }
            }
        }
        out.push_str(&format!("@@ line {} @@\n", j + 1));
        for line in &a[i..best.0] {
            out.push_str(&format!("-{line}\n"));
        }
        for line in &b[j..best.1] {
            out.push_str(&format!("+{line}\n"));
        }
        (i, j) = best;
    }
    out
}

fn curl(url: &str, out: &Path) -> Result<(), String> {
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let status = Command::new("curl")
        .args(["-fsSL", "--retry", "2", "--compressed", "-o"])
        .arg(out)
        .arg(url)
        .status()
        .map_err(|e| format!("curl: {e}"))?;
    if !status.success() {
        return Err(format!("curl could not fetch {url} ({status})"));
    }
    Ok(())
}

/// Downloads every file the mappings need into `dir` in the `--from` layout, with a
/// `sources.toml` dating the files that carry no date of their own.
pub fn download(mappings: &[Mapping], dir: &Path, today: Date) -> Result<(), String> {
    let mut sources = toml::Table::new();
    for (path, (spec, region)) in needed(mappings)? {
        match spec.importer {
            Importer::AwsOffer => curl(
                &format!(
                    "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/{}/current/{region}/index.csv",
                    spec.offer
                ),
                &dir.join(format!("{path}.csv")),
            )?,
            Importer::AwsSavingsPlan => curl(
                &format!(
                    "https://pricing.us-east-1.amazonaws.com/savingsPlan/v1.0/aws/{}/current/{region}/index.csv",
                    spec.offer
                ),
                &dir.join(format!("{path}.csv")),
            )?,
            Importer::AzureRetail => {
                let mut url = azure_retail::query_url(&spec.azure_filter(&region));
                for n in 0..200 {
                    let page = dir.join(&path).join(format!("page{n}.json"));
                    curl(&url, &page)?;
                    let text = std::fs::read_to_string(&page).map_err(|e| e.to_string())?;
                    let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{url}: {e}"))?;
                    match doc.get("NextPageLink").and_then(serde_json::Value::as_str) {
                        Some(next) if !next.is_empty() => url = next.to_string(),
                        _ => break,
                    }
                }
                let mut t = toml::Table::new();
                t.insert("retrieved".into(), toml::Value::String(today.to_string()));
                sources.insert(path, toml::Value::Table(t));
            }
            Importer::GenaiPrices => {
                let api = format!(
                    "https://api.github.com/repos/{}/commits?path={}&per_page=1",
                    genai_prices::REPO,
                    genai_prices::PATH
                );
                let meta = dir.join("genai-prices/commit.json");
                curl(&api, &meta)?;
                let text = std::fs::read_to_string(&meta).map_err(|e| e.to_string())?;
                let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{api}: {e}"))?;
                let commit = doc[0]["sha"].as_str().ok_or(format!("{api}: no commit sha"))?.to_string();
                let date = doc[0]["commit"]["committer"]["date"].as_str().ok_or(format!("{api}: no commit date"))?;
                let raw = format!(
                    "https://raw.githubusercontent.com/{}/{commit}/{}",
                    genai_prices::REPO,
                    genai_prices::PATH
                );
                curl(&raw, &dir.join(&path))?;
                let mut t = toml::Table::new();
                t.insert("commit".into(), toml::Value::String(commit));
                t.insert("date".into(), toml::Value::String(date.get(..10).unwrap_or(date).to_string()));
                sources.insert(path, toml::Value::Table(t));
            }
        }
    }
    std::fs::write(dir.join("sources.toml"), toml::to_string(&sources).map_err(|e| e.to_string())?)
        .map_err(|e| format!("{}: {e}", dir.display()))
}

#[cfg(test)]
mod tests;
