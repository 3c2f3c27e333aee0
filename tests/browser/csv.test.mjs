// "Download CSV" in a real browser: made by the same on-demand module as the PDF (not part of
// the first load), saved as <calculator>-<date>.csv, the same bytes `cost csv` writes for the
// same link and date, and read back it holds the page's inputs and figures.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { launch, openPage, SITE, ARTIFACTS, cardValues } from "./lib.mjs";

const CSVS = path.join(ARTIFACTS, "csv");
mkdirSync(CSVS, { recursive: true });
let browser;
before(async () => { browser = await launch(); console.log(`# CSV files: ${CSVS}`); });
after(async () => { await browser?.close(); });

/// RFC 4180 records: quoted fields may hold commas, doubled quotes, CR and LF.
function parseCsv(text) {
  const records = [];
  let record = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { record.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { record.push(field); records.push(record); record = []; field = ""; i++; }
    else field += c;
  }
  assert.equal(field + record.join(""), "", "the file ends with CRLF");
  return records;
}

/// Rows of one section as objects keyed by its header row.
function section(records, name) {
  const rows = [];
  let header = null;
  for (const r of records) {
    if (r[0] === "section") header = r;
    else if (r[0] === name) rows.push(Object.fromEntries(header.map((h, i) => [h, r[i]])));
  }
  return rows;
}

const cases = [
  { url: "/tools/aurora-io?class=db.r6g.2xlarge&storage_gb=800&io_m=1200", inputs: { storage_gb: "800", io_m: "1200", class: "db.r6g.2xlarge" } },
  { url: "/tools/ahb?vcores=24", inputs: { vcores: "24" } },
];

for (const c of cases) {
  test(`Download CSV: ${c.url}`, async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } });
    const page = await openPage(browser, { context });
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${SITE}${c.url}`);
    const cards = await cardValues(page);
    assert.ok(!requested.some((u) => u.includes("/pdf/")), "the export module is not in the first load");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    const slug = c.url.split("/")[2].split("?")[0];
    const name = download.suggestedFilename();
    const date = name.match(new RegExp(`^${slug}-(\\d{4}-\\d{2}-\\d{2})\\.csv$`))?.[1];
    assert.ok(date, `file name ${name}`);
    const file = path.join(CSVS, name);
    await download.saveAs(file);
    await page.waitForFunction(() => document.querySelector("#share-status").textContent.includes("CSV saved"));

    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a BOM, for Excel");
    const link = `${SITE}/tools/${slug}/${new URL(page.url()).search}`;
    const fromCli = execFileSync(process.env.COST_BIN ?? "target/debug/cost",
      ["csv", link, "--date", date, "-o", path.join(CSVS, `cli-${name}`)], { encoding: "utf8" });
    assert.match(fromCli, /^wrote /);
    assert.ok(bytes.equals(readFileSync(path.join(CSVS, `cli-${name}`))), "the same bytes as `cost csv` for the same link and date");

    const records = parseCsv(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    assert.ok(records.every((r) => r.length === records[0].length), "every record has the same width");
    const scenario = Object.fromEntries(section(records, "scenario").map((r) => [r.key, r.value]));
    assert.equal(scenario.link, link);
    assert.equal(scenario.date, date);
    const inputs = Object.fromEntries(section(records, "input").map((r) => [r.key, r.value]));
    for (const [key, value] of Object.entries(c.inputs)) assert.equal(inputs[key], value, `input ${key}`);
    const figures = section(records, "headline");
    assert.deepEqual(figures.map((f) => f.key), Object.keys(cards), "every headline figure, in the page's order");
    for (const f of figures) {
      assert.equal(f.display, cards[f.key], `${f.key}: the display text is the card's`);
      assert.match(f.value, /^-?\d+(\.\d+)?$|^$/, `${f.key}: a plain decimal (${f.value})`);
    }
    assert.ok(section(records, "table").some((r) => r.row === "total"), "the tables, with their total rows");
    assert.ok(section(records, "assumption").some((r) => /^https:\/\//.test(r.source) && /^\d{4}-\d{2}-\d{2}$/.test(r.as_of)), "sourced, dated assumptions");
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
