// "Download PDF" in a real browser: the report module is not part of the first load; the
// saved file is named after the calculator and the date, and its text (pdftotext) holds
// the verdict, every headline figure exactly as on the page, the sources and the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launch, openPage, SITE, ARTIFACTS, goldens, cardValues } from "./lib.mjs";

const PDFS = path.join(ARTIFACTS, "pdf");
mkdirSync(PDFS, { recursive: true });
const normal = (s) => s.replace(/\s+/g, " ").trim();
let browser;
before(async () => { browser = await launch(); console.log(`# PDFs and their page images: ${PDFS}`); });
after(async () => { await browser?.close(); });

const firstPerCalculator = new Map();
for (const g of goldens()) if (!firstPerCalculator.has(g.file)) firstPerCalculator.set(g.file, g);

for (const g of firstPerCalculator.values()) {
  test(`Download PDF: ${g.url}`, async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await openPage(browser, { context });
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${SITE}${g.url}`);
    const cards = await cardValues(page);
    assert.ok(!requested.some((u) => u.includes("/pdf/")), "the PDF module is not in the first load");
    const verdict = await page.$$eval("#verdict .decision, #verdict .facts li", (els) => els.map((e) => e.textContent));

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-pdf")]);
    const slug = g.url.split("/")[2].split("?")[0];
    assert.match(download.suggestedFilename(), new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const file = path.join(PDFS, download.suggestedFilename());
    await download.saveAs(file);
    await page.waitForFunction(() => document.querySelector("#share-status").textContent.includes("PDF saved"));
    console.log(`# ${slug}: ${await page.textContent("#share-status")}`);

    const text = normal(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
    for (const part of verdict) assert.ok(text.includes(normal(part)), `the verdict, as on the page: ${part}`);
    for (const [key, shown] of Object.entries(cards)) assert.ok(text.includes(shown), `${key}: ${shown}`);
    for (const expected of Object.values(g.expect)) assert.ok(text.includes(expected), expected);
    const canonical = `${SITE}/tools/${slug}/${new URL(page.url()).search}`;
    assert.ok(text.replace(/\s/g, "").includes(canonical), `the scenario link ${canonical} (wrapped lines joined)`);
    // A report that uses a list price says it is an estimate from list prices; one that uses
    // none (a readiness score) says it is an estimate from the inputs and published rules.
    assert.ok(text.includes("Estimates from public list prices, not quotes.") || text.includes("An estimate from your inputs and published rules."));
    assert.match(text, /Page 1 of \d+/);
    assert.match(text, /https:\/\//, "sources");
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    assert.match(fonts, /CID TrueType\s+Identity-H\s+yes/, "embedded font");
    execFileSync("pdftoppm", ["-r", "60", "-png", file, file.replace(/\.pdf$/, "")]);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test("a named scenario: the title and note travel in the link, show as text, and head the PDF", async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io?storage_gb=800`);
  // A link's page is hidden until the calculator has read it: the reader names it after that.
  await page.waitForSelector("html[data-ready] #verdict");
  const title = "Orders cluster, eu-west-1 <img src=x onerror=alert(1)>";
  // The name and note are with the share actions, behind "Name this scenario".
  await page.click("#share-more > summary");
  await page.fill("#f-title", title);
  await page.fill("#f-note", "Before the Q3 budget review.");
  // The address follows the inputs when typing pauses: on a busy machine that pause can fall
  // between the two fills, so wait for the link that carries both.
  await page.waitForFunction(() => location.search.includes("title=") && location.search.includes("note="));
  const link = page.url();
  assert.match(link, /storage_gb=800&title=Orders%20cluster%2C%20eu-west-1%20%3Cimg/);

  const again = await openPage(browser, { context });
  await again.goto(link);
  await again.waitForSelector("#scenario-title");
  assert.equal(await again.textContent("#scenario-title"), title, "shown as text, never markup");
  assert.equal(await again.$(".scenario-caption img"), null);
  assert.equal(await again.inputValue("#f-note"), "Before the Q3 budget review.");
  // The tab, a bookmark and the history name the scenario; renaming it renames the tab.
  await again.waitForFunction((t) => document.title.startsWith(`${t} — `), title);
  assert.match(await again.title(), /^Orders cluster, eu-west-1 <img src=x onerror=alert\(1\)> — .+ — Cost calculators$/);
  await again.click("#share-more > summary");
  await again.fill("#f-title", "");
  await again.waitForFunction(() => !document.title.startsWith("Orders"));
  await again.fill("#f-title", title);
  await again.waitForFunction((t) => document.title.startsWith(`${t} — `), title);

  const [download] = await Promise.all([again.waitForEvent("download"), again.click("#download-pdf")]);
  assert.match(download.suggestedFilename(), /^orders-cluster-eu-west-1-img-src-x-onerror-alert-1-aurora-io-\d{4}-\d{2}-\d{2}\.pdf$/,
    "the file is named after the scenario");
  const file = path.join(PDFS, "named-scenario.pdf");
  await download.saveAs(file);
  const text = normal(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
  assert.ok(text.startsWith(normal(title)), `the report opens with the scenario's name: ${text.slice(0, 80)}`);
  assert.ok(text.includes("Before the Q3 budget review."));
  assert.ok(text.includes("Key figures") && text.includes("The scenario analysed"));
  const canonical = `${SITE}/tools/aurora-io/${new URL(link).search}`;
  assert.ok(text.replace(/\s/g, "").includes(canonical), `the link, with its name, in the report: ${canonical}`);
  execFileSync("pdftoppm", ["-r", "60", "-png", file, file.replace(/\.pdf$/, "")]);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
  await context.close();
});
