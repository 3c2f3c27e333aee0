// The site shell: tools index, calculator pages by direct URL, not-found page, no console
// errors; screenshots of each page at laptop and phone widths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, shot, SITE, SHOTS, registeredCalculators } from "./lib.mjs";

let browser;
const calculators = registeredCalculators();
before(async () => { browser = await launch(); console.log(`# screenshots: ${SHOTS}`); });
after(async () => { await browser?.close(); });

test("the tools index lists every registered calculator", async () => {
  const page = await openPage(browser);
  const res = await page.goto(`${SITE}/tools/`);
  assert.equal(res.status(), 200);
  await page.waitForSelector("#tool-list li");
  const links = await page.$$eval("#tool-list a", (as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
  for (const c of calculators) {
    assert.ok(links.some(([href, text]) => href === `/tools/${c.slug}/` && text === c.title), `${c.slug} listed`);
  }
  assert.match(await page.title(), /Cost calculators/);
  await shot(page, "tools-index");
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const c of calculators) {
  test(`/tools/${c.slug} loads directly by URL with its own title`, async () => {
    for (const [width, label] of [[1280, "laptop"], [390, "phone"]]) {
      const page = await openPage(browser, { width });
      const res = await page.goto(`${SITE}/tools/${c.slug}`);
      assert.equal(res.status(), 200);
      await page.waitForSelector("html[data-ready] #verdict");
      assert.equal(await page.textContent("h1"), c.title);
      assert.ok((await page.title()).startsWith(c.title));
      const description = await page.getAttribute('meta[name="description"]', "content");
      assert.ok(description && description.length > 40, "a real meta description");
      // every input has a label tied to it
      const unlabeled = await page.$$eval("form.inputs input, form.inputs select", (els) =>
        els.filter((e) => !document.querySelector(`label[for="${e.id}"]`)).map((e) => e.id));
      assert.deepEqual(unlabeled, []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (${overflow}px too wide)`);
      await shot(page, `${c.slug}-${label}`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
}

test("unknown routes show a not-found page with a way back", async () => {
  const page = await openPage(browser);
  const res = await page.goto(`${SITE}/no/such/page`);
  assert.equal(res.status(), 404);
  await page.waitForSelector("h1");
  assert.equal(await page.textContent("h1"), "Page not found");
  assert.equal(await page.getAttribute("main a", "href"), "/tools/");
  const unknownTool = await openPage(browser);
  assert.equal((await unknownTool.goto(`${SITE}/tools/not-a-calculator`)).status(), 404);
  await unknownTool.waitForSelector("h1");
  assert.equal(await unknownTool.textContent("h1"), "Page not found");
  await shot(page, "not-found");
  // the only console error allowed is the browser reporting the 404 itself
  assert.deepEqual(page.problems.filter((p) => !p.includes("404")), []);
  await page.close();
  await unknownTool.close();
});

// Every link goes somewhere real: a page of the site, an anchor, or an https URL, and links
// to other sites open in a new tab, so an embed's frame is never replaced by another page.
for (const c of calculators) {
  for (const path of [`/tools/${c.slug}`, `/embed/${c.slug}/`]) {
    test(`${path}: links point at URLs and external ones open in a new tab`, async () => {
      const page = await openPage(browser);
      await page.goto(`${SITE}${path}`);
      await page.waitForSelector("html[data-ready] #verdict");
      const links = await page.$$eval("a[href]", (as) => as.map((a) => ({
        href: a.getAttribute("href"), target: a.getAttribute("target"), text: a.textContent.trim(),
      })));
      assert.ok(links.length > 0);
      for (const l of links) {
        const internal = l.href.startsWith("/") || l.href.startsWith("#");
        assert.ok(internal || l.href.startsWith("https://"), `"${l.text}" links to "${l.href}"`);
        if (!internal) assert.equal(l.target, "_blank", `"${l.text}" (${l.href}) opens in a new tab`);
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}
