// Every number a person types is read as they meant it or refused with a reason: a decimal
// comma from a European phone keypad, thousands separators by the browser's locale, and a
// half-typed value never reaching the result or the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, SITE, cardValues } from "./lib.mjs";

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
    assert.match(reading, /Read as 0\.5/);
    assert.equal(await page.$(".field:has(#f-p_io).invalid"), null);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("thousands separators follow the locale where the text allows both readings", async () => {
  const de = await pageIn("de-DE");
  await de.goto(`${SITE}/tools/aurora-io`);
  await cardValues(de);
  await de.fill("#f-storage_gb", "1.234");
  await de.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1234");
  await de.fill("#f-storage_gb", "1.234,5");
  await de.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1234.5");
  await de.context().close();

  const en = await pageIn("en-US");
  await en.goto(`${SITE}/tools/aurora-io`);
  await cardValues(en);
  await en.fill("#f-storage_gb", "1,234");
  await en.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "1234");
  await en.locator("#f-storage_gb").blur(); // the edit is over: 1234 is now the value to keep
  await en.fill("#f-storage_gb", "1,2,3");
  await en.waitForSelector(".field:has(#f-storage_gb).invalid");
  assert.match(await en.textContent("#e-storage_gb"), /1234\.5/);
  assert.equal(new URL(en.url()).searchParams.get("storage_gb"), "1234", "the link keeps the last reading");
  await en.context().close();
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
  assert.equal(new URL(page.url()).searchParams.get("instances"), "3");
  assert.deepEqual(await cardValues(page), before, "the result is the scenario before the edit");
  await box.blur();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
