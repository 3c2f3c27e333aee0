// Scenario links in a real browser: golden scenarios show the same figures as the CLI,
// typing updates the address bar, a copied link restores the scenario in a fresh page,
// hostile links still load with a polite notice, Reset clears the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, goldens, cardValues } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const g of goldens()) {
  test(`golden ${g.file}: ${g.name}`, async () => {
    const page = await openPage(browser);
    await page.goto(`${SITE}${g.url}`);
    const cards = await cardValues(page);
    for (const [key, expected] of Object.entries(g.expect)) {
      assert.equal(cards[key], expected, `${key} in ${g.url}`);
    }
    assert.equal(await page.$("#link-notices"), null, "a golden link has no bad values");
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test("typing updates the link, and the copied link restores the scenario", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io`);
  const before = await cardValues(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.fill("#f-storage_gb", "800");
  await page.fill("#f-io_m", "2,500");
  // One mark before three digits reads two ways: the reader says which (issue 37, item 4).
  await page.click("#r-io_m button:has-text('two thousand five hundred')");
  await page.selectOption("#f-engine", "mysql");
  // The address bar follows once typing pauses (debounced): wait for the last change.
  await page.waitForFunction(() => location.search.includes("io_m=2500") && location.search.includes("engine=mysql"));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("storage_gb"), "800");
  assert.equal(url.searchParams.get("engine"), "mysql");
  const after = await cardValues(page);
  assert.notDeepEqual(after, before, "figures follow the inputs");
  const historyAfter = await page.evaluate(() => history.length);
  assert.equal(historyAfter, historyBefore, "replaceState: no history entry per keystroke");

  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent.includes("copied"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`${SITE}/tools/aurora-io/?`) && copied.includes("storage_gb=800"), copied);
  assert.equal(new URL(page.url()).pathname, "/tools/aurora-io/", "the address bar names the canonical path too");
  await shot(page, "share-typed");

  const fresh = await openPage(browser);
  const served = await fresh.goto(copied);
  assert.equal(served.status(), 200);
  assert.equal(served.request().redirectedFrom(), null, "a shared link opens without a redirect");
  assert.deepEqual(await cardValues(fresh), after, "the link restores the same figures");
  assert.equal(await fresh.inputValue("#f-storage_gb"), "800");
  assert.equal(await fresh.inputValue("#f-engine"), "mysql");
  assert.deepEqual([...page.problems, ...fresh.problems], []);

  await fresh.click("#reset");
  await fresh.waitForFunction(() => location.search === "");
  assert.deepEqual(await cardValues(fresh), before, "reset returns to the defaults");
  await context.close();
  await fresh.context().close();
});

test("“Link copied” says which value the link keeps for a box that is invalid", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io/?storage_gb=800`);
  await page.waitForSelector("html[data-ready] #verdict");
  await page.fill("#f-storage_gb", "-5");
  await page.waitForSelector("#e-storage_gb:not(:empty)");
  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent.includes("copied"));
  const status = await page.textContent("#share-status");
  assert.match(status, /^Link copied, but without what the highlighted box holds: it keeps Storage at 800 GB, its value before this edit\. Fix it and copy the link again\.$/);
  assert.equal(await page.getAttribute("#share-status", "data-warn"), "", "a caveat, in the warning colour");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).searchParams.get("storage_gb"), "800", "the link carries the previous value, as it says");
  await page.locator("#share-status").scrollIntoViewIfNeeded();
  await shot(page, "share-copied-invalid", { fullPage: false });
  // Fixed and copied again: the plain status; any later change drops it.
  await page.fill("#f-storage_gb", "900");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent === "");
  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-status").textContent.startsWith("Link copied."));
  assert.equal(await page.textContent("#share-status"), "Link copied. Anyone who opens it sees these inputs.");
  assert.equal(await page.getAttribute("#share-status", "data-warn"), null);
  assert.equal(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get("storage_gb"), "900");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("an invalid entry is explained next to the field and the result keeps the last valid value", async () => {
  const page = await openPage(browser);
  await page.goto(`${SITE}/tools/aurora-io`);
  const before = await cardValues(page);
  await page.fill("#f-storage_gb", "-5");
  await page.waitForSelector("#e-storage_gb:not(:empty)");
  assert.match(await page.textContent("#e-storage_gb"), /out of range \(0–1,000,000 GB\)/);
  assert.equal(await page.getAttribute("#f-storage_gb", "aria-invalid"), "true");
  assert.deepEqual(await cardValues(page), before);
  await shot(page, "invalid-field");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("hostile links load, keep the good values and name the bad ones", async () => {
  const hostile = [
    "storage_gb=-5&io_m=1500",
    "storage_gb=NaN&instances=inf&hours=1e999&io_m=1500",
    "engine=oracle&class=%3Cimg%20src=x%20onerror=alert(1)%3E&io_m=1500",
    "io_m=1500&io_m=9&bogus=%3Cscript%3Ewindow.pwned=1%3C/script%3E",
    "io_m=1500&" + "x=1&".repeat(25000),
    "io_m=1500&storage_gb=%25%32%35&hourly=%E0%A4%A",
  ];
  for (const [i, query] of hostile.entries()) {
    const page = await openPage(browser);
    let alerted = false;
    page.on("dialog", async (d) => { alerted = true; await d.dismiss(); });
    await page.goto(`${SITE}/tools/aurora-io?${query}`);
    await page.waitForSelector("html[data-ready] #verdict");
    await page.waitForSelector("#link-notices");
    const notice = await page.textContent("#link-notices");
    assert.ok(notice.length > 20, notice);
    assert.equal(await page.inputValue("#f-io_m"), "1500", "good values still load");
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.$("#link-notices img, #link-notices script"), null, "nothing from the URL is markup");
    assert.equal(alerted, false);
    if (i === 0) {
      assert.match(notice, /Storage: “-5” is out of range \(0–1,000,000 GB\); using/);
      await shot(page, "hostile-link");
      // The notice described the link; once the inputs change it goes.
      await page.fill("#f-io_m", "1600");
      await page.waitForSelector("#link-notices", { state: "hidden" });
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
