// WCAG 2.1 A/AA checks (axe-core) on every kind of page, with the results, math and
// embed panel opened, so contrast, labels and structure are measured rather than assumed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, SITE, registeredCalculators, accessibilityViolations } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the tools index and the not-found page have no WCAG A/AA violations", async () => {
  for (const path of ["/tools/", "/no/such/page"]) {
    const page = await openPage(browser);
    await page.goto(`${SITE}${path}`);
    await page.waitForSelector("h1");
    assert.deepEqual(await accessibilityViolations(page), [], path);
    await page.close();
  }
});

for (const c of registeredCalculators()) {
  for (const theme of ["", "dark"]) {
    test(`/tools/${c.slug} and its embed${theme ? " (dark)" : ""} have no WCAG A/AA violations`, async () => {
      const page = await openPage(browser);
      await page.goto(`${SITE}/tools/${c.slug}?storage_gb=-5`);
      await page.waitForSelector("html[data-ready] #verdict");
      await page.click("details.math summary");
      await page.click("#embed-panel summary");
      await page.fill("form.inputs input[type=text]", "-1");
      assert.deepEqual(await accessibilityViolations(page), [], "tools page");
      await page.goto(`${SITE}/embed/${c.slug}${theme ? "?theme=dark" : ""}`);
      await page.waitForSelector("html[data-ready] #verdict");
      assert.deepEqual(await accessibilityViolations(page), [], "embed");
      // Landmarks are best practice rather than WCAG A/AA: checked by name.
      assert.deepEqual(await accessibilityViolations(page, ["landmark-one-main", "region"]), [], "embed landmarks");
      await page.close();
    });
  }
}
