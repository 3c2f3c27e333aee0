// Link cards: what Slack, LinkedIn, Substack or Medium show when a calculator's address is
// pasted. Their bots fetch the HTML without running scripts, read the Open Graph and Twitter
// tags, then fetch the image; this test does the same, then shows the cards at the size a chat
// draws them (about 360 px wide) for a person to read.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { SITE, SHOTS, launch, openPage, registeredCalculators } from "./lib.mjs";

const calculators = registeredCalculators();
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const entities = { amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", "#x27": "'" };
const unescape = (text) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => entities[e]);

/// The `<meta>` tags of a document's head by their `property` or `name`, as a bot reads them.
function previewTags(html) {
  const head = html.slice(0, html.indexOf("</head>"));
  const tags = {};
  for (const [, key, name, content] of head.matchAll(/<meta (property|name)="([^"]+)" content="([^"]*)">/g)) {
    assert.equal(key === "property" ? name.startsWith("og:") : !name.startsWith("og:"), true, name);
    tags[name] = unescape(content);
  }
  return tags;
}

/// Width and height from a PNG's header (the IHDR chunk follows the signature).
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, "a PNG signature");
  assert.equal(Buffer.from(bytes.subarray(12, 16)).toString("latin1"), "IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

const cards = [];

test("every calculator page tells a link-card bot its title, description and a 1200×630 PNG of the answer", async () => {
  for (const c of calculators) {
    const address = `${SITE}/tools/${c.slug}/`;
    const html = await (await fetch(address, { headers: { "user-agent": "Slackbot-LinkExpanding 1.0" } })).text();
    const tags = previewTags(html);
    assert.ok(tags["og:title"]?.startsWith(c.title), `${c.slug}: og:title ${tags["og:title"]}`);
    assert.ok(tags["og:description"]?.length > 40, `${c.slug}: og:description`);
    assert.equal(tags["twitter:card"], "summary_large_image", c.slug);
    assert.equal(tags["og:image:width"], "1200", c.slug);
    assert.equal(tags["og:image:height"], "630", c.slug);
    assert.equal(tags["og:image:type"], "image/png", c.slug);
    assert.equal(tags["twitter:image"], tags["og:image"], c.slug);
    // Site-relative unless the build knew its origin (SITE_ORIGIN): resolved as a bot would.
    assert.match(tags["og:image"], new RegExp(`^(https?://[^/]+)?/og/${c.slug}\\.png$`), c.slug);
    const image = new URL(tags["og:image"], address).href;

    // The alt text says the answer the page shows before any script: its decision.
    const decision = unescape(html.match(/<p [^>]*class="decision"[^>]*>([^<]+)<\/p>/)[1]);
    assert.ok(tags["og:image:alt"].includes(decision), `${c.slug}: alt ${tags["og:image:alt"]} vs ${decision}`);
    assert.equal(tags["twitter:image:alt"], tags["og:image:alt"], c.slug);

    const response = await fetch(image);
    assert.equal(response.status, 200, `${c.slug}: ${image}`);
    assert.equal(response.headers.get("content-type"), "image/png", c.slug);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual(pngSize(bytes), [1200, 630], c.slug);
    assert.ok(bytes.length < 60_000, `${c.slug}: ${bytes.length} bytes`);

    // Its embed is the same answer: the same image.
    const embed = previewTags(await (await fetch(`${SITE}/embed/${c.slug}/`)).text());
    assert.equal(embed["og:image"], tags["og:image"], `${c.slug} embed`);
    cards.push({ slug: c.slug, title: tags["og:title"], description: tags["og:description"], image, alt: tags["og:image:alt"], size: bytes.length });
  }
});

test("the cards read at the size a chat shows them", async () => {
  assert.equal(cards.length, calculators.length, "the first test read every page");
  const page = await openPage(browser, { width: 1200, height: 900 });
  // A Slack-like unfurl: the site's name, the title as a link, the description, the image 360 px wide.
  const unfurl = (c) => `<figure><p class="site">Cost calculators</p><a href="#">${c.title}</a>
    <p class="desc">${c.description}</p><img src="${c.image}" alt="${c.alt.replace(/"/g, "&quot;")}" width="360"></figure>`;
  await page.setContent(`<!doctype html><html><head><style>
    body { font: 15px/1.4 sans-serif; margin: 16px; display: grid; grid-template-columns: repeat(3, 380px); gap: 20px; }
    figure { margin: 0; border-left: 4px solid #ddd; padding-left: 12px; }
    .site { margin: 0; color: #555; font-weight: bold; font-size: 13px; } a { color: #1264a3; font-weight: bold; }
    .desc { margin: 2px 0 8px; font-size: 13px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
    img { display: block; border-radius: 8px; height: auto; }
  </style></head><body>${cards.map(unfurl).join("")}</body></html>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  const sizes = await page.$$eval("img", (imgs) => imgs.map((i) => [i.naturalWidth, i.naturalHeight]));
  assert.deepEqual(sizes, cards.map(() => [1200, 630]), "every image decodes at 1200×630");
  await page.screenshot({ path: path.join(SHOTS, "preview-cards-360.png"), fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});
