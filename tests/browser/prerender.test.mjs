// Pages are HTML before any WebAssembly: what a plain static host sends (curl), what a
// reader sees without scripts, and what a scenario link shows until the wasm has read it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SITE, launch, openPage, holdWasm, registeredCalculators } from "./lib.mjs";

const calculators = registeredCalculators();
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a plain GET of a tools page carries the verdict, the figures, the methodology and preview tags", async () => {
  for (const c of calculators) {
    const html = await (await fetch(`${SITE}/tools/${c.slug}/`)).text();
    assert.match(html, /id="verdict"[^>]*><p [^>]*class="decision"[^>]*>[^<]+<\/p>/, `${c.slug}: verdict`);
    assert.match(html, /class="card-value">[^<]*\d/, `${c.slug}: a headline figure`);
    assert.match(html, /<h2>Methodology<\/h2>/, `${c.slug}: methodology`);
    assert.match(html, /<link rel="canonical" href="[^"]*\/tools\/[^"]+\/">/);
    assert.match(html, /<meta property="og:title" content="[^"]+">/);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    assert.match(html, new RegExp(`/app/${c.slug}/site-[0-9a-f]+_bg\\.wasm`), "its own wasm");
    const others = calculators.filter((o) => o.slug !== c.slug && html.includes(`/app/${o.slug}/`));
    assert.deepEqual(others, [], "no other calculator's wasm");
    const embed = await (await fetch(`${SITE}/embed/${c.slug}/`)).text();
    assert.match(embed, /class="card-value">[^<]*\d/, `${c.slug} embed: a headline figure`);
  }
});

test("the tools index loads no wasm and no script file", async () => {
  const page = await openPage(browser);
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto(`${SITE}/tools/`);
  await page.waitForSelector("#tool-list li");
  assert.deepEqual(requested.filter((u) => /\.(wasm|js)$/.test(u)), []);
  assert.equal(await page.evaluate(() => document.scripts.length), 0, "not even an inline script");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("without a script the tools index still follows a dark system theme", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/`);
  const colours = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector("h1")).color]);
  assert.deepEqual(colours, ["rgb(15, 23, 42)", "rgb(243, 244, 246)"]);
  await page.emulateMedia({ colorScheme: "light" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), "rgb(255, 255, 255)");
  await context.close();
});

test("every module a calculator page runs is named in its head, so none waits for another to arrive; the wasm is fetched once", async () => {
  for (const c of calculators) {
    const page = await openPage(browser);
    const modules = [];
    page.on("request", (r) => { if (/\.(js|wasm)$/.test(r.url())) modules.push(new URL(r.url()).pathname); });
    await page.goto(`${SITE}/tools/${c.slug}/`);
    await page.waitForSelector("html[data-ready]");
    // The glue and its snippets are preloaded; the wasm is fetched by the head's compile script.
    const preloaded = await page.$$eval("link[rel=modulepreload], link[rel=preload], script[data-wasm]", (ls) => ls.map((l) => new URL(l.href || l.dataset.wasm, location.href).pathname));
    const deferred = await page.$$eval("script[src]", (ss) => ss.map((s) => new URL(s.src).pathname));
    const late = modules.filter((m) => m.startsWith(`/app/${c.slug}/`) && !preloaded.includes(m));
    assert.deepEqual(late, [], `${c.slug}: fetched without a preload`);
    assert.deepEqual(modules.filter((m) => !preloaded.includes(m) && !deferred.includes(m) && !m.startsWith("/vendor/")), [], c.slug);
    assert.equal(modules.filter((m) => m.endsWith(".wasm")).length, 1, `${c.slug}: one request for the wasm`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test("without JavaScript a tools page still shows its answer at the defaults", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}/tools/aurora-io/`);
  assert.equal(await page.isVisible("#verdict .decision"), true);
  assert.ok((await page.textContent(".card-value")).trim().length > 0);
  assert.equal(await page.isVisible("#f-storage_gb"), true, "the inputs show without the script that orders them");
  await context.close();
});

test("a tools page's first frame lays out its answer alone; the inputs follow without moving it, even before the wasm", async () => {
  // What the first frame after the parse lays out (the init script's rAF runs before theme.js's).
  const firstFrame = () => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      requestAnimationFrame(() => {
        const rect = (s) => { const r = document.querySelector(s)?.getClientRects()[0]; return r ? [r.x, r.y, r.width, r.height].map(Math.round) : null; };
        window.firstFrame = {
          answerFirst: document.documentElement.hasAttribute("data-answer-first"),
          verdict: rect("#verdict"), card: rect(".card"), form: rect(".calc-form"), footer: rect(".site-footer"),
        };
      });
    });
  };
  const page = await openPage(browser);
  const release = await holdWasm(page);
  await page.addInitScript(firstFrame);
  page.goto(`${SITE}/tools/aurora-io/`).catch(() => {});
  await page.waitForFunction(() => window.firstFrame);
  const first = await page.evaluate(() => window.firstFrame);
  assert.equal(first.answerFirst, true);
  assert.ok(first.verdict && first.card, "the verdict and the cards are in the first frame");
  assert.equal(first.form, null, "the inputs are not laid out in it");
  assert.equal(first.footer, null, "nor is the footer, which would jump");
  // The inputs follow without the wasm (a page whose wasm never starts still has them).
  await page.waitForSelector("html:not([data-answer-first]) .calc-form");
  assert.equal(await page.isVisible("#f-storage_gb"), true);
  const rect = (s) => page.$eval(s, (e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); });
  assert.deepEqual(await rect("#verdict"), first.verdict, "the verdict stays where it was");
  assert.deepEqual(await rect(".card"), first.card);
  release();
  await page.waitForSelector("html[data-ready] #verdict");
  assert.deepEqual(page.problems, []);
  await page.close();
  // An embed sends its host its height once: its first frame holds all of it. So does a page
  // opened at a fragment, which the browser scrolls to as it parses. (Their wasm is held too:
  // a start before the first frame would unmark the page and pass this for the wrong reason.)
  for (const path of ["/embed/aurora-io/", "/tools/aurora-io/#methodology"]) {
    const other = await openPage(browser);
    const releaseOther = await holdWasm(other);
    await other.addInitScript(firstFrame);
    other.goto(`${SITE}${path}`).catch(() => {});
    await other.waitForFunction(() => window.firstFrame);
    assert.equal((await other.evaluate(() => window.firstFrame)).answerFirst, false, path);
    releaseOther();
    await other.close();
  }
});

test("a scenario link marks its results pending until the wasm has read it", async () => {
  const page = await openPage(browser);
  await page.route("**/*.wasm", () => {}); // never answered: the wasm does not arrive
  page.goto(`${SITE}/tools/aurora-io/?storage_gb=800&io_m=1200`).catch(() => {});
  // The rules that decide what shows are in the head, so they apply once the note exists.
  await page.waitForSelector(".pending-note");
  assert.equal(await page.isVisible(".pending-note"), true);
  assert.equal(await page.isVisible("#verdict"), false, "the default verdict is not shown as the link's");
  assert.equal(await page.isVisible(".card-value"), false);
  // Only the answer's skeleton is laid out: the form and the notes under it wait for the answer.
  assert.deepEqual(await page.$$eval(".calc-form, .calc-details, .methodology", (els) => els.map((e) => e.getClientRects().length)), [0, 0, 0]);
  assert.ok(await page.$eval(".calc-summary .card", (c) => c.getBoundingClientRect().height > 30), "the cards' shape");
  await page.close();
  const live = await openPage(browser);
  // The frame that first shows the link's answer lays out only the answer: the form comes in
  // the task after it (html[data-support-due] until then).
  await live.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.documentElement;
      if (!root.hasAttribute("data-ready")) return;
      observer.disconnect();
      window.atReady = { supportDue: root.hasAttribute("data-support-due"), form: document.querySelector(".calc-form").getClientRects().length };
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
  await live.goto(`${SITE}/tools/aurora-io/?storage_gb=800&io_m=1200`);
  await live.waitForSelector("html[data-ready] #verdict");
  assert.deepEqual(await live.evaluate(() => window.atReady), { supportDue: true, form: 0 });
  await live.waitForSelector("html:not([data-support-due]) .calc-form");
  assert.equal(await live.isVisible("#f-storage_gb"), true, "the form follows");
  assert.equal(await live.isVisible(".pending-note"), false);
  assert.equal(await live.inputValue("#f-storage_gb"), "800");
  assert.deepEqual(live.problems, []);
  await live.close();
});

test("the wasm takes the page over without rebuilding it, and keeps what was typed before it arrived", async () => {
  const page = await openPage(browser);
  const release = await holdWasm(page);
  page.goto(`${SITE}/tools/aurora-io/`).catch(() => {});
  await page.waitForSelector("#f-storage_gb");
  // Before the wasm: a reader types a number and a name, and marks an element of the answer.
  await page.fill("#f-storage_gb", "800");
  await page.click("#share-more > summary");
  await page.fill("#f-title", "Typed early");
  await page.evaluate(() => { document.querySelector("#verdict .decision").costMark = 1; });
  release();
  await page.waitForSelector("html[data-ready]");
  assert.equal(await page.inputValue("#f-storage_gb"), "800", "the typed number is kept");
  assert.equal(await page.textContent("#scenario-title"), "Typed early");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("storage_gb") === "800");
  assert.equal(await page.evaluate(() => document.querySelector("#verdict .decision").costMark), 1,
    "the verdict element is the pre-rendered one, not a rebuilt copy");
  // A keystroke changes the text of the figures in place.
  await page.evaluate(() => { document.querySelector(".card-value").costMark = 2; });
  const before = await page.textContent(".card-value");
  await page.fill("#f-storage_gb", "9000");
  await page.waitForFunction((b) => document.querySelector(".card-value").textContent !== b, before);
  assert.equal(await page.evaluate(() => document.querySelector(".card-value").costMark), 2);
  assert.deepEqual(page.problems, []);
  await page.close();
});
