// When the WebAssembly cannot start (blocked, offline, an old browser) a shared link says so
// within seconds with "Retry" and "Show the default example", never "Reading the scenario in
// the link…" forever; while it is slow to arrive the verdict and the cards show as skeletons.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SITE, launch, openPage, holdWasm, shot, accessibilityViolations } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LINK = "/tools/aurora-io/?storage_gb=800&io_m=1200&title=Orders%20cluster";

/// What the start note shows: its visible text and which buttons a reader can press.
async function startNote(page) {
  return page.evaluate(() => {
    const note = document.querySelector(".start-note");
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return {
      shown: visible(note),
      text: note.innerText.replace(/\s+/g, " ").trim(),
      buttons: [...note.querySelectorAll("button")].filter(visible).map((b) => b.textContent.trim()),
    };
  });
}

for (const [width, height] of [[390, 844], [320, 640], [1280, 800]]) {
  test(`a blocked wasm on a shared link says so within 5 s with Retry and the default example (${width} px)`, async () => {
    const page = await openPage(browser, { width, height });
    await page.route("**/*.wasm", (route) => route.abort("blockedbyclient"));
    const started = Date.now();
    await page.goto(`${SITE}${LINK}`);
    await page.waitForSelector(".start-note", { state: "visible", timeout: 5000 });
    const waited = Date.now() - started;
    assert.ok(waited < 5000, `shown after ${waited} ms`);
    const note = await startNote(page);
    assert.match(note.text, /could not start in this browser/);
    assert.match(note.text, /the scenario in the link cannot be shown/);
    assert.deepEqual(note.buttons, ["Retry", "Show the default example"]);
    assert.equal(await page.isVisible(".pending-note"), false, "no endless “Reading the scenario…”");
    const box = await page.$eval(".start-note", (el) => el.getBoundingClientRect().toJSON());
    assert.ok(box.bottom <= height, `the message is on the first screen (bottom at ${box.bottom})`);
    assert.equal(await page.isVisible("#verdict .decision"), false, "the defaults are not shown as the link's");
    assert.deepEqual(await accessibilityViolations(page), []);
    await shot(page, `startup-blocked-${width}`, { fullPage: false });

    // The reader asks for the default example: the pre-rendered defaults, said to be them.
    await page.click("text=Show the default example");
    await page.waitForSelector("#verdict .decision", { state: "visible" });
    const shown = await startNote(page);
    assert.match(shown.text, /the default example’s, not the link’s scenario/);
    assert.deepEqual(shown.buttons, ["Retry"]);
    await shot(page, `startup-defaults-${width}`, { fullPage: false });

    // The block is lifted; Retry reloads the link and the calculator reads it.
    await page.unroute("**/*.wasm");
    await page.click("text=Retry");
    await page.waitForSelector("html[data-ready] #verdict");
    assert.equal((await startNote(page)).shown, false);
    assert.equal(await page.inputValue("#f-storage_gb"), "800");
    assert.equal(await page.textContent("#scenario-title"), "Orders cluster");
    await page.close();
  });
}

test("at 200% zoom the blocked-wasm message and its buttons are on the first screen", async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await openPage(browser, { context });
  await page.route("**/*.wasm", (route) => route.abort("blockedbyclient"));
  await page.goto(`${SITE}${LINK}`);
  await page.waitForSelector(".start-note", { state: "visible", timeout: 5000 });
  const retry = await page.$eval(".start-note button", (el) => el.getBoundingClientRect().toJSON());
  assert.ok(retry.bottom <= 400, `Retry at ${retry.bottom}`);
  await shot(page, "startup-blocked-zoom200", { fullPage: false });
  await context.close();
});

test("a browser without WebAssembly is told at once; a page without a link offers only Retry", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(`${SITE}/tools/ahb/`);
  await page.waitForSelector(".start-note", { state: "visible", timeout: 2000 });
  const note = await startNote(page);
  assert.match(note.text, /could not start in this browser/);
  assert.match(note.text, /the figures below are for the default inputs and do not follow changes/);
  assert.deepEqual(note.buttons, ["Retry"]);
  assert.equal(await page.isVisible("#verdict .decision"), true, "the defaults page still shows its answer");
  await shot(page, "startup-no-wasm-defaults", { fullPage: false });
  await page.close();
});

test("a slow wasm: skeleton cards, then after 4 s a note with Retry; the answer replaces both", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  const release = await holdWasm(page);
  page.goto(`${SITE}${LINK}`).catch(() => {});
  await page.waitForSelector(".pending-note", { state: "visible" });
  const skeletons = await page.$$eval(".calc-summary .card", (cards) => cards.map((c) => {
    const after = getComputedStyle(c, "::after");
    const box = c.getBoundingClientRect();
    return { visibility: after.visibility, content: after.content, height: box.height };
  }));
  assert.ok(skeletons.length > 0);
  for (const s of skeletons) {
    assert.equal(s.visibility, "visible");
    assert.equal(s.content, '""');
    assert.ok(s.height > 30, "a card's shape, not a blank area");
  }
  assert.equal(await page.isVisible(".card-value"), false, "no default figure passes for the link's");
  await shot(page, "startup-skeleton-390", { fullPage: false });
  await page.waitForSelector(".start-note", { state: "visible", timeout: 6000 });
  const note = await startNote(page);
  assert.match(note.text, /taking longer than usual to start/);
  assert.deepEqual(note.buttons, ["Retry", "Show the default example"]);
  await shot(page, "startup-slow-390", { fullPage: false });
  release();
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal((await startNote(page)).shown, false);
  assert.equal(await page.isVisible(".card-value"), true);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a blocked script module on a shared link says so too", async () => {
  const page = await openPage(browser, { width: 390, height: 844 });
  await page.route("**/app/**/*.js", (route) => route.abort("blockedbyclient"));
  await page.goto(`${SITE}${LINK}`);
  await page.waitForSelector(".start-note", { state: "visible", timeout: 5000 });
  assert.match((await startNote(page)).text, /could not start in this browser/);
  assert.deepEqual((await startNote(page)).buttons, ["Retry", "Show the default example"]);
  await page.close();
});

test("an embed's blocked wasm says so too", async () => {
  const page = await openPage(browser, { width: 400, height: 700 });
  await page.route("**/*.wasm", (route) => route.abort("blockedbyclient"));
  await page.goto(`${SITE}/embed/aurora-io/?storage_gb=800`);
  await page.waitForSelector(".start-note", { state: "visible", timeout: 5000 });
  assert.deepEqual((await startNote(page)).buttons, ["Retry", "Show the default example"]);
  assert.deepEqual(await accessibilityViolations(page), []);
  await shot(page, "startup-blocked-embed", { fullPage: false });
  await page.close();
});
