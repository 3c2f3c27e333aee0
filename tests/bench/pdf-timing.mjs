// Prints, in headless chromium, the time of each calculator's flip points and tornado (budget
// 100 ms) and of its PDF (budget 300 ms) at its defaults: median of 7 runs after the on-demand
// module is loaded. Run by `cargo xtask bench`.
import { launch } from "../browser/lib.mjs";
import { execFileSync } from "node:child_process";

const SITE = process.env.SITE_URL;
const calculators = JSON.parse(execFileSync(process.env.COST_BIN ?? "target/debug/cost", ["list", "--json"], { encoding: "utf8" }));
const browser = await launch();
const page = await browser.newPage();
console.log(`${"calculator".padEnd(16)} ${"flips ms".padStart(9)} ${"max".padStart(6)} ${"PDF ms".padStart(8)} ${"max".padStart(6)}  (in the browser; budgets 100 and 300 ms)`);
for (const c of calculators) {
  await page.goto(`${SITE}/tools/${c.slug}`);
  await page.waitForSelector("html[data-ready] #verdict");
  const [flips, pdf] = await page.evaluate(async (slug) => {
    await import("/pdf.js");
    const m = await window.costPdf.load();
    const time = (f) => {
      const out = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        f();
        out.push(performance.now() - t);
      }
      return out.sort((a, b) => a - b);
    };
    const query = location.search.slice(1);
    return [
      time(() => m.flip_points(slug, query)),
      time(() => m.pdf(slug, query, location.origin, "2026-11-21", false)),
    ];
  }, c.slug);
  const ms = (v) => v.toFixed(1).padStart(6);
  console.log(`${c.slug.padEnd(16)} ${ms(flips[3]).padStart(9)} ${ms(flips[6])} ${ms(pdf[3]).padStart(8)} ${ms(pdf[6])}`);
}
await browser.close();
