// A person's path: open a calculator with its defaults, type each value of a golden
// scenario into the form, and read the same figures the CLI prints for that link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, goldens, cardValues } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const g of goldens().filter((g) => g.url.includes("?"))) {
  test(`typing ${g.url} gives the golden figures`, async () => {
    const page = await openPage(browser);
    const slug = g.url.split("/")[2].split("?")[0];
    await page.goto(`${SITE}/tools/${slug}`);
    await page.waitForSelector("html[data-ready] #verdict");
    const params = new URLSearchParams(g.url.split("?")[1]);
    for (const [key, value] of params) {
      const [tag, type] = await page.$eval(`#f-${key}`, (el) => [el.tagName, el.type]);
      if (tag === "SELECT") await page.selectOption(`#f-${key}`, value);
      else if (type === "checkbox") await page.setChecked(`#f-${key}`, value === "true" || value === "1");
      else await page.fill(`#f-${key}`, value);
    }
    await page.waitForFunction(() => !document.querySelector(".stale"));
    const cards = await cardValues(page);
    for (const [key, expected] of Object.entries(g.expect)) assert.equal(cards[key], expected, key);
    assert.deepEqual(page.problems, []);
    if (g === goldens().find((x) => x.file === g.file && x.url.includes("?"))) await shot(page, `typed-${slug}`);
    await page.close();
  });
}
