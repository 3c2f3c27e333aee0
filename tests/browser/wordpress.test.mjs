// An embed the way WordPress shows an oEmbed provider's iframe (tests/browser/blog/wordpress.html):
// sandbox="allow-scripts" on another origin, so the embed runs in an opaque origin (no
// storage, no popups, its modules and wasm fetched with CORS), with "#?secret=" in its
// address; the host sets the frame's height only from a message carrying that secret,
// clamped to 200–1000 px. Also: the chart library waits for the reader, and a dark post
// shows through a transparent embed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, BLOG } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PLOTLY = /\/vendor\/plotly/;

async function wordpressPost(page, extra = "") {
  const plotly = [];
  page.on("request", (r) => { if (PLOTLY.test(r.url())) plotly.push(r.url()); });
  await page.goto(`${BLOG}/wordpress.html?site=${encodeURIComponent(SITE)}${extra}`);
  const handle = await page.waitForSelector("#wp");
  const frame = await handle.contentFrame();
  await frame.waitForSelector("html[data-ready] #verdict");
  // The host shows the frame and sizes it once the embed's first message has arrived.
  await page.waitForFunction(() => window.wpHeights.length > 0 && !document.querySelector("#wp").hasAttribute("style"));
  return { handle, frame, plotly };
}

async function settled(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await page.evaluate(() => document.querySelector("#wp").height);
    if (h === last) return Number(h);
    last = h;
    await new Promise((r) => setTimeout(r, 150));
  }
  return Number(last);
}

test("in WordPress's sandboxed frame the embed runs and sets its height with the secret", async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  const { handle, frame, plotly } = await wordpressPost(page, "&width=720");
  const inside = await frame.evaluate(() => ({
    origin: window.origin,
    // The embed's whole height (past 1000 px its body scrolls, and reports 1000).
    content: Math.ceil(document.body.scrollHeight),
    main: document.querySelectorAll("main").length,
  }));
  assert.equal(inside.origin, "null", "an opaque origin: the sandbox has no allow-same-origin");
  assert.equal(inside.main, 1, "one main landmark");
  // The wasm ran there: the link's scenario is applied.
  assert.equal(await frame.inputValue("#f-storage_gb"), "800");
  const height = await settled(page);
  console.log(`WordPress frame height ${height} px, the embed's content ${inside.content} px`);
  assert.ok(height >= 200 && height <= 1000, `height ${height} within WordPress's 200–1000`);
  assert.equal(height, Math.min(1000, Math.max(200, inside.content)), `height ${height} from the message (content ${inside.content})`);
  assert.equal(Math.round((await handle.boundingBox()).height), height);

  // A message with another secret, or from elsewhere, does not move it.
  await page.evaluate(() => window.postMessage({ message: "height", value: 300, secret: "zzzzzzzzzz" }, "*"));
  await page.evaluate(() => window.postMessage({ message: "height", value: 300, secret: "abc123XYZ0" }, "*"));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(Number(await page.evaluate(() => document.querySelector("#wp").height)), height);

  // Opening the inputs and the details grows the frame through the same message, up to
  // WordPress's 1000 px; past that the embed scrolls inside (WordPress's frame has
  // scrolling="no").
  await frame.click("details.embed-inputs summary");
  await frame.click("details.embed-details > summary");
  await page.waitForFunction(() => Number(document.querySelector("#wp").height) === 1000);
  const inner = await frame.evaluate(() => {
    document.body.scrollTop = document.body.scrollHeight;
    return { scrolled: document.body.scrollTop, height: document.body.clientHeight };
  });
  assert.ok(inner.scrolled > 0 && inner.height <= 1000, `the embed scrolls inside (${JSON.stringify(inner)})`);
  await frame.evaluate(() => { document.body.scrollTop = 0; });
  await frame.click("details.embed-details > summary");
  await frame.click("details.embed-inputs summary");
  await page.waitForFunction((h) => Number(document.querySelector("#wp").height) === h, height);

  // No popups in the sandbox: "Open in the full calculator" asks WordPress to open it.
  await frame.click("#open-full");
  await page.waitForFunction(() => window.wpLinks.length === 1);
  assert.equal(await page.evaluate(() => window.wpLinks[0]), `${SITE}/tools/aurora-io/?storage_gb=800`);

  // The chart library has not been asked for: it loads when the reader opens the chart.
  assert.deepEqual(plotly, [], "plotly.js not requested before the chart is opened");
  await frame.click("details.embed-charts summary");
  await frame.evaluate(() => document.querySelector("#charts-box figure").scrollIntoView({ block: "center" }));
  await frame.waitForSelector("#charts-box .chart-area[data-drawn]");
  assert.equal(plotly.length, 1);
  await shot(page, "wordpress-sandbox-chart", { fullPage: false });
  await frame.click("details.embed-charts summary");
  await frame.evaluate(() => { document.body.scrollTop = 0; });
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "wordpress-sandbox-light");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a dark post shows through a dark, transparent embed in the sandbox", async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  const { frame } = await wordpressPost(page, "&theme=dark&bg=transparent");
  assert.equal(await frame.getAttribute("html", "data-theme"), "dark");
  const backgrounds = await frame.evaluate(() => [document.documentElement, document.body]
    .map((el) => getComputedStyle(el).backgroundColor));
  assert.deepEqual(backgrounds, ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]);
  const height = await settled(page);
  assert.ok(height >= 200 && height <= 1000);
  await shot(page, "wordpress-sandbox-dark");
  assert.deepEqual(page.problems, []);
  await page.close();
});
