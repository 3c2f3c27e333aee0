// The loader (assets/embed.js) starts each frame at the height its calculator will have, so a
// post does not jump when the embed's first height arrives. Its table (assets/embed-heights.json,
// which dist writes into the loader and the Embed panel reads for its snippets) holds, per
// calculator, the embed's height at the defaults for a few frame widths, with its inputs
// closed and with inputs=0; this test measures them and holds the table to them.
// UPDATE_HEIGHTS=1 writes the measured table to assets/embed-heights.json instead.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { launch, openPage, SITE, registeredCalculators } from "./lib.mjs";

const WIDTHS = [320, 480, 640, 800, 1024];
// Fonts differ between systems: a start within this of the final height shifts a post by
// a few lines at most (and not at all where the fonts are the test's).
const TOLERANCE = 0.04;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TABLE = "assets/embed-heights.json";

function table() {
  return JSON.parse(readFileSync(TABLE, "utf8"));
}

/// The embed's height at each of WIDTHS: loaded once, then the frame resized (the page reflows
/// as it would have loaded at that width), each height read once it holds for two frames.
async function measureHeights(page, slug, inputs) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  await page.goto(`${SITE}/embed/${slug}/?frame=cc1${inputs ? "" : "&inputs=0"}`);
  await page.waitForSelector("html[data-ready] #verdict");
  const out = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    out.push(await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      let last = -1;
      for (let i = 0; i < 40; i++) {
        await frame();
        const h = Math.ceil(document.body.getBoundingClientRect().height);
        if (h === last) return h;
        last = h;
      }
      return last;
    }));
  }
  return out;
}

test("the loader's starting heights match each calculator's embed", async () => {
  const page = await openPage(browser);
  const measured = {};
  for (const { slug } of registeredCalculators()) {
    const [open, bare] = [await measureHeights(page, slug, true), await measureHeights(page, slug, false)];
    measured[slug] = WIDTHS.map((width, i) => [width, open[i], bare[i]]);
  }
  if (process.env.UPDATE_HEIGHTS) {
    const rows = Object.entries(measured).map(([slug, r]) => `  ${JSON.stringify(slug)}: ${JSON.stringify(r)}`);
    writeFileSync(TABLE, `{\n${rows.join(",\n")}\n}\n`);
    console.log(`# wrote ${TABLE}: rebuild the site (cargo xtask dist) to use it`);
    await page.close();
    return;
  }
  const heights = table();
  const off = [];
  for (const [slug, rows] of Object.entries(measured)) {
    assert.ok(heights[slug], `${slug} is in HEIGHTS`);
    assert.deepEqual(heights[slug].map((r) => r[0]), WIDTHS, `${slug}: measured widths`);
    rows.forEach(([width, withInputs, without], i) => {
      const [, a, b] = heights[slug][i];
      if (Math.abs(a - withInputs) > withInputs * TOLERANCE) off.push(`${slug} at ${width}px: ${a}, measured ${withInputs}`);
      if (Math.abs(b - without) > without * TOLERANCE) off.push(`${slug} inputs=0 at ${width}px: ${b}, measured ${without}`);
    });
  }
  assert.deepEqual(off, [], "run with UPDATE_HEIGHTS=1 to write the measured table into assets/embed-heights.json");
  assert.deepEqual(page.problems, []);
  await page.close();
});
