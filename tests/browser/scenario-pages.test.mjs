// Scenario pages (/tools/<slug>/<key>/ for each preset and site/scenarios.toml entry): they
// open on their scenario with no script, keep their own address while unchanged, are found by
// oEmbed discovery as WordPress does it, and the Embed panel writes what each platform needs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, openPage, shot, SITE, BLOG, SHOTS, cardValues, accessibilityViolations } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PRESET = "/tools/aurora-io/oltp-read-heavy/";

test("an example opens its own page, pre-rendered at the scenario, with no pending state", async () => {
  // What a reader without the script (and a link-card bot) gets: the preset's figures.
  const bare = await browser.newContext({ javaScriptEnabled: false });
  const still = await bare.newPage();
  await still.goto(`${SITE}${PRESET}`);
  const staticCards = await still.$$eval(".card", (cards) => Object.fromEntries(cards.map((c) =>
    [c.dataset.key, c.querySelector(".card-value").textContent.trim()])));
  assert.equal((await still.textContent("#scenario-title")).trim(), "Read-heavy OLTP cluster");
  assert.equal(await still.getAttribute("link[rel=canonical]", "href"), PRESET);
  await bare.close();

  const page = await openPage(browser);
  await page.goto(`${SITE}/tools/aurora-io/`);
  await page.waitForSelector("html[data-ready] #verdict");
  const defaults = await cardValues(page);
  await Promise.all([page.waitForURL(`${SITE}${PRESET}`), page.click("nav.presets a >> text=Read-heavy OLTP cluster")]);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-pending")), false);
  const cards = await cardValues(page);
  assert.deepEqual(cards, staticCards, "the client computes what the page was rendered with");
  assert.notDeepEqual(cards, defaults);
  await page.waitForTimeout(400);
  assert.equal(page.url(), `${SITE}${PRESET}`, "the address stays the page's own");
  assert.match(await page.title(), /^Read-heavy OLTP cluster — /);
  await page.click("#share-more summary");
  assert.equal(await page.inputValue("#share-link"), `${SITE}${PRESET}`);

  // Once edited, the address is the calculator's page with the scenario's link.
  await page.fill("#f-io_m", "6000");
  await page.waitForFunction(() => location.pathname === "/tools/aurora-io/" && location.search.includes("io_m=6000"));
  assert.match(page.url(), /title=Read-heavy%20OLTP%20cluster/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a scenario page's address with a query opens that link's scenario", async () => {
  const page = await openPage(browser);
  await page.goto(`${SITE}${PRESET}?io_m=10`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await page.inputValue("#f-io_m"), "10");
  // The link restores every input: the preset's 300 GB gives way to the default 500 GB.
  assert.equal(await page.inputValue("#f-storage_gb"), "500");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("WordPress's discovery: the page names its oEmbed document, whose iframe shows the scenario", async () => {
  // A consumer reads the HTML as served, without running it.
  const response = await fetch(`${SITE}${PRESET}`);
  const html = await response.text();
  const href = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1];
  assert.ok(href, "discovery link");
  const oembedUrl = new URL(href, `${SITE}${PRESET}`);
  assert.equal(oembedUrl.pathname, "/oembed/aurora-io/oltp-read-heavy.json");
  const doc = await (await fetch(oembedUrl)).json();
  assert.equal(doc.version, "1.0");
  assert.equal(doc.type, "rich");
  assert.ok(doc.width > 0 && doc.height >= 200 && doc.height <= 1000, `${doc.width}×${doc.height}`);
  assert.match(doc.title, /Read-heavy OLTP cluster/);
  const src = doc.html.match(/<iframe src="([^"]+)"/)?.[1];
  assert.ok(src, doc.html);
  assert.equal(new URL(src, SITE).pathname, "/embed/aurora-io/oltp-read-heavy/");

  // The iframe as WordPress puts it in a post: sandboxed, with the secret in its address.
  const page = await openPage(browser, { width: 900 });
  await page.goto(`${BLOG}/plain.html?site=${encodeURIComponent(SITE)}`);
  await page.setContent(`<!doctype html><title>Post</title><p>Our numbers:</p>
    <iframe id="wp" sandbox="allow-scripts" src="${new URL(src, SITE)}#?secret=abc123XYZ0" width="${doc.width}" height="${doc.height}" style="border:0"></iframe>`);
  const frame = await (await page.waitForSelector("#wp")).contentFrame();
  await frame.waitForSelector("html[data-ready] #verdict");
  assert.equal(await frame.inputValue("#f-io_m"), "5000");
  const embedCards = await cardValues(frame);
  const tools = await openPage(browser);
  await tools.goto(`${SITE}${PRESET}`);
  assert.deepEqual(embedCards, await cardValues(tools), "the embed shows the scenario's figures");
  await shot(page, "oembed-wordpress-scenario", { fullPage: false });
  assert.deepEqual(page.problems, []);
  await page.close();
  await tools.close();
});

test("every calculator page and scenario page has an oEmbed document and a preview image of its own", async () => {
  const index = await (await fetch(`${SITE}/tools/`)).text();
  const slugs = [...index.matchAll(/href="\/tools\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
  assert.ok(slugs.length >= 9, slugs.join());
  for (const slug of slugs) {
    const page = await (await fetch(`${SITE}/tools/${slug}/`)).text();
    const presets = [...page.matchAll(new RegExp(`href="/tools/${slug}/([a-z0-9_-]+)/"`, "g"))].map((m) => m[1]);
    for (const path of [`/tools/${slug}/`, ...presets.map((p) => `/tools/${slug}/${p}/`)]) {
      const html = await (await fetch(`${SITE}${path}`)).text();
      const href = html.match(/type="application\/json\+oembed" href="([^"]+)"/)?.[1];
      assert.ok(href, `${path}: discovery link`);
      const response = await fetch(new URL(href, `${SITE}${path}`));
      assert.equal(response.status, 200, `${path}: ${href}`);
      const doc = await response.json();
      assert.equal(doc.type, "rich", path);
      // The page's own preview image: a link card shows this scenario's answer.
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      assert.equal(new URL(image, SITE).pathname, path === `/tools/${slug}/` ? `/og/${slug}.png` : `/og/${path.slice(7, -1)}.png`);
      assert.equal(new URL(doc.thumbnail_url, SITE).pathname, new URL(image, SITE).pathname, path);
      const png = await fetch(new URL(image, `${SITE}${path}`));
      assert.equal(png.headers.get("content-type"), "image/png", image);
      // Its embed page names the same document: either address pasted into WordPress works.
      const embedHtml = await (await fetch(`${SITE}${path.replace("/tools/", "/embed/")}`)).text();
      assert.equal(embedHtml.match(/type="application\/json\+oembed" href="([^"]+)"/)?.[1], href, path);
    }
  }
});

test("the Embed panel writes the snippets, the options and the WordPress address for this scenario", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}${PRESET}`);
  await page.waitForSelector("html[data-ready] #verdict");
  // From the share row: the Name panel's "Embed this scenario" opens the panel and goes there.
  await page.click("#share-more summary");
  await page.click("#open-embed");
  assert.equal(await page.evaluate(() => document.querySelector("#embed-panel").open), true);
  assert.equal(await page.evaluate(() => document.activeElement.closest("#embed-panel") !== null), true);
  assert.equal(await page.evaluate(() => document.querySelector("#share-more").open), false);
  // The panel's code loads as it opens. The preset has a page of its own: that is what
  // WordPress embeds.
  await page.waitForFunction(() => document.querySelector("#embed-wordpress").value !== "");
  assert.equal(await page.inputValue("#embed-wordpress"), `${SITE}${PRESET}`);
  assert.equal((await page.textContent("#embed-wordpress-note")).trim(), "");
  await page.check("#embed-theme-dark");
  await page.check("#embed-hide-inputs");
  await page.check("#embed-transparent");
  await page.waitForFunction(() => document.querySelector("#embed-script").value.includes("data-theme"));
  const script = await page.inputValue("#embed-script");
  assert.match(script, /data-theme="dark" data-inputs="0" data-background="transparent" style="min-height:max\(\d+px, min\(\d+px, calc\(\d+px - [\d.]+vw\)\)\)"/);
  const iframe = await page.inputValue("#embed-iframe");
  assert.match(iframe, /&amp;theme=dark&amp;inputs=0&amp;bg=transparent"/);
  await page.waitForFunction(() => document.querySelector("#embed-preview")?.src.includes("bg=transparent"));
  const preview = await (await page.waitForSelector("#embed-preview")).contentFrame();
  await preview.waitForSelector("html[data-ready] #verdict");
  assert.equal(await preview.getAttribute("html", "data-theme"), "dark");
  assert.deepEqual(await accessibilityViolations(page), [], "axe, with the panel open");
  await page.click("#copy-embed-wordpress");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${SITE}${PRESET}`);

  // A scenario of the reader's own has no page: WordPress would show the defaults, so the
  // panel says so and writes the entry that gives it one.
  await page.fill("#f-io_m", "6100");
  await page.click("#share-more summary");
  await page.fill("#f-title", "Orders cluster");
  await page.click("#share-more summary");
  await page.waitForFunction(() => document.querySelector("#embed-wordpress-note").textContent.includes("no page of its own"));
  const entry = await page.textContent("#embed-wordpress-note pre");
  assert.match(entry, /calculator = "aurora-io"\nkey = "orders-cluster"\nname = "Orders cluster"\nlink = "[^"]*io_m=6100[^"]*"/);
  await (await page.$("#embed-panel")).screenshot({ path: path.join(SHOTS, "embed-panel-options.png") });
  assert.deepEqual(page.problems, []);
  await context.close();
});
