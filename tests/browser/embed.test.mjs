// Embeds on a second origin: a blog post with two calculators sized by the loader, a plain
// iframe, the Embed panel on a tools page, and a hostile message the loader must ignore.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, BLOG } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function embedFrames(page) {
  await page.waitForFunction(() => document.querySelectorAll("iframe").length === 2);
  const handles = await page.$$("iframe");
  const frames = [];
  for (const h of handles) {
    await h.scrollIntoViewIfNeeded();
    const f = await h.contentFrame();
    await f.waitForSelector("html[data-ready] #verdict");
    frames.push({ handle: h, frame: f });
  }
  return frames;
}

async function settledHeight(handle) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await handle.evaluate((el) => el.getBoundingClientRect().height);
    if (h === last) return h;
    last = h;
    await new Promise((r) => setTimeout(r, 150));
  }
  return last;
}

for (const width of [1280, 360]) {
  test(`a blog post on another origin embeds two calculators at ${width}px`, async () => {
    const page = await openPage(browser, { width, height: 900 });
    await page.goto(`${BLOG}/post.html?site=${encodeURIComponent(SITE)}`);
    const [aurora, ahb] = await embedFrames(page);
    assert.notEqual(new URL(page.url()).origin, new URL(aurora.frame.url()).origin, "cross-origin");
    assert.equal(await aurora.frame.inputValue("#f-storage_gb"), "800");
    assert.equal(await ahb.frame.inputValue("#f-vcores"), "32");

    for (const { handle, frame } of [aurora, ahb]) {
      const height = await settledHeight(handle);
      const inner = await frame.evaluate(() => ({
        content: Math.ceil(document.body.getBoundingClientRect().height),
        scroll: document.documentElement.scrollHeight, view: window.innerHeight,
        wide: document.documentElement.scrollWidth, viewW: window.innerWidth,
      }));
      assert.ok(Math.abs(height - inner.content) <= 2, `frame ${height} vs content ${inner.content}`);
      assert.ok(inner.scroll <= inner.view + 1, "no inner vertical scrollbar");
      assert.ok(inner.wide <= inner.viewW + 1, `no horizontal overflow at ${width}px (${inner.wide} > ${inner.viewW})`);
    }

    // Changing one calculator neither changes the other nor leaks into the page.
    const ahbBefore = await ahb.frame.textContent("#verdict");
    const auroraBefore = await aurora.frame.textContent("#verdict");
    // The answer comes first; the inputs open on demand.
    assert.equal(await aurora.frame.isVisible("#f-io_m"), false, "inputs collapsed");
    await aurora.frame.click("details.embed-inputs summary");
    await aurora.frame.fill("#f-io_m", "4000");
    await aurora.frame.waitForFunction((v) => document.querySelector("#verdict").textContent !== v, auroraBefore);
    // Where the answer flips follows once typing pauses, and changes the frame's height.
    await aurora.frame.waitForFunction(() => !document.querySelector("#holds-box").hasAttribute("data-stale"));
    assert.equal(await ahb.frame.textContent("#verdict"), ahbBefore);
    const full = await aurora.frame.getAttribute(".open-full", "href");
    assert.equal(full, "/tools/aurora-io/?storage_gb=800&io_m=4000", "the canonical path: no redirect");
    assert.equal(await aurora.frame.getAttribute(".open-full", "target"), "_blank");

    // Heights follow content changes: open "Show the math" and the frame grows.
    const closed = await settledHeight(aurora.handle);
    await aurora.frame.click("details.embed-details > summary");
    await aurora.frame.click("details.math summary");
    await aurora.frame.waitForFunction(() => document.querySelector("details.math").open);
    const opened = await settledHeight(aurora.handle);
    assert.ok(opened > closed + 50, `frame grew (${closed} -> ${opened})`);

    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `embed-blog-${width}-top`, { fullPage: false });
    await ahb.handle.evaluate((el) => el.scrollIntoView());
    await shot(page, `embed-blog-${width}-second`, { fullPage: false });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test("the loader ignores messages that are not from its own frames", async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(`${BLOG}/post.html?site=${encodeURIComponent(SITE)}`);
  const [aurora] = await embedFrames(page);
  const before = await settledHeight(aurora.handle);
  await page.evaluate(() => {
    window.postMessage({ type: "cost-calculator:height", height: 5 }, "*");
    window.postMessage({ type: "cost-calculator:height", height: 99999, slug: "aurora-io", frame: "cc1" }, "*");
    window.postMessage("<img src=x onerror=alert(1)>", "*");
  });
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await aurora.handle.evaluate((el) => el.getBoundingClientRect().height), before);
  assert.equal(await page.$("img"), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a plain iframe without the loader works, with the dark theme", async () => {
  const page = await openPage(browser, { width: 800 });
  await page.goto(`${BLOG}/plain.html?site=${encodeURIComponent(SITE)}`);
  const handle = await page.waitForSelector("#plain");
  const frame = await handle.contentFrame();
  await frame.waitForSelector("html[data-ready] #verdict");
  assert.equal(await frame.getAttribute("html", "data-theme"), "dark");
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  assert.ok(scrolls, "fixed height: the calculator scrolls inside the frame");
  await shot(page, "embed-plain-dark");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("inputs=0 shows only the results of a fixed scenario, with no links to boxes it lacks", async () => {
  const page = await openPage(browser, { width: 600 });
  // A scenario with a warning about its inputs (Aurora: I/O well past the break-even).
  await page.goto(`${SITE}/embed/aurora-io?storage_gb=800&io_m=20000&inputs=0`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await page.$("form.inputs"), null);
  assert.equal(await page.$(".site-header"), null, "no site chrome");
  assert.equal(await page.getAttribute(".open-full", "href"), "/tools/aurora-io/?storage_gb=800&io_m=20000");
  assert.equal(await page.locator("main").count(), 1, "a main landmark");
  // Where the answer flips is written again without links once worked out.
  await page.waitForFunction(() => !document.querySelector("#holds-box").hasAttribute("data-stale"));
  assert.ok(await page.locator("#holds-box li").count() > 0, "the flips are listed");
  assert.ok(await page.locator(".related").count() > 0, "the warnings name their inputs");
  const links = await page.$$eval("#app a", (as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(links.filter((h) => h.startsWith("#f-") || h.startsWith("/tools/aurora-io/?")).length, 1,
    `only "Open in the full calculator" leads to the inputs: ${links.join(" ")}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("an embed's inputs are the calculator's: the scenario's name and note are the PDF's", async () => {
  const page = await openPage(browser, { width: 600 });
  await page.goto(`${SITE}/embed/ahb/?vcores=24&title=Ours&note=For+the+CFO`);
  await page.waitForSelector("html[data-ready] #verdict");
  assert.equal(await page.$("#f-title"), null);
  assert.equal(await page.$("#f-note"), null);
  assert.ok(await page.$("#f-vcores"));
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const width of [1280, 390]) {
test(`the loader reserves each embed's height: the post does not shift (CLS under 0.1) at ${width}px`, async () => {
  const page = await openPage(browser, { width, height: 900 });
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.layoutShift += e.value;
        (window.shifts ??= []).push(`${e.value.toFixed(4)} at ${e.startTime.toFixed(0)} ms: ` + e.sources.map((s) =>
          `${s.node?.nodeName ?? "?"} ${s.previousRect.y}+${s.previousRect.height} -> ${s.currentRect.y}+${s.currentRect.height}`).join(", "));
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${BLOG}/post.html?site=${encodeURIComponent(SITE)}`);
  await page.waitForFunction(() => document.querySelectorAll("iframe").length === 2);
  const [first, second] = await page.$$("iframe");
  await (await first.contentFrame()).waitForSelector("html[data-ready] #verdict");
  await settledHeight(first);
  // A reader scrolls down to the second calculator, which loads as it nears the screen.
  for (let y = 0; y < 4000; y += 300) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(60);
  }
  await (await second.contentFrame()).waitForSelector("html[data-ready] #verdict");
  await settledHeight(second);
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.layoutShift);
  const heights = await page.$$eval("iframe", (fs) => fs.map((f) => f.getBoundingClientRect().height));
  console.log(`layout shift on the blog post at ${width}px: ${cls.toFixed(4)}; frames ${heights.join(", ")} px`,
    await page.evaluate(() => window.shifts ?? []));
  assert.ok(cls < 0.1, `CLS ${cls}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
}

test("data-background=transparent: the post's background shows through the frame", async () => {
  const page = await openPage(browser, { width: 800 });
  await page.goto(`${BLOG}/plain.html?site=${encodeURIComponent(SITE)}`);
  await page.evaluate((site) => {
    document.body.style.background = "#111827";
    const div = document.createElement("div");
    div.setAttribute("data-cost-calculator", "ahb");
    div.setAttribute("data-theme", "dark");
    div.setAttribute("data-background", "transparent");
    div.setAttribute("data-height", "777");
    document.body.prepend(div);
    // The frame's height as the loader creates it, before any message can change it.
    new MutationObserver(() => { window.startHeight ??= div.querySelector("iframe")?.style.height; })
      .observe(div, { childList: true });
    const s = document.createElement("script");
    s.src = `${site}/embed.js`;
    document.body.appendChild(s);
  }, SITE);
  const handle = await page.waitForSelector("div[data-cost-calculator] iframe");
  assert.equal(await page.evaluate(() => window.startHeight), "777px", "data-height is the starting height");
  assert.equal(await handle.getAttribute("allowtransparency"), "true");
  const frame = await handle.contentFrame();
  await frame.waitForSelector("html[data-ready] #verdict");
  assert.match(frame.url(), /[?&]bg=transparent/);
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), "rgba(0, 0, 0, 0)");
  assert.equal(await handle.evaluate((el) => getComputedStyle(el).colorScheme), "normal");
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).colorScheme), "dark");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the Embed panel shows both snippets for the current scenario and a live preview", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  const page = await openPage(browser, { context });
  await page.goto(`${SITE}/tools/aurora-io?storage_gb=900`);
  await page.waitForSelector("html[data-ready] #verdict");
  await page.click("#embed-panel summary");
  // The panel's code loads as it opens.
  await page.waitForFunction(() => document.querySelector("#embed-script").value !== "");
  const script = await page.inputValue("#embed-script");
  assert.equal(script, `<div data-cost-calculator="aurora-io" data-scenario="storage_gb=900" style="min-height:max(1115px, min(1858px, calc(2552px - 216.88vw)))"></div>\n<script src="${SITE}/embed.js" async></script>`);
  await page.fill("#f-io_m", "1500");
  await page.waitForFunction(() => document.querySelector("#embed-iframe").value.includes("io_m=1500"));
  assert.match(await page.inputValue("#embed-iframe"), /src="[^"]+\/embed\/aurora-io\/\?storage_gb=900&amp;io_m=1500"/);
  await page.click("#copy-embed-script");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('data-scenario="storage_gb=900&amp;io_m=1500"'), copied);
  // The preview follows the inputs once typing pauses (each new address reloads it).
  await page.waitForFunction(() => document.querySelector("#embed-preview")?.src.includes("storage_gb=900&io_m=1500"));
  const preview = await (await page.waitForSelector("#embed-preview")).contentFrame();
  await preview.waitForSelector("html[data-ready] #verdict");
  // Six quick edits give it one new address (one reload), not six.
  await page.evaluate(() => {
    window.previewLoads = 0;
    new MutationObserver((changes) => { window.previewLoads += changes.length; })
      .observe(document.querySelector("#embed-preview"), { attributeFilter: ["src"] });
  });
  // In one task, so a slow machine cannot pause longer than the debounce between two edits.
  await page.evaluate(() => {
    const box = document.querySelector("#f-io_m");
    for (const value of ["150", "15", "1", "16", "160", "1600"]) {
      box.value = value;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });
  await page.waitForFunction(() => document.querySelector("#embed-preview").src.includes("io_m=1600"));
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.previewLoads), 1);
  await shot(page, "embed-panel");
  assert.deepEqual(page.problems, []);
  await context.close();
});
