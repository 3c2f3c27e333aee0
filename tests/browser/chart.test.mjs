// Charts: plotly.js is not part of the first load; it arrives when a chart scrolls into
// view, and the chart is drawn from the Outcome's series.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const slug of ["aurora-io", "ahb"]) {
  test(`${slug}: plotly loads only when the chart is shown, then draws it`, async () => {
    const page = await openPage(browser, { width: 1280, height: 700 });
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${SITE}/tools/${slug}`);
    await page.waitForSelector("html[data-ready] #verdict");
    await page.waitForTimeout(300);
    assert.ok(!requested.some((u) => u.includes("plotly")), "plotly.js is not in the first load");
    const chart = await page.waitForSelector(".chart-area");
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector(".chart-area[data-drawn=\"1\"]", { timeout: 15000 }).catch((e) => { throw new Error(`${e.message}\nconsole: ${page.problems.join(" | ")}`); });
    assert.ok(requested.some((u) => u.includes("/vendor/plotly-basic.min.js")));
    const traces = await page.$$eval(".chart-area .scatterlayer .trace", (t) => t.length);
    assert.ok(traces >= 3, `series and markers drawn (${traces})`);
    await (await page.$(".chart")).screenshot({ path: `${process.env.ARTIFACTS ?? "tests/artifacts"}/screenshots/chart-${slug}.png` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const slug of ["licensing", "readiness"]) {
  test(`${slug}: the bar chart draws one bar per category, its values in the page's format`, async () => {
    const page = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${SITE}/tools/${slug}`);
    await page.waitForSelector("html[data-ready] #verdict");
    const chart = await page.waitForSelector(".chart-area.bars");
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector(".chart-area[data-drawn=\"1\"]", { timeout: 15000 });
    const bars = await page.$$eval(".chart-area .barlayer .point", (p) => p.length);
    assert.ok(bars >= 2, `bars drawn (${bars})`);
    const labels = await page.$$eval(".chart-area .barlayer text", (t) => t.map((x) => x.textContent));
    assert.ok(labels.some((l) => /^\$?[\d,.]+/.test(l) || /^-?\$/.test(l)), `values on the bars: ${labels.slice(0, 3)}`);
    await (await page.$(".chart")).screenshot({ path: `${process.env.ARTIFACTS ?? "tests/artifacts"}/screenshots/chart-${slug}.png` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
