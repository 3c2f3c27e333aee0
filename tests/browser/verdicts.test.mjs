// Verdicts no more confident than the numbers (issue 37, items 6 and 7), as a reader meets them:
// a saving whose own range crosses the decision is "too close to call" on the page and in the
// embed, and names what to measure; facts come only from inputs the reader gave; an input with
// nothing to act on says so; "First wave" beside blockers says why; tier names say easier or harder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const decision = (page) => page.textContent("#decision");
const facts = (page) => page.$$eval("#verdict .facts li", (lis) => lis.map((li) => li.textContent.trim()));
const warnings = (page) => page.$$eval(".warnings li", (lis) => lis.map((li) => li.textContent.trim()));
const card = (page, key) => page.$eval(`.card[data-key="${key}"] .card-value`, (el) => el.textContent.trim());

test("Aurora: a saving card whose range crosses zero is too close to call, and says what to measure", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${SITE}/tools/aurora-io/`);
  await page.waitForSelector("html[data-ready] #verdict");
  // The card costs $26.38 more today, but its ±20% I/O range reaches a saving of $3.62.
  assert.equal(await decision(page), "Too close to call: measure a few months of I/O");
  const [swing, measure] = await facts(page);
  assert.match(swing, /costs \$26\.38\/month more, but a month with 20% less I\/O would cost \$56\.38\/month more and one with 20% more would save \$3\.62\/month/);
  assert.match(measure, /^Measure the billed I\/O of several months .*switch only if every month stays above the break-even of 881\.9 M requests\/month$/);
  // The verdict says it once: no warning repeats the ±20% flip.
  assert.ok(!(await warnings(page)).some((w) => w.includes("swing in I/O flips the answer")));
  // The decision is on the phone's first screen.
  const box = await page.$eval("#verdict", (el) => el.getBoundingClientRect().toJSON());
  assert.ok(box.bottom <= 844, `verdict ends at ${box.bottom}`);
  await shot(page, "verdicts-aurora-too-close-390", { fullPage: false });

  // A month either side of the band names the option, in the keystroke's frame.
  await page.fill("#f-io_m", "1200");
  await page.waitForFunction(() => document.querySelector("#decision").textContent === "Switch to I/O-Optimized");
  await page.fill("#f-io_m", "700");
  await page.waitForFunction(() => document.querySelector("#decision").textContent === "Stay on Standard");
  await page.fill("#f-io_m", "850");
  await page.waitForFunction(() => document.querySelector("#decision").textContent.startsWith("Too close to call"));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("Aurora's embed says too close to call too", async () => {
  const page = await openPage(browser, { width: 600, height: 700 });
  await page.goto(`${SITE}/embed/aurora-io/`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await decision(page), "Too close to call: measure a few months of I/O");
  assert.ok((await facts(page)).some((f) => f.startsWith("Measure the billed I/O")));
  await shot(page, "verdicts-aurora-embed-too-close", { fullPage: false });
  await page.click("details.embed-inputs summary");
  await page.fill("#f-io_m", "4000");
  await page.waitForFunction(() => document.querySelector("#decision").textContent === "Switch to I/O-Optimized");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("LLM budgets: no agent-session fact unless the reader set agents; a hit rate with no prefix says so", async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${SITE}/tools/llm-budget/`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.ok(!(await facts(page)).some((f) => f.includes("agent session")), (await facts(page)).join(" | "));
  const noPrefix = (await warnings(page)).find((w) => w.startsWith("The 90% cache hit rate has nothing to act on"));
  assert.ok(noPrefix, (await warnings(page)).join(" | "));
  await page.locator(".warnings li", { hasText: "cache hit rate has nothing to act on" }).scrollIntoViewIfNeeded();
  await shot(page, "verdicts-llm-cache-hit-nothing-to-act-on", { fullPage: false });

  // The reader sets the session cap: the session is now theirs, and a fact of the verdict.
  await page.fill("#f-session_cap", "200000");
  await page.waitForFunction(() => [...document.querySelectorAll("#verdict .facts li")]
    .some((li) => li.textContent.includes("agent session")));
  // A prefix to cache: the hit rate acts, and the warning goes.
  await page.fill("#f-prefix_tokens", "2000");
  await page.waitForFunction(() => ![...document.querySelectorAll(".warnings li")]
    .some((li) => li.textContent.includes("nothing to act on")));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("Readiness: First wave beside blockers says why; tier names say easier or harder", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${SITE}/tools/readiness/`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await decision(page), "First wave");
  assert.equal(await card(page, "blockers"), "5");
  assert.ok((await facts(page)).some((f) => f.startsWith("Its 5 blockers are rewrites by hand of about 10 person-days")
    && f.endsWith("so they do not hold it back")), (await facts(page)).join(" | "));
  assert.equal(await card(page, "tier"), "Tier 2 (easier: simple CRUD or ORM-driven)");
  await page.locator("#verdict").scrollIntoViewIfNeeded();
  await shot(page, "verdicts-readiness-first-wave-blockers-390", { fullPage: false });
  // The legacy preset's tier says it is the harder one.
  await page.goto(`${SITE}/tools/readiness/?app=sql&size_gb=2000&read_share=60&red_items=60&procedures=400&cross_apply=40&merge=25&clr=3&jobs=35&linked=6`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await card(page, "tier"), "Tier 1 (harder: heavy T-SQL and legacy)");
  assert.deepEqual(page.problems, []);
  await page.close();
});
