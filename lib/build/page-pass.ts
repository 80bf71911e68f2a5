/**
 * What happens to one built page, in a worker: one parse of the page as Eleventy wrote it
 * (`lib/render/html-pass.ts`) inserts soft hyphens into its long words and takes out what the
 * search index needs; the hyphenated page is written back and analysed for the output checks
 * (links, ids, inline code). Results are cached by the page's HTML (see `page-cache.ts`).
 *
 * The page is not minified: Preact writes the layouts without whitespace between tags, so
 * html-minifier-terser saved 15 bytes per page after brotli (0.2 %) and cost 2 to 4 ms per
 * page in every configuration, more than the whole pass does now (figures in BENCHMARKS.md,
 * "HTML minification"). Whether the HTML is valid is checked by `npm run check:html`
 * (`lib/check/site-html.ts`), part of `npm test`, not here.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeHtml } from "../check/html.ts";
import { runHtmlPass } from "../render/html-pass.ts";
import { type PageScan, scanReaderFor, type SearchSource, searchSourceOf } from "../search/html.ts";
import { type SearchWords, searchWordsOf } from "../search/index.ts";
import type { PageReport } from "./context.ts";
import { hyphenatorFor, type Hyphenator } from "./hyphenate.ts";
import { pageKey, readCachedPage, writeCachedPage } from "./page-cache.ts";

/** A page job: the output folder, the page's file in it, the cache folder and where its search source goes. */
export interface PageJob {
  kind?: "page";
  outDir: string;
  file: string;
  cacheDir?: string | undefined;
  /** Folder of the build's search sources (`lib/build/search-prep.ts`); none: the page is not prepared for the index. */
  searchDir?: string | undefined;
  /** A file with the page's HTML as Eleventy rendered it, handed over before Eleventy has written the page; none: read the page's file. */
  sourceFile?: string | undefined;
  /** Where the result goes instead of the page's file (which Eleventy may not have written yet). */
  writeTo?: string | undefined;
}

/** A page job's result: the report, the cache key of the page's rendered HTML and the words it gives the index. */
export interface PageResult {
  report: PageReport;
  key: string;
  /** Undefined if the page has no indexed body or the job named no search folder. */
  words?: SearchWords | undefined;
}

/** What one page becomes: the hyphenated HTML, its report and its search source. */
export interface ProcessedPage {
  html: string;
  report: PageReport;
  search: SearchSource | undefined;
}

/**
 * Hyphenates one page, takes its search source from the same parse and analyses the result.
 *
 * @example
 * const { html, report, search } = processHtml("<!doctype html>...", "index.html");
 */
export function processHtml(source: string, file: string): ProcessedPage {
  let hyphenator: Hyphenator | undefined;
  let scan: PageScan | undefined;
  runHtmlPass(source, [
    (cursor) => (hyphenator = hyphenatorFor(source)(cursor)),
    (cursor) => {
      const made = scanReaderFor(source, cursor);
      scan = made.scan;
      return made.reader;
    },
  ]);
  const html = hyphenator!.result();
  return { html, report: { file, bytes: Buffer.byteLength(html), ...analyzeHtml(html) }, search: searchSourceOf(source, scan!) };
}

/**
 * Where a page's search source waits for the second step of the index (`search-prep.ts`).
 *
 * @example
 * searchSourceFile("/dev/shm/sez-suchindex-1", "kontakt/index.html") // => "/dev/shm/sez-suchindex-1/sources/kontakt/index.html.json"
 */
export function searchSourceFile(searchDir: string, file: string): string {
  return path.join(searchDir, "sources", `${file}.json`);
}

/**
 * Processes one page file in place (or the handed-over copy, into `writeTo`), using and
 * filling the cache when the job names one, and leaves its search source in the job's search folder.
 *
 * @example
 * processPageFile({ outDir: ".site-next", file: "kontakt/index.html" })
 */
export function processPageFile(job: PageJob): PageResult {
  const absolute = path.join(job.outDir, job.file);
  const source = readFileSync(job.sourceFile ?? absolute, "utf8");
  const key = pageKey(source);
  const cached = job.cacheDir ? readCachedPage(job.cacheDir, key) : undefined;
  const page: ProcessedPage = cached ? { html: cached.html, report: { ...cached.report, file: job.file }, search: cached.search ?? undefined } : processHtml(source, job.file);
  if (job.cacheDir && !cached) {
    const { file: _file, ...rest } = page.report;
    writeCachedPage(job.cacheDir, key, { html: page.html, report: rest, search: page.search ?? null });
  }
  if (job.writeTo) mkdirSync(path.dirname(job.writeTo), { recursive: true });
  writeFileSync(job.writeTo ?? absolute, page.html);
  if (!job.searchDir || !page.search) return { report: page.report, key };
  const target = searchSourceFile(job.searchDir, job.file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(page.search));
  return { report: page.report, key, words: searchWordsOf(page.search) };
}
