/**
 * Measurements in Chromium at a phone viewport: the weight of a page by resource type (raw,
 * gzip, brotli), the bytes needed for the first render, and what a Pagefind search fetches.
 * Pages come from a built `_site/` served by `lib/hosting/serve.ts`, the CDN stand-in.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../tests/e2e/browser.ts";

/** Lighthouse's mobile device: a Moto G Power sized screen at device pixel ratio 2.625. */
export const PHONE = { width: 375, height: 812, deviceScaleFactor: 2.625 } as const;

/** Kinds of resources the report distinguishes. */
export type ResourceKind = "html" | "css" | "js" | "font" | "image" | "other";

/** One response the page loaded. */
export interface Resource {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
  brotli: number;
  /** Chromium's `renderBlockingStatus` for subresources; the document always blocks. */
  blocking: boolean;
}

/** Sizes summed per kind. */
export type Totals = Record<ResourceKind | "total", { count: number; raw: number; gzip: number; brotli: number }>;

/** Result of {@link pageWeight}. */
export interface PageWeight {
  url: string;
  status: number;
  /** Everything loaded until the network is idle, without scrolling. */
  initial: Totals;
  /** After scrolling to the end, so lazy images have loaded too. */
  scrolled: Totals;
  /** HTML and render-blocking CSS/JS, brotli: what the first paint waits for. */
  firstRender: { brotli: number; raw: number; resources: string[] };
  resources: Resource[];
}

/**
 * The kind of a response, from its content type (falling back to the URL).
 *
 * @example
 * kindOf("text/css; charset=utf-8", "/assets/main.css") // => "css"
 * kindOf("", "/img/a-320.avif")                         // => "image"
 */
export function kindOf(contentType: string, url: string): ResourceKind {
  const type = contentType.toLowerCase();
  const file = new URL(url, "http://x").pathname;
  if (type.includes("html")) return "html";
  if (type.includes("css") || file.endsWith(".css")) return "css";
  if (type.includes("javascript") || /\.m?js$/.test(file)) return "js";
  if (type.startsWith("font/") || /\.(woff2?|ttf|otf)$/.test(file)) return "font";
  if (type.startsWith("image/") || /\.(avif|webp|jpe?g|png|gif|svg)$/.test(file)) return "image";
  return "other";
}

/**
 * Whether a CDN would compress this response: text formats yes; images (except SVG), fonts
 * and already compressed data no.
 *
 * @example
 * compressible("text/css", "/a.css")        // => true
 * compressible("image/avif", "/a.avif")     // => false
 */
export function compressible(contentType: string, url: string): boolean {
  const type = contentType.toLowerCase();
  return /text\/|javascript|json|xml|svg|wasm/.test(type) || /\.(html|css|m?js|json|svg|xml|txt|wasm)$/.test(new URL(url, "http://x").pathname);
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes, as a CDN with precompressed files would serve. */
export function compressedSizes(body: Buffer, compress: boolean): { raw: number; gzip: number; brotli: number } {
  if (!compress) return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
  };
}

/**
 * Sums resources per kind.
 *
 * @example
 * totals([{ url: "/", kind: "html", raw: 10, gzip: 5, brotli: 4, blocking: true }]).html.brotli // => 4
 */
export function totals(resources: readonly Resource[]): Totals {
  const empty = () => ({ count: 0, raw: 0, gzip: 0, brotli: 0 });
  const out: Totals = { html: empty(), css: empty(), js: empty(), font: empty(), image: empty(), other: empty(), total: empty() };
  for (const r of resources) {
    for (const key of [r.kind, "total"] as const) {
      out[key].count++;
      out[key].raw += r.raw;
      out[key].gzip += r.gzip;
      out[key].brotli += r.brotli;
    }
  }
  return out;
}

/** Starts Chromium (Debian's, as the e2e tests do). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found (set CHROMIUM_PATH)");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A fresh phone-sized context: empty cache, German locale. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true, locale: "de-DE" });
}

/** Collects every response of a page with its body sizes. */
function recordResponses(page: Page): { done: () => Promise<Resource[]> } {
  const pending: Promise<Resource | undefined>[] = [];
  page.on("response", (response: Response) => {
    pending.push(
      (async () => {
        const url = response.url();
        if (!url.startsWith("http")) return undefined;
        const type = response.headers()["content-type"] ?? "";
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { url, kind: kindOf(type, url), blocking: false, ...compressedSizes(body, compressible(type, url)) };
      })(),
    );
  });
  return { done: async () => (await Promise.all(pending)).filter((r): r is Resource => r !== undefined) };
}

/** Waits until the network has been quiet for a while (lazy loads and fetches included). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForTimeout(300);
  await page.waitForLoadState("networkidle").catch(() => undefined);
}

/**
 * Loads `url` at phone size and measures what it weighs.
 *
 * @example
 * const weight = await pageWeight(browser, "http://127.0.0.1:4306/themen/kommunale-entwicklungszusammenarbeit/");
 * weight.firstRender.brotli // => 14230
 */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const recorder = recordResponses(page);
  const response = await page.goto(url, { waitUntil: "load" });
  await settle(page);
  const blocking = new Set(
    await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === "blocking")
        .map((entry) => entry.name),
    ),
  );
  const initialCount = (await recorder.done()).length;
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await settle(page);
  const all = (await recorder.done()).map((r) => ({ ...r, blocking: r.kind === "html" ? r.url === response?.url() : blocking.has(r.url) }));
  await context.close();
  const firstRender = all.filter((r) => r.blocking);
  return {
    url,
    status: response?.status() ?? 0,
    initial: totals(all.slice(0, initialCount)),
    scrolled: totals(all),
    firstRender: { brotli: firstRender.reduce((s, r) => s + r.brotli, 0), raw: firstRender.reduce((s, r) => s + r.raw, 0), resources: firstRender.map((r) => new URL(r.url).pathname) },
    resources: all,
  };
}

/** What searching fetches: bytes under `/pagefind/` for the first query (with the runtime) and a second one. */
export interface SearchFetch {
  url: string;
  status: number;
  firstQuery: { term: string; requests: number; bytes: number; files: { path: string; bytes: number }[] };
  secondQuery: { term: string; requests: number; bytes: number; files: { path: string; bytes: number }[] } | undefined;
  /** How the second query was typed in, or why it was not. */
  note: string;
}

/**
 * Bytes per `/pagefind/` response as a CDN sends them: Pagefind's index, fragment and WASM
 * files are gzip already and go as they are; its JavaScript and JSON go brotli-compressed.
 */
function pagefindFiles(resources: readonly Resource[]): { path: string; bytes: number }[] {
  return resources.filter((r) => new URL(r.url).pathname.startsWith("/pagefind/")).map((r) => ({ path: new URL(r.url).pathname, bytes: r.brotli }));
}

/**
 * Waits until the search page lists results with their titles (fragments loaded), or gives
 * up after 20 s. The Component UI fetches a result's fragment only when the result is in
 * view; if the list starts below the first screen (a long topic filter above it), it is
 * scrolled up to the top of the screen, as a visitor would, so the first results load.
 */
async function resultsShown(page: Page, previous = ""): Promise<void> {
  await page.waitForFunction(() => /\d/.test(document.querySelector("pagefind-summary")?.textContent ?? ""), undefined, { timeout: 20_000 }).catch(() => undefined);
  // Not Playwright's scrollIntoViewIfNeeded: it centres a list many screens long and so
  // fetches the fragments of results from its middle.
  await page
    .locator("pagefind-results")
    .evaluate((list) => {
      if (list.getBoundingClientRect().top > window.innerHeight - 100) list.scrollIntoView({ block: "start" });
    })
    .catch(() => undefined);
  await page
    .waitForFunction(
      (before) => {
        const link = document.querySelector("pagefind-results a");
        return link !== null && (link.textContent ?? "").trim() !== "" && link.textContent !== before;
      },
      previous,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
}

/**
 * Opens the search page with a query and sums what Pagefind loads, then types a second query
 * into the page's search field and sums what that adds.
 *
 * @example
 * const fetch = await searchFetch(browser, "http://127.0.0.1:4307", "Wasserversorgung", "Partnerschaft");
 * fetch.firstQuery.bytes // => 182000
 */
export async function searchFetch(browser: Browser, origin: string, first: string, second: string): Promise<SearchFetch> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const recorder = recordResponses(page);
  const url = `${origin}/suche/?q=${encodeURIComponent(first)}`;
  const response = await page.goto(url, { waitUntil: "load" });
  await resultsShown(page);
  await settle(page);
  const firstFiles = pagefindFiles(await recorder.done());
  const field = page.locator("pagefind-input input, pagefind-searchbox input, main input[type=search], main input[type=text]").first();
  let secondQuery: SearchFetch["secondQuery"];
  let note: string;
  if ((await field.count()) > 0) {
    const before =
      (await page
        .locator("pagefind-results a")
        .first()
        .textContent()
        .catch(() => "")) ?? "";
    await field.fill(second);
    await resultsShown(page, before);
    await settle(page);
    const all = pagefindFiles(await recorder.done());
    const added = all.slice(firstFiles.length);
    secondQuery = { term: second, requests: added.length, bytes: added.reduce((s, f) => s + f.bytes, 0), files: added };
    note = "typed into the page's search field";
  } else {
    note = "no search field in <main>: second query not measured";
  }
  await context.close();
  return {
    url,
    status: response?.status() ?? 0,
    firstQuery: { term: first, requests: firstFiles.length, bytes: firstFiles.reduce((s, f) => s + f.bytes, 0), files: firstFiles },
    secondQuery,
    note,
  };
}

/**
 * {@link searchFetch} for each pair of queries, one after the other, each in a fresh context.
 *
 * @example
 * const all = await searchFetches(browser, "http://127.0.0.1:4307", [["Wasserversorgung", "Partnerschaft"]]);
 * all[0].firstQuery.term // => "Wasserversorgung"
 */
export async function searchFetches(browser: Browser, origin: string, queries: readonly (readonly [string, string])[]): Promise<SearchFetch[]> {
  const all: SearchFetch[] = [];
  for (const [first, second] of queries) all.push(await searchFetch(browser, origin, first, second));
  return all;
}
