// One money precision per line and per column (issue 37, item 11): "show the math" writes its
// totals to the cent and says ≈ where rounding moved a product; a budget per developer-day is
// money at the cards' precision, not a four-decimal unit price.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, openPage, SITE, SHOTS, cardValues } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const mathLine = (page, label) => page.$$eval(".math-item", (items, label) => {
  const item = items.find((i) => i.querySelector("dt").textContent === label);
  return item?.querySelector("code").textContent;
}, label);

test("Aurora's yearly saving multiplies the monthly figure as shown, with ≈ where rounding moved it", async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${SITE}/tools/aurora-io`);
  await cardValues(page);
  assert.equal(await mathLine(page, "Switching, per year"), "-$26.38 × 12 = -$316.56/year");
  await page.goto(`${SITE}/tools/aurora-io?class=db.r6g.2xlarge&storage_gb=800&io_m=1200`);
  await cardValues(page);
  assert.equal(await mathLine(page, "Switching, per year"), "-$314.64 × 12 ≈ -$3,775.73/year");
  await page.click("summary:has-text('Show the math')");
  const math = page.locator(".math-item", { hasText: "Switching, per year" });
  await math.screenshot({ path: path.join(SHOTS, "precision-aurora-math.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("AHB's horizon math is to the cent throughout; LLM budget per developer-day is money", async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${SITE}/tools/ahb`);
  await cardValues(page);
  const line = await mathLine(page, await page.$eval('.card[data-key="horizon_saving"] .card-label', (e) => e.textContent));
  // $1,167.6028 a month: the shown $1,167.60 × 36 is $42,033.60, not the $42,033.70 saved.
  assert.equal(line, "$1,167.60 × 36 ≈ $42,033.70 saved − $32,604.00 paid = $9,429.70");
  await page.goto(`${SITE}/tools/llm-budget`);
  const cards = await cardValues(page);
  assert.equal(cards.budget_per_dev_day, "$4.29/developer-day");
  assert.equal(cards.monthly_cost, "$900.00/month");
  await page.locator(".cards").screenshot({ path: path.join(SHOTS, "precision-llm-cards.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
