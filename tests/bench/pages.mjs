// Per page: first-load bytes (raw and gzip, by type), first contentful paint, time to the
// first figure and, on calculator pages, a keystroke's work (input, then frame), in headless chromium
// (median of RUNS cold loads: a new browser context each time, so nothing is cached).
// The FCP of each page is compared with a static copy of the same page: its served HTML
// with the stylesheet and without any script, served by the same kind of server
// (BASELINE_DIR / BASELINE_URL). Run by `cargo xtask bench`.
import { launch, registeredCalculators } from "../browser/lib.mjs";
import { gzipSync } from "node:zlib";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SITE = process.env.SITE_URL;
const BASELINE_DIR = process.env.BASELINE_DIR;
const BASELINE_URL = process.env.BASELINE_URL;
// One file's FCP ranged from 124 to 232 ms over 18 cold loads here: with a median of 10, the
// index (the same HTML as its static copy) measured from 9% ahead of its copy to 15% behind.
const RUNS = Number(process.env.RUNS ?? 20);
const calculators = registeredCalculators();
// PAGES=ahb,index: only those pages (by the names printed in the first column).
const only = process.env.PAGES?.split(",");
const pages = [
  { name: "index", path: "/tools/" },
  ...calculators.map((c) => ({ name: c.slug, path: `/tools/${c.slug}/`, calc: true })),
  ...calculators.map((c) => ({ name: `embed/${c.slug}`, path: `/embed/${c.slug}/`, calc: true })),
  { name: "aurora-io link", path: "/tools/aurora-io/?storage_gb=800&io_m=1200", calc: true },
].filter((p) => !only || only.includes(p.name));

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? "n/a" : n.toFixed(0));

// Records when the first headline figure is in a frame (a visible .card-value with text,
// and the page no longer marks its results pending).
const figureProbe = () => {
  const check = () => {
    const el = document.querySelector(".card-value");
    const pending = document.documentElement.hasAttribute("data-pending");
    if (el && el.textContent.trim() && el.offsetParent !== null && !pending) {
      window.__figure = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

// The app is interactive: the old client-rendered build has no data-ssr; a pre-rendered page
// sets data-ready once the wasm has taken over.
const interactive = () =>
  document.querySelector("#verdict") &&
  (!document.documentElement.hasAttribute("data-ssr") || document.documentElement.hasAttribute("data-ready"));

function typeOf(url, ctype) {
  if (url.endsWith(".wasm") || ctype.includes("wasm")) return "wasm";
  if (ctype.includes("javascript") || url.endsWith(".js")) return "js";
  if (ctype.includes("css")) return "css";
  if (ctype.includes("html")) return "html";
  return "other";
}

// The static copy gets the same probe: both are measured with the same instrumentation.
// `rtt`: milliseconds Chromium's network emulation adds to every request (0: loopback as is).
async function load(browser, url, rtt = 0) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (rtt) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
  }
  await page.addInitScript(figureProbe);
  const bodies = [];
  page.on("response", (r) => bodies.push((async () => {
    try {
      const b = await r.body();
      return { url: r.url(), type: typeOf(r.url(), r.headers()["content-type"] ?? ""), raw: b.length, gz: gzipSync(b, { level: 9 }).length };
    } catch { return null; }
  })()));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__figure || !document.querySelector("#verdict, .card"), null, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    figure: window.__figure ?? null,
  }));
  const files = (await Promise.all(bodies)).filter(Boolean);
  return { context, page, t, files };
}

// Typing, as the main thread's work per keystroke typed into the first number box, read
// from Chromium traces (so timers and other tasks that happen to run in between do not blur
// it, and the idle wait for the display's next refresh, the same for every page, is not
// counted):
// - input: the keystroke's key events (keydown to keyup), which hold the page's handler and
//   the layouts the editor forces: how long the keystroke keeps the next frame from starting;
// - frame: that next frame's own work (animation callbacks, hit testing, style, layout,
//   paint, hand-over to the compositor). Its events are only in the `blink` trace category,
//   whose overhead would blur `input`, so it is read from a second, separate round of typing.
// A page without an answer to update sets the floor: its static copy (`staticUrl`) is typed
// into the same way.
async function typing(browser, url, { categories, ready }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  if (ready) await page.waitForFunction(interactive, null, { timeout: 20000 });
  await page.evaluate(() => document.querySelectorAll("details.embed-inputs").forEach((d) => { d.open = true; }));
  // The first number box (not the scenario's name, which changes no figure).
  const box = await page.$("form.inputs input[inputmode=decimal]");
  if (!box) { await context.close(); return null; }
  await box.click();
  await page.waitForTimeout(300);
  const trace = path.join(tmpdir(), `cost-bench-trace-${process.pid}.json`);
  await browser.startTracing(page, { path: trace, categories });
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("End");
    for (const ch of "123") { await page.keyboard.type(ch); await page.waitForTimeout(60); }
    for (let k = 0; k < 3; k++) { await page.keyboard.press("Backspace"); await page.waitForTimeout(60); }
  }
  await browser.stopTracing();
  await context.close();
  const events = JSON.parse(readFileSync(trace, "utf8")).traceEvents;
  rmSync(trace, { force: true });
  const inputs = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "input");
  if (!inputs.length) return null;
  const { pid, tid } = inputs[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
  const keys = main.filter((e) => e.name === "EventDispatch" && ["keydown", "keypress", "keyup"].includes(e.args?.data?.type));
  const lifecycles = main.filter((e) => e.name === "WebFrameWidgetImpl::UpdateLifecycle");
  const begins = main.filter((e) => e.name === "WebFrameWidgetImpl::BeginMainFrame");
  const per = inputs.map((input) => {
    // The keystroke's key events: the keydown before this input, up to the keyup after it.
    const down = keys.filter((k) => k.args.data.type === "keydown" && k.ts <= input.ts).pop();
    const up = keys.find((k) => k.args.data.type === "keyup" && k.ts >= input.ts);
    const own = keys.filter((k) => k.ts >= down.ts && (!up || k.ts <= up.ts));
    const after = input.ts + input.dur;
    const lifecycle = lifecycles.find((f) => f.ts >= after);
    const begin = lifecycle ? begins.filter((b) => b.ts >= after && b.ts + b.dur <= lifecycle.ts) : [];
    return {
      input: own.reduce((a, k) => a + k.dur, 0) / 1000,
      frame: lifecycle ? (lifecycle.dur + begin.reduce((a, b) => a + b.dur, 0)) / 1000 : null,
    };
  });
  return { input: median(per.map((p) => p.input)), frame: median(per.map((p) => p.frame)) };
}

// A run of 18 keystrokes can be 2 ms slower than the next on this machine (a busy moment
// weighs on most of its keystrokes), so `input` is the median of TYPING_ROUNDS runs, each the
// median of its keystrokes, with the page and its static copy taking turns.
const TYPING_ROUNDS = Number(process.env.TYPING_ROUNDS ?? 5);
async function typingFigures(browser, url, staticUrl) {
  const light = ["devtools.timeline"], framed = ["devtools.timeline", "blink"];
  const inputs = [], floors = [];
  for (let i = 0; i < TYPING_ROUNDS; i++) {
    const page = await typing(browser, url, { categories: light, ready: true });
    if (!page) return null;
    inputs.push(page.input);
    if (staticUrl) floors.push((await typing(browser, staticUrl, { categories: light }))?.input);
  }
  const pageFrame = await typing(browser, url, { categories: framed, ready: true });
  const floorFrame = staticUrl ? await typing(browser, staticUrl, { categories: framed }) : null;
  if (process.env.BENCH_VERBOSE) console.error("typing runs", inputs.map((x) => x.toFixed(1)).join(" "), "static", floors.map((x) => x?.toFixed(1)).join(" "));
  return { input: median(inputs), frame: pageFrame?.frame, floorInput: median(floors), floorFrame: floorFrame?.frame };
}

const browser = await launch();
console.log(`median of ${RUNS} cold loads; sizes as the browser received them, gzip -9 computed here`);
console.log(["page".padEnd(22), "html", "css", "js", "wasm", "other", "total KB raw/gzip".padStart(18), "FCP", "static", "vs", "figure", "input (static)", "frame (static)"].join("  "));
for (const p of pages) {
  const runs = [];
  let files = [];
  const b = [];
  const copyName = `${p.name.replace(/\W/g, "_")}.html`;
  const staticCopy = BASELINE_URL ? `${BASELINE_URL}/${copyName}` : null;
  const loadStaticCopy = async () => {
    const s = await load(browser, staticCopy);
    b.push(s.t.fcp);
    await s.context.close();
  };
  // Round 0 is untimed: it writes the static copy. Then the page and its static copy load in
  // turns, so a busier moment of the machine weighs on both alike, and which goes first
  // alternates: of two loads of the same file, the first painted 13% later here.
  for (let i = 0; i <= RUNS; i++) {
    const timed = i > 0;
    if (BASELINE_URL && timed && i % 2 === 1) await loadStaticCopy();
    const r = await load(browser, SITE + p.path);
    if (timed) runs.push(r.t);
    if (i === 0) {
      files = r.files;
      if (BASELINE_DIR) {
        // A static copy of the page: its HTML as served, without scripts. (Not the DOM once
        // the page has run: an embed's drawn charts made that 60% heavier than the page.)
        const html = await r.page.evaluate(async () => {
          const served = await (await fetch(location.href)).text();
          const doc = new DOMParser().parseFromString(served, "text/html");
          doc.querySelectorAll("script, link[rel=modulepreload], link[rel=preload]").forEach((s) => s.remove());
          return "<!doctype html>\n" + doc.documentElement.outerHTML;
        });
        writeFileSync(path.join(BASELINE_DIR, copyName), html);
      }
    }
    await r.context.close();
    if (BASELINE_URL && timed && i % 2 === 0) await loadStaticCopy();
  }
  const byType = {};
  for (const f of files) {
    byType[f.type] ??= { raw: 0, gz: 0 };
    byType[f.type].raw += f.raw;
    byType[f.type].gz += f.gz;
  }
  const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gz: a.gz + f.gz }), { raw: 0, gz: 0 });
  const base = b.length ? median(b) : null;
  const fcp = median(runs.map((r) => r.fcp));
  const lat = p.calc && !p.path.includes("?") ? await typingFigures(browser, SITE + p.path, staticCopy) : null;
  const pair = (v, floor) => `${v == null ? "n/a" : v.toFixed(1)} (${floor == null ? "n/a" : floor.toFixed(1)})`;
  const cell = (t) => (byType[t] ? `${kb(byType[t].raw)}/${kb(byType[t].gz)}` : "-");
  console.log([
    p.name.padEnd(22), cell("html"), cell("css"), cell("js"), cell("wasm"), cell("other"),
    `${kb(total.raw)}/${kb(total.gz)}`.padStart(18),
    ms(fcp), ms(base), fcp != null && base ? `${fcp >= base ? "+" : ""}${(100 * (fcp / base - 1)).toFixed(0)}%` : "-",
    ms(median(runs.map((r) => r.figure))),
    lat ? pair(lat.input, lat.floorInput) : "-",
    lat ? pair(lat.frame, lat.floorFrame) : "-",
  ].join("  "));
}
console.log(`columns: bytes raw/gzip KB by type; FCP, FCP of a static copy and how far behind it the page is, first figure in a frame (ms); per keystroke typed into the first number box (from traces: input is the median of ${TYPING_ROUNDS} runs' medians of 18 keystrokes, frame the median of one run): input = its key events with the page's handler (main-thread time before the next frame can start), frame = that frame's rendering; in brackets the same on the page's static copy, which updates no answer`);

// Loopback hides what a round trip costs: the same first paint and first figure with each
// request made RTT_MS slower, as over a real network (each page's loads interleaved).
const RTT_MS = Number(process.env.RTT_MS ?? 60);
const RTT_RUNS = Number(process.env.RTT_RUNS ?? 10);
const rttPages = pages.filter((p) => ["aurora-io", "aurora-io link", "embed/aurora-io"].includes(p.name));
if (rttPages.length && RTT_MS > 0) {
  const got = Object.fromEntries(rttPages.map((p) => [p.name, []]));
  for (let i = 0; i < RTT_RUNS; i++) {
    for (const p of i % 2 ? [...rttPages].reverse() : rttPages) {
      const r = await load(browser, SITE + p.path, RTT_MS);
      got[p.name].push(r.t);
      await r.context.close();
    }
  }
  console.log(`with ${RTT_MS} ms added to every request, median of ${RTT_RUNS} cold loads:`);
  for (const p of rttPages) {
    console.log(`  ${p.name.padEnd(22)} FCP ${ms(median(got[p.name].map((t) => t.fcp)))}  figure ${ms(median(got[p.name].map((t) => t.figure)))}`);
  }
}
await browser.close();
