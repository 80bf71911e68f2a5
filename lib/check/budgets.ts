/**
 * Byte budgets, measured as a CDN sends the files: brotli at the highest quality.
 *
 * - First render of the KEZ page <= 14,000 bytes: the first TCP round trip carries about
 *   14.6 KB (10 segments of 1,460 bytes); 600 bytes stay free for the response headers. It
 *   counts the HTML (with the inlined CSS), every render-blocking stylesheet and every script
 *   the page loads, each compressed on its own as it is served.
 * - Total JS <= 24,000 bytes: the site's own scripts are enhancements only (about 0.7 KB);
 *   the rest is the search page's bundle, almost all of it Pagefind's Component UI (about
 *   21 KB with only its German and English texts, see `keepTranslations` in lib/render/assets.ts),
 *   loaded on /suche/ only. The budget stops a framework or library from slipping in.
 *   Pagefind's runtime under `/pagefind/` is not counted: the search page loads it on demand.
 * - Total CSS <= 12,000 bytes: the screen CSS is inlined into every page, so each byte is
 *   paid on every page view; 12 KB brotli is about 45 KB of CSS, far more than a simple
 *   design needs. Pagefind's UI styles are not counted (search page only).
 */
import { brotliCompressSync, constants } from "node:zlib";

/** The budgets in bytes (brotli, quality 11). */
export const BUDGETS = {
  firstRender: 14_000,
  totalJs: 24_000,
  totalCss: 12_000,
} as const;

/** Name of a budget. */
export type BudgetName = keyof typeof BUDGETS;

/**
 * Size in bytes after brotli compression at quality 11 (what Netlify and Cloudflare send).
 *
 * @example
 * brotliSize(Buffer.from("aaaaaaaaaa")) // => a few bytes
 */
export function brotliSize(bytes: Buffer | string): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
}

/** One measured item of a budget. */
export interface Measured {
  /** File or URL. */
  name: string;
  bytes: number;
}

/** A budget with what it measured. */
export interface BudgetResult {
  budget: BudgetName;
  limit: number;
  total: number;
  items: Measured[];
}

/**
 * Adds up a budget.
 *
 * @example
 * measureBudget("totalJs", [{ name: "/assets/site.js", bytes: 492 }])
 * // => { budget: "totalJs", limit: 24000, total: 492, items: [...] }
 */
export function measureBudget(budget: BudgetName, items: readonly Measured[]): BudgetResult {
  return { budget, limit: BUDGETS[budget], total: items.reduce((sum, item) => sum + item.bytes, 0), items: [...items] };
}

/**
 * Formats bytes the way the build prints them.
 *
 * @example
 * formatBytes(5321) // => "5.321 Bytes"
 */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString("de-DE")} Bytes`;
}

/**
 * Whether a URL path is counted in the JS and CSS totals (Pagefind's runtime is not).
 *
 * @example
 * countsTowardsTotals("/assets/site.1a2b3c4d5e.js") // => true
 * countsTowardsTotals("/pagefind/pagefind.js")      // => false
 */
export function countsTowardsTotals(urlPath: string): boolean {
  return !urlPath.startsWith("/pagefind/");
}

/** The page whose first render must fit into the first round trip. */
export const FIRST_RENDER_PAGE = "/themen/kommunale-entwicklungszusammenarbeit/";

/** What the budget measurement needs to know about a page. */
export interface BudgetPage {
  url: string;
  /** Minified HTML. */
  html: Buffer;
  blockingCss: readonly string[];
  scripts: readonly string[];
  /** Every stylesheet it links, print included. */
  stylesheets: readonly string[];
  inlineStyles: readonly string[];
  inlineScripts: readonly string[];
}

/**
 * Measures the three budgets. `read` returns a file of the output by URL path.
 *
 * @example
 * measureBudgets(pages, (url) => readFileSync(`_site${url}`)).map((b) => b.total)
 */
export function measureBudgets(pages: readonly BudgetPage[], read: (urlPath: string) => Buffer | undefined): BudgetResult[] {
  const sizes = new Map<string, number>();
  const sizeOf = (urlPath: string): Measured => {
    let bytes = sizes.get(urlPath);
    if (bytes === undefined) {
      const content = read(urlPath);
      bytes = content ? brotliSize(content) : 0;
      sizes.set(urlPath, bytes);
    }
    return { name: urlPath, bytes };
  };
  const distinct = (lists: Iterable<readonly string[]>): string[] => [...new Set([...lists].flat())].sort();
  const inline = (texts: string[], label: string): Measured[] => texts.map((text, i) => ({ name: `${label} ${i + 1}`, bytes: brotliSize(text) }));

  const kez = pages.find((page) => page.url === FIRST_RENDER_PAGE);
  const firstRender = kez ? [{ name: `${kez.url} (HTML mit eingebettetem CSS)`, bytes: brotliSize(kez.html) }, ...kez.blockingCss.map(sizeOf), ...kez.scripts.map(sizeOf)] : [];
  const js = [
    ...distinct(pages.map((page) => page.scripts))
      .filter(countsTowardsTotals)
      .map(sizeOf),
    ...inline(distinct(pages.map((page) => page.inlineScripts)), "eingebettetes Skript"),
  ];
  const css = [
    ...distinct(pages.map((page) => page.stylesheets))
      .filter((url) => url.endsWith(".css") && countsTowardsTotals(url))
      .map(sizeOf),
    ...inline(distinct(pages.map((page) => page.inlineStyles)), "eingebettetes CSS"),
  ];
  return [measureBudget("firstRender", firstRender), measureBudget("totalJs", js), measureBudget("totalCss", css)];
}

/** German names of the budgets for messages. */
export const BUDGET_LABELS: Record<BudgetName, string> = {
  firstRender: `den ersten Aufbau der KEZ-Seite (HTML, CSS und JavaScript, ${FIRST_RENDER_PAGE})`,
  totalJs: "alles JavaScript der Website (ohne Pagefind)",
  totalCss: "alles CSS der Website (ohne Pagefind)",
};
