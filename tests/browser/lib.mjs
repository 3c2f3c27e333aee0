// Shared browser-test helpers: Debian's chromium driven by playwright-core (never a
// downloaded browser), console-error capture, screenshots for a person to look at.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const SITE = process.env.SITE_URL ?? "http://127.0.0.1:8080";
export const BLOG = process.env.BLOG_URL ?? "";
export const ARTIFACTS = process.env.ARTIFACTS ?? "tests/artifacts";
export const SHOTS = path.join(ARTIFACTS, "screenshots");
mkdirSync(SHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/// Holds the page's wasm until the returned function is called: what a slow network shows.
export async function holdWasm(page) {
  let release;
  const arrived = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await arrived; await route.continue(); });
  return release;
}

/// A page that records console errors and uncaught exceptions in `page.problems`.
export async function openPage(browser, { width = 1280, height = 900, context } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  page.problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") page.problems.push(msg.text()); });
  page.on("pageerror", (err) => page.problems.push(String(err)));
  return page;
}

export async function shot(page, name, { fullPage = true } = {}) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/// The registry as the CLI lists it: the single source of which calculators exist.
export function registeredCalculators() {
  const bin = process.env.COST_BIN ?? "target/debug/cost";
  return JSON.parse(execFileSync(bin, ["list", "--json"], { encoding: "utf8" }));
}

/// Golden scenarios shared with the native tests: tests/golden/<slug>.json.
export function goldens() {
  const dir = "tests/golden";
  return readdirSync(dir).filter((f) => f.endsWith(".json")).flatMap((f) =>
    JSON.parse(readFileSync(path.join(dir, f), "utf8")).map((g) => ({ ...g, file: f })));
}

export async function cardValues(page) {
  await page.waitForSelector("html[data-ready] #verdict");
  return page.$$eval(".card", (cards) => Object.fromEntries(cards.map((c) =>
    [c.dataset.key, c.querySelector(".card-value").textContent.trim()])));
}

/// WCAG 2 A/AA violations found by axe-core (npm) on the page as it is now, or those of the
/// named axe rules.
export async function accessibilityViolations(page, rules) {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const runOnly = rules
    ? { type: "rule", values: rules }
    : { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] };
  const result = await page.evaluate(async (runOnly) => window.axe.run(document, { runOnly }), runOnly);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
}
