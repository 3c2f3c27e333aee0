// Issue 37, phones and small screens: the answer stays in view while a reader edits the form
// (a one-line answer at the top of the inputs), the share actions are one row in the flow that
// never covers the verdict or a card, figures that do not apply are muted lines, a table wider
// than a phone says it scrolls, and naming the scenario does not push the inputs down. At
// 390 × 844 (a phone), 320 × 640, 1280 × 800 and 200% zoom of a 1280 × 800 window (640 × 400
// CSS pixels at a device scale of 2). Screenshots are kept for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, registeredCalculators } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const calculators = registeredCalculators();
const SIZES = [
  { name: "390", width: 390, height: 844, scale: 1 },
  { name: "320", width: 320, height: 640, scale: 1 },
  { name: "1280", width: 1280, height: 800, scale: 1 },
  { name: "zoom200", width: 640, height: 400, scale: 2 },
];

async function open(size, path) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}${path}`);
  await page.waitForSelector("html[data-ready] #verdict");
  return { page, context };
}

/// The element's box, and whether its centre shows the element itself (nothing covers it).
async function seen(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
    return { top: r.top, bottom: r.bottom, height: r.height, vh: innerHeight, onTop: !!hit && (el === hit || el.contains(hit)) };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const size of SIZES) {
  for (const { slug } of calculators) {
    test(`${slug} at ${size.name}: the one-line answer is in view while typing in the last field`, async () => {
      const { page, context } = await open(size, `/tools/${slug}`);
      const last = await page.$$eval(".calc-form form.inputs input[type=text]", (els) => els.at(-1).id);
      await page.click(`#${last}`);
      await page.keyboard.press("End");
      await page.keyboard.press("Backspace");
      await page.keyboard.type("1");
      // The line follows each keystroke: it says what the verdict says, in the same frame.
      await page.waitForFunction(() => document.querySelector("#answer-line .al-decision, #answer-line .al-problem")
        && (document.querySelector("#answer-line .al-problem") || document.querySelector("#answer-line .al-decision").textContent === document.querySelector("#decision").textContent));
      const line = await seen(page, "#answer-line");
      assert.ok(line.top >= -0.5 && line.bottom <= line.vh + 0.5, `${last}: the answer line is on screen (${Math.round(line.top)}–${Math.round(line.bottom)} of ${line.vh})`);
      assert.ok(line.onTop, "nothing covers the answer line");
      const box = await page.$eval(`#${last}`, (el) => el.getBoundingClientRect().toJSON());
      assert.ok(box.top >= line.bottom - 0.5 && box.top < line.vh, `the box typed in is below the line, on screen (${Math.round(box.top)}–${Math.round(box.bottom)})`);
      const verdictTop = await page.$eval("#verdict", (el) => el.getBoundingClientRect().top);
      console.log(`# ${slug} ${size.name}: the verdict is ${Math.round(-verdictTop)} px above the screen; the answer line is ${Math.round(line.height)} px`);
      // The decision and the figure each keep to one line (cut with an ellipsis): two at most.
      assert.ok(line.height <= 60, `the line is compact (${Math.round(line.height)} px)`);
      await shot(page, `phone-answer-line-${slug}-${size.name}`, { fullPage: false });
      assert.deepEqual(page.problems, []);
      await context.close();
    });
  }

  test(`at ${size.name}: the share actions are one row in the flow that covers neither the verdict nor a card`, async () => {
    for (const slug of ["aurora-io", "ri-roi", "llm-budget"]) {
      const { page, context } = await open(size, `/tools/${slug}`);
      const row = await page.$eval(".share-row", (el) => ({ ...el.getBoundingClientRect().toJSON(), position: getComputedStyle(el.closest(".share")).position }));
      assert.equal(row.position, "static", "not stuck to the screen's edge");
      const buttonHeight = await page.$eval("#copy-link", (el) => el.getBoundingClientRect().height);
      assert.ok(row.height < buttonHeight * 1.6, `${slug}: Share, PDF, CSV and Name on one row (${Math.round(row.height)} px)`);
      console.log(`# ${slug} ${size.name}: the share row is ${Math.round(row.height)} px, ${(100 * row.height / size.height).toFixed(1)}% of the screen`);
      for (const y of [0, 300, 900]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        const share = await page.$eval(".share", (el) => el.getBoundingClientRect().toJSON());
        const others = await page.$$eval("#verdict, .card", (els) => els.map((el) => el.getBoundingClientRect().toJSON()));
        for (const o of others) assert.ok(!overlap(share, o), `${slug} scrolled to ${y}: the share actions cover nothing`);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      if (slug === "aurora-io") await shot(page, `phone-share-${size.name}`, { fullPage: false });
      assert.deepEqual(page.problems, []);
      await context.close();
    }
  });
}

test("naming the scenario opens with the share actions and does not push the inputs down", async () => {
  const { page, context } = await open(SIZES[0], "/tools/aurora-io?storage_gb=800");
  const first = await page.$eval(".calc-form input[type=text]", (el) => el.id);
  const top = (sel) => page.$eval(sel, (el) => el.getBoundingClientRect().top);
  const [before, verdictBefore] = [await top(`#${first}`), await top("#verdict")];
  await page.click("#share-more > summary");
  await page.fill("#f-title", "Orders cluster");
  await page.fill("#f-note", "Before the Q3 review.");
  await page.waitForSelector("#scenario-title");
  await shot(page, "phone-name-open", { fullPage: false });
  // The caption above the verdict moves the answer down by its lines; the open panel moves
  // nothing else.
  const [after, verdictAfter] = [await top(`#${first}`), await top("#verdict")];
  assert.ok(Math.abs((after - before) - (verdictAfter - verdictBefore)) < 1, `the first input moved with the verdict only (${Math.round(after - before)} px, verdict ${Math.round(verdictAfter - verdictBefore)} px)`);
  assert.equal(await page.$(".calc-form #f-title"), null, "the name is not among the inputs");
  await page.waitForFunction(() => location.search.includes("title=Orders"));
  assert.match(await page.inputValue("#share-link"), /title=Orders%20cluster/, "the link in the panel carries the name");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the PDF is on the reader's usual paper, and the other size is one click away", async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 }, locale: "de-DE" });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await page.isVisible("#paper-step"), false, "no paper question before the PDF");
  const [a4] = await Promise.all([page.waitForEvent("download"), page.click("#download-pdf")]);
  await page.waitForSelector("#paper-step:not([hidden])");
  assert.equal(await page.textContent("#paper-now"), "On A4.");
  const [letter] = await Promise.all([page.waitForEvent("download"), page.click("#paper-other")]);
  await page.waitForFunction(() => document.querySelector("#paper-now").textContent === "On US Letter.");
  const size = async (d) => (await (await import("node:fs/promises")).readFile(await d.path(), "latin1")).match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/)?.slice(1).map(Number);
  assert.deepEqual((await size(a4)).map(Math.round), [595, 842], "A4 in a German browser");
  assert.deepEqual((await size(letter)).map(Math.round), [612, 792], "then US Letter");
  await shot(page, "phone-paper-step", { fullPage: false });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("figures that do not apply are one muted line under the cards", async () => {
  const { page, context } = await open(SIZES[0], "/tools/ri-roi");
  const na = await page.$eval('.card.na[data-key="stranded_cost"]', (el) => ({ h: el.getBoundingClientRect().height, weight: getComputedStyle(el.querySelector(".card-value")).fontWeight, text: el.textContent }));
  assert.match(na.text, /no migration planned/);
  const card = await page.$eval("#figures-box .card:not(.na)", (el) => el.getBoundingClientRect().height);
  assert.ok(na.h < 45 && na.h < card / 2, `a line, not a card (${na.h} px; a card is ${card} px)`);
  assert.equal(na.weight, "400", "not bold");
  const order = await page.$$eval("#figures-box .card", (els) => els.map((e) => e.classList.contains("na")));
  assert.deepEqual(order, [...order].sort(), "cards first, then the muted lines");
  await (await page.$("#figures-box")).screenshot({ path: `${process.env.ARTIFACTS ?? "tests/artifacts"}/screenshots/phone-muted-cards-ri-roi.png` });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("a table wider than a phone says that it scrolls, until it is scrolled to its end", async () => {
  const { page, context } = await open(SIZES[0], "/tools/ri-roi");
  // Below the fold a table is not laid out (content-visibility): measure each on screen.
  const wide = [];
  for (const [i, wrap] of (await page.$$(".calc-details .table-wrap")).entries()) {
    await wrap.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    wide.push({ i, wide: await wrap.evaluate((el) => el.scrollWidth > el.clientWidth + 1) });
  }
  assert.ok(wide.some((t) => t.wide), "ri-roi has a table wider than a phone");
  for (const t of wide) {
    const wrap = (await page.$$(".calc-details .table-wrap"))[t.i];
    await wrap.scrollIntoViewIfNeeded();
    const hint = await wrap.$(".scroll-hint");
    assert.equal(await hint.isVisible(), t.wide, `table ${t.i}: the hint shows exactly when the table scrolls`);
    if (t.wide) {
      await wrap.screenshot({ path: `${process.env.ARTIFACTS ?? "tests/artifacts"}/screenshots/phone-table-scrolls-${t.i}.png` });
      await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
      await page.waitForFunction((el) => getComputedStyle(el.querySelector(".scroll-hint")).display === "none", wrap);
    }
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("Share opens the system's share sheet where the browser has one (closing it changes nothing)", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Headless chromium on Linux has no share sheet: stand one in that records what it is given.
  await context.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => {
      window.shared.push(data);
      return window.shared.length === 1 ? Promise.resolve() : Promise.reject(new DOMException("closed", "AbortError"));
    };
  });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io?storage_gb=800`);
  await page.waitForSelector("html[data-ready] #verdict");
  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent.startsWith("Link shared."));
  assert.equal(await page.textContent("#share-status"), "Link shared. Anyone who opens it sees these inputs.");
  const [first] = await page.evaluate(() => window.shared);
  // Shared at the canonical path, which opens without a redirect.
  assert.equal(first.url, `${SITE}/tools/aurora-io/?storage_gb=800`);
  assert.equal(first.title, "Aurora I/O-Optimized vs Standard");
  await page.evaluate(() => { document.querySelector("#share-status").textContent = ""; });
  await page.click("#copy-link");
  await page.waitForFunction(() => window.shared.length === 2);
  await page.waitForTimeout(300);
  assert.equal(await page.textContent("#share-status"), "", "a closed share sheet is not an error, and nothing is copied");
  assert.deepEqual(page.problems, []);
  await context.close();
});
