// Issue 33, comparing scenarios: a person builds a comparison of two then three scenarios
// (open a calculator, type, "Compare with another scenario", edit B on the calculator page,
// back, add C, edit it), copies its link and opens it in a fresh browser: the same columns,
// figures and differences, and each difference is B − A (or C − A) of the figures `cost eval
// --json` gives for each scenario's own link. A phone shows one scenario at a time (a
// screenshot to look at); axe finds no WCAG A/AA violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { launch, openPage, shot, SITE, accessibilityViolations } from "./lib.mjs";

const COST = process.env.COST_BIN ?? "target/debug/cost";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// What the comparison page shows: each column's heading, decision, figures and differences
/// (their text and the unrounded amount), and the inputs that differ.
async function columns(page) {
  await page.waitForSelector("html[data-ready] .compare-col");
  return page.$$eval(".compare-col", (cols) => cols.map((col) => ({
    id: col.id,
    heading: col.querySelector("h2").textContent.trim(),
    decision: col.querySelector(".cc-verdict .decision")?.textContent.trim(),
    figures: Object.fromEntries([...col.querySelectorAll(".cc-figure")].map((f) => [f.dataset.key, {
      value: f.querySelector(".card-value").textContent.trim(),
      diff: f.querySelector(".cc-diff")?.textContent.trim() ?? null,
      amount: f.querySelector(".cc-diff")?.dataset.diff ?? null,
    }])),
    inputs: [...col.querySelectorAll(".cc-inputs dl div")].map((d) => d.textContent.trim()),
  })));
}

/// Edits the scenario in `slot` on the calculator page: `edit` changes it there, then "Back to
/// the comparison".
async function editSlot(page, letter, edit) {
  await page.click(`#col-${letter.toLowerCase()} a:has-text("Edit")`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(new URL(page.url()).pathname, "/tools/aurora-io/");
  assert.equal((await page.textContent("#compare-edit")).trim().replace(/\s+/g, " "),
    `Editing scenario ${letter} of a comparison. Back to the comparison`);
  assert.ok(await page.isVisible("#compare-edit"));
  await edit();
  // The address keeps the comparison while the scenario changes.
  await page.waitForFunction((slot) => new URLSearchParams(location.search).get("slot") === slot, letter.toLowerCase());
  await page.click("#compare-back");
  await page.waitForURL(/\/tools\/aurora-io\/compare\/\?/);
}

test("a comparison built as a person does, copied and opened in a fresh browser, shows the same columns and the CLI's differences", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io/`);
  await page.waitForSelector("html[data-ready] #verdict");
  await page.fill("#f-storage_gb", "800");
  await page.waitForFunction(() => document.querySelector("#compare-link").href.includes("storage_gb%3D800"));
  await page.click("text=Compare with another scenario");
  await page.waitForURL(/\/tools\/aurora-io\/compare\/\?a=/);

  // A is the scenario typed; B starts as a copy of it.
  let cols = await columns(page);
  assert.deepEqual(cols.map((c) => c.heading), ["Scenario A", "Scenario B"]);
  for (const f of Object.values(cols[1].figures)) assert.equal(f.diff, "Against A: no difference");
  assert.deepEqual(cols[0].inputs, []);

  await editSlot(page, "B", async () => {
    await page.fill("#f-io_m", "2000");
    await page.click("#share-more summary");
    await page.fill("#f-title", "Busier month");
    await page.waitForFunction(() => document.querySelector("#compare-back").href.includes("Busier"));
  });
  cols = await columns(page);
  assert.deepEqual(cols.map((c) => c.heading), ["Scenario A", "B: Busier month"]);
  assert.ok(Object.values(cols[1].figures).some((f) => /^Against A: [+−]/.test(f.diff)), "B differs from A");
  assert.ok(cols[1].inputs.some((t) => t.includes("2,000")), JSON.stringify(cols[1].inputs));

  // C starts as a copy of B.
  await page.click("#compare-add");
  await page.waitForURL(/&c=/);
  cols = await columns(page);
  assert.equal(cols.length, 3);
  assert.deepEqual(Object.values(cols[2].figures).map((f) => f.diff), Object.values(cols[1].figures).map((f) => f.diff));
  assert.equal(await page.$("#compare-add"), null, "three scenarios at most");
  await editSlot(page, "C", async () => {
    await page.fill("#f-io_m", "300");
    await page.click("#share-more summary");
    await page.fill("#f-title", "Quiet month");
    await page.waitForFunction(() => document.querySelector("#compare-back").href.includes("Quiet"));
  });
  cols = await columns(page);
  assert.deepEqual(cols.map((c) => c.heading), ["Scenario A", "B: Busier month", "C: Quiet month"]);
  await shot(page, "compare-three-1280");

  // Each difference is the CLI's B − A (and C − A) of the scenarios' own links.
  await page.click("#compare-share");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent.includes("copied"));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${SITE}/tools/aurora-io/compare/?a=`), link);
  const slots = new URL(link).searchParams;
  const evals = ["a", "b", "c"].map((s) => JSON.parse(execFileSync(COST,
    ["eval", `${SITE}/tools/aurora-io/?${slots.get(s)}`, "--json"], { encoding: "utf8" })));
  for (const [i, col] of cols.entries()) {
    for (const [key, f] of Object.entries(col.figures)) {
      assert.equal(f.value, evals[i].headlines[key].display, `${col.id} ${key}`);
    }
  }
  for (const [i, col] of cols.entries()) {
    if (i === 0) continue;
    for (const [key, f] of Object.entries(col.figures)) {
      const a = evals[0].headlines[key].value, v = evals[i].headlines[key].value;
      if (a === null || v === null) continue;
      assert.ok(Math.abs(Number(f.amount) - (v - a)) <= 1e-9 * Math.max(1, Math.abs(v - a)), `${col.id} ${key}: ${f.amount} vs ${v - a}`);
      if (v - a === 0) assert.equal(f.diff, "Against A: no difference");
      else assert.match(f.diff, v > a ? /^Against A: (\+|no difference)/ : /^Against A: (−|no difference)/, `${col.id} ${key}`);
    }
  }

  // The copied link in a fresh browser: the same columns, figures and differences.
  const fresh = await openPage(browser);
  await fresh.goto(link);
  assert.deepEqual(await columns(fresh), cols);
  assert.equal(await fresh.$("#link-notices"), null);
  assert.deepEqual([...page.problems, ...fresh.problems], []);

  // Remove B: C moves into its place.
  await fresh.click('#col-b a:has-text("Remove")');
  await fresh.waitForURL((url) => !url.searchParams.has("c"));
  const two = await columns(fresh);
  assert.deepEqual(two.map((c) => c.heading), ["Scenario A", "B: Quiet month"]);
  assert.deepEqual(two[1].figures, cols[2].figures);
  await context.close();
  await fresh.context().close();
});

test("a comparison link with a bad value says which scenario, as a single link does", async () => {
  const page = await openPage(browser);
  const b = encodeURIComponent("io_m=-7&title=Odd");
  await page.goto(`${SITE}/tools/aurora-io/compare/?a=storage_gb%3D800&b=${b}`);
  await columns(page);
  const notice = await page.textContent("#link-notices");
  assert.match(notice, /Scenario B: /);
  assert.equal((await page.textContent("#col-b h2")).trim(), "B: Odd");
  await page.close();
});

test("the compare page as pre-rendered: the defaults against the first example, and no WCAG A/AA violation", async () => {
  const page = await openPage(browser);
  await page.goto(`${SITE}/tools/aurora-io/compare/`);
  const cols = await columns(page);
  assert.equal(cols.length, 2);
  assert.equal(cols[0].heading, "Scenario A");
  const calculator = await openPage(browser);
  await calculator.goto(`${SITE}/tools/aurora-io/`);
  const first = (await calculator.textContent(".presets a")).trim();
  await calculator.close();
  assert.equal(cols[1].heading, `B: ${first}`);
  assert.ok(cols[1].inputs.length > 0);
  // The comparison's own wasm: its code is not in a calculator page's first load.
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname));
  assert.ok(loaded.some((p) => p.startsWith("/compare-app/aurora-io/") && p.endsWith(".wasm")), loaded.join(" "));
  assert.ok(!loaded.some((p) => p.startsWith("/app/")), loaded.join(" "));
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(await accessibilityViolations(page, ["landmark-one-main", "region"]), []);
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await accessibilityViolations(page), [], "dark");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("on a phone one scenario shows at a time, with its differences under each figure", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await openPage(browser, { context });
  const link = `/tools/aurora-io/compare/?a=storage_gb%3D800&b=${encodeURIComponent("storage_gb=800&io_m=2000&title=Busier month")}&c=${encodeURIComponent("storage_gb=800&io_m=300&title=Quiet month")}`;
  await page.goto(`${SITE}${link}`);
  await columns(page);
  const boxes = await page.$$eval(".compare-col", (cols) => cols.map((c) => c.getBoundingClientRect().toJSON()));
  assert.ok(boxes[0].left >= 0 && boxes[0].right <= 390, "A fits the screen");
  assert.ok(boxes[1].left >= 390, "B waits beside it");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, "the page itself does not scroll sideways");
  // The tab brings B into view.
  await page.click('.compare-tabs a[href="#col-b"]');
  await page.waitForFunction(() => { const r = document.querySelector("#col-b").getBoundingClientRect(); return r.left >= 0 && r.right <= 390; });
  assert.ok(await page.isVisible("#col-b .cc-diff"));
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, "compare-phone-390", { fullPage: false });
  await shot(page, "compare-phone-390-full");
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("every calculator page offers “Compare with another scenario” at its scenario, and each compare page loads", async () => {
  const page = await openPage(browser);
  await page.goto(`${SITE}/tools/`);
  const slugs = await page.$$eval("#tool-list h2 a", (as) => as.map((a) => new URL(a.href).pathname.split("/")[2]));
  for (const slug of slugs) {
    await page.goto(`${SITE}/tools/${slug}/?title=Mine`);
    await page.waitForSelector("html[data-ready] #verdict");
    await page.waitForFunction(() => document.querySelector("#compare-link").href.includes("title%3DMine"));
    await page.click("#compare-link");
    const cols = await columns(page);
    assert.deepEqual(cols.map((c) => c.heading), ["A: Mine", "B: Mine"], slug);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("PDF and CSV of a comparison are saved from the page (costPdf.compare)", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await openPage(browser, { context });
  const b = encodeURIComponent("storage_gb=800&io_m=2000&title=Busier month");
  await page.goto(`${SITE}/tools/aurora-io/compare/?a=storage_gb%3D800&b=${b}`);
  await columns(page);
  for (const [button, ext, magic] of [["#compare-pdf", "pdf", "%PDF"], ["#compare-csv", "csv", "\uFEFF"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    assert.match(download.suggestedFilename(), new RegExp(`\\.${ext}$`));
    const text = (await streamText(await download.createReadStream()));
    assert.ok(text.startsWith(magic), `${ext} starts with ${magic}`);
    if (ext === "csv") assert.ok(text.includes("Busier month"), "the CSV carries every scenario");
    await page.waitForFunction((what) => document.querySelector("#share-status").textContent.includes(`${what} saved`), ext.toUpperCase());
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
