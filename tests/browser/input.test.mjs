// Every number a person types is read as they meant it or refused with a reason: a decimal
// comma from a European phone keypad, a question where "3,000" could be 3 or 3000, "30 %"
// and "2k", and a half-typed value never reaching the result or the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, SITE, cardValues, shot, accessibilityViolations } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function pageIn(locale) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
  return openPage(browser, { context });
}

for (const locale of ["de-DE", "en-US"]) {
  test(`${locale}: "0,5" typed in a price is 0.5, and the page says how it read it`, async () => {
    const page = await pageIn(locale);
    await page.goto(`${SITE}/tools/aurora-io`);
    await cardValues(page);
    await page.fill("#f-p_io", "0,5");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("p_io") === "0.5");
    const reading = await page.textContent("#f-p_io ~ .reading, .field:has(#f-p_io) .reading");
    // Written as the reader's locale writes it, and in words, so it cannot be misread.
    assert.match(reading, locale === "de-DE" ? /Read as 0,5 \(zero point five\)/ : /Read as 0\.5 \(zero point five\)/);
    assert.equal(await page.$(".field:has(#f-p_io).invalid"), null);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("de-DE: \"3,000\" pasted from the AWS console asks 3 or 3 000 and changes nothing until the reader picks", async () => {
  const de = await pageIn("de-DE");
  await de.goto(`${SITE}/tools/aurora-io`);
  const before = await cardValues(de);
  const decision = await de.textContent("#decision");
  await de.fill("#f-storage_gb", "3,000");
  const ask = de.locator("#r-storage_gb[data-ask]");
  await ask.waitFor();
  assert.match(await ask.textContent(), /Did you mean 3 or 3\u00a0000\?/);
  const picks = await de.$$eval("#r-storage_gb button", (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(picks, ["3 (three)", "3\u00a0000 (three thousand)"], "the locale's reading first, each in words");
  // The warning colour, not the muted grey of a reading.
  const colours = await de.$eval("#r-storage_gb", (el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor };
  });
  assert.notEqual(colours.background, "rgba(0, 0, 0, 0)");
  assert.match(await de.textContent(".stale"), /Say which number you meant.*Storage at 500 GB/);
  assert.deepEqual(await cardValues(de), before, "the result keeps the value before the paste");
  assert.equal(await de.textContent("#decision"), decision);
  await de.waitForTimeout(400); // past the address bar's pause
  assert.equal(new URL(de.url()).searchParams.get("storage_gb"), null, "the link keeps the default");
  await de.locator("#r-storage_gb").scrollIntoViewIfNeeded();
  await shot(de, "input-de-ask-3000", { fullPage: false });
  assert.deepEqual(await accessibilityViolations(de), [], "the question and its buttons (contrast, names)");

  await de.click("#r-storage_gb button:has-text('three thousand')");
  await de.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "3000");
  assert.equal(await de.inputValue("#f-storage_gb"), "3000");
  assert.equal(await de.$("#r-storage_gb[data-ask]"), null);
  assert.equal(await de.$(".stale"), null);
  assert.notDeepEqual(await cardValues(de), before, "the result follows the pick");
  assert.equal(await de.evaluate(() => document.activeElement?.id), "f-storage_gb", "focus goes back to the box");
  await shot(de, "input-de-picked-3000", { fullPage: false });

  // The small reading is written as the locale writes it, and said in words.
  await de.fill("#f-storage_gb", "1.234");
  await de.locator("#r-storage_gb[data-ask]").waitFor();
  await de.click("#r-storage_gb button:has-text('one point two three four')");
  await de.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1.234");
  assert.equal(await de.inputValue("#f-storage_gb"), "1,234");
  assert.match(await de.textContent("#r-storage_gb"), /Read as 1,234 \(one point two three four\)/);
  // Both marks allow one reading only: no question.
  await de.fill("#f-storage_gb", "1.234,5");
  await de.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1234.5");
  assert.match(await de.textContent("#r-storage_gb"), /Read as 1\u00a0234,5/);
  assert.deepEqual(de.problems, []);
  await de.context().close();
});

test("en-US: \"1,234\" asks too, thousands first; what no reading makes a number is refused", async () => {
  const en = await pageIn("en-US");
  await en.goto(`${SITE}/tools/aurora-io`);
  await cardValues(en);
  await en.fill("#f-storage_gb", "1,234");
  await en.locator("#r-storage_gb[data-ask]").waitFor();
  const picks = await en.$$eval("#r-storage_gb button", (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(picks, ["1\u00a0234 (one thousand two hundred thirty-four)", "1.234 (one point two three four)"]);
  await en.click("#r-storage_gb button:has-text('thousand')");
  await en.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1234");
  await en.locator("#f-storage_gb").blur(); // the edit is over: 1234 is now the value to keep
  await en.fill("#f-storage_gb", "1,2,3");
  await en.waitForSelector(".field:has(#f-storage_gb).invalid");
  assert.match(await en.textContent("#e-storage_gb"), /1234\.5/);
  assert.equal(new URL(en.url()).searchParams.get("storage_gb"), "1234", "the link keeps the last reading");
  assert.deepEqual(en.problems, []);
  await en.context().close();
});

test("\"30 %\", \"60%\" and \"2k\" are read where the unit allows, and refused where not", async () => {
  const page = await pageIn("de-DE");
  await page.goto(`${SITE}/tools/aurora-io`);
  await cardValues(page);
  await page.fill("#f-io_reduction", "30 %");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("io_reduction") === "30");
  await page.fill("#f-ri_discount", "60%");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("ri_discount") === "60");
  await page.fill("#f-storage_gb", "2k");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "2000");
  assert.match(await page.textContent("#r-storage_gb"), /Read as 2\u00a0000 \(two thousand\)/);
  await page.locator("#f-storage_gb").scrollIntoViewIfNeeded();
  await shot(page, "input-de-2k", { fullPage: false });
  await page.fill("#f-storage_gb", "20%");
  await page.waitForSelector(".field:has(#f-storage_gb).invalid");
  assert.match(await page.textContent("#e-storage_gb"), /not a percentage/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a hand-edited link with a decimal comma is refused with a notice, never read as 5", async () => {
  const page = await pageIn("en-US");
  await page.goto(`${SITE}/tools/aurora-io?p_io=0,5`);
  await cardValues(page);
  const notice = await page.textContent("#link-notices");
  assert.match(notice, /I\/O price \(Standard\): “0,5”/, "the input by its label, no URL syntax");
  assert.match(notice, /comma/);
  assert.doesNotMatch(notice, /`|p_io/);
  assert.equal(await page.inputValue("#f-p_io"), "0.2", "the default price, not 5");
  await page.context().close();
});

test("typing past a maximum keeps the value from before the edit, in the result and the link", async () => {
  const page = await pageIn("en-US");
  await page.goto(`${SITE}/tools/aurora-io?instances=3`);
  const before = await cardValues(page);
  const box = page.locator("#f-instances");
  await box.fill("");
  await box.pressSequentially("100");
  await page.waitForSelector(".field:has(#f-instances).invalid");
  const stale = await page.textContent(".stale");
  assert.match(stale, /Provisioned instances at 3/);
  // The address follows 250 ms after typing pauses: on a loaded machine the valid "10" on the
  // way to "100" can reach it first, and "100" puts it back to 3 a pause later.
  await page.waitForFunction(() => new URL(location.href).searchParams.get("instances") === "3");
  assert.deepEqual(await cardValues(page), before, "the result is the scenario before the edit");
  await box.blur();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
