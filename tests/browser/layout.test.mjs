// The answer first, at every width: on a phone, on a desktop and in a blog column, the verdict
// is on the first screen, nothing overflows its card or the viewport, and a chart in the dark
// theme has text that passes WCAG AA contrast. Screenshots are kept for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, registeredCalculators } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const calculators = registeredCalculators();

/// Elements whose box passes the edge of their card, or of the viewport (content inside a
/// scrolling wrapper is exempt: it scrolls rather than overflows).
async function overflows(page) {
  return page.evaluate(() => {
    const found = [];
    const vw = document.documentElement.clientWidth;
    const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
    for (const card of document.querySelectorAll(".card")) {
      const box = card.getBoundingClientRect();
      for (const el of card.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) found.push(`${name(el)} "${el.textContent.trim()}" passes its card`);
      }
      if (card.scrollWidth > card.clientWidth + 1) found.push(`card ${card.dataset.key} scrolls sideways`);
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(".table-wrap, .chart-area, details:not([open]), [hidden]")) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > vw + 0.5) found.push(`${name(el)} ends at ${Math.round(r.right)} > ${vw}`);
    }
    if (document.documentElement.scrollWidth > vw + 1) found.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);
    return found.slice(0, 8);
  });
}

async function verdictOnFirstScreen(page, where) {
  const box = await page.$eval("#verdict", (el) => el.getBoundingClientRect().toJSON());
  const vh = await page.evaluate(() => window.innerHeight);
  assert.ok(box.bottom <= vh, `${where}: verdict ends at ${Math.round(box.bottom)} px, screen is ${vh} px`);
  const firstCard = await page.$eval(".card", (el) => el.getBoundingClientRect().top);
  assert.ok(firstCard < vh, `${where}: the first headline figure starts on the first screen (${Math.round(firstCard)})`);
}

for (const { slug } of calculators) {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    test(`${slug} at ${width} px: the answer is on the first screen and nothing overflows`, async () => {
      const page = await openPage(browser, { width, height });
      await page.goto(`${SITE}/tools/${slug}`);
      await page.waitForSelector("html[data-ready] #verdict");
      await shot(page, `layout-${slug}-${width}`, { fullPage: false });
      await verdictOnFirstScreen(page, `${slug} ${width}px`);
      // Copy link, Download PDF and Download CSV are on the first screen, without scrolling past anything.
      for (const id of ["#copy-link", "#download-pdf", "#download-csv"]) {
        const box = await page.$eval(id, (el) => el.getBoundingClientRect().toJSON());
        assert.ok(box.top >= 0 && box.bottom <= height, `${id} on the first screen (${Math.round(box.top)}–${Math.round(box.bottom)})`);
      }
      assert.deepEqual(await overflows(page), []);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }

  test(`${slug} in a 720 px blog column: answer first, then "Change the numbers"`, async () => {
    const page = await openPage(browser, { width: 720, height: 900 });
    await page.goto(`${SITE}/embed/${slug}/`);
    await page.waitForSelector("html[data-ready] #verdict");
    await verdictOnFirstScreen(page, `${slug} embed`);
    assert.equal(await page.$eval("details.embed-inputs", (d) => d.open), false, "inputs collapsed");
    assert.deepEqual(await overflows(page), []);
    const tall = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    console.log(`embed height ${slug} at 720 px: ${tall} px`);
    await shot(page, `layout-embed-${slug}-720`);
    await page.click("details.embed-inputs summary");
    await page.click("details.embed-details > summary");
    assert.deepEqual(await overflows(page), [], "opened: inputs, tables and assumptions fit");
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

/// Relative luminance contrast of two "rgb(r, g, b)" colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const { slug } of calculators) {
  test(`${slug}: a chart in the dark theme has text that passes AA contrast`, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    const page = await openPage(browser, { context });
    await page.goto(`${SITE}/tools/${slug}`);
    await page.waitForSelector("html[data-ready] #verdict");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark", "the site follows the system setting");
    const area = await page.waitForSelector(".chart-area");
    await area.scrollIntoViewIfNeeded();
    await page.waitForSelector(".chart-area[data-drawn=\"1\"]", { timeout: 15000 });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fills = await page.$$eval(".chart-area svg text", (ts) => [...new Set(ts.filter((t) => t.textContent.trim()).map((t) => getComputedStyle(t).fill))]);
    assert.ok(fills.length > 0, "the chart has text");
    for (const fill of fills) {
      assert.ok(contrast(fill, bg) >= 4.5, `chart text ${fill} on ${bg}: ${contrast(fill, bg).toFixed(2)}:1`);
    }
    await (await page.$(".chart")).screenshot({ path: `${process.env.ARTIFACTS ?? "tests/artifacts"}/screenshots/chart-dark-${slug}.png` });
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test("printing gives the answer and its support, not the form", async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(`${SITE}/tools/aurora-io`);
  await page.waitForSelector("html[data-ready] #verdict");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible(".calc-form"), false);
  assert.equal(await page.isVisible("#verdict"), true);
  const verdictTop = await page.$eval("#verdict", (el) => el.getBoundingClientRect().top);
  assert.ok(verdictTop < 400, `the verdict opens the printout (${verdictTop})`);
  await page.close();
});

test("Reset can be undone", async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(`${SITE}/tools/aurora-io?storage_gb=800&io_m=1200`);
  await page.waitForSelector("html[data-ready] #verdict");
  const before = await page.textContent("#verdict");
  await page.click("#reset");
  await page.waitForFunction((v) => document.querySelector("#verdict").textContent !== v, before);
  assert.notEqual(await page.inputValue("#f-storage_gb"), "800", "the defaults are back");
  await page.click("#undo-reset");
  await page.waitForFunction((v) => document.querySelector("#verdict").textContent === v, before);
  assert.equal(await page.inputValue("#f-storage_gb"), "800");
  // The address bar follows once edits pause (debounced): wait for it.
  await page.waitForFunction(() => location.search === "?storage_gb=800&io_m=1200");
  assert.equal(await page.isVisible("#undo-reset"), false, "undo is spent");
  await page.close();
});

test("only the verdict is announced: the results are not one live region", async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(`${SITE}/tools/aurora-io`);
  await page.waitForSelector("html[data-ready] #verdict");
  // Besides the verdict, only each box's own "read as" hint speaks, and only for that box.
  const live = await page.$$eval("[aria-live]:not(.reading)", (els) => els.map((e) => e.id || e.className));
  assert.deepEqual(live, ["verdict"]);
  await page.close();
});

for (const { slug } of calculators) {
  test(`${slug} at 320 px: no figure, table or chart passes its card or the screen`, async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(`${SITE}/tools/${slug}`);
    await page.waitForSelector("#verdict");
    assert.deepEqual(await overflows(page), []);
    await page.click("details.math summary");
    assert.deepEqual(await overflows(page), [], "the math opened");
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test("an embed follows the reader's system theme only when asked (theme=auto)", async () => {
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, colorScheme: "dark" });
  const page = await openPage(browser, { context });
  for (const [query, theme] of [["", "light"], ["?theme=auto", "dark"], ["?theme=dark", "dark"], ["?theme=light", "light"]]) {
    await page.goto(`${SITE}/embed/ahb/${query}`);
    await page.waitForSelector("#verdict");
    assert.equal(await page.getAttribute("html", "data-theme"), theme, `embed${query}`);
  }
  await page.goto(`${SITE}/tools/ahb`);
  await page.waitForSelector("#verdict");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark", "the site follows the system");
  assert.deepEqual(page.problems, []);
  await context.close();
});
