// A card's range says what the headline says, in its words: a difference that costs more
// reads "Between saving $3.62 and costing $56.38 a month", never "-$56.38/month to
// $3.62/month" under "costs $26.38/month more".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, openPage, SITE, SHOTS, cardValues } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("Aurora's saving cards give their range in the headline's words", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  await page.goto(`${SITE}/tools/aurora-io`);
  const cards = await cardValues(page);
  assert.equal(cards.monthly_saving, "costs $26.38/month more");
  const range = (key) => page.textContent(`.card[data-key="${key}"] .range`);
  assert.match(await range("monthly_saving"), /^Between saving \$3\.62 and costing \$56\.38 a month/);
  assert.match(await range("annual_saving"), /^Between saving \$43\.44 and costing \$676\.56 a year/);
  assert.match(await range("standard_monthly"), /^Range \$549\.60\/month to \$609\.60\/month/);
  for (const key of ["monthly_saving", "annual_saving"]) {
    assert.doesNotMatch(await range(key), /-\$/, "no signed end under a worded headline");
  }
  // The cards alone: the sticky share bar would cover the lower ones in a viewport shot.
  await page.locator(".cards").screenshot({ path: path.join(SHOTS, "ranges-aurora-390.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
