// Prints PDF generation time in headless chromium for each calculator's default and
// preset scenarios: median of 7 renders after the module is loaded. Run by `cargo xtask bench`.
import { launch } from "../browser/lib.mjs";
import { execFileSync } from "node:child_process";

const SITE = process.env.SITE_URL;
const calculators = JSON.parse(execFileSync(process.env.COST_BIN ?? "target/debug/cost", ["list", "--json"], { encoding: "utf8" }));
const browser = await launch();
const page = await browser.newPage();
console.log(`${"calculator".padEnd(12)} ${"median ms".padStart(10)} ${"max ms".padStart(8)}  (PDF in the browser, budget 300 ms)`);
for (const c of calculators) {
  await page.goto(`${SITE}/tools/${c.slug}`);
  await page.waitForSelector("html[data-ready] #verdict");
  const times = await page.evaluate(async (slug) => {
    const m = await window.costPdf.load();
    const out = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      m.pdf(slug, location.search.slice(1), location.origin, "2026-11-21", false);
      out.push(performance.now() - t);
    }
    return out.sort((a, b) => a - b);
  }, c.slug);
  console.log(`${c.slug.padEnd(12)} ${times[3].toFixed(1).padStart(10)} ${times[6].toFixed(1).padStart(8)}`);
}
await browser.close();
