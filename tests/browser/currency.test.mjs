// Money in the reader's currency: the menu converts every amount at a dated rate shown under
// the figures, the link carries it (`cur`, `fx`), money boxes are typed in it, and the page
// writes what `cost eval` writes for the same link; non-money figures do not move.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { launch, openPage, SITE, cardValues, shot } from "./lib.mjs";

const COST = process.env.COST_BIN ?? "target/debug/cost";
const evalJson = (link) => JSON.parse(execFileSync(COST, ["eval", link, "--json"], { encoding: "utf8" }));
const pathOf = (url) => { const u = new URL(url); return u.pathname + u.search; };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// The headline cards of the CLI's answer, keyed as the page keys them.
function cliCards(json) {
  return Object.fromEntries(Object.entries(json.headlines).map(([key, h]) => [key, h.display]));
}

test("EUR converts every money figure at the dated rate, and the link restores it", async () => {
  const page = await openPage(browser);
  await page.goto(`${SITE}/tools/aurora-io/`);
  const usd = await cardValues(page);
  const usdJson = evalJson("/tools/aurora-io/");
  assert.deepEqual(usd, Object.fromEntries(Object.keys(usd).map((k) => [k, cliCards(usdJson)[k]])));

  await page.selectOption("#currency", "EUR");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("cur") === "EUR");
  const eur = await cardValues(page);
  const eurJson = evalJson("/tools/aurora-io/?cur=EUR");
  const rate = eurJson.currency.per_usd;
  // The page writes what the terminal writes for the same link.
  for (const [key, text] of Object.entries(eur)) assert.equal(text, cliCards(eurJson)[key], key);
  // Every money headline is the dollar figure × the rate; the others are unchanged.
  for (const [key, h] of Object.entries(usdJson.headlines)) {
    h.key = key;
    const e = eurJson.headlines[key];
    if (/^USD/.test(h.unit)) {
      assert.equal(e.unit, h.unit.replace(/^USD/, "EUR"));
      if (h.value !== null) assert.ok(Math.abs(e.value - h.value * rate) < 1e-9 * Math.max(1, Math.abs(e.value)), h.key);
      assert.match(eur[h.key] ?? "€", /€/, h.key);
    } else {
      assert.equal(e.value, h.value, h.key);
      if (eur[h.key] !== undefined) assert.equal(eur[h.key], usd[h.key], `${h.key} is not money`);
    }
  }
  // The rate, its source and its date under the figures; an old rate says so there.
  const line = await page.textContent("#currency-line-box");
  assert.match(line, /Amounts in euros \(EUR\) at [\d.]+ per US dollar, the European Central Bank's reference rate of \d{4}-\d{2}-\d{2}/);
  const asOf = line.match(/rate of (\d{4}-\d{2}-\d{2})/)[1];
  const days = (Date.now() - Date.parse(asOf)) / 86400000;
  assert.equal(await page.$("#currency-line-box [data-stale]") !== null, days > 31, "flagged when over 30 days old");
  assert.match(await page.getAttribute("#currency-line-box a", "href"), /^https:\/\/www\.ecb\.europa\.eu\//);
  // A money box is typed in euros, its unit says so, and the model gets dollars.
  const price = Number(await page.inputValue("#f-p_io"));
  assert.ok(Math.abs(price - 0.2 * rate) < 1e-6, `the $0.20 I/O price in euros (${price})`);
  assert.equal(await page.textContent("#u-p_io"), "EUR/million requests");
  await page.fill("#f-p_io", "0.5");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("p_io") !== null);
  const typedUsd = Number(new URL(page.url()).searchParams.get("p_io"));
  assert.ok(Math.abs(typedUsd * rate - 0.5) < 1e-9, "€0.50 reaches the model as its dollar amount");
  await page.waitForFunction(() => !document.querySelector("#holds-box[data-stale]"));
  const typed = await cardValues(page);
  const typedJson = evalJson(pathOf(page.url()));
  for (const [key, text] of Object.entries(typed)) assert.equal(text, cliCards(typedJson)[key], key);
  await shot(page, "currency-eur-1280", { fullPage: false });

  // The reader's own rate, like any price.
  await page.fill("#fx", "0.9");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("fx") === "0.9");
  assert.match(await page.textContent("#currency-line-box"), /at 0\.9 per US dollar, a rate given in the link/);
  const own = await cardValues(page);
  const ownJson = evalJson(pathOf(page.url()));
  for (const [key, text] of Object.entries(own)) assert.equal(text, cliCards(ownJson)[key], key);

  // The link opens elsewhere on the same figures, menu and rate.
  const link = page.url();
  const other = await openPage(browser);
  await other.goto(link);
  assert.deepEqual(await cardValues(other), own);
  assert.equal(await other.inputValue("#currency"), "EUR");
  assert.equal(await other.inputValue("#fx"), "0.9");
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
  await other.context().close();
  await page.context().close();
});

test("a scenario page's own address in another currency keeps its scenario", async () => {
  const page = await openPage(browser);
  const link = "/tools/aurora-io/oltp-read-heavy/?cur=EUR";
  await page.goto(`${SITE}${link}`);
  const cards = await cardValues(page);
  const cli = cliCards(evalJson(link));
  for (const [key, text] of Object.entries(cards)) assert.equal(text, cli[key], key);
  assert.equal(await page.inputValue("#currency"), "EUR");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("US English dollars are written without asking Intl, with the marks Intl gives them", async () => {
  // site/src/browser.rs answers en-US and en from constants (Intl's first call loads the
  // locale data, and a link's figures waited for it): they must stay what Intl says.
  const context = await browser.newContext({ locale: "en-US" });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/`);
  for (const lang of ["en-US", "en"]) {
    const marks = await page.evaluate((lang) => {
      const parts = new Intl.NumberFormat(lang, { style: "currency", currency: "USD" }).formatToParts(-1234567.5);
      const at = (t) => parts.findIndex((p) => p.type === t);
      return {
        group: parts[at("group")].value,
        decimal: parts[at("decimal")].value,
        integers: parts.filter((p) => p.type === "integer").map((p) => p.value.length),
        currency: parts[at("currency")].value,
        before: at("currency") < at("integer"),
        half: (1.5).toLocaleString(lang),
      };
    }, lang);
    assert.deepEqual(marks, { group: ",", decimal: ".", integers: [1, 3, 3], currency: "$", before: true, half: "1.5" }, lang);
  }
  await context.close();
});

test("de-DE writes amounts as the reader's locale does; the PDF and CSV carry the currency", async () => {
  const context = await browser.newContext({ locale: "de-DE", acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/ahb/?cur=EUR`);
  const cards = await cardValues(page);
  const money = Object.values(cards).filter((t) => t.includes("€"));
  assert.ok(money.length > 0, JSON.stringify(cards));
  for (const t of money) assert.match(t, /\d(\.\d{3})*(,\d{2})?\u00a0€/, t);
  // Switching back to dollars keeps the reader's marks.
  await page.selectOption("#currency", "USD");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("cur"));
  const usd = Object.values(await cardValues(page)).filter((t) => t.includes("$"));
  for (const t of usd) assert.match(t, /\d(\.\d{3})*(,\d{2})?\u00a0\$/, t);
  await page.selectOption("#currency", "GBP");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("cur") === "GBP");
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.click("#download-pdf")]);
  const text = execFileSync("pdftotext", [await pdf.path(), "-"], { encoding: "utf8" });
  assert.match(text, /Amounts in pounds sterling \(GBP\)/);
  assert.match(text, /£[\d,]+/);
  await page.waitForSelector("#download-csv:not([disabled])");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
  const rows = (await import("node:fs")).readFileSync(await csv.path(), "utf8");
  assert.match(rows, /\r\nscenario,currency,GBP/);
  assert.match(rows, /,GBP\/month,/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
